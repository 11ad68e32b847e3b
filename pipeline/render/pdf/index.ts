/**
 * The print-quality PDF edition.
 *
 * Approach: **a paginator of our own in Chromium** (paginate.js). Chromium's own
 * print engine has no `float: footnote`, no `string-set` (running heads with the
 * current section) and no `target-counter()`. paginate.js lays the document out
 * once at the page's width, reads where every line fell, measures every footnote
 * once, decides the page breaks (footnotes on the page of their call, widows and
 * orphans, the stylesheet's `break-*`), cuts the document into one box per page
 * and fills the page references (TOC, glossary appendix); Chromium's own engine
 * prints the boxes (tagged, with an outline from the headings, page numbers in
 * the @page margin boxes); pdf-lib sets metadata, the fixed dates and a
 * content-derived /ID (postprocess.ts). It replaced Paged.js, which took 3–4 times
 * as long to paginate (BENCHMARKS.md). Details and trade-offs:
 * ./README.md.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Publication } from '../../model/types.ts';
import { version } from '../../version.ts';
import { RenderError, type RenderContext, type RenderedFile, type Renderer } from '../types.ts';
import { pdfEditions } from '../editions.ts';
import { primaryLang, printDocument, type PrintEdition } from './document.ts';
import { printFonts, type PrintFonts } from './fonts-css.ts';
import type { LayoutReport, PrintJob } from './print-page.ts';
import { postMetadata } from './metadata.ts';
import { finishPdf } from './postprocess.ts';
import { createSharedBrowser, withRetry, type SharedBrowser } from './browser.ts';
import { printPage } from './print-page.ts';

export { pdfFileName } from '../editions.ts';
export { findBrowserExecutable, launchBrowser, createSharedBrowser, chromiumProcesses, type SharedBrowser } from './browser.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface EditionRenderOptions {
  /** Deadline of one print job (load + layout + print). Default 120 000 ms. */
  timeoutMs?: number;
  /** Test hook, see PrintJob.onLoaded. */
  onLoaded?: PrintJob['onLoaded'];
  /** The print HTML, when the caller made it already (printDocument of this edition). */
  html?: string;
  /** Fonts shared by all PDFs of the report; default: subset to this edition's text. */
  fonts?: PrintFonts;
}

export interface EditionResult extends LayoutReport {
  bytes: Uint8Array;
  blocked: string[];
  attempts: number;
  failures: string[];
  html: string;
}

/** The print page's stylesheets and paginator (its fonts come from printFonts). */
export async function staticFiles(): Promise<Record<string, string>> {
  return {
    '/print/base.css': await readFile(path.join(here, '../../../templates/styles/base.css'), 'utf8'),
    '/print/print.css': await readFile(path.join(here, '../../../templates/styles/print.css'), 'utf8'),
    '/print/paginate.js': await readFile(path.join(here, 'paginate.js'), 'utf8'),
  };
}

/** Fonts for the PDFs whose print HTML is `documents`: subset to their text and the stylesheets'. */
export async function fontsFor(documents: readonly string[], cacheDir?: string): Promise<PrintFonts> {
  return printFonts([...documents, ...Object.values(await staticFiles())], cacheDir);
}

