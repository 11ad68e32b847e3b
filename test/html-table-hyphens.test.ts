/**
 * The HTML edition's English table cells carry soft hyphens at the break points of TeX's patterns (templates/hyphenate.ts,
 * as the PDF's running English does): a phone's browser may break a long word there and the table narrows. New user
 * round 29 (stop 51's gap): a subdistrict's disclosure tables of four columns of English labels ("Administrative
 * licensing", "Normative documents") were 48 px wider than a 320 px phone, their longest words unbreakable — headless
 * Chromium on Linux, as many browsers, has no hyphenation dictionary, so `hyphens: auto` would do nothing.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hyphenateTableCells } from '../templates/hyphenate.ts';

const repo = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';
const slug = 'dizhang-2023-information-disclosure';
let dir = '';
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-table-hyphens-'));
  cpSync(path.join(repo, 'test/fixtures/newuser-round29'), dir, { recursive: true });
  execFileSync(process.execPath, [path.join(repo, 'pipeline/bin.cjs'), 'build', '--only', 'html'], { cwd: dir, stdio: 'pipe' });
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('soft hyphens in English table cells', () => {
  it('only in the English cells: not in the Chinese ones, nor in a table title, nor outside tables', () => {
    const tree = h('div', [
      h('p', { lang: 'en' }, 'Administrative licensing outside a table'),
      h('table', { lang: 'en' }, [h('caption', 'Administrative review'), h('tr', [h('th', 'Administrative licensing'), h('td', 'Normative documents')])]),
      h('table', { lang: 'zh-Hans' }, [h('tr', [h('td', '行政许可'), h('td', { lang: 'en' }, 'Administrative')])]),
    ]);
    hyphenateTableCells(tree);
    const cells = selectAll('th, td', tree).map((cell) => toString(cell));
    // the words kept, only soft hyphens added, in the English cells' long words
    expect(cells.map((text) => text.replaceAll('\u00ad', ''))).toEqual(['Administrative licensing', 'Normative documents', '行政许可', 'Administrative']);
    expect(cells.map((text) => text.includes('\u00ad'))).toEqual([true, true, false, true]);
    expect(cells[0]).toBe('Admin\u00adis\u00adtrative licensing');
    expect(toString(selectAll('p', tree)[0])).not.toContain('\u00ad');
    expect(toString(selectAll('caption', tree)[0])).not.toContain('\u00ad');
  });

  it("round 29's page: its English cells hyphenated, its Chinese cells and headings not", () => {
    const page = fromHtml(readFileSync(path.join(dir, 'dist', slug, 'index.html'), 'utf8'));
    const english = selectAll('.table-scroll.en :is(th, td)', page).map((cell) => toString(cell));
    expect(english).toContain('Admin\u00adis\u00adtrative licensing');
    expect(english.filter((text) => text.includes('\u00ad')).length).toBeGreaterThanOrEqual(4);
    expect(selectAll('.table-scroll.zh :is(th, td)', page).filter((cell) => toString(cell).includes('\u00ad'))).toEqual([]);
    expect(selectAll('h1, h2, h3, h4', page).filter((el) => toString(el).includes('\u00ad'))).toEqual([]);
  });

  it('at 320 px the English table is narrower with them than with them taken out (was 48 px wider than the phone)', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 320, height: 844 });
    await page.goto(`${pathToFileURL(path.join(dir, 'dist', slug, 'index.html')).href}?view=en`, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    const widths = () => page.evaluate(() => [...document.querySelectorAll('.table-scroll.en')].map((el) => el.scrollWidth));
    const hyphenated = await widths();
    await page.evaluate(() => {
      for (const cell of document.querySelectorAll('.table-scroll.en :is(th, td)')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) node.nodeValue = node.nodeValue!.replaceAll('\u00ad', '');
      }
    });
    const whole = await widths();
    await page.close();
    expect(hyphenated.length).toBeGreaterThan(0);
    // every table no wider, and the widest narrower by the width of a broken word's part
    hyphenated.forEach((width, n) => expect(width).toBeLessThanOrEqual(whole[n]));
    expect(Math.max(...whole) - Math.max(...hyphenated)).toBeGreaterThanOrEqual(10);
  });
});
