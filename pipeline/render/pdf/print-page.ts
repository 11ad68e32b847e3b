/**
 * Lay out one print document in a Chromium tab with paginate.js and print it.
 *
 * The document never touches the network or the file system directly: it is
 * loaded from a virtual origin (`https://print.duizhao.invalid/`) whose files
 * are answered from memory (the stylesheets, the paginator, the subset fonts).
 * Every other request is aborted and reported — a stray remote font or image can never slip into a PDF.
 */
import path from 'node:path';
import type { Browser, CDPSession, Page, Protocol } from 'puppeteer';
import { JobTimeoutError } from './browser.ts';

export const origin = 'https://print.duizhao.invalid';

export interface PrintJob {
  /** The document (complete HTML), served as `/index.html`. */
  html: string;
  /**
   * Extra in-memory files by URL path (`/print.css`, `/print/fonts/….ttf`), or their
   * promise: the tab loads the document while they are made, their requests wait. A file
   * may be a function that makes it on the first request (the fonts: only those asked for).
   */
  files?: PrintFiles | Promise<PrintFiles>;
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
  /**
   * Called once the layout has been handed to the tab: Node has nothing to do for
   * the tab until it ends (the renderer finishes the previous PDF meanwhile).
   */
  onLayout?: () => void;
  /** Bench hook: called once the layout is done, before printing (the bench's layout profile stops here). */
  onLaidOut?: (page: Page) => void | Promise<void>;
  /** Bench: print only these pages (`page.pdf`'s `pageRanges`, e.g. `'1'`); default all. */
  pageRanges?: string;
  /**
   * Print in this kept tab, when it is idle and of the same browser, instead of a new one, and keep the tab
   * for the next job once this one succeeds (the PDFs of one report; see KeptTab).
   */
  tab?: KeptTab;
  /**
   * URL path prefix of the files named by their content (`/print/fonts/`: a subset's name carries its
   * characters' hash): served as immutable, so a kept tab's next document loads them from Chromium's memory.
   */
  immutableUnder?: string;
}

/** URL path → its body, or the function that makes it (called when the tab asks for it). */
export type PrintFiles = Record<string, string | Uint8Array | (() => Promise<Uint8Array>)>;

export interface LayoutReport {
  pages: number;
  /** element id → 1-based page number, for headings, blocks and notes. */
  pageOf: Record<string, number>;
  /** note ids whose footnote body did not land on the page of its call. */
  strayNotes: string[];
  /** the ids of the footnotes (`aside`s at the page feet), in reading order: each one's /Note is given it as /ID (postprocess.ts). */
  noteIds?: string[];
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

/**
 * Base64 of the bodies served (CDP takes base64): the fonts are the same buffers
 * for every tab of a report, so each is encoded once. Node's encoder, not
 * puppeteer's (String.fromCodePoint + btoa in JavaScript: ~150 ms of a Haidian build).
 */
const encoded = new WeakMap<Uint8Array, string>();
function base64(body: string | Uint8Array): string {
  if (typeof body === 'string') return Buffer.from(body, 'utf8').toString('base64');
  let text = encoded.get(body);
  if (text === undefined) {
    text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('base64');
    encoded.set(body, text);
  }
  return text;
}

/** A tab of a print: the job its requests are answered for (the tab may serve several jobs in turn, KeptTab). */
interface PrintTab {
  browser: Browser;
  page: Page;
  serving: { job: PrintJob; blocked: string[] };
}

/**
 * One tab kept for the PDFs of one report, printed one after the other: each navigates it to its own
 * document instead of opening a tab, so Chromium keeps the renderer, and the subset fonts it has
 * decoded (served as immutable, `PrintJob.immutableUnder`) are neither sent nor decoded again (the
 * second of Haidian's PDFs: ~0.45 s less CPU of Chromium and Node together, the measurements in the
 * commit that made it). A job that fails closes the tab; the owner closes it when its prints are done.
 */
export class KeptTab {
  private idle: PrintTab | undefined;

  /** The idle tab, if it is `browser`'s and still open (it is the caller's until put back). */
  take(browser: Browser): PrintTab | undefined {
    const tab = this.idle;
    this.idle = undefined;
    return tab && tab.browser === browser && browser.connected && !tab.page.isClosed() ? tab : undefined;
  }

  /**
   * Open the tab ahead of its first job (the dev server, before the first save): Chromium starts its
   * renderer now, not when the first PDF has its document.
   */
  async open(browser: Browser): Promise<void> {
    const tab = this.idle;
    if (tab && tab.browser === browser && browser.connected && !tab.page.isClosed()) return;
    await this.put(await openTab(browser, { html: '' }));
  }

  /** Keep `tab` for the next job (a tab kept before is closed). */
  async put(tab: PrintTab): Promise<void> {
    const previous = this.idle;
    this.idle = tab;
    if (previous && previous !== tab) await closePage(previous);
  }

