/**
 * walk.ts eachElement: the print document's passes (footnote numbers, report notes, note calls after closing
 * marks, readable bookmarks) walk the tree with it instead of unist-util-visit. Checked against
 * `visit(tree, 'element', …)` on the same trees with the same visitors: nodes visited in the same order, the
 * same changes made (a node inserted before the one visited and both skipped, a node replaced, children skipped).
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { eachElement } from '../pipeline/render/pdf/walk.ts';

function tree(): Root {
  return {
    type: 'root',
    children: [
      h('section', [
        h('h2', ['Head', h('span.ui-sep', ' · '), h('span', 'Part')]),
        h('p', ['one', h('span.footnote', ['note ', h('b', 'a')]), '” two', h('span.replace', 'x'), h('span.footnote', 'b')]),
        h('div', [h('p', [h('span.replace', h('i', 'y')), 'text', h('span.footnote', [h('span.footnote', 'nested')])])]),
      ]),
      h('p', [h('em', 'last')]),
    ],
  };
}

type Step = (node: Element, index: number, parent: Element | Root, seen: string[]) => number | 'skip' | void;

/** A visitor as the passes write them: insert before and skip both, replace and skip, skip a heading's children. */
const step: Step = (node, index, parent, seen) => {
  seen.push(`${node.tagName}.${String(node.properties.className ?? '')}@${index}`);
  const cls = (node.properties.className as string[] | undefined) ?? [];
  if (cls.includes('footnote')) {
    node.children = [h('span.num', '1'), ...node.children];
    parent.children.splice(index, 0, h('sup.call', '1') as ElementContent);
    return index + 2;
  }
  if (cls.includes('replace')) {
    parent.children.splice(index, 1, h('sup.replaced', 'r') as ElementContent);
    return index + 1;
  }
  if (node.tagName === 'h2') return 'skip';
};

function byVisit(root: Root): { html: string; seen: string[] } {
  const seen: string[] = [];
  visit(root, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined) return;
    const result = step(node, index, parent, seen);
    return typeof result === 'number' ? [SKIP, result] : result === 'skip' ? SKIP : undefined;
  });
  return { html: toHtml(root), seen };
}

function byEachElement(root: Root): { html: string; seen: string[] } {
  const seen: string[] = [];
  eachElement(root, (node, index, parent) => step(node, index, parent, seen));
  return { html: toHtml(root), seen };
}

describe('eachElement', () => {
  it('visits and changes the tree as unist-util-visit does', () => {
    const expected = byVisit(tree());
    expect(expected.seen.length).toBeGreaterThan(8);
    expect(byEachElement(tree())).toEqual(expected);
  });
});
