/**
 * One aligned block: `<div data-block="<id>">` with a `lang="zh-Hans"` child and a
 * `lang="en"` child (markup contract), in the order of reading. Headings keep their
 * government numbering (一、/ I.) because it is part of the text.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { Block, Lang, TermRef } from '../../pipeline/model/types.ts';
import { withWordBreaks } from '../chinese-word-breaks.ts';
import { brokenOffMark } from './broken-off.ts';
import { inlineContent } from './inline.ts';
import { chineseBeside, shownLangs, uiLabel } from './label.ts';
import { langTag, textTag, type TemplateOptions } from './types.ts';

export interface BlockOptions {
  /** Added to heading depth (block depth 2 → h2 by default). */
  headingShift?: number;
}

/** The element of one side; `pending` when the English is missing (Chinese shown with a marker). */
export function blockSide(block: Block, lang: Lang, options: TemplateOptions, blockOptions: BlockOptions = {}): Element {
  const tag = block.kind === 'heading' ? `h${Math.min(6, (block.depth ?? 2) + (blockOptions.headingShift ?? 0))}` : 'p';
  const className: string[] = [lang];
  if (lang === 'zh' || block.en) {
    const node = lang === 'zh' ? block.zh : block.en!;
    if (lang === 'en' && block.enState === 'mt') className.push('mt');
    const content = lang === 'zh' && titled(block) ? withWordBreaks(inlineContent(node, lang, block.id, options)) : inlineContent(node, lang, block.id, options);
    // a Chinese-only draft: the marker, in the book's language, says the English is still to come
    if (lang === 'zh' && !block.en && options.markPending) {
      content.unshift(h('span.pending-label', { title: uiLabel(options, 'pendingTitle', 'zh') }, uiLabel(options, 'pending', 'zh')), { type: 'text', value: ' ' });
    }
    content.push(...brokenOffMark(block, lang, options));
    return h(tag, { lang: textTag(options, lang), className, dataState: lang === 'en' ? block.enState : undefined }, content);
  }
  // No English: a visible marker, in every edition. Where the Chinese is not printed right
  // beside it (an English edition, or the HTML, whose English view hides the Chinese side),
  // the Chinese follows the marker in its own language. Where the Chinese side is shown too,
  // it carries the block's notes: the copy here calls none (a bilingual PDF printed each such
  // note twice).
  className.push('pending');
  const label = h('span.pending-label', { title: uiLabel(options, 'pendingTitle', 'en') }, uiLabel(options, 'pending', 'en'));
  // Only the marker: not a heading of its own (no "Translation pending" in the headings, bookmarks or structure tree).
  if (chineseBeside(options)) return h('p', { lang: langTag.en, className }, [label]);
  const zh = shownLangs(options).includes('zh') ? withoutNoteCalls(block.zh) : block.zh;
  const standIn = inlineContent(zh, 'en', block.id, options);
  return h(tag, { lang: langTag.en, className }, [label, ' ', h('span', { lang: textTag(options, 'zh') }, titled(block) ? withWordBreaks(standIn) : standIn)]);
}

/** A heading or a box title: its Chinese breaks only between words (chinese-word-breaks.ts; paragraphs are justified running text). */
function titled(block: Block): boolean {
  return block.kind === 'heading' || block.kind === 'title';
}

/** A copy of a block's tree whose glossary occurrences call no note (`first: false`). */
function withoutNoteCalls<T extends Block['zh']>(node: T): T {
  const copy = structuredClone(node);
  visit(copy, 'termRef', (ref: TermRef) => {
    ref.first = false;
  });
  return copy;
}

/** The aligned block. In the HTML edition it also carries a copy-link anchor (`a.anchor`). */
export function bilingualBlock(block: Block, options: TemplateOptions, blockOptions: BlockOptions = {}): Element {
  const className = ['block', block.kind === 'heading' ? `block-h${block.depth ?? 2}` : block.kind === 'title' ? 'block-title' : 'block-p'];
  if (block.lead) className.push('has-lead');
  if (!block.en) className.push('is-pending');
  const children: ElementContent[] = shownLangs(options).map((lang) => blockSide(block, lang, options, blockOptions));
  if (options.edition === 'html') {
    const key = block.kind === 'heading' ? 'copyLinkHeading' : 'copyLink';
    children.push(h('a.anchor', { href: `#${block.id}`, ariaLabel: uiLabel(options, key, 'en') }, h('span', { ariaHidden: 'true' }, '#')));
  }
  return h('div', { id: block.id, dataBlock: block.id, className }, children);
}
