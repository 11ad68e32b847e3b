/**
 * Compare the numbers of a Chinese block with those of its English twin.
 * Every Chinese figure must appear, converted, in the English (with its
 * approximation: 多/余 → more than, 近 → nearly); every English figure must
 * come from the Chinese. Presence is compared, not counts: the English may
 * say a figure once where the Chinese repeats it.
 */
import type { CellUnit } from './cell-units.ts';
import { months } from './en.ts';
import type { FoundNumber } from './types.ts';

export interface NumberProblem {
  kind: 'missing' | 'approximation' | 'extra';
  /** the Chinese number (missing, approximation) */
  zh?: FoundNumber;
  /** the English number (extra, approximation) */
  en?: FoundNumber;
  /** how the English should say it, e.g. `more than 2,400` */
  expected?: string;
}

const moreBefore = /(?:more than|over|upwards of|in excess of|above|exceed(?:ing|ed|s)?|at least|top(?:ped|ping)?|surpass(?:ed|ing)?)\s+$/i;
const moreAfter = /^(?:\+|-plus|\s+plus|\s+or more)/i;
const nearlyBefore = /(?:nearly|almost|close to|approaching|just under|about|around|approximately|roughly|some)\s+$/i;
/** English words that stand for a Chinese figure without being a number word. */
const alternatives: Record<string, RegExp> = {
  'cardinal:2': /\b(?:twice|double|dual|both|twin|pair|two-fold|twofold)\b/i,
  'ordinal:1': /\b(?:first|1st|top(?:s|ped|ping)?|foremost|leading|led|lead|number one|no\. ?1|best|above all)\b/i,
  'cardinal:100': /\b(?:centenary|centennial)\b/i,
};

export function compareNumbers(zh: FoundNumber[], en: FoundNumber[], enText: string): NumberProblem[] {
  const problems: NumberProblem[] = [];
  const scales = scalesWritten(en);
  for (const z of uniqueBy(zh.filter((n) => !n.optional))) {
    const candidates = en.filter((e) => fits(z, e));
    if (candidates.length === 0) {
      if (alternativeFits(z, enText)) continue;
      problems.push({ kind: 'missing', zh: z, expected: expectedText(z, scales) });
      continue;
    }
    if (z.approx && !candidates.some((e) => hasApprox(z.approx!, e, enText))) {
      problems.push({ kind: 'approximation', zh: z, en: candidates[0], expected: expectedText(z, scales) });
    }
  }
  for (const e of en) {
    if (e.value === 1 || (e.value === 0 && e.words)) continue; // one, first, “a”: too common to compare
    if (zh.some((z) => same(z.value, e.value) || z.also?.some((a) => same(a.value, e.value)))) continue;
    problems.push({ kind: 'extra', en: e });
  }
  return problems;
}

function fits(z: FoundNumber, e: FoundNumber): boolean {
  return fitsAs(z, e) || (z.also ?? []).some((a) => fitsAs({ ...z, ...a }, e));
}

function fitsAs(z: FoundNumber, e: FoundNumber): boolean {
  if (!same(z.value, e.value)) return false;
  switch (z.kind) {
    case 'percent':
      return e.kind === 'percent' && Boolean(e.points) === Boolean(z.points);
    case 'ordinal':
      // 第九家 → ninth / 9th; 第3页 → page 3 (digits, never a cardinal word: “nine” is not “ninth”)
      return e.kind === 'ordinal' || (e.kind === 'cardinal' && !e.words);
    case 'month':
      return e.kind === 'cardinal' && !e.words;
    default:
      return e.kind === 'cardinal' || (e.kind === 'ordinal' && !e.words);
  }
}

function alternativeFits(z: FoundNumber, enText: string): boolean {
  if (z.kind === 'month') return new RegExp(`\\b${months[z.value - 1]}\\b`, 'i').test(enText);
  return alternatives[`${z.kind}:${z.value}`]?.test(enText) ?? false;
}

function hasApprox(approx: 'more' | 'nearly', e: FoundNumber, text: string): boolean {
  const before = text.slice(Math.max(0, e.index - 40), e.index);
  const after = text.slice(e.index + e.raw.length);
  return approx === 'more' ? moreBefore.test(before) || moreAfter.test(after) : nearlyBefore.test(before);
}

function same(a: number, b: number): boolean {
  // Scaled values are exact integers (scaleDecimal): compare them exactly, so a
  // figure in the trillions that is off by one yuan is still caught.
  if (Number.isInteger(a) && Number.isInteger(b)) return a === b;
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
}

