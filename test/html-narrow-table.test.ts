/**
 * A table narrow enough for a phone is read on a phone: at 320 px a three-column table fits its
 * box, every figure in view (a wide table — the six columns of structures-build's fixtures —
 * still scrolls inside its own box, asserted there). Found by a new user (round 4, 2026-12-01)
 * publishing test/fixtures/newuser-round4: its 表1 (indicator, total, growth) kept a 40rem minimum
 * width at 320 px, so only the first column showed, cut mid-word ("Value added of industry above
 * desigr"), and no figure was in view without scrolling the table sideways.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
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
  dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-narrow-table-'));
  cpSync(path.join(repo, 'test/fixtures/newuser-round4'), dir, { recursive: true });
  execFileSync(process.execPath, [path.join(repo, 'pipeline/bin.cjs'), 'build', '--report', 'xx-county-2023', '--only', 'html'], { cwd: dir, stdio: 'pipe' });
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a three-column table on a phone', () => {
  it('fits its box at 320 and 390 px in every view: every cell in view, nothing to scroll', async () => {
    const problems: string[] = [];
    for (const view of ['parallel', 'zh', 'en']) {
      for (const width of [320, 390]) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 844 });
        await page.goto(`${pathToFileURL(path.join(dir, 'dist/xx-county-2023/index.html')).href}?view=${view}`, { waitUntil: 'load' });
        const tables = await page.evaluate(() =>
          [...document.querySelectorAll('.block-table > .table-scroll')]
            .filter((el) => (el as HTMLElement).offsetParent !== null)
            .map((el) => {
              const box = el.getBoundingClientRect();
              const cells = [...el.querySelectorAll('th, td')].map((c) => c.getBoundingClientRect());
              return { lang: el.className, overflow: el.scrollWidth - el.clientWidth, outside: cells.filter((c) => c.right > box.right + 0.5).length, page: document.documentElement.scrollWidth };
            }),
        );
        expect(tables.length, `${view} ${width}`).toBeGreaterThan(0);
        for (const t of tables) {
          if (t.overflow > 0 || t.outside > 0) problems.push(`${view} ${width} ${t.lang}: scrolls ${t.overflow} px, ${t.outside} cell(s) out of view`);
          if (t.page > width) problems.push(`${view} ${width}: the page scrolls sideways (${t.page})`);
        }
        await page.close();
      }
    }
    expect(problems).toEqual([]);
  });
});
