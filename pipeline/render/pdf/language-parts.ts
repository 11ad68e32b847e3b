/**
 * The language of each part of a PDF edition, for screen readers (WCAG 3.1.2, PDF/UA 7.2): Chromium writes an element's
 * `lang` as the /Lang of its structure element, but only for elements in its accessibility tree, and a plain span (or
 * `i`, `q`, `cite`, `bdi`) is left out of it — the Chinese term and its pinyin in a note or glossary entry of the English
 * edition reached the PDF with no /Lang, read in the English voice. A global ARIA attribute keeps an element in the tree;
 * `aria-busy="false"` is the one whose value is every element's default, so it says nothing else to anyone.
 */
import type { Element, Root } from 'hast';

/** Marks every element whose `lang` differs from the language it sits in (`documentLang` at the top) so Chromium tags it. */
export function exposeLanguageParts(tree: Root | Element, documentLang: string): void {
  const walk = (parent: Root | Element, inherited: string): void => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      const lang = typeof child.properties.lang === 'string' ? child.properties.lang : inherited;
      if (lang !== inherited) child.properties.ariaBusy = 'false';
      walk(child, lang);
    }
  };
  walk(tree, documentLang);
}
