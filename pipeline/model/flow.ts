/**
 * The structure of a report file: which mdast blocks are units (with a
 * trailing `{#id}`) and how lists, quotations, tables and boxed sections hold
 * them. See README "Content format" for the syntax.
 */
import path from 'node:path';
import type { Blockquote, FootnoteDefinition, Heading, List, Paragraph, RootContent, TableCell, Text } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { parseTrailingAttributes } from './attributes.ts';
import type { ParsedBlock } from './parse.ts';
import { readTable } from './table.ts';
import type { BlockKind, Flow, UnitNode } from './types.ts';

export interface FlowResult {
  blocks: ParsedBlock[];
  flow: Flow[];
  noteIds: Map<string, string>;
}

interface Reader {
  file: VFile;
  blocks: ParsedBlock[];
  noteIds: Map<string, string>;
}

export function readFlow(nodes: RootContent[], file: VFile): FlowResult {
  const reader: Reader = { file, blocks: [], noteIds: new Map() };
  const flow = readNodes(nodes, reader, false);
  return { blocks: reader.blocks, flow, noteIds: reader.noteIds };
}

function readNodes(nodes: RootContent[], reader: Reader, inBox: boolean): Flow[] {
  const flow: Flow[] = [];
  for (const node of nodes) {
    const read = readNode(node, reader, inBox);
    if (read) flow.push(read);
  }
  return flow;
}

function readNode(node: RootContent, reader: Reader, inBox: boolean): Flow | undefined {
  switch (node.type) {
    case 'heading':
    case 'paragraph': {
      const unit = attributed(node, node.type, reader);
      return unit && { type: 'block', id: unit.attributes.id };
    }
    case 'list':
      return readList(node, reader);
    case 'blockquote':
      return readQuote(node, reader, inBox);
    case 'table':
      return readTable(node, reader.file, (cell: TableCell) => attributed(cell, 'cell', reader)?.attributes.id);
    case 'footnoteDefinition':
      readNote(node, reader);
      return undefined;
    case 'containerDirective':
      return readBox(node, reader, inBox);
    case 'html':
      reader.file.message('Unexpected raw HTML block, expected a heading or paragraph; it is not published', {
        place: node.position,
        ruleId: 'raw-html',
        source: 'model',
      });
      return undefined;
    default:
      unsupported(reader.file, node, `Unexpected \`${node.type}\` block, expected a heading, paragraph, list, quotation, table, note or \`:::box\` with ids`);
      return undefined;
  }
}

function readList(list: List, reader: Reader): Flow | undefined {
  const items: string[] = [];
  for (const item of list.children) {
    const [first, ...more] = item.children;
    if (first?.type !== 'paragraph' || more.length > 0) {
      unsupported(reader.file, item, 'Unexpected list item with more than one paragraph (or a nested list), expected one paragraph per item');
      continue;
    }
    const unit = attributed(first, 'item', reader);
    if (unit) items.push(unit.attributes.id);
  }
  if (items.length === 0) return undefined;
  return { type: 'list', id: `list-${items[0]}`, ordered: list.ordered === true, start: list.ordered && list.start !== null && list.start !== undefined && list.start !== 1 ? list.start : undefined, items };
}

function readQuote(quote: Blockquote, reader: Reader, inBox: boolean): Flow | undefined {
  const children = readNodes(quote.children, reader, inBox).filter((child) => {
    if (child.type === 'block' && reader.blocks.find((b) => b.attributes.id === child.id)?.kind === 'heading') {
      unsupported(reader.file, quote, 'Unexpected heading in a quotation, expected paragraphs or lists');
      return false;
    }
    return true;
  });
  if (children.length === 0) return undefined;
  return { type: 'quote', id: `quote-${firstUnit(children)}`, children };
}

