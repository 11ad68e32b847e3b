/**
 * Lay out one print document in a Chromium tab with paginate.js and print it.
 *
 * The document never touches the network or the file system directly: it is
 * loaded from a virtual origin (`https://print.duizhao.invalid/`) whose files
 * are answered from memory (the stylesheets, the paginator, the subset fonts) or
 * from an allow-list of folders. Every other request is aborted and
 * reported — a stray remote font or image can never slip into a PDF.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, HTTPRequest, Page } from 'puppeteer';
import { JobTimeoutError } from './browser.ts';

export const origin = 'https://print.duizhao.invalid';

export interface PrintJob {
  /** The document (complete HTML), served as `/index.html`. */
  html: string;
  /** URL path prefix (`/fonts/noto-serif-sc/`) → folder on disk. */
  mounts: Record<string, string>;
  /** Extra in-memory files by URL path (`/print.css`, `/print/fonts/….woff2`). */
  files?: Record<string, string | Uint8Array>;
  /** Whole-job deadline (load + layout + print). Default 120 000 ms. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /**
   * Paginate with paginate.js before printing. `false` prints the document
   * with Chromium's own engine (the bench's print-only floor); the report is then empty.
   * Default true.
   */
  paginate?: boolean;
  /** Test hook: called once the document has loaded, before the layout. */
  onLoaded?: (page: Page) => void | Promise<void>;
  /** Bench hook: called once the layout is done, before printing (the bench's layout profile stops here). */
  onLaidOut?: (page: Page) => void | Promise<void>;
}

export interface LayoutReport {
  pages: number;
  /** element id → 1-based page number, for headings, blocks and notes. */
  pageOf: Record<string, number>;
  /** note ids whose footnote body did not land on the page of its call. */
  strayNotes: string[];
  /** Time the paginator took. */
  layoutMs: number;
  /**
   * Pages whose text and footnotes are taller than the page area (a table row or a
   * note that cannot be split across pages): `excessPt` over, near block `block`.
   * They would be cut at the page's foot, so the renderer refuses such a PDF.
   */
  overfullPages?: Array<{ page: number; excessPt: number; block: string }>;
  /** Top and left margin of each page, in PDF points (named destinations are moved by them). */
  pageMargins?: Array<[number, number]>;
  /** Blocks with a one-line fragment at a page break (widow or orphan). */
  shortFragments: string[];
  /** Heading blocks left at the foot of a page. */
  strandedHeadings: string[];
}

export interface PrintResult {
  pdf: Uint8Array;
  layout: LayoutReport;
  /** URLs the document tried to load that are not files of the build. */
  blocked: string[];
}

const unpaginated: LayoutReport = { pages: 0, pageOf: {}, strayNotes: [], layoutMs: 0, shortFragments: [], strandedHeadings: [] };

export class PrintTimeoutError extends JobTimeoutError {}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

async function answer(request: HTTPRequest, job: PrintJob, blocked: string[]): Promise<void> {
  const url = request.url();
  if (url.startsWith('data:')) return request.continue();
  if (!url.startsWith(`${origin}/`)) {
    blocked.push(url);
    return request.abort('blockedbyclient');
  }
  const pathname = decodeURIComponent(new URL(url).pathname);
  const inline = pathname === '/index.html' ? job.html : job.files?.[pathname];
  if (inline !== undefined) {
    return request.respond({ status: 200, contentType: types[path.extname(pathname)] ?? 'application/octet-stream', body: inline });
  }
  for (const [prefix, dir] of Object.entries(job.mounts)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = path.resolve(dir, pathname.slice(prefix.length));
    if (!file.startsWith(path.resolve(dir) + path.sep)) break; // `..` escape: not a file of the build
    try {
      const body = await readFile(file);
      return request.respond({ status: 200, contentType: types[path.extname(file)] ?? 'application/octet-stream', body });
    } catch {
      break;
    }
  }
  blocked.push(url);
  return request.abort('blockedbyclient');
}

/** Run `job` in a new tab of `browser`; throws PrintTimeoutError when it hangs. */
export async function printPage(browser: Browser, job: PrintJob): Promise<PrintResult> {
  const timeoutMs = job.timeoutMs ?? 120_000;
  const blocked: string[] = [];
  let page: Page | undefined;
  let timer: NodeJS.Timeout | undefined;
  const work = (async (): Promise<PrintResult> => {
    page = await browser.newPage();
    page.setDefaultTimeout(timeoutMs);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      answer(request, job, blocked).catch(() => undefined);
    });
    await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
    await job.onLoaded?.(page);
    await page.evaluate('document.fonts.ready');
    // The paginator (paginate.js) is plain browser JavaScript, called by name,
    // so no bundler helper leaks into the page.
    const layout = job.paginate === false ? unpaginated : ((await page.evaluate('window.duizhaoLayout()')) as LayoutReport);
    await job.onLaidOut?.(page);
    const pdf = await page.pdf({
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
      timeout: timeoutMs,
    });
    return { pdf, layout, blocked };
  })();
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PrintTimeoutError(`Chromium did not finish the PDF within ${timeoutMs} ms`)), timeoutMs);
    timer.unref();
  });
  const aborted = new Promise<never>((_, reject) => {
    job.signal?.addEventListener('abort', () => reject(job.signal?.reason ?? new Error('aborted')), { once: true });
  });
  try {
    return await Promise.race([work, deadline, aborted]);
  } finally {
    clearTimeout(timer);
    work.catch(() => undefined); // the loser of the race must not become an unhandled rejection
    // The grace timer must not keep Node alive once the page has closed (it cost ~2 s at the end of every build).
    if (page && browser.connected) await Promise.race([page.close().catch(() => undefined), new Promise((r) => setTimeout(r, 2000).unref())]);
  }
}
