/**
 * Inline content of a translation unit, neutral between Markdown and the
 * exchange formats: text, paired codes (a span: bold, emphasis, link …) and
 * isolated codes (a placeholder: inline code, line break, image …). XLIFF 2.0
 * writes spans as `<pc>` and placeholders as `<ph/>`, XLIFF 1.2 as `<g>` /
 * `<x/>`, TMX as `<bpt>`/`<ept>` / `<ph>`; none of them sees Markdown syntax.
 *
 * Every code keeps its Markdown ("native data": `**` … `**`, `[` … `](url)`),
 * produced and read back through mdast (mdast-util-to-markdown / remark), so
 * a phrasing node the model gains later travels as a code without new code
 * here: a parent becomes a span, a leaf a placeholder.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { cjkFriendlyToMarkdown } from 'mdast-util-to-markdown-cjk-friendly';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { parseMarkdown } from '../model/parse.ts';

export interface InlineText {
  type: 'text';
  value: string;
}

/** A paired code around translatable content. */
export interface InlineSpan {
  type: 'span';
  /** code id, unique in its unit ("1", "2" …); the same id in source and target is the same code */
  id: string;
  /** mdast node type: strong, emphasis, delete, link … */
  kind: string;
  /** Markdown before and after the content, e.g. `[` and `](http://a.b/)` */
  start: string;
  end: string;
  children: Inline[];
}

/** An isolated code (no translatable content). */
export interface InlinePlaceholder {
  type: 'ph';
  id: string;
  /** mdast node type: inlineCode, break, image, html … */
  kind: string;
  /** the node's Markdown, e.g. `` `x` `` */
  data: string;
}

export type Inline = InlineText | InlineSpan | InlinePlaceholder;

const hole = '\uE000';
// GFM: the report's note calls (`[^1]`) and `~~` strikethrough are written as report files read them.
const markdownOptions = { extensions: [cjkFriendlyToMarkdown(), gfmToMarkdown()] };

/** mdast phrasing → inline content; codes are numbered from `next` on, in document order. */
export function phrasingToInline(nodes: readonly PhrasingContent[], counter = { next: 1 }): Inline[] {
  const result: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      const last = result[result.length - 1];
      if (last?.type === 'text') last.value += node.value;
      else result.push({ type: 'text', value: node.value });
    } else if (node.type === 'termRef') {
      result.push(...phrasingToInline(node.children, counter)); // glossary annotation: not part of the text
    } else if ('children' in node) {
      const id = String(counter.next++);
      const shell = { ...node, children: [{ type: 'text', value: hole }] } as PhrasingContent;
      const [start, end] = nodeMarkdown(shell).split(hole);
      result.push({ type: 'span', id, kind: node.type, start, end, children: phrasingToInline(node.children as PhrasingContent[], counter) });
    } else {
      result.push({ type: 'ph', id: String(counter.next++), kind: node.type, data: placeholderMarkdown(node) });
    }
  }
  return result;
}

/** Inline content → mdast phrasing, each code rebuilt from its Markdown through remark. */
export function inlineToPhrasing(inline: readonly Inline[]): PhrasingContent[] {
  const result: PhrasingContent[] = [];
  for (const item of inline) {
    if (item.type === 'text') {
      const last = result[result.length - 1];
      if (last?.type === 'text') last.value += item.value;
      else if (item.value !== '') result.push({ type: 'text', value: item.value });
      continue;
    }
    // A note call parses as one only beside its definition: read its label from the code.
    const call = item.type === 'ph' && item.kind === 'footnoteReference' ? /^\[\^([^\]\s]+)\]$/.exec(item.data) : null;
    const node = call
      ? ({ type: 'footnoteReference', identifier: call[1].toLowerCase(), label: call[1] } as PhrasingContent)
      : item.type === 'span' ? nativeNode(`${item.start}x${item.end}`, item.kind) : nativeNode(`a${item.data}a`, item.kind, 1);
    if (!node) throw new InlineCodeError(item, `its Markdown \`${item.type === 'span' ? `${item.start}…${item.end}` : item.data}\` is not a \`${item.kind}\``);
    if (item.type === 'span') (node as Extract<PhrasingContent, { children: unknown }>).children = inlineToPhrasing(item.children);
    result.push(node);
  }
  return result;
}

/** A code whose Markdown does not make the node it claims to be. */
export class InlineCodeError extends Error {
  constructor(
    readonly item: InlineSpan | InlinePlaceholder,
    reason: string,
  ) {
    super(`Cannot convert inline code ${item.id} (${item.kind}): ${reason}`);
  }
}

