/**
 * (PDF dumps, round 6) A block of remarks at a page's foot or at the text's end: `注：1.城镇调查失业率为全年平均数。` /
 * `2.城乡居民收入为初步统计数。`, `说明：…` over a line or more. Nothing calls such notes (they are no footnotes), and
 * a dump has them where they were printed: at a page's foot, between the halves of the paragraph the page broke — which
 * ran on into them (`…各项事注：1.…`) — and their entries numbered `2.`, `3.` read as headings.
 *
 * A block is taken when it is a page's last lines (after it only blank lines and a page number; a text without form
 * feeds is one page, its foot the text's end), its first line opens with 注：, 注1：, 说明： or 备注：, it holds no more
 * lines than the text over it on its page, and every line in it that opens with a number (`2.`, `3、`) goes on the
 * numbering the first line started (`注：1.…`) — a `2.` with no `1.` before it, or out of order, is a heading list's,
 * and the block is not taken (nor is a line of a -layout table's cells). The block is one paragraph, its lines joined,
 * put after the paragraph of the line over it: where the text over it stopped mid-sentence, the paragraph the page broke
 * (whole again, the page's next lines going on with it); else where it stood.
 *
 * (round 7) A NUMBERED block in the middle of a page, the text going on under it (a table's or a chart's notes: 表2, then
 * `注：1.环比增长速度为….` / `2.同比增长速度为….`, then `三、2026年重点工作`): taken to where its last entry ends — each entry
 * the next number, an entry's wrapped lines going on it, the block ending at a line that ends an entry with 。 when the
 * next line is not the next number; two entries at least (`midPageEnd`). It stays where it stood, one paragraph.
 */
import { PAGE_NUMBER_LINE, pagesOf, withoutLines } from './lines.ts';
import { headingDepth } from './structure.ts';
import type { SourceLine } from './types.ts';

/** A remark block's first line: 注：, 注1：, 说明：, 备注：(not 注重…, 注意…: the colon is what says it). */
const REMARK = /^\s*(?:注\s*[0-9]{0,2}|说\s*明|备\s*注)\s*[：:]/u;
/** An entry's number opening a line: 1. 1．1、 (not 1.5). */
const NUMBER = /^\s*([0-9]{1,2})(?:[.．](?![0-9])|、)/u;
/** A -layout table row: cells kept apart by three spaces or more. */
const TABLE_ROW = /\S {3,}\S/u;
/** A part's heading numbered in Chinese: 二、…, 三、… (a remark's entries are numbered 1. 2.). */
const PART_HEADING = /^[一二三四五六七八九十]{1,3}、\S/u;
/** A sentence's end: the text over the block stopping so is not broken by it. */
const SENTENCE_END = /[。！？；：.!?）)”’」』]$/u;

export interface Remark {
  /** The block's lines joined. */
  text: string;
  line: number;
  column: number;
  /** Its last line in the input. */
  last: number;
  /** How many lines it held. */
  lines: number;
  /** Its page (1-based) when the text has pages. */
  page?: number;
  /** The line of the text it follows: the block goes after that line's paragraph. */
  after: number;
  /** The text over it stopped mid-sentence: the block was between the halves of the paragraph the page broke. */
  broke: boolean;
  /** (round 7) In the middle of its page, the text going on under it. */
  mid?: boolean;
}

/** The remark blocks at the pages' feet: the lines without them, and the blocks (each to be put after its paragraph). */
export function takeRemarks(lines: readonly SourceLine[]): { lines: SourceLine[]; remarks: Remark[] } {
  const pages = pagesOf(lines);
  const paged = pages.length > 1 || lines.some((l) => l.pageStart);
  const drop = new Set<number>();
  const remarks: Remark[] = [];
  pages.forEach(([start, end], p) => {
    let last = end - 1;
    while (last >= start && (lines[last].text.trim() === '' || (paged && PAGE_NUMBER_LINE.test(lines[last].text)))) last--;
    for (let k = start + 1; k <= last; k++) {
      if (!REMARK.test(lines[k].text)) continue;
      let over = k - 1;
      while (over >= start && lines[over].text.trim() === '') over--;
      if (over < start) break;
      const lead = lines[k].text.length - lines[k].text.trimStart().length;
      // (notes are the smaller part of a page: no more lines than the text over them)
      const textLines = lines.slice(start, k).filter((l) => l.text.trim() !== '').length;
      const footLines = lines.slice(k, last + 1).filter((l) => l.text.trim() !== '');
      if (isBlock(lines, k, last) && footLines.length <= textLines) {
        remarks.push({ text: joinRemark(footLines), line: lines[k].line, column: lines[k].column + lead, last: lines[last].line, lines: footLines.length, page: paged ? p + 1 : undefined, after: lines[over].line, broke: !SENTENCE_END.test(lines[over].text.trim()) });
        // (its lines, the blank lines over it and under it to the page's end: the text goes on on the next page as if they were not there)
        for (let j = over + 1; j < end; j++) if (j <= last || lines[j].text.trim() === '') drop.add(j);
        break;
      }
      // (round 7) a numbered block in the middle of the page, the text going on under it: to where its last entry ends
      const ends = midPageEnd(lines, k, last);
      if (ends === undefined) continue;
      const blockLines = lines.slice(k, ends + 1).filter((l) => l.text.trim() !== '');
      remarks.push({ text: joinRemark(blockLines), line: lines[k].line, column: lines[k].column + lead, last: lines[ends].line, lines: blockLines.length, page: paged ? p + 1 : undefined, after: lines[over].line, broke: false, mid: true });
      for (let j = k; j <= ends; j++) drop.add(j);
      k = ends;
    }
  });
  if (remarks.length === 0) return { lines: [...lines], remarks };
  return { lines: withoutLines(lines, drop), remarks };
}

