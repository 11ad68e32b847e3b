/**
 * (PDF dumps, round 4) A table of many columns set with spaces — a `pdftotext -layout` dump's, or one pdf.ts could not
 * read as a table (its cells wrapped over lines: 丰都's 表1, ten columns, `调整预算` / `数`, `收` / `入`) — is read as
 * text: each line's cells run together, a wrapped cell's halves lines apart. Every word is kept, but not as a table,
 * so it is said where: a run of lines between blank lines, each of them cells only (parts kept apart by two spaces or
 * more, each short, no clause or sentence in it), two or more of them with five cells or more. Nothing is changed.
 */
import type { SourceLine } from './types.ts';

export interface LayoutTable {
  line: number;
  column: number;
  last: number;
  /** The most cells a line of it holds. */
  columns: number;
}

/** A line's cells: its parts kept apart by two spaces or more. */
const cellsOf = (text: string): string[] => text.trim().split(/\s{2,}|\u3000+/u).filter(Boolean);
/** A cell: short, no clause or sentence inside it, not a contents list's dot leaders. */
const isCell = (cell: string): boolean => cell.length <= 16 && !/[，。；！？,;]/u.test(cell) && !/[.·…]{3}/u.test(cell);
const MIN_COLUMNS = 5;

export function layoutTables(lines: readonly SourceLine[]): LayoutTable[] {
  const found: LayoutTable[] = [];
  let run: SourceLine[] = [];
  const close = () => {
    const wide = run.map((l) => cellsOf(l.text).length).filter((n) => n >= MIN_COLUMNS);
    if (wide.length >= 2) found.push({ line: run[0].line, column: run[0].column, last: run[run.length - 1].line, columns: Math.max(...wide) });
    run = [];
  };
  for (const line of lines) {
    const cells = cellsOf(line.text);
    const cellsOnly = cells.length > 0 && cells.every(isCell);
    if (line.pageStart || !cellsOnly) close();
    if (cellsOnly) run.push(line);
  }
  close();
  return found;
}
