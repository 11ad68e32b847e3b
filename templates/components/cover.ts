/**
 * Title block (the HTML page header, the EPUB title page, the PDF cover):
 * title and its subtitle (deck), occasion/speaker, issuer and date in each shown language, the scope note,
 * and a draft banner when English is missing.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Lang, Meta, Publication } from '../../pipeline/model/types.ts';
import { chineseWords } from '../chinese-word-breaks.ts';
import { shownLangs, uiLabel } from './label.ts';
import { reportDateText } from './report-date.ts';
import { textTag, type TemplateOptions } from './types.ts';

function metaOf(pub: Publication, lang: Lang): Meta | undefined {
  return lang === 'zh' ? pub.meta.zh : pub.meta.en;
}

export function titleBlock(pub: Publication, options: TemplateOptions): Element {
  const langs = shownLangs(options).filter((lang) => metaOf(pub, lang)?.title);
  const titleLangs = langs.length > 0 ? langs : (['zh'] as Lang[]);
  const title = h('h1.title', titleLangs.map((lang) => {
    const text = metaOf(pub, lang)!.title;
    return h('span', { lang: textTag(options, lang), className: [`title-${lang}`] }, lang === 'zh' ? chineseWords(text) : text);
  }));
  // The deck under the title, in each language that has one (an English edition without the English deck prints none,
  // as it prints no occasion it lacks; front-matter-english says it is missing).
  const subtitleLangs = titleLangs.filter((lang) => metaOf(pub, lang)!.subtitle);
  const subtitle = subtitleLangs.length === 0 ? [] : [h('p.subtitle', subtitleLangs.map((lang) => {
    const text = metaOf(pub, lang)!.subtitle!;
    return h('span', { lang: textTag(options, lang), className: [`subtitle-${lang}`] }, lang === 'zh' ? chineseWords(text) : text);
  }))];
  const lines: ElementContent[] = [];
  for (const lang of titleLangs) {
    const meta = metaOf(pub, lang)!;
    const parts = [meta.occasion, meta.speaker].filter(Boolean) as string[];
    // The date stays on one line (a narrow screen broke "2022年1 / 月25日", "25 / January 2022": new user, round 8).
    const date = reportDateText(pub, options.t[lang]);
    const byline: ElementContent[] = [];
    // (new user round 33) A speaker who reports as the issuing department, "房县发展和改革局 刘明德" / "Liu Mingde, Fangxian County
    // Development and Reform Bureau", has named the issuer already: the byline gives the date alone (was: the bureau twice).
    const issuer = meta.issuer && !(meta.speaker && compactText(meta.speaker).includes(compactText(meta.issuer))) ? meta.issuer : undefined;
    if (issuer) byline.push({ type: 'text', value: issuer });
    if (issuer && date) byline.push({ type: 'text', value: lang === 'zh' ? '　' : ' · ' });
    if (date) byline.push(h('span.keep', date));
    lines.push(h('div.title-meta', { lang: textTag(options, lang), className: [`meta-${lang}`] }, [
      ...parts.map((text) => h('p.occasion', text)),
      ...(byline.length > 0 ? [h('p.byline', byline)] : []),
      // (new user round 37) the report's scope is zh.md's (en.md has none): the English badge of a full text said "Excerpt"
      ...(meta.scope_note ? [h('p.scope-note', scopeNote(meta.scope_note, options.t[lang]((pub.meta.zh.scope ?? meta.scope) === 'full' ? 'colophon.scopeFull' : 'colophon.scopeExcerpt')))] : []),
    ]));
  }
  const pending = pub.blocks.some((b) => !b.en) && (shownLangs(options).includes('en') || options.markPending === true);
  const banner = pending
    ? [h('p.draft-banner', { role: options.edition === 'html' ? 'note' : undefined }, shownLangs(options).map((lang) => h('span', { lang: textTag(options, lang) }, uiLabel(options, pub.blocks.some((b) => b.en) ? 'draftBanner' : 'draftBannerNone', lang) + ' ')))]
    : [];
  return h('header.title-block', [title, ...subtitle, h('div.title-metas', lines), ...banner]);
}

/**
 * The scope note after its badge (节选 / Excerpt) — or alone, when it opens with that label itself ("节选：…",
 * "Excerpt: …", "节选，非报告全文" as earlier projects write it): the badge would say it twice.
 */
function scopeNote(note: string, label: string): ElementContent[] {
  const opensWithLabel = note.toLowerCase().startsWith(label.toLowerCase()) && /^[：:，,]/.test(note.slice(label.length).trimStart());
  return opensWithLabel ? [{ type: 'text', value: note }] : [h('span.scope-badge', label), { type: 'text', value: ' ' }, { type: 'text', value: note }];
}

/** A name without its spaces and case, to find it in another line ("房县发展和改革局 刘明德"). */
const compactText = (text: string) => text.replace(/\s+/gu, '').toLowerCase();
