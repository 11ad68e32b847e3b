/**
 * A web page's table flattened to text with pipes — what a page saved as text makes of an HTML `<table>` (the search
 * corpus's pages, a reader view's copy): each row a line, its cells kept apart by `|` and closed by one
 * (`项目 | 预算数 | 执行数 | 增长% |`), or, when each cell holds a paragraph of its own, each CELL a line closed by ` |`
 * (`收入 |` / `执行数 |` / `支出 |` / `执行数 |` / `总计 |` / `155.41 |` …), empty cells run together (`||`).
 * Before: the rows ran into one paragraph with the sentence after the table (a row a line: soft-wrapped lines joined), or
 * each cell became a paragraph and a numbered cell a heading (`## 一、本级收入 |`) — every word kept, the table lost,
 * nothing said. Now both are tables (structures.ts's placeholder, as layout-table.ts's are). A row a line is read as it
 * stands. A cell a line does not say where a row ends, so the number of columns is inferred: the fewest (two to ten) that
 * make the first row all words (a header) and every column below it all figures or all words (empty cells aside), with at
 * least one column of figures and two rows under the header — said as a warning to check against the page; a run that no
 * count fits is left as it was (the plain-table warning may still say it).
 */
import { DISCLOSURE_KEYS } from './disclosure.ts';
import type { DraftCell, SourceLine } from './types.ts';

export interface PipeTable {
  /** Index in the lines of its first line, and of its last. */
  first: number;
  last: number;
  rows: string[][];
  /** `rows`: a row a line; `cells`: a cell a line, the rows inferred from its columns. */
  how: 'rows' | 'cells';
}

/**
 * (stop 50, mends50; blind49b's finance.sina.com.cn and 3311yl.com) A Markdown table's rule row, "---|---|---|", "| :--- | ---: |":
 * what a page saved as Markdown text puts under a table's first row — the table's format, no word and no cell. Read past inside
 * a table (its rows go on under it); anywhere else taken out of the text and said (`takeTableRules`): it was a paragraph
 * "---|---|…", and over a disclosure table's rows it stopped them being read (发布机构 left a paragraph).
 */
export const isTableRule = (text: string): boolean => /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/u.test(text.trim()) && text.includes('|');

/** A row a line: two cells or more kept apart by `|`, the line closed by one (or opened by one). */
function rowCells(text: string): string[] | undefined {
  const t = text.trim();
  if (isTableRule(t)) return undefined;
  if (!/^\|.*\|/u.test(t) && !/\S\s*\|\s*\S.*\|$/u.test(t)) return undefined;
  const cells = t.replace(/^\|/u, '').replace(/\|$/u, '').split('|').map((c) => c.trim());
  return cells.length >= 2 && cells.some((c) => c !== '') ? cells : undefined;
}

/** A cell a line: some text closed by ` |` and no other pipe in it; or a line of pipes only, each an empty cell. */
function lineCells(text: string): string[] | undefined {
  const t = text.trim();
  if (isTableRule(t)) return undefined;
  if (/^\|+$/u.test(t)) return Array.from({ length: t.length }, () => '');
  const m = /^([^|]*\S)\s*\|$/u.exec(t);
  return m ? [m[1].trim()] : undefined;
}

/** A figure: a number with at most a unit or sign around it (155.41, -3.1, 4.2%, 30.09亿元, 100.3％). */
const isFigure = (cell: string): boolean => /^[-+−]?[0-9][0-9,，.]*\s*(?:[%％‰]|\p{Script=Han}{1,2})?$/u.test(cell);

/** A disclosure table's keys and values (索引号 | … | 主题分类 | …): disclosure.ts reads those. */
const isDisclosureKey = (cell: string): boolean => (DISCLOSURE_KEYS as readonly string[]).includes(cell.replace(/[\s[\]【】：:]/gu, ''));

const MIN_CELL_LINES = 6;
const MAX_COLUMNS = 10;

/** The fewest columns that make the cells a table: a header row of words, and below it each column all figures or all words. */
function inferColumns(cells: readonly string[]): number | undefined {
  for (let n = 2; n <= MAX_COLUMNS; n++) {
    const rows = Math.ceil(cells.length / n);
    if (rows < 3) break;
    const header = cells.slice(0, n);
    if (header.some((c) => c === '' || isFigure(c))) continue;
    let figureColumns = 0;
    let fits = true;
    for (let col = 0; col < n && fits; col++) {
      const below = [];
      for (let r = 1; r < rows; r++) {
        const c = cells[r * n + col];
        if (c !== undefined && c !== '') below.push(c);
      }
      const figures = below.filter(isFigure).length;
      if (figures > 0 && figures < below.length) fits = false;
      if (figures > 0) figureColumns++;
    }
    if (fits && figureColumns > 0) return n;
  }
  return undefined;
}

/** A line of running text: a clause in it. Only after one is a run of pipes a table (a page's menu, `首页 | 新闻 |`, and a disclosure table stand above the text). */
const RUNNING_TEXT = /\p{Script=Han}[，。；,;]/u;

