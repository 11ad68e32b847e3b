/**
 * A PDF as downloaded → the text dump the text path already reads (what
 * `pdftotext -layout` gives): pdf.js (pdfjs-dist's legacy build, which runs in
 * Node 20 without a browser) reads each page's text items; items are grouped
 * into lines by baseline, read top to bottom and left to right, with their
 * indentation as spaces (a paragraph's two-character indent is what tells
 * paragraphs apart in a wrapped document) and pages separated by a form feed.
 * A line repeated at the top or foot of several pages (a running header, the
 * page number "- 3 -") is page furniture: taken out here, each one reported
 * with its page. Pages without a text layer (scans) cannot be read: a PDF with
 * none is refused (no OCR), a scanned page among text pages is a warning.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TABLE_NUMBER } from './boxes.ts';
import { plausibility } from './decode.ts';
import { DISCLOSURE_KEYS } from './disclosure.ts';
import { FURNITURE_MAX_LENGTH, furniturePagesNeeded, furnitureShape } from './dump-furniture.ts';
import { mode, readColumns, type ColumnItem, type ColumnLine } from './pdf-columns.ts';
import { structureToken, type Structure, type TakenStructures } from './structures.ts';

export interface PdfFurniture {
  page: number;
  text: string;
  where: 'header' | 'footer';
  /** Why: repeated on the pages' same side, or (one page too) a first line in small type spread across the page. */
  why?: 'repeated' | 'running-head';
}

export interface PdfText {
  /** The dump ingest reads: one line per text line, a form feed before every page but the first; a table's lines its placeholder and blank lines. */
  text: string;
  /** The same with the tables' lines as printed (what the user is shown; same lines). */
  shown: string;
  /** Page of each line of `text` (index 0 = line 1). */
  pageOfLine: number[];
  pages: number;
  /** Running headers and page numbers taken out. */
  furniture: PdfFurniture[];
  /** Pages with no text at all but an image (a scanned page among text pages). */
  imagePages: number[];
  /** Pages set in two columns (a run of them or more), read column after column: the line of the dump each run starts. */
  columns: Array<{ page: number; line: number }>;
  /** Tables, each standing in `text` as its placeholder line (structures.ts). */
  structures: TakenStructures;
  /** (round 6) Tables read as the rest of the table on the page before (its header row repeated at the page's top, left out): the dump's line where each goes on. */
  continuedTables: Array<{ page: number; line: number; header: string }>;
}

/** Why a PDF cannot be read; `page` where the problem is on one page. */
export class PdfError extends Error {
  constructor(
    message: string,
    readonly ruleId: string,
    readonly page?: number,
  ) {
    super(message);
    this.name = 'PdfError';
  }
}

/** A text item where pdf.js places it, and a line of them (pdf-columns.ts's shapes: it reads the same lines; a line's `origin`, its column's edge, else the page's margin). */
type Item = ColumnItem;
type Line = ColumnLine;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfJs> | undefined;
/** pdf.js, loaded on first use (≈ 0.2 s): a text or HTML ingest never loads it. */
function pdfjs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

/** The package's CMaps (Chinese PDFs with predefined CMaps such as UniGB-UCS2-H need them) and standard fonts. */
function assets(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: `${pathToFileURL(path.join(root, 'cmaps')).href}/`, standardFontDataUrl: `${pathToFileURL(path.join(root, 'standard_fonts')).href}/` };
}

