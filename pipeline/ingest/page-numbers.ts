/**
 * A PDF's page numbers as some text dumps keep them: glued before the first
 * line of each page, apart by a space ("  1 内部资料", "  2 —— 过去五年，…",
 * "  2 发展提质扩面，…" under a page that ended "…7 次。产业"). Numbers that run
 * n, n+1, n+2… at the start of lines, each a page's worth of text after the
 * one before, are the page numbering: each is taken off its line (reported at
 * it), and a page that opens mid-sentence goes on with the paragraph the page
 * before left unfinished (the line is marked `continuesPage`, paragraphs.ts
 * joins it across the blank line). A quantity opening a line ("2 个园区…") and
 * numbers close together (a list "1 加快…" / "2 推进…") are none.
 */
import type { SourceLine } from './types.ts';

/** The fewest Han characters between two page numbers: a page holds several hundred. */
const PAGE_HAN = 300;
/** A number of one to three digits opening the line, a space after it, then text. */
const opening = /^([ \u3000\u00a0\t]*)([1-9][0-9]{0,2})[ \u3000\u00a0\t]+(?=\S)/u;
/** What a quantity's number is followed by (a measure word, a unit, a decimal point, a list mark): not a page's first word. */
const quantity = /^(?:小时|千米|公里|平方|立方|[个年月日号时万亿千百元角家项名人次所条处座吨户亩倍天周岁届期批类种件台辆场部本篇位支只头份套间级余多大米里度%％‰.．、:：,，~～/]|-(?!-))/u;
/** A line that ends its sentence (or a heading, a label): the next page starts a paragraph of its own. */
const finished = /[。！？；：…”’」』）)]$/u;
const hanCount = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;

export interface PageNumber {
  line: number;
  column: number;
  number: number;
}

/** Takes the page numbers off the lines (in place) and says where they were. */
export function takePageNumbers(lines: SourceLine[]): PageNumber[] {
  const candidates: Array<{ i: number; n: number; at: number }> = [];
  let han = 0;
  lines.forEach((line, i) => {
    const match = opening.exec(line.text);
    if (match && !quantity.test(line.text.slice(match[0].length))) candidates.push({ i, n: Number(match[2]), at: han });
    han += hanCount(line.text);
  });
  let best: typeof candidates = [];
  for (let s = 0; s < candidates.length; s++) {
    const chain = [candidates[s]];
    for (const c of candidates.slice(s + 1)) {
      const last = chain.at(-1)!;
      if (c.n === last.n + 1 && c.at - last.at >= PAGE_HAN) chain.push(c);
    }
    if (chain.length > best.length) best = chain;
  }
  if (best.length < 2) return [];
  return best.map(({ i, n }) => {
    const line = lines[i];
    const match = opening.exec(line.text)!;
    const previous = lines.slice(0, i).findLast((l) => l.text.trim() !== '');
    const rest = line.text.slice(match[0].length);
    // "…7 次。产业" / "2 发展提质扩面": the page before ended mid-sentence, this one goes on with it.
    const goesOn = previous !== undefined && !finished.test(previous.text.trim()) && /[\p{Script=Han}0-9，、]$/u.test(previous.text.trim()) && /^\p{Script=Han}/u.test(rest);
    lines[i] = { ...line, text: match[1] + rest, column: line.column + match[0].length - match[1].length, ...(goesOn ? { continuesPage: true } : {}) };
    return { line: line.line, column: line.column + match[1].length, number: n };
  });
}

/** A page number alone on its line, as a flipbook page prints it at the foot: "1" ("- 2 -" is boilerplate-rules.ts's page footer). */
const alone = /^[ \u3000\u00a0\t]*([1-9][0-9]{0,2})[ \u3000\u00a0\t]*$/u;
/** A line of running prose, wrapped: so many Han characters at least (not a table's cell, a label or a heading). */
const WRAPPED_HAN = 15;

/**
 * Page numbers alone on their lines in text copied from a printed page (a flipbook's
 * page, a PDF copied line by line): a number under a line of prose that breaks off
 * mid-sentence, and either the text's end or the sentence going on under it. Each is
 * emptied (reported at it); the line after it goes on with the paragraph (`continuesPage`).
 * A number alone after a finished sentence (a list's number, a table's cell) stays.
 */
export function takeLoneFolios(lines: SourceLine[]): PageNumber[] {
  const taken: PageNumber[] = [];
  lines.forEach((line, i) => {
    const match = alone.exec(line.text);
    if (!match || line.tableRow) return;
    const previous = lines.slice(0, i).findLast((l) => l.text.trim() !== '');
    if (!previous || previous.tableRow) return;
    const before = previous.text.trim();
    if (hanCount(before) < WRAPPED_HAN || finished.test(before) || !/[\p{Script=Han}0-9，、,]$/u.test(before)) return;
    const nextIndex = lines.findIndex((l, k) => k > i && l.text.trim() !== '');
    const next = nextIndex < 0 ? undefined : lines[nextIndex];
    if (next && (next.tableRow || !/^[\p{Script=Han}0-9，、,]/u.test(next.text.trim()))) return;
    lines[i] = { ...line, text: '' };
    if (next) lines[nextIndex] = { ...next, continuesPage: true };
    taken.push({ line: line.line, column: line.column + line.text.indexOf(match[1]), number: Number(match[1]) });
  });
  return taken;
}

/**
 * (stop 59, blind: wenshuyi.com, a document library's copy of a printed page; kmc-ebook.21cms.tw, a council's minutes as an
 * e-book) A printed page's number in its dashes or tildes glued to the end of the page's last line, where the sentence breaks
 * off: "…凡在本办内首次接待来函、来电-1-" / "和来办事人员的股室…", "…因為這一次定期會最後一次的總~727~" (was: kept in the text,
 * "来电-1-和来办事人员", nothing said). The mark (one to three digits between two dashes or two tildes, a space inside or not)
 * after a Han character or a comma, on a line of wrapped prose, the line after it going on with Han or the text ending there.
 */
const gluedFolio = /(?<=[\p{Script=Han}，、,])[ \u3000]?([-－—~～])[ \u3000]?([1-9][0-9]{0,2})[ \u3000]?\1$/u;

export function takeGluedFolios(lines: SourceLine[]): PageNumber[] {
  const taken: PageNumber[] = [];
  lines.forEach((line, i) => {
    if (line.tableRow) return;
    const text = line.text.trimEnd();
    const match = gluedFolio.exec(text);
    if (!match || hanCount(text) < WRAPPED_HAN) return;
    const nextIndex = lines.findIndex((l, k) => k > i && l.text.trim() !== '');
    const next = nextIndex < 0 ? undefined : lines[nextIndex];
    if (next && (next.tableRow || !/^\p{Script=Han}/u.test(next.text.trim()))) return;
    lines[i] = { ...line, text: text.slice(0, match.index) };
    if (next && !finished.test(text.slice(0, match.index))) lines[nextIndex] = { ...next, continuesPage: true };
    taken.push({ line: line.line, column: line.column + match.index + (match[0].length - match[0].trimStart().length), number: Number(match[2]) });
  });
  return taken;
}
