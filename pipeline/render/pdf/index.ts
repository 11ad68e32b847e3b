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
import { chineseTag } from '../../model/script.ts';
import { version } from '../../version.ts';
import { RenderError, type RenderContext, type RenderedFile, type Renderer } from '../types.ts';
import { pdfEditions } from '../editions.ts';
import { primaryLang, printDocument, type PrintEdition } from './document.ts';
import { printFonts, printFontsPath, type PrintFonts } from './fonts-css.ts';
import type { HanTag } from '../fonts.ts';
import type { LayoutReport, PrintFiles, PrintJob } from './print-page.ts';
import { postMetadata } from './metadata.ts';
import { paginatorFiles } from './paginator.ts';
import { createSharedBrowser, withRetry, type SharedBrowser } from './browser.ts';
import { KeptTab, printPage } from './print-page.ts';
import { MakingClock, pdfPhases, type PdfTimes } from './pdf-times.ts';

export { pdfFileName } from '../editions.ts';
export { findBrowserExecutable, launchBrowser, createSharedBrowser, chromiumProcesses, type SharedBrowser } from './browser.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface EditionRenderOptions {
  /** Deadline of one print job (load + layout + print). Default 120 000 ms. */
  timeoutMs?: number;
  /** Test hook, see PrintJob.onLoaded. */
  onLoaded?: PrintJob['onLoaded'];
  /** See PrintJob.onLayout. */
  onLayout?: PrintJob['onLayout'];
  /** The print HTML, when the caller made it already (printDocument of this edition). */
  html?: string;
  /**
   * Fonts shared by all PDFs of the report, or their promise (the tab loads the document
   * meanwhile; its font requests wait); default: subset to this edition's text.
   */
  fonts?: PrintFonts | Promise<PrintFonts>;
  /** The tab the report's PDFs are printed in, one after the other (PrintJob.tab); default a tab of its own. */
  tab?: KeptTab;
}

export interface EditionResult extends LayoutReport {
  bytes: Uint8Array;
  blocked: string[];
  attempts: number;
  failures: string[];
  html: string;
}

/** An edition printed by Chromium, before pdf-lib finishes it (finishEdition). */
export type PrintedEdition = Omit<EditionResult, 'bytes'> & { pdf: Uint8Array; edition: PrintEdition };

/** The print page's stylesheets and paginator (its fonts come from printFonts). */
export async function staticFiles(): Promise<Record<string, string>> {
  return {
    '/print/base.css': await readFile(path.join(here, '../../../templates/styles/base.css'), 'utf8'),
    '/print/print.css': await readFile(path.join(here, '../../../templates/styles/print.css'), 'utf8'),
    ...(await paginatorFiles()),
  };
}

/** Fonts for the PDFs whose print HTML is `documents` (a report whose Chinese is in `han`): subset to their text and the stylesheets'. */
export async function fontsFor(documents: readonly string[], cacheDir?: string, han: HanTag = 'zh-Hans'): Promise<PrintFonts> {
  return printFonts([...documents, ...Object.values(await staticFiles())], cacheDir, han);
}

type EditionContext = Pick<RenderContext, 't' | 'draft' | 'buildDate' | 'glossary' | 'signal' | 'cacheDir'> & { config?: Partial<Pick<RenderContext['config'], 'publisher' | 'site' | 'editions'>> };

/** Lay out and print one edition in a tab of `browser` (retried once on a fresh browser). */
export async function printEdition(
  pub: Publication,
  ctx: EditionContext,
  edition: PrintEdition,
  browser: SharedBrowser,
  options: Readonly<EditionRenderOptions> = {},
): Promise<PrintedEdition> {
  const html = options.html ?? printDocument(pub, ctx, edition);
  const fonts = options.fonts ?? fontsFor([html], ctx.cacheDir, chineseTag(pub));
  // A font that cannot be made fails the job (the tab alone would fall back to a system font).
  let fontFailed: (error: Error) => void = () => undefined;
  const fontFailure = new Promise<never>((_, reject) => (fontFailed = reject));
  fontFailure.catch(() => undefined);
  const files = Promise.all([staticFiles(), fonts]).then(([own, { css, files: faces }]): PrintFiles => ({
    ...own,
    '/print/fonts.css': css,
    ...Object.fromEntries(Object.entries(faces).map(([url, make]) => [url, () => make().catch((error: Error) => {
      fontFailed(new Error(`The font ${url.split('/').pop()} could not be made: ${error.message}`, { cause: error }));
      throw error;
    })])),
  }));
  files.catch(() => undefined); // awaited by the tab's requests, or below
  const job: PrintJob = {
    html,
    files,
    timeoutMs: options.timeoutMs ?? (Number(process.env.DUIZHAO_PDF_TIMEOUT_MS) || 120_000),
    signal: ctx.signal,
    onLoaded: options.onLoaded,
    onLayout: options.onLayout,
    tab: options.tab,
    immutableUnder: printFontsPath,
  };
  // The fonts failing (not the browser) is not worth a retry on a fresh browser.
  const result = await Promise.race([
    withRetry(browser, `the ${edition.languages} ${edition.layout} PDF of ${pub.slug}`, (current) => printPage(current, job), ctx.signal),
    files.then(() => fontFailure),
  ]);
  const overfull = result.layout.overfullPages ?? [];
  if (overfull.length > 0) {
    throw new Error(
      `${overfull.map(({ page, excessPt, block }) => `page ${page} is ${excessPt} pt too tall${block ? ` (block ${block})` : ''}`).join('; ')}: ` +
        'a table row or a note there cannot be split across pages and does not fit on one; nothing was cut and the PDF was not written (shorten the row or the note, or split it)',
    );
  }
  return {
    pdf: result.pdf,
    edition,
    pages: result.layout.pages,
    pageOf: result.layout.pageOf,
    layoutMs: result.layout.layoutMs,
    shortFragments: result.layout.shortFragments,
    strandedHeadings: result.layout.strandedHeadings,
    strayNotes: result.layout.strayNotes,
    pageMargins: result.layout.pageMargins,
    noteIds: result.layout.noteIds,
    blocked: result.blocked,
    attempts: result.attempts,
    failures: result.failures,
    html,
  };
}

