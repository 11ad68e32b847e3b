/**
 * The site's own files beside the catalogue (editions.ts siteFiles lists them): the page a static host serves
 * for a missing path, the sitemap and robots.txt.
 *
 * A host serves `404.html` at the missing path itself (GitHub Pages, Netlify, nginx's `error_page`), which
 * may be any depth below the site: its stylesheet, icon and links are therefore paths from the host's root
 * (`/reports/duizhao/assets/style.css`, from `site.baseUrl`), the same on the host and on any other host that
 * serves the site at that path. Without a base URL they are relative to the site's top folder (right for a
 * missing page there; the build's summary says the rest).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';
import type { Config } from '../../config/types.ts';
import type { Lang } from '../../model/types.ts';
import { bilingualLabel, type TemplateOptions } from '../../../templates/components/index.ts';
import { sitePath, siteUrl } from '../editions.ts';
import { canonicalUrl, homeLabel } from './page.ts';
import type { Translate } from '../types.ts';
import { pageHead } from './head.ts';
import { hanAttribute } from '../../../templates/font-usage.ts';
import type { ChineseTag } from '../../model/script.ts';

/** How the site's own pages link its files: from the host's root when the base URL is known, else from the site's top folder. */
export function siteHref(config: Pick<Config, 'site'>, rel: string): string {
  return `${sitePath(config) ?? ''}${rel}`;
}

/**
 * `404.html`: the masthead of every page (home: the catalogue), "page not found" in both languages, the way to
 * the catalogue and each report's page (`reportLinks`, the catalogue's entries, their titles h3 under the h2 that links the catalogue).
 */
export function notFoundPage(reportLinks: ElementContent[], ctx: { t: Record<Lang, Translate>; config: Config; zhTag?: ChineseTag }): { html: Element; body: Element } {
  const { t, config, zhTag = 'zh-Hans' } = ctx;
  const options: TemplateOptions = { edition: 'html', t, draft: false, languages: 'bilingual', zhTag };
  const home = siteHref(config, 'index.html');
  const body = h('body', [
    h('header.site-bar.ui', [h('a.home', { href: home }, homeLabel(config.publisher, t, zhTag))]),
    h('main.catalogue.not-found', { id: 'main' }, [
      h('h1', bilingualLabel(options, 'notFound.title')),
      h('p.intro', { lang: zhTag }, t.zh('notFound.text')),
      h('p.intro', { lang: 'en' }, t.en('notFound.text')),
      h('h2', h('a', { href: home }, bilingualLabel(options, 'backToCatalogue'))),
      h('ul', reportLinks),
    ]),
  ]);
  const head = pageHead({
    title: `${t.zh('notFound.title')} · ${t.en('notFound.title')} — ${config.publisher?.en ?? 'Duizhao'}`,
    description: `${t.en('notFound.text')} ${t.zh('notFound.text')}`,
    css: siteHref(config, 'assets/style.css'),
    icon: siteHref(config, 'assets/icon.svg'),
    ogType: 'website',
    siteName: config.publisher?.en,
    // served with status 404 at a missing path; fetched by its own name it is a page that says nothing
    noindex: true,
  });
  return { html: h('html', { lang: 'en', dataView: 'parallel', ...hanAttribute(zhTag) }, [head, body]), body };
}

/** `sitemap.xml` (sitemaps.org 0.9): the catalogue and each listed report's page, by the URLs their canonical links give. */
export function sitemapXml(slugs: readonly string[], config: Config): string {
  const locs = ['./', ...slugs.map((slug) => `${slug}/`)].map((pathname) => canonicalUrl({ config }, pathname)!);
  const urlset = x('urlset', { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' }, locs.flatMap((loc) => [{ type: 'text' as const, value: '\n  ' }, x('url', [x('loc', loc)])]), { type: 'text', value: '\n' });
  return `${toXml({ type: 'root', children: [{ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' }, { type: 'text', value: '\n' }, urlset] })}\n`;
}

/** `robots.txt` at a host's root: every page may be crawled; where the sitemap is. */
export function robotsTxt(config: Pick<Config, 'site'>): string {
  return `User-agent: *\nDisallow:\n\nSitemap: ${siteUrl(config, 'sitemap.xml')}\n`;
}
