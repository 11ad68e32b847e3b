/**
 * A figure grouped in threes by spaces, as the HKSAR Government, SI and ISO 80000 write it ("160 000", "3 500"), is one
 * figure: its spaces become no-break spaces in every edition's tree, so a line never ends inside it (new user round 16:
 * the bilingual PDF broke “by 160 / 000 while”). Only a space between groups of exactly three digits after one to three
 * (the number check's rule, pipeline/check/numbers/types.ts thousandsSeparator): “in 2017 100 people” may still break.
 * The model keeps what the translator wrote.
 */
import type { Element, Root } from 'hast';

const grouped = /(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d)/g;
/** Elements whose text is not prose. */
const verbatim = new Set(['code', 'kbd', 'pre', 'samp', 'script', 'style', 'template', 'textarea']);

/** Joins the groups of every spaced figure in `tree`'s text with no-break spaces, in place. */
export function keepFigureGroupsTogether(tree: Root | Element): void {
  for (const child of tree.children) {
    if (child.type === 'text' && / \d{3}/.test(child.value)) child.value = child.value.replace(grouped, (figure) => figure.replaceAll(' ', '\u00a0'));
    else if (child.type === 'element' && !verbatim.has(child.tagName)) keepFigureGroupsTogether(child);
  }
}