export async function pdfText(input: Uint8Array): Promise<PdfText> {
  const lib = await pdfjs();
  const { cMapUrl, standardFontDataUrl } = assets();
  // pdf.js takes ownership of the buffer it is given: pass a copy.
  const task = lib.getDocument({ data: new Uint8Array(input), cMapUrl, cMapPacked: true, standardFontDataUrl, isEvalSupported: false, useSystemFonts: false, verbosity: 0, stopAtErrors: true });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') {
      throw new PdfError('Unexpected password-protected PDF: it cannot be opened without its password; open it in a PDF reader and save or print it as a PDF without a password, then ingest that', 'pdf-encrypted');
    }
    throw new PdfError(`Unexpected damaged PDF: ${(error as Error).message}; download it again, or open it in a PDF reader and save it as a new PDF`, 'pdf-damaged');
  }
  try {
    const pages: Line[][] = [];
    const imagePages: number[] = [];
    const columnPages = new Set<number>();
    for (let n = 1; n <= doc.numPages; n++) {
      let page;
      let content;
      try {
        page = await doc.getPage(n);
        content = await page.getTextContent();
      } catch (error) {
        throw new PdfError(`Unexpected damaged page ${n} of the PDF: ${(error as Error).message}; download it again, or open it in a PDF reader and save it as a new PDF`, 'pdf-damaged', n);
      }
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str.trim() === '') continue;
        const [a, b, c, d, e, f] = raw.transform as number[];
        items.push({ str: raw.str, x: e, y: f, size: Math.hypot(c, d) || Math.hypot(a, b), width: raw.width });
      }
      if (items.length === 0 && (await hasImage(page, lib))) imagePages.push(n);
      // (a page set in two columns: its lines read column after column)
      const read = readColumns(linesOf(items), linesOf);
      if (read.runs > 0) columnPages.add(n);
      pages.push(read.lines);
      page.cleanup();
    }
    if (pages.every((lines) => lines.length === 0)) {
      throw new PdfError(
        imagePages.length > 0
          ? `Unexpected scanned PDF: its ${doc.numPages} page(s) are images with no text layer, and ingest does not do OCR; ingest the report's text or HTML (the page it was published on), or run OCR first and check its text`
          : 'Unexpected PDF without text: no page holds any text',
        'pdf-no-text',
        1,
      );
    }
    const unreadable = unreadablePage(pages.map((lines) => lines.map((l) => l.items.map((i) => i.str).join('')).join('\n')));
    if (unreadable) throw new PdfError(unreadable.reason, 'pdf-unreadable', unreadable.page);
    return dump(pages, imagePages, columnPages);
  } finally {
    await doc.destroy();
  }
}

/**
 * A text layer that is not text: fonts whose characters map to private-use code points, or
 * to the wrong characters (a font without a correct ToUnicode map: Han characters, but not
 * those of any report). Judged on the whole document (a page of figures or names reads
 * oddly alone), the first page that shows it named. Undefined when it reads as Chinese.
 */
export function unreadablePage(pages: readonly string[]): { page: number; reason: string } | undefined {
  const all = pages.join('');
  const privateUse = /[\uE000-\uF8FF]/gu;
  const visible = all.replace(/\s/g, '').length;
  const pua = all.match(privateUse)?.length ?? 0;
  const advice = 'open it in a PDF reader and check that its text can be copied as Chinese; print it to a new PDF, or ingest the .docx or the page the report was published on';
  if (visible > 0 && pua / visible > 0.02) {
    const page = pages.findIndex((t) => privateUse.test(t)) + 1;
    return { page, reason: `Unexpected PDF whose text layer is not text: ${pua} of its ${visible} characters are private-use code points (fonts with no Unicode map); ${advice}` };
  }
  const han = all.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han >= 50 && plausibility(all) < 0.3) {
    const page = pages.findIndex((t) => (t.match(/\p{Script=Han}/gu)?.length ?? 0) >= 20 && plausibility(t) < 0.3) + 1 || 1;
    return { page, reason: `Unexpected PDF whose text layer does not read as Chinese (its characters are not those of a report: fonts with a wrong Unicode map); ${advice}` };
  }
  return undefined;
}

/** Whether a page paints an image (a scan): only asked of pages with no text. */
async function hasImage(page: { getOperatorList(): Promise<{ fnArray: number[] }> }, lib: PdfJs): Promise<boolean> {
  const ops = await page.getOperatorList();
  const image = new Set([lib.OPS.paintImageXObject, lib.OPS.paintInlineImageXObject, lib.OPS.paintImageMaskXObject, lib.OPS.paintImageXObjectRepeat]);
  return ops.fnArray.some((fn) => image.has(fn));
}

/** Items → lines: same baseline (within a third of the type size), top to bottom. */
function linesOf(items: Item[]): Line[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(l.size, item.size) / 3);
    if (line) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else lines.push({ y: item.y, size: item.size, items: [item] });
  }
  for (const line of lines) line.items.sort((p, q) => p.x - q.x);
  return raisedMarks(lines.sort((p, q) => q.y - p.y));
}

/** A note's call as a superscript prints it: circled ①…⑳, a number, [1], 〔1〕, an asterisk (spaces between several). */
const MARKS = /^(?:\s*(?:[①-⑳]|\d{1,2}|\[\d{1,2}\]|〔\d{1,2}〕|\*{1,3}))+\s*$/u;

