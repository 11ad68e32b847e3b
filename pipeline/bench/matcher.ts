/**
 * Matcher benchmark: a 1,000-term base over a 1 MB Chinese report, the
 * Aho–Corasick matcher (`createMatcher().findZh`) against the naive baseline
 * of one regex per term in a loop, in the same run and on the same input.
 * The baseline scans the same folded text with the same folded patterns and
 * the same longest-first selection, so both must return identical matches
 * (checked). Run: `npx tsx pipeline/bench/matcher.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { longestNonOverlapping } from '../glossary/aho-corasick.ts';
import { foldZh, zhPatternKey } from '../glossary/fold.ts';
import { createMatcher } from '../glossary/matcher.ts';
import { parseGlossary } from '../glossary/load.ts';
import type { GlossaryEntry } from '../glossary/types.ts';
import { sourceRoot } from '../core/inputs.ts';

export interface MatcherBenchResult {
  name: string;
  /** best wall time of one findZh over the whole document (Aho–Corasick) */
  ms: number;
  /** CPU time (user + system) of that best run: robust when the machine is shared */
  cpuMs: number;
  /** building the matcher once (wall, CPU) */
  buildMs: number;
  buildCpuMs: number;
  /** best wall time of the naive one-regex-per-term loop on the same input */
  naiveMs: number;
  naiveCpuMs: number;
  /** naiveMs / ms */
  ratio: number;
  terms: number;
  chars: number;
  bytes: number;
  matches: number;
  /** both methods found the same occurrences */
  identical: boolean;
}

export interface MatcherBenchOptions {
  /** number of terms (default 1,000) */
  terms?: number;
  /** minimum document size in UTF-8 bytes (default 1 MB = 1,048,576) */
  bytes?: number;
  /** timed repetitions, best reported (default 5; the naive loop 3) */
  runs?: number;
}

// The repository's sources, also when this runs from the compiled tree (.cache/compiled).
const root = sourceRoot;

export async function runMatcherBench(options: Readonly<MatcherBenchOptions> = {}): Promise<MatcherBenchResult> {
  const random = mulberry32(20211215);
  const base = readFileSync(path.join(root, 'content/reports/haidian-2021/zh.md'), 'utf8');
  const real = parseGlossary(readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8')).glossary.entries;

  // The document: the report repeated, with random Han filler between copies
  // so the text is not one periodic string.
  const targetBytes = options.bytes ?? 1024 * 1024;
  let text = '';
  while (Buffer.byteLength(text) < targetBytes) text += base + randomHan(random, 200 + Math.floor(random() * 800)) + '\n';

  // The term base: the real entries, then substrings of the report (they
  // occur, often overlapping each other) and random strings (mostly absent).
  const entries: GlossaryEntry[] = [...real];
  const taken = new Set(real.flatMap((e) => [e.zh, ...e.aliases].map(zhPatternKey)));
  const want = options.terms ?? 1000;
  while (entries.length < want) {
    const zh = random() < 0.6 ? substringOf(random, base) : randomHan(random, 2 + Math.floor(random() * 6));
    if (taken.has(zhPatternKey(zh))) continue;
    taken.add(zhPatternKey(zh));
    entries.push({ id: `t-${entries.length}`, zh, pinyin: '', en: `term ${entries.length}`, variants: [], note_en: '', source: '', aliases: [] });
  }

  let matcher = createMatcher({ entries });
  const build = best(time(3, () => (matcher = createMatcher({ entries }))));
  const runs = options.runs ?? 5;
  let found = matcher.findZh(text);
  const fast = best(time(runs, () => (found = matcher.findZh(text))));

  const naive = naiveMatcher(entries);
  let naiveFound = naive(text);
  const slow = best(time(Math.min(runs, 3), () => (naiveFound = naive(text))));

  const identical =
    found.length === naiveFound.length && found.every((o, i) => o.start === naiveFound[i].start && o.end === naiveFound[i].end);
  return {
    name: 'matcher: findZh, 1,000 terms over 1 MB (Aho–Corasick vs one regex per term)',
    ms: round(fast.wall),
    cpuMs: round(fast.cpu),
    buildMs: round(build.wall),
    buildCpuMs: round(build.cpu),
    naiveMs: round(slow.wall),
    naiveCpuMs: round(slow.cpu),
    ratio: round(slow.wall / fast.wall),
    terms: entries.length,
    chars: text.length,
    bytes: Buffer.byteLength(text),
    matches: found.length,
    identical,
  };
}

/** The baseline: one global regex per folded pattern, run over the folded text, term after term. */
function naiveMatcher(entries: GlossaryEntry[]): (text: string) => Array<{ start: number; end: number }> {
  const patterns = [...new Set(entries.flatMap((e) => [e.zh, ...e.aliases].map(zhPatternKey)))];
  const regexes = patterns.map((p) => new RegExp(`(?=(${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}))`, 'g'));
  return (text) => {
    const folded = foldZh(text);
    const hits: Array<{ start: number; end: number }> = [];
    for (const regex of regexes) {
      regex.lastIndex = 0;
      for (let m = regex.exec(folded.key); m; m = regex.exec(folded.key)) {
        hits.push({ start: m.index, end: m.index + m[1].length });
        regex.lastIndex = m.index + 1; // overlapping occurrences too, as Aho–Corasick reports them
      }
    }
    return longestNonOverlapping(hits, folded.key.length).map((h) => ({ start: folded.map[h.start], end: folded.map[h.end - 1] + 1 }));
  };
}

interface Timing {
  wall: number;
  cpu: number;
}

function time(runs: number, fn: () => void): Timing[] {
  const times: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    fn();
    const wall = performance.now() - t;
    const used = process.cpuUsage(cpu);
    times.push({ wall, cpu: (used.user + used.system) / 1000 });
  }
  return times;
}

/** Best of N: the run least disturbed by other processes on a shared machine. */
const best = (values: Timing[]) => values.reduce((a, b) => (b.wall < a.wall ? b : a));
const round = (value: number) => Math.round(value * 10) / 10;

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomHan(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCharCode(0x4e00 + Math.floor(random() * 3000));
  return out;
}

function substringOf(random: () => number, text: string): string {
  for (;;) {
    const length = 2 + Math.floor(random() * 7);
    const start = Math.floor(random() * (text.length - length));
    const candidate = text.slice(start, start + length);
    if (/^[\u4e00-\u9fff]+$/.test(candidate)) return candidate;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const result = await runMatcherBench();
  console.log(result.name);
  console.log(`  document   ${result.chars.toLocaleString('en')} chars, ${result.bytes.toLocaleString('en')} bytes UTF-8; ${result.terms} terms; ${result.matches.toLocaleString('en')} matches`);
  console.log(`  build      ${result.buildMs} ms wall, ${result.buildCpuMs} ms CPU (best of 3; once per glossary)`);
  console.log(`  findZh     ${result.ms} ms wall, ${result.cpuMs} ms CPU (best of 5)`);
  console.log(`  naive      ${result.naiveMs} ms wall, ${result.naiveCpuMs} ms CPU (best of 3, one regex per term)`);
  console.log(`  ratio      ${result.ratio}× faster; identical matches: ${result.identical ? 'yes' : 'NO'}`);
  if (!result.identical) process.exitCode = 1;
}
