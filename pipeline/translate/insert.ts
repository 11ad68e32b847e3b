/**
 * Insert blocks that en.md lacks, each after the nearest preceding Chinese
 * block that en.md has (so the Chinese order is kept), or before the first
 * English block, or — for an empty or new en.md — at the end.
 */
import { applyEdits, formatBlock, locateBlocks, type Edit } from './en-file.ts';

export interface NewBlock {
  content: string;
  fields: Record<string, string>;
}

export function insertBlocks(zh: string, en: string | undefined, blocks: ReadonlyMap<string, NewBlock>): { value: string; inserted: string[] } {
  const zhSpans = locateBlocks(zh, 'zh.md').spans;
  const base = en ?? '';
  const enSpans = en === undefined ? [] : locateBlocks(en, 'en.md').spans;
  const enById = new Map(enSpans.map((s) => [s.id, s] as const));
  const groups = new Map<number, string[]>();
  const inserted: string[] = [];
  let anchor: number | undefined;
  const seen = new Set<string>();
  for (const span of zhSpans) {
    if (seen.has(span.id)) continue;
    seen.add(span.id);
    const twin = enById.get(span.id);
    if (twin) {
      // After a list item or a table cell, what follows goes after the whole list or table.
      anchor = twin.kind === 'item' || twin.kind === 'cell' ? structureEnd(base, twin.end) : twin.end;
      continue;
    }
    const block = blocks.get(span.id);
    // Only headings and paragraphs stand alone; an item, cell, title or note goes inside its structure (callers refuse those).
    if (!block || (span.kind !== 'heading' && span.kind !== 'paragraph')) continue;
    const at = anchor ?? (enSpans.length > 0 ? beforeFirst : atEnd);
    groups.set(at, [...(groups.get(at) ?? []), formatBlock(span.kind, span.depth, block.content, span.id, block.fields)]);
    inserted.push(span.id);
  }
  const edits: Edit[] = [];
  let value = base;
  for (const [at, texts] of groups) {
    if (at >= 0) edits.push({ start: at, end: at, text: texts.map((t) => `\n\n${t}`).join('') });
    else if (at === beforeFirst) {
      const first = enSpans[0];
      const start = first.kind === 'heading' ? base.lastIndexOf('\n', first.contentStart) + 1 : first.contentStart;
      edits.push({ start, end: start, text: texts.map((t) => `${t}\n\n`).join('') });
    } else {
      const gap = base === '' || base.endsWith('\n\n') ? '' : base.endsWith('\n') ? '\n' : '\n\n';
      value = `${base}${gap}${texts.join('\n\n')}\n`;
    }
  }
  return { value: applyEdits(value, edits), inserted };
}

const beforeFirst = -1;
const atEnd = -2;

/** The end of the last line of the run of non-blank lines that holds `offset` (a list, a table). */
function structureEnd(text: string, offset: number): number {
  let end = text.indexOf('\n', offset);
  while (end !== -1 && end + 1 < text.length && text[end + 1] !== '\n') {
    const next = text.indexOf('\n', end + 1);
    if (next === -1) return text.length;
    end = next;
  }
  return end === -1 ? text.length : end;
}
