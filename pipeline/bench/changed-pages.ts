/**
 * Which pages of a PDF an edit changed: each page's text before and after
 * (poppler's `pdftotext -layout`, one form feed after each page), compared page
 * by page. What an incremental PDF would have to print again at the least: a
 * page whose text is the same, in the same place, need not be reprinted (the
 * spike of stop 23 found text and page images agreeing on every page).
 */
import { execFileSync } from 'node:child_process';

/** Each page's text, in page order. */
export function pageTexts(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages = text.split('\f');
  // pdftotext ends every page with a form feed: the piece after the last one is not a page.
  if (pages.length > 0 && pages.at(-1) === '') pages.pop();
  return pages;
}

export interface ChangedPages {
  /** Pages after the edit. */
  pages: number;
  /** 1-based numbers of the pages after the edit whose text differs from the same page before it (or that are new). */
  changed: number[];
}

/** The pages of `after` that differ from the page of the same number in `before`. */
export function changedPages(before: readonly string[], after: readonly string[]): ChangedPages {
  const changed: number[] = [];
  for (let n = 0; n < after.length; n++) if (after[n] !== before[n]) changed.push(n + 1);
  return { pages: after.length, changed };
}
