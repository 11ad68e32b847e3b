/**
 * (new user round 32; round 31's gap) The formulas of the gases an environment or energy report measures — SO2, NO2, O3, CO2,
 * CH4, N2O, NH3, H2S, SF6 — as a publisher sets them, each atom count a subscript: SO₂, NO₂, O₃. The copy of a page, and a
 * translator, type them on the line ("二氧化硫（SO2）", "sulfur dioxide (SO2)"), which every edition printed as typed (round
 * 31's bulletin: SO2, NO2, O3 throughout). The editions call this on the tree they compose (HTML page, EPUB documents, print
 * documents), in both languages, after the quotes.
 *
 * Safe by being closed: only these formulas, each a whole token — no Latin letter or digit on either side ("CO24小时", a
 * copy's "CO" glued to "24小时", and "CO2e" are left alone; Han characters and brackets around it are no part of a token).
 * Particulate matter is a size class, not a formula: PM2.5 and PM10 stay on the line, as the Ministry and the Ambient Air
 * Quality Standards print them. The text stays the same characters (the digit in `sub`): search, copy and the PDF's text
 * layer read "SO2". Code, scripts, styles and the head are left alone.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** The formulas set with subscripts: a closed list of the gases reports measure. */
const FORMULAS = ['SO2', 'SO3', 'NO2', 'N2O', 'O3', 'CO2', 'CH4', 'NH3', 'H2S', 'SF6'];
const formula = new RegExp(`(?<![A-Za-z0-9])(?:${FORMULAS.join('|')})(?![A-Za-z0-9])`, 'gu');
const verbatim = new Set(['code', 'kbd', 'pre', 'samp', 'script', 'style', 'template', 'textarea', 'head', 'title', 'sub', 'sup']);

/** Set the atom counts of the gases' formulas in `tree` as subscripts, in place. */
export function chemicalSubscripts(tree: Root | Element): void {
  const walk = (parent: Root | Element): void => {
    const out: RootContent[] = [];
    let changed = false;
    for (const child of parent.children) {
      if (child.type === 'element') {
        if (!verbatim.has(child.tagName)) walk(child);
        out.push(child);
        continue;
      }
      if (child.type !== 'text' || !formula.test(child.value)) {
        out.push(child);
        continue;
      }
      formula.lastIndex = 0;
      changed = true;
      let at = 0;
      for (const match of child.value.matchAll(formula)) {
        if (match.index > at) out.push({ type: 'text', value: child.value.slice(at, match.index) });
        out.push(...setFormula(match[0]));
        at = match.index + match[0].length;
      }
      if (at < child.value.length) out.push({ type: 'text', value: child.value.slice(at) });
    }
    if (changed) parent.children = out as typeof parent.children;
  };
  walk(tree);
}

/** "SO2" → "SO", sub "2"; "N2O" → "N", sub "2", "O". */
function setFormula(text: string): ElementContent[] {
  return text.split(/([0-9]+)/u).filter((part) => part !== '').map((part): ElementContent => (/^[0-9]+$/u.test(part) ? { type: 'element', tagName: 'sub', properties: {}, children: [{ type: 'text', value: part }] } : { type: 'text', value: part }));
}
