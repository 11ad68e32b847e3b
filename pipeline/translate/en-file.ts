/**
 * Surgical edits to en.md: find each block's inline content and its `{#id …}`
 * attribute as offsets in the file text, and replace only those spans, so
 * everything else (front matter, blank lines, line wrapping) stays byte-identical.
 */
import { VFile } from 'vfile';
import { formatAttributes, parseTrailingAttributes } from '../model/attributes.ts';
import { parseReportMarkdown, type ParsedBlock } from '../model/parse.ts';
import type { BlockKind } from '../model/types.ts';

export interface BlockSpan {
  id: string;
  kind: BlockKind;
  depth?: number;
  /** the block's inline Markdown (without `## ` and the attribute) */
  content: string;
  contentStart: number;
  contentEnd: number;
  attrStart: number;
  attrEnd: number;
  fields: Record<string, string>;
  /** offset just past the block's last character */
  end: number;
  line: number;
}

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Parse a report file (zh.md or en.md) and locate every attributed block. */
export function locateBlocks(value: string, path = 'en.md'): { spans: BlockSpan[]; parsed: ParsedBlock[]; file: VFile } {
  const file = new VFile({ path, value });
  const { blocks } = parseReportMarkdown(file);
  const spans: BlockSpan[] = [];
  for (const block of blocks) {
    const start = block.node.position?.start.offset;
    const end = block.node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const raw = value.slice(start, end);
    if (block.kind === 'title') {
      // `:::box[title]{#id src=…}`: the title is the label, its attributes follow the `]`.
      const open = value.indexOf('{', end);
      const close = value.indexOf('}', open);
      // The label's position takes in its brackets.
      const [from, to] = raw.startsWith('[') && raw.endsWith(']') ? [start + 1, end - 1] : [start, end];
      spans.push({ id: block.attributes.id, kind: 'title', content: value.slice(from, to), contentStart: from, contentEnd: to, attrStart: open, attrEnd: close + 1, fields: { ...block.attributes.fields }, end: close + 1, line: block.line });
      continue;
    }
    const lineStart = start + raw.lastIndexOf('\n') + 1;
    // The last cell of a table row: its position takes in the row's closing `|`, which is not the cell's.
    const closingPipe = block.node.type === 'tableCell' ? (/[ \t]*\|[ \t]*$/.exec(value.slice(lineStart, end))?.[0].length ?? 0) : 0;
    const lastLine = value.slice(lineStart, end - closingPipe);
    const { offset } = parseTrailingAttributes(lastLine);
    const brace = lastLine.indexOf('{', offset);
    // A heading's `## `; a table cell's position takes in its leading `| `.
    const prefix = block.node.type === 'heading' ? (/^#{1,6}[ \t]+/.exec(raw)?.[0].length ?? 0) : block.node.type === 'tableCell' ? (/^\|?[ \t]*/.exec(raw)?.[0].length ?? 0) : 0;
    spans.push({
      id: block.attributes.id,
      kind: block.kind,
      depth: block.node.type === 'heading' ? block.node.depth : undefined,
      content: value.slice(start + prefix, lineStart + offset),
      contentStart: start + prefix,
      contentEnd: lineStart + offset,
      attrStart: lineStart + brace,
      attrEnd: lineStart + lastLine.trimEnd().length,
      fields: { ...block.attributes.fields },
      end: end - closingPipe,
      line: block.line,
    });
  }
  return { spans, parsed: blocks, file };
}

/** Apply non-overlapping edits (any order). */
export function applyEdits(value: string, edits: Edit[]): string {
  let result = value;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** An edit that rewrites a block's attribute with new fields (order kept, new keys last). */
export function attributeEdit(span: BlockSpan, fields: Record<string, string | undefined>): Edit | undefined {
  const next: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...span.fields, ...fields })) if (value !== undefined) next[key] = value;
  const text = formatAttributes({ id: span.id, fields: next });
  if (text === formatAttributes({ id: span.id, fields: span.fields })) return undefined;
  return { start: span.attrStart, end: span.attrEnd, text };
}

/** A new block as it is written in en.md. */
export function formatBlock(kind: 'heading' | 'paragraph', depth: number | undefined, content: string, id: string, fields: Record<string, string>): string {
  const marker = kind === 'heading' ? `${'#'.repeat(depth ?? 2)} ` : '';
  return `${marker}${content} ${formatAttributes({ id, fields })}`;
}
