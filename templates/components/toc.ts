/** Table of contents from the outline; entries show the numbered heading in each shown language. */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { OutlineEntry, Publication } from '../../pipeline/model/types.ts';
import { chineseWords } from '../chinese-word-breaks.ts';
import { bilingualLabel, chineseBeside, headingTag, shownLangs, uiLabel } from './label.ts';
import { hrefs, langTag, textTag, type TemplateOptions } from './types.ts';

export interface TocOptions {
  /** Deepest heading depth listed. Default 3 (一、 and （一）). */
  maxDepth?: number;
  /** Extra entries after the outline (e.g. the glossary appendix): [href, i18n key or the entry's own label]. */
  extra?: Array<[href: string, label: string | ElementContent[]]>;
  /** id of the `<nav>`. Default `toc`. */
  id?: string;
}

export function toc(pub: Publication, options: TemplateOptions, tocOptions: TocOptions = {}): Element {
  const maxDepth = tocOptions.maxDepth ?? 3;
  const list = (entries: OutlineEntry[]): Element | undefined => {
    const items = entries.filter((e) => e.depth <= maxDepth).map((entry) => {
      const sub = list(entry.children);
      return h('li', [h('a', { href: hrefs.block(options, entry.id) }, entryLabel(entry, options)), ...(sub ? [sub] : [])]);
    });
    return items.length > 0 ? h('ol', items) : undefined;
  };
  const extras = (tocOptions.extra ?? []).map(([href, label]) => h('li.toc-extra', h('a', { href }, typeof label === 'string' ? bilingualLabel(options, label) : label)));
  const top = list(pub.outline) ?? h('ol');
  top.children.push(...extras);
  const title = h(headingTag(options), { className: ['toc-title'] }, bilingualLabel(options, 'contents'));
  return h('nav.toc', { id: tocOptions.id ?? 'toc', ariaLabel: uiLabel(options, 'contents', shownLangs(options).includes('en') ? 'en' : 'zh') }, [title, top]);
}

function entryLabel(entry: OutlineEntry, options: TemplateOptions): ElementContent[] {
  return tocLabel({ zh: entry.zh, en: entry.en }, options);
}

/**
 * The label of a contents entry in each shown language. An English-only edition
 * whose heading (or lead sentence) has no English yet shows the Chinese behind
 * the "translation pending" marker, as the text does: never an empty link.
 */
export function tocLabel(text: { zh: string; en?: string }, options: TemplateOptions): ElementContent[] {
  const langs = shownLangs(options);
  if (langs.length === 1 && langs[0] === 'en' && !text.en) {
    return [h('span', { lang: langTag.en, className: ['toc-en', 'pending'] }, [
      h('span.pending-label', uiLabel(options, 'pending', 'en')),
      ' ',
      h('span', { lang: textTag(options, 'zh') }, text.zh),
    ])];
  }
  return langs.flatMap((lang) => {
    const value = text[lang];
    // a Chinese entry breaks between words, as its heading does (chinese-word-breaks.ts)
    if (value) return [h('span', { lang: textTag(options, lang), className: [`toc-${lang}`] }, lang === 'zh' ? chineseWords(value) : value)];
    if (lang !== 'en') return [];
    // Both languages, the English missing: its slot says so (never an empty link in the English view);
    // the HTML page's English view also shows the Chinese behind the marker (its 对照 view hides that copy in CSS).
    const copy = chineseBeside(options) ? [] : [' ', h('span', { lang: textTag(options, 'zh') }, text.zh)];
    return [h('span', { lang: langTag.en, className: ['toc-en', 'pending'] }, [h('span.pending-label', uiLabel(options, 'pending', 'en')), ...copy])];
  });
}
