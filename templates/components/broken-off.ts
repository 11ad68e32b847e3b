/**
 * The mark after the last words of an excerpt whose copy breaks off mid-sentence (pipeline/model/broken-off.ts): in each
 * language shown, after that language's text — 〔原文至此中断〕 right after the Chinese, "[the source text breaks off
 * here]" after a space in English. Visible in every edition (the print and the EPUB have no tooltip), in the text's
 * own font, muted.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Block, Lang } from '../../pipeline/model/types.ts';
import { uiLabel } from './label.ts';
import { langTag, type TemplateOptions } from './types.ts';

export function brokenOffMark(block: Block, lang: Lang, options: TemplateOptions): ElementContent[] {
  if (!block.brokenOff) return [];
  const mark = h('span.broken-off', { lang: langTag[lang] }, uiLabel(options, 'brokenOff', lang));
  return lang === 'zh' ? [mark] : [{ type: 'text', value: ' ' }, mark];
}
