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
 *
 * (PDF dumps, round 5) Two more things a word processor's footnotes print. Notes numbered with PLAIN DIGITS (its
 * default): at the foot `1` on a line of its own over the entry's text, or `1 text`; in the text the raised call
 * glued to the word it follows (`“一张图”1 建设`, `治理”2，`), or, raised over a line's end, a line of its own (`6`
 * between `…“暖心驿站”` and `113个…`). A digit is a figure as often as a call, so a digit call is taken only where it
 * is the page's one candidate: after a Han character or a closing mark, before a space, a punctuation mark or the
 * line's end, or after a closing mark before anything but a figure's signs (never `集群1个`, `1.5`, `第1`), or alone
 * on its line inside the text; a page whose foot reads as notes
 * numbered so but whose calls are not each found once keeps its lines as text and is said (`unsafe`, with the place).
 * And A NOTE CONTINUED on the next page: when the last note a page's foot held stops mid-sentence, the lines at the
 * next page's foot above its own entries (or above its end) that are set in the notes' smaller type — wider, in
 * characters, than the text's full lines — are that note's rest (`continuation`).
 */
import { CALL_MARK, callMarkNumber, callToken, CIRCLED, isNotesHeading } from './notes.ts';
import { PAGE_NUMBER_LINE, pagesOf, withoutLines } from './lines.ts';
import type { SourceLine } from './types.ts';

/** An entry's mark at the start of a foot line (notes.ts's CALL_MARK: [1], 〔1〕, ①). */
const ENTRY = new RegExp(`^\\s*(?:${CALL_MARK})\\s*`, 'u');
/** (round 5) A digit entry: its number alone on a line (the entry's text on the next), or its number and a space before the text. */
const DIGIT_ALONE = /^\s*(\d{1,2})\s*$/u;
const DIGIT_ENTRY = /^\s*(\d{1,2})[ \t\u3000]+(?=[^\s\d.．、])/u;
/** A note's text: no run of three spaces (a -layout table row's cells). */
const TABLE_ROW = /\S {3,}\S/u;
/** What a digit call follows (a Han character, a closing mark) and what may follow it (a space, a punctuation mark, the line's end). */
const CALL_BEFORE = /[\p{Script=Han}”’」』）》】〕]$/u;
const CLOSING_BEFORE = /[”’」』）》】〕]$/u;
const CALL_AFTER = /^(?:$|[\s，。、；：！？,;:!?）)”’」』》】])/u;
/** A sentence's end: a note stopping so is not continued. */
const SENTENCE_END = /[。！？.!?）)”]$/u;


/** (round 5) A page's foot that reads as notes numbered 1, 2 … whose calls were not each found once in its text: kept as text, said. */
export interface UnsafeFoot {
  page: number;
  /** The entries' numbers. */
  marks: string[];
  line: number;
  column: number;
  /** Why: a number with no call on the page, or with more than one candidate (each candidate's line:column). */
  why: string;
}

/** (round 5) A page-foot note continued at the next page's foot: where its rest stands. */
export interface Continuation {
  mark: string;
  page: number;
  line: number;
  column: number;
  lines: number;
}

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
type Style = 'circled' | 'square' | 'tortoise' | 'digit';

function callPattern(style: Style, n: number): string {
  return style === 'circled' ? CIRCLED[n - 1] : style === 'square' ? `[${n}]` : style === 'tortoise' ? `〔${n}〕` : String(n);
}

/** A line's width in a dump's character grid: a Han character or full-width mark two columns, anything else one. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text.trim()) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]|[“”‘’…—]/u.test(ch) ? 2 : 1;
  return w;
}

/** The text's full line: the most common width of the dump's lines (its body; the notes are the fewer). */
function fullWidth(lines: readonly SourceLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const w = displayWidth(l.text);
    // (widths a column apart are one: a figure or a Latin letter in a line of Han)
    if (w >= 10) counts.set(w >> 1, (counts.get(w >> 1) ?? 0) + 1);
  }
  let best = 0;
  let most = 0;
  for (const [w, n] of counts) if (n > most || (n === most && w > best)) [best, most] = [w, n];
  return best * 2 + 1;
}

