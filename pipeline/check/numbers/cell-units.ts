/**
 * Units a table states once for many cells: `国内生产总值（亿元）` in a column
 * header (or a row's indicator cell) applies to every figure below (or beside)
 * it, and the English says it its own way: `GDP (100 million yuan)` or
 * `GDP (billion yuan)`. A cell's figures are compared at full scale
 * (2543.3 × 亿 = 254.33 × billion), and the unit statement itself is not a figure
 * (`100 million` in the header is not an extra number). A unit stated for the whole table on the line
 * above it — `单位：亿元` ↔ `Unit: billion yuan` / `(In 100 million yuan)`, as budget tables print it
 * (new user, round 6) — governs every value cell that states none, row headers aside; a column
 * headed by a percentage (完成预算%, 增长%) holds percentages, not amounts.
 */
import type { Block, FlowTable, Publication, TableSlot } from '../../model/types.ts';
import { unitRow } from '../../model/table.ts';
import { scaleDecimal, type FoundNumber } from './types.ts';

export interface CellUnit {
  /** power of ten the cell's figures are multiplied by */
  zeros: number;
  percent: boolean;
}

export interface StatedUnit extends CellUnit {
  /** UTF-16 range of the parenthetical in the cell's text */
  start: number;
  end: number;
}

const zhParenthetical = /[（(]([^（）()]*)[）)]\s*$/;
const enParenthetical = /\(([^()]*)\)\s*$/;

/** `（亿元）`, `（万人）`, `（%）` at the end of a Chinese cell. */
export function zhStatedUnit(text: string): StatedUnit | undefined {
  const m = zhParenthetical.exec(text);
  if (!m) return undefined;
  const inner = m[1].trim();
  const at = { start: m.index, end: m.index + m[0].length };
  if (/^[%％]$/.test(inner)) return { zeros: 0, percent: true, ...at };
  const scale = /^(万亿|亿|万|千(?![米克瓦])|百万)/.exec(inner)?.[1];
  const zeros = scale ? { 万亿: 12, 亿: 8, 万: 4, 千: 3, 百万: 6 }[scale]! : 0;
  // A bare measure word (件, 年, 岁, 人, 个) states a unit too, at scale 1.
  if (!scale && !/^[\p{Script=Han}·/]{1,6}$/u.test(inner)) return undefined;
  return { zeros, percent: false, ...at };
}