function uniqueBy(numbers: FoundNumber[]): FoundNumber[] {
  const seen = new Set<string>();
  return numbers.filter((n) => {
    const key = `${n.kind}:${n.value}:${n.approx ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * How an English table cell should write a Chinese figure when its column or row states the English unit: bare, at that
 * unit's scale (39.1亿 under “Unit: 100 million yuan” → 39.1, under “Unit: billion yuan” → 3.91; 104.3 in a column
 * headed % → 104.3). Any other figure as {@link expectedText}.
 */
export function expectedInCell(z: FoundNumber, unit: CellUnit): string {
  const bare = (unit.zeros > 0 && z.kind === 'cardinal') || (unit.percent && z.kind === 'percent' && !z.points);
  return bare ? `${approxPrefix(z)}${formatPlain(z.value / 10 ** unit.zeros)}` : expectedText(z);
}

function approxPrefix(z: FoundNumber): string {
  return z.approx === 'more' ? 'more than ' : z.approx === 'nearly' ? 'nearly ' : '';
}

const scaleWords = [
  ['trillion', 1e12],
  ['billion', 1e9],
  ['million', 1e6],
] as const;
const scaleWritten: Record<string, (typeof scaleWords)[number][0]> = { trillion: 'trillion', billion: 'billion', bn: 'billion', million: 'million', mn: 'million' };

/** The scale words (million, billion, trillion; bn, mn) the English's own figures are written with, largest first. */
function scalesWritten(en: FoundNumber[]): Array<(typeof scaleWords)[number]> {
  const written = new Set<string>();
  for (const e of en) {
    const word = /(trillion|billion|million|bn|mn)$/i.exec(e.raw)?.[1]?.toLowerCase();
    if (word) written.add(scaleWritten[word]);
  }
  return scaleWords.filter(([word]) => written.has(word));
}

/**
 * How the English should write a Chinese figure: 1.38万 → 13,800; 417亿 → 41.7 billion. A figure of a million or more is
 * given in the largest scale the English itself writes that it reaches (new user round 26: 1,179,747万元 in a text that writes
 * million yuan → 11,797.47 million, was 11.79747 billion; 3.2万亿 in one that writes trillion → 3.2 trillion); with none,
 * a billion or more in billions, a million or more in millions with the figure in full.
 */
function expectedText(z: FoundNumber, scales: ReadonlyArray<(typeof scaleWords)[number]> = []): string {
  const prefix = approxPrefix(z);
  if (z.kind === 'percent') return `${prefix}${formatPlain(z.value)}${z.points ? ' percentage points' : '%'}`;
  if (z.kind === 'ordinal') return z.value < 20 ? `${ordinalWords[z.value]} (or ${ordinalSuffix(z.value)})` : ordinalSuffix(z.value);
  if (z.words && z.value < 20) return `${prefix}${cardinalWords[z.value]} (or ${z.value})`;
  if (z.kind === 'month') return months[z.value - 1][0].toUpperCase() + months[z.value - 1].slice(1);
  const v = z.value;
  const own = scales.find(([, size]) => v >= size);
  const usual = !Number.isInteger(v) ? undefined : v >= 1e9 ? 'billion' : v >= 1e6 ? 'million' : undefined;
  if (own && own[0] !== usual) return `${prefix}${formatPlain(v / own[1])} ${own[0]}`;
  if (v >= 1e9 && Number.isInteger(v)) return `${prefix}${formatPlain(v / 1e9)} billion`;
  if (v >= 1e6 && Number.isInteger(v)) return `${prefix}${formatPlain(v / 1e6)} million (${formatPlain(v)})`;
  if (v >= 1000 && v < 10000 && Number.isInteger(v) && isYearLike(z)) return String(v);
  return `${prefix}${formatPlain(v)}`;
}

/** A year: four figures, or four Chinese numerals read digit by digit (二〇一九: “2019”, not “2,019”; new user round 27). */
function isYearLike(z: FoundNumber): boolean {
  return /^(?:\d{4}|[〇零一二三四五六七八九]{4})$/.test(z.raw) && z.value >= 1900 && z.value <= 2100;
}

function formatPlain(v: number): string {
  return v.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

function ordinalSuffix(v: number): string {
  const mod100 = v % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][v % 10] ?? 'th';
  return `${v}${suffix}`;
}

const cardinalWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const ordinalWords = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
