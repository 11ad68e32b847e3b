/**
 * `date-style`: the English of one report writes its dates two ways — "March 9" in one place, "9 March" in another
 * ("On December 15, 2021, …" under an occasion "Delivered … on 15 December 2021"). Either form is right (official
 * English writes the month first; the editions print their own dates as most of the report's do, the day first on a tie:
 * model/date-style.ts, templates/i18n.ts formatDate), but one edition should keep to one. Read in the translation only: every English block and the English `occasion` (the
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
import { datesIn, type DateStyle, type StyledDate } from '../../model/date-style.ts';

export { datesIn, type DateStyle, type StyledDate };

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
