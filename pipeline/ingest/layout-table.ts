/**
 * (PDF dumps, round 4) A table of many columns set with spaces — a `pdftotext -layout` dump's, or one pdf.ts could not
 * read as a table (its cells wrapped over lines: 丰都's 表1, ten columns, `调整预算` / `数`, `收` / `入`) — is read as
 * text: each line's cells run together, a wrapped cell's halves lines apart. Every word is kept, but not as a table,
 * so it is said where: a run of lines between blank lines, each of them cells only (parts kept apart by two spaces or
 * more, each short, no clause or sentence in it), two or more of them with five cells or more. Nothing is changed.
 * (round 6) A -layout dump's simple tables are read as tables (`layoutStructures`); (round 7) a plain dump's, a cell a
 * line, are said (`plainTables`).
 */
import { TABLE_NUMBER, TABLE_TITLE } from './boxes.ts';
import { DISCLOSURE_KEYS } from './disclosure.ts';
import { pipeTables } from './pipe-table.ts';
import { headingDepth } from './structure.ts';
import { namesOnLine } from './surnames.ts';
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
    // (a line of names is none: its names stay apart, normalize.ts — stop 59)
    const cellsOnly = cells.length > 0 && cells.every(isCell) && !namesOnLine(line.text);
    if (line.pageStart || !cellsOnly) close();
    if (cellsOnly) run.push(line);
  }
  close();
  return found;
}

/** (round 6) A cell of a simple table: short, no clause or sentence in it, not dot leaders (a contents list). */
const isSimpleCell = (cell: string): boolean => cell.length <= 24 && !/[，。；！？,;]/u.test(cell) && !/[.·…]{3}/u.test(cell);
/** A line's cells with their extent in the dump's character grid (a Han character two columns): parts kept apart by three spaces or more. */
function gridCells(text: string): Array<{ from: number; to: number; text: string }> {
  const cells: Array<{ from: number; to: number; text: string }> = [];
  let col = 0;
  for (const part of text.split(/( {3,}|\u3000+)/u)) {
    const width = [...part].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[“”‘’…—]/u.test(ch) ? 2 : 1), 0);
    const trimmed = part.trim();
    if (trimmed !== '') {
      const lead = part.length - part.trimStart().length;
      cells.push({ from: col + lead, to: col + width, text: trimmed.replace(/\s+/gu, ' ') });
    }
    col += width;
  }
  return cells;
}

export interface SimpleLayoutTable {
  /** Index in the lines of its first row, and of its last. */
  first: number;
  last: number;
  rows: string[][];
  /** How its cells were told apart: runs of spaces (a -layout dump); pipes, a row a line or a cell a line (pipe-table.ts). */
  how: 'spaces' | 'rows' | 'cells';
}

/**
 * (PDF dumps, round 6) A simple table of a `pdftotext -layout` dump — a word processor's table whose cells each fit their line:
 * three rows or more (blank lines between them allowed, not a page break), each of as many cells (two to eight) kept apart by
 * three spaces or more, each cell short with no clause or sentence in it and overlapping, in the character grid (within two columns), the
 * first row's cell of its column. Before: its cells run together into one paragraph per row (`生产总值增长5％左右`) — every word kept,
 * the cells lost, nothing said (a table of five columns or more was said, `layoutTables`). Its lines become a table
 * (structures.ts's placeholder), read as one a PDF's is.
 */
