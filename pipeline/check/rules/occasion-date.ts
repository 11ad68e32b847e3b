/**
 * `occasion-date`: the date in the occasion line and the report's date (`date:` in zh.md's front matter) disagree. The
 * title block prints both, one under the other — "2026年3月9日在第十四届全国人民代表大会第四次会议上" over the byline's
 * date, "Delivered at … on March 9, 2026" over "… · 9 March 2026" — and the colophon and the catalogue print the date
 * again: two different days for one report is a wrong text on the page (new user round 23 saw the two written apart,
 * nothing comparing them). Read in each language: the Chinese occasion's date (2026年3月9日, 二〇二六年三月九日) on
 * zh.md, the English occasion's (9 March 2026, March 9, 2026, March 9th, 2026) on en.md, at the date's line and column,
 * the `date:` key as the cause. The same day written another way ("March 9, 2026" beside the date line's "9 March
 * 2026") agrees: official English writes the month first, and the text is not wrong. A date read only from the page's
 * publication (`date_source: published`, printed "Published …") may rightly follow the day the report was delivered.
 */
import { VFileMessage } from 'vfile-message';
import type { VFile } from 'vfile';
import { frontMatterKeyLine } from '../place.ts';
import type { Lang } from '../../model/types.ts';
import type { Rule } from '../types.ts';
import { months } from '../numbers/en.ts';

const digit: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 2026 / 二〇二六 (digit by digit), 9 / 九 / 十九 / 三十一 (as counted). */
function zhNumber(text: string, year: boolean): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (year) return Number([...text].map((c) => digit[c]).join(''));
  const [tens, units] = text.includes('十') ? text.split('十') : ['', text];
  return (text.includes('十') ? (tens ? digit[tens] : 1) * 10 : 0) + (units ? digit[units] : 0);
}

const zhDate = /(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/u;
const month = `(${months.join('|')})`;
const enDayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${month},?\\s+(\\d{4})\\b`, 'iu');
const enMonthFirst = new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu');

interface Found {
  /** ISO YYYY-MM-DD. */
  iso: string;
  /** As written. */
  raw: string;
  /** Index in the occasion. */
  index: number;
}

/** As the editions print it (templates/i18n.ts formatDate: 2026年3月9日, 9 March 2026). */
function formatDate(date: string, lang: Lang): string {
  const [year, monthNumber, day] = date.split('-').map(Number);
  if (lang === 'zh') return `${year}年${monthNumber}月${day}日`;
  const name = months[monthNumber - 1];
  return `${day} ${name[0].toUpperCase()}${name.slice(1)} ${year}`;
}

const iso = (year: number, monthIndex: number, day: number): string => `${year}-${String(monthIndex).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The first full date (year, month and day) an occasion line writes, in its language. */
export function occasionDate(text: string, lang: Lang): Found | undefined {
  if (lang === 'zh') {
    const m = zhDate.exec(text);
    return m ? { iso: iso(zhNumber(m[1], true), zhNumber(m[2], false), zhNumber(m[3], false)), raw: m[0], index: m.index } : undefined;
  }
  const dayFirst = enDayFirst.exec(text);
  const monthFirst = enMonthFirst.exec(text);
  const first = [dayFirst, monthFirst].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  if (!first) return undefined;
  const [day, name, year] = first === dayFirst ? [first[1], first[2], first[3]] : [first[2], first[1], first[3]];
  return { iso: iso(Number(year), months.indexOf(name.toLowerCase()) + 1, Number(day)), raw: first[0], index: first.index };
}

/** Line and column of `raw` on the `key:` line of a file's front matter (the value may be quoted or folded: else column 1). */
function placeOf(file: VFile, key: string, raw: string): { line: number; column: number } {
  const line = frontMatterKeyLine(file, key) ?? 1;
  const text = String(file.value).split('\n')[line - 1] ?? '';
  const at = text.indexOf(raw);
  return { line, column: at < 0 ? 1 : at + 1 };
}

export const occasionDateRule: Rule = ({ publication, report }) => {
  const { meta, files } = publication;
  const date = meta.zh.date ?? meta.en?.date;
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || meta.zh.extra.date_source === 'published') return;
  const dateFile = meta.zh.date ? files.zh : files.en!;
  const dateLine = frontMatterKeyLine(dateFile, 'date') ?? 1;
  for (const lang of ['zh', 'en'] as const) {
    const file = lang === 'zh' ? files.zh : files.en;
    const occasion = lang === 'zh' ? meta.zh.occasion : meta.en?.occasion;
    if (!file || !occasion) continue;
    const found = occasionDate(occasion, lang);
    if (!found || found.iso === date) continue;
    const shown = formatDate(date, lang);
    const cause = new VFileMessage(`The report's date at ${dateFile.basename ?? 'zh.md'}:${dateLine}:1: \`date: ${date}\`, printed ${formatDate(date, 'zh')} / ${formatDate(date, 'en')}`, { place: { line: dateLine, column: 1 }, source: 'check' });
    cause.file = dateFile.path;
    report({
      ruleId: 'occasion-date',
      file: lang,
      place: placeOf(file, 'occasion', found.raw),
      reason: `Unexpected date “${found.raw}” in the ${lang === 'zh' ? 'Chinese' : 'English'} \`occasion\`, expected ${shown}, the report's \`date: ${date}\` that the title block prints beside it: one of the two is wrong — correct the occasion or the \`date\``,
      cause,
    });
  }
};
