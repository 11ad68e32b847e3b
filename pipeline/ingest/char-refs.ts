/**
 * HTML character references printed as text: "市长&nbsp;王明", "&nbsp;&nbsp;各位代表：", "&ldquo;十四五&rdquo;" — a page
 * whose CMS escaped its markup twice (its HTML says "&amp;nbsp;", a browser shows "&nbsp;"), or a copy of its source
 * saved as text. They are no words of the report: each is the character it names (a space, a quotation mark, a dash),
 * decoded here before any line is read, so that a speaker line or a salutation is read as printed. Only a whole
 * reference with its semicolon (a named one HTML knows, "&#8220;", "&#x201C;"), or a space's name without it ("&nbsp");
 * "R&D", "A & B" and an unknown name stay.
 * Each decoding is a ColumnShift (pinyin.ts), so later messages name the page's own columns; counted and said.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { replaceInLine, type ColumnShift } from './pinyin.ts';
import type { SourceLine } from './types.ts';

// (stop 55, mends55; blind54a's www.bilezu.com, "文章简介:&nbsp&nbsp南海网…") or a space's name with its semicolon lost, as browsers
// read it: &nbsp, &ensp, &emsp — whole, no letter, figure or ; after it ("产学研&amp合作" stays: stop 44's guard)
const reference = /&(?:#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}))|([A-Za-z][A-Za-z0-9]{1,31}));|&(nbsp|ensp|emsp)(?![A-Za-z0-9;])/g;

/** The character a reference names, or undefined when it names none a text may hold (a control, a surrogate, beyond U+10FFFF). */
function decoded(hex: string | undefined, dec: string | undefined, name: string | undefined): string | undefined {
  if (name !== undefined) {
    const text = decodeNamedCharacterReference(name);
    return text === false ? undefined : text;
  }
  const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
  const control = code < 0x20 ? code !== 0x09 : code >= 0x7f && code < 0xa0;
  if (control || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return undefined;
  return String.fromCodePoint(code);
}

/** Every line's character references decoded in place, each one's shift added to `shifts`: where the first was, how many. */
export function decodeCharacterReferences(lines: SourceLine[], shifts: ColumnShift[]): { first?: { line: number; column: number; text: string }; count: number } {
  let first: { line: number; column: number; text: string } | undefined;
  let count = 0;
  for (const line of lines) {
    if (!line.text.includes('&')) continue;
    // (the first decoded reference's place: the first of its text in the line, as an earlier copy of it is decoded too)
    const before = line.text;
    count += replaceInLine(line, reference, (match, hex, dec, name, bare) => {
      const character = decoded(hex, dec, name ?? bare);
      if (character !== undefined && first === undefined) first = { line: line.line, column: line.column + before.indexOf(match), text: match };
      return character;
    }, shifts);
  }
  return { first, count };
}