/** A block's lines as one paragraph: the spaces a dump sets after the colon and an entry's number before Chinese dropped (注： 1. 绝对额 → 注：1.绝对额). */
function joinRemark(blockLines: readonly SourceLine[]): string {
  return blockLines
    .map((l) => l.text.trim().replace(/([：:])[ \t]+/gu, '$1').replace(/((?:^|[；;。：:])[0-9]{1,2}[.．、])[ \t]+(?=\p{Script=Han})/gu, '$1'))
    .reduce((a, b) => (/[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b));
}

/** An entry's end: 。 (the block may end there), ； (another entry follows). */
const ENTRY_END = /[。.]$/u;
const ENTRY_GOES_ON = /[；;]$/u;

/**
 * (round 7) A numbered remark block in the middle of a page, the text going on under it (after a table or a chart: 表2's
 * `注：1.环比增长速度为….` / `2.同比增长速度为….` / `三、2026年重点工作`): its first line `注：1.…`, each next entry the next
 * number, an entry's wrapped lines going on it (not numbered, not indented, no heading); it ends at the line that ends an
 * entry with 。 when the next line is not the next number — two entries at least. An entry ending in ； with no next
 * number after it, or a line of a -layout table, and it is no block. The index of its last line, or undefined.
 */
function midPageEnd(lines: readonly SourceLine[], k: number, last: number): number | undefined {
  const opened = NUMBER.exec(lines[k].text.trim().replace(REMARK, ''));
  if (!opened) return undefined;
  let next = Number(opened[1]) + 1;
  let entries = 1;
  let previous = lines[k].text.trim();
  for (let j = k + 1; j <= last; j++) {
    const text = lines[j].text.trim();
    if (text === '') continue;
    const numbered = NUMBER.exec(text);
    if (numbered && Number(numbered[1]) === next && !TABLE_ROW.test(text)) {
      next++;
      entries++;
      previous = text;
      continue;
    }
    if (ENTRY_END.test(previous)) return entries >= 2 ? lastFilled(lines, k, j - 1) : undefined;
    // (an entry wrapped over lines: the next line goes on it)
    const wrapped = !ENTRY_GOES_ON.test(previous) && !numbered && !REMARK.test(text) && !TABLE_ROW.test(text) && !/^\s{2,}/u.test(lines[j].text) && headingDepth(text) === undefined;
    if (!wrapped) return undefined;
    previous = text;
  }
  // (the block runs to the page's foot: a foot block's, judged as such)
  return undefined;
}

/** The last line with text at or before `j` (from `k`). */
function lastFilled(lines: readonly SourceLine[], k: number, j: number): number {
  while (j > k && lines[j].text.trim() === '') j--;
  return j;
}

/** Lines k…last as one remark block: no table row, and every numbered line going on the numbering its first line opened. */
function isBlock(lines: readonly SourceLine[], k: number, last: number): boolean {
  const first = lines[k].text.trim();
  const opened = NUMBER.exec(first.replace(REMARK, ''));
  let next = opened ? Number(opened[1]) + 1 : undefined;
  for (let j = k; j <= last; j++) {
    const text = lines[j].text.trim();
    if (text === '') continue;
    if (TABLE_ROW.test(text)) return false;
    if (j === k) continue;
    // (a second 注： under the first: two blocks, or a table's notes — not one block)
    if (REMARK.test(text)) return false;
    // (stop 49, blind: 365betzh.com) a part's heading under it, "二、水环境质量状况": the text goes on, the remark was a table's
    // (was: the heading and the part's first paragraph joined to the remark as one block)
    if (PART_HEADING.test(text)) return false;
    const numbered = NUMBER.exec(text);
    if (!numbered) continue;
    if (next === undefined || Number(numbered[1]) !== next) return false;
    next++;
  }
  return true;
}
