/**
 * Chinese text with word-aware line breaks: `<wbr>` between its words, for `word-break: keep-all`
 * (base.css), so a narrow screen breaks 北京市海淀区人民政府工作报告 as 北京市海淀区 / 人民政府工作报告 and
 * 一、认真落实省委工作安排 after 省委, not inside 工作 ("省委工 / 作安排" at 320 px, new user round 8).
 * The title, every heading level, box titles and contents entries use it, in every edition (the
 * templates are shared); running paragraphs do not (justified text: BENCHMARKS.md, round 8).
 *
 * Words come from ICU's dictionary (Intl.Segmenter). Names it does not know come out as single
 * characters (海|淀|区, 中|关|村), so a run of single characters stays together and a lone one stays with
 * the word before it; 的 stays with what it follows. No break after an opening bracket or before a closing mark, nor between a
 * figure and its unit (2021年, 1.2万个), nor inside a short quoted term (“十四五”, as keep-quoted-terms.ts
 * keeps it on the HTML page). A run longer than the line still breaks: the stylesheet's
 * `overflow-wrap` fallback.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { CLOSING_MARKS, OPENING_MARKS, STOP_MARKS } from './chinese-marks.ts';
import { KEEP_MAX } from './keep-quoted-terms.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const han = (ch: string | undefined): boolean => ch !== undefined && /\p{Script=Han}/u.test(ch);
const closingMarks = new RegExp(`[${CLOSING_MARKS}${STOP_MARKS}]`, 'u');
const openingMarks = new RegExp(`[${OPENING_MARKS}]`, 'u');
const quotedTerm = new RegExp(`“[^“”\\s]{1,${KEEP_MAX}}”`, 'gu');

/** Offsets (UTF-16 code units, ascending) in `text` where a line may break: between two of its words. */
export function wordBreakOffsets(text: string): number[] {
  const segments = [...segmenter.segment(text)];
  // 的 belongs to what it follows: never a line's first character, nor one of a run of single characters (ICU reads
  // 全球影响力的 as 全球|影响|力|的: 力 then stays with 影响 as a lone single, not with 的 as a run of two).
  const particle = (i: number): boolean => segments[i]?.segment === '的';
  const single = (i: number): boolean => i >= 0 && i < segments.length && [...segments[i].segment].length === 1 && han(segments[i].segment) && !particle(i);
  const inQuotedTerm = [...text.matchAll(quotedTerm)].map((m) => [m.index, m.index + m[0].length] as const);
  const offsets: number[] = [];
  segments.forEach(({ segment, index }, i) => {
    if (i === 0) return;
    const before = [...segments[i - 1].segment].at(-1);
    const first = [...segment][0];
    const allowed =
      (han(before) || closingMarks.test(before ?? '')) &&
      (han(first) || openingMarks.test(first) || (han(before) && /[0-9A-Za-z]/.test(first))) &&
      !particle(i) &&
      !(single(i) && single(i - 1)) &&
      !(single(i) && !single(i - 1) && !single(i + 1)) &&
      !inQuotedTerm.some(([start, end]) => index > start && index < end);
    if (allowed) offsets.push(index);
  });
  return offsets;
}

/** A Chinese text (a title, a contents entry) with `<wbr>` between its words. */
export function chineseWords(text: string): ElementContent[] {
  return withWordBreaks([{ type: 'text', value: text }]);
}

/**
 * Inline hast (a heading's content) with `<wbr>` between its words, read across its inline markup
 * (emphasis, links, glossary terms): a copy, the markup kept. A note call (`sup`), a note printed inline
 * (`.footnote`) and the "pending" marker are not the heading's words: left out of the text read and
 * left whole; a break at a note call goes after it.
 */
export function withWordBreaks(nodes: readonly ElementContent[]): ElementContent[] {
  const offsets = wordBreakOffsets(textOf(nodes));
  if (offsets.length === 0) return [...nodes];
  let at = 0;
  let next = 0;
  const split = (list: readonly ElementContent[]): ElementContent[] => list.flatMap((node): ElementContent[] => {
    if (node.type === 'element') return outside(node) ? [node] : [{ ...node, children: split(node.children) }];
    if (node.type !== 'text') return [node];
    const start = at;
    at += node.value.length;
    const parts: ElementContent[] = [];
    let from = start;
    while (next < offsets.length && offsets[next] < at) {
      const cut = offsets[next++];
      if (cut > from) parts.push({ type: 'text', value: node.value.slice(from - start, cut - start) });
      parts.push(h('wbr'));
      from = cut;
    }
    if (from < at || parts.length === 0) parts.push({ type: 'text', value: node.value.slice(from - start) });
    return parts;
  });
  return split(nodes);
}

/** The text the words are read in: every text node, in order, but those of note calls and markers. */
function textOf(nodes: readonly ElementContent[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' && !outside(node) ? textOf(node.children) : '')).join('');
}

function outside(element: Element): boolean {
  const className = element.properties.className;
  const classes = Array.isArray(className) ? className : [];
  return element.tagName === 'sup' || classes.includes('footnote') || classes.includes('pending-label');
}
