/**
 * The paginator's browser scripts (plain JavaScript, run in the print tab in this
 * order; see README.md): measuring, the pages, the layout and its report.
 * document.ts loads them (paginatorHead), index.ts serves them; one list for both.
 */
import { readFile } from 'node:fs/promises';
import type { Element } from 'hast';
import { h } from 'hastscript';

export const paginatorScripts = ['/print/paginate-measure.js', '/print/paginate-pages.js', '/print/paginate.js'] as const;

/**
 * What the print document's head holds for the paginator: its scripts, then a render-blocking `link rel=expect`
 * naming an id no element has, so Chromium renders nothing before the whole document is parsed. paginate.js
 * makes its flow at DOMContentLoaded (paginate.js, prepare): without the link, Chromium laid out and painted the
 * half-parsed, unpaginated document at the window's width whenever its parser yielded before the end of the body
 * (a frame between two parser tasks) — a layout thrown away at DOMContentLoaded, 70–110 ms of the tab's main thread
 * in half the traces of Haidian's English print document (issue 16, stop 41; BENCHMARKS.md).
 */
export function paginatorHead(): Element[] {
  return [...paginatorScripts.map((src) => h('script', { src })), h('link', { rel: 'expect', href: '#dz-parsed', blocking: 'render' })];
}

/** The scripts by URL path, read from this folder. */
export async function paginatorFiles(): Promise<Record<string, string>> {
  const entries = await Promise.all(
    paginatorScripts.map(async (url) => [url, await readFile(new URL(`.${url.slice('/print'.length)}`, import.meta.url), 'utf8')] as const),
  );
  return Object.fromEntries(entries);
}
