/**
 * Chinese may break between any two characters; the HTML page keeps together what a break would split:
 *
 * - a heading's short quoted term: “十四五”, “放管服”, “一网通办” are one name, and a line break inside one
 *   (一、2025年和“十 / 四五”时期工作回顾, seen at 320 and 390 px on whole reports) splits the name the heading
 *   is about. A term longer than KEEP_MAX characters or with a space is left alone;
 * - a figure with the unit after it, in any Chinese text of the page's body: 15天, 10.2万件, 2.5万亿元, 2022年
 *   (减少15 / 天 in a narrow table column, new user round 7; 专项工作报告19 / 项 and 专题询问3 / 次 in a paragraph at
 *   320 px, round 8). A figure with no unit (上升1.31, 5.8%) is left alone; so are the head (the page's title and
 *   description are text only), scripts, styles, and text already kept.
 *
 * Each is wrapped in `span.keep` (screen.css: white-space: nowrap). Anything in another language is left to the
 * browser's line breaking. The HTML page only: the PDF's paginator and the EPUB's reading systems break as before.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';

/** Longest quoted term (characters inside the quotes) kept on one line: a short name, not a quoted sentence. */
export const KEEP_MAX = 8;
const quotedPattern = `“[^“”\\s]{1,${KEEP_MAX}}”`;
const heading = /^h[1-6]$/;
/** A figure and its unit: one character, after the 万/亿/千/百 of the figure's (10.2万件, 2.5万亿元). */
const figurePattern = String.raw`\d[\d.,]*[万亿千百]{0,2}\p{Script=Han}`;
const body = /^body$/;

/** Wrap the short quoted terms of the Chinese headings of `tree` in `span.keep`, in place. */
export function keepQuotedTerms(tree: Root | Element): void {
  keepInside(tree, heading, quotedPattern);
}

/** Wrap each figure with the unit after it, in the Chinese text of `tree`'s body (all of `tree` when it has none), in `span.keep`, in place. */
export function keepFiguresWithUnits(tree: Root | Element): void {
  const hasBody = (node: Root | Element): boolean => node.children.some((c) => c.type === 'element' && (c.tagName === 'body' || hasBody(c)));
  keepInside(tree, hasBody(tree) ? body : /./, figurePattern);
}

/** In the Chinese text of the elements named by `inside`, wrap every match of `pattern` in `span.keep`. */
function keepInside(tree: Root | Element, inside: RegExp, pattern: string): void {
  const all = new RegExp(pattern, 'gu');
  const any = new RegExp(pattern, 'u');
  const walk = (parent: Root | Element, lang: string | undefined, within: boolean): void => {
    parent.children = parent.children.flatMap((child): ElementContent[] => {
      if (child.type === 'element') {
        // (text already kept, and what is not text to read, are left as they are)
        if (/^(script|style|head|title)$/.test(child.tagName) || (Array.isArray(child.properties.className) && child.properties.className.includes('keep'))) return [child];
        const own = typeof child.properties.lang === 'string' ? child.properties.lang : lang;
        walk(child, own, within || inside.test(child.tagName));
        return [child];
      }
      if (child.type !== 'text' || !within || !lang || !/^zh(?!-Latn)/i.test(lang) || !any.test(child.value)) return [child as ElementContent];
      const parts: ElementContent[] = [];
      let at = 0;
      for (const match of child.value.matchAll(all)) {
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