/** The entry opening at line j (its number and text; a number alone on its line takes the next non-blank line, up to last, as its text). */
function entryAt(lines: readonly SourceLine[], j: number, last: number): { mark: string; n: number; style: Style; text: string; line: number; column: number; through: number } | undefined {
  const raw = lines[j].text;
  const m = ENTRY.exec(raw);
  if (m) {
    const rest = raw.slice(m[0].length).trim();
    return rest === '' ? undefined : { mark: m[0].trim(), n: callMarkNumber(m), style: m[3] ? 'circled' : m[1] ? 'square' : 'tortoise', text: rest, line: lines[j].line, column: lines[j].column + m[0].length, through: j };
  }
  const alone = DIGIT_ALONE.exec(raw);
  if (alone) {
    let t = j + 1;
    while (t <= last && lines[t].text.trim() === '') t++;
    if (t > last || DIGIT_ALONE.test(lines[t].text) || ENTRY.test(lines[t].text) || TABLE_ROW.test(lines[t].text.trim())) return undefined;
    const lead = lines[t].text.length - lines[t].text.trimStart().length;
    return { mark: alone[1], n: Number(alone[1]), style: 'digit', text: lines[t].text.trim(), line: lines[t].line, column: lines[t].column + lead, through: t };
  }
  const digit = DIGIT_ENTRY.exec(raw);
  if (digit && !TABLE_ROW.test(raw.trim())) return { mark: digit[1], n: Number(digit[1]), style: 'digit', text: raw.slice(digit[0].length).trim(), line: lines[j].line, column: lines[j].column + digit[0].length, through: j };
  return undefined;
}

/**
 * The page-foot notes of a dump: its lines without the notes' lines (and the blank lines
 * between the text and them), each call replaced by its token, and the notes in order of their
 * tokens; the feet that read as digit-numbered notes but were kept as text (`unsafe`), and the notes
 * continued on a next page (`continued`).
 */
