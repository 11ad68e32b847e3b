/**
 * A table wider than a phone is still read on a phone: at 320 and 390 px its row headers and its
 * first figures are in view, the rest scrolls inside the table's own box with a shadow at the edge
 * while there is more to see, and the row headers stay in view while the figures scroll. Found by a
 * new user (round 5, 2026-12-01) publishing test/fixtures/newuser-round5 (Hebei 2023, Box 1: indicator,
 * unit, 2017, 2022, increase): at 320 px the five-column table kept its 40rem minimum width, so only
 * the indicator column showed (the English cut mid-word, "Annual designed throughput capacit|"), no
 * figure in view and nothing saying the table scrolls.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';
let dir = '';
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-wide-table-'));
  cpSync(path.join(repo, 'test/fixtures/newuser-round5'), dir, { recursive: true });
  execFileSync(process.execPath, [path.join(repo, 'pipeline/bin.cjs'), 'build', '--report', 'hebei-2023', '--only', 'html'], { cwd: dir, stdio: 'pipe' });
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a table in the markup', () => {
  it('writes no empty class attribute on its cells (was: class="" on every th and td, in the HTML and the EPUB)', () => {
    const html = readFileSync(path.join(dir, 'dist/hebei-2023/index.html'), 'utf8');
    expect(html).toContain('<th scope="row">');
    expect(html).not.toContain('class=""');
  });
});

describe('a five-column table on a phone', () => {
  it('shows its row headers and first figures at 320 and 390 px in every view, scrolls the rest with a cue, keeps the row headers in view', async () => {
    const problems: string[] = [];
    for (const view of ['parallel', 'zh', 'en']) {
      for (const width of [320, 390]) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 844 });
        await page.goto(`${pathToFileURL(path.join(dir, 'dist/hebei-2023/index.html')).href}?view=${view}`, { waitUntil: 'load' });
        const tables = await page.evaluate(() =>
          [...document.querySelectorAll('.block-table > .table-scroll')]
            .filter((el) => (el as HTMLElement).offsetParent !== null)
            .map((el) => {
              const scroller = el as HTMLElement;
              const box = scroller.getBoundingClientRect();
              // the cell's text, not its box: a figure is in view when its glyphs are (the cell's padding and border may run under the edge)
              const inView = (c: Element) => {
                const range = document.createRange();
                range.selectNodeContents(c);
                return range.getBoundingClientRect().right <= box.right + 0.5;
              };
              const row = scroller.querySelector('tbody tr')!;
              const header = row.children[0];
              // the first cell of the row holding a figure (3.06)
              const figure = [...row.children].find((c) => /\d/.test(c.textContent ?? ''))!;
              const result = {
                lang: scroller.className,
                headerInView: inView(header),
                figureInView: inView(figure),
                overflow: scroller.scrollWidth - scroller.clientWidth,
                cue: getComputedStyle(scroller).backgroundImage,
                page: document.documentElement.scrollWidth,
                headerAfterScroll: false,
              };
              scroller.scrollLeft = scroller.scrollWidth;
              const h = header.getBoundingClientRect();
              result.headerAfterScroll = h.left >= box.left - 0.5 && h.right <= box.right + 0.5;
              return result;
            }),
        );
        expect(tables.length, `${view} ${width}`).toBeGreaterThan(0);
        for (const t of tables) {
          const at = `${view} ${width} ${t.lang}`;
          if (!t.headerInView) problems.push(`${at}: the row header is cut`);
          if (!t.figureInView) problems.push(`${at}: no figure in view`);
          if (t.overflow > 0 && !t.cue.includes('gradient')) problems.push(`${at}: scrolls ${t.overflow} px with no cue`);
          if (t.overflow > 0 && !t.headerAfterScroll) problems.push(`${at}: the row header leaves the view when the figures scroll`);
          if (t.page > width) problems.push(`${at}: the page scrolls sideways (${t.page})`);
        }
        await page.close();
      }
    }
    expect(problems).toEqual([]);
  });
});