/** pdf-lib's part of an edition: metadata, outline, reproducible identity (postprocess.ts). */
export async function finishEdition(pub: Publication, ctx: EditionContext, printed: PrintedEdition): Promise<EditionResult> {
  const { pdf, edition, ...report } = printed;
  const meta = postMetadata(pub, edition.languages, ctx.glossary, `Duizhao ${version}`, ctx.buildDate);
  // pdf-lib (~140 CommonJS files, 0.2-0.4 s to load) is loaded while Chromium lays out the first PDF
  // (pdfRenderer), not with the renderer, whose loading is on the job's longest path.
  const { finishPdf } = await import('./postprocess.ts');
  const bytes = await finishPdf(pdf, { ...meta, pageMargins: report.pageMargins, noteIds: report.noteIds, lang: primaryLang(edition.languages) === 'zh' ? chineseTag(pub) : 'en' });
  return { ...report, bytes };
}

/** Render one edition to finished PDF bytes (no file written). */
export async function renderPdfEdition(
  pub: Publication,
  ctx: EditionContext,
  edition: PrintEdition,
  browser: SharedBrowser,
  options: Readonly<EditionRenderOptions> = {},
): Promise<EditionResult> {
  return finishEdition(pub, ctx, await printEdition(pub, ctx, edition, browser, options));
}

