/**
 * A plain Aho–Corasick automaton over UTF-16 code units: built once from all
 * patterns, then every scan is linear in the text length plus the number of
 * hits. One regex per term would rescan the text once per term.
 */

export interface AutomatonHit {
  /** index of the pattern (as passed to `buildAutomaton`) */
  pattern: number;
  /** start offset in the scanned text */
  start: number;
  /** end offset (exclusive) */
  end: number;
}

export interface Automaton {
  readonly patterns: readonly string[];
  /** every occurrence of every pattern, overlapping ones included */
  scan(text: string): AutomatonHit[];
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  // Trie in flat arrays; `next[node]` maps a code unit to a child node.
  const next: Array<Map<number, number>> = [new Map()];
  const depth: number[] = [0];
  const outputs: number[][] = [[]];
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p];
    if (pattern.length === 0) continue;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let child = next[node].get(code);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        depth.push(depth[node] + 1);
        outputs.push([]);
        next[node].set(code, child);
      }
      node = child;
    }
    outputs[node].push(p);
  }

  // Breadth-first failure links; `dict[node]` is the nearest proper suffix
  // node that ends a pattern, so hits are enumerated without walking every
  // failure link on each character.
  const fail = new Int32Array(next.length);
  const dict = new Int32Array(next.length).fill(-1);
  const queue: number[] = [];
  for (const child of next[0].values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const [code, child] of next[node]) {
      let f = fail[node];
      while (f !== 0 && !next[f].has(code)) f = fail[f];
      const target = next[f].get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      dict[child] = outputs[fail[child]].length > 0 ? fail[child] : dict[fail[child]];
      queue.push(child);
    }
  }

  return {
    patterns,
    scan(text: string): AutomatonHit[] {
      const hits: AutomatonHit[] = [];
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let child = next[node].get(code);
        while (child === undefined && node !== 0) {
          node = fail[node];
          child = next[node].get(code);
        }
        node = child ?? 0;
        for (let out = outputs[node].length > 0 ? node : dict[node]; out !== -1; out = dict[out]) {
          const length = depth[out];
          for (const pattern of outputs[out]) hits.push({ pattern, start: i + 1 - length, end: i + 1 });
        }
      }
      return hits;
    },
  };
}

/**
 * Keep the longest hits first and drop any hit that overlaps one already
 * kept (ties: the earlier start wins). Returns hits in text order.
 */
export function longestNonOverlapping<T extends { start: number; end: number }>(hits: readonly T[], textLength: number): T[] {
  const ordered = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(textLength);
  const kept: T[] = [];
  for (const hit of ordered) {
    let free = true;
    for (let i = hit.start; i < hit.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, hit.start, hit.end);
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}
