/**
 * Sentence alignment inside one aligned block (a Chinese paragraph and its
 * English), for the sentence level of the translation memory.
 *
 * Sentences: ICU sentence boundaries (`Intl.Segmenter`, granularity
 * `sentence`) in each language; a Chinese boundary is kept only after
 * 。！？ (ICU also breaks after a closing quote or at a full-width
 * semicolon-free run, which would cut a sentence Chinese writers end later).
 *
 * Alignment: dynamic programming over beads (1–1, 1–2 … 1–5, 2–1, 3–1, 2–2,
 * 1–0, 0–1), each bead's cost the sum of
 * - a length cost in the manner of Gale & Church (1993): the English length
 *   of a bead is expected to be `ratio` × its Chinese length (ratio measured
 *   on the whole block), with variance growing with the Chinese length; the
 *   cost is −log of the two-sided normal tail of the deviation;
 * - a bead-type prior (−log P: 1–1 most likely, 1–0/0–1 least);
 * - anchors: numbers (the `number-mismatch` readers: 28.9万 = 289,000) and
 *   glossary terms (Chinese term ↔ approved English) found on both sides of a
 *   bead lower its cost; found on one side only, they raise it.
 */
import { findEnNumbers } from '../check/numbers/en.ts';
import { findZhNumbers } from '../check/numbers/zh.ts';
import type { TermMatcher } from '../glossary/types.ts';

export interface Bead {
  /** sentence indices on each side (consecutive, possibly empty) */
  zh: number[];
  en: number[];
}

export interface AlignOptions {
  matcher?: TermMatcher;
  /**
   * The bead types allowed and their priors (default: the sentence priors below). Block-level
   * alignment (official.ts) passes its own: 1–1 far likelier, 1–0 and 0–1 allowed.
   */
  beads?: ReadonlyArray<readonly [number, number, number]>;
  /** Further anchors of each unit (e.g. a heading's outline number), shared or not like numbers and terms. */
  marks?: { zh: (index: number) => string[]; en: (index: number) => string[] };
  /**
   * English length expected per Chinese character (default: the units' own ratio). A caller
   * whose texts may end at different points passes one measured where both sides agree.
   */
  ratio?: number;
  /**
   * A bead with one empty side (1–0, 0–1) costs its prior and anchors only, not the length term
   * (Gale & Church's insertion/deletion cost): block-level alignment, where a whole paragraph
   * missing on one side is a real case, not a sentence the length term should fold into its neighbour.
   */
  freeEmpty?: boolean;
  /**
   * The length term's variance per unit of length (default Gale & Church's 6.8, for sentences). Whole
   * paragraphs of a report's official translation vary more in length around the ratio (3–7 English
   * letters per Chinese character in one report): block-level alignment passes a larger one.
   */
  variance?: number;
}

const zhSegmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });
const enSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentence start offsets in `text` (first is 0), by language. */
export function sentenceStarts(text: string, lang: 'zh' | 'en'): number[] {
  const starts: number[] = [];
  for (const { index, segment } of (lang === 'zh' ? zhSegmenter : enSegmenter).segment(text)) {
    if (segment.trim() === '') continue;
    const previous = text.slice(0, index).trimEnd();
    if (starts.length > 0 && lang === 'zh' && !/[。！？!?][”’」』）)]*$/u.test(previous)) continue;
    starts.push(index);
  }
  return starts.length > 0 ? starts : [0];
}

/** The sentences of a text (trimmed), by language. */
export function splitSentences(text: string, lang: 'zh' | 'en'): string[] {
  const starts = sentenceStarts(text, lang);
  return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length).trim()).filter((s) => s !== '');
}

/**
 * Bead priors. Chinese report sentences run long (clauses joined by ，and ；)
 * and English translations split them, so 1–n beads up to 1–5 are allowed
 * and likelier than n–1; a 2–2 bead is rare (it usually hides two 1–1s).
 */
const priors: Array<[number, number, number]> = [
  [1, 1, 0.6],
  [1, 2, 0.15],
  [1, 3, 0.08],
  [1, 4, 0.03],
  [1, 5, 0.015],
  [2, 1, 0.05],
  [3, 1, 0.01],
  [2, 2, 0.005],
  [1, 0, 0.002],
  [0, 1, 0.002],
];
export const sentenceVariance = 6.8; // Gale & Church's s², per Chinese character scaled by the ratio below
const anchorWeight = 3;

/** Align the sentences of one block; beads in order, covering every sentence once. */
export function alignSentences(zh: readonly string[], en: readonly string[], options: Readonly<AlignOptions> = {}): Bead[] {
  return alignWithCost(zh, en, options).beads;
}

