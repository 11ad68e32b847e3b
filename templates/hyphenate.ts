/**
 * Soft hyphens in English words, from Liang's TeX patterns (npm `hyphen`, en-GB): the break points TeX would use, for
 * a browser that has none of its own. Headless Chromium on Linux has no hyphenation dictionaries (they come with the
 * component updater, which is off), so `hyphens: auto` does nothing there. The PDF sets its running English with them
 * (pipeline/render/pdf/typography.ts hyphenateEnglish); the HTML edition its English table cells (hyphenateTableCells):
 * new user round 29's four-column table of English labels ("Administrative licensing", "Normative documents") was
 * wider than a 320 px phone by 48 px — its longest words did not fit a quarter of the screen and nothing could break them.
 */
import { createRequire } from 'node:module';
import type { Element, Root } from 'hast';

const require = createRequire(import.meta.url);
// `hyphen` ships CommonJS without type declarations; this is the part we use.
const { hyphenateSync } = require('hyphen/en-gb') as {
  hyphenateSync: (text: string, options?: { minWordLength?: number; hyphenChar?: string }) => string;
};

/**
 * Hyphenation points of a long word, at least four letters from either end
 * (Chromium's line breaker is greedy; fewer, better points mean fewer hyphens
 * in a row and no “ac-count”).
 */
export function hyphenateWord(word: string): string {
  let out = hyphenated.get(word);
  if (out === undefined) hyphenated.set(word, (out = hyphenationPoints(word)));
  return out;
}

/** Words already hyphenated: each PDF of a report hyphenates the same English, and a report repeats its words. */
const hyphenated = new Map<string, string>();

function hyphenationPoints(word: string): string {
  const parts = hyphenateSync(word, { minWordLength: 9 }).split('\u00AD');
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 1) {
    const before = out.replace(/\u00AD/g, '').length;
    const after = parts.slice(i).join('').length;
    out += (before >= 4 && after >= 4 ? '\u00AD' : '') + parts[i];
  }
  return out;
}

/** Every word of nine letters or more in `text` hyphenated; words with capitals inside (COVID, Xuexi) or digits are left whole. */
export function hyphenateWords(text: string): string {
  return text.replace(/[A-Za-z\u00C0-\u024F]{9,}/g, (word) => (/[A-Z].*[A-Z]/.test(word) ? word : hyphenateWord(word)));
}

/** Soft hyphens in the English of every table cell of `tree` (a cell's language: its own `lang`, else its ancestors'), in place. */
export function hyphenateTableCells(tree: Root | Element, english = false, inCell = false): void {
  for (const child of tree.children) {
    if (child.type === 'text' && english && inCell) child.value = hyphenateWords(child.value);
    else if (child.type === 'element') {
      const lang = child.properties.lang;
      hyphenateTableCells(child, typeof lang === 'string' ? lang === 'en' : english, inCell || child.tagName === 'td' || child.tagName === 'th');
    }
  }
}
