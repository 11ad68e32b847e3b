/**
 * Plain text of an inline mdast tree with a way back to its text nodes, and
 * wrapping of text ranges into new parent nodes (TermRefs), splitting text
 * nodes at the edges. A range may cross strong/emphasis boundaries when it
 * covers whole elements; a range that would cut an element in two is not
 * wrapped. Ranges are wrapped last to first from one scan of the tree, so a
 * block with thousands of terms stays linear: each split keeps the text
 * before the range in the original node, where earlier ranges still find it.
 */
import type { Parent, PhrasingContent, Text } from 'mdast';

/** Stands in for non-text leaves (inline code, images…) so no term matches across them. */
const OPAQUE = '\uFFFC';

interface Segment {
  node: Text;
  /** ancestors from the block root down to the text node's parent */
  path: Parent[];
  start: number;
}

export interface InlineText {
  text: string;
  segments: Segment[];
  /** the nodes without text (a note's call, a break), each at the one character that stands for it in `text` */
  opaque: Array<{ at: number; node: PhrasingContent }>;
}

export function inlineText(root: Parent): InlineText {
  const segments: Segment[] = [];
  const opaque: InlineText['opaque'] = [];
  const parts: string[] = [];
  let length = 0;
  const walk = (parent: Parent, path: Parent[]) => {
    for (const child of parent.children as PhrasingContent[]) {
      if (child.type === 'text') {
        if (child.value.length === 0) continue;
        segments.push({ node: child, path, start: length });
        parts.push(child.value);
        length += child.value.length;
      } else if ('children' in child) {
        walk(child, [...path, child]);
      } else {
        opaque.push({ at: length, node: child });
        parts.push(OPAQUE);
        length += 1;
      }
    }
  };
  walk(root, [root]);
  return { text: parts.join(''), segments, opaque };
}

export interface WrapRequest {
  start: number;
  end: number;
  /** the new parent (its children are replaced by the wrapped content) */
  wrapper: Parent;
}

/**
 * Wrap each non-overlapping range of the root's plain text in its wrapper.
 * Returns, per request (same order), whether it was wrapped.
 */
export function wrapRanges(root: Parent, requests: readonly WrapRequest[]): boolean[] {
  const { segments } = inlineText(root);
  const done = requests.map(() => false);
  const order = requests.map((_, i) => i).sort((x, y) => requests[y].start - requests[x].start);
  let floor = Infinity; // start of the last range wrapped: later ones may not reach it
  for (const index of order) {
    const { start, end, wrapper } = requests[index];
    if (end > floor || start >= end) continue;
    if (wrapOne(segments, start, end, wrapper)) {
      done[index] = true;
      floor = start;
    }
  }
  return done;
}

function wrapOne(segments: Segment[], start: number, end: number, wrapper: Parent): boolean {
  const first = segments[findSegment(segments, start)];
  const last = segments[findSegment(segments, end - 1)];
  if (!first || !last || start < first.start || end > last.start + last.node.value.length) return false;

  // Lowest common ancestor of the two text nodes.
  let depth = 0;
  while (depth + 1 < first.path.length && depth + 1 < last.path.length && first.path[depth + 1] === last.path[depth + 1]) depth++;
  const parent = first.path[depth];
  const childOf = (s: Segment) => (s.path.length > depth + 1 ? (s.path[depth + 1] as PhrasingContent) : s.node);
  const a = childOf(first);
  const b = childOf(last);
  // An element at an edge must be covered whole, never cut.
  if (a !== first.node && start !== subtreeStart(segments, a as Parent)) return false;
  if (b !== last.node && end !== subtreeEnd(segments, b as Parent)) return false;

  const children = parent.children as PhrasingContent[];
  // the text before each wrapped range stays first, so a forward search finds it soon
  const i = children.indexOf(a);
  const j = a === b ? i : children.indexOf(b, i);
  if (i < 0 || j < i) return false;
  const text = (value: string): Text => ({ type: 'text', value });
  const after: PhrasingContent[] = [];
  let inner: PhrasingContent[];
  // The text before the range stays in the original node (earlier ranges point at it).
  let keepFirst = false;
  if (a === b && a.type === 'text') {
    const from = start - first.start;
    const to = end - first.start;
    if (to < a.value.length) after.push(text(a.value.slice(to)));
    inner = [text(a.value.slice(from, to))];
    if (from > 0) {
      a.value = a.value.slice(0, from);
      delete a.position; // no longer the source span
      keepFirst = true;
    }
  } else {
    inner = children.slice(i, j + 1);
    if (b.type === 'text' && end < last.start + b.value.length) {
      after.push(text(b.value.slice(end - last.start)));
      inner[inner.length - 1] = text(b.value.slice(0, end - last.start));
    }
    if (a.type === 'text' && start > first.start) {
      inner[0] = text(a.value.slice(start - first.start));
      a.value = a.value.slice(0, start - first.start);
      delete a.position;
      keepFirst = true;
    }
  }
  wrapper.children = inner;
  if (keepFirst) children.splice(i + 1, j - i, wrapper as PhrasingContent, ...after);
  else children.splice(i, j - i + 1, wrapper as PhrasingContent, ...after);
  return true;
}

/** Index of the segment holding `offset` (binary search; segments are in text order). */
function findSegment(segments: Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (segments[mid].start <= offset) low = mid + 1;
    else high = mid - 1;
  }
  return high;
}

function subtreeStart(segments: Segment[], node: Parent): number {
  const inside = segments.find((s) => s.path.includes(node));
  return inside ? inside.start : -1;
}

function subtreeEnd(segments: Segment[], node: Parent): number {
  const inside = segments.filter((s) => s.path.includes(node)).at(-1);
  return inside ? inside.start + inside.node.value.length : -1;
}
