/**
 * Print-only additions to the shared components' hast:
 * - page-number slots (`data-page-ref`, `data-page-refs`) that paginate.js fills
 *   once it has placed everything — TOC entries get a leader and a slot,
 *   the glossary appendix's "used in" links become page lists;
 * - our own note numbers on footnote calls and bodies (printed as they are; the glossary already numbered the notes for every edition);
 * - the Chinese-only edition's notes, which sit on the Chinese occurrence.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { EditionLanguage } from '../../config/types.ts';
import type { Block, Lang, Publication, TermRef, UnitNode } from '../../model/types.ts';
import { noteBody, type TemplateOptions } from '../../../templates/components/index.ts';
import { eachElement, elementsIn, hasClass } from './walk.ts';

/**
 * The publication as this edition shows it. In the Chinese-only edition the
 * English occurrence that carries each note is not printed, so its Chinese twin
 * (same block, same noteId) carries the note instead.
 */
export function editionPublication(pub: Publication, languages: EditionLanguage): Publication {
  if (languages !== 'zh') return pub;
  const carriers = new Map<string, Set<string>>(); // blockId → noteIds to move
  for (const block of pub.blocks) {
    if (!block.en) continue;
    visit(block.en, 'termRef', (ref: TermRef) => {
      if (ref.first) (carriers.get(block.id) ?? carriers.set(block.id, new Set()).get(block.id)!).add(ref.noteId);
    });
  }
  const swap = new Map<Block, Block>();
  for (const block of pub.blocks) {
    const moving = carriers.get(block.id);
    if (!moving) continue;
    const zh = structuredClone(block.zh) as UnitNode;
    visit(zh, 'termRef', (ref: TermRef) => {
      if (moving.delete(ref.noteId)) ref.first = true;
    });
    swap.set(block, { ...block, zh });
  }
  const map = (b: Block): Block => swap.get(b) ?? b;
  return {
    ...pub,
    blocks: pub.blocks.map(map),
    sections: pub.sections.map((s) => ({ ...s, heading: s.heading && map(s.heading), blocks: s.blocks.map(map) })),
  };
}

const isLocalLink = (node: Element): boolean => node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('#');

/** `parts`: the contents and the back matter (the glossary's lists of uses). */
export function addPageSlots(parts: ReadonlyArray<Element | Root>): void {
  // nav.toc a[href^="#"] (a contents inside another is not walked twice)
  const tocLinks = new Set(elementsIn(elementsIn(parts, (node) => node.tagName === 'nav' && hasClass(node, 'toc')), isLocalLink));
  for (const a of tocLinks) {
    const target = String(a.properties.href).slice(1);
    a.children = [
      h('span.toc-label', a.children),
      h('span.toc-leader', { ariaHidden: 'true' }),
      h('span.toc-page', { dataPageRef: target }),
    ];
  }
  for (const uses of elementsIn(parts, (node) => hasClass(node, 'gloss-uses'))) {
    const ids = elementsIn([uses], isLocalLink).map((a) => String(a.properties.href).slice(1));
    const label = uses.children.find((c) => c.type === 'element' && (c.properties.className as string[] | undefined)?.includes('gloss-uses-label'));
    uses.children = [...(label ? [label] : []), h('span.gloss-pages', { dataPageRefs: ids.join(' ') })];
  }
}

export function addFootnoteNumbers(tree: Root, pub: Publication, options: TemplateOptions, languages: EditionLanguage): void {
  const numbers = new Map(pub.notes.map((n) => [n.noteId, n.noteNumber]));
  const noteLang: Lang = languages === 'zh' ? 'zh' : 'en';
  eachElement(tree, (node, index, parent) => {
    if (!(node.properties.className as string[] | undefined)?.includes('footnote')) return;
    if (node.properties.dataReportNote !== undefined) return; // the report's own notes: report-notes.ts
    const noteId = String(node.properties.dataNote);
    const number = String(numbers.get(noteId) ?? '');
    const termId = pub.notes.find((n) => n.noteId === noteId)?.termId;
    const entry = termId ? options.glossary?.byId.get(termId) : undefined;
    const body: ElementContent[] = entry && noteLang === 'zh' ? chineseFirst(noteBody(entry, 'zh', options)) : node.children;
    node.properties = { ...node.properties, dataNoteId: noteId, id: `fn-${noteId}` };
    node.children = [h('span.fn-num', number), { type: 'text', value: ' ' }, ...body];
    const call = h('sup.fn-call', { dataNoteCall: noteId }, h('a', { href: `#fn-${noteId}` }, number));
    parent.children.splice(index, 0, call);
    return index + 2;
  });
}

/** Chinese-only edition: the note leads with the Chinese term and pinyin, then the English rendering. */
function chineseFirst(body: ElementContent[]): ElementContent[] {
  const byClass = (name: string): ElementContent | undefined =>
    body.find((c) => c.type === 'element' && (c.properties.className as string[] | undefined)?.includes(name));
  const order = ['note-zh', 'pinyin', 'note-term', 'note-text'].map(byClass);
  if (order.some((c) => c === undefined)) return body;
  const space: ElementContent = { type: 'text', value: ' ' };
  return order.flatMap((c, i) => (i === 0 ? [c!] : [space, c!]));
}

/**
 * Chromium names each bookmark after its heading's accessible text, and outline.ts
 * keeps those names for the contents, glossary and colophon: the aria-hidden
 * separator of bilingual labels would vanish (“目录Contents”), so it is made
 * visible to all (“目录 · Contents”). The cover title gets no bookmark (outline.ts
 * drops it), but its two lines still get a space between them, so that the heading's
 * text in the structure tree does not run together (“…报告Report on…”).
 * The text headings' bookmark titles come from the publication (outline.ts).
 */
export function readableBookmarks(tree: Root): void {
  // One walk (hast-util-select's descendant selectors cost ~0.1 s per document here; unist-util-visit ~20 ms: walk.ts).
  const classes = (node: Element) => (node.properties.className as string[] | undefined) ?? [];
  const visible = (heading: Element): void => {
    for (const node of elementsIn([heading], (el) => classes(el).includes('ui-sep'))) delete node.properties.ariaHidden;
  };
  eachElement(tree, (node) => {
    if (!/^h[1-3]$/.test(node.tagName)) return;
    if (node.tagName === 'h1' && classes(node).includes('title')) {
      node.children = node.children.flatMap((child, i): ElementContent[] => (i === 0 ? [child] : [{ type: 'text', value: ' ' }, child]));
    }
    visible(node);
    return 'skip';
  });
}
