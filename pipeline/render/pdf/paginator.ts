/**
 * The paginator's browser scripts (plain JavaScript, run in the print tab in this
 * order; see README.md): measuring, the pages, the layout and its report.
 * document.ts loads them, index.ts serves them; one list for both.
 */
import { readFile } from 'node:fs/promises';

export const paginatorScripts = ['/print/paginate-measure.js', '/print/paginate-pages.js', '/print/paginate.js'] as const;

/** The scripts by URL path, read from this folder. */
export async function paginatorFiles(): Promise<Record<string, string>> {
  const entries = await Promise.all(
    paginatorScripts.map(async (url) => [url, await readFile(new URL(`.${url.slice('/print'.length)}`, import.meta.url), 'utf8')] as const),
  );
  return Object.fromEntries(entries);
}
