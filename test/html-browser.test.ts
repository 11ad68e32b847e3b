/**
 * The HTML edition in headless Chromium: axe-core (WCAG 2.1 AA) on each view and in
 * dark mode, view switching, keyboard popovers, deep links, no request outside the
 * page's own files. Screenshots (320/390/1440 px) for looking at go to $DUIZHAO_SHOTS/html/
 * when that variable is set (nothing is left in /tmp otherwise).
 */
import { createServer, type Server } from 'node:http';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSite, type RenderedSite } from './fixtures/html/render.ts';
import { axeViolations } from './validators.ts';

const shots = process.env.DUIZHAO_SHOTS ? path.join(process.env.DUIZHAO_SHOTS, 'html') : undefined;
/** A screenshot for people to look at, only when DUIZHAO_SHOTS is set. */
const shoot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png` });
};
let site: RenderedSite;
let browser: Browser;
const requests: string[] = [];

const pageUrl = (slug: string) => pathToFileURL(path.join(site.dist, slug, 'index.html')).href;

async function open(url: string, options: { width?: number; dark?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: options.width ?? 1440, height: (options.width ?? 1440) < 500 ? 844 : 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: options.dark ? 'dark' : 'light' }]);
  // Record CSP violations (a blocked stylesheet, font or script would show up here).
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    requests.push(request.url());
    if (request.url().startsWith(pathToFileURL(site.dist).href)) void request.continue();
    else void request.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

beforeAll(async () => {
  site = await renderSite();
  browser = await puppeteer.launch({
    executablePath: process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  if (shots) await mkdir(shots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (site) await rm(site.dist, { recursive: true, force: true });
});

describe('HTML edition in Chromium', () => {
  const cases = [
    { view: 'parallel', dark: false },
    { view: 'zh', dark: false },
    { view: 'en', dark: false },
    { view: 'parallel', dark: true },
  ];
  for (const slug of ['haidian-2021', 'basic']) {
    for (const { view, dark } of cases) {
      it(`${slug}: axe finds no WCAG 2.1 AA violation in the ${view} view${dark ? ' (dark)' : ''}`, async () => {
        for (const width of [390, 1440]) {
          const page = await open(`${pageUrl(slug)}?view=${view}`, { width, dark });
          try {
            expect(await page.evaluate(() => document.documentElement.dataset.view)).toBe(view);
            expect(await axeViolations(page), `${width}px`).toEqual([]);
            if (slug === 'haidian-2021') {
              const name = `${view}-${width}${dark ? '-dark' : ''}`;
              await shoot(page, `${name}`);
              await page.evaluate(() => window.scrollTo(0, 1500));
              await shoot(page, `${name}-scrolled`);
            }
          } finally {
            await page.close();
          }
        }
      });
    }
  }

  it('catalogue: no axe violation', async () => {
    const page = await open(pathToFileURL(path.join(site.dist, 'index.html')).href);
    try {
      expect(await axeViolations(page)).toEqual([]);
      await shoot(page, `catalogue-1440`);
    } finally {
      await page.close();
    }
  });

  it('switches views without reload, keeps the view in the URL and remembers it', async () => {
    const page = await open(pageUrl('haidian-2021'));
    try {
      await page.evaluate(() => localStorage.clear());
      await page.reload({ waitUntil: 'load' });
      const marker = await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
      const visible = (lang: string) => page.$eval(`[data-block] > [lang="${lang}"]`, (el) => getComputedStyle(el).display !== 'none');
      expect(await page.evaluate(() => document.documentElement.dataset.view)).toBe('parallel');
      expect([await visible('zh-Hans'), await visible('en')]).toEqual([true, true]);
      await page.click('.view-switch button[data-view="en"]');
      expect([await visible('zh-Hans'), await visible('en')]).toEqual([false, true]);
      expect(page.url()).toMatch(/\?view=en/);
      expect(await page.$eval('.view-switch button[data-view="en"]', (b) => b.getAttribute('aria-pressed'))).toBe('true');
      expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(marker); // no reload
      await page.click('.view-switch button[data-view="zh"]');
      expect([await visible('zh-Hans'), await visible('en')]).toEqual([true, false]);
      // remembered: a URL without ?view opens the last view
      await page.goto(pageUrl('haidian-2021'), { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.dataset.view)).toBe('zh');
      // the URL wins over the remembered view
      await page.goto(`${pageUrl('haidian-2021')}?view=en`, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.dataset.view)).toBe('en');
      await page.evaluate(() => localStorage.clear());
    } finally {
      await page.close();
    }
  });

  it('opens a glossary popover with the keyboard and dismisses it with Escape', async () => {
    const page = await open(pageUrl('haidian-2021'));
    try {
      const termId = await page.$eval('a.term', (a) => a.getAttribute('data-term'));
      await page.focus('a.term');
      await page.keyboard.press('Enter');
      expect(await page.$eval('#term-popover', (p) => p.matches(':popover-open'))).toBe(true);
      expect(await page.$eval('a.term', (a) => a.getAttribute('aria-expanded'))).toBe('true');
      const text = await page.$eval('#term-popover', (p) => p.textContent ?? '');
      const entryText = await page.$eval(`#g-${termId} .gloss-note`, (n) => n.textContent ?? '');
      expect(text).toContain(entryText.slice(0, 30));
      expect(await page.evaluate(() => document.activeElement?.closest('#term-popover') !== null)).toBe(true);
      await shoot(page, `popover-1440`);
      await page.keyboard.press('Escape');
      expect(await page.$eval('#term-popover', (p) => p.matches(':popover-open'))).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-term'))).toBe(termId);
      // touch / click opens it too, and the glossary link inside leads to the appendix entry
      await page.setViewport({ width: 390, height: 844, hasTouch: true, isMobile: true });
      await page.tap('a.term');
      // the click of a tap comes from Chromium's gesture detection, not necessarily before tap() returns
      const opened = await page.waitForFunction(() => document.getElementById('term-popover')!.matches(':popover-open'), { timeout: 30_000 }).then(() => true, () => false);
      expect(opened, 'the tapped term opens the popover').toBe(true);
      expect(await page.$eval('#term-popover .pop-more', (a) => a.getAttribute('href'))).toBe(`#g-${termId}`);
      await shoot(page, `popover-390`);
      await page.click('#term-popover .pop-close');
      expect(await page.$eval('#term-popover', (p) => p.matches(':popover-open'))).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('without JavaScript a term is a plain link to its appendix entry', async () => {
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setViewport({ width: 1440, height: 900 });
      await page.goto(pageUrl('haidian-2021'), { waitUntil: 'load' });
      // the contents stay visible on wide screens although their <details> is closed
      expect(await page.$eval('.toc a', (a) => a.getBoundingClientRect().height)).toBeGreaterThan(10);
      expect(await page.$eval('.view-switch', (el) => getComputedStyle(el).display)).toBe('none');
      const href = await page.$eval('a.term', (a) => a.getAttribute('href'));
      await page.click('a.term');
      expect(new URL(page.url()).hash).toBe(href);
      expect(await page.$eval(href!, (el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    } finally {
      await page.close();
    }
  });

  it('follows a deep link to a block and shows its copy-link affordance on focus', async () => {
    const id = site.pubs[0].blocks[3].id;
    const page = await open(`${pageUrl('haidian-2021')}#${id}`);
    try {
      const top = await page.$eval(`#${id}`, (el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(150);
      expect(await page.$eval(`#${id}`, (el) => el.matches(':target'))).toBe(true);
      const other = site.pubs[0].blocks[1].id;
      // hidden (or faint on touch screens, where there is no hover) until hover or focus
      expect(Number(await page.$eval(`#${other} > .anchor`, (a) => getComputedStyle(a).opacity))).toBeLessThan(0.5);
      await page.focus(`#${other} > .anchor`);
      // the 0.15 s fade-in ends when it ends: under load a fixed 300 ms wait read it mid-way (0.918609, CI of stop 41)
      const shown = await page
        .waitForFunction((selector) => getComputedStyle(document.querySelector(selector)!).opacity === '1', { timeout: 60_000 }, `#${other} > .anchor`)
        .then(() => true, () => false);
      expect(shown, 'the focused anchor reaches full opacity').toBe(true);
      // The toast is written when the clipboard's promise settles (app.js copyLink), after the key press has
      // returned, and cleared 2 s later: every text it shows is recorded as the page writes it, not read once.
      await page.evaluate(() => {
        const toasts: string[] = ((window as unknown as { toasts: string[] }).toasts = []);
        const el = document.getElementById('toast')!;
        new MutationObserver(() => toasts.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
      });
      await page.keyboard.press('Enter');
      expect(new URL(page.url()).hash).toBe(`#${other}`);
      const toasts = await page
        .waitForFunction(() => (window as unknown as { toasts: string[] }).toasts.some((text) => text !== ''), { timeout: 30_000 })
        .then(() => page.evaluate(() => (window as unknown as { toasts: string[] }).toasts), () => []);
      expect(toasts.find((text) => text !== '') ?? '(no toast shown)').toMatch(/Link copied/);
    } finally {
      await page.close();
    }
  });

  it('fits a 320 px screen without horizontal scrolling, in every view', async () => {
    for (const view of ['parallel', 'zh', 'en']) {
      const page = await open(`${pageUrl('haidian-2021')}?view=${view}`, { width: 320 });
      try {
        expect(await page.evaluate(() => document.documentElement.scrollWidth), view).toBeLessThanOrEqual(320);
        expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
        if (view === 'parallel') await shoot(page, `parallel-320`);
      } finally {
        await page.close();
      }
    }
  });

  it('works over HTTP under a sub-path: every file loads, fonts apply, the CSP blocks nothing', async () => {
    const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' };
    const server: Server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith('/some/sub/path/')) return void res.writeHead(404).end();
      const file = path.join(site.dist, decodeURIComponent(url.pathname.slice('/some/sub/path/'.length)));
      readFile(file).then(
        (data) => res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(data),
        () => res.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const page = await browser.newPage();
    try {
      await page.evaluateOnNewDocument(() => {
        const w = window as unknown as { cspViolations: string[] };
        w.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const statuses: Array<[string, number]> = [];
      page.on('response', (response) => statuses.push([response.url(), response.status()]));
      const origin = `http://127.0.0.1:${port}`;
      await page.goto(`${origin}/some/sub/path/haidian-2021/index.html?view=zh`, { waitUntil: 'networkidle0' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
      expect(statuses.every(([url]) => url.startsWith(`${origin}/some/sub/path/`))).toBe(true);
      expect(statuses.some(([url]) => url.endsWith('.woff2'))).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family))).toEqual(
        expect.arrayContaining(['Noto Serif SC', 'Noto Sans SC']),
      );
      // Every font file, loaded or not by this view, is one Chromium's sanitizer (OTS) accepts and decodes.
      const faces = await page.evaluate(() => Promise.all([...document.fonts].map((f) => f.load().then(() => `${f.family} ${f.weight}: ${f.status}`, () => `${f.family} ${f.weight}: error`))));
      expect(faces.length).toBeGreaterThanOrEqual(8);
      expect(faces.filter((face) => !face.endsWith(': loaded'))).toEqual([]);
      await page.click('.view-switch button[data-view="en"]');
      expect(page.url()).toBe(`${origin}/some/sub/path/haidian-2021/index.html?view=en`);
    } finally {
      await page.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("the 404 page a host serves at a deep missing path under the base URL's path: its stylesheet and fonts load, the CSP blocks nothing, no axe violation (light and dark, 320 and 1440 px)", async () => {
    // renderSite's site.baseUrl is https://example.org/reports/: served under /reports/ as GitHub Pages serves a project site
    const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' };
    const server: Server = createServer((req, res) => {
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      const file = pathname.startsWith('/reports/') ? path.join(site.dist, decodeURIComponent(pathname.slice('/reports/'.length))) : '';
      readFile(file).then(
        (data) => res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(data),
        () => readFile(path.join(site.dist, '404.html')).then((data) => res.writeHead(404, { 'content-type': types['.html'] }).end(data), () => res.writeHead(404).end()),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      for (const [width, dark] of [[320, false], [1440, false], [1440, true]] as const) {
        const page = await browser.newPage();
        try {
          await page.setViewport({ width, height: 900 });
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
          await page.evaluateOnNewDocument(() => {
            const w = window as unknown as { cspViolations: string[] };
            w.cspViolations = [];
            document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
          });
          const statuses: Array<[string, number]> = [];
          page.on('response', (response) => statuses.push([response.url(), response.status()]));
          const missing = `${origin}/reports/haidian-2021/no/such/page`;
          await page.goto(missing, { waitUntil: 'networkidle0' });
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          expect(statuses.filter(([url, status]) => url !== missing && status !== 200)).toEqual([]);
          expect(statuses.find(([url]) => url === missing)?.[1]).toBe(404);
          expect(statuses.some(([url]) => url.endsWith('/reports/assets/style.css'))).toBe(true);
          expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family))).toEqual(expect.arrayContaining(['Noto Sans SC']));
          expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          expect(await axeViolations(page), `${width}px${dark ? ' dark' : ''}`).toEqual([]);
          await shoot(page, `404-${width}${dark ? '-dark' : ''}`);
        } finally {
          await page.close();
        }
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    // (stop 41: three page loads, each waiting for the network to go idle, and three axe runs — 6.5 s on a quiet machine; a
    // fresh-clone CI run beside another took over the shared 60 s)
  });

  it('made no request outside the page’s own files', () => {
    expect(requests.length).toBeGreaterThan(10);
    const outside = requests.filter((url) => !url.startsWith(pathToFileURL(site.dist).href));
    expect(outside).toEqual([]);
  });
});
