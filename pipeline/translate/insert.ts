/**
 * Insert blocks that en.md lacks, each after the nearest preceding Chinese
 * block that en.md has (so the Chinese order is kept), or before the first
 * English block, or — for an empty or new en.md — at the end.
 *
 * A cell, list item, box title or note lives inside its structure (a table, a
 * list, a box, the notes). When en.md has none of that structure yet (a new
 * report's first import), the structure is written from zh.md's: its Markdown
 * with each unit's English in place of the Chinese, a cell without English an
 * empty slot, an item or a paragraph without English left out. A structure en.md has in part
 * is not touched, and neither is a box whose title has no English (a box is
 * written with its title): those units come back in `unplaced`, with why —
 * unless each of them is its source as the file gave it (a figure, a dash: what a CAT
 * tool leaves as it was, OmegaT's console mode filling from a memory): those
 * wait, in `waiting`, for the title's English, and nothing is refused.
 */
import type { RootContent } from 'mdast';
import { formatAttributes } from '../model/attributes.ts';
import { parseMarkdown } from '../model/parse.ts';
import { applyEdits, formatBlock, locateBlocks, type BlockSpan, type Edit } from './en-file.ts';
import { unitKindName } from './units.ts';

export interface NewBlock {
  content: string;
  fields: Record<string, string>;
  /** the target is its source as the file gives it (a figure, a dash: its own English, left as it was by the CAT tool) */
  sourceCopy?: boolean;
}

export interface Unplaced {
  id: string;
  /** why it has no place, for the caller's message */
  reason: string;
}

export function insertBlocks(
  zh: string,
  en: string | undefined,
  blocks: ReadonlyMap<string, NewBlock>,
): { value: string; inserted: string[]; unplaced: Unplaced[]; waiting: Unplaced[] } {
  const zhSpans = locateBlocks(zh, 'zh.md').spans;
  const base = en ?? '';
  const enSpans = en === undefined ? [] : locateBlocks(en, 'en.md').spans;
  const enById = new Map(enSpans.map((s) => [s.id, s] as const));
  const structures = structuresOf(zh, zhSpans);
  const groups = new Map<number, string[]>();
  const inserted: string[] = [];
  const unplaced: Unplaced[] = [];
  const waiting: Unplaced[] = [];
  let anchor: number | undefined;
  const seen = new Set<string>();
  const add = (text: string) => {
    const at = anchor ?? (enSpans.length > 0 ? beforeFirst : atEnd);
    groups.set(at, [...(groups.get(at) ?? []), text]);
  };
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
    // (a paragraph of a quotation goes in with its quotation)
    const structure = structures.find((s) => s.spans.includes(span));
    if (!structure && (span.kind === 'heading' || span.kind === 'paragraph')) {
      if (!block) continue;
      add(formatBlock(span.kind, span.depth, block.content, span.id, block.fields));
      inserted.push(span.id);
      continue;
    }
    if (!structure || structure.done) continue;
    structure.done = true;
    const wanted = structure.spans.filter((s) => blocks.has(s.id));
    if (wanted.length === 0) continue;
    const written = writeStructure(zh, structure, blocks, enById);
    if ('reason' in written) {
      (written.waitsFor && wanted.every((s) => blocks.get(s.id)?.sourceCopy) ? waiting : unplaced).push(...wanted.map((s) => ({ id: s.id, reason: written.reason })));
      continue;
    }
    add(written.text);
    inserted.push(...wanted.map((s) => s.id));
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
  return { value: applyEdits(value, edits), inserted, unplaced, waiting };
}

const beforeFirst = -1;
const atEnd = -2;

/** A top-level structure of zh.md (table, list, box, note, quotation) and the unit spans inside it. */
interface Structure {
  name: string;
  start: number;
  end: number;
  spans: BlockSpan[];
  done?: boolean;
}

const structureNames: Partial<Record<RootContent['type'], string>> = {
  table: 'table',
  list: 'list',
  containerDirective: 'box',
  footnoteDefinition: 'note',
  blockquote: 'quotation',
};

function structuresOf(zh: string, spans: readonly BlockSpan[]): Structure[] {
  const out: Structure[] = [];
  for (const node of parseMarkdown(zh).children) {
    const name = structureNames[node.type];
    const [start, end] = [node.position?.start.offset, node.position?.end.offset];
    if (!name || start === undefined || end === undefined) continue;
    out.push({ name, start, end, spans: spans.filter((s) => s.contentStart >= start && s.contentStart < end) });
  }
  return out;
}

/** zh.md's Markdown of a structure with the English in place, or why it cannot be written. */
function writeStructure(
  zh: string,
  structure: Structure,
  blocks: ReadonlyMap<string, NewBlock>,
  enById: ReadonlyMap<string, BlockSpan>,
): { text: string } | { reason: string; /** the unit with no English the structure cannot be written without (a box's title) */ waitsFor?: string } {
  const part = structure.spans.find((s) => enById.has(s.id));
  if (part) return { reason: `en.md has this ${structure.name} in part (\`${part.id}\`) but not this unit: add it to the ${structure.name} in en.md (copy its line from zh.md), then import again` };
  const edits: Edit[] = [];
  for (const span of structure.spans) {
    const block = blocks.get(span.id);
    if (block) {
      edits.push({ start: span.contentStart, end: span.contentEnd, text: block.content }, { start: span.attrStart, end: span.attrEnd, text: formatAttributes({ id: span.id, fields: block.fields }) });
    } else if (span.kind === 'cell') {
      // An empty cell is an empty slot: the unit is missing from en.md (check says so), the table keeps its shape.
      edits.push({ start: span.contentStart, end: span.attrEnd, text: '' });
    } else if (span.kind === 'item' || span.kind === 'paragraph') {
      // An item, or a paragraph of a quotation or a box, without English is left out (with the blank line after it).
      const lineStart = zh.lastIndexOf('\n', span.contentStart - 1) + 1;
      const lineEnd = zh.indexOf('\n', span.attrEnd);
      let end = lineEnd === -1 || lineEnd >= structure.end ? structure.end : lineEnd + 1;
      if (span.kind === 'paragraph' && zh[end] === '\n' && end < structure.end) end++;
      edits.push({ start: lineStart, end, text: '' });
    } else {
      return { reason: `the ${unitKindName(span.kind)} \`${span.id}\` has no English in this file, and a ${structure.name} is written into en.md with it: translate it too, then import again`, waitsFor: span.id };
    }
  }
  const shifted = edits.map((e) => ({ ...e, start: e.start - structure.start, end: e.end - structure.start }));
  return { text: applyEdits(zh.slice(structure.start, structure.end), shifted).replace(/\n+$/, '') };
}

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
