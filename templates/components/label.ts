/**
 * UI labels in one or both languages, following `options.languages`:
 * bilingual → `<span lang="zh-Hans">目录</span> <span lang="en">Contents</span>` (目錄 and zh-Hant in an edition of a
 * report in traditional characters: templates/i18n.ts).
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Lang } from '../../pipeline/model/types.ts';
import { textTag, type TemplateOptions } from './types.ts';

/** Languages shown, in display order. */
export function shownLangs(options: TemplateOptions): Lang[] {
  if (options.languages === 'zh') return ['zh'];
  if (options.languages === 'en') return ['en'];
  return ['zh', 'en'];
}

/**
 * Whether a block's Chinese is always printed right beside its English slot: the
 * bilingual EPUB and PDF. There a pending English slot holds only its marker; a copy
 * of the Chinese would print every untranslated paragraph twice. (The HTML edition
 * keeps the copy for its English view; its 对照 view hides it in CSS.)
 */
export function chineseBeside(options: TemplateOptions): boolean {
  return options.edition !== 'html' && shownLangs(options).includes('zh');
}

/** Plain string of a UI key in one language. */
export function uiLabel(options: TemplateOptions, key: string, lang: Lang, values?: Record<string, unknown>): string {
  return options.t[lang](key, values);
}

/** The key in every shown language, each in a `lang` span (separated by a thin divider). */
export function bilingualLabel(options: TemplateOptions, key: string, values?: Record<string, unknown>): ElementContent[] {
  return bilingualText(options, (lang) => options.t[lang](key, values));
}

/** A text in every shown language, set as the UI's labels are: each in a `lang` span, separated by a thin divider. */
export function bilingualText(options: TemplateOptions, textIn: (lang: Lang) => string): ElementContent[] {
  return shownLangs(options).flatMap((lang, i): ElementContent[] => {
    const span = h('span', { lang: textTag(options, lang), className: [`ui-${lang}`] }, textIn(lang));
    return i === 0 ? [span] : [h('span.ui-sep', { ariaHidden: 'true' }, ' · '), span];
  });
}

/** `h<n>` for a component title, `depth` levels below `options.headingLevel` (default 2). */
export function headingTag(options: TemplateOptions, depth = 1): string {
  return `h${Math.min(6, (options.headingLevel ?? 2) + depth - 1)}`;
}
