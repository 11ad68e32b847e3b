/**
 * (PDF dumps, round 2) A PDF's text dump — `pdftotext` with or without `-layout`,
 * a PDF reader's "save as text" — starts each page after the first with a form
 * feed. Its running headers and footers are the lines next to those page breaks
 * that come back on the pages' same side, digits aside: a browser's print header
 * (the time it was printed, the page's title) and footer (its URL, 第 1 页 共 2 页),
 * a document's running title or "- 3 -". The same reading as `pdf.ts` gives a PDF
 * (`findFurniture`): up to two lines at the top and two at the foot of each page,
 * a shape (spaces out, digits folded) found there on at least three pages, or on
 * both pages of a two-page dump; short once its web address is set aside, with
 * no clause of running text in it (a header is a title, never a paragraph's line),
 * the second line in only under (or over) a first that is furniture too; the first page's top is the
 * document's own (its title, which a running header repeats). Each line taken is
 * reported with its page. A PDF ingested as such goes through here too (pdf.ts's
 * text marks its pages the same way), which takes what pdf.ts leaves: a browser's
 * footer, longer than its 40 characters with the URL.
 */
import { isStructureToken } from './structures.ts';
import type { SourceLine } from './types.ts';

export interface DumpFurniture {
  line: number;
  column: number;
  text: string;
  page: number;
  where: 'header' | 'footer';
}

/** How many lines at a page's top and foot may be furniture. */
const EDGE = 2;
/** Furniture is short: a title, a page number, a URL with its page count (pdf.ts's limit too). */
export const FURNITURE_MAX_LENGTH = 40;

/** On how many of a document's pages a shape must stand to be furniture: three, or every page of a shorter one. */
export function furniturePagesNeeded(pages: number): number {
  return pages <= 2 ? pages : 3;
}

/** What a furniture line says, digits folded: "- 3 -" and "- 4 -", a header with its page number, are the same (pdf.ts reads its pages with it too). */
export function furnitureShape(text: string): string {
  return text.replace(/\s+/g, '').replace(/[0-9０-９]+/g, '#');
}

/** Short enough to be furniture: its length without a web address (a browser prints the page's URL in its footer). */
function furnitureLength(text: string): number {
  return text.replace(/(?:https?:\/\/|www\.)\S+/gi, '').replace(/\s+/g, ' ').trim().length;
}

/** Short once a web address is set aside, and no clause of running text (a header is a title, never a paragraph's line). */
function isFurnitureLike(text: string): boolean {
  // (round 6) never a table's placeholder (a PDF's table read by pdf.ts): two tables at two pages' edges are no running footer
  return furnitureLength(text) <= FURNITURE_MAX_LENGTH && !/[，。；！？]/.test(text) && !isStructureToken(text);
}

/** A dump's lines without its running headers and footers, and those taken; pages are told by `pageStart`. */
export function takeDumpFurniture(lines: SourceLine[]): { lines: SourceLine[]; taken: DumpFurniture[] } {
  const pages: SourceLine[][] = [[]];
  for (const line of lines) {
    if (line.pageStart && pages[pages.length - 1].length > 0) pages.push([]);
    if (line.text.trim() !== '') pages[pages.length - 1].push(line);
  }
  const real = pages.filter((p) => p.length > 0);
  if (real.length < 2) return { lines, taken: [] };
  const found = new Map<SourceLine, { page: number; where: 'header' | 'footer' }>();
  const needed = furniturePagesNeeded(real.length);
  for (const where of ['header', 'footer'] as const) {
    const edge = (page: SourceLine[]) => (where === 'header' ? page.slice(0, EDGE) : page.slice(-EDGE));
    const counts = new Map<string, number>();
    for (const page of real) {
      if (page.length <= EDGE) continue;
      for (const shape of new Set(edge(page).map((l) => furnitureShape(l.text)))) counts.set(shape, (counts.get(shape) ?? 0) + 1);
    }
    real.forEach((page, i) => {
      if (page.length <= EDGE || (i === 0 && where === 'header')) return;
      // From the page's edge inwards: a line further in is furniture only under (or over) furniture (a header's time, then its title).
      const inwards = where === 'header' ? edge(page) : edge(page).reverse();
      for (const [k, line] of inwards.entries()) {
        if (!((counts.get(furnitureShape(line.text)) ?? 0) >= needed && isFurnitureLike(line.text))) break;
        // (round 5) two lines of one shape are not one page's furniture: a page has one page number (a footnote's number, raised over its note, stands over it in a plain dump)
        if (k > 0 && furnitureShape(line.text) === furnitureShape(inwards[0].text)) break;
        found.set(line, { page: i + 1, where });
      }
    });
  }
  const taken: DumpFurniture[] = [];
  for (const [line, f] of found) taken.push({ line: line.line, column: line.column, text: line.text.replace(/\s+/g, ' ').trim(), ...f });
  taken.sort((a, b) => a.line - b.line);
  // (a page's first line keeps the mark that it opens a page when its header goes)
  const kept: SourceLine[] = [];
  let opens = false;
  for (const line of lines) {
    if (found.has(line)) opens ||= line.pageStart === true;
    else {
      kept.push(opens && line.text.trim() !== '' ? { ...line, pageStart: true } : line);
      if (line.text.trim() !== '') opens = false;
    }
  }
  return { lines: kept, taken };
}
