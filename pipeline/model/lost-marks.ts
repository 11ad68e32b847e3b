/**
 * Figures run together where a copy lost the mark between them (a page's extraction that dropped the characters set in a
 * span of their own): a year glued to its month, 年 lost ("20221-12月" for 2022年1-12月, "20219月" for 2021年9月), and a
 * standard's number glued to its year, the dash lost ("GB 30952012" for GB 3095—2012, "HJ 6332012" for HJ 633—2012). Both
 * are impossible in a report's own text — a calendar month is 1 to 12, and a national or sector standard's number has at
 * most five digits — so each has one reading. Ingest says each place (ingest/lost-marks.ts); check's number rule reads the
 * figures as meant (check/numbers/zh.ts), so an English that says "January to December 2022" or "GB 3095-2012" is held to
 * the figures the report gives.
 */

/** A year glued to a month (年 lost): the year, then the month, a range's end and 月 after it. */
export const GLUED_YEAR_MONTH = /(?<![0-9０-９.．])((?:19|20)[0-9]{2})(1[0-2]|0?[1-9])(?=(?:[-—–～~至到][0-9]{1,2})?月)/gu;

/** A standard's code and number glued to its year (the dash lost): the number (three digits or more), then the year. */
export const GLUED_STANDARD_YEAR = /(?<![A-Za-z])(?:GB|GBZ|HJ|CJJ|JGJ|DB[0-9]{2})(?:\/[TZ])?\s?([0-9]{3,})((?:19|20)[0-9]{2})(?![0-9])/gu;

export interface GluedFigures {
  /** index of the first figure in the text */
  index: number;
  /** the glued run as printed (the code of a standard included) */
  raw: string;
  /** the two figures meant, each with where it starts in the text */
  figures: Array<{ digits: string; index: number; kind: 'year' | 'month' | 'number' }>;
}

/** Every place in the text where two figures ran together, in reading order. */
export function gluedFigures(text: string): GluedFigures[] {
  const found: GluedFigures[] = [];
  for (const m of text.matchAll(GLUED_YEAR_MONTH)) {
    found.push({
      index: m.index,
      raw: m[0],
      figures: [
        { digits: m[1], index: m.index, kind: 'year' },
        { digits: m[2], index: m.index + m[1].length, kind: 'month' },
      ],
    });
  }
  for (const m of text.matchAll(GLUED_STANDARD_YEAR)) {
    const start = m.index + m[0].length - m[1].length - m[2].length;
    found.push({
      index: m.index,
      raw: m[0],
      figures: [
        { digits: m[1], index: start, kind: 'number' },
        { digits: m[2], index: start + m[1].length, kind: 'year' },
      ],
    });
  }
  return found.sort((a, b) => a.index - b.index);
}
