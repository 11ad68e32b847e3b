/**
 * The print document of one PDF edition: the shared components (templates/components)
 * composed as cover · contents · text · glossary · colophon, plus the print-only
 * furniture (page-number slots, footnote numbers) added by furniture.ts, and the
 * head that loads the fonts, print.css and the paginator (paginate.js) from the print origin.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { Glossary } from '../../glossary/types.ts';
import type { Config, EditionLanguage, PdfLayout } from '../../config/types.ts';
import type { Lang, Publication } from '../../model/types.ts';
import { chineseTag } from '../../model/script.ts';
import { termsAsWritten } from '../../glossary/written.ts';
import { reportPageUrl } from '../editions.ts';
import type { Translate } from '../types.ts';
import {
  colophon,
  glossaryAppendix,
  reportNoteIndex,
  textTag,
  section,
  titleBlock,
  toc,
  translationStatus,
  translationStatusText,
  type TemplateOptions,
} from '../../../templates/components/index.ts';
import { printNoteScopes } from './note-scopes.ts';
import { addReportNoteCalls } from './report-notes.ts';
import { splitSideBySideRows } from './rows.ts';
import { displayPublication, typographicQuotes } from '../../../templates/typographic-quotes.ts';
import { chemicalSubscripts } from '../../../templates/chemical-formulas.ts';
import { keepFigureGroupsTogether } from '../../../templates/figure-groups.ts';
import { callsAfterClosingMarks, compressPunctuation, hyphenateEnglish } from './typography.ts';
import { exposeLanguageParts } from './language-parts.ts';
import { paginatorHead } from './paginator.ts';
import { addFootnoteNumbers, addPageSlots, editionPublication, readableBookmarks } from './furniture.ts';
import { elementsIn, firstIn, hasClass } from './walk.ts';
import { printHtml } from './serialize.ts';
import { hanAttribute } from '../../../templates/font-usage.ts';

export interface PrintEdition {
  layout: PdfLayout;
  languages: EditionLanguage;
  paper: 'A4' | 'Letter';
}

export interface DocumentContext {
  t: Record<Lang, Translate>;
  draft: boolean;
  glossary?: Glossary;
  buildDate: Date;
  /** The build's configuration: its `publisher` is named in the colophon, the report's page under `site.baseUrl` linked there. */
  config?: Partial<Pick<Config, 'publisher' | 'site' | 'editions'>>;
}

/** Primary language of an edition: the language of its `<html>` and running title. */
export function primaryLang(languages: EditionLanguage): Lang {
  return languages === 'en' ? 'en' : 'zh';
}

export interface PrintDocumentOptions {
  /**
   * Paginate with paginate.js (the PDF edition). `false` leaves the script out, for
   * Chromium's own print engine alone (the bench's print-only floor).
   * Default true.
   */
  paginate?: boolean;
}

export function printDocument(source: Publication, ctx: DocumentContext, edition: PrintEdition, mode: Readonly<PrintDocumentOptions> = {}): string {
  return `<!doctype html>\n${printHtml(printTree(source, ctx, edition, mode))}`;
}

