/**
 * Plain text of an inline mdast tree with a way back to its text nodes, and
 * wrapping of a text range into a new parent node (a TermRef), splitting
 * text nodes at the edges. A range may cross strong/emphasis boundaries when
 * it covers whole elements; a range that would cut an element in two is not
 * wrapped (returns false).
 */
import type { Parent, PhrasingContent, Text } from 'mdast';

/** Stands in for non-text leaves (inline code, images…) so no term matches across them. */
export const OPAQUE = '\uFFFC';

interface Segment {
  node: Text;
  /** ancestors from the block root down to the text node's parent */
  path: Parent[];
  start: number;
}

export interface InlineText {
  text: string;
  segments: Segment[];
}

export function inlineText(root: Parent): InlineText {
  const segments: Segment[] = [];
  let text = '';
  const walk = (parent: Parent, path: Parent[]) => {
    for (const child of parent.children as PhrasingContent[]) {
      if (child.type === 'text') {
        segments.push({ node: child, path, start: text.length });
        text += child.value;
      } else if ('children' in child) {
        walk(child, [...path, child]);
      } else {
        text += OPAQUE;
      }
    }
  };
  walk(root, [root]);
  return { text, segments };
}

/** Wrap [start, end) of the root's plain text in `wrapper` (whose children are replaced). */
export function wrapRange(root: Parent, start: number, end: number, wrapper: Parent): boolean {
  const { segments } = inlineText(root);
  const first = segments.find((s) => start >= s.start && start < s.start + s.node.value.length);
  const last = segments.find((s) => end > s.start && end <= s.start + s.node.value.length);
  if (!first || !last) return false;

  // Lowest common ancestor of the two text nodes.
  let depth = 0;
  while (depth + 1 < first.path.length && depth + 1 < last.path.length && first.path[depth + 1] === last.path[depth + 1]) depth++;
  const parent = first.path[depth];
  const childOf = (s: Segment) => (s.path.length > depth + 1 ? (s.path[depth + 1] as PhrasingContent) : s.node);
  const a = childOf(first);
  const b = childOf(last);
  // An element at the edge must be covered whole, never cut.
  if (a !== first.node && start !== subtreeStart(segments, a)) return false;
  if (b !== last.node && end !== subtreeEnd(segments, b)) return false;

  const children = parent.children as PhrasingContent[];
  const i = children.indexOf(a);
  const j = children.indexOf(b);
  const text = (value: string): Text => ({ type: 'text', value });
  const before: PhrasingContent[] = [];
  const after: PhrasingContent[] = [];
  let inner: PhrasingContent[];
  if (a === b && a.type === 'text') {
    const from = start - first.start;
    const to = end - first.start;
    if (from > 0) before.push(text(a.value.slice(0, from)));
    if (to < a.value.length) after.push(text(a.value.slice(to)));
    inner = [text(a.value.slice(from, to))];
  } else {
    inner = children.slice(i, j + 1);
    if (a.type === 'text' && start > first.start) {
      before.push(text(a.value.slice(0, start - first.start)));
      inner[0] = text(a.value.slice(start - first.start));
    }
    if (b.type === 'text' && end < last.start + b.value.length) {
      after.push(text(b.value.slice(end - last.start)));
      inner[inner.length - 1] = text(b.value.slice(0, end - last.start));
    }
  }
  wrapper.children = inner;
  children.splice(i, j - i + 1, ...before, wrapper as PhrasingContent, ...after);
  return true;
}

function subtreeStart(segments: Segment[], node: PhrasingContent): number {
  const inside = segments.find((s) => s.path.includes(node as Parent));
  return inside ? inside.start : -1;
}

function subtreeEnd(segments: Segment[], node: PhrasingContent): number {
  const inside = segments.filter((s) => s.path.includes(node as Parent)).at(-1);
  return inside ? inside.start + inside.node.value.length : -1;
}
