/**
 * (stop 58, mends: blind57b's www.hnhs.gov.cn, a disclosure catalogue) A table a page flattened into its text with one space between
 * cells: "事项名称 事项类别 公开内容 公开依据 …" over "法治政府建设年度报告 链接地址 法治政府建设年度报告 上一年度…情况 中共中央办公厅 国务院办公厅印发…"
 * and "政府网站  每年4月1日之前 办公室". A space between Han characters is a wrap everywhere else (normalize.ts closes it up), so the
 * cells were glued ("…其他需要报告的情况中共中央办公厅国务院办公厅印发…", "政府网站每年4月1日之前办公室") — words run together that
 * the page kept apart. Here such lines are read as table rows and written with the bars the disclosure reader uses
 * ("| 政府网站 | 每年4月1日之前 | 办公室 |"): no word changes, the cells stay apart.
 *
 * A row is known by its company, never alone:
 * - a header: four to twelve cells, each two to eight Han characters (a bracketed unit allowed), nothing else on the line, every
 *   cell different; the lines after it (up to `REACH` lines on) with three cells or more, no more than the header has, each cell
 *   two characters or more and at least half of them short (twelve characters or fewer, no clause mark) are its rows;
 * - or two lines or more in a row with the same count (three or more) of short cells each.
 * One piece of one character (letter spacing, "政 府 工 作"), a line with Latin words, bars or a sentence's end in a short cell, is
 * no row: the spaces stay for normalize.ts.
 */
import { namesOnLine } from './surnames.ts';
import type { SourceLine } from './types.ts';

const REACH = 12;
/** A cell naming what someone did at a sitting (a news deck's phrase): "马志龙主持", "陈玲芳作政府工作报告", "…等在主席台就座". */
const sittingAct = /(?:主持|出席|就座|就坐|讲话|講話|致辞|致辭|作\p{Script=Han}{0,12}?(?:报告|報告))$/u;
const gap = /[ \u3000\u00a0\t]+/u;
const headerCell = /^[\p{Script=Han}（）()%‰]{2,8}$/u;
const clauseMark = /[，。；：！？,;:!?、]/u;
/** A cell holds two Han characters or more (a list's number "5." or a bracketed label "[成文日期]" with its value is a field, no cell). */
const hanCell = (cell: string) => (cell.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2 && !/[[\]【】]/u.test(cell);
const shortCell = (cell: string) => hanCell(cell) && cell.length <= 12 && !clauseMark.test(cell);

function cellsOf(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '' || /[|｜]/u.test(trimmed) || /[A-Za-z]{2,}/u.test(trimmed)) return [];
  // (stop 59, mends59; the lead's watch item) a line of names printed a few to a line, "丁仲礼 习近平 马兴瑞 王沪宁 王晨" (a 名单), is
  // no table's row: was "| 丁仲礼 | 习近平 | … |", the rows glued into one paragraph; normalize.ts keeps the spaces between the names
  if (namesOnLine(trimmed)) return [];
  // (stop 60, blind: sznews.zjol.com.cn, a city paper's session story) a news deck under the headline, naming who did what at the
  // sitting a phrase apiece — "马志龙主持 陈玲芳作政府工作报告 孙哲君何国英杨建根等在主席台就座" — is no row: two cells or more ending
  // on the act (主持, 出席, 就座, 讲话, 致辞, 作…报告); it had made the headline over it, "坚定信心 和衷共济 锐意进取 克难攻坚", a header
  const cells = trimmed.split(gap);
  if (cells.filter((c) => sittingAct.test(c)).length >= 2) return [];
  return cells;
}

function isHeader(cells: readonly string[]): boolean {
  return cells.length >= 4 && cells.length <= 12 && cells.every((c) => headerCell.test(c) && /\p{Script=Han}{2}/u.test(c)) && new Set(cells).size === cells.length;
}

function isRowUnder(cells: readonly string[], width: number): boolean {
  if (cells.length < 3 || cells.length > width || !cells.every(hanCell)) return false;
  return cells.filter(shortCell).length * 2 >= cells.length;
}

const allShort = (cells: readonly string[]) => cells.length >= 3 && cells.every(shortCell);

/**
 * (stop 61, blind: tjgb.hongheiku.com, a county's statistical communiqué) A table of figures flattened the same way, a row's label
 * and its figures a space apart under "表1：…": "全县地区生产总值 184413 6.0", "交通运输、仓储和邮政业 9100 -5.5", under the header
 * "指标 绝对值(万元) 比上年增长(%)". normalize.ts closed the space after the label, "全县地区生产总值184413 6.0": the first figure
 * glued to the name it is the value of. Three lines or more in a row (blank lines between allowed), each a label — Han, sixteen
 * characters at most, no clause mark but 、 — and two figures or more, as many cells in each, are rows; the line right over them with
 * as many short Han cells (a bracketed unit, %) is their header.
 */
const figureCell = /^[-−+]?\d[\d,.]*%?$/u;
const labelCell = (cell: string) => hanCell(cell) && cell.length <= 16 && !/[，。；：！？,;:!?]/u.test(cell);
const figureRow = (cells: readonly string[]) => cells.length >= 3 && labelCell(cells[0]) && cells.slice(1).every((c) => figureCell.test(c));
const headerOver = (cells: readonly string[], width: number) =>
  cells.length === width && cells.every((c) => headerCell.test(c) && /\p{Script=Han}{2}/u.test(c)) && new Set(cells).size === cells.length;

export interface SpacedRows {
  lines: SourceLine[];
  /** The lines rewritten as rows (their text as the page had it). */
  rows: SourceLine[];
}

export function readSpacedRows(lines: readonly SourceLine[]): SpacedRows {
  const cells = lines.map((l) => cellsOf(l.text));
  const row = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!isHeader(cells[i])) continue;
    const width = cells[i].length;
    const below: number[] = [];
    for (let j = i + 1, seen = 0; j < lines.length && seen < REACH; j++) {
      if (lines[j].text.trim() === '') continue;
      seen++;
      if (isRowUnder(cells[j], width)) below.push(j);
    }
    if (below.length === 0) continue;
    row.add(i);
    for (const j of below) row.add(j);
  }
  // two lines or more one after another with the same count of short cells
  for (let i = 0; i < lines.length; ) {
    if (!allShort(cells[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && allShort(cells[j]) && cells[j].length === cells[i].length) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) row.add(k);
    i = j;
  }
  // a table of figures: a label and its figures on each line
  for (let i = 0; i < lines.length; ) {
    if (!figureRow(cells[i])) {
      i++;
      continue;
    }
    const width = cells[i].length;
    const run = [i];
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (lines[j].text.trim() === '') continue;
      if (!figureRow(cells[j]) || cells[j].length !== width) break;
      run.push(j);
    }
    if (run.length >= 3) {
      for (const k of run) row.add(k);
      let h = i - 1;
      while (h >= 0 && lines[h].text.trim() === '') h--;
      if (h >= 0 && headerOver(cells[h], width)) row.add(h);
    }
    i = j;
  }
  if (row.size === 0) return { lines: [...lines], rows: [] };
  const rows: SourceLine[] = [];
  const out = lines.map((l, i) => {
    if (!row.has(i)) return l;
    rows.push(l);
    const lead = l.text.length - l.text.trimStart().length;
    // (the row's text starts two characters earlier than the page's: "| " before its first cell)
    return { ...l, text: `| ${cells[i].join(' | ')} |`, column: Math.max(1, l.column + lead - 2) };
  });
  return { lines: out, rows };
}