export const pdfRenderer: Renderer = {
  edition: 'pdf',
  async render(pub, ctx) {
    // The build's browser, or one of our own (closed below) when rendering alone.
    const browser = ctx.browser ?? createSharedBrowser({ signal: ctx.signal });
    const files: RenderedFile[] = [];
    // pdf-lib finishing each PDF while Chromium prints the next one.
    const finishing: Array<Promise<void>> = [];
    // One tab for the report's PDFs, one after the other: the fonts it has loaded stay loaded (print-page.ts);
    // the caller's, left open for its next build (the dev server's), or one of our own, closed at the end.
    const ownTab = !ctx.printTab;
    const tab = ctx.printTab ?? new KeptTab();
    let tabClosed: Promise<void> | undefined;
    try {
      const started = performance.now();
      await mkdir(ctx.outDir, { recursive: true });
      // Chromium starts while the documents and their fonts are made (~1 s saved).
      browser.get().catch(() => undefined);
      const editions = pdfEditions(pub.slug, ctx.config).map(({ file: name, layout, languages }) => ({
        name,
        rel: path.relative(ctx.distDir, path.join(ctx.outDir, name)).split(path.sep).join('/'),
        edition: { layout, languages, paper: ctx.config.pdf.paper } satisfies PrintEdition,
        html: '',
      }));
      if (editions.length === 0) return files;
      const failed = (rel: string) => (error: Error): never => {
        throw ctx.signal?.aborted || error instanceof RenderError ? error : new RenderError(error.message, rel, { cause: error });
      };
      // One set of subsets for the report's PDFs, planned from the first document (the bilingual
      // edition's characters hold the others': both texts, both languages' labels); the first tab
      // loads its document meanwhile, its font requests waiting. The other documents are made while
      // Chromium lays out the one before, and each is checked against the plan: one with a character
      // the plan lacks gets a plan of the union. Each file is made when a tab first asks for it, and
      // timed (pdf-times.ts).
      const making = new MakingClock();
      const plan = (htmls: string[]): Promise<PrintFonts> => fontsFor(htmls, ctx.cacheDir, chineseTag(pub)).then((planned) => ({
        ...planned,
        files: Object.fromEntries(Object.entries(planned.files).map(([url, make]) => [url, making.timed(make)])),
      }));
      let fontsReady: (fonts: Promise<PrintFonts>) => void = () => undefined;
      let fonts = new Promise<PrintFonts>((resolve) => (fontsReady = resolve));
      /** Document n (made once) and the fonts its tab uses. */
      const made = new Map<number, Promise<PrintFonts>>();
      const makeDocument = (n: number): Promise<PrintFonts> => {
        let ready = made.get(n);
        if (!ready) {
          ready = (async () => {
            editions[n].html = printDocument(pub, ctx, editions[n].edition);
            const current = await fonts;
            return current.covers(editions[n].html) ? current : (fonts = plan(editions.slice(0, n + 1).map((e) => e.html)));
          })();
          ready.catch(() => undefined); // awaited before its print
          made.set(n, ready);
        }
        return ready;
      };
      let printing: Promise<PrintedEdition> | undefined;
      try {
        editions[0].html = printDocument(pub, ctx, editions[0].edition);
        // Node waits while Chromium lays out: the next document is made, and pdf-lib loaded, then; and only
        // then may the build's other jobs start (ctx.prepared): while the tab loads its document, each of its
        // requests (stylesheets, paginator, fonts) waits for Node's thread to answer it, and a job holding that
        // thread (the EPUB composing, zipping) held the tab's load up by as long (the edit rebuild: the first
        // tab's load 1.7 s with the EPUB beside it).
        const onLayout = () => {
          if (editions.length > 1) void makeDocument(1);
          void import('./postprocess.ts').catch(() => undefined);
          ctx.prepared?.();
        };
        printing = printEdition(pub, ctx, editions[0].edition, browser, { html: editions[0].html, fonts, onLayout, tab }).catch(failed(editions[0].rel));
        printing.catch(() => undefined); // awaited below
        fontsReady(plan([editions[0].html]));
      } catch (error) {
        fontsReady(Promise.reject(error as Error)); // the first tab stops waiting for them
        throw error;
      }
      const planned = await fonts.catch(failed(editions[0].rel));
      // What making the fonts takes (HarfBuzz, the CJK faces unpacked) is got ready while Chromium opens the
      // tab that will ask for them (render/fonts.ts, readAhead); a font that cannot be made fails its request.
      planned.readAhead().catch(() => undefined);
      // Each PDF's time (what the bench sets against its floors): pdf-times.ts.
      const prepared = performance.now();
      const times: PdfTimes[] = [];
      let previous = prepared;
      for (const [index, { name, rel }] of editions.entries()) {
        ctx.signal?.throwIfAborted();
        const printed = await printing!;
        const since = previous;
        previous = performance.now();
        const printedAt = previous;
        await finishing[index - 1]; // the files in order; a failure stops before the next print
        // One tab at a time: two tabs of the one browser measured slower on 2 cores
        // (15.0 s for the Haidian PDFs against 12.5 s).
        // pdf-lib runs on Node's one thread, which the next tab needs until it lays out: the
        // finishing waits for that (Chromium lays out alone, ~1-4 s, Node sat idle).
        const next = editions[index + 1];
        if (!next && ownTab) tabClosed = tab.close(); // while the last PDF is finished
        let layingOut: () => void = () => undefined;
        const nextLayout = new Promise<void>((resolve) => (layingOut = resolve));
        const onLayout = () => {
          if (index + 2 < editions.length) void makeDocument(index + 2);
          layingOut();
        };
        const nextFonts = next && (await makeDocument(index + 1).catch(failed(next.rel)));
        printing = next && printEdition(pub, ctx, next.edition, browser, { html: next.html, fonts: nextFonts, onLayout, tab }).catch(failed(next.rel));
        printing?.catch(() => undefined);
        const turn = printing ? Promise.race([nextLayout, printing.then(() => undefined, () => undefined)]) : Promise.resolve();
        const done = turn.then(() => finishEdition(pub, ctx, printed)).then(async (result) => {
          for (const url of result.blocked) {
            pub.files.zh.message(`Unexpected request to \`${url}\` while printing ${name}, expected only files of the build; it was blocked`, {
              ruleId: 'blocked-request',
              source: 'render/pdf',
            });
          }
          await writeFile(path.join(ctx.outDir, name), result.bytes);
          times[index] = { tabFrom: since, tabTo: printedAt, doneAt: performance.now(), last: !next };
          files[index] = { path: rel, bytes: result.bytes.byteLength, edition: 'pdf' };
        }).catch(failed(rel));
        done.catch(() => undefined); // awaited by the next round or below
        finishing.push(done);
      }
      await Promise.all(finishing);
      for (const [n, phases] of pdfPhases(started, prepared, times, making).entries()) Object.assign(files[n], phases);
    } finally {
      await Promise.allSettled(finishing);
      if (ownTab) await (tabClosed ?? tab.close());
      if (!ctx.browser) await browser.close();
    }
    return files;
  },
};
