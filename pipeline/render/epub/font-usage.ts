/**
 * Which characters each embedded face must render, read off the finished
 * XHTML trees (so UI labels, notes and the glossary count, not only the
 * report text). A text node's face follows the CSS: weight from its element
 * (headings, strong, dt → bold) and the family stack from the CSS classes
 * below; every family of the stack gets the characters, and the subsetter
 * keeps only those the family's chunks cover.
 */
import type { Element, ElementContent } from 'hast';
import type { FontFamilyName, FontRequest, FontWeight } from '../fonts.ts';

/** Family stacks as the stylesheets declare them (base.css: serif text; sans bold headings and lead sentences). */
export const STACKS = {
  serif: ['Source Serif 4', 'Noto Serif SC'],
  sans: ['Source Sans 3', 'Noto Sans SC'],
} as const satisfies Record<string, readonly FontFamilyName[]>;

export type Stack = keyof typeof STACKS;

export interface FaceKey {
  stack: Stack;
  weight: FontWeight;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The face an element's text is set in, given its parent's. */
export function faceOf(element: Element, parent: FaceKey): FaceKey {
  const tag = element.tagName;
  const classes = Array.isArray(element.properties.className) ? element.properties.className.map(String) : [];
  if (HEADINGS.has(tag) || (tag === 'strong' && classes.includes('lead'))) return { stack: 'sans', weight: 700 };
  if (tag === 'strong' || tag === 'b' || tag === 'dt' || tag === 'th') return { ...parent, weight: 700 };
  return parent;
}

/** Text per face over all documents, as font requests for `subsetFonts`. */
export function fontRequests(roots: readonly Element[]): FontRequest[] {
  const texts = new Map<string, string[]>();
  const add = (face: FaceKey, text: string) => {
    const key = `${face.stack}|${face.weight}`;
    texts.set(key, [...(texts.get(key) ?? []), text]);
  };
  const walk = (node: ElementContent | Element, face: FaceKey): void => {
    if (node.type === 'text') add(face, node.value);
    if (node.type !== 'element') return;
    if (node.tagName === 'head') {
      return; // <title> is not rendered with our fonts
    }
    const own = faceOf(node, face);
    for (const child of node.children) walk(child, own);
  };
  for (const root of roots) walk(root, { stack: 'serif', weight: 400 });
  const requests: FontRequest[] = [];
  for (const key of [...texts.keys()].sort()) {
    const [stack, weight] = key.split('|') as [Stack, string];
    const text = texts.get(key)!.join('');
    for (const family of STACKS[stack]) requests.push({ family, weight: Number(weight) as FontWeight, text });
  }
  return requests;
}