/** The print document's tree (its `html` element), as printDocument writes it. */
export function printTree(source: Publication, ctx: DocumentContext, edition: PrintEdition, mode: Readonly<PrintDocumentOptions> = {}): Element {
  const paginate = mode.paginate ?? true;
  const pub = editionPublication(printNoteScopes(displayPublication(source)), edition.languages);
  const options: TemplateOptions = {
    edition: 'print',
    t: ctx.t,
    draft: ctx.draft,
    glossary: ctx.glossary,
    languages: edition.languages,
    inlineNotes: true,
    headingLevel: 2,
    reportNotes: reportNoteIndex(pub),
    publisher: ctx.config?.publisher,
    onlineUrl: ctx.config ? reportPageUrl(ctx.config, pub.slug) : undefined,
    zhTag: chineseTag(pub),
    termsWritten: termsAsWritten(pub, ctx.glossary),
  };
  const langs: Lang[] = edition.languages === 'bilingual' ? ['zh', 'en'] : [edition.languages];
  const cover = h('section.cover', [titleBlock(pub, options), ...coverStatus(pub, options, langs)]);

  const appendix = glossaryAppendix(pub, options);
  const extra: Array<[string, string]> = [];
  if (appendix) extra.push(['#glossary', 'glossary']);
  extra.push(['#colophon', 'colophon.heading']);
  // headings only: a bold lead sentence opens a paragraph and is no entry (new user rounds 19 and 23)
  const contents = toc(pub, options, { maxDepth: 3, extra });

  const text = h('main.text', pub.sections.map((sec) => {
    const el = section(sec, options);
    if (sec.heading) {
      (el.properties.className as string[]).push('chapter');
      const head = el.children.find((c): c is Element => c.type === 'element');
      if (head) (head.properties.className as string[]).push('chapter-head');
    }
    return el;
  }));
  const back = [appendix, colophon(pub, options, ctx.buildDate)].filter((e): e is Element => e !== undefined);

  const body = h('body', { className: [`ed-${edition.languages}`, `layout-${edition.layout}`, `paper-${edition.paper.toLowerCase()}`] }, [
    cover,
    contents,
    text,
    h('div.back-matter', back),
  ]);
  const tree: Root = { type: 'root', children: [body] };
  // The furniture looks into the parts it concerns: selectors over the whole tree cost ~0.1 s per document.
  markRunningStrings({ cover, text, back }, edition.languages, textTag(options, 'zh'));
  addPageSlots([contents, ...back]);
  readableBookmarks(tree);
  typographicQuotes(tree);
  chemicalSubscripts(tree);
  keepFigureGroupsTogether(tree);
  addFootnoteNumbers(tree, pub, options, edition.languages);
  addReportNoteCalls(tree, pub);
  callsAfterClosingMarks(tree);
  compressPunctuation(tree);
  hyphenateEnglish(tree);
  if (edition.layout === 'side-by-side' && edition.languages === 'bilingual') splitSideBySideRows(tree);

  const lang = primaryLang(edition.languages);
  exposeLanguageParts(tree, textTag(options, lang));
  const title = [pub.meta.zh.title, pub.meta.en?.title].filter(Boolean).join(' · ');
  const page = h('html', { lang: textTag(options, lang), ...hanAttribute(options.zhTag) }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('title', edition.languages === 'en' ? pub.meta.en?.title ?? title : edition.languages === 'zh' ? pub.meta.zh.title : title),
      h('link', { rel: 'icon', href: 'data:,' }), // or Chromium asks for /favicon.ico
      h('link', { rel: 'stylesheet', href: '/print/fonts.css' }),
      h('link', { rel: 'stylesheet', href: '/print/base.css' }),
      h('link', { rel: 'stylesheet', href: '/print/print.css' }),
      h('style', `@page { size: ${edition.paper === 'Letter' ? '8.5in 11in' : '210mm 297mm'}; }`),
      ...(paginate ? paginatorHead() : []),
    ]),
    body,
  ]);
  return page;
}

/** Which texts feed the running head (print.css: `.run-title`, `.run-section` → string-set). */
function markRunningStrings(parts: { cover: Element; text: Element; back: Element[] }, languages: EditionLanguage, zhTag: string): void {
  const mark = (el: Element | undefined, cls: string): void => {
    if (el) el.properties.className = [...((el.properties.className as string[] | undefined) ?? []), cls];
  };
  // Plain tests in walks of the parts (firstIn, elementsIn), not hast-util-select: its selectors, matched at every
  // element of the text's chapters, were ~13% of the bilingual print document's CPU, made before the first tab.
  const titleLang = languages === 'en' ? 'en' : 'zh';
  mark(firstIn(parts.cover, (el) => hasClass(el, `title-${titleLang}`)), 'run-title');
  // Before the first chapter (and in a text without headings) the bilingual
  // head shows the English title opposite the Chinese one.
  if (languages === 'bilingual') mark(firstIn(parts.cover, (el) => hasClass(el, 'title-en')), 'run-section');
  // The back matter's titles are UI strings, a chapter's heading the report's text: both in its script (zh-Hant in traditional characters).
  const sideLang = languages === 'zh' ? zhTag : 'en';
  const headingLang = languages === 'zh' ? zhTag : 'en';
  for (const title of elementsIn(parts.back, (el) => hasClass(el, 'glossary-title') || hasClass(el, 'colophon-title'))) {
    mark(firstIn(title, (el) => el.properties.lang === sideLang) ?? title, 'run-section');
  }
  const chapters = parts.text.children.filter((child): child is Element => child.type === 'element' && (child.properties.className as string[]).includes('chapter'));
  const pending = (el: Element): boolean => hasClass(el, 'pending');
  for (const chapter of chapters) {
    // .block:first-child — a block that is the first element of its parent
    const heading = firstIn(chapter, (el, parent) => hasClass(el, 'block') && parent?.children.find((c) => c.type === 'element') === el);
    // A heading still without English heads its pages in Chinese: the Chinese heading, or in the English
    // edition the Chinese stand-in inside the pending heading — never the pending marker beside it.
    const within = heading ?? chapter;
    mark(firstIn(within, (el) => el.properties.lang === headingLang && !pending(el)) ?? firstIn(within, (el) => typeof el.properties.lang === 'string' && !pending(el)), 'run-section');
  }
}

/** Translation status lines for the cover (not in the Chinese-only edition). */
function coverStatus(pub: Publication, options: TemplateOptions, langs: Lang[]): Element[] {
  if (!langs.includes('en')) return [];
  const status = translationStatus(pub, options.t);
  return [
    h('div.cover-status', langs.map((lang) =>
      h('p', { lang: textTag(options, lang) }, [
        h('span.cover-status-label', options.t[lang]('colophon.translation')),
        lang === 'zh' ? '：' : ': ',
        translationStatusText(status, lang, options.t),
      ]))),
  ];
}
