/**
 * Characters a page's encoding broke and nobody can restore: a double-byte
 * character (GBK/Big5) whose lead byte was lost survives as "?" and its trail
 * byte read as ASCII ("…全市第一??h域經濟…": 。縣 → "??h"; "…第一?,F代服務…":
 * 。現 → "?,F"). The text is left as it is (no guess), and each place is a
 * warning, so the reader checks that sentence against another copy. Two "?"
 * before a character, or "?," before a letter, glued between Chinese
 * characters: a question ("怎么办?AI赋能", "为什么?A股") is none.
 */
import type { SourceLine } from './types.ts';

// (stop 41, blind: sjmsw.net, a converter's copy — "擔(dān)當" with its lead bytes lost: "勇?lián)姑?,以實干") A "?" then a
// pinyin syllable with its tone and the annotation's closing bracket, or a "?" glued to a comma, between Chinese characters:
// no punctuation puts a question mark before a comma.
// (stop 42, blind: m.974sport.com, 秀山's session news — "溫暖民心??偨Y(jié)工作": 。總結 with a lead byte lost, a Han
// character and a letter read from the trail bytes, the converter's pinyin glued to the letter) "??", one or two Han
// characters, then a letter, its annotation with it. (stop 42, blind: glencoetuneup.com, "…李肖鋒主持?h委副書記": 。縣 with
// one "?" left) One "?" and a lower-case letter: a question before a Latin word capitalises it or spaces it ("为什么?A股").
const broken = /(?<=\p{Script=Han})(?:\?{2,3}\p{Script=Han}{1,2}[A-Za-z](?:\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\))?|\?{2,3}[!-~]|\?[a-z]|\?,[A-Za-z]|\?[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)|\?[,，])(?=\p{Script=Han})/gu;

export interface LostBytes {
  line: number;
  column: number;
  /** The broken characters with a few characters of context on either side. */
  context: string;
}

export function findLostBytes(lines: readonly SourceLine[]): LostBytes[] {
  const found: LostBytes[] = [];
  for (const l of lines) {
    for (const match of l.text.matchAll(broken)) {
      const at = match.index!;
      found.push({ line: l.line, column: l.column + at, context: l.text.slice(Math.max(0, at - 4), at + match[0].length + 4) });
    }
  }
  return found;
}
