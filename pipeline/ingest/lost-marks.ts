/**
 * Marks lost between figures (model/lost-marks.ts): "20221-12月" (2022年1-12月: 年 lost), "GB 30952012" (GB 3095—2012: the
 * dash lost), as a copy whose extraction dropped some characters leaves them. Every character ingest was given is kept, yet
 * the text now prints figures that cannot be — a month 20221, a standard numbered 30952012 — and a reader of the Chinese
 * edition sees them so. Said at each place, so the editor puts the mark back from the report's own page or says so in the
 * translator's note (check reads the figures as meant). Not lost: "2022年1-12月", "12个月", "GB 3095—2012", "GB3838-2002",
 * "GB 18918" (a number without its year).
 */
import type { DraftBlock } from './types.ts';
import { holdsWords } from './blank-figures.ts';
import { gluedFigures } from '../model/lost-marks.ts';

/** Characters quoted before a place. */
const CONTEXT = 6;

export interface LostMark {
  block: DraftBlock;
  /** the glued figures with the words before them, as printed */
  words: string;
  /** what it reads as: the two figures meant */
  meant: string[];
  /** the text as it was before the mark was lost: "2022年1-12月", "GB 3095—2012" */
  restored: string;
  kind: 'year-month' | 'standard-year';
}

/** Every place in the text where figures were glued by a lost mark, in reading order. */
export function lostMarks(blocks: readonly DraftBlock[]): LostMark[] {
  const found: LostMark[] = [];
  for (const block of blocks) {
    if (!holdsWords(block)) continue;
    for (const glued of gluedFigures(block.text)) {
      const [first, second] = glued.figures;
      const after = glued.index + glued.raw.length;
      // (a month's run goes on to its 月: "20221-12月", the range's end with it)
      const end = second.kind === 'month' ? block.text.indexOf('月', after) + 1 : after;
      const code = glued.raw.slice(0, first.index - glued.index);
      found.push({
        block,
        meant: [first.digits, second.digits],
        restored: second.kind === 'month' ? `${first.digits}年${block.text.slice(second.index, end)}` : `${code}${first.digits}—${second.digits}`,
        kind: second.kind === 'month' ? 'year-month' : 'standard-year',
        words: block.text.slice(Math.max(0, glued.index - CONTEXT), end).trim(),
      });
    }
  }
  return found;
}