export function simpleLayoutTables(lines: readonly SourceLine[]): SimpleLayoutTable[] {
  const found: SimpleLayoutTable[] = [];
  const cells = lines.map((l) => gridCells(l.text));
  // (a table's number set apart from its title, `表1   2026 年…`, is its caption line: no row)
  // (stop 59, mends59) nor a line of names a few to a line, "丁仲礼　习近平　马兴瑞　王沪宁　王晨" (a 名单 set on a grid: its first line was
  // made the table's header; surnames.ts namesOnLine)
  const rowLike = (i: number) => cells[i].length >= 2 && cells[i].length <= 8 && cells[i].every((c) => isSimpleCell(c.text)) && !TABLE_NUMBER.test(cells[i][0].text) && !namesOnLine(lines[i].text);
  for (let i = 0; i < lines.length; i++) {
    if (!rowLike(i)) continue;
    const head = cells[i];
    const rows = [i];
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (lines[j].pageStart) break;
      if (lines[j].text.trim() === '') continue;
      // (centred or right-aligned cells of one column overlap, within two columns of the grid)
      if (!rowLike(j) || cells[j].length !== head.length || !cells[j].every((c, k) => c.from < head[k].to + 2 && head[k].from < c.to + 2)) break;
      rows.push(j);
    }
    // (not a disclosure table's keys and values — 索  引  号 …, 名        称 …: disclosure.ts reads those; its labels letter-spaced)
    if (rows.length >= 3 && !DISCLOSURE_KEYS.some((key) => rows.map((r) => lines[r].text).join('').replace(/\s+/gu, '').includes(key))) {
      found.push({ first: i, last: rows[rows.length - 1], rows: rows.map((r) => cells[r].map((c) => c.text)), how: 'spaces' });
      i = rows[rows.length - 1];
    }
  }
  return found;
}

/** A -layout dump's table read as a structure: where it stands, its size, its structure's index (structures.ts's placeholder) and cells. */
export interface LayoutStructure {
  line: number;
  column: number;
  last: number;
  rows: number;
  columns: number;
  index: number;
  cells: string[][];
  how: SimpleLayoutTable['how'];
}

/**
 * (round 6) The dump's simple tables made structures: each table's first line its placeholder (structures.ts), its other lines
 * blank (a page's first line keeps its page break). A table whose first row is the row that opened the table before — with
 * at most three lines between them (a page number, a running header) and a page break — is the rest of that table, a word
 * processor's header row repeated on the next page: its rows go on the table before, the repeated row left out.
 */
export function layoutStructures(lines: readonly SourceLine[], first: number): {
  lines: SourceLine[];
  tables: LayoutStructure[];
  continued: Array<{ line: number; column: number; header: string }>;
} {
  // (a page's tables flattened with pipes, pipe-table.ts, and a -layout dump's: one list in the order of the text, none overlapping)
  const piped = pipeTables(lines);
  const found = [...piped, ...simpleLayoutTables(lines).filter((t) => !piped.some((p) => p.first <= t.last && t.first <= p.last))].sort((a, b) => a.first - b.first);
  const out = lines.map((l) => ({ ...l }));
  const tables: LayoutStructure[] = [];
  const continued: Array<{ line: number; column: number; header: string }> = [];
  let previous: SimpleLayoutTable | undefined;
  for (const t of found) {
    const between = previous ? lines.slice(previous.last + 1, t.first) : [];
    const goesOn = previous !== undefined && tables.length > 0 && (between.some((l) => l.pageStart) || lines[t.first].pageStart === true) && between.filter((l) => l.text.trim() !== '').length <= 3 && t.rows[0].join('\u0000') === previous.rows[0].join('\u0000');
    for (let j = t.first; j <= t.last; j++) out[j] = { ...out[j], text: '' };
    if (goesOn) {
      tables[tables.length - 1].cells.push(...t.rows.slice(1));
      tables[tables.length - 1].rows += t.rows.length - 1;
      continued.push({ line: lines[t.first].line, column: lines[t.first].column, header: t.rows[0].join(' ') });
    } else {
      const index = first + tables.length;
      out[t.first] = { ...out[t.first], text: `DZSTRUCTURE${index}END` };
      tables.push({ line: lines[t.first].line, column: lines[t.first].column, last: lines[t.last].line, rows: t.rows.length, columns: t.rows[0].length, index, cells: t.rows.map((r) => [...r]), how: t.how });
    }
    previous = t;
  }
  return { lines: out, tables, continued };
}

