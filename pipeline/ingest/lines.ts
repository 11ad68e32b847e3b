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
