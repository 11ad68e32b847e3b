/**
 * Years a Chinese text names relative to the report's own: 今年 (this year), 去年 / 过去一年 (last year), 前年 (the year
 * before last), 明年 (next year) — and 上年 (the previous year) relative to the year its sentence speaks of. Translators
 * often write the year itself ("in 2022", "2021" for 过去一年 in Beijing 2022's official English). One owner of that
 * reading: `number-mismatch` accepts such a year in the English (rules/number-mismatch.ts), and align counts it as a
 * soft anchor (translate/align.ts).
 *
 * Not read: 当年 ("that year", "the same year", "back then": the year of whatever the sentence speaks of, or none) and
 * 本年 (this year — but in budget and final accounts reports the accounts' year, which is not the report's: a 决算 report
 * of August 2023 says 本年收入 of 2022).
 */
import type { FoundNumber } from './types.ts';

/**
 * 過去一年 is 过去一年 in traditional characters. Not in another word: 过去年均 (the past years' average) holds no 去年,
 * 60岁以上年龄 / 规模以上年销售额 no 上年 (以上 = or more); 以上年为基数 (last year as the base) does. 前年 only after a
 * word's end (比前年, 和前年, a punctuation mark): 目前年产, 提前年底, 以前年度, 学前年龄, 节前年货 hold none.
 */
const relativeWord = /今年|明年|(?<![过過])去年|(?<!(?:岁|歲|模)以)上年|[过過]去一年|(?<=^|[^\p{Script=Han}]|[比较較与與和及同于於在是从從自至到])前年(?![度龄齡代货貨轻輕份均底末初])/gu;

/**
 * A year a sentence names before its 上年: "2004年…比上年增长13.5%" speaks of 2004 (上年 is 2003); a review under
 * "一、2004年工作回顾" that says only "全市生产总值预计达到7440亿元，按可比价格计算比上年增长13.5%" (Shanghai 2005) names
 * none, and its 上年 — 2003, not the report's year before, 2004 — is not read.
 */
const namedYear = /((?:19|20)\d\d)\s*年(?![度代])/gu;

/** Where a sentence ends (上年 looks back no further). */
const sentenceEnd = /[。！？；!?;\n]/u;

/** Where the report's year was read, most certain first (`reportYear`). */
export type ReportYearSource = 'date' | 'occasion' | 'English occasion' | 'text' | 'title' | 'published date';

/** The year 今年 names in the report (the year it was delivered), and where it was read. */
export interface ReportYear {
  year: number;
  from: ReportYearSource;
}

/** What the report gives that may name its year. */
export interface YearEvidence {
  /** zh.md's front matter: its date (and `date_source`), occasion, title. */
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
function textYear(blocks: YearEvidence['blocks'], reviewed: number | undefined): number | undefined {
  const text = blocks.map((b) => b.text).join('\n');
  const years = [...text.matchAll(namedPastYear)].map((m) => Number(m[2]) + (m[1] ? 0 : 1));
  if (reviewed !== undefined) years.push(...[...text.matchAll(pastYearWords)].map((m) => reviewed + (m[1] ? 0 : 1)));
  return agreed(years);
}

/** The year the report's first review heading names (一、2023年工作回顾 → 2023), if one does. */
function reviewedYear(blocks: YearEvidence['blocks']): number | undefined {
  const year = blocks.filter((b) => b.heading).map((b) => reviewHeading.exec(b.text)?.[1]).find((y) => y !== undefined);
  return year === undefined ? undefined : Number(year);
}

/**
 * The title's year of a government work report: most name the year they are delivered in (23 of the corpus's 25
 * dated ones), some the year they review (2022年乌恰县政府工作报告, delivered January 2023) or plan (2004年法库县政府工作
 * 报告, December 2003). Not taken when the report's review heading names a year other than the one before it.
 */
function titleYearOf(title: unknown, reviewed: number | undefined): number | undefined {
  const m = titleYear.exec(typeof title === 'string' ? title : '');
  const year = m ? Number(m[1] ?? m[2]) : undefined;
  return year !== undefined && (reviewed === undefined || reviewed === year - 1) ? year : undefined;
}

/**
 * The report's year — the year 今年 names — from what the report gives, most certain first: zh.md's date, its occasion's
 * year, the English occasion's, the year its text ties to 过去 (textYear), a work report's title year, and last a date
 * that is only the day of publishing; none when nothing says it.
 */
export function reportYear(evidence: YearEvidence): ReportYear | undefined {
  const occasion = typeof evidence.meta.occasion === 'string' ? occasionYear.exec(evidence.meta.occasion)?.[1] : undefined;
  const enOccasion = typeof evidence.enOccasion === 'string' ? enOccasionYear.exec(evidence.enOccasion)?.[1] : undefined;
  // (read once, and only when neither the date nor an occasion gives the year)
  let review: { year: number | undefined } | undefined;
  const reviewed = () => (review ??= { year: reviewedYear(evidence.blocks) }).year;
  // A date the page gives only as the day it was put up (`date_source: published`) may follow the report by days or months
  // (Ningbo's audit rectification report of late 2022, published 2023-01-06: 今年 read as 2023): the report's own words
  // come before it, and it is read last.
  const published = evidence.meta.date_source === 'published';
  const readings: Array<[ReportYearSource, () => number | undefined]> = [
    ['date', () => (published ? undefined : dateYear(evidence.meta.date))],
    ['occasion', () => (occasion ? Number(occasion) : undefined)],
    ['English occasion', () => (enOccasion ? Number(enOccasion) : undefined)],
    ['text', () => textYear(evidence.blocks, reviewed())],
    ['title', () => titleYearOf(evidence.meta.title, reviewed())],
    ['published date', () => (published ? dateYear(evidence.meta.date) : undefined)],
  ];
  for (const [from, read] of readings) {
    const year = read();
    if (year !== undefined) return { year, from };
  }
  return undefined;
}

/**
 * 今年 → year, 去年/过去一年 → year − 1, 前年 → year − 2, 明年 → year + 1, 上年 → the year its sentence names before it − 1
 * (unread when it names none), each where it stands in `text`; none when `year` is not known.
 */
export function relativeYearWords(text: string, year: number | undefined): Array<{ word: string; year: number; index: number }> {
  if (year === undefined) return [];
  const words: Array<{ word: string; year: number; index: number }> = [];
  const named = [...text.matchAll(namedYear)].map((m) => ({ index: m.index, year: Number(m[1]) }));
  for (const m of text.matchAll(relativeWord)) {
    const word = m[0];
    if (word !== '上年') {
      words.push({ word, index: m.index, year: word === '今年' ? year : word === '明年' ? year + 1 : word === '前年' ? year - 2 : year - 1 });
      continue;
    }
    // the year the sentence names last before it: a figure, or a relative word read above
    let start = m.index;
    while (start > 0 && !sentenceEnd.test(text[start - 1])) start--;
    const before = [...named, ...words].filter((w) => w.index >= start && w.index < m.index).sort((a, b) => b.index - a.index)[0];
    if (before) words.push({ word, index: m.index, year: before.year - 1 });
  }
  return words;
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
