/**
 * The XHTML page shell every EPUB content document shares, plus small hast
 * helpers for EPUB semantics (epub:type with its matching DPUB-ARIA role).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Lang } from '../../model/types.ts';
import { typographicQuotes } from '../../../templates/typographic-quotes.ts';
import { chemicalSubscripts } from '../../../templates/chemical-formulas.ts';
import { keepFigureGroupsTogether } from '../../../templates/figure-groups.ts';
import { hanAttribute } from '../../../templates/font-usage.ts';

export const LANG_TAG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

export interface PageInput {
  title: string;
  lang: Lang;
  /** The `<html lang>` when not the language's default tag: a document of a report in traditional characters (zh-Hant), its text and the edition's words around it. */
  tag?: string;
  /** The script of the report's Chinese (its zhTag): zh-Hant sets the document's Chinese in the TC faces (font-usage.ts hanAttribute). */
  han?: string;
  /** Stylesheets, relative to the page. */
  styles: readonly string[];
  body: ElementContent[];
  /** `epub:type` of `<body>` (e.g. `bodymatter`, `frontmatter`, `backmatter`). */
  bodyType?: string;
  /** Class of `<body>` (e.g. `cover-page`, which drops the page margin). */
  bodyClass?: string;
}

export function page(input: PageInput): Element {
  const html = h('html', { lang: input.tag ?? LANG_TAG[input.lang], ...hanAttribute(input.han) }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('title', input.title),
      ...input.styles.map((href) => h('link', { rel: 'stylesheet', type: 'text/css', href })),
    ]),
    h('body', { 'epub:type': input.bodyType, className: input.bodyClass ? [input.bodyClass] : undefined }, input.body),
  ]);
  typographicQuotes(html);
  chemicalSubscripts(html);
  keepFigureGroupsTogether(html);
  return html;
}

/** Give an element an EPUB structural semantic and the DPUB-ARIA role that matches it. */
export function withSemantics(element: Element, epubType: string, role?: string): Element {
  element.properties = { ...element.properties, 'epub:type': epubType, role: role ?? element.properties.role };
  return element;
}

/** Depth-first walk over the elements of a hast tree. */
export function eachElement(node: Element | ElementContent, fn: (element: Element) => void): void {
  if (node.type !== 'element') return;
  fn(node);
  for (const child of node.children) eachElement(child, fn);
}

/** The value of an `epub:type` attribute, however hastscript stored the property. */
export function epubType(element: Element): string | undefined {
  const value = element.properties['epub:type'] ?? element.properties.epubType;
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : undefined;
}
