/**
 * A GFM table as a grid of unit slots, with spanning cells written the way
 * MultiMarkdown-style table extensions do:
 *
 *   | 类别 {#c-1}     | 指标 {#c-2}        | 2020年 {#c-3} |
 *   |-----------------|--------------------|---------------|
 *   | 经济发展 {#c-4} | 国内生产总值增长（%）{#c-5} | 2.3 {#c-6} |
 *   | ^^              | 全员劳动生产率增长（%）{#c-7} | 2.5 {#c-8} |
 *   | 注 {#c-9}       | <<                 | <<            |
 *
 * A cell holding only `^^` belongs to the cell above it (rowspan), one holding
 * only `<<` to the cell on its left (colspan). An empty cell is an empty slot
 * (no unit). Every other cell is a unit and ends in its `{#id}`.
 * The first row is a header row (`th scope=col`), and so is a row that
 * subdivides a column group above it while a header cell spans down beside it:
 * a report's indicator table often has two header rows,
 *
 *   | 指标 {#c-1} | 2022年 {#c-2} | <<           |
 *   | ^^          | 目标 {#c-3}   | 完成 {#c-4}  |
 *   |-------------|---------------|--------------|
 *
 * (GFM has one header row above its delimiter row, so the second is written as
 * the first body row, under the `^^` of 指标). The first column of the other
 * rows are row headers (`th scope=row`, `rowgroup` when spanning rows).
 */
import type { Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { FlowTable, TableSlot } from './types.ts';

export const ROW_SPAN_MARK = '^^';
export const COL_SPAN_MARK = '<<';

export function readTable(table: Table, file: VFile, unitOf: (cell: TableCell) => string | undefined): FlowTable | undefined {
  const rows: TableSlot[][] = [];
  // owner[r][c]: the slot covering grid position (r, c) and the row it starts on
  const owner: Array<Array<{ slot: TableSlot; row: number } | undefined>> = [];
  // each slot's text, its `{#id}` left off (what a row of units is told by)
  const texts = new Map<TableSlot, string>();
  table.children.forEach((row, r) => {
    const slots: TableSlot[] = [];
    owner[r] = [];
    row.children.forEach((cell, c) => {
      const text = toString(cell).trim();
      const align = table.align?.[c] ?? undefined;
      if (text === ROW_SPAN_MARK || text === COL_SPAN_MARK) {
        const from = text === ROW_SPAN_MARK ? owner[r - 1]?.[c] : owner[r][c - 1];
        if (!from) {
          file.message(`Unexpected \`${text}\` with no cell ${text === ROW_SPAN_MARK ? 'above' : 'on its left'} to extend, expected it under or after a cell`, {
            place: cell.position,
            ruleId: 'table-span',
            source: 'model',
          }).fatal = true;
          return;
        }
        from.slot.rowSpan = Math.max(from.slot.rowSpan, r - from.row + 1);
        from.slot.colSpan = Math.max(from.slot.colSpan, c - from.slot.column + 1);
        owner[r][c] = from;
        return;
      }
      const slot: TableSlot = { rowSpan: 1, colSpan: 1, column: c, ...(align ? { align } : {}) };
      if (text !== '') slot.id = unitOf(cell);
      texts.set(slot, text.replace(/\s*\{#[^{}]*\}$/u, '').trim());
      slots.push(slot);
      owner[r][c] = { slot, row: r };
    });
    rows.push(slots);
  });
  const headerRows = headerRowCount(rows, (slot) => texts.get(slot) ?? '');
  rows.forEach((slots, r) => {
    for (const slot of slots) {
      if (r < headerRows) slot.header = 'col';
      else if (slot.column === 0) slot.header = slot.rowSpan > 1 ? 'rowgroup' : 'row';
    }
  });
  const first = rows.flat().find((slot) => slot.id)?.id;
  if (!first) return undefined;
  return { type: 'table', id: `table-${first}`, rows, ...(headerRows > 1 ? { headerRows } : {}) };
}

/**
 * How many rows the header has: the first, and each next row that subdivides a column group of the rows above (a header
 * cell spanning columns, ending right above it) while a header cell spans down beside it (指标's `^^`) or its first cell is
 * empty — the shape of a two-level header. (Was: the first only, so 指标's rowspan ran from the `thead` into the `tbody`, which a table cannot
 * do: the second header row's 目标 and 完成 were set as body cells one column to the left, under 指标 and 2022年, in every
 * edition.) A first-column cell spanning data rows with no column group above them (经济发展 over its indicators, in a
 * table whose first row is data) does not make them a header. A row stating each column's unit under the header is a
 * header row too ({@link unitRow}). At least one row stays a body row.
 */
function headerRowCount(rows: readonly TableSlot[][], textOf: (slot: TableSlot) => string): number {
  let count = 1;
  const spans = (from: number, to: number) => rows.slice(from, to).flatMap((slots, n) => slots.map((slot) => ({ slot, row: from + n })));
  while (count < rows.length - 1) {
    if (unitRow(rows[count], textOf)) {
      count += 1;
      continue;
    }
    const above = spans(0, count);
    const spannedDown = above.some(({ slot, row }) => row + slot.rowSpan > count);
    // (or its first cell is left empty under the first column's header: a page's second `thead` row, `<th></th>` under 指标)
    const stubEmpty = rows[count][0]?.column === 0 && rows[count][0].id === undefined;
    const grouped = above.some(({ slot, row }) => slot.colSpan > 1 && row + slot.rowSpan === count);
    if (!(spannedDown || stubEmpty) || !grouped) break;
    count += 1;
  }
  return count;
}

/** A unit of measure alone in a cell: 亿元, 万人, %, 元/人, 平方公里, 万千瓦时, 个百分点, km² (not a figure, not a word of the table's). */
const MEASURE = /^(?:[%％‰]|个百分点|[\p{Script=Han}]{0,5}[元人个户家所座吨米亩顷斤克升瓦时度次件项台辆套张册例床岁年天月只头株篇部](?:\/[\p{Script=Han}]{1,3})?|[a-zA-Z]{1,3}[²³]?)$/u;

/**
 * (stop 61, mends61) A row of the header stating each column's unit: its first cell 单位 (计量单位) or empty, every other
 * cell a unit of measure alone or left empty (a dash), one at least — "单位 | 亿元 | 亿元" under "指标 | 2022年目标 | 2022年完成",
 * a page's second `thead` row with no span. Was read as the first row of data (the header was told by spans only), so the
 * number check read no unit for the figures below it. A row of data (a figure in it, its first cell an indicator) stays one.
 */
export function unitRow(slots: readonly TableSlot[], textOf: (slot: TableSlot) => string): boolean {
  const first = slots[0];
  if (!first) return false;
  // (the first column's header may span down beside it: 指标's `^^`)
  if (first.column === 0 && !/^(?:计量)?单\s*位$|^$/u.test(textOf(first))) return false;
  const rest = slots.slice(first.column === 0 ? 1 : 0).map(textOf).filter((t) => !/^[-—–－/／]*$/u.test(t));
  return rest.length > 0 && rest.every((t) => MEASURE.test(t));
}
