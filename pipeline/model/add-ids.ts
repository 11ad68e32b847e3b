/**
 * `duizhao ids`: give every unit of a report file that has no `{#id}` one, the
 * way ingest does (model/hash.ts `newBlockId`: from the unit's text, unique in
 * the file), and change nothing else — the ids already there are never
 * recomputed. Units: headings and paragraphs (also inside quotations and
 * boxes), list items, table cells (not the `^^` / `<<` span marks, not empty
 * ones), the report's note definitions, and box titles (`:::box[title]`).
 * Pure: text in, text out.
 */
import type { Nodes, Paragraph, Root, TableCell } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { parseTrailingAttributes } from './attributes.ts';
import { newBlockId } from './hash.ts';
import { parseMarkdown } from './parse.ts';
import { COL_SPAN_MARK, ROW_SPAN_MARK } from './table.ts';

export interface AddIdsResult {
  /** The file with the new ids. */
  value: string;
  /** The ids added, with the 1-based line of their block. */
  added: Array<{ id: string; line: number }>;
}

type Kind = Parameters<typeof newBlockId>[0];
interface Unit {
  kind: Kind;
  node: Nodes;
  /** where ` {#id}` goes, and what is already there */
  at: number;
  existing?: string;
}

export function addMissingIds(value: string): AddIdsResult {
  const tree: Root = parseMarkdown(value);
  const units: Unit[] = [];
  const trailing = (node: Nodes, kind: Kind): void => {
    // A table cell's position takes in the padding and the pipe after it: its content ends at its last child.
    const last = node.type === 'tableCell' ? node.children[node.children.length - 1] : undefined;
    const end = (last ?? node).position!.end.offset!;
    const lastLine = value.slice(value.lastIndexOf('\n', end - 1) + 1, end);
    units.push({ kind, node, at: end, existing: parseTrailingAttributes(lastLine).attributes?.id });
  };
  const walk = (node: Nodes, kind?: Kind): void => {
    switch (node.type) {
      case 'heading':
        return trailing(node, 'heading');
      case 'paragraph':
        if (!node.data?.directiveLabel) trailing(node, kind ?? 'paragraph');
        return;
      case 'tableCell': {
        const text = toString(node).trim();
        if (text !== '' && text !== ROW_SPAN_MARK && text !== COL_SPAN_MARK) trailing(node as TableCell, 'cell');
        return;
      }
      case 'containerDirective':
        return box(node);
      case 'listItem':
        for (const child of node.children) walk(child, child.type === 'paragraph' ? 'item' : undefined);
        return;
      case 'footnoteDefinition':
        for (const child of node.children) walk(child, child.type === 'paragraph' ? 'note' : undefined);
        return;
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
    }
  };
  const box = (directive: ContainerDirective): void => {
    const label = directive.children[0] as Paragraph | undefined;
    if (label?.type === 'paragraph' && label.data?.directiveLabel) {
      // `]` closes the label; the attributes, if any, follow it.
      const close = label.position!.end.offset!;
      units.push({ kind: 'title', node: label, at: close, existing: directive.attributes?.id ?? undefined });
    }
    for (const child of directive.children.slice(1)) walk(child);
  };
  for (const child of tree.children) walk(child);

  const taken = new Set(units.flatMap((u) => (u.existing ? [u.existing] : [])));
  const added: AddIdsResult['added'] = [];
  const inserts: Array<{ at: number; text: string }> = [];
  for (const unit of units) {
    if (unit.existing) continue;
    const id = newBlockId(unit.kind, toString(unit.node), taken);
    taken.add(id);
    added.push({ id, line: unit.node.position!.start.line });
    inserts.push({ at: unit.at, text: unit.kind === 'title' ? `{#${id}}` : ` {#${id}}` });
  }
  let out = value;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + text + out.slice(at);
  return { value: out, added };
}
