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

/** Hits in typed arrays (no object per hit), in end order. */
export interface RawHits {
  count: number;
  pattern: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

export interface Automaton {
  readonly patterns: readonly string[];
  /** every occurrence of every pattern, overlapping ones included */
  scan(text: string): AutomatonHit[];
  /** the same hits as typed arrays, for long texts */
  scanRaw(text: string): RawHits;
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

  // The root is visited on most characters of a text: a dense table for it.
  const rootTable = new Int32Array(65536);
  for (const [code, child] of next[0]) rootTable[code] = child;

  function scanRaw(text: string): RawHits {
    let capacity = 1024;
    let pattern: Int32Array = new Int32Array(capacity);
    let start: Int32Array = new Int32Array(capacity);
    let end: Int32Array = new Int32Array(capacity);
    let count = 0;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let child = node === 0 ? undefined : next[node].get(code);
      while (child === undefined && node !== 0) {
        node = fail[node];
        child = node === 0 ? undefined : next[node].get(code);
      }
      node = child ?? rootTable[code];
      for (let out = outputs[node].length > 0 ? node : dict[node]; out !== -1; out = dict[out]) {
        const length = depth[out];
        for (const p of outputs[out]) {
          if (count === capacity) {
            capacity *= 2;
            pattern = grow(pattern, capacity);
            start = grow(start, capacity);
            end = grow(end, capacity);
          }
          pattern[count] = p;
          start[count] = i + 1 - length;
          end[count++] = i + 1;
        }
      }
    }
    return { count, pattern, start, end };
  }

  return {
    patterns,
    scanRaw,
    scan(text: string): AutomatonHit[] {
      const raw = scanRaw(text);
      const hits: AutomatonHit[] = [];
      for (let k = 0; k < raw.count; k++) hits.push({ pattern: raw.pattern[k], start: raw.start[k], end: raw.end[k] });
      return hits;
    },
  };
}

function grow(array: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(capacity);
  bigger.set(array);
  return bigger;
}

/**
 * `longestNonOverlapping` on raw hits: indices of the kept hits in text
 * order. Counting sort by length, then a first-come occupancy check.
 */
export function selectLongest(raw: RawHits, textLength: number, accept?: (k: number) => boolean): Int32Array {
  let maxLength = 0;
  for (let k = 0; k < raw.count; k++) maxLength = Math.max(maxLength, raw.end[k] - raw.start[k]);
  const offsets = new Int32Array(maxLength + 2);
  for (let k = 0; k < raw.count; k++) offsets[maxLength - (raw.end[k] - raw.start[k]) + 1]++;
  for (let l = 1; l < offsets.length; l++) offsets[l] += offsets[l - 1];
  // longest first; within one length, end order = start order
  const order = new Int32Array(raw.count);
  for (let k = 0; k < raw.count; k++) order[offsets[maxLength - (raw.end[k] - raw.start[k])]++] = k;
  const taken = new Uint8Array(textLength);
  const kept: number[] = [];
  for (const k of order) {
    if (accept && !accept(k)) continue;
    let free = true;
    for (let i = raw.start[k]; i < raw.end[k]; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, raw.start[k], raw.end[k]);
    kept.push(k);
  }
  return Int32Array.from(kept).sort((a, b) => raw.start[a] - raw.start[b]);
}

/**
 * Keep the longest hits first and drop any hit that overlaps one already
 * kept (ties: the earlier start wins). Returns hits in text order.
 */
export function longestNonOverlapping<T extends { start: number; end: number }>(hits: readonly T[], textLength: number): T[] {
  // Bucket by length (terms are short) instead of a comparison sort.
  const buckets: T[][] = [];
  for (const hit of hits) (buckets[hit.end - hit.start] ??= []).push(hit);
  const ordered: T[] = [];
  for (let length = buckets.length - 1; length > 0; length--) {
    const bucket = buckets[length];
    if (bucket) for (const hit of bucket.sort((a, b) => a.start - b.start)) ordered.push(hit);
  }
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
