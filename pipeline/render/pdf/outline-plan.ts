/**
 * What the PDF outline should hold, from the publication alone (outline.ts
 * writes it into the PDF): the text's headings with their depth, bilingual
 * titles and the printed text of each heading element (to find Chromium's
 * bookmark for it). Headings only, as the contents list them: a bold lead
 * sentence opens a paragraph and is no part of the outline (new user rounds 19
 * and 23 saw a text with one heading list its leads as if they were headings).
 */
import type { EditionLanguage } from '../../config/types.ts';
import type { Lang, Publication } from '../../model/types.ts';
import { displayPublication } from '../../../templates/typographic-quotes.ts';

export interface OutlineHeading {
  kind: 'heading';
  id: string;
  /** Markdown depth: 2 = 一、, 3 = （一）, … */
  depth: number;
  title: string;
  /** Text of each printed heading element of the block, in print order (what Chromium's bookmarks are matched against). */
  sides: Array<{ lang: Lang; text: string }>;
}

export interface OutlinePlan {
  /** In reading order. */
  entries: OutlineHeading[];
  /** The document titles (the cover's heading, which gets no bookmark). */
  coverTitles: string[];
}

/** English outline numbering: `I. `, `(I) `, `1. `, `(1) `. */
const englishNumber = /^\s*(?:[IVXLCDM]+\.|\([IVXLCDM]+\)|\d+\.|\(\d+\))\s+/;

/** zh · en in the bilingual edition, one language otherwise. */
function titleOf(zh: string, en: string | undefined, languages: EditionLanguage): string {
  if (languages === 'zh') return zh;
  if (languages === 'en') return en ?? zh;
  return en ? `${zh} · ${en}` : zh;
}

/**
 * Bilingual titles: the Chinese heading with its numbering, ` · `, the English
 * heading without its numbering (the same position, said once) — e.g.
 * `（四）深化改革，区域发展竞争力进一步彰显 · Deepening reform and …`.
 */
export function outlinePlan(source: Publication, languages: EditionLanguage): OutlinePlan {
  const pub = displayPublication(source); // the English headings and cover titles as the pages print them
  const entries: OutlinePlan['entries'] = [];
  const langs: Lang[] = languages === 'bilingual' ? ['zh', 'en'] : [languages];
  for (const block of pub.blocks) {
    if (block.kind !== 'heading') continue;
    const zh = block.zhText.trim();
    const en = block.enText?.trim() || undefined;
    // A heading without English: the English edition prints the Chinese in its slot (behind a
    // "pending" label); the bilingual one prints only the label there, not as a heading (bilingual-block.ts).
    const sides = langs.filter((lang) => lang === 'zh' || en !== undefined || languages === 'en').map((lang) => ({ lang, text: lang === 'zh' ? zh : (en ?? zh) }));
    const title = titleOf(zh, languages === 'bilingual' ? en?.replace(englishNumber, '') : en, languages);
    entries.push({ kind: 'heading', id: block.id, depth: block.depth ?? 2, title, sides });
  }
  const coverTitles = [pub.meta.zh.title, pub.meta.en?.title].filter((t): t is string => Boolean(t));
  return { entries, coverTitles };
}
