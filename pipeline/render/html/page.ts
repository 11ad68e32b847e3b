/**
 * The HTML edition page of one publication: the shared components inside a shell
 * with the view switch (对照 / 中文 / English), sticky contents, downloads, the
 * glossary popover and the copy-link toast.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import {
  bilingualLabel,
  colophon,
  glossaryAppendix,
  REPORT_NOTES_ID,
  reportNoteIndex,
  reportNoteList,
  reportNotesTitle,
  section,
  titleBlock,
  toc,
  type TemplateOptions,
} from '../../../templates/components/index.ts';
import type { Publisher } from '../../config/types.ts';
import type { Lang, Publication } from '../../model/types.ts';
import { chineseTag, nameTag } from '../../model/script.ts';
import { termsAsWritten } from '../../glossary/written.ts';
import { editionFiles, offeredEditionsContext, siteUrl, type EditionFile } from '../editions.ts';
import type { RenderContext, Translate } from '../types.ts';
import { displayPublication, typographicQuotes } from '../../../templates/typographic-quotes.ts';
import { namedTitle } from '../../../templates/components/named-title.ts';
import { keepFigureGroupsTogether } from '../../../templates/figure-groups.ts';
import { keepFiguresWithUnits, keepQuotedTerms } from '../../../templates/keep-quoted-terms.ts';
import { hyphenateTableCells } from '../../../templates/hyphenate.ts';
import { chemicalSubscripts } from '../../../templates/chemical-formulas.ts';
import { pageHead, reportJsonLd } from './head.ts';
import { reportDateText } from '../../../templates/components/report-date.ts';
import { hanAttribute } from '../../../templates/font-usage.ts';

export interface Download {
  edition: EditionFile['edition'];
  href: string;
  key: string;
  type: string;
}

/** The label key of a downloadable file (templates/locales). */
function downloadKey(file: EditionFile): string {
  const lang = { bilingual: '', en: 'En', zh: 'Zh' }[file.languages];
  if (file.edition === 'epub') return `downloadEpub${lang}`;
  return file.languages === 'bilingual' && file.layout === 'side-by-side' ? 'downloadPdfSideBySide' : `downloadPdf${lang}`;
}

/**
 * The downloads the page links: the files of the other editions that exist beside
 * it after the build (`ctx.downloads`, filled by the build from the renderers'
 * list, pipeline/render/editions.ts), else every file the config asks for.
 */
export function downloadsFor(pub: Publication, ctx: Pick<RenderContext, 'config' | 'downloads'>): Download[] {
  const files = ctx.downloads ?? editionFiles(pub.slug, ctx.config, ctx.config.editions);
  return files.map((file) => ({ edition: file.edition, href: file.file, key: downloadKey(file), type: file.edition === 'epub' ? 'application/epub+zip' : 'application/pdf' }));
}

export function canonicalUrl(ctx: Pick<RenderContext, 'config'>, pathname: string): string | undefined {
  return siteUrl(ctx.config, pathname);
}

