/**
 * A Chinese heading keeps a short quoted term on one line: “十四五”, “放管服”, “一网通办” are one
 * name, and a line break inside one (一、2025年和“十 / 四五”时期工作回顾, seen at 320 and 390 px on
 * whole reports) splits the name the heading is about. Chinese may break between any two characters,
 * so the HTML page wraps each such term of a heading's own text in `span.keep` (screen.css:
 * white-space: nowrap). A term longer than KEEP_MAX characters, one with a space, and anything outside
 * a heading or in another language are left to the browser's line breaking.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';

/** Longest quoted term (characters inside the quotes) kept on one line: a short name, not a quoted sentence. */
export const KEEP_MAX = 8;
const pattern = `“[^“”\\s]{1,${KEEP_MAX}}”`;
const term = new RegExp(pattern, 'g');
const hasTerm = new RegExp(pattern);
const heading = /^h[1-6]$/;

/** Wrap the short quoted terms of the Chinese headings of `tree` in `span.keep`, in place. */
export function keepQuotedTerms(tree: Root | Element): void {
  const walk = (parent: Root | Element, lang: string | undefined, inHeading: boolean): void => {
    parent.children = parent.children.flatMap((child): ElementContent[] => {
      if (child.type === 'element') {
        const own = typeof child.properties.lang === 'string' ? child.properties.lang : lang;
        walk(child, own, inHeading || heading.test(child.tagName));
        return [child];
      }
      if (child.type !== 'text' || !inHeading || !lang || !/^zh(?!-Latn)/i.test(lang) || !hasTerm.test(child.value)) return [child as ElementContent];
      const parts: ElementContent[] = [];
      let at = 0;
      for (const match of child.value.matchAll(term)) {
        if (match.index > at) parts.push({ type: 'text', value: child.value.slice(at, match.index) });
        parts.push(h('span.keep', match[0]));
        at = match.index + match[0].length;
      }
      if (at < child.value.length) parts.push({ type: 'text', value: child.value.slice(at) });
      return parts;
    }) as typeof parent.children;
  };
  walk(tree, tree.type === 'element' && typeof tree.properties.lang === 'string' ? tree.properties.lang : undefined, false);
}