/** The same, with the alignment's total cost (−log of its score: lower is likelier), to compare alignments made with different options (a ratio). */
export function alignWithCost(zh: readonly string[], en: readonly string[], options: Readonly<AlignOptions> = {}): { beads: Bead[]; cost: number } {
  const zhLength = zh.reduce((n, s) => n + s.length, 0);
  const enLength = en.reduce((n, s) => n + s.length, 0);
  const ratio = options.ratio ?? (zhLength > 0 ? enLength / zhLength : 1);
  const zhAnchors = zh.map((s, i) => anchorsZh(s, options.matcher, options.marks?.zh(i)));
  const enAnchors = en.map((s, j) => anchorsEn(s, options.matcher, zhAnchors.flatMap((a) => a.terms), options.marks?.en(j)));
  const beadTypes = options.beads ?? priors;
  const cost: number[][] = Array.from({ length: zh.length + 1 }, () => new Array<number>(en.length + 1).fill(Infinity));
  const back: Array<Array<[number, number] | undefined>> = Array.from({ length: zh.length + 1 }, () => new Array(en.length + 1).fill(undefined));
  cost[0][0] = 0;
  for (let i = 0; i <= zh.length; i++) {
    for (let j = 0; j <= en.length; j++) {
      if (cost[i][j] === Infinity) continue;
      for (const [dz, de, prior] of beadTypes) {
        const i2 = i + dz;
        const j2 = j + de;
        if (i2 > zh.length || j2 > en.length) continue;
        const lz = sum(zh, i, i2);
        const le = sum(en, j, j2);
        const length = options.freeEmpty && (dz === 0 || de === 0) ? 0 : lengthCost(lz, le, ratio, options.variance ?? sentenceVariance);
        const c = cost[i][j] + length - Math.log(prior) + anchorCost(zhAnchors.slice(i, i2), enAnchors.slice(j, j2));
        if (c < cost[i2][j2]) {
          cost[i2][j2] = c;
          back[i2][j2] = [i, j];
        }
      }
    }
  }
  const beads: Bead[] = [];
  for (let i = zh.length, j = en.length; i > 0 || j > 0; ) {
    const [pi, pj] = back[i][j]!;
    beads.unshift({ zh: range(pi, i), en: range(pj, j) });
    [i, j] = [pi, pj];
  }
  return { beads, cost: cost[zh.length][en.length] };
}

function sum(sentences: readonly string[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) n += sentences[k].length;
  return n;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

function lengthCost(zhLength: number, enLength: number, ratio: number, variance: number): number {
  if (zhLength === 0 && enLength === 0) return 0;
  const mean = (zhLength + enLength / ratio) / 2;
  const delta = (enLength - zhLength * ratio) / Math.sqrt(Math.max(mean, 1) * variance * ratio);
  const tail = 2 * (1 - normalCdf(Math.abs(delta)));
  return -Math.log(Math.max(tail, 1e-12));
}

/** Φ(x), Abramowitz & Stegun 26.2.17 (error < 7.5e-8). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * x);
  const d = 0.3989423 * Math.exp((-x * x) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return 1 - p;
}

interface Anchors {
  numbers: number[];
  terms: string[];
  marks: string[];
}

/** The figures of a Chinese text the number check reads (28.9万 = 289,000), words such as 三 left out. */
export function zhFigures(text: string): number[] {
  return findZhNumbers(text).filter((n) => !n.optional && !n.words).map((n) => n.value);
}

/** The figures of an English text the number check reads, number words left out. */
export function enFigures(text: string): number[] {
  return findEnNumbers(text).filter((n) => !n.words).map((n) => n.value);
}

function anchorsZh(sentence: string, matcher: TermMatcher | undefined, marks: string[] = []): Anchors {
  return { numbers: zhFigures(sentence), terms: matcher ? matcher.findZh(sentence).map((t) => t.termId) : [], marks };
}

function anchorsEn(sentence: string, matcher: TermMatcher | undefined, termIds: string[], marks: string[] = []): Anchors {
  return { numbers: enFigures(sentence), terms: matcher && termIds.length > 0 ? matcher.findEn(sentence, termIds).map((t) => t.termId) : [], marks };
}

/** Anchors shared by both sides of a bead lower its cost; anchors on one side only raise it. */
function anchorCost(zh: Anchors[], en: Anchors[]): number {
  let cost = 0;
  for (const key of ['numbers', 'terms', 'marks'] as const) {
    const left = zh.flatMap((a) => a[key] as Array<number | string>);
    const right = en.flatMap((a) => a[key] as Array<number | string>);
    const pool = [...right];
    let shared = 0;
    for (const item of left) {
      const at = pool.indexOf(item);
      if (at >= 0) {
        pool.splice(at, 1);
        shared++;
      }
    }
    cost += anchorWeight * (left.length + right.length - 2 * shared) / 2 - anchorWeight * shared;
  }
  return cost;
}