function readNote(definition: FootnoteDefinition, reader: Reader): void {
  const [first, ...more] = definition.children;
  if (first?.type !== 'paragraph' || more.length > 0) {
    unsupported(reader.file, definition, `Unexpected note \`[^${definition.label ?? definition.identifier}]\` with more than one paragraph, expected one paragraph`);
    return;
  }
  const unit = attributed(first, 'note', reader);
  if (unit) reader.noteIds.set(definition.identifier, unit.attributes.id);
}

function readBox(box: ContainerDirective, reader: Reader, inBox: boolean): Flow | undefined {
  if (box.name !== 'box') {
    unsupported(reader.file, box, `Unexpected \`:::${box.name}\` container, expected \`:::box[title]{#id}\``);
    return undefined;
  }
  if (inBox) {
    unsupported(reader.file, box, 'Unexpected box inside a box, expected boxes side by side');
    return undefined;
  }
  const [label, ...content] = box.children;
  const attributes = box.attributes ?? {};
  if (label?.type !== 'paragraph' || !label.data?.directiveLabel || !attributes.id) {
    unsupported(reader.file, box, 'Unexpected box without a title and id, expected `:::box[专栏1　title]{#b-…}`');
    return undefined;
  }
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) if (key !== 'id' && key !== 'class' && value !== null && value !== undefined) fields[key] = value;
  const id = attributes.id;
  label.position = label.position ?? box.position;
  reader.blocks.push({ node: label, kind: 'title', attributes: { id, fields }, text: toString(label).normalize('NFC'), line: box.position?.start.line ?? 1 });
  const children = readNodes(content, reader, true);
  return { type: 'box', id, children };
}

/** Strip the trailing `{#id …}` from a unit and record it. */
function attributed(node: Heading | Paragraph | TableCell, kind: BlockKind, reader: Reader): ParsedBlock | undefined {
  const last = lastText(node);
  const line = node.position?.start.line ?? 1;
  if (last) {
    const { text, attributes } = parseTrailingAttributes(last.value);
    if (attributes) {
      last.value = text.replace(/[ \t]+$/, '');
      if (last.value === '') removeNode(node, last);
      const block: ParsedBlock = { node: node as UnitNode, kind, attributes, text: toString(node).normalize('NFC'), line };
      reader.blocks.push(block);
      return block;
    }
  }
  reader.file.message(`Unexpected ${kind === 'heading' || kind === 'paragraph' ? 'block' : kind} without id, expected a trailing \`{#id}\` attribute (${missingIdFix(reader.file)})`, {
    place: node.position,
    ruleId: 'missing-id',
    source: 'model',
  }).fatal = true;
  return undefined;
}

/** What to do about a unit without id: zh.md gets new ids, an English unit takes its Chinese twin's. */
function missingIdFix(file: VFile): string {
  const folder = file.path ? path.basename(path.dirname(file.path)) : '';
  return file.path && path.basename(file.path) === 'en.md'
    ? 'give it the id of its Chinese twin in zh.md'
    : `run \`duizhao ids ${folder && folder !== '.' ? folder : '<slug>'}\` to add the missing ids`;
}

export function firstUnit(flow: Flow[]): string {
  const first = flow[0];
  if (!first) return '';
  if (first.type === 'block' || first.type === 'box') return first.id;
  if (first.type === 'list') return first.items[0];
  if (first.type === 'quote') return firstUnit(first.children);
  return first.id.replace(/^table-/, '');
}

function unsupported(file: VFile, node: { position?: RootContent['position'] }, reason: string): void {
  file.message(reason, { place: node.position, ruleId: 'unsupported-block', source: 'model' }).fatal = true;
}

function lastText(node: RootContent): Text | undefined {
  if (node.type === 'text') return node;
  if ('children' in node && node.children.length > 0) {
    return lastText(node.children[node.children.length - 1] as RootContent);
  }
  return undefined;
}

function removeNode(parent: RootContent, target: RootContent): boolean {
  if (!('children' in parent)) return false;
  const children = parent.children as RootContent[];
  const index = children.indexOf(target);
  if (index >= 0) {
    children.splice(index, 1);
    return true;
  }
  return children.some((child) => removeNode(child, target));
}