/**
 * (PDF dumps, round 4) Superscript note calls: set in small type and raised more than a third of the text's
 * size over its baseline, they are a line of their own by baseline alone, read before the line they belong to
 * (`① ②升。对接政策…`). A line holding only such marks (each 4/5 of the next line's type or smaller), its
 * baseline less than an em of that line over it, goes into that line, each mark where it stands.
 */
function raisedMarks(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const next = lines[k + 1];
    const marks = line.items.map((i) => i.str).join(' ');
    if (next && MARKS.test(marks) && line.items.every((i) => i.size <= next.size * 0.8) && line.y > next.y && line.y - next.y < next.size) {
      const left = Math.min(...next.items.map((i) => i.x));
      const right = Math.max(...next.items.map((i) => i.x + i.width));
      if (line.items.every((i) => i.x >= left - next.size && i.x <= right + next.size)) {
        next.items = [...next.items, ...line.items.map((i) => ({ ...i, raised: true }))].sort((p, q) => p.x - q.x);
        continue;
      }
    }
    out.push(line);
  }
  // (a mark raised less, within a third of the type size, is in its line already: raised too when set small over the line's baseline)
  for (const line of out) {
    const base = line.items.find((i) => i.size === line.size)?.y ?? line.y;
    for (const item of line.items) if (item.size <= line.size * 0.8 && item.y - base >= line.size * 0.15 && MARKS.test(item.str)) item.raised = true;
  }
  return out;
}

/**
 * (PDF dumps, round 4) Notes numbered 1, 2, 3 (a word processor's default footnotes): at the page's foot, lines in
 * type smaller than the text (5/6 of it or less), the entries opening with their number as an item of its own; in the
 * page's text above, each number raised at its call (`raisedMarks`). Where every entry's number, in sequence, has
 * its raised call on the page, both read `[n]` in the dump ingest reads (`page-notes.ts` then links them; the dump
 * shown keeps the digits as printed). A raised figure with no note of its number (m², a power) stays as printed.
 */
function numberedNotes(lines: readonly Line[], body: number): Map<Item, string> {
  const marks = new Map<Item, string>();
  let top = lines.length;
  while (top > 0 && lines[top - 1].items.every((i) => i.size <= body * (5 / 6))) top--;
  if (top === lines.length || top === 0) return marks;
  const entries = lines.slice(top).map((l) => l.items[0]).filter((i) => /^\s*\d{1,2}\s*$/.test(i.str));
  if (entries.length === 0 || !/^\s*\d/.test(lines[top].items[0].str)) return marks;
  const raised = lines.slice(0, top).flatMap((l) => l.items.filter((i) => i.raised));
  let previous: number | undefined;
  for (const entry of entries) {
    const n = Number(entry.str.trim());
    const call = raised.find((i) => i.str.trim() === String(n) && !marks.has(i));
    if ((previous !== undefined && n !== previous + 1) || !call) return new Map();
    marks.set(entry, `[${n}]`);
    marks.set(call, `[${n}]`);
    previous = n;
  }
  return marks;
}

/** A line's text: items joined, a gap of a quarter of the type size or more a space (a wider one a run of spaces, as pdftotext -layout keeps columns apart). */
function lineText(line: Line, unit: number, marks?: ReadonlyMap<Item, string>): string {
  let text = '';
  let end: number | undefined;
  for (const item of line.items) {
    if (end !== undefined) {
      const gap = item.x - end;
      if (gap >= line.size / 4) text += ' '.repeat(Math.max(1, Math.round(gap / unit)));
    }
    text += marks?.get(item) ?? item.str;
    end = item.x + item.width;
  }
  return text;
}

