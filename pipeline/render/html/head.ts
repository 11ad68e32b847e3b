/**
 * The <head> of an HTML edition page: metadata in both languages, canonical URL,
 * Open Graph, schema.org JSON-LD and a Content-Security-Policy that allows only
 * the page's own files (the inline JSON-LD is allowed by its hash).
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Config } from '../../config/types.ts';
import type { Lang, Publication } from '../../model/types.ts';
import { chineseTag } from '../../model/script.ts';
import type { Translate } from '../types.ts';
import type { OfferedEditions } from '../editions.ts';

export interface HeadOptions {
  title: string;
  /** One description (both languages in one string: HTML allows a single description meta). */
  description: string;
  /** Relative URLs of the page's stylesheet, script and icon. */
  css: string;
  js?: string;
  icon: string;
  /** Absolute URL of this page, when `config.site.baseUrl` is set. */
  canonical?: string;
  jsonLd?: object;
  ogType?: string;
  /** The site's name (config `publisher`): og:site_name. */
  siteName?: string;
  /** A page search engines should not list (the 404 page, fetched by its own name). */
  noindex?: boolean;
}

/** `<script type="application/ld+json">` body: JSON with `<` escaped so it can never close the element. */
function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const hashes = inlineScripts.map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  return [
    "default-src 'none'",
    `script-src 'self'${hashes.map((x) => ` ${x}`).join('')}`,
    "style-src 'self'",
    "font-src 'self'",
    "img-src 'self'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

export function pageHead(options: HeadOptions): Element {
  const jsonLd = options.jsonLd ? jsonLdText(options.jsonLd) : undefined;
  const children: ElementContent[] = [
    h('meta', { charset: 'utf-8' }),
    h('meta', { httpEquiv: 'Content-Security-Policy', content: contentSecurityPolicy(jsonLd ? [jsonLd] : []) }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', options.title),
    h('meta', { name: 'description', content: options.description }),
    h('meta', { name: 'color-scheme', content: 'light dark' }),
    h('meta', { name: 'referrer', content: 'no-referrer' }),
    ...(options.noindex ? [h('meta', { name: 'robots', content: 'noindex' })] : []),
    ...(options.canonical ? [h('link', { rel: 'canonical', href: options.canonical })] : []),
    h('meta', { property: 'og:type', content: options.ogType ?? 'article' }),
    ...(options.siteName ? [h('meta', { property: 'og:site_name', content: options.siteName })] : []),
    h('meta', { property: 'og:title', content: options.title }),
    h('meta', { property: 'og:description', content: options.description }),
    h('meta', { property: 'og:locale', content: 'en_GB' }),
    h('meta', { property: 'og:locale:alternate', content: 'zh_CN' }),
    ...(options.canonical ? [h('meta', { property: 'og:url', content: options.canonical })] : []),
    h('link', { rel: 'icon', href: options.icon, type: 'image/svg+xml' }),
    h('link', { rel: 'stylesheet', href: options.css }),
    ...(options.js ? [h('script', { src: options.js })] : []),
    ...(jsonLd ? [h('script', { type: 'application/ld+json' }, jsonLd)] : []),
  ];
  return h('head', children);
}

/** schema.org Report for the edition, a translation of the Chinese report. */
export function reportJsonLd(pub: Publication, config: Config, canonical: string | undefined, t: Record<Lang, Translate>, offered: OfferedEditions): object {
  const zh = pub.meta.zh;
  const en = pub.meta.en;
  const issuer = zh.issuer ? { '@type': 'GovernmentOrganization', name: zh.issuer, ...(en?.issuer ? { alternateName: en.issuer } : {}) } : undefined;
  // The edition's publisher (config `publisher`), else the issuer; the original is the issuer's.
  const publisher = config.publisher ? { '@type': 'Organization', name: config.publisher.en, ...(config.publisher.zh ? { alternateName: config.publisher.zh } : {}) } : issuer;
  const zhTag = chineseTag(pub);
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: en?.title || zh.title,
    alternateName: en?.title ? zh.title : undefined,
    description: t.en('description', { title: en?.title || zh.title, date: zh.date ?? '', context: offered }),
    inLanguage: en ? [zhTag, 'en'] : [zhTag],
    datePublished: zh.date,
    ...(publisher ? { publisher } : {}),
    ...(canonical ? { url: canonical } : {}),
    translationOfWork: {
      '@type': 'Report',
      name: zh.title,
      inLanguage: zhTag,
      datePublished: zh.date,
      ...(issuer ? { publisher: issuer } : {}),
      ...(zh.source && /^https?:\/\//.test(zh.source) ? { url: zh.source } : {}),
    },
  };
}
