/** `dist/index.html`, the catalogue, and the site's other own files. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Config } from '../../config/types.ts';
import type { Lang, Publication } from '../../model/types.ts';
import { siteFiles, type OfferedEditions } from '../editions.ts';
import type { RenderedFile, Translate } from '../types.ts';
import { writeAssets } from './assets.ts';
import { displayPublication, typographicQuotes } from '../../../templates/typographic-quotes.ts';
import { chineseWords } from '../../../templates/chinese-word-breaks.ts';
import { pageHead } from './head.ts';
import { reportDate, reportDateText } from '../../../templates/components/report-date.ts';
import { canonicalUrl } from './page.ts';
import { chineseTag, nameTag, type ChineseTag } from '../../model/script.ts';
import { translationDateStyle } from '../../model/date-style.ts';
import { notFoundPage, robotsTxt, siteHref, sitemapXml } from './site.ts';
import type { Element } from 'hast';
import { hanAttribute } from '../../../templates/font-usage.ts';

export interface CatalogueContext {
  distDir: string;
  t: Record<Lang, Translate>;
  /**
   * The translators of a script and English date style, as the editions get them (core/run.ts: the house's style first,
   * else the one given): each report's date is printed in the style of its translation (model/date-style.ts). Without
   * it, every date in `t`'s style.
   */
  translators?: (script: ChineseTag, dateStyle?: 'month-day' | 'day-month') => Promise<Record<Lang, Translate>>;
  config: Config;
  cacheDir?: string;
  offered?: OfferedEditions;
}

/**
 * The catalogue's job: `dist/index.html`, the list of publications, newest first, and the site's other own
 * files (editions.ts siteFiles: the 404 page, the sitemap, robots.txt), with the `assets/` they share.
 */
export async function renderCatalogue(pubs: Publication[], ctx: CatalogueContext): Promise<RenderedFile[]> {
  // A site whose every report is in traditional characters (a Hong Kong or Macao publisher's) has its own pages in them
  // too: their Chinese words in traditional characters, tagged zh-Hant, set in the TC faces as the reports' pages are.
  const siteTag = siteScript(pubs);
  const t = siteTag === 'zh-Hant' && ctx.translators ? await ctx.translators(siteTag) : ctx.t;
  // Each report's English date in the style its editions print it (the house's, else its translation's: new user round 28,
  // round 27's gap — the list said "15 December 2021" beside an edition saying "December 15, 2021").
  const dateStyles = new Map<string, Translate>();
  for (const pub of pubs) if (ctx.translators) dateStyles.set(pub.slug, (await ctx.translators('zh-Hans', translationDateStyle(pub))).en);
  const entry = (pub: Publication, options: { href: string; title: 'h2' | 'h3' }) => catalogueEntry(pub, t, options, dateStyles.get(pub.slug));
  const intro = { zh: t.zh('catalogueIntro', { context: ctx.offered ?? '' }), en: t.en('catalogueIntro', { context: ctx.offered ?? '' }) };
  // Dated as every edition dates a report (report-date.ts: zh.md's date, else en.md's), newest first.
  const dateOf = (pub: Publication) => reportDate(pub)?.date ?? '';
  const sorted = pubs.map(displayPublication).sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.slug.localeCompare(b.slug));
  const publisher = ctx.config.publisher;
  const body = h('body', [
    h('main.catalogue', { id: 'main' }, [
      ...(publisher ? [h('p.publisher', [...(publisher.zh ? [h('span', { lang: nameTag(publisher.zh, siteTag) }, publisher.zh), h('span.ui-sep', { ariaHidden: 'true' }, ' · ')] : []), h('span', publisher.en)])] : []),
      h('h1', [h('span', { lang: siteTag }, t.zh('catalogue')), h('span.ui-sep', { ariaHidden: 'true' }, ' · '), h('span', t.en('catalogue'))]),
      h('p.intro', { lang: siteTag }, intro.zh),
      h('p.intro', intro.en),
      h('ul', sorted.map((pub) => entry(pub, { href: `${pub.slug}/index.html`, title: 'h2' }))),
    ]),
  ]);
  const head = pageHead({
    title: `${t.zh('catalogue')} · ${t.en('catalogue')} — ${publisher?.en ?? 'Duizhao'}`,
    description: `${intro.en} ${intro.zh}`,
    css: 'assets/style.css',
    icon: 'assets/icon.svg',
    canonical: canonicalUrl(ctx, './'),
    ogType: 'website',
    siteName: publisher?.en,
  });
  const notFound = notFoundPage(sorted.map((pub) => entry(pub, { href: siteHref(ctx.config, `${pub.slug}/index.html`), title: 'h3' })), { t, config: ctx.config, zhTag: siteTag });
  const { files } = siteFiles(ctx.config);
  const texts: Record<string, () => string> = {
    'index.html': () => htmlDocument(h('html', { lang: 'en', dataView: 'parallel', ...hanAttribute(siteTag) }, [head, body])),
    '404.html': () => htmlDocument(notFound.html),
    'sitemap.xml': () => sitemapXml(sorted.map((pub) => pub.slug), ctx.config),
    'robots.txt': () => robotsTxt(ctx.config),
  };
  await mkdir(ctx.distDir, { recursive: true });
  const written: RenderedFile[] = [];
  for (const file of files) {
    const text = texts[file]();
    await writeFile(path.join(ctx.distDir, file), text);
    written.push({ path: file, bytes: Buffer.byteLength(text), edition: 'html' });
  }
  // one stylesheet and one set of font subsets for both pages
  const assets = await writeAssets(ctx.distDir, { type: 'root', children: [body, notFound.body] }, { script: false, cacheDir: ctx.cacheDir, han: siteTag });
  return [...written, ...assets.map((a) => ({ path: a.path, bytes: a.bytes, edition: 'html' as const }))];
}

/** The script of the site's own pages: zh-Hant when every report listed is in traditional characters, else zh-Hans. */
export function siteScript(pubs: readonly Publication[]): ChineseTag {
  return pubs.length > 0 && pubs.every((pub) => chineseTag(pub) === 'zh-Hant') ? 'zh-Hant' : 'zh-Hans';
}

/** A page of the site's own as served: its quotes typographic, doctype first. */
function htmlDocument(page: Element): string {
  typographicQuotes(page);
  return toHtml({ type: 'root', children: [{ type: 'doctype' }, page] }, { upperDoctype: true }) + '\n';
}

/**
 * One report in a list of reports: its Chinese title (a heading: h2 in the catalogue, h3 under the 404 page's h2), English title, issuer and date
 * (in `dateEn`'s style, the report's editions'; else `t`'s); a link to its page.
 */
function catalogueEntry(pub: Publication, t: Record<Lang, Translate>, options: { href: string; title: 'h2' | 'h3' }, dateEn: Translate = t.en): Element {
  const { zh, en } = pub.meta;
  const date = reportDateText(pub, dateEn);
  const zhTag = chineseTag(pub);
  const meta = [...(zh.issuer ? [h('span', { lang: zhTag }, zh.issuer)] : []), ...(date ? [h('span.keep', { lang: 'en' }, date)] : [])];
  return h('li', h('a', { href: options.href }, [
    h(`${options.title}.cat-title-zh`, { lang: zhTag }, chineseWords(zh.title)),
    ...(en?.title ? [h('span.cat-title-en', { lang: 'en' }, en.title)] : []),
    h('span.cat-meta', meta.flatMap((part, i) => (i > 0 ? [' · ', part] : [part]))),
  ]));
}
