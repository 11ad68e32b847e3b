/**
 * Years a Chinese text names relative to the report's own: 今年 (this year), 去年 / 上年 / 过去一年 (last year),
 * 明年 (next year). Translators often write the year itself ("in 2022", "2021" for 过去一年 in Beijing 2022's
 * official English). One owner of that reading: `number-mismatch` accepts such a year in the English
 * (rules/number-mismatch.ts), and align counts it as a soft anchor (translate/align.ts).
 */
import type { FoundNumber } from './types.ts';

/**
 * 過去一年 is 过去一年 in traditional characters. Not in another word: 过去年均 (the past years' average) holds no 去年,
 * 60岁以上年龄 / 规模以上年销售额 no 上年 (以上 = or more); 以上年为基数 (last year as the base) does.
 */
const relativeWord = /今年|明年|(?<![过過])去年|(?<!(?:岁|歲|模)以)上年|[过過]去一年/gu;

/** The report's year from its front matter's `date` (YYYY-MM-DD, or a YAML date); none without one. */
export function reportYear(date: unknown): number | undefined {
  const text = date instanceof Date ? date.toISOString() : typeof date === 'string' ? date : undefined;
  const year = /^(\d{4})/.exec(text ?? '')?.[1];
  return year ? Number(year) : undefined;
}

/** 今年 → year, 去年/上年/过去一年 → year − 1, 明年 → year + 1, each where it stands in `text`; none when `year` is not known. */
export function relativeYearWords(text: string, year: number | undefined): Array<{ word: string; year: number; index: number }> {
  if (year === undefined) return [];
  return [...text.matchAll(relativeWord)].map((m) => ({ word: m[0], index: m.index, year: m[0] === '今年' ? year : m[0] === '明年' ? year + 1 : year - 1 }));
}

/** The years a Chinese text names relative to the report's, in order. */
export function relativeYears(text: string, year: number | undefined): number[] {
  return relativeYearWords(text, year).map((w) => w.year);
}

/**
 * The relative years as figures the English may give but need not (`optional`): an English year equal to one is
 * not extra, while 今年 with no year in the English is no missing figure.
 */
export function relativeYearNumbers(text: string, year: number | undefined): FoundNumber[] {
  return relativeYearWords(text, year).map((w) => ({ value: w.year, kind: 'cardinal', raw: `${w.word} = ${w.year}`, index: w.index, optional: true }));
}
