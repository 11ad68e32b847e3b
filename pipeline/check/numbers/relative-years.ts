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

/** Where the report's year was read, most certain first (`reportYear`). */
export type ReportYearSource = 'date' | 'occasion' | 'English occasion' | 'text' | 'title';

/** The year 今年 names in the report (the year it was delivered), and where it was read. */
export interface ReportYear {
  year: number;
  from: ReportYearSource;
}

/** What the report gives that may name its year. */
export interface YearEvidence {
  /** zh.md's front matter: its date, occasion, title. */
  meta: Readonly<Record<string, unknown>>;
  /** The official English occasion (en.md's front matter, or the English page's title block): "… on March 5, 2022". */
  enOccasion?: unknown;
  /** The report's headings and paragraphs in order. */
  blocks: ReadonlyArray<{ heading: boolean; text: string }>;
}

/** A front matter `date` (YYYY-MM-DD, or a YAML date): its year. */
function dateYear(date: unknown): number | undefined {
  const text = date instanceof Date ? date.toISOString() : typeof date === 'string' ? date : undefined;
  const year = /^(\d{4})/.exec(text ?? '')?.[1];
  return year ? Number(year) : undefined;
}

/** A year as printed: 19xx or 20xx. */
const YEAR = String.raw`((?:19|20)\d\d)`;

/**
 * The Chinese occasion's year, which opens its date ("2022年1月6日在…会议上"); also when the page lost 年 and 月
 * ("2005118日在上海市第十二届…", Shanghai 2005 on 51education: ingest reads no date from it, the year still leads).
 */
const occasionYear = new RegExp(`${YEAR}\\s*(?:年|\\d{1,4}\\s*日)`, 'u');

/** The English occasion's date ends it: "… on March 5, 2022" (its last year). */
const enOccasionYear = /\b((?:19|20)\d\d)\b(?!.*\b(?:19|20)\d\d\b)/su;

/**
 * A year the text calls past: 刚刚过去的2019年 (the year just gone: a report delivered early the next year, Beijing
 * 2020) or 即将过去的2022年 (the year about to pass: a report delivered in its December, 中卫 2022, 法库 2003). Not a
 * year opening a span (过去的2016年至2020年).
 */
const namedPastYear = new RegExp(`(即将|即將)?(?:刚刚|剛剛)?(?:过去|過去)的\\s*${YEAR}\\s*年(?!\\s*[至到—–\\-－~～])`, 'gu');

/** The year past without its figure: 过去一年 / 过去的一年 / 刚刚过去的一年 — or 即将过去的一年 (张湾 2022, in December). */
const pastYearWords = /(即将|即將)?(?:刚刚|剛剛)?(?:过去|過去)的?一年/gu;

/** A heading reviewing one year's work: 一、2023年工作回顾, 2019年主要工作回顾, 2019年和今年以来工作回顾 (not a span's end year). */
const reviewHeading = new RegExp(`(?<![—–\\-－~～至到]\\s*)${YEAR}\\s*年[^，。；\\d]{0,8}?回[顾顧]`, 'u');

/**
 * A government work report's title naming a year: 2023年政府工作报告, 汉滨区2025年政府工作报告, 政府工作报告（2024年）. Not
 * another report's (关于2022年预算执行情况和2023年预算草案的报告, 武汉市人民检察院2024年工作报告 name the year reported on).
 */
const titleYear = new RegExp(`${YEAR}\\s*年度?[^\\d，。]{0,16}?政府工作[报報]告|政府工作[报報]告\\s*[（(]\\s*${YEAR}\\s*年?\\s*[)）]`, 'u');

/** One year when every reading agrees, none when they differ or there is none. */
function agreed(years: readonly number[]): number | undefined {
  return years.length > 0 && years.every((y) => y === years[0]) ? years[0] : undefined;
}

/**
 * The year the text itself ties to its relative words: a past year it names (刚刚过去的2019年 → 2020; 即将过去的2022年 →
 * 2022), or the year its review heading names with the year past unnamed (一、2023年工作回顾 + 过去一年 → 2024; +
 * 即将过去的一年 → 2023). A review heading alone says nothing: a report delivered in January reviews the year before
 * (今年 is the heading's year + 1), one delivered in December its own (the held-out corpus: 78 and 6 of the dated
 * pages with such a heading).
 */
function textYear(blocks: YearEvidence['blocks']): number | undefined {
  const text = blocks.map((b) => b.text).join('\n');
  const years = [...text.matchAll(namedPastYear)].map((m) => Number(m[2]) + (m[1] ? 0 : 1));
  const reviewed = blocks.filter((b) => b.heading).map((b) => reviewHeading.exec(b.text)?.[1]).find((y) => y !== undefined);
  if (reviewed) years.push(...[...text.matchAll(pastYearWords)].map((m) => Number(reviewed) + (m[1] ? 0 : 1)));
  return agreed(years);
}

/**
 * The title's year of a government work report: most name the year they are delivered in (23 of the corpus's 25
 * dated ones), some the year they review (2022年乌恰县政府工作报告, delivered January 2023) or plan (2004年法库县政府工作
 * 报告, December 2003). Not taken when the report's review heading names a year other than the one before it.
 */
function titleYearOf(evidence: YearEvidence): number | undefined {
  const m = titleYear.exec(typeof evidence.meta.title === 'string' ? evidence.meta.title : '');
  const year = m ? Number(m[1] ?? m[2]) : undefined;
  const reviewed = evidence.blocks.filter((b) => b.heading).map((b) => reviewHeading.exec(b.text)?.[1]).find((y) => y !== undefined);
  return year !== undefined && (reviewed === undefined || Number(reviewed) === year - 1) ? year : undefined;
}

/**
 * The report's year — the year 今年 names — from what the report gives, most certain first: zh.md's date, its occasion's
 * year, the English occasion's, the year its text ties to 过去 (textYear), a work report's title year; none when
 * nothing says it.
 */
export function reportYear(evidence: YearEvidence): ReportYear | undefined {
  const occasion = typeof evidence.meta.occasion === 'string' ? occasionYear.exec(evidence.meta.occasion)?.[1] : undefined;
  const enOccasion = typeof evidence.enOccasion === 'string' ? enOccasionYear.exec(evidence.enOccasion)?.[1] : undefined;
  const readings: Array<[ReportYearSource, () => number | undefined]> = [
    ['date', () => dateYear(evidence.meta.date)],
    ['occasion', () => (occasion ? Number(occasion) : undefined)],
    ['English occasion', () => (enOccasion ? Number(enOccasion) : undefined)],
    ['text', () => textYear(evidence.blocks)],
    ['title', () => titleYearOf(evidence)],
  ];
  for (const [from, read] of readings) {
    const year = read();
    if (year !== undefined) return { year, from };
  }
  return undefined;
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
