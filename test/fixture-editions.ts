/**
 * The built editions of a new user's committed project (tests of test/fixtures/newuser-round*): built once into a
 * temporary copy with a browser to look at them, its EPUBs checked by EPUBCheck, and where the page's tables do not fit.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { build } from '../pipeline/index.ts';
import { tempProject } from './build-helpers.ts';
import { epubcheckProblems } from './validators.ts';

const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';

/**
 * Builds `fixture` before the describe's tests (every report, every edition) and opens a browser; closes it after.
 * Adds one test to the describe: EPUBCheck finds no error and no warning in any EPUB the project builds (as
 * test/epub-validate.test.ts asks of Haidian's and the fixtures' EPUBs).
 */
export function builtEditions(fixture: string): { root: string; browser: Browser } {
  const built = { root: '', browser: undefined as unknown as Browser };
  beforeAll(async () => {
    built.root = tempProject(fixture);
    const result = await build({ root: built.root, env: { SOURCE_DATE_EPOCH: undefined } });
    expect(result.ok).toBe(true);
    built.browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 180_000);
  afterAll(async () => {
    await built.browser?.close();
  });
  it('EPUBCheck finds no error and no warning in any EPUB the project builds', async () => {
    const dist = path.join(built.root, 'dist');
    const epubs = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.epub'));
    expect(epubs.length).toBeGreaterThan(0);
    for (const epub of epubs) expect(await epubcheckProblems(path.join(dist, epub)), epub).toEqual([]);
  }, 300_000); // one EPUBCheck run per EPUB: 123–190 s under stop 54's load (review54), within 120 s alone
  return built;
}

/**
 * Where a built page's tables do not fit: for each view and width, every visible table scroller (`selector`) that scrolls
 * sideways or has a cell past its right edge, as `view width class: scrolls N px, M cell(s) out of view` (new users,
 * rounds 14 and 15: a table of three or four columns on a phone and on a desktop).
 */
export async function tablesOutOfView(browser: Browser, indexHtml: string, widths: readonly number[], selector = '.block-table > .table-scroll'): Promise<string[]> {
  const problems: string[] = [];
  for (const view of ['parallel', 'zh', 'en']) {
    for (const width of widths) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 844 });
      await page.goto(`${pathToFileURL(indexHtml).href}?view=${view}`, { waitUntil: 'load' });
      const tables = await page.evaluate(
        (s) =>
          [...document.querySelectorAll(s)]
            .filter((el) => (el as HTMLElement).offsetParent !== null)
            .map((el) => {
              const box = el.getBoundingClientRect();
              const cells = [...el.querySelectorAll('th, td')].map((c) => c.getBoundingClientRect());
              return { lang: el.className, overflow: el.scrollWidth - el.clientWidth, outside: cells.filter((c) => c.right > box.right + 0.5).length };
            }),
        selector,
      );
      if (tables.length === 0) problems.push(`${view} ${width}: no table in view`);
      for (const t of tables) if (t.overflow > 0 || t.outside > 0) problems.push(`${view} ${width} ${t.lang}: scrolls ${t.overflow} px, ${t.outside} cell(s) out of view`);
      await page.close();
    }
  }
  return problems;
}
