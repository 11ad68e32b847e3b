/** Plain text → numbered source lines. */
import type { SourceLine } from './types.ts';

export function textLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((line, i) => ({ text: line.replace(/\f/g, ''), line: i + 1, column: 1, ...(line.startsWith('\f') ? { pageStart: true } : {}) }));
}

/** A paged text's pages (a PDF's, its dump's: a line opening with a form feed starts one), as index ranges [start, end) of its lines. */
export function pagesOf(lines: readonly SourceLine[]): Array<[number, number]> {
  const pages: Array<[number, number]> = [];
  let from = 0;
  lines.forEach((l, i) => {
    if (l.pageStart && i > from) {
      pages.push([from, i]);
      from = i;
    }
  });
  pages.push([from, lines.length]);
  return pages;
}

/** A printed page number alone on its line, at a page's foot: "- 3 -", "3", "第 3 页", "第 3 页 共 9 页". */
export const PAGE_NUMBER_LINE = /^\s*(?:[-—–－]\s*)?\d{1,4}(?:\s*[-—–－])?\s*$|^\s*第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?\s*$/u;

/** The lines but those at the indices in `drop`; a page's first line kept keeps the mark that it opens a page when the lines before it go. */
export function withoutLines(lines: readonly SourceLine[], drop: ReadonlySet<number>): SourceLine[] {
  const kept: SourceLine[] = [];
  let opens = false;
  lines.forEach((line, i) => {
    if (drop.has(i)) opens ||= line.pageStart === true;
    else {
      kept.push(opens ? { ...line, pageStart: true } : line);
      opens = false;
    }
  });
  return kept;
}