function dump(pages: Line[][], imagePages: number[], columnPages: ReadonlySet<number> = new Set()): PdfText {
  const all = pages.flat();
  // The body's type size (the most common) and left margin (the most common line start): indentation is measured from it.
  const size = mode(all.map((l) => Math.round(l.size * 2) / 2)) ?? 12;
  const unit = size / 2; // pdftotext -layout's grid: one space ≈ half an em, so a two-character indent is four spaces
  // (a line in a column counts its column's edge: a page in two columns has the left column's as its margin)
  const margin = mode(all.filter((l) => Math.abs(l.size - size) < 0.5).map((l) => l.origin ?? Math.round(l.items[0].x))) ?? 0;
  const furniture = findFurniture(pages, size);
  const out: string[] = [];
  const shown: string[] = [];
  const pageOfLine: number[] = [];
  const taken: PdfFurniture[] = [];
  const structures: Structure[] = [];
  const columns: PdfText['columns'] = [];
  const continued: PdfText['continuedTables'] = [];
  /** (round 6) The last table read, when it ended its page: the next page's first lines may go on with it. */
  let open: { rows: string[][]; structure: Structure & { kind: 'table' } } | undefined;
  pages.forEach((lines, i) => {
    const page = i + 1;
    const body = lines.filter((_, j) => {
      const where = furniture.get(`${i}:${j}`);
      if (where) taken.push({ page, text: lineText(lines[j], unit).trim(), where: where === 'running-head' ? 'header' : where, why: where === 'running-head' ? 'running-head' : 'repeated' });
      return !where;
    });
    const tables = findTables(body);
    const marks = numberedNotes(body, size);
    const ending = open;
    open = undefined;
    let first = true;
    let table: { lines: number } | undefined;
    for (const [j, line] of body.entries()) {
      if (columnPages.has(page) && line.origin !== undefined && (j === 0 || body[j - 1].origin === undefined)) columns.push({ page, line: out.length + 1 });
      const lead = `${first && page > 1 ? '\f' : ''}${' '.repeat(Math.max(0, Math.round((line.items[0].x - (line.origin ?? margin)) / unit)))}`;
      shown.push(lead + lineText(line, unit));
      // (a note's number, at the page's foot and raised at its call, reads [n] in the dump ingest reads: page-notes.ts)
      // (round 5) a raised call opening its line (set after the word that ended the line before) goes at that line's end, where the word it follows is
      // (a line of the text's type: a note's own number, raised too, opens its line at the foot in smaller type)
      const call = line.items[0].raised && !first && line.size >= size - 0.5 ? marks.get(line.items[0]) : undefined;
      if (call !== undefined && out.length > 0) out[out.length - 1] += call;
      const text = call !== undefined ? lead + lineText({ ...line, items: line.items.slice(1) }, unit, marks) : lead + lineText(line, unit, marks);
      pageOfLine.push(page);
      first = false;
      // A table's first line is its placeholder, its other lines blank: the dump's lines stay those shown.
      const found = tables.get(j);
      // (round 6) a table at a page's top under the same header row as the table that ended the page before: its rest — a word
      // processor repeats a table's header row on each page it runs over; the repeated row is left out, and said
      if (found && j === 0 && ending && sameRow(found.rows[0], ending.rows[0]) && found.rows.length > 1) {
        out.push(lead);
        for (const row of found.rows.slice(1)) ending.structure.rows!.push(row.map((cell) => ({ text: cell, rowSpan: 1, colSpan: 1 })));
        continued.push({ page, line: out.length, header: found.rows[0].join(' ') });
        table = { lines: found.lines - 1 };
        if (found.lines === body.length) open = ending;
      } else if (found) {
        out.push(`${first0(lead)}${structureToken(structures.length)}`);
        const structure = { kind: 'table' as const, rows: found.rows.map((row) => row.map((cell) => ({ text: cell, rowSpan: 1, colSpan: 1 }))) };
        structures.push(structure);
        table = { lines: found.lines - 1 };
        if (j + found.lines === body.length) open = { rows: found.rows, structure };
      } else if (table && table.lines > 0) {
        out.push('');
        table.lines--;
      } else out.push(text);
    }
  });
  return { text: `${out.join('\n')}\n`, shown: `${shown.join('\n')}\n`, pageOfLine, pages: pages.length, furniture: taken, imagePages, columns, structures: { structures }, continuedTables: continued };
}

/** The same cells, in order. */
const sameRow = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((cell, k) => cell === b[k]);
/** The form feed a page's first line opens with (a table's placeholder keeps it: the page still starts there). */
const first0 = (lead: string) => (lead.startsWith('\f') ? '\f' : '');

/** A line's cells: its items split where a gap of an em or more keeps them apart (a table's columns). */
function cellsOf(line: Line): Array<{ x0: number; x1: number; text: string }> {
  const cells: Array<{ x0: number; x1: number; text: string }> = [];
  for (const item of line.items) {
    const last = cells[cells.length - 1];
    if (last && item.x - last.x1 < line.size) {
      last.text += item.x - last.x1 >= line.size / 4 ? ` ${item.str}` : item.str;
      last.x1 = item.x + item.width;
    } else cells.push({ x0: item.x, x1: item.x + item.width, text: item.str });
  }
  return cells.map((c) => ({ ...c, text: c.text.trim() })).filter((c) => c.text !== '');
}