export function takePageNotes(lines: readonly SourceLine[]): { lines: SourceLine[]; notes: PageNote[]; unsafe: UnsafeFoot[]; continued: Continuation[] } {
  // (a text without page breaks — a page, a text file — has no page feet)
  if (!lines.some((l) => l.pageStart)) return { lines: [...lines], notes: [], unsafe: [], continued: [] };
  const pages = pagesOf(lines);
  const out = lines.map((l) => ({ ...l }));
  const drop = new Set<number>();
  const notes: PageNote[] = [];
  const unsafe: UnsafeFoot[] = [];
  const continued: Continuation[] = [];
  // (round 5) the notes' smaller type: lines wider than the text's full line by a fifth
  const wide = fullWidth(lines) * 1.2;
  /** The page whose foot's last note is taken, still open (it stops mid-sentence): the next page's foot may go on with it. */
  let open: { page: number; note: PageNote } | undefined;
  pages.forEach(([start, end], p) => {
    const opened = open?.page === p ? open.note : undefined;
    open = undefined;
    // The page's last line of text: after it only blank lines and its page number.
    let last = end - 1;
    while (last >= start && (lines[last].text.trim() === '' || PAGE_NUMBER_LINE.test(lines[last].text))) last--;
    if (last < start) return;
    // The block's first line: the topmost line opening with a mark from which the page's foot reads as notes.
    let taken: { top: number; k: number } | undefined;
    /** (round 5) Why a foot that reads as digit-numbered notes was not read: said when no block is taken. */
    let doubt: { k: number; why: string } | undefined;
    for (let k = start + 1; k <= last; k++) {
      const first = entryAt(lines, k, last);
      if (!first) continue;
      const block = readBlock(lines, k, last);
      // (marks out of sequence under the first: the page's foot is no block of notes)
      if (block === 'out-of-sequence') {
        // (a digit alone on a line may be a call raised over a line's end, inside the text: the foot may start lower)
        if (first.style === 'digit') {
          doubt ??= { k, why: 'its numbers are not each over their own entry' };
          continue;
        }
        break;
      }
      if (!block) continue;
      // (round 5) a digit entry's lines but its last set in the notes' smaller type: a number alone over lines of the text's width (a chart's label, a table's cell) is no note
      if (block[0].style === 'digit' && block.some((e) => e.widths.slice(0, -1).some((w) => w < wide))) continue;
      // (round 5) a digit entry's number under the notes, by the page's end (pdftotext's order of small type): which lines are whose is not known
      const after = block[block.length - 1].n + 1;
      if (block[0].style === 'digit' && lines.slice(last + 1, end).some((l) => DIGIT_ALONE.exec(l.text)?.[1] === String(after))) {
        doubt = { k, why: `the number ${after} stands under the notes, not over its entry` };
        continue;
      }
      // (notes are the smaller part of a page: no more lines than the text over them)
      const textLines = lines.slice(start, k).filter((l) => l.text.trim() !== '').length;
      if (lines.slice(k, last + 1).filter((l) => l.text.trim() !== '').length > textLines) continue;
      // (entries under a notes heading — 注释, 名词解释 — are the notes section's: notes.ts reads them)
      let over = k - 1;
      while (over > start && lines[over].text.trim() === '') over--;
      if (isNotesHeading(lines[over].text)) break;
      const calls = findCalls(out, start, k, block);
      if (!Array.isArray(calls)) {
        if (block[0].style === 'digit' && calls !== undefined) doubt = { k, why: calls };
        continue;
      }
      take(k, block, calls);
      break;
    }
    // (round 6) numbers printed UNDER their entries (a word processor's raised note number, read after its line by pdftotext)
    if (!taken) {
      // (the last number may read as a page number: the page's last non-blank line)
      let bottom = end - 1;
      while (bottom > start && lines[bottom].text.trim() === '') bottom--;
      const under = numbersUnder(lines, start, bottom, wide);
      const calls = under && findCalls(out, start, under.k, under.entries);
      if (under && Array.isArray(calls)) {
        take(under.k, under.entries, calls);
        doubt = undefined;
      }
    }
    function take(k: number, block: Entry[], calls: Call[]): void {
      // Taken: the block's lines and the blank lines over it out of the text, the calls made tokens.
      let top = k;
      while (top - 1 > start && lines[top - 1].text.trim() === '') top--;
      // (and the blank lines under them to the page's end: the text goes on on the next page as if they were not there)
      for (let j = top; j < end; j++) if (j <= last || lines[j].text.trim() === '') drop.add(j);
      const first0 = notes.length;
      for (const [e, entry] of block.entries()) {
        const call = calls[e];
        notes.push({ mark: entry.mark, text: entry.text, page: p + 1, line: entry.line, column: entry.column, call: { line: lines[call.index].line, column: lines[call.index].column + call.at } });
      }
      // (the calls made tokens from a line's end back, so that each one's place still holds)
      const order = calls.map((call, e) => ({ ...call, token: callToken(first0 + e) })).sort((a, b) => b.index - a.index || b.at - a.at);
      for (const call of order) {
        if (call.alone !== undefined) {
          // (a call raised over a line's end, a line of its own: the token at the end of the line it follows; its line and the blank lines under it go)
          out[call.alone] = { ...out[call.alone], text: out[call.alone].text.replace(/[ \t]+$/, '') + call.token };
          for (let j = call.index; j < k && (j === call.index || lines[j].text.trim() === ''); j++) drop.add(j);
          continue;
        }
        const text = out[call.index].text;
        // (the spaces a dump sets around a raised mark go with it)
        const before = text.slice(0, call.at).replace(/[ \t]+$/, '');
        const after = text.slice(call.at + call.length).replace(/^[ \t]+/, '');
        out[call.index] = { ...out[call.index], text: before + call.token + after };
      }
      taken = { top, k };
      const lastNote = notes[notes.length - 1];
      if (!SENTENCE_END.test(lastNote.text)) open = { page: p + 1, note: lastNote };
    }
    if (!taken && doubt) unsafeFoot(lines, start, doubt.k, last, p, unsafe, doubt.why);
    // (round 5) The note the page before left open goes on in the lines over this page's own notes (or at its foot), set in their smaller type.
    if (opened) {
      const rest = continuation(lines, start, taken ? taken.top - 1 : last, wide);
      if (rest) {
        const [from, to] = rest;
        for (let j = from; j <= to; j++) {
          if (lines[j].text.trim() !== '') opened.text = join(opened.text, lines[j].text.trim());
          drop.add(j);
        }
        // (the blank lines over it, and under it to the page's end when no notes of its own follow)
        for (let j = from - 1; j > start && lines[j].text.trim() === ''; j--) drop.add(j);
        if (!taken) for (let j = to + 1; j < end; j++) if (lines[j].text.trim() === '') drop.add(j);
        continued.push({ mark: opened.mark, page: p + 1, line: lines[from].line, column: lines[from].column, lines: lines.slice(from, to + 1).filter((l) => l.text.trim() !== '').length });
        // (a note continued and still open: it may go on over one more page — only when this page holds no notes of its own)
        if (!taken && !SENTENCE_END.test(opened.text)) open = { page: p + 1, note: opened };
      }
    }
  });
  if (notes.length === 0) return { lines: [...lines], notes, unsafe, continued };
  return { lines: withoutLines(out, drop), notes, unsafe, continued };
}

