/**
 * Typographic fixes the browser cannot make by itself for this document.
 *
 * 1. Chinese punctuation compression across font chunks. `text-spacing-trim`
 *    compresses adjacent full-width punctuation with the font's `chws` feature,
 *    which only works inside one font file; the @fontsource faces are split into
 *    unicode-range chunks, and，(U+FF0C) and “ (U+201C) live in different ones, so
 *    “，“” kept two full em boxes (a visible hole). As CLREQ §3.1.6 asks, the first
 *    mark of such a pair is set half-width: wrapped in `span.halt`
 *    (`font-feature-settings: 'halt'`, a single-glyph feature that works per chunk).
 * 2. Note calls after the closing quote that ends their term (the quotes
 *    themselves are set for every edition by templates/typographic-quotes.ts).
 * 3. English hyphenation: justified English without hyphenation opens wide gaps,
 *    and headless Chromium on Linux has no hyphenation dictionaries (they come
 *    with the component updater, which is off), so `hyphens: auto` does nothing.
 *    Soft hyphens from Liang's TeX patterns (npm `hyphen`, en-GB) give the line
 *    breaker the same choices TeX has.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { eachElement } from './walk.ts';
import { hyphenateWords } from '../../../templates/hyphenate.ts';
import { CLOSING_MARKS as closing, OPENING_MARKS as opening, STOP_MARKS as stops } from '../../../templates/chinese-marks.ts';


/** Index of every character that should be set half-width. */
export function compressibleMarks(text: string): number[] {
  const result: number[] = [];
  for (let i = 0; i + 1 < text.length; i += 1) {
    const a = text[i];
    const b = text[i + 1];
    const aEnds = closing.includes(a) || stops.includes(a);
    const bPunct = opening.includes(b) || closing.includes(b) || stops.includes(b);
    if (aEnds && bPunct) result.push(i);
    else if (opening.includes(a) && opening.includes(b)) result.push(i + 1);
  }
  return result;
}

function langOf(ancestors: Element[]): string | undefined {
  for (let i = ancestors.length - 1; i >= 0; i -= 1) {
    const lang = ancestors[i].properties.lang;
    if (typeof lang === 'string') return lang;
  }
  return undefined;
}

function textNodesByLang(
  tree: Root,
  visitor: (node: Text, lang: string | undefined, parent: Element | Root, index: number, ancestors: readonly Element[]) => number | void,
): void {
  const stack: Element[] = [];
  const walk = (parent: Element | Root): void => {
    for (let index = 0; index < parent.children.length; index += 1) {
      const child = parent.children[index];
      if (child.type === 'text') {
        const next = visitor(child, langOf(stack), parent, index, stack);
        if (typeof next === 'number') index = next - 1;
      } else if (child.type === 'element') {
        if (child.tagName === 'script' || child.tagName === 'style') continue;
        stack.push(child);
        walk(child);
        stack.pop();
      }
    }
  };
  walk(tree);
}

export function compressPunctuation(tree: Root): void {
  textNodesByLang(tree, (node, lang, parent, index) => {
    if (lang !== 'zh-Hans' && lang !== 'zh-Hant') return;
    // A heading's <wbr> between two marks (改革，<wbr>“十四五”: templates/chinese-word-breaks.ts) splits the pair
    // over two text nodes: the mark after it is read too.
    const wbr = parent.children[index + 1];
    const after = wbr?.type === 'element' && wbr.tagName === 'wbr' ? parent.children[index + 2] : undefined;
    const next = after?.type === 'text' ? after.value.charAt(0) : '';
    const marks = compressibleMarks(node.value + next).filter((at) => at < node.value.length);
    if (marks.length === 0) return;
    const parts: ElementContent[] = [];
    let from = 0;
    for (const at of marks) {
      if (at > from) parts.push({ type: 'text', value: node.value.slice(from, at) });
      parts.push(h('span.halt', node.value[at]));
      from = at + 1;
    }
    if (from < node.value.length) parts.push({ type: 'text', value: node.value.slice(from) });
    parent.children.splice(index, 1, ...(parts as never[]));
    return index + parts.length;
  });
}

/**
 * A note call goes after the closing quote or bracket that ends the term
 * (`“four-party responsibility”⁴`, not `…responsibility⁴”`).
 */
export function callsAfterClosingMarks(tree: Root): void {
  eachElement(tree, (node, index, parent) => {
    if (!(node.properties.className as string[] | undefined)?.includes('fn-call')) return;
    // siblings: …term, sup.fn-call, span.footnote, text
    const after = parent.children[index + 2];
    if (after?.type !== 'text') return;
    const m = /^[”’"')）」』》]+/.exec(after.value);
    if (!m) return;
    after.value = after.value.slice(m[0].length);
    parent.children.splice(index, 0, { type: 'text', value: m[0] });
    return index + 3;
  });
}

/** Soft hyphens in English running text and notes (not in headings, where lines break short, nor in labels). */
export function hyphenateEnglish(tree: Root): void {
  const stack: Element[] = [];
  const walk = (parent: Element | Root, inside: boolean): void => {
    for (const child of parent.children) {
      if (child.type === 'element') {
        if (/^h[1-6]$/.test(child.tagName) || child.tagName === 'nav') continue;
        // a label (e.g. "Translation pending", set in capitals) is read and searched as a whole word
        if ((child.properties.className as string[] | undefined)?.includes('pending-label')) continue;
        const lang = child.properties.lang;
        const next = typeof lang === 'string' ? lang === 'en' : inside;
        stack.push(child);
        walk(child, next);
        stack.pop();
      } else if (child.type === 'text' && inside) {
        // words with capitals inside (COVID, Xuexi) or digits are left whole
        child.value = hyphenateWords(child.value);
      }
    }
  };
  walk(tree, false);
}
