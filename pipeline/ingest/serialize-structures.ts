/**
 * The structures ingest finds (structures.ts, notes.ts, boxes.ts) in the
 * content format (README.md, "Content format"): list items, quotations, GFM
 * tables with `^^` / `<<` spans, note definitions and calls, and boxes.
 */
import type { IdentifiedBlock } from './ids.ts';
import { escapeInline, escapeLineStart } from './serialize.ts';

/** Text with its note calls written as `[^label]` (the text around them escaped). */
export function withCalls(text: string, calls: IdentifiedBlock['calls'], escape: (s: string) => string = escapeInline): string {
  if (!calls || calls.length === 0) return escape(text);
  let out = '';
  let from = 0;
  for (const call of [...calls].sort((a, b) => a.at - b.at)) {
    out += escape(text.slice(from, call.at)) + `[^${call.label}]`;
    from = call.at;
  }
  return out + escape(text.slice(from));
}

/**
 * One structure block as Markdown, or undefined for headings and paragraphs. A list item's, a quotation's and a note's text
 * is a paragraph inside its container: its start is escaped as a paragraph's is (a quotation opening "# 经。" was written
 * "> # 经。", a heading in a quotation that the model refuses — found by the structures property of test/ingest.test.ts).
 */
export function structureMarkdown(b: IdentifiedBlock): string | undefined {
  switch (b.kind) {
    case 'item':
      return `${b.ordered ? '1.' : '-'} ${escapeLineStart(withCalls(b.text, b.calls))} {#${b.id}}`;
    case 'quote':
      return `> ${escapeLineStart(withCalls(b.text, b.calls))} {#${b.id}}`;
    case 'note':
      return `[^${b.label}]: ${escapeLineStart(withCalls(b.text, b.calls))} {#${b.id}}`;
    case 'box':
      return `:::box[${withCalls(b.text, b.calls)}]{#${b.id}}`;
    case 'box-end':
      return ':::';
    case 'notes-heading':
      return '';
    case 'table':
      return tableMarkdown(b);
    default:
      return undefined;
  }
}

function tableMarkdown(b: IdentifiedBlock): string {
  const rows = b.rows ?? [];
  const width = Math.max(...rows.map((row) => row.length));
  const lines = rows.map((row, r) => {
    const cells = Array.from({ length: width }, (_, c) => {
      const cell = row[c];
      if (!cell || !('text' in cell)) return cell && 'spannedBy' in cell ? (cell.spannedBy === 'row' ? '^^' : '<<') : '';
      if (cell.text === '') return '';
      // A cell that reads as a span mark is escaped, so it stays text.
      const text = withCalls(cell.text, cell.calls, (part) => escapeInline(part).replace(/\|/g, '\\|')).replace(/^(\^\^|<<)$/, '\\$1');
      return `${text} {#${b.cellIds?.[r]?.[c]}}`;
    });
    return `| ${cells.join(' | ')} |`;
  });
  const align = Array.from({ length: width }, (_, c) => (c > 0 && figureColumn(rows.slice(1).map((row) => row[c])) ? ' --: |' : ' --- |'));
  lines.splice(1, 0, `|${align.join('')}`);
  return lines.join('\n');
}

/** A figure as a table prints it: 37.5, 1,117,285, -3.1, 98%, (2.3), 60.6* — no words, no unit. */
const FIGURE = /^[（(]?[-+−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?[%％]?[）)]?\*?$|^[（(]?[-+−]?\d+(?:\.\d+)?[%％]?[）)]?\*?$/;
/** What stands for no figure in a column of figures: a dash, an ellipsis, an empty cell. */
const NO_FIGURE = /^(?:[—–\-－…]+|)$/;

/**
 * A column of figures is set right-aligned, as statistical and budget tables are (new user round 6:
 * every column was left, the figures of a revenue table unaligned): every body cell of it a figure
 * or a dash, at least one a figure. Row headers (the first column), words, 2023年 stay left.
 */
function figureColumn(cells: ReadonlyArray<NonNullable<IdentifiedBlock['rows']>[number][number] | undefined>): boolean {
  const texts = cells.flatMap((cell) => (cell && 'text' in cell ? [cell.text.trim()] : []));
  return texts.some((t) => FIGURE.test(t)) && texts.every((t) => FIGURE.test(t) || NO_FIGURE.test(t));
}

/** The separator between two written blocks: list items and quotation paragraphs stay together. */
export function separator(before: IdentifiedBlock, after: IdentifiedBlock): string {
  if (before.kind === 'item' && after.kind === 'item' && before.ordered === after.ordered) return '\n';
  if (before.kind === 'quote' && after.kind === 'quote') return '\n>\n';
  return '\n\n';
}