/** A foot read as digit-numbered notes, but not safely: said at its first entry. */
function unsafeFoot(lines: readonly SourceLine[], start: number, k: number, last: number, p: number, unsafe: UnsafeFoot[], why: string): void {
  const marks = lines.slice(k, last + 1).map((l) => DIGIT_ALONE.exec(l.text)?.[1] ?? DIGIT_ENTRY.exec(l.text)?.[1]).filter((m): m is string => m !== undefined);
  // (a number or two at a page's foot with no call candidate anywhere on the page is no notes' number: nothing to say)
  if (!marks.some((m) => lines.slice(start, k).some((l) => digitCandidates(l.text, Number(m)).length > 0 || DIGIT_ALONE.exec(l.text)?.[1] === m))) return;
  unsafe.push({ page: p + 1, marks, line: lines[k].line, column: lines[k].column, why });
}

/**
 * (round 5) The lines start…below's end that continue a note from the page before: the run of non-blank lines ending at
 * `below` (blank lines skipped), each wider than the text's full line (the notes' smaller type) but the run's last, which
 * may be short (the note's end); at least one wide line, and text over the run.
 */
function continuation(lines: readonly SourceLine[], start: number, below: number, wide: number): [number, number] | undefined {
  let to = below;
  while (to > start && lines[to].text.trim() === '') to--;
  if (to <= start) return undefined;
  let from = to + 1;
  let wideLines = 0;
  for (let j = to; j > start; j--) {
    if (lines[j].text.trim() === '') continue;
    const isWide = displayWidth(lines[j].text) >= wide;
    if (!isWide && j !== to) break;
    if (isWide) wideLines++;
    from = j;
  }
  // (text over it: the run is not the page's whole text)
  if (wideLines === 0 || from <= start + 1) return undefined;
  return [from, to];
}

interface Entry {
  mark: string;
  n: number;
  style: Style;
  text: string;
  line: number;
  column: number;
  /** Its lines' widths (`displayWidth`), the first without its mark. */
  widths: number[];
}

