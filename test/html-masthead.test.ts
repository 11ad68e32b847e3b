/**
 * The masthead names the publisher whole at every width: its Chinese and its English name each on a line of their own
 * where both do not fit one, nothing cut off. Found in stop 51's sweep of the new users' projects (every page, view and
 * width, every text's line boxes against the viewport): new user round 12's think tank, "示例中国研究院 Example Institute
 * for China Studies", read "Example Institute for China St…" at 320 px (the bar's link was one line with an ellipsis).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';
/** The fixture's site.baseUrl path, by which its 404 page links the site's files. */
const sitePath = '/reports/duizhao/';
const contentTypes: Record<string, string> = { '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.html': 'text/html' };
let dir = '';
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-masthead-'));
  cpSync(path.join(repo, 'test/fixtures/newuser-round12'), dir, { recursive: true });
  execFileSync(process.execPath, [path.join(repo, 'pipeline/bin.cjs'), 'build', '--report', 'jinghai-law-2023', '--only', 'html'], { cwd: dir, stdio: 'pipe' });
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the masthead’s publisher', () => {
  it('is read whole at 320, 390 and 1440 px, on the report page and the 404 page: each name on one line, inside the page', async () => {
    const problems: string[] = [];
    const seen: string[] = [];
    for (const file of ['jinghai-law-2023/index.html', '404.html']) {
      for (const width of [320, 390, 1440]) {
        const page = await browser.newPage();
        // The 404 page links the site's files by absolute path (site.baseUrl's, /reports/duizhao/): served from dist/ here, as
        // the host serves them. (Was: not found from file://, the page read unstyled in the system's fonts — and passed only
        // while this machine had no CJK font, its Chinese name drawn as narrow empty boxes; stop 59's fonts-noto-cjk showed it.)
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const url = new URL(request.url());
          const served = url.protocol === 'file:' && url.pathname.startsWith(sitePath) ? path.join(dir, 'dist', decodeURIComponent(url.pathname.slice(sitePath.length))) : undefined;
          if (served && existsSync(served)) void request.respond({ body: readFileSync(served), contentType: contentTypes[path.extname(served)] ?? 'application/octet-stream' });
          else void request.continue();
        });
        await page.setViewport({ width, height: 844 });
        await page.goto(pathToFileURL(path.join(dir, 'dist', file)).href, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        // styled: its stylesheet loaded (the masthead's faces are the editions', not the system's)
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-bar .home')!).fontFamily), `${file} ${width} px`).not.toMatch(/^"?Times New Roman/u);
        const names = await page.$$eval('.site-bar .home > *', (parts) =>
          parts.map((part) => {
            const range = document.createRange();
            range.selectNodeContents(part);
            const boxes = [...range.getClientRects()].filter((box) => box.width > 0);
            const link = part.parentElement!;
            return {
              text: part.textContent ?? '',
              lines: new Set(boxes.map((box) => Math.round(box.top))).size,
              right: Math.max(...boxes.map((box) => box.right)),
              clipped: link.scrollWidth > link.clientWidth,
            };
          }),
        );
        for (const name of names) {
          seen.push(name.text);
          if (name.lines !== 1) problems.push(`${file} ${width} px: "${name.text}" on ${name.lines} lines`);
          if (name.right > width || name.clipped) problems.push(`${file} ${width} px: "${name.text}" cut off (right ${Math.round(name.right)})`);
        }
        await page.close();
      }
    }
    expect(new Set(seen)).toEqual(new Set(['示例中国研究院', 'Example Institute for China Studies']));
    expect(problems).toEqual([]);
  });
});
