/**
 * (PDF dumps, round 4) Page-foot notes: a report PDF that sets its notes (名词解释, 注释) as
 * footnotes prints each under the text of the page that calls it — `①“两重”：是指…` at the
 * foot, `…“两重”①…` in the text above. A text dump (`pdftotext`, with or without `-layout`,
 * or pdf.ts's reading of the PDF) has them where they were printed: between the two halves of
 * a paragraph the page broke, their marks left in the running text.
 *
 * A page's foot block is read as its notes when it is the page's last lines (after them only
 * blank lines and a page number), each of its entries opens with a note mark — circled
 * ①…⑳, `[1]` or `〔1〕` — numbered on from the block's first, and every entry's mark stands in
 * that page's text above it, inside a line (not opening one: an enumeration's ①), which is
 * its call. What is not all of that stays text where it is. The lines of a block taken leave
 * the text, so the paragraph the page broke is one again; each call is replaced by a token
 * (`callToken`: a private-use character, which nothing else in the text can be) that
 * notes.ts turns into the call of its note, wherever the text's lines end up. Pages are told
 * by form feeds (`pageStart`): a text without any has no page feet (a one-page PDF neither);
 * entries under a notes heading (注释：) are the notes section's, read by notes.ts.
 */
import { CALL_MARK, callMarkNumber, callToken, CIRCLED, isNotesHeading } from './notes.ts';
import type { SourceLine } from './types.ts';

/** An entry's mark at the start of a foot line (notes.ts's CALL_MARK: [1], 〔1〕, ①). */
const ENTRY = new RegExp(`^\\s*(?:${CALL_MARK})\\s*`, 'u');
/** What may follow the notes on a page: a page number ("- 3 -", "3", "第 3 页"). */
const PAGE_NUMBER = /^\s*(?:[-—–－]\s*)?\d{1,4}(?:\s*[-—–－])?\s*$|^\s*第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?\s*$/u;


export interface PageNote {
  /** The mark as printed (①, [1]). */
  mark: string;
  /** The note's text: its lines joined, its mark off. */
  text: string;
  page: number;
  line: number;
  column: number;
  /** Where its call stood in the input. */
  call: { line: number; column: number };
}

/** The mark as it reads in the text for number n, in the block's style. */
function callPattern(style: 'circled' | 'square' | 'tortoise', n: number): string {
  return style === 'circled' ? CIRCLED[n - 1] : style === 'square' ? `[${n}]` : `〔${n}〕`;
}

/**
 * The page-foot notes of a dump: its lines without the notes' lines (and the blank lines
 * between the text and them), each call replaced by its token, and the notes in order of their
 * tokens.
 */
