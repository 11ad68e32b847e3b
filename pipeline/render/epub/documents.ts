/**
 * The XHTML content documents of one EPUB, composed from the shared
 * components (templates/components): title page, one document per top-level
 * section (with its footnotes), glossary appendix and colophon.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import {
  colophon,
  glossaryAppendix,
  reportNoteIndex,
  section,
  shownLangs,
  textTag,
  titleBlock,
  type TemplateOptions,
} from '../../../templates/components/index.ts';
import type { Publisher } from '../../config/types.ts';
import type { Glossary } from '../../glossary/types.ts';
import type { Lang, OutlineEntry, Publication, Section } from '../../model/types.ts';
import { chineseTag } from '../../model/script.ts';
import { termsAsWritten } from '../../glossary/written.ts';
import type { Translate } from '../types.ts';
import { identifyNoteRefs, reportFootnotes, sectionFootnotes } from './footnotes.ts';
import { eachElement, page, withSemantics } from './page.ts';
import type { EpubVariant } from './variant.ts';

export interface Doc {
  /** Manifest id. */
  id: string;
  /** Path relative to the package document. */
  href: string;
  title: string;
  html: Element;
  /** Manifest properties (e.g. `nav`). */
  properties?: string;
}

export interface ComposeInput {
  pub: Publication;
  variant: EpubVariant;
  langs: Lang[];
  t: Record<Lang, Translate>;
  glossary?: Glossary;
  draft: boolean;
  buildDate: Date;
  /** Stylesheets, relative to the package document. */
  styles: readonly string[];
  /** Who publishes the edition (config `publisher`): named in the colophon. */
  publisher?: Publisher;
  /** The report's page in the hosted HTML edition: linked in the colophon. */
  onlineUrl?: string;
}

export const TITLE_PAGE = 'title.xhtml';
export const GLOSSARY_PAGE = 'glossary.xhtml';
export const COLOPHON_PAGE = 'colophon.xhtml';

export function sectionHref(sec: Section): string {
  return `${sec.id}.xhtml`;
}

/** Template options for this EPUB: links point across the split documents. */
export function templateOptions(input: ComposeInput): TemplateOptions {
  const fileOfBlock = new Map<string, string>();
  for (const sec of input.pub.sections) for (const block of sec.blocks) fileOfBlock.set(block.id, sectionHref(sec));
  return {
    edition: 'epub',
    t: input.t,
    draft: input.draft,
    glossary: input.glossary,
    // A book with no English at all (an early draft) is a Chinese book, each block
    // marked 译文待补 (translation pending); a partial translation keeps both
    // sides, the missing ones marked "translation pending".
    languages: input.langs.length === 1 ? input.langs[0] : 'bilingual',
    markPending: input.variant === 'bilingual' && input.langs.length === 1,
    blockHref: (id, anchor = id) => `${fileOfBlock.get(id) ?? ''}#${anchor}`,
    termHref: (termId) => `${GLOSSARY_PAGE}#g-${termId}`,
    // Notes live in the section document that calls them.
    noteHref: (noteId) => `#${noteId}`,
    headingLevel: 1,
    reportNotes: reportNoteIndex(input.pub),
    publisher: input.publisher,
    onlineUrl: input.onlineUrl,
    zhTag: chineseTag(input.pub),
    termsWritten: termsAsWritten(input.pub, input.glossary),
  };
}

/** "一、过去五年工作回顾 · I. A Review of …" — the document title in the shown languages. */
export function joinLangs(texts: Array<string | undefined>): string {
  return texts.filter(Boolean).join(' · ');
}

export function composeDocuments(input: ComposeInput): Doc[] {
  const options = templateOptions(input);
  const primary = input.langs[0];
  const { pub } = input;
  const mk = (id: string, href: string, title: string, body: ElementContent[], bodyType: string): Doc => ({
    id,
    href,
    title,
    html: page({ title, lang: primary, tag: textTag(options, primary), han: options.zhTag, styles: input.styles, body, bodyType }),
  });
  const ui = (key: string) => joinLangs(shownLangs(options).map((lang) => input.t[lang](key)));
  const docs: Doc[] = [];

  const titleLangs = input.langs.filter((lang) => (lang === 'zh' ? pub.meta.zh : pub.meta.en)?.title);
  const bookTitle = joinLangs((titleLangs.length > 0 ? titleLangs : (['zh'] as Lang[])).map((lang) => (lang === 'zh' ? pub.meta.zh : pub.meta.en)?.title));
  docs.push(mk('title-page', TITLE_PAGE, bookTitle, [withSemantics(h('section', [titleBlock(pub, options)]), 'titlepage')], 'frontmatter'));

  const levels = outlineLevels(pub.outline);
  for (const sec of pub.sections) {
    // (the text before the first heading of an excerpt that starts mid-outline is no opening: named as the excerpt's start)
    const frontLabel = ui(sec.excerptStart ? 'frontExcerpt' : 'front');
    const body = section(sec, options, {}, frontLabel);
    relevelHeadings(body, levels);
    if (sec.heading) {
      withSemantics(body, 'chapter', 'doc-chapter');
      body.properties.ariaLabelledBy = [sec.heading.id];
    }
    const calls = identifyNoteRefs(body);
    const notes = [...reportFootnotes(pub, sec, calls, options), ...sectionFootnotes(pub, sec, calls, options, input.langs.includes('en') ? 'en' : 'zh')];
    const title = sec.heading
      ? joinLangs(input.langs.map((lang) => (lang === 'zh' ? sec.heading!.zhText : sec.heading!.enText ?? sec.heading!.zhText)))
      : frontLabel;
    docs.push(mk(`s-${sec.id}`, sectionHref(sec), title, [body, ...notes], 'bodymatter'));
  }

  const glossary = glossaryAppendix(pub, options);
  if (glossary) {
    withSemantics(glossary, 'glossary', 'doc-glossary');
    docs.push(mk('glossary', GLOSSARY_PAGE, ui('glossary'), [glossary], 'backmatter'));
  }

  const about = withSemantics(h('section', [colophon(pub, options, input.buildDate)]), 'colophon', 'doc-colophon');
  docs.push(mk('colophon', COLOPHON_PAGE, ui('colophon.heading'), [about], 'backmatter'));
  return docs;
}

/**
 * Heading level of each heading block from its place in the outline: the
 * top-level heading is h1 in its own document and a level is never skipped
 * (a report may go from 一、 straight to 1.), as assistive technology expects.
 */
export function outlineLevels(outline: readonly OutlineEntry[]): Map<string, number> {
  const levels = new Map<string, number>();
  const walk = (entries: readonly OutlineEntry[], level: number) => {
    for (const entry of entries) {
      levels.set(entry.id, Math.min(6, level));
      walk(entry.children, level + 1);
    }
  };
  walk(outline, 1);
  return levels;
}

/** Set `hN` of the heading sides of each block; the `block-hN` class (its look) keeps the report's depth. */
function relevelHeadings(tree: Element, levels: Map<string, number>): void {
  eachElement(tree, (el) => {
    const level = levels.get(String(el.properties.dataBlock ?? ''));
    if (!level) return;
    for (const child of el.children) if (child.type === 'element' && /^h[1-6]$/.test(child.tagName)) child.tagName = `h${level}`;
  });
}
