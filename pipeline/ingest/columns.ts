/**
 * A two-column page whose text was extracted across the columns (a gazette's
 * flipbook, a PDF copied line by line): each line holds a line of the left
 * column, a space, and the line of the right column beside it —
 * "…坚持山水林田湖草沙 力建设集商务、科创…". Nothing in the text says where the
 * columns part exactly (a single space also stands inside a column), so the text
 * is left as found and the run of lines is a warning: the reading order is wrong.
 *
 * A run is six lines or more in a row, each with a space between Chinese text on
 * both sides (eight Han characters or more before it, four or more after it, the
 * right part opening with a Han character or a bracket, not a figure) that falls
 * within five characters of one column width — the left column's full line; its
 * last line of a paragraph may be shorter. Letter-spaced lines (more than four
 * spaces) and lines with wider gaps are no such lines.
 */
import { hanOf } from './chars.ts';
import type { SourceLine } from './types.ts';

const MIN_LINES = 6;
const SLACK = 5;

export interface ColumnsAcross {
  line: number;
  column: number;
  /** The run's last line. */
  last: number;
}

/** Where each line may part into a left and a right column (indices of the space in the trimmed line). */
function gapsOf(text: string): number[] {
  const t = text.trim();
  if ((t.match(/ /g) ?? []).length > 4 || /\s{2,}/.test(t)) return [];
  const out: number[] = [];
  for (const m of t.matchAll(/(?<=\S) (?=\S)/g)) {
    const left = t.slice(0, m.index);
    const right = t.slice(m.index + 1);
    if (hanOf(left).length >= 8 && hanOf(right).length >= 4 && /[\p{Script=Han}。，,；;、”）)]$/u.test(left) && /^[\p{Script=Han}“（(]/u.test(right)) out.push(m.index);
  }
  return out;
}

export function columnsReadAcross(lines: readonly SourceLine[]): ColumnsAcross[] {
  const texts = lines.filter((l) => l.text.trim() !== '');
  const gaps = texts.map((l) => gapsOf(l.text));
  const found: ColumnsAcross[] = [];
  for (let i = 0; i < texts.length; ) {
    let end = i;
    for (let width = 10; width <= 40; width++) {
      let j = i;
      while (j < texts.length && gaps[j].some((p) => p >= width - SLACK && p <= width)) j++;
      end = Math.max(end, j);
    }
    if (end - i >= MIN_LINES) {
      found.push({ line: texts[i].line, column: texts[i].column, last: texts[end - 1].line });
      i = end;
    } else i++;
  }
  return found;
}
