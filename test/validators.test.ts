/**
 * The shared validators (test/validators.ts) can fail: each is given a page or a book with a known fault and must say it.
 * Every test of the editions' validity reads them, so a validator that said nothing would pass every edition.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer';
import { afterAll, describe, expect, it } from 'vitest';
import { zipEpub } from '../pipeline/render/epub/zip.ts';
import { buildFixture } from './fixtures/epub/build.ts';
import { axeViolations, epubcheckProblems, nuProblems } from './validators.ts';

const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';
const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-validators-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const valid = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A page</title></head><body><main><h1>A page</h1><p>Text.</p></main></body></html>';
// an image with no alt is an error to Nu and a violation to axe; a section with no heading a Nu warning
const faulty = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A page</title></head><body><main><h1>A page</h1><img src="a.png"><section><p>Text.</p></section></main></body></html>';

describe('the shared validators say a fault', () => {
  it('nuProblems: nothing on a valid page; an error, and a warning unless errors only, on a faulty one', async () => {
    writeFileSync(path.join(dir, 'valid.html'), valid);
    writeFileSync(path.join(dir, 'faulty.html'), faulty);
    expect(await nuProblems([path.join(dir, 'valid.html')])).toEqual([]);
    const all = await nuProblems([path.join(dir, 'faulty.html')]);
    expect(all.some((line) => /faulty\.html:\d+: .*alt/u.test(line))).toBe(true);
    expect(all.some((line) => /warning: Section lacks heading/u.test(line))).toBe(true);
    const errors = await nuProblems([path.join(dir, 'faulty.html')], { errorsOnly: true });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((line) => line.includes('Section lacks heading'))).toBe(false);
    // a file that is not there is said, not passed over
    expect((await nuProblems([path.join(dir, 'missing.html')])).length).toBeGreaterThan(0);
  }, 120_000);

  it('axeViolations: nothing on a valid page; image-alt on a faulty one', async () => {
    const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.setContent(valid);
      expect(await axeViolations(page)).toEqual([]);
      await page.setContent(faulty);
      expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('epubcheckProblems: nothing on a built EPUB; an error with its place in a broken one', async () => {
    const built = await buildFixture('zh');
    const good = path.join(dir, 'good.epub');
    writeFileSync(good, built.epub.data);
    expect(await epubcheckProblems(good)).toEqual([]);
    const entries = [...built.epub.files].map(([p, data]) => ({ path: p, data: p === 'EPUB/package.opf' ? data.toString('utf8').replace('unique-identifier="pub-id"', 'unique-identifier="no-such-id"') : data }));
    const broken = path.join(dir, 'broken.epub');
    writeFileSync(broken, await zipEpub(entries, new Date(0)));
    const problems = await epubcheckProblems(broken, { errorsOnly: true });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((line) => /\(EPUB\/package\.opf:\d+:\d+\)$/u.test(line))).toBe(true);
  }, 300_000);
});
