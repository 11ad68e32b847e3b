/**
 * The sign of a table cell that is a figure alone (new user, round 21: a budget table's 比上年增长（%） column
 * printing a decrease as -31). The figure check compares values, so `-31` ↔ `31` passed: a decrease read as
 * an increase. A cell's sign is compared only when both cells are a lone figure; a cell in words (“down 31”)
 * says the sign its own way and is left alone.
 */

/** Signs a negative figure is printed with: hyphen-minus, minus sign, full-width hyphen-minus, en dash. (An em dash alone is an empty cell, no sign.) */
const minus = '[-\u2212\uFF0D\u2013]';
const figure = String.raw`\d[\d,.\u00a0\u2009\u202f]*\s*[%％]?`;
const negative = new RegExp(`^${minus}\\s*${figure}$`);
const plain = new RegExp(`^[+＋]?\\s*${figure}$`);

export type CellSign = 'negative' | 'plain';

/** `negative` or `plain` when the cell's text (its stated unit taken out) is a lone figure; else undefined. */
export function cellSign(text: string): CellSign | undefined {
  const t = text.trim();
  if (negative.test(t)) return 'negative';
  if (plain.test(t)) return 'plain';
  return undefined;
}