/**
 * Simple tables: a run of two or more lines on a page, each of two or more cells
 * (kept apart by an em or more), as many in every line, each cell overlapping the
 * first line's cell of its column — one line per row. Not a table: a contents
 * list's dot leaders. A table whose cells wrap over lines, or with spanning cells,
 * stays lines of text (its words all kept). Keyed by the run's first line.
 */
function findTables(lines: Line[]): Map<number, { lines: number; rows: string[][] }> {
  const tables = new Map<number, { lines: number; rows: string[][] }>();
  const cells = lines.map(cellsOf);
  // (round 6) a table's number set apart from its title — `表1   2026年…主要预期目标`, a word processor's caption over the table — is its title line, no row
  const cellLike = (row: Array<{ text: string }>) => row.length >= 2 && row.every((c) => isCell(c.text)) && !TABLE_NUMBER.test(row[0].text);
  for (let j = 0; j < lines.length; ) {
    const head = cells[j];
    let end = j + 1;
    if (cellLike(head)) {
      const pitch = end < lines.length ? lines[j].y - lines[end].y : 0;
      while (
        end < lines.length &&
        cells[end].length === head.length &&
        cellLike(cells[end]) &&
        cells[end].every((c, k) => c.x0 < head[k].x1 && head[k].x0 < c.x1) &&
        // Rows evenly spaced: a wider gap is the next table or block.
        lines[end - 1].y - lines[end].y <= pitch * 1.5
      ) end++;
    }
    const rows = cells.slice(j, end).map((row) => row.map((c) => c.text));
    if (end - j >= 2 && !DISCLOSURE_KEYS.some((key) => rows.flat().join('').includes(key))) {
      tables.set(j, { lines: end - j, rows });
      j = end;
    } else j += 1;
  }
  return tables;
}

/** A table cell: short, and no running text (no clause or sentence inside it) nor a contents list's dot leaders. */
function isCell(text: string): boolean {
  return text.length <= 30 && !/[。！？；，,;][^)）]/.test(text) && !/[.·…]\s*[.·…]\s*[.·…]/.test(text);
}

/**
 * Running headers and page numbers: the first or last line of a page whose shape
 * (digits folded) is the first or last line of at least two other pages — or of
 * every page of a two-page document. Keyed `page:line`.
 */
function findFurniture(pages: Line[][], body = 12): Map<string, 'header' | 'footer' | 'running-head'> {
  const found = new Map<string, 'header' | 'footer' | 'running-head'>();
  // (PDF dumps, round 3) A page's first line in type smaller than the body's, its parts spread across the page (gaps
  // of four em or more: the paper's or gazette's name left, its issue or page right), short: a running head, on a
  // single page too (a newspaper's page, a 公报's page) — the report's title is never smaller than its text.
  pages.forEach((lines, i) => {
    const head = lines[0];
    if (lines.length < 2 || head.size >= body - 0.5 || head.items.length < 2) return;
    const spread = head.items.some((item, k) => k > 0 && item.x - (head.items[k - 1].x + head.items[k - 1].width) >= 4 * head.size);
    if (spread && lineText(head, Number.POSITIVE_INFINITY).trim().length <= FURNITURE_MAX_LENGTH) found.set(`${i}:0`, 'running-head');
  });
  // What a line says, each gap one space: a header spread across the page (title left, issue right)
  // is as short as its words, however wide its gap.
  const words = (line: Line): string => lineText(line, Number.POSITIVE_INFINITY);
  for (const where of ['header', 'footer'] as const) {
    const at = (lines: Line[]) => (where === 'header' ? 0 : lines.length - 1);
    const counts = new Map<string, number>();
    for (const lines of pages) {
      if (lines.length < 2) continue;
      const key = furnitureShape(words(lines[at(lines)]));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const needed = furniturePagesNeeded(pages.length);
    pages.forEach((lines, i) => {
      // The first page's first line is the document's own (its title, which a running header repeats).
      if (lines.length < 2 || (i === 0 && where === 'header')) return;
      const j = at(lines);
      const text = words(lines[j]);
      // A page's only furniture line: short (a header is a title, never a paragraph's line).
      if ((counts.get(furnitureShape(text)) ?? 0) >= needed && needed >= 2 && text.trim().length <= FURNITURE_MAX_LENGTH) found.set(`${i}:${j}`, where);
    });
  }
  return found;
}
