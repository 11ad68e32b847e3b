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
/** The most Han characters a PDF's printed line holds (39 on the dumps of test/fixtures/ingest-pdf-dumps/; A4 at 五号 ≈ 43). */
const PRINTED_LINE_MAX = 50;
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

/**
 * (PDF dumps, round 3) A `pdftotext -layout` dump of a page in two columns keeps them side
 * by side on each line, the gutter a run of spaces at the same place on every line:
 * "  我代表政协…常务委员会,向        全市广大干部群众,…". A run of lines (a page's, no blank
 * line needed) whose characters all leave a band of two columns or more free, with text on
 * both sides of it, is read as columns: the left column's lines, then the right column's —
 * each part a line of its own, at its place in the input (its column), the right column's
 * indentation counted from its most common start. Columns, not a table: six lines or more,
 * three or more filling the left side to three fifths of its width and three or more the
 * right side, each side ten characters wide or more (a table's cells are short, a contents
 * page's page numbers no column); the run from the first line filling a side to the last
 * and the lines right under it up to a blank line (a title block over the gutter stays
 * above it, a line at the page's foot under it). A run never crosses a page break.
 */
export interface LayoutColumns {
  line: number;
  column: number;
  last: number;
  /** The gutter's first column (1-based) in the input's lines. */
  gutter: number;
}

const LAYOUT_MIN_SIDE = 10;
const LAYOUT_MIN_GAP = 2;

/** The free bands [g0, g1) of character positions inside the union of the lines' non-space characters, with text on both sides. */
function layoutBands(texts: readonly string[]): Array<[number, number]> {
  const width = Math.max(...texts.map((t) => t.length));
  const used = new Array<boolean>(width).fill(false);
  for (const t of texts) for (let k = 0; k < t.length; k++) if (t[k] !== ' ' && t[k] !== '\u3000') used[k] = true;
  const bands: Array<[number, number]> = [];
  const first = used.indexOf(true);
  const last = used.lastIndexOf(true);
  for (let k = Math.max(0, first); k < last; ) {
    if (used[k]) {
      k++;
      continue;
    }
    let end = k;
    while (end < last && !used[end]) end++;
    if (end - k >= LAYOUT_MIN_GAP) bands.push([k, end]);
    k = end;
  }
  return bands;
}

const filled = (part: string) => part.replace(/[ \u3000]/g, '').length;

function layoutGutter(texts: readonly string[]): { g0: number; g1: number; from: number; to: number } | undefined {
  if (texts.filter((t) => t.trim() !== '').length < MIN_LINES) return undefined;
  const starts = texts.filter((t) => t.trim() !== '').map((t) => t.search(/\S/));
  const left = Math.min(...starts);
  const right = Math.max(...texts.map((t) => t.trimEnd().length));
  for (const [g0, g1] of layoutBands(texts)) {
    if (g0 - left < LAYOUT_MIN_SIDE || right - g1 < LAYOUT_MIN_SIDE) continue;
    const fullLeft = texts.map((t) => filled(t.slice(0, g0)) >= 0.6 * (g0 - left));
    const fullRight = texts.map((t) => filled(t.slice(g1)) >= 0.6 * (right - g1));
    const full = texts.map((_, k) => fullLeft[k] || fullRight[k]);
    const from = full.indexOf(true);
    // (past the last full line, the lines right under it: a column's last line, short, lower than the other column's)
    let to = full.lastIndexOf(true) + 1;
    while (to < texts.length && texts[to].trim() !== '') to++;
    if (fullLeft.filter(Boolean).length >= MIN_FULL_LINES && fullRight.filter(Boolean).length >= MIN_FULL_LINES && texts.slice(from, to).filter((t) => t.trim() !== '').length >= MIN_LINES) return { g0, g1, from, to };
  }
  return undefined;
}

const MIN_FULL_LINES = 3;

