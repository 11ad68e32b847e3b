/**
 * Title block (the HTML page header, the EPUB title page, the PDF cover):
 * title, occasion/speaker, issuer and date in each shown language, the scope note,
 * and a draft banner when English is missing.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Lang, Meta, Publication } from '../../pipeline/model/types.ts';
import { shownLangs, uiLabel } from './label.ts';
import { langTag, type TemplateOptions } from './types.ts';

function metaOf(pub: Publication, lang: Lang): Meta | undefined {
  return lang === 'zh' ? pub.meta.zh : pub.meta.en;
}

export function titleBlock(pub: Publication, options: TemplateOptions): Element {
  const langs = shownLangs(options).filter((lang) => metaOf(pub, lang)?.title);
  const titleLangs = langs.length > 0 ? langs : (['zh'] as Lang[]);
  const title = h('h1.title', titleLangs.map((lang) => h('span', { lang: langTag[lang], className: [`title-${lang}`] }, metaOf(pub, lang)!.title)));
  const lines: ElementContent[] = [];
  for (const lang of titleLangs) {
    const meta = metaOf(pub, lang)!;
    const parts = [meta.occasion, meta.speaker].filter(Boolean) as string[];
    const date = pub.meta.zh.date ?? meta.date;
    const byline = [meta.issuer, date ? options.t[lang]('date', { date }) : undefined].filter(Boolean).join(lang === 'zh' ? '　' : ' · ');
    lines.push(h('div.title-meta', { lang: langTag[lang], className: [`meta-${lang}`] }, [
      ...parts.map((text) => h('p.occasion', text)),
      ...(byline ? [h('p.byline', byline)] : []),
      ...(meta.scope_note ? [h('p.scope-note', [h('span.scope-badge', options.t[lang](meta.scope === 'full' ? 'colophon.scopeFull' : 'colophon.scopeExcerpt')), ' ', meta.scope_note])] : []),
    ]));
  }
  const pending = pub.blocks.some((b) => !b.en) && shownLangs(options).includes('en');
  const banner = pending
    ? [h('p.draft-banner', { role: options.edition === 'html' ? 'note' : undefined }, shownLangs(options).map((lang) => h('span', { lang: langTag[lang] }, uiLabel(options, 'draftBanner', lang) + ' ')))]
    : [];
  return h('header.title-block', [title, h('div.title-metas', lines), ...banner]);
}