/** Lines k…last as entries: the first opens with a mark, the others open with the next numbers or go on the entry before. */
function readBlock(lines: readonly SourceLine[], k: number, last: number): Entry[] | 'out-of-sequence' | undefined {
  const entries: Entry[] = [];
  for (let j = k; j <= last; j++) {
    const raw = lines[j].text;
    if (raw.trim() === '') continue;
    const m = entryAt(lines, j, last);
    const previous = entries[entries.length - 1];
    if (m && (entries.length === 0 || (m.style === entries[0].style && m.n === previous.n + 1))) {
      entries.push({ mark: m.mark, n: m.n, style: m.style, text: m.text, line: m.line, column: m.column, widths: [displayWidth(m.text)] });
      j = m.through;
    } else if (m && (m.style !== 'digit' || entries[0].style === 'digit')) return 'out-of-sequence';
    // (a digit entry's number alone on a line with no entry under it: its numbers and texts are not in order)
    else if (entries[0]?.style === 'digit' && DIGIT_ALONE.test(raw)) return 'out-of-sequence';
    else if (entries.length === 0) return undefined;
    else {
      previous.text = join(previous.text, raw.trim());
      previous.widths.push(displayWidth(raw));
    }
  }
  return entries.length > 0 ? entries : undefined;
}

/**
 * (round 6) A foot whose digit notes have their numbers UNDER their entries, as pdftotext prints a word processor's raised note
 * number that opens the note's line (`“两重”：是指…。` / `1` / `“两新”：…。` / `2`): from the page's last line up, each number
 * alone on its line under its entry — the entry its line over the number and the lines over that set in the notes' smaller
 * type (wider than the text's full line) — numbered down by one, every entry ending its sentence; no number alone over the
 * block's top within three lines (a number over its entry there: round 5's mixed order, not known whose lines are whose).
 */
function numbersUnder(lines: readonly SourceLine[], start: number, last: number, wide: number): { k: number; entries: Entry[] } | undefined {
  const entries: Entry[] = [];
  let j = last;
  // (the plain dump's order: the numbers all under the entries, `“两重”：….` / `“两新”：….` / `1` / `2` — read in order only when each
  // entry is one line ending its sentence, as many lines over the numbers as numbers, a blank line or the text's line over them)
  const run: number[] = [];
  for (let i = last; i > start && (lines[i].text.trim() === '' || DIGIT_ALONE.test(lines[i].text)); i--) if (lines[i].text.trim() !== '') run.unshift(i);
  if (run.length >= 2) {
    const numbers = run.map((i) => Number(DIGIT_ALONE.exec(lines[i].text)![1]));
    if (numbers.some((n, i) => i > 0 && n !== numbers[i - 1] + 1)) return undefined;
    let i = run[0] - 1;
    while (i > start && lines[i].text.trim() === '') i--;
    const texts = lines.slice(i - run.length + 1, i + 1);
    if (i - run.length < start || texts.some((l) => l.text.trim() === '' || !SENTENCE_END.test(l.text.trim()) || TABLE_ROW.test(l.text.trim()) || displayWidth(l.text) >= wide)) return undefined;
    const k = i - run.length + 1;
    return {
      k,
      entries: texts.map((l, e) => ({ mark: String(numbers[e]), n: numbers[e], style: 'digit' as const, text: l.text.trim(), line: l.line, column: l.column + l.text.length - l.text.trimStart().length, widths: [displayWidth(l.text)] })),
    };
  }
  for (;;) {
    const number = DIGIT_ALONE.exec(lines[j].text);
    if (!number || (entries.length > 0 && Number(number[1]) !== entries[0].n - 1)) break;
    let bottom = j - 1;
    while (bottom > start && lines[bottom].text.trim() === '') bottom--;
    if (bottom <= start || DIGIT_ALONE.test(lines[bottom].text) || TABLE_ROW.test(lines[bottom].text.trim()) || !SENTENCE_END.test(lines[bottom].text.trim())) return undefined;
    let top = bottom;
    while (top - 1 > start && lines[top - 1].text.trim() !== '' && displayWidth(lines[top - 1].text) >= wide && !DIGIT_ALONE.test(lines[top - 1].text)) top--;
    const body = lines.slice(top, bottom + 1);
    const lead = lines[top].text.length - lines[top].text.trimStart().length;
    entries.unshift({ mark: number[1], n: Number(number[1]), style: 'digit', text: body.map((l) => l.text.trim()).reduce(join), line: lines[top].line, column: lines[top].column + lead, widths: body.map((l) => displayWidth(l.text)) });
    j = top - 1;
    while (j > start && lines[j].text.trim() === '') j--;
    if (j <= start) return undefined;
  }
  if (entries.length === 0) return undefined;
  const k = lines.findIndex((l) => l.line === entries[0].line);
  // (a number alone just over the block: numbers over and under their entries at once — not read)
  for (let i = k - 1, seen = 0; i > start && seen < 3; i--) {
    if (lines[i].text.trim() === '') continue;
    if (DIGIT_ALONE.test(lines[i].text)) return undefined;
    seen++;
  }
  return { k, entries };
}

