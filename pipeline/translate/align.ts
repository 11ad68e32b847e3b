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
 *   bead lower its cost; found on one side only, they raise it. A figure
 *   written as a word (十九大 ↔ "the 19th", 4次 ↔ "four times") and a year
 *   named relative to the report's (今年, 去年, 明年 ↔ 2021 when `year` is
 *   2022) are soft: shared they lower the cost by half an anchor, alone they
 *   cost nothing (a translation writes them either way).
 */
import { findEnNumbers } from '../check/numbers/en.ts';
import { findZhNumbers } from '../check/numbers/zh.ts';
import { relativeYears } from '../check/numbers/relative-years.ts';
import type { TermMatcher } from '../glossary/types.ts';

/** 今年/去年/上年/过去一年/明年 as years (check/numbers/relative-years.ts, the one reading; re-exported for align's callers). */
export { relativeYears };

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
  /**
   * The year of the report (its date's): 今年 reads as this year, 去年/上年/过去一年 as the one before, 明年 as the
   * next, soft anchors for the year an official English often writes instead ("the first few months of 2020").
   */
  year?: number;
  /**
   * English units that continue into the next one: a list's lead-in ending in a colon and its items ending in a
   * semicolon ("…the following endeavors:" / "We celebrated …;" / "… as envisaged; and"), printed as paragraphs of their
   * own where the Chinese runs them in one. A bead of one Chinese unit may take such a run whole: its prior is that of
   * the bead with the run counted as one unit (1–5 through a list of four items costs what 1–1 costs).
   */
  continues?: (index: number) => boolean;
  /**
   * The last English unit is cut (the page ends mid-sentence): a bead holding it pays the length term only for
   * English longer than expected — what is missing of it is not evidence against the pairing.
   */
  cutEnd?: boolean;
  /**
   * Two texts cut at different points (a page that starts later or ends earlier than the other): a unit of one side
   * before the other side's first unit, or after its last, costs this prior and no anchors, not the prior of a unit
   * missing in the middle. Only one side can overhang at each end, so a shift is never cheap.
   */
  overhang?: number;
  /** English units that open an item (a list mark): a bead of several English units takes one only as its first. */
  opens?: (index: number) => boolean;
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
  const zhAnchors = zh.map((s, i) => anchorsZh(s, options.matcher, options.marks?.zh(i), options.year));
  const enAnchors = en.map((s, j) => anchorsEn(s, options.matcher, zhAnchors.flatMap((a) => a.terms), options.marks?.en(j)));
  const beadTypes = options.beads ?? priors;
  const cost: number[][] = Array.from({ length: zh.length + 1 }, () => new Array<number>(en.length + 1).fill(Infinity));
  const back: Array<Array<[number, number] | undefined>> = Array.from({ length: zh.length + 1 }, () => new Array(en.length + 1).fill(undefined));
  cost[0][0] = 0;
  for (let i = 0; i <= zh.length; i++) {
    for (let j = 0; j <= en.length; j++) {
      if (cost[i][j] === Infinity) continue;
      const tries: Array<readonly [number, number, number]> = [...beadTypes];
      if (options.continues && i < zh.length) {
        // one Chinese unit and English runs that continue (a list printed line by line), counted as their runs
        let runs = 1;
        for (let k = 2; j + k <= en.length; k++) {
          if (!options.continues(j + k - 2)) runs++;
          if (k === runs) continue; // an ordinary 1–k bead, tried already
          const like = beadTypes.find(([dz, de]) => dz === 1 && de === runs);
          if (!like) break;
          tries.push([1, k, like[2]]);
        }
      }
      for (const [dz, de, prior] of tries) {
        const i2 = i + dz;
        const j2 = j + de;
        if (i2 > zh.length || j2 > en.length) continue;
        if (options.opens && de > 1 && range(j + 1, j2).some(options.opens)) continue;
        const lz = sum(zh, i, i2);
        const le = sum(en, j, j2);
        const cut = options.cutEnd && j2 === en.length && dz === 1 && de === 1;
        const length = (options.freeEmpty && (dz === 0 || de === 0)) || (cut && le < lz * ratio) ? 0 : lengthCost(lz, le, ratio, options.variance ?? sentenceVariance);
        const over = options.overhang !== undefined && ((dz === 0 && (i === 0 || i === zh.length)) || (de === 0 && (j === 0 || j === en.length)));
        const anchors = over ? 0 : anchorCost(zhAnchors.slice(i, i2), enAnchors.slice(j, j2), cut);
        const c = cost[i][j] + length - Math.log(over ? options.overhang! : prior) + anchors;
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
  /** figures written as words, years named relative to the report's: evidence when shared, no cost alone */
  soft: number[];
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

/** The figures of a Chinese text written as words (十九大 → 19, 三大 → 3). */
export function zhWordFigures(text: string): number[] {
  return findZhNumbers(text).filter((n) => !n.optional && n.words).map((n) => n.value);
}

/** The figures of an English text written as words ("four times" → 4). */
export function enWordFigures(text: string): number[] {
  return findEnNumbers(text).filter((n) => n.words).map((n) => n.value);
}

function anchorsZh(sentence: string, matcher: TermMatcher | undefined, marks: string[] = [], year?: number): Anchors {
  return { numbers: zhFigures(sentence), soft: [...zhWordFigures(sentence), ...relativeYears(sentence, year)], terms: matcher ? matcher.findZh(sentence).map((t) => t.termId) : [], marks };
}

function anchorsEn(sentence: string, matcher: TermMatcher | undefined, termIds: string[], marks: string[] = []): Anchors {
  return { numbers: enFigures(sentence), soft: enWordFigures(sentence), terms: matcher && termIds.length > 0 ? matcher.findEn(sentence, termIds).map((t) => t.termId) : [], marks };
}

/** Take `item` out of `pool` if it is there. */
export function take<T>(pool: T[], item: T): boolean {
  const at = pool.indexOf(item);
  if (at < 0) return false;
  pool.splice(at, 1);
  return true;
}

/**
 * Figures: a figure of one side found among the other's lowers the cost; a figure in digits found nowhere on the other
 * side raises it; one written as a word (or a relative year) found nowhere costs nothing, shared it counts half.
 */
function figureCost(zh: Anchors[], en: Anchors[], zhAloneFree = false): number {
  const left = zh.flatMap((a) => a.numbers);
  const right = en.flatMap((a) => a.numbers);
  const leftSoft = zh.flatMap((a) => a.soft);
  const rightSoft = en.flatMap((a) => a.soft);
  let shared = 0;
  let soft = 0;
  let alone = 0;
  for (const n of left) {
    if (take(right, n)) shared++;
    else if (take(rightSoft, n)) soft++;
    else if (!zhAloneFree) alone++;
  }
  for (const n of right) {
    if (take(leftSoft, n)) soft++;
    else alone++;
  }
  for (const n of leftSoft) if (take(rightSoft, n)) soft++;
  return (anchorWeight * alone) / 2 - anchorWeight * shared - (anchorWeight / 2) * soft;
}

/**
 * Anchors shared by both sides of a bead lower its cost; anchors on one side only raise it — but for English cut
 * short (`cut`), what the Chinese has and the English lacks is no evidence: it may be in the part cut off.
 */
function anchorCost(zh: Anchors[], en: Anchors[], cut = false): number {
  let cost = figureCost(zh, en, cut);
  for (const key of ['terms', 'marks'] as const) {
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
    cost += anchorWeight * ((cut ? 0 : left.length - shared) + right.length - shared) / 2 - anchorWeight * shared;
  }
  return cost;
}
