/**
 * `date-style`: the English of one report writes its dates two ways — "March 9" in one place, "9 March" in another
 * ("On December 15, 2021, …" under an occasion "Delivered … on 15 December 2021"). Either form is right (official
 * English writes the month first; the editions print the day first, en-GB: templates/i18n.ts formatDate), but one
 * edition should keep to one. Read in the translation only: every English block and the English `occasion` (the
 * title block's translated line); the translator's note and the other front matter are the edition's own words.
 * The report's style is the one most of its dates write; on a tie, the editions' own (day first). Each date in the
 * other style is a warning at its line and column, the first date in the report's style as the cause. A date with
 * no day ("March 2021") has no style. A house that sets its style (duizhao.config.yaml `check.dateStyle`:
 * `month-day` or `day-month`, CheckOptions.dateStyle) gets a warning on every date written the other way, in a
 * report that mixes nothing too; the cause then names the config key.
 */
import { VFileMessage } from 'vfile-message';
import type { VFile } from 'vfile';
import { frontMatterKeyLine, mappedText, type Place } from '../place.ts';
import type { Block } from '../../model/types.ts';
import type { HouseDateStyle } from '../../config/types.ts';
import type { Rule } from '../types.ts';
import { months } from '../numbers/en.ts';

/** The months as an English text capitalises them (numbers/en.ts's one list). */
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

const described: Record<DateStyle, string> = { 'day-first': 'day first, “9 March”', 'month-first': 'month first, “March 9”' };

interface Seen extends StyledDate {
  place: Place;
  block?: Block;
}

/** The config's names for the two styles (check.dateStyle). */
const houseStyle: Record<HouseDateStyle, DateStyle> = { 'month-day': 'month-first', 'day-month': 'day-first' };

export const dateStyleRule: Rule = ({ publication, report, options }) => {
  const enFile = publication.files.en;
  if (!enFile) return;
  const seen: Seen[] = [];
  const occasion = publication.meta.en?.occasion;
  if (occasion) for (const date of datesIn(occasion)) seen.push({ ...date, place: occasionPlace(enFile, date.raw) });
  for (const block of publication.blocks) {
    if (!block.en) continue;
    const { text, placeAt } = mappedText(block.en, enFile);
    for (const date of datesIn(text)) seen.push({ ...date, place: placeAt(date.index), block });
  }
  const count = (style: DateStyle) => seen.filter((d) => d.style === style).length;
  const [days, months] = [count('day-first'), count('month-first')];
  const house = options.dateStyle && houseStyle[options.dateStyle];
  if (house) {
    const cause = new VFileMessage(`The house's date style: \`check.dateStyle: ${options.dateStyle}\` in duizhao.config.yaml`, { source: 'check' });
    for (const date of seen.filter((d) => d.style !== house)) {
      report({
        ruleId: 'date-style',
        file: 'en',
        place: date.place,
        reason: `Unexpected date style “${date.raw}” (${described[date.style]}) in the English ${where(date)}, expected ${described[house]}, the house's style (\`check.dateStyle: ${options.dateStyle}\` in duizhao.config.yaml): write it ${swapped(date)}`,
        cause,
        block: date.block,
      });
    }
    return;
  }
  if (days === 0 || months === 0) return;
  const style: DateStyle = months > days ? 'month-first' : 'day-first';
  const first = seen.find((d) => d.style === style)!;
  const name = enFile.basename ?? 'en.md';
  const cause = new VFileMessage(`The report's first date in its style at ${name}:${first.place.line}:${first.place.column}: “${first.raw}”`, { place: first.place, source: 'check' });
  cause.file = enFile.path;
  const tally = `${days} date(s) day first, ${months} month first${days === months ? ', a tie: the editions\' own style' : ''}`;
  for (const date of seen.filter((d) => d.style !== style)) {
    report({
      ruleId: 'date-style',
      file: 'en',
      place: date.place,
      reason: `Unexpected date style “${date.raw}” (${described[date.style]}) in the English ${where(date)}, expected ${described[style]} as the report's other dates (${tally}): write every date of a report one way`,
      cause,
      block: date.block,
    });
  }
};

function where(date: Seen): string {
  return date.block ? `of \`${date.block.id}\`` : '`occasion`';
}

/** The date as the other style writes it: its two words swapped ("9 March" → "March 9"; an ordinal stays). */
function swapped(date: Seen): string {
  const [a, b] = date.raw.split(/\s+/);
  return `“${b} ${a}”`;
}

/** Line and column of a date on the `occasion:` line of en.md's front matter (folded or quoted: column 1). */
function occasionPlace(file: VFile, raw: string): Place {
  const line = frontMatterKeyLine(file, 'occasion') ?? 1;
  const text = String(file.value).split('\n')[line - 1] ?? '';
  const at = text.indexOf(raw);
  return { line, column: at < 0 ? 1 : at + 1 };
}
