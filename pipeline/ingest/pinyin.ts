/**
 * Pinyin annotations glued in by some mirror sites' converters after a
 * character: 經(jīng)濟, 報(bào)告, 縣長(zhǎng). They are not the report's words
 * (and break title, speaker and heading detection), so they are removed and
 * counted. Only a parenthesised single syllable with a tone mark directly
 * after a Han character counts: "方案(a)" or "(试行)" are left alone.
 */
import type { VFileMessage } from 'vfile-message';
import type { NormalizeCounts, SourceLine } from './types.ts';

/**
 * Characters taken out of a line (an annotation, a doubled comma): from `column` on — a column of the line as cleaned, up
 * to `end`, its last — the input's columns are `width` further on. What lets a later step's message name the place in
 * the page as it was (`inputColumns`): the steps after this one count columns in the cleaned line.
 */
export interface ColumnShift {
  line: number;
  /** The cleaned line's first and last column (the shift holds there only: another piece of the input line is apart). */
  start: number;
  end: number;
  column: number;
  width: number;
}

/** `pattern` taken out of the line's text, each removal's ColumnShift added to `shifts`; how many. */
export function takeOut(line: SourceLine, pattern: RegExp, shifts: ColumnShift[]): number {
  return replaceInLine(line, pattern, () => '', shifts);
}

/**
 * Each match of `pattern` in the line's text replaced by what `replace` gives for it (its groups as String.replace passes
 * them), or left as it is where it gives undefined; each replacement that shortened the line a ColumnShift in `shifts`
 * (the characters after the replacement's are the ones taken out); how many were replaced.
 */
export function replaceInLine(line: SourceLine, pattern: RegExp, replace: (match: string, ...groups: Array<string | undefined>) => string | undefined, shifts: ColumnShift[]): number {
  const found: Array<{ at: number; width: number }> = [];
  let shrunk = 0;
  let replaced = 0;
  const text = line.text.replace(pattern, (match: string, ...rest: unknown[]) => {
    // (String.replace passes the groups, then the match's offset: the first number after them)
    const at = rest.find((arg): arg is number => typeof arg === 'number')!;
    const by = replace(match, ...(rest.slice(0, rest.indexOf(at)) as Array<string | undefined>));
    if (by === undefined) return match;
    const width = match.length - by.length;
    if (width > 0) found.push({ at: at - shrunk + by.length, width });
    shrunk += width;
    replaced++;
    return by;
  });
  for (const f of found) shifts.push({ line: line.line, start: line.column, end: line.column + text.length, column: line.column + f.at, width: f.width });
  line.text = text;
  return replaced;
}

/**
 * `pattern` taken out of every line but those `skip` passes over (takeOut, each removal's ColumnShift added to `shifts`):
 * where the first line with one was, and how many in all.
 */
export function takeOutOfLines(
  lines: SourceLine[],
  pattern: RegExp,
  shifts: ColumnShift[],
  skip: (text: string) => boolean = () => false,
): { first?: { line: number; column: number }; count: number } {
  let first: { line: number; column: number } | undefined;
  let count = 0;
  for (const line of lines) {
    if (skip(line.text)) continue;
    const at = { line: line.line, column: line.column };
    const taken = takeOut(line, pattern, shifts);
    if (taken === 0) continue;
    first ??= at;
    count += taken;
  }
  return { first, count };
}

/**
 * The messages raised after characters were taken out of lines (`shifts`, in the order the steps took them) moved to the
 * input's columns: a time after a line's pinyin is said where it stands in the page, not in the cleaned line.
 */
/** The input's column of a column of a cleaned line, the steps' shifts undone (the last step's first). */
export function inputColumn(line: number, column: number, ...steps: ReadonlyArray<readonly ColumnShift[]>): number {
  return [...steps].reverse().reduce((c, shifts) => c + shifts.filter((s) => s.line === line && s.start <= c && c <= s.end && s.column <= c).reduce((n, s) => n + s.width, 0), column);
}

export function inputColumns(messages: readonly VFileMessage[], ...steps: ReadonlyArray<readonly ColumnShift[]>): void {
  if (steps.every((s) => s.length === 0)) return;
  const input = (line: number, column: number) => inputColumn(line, column, ...steps);
  for (const m of messages) {
    if (m.line == null || m.column == null) continue;
    const column = input(m.line, m.column);
    if (column === m.column) continue;
    m.column = column;
    if (m.place && 'start' in m.place) m.place = { start: { ...m.place.start, column: input(m.place.start.line, m.place.start.column) }, end: { ...m.place.end, column: input(m.place.end.line, m.place.end.column) } };
    else if (m.place) m.place = { ...m.place, column };
  }
}

const syllable = '[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*';
const annotation = new RegExp(`(?<=\\p{Script=Han})[(（]\\s*(?:${syllable})\\s*[)）]`, 'gu');

/** An annotation cut off at the end of the page: a bracket and a syllable begun after a Han character, then nothing. */
const cutAnnotation = /(?<=\p{Script=Han})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\s*$/u;

export function stripPinyin(text: string): { text: string; count: number } {
  let count = 0;
  if (!/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(text)) return { text, count };
  const out = text.replace(annotation, () => {
    count++;
    return '';
  });
  return { text: out, count };
}

/** Strips pinyin annotations in place; returns where the first one was, and where each was (`ColumnShift`). */
export function removePinyin(lines: SourceLine[], counts: NormalizeCounts): { first?: { line: number; column: number }; shifts: ColumnShift[] } {
  const shifts: ColumnShift[] = [];
  const { first, count } = takeOutOfLines(lines, annotation, shifts, (text) => !/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(text));
  counts.pinyin += count;
  // (stop 53, mends53; blind52a's laltracampana.com, 香洲区 2011 — "一、加快推進產業轉(zhu" the page's last line) the annotation
  // the page's cut-off went through, its syllable begun and its bracket never closed: the converter's too, on a page it glossed
  const last = lines.findLast((l) => l.text.trim() !== '');
  if (count > 0 && last) counts.pinyin += takeOut(last, cutAnnotation, shifts);
  return { first, shifts };
}

/**
 * (round 31) A comma the same converter doubled: it prints every comma as ",," and puts one before 。 and 、 ("一年來,,我們",
 * "良好開局,。", "示范鄉鎮6個,、示範村" — 玉树州 2022). No report prints a comma before another mark, so on a page the converter
 * glossed (`removePinyin` found its annotations) a comma right after a Han character or a closing mark and before another
 * comma, 、, 。, ；, ！ or ？ is removed, when it does so twice or more (its habit, not a slip of one line); counted.
 */
export function removeDoubledCommas(lines: SourceLine[]): { first?: { line: number; column: number }; count: number; shifts: ColumnShift[] } {
  const doubled = /(?<=[\p{Script=Han}0-9%％”’」』)）])[,，](?=[,，、。；;！？])/gu;
  const shifts: ColumnShift[] = [];
  if (lines.reduce((n, l) => n + (l.text.match(doubled)?.length ?? 0), 0) < 2) return { count: 0, shifts };
  return { ...takeOutOfLines(lines, doubled, shifts), shifts };
}