export function pipeTables(lines: readonly SourceLine[]): PipeTable[] {
  const found: PipeTable[] = [];
  // (a menu a row a line stands above the text: rows are read only after its first line of running text; a cell a line
  // anywhere, its columns inferred — stop 40, blind: ahhuoshan.gov.cn's 责任清单, a page that is a table under its title,
  // no text before it — a menu has no column of figures under a header)
  const begun = lines.findIndex((l) => RUNNING_TEXT.test(l.text) && !l.text.includes('|'));
  // (new user round 29, haizhu.gov.cn) a label alone closed by a bar, "第二十条第(一)项 |", right over a row: the page's merged
  // cell across the table (a row a line), its first row or one between rows — was: a paragraph "第二十条第（一）项 |", the bar
  // printed, the table cut in four
  const rowAt = (j: number) => (j < lines.length ? rowCells(lines[j].text) : undefined);
  const labelAt = (j: number) => {
    const cell = lineCells(lines[j].text);
    return cell?.length === 1 && cell[0] !== '' && !cell[0].includes('|') && !isFigure(cell[0]) && j + 1 < lines.length && !lines[j + 1].pageStart && rowAt(j + 1) ? cell : undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const first = begun >= 0 && i > begun ? (rowCells(lines[i].text) ?? labelAt(i)) : undefined;
    if (first) {
      const rows = [first];
      let j = i + 1;
      for (; j < lines.length && !lines[j].pageStart; j++) {
        // (the rule row under the first row, "---|---|": the table's format, read past)
        if (isTableRule(lines[j].text) && j + 1 < lines.length && rowCells(lines[j + 1].text)) continue;
        const row = rowCells(lines[j].text) ?? labelAt(j);
        if (!row) break;
        rows.push(row);
      }
      if (rows.length >= 2 && !rows.flat().some(isDisclosureKey)) {
        const columns = Math.max(...rows.map((r) => r.length));
        found.push({ first: i, last: j - 1, rows: rows.map((r) => [...r, ...Array<string>(columns - r.length).fill('')]), how: 'rows' });
        i = j - 1;
      }
      continue;
    }
    if (!lineCells(lines[i].text)) continue;
    const cells: string[] = [];
    let j = i;
    for (; j < lines.length && (j === i || !lines[j].pageStart); j++) {
      const c = lineCells(lines[j].text);
      if (!c) break;
      cells.push(...c);
    }
    const n = cells.length >= MIN_CELL_LINES && !cells.some(isDisclosureKey) ? inferColumns(cells) : undefined;
    if (n !== undefined) {
      const rows: string[][] = [];
      for (let k = 0; k < cells.length; k += n) rows.push([...cells.slice(k, k + n), ...Array<string>(Math.max(0, k + n - cells.length)).fill('')]);
      found.push({ first: i, last: j - 1, rows, how: 'cells' });
    }
    i = j - 1;
  }
  return found;
}

/**
 * A table's rows as cells, a label row spanning the table: in a table of three columns or more, a row whose first cell is a
 * label (words, no figure) and whose other cells are all empty — "第二十条第（一）项 | |||" over "信息内容 | 本年新制作数量 | …",
 * the national format of a 政府信息公开工作年度报告 (new user round 29), a section's name over its rows in a budget table — is one
 * cell across the row, as the page's merged cell was (was: the label squeezed into the first column, three empty cells beside
 * it). Only where other rows fill two cells or more (a table, not a list); no word moves, the empty cells had none.
 */
export function spannedRows(rows: readonly (readonly string[])[]): DraftCell[][] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const isLabel = (row: readonly string[]) => row[0] !== '' && !isFigure(row[0]) && row.slice(1).every((c) => c === '');
  const table = columns >= 3 && rows.some((r) => r.filter((c) => c !== '').length >= 2);
  return rows.map((row) =>
    table && isLabel(row) && row.length === columns
      ? [{ text: row[0], rowSpan: 1, colSpan: columns }, ...row.slice(1).map((): DraftCell => ({ spannedBy: 'col' }))]
      : row.map((text): DraftCell => ({ text, rowSpan: 1, colSpan: 1 })),
  );
}

/**
 * (stop 50) Every Markdown table rule row left in the text (`isTableRule`) — above the text, where no table is read (a page's
 * layout table: "全国政协十届三次会议隆重开幕 | |||||||||" / "---|---|…|"), or over a disclosure table's rows — emptied: the
 * line stays (a paragraph's boundary, as it was), its marks go. Returns the lines and where each was.
 */
export function takeTableRules(lines: readonly SourceLine[]): { lines: SourceLine[]; taken: Array<{ line: number; column: number; text: string }> } {
  const taken: Array<{ line: number; column: number; text: string }> = [];
  const out = lines.map((l) => {
    if (!isTableRule(l.text)) return l;
    taken.push({ line: l.line, column: l.column + (l.text.length - l.text.trimStart().length), text: l.text.trim() });
    return { ...l, text: '' };
  });
  return { lines: out, taken };
}