  async close(): Promise<void> {
    const tab = this.idle;
    this.idle = undefined;
    if (tab) await closePage(tab);
  }
}

/** Close a tab, not waiting more than 2 s (the grace timer must not keep Node alive: it cost ~2 s at the end of every build). */
async function closePage({ browser, page }: PrintTab): Promise<void> {
  if (browser.connected) await Promise.race([page.close().catch(() => undefined), new Promise((r) => setTimeout(r, 2000).unref())]);
}

/** A new tab whose every request is answered from the job it is serving (answer). */
async function openTab(browser: Browser, job: PrintJob): Promise<PrintTab> {
  const page = await browser.newPage();
  const tab: PrintTab = { browser, page, serving: { job, blocked: [] } };
  const session = await page.createCDPSession();
  session.on('Fetch.requestPaused', (paused) => {
    answer(session, paused, tab.serving.job, tab.serving.blocked).catch(() => undefined);
  });
  await session.send('Fetch.enable', { patterns: [{ urlPattern: '*', requestStage: 'Request' }] });
  return tab;
}

/** What the print origin serves at `pathname`: a file of the job; undefined for anything else. */
async function fileOf(pathname: string, job: PrintJob): Promise<string | Uint8Array | undefined> {
  if (pathname === '/index.html') return job.html;
  const file = (await job.files)?.[pathname];
  return typeof file === 'function' ? file() : file;
}

/**
 * Answer one request paused by the Fetch domain: a file of the build, or blocked
 * (and listed). Answered on our own CDP session rather than through puppeteer's
 * request interception, which base64-encodes every body again for every tab.
 */
async function answer(session: CDPSession, paused: Protocol.Fetch.RequestPausedEvent, job: PrintJob, blocked: string[]): Promise<void> {
  const { requestId, request } = paused;
  const url = request.url;
  if (url.startsWith('data:')) {
    await session.send('Fetch.continueRequest', { requestId });
    return;
  }
  const pathname = url.startsWith(`${origin}/`) ? decodeURIComponent(new URL(url).pathname) : undefined;
  let body: string | Uint8Array | undefined;
  try {
    body = pathname === undefined ? undefined : await fileOf(pathname, job);
  } catch {
    // The files could not be made (the caller has the error): the request fails, the tab does not wait.
    await session.send('Fetch.failRequest', { requestId, errorReason: 'Failed' });
    return;
  }
  if (body === undefined) {
    blocked.push(url);
    await session.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' });
    return;
  }
  await session.send('Fetch.fulfillRequest', {
    requestId,
    responseCode: 200,
    responseHeaders: [
      { name: 'Content-Type', value: types[path.extname(pathname!)] ?? 'application/octet-stream' },
      { name: 'Cache-Control', value: job.immutableUnder !== undefined && pathname!.startsWith(job.immutableUnder) ? 'max-age=31536000, immutable' : 'no-store' },
    ],
    body: base64(body),
  });
}

/** Run `job` in a new tab of `browser` (or in `job.tab`'s); throws PrintTimeoutError when it hangs. */
export async function printPage(browser: Browser, job: PrintJob): Promise<PrintResult> {
  const timeoutMs = job.timeoutMs ?? 120_000;
  const blocked: string[] = [];
  let tab: PrintTab | undefined;
  let printed = false;
  let timer: NodeJS.Timeout | undefined;
  const work = (async (): Promise<PrintResult> => {
    tab = job.tab?.take(browser) ?? (await openTab(browser, job));
    tab.serving = { job, blocked };
    const { page } = tab;
    page.setDefaultTimeout(timeoutMs);
    await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
    await job.onLoaded?.(page);
    await page.evaluate('document.fonts.ready');
    // The paginator (paginate.js) is plain browser JavaScript, called by name,
    // so no bundler helper leaks into the page.
    const laying = job.paginate === false ? Promise.resolve(unpaginated) : (page.evaluate('window.duizhaoLayout()') as Promise<LayoutReport>);
    // After puppeteer has sent the call (its own awaits run before the next turn).
    if (job.onLayout) setImmediate(job.onLayout);
    const layout = await laying;
    await job.onLaidOut?.(page);
    const pdf = await page.pdf({
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
      timeout: timeoutMs,
      ...(job.pageRanges !== undefined && { pageRanges: job.pageRanges }),
    });
    printed = true;
    return { pdf, layout, blocked };
  })();
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PrintTimeoutError(`Chromium did not finish the PDF within ${timeoutMs} ms`)), timeoutMs);
    timer.unref();
  });
  // One build's signal serves every print of it: the listener goes when the print ends, or each print
  // of a many-report build would leave one behind (MaxListenersExceededWarning at 11 reports).
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(job.signal?.reason ?? new Error('aborted'));
    job.signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, deadline, aborted]);
  } finally {
    clearTimeout(timer);
    job.signal?.removeEventListener('abort', onAbort!);
    work.catch(() => undefined); // the loser of the race must not become an unhandled rejection
    // A tab that failed (or whose job was stopped) is closed; one that printed is kept when the job asks.
    if (tab) await (printed && job.tab ? job.tab.put(tab) : closePage(tab));
  }
}
