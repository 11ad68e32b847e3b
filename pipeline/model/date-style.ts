/**
 * The two ways an English text writes a date with a day — "9 March" (day first) and "March 9" (month first) — found
 * in a text, and the way a report's translation writes most of its dates. check's `date-style` rule reads the first
 * (check/rules/date-style.ts); the editions read the second for their own English dates (title block, colophon:
 * templates/i18n.ts formatDate) when the house sets no style (new user round 27: a translation writing every date
 * "June 27, 2024" got "27 June 2024" under its occasion without `check.dateStyle`).
 */
import type { Publication } from './types.ts';

/** The months, lower case (check/numbers reads them too: one list). */
export const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The months as an English text capitalises them. */
const month = `(${months.map((m) => m[0].toUpperCase() + m.slice(1)).join('|')})`;
const day = '([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
/** 9 March, 9th March (not the end of a figure: 1.9 March, 2,019 March). */
const dayFirst = new RegExp(`(?<![\\d.,])\\b${day}\\s+${month}\\b`, 'gu');
/** March 9, March 9th (not March 2021, not March 9,000). */
const monthFirst = new RegExp(`\\b${month}\\s+${day}\\b(?!\\d|,\\d{3}\\b)`, 'gu');

export type DateStyle = 'day-first' | 'month-first';

export interface StyledDate {
  style: DateStyle;
  /** As written ("9 March", "March 9th"). */
  raw: string;
  index: number;
}

/** The dates with a day and a month a text writes, in order, each with its style. */
export function datesIn(text: string): StyledDate[] {
  const found: StyledDate[] = [];
  for (const m of text.matchAll(dayFirst)) found.push({ style: 'day-first', raw: m[0], index: m.index });
  for (const m of text.matchAll(monthFirst)) found.push({ style: 'month-first', raw: m[0], index: m.index });
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The style most dates of a report's translation write — its English `occasion` and every English block, the text
 * `date-style` reads (the translator's note and the other front matter are the edition's own words) — in the config's
 * names (`month-day`, `day-month`); undefined when the English writes no date with a day, or as many each way (the
 * editions' own style then, day first, as `date-style` takes a tie).
 */
export function translationDateStyle(publication: Pick<Publication, 'meta' | 'blocks'>): 'month-day' | 'day-month' | undefined {
  let [days, monthsFirst] = [0, 0];
  const count = (text: string | undefined) => {
    if (!text) return;
    for (const date of datesIn(text)) date.style === 'day-first' ? days++ : monthsFirst++;
  };
  count(publication.meta.en?.occasion);
  for (const block of publication.blocks) count(block.enText);
  return monthsFirst > days ? 'month-day' : days > monthsFirst ? 'day-month' : undefined;
}