/** Plain text of inline content (codes' content included, placeholders dropped). */
export function inlineText(inline: readonly Inline[]): string {
  return inline.map((item) => (item.type === 'text' ? item.value : item.type === 'span' ? inlineText(item.children) : '')).join('');
}

/** Every code in document order (spans before their children). */
export function inlineCodes(inline: readonly Inline[]): Array<InlineSpan | InlinePlaceholder> {
  return inline.flatMap((item) => (item.type === 'text' ? [] : item.type === 'span' ? [item, ...inlineCodes(item.children)] : [item]));
}

/**
 * A block's phrasing as the inline Markdown written in en.md (escaped where
 * Markdown would misread the text: a leading `- `, `1.`, `#`, stray `*` …).
 */
export function phrasingToMarkdown(children: readonly PhrasingContent[]): string {
  const paragraph: Paragraph = { type: 'paragraph', children: [...children] };
  return toMarkdown({ type: 'root', children: [paragraph] }, markdownOptions).replace(/\n+$/, '');
}

/** Structural equality of phrasing (types, values, urls, children), ignoring positions and text splits. */
export function samePhrasing(a: readonly PhrasingContent[], b: readonly PhrasingContent[]): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

function normalize(nodes: readonly PhrasingContent[]): unknown[] {
  const result: Array<Record<string, unknown>> = [];
  for (const node of nodes) {
    if (node.type === 'termRef') {
      result.push(...(normalize(node.children) as Array<Record<string, unknown>>));
      continue;
    }
    const { position: _position, data: _data, children, ...rest } = node as PhrasingContent & { children?: PhrasingContent[] };
    const copy: Record<string, unknown> = { ...rest };
    if (children) copy.children = normalize(children);
    const last = result[result.length - 1];
    if (copy.type === 'text' && last?.type === 'text') last.value = `${String(last.value)}${String(copy.value)}`;
    else if (!(copy.type === 'text' && copy.value === '')) result.push(copy);
  }
  return result;
}

function nodeMarkdown(node: PhrasingContent): string {
  return phrasingToMarkdown([node]);
}

/** A leaf's Markdown between two letters (a break or an image means something only inside a line). */
function placeholderMarkdown(node: PhrasingContent): string {
  return phrasingToMarkdown([{ type: 'text', value: 'a' }, node, { type: 'text', value: 'a' }]).slice(1, -1);
}

/** The one node `markdown` parses to (at `index` among the paragraph's children), if it is a `kind`. */
function nativeNode(markdown: string, kind: string, index = 0): PhrasingContent | undefined {
  const root = parseMarkdown(markdown) as Root;
  const first = root.children[0];
  if (root.children.length !== 1 || first.type !== 'paragraph' || first.children.length !== 1 + 2 * index) return undefined;
  const node = first.children[index];
  return node.type === kind ? stripPositions(node) : undefined;
}

function stripPositions<T extends object>(node: T): T {
  const { position: _position, ...rest } = node as T & { position?: unknown };
  if ('children' in rest && Array.isArray(rest.children)) (rest as { children: object[] }).children = rest.children.map((c: object) => stripPositions(c));
  return rest as T;
}

/** The node type a span's Markdown makes (`**`…`**` → strong), if it makes one node. */
export function spanKind(start: string, end: string): string | undefined {
  const root = parseMarkdown(`${start}x${end}`) as Root;
  const first = root.children[0];
  return root.children.length === 1 && first.type === 'paragraph' && first.children.length === 1 && 'children' in first.children[0] ? first.children[0].type : undefined;
}

/** The node type a placeholder's Markdown makes (`` `x` `` → inlineCode), if it makes one leaf. */
export function placeholderKind(data: string): string | undefined {
  const root = parseMarkdown(`a${data}a`) as Root;
  const first = root.children[0];
  return root.children.length === 1 && first.type === 'paragraph' && first.children.length === 3 && !('children' in first.children[1]) ? first.children[1].type : undefined;
}

/** Markdown of the common formatting codes, for files that name a code only by its type (a CAT tool's own `<pc>`, `<g ctype="bold">`). */
export const knownCodes: Readonly<Record<string, { start: string; end: string } | { data: string }>> = {
  strong: { start: '**', end: '**' },
  emphasis: { start: '*', end: '*' },
  break: { data: '\\\n' },
};