export function takePageNotes(lines: readonly SourceLine[]): { lines: SourceLine[]; notes: PageNote[] } {
  // (a text without page breaks — a page, a text file — has no page feet)
  if (!lines.some((l) => l.pageStart)) return { lines: [...lines], notes: [] };
  // Pages: index ranges of `lines`.
  const pages: Array<[number, number]> = [];
  let from = 0;
  lines.forEach((l, i) => {
    if (l.pageStart && i > from) {
      pages.push([from, i]);
      from = i;
    }
  });
  pages.push([from, lines.length]);
  const out = lines.map((l) => ({ ...l }));
  const drop = new Set<number>();
  const notes: PageNote[] = [];
  pages.forEach(([start, end], p) => {
    // The page's last line of text: after it only blank lines and its page number.
    let last = end - 1;
    while (last >= start && (lines[last].text.trim() === '' || PAGE_NUMBER.test(lines[last].text))) last--;
    if (last < start) return;
    // The block's first line: the topmost line opening with a mark from which the page's foot reads as notes.
    for (let k = start + 1; k <= last; k++) {
      if (!ENTRY.test(lines[k].text)) continue;
      const block = readBlock(lines, k, last);
      // (marks out of sequence under the first: the page's foot is no block of notes)
      if (block === 'out-of-sequence') break;
      if (!block) continue;
      // (notes are the smaller part of a page: no more lines than the text over them)
      const textLines = lines.slice(start, k).filter((l) => l.text.trim() !== '').length;
      if (lines.slice(k, last + 1).filter((l) => l.text.trim() !== '').length > textLines) continue;
      // (entries under a notes heading — 注释, 名词解释 — are the notes section's: notes.ts reads them)
      let over = k - 1;
      while (over > start && lines[over].text.trim() === '') over--;
      if (isNotesHeading(lines[over].text)) break;
      const calls = findCalls(out, start, k, block);
      if (!calls) continue;
      // Taken: the block's lines and the blank lines over it out of the text, the calls made tokens.
      let top = k;
      while (top - 1 > start && lines[top - 1].text.trim() === '') top--;
      // (and the blank lines under them to the page's end: the text goes on on the next page as if they were not there)
      for (let j = top; j < end; j++) if (j <= last || lines[j].text.trim() === '') drop.add(j);
      const first = notes.length;
      for (const [e, entry] of block.entries()) {
        const call = calls[e];
        notes.push({ mark: entry.mark, text: entry.text, page: p + 1, line: entry.line, column: entry.column, call: { line: lines[call.index].line, column: lines[call.index].column + call.at } });
      }
      // (the calls made tokens from a line's end back, so that each one's place still holds)
      const order = calls.map((call, e) => ({ ...call, token: callToken(first + e) })).sort((a, b) => b.index - a.index || b.at - a.at);
      for (const call of order) {
        const text = out[call.index].text;
        // (the spaces a dump sets around a raised mark go with it)
        const before = text.slice(0, call.at).replace(/[ \t]+$/, '');
        const after = text.slice(call.at + call.length).replace(/^[ \t]+/, '');
        out[call.index] = { ...out[call.index], text: before + call.token + after };
      }
      break;
    }
  });
  if (notes.length === 0) return { lines: [...lines], notes };
  // A page's first line keeps the mark that it opens a page when the lines before it go.
  const kept: SourceLine[] = [];
  let opens = false;
  out.forEach((line, i) => {
    if (drop.has(i)) opens ||= line.pageStart === true;
    else {
      kept.push(opens ? { ...line, pageStart: true } : line);
      opens = false;
    }
  });
  return { lines: kept, notes };
}

interface Entry {
  mark: string;
  n: number;
  style: 'circled' | 'square' | 'tortoise';
  text: string;
  line: number;
  column: number;
}

/** Lines k…last as entries: the first opens with a mark, the others open with the next numbers or go on the entry before. */
function readBlock(lines: readonly SourceLine[], k: number, last: number): Entry[] | 'out-of-sequence' | undefined {
  const entries: Entry[] = [];
  for (let j = k; j <= last; j++) {
    const raw = lines[j].text;
    if (raw.trim() === '') continue;
    const m = ENTRY.exec(raw);
    const style = m ? (m[3] ? 'circled' : m[1] ? 'square' : 'tortoise') : undefined;
    if (m && (entries.length === 0 || (style === entries[0].style && callMarkNumber(m) === entries[entries.length - 1].n + 1))) {
      const rest = raw.slice(m[0].length).trim();
      if (rest === '') return undefined;
      entries.push({ mark: m[0].trim(), n: callMarkNumber(m), style: style!, text: rest, line: lines[j].line, column: lines[j].column + m[0].length });
    } else if (m) return 'out-of-sequence';
    else entries[entries.length - 1].text = join(entries[entries.length - 1].text, raw.trim());
  }
  return entries.length > 0 ? entries : undefined;
}

/** Each entry's call in the page's text above the block (lines start…k−1): inside a line, the first such mark not after a colon or semicolon (an enumeration's). */
function findCalls(lines: readonly SourceLine[], start: number, k: number, entries: readonly Entry[]): Array<{ index: number; at: number; length: number }> | undefined {
  const calls: Array<{ index: number; at: number; length: number }> = [];
  for (const entry of entries) {
    const mark = callPattern(entry.style, entry.n);
    let found: { index: number; at: number; length: number } | undefined;
    for (let j = start; j < k && !found; j++) {
      const text = lines[j].text;
      for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
        const before = text.slice(0, at).trimEnd();
        // (not opening its line, not an enumeration after a colon or semicolon, nor the next digit of a number: [1]0)
        if (before === '' || /[：:；;]$/.test(before)) continue;
        if (entry.style !== 'circled' && /^\d/.test(text.slice(at + mark.length))) continue;
        found = { index: j, at, length: mark.length };
        break;
      }
    }
    if (!found) return undefined;
    calls.push(found);
  }
  return calls;
}

/** A note's lines joined: nothing between Chinese characters, a space between Latin words. */
function join(left: string, right: string): string {
  return /[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right) ? `${left} ${right}` : left + right;
}