export function splitLayoutColumns(lines: readonly SourceLine[]): { lines: SourceLine[]; runs: LayoutColumns[] } {
  const out: SourceLine[] = [];
  const runs: LayoutColumns[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    while (j < lines.length && !lines[j].pageStart && layoutBands(lines.slice(i, j + 1).map((l) => l.text)).length > 0) j++;
    // (a run's trailing blank lines are no part of it)
    while (j > i + 1 && lines[j - 1].text.trim() === '') j--;
    const found = lines[i].text.trim() === '' ? undefined : layoutGutter(lines.slice(i, j).map((l) => l.text));
    if (!found) {
      out.push(lines[i]);
      i++;
      continue;
    }
    const { g0, g1, from, to } = found;
    out.push(...lines.slice(i, i + from));
    const run = lines.slice(i + from, i + to);
    const piece = (l: SourceLine, start: number, end: number, base: number): SourceLine | undefined => {
      const part = l.text.slice(start, end);
      const at = part.search(/\S/);
      if (at < 0) return undefined;
      const indent = Math.max(0, start + at - base);
      return { ...l, text: ' '.repeat(indent) + part.slice(at).trimEnd(), column: l.column + start + at - indent };
    };
    const leftBase = Math.min(...run.filter((l) => l.text.slice(0, g0).trim() !== '').map((l) => l.text.search(/\S/)));
    const rightStarts = run.map((l) => l.text.slice(g1).search(/\S/)).filter((k) => k >= 0).map((k) => g1 + k);
    const rightBase = mostCommon(rightStarts);
    const leftPieces = run.flatMap((l) => piece(l, 0, g0, leftBase) ?? []);
    const rightPieces = run.flatMap((l) => piece(l, g1, l.text.length, rightBase) ?? []);
    // (the run's first line keeps its page mark; the right column's lines are none of the page's first)
    out.push(...leftPieces, ...rightPieces.map((l) => ({ ...l, pageStart: undefined })));
    runs.push({ line: run[0].line, column: run[0].column, last: run[run.length - 1].line, gutter: g0 + 1 });
    i += to;
  }
  return { lines: runs.length > 0 ? out : [...lines], runs };
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/**
 * (PDF dumps, round 3) A plain `pdftotext` dump of a two-column page may alternate the
 * columns' lines, each alone between blank lines: "…居内地" / "" / "现在,我代表市人民政府向大会作" /
 * "" / "大中城市第四位;…达到" … Nothing in a line says which column it is from, so the text
 * is left as found (nothing reordered) and the run is a warning (`two-columns`): six or more
 * one-line blocks in a row, four or more of them ending mid-sentence (a page break ends one
 * such block, not four).
 */
export function columnsInterleaved(lines: readonly SourceLine[]): ColumnsAcross[] {
  // (a line of more than PRINTED_LINE_MAX Han characters is no printed line: the text is a web
  // page's or a document's, a paragraph a line, whose short lines — a heading, a stamp, a
  // speaker — end without a full stop as a matter of course; held-out round 29)
  if (lines.some((l) => hanOf(l.text).length > PRINTED_LINE_MAX)) return [];
  // Blocks: lines between blank lines.
  const blocks: SourceLine[][] = [[]];
  for (const l of lines) {
    if (l.text.trim() === '') {
      if (blocks[blocks.length - 1].length > 0) blocks.push([]);
    } else blocks[blocks.length - 1].push(l);
  }
  // (stop 60, blind: shandong-chorography.org, a chorography database's copy of a standing committee's report, a paragraph a block)
  // a title block's lines end with no full stop as a matter of course — the title ("…工作报告"), the occasion ("——…会议上"), the
  // speaker ("…主任 王兰荣"): no column's line broken off (they made four "mid-sentence" blocks over the salutation, a false warning)
  const titleBlock = (t: string) => /^\s*[—－-]{1,2}/u.test(t) || /(?:会议|会議|會議|大会|大會)上\s*$/u.test(t) || /(?:报告|報告|决议|決議|公报|公報)\s*$/u.test(t) || /\p{Script=Han}[ \u3000]+\p{Script=Han}{2,4}\s*$/u.test(t);
  const midSentence = (b: SourceLine[]) => !/[。！？；：:;!?…]\s*[”’」）)]?\s*$/u.test(b[b.length - 1].text) && /\p{Script=Han}/u.test(b[b.length - 1].text) && !titleBlock(b[b.length - 1].text);
  const found: ColumnsAcross[] = [];
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && blocks[j].length === 1) j++;
    const run = blocks.slice(i, j);
    if (run.length >= MIN_LINES && run.filter(midSentence).length >= 4) {
      found.push({ line: run[0][0].line, column: run[0][0].column, last: run[run.length - 1][0].line });
      i = j;
    } else i = Math.max(i + 1, j);
  }
  return found;
}