/** Where digit n stands in a text as a call could: after a Han character or a closing mark, before a space, a punctuation mark or the line's end. */
function digitCandidates(text: string, n: number): number[] {
  const mark = String(n);
  const at: number[] = [];
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
    const before = text.slice(0, i);
    const after = text.slice(i + mark.length);
    if (/\d$/.test(before) || /^\d/.test(after)) continue;
    // (after a closing mark — “两新”2工作 — anything but a figure's own signs goes on)
    // (round 6: or after a closing mark and the space pdftotext sets before a raised digit — “两重” 1“两新”)
    if ((CALL_BEFORE.test(before) && !/第$/.test(before) && CALL_AFTER.test(after)) || (CLOSING_BEFORE.test(before.replace(/[ \t]$/u, '')) && !/^[.．%％‰]/.test(after))) at.push(i);
  }
  return at;
}

interface Call {
  index: number;
  at: number;
  length: number;
  /** A call alone on its line: the line it follows (its token goes at that line's end). */
  alone?: number;
}

/**
 * Each entry's call in the page's text above the block (lines start…k−1): inside a line, the first such mark not after a colon or
 * semicolon (an enumeration's). A digit entry's call (round 5) must be the page's one candidate (`digitCandidates`, or the number
 * alone on a line inside the text): else why it is not safe.
 */
function findCalls(lines: readonly SourceLine[], start: number, k: number, entries: readonly Entry[]): Call[] | string | undefined {
  const calls: Call[] = [];
  for (const entry of entries) {
    const mark = callPattern(entry.style, entry.n);
    let found: Call | undefined;
    if (entry.style === 'digit') {
      const candidates: Call[] = [];
      for (let j = start; j < k; j++) {
        const text = lines[j].text;
        if (DIGIT_ALONE.test(text) && text.trim() === mark) {
          // (alone on its line inside the text: text over it on the page)
          let over = j - 1;
          while (over >= start && lines[over].text.trim() === '') over--;
          if (over >= start && !DIGIT_ALONE.test(lines[over].text)) candidates.push({ index: j, at: text.indexOf(mark), length: mark.length, alone: over });
          continue;
        }
        for (const at of digitCandidates(text, entry.n)) candidates.push({ index: j, at, length: mark.length });
      }
      if (candidates.length === 0) return calls.length > 0 ? `note ${entry.mark} has no call on the page` : undefined;
      if (candidates.length > 1) return `note ${entry.mark} has ${candidates.length} candidates for its call (${candidates.map((c) => `line ${lines[c.index].line}, column ${lines[c.index].column + c.at}`).join('; ')})`;
      calls.push(candidates[0]);
      continue;
    }
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
