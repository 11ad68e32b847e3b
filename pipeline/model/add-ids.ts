/**
 * `duizhao ids`: give every heading and paragraph of a report file that has no
 * `{#id}` one, the way ingest does (model/hash.ts `newBlockId`: from the block's
 * text, unique in the file), and change nothing else — the ids already there are
 * never recomputed. Pure: text in, text out.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseTrailingAttributes } from './attributes.ts';
import { newBlockId } from './hash.ts';
import { parseMarkdown } from './parse.ts';

export interface AddIdsResult {
  /** The file with the new ids. */
  value: string;
  /** The ids added, with the 1-based line of their block. */
  added: Array<{ id: string; line: number }>;
}

export function addMissingIds(value: string): AddIdsResult {
  const tree: Root = parseMarkdown(value);
  const blocks = tree.children.filter((node): node is Heading | Paragraph => node.type === 'heading' || node.type === 'paragraph');
  const lastLine = (node: Heading | Paragraph): string => {
    const end = node.position!.end.offset!;
    return value.slice(value.lastIndexOf('\n', end - 1) + 1, end);
  };
  const taken = new Set<string>();
  const missing: Array<Heading | Paragraph> = [];
  for (const node of blocks) {
    const { attributes } = parseTrailingAttributes(lastLine(node));
    if (attributes) taken.add(attributes.id);
    else missing.push(node);
  }
  const added: AddIdsResult['added'] = [];
  const inserts: Array<{ at: number; text: string }> = [];
  for (const node of missing) {
    const id = newBlockId(node.type, toString(node), taken);
    taken.add(id);
    added.push({ id, line: node.position!.start.line });
    inserts.push({ at: node.position!.end.offset!, text: ` {#${id}}` });
  }
  let out = value;
  for (const { at, text } of inserts.reverse()) out = out.slice(0, at) + text + out.slice(at);
  return { value: out, added };
}
