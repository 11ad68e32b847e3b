/**
 * The bench's yardsticks, printed by Chromium alone, in the browser the build
 * uses (render/pdf/browser.ts: same executable, flags and launch) and through the
 * same print job (render/pdf/print-page.ts: same origin, same page.pdf options),
 * with no pipeline step around it. Run as its own process by the bench (the
 * compiled copy of this file):
 *
 *   node floor.js native <jobDir>...   each finished print document, Chromium's own print engine
 *   node floor.js paginated <jobDir>... the same documents paginated in the tab first, no Node-side finishing (information)
 *   node floor.js first-page <jobDir>... as `native`, printing only the first page: what a print costs that
 *                                      does not depend on the number of pages (information: the edit's floor)
 *   node floor.js html <file.html>     one HTML edition from disk (a fresh process per print)
 *   node floor.js profile <jobDir>...  paginated, with Chromium's CPU profiler on during the layout:
 *                                      prints where the layout time went (layout-profile.ts)
 *   node floor.js sheets <jobDir>=<n,n>... only those sheets (1-based, the cover 1) of each document, each document's as
 *                                      a document of its own (their laid-out DOM, same CSS and fonts, no paginator), in a
 *                                      Chromium launched after they are made: what an incremental PDF would print at the
 *                                      least (information: the edit's floor)
 *
 * Prints JSON: `{ launchMs, documents }`: Chromium's launch (to its first
 * usable connection), then one `{ name, ms }` per document, timed from opening
 * its tab to the PDF bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession } from 'puppeteer';
import { pathToFileURL } from 'node:url';
import { createSharedBrowser } from '../render/pdf/browser.ts';
import { printFontsPath } from '../render/pdf/fonts-css.ts';
import { KeptTab, printPage } from '../render/pdf/print-page.ts';
import { summariseLayoutProfile, type CpuProfile, type LayoutProfile } from './layout-profile.ts';

export interface FloorRun {
  /** Chromium's launch through the build's own browser module, until it can open a tab. */
  launchMs: number;
  documents: FloorTiming[];
}

export interface FloorTiming {
  name: string;
  ms: number;
  /** In `profile` mode: where the pagination time went. */
  layout?: LayoutProfile;
}

function filesUnder(dir: string, prefix: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[`${prefix}${path.relative(dir, file).split(path.sep).join('/')}`] = readFileSync(file);
  }
  return files;
}

/**
 * The given sheets of a document as a document of their own: the document paginated in a tab, every other sheet
 * removed, the scripts left out (untimed; the `sheets` mode's first step, in a browser of its own).
 */
async function sheetDocuments(targets: string[]): Promise<Array<{ name: string; html: string; files: Record<string, Buffer> }>> {
  const browser = createSharedBrowser({ timeoutMs: 60_000 });
  const documents: Array<{ name: string; html: string; files: Record<string, Buffer> }> = [];
  try {
    const current = await browser.get();
    for (const target of targets) {
      const [dir, list = ''] = target.split('=');
      const keep = list.split(',').filter(Boolean).map(Number);
      const files = filesUnder(path.join(dir, 'print'), '/print/');
      let html = '';
      await printPage(current, {
        html: readFileSync(path.join(dir, 'index.html'), 'utf8'),
        files,
        timeoutMs: 300_000,
        immutableUnder: printFontsPath,
        onLaidOut: async (page) => {
          html = await page.evaluate((sheets: number[]) => {
            const all = [document.querySelector('body > .cover'), ...document.querySelectorAll('.dz-page')].filter((el): el is Element => el !== null);
            all.forEach((el, n) => {
              if (!sheets.includes(n + 1)) el.remove();
            });
            const copy = document.documentElement.cloneNode(true) as HTMLElement;
            for (const script of copy.querySelectorAll('script')) script.remove();
            return `<!doctype html>${copy.outerHTML}`;
          }, keep);
        },
      });
      documents.push({ name: `${path.basename(dir)} sheets ${keep.join(',')}`, html, files });
    }
  } finally {
    await browser.close();
  }
  return documents;
}

async function main(mode: string, targets: string[]): Promise<FloorRun> {
  // (the sheets' documents made first, untimed, in a browser that is closed before the timed one is launched)
  const sheets = mode === 'sheets' ? await sheetDocuments(targets) : [];
  const browser = createSharedBrowser({ timeoutMs: 60_000 });
  const timings: FloorTiming[] = [];
  // A report's documents printed in turn in one kept tab, their fonts served immutable, as the build prints its PDFs
  // (render/pdf/index.ts): the same browser configuration, so the floor is not paying for a fresh tab the build no
  // longer opens (since 8d76750; before, the floor opened one per document).
  const tab = new KeptTab();
  let launchMs = 0;
  try {
    const launching = performance.now();
    const current = await browser.get();
    launchMs = performance.now() - launching;
    for (const [n, target] of targets.entries()) {
      const started = performance.now();
      let layout: LayoutProfile | undefined;
      if (mode === 'sheets') {
        await printPage(current, { html: sheets[n].html, files: sheets[n].files, paginate: false, timeoutMs: 300_000, tab, immutableUnder: printFontsPath });
        timings.push({ name: sheets[n].name, ms: performance.now() - started });
        continue;
      } else if (mode === 'html') {
        const page = await current.newPage();
        await page.goto(pathToFileURL(target).href, { waitUntil: 'load' });
        await page.evaluate('document.fonts.ready');
        await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout: 300_000 });
        await page.close();
      } else {
        const paginate = mode === 'paginated' || mode === 'profile';
        let session: CDPSession | undefined;
        await printPage(current, {
          html: readFileSync(path.join(target, paginate ? 'index.html' : 'native.html'), 'utf8'),
          files: filesUnder(path.join(target, 'print'), '/print/'),
          paginate,
          timeoutMs: 300_000,
          tab,
          immutableUnder: printFontsPath,
          ...(mode === 'first-page' && { pageRanges: '1' }),
          ...(mode === 'profile' && {
            onLoaded: async (page) => {
              session = await page.createCDPSession();
              await session.send('Profiler.enable');
              await session.send('Profiler.start');
            },
            onLaidOut: async () => {
              const { profile } = await session!.send('Profiler.stop');
              layout = summariseLayoutProfile(profile as CpuProfile);
            },
          }),
        });
      }
      timings.push({ name: path.basename(target), ms: performance.now() - started, ...(layout && { layout }) });
    }
  } finally {
    await tab.close();
    await browser.close();
  }
  return { launchMs, documents: timings };
}

const [mode, ...targets] = process.argv.slice(2);
if (!['native', 'first-page', 'paginated', 'html', 'profile', 'sheets'].includes(mode ?? '')) {
  console.error('usage: floor.js native|first-page|paginated|html|profile <jobDir | file.html>... | sheets <jobDir>=<n,n>...');
  process.exitCode = 2;
} else {
  process.stdout.write(`${JSON.stringify(await main(mode, targets))}\n`);
}