/** `(100 million yuan)`, `(billion yuan)`, `(10,000 people)`, `(%)` at the end of an English cell. */
export function enStatedUnit(text: string): StatedUnit | undefined {
  const m = enParenthetical.exec(text);
  if (!m) return undefined;
  const inner = m[1].trim().toLowerCase();
  const at = { start: m.index, end: m.index + m[0].length };
  if (inner === '%' || inner === 'percent') return { zeros: 0, percent: true, ...at };
  const scales: Array<[RegExp, number]> = [
    [/^100 million\b/, 8],
    [/^(10,000|ten thousand)\b/, 4],
    [/^trillion\b/, 12],
    [/^billion\b/, 9],
    [/^million\b/, 6],
    [/^(1,000|thousand)\b/, 3],
  ];
  for (const [pattern, zeros] of scales) if (pattern.test(inner)) return { zeros, percent: false, ...at };
  // A plain unit (years, number, people, tonnes) at scale 1.
  return /^[a-z][a-z .,'-]{0,40}$/.test(inner) ? { zeros: 0, percent: false, ...at } : undefined;
}

/** A table's unit on its own line: 单位：亿元, （单位：万元）, 金额单位：亿元. */
const zhUnitLine = /^[（(]?\s*(?:金额)?单位\s*[：:]\s*([^（）()]+?)\s*[）)]?$/;
/** Its English: Unit: billion yuan, Units: 100 million yuan, (In billion yuan), In 10,000 yuan. */
const enUnitLine = /^\(?\s*(?:units?\s*[:：]|in\b)\s*([^()]+?)\s*\)?\.?$/i;

/** The unit a table's line above it states for the whole table, in both languages. */
function tableUnit(block: Block | undefined): { zh: CellUnit; en: CellUnit } | undefined {
  const zhInner = block ? zhUnitLine.exec(block.zhText.trim())?.[1] : undefined;
  const zh = zhInner ? zhStatedUnit(`（${zhInner}）`) : undefined;
  if (!zh || zh.percent) return undefined;
  const enInner = block?.enText === undefined ? undefined : enUnitLine.exec(block.enText.trim())?.[1];
  const en = enInner ? enStatedUnit(`(${enInner})`) : undefined;
  return { zh: { zeros: zh.zeros, percent: false }, en: en ? { zeros: en.zeros, percent: en.percent } : { zeros: zh.zeros, percent: false } };
}

/** A column header ending in a percent sign (完成预算%, 增长%): its cells are percentages. */
const percentHeader = /[%％]\s*$/;

/** A column whose header is 单位 (计量单位) holds each row's unit as a whole cell: 亿元 ↔ billion yuan. */
const unitColumn = /^(?:计量)?单位$/;

/** A whole cell stating a unit, in a 单位 column: the text as the parenthetical of {@link zhStatedUnit} / {@link enStatedUnit}. */
function wholeCellUnit(text: string, parse: (text: string) => StatedUnit | undefined, open: string, close: string): StatedUnit | undefined {
  const inner = text.trim();
  if (!inner || /[()（）]/.test(inner)) return undefined;
  const unit = parse(`${open}${inner}${close}`);
  return unit && { ...unit, start: 0, end: text.length };
}

/** The unit governing each value cell of every table: its column header's, else an earlier cell's of its row (a parenthetical, or the whole cell in a 单位 column). */
export function cellUnits(publication: Publication): Map<string, { zh: CellUnit; en: CellUnit }> {
  const byId = new Map(publication.blocks.map((b) => [b.id, b]));
  const result = new Map<string, { zh: CellUnit; en: CellUnit }>();
  for (const { table, before } of tablesOf(publication)) {
    const headerRows = table.headerRows ?? 1;
    // a column's header cells, the lowest first (目标 under 2022年 in a two-level header)
    const header = table.rows.slice(0, headerRows).reverse().flat();
    const headsOf = (slot: TableSlot) => header.filter((h) => h.column <= slot.column && slot.column < h.column + h.colSpan);
    // a header cell's Chinese, trimmed (undefined for an empty cell)
    const headText = (head: TableSlot) => (head.id ? byId.get(head.id)?.zhText.trim() : undefined);
    const whole = before?.type === 'block' ? tableUnit(byId.get(before.id)) : undefined;
    const inUnitColumn = (slot: TableSlot) => headsOf(slot).some((head) => head !== slot && unitColumn.test(headText(head) ?? ''));
    // (stop 61) a header row under the first stating each column's unit (单位 | 亿元 | 亿元, the model's unitRow): each of its cells is a unit alone
    const unitRowHeads = new Set(
      table.rows
        .slice(1, headerRows)
        .filter((row) => unitRow(row, (slot) => headText(slot) ?? ''))
        .flatMap((row) => row.filter((slot) => slot.column > 0 && slot.id)),
    );
    const stated = (slot: TableSlot | undefined): { zh: CellUnit; en: CellUnit } | undefined => {
      const block = slot?.id ? byId.get(slot.id) : undefined;
      if (!block) return undefined;
      const whole = inUnitColumn(slot!) || unitRowHeads.has(slot!);
      const zh = whole ? wholeCellUnit(block.zhText, zhStatedUnit, '（', '）') : zhStatedUnit(block.zhText);
      const en = block.enText === undefined ? undefined : whole ? wholeCellUnit(block.enText, enStatedUnit, '(', ')') : enStatedUnit(block.enText);
      return zh ? { zh, en: en ?? { zeros: zh.zeros, percent: zh.percent } } : undefined;
    };
    table.rows.forEach((row, r) => {
      if (r < headerRows) return;
      row.forEach((slot, i) => {
        if (!slot.id) return;
        const heads = headsOf(slot);
        const percent = heads.some((head) => percentHeader.test(headText(head) ?? ''));
        const unit = heads.map(stated).find(Boolean) ?? row.slice(0, i).map(stated).filter(Boolean).at(-1) ?? (whole && i > 0 && !percent ? whole : undefined);
        if (unit) result.set(slot.id, unit);
      });
    });
  }
  return result;
}

/** Figures of a cell at full scale; percent units make them percentages. */
export function scaled(numbers: FoundNumber[], unit: CellUnit): FoundNumber[] {
  return numbers.map((n) => ({
    ...n,
    value: unit.zeros && n.kind === 'cardinal' ? scaleDecimal(String(n.value), unit.zeros) : n.value,
    kind: unit.percent && n.kind === 'cardinal' ? 'percent' : n.kind,
  }));
}

/** The text with its own unit statement blanked (same length, so positions hold). */
export function withoutUnit(text: string, unit: StatedUnit | undefined): string {
  return unit ? text.slice(0, unit.start) + ' '.repeat(unit.end - unit.start) + text.slice(unit.end) : text;
}

/** Every table, with the flow item right before it (its unit line, if it has one). */
function tablesOf(publication: Publication): Array<{ table: FlowTable; before?: Publication['sections'][number]['body'][number] }> {
  const out: Array<{ table: FlowTable; before?: Publication['sections'][number]['body'][number] }> = [];
  const walk = (items: Publication['sections'][number]['body']) => {
    items.forEach((item, i) => {
      if (item.type === 'table') out.push({ table: item, before: items[i - 1] });
      else if (item.type === 'quote' || item.type === 'box') walk(item.children);
    });
  };
  for (const section of publication.sections) walk(section.body);
  return out;
}

export type { Block };