export function reportPage(source: Publication, ctx: RenderContext): { tree: Root; body: Element } {
  const pub = displayPublication(source);
  const options: TemplateOptions = { edition: 'html', t: ctx.t, draft: ctx.draft, glossary: ctx.glossary, languages: 'bilingual', reportNotes: reportNoteIndex(pub), publisher: ctx.config.publisher, zhTag: chineseTag(pub), termsWritten: termsAsWritten(pub, ctx.glossary) };
  const { t } = ctx;
  const zh = pub.meta.zh;
  const en = pub.meta.en;
  const appendix = glossaryAppendix(pub, options);
  const reportNotes = reportNoteList(pub, options);
  // An excerpt may start below 一、 (Haidian starts at （四）): its top heading level becomes h2 under the h1 title.
  const depths = pub.blocks.filter((b) => b.kind === 'heading').map((b) => b.depth ?? 2);
  const headingShift = depths.length > 0 ? 2 - Math.min(...depths) : 0;
  const downloads = downloadsFor(pub, ctx);
  const offered = offeredEditionsContext(downloads.map((d) => d.edition));
  const header = titleBlock(pub, options);
  if (downloads.length > 0) {
    header.children.push(h('ul.downloads.ui', { ariaLabel: t.en('downloads') }, downloads.map((d) => h('li', h('a', { href: d.href, type: d.type, download: '' }, bilingualLabel(options, d.key))))));
  }
  const viewButton = (view: string, lang: string | undefined, label: string) =>
    h('button', { type: 'button', dataView: view, ariaPressed: view === 'parallel' ? 'true' : 'false', lang }, label);
  const body = h('body', { dataCopied: `${t.zh('linkCopied')} · ${t.en('linkCopied')}` }, [
    h('a.skip-link.ui', { href: '#main' }, t.en('skip')),
    h('header.site-bar.ui', [
      h('a.home', { href: '../index.html' }, homeLabel(ctx.config.publisher, t, options.zhTag)),
      h('div.view-switch', { role: 'group', ariaLabel: `${t.en('view.label')} / ${t.zh('view.label')}` }, [
        viewButton('parallel', options.zhTag, t.zh('view.parallelNative')),
        viewButton('zh', options.zhTag, t.zh('lang.zhNative')),
        viewButton('en', 'en', t.en('lang.enNative')),
      ]),
    ]),
    h('div.layout', [
      // A closed <details> on phones (the contents would push the text a screen down); app.js opens it on wide screens.
      h('details.sidebar', [
        h('summary.ui', bilingualLabel(options, 'contents')),
        toc(pub, options, {
          extra: [
            ...(reportNotes ? [[`#${REPORT_NOTES_ID}`, reportNotesTitle(pub, options)] as [string, ElementContent[]]] : []),
            ...(appendix ? [['#glossary', 'glossary'] as [string, string]] : []),
            ['#colophon', 'colophon.heading'],
          ],
        }),
      ]),
      h('main', { id: 'main' }, [header, ...pub.sections.map((sec) => section(sec, options, { headingShift })), ...(reportNotes ? [reportNotes] : []), ...(appendix ? [appendix] : []), colophon(pub, options, ctx.buildDate)]),
    ]),
    h('div.popover', { id: 'term-popover', popover: 'auto', role: 'dialog', ariaLabel: t.en('popoverLabel') }, [
      h('button.pop-close.ui', { type: 'button', ariaLabel: t.en('close') }, h('span', { ariaHidden: 'true' }, '×')),
      h('div.pop-body'),
      h('a.pop-more.ui', { href: '#glossary' }, bilingualLabel(options, 'toGlossary')),
    ]),
    ...(reportNotes
      ? [h('div.popover', { id: 'note-popover', popover: 'auto', role: 'dialog', ariaLabel: t.en('reportNotePopover') }, [
          h('button.pop-close.ui', { type: 'button', ariaLabel: t.en('close') }, h('span', { ariaHidden: 'true' }, '×')),
          h('div.pop-body'),
          h('a.pop-more.ui', { href: `#${REPORT_NOTES_ID}` }, bilingualLabel(options, 'reportNoteMore')),
        ])]
      : []),
    h('div.toast.ui', { id: 'toast', role: 'status', ariaLive: 'polite' }),
  ]);
  const canonical = canonicalUrl(ctx, `${pub.slug}/`);
  // (a title that does not name its issuer is followed by it here, away from the title block: named-title.ts)
  const title = [namedTitle(pub.meta, 'zh'), namedTitle(pub.meta, 'en')].filter(Boolean).join(' · ');
  const head = pageHead({
    title,
    description: [
      en ? t.en('description', { title: en.title, date: reportDateText(pub, t.en) ?? '', context: offered }) : undefined,
      t.zh('description', { title: zh.title, date: reportDateText(pub, t.zh) ?? '', context: offered }),
    ].filter(Boolean).join(' '),
    css: 'assets/style.css',
    js: 'assets/app.js',
    icon: 'assets/icon.svg',
    canonical,
    siteName: ctx.config.publisher?.en,
    jsonLd: reportJsonLd(pub, ctx.config, canonical, t, offered),
  });
  const html = h('html', { lang: 'en', className: ['no-js'], dataView: 'parallel', ...hanAttribute(options.zhTag) }, [head, body as ElementContent]);
  typographicQuotes(html);
  chemicalSubscripts(html);
  keepFigureGroupsTogether(html);
  keepQuotedTerms(html);
  keepFiguresWithUnits(html);
  hyphenateTableCells(html);
  return { tree: { type: 'root', children: [{ type: 'doctype' }, html] }, body };
}

/** The masthead's link to the catalogue: the publisher's name (config `publisher`), else 对照 Duizhao (對照 in `zhTag` zh-Hant). */
export function homeLabel(publisher: Publisher | undefined, t: Record<Lang, Translate>, zhTag = 'zh-Hans'): Array<Element | string> {
  if (!publisher) return [h('strong', { lang: zhTag }, t.zh('home')), ' ', h('span', t.en('home'))];
  return [...(publisher.zh ? [h('strong', { lang: nameTag(publisher.zh, zhTag) }, publisher.zh), ' '] : []), h('span', publisher.en)];
}
