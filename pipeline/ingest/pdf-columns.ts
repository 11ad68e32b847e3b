/**
 * (PDF dumps, round 3) A page set in two columns — a newspaper page, a 政府公报 — read
 * column after column. pdf.js gives every text item's position; read by baseline alone,
 * a line of the left column and the line of the right column beside it are one line,
 * so paragraphs come out interleaved. Here a run of a page's lines (top to bottom) that
 * leaves a vertical band free of text — the gutter, an em wide or more, with text on
 * both sides of it — is read as columns: the left column's lines, then the right
 * column's. What spans the gutter (a title block across the page, a running header,
 * a line at the foot) ends the run and stays where it is.
 *
 * Columns, not a table: both sides hold running text — the run is six lines or more,
 * three of them or more fill the left side to at least three fifths of its width and
 * three or more the right side, in the page's body type (an editors' line in small type
 * under the columns is none) (on lines of their own or shared: two columns' baselines
 * need not line up), each side ten em wide or more (a table's cells are short; a
 * contents page's numbers are no column).
 */

export interface ColumnItem {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
  /** (PDF dumps, round 4) A note's call set small and raised over the line's baseline (pdf.ts `raisedMarks`): read in its line. */
  raised?: boolean;
}

export interface ColumnLine {
  y: number;
  size: number;
  items: ColumnItem[];
  /** The left edge its indentation is measured from, when it stands in a column (its column's most common line start). */
  origin?: number;
}

const MIN_LINES = 6;
const MIN_FULL = 3;
const FULL = 0.6;
const MIN_SIDE_EM = 10;

/** The free bands (x0, x1) inside the union of the lines' items, an em wide or more, with text on both sides. */
function freeBands(lines: readonly ColumnLine[], em: number): Array<[number, number]> {
  const spans = lines.flatMap((l) => l.items.map((i): [number, number] => [i.x, i.x + i.width])).sort((a, b) => a[0] - b[0]);
  const bands: Array<[number, number]> = [];
  let end = spans[0]?.[1] ?? 0;
  for (const [x0, x1] of spans.slice(1)) {
    if (x0 - end >= em) bands.push([end, x0]);
    end = Math.max(end, x1);
  }
  return bands;
}

/** A line's part on one side of the gutter: its items there. */
function side(line: ColumnLine, from: number, to: number): ColumnItem[] {
  return line.items.filter((i) => i.x + i.width / 2 >= from && i.x + i.width / 2 <= to);
}

/** How much of a side its items' text covers (their widths: a table row's cells far apart cover little of it). */
function covered(items: readonly ColumnItem[]): number {
  return items.reduce((sum, i) => sum + i.width, 0);
}

/**
 * A gutter that makes the run columns (both sides running text), and the part of the run
 * that is columns: from the first line filling a side to the last and the lines in the body
 * type under it (what comes before — a title block letter-spaced over the gutter — or after
 * in other type — an editors' line — is no column).
 */
function gutterOf(run: readonly ColumnLine[], em: number): { gutter: number; from: number; to: number } | undefined {
  if (run.length < MIN_LINES) return undefined;
  const left = Math.min(...run.flatMap((l) => l.items.map((i) => i.x)));
  const right = Math.max(...run.flatMap((l) => l.items.map((i) => i.x + i.width)));
  for (const [g0, g1] of freeBands(run, em)) {
    if (g0 - left < MIN_SIDE_EM * em || right - g1 < MIN_SIDE_EM * em) continue;
    // (each side on its own lines: two columns' baselines need not line up)
    const fullLeft = run.map((l) => Math.round(l.size) === em && covered(side(l, left, g0)) >= FULL * (g0 - left));
    const fullRight = run.map((l) => Math.round(l.size) === em && covered(side(l, g1, right)) >= FULL * (right - g1));
    const full = run.map((_, k) => fullLeft[k] || fullRight[k]);
    // (past the last full line, the lines in the body type under it: a column's last line, short, lower than the other column's)
    let to = full.lastIndexOf(true) + 1;
    while (to < run.length && Math.round(run[to].size) === em) to++;
    if (fullLeft.filter(Boolean).length >= MIN_FULL && fullRight.filter(Boolean).length >= MIN_FULL && to - full.indexOf(true) >= MIN_LINES) return { gutter: g0, from: full.indexOf(true), to };
  }
  return undefined;
}

/** The most common of the values (the first to reach the count on a tie); pdf.ts reads the body's type size and margin with it. */
export function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  let best: number | undefined;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === undefined || n > counts.get(best)!) best = v;
  }
  return best;
}

/**
 * A page's lines with each run set in two columns read column after column; `linesOf`
 * regroups a column's items into its lines. The lines of a page in one column are
 * returned as they are (the same array).
 */
export function readColumns<L extends ColumnLine>(lines: L[], linesOf: (items: ColumnItem[]) => L[]): { lines: L[]; runs: number } {
  const em = mode(lines.map((l) => Math.round(l.size))) ?? 12;
  const out: L[] = [];
  let runs = 0;
  for (let i = 0; i < lines.length; ) {
    // The longest run from here with a free band inside it.
    let j = i + 1;
    while (j < lines.length && freeBands(lines.slice(i, j + 1), em).length > 0) j++;
    const found = gutterOf(lines.slice(i, j), em);
    if (!found) {
      out.push(lines[i]);
      i++;
      continue;
    }
    const { gutter: g0, from, to } = found;
    out.push(...lines.slice(i, i + from));
    const items = lines.slice(i + from, i + to).flatMap((l) => l.items);
    for (const column of [items.filter((it) => it.x + it.width / 2 < g0), items.filter((it) => it.x + it.width / 2 >= g0)]) {
      const columnLines = linesOf(column);
      const origin = mode(columnLines.map((l) => Math.round(l.items[0].x)));
      for (const l of columnLines) out.push({ ...l, origin });
    }
    runs++;
    i += to;
  }
  return { lines: runs > 0 ? out : lines, runs };
}
