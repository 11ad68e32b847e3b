/**
 * Walks of the print document's hast with plain tests, for the passes that make it (document.ts, furniture.ts,
 * report-notes.ts, typography.ts). The bilingual print document is made on the PDFs' path before the first tab
 * (issue 16): hast-util-select matches a compiled selector at every element, and unist-util-visit makes a closure,
 * renames it (Object.defineProperty, for its stack traces) and copies the ancestors' list at every node — most of
 * what these passes cost (~0.1 s of CPU per document together).
 */
import type { Element, Root } from 'hast';

export const hasClass = (node: Element | Root, name: string): boolean => node.type === 'element' && ((node.properties.className as string[] | undefined) ?? []).includes(name);

/**
 * Every element under `parent` (not `parent` itself), in document order, as unist-util-visit's
 * `visit(parent, 'element', visitor)` calls it: `visitor` may change the children of the node it is given and
 * of its parent; it returns nothing to go on into the node's children, `'skip'` not to, or an index in the
 * parent's children to go on at, the node's children skipped (unist-util-visit's `[SKIP, index]`).
 */
export function eachElement(parent: Element | Root, visitor: (node: Element, index: number, parent: Element | Root) => number | 'skip' | void): void {
  for (let index = 0; index < parent.children.length; ) {
    const child = parent.children[index];
    if (child.type !== 'element') {
      index += 1;
      continue;
    }
    const result = visitor(child, index, parent);
    if (typeof result === 'number') {
      index = result;
      continue;
    }
    if (result !== 'skip') eachElement(child, visitor);
    index += 1;
  }
}

/** The elements of `parts` (each part itself included) that pass `test`, in document order. */
export function elementsIn(parts: ReadonlyArray<Element | Root>, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | Root): void => {
    if (node.type === 'element' && test(node)) found.push(node);
    for (const child of node.children) if (child.type === 'element') walk(child);
  };
  for (const part of parts) walk(part);
  return found;
}

/** The first element of `part` (itself included), in document order, that passes `test` (given the element's parent; none for `part`). */
export function firstIn(part: Element, test: (node: Element, parent: Element | undefined) => boolean): Element | undefined {
  const walk = (node: Element, parent: Element | undefined): Element | undefined => {
    if (test(node, parent)) return node;
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const found = walk(child, node);
      if (found) return found;
    }
    return undefined;
  };
  return walk(part, undefined);
}
