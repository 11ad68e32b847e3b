/**
 * Side-by-side layout: long paragraph pairs become several rows, cut at sentence
 * ends at matching proportions of the Chinese and the English.
 *
 * Why: the paginator (paginate.js) does not break a two-column row column by
 * column (it cuts the DOM at one point, so everything of the English after the
 * Chinese break point would leave the page). A row therefore moves whole to the next page, and a long
 * paragraph pair would leave half a page empty. Cut into sentence-group rows, a
 * pair flows across the page break with both columns still side by side, the way
 * parallel-text editions set it; the gap left at the foot of a page is at most one
 * sentence group.
 */
import type { Element, ElementContent, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/** Characters of Chinese per row, roughly (a sentence group). */
const rowChars = 130;

interface Cut {
  /** index of the top-level text child */
  child: number;
  /** offset in that text after which to cut */
  offset: number;
  /** characters of the paragraph before the cut */
  at: number;
}

const isNote = (node: ElementContent): boolean => node.type === 'element' && ((node.properties.className as string[] | undefined) ?? []).includes('footnote');

function sentenceCuts(p: Element, ends: RegExp): { cuts: Cut[]; length: number } {
  const cuts: Cut[] = [];
  let at = 0;
  p.children.forEach((child, index) => {
    if (child.type === 'text') {
      for (const m of child.value.matchAll(ends)) {
        const offset = m.index + m[0].length;
        if (offset < child.value.length || index < p.children.length - 1) cuts.push({ child: index, offset, at: at + offset });
      }
      at += child.value.length;
    } else if (!isNote(child)) at += toText(child as Element).length;
  });
  return { cuts, length: at };
}

function nearest(cuts: Cut[], target: number, after: number): Cut | undefined {
  let best: Cut | undefined;
  for (const cut of cuts) {
    if (cut.at <= after) continue;
    if (!best || Math.abs(cut.at - target) < Math.abs(best.at - target)) best = cut;
  }
  return best;
}

function splitAt(p: Element, cuts: Cut[]): ElementContent[][] {
  const parts: ElementContent[][] = [[]];
  p.children.forEach((child, index) => {
    const here = cuts.filter((c) => c.child === index);
    if (child.type !== 'text' || here.length === 0) {
      parts[parts.length - 1].push(child);
      return;
    }
    let from = 0;
    for (const cut of here) {
      const piece = child.value.slice(from, cut.offset);
      if (piece) parts[parts.length - 1].push({ type: 'text', value: piece });
      parts.push([]);
      from = cut.offset;
    }
    const rest = child.value.slice(from).replace(/^\s+/, '');
    if (rest) parts[parts.length - 1].push({ type: 'text', value: rest });
  });
  return parts;
}

export function splitSideBySideRows(tree: Root): void {
  for (const section of selectAll('.section', tree)) {
    section.children = section.children.flatMap((node) => {
      if (node.type !== 'element' || !((node.properties.className as string[]) ?? []).includes('block-p')) return [node];
      const [zh, en] = node.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'p'));
      if (!zh || !en || !['zh-Hans', 'zh-Hant'].includes(String(zh.properties.lang)) || en.properties.lang !== 'en') return [node];
      const zc = sentenceCuts(zh, /[。！？；]/g);
      const ec = sentenceCuts(en, /[.;!?][”’")]?\s+/g);
      const rows = Math.min(Math.ceil(zc.length / rowChars), zc.cuts.length + 1, ec.cuts.length + 1);
      if (rows < 2) return [node];
      const zCuts: Cut[] = [];
      const eCuts: Cut[] = [];
      for (let i = 1; i < rows; i += 1) {
        const z = nearest(zc.cuts, (zc.length * i) / rows, zCuts.at(-1)?.at ?? 0);
        const e = nearest(ec.cuts, (ec.length * i) / rows, eCuts.at(-1)?.at ?? 0);
        if (!z || !e) break;
        zCuts.push(z);
        eCuts.push(e);
      }
      const zParts = splitAt(zh, zCuts);
      const eParts = splitAt(en, eCuts);
      return zParts.map((zPart, i): Element => ({
        ...node,
        properties: i === 0
          ? { ...node.properties, className: [...(node.properties.className as string[]), 'row-open'] }
          : { className: [...(node.properties.className as string[]), 'row-cont', ...(i < zParts.length - 1 ? ['row-open'] : [])] },
        children: [
          { ...zh, properties: { ...zh.properties }, children: zPart },
          { ...en, properties: { ...en.properties }, children: eParts[i] ?? [] },
        ],
      }));
    });
  }
}