/** Render one edition to finished PDF bytes (no file written). */
export async function renderPdfEdition(
  pub: Publication,
  ctx: Pick<RenderContext, 't' | 'draft' | 'buildDate' | 'glossary' | 'signal' | 'cacheDir'>,
  edition: PrintEdition,
  browser: SharedBrowser,
  options: Readonly<EditionRenderOptions> = {},
): Promise<EditionResult> {
  const html = options.html ?? printDocument(pub, ctx, edition);
  const fonts = options.fonts ?? (await fontsFor([html], ctx.cacheDir));
  const job: PrintJob = {
    html,
    files: { ...(await staticFiles()), '/print/fonts.css': fonts.css, ...fonts.files },
    mounts: {},
    timeoutMs: options.timeoutMs ?? (Number(process.env.DUIZHAO_PDF_TIMEOUT_MS) || 120_000),
    signal: ctx.signal,
    onLoaded: options.onLoaded,
  };
  const result = await withRetry(browser, `the ${edition.languages} ${edition.layout} PDF of ${pub.slug}`, (current) => printPage(current, job), ctx.signal);
  const overfull = result.layout.overfullPages ?? [];
  if (overfull.length > 0) {
    throw new Error(
      `${overfull.map(({ page, excessPt, block }) => `page ${page} is ${excessPt} pt too tall${block ? ` (block ${block})` : ''}`).join('; ')}: ` +
        'a table row or a note there cannot be split across pages and does not fit on one; nothing was cut and the PDF was not written (shorten the row or the note, or split it)',
    );
  }
  const meta = postMetadata(pub, edition.languages, ctx.glossary, `Duizhao ${version}`, ctx.buildDate);
  const bytes = await finishPdf(result.pdf, { ...meta, pageMargins: result.layout.pageMargins, lang: primaryLang(edition.languages) === 'zh' ? 'zh-Hans' : 'en' });
  return {
    bytes,
    pages: result.layout.pages,
    pageOf: result.layout.pageOf,
    layoutMs: result.layout.layoutMs,
    shortFragments: result.layout.shortFragments,
    strandedHeadings: result.layout.strandedHeadings,
    strayNotes: result.layout.strayNotes,
    blocked: result.blocked,
    attempts: result.attempts,
    failures: result.failures,
    html,
  };
}

export const pdfRenderer: Renderer = {
  edition: 'pdf',
  async render(pub, ctx) {
    // The build's browser, or one of our own (closed below) when rendering alone.
    const browser = ctx.browser ?? createSharedBrowser({ signal: ctx.signal });
    const files: RenderedFile[] = [];
    try {
      const started = performance.now();
      await mkdir(ctx.outDir, { recursive: true });
      // Chromium starts while the documents and their fonts are made (~1 s saved).
      browser.get().catch(() => undefined);
      const editions: Array<{ name: string; edition: PrintEdition; html: string }> = [];
      for (const { file: name, layout, languages } of pdfEditions(pub.slug, ctx.config)) {
        const edition = { layout, languages, paper: ctx.config.pdf.paper };
        editions.push({ name, edition, html: printDocument(pub, ctx, edition) });
      }
      // One set of subsets for all the report's PDFs (the union of their characters).
      const fonts = await fontsFor(editions.map((e) => e.html), ctx.cacheDir);
      // One tab at a time: two tabs of the one browser measured slower on 2 cores
      // (15.0 s for the Haidian PDFs against 12.5 s).
      // Each PDF's time: its own print job and an equal share of making the documents and fonts.
      const shared = (performance.now() - started) / editions.length;
      for (const { name, edition, html } of editions) {
        ctx.signal?.throwIfAborted();
        const rel = path.relative(ctx.distDir, path.join(ctx.outDir, name)).split(path.sep).join('/');
        const jobStarted = performance.now();
        const result = await renderPdfEdition(pub, ctx, edition, browser, { html, fonts }).catch((error: Error) => {
          throw ctx.signal?.aborted ? error : new RenderError(error.message, rel, { cause: error });
        });
        for (const url of result.blocked) {
          pub.files.zh.message(`Unexpected request to \`${url}\` while printing ${name}, expected only files of the build; it was blocked`, {
            ruleId: 'blocked-request',
            source: 'render/pdf',
          });
        }
        await writeFile(path.join(ctx.outDir, name), result.bytes);
        files.push({ path: rel, bytes: result.bytes.byteLength, edition: 'pdf', ms: Math.round(shared + performance.now() - jobStarted) });
      }
    } finally {
      if (!ctx.browser) await browser.close();
    }
    return files;
  },
};