export interface PlainTable {
  line: number;
  column: number;
  /** The line of its last cell. */
  last: number;
  /** How many cells (lines) it holds, and how many of them are figures. */
  cells: number;
  figures: number;
}

/** A figure cell: it opens with a figure, and few words after it (5％左右, 40 万人以上, 568845, 2013 年 1 季度; not a title, 2022年镇人大主席团工作报告). */
const isFigureCell = (cell: string): boolean => /^[-+−]?[0-9]/u.test(cell) && (cell.match(/\p{Script=Han}/gu) ?? []).length <= 6;
/** A cell with words (生产总值增长, 第一产业, 2季度). */
const WORDS_CELL = /\p{Script=Han}/u;
/** A line of running text: a clause in it. */
const RUNNING_TEXT = /\p{Script=Han}[，。；]/u;
/** How many cells make a table, and how many of them must be figures and how many hold words. */
const PLAIN_TABLE_CELLS = 6;
const PLAIN_TABLE_FIGURES = 2;
/** A line of cells a space apart is no longer than this (each cell `isSimpleCell`). */
const PLAIN_LINE_MAX = 60;

/**
 * (PDF dumps, round 7) A table in a PLAIN `pdftotext` dump: each cell a line of its own, blank lines between them or not,
 * in an order that depends on the PDF — a word processor's row after row (`指标` / `2026 年预期目标` / `生产总值增长` /
 * `5％左右` …), Chromium's the same for a simple table, but for another its header cells run together on one line, a
 * column's cells in a run, and the paragraph printed under the table dropped among its cells (`指标` / `GDP` / `正文继续。`
 * / `绝对额（亿元） 比上年增长（%）` / `568845` …: pdftotext's reading order over blocks), a wrapped cell in pieces (`收` /
 * `入`). Which cells make a row is not in the dump, so the table is not rebuilt; it is said (before, each cell became a
 * paragraph, nothing said). Found as a run of six lines or more (blank lines and page breaks between them allowed), each
 * cells — short (`isSimpleCell`; a header row's may share a line, a space apart), no colon (单位：万元, a label and its
 * value), no runs of spaces (a -layout dump's row), no numbered heading, not the table's caption (`表1` and, on the next
 * line, its title, or `表1 title` on one) — two of them figures or more and two or more with words (Han), after the running text began (a line with a clause: not a title
 * block, nor a newspaper's running head). Text input only; the lines are left as they are.
 */
export function plainTables(lines: readonly SourceLine[]): PlainTable[] {
  const found: PlainTable[] = [];
  let run: SourceLine[] = [];
  const close = () => {
    const cells = run.map((l) => l.text.trim());
    const figures = cells.filter(isFigureCell).length;
    if (cells.length >= PLAIN_TABLE_CELLS && figures >= PLAIN_TABLE_FIGURES && cells.filter((c) => WORDS_CELL.test(c)).length >= PLAIN_TABLE_FIGURES) {
      found.push({ line: run[0].line, column: run[0].column + run[0].text.length - run[0].text.trimStart().length, last: run[run.length - 1].line, cells: cells.length, figures });
    }
    run = [];
  };
  let captionTitle = false;
  let begun = false;
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '') continue;
    // (a caption's number alone: its title is the next line)
    if (TABLE_NUMBER.test(text) || TABLE_TITLE.test(text) || captionTitle) {
      close();
      captionTitle = TABLE_NUMBER.test(text);
      continue;
    }
    // (a header row's cells may come on one line, a space apart: 绝对额（亿元） 比上年同期增长（%）)
    const cell = text.length <= PLAIN_LINE_MAX && text.split(' ').every(isSimpleCell) && !/[：:]/u.test(text) && !/\S\s{2,}\S/u.test(text) && !/^\s{2,}/u.test(line.text) && headingDepth(text) === undefined;
    // (only once the running text has begun: a title block's and a newspaper's running head's short lines are no table)
    if (cell && begun) run.push(line);
    else close();
    begun ||= RUNNING_TEXT.test(text);
  }
  close();
  return found;
}
