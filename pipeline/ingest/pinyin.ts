/**
 * Pinyin annotations glued in by some mirror sites' converters after a
 * character: 經(jīng)濟, 報(bào)告, 縣長(zhǎng). They are not the report's words
 * (and break title, speaker and heading detection), so they are removed and
 * counted. Only a parenthesised single syllable with a tone mark directly
 * after a Han character counts: "方案(a)" or "(试行)" are left alone.
 */
import type { NormalizeCounts, SourceLine } from './types.ts';

const syllable = '[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*';
const annotation = new RegExp(`(?<=\\p{Script=Han})[(（]\\s*(?:${syllable})\\s*[)）]`, 'gu');

export function stripPinyin(text: string): { text: string; count: number } {
  let count = 0;
  if (!/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(text)) return { text, count };
  const out = text.replace(annotation, () => {
    count++;
    return '';
  });
  return { text: out, count };
}

/** Strips pinyin annotations in place; returns where the first one was. */
export function removePinyin(lines: SourceLine[], counts: NormalizeCounts): { line: number; column: number } | undefined {
  let first: { line: number; column: number } | undefined;
  for (const line of lines) {
    const { text, count } = stripPinyin(line.text);
    if (count === 0) continue;
    first ??= { line: line.line, column: line.column };
    counts.pinyin += count;
    line.text = text;
  }
  return first;
}

/**
 * (round 31) A comma the same converter doubled: it prints every comma as ",," and puts one before 。 and 、 ("一年來,,我們",
 * "良好開局,。", "示范鄉鎮6個,、示範村" — 玉树州 2022). No report prints a comma before another mark, so on a page the converter
 * glossed (`removePinyin` found its annotations) a comma right after a Han character or a closing mark and before another
 * comma, 、, 。, ；, ！ or ？ is removed, when it does so twice or more (its habit, not a slip of one line); counted.
 */
export function removeDoubledCommas(lines: SourceLine[]): { first?: { line: number; column: number }; count: number } {
  const doubled = /(?<=[\p{Script=Han}0-9%％”’」』)）])[,，](?=[,，、。；;！？])/gu;
  if (lines.reduce((n, l) => n + (l.text.match(doubled)?.length ?? 0), 0) < 2) return { count: 0 };
  let first: { line: number; column: number } | undefined;
  let count = 0;
  for (const line of lines) {
    const text = line.text.replace(doubled, () => {
      count++;
      return '';
    });
    if (text === line.text) continue;
    first ??= { line: line.line, column: line.column };
    line.text = text;
  }
  return { first, count };
}
