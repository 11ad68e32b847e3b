/**
 * The structures ingest finds (structures.ts, notes.ts, boxes.ts) in the
 * content format (README.md, "Content format"): list items, quotations, GFM
 * tables with `^^` / `<<` spans, note definitions and calls, and boxes.
 */
import type { IdentifiedBlock } from './ids.ts';
import { escapeInline } from './serialize.ts';

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

/** One structure block as Markdown, or undefined for headings and paragraphs. */
export function structureMarkdown(b: IdentifiedBlock): string | undefined {
  switch (b.kind) {
    case 'item':
      return `${b.ordered ? '1.' : '-'} ${withCalls(b.text, b.calls)} {#${b.id}}`;
    case 'quote':
      return `> ${withCalls(b.text, b.calls)} {#${b.id}}`;
    case 'note':
      return `[^${b.label}]: ${withCalls(b.text, b.calls)} {#${b.id}}`;
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
  lines.splice(1, 0, `|${' --- |'.repeat(width)}`);
  return lines.join('\n');
}

/** The separator between two written blocks: list items and quotation paragraphs stay together. */
export function separator(before: IdentifiedBlock, after: IdentifiedBlock): string {
  if (before.kind === 'item' && after.kind === 'item' && before.ordered === after.ordered) return '\n';
  if (before.kind === 'quote' && after.kind === 'quote') return '\n>\n';
  return '\n\n';
}
