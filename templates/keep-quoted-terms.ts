/**
 * Chinese may break between any two characters; the HTML page keeps together what a break would split:
 *
 * - a heading's short quoted term: “十四五”, “放管服”, “一网通办” are one name, and a line break inside one
 *   (一、2025年和“十 / 四五”时期工作回顾, seen at 320 and 390 px on whole reports) splits the name the heading
 *   is about. A term longer than KEEP_MAX characters or with a space is left alone;
 * - a heading's number in Chinese numerals whose zero is typed as a circle, as Macao's and Hong Kong's documents type it:
 *   二○二○年 (U+25CB) is no Han letter run to `keep-all`, so the browser broke the title "…及二○二 / ○年財政年度…" at
 *   320 px (new user round 27); 二〇二〇年 with the numeral zero is one word already;
 * - a table cell's figure with the unit after it: 15天, 10.2万件, 2022年 (减少15 / 天 in a narrow column, seen at
 *   320 and 390 px on a court report's table, new user round 7). A figure with no unit is left alone.
 *
 * Each is wrapped in `span.keep` (screen.css: white-space: nowrap). Paragraphs, and anything in another
 * language, are left to the browser's line breaking.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';

/** Longest quoted term (characters inside the quotes) kept on one line: a short name, not a quoted sentence. */
export const KEEP_MAX = 8;
const quotedPattern = `“[^“”\\s]{1,${KEEP_MAX}}”`;
/** A number in Chinese numerals holding a circle for its zero, with its 年: 二○一九年, 二◯二◯年. */
const circledNumeralPattern = '[〇一二三四五六七八九○◯]*[○◯][〇一二三四五六七八九○◯]*年?';
const heading = /^h[1-6]$/;
/** A figure and its unit: one character, after a 万/亿/千/百 of the figure's (10.2万件). */
const figurePattern = String.raw`\d[\d.,]*[万亿千百]?\p{Script=Han}`;
const cell = /^t[dh]$/;

/** Wrap the short quoted terms and the circled-zero numbers of the Chinese headings of `tree` in `span.keep`, in place. */
export function keepQuotedTerms(tree: Root | Element): void {
  keepInside(tree, heading, `${quotedPattern}|${circledNumeralPattern}`);
}

/** Wrap each figure with the unit after it, in the Chinese table cells of `tree`, in `span.keep`, in place. */
export function keepFiguresWithUnits(tree: Root | Element): void {
  keepInside(tree, cell, figurePattern);
}

/** In the Chinese text of the elements named by `inside`, wrap every match of `pattern` in `span.keep`. */
function keepInside(tree: Root | Element, inside: RegExp, pattern: string): void {
  const all = new RegExp(pattern, 'gu');
  const any = new RegExp(pattern, 'u');
  const walk = (parent: Root | Element, lang: string | undefined, within: boolean): void => {
    parent.children = parent.children.flatMap((child): ElementContent[] => {
      if (child.type === 'element') {
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
