/**
 * The EPUB renderer as the build uses it: files written per configured
 * language, byte-identical rebuilds (also across time zones), the build date
 * as the only timestamp, and the pages as Chromium renders them (every glyph
 * from an embedded font, nothing from the system).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../pipeline/config/types.ts';
import { epubRenderer } from '../pipeline/render/epub/index.ts';
import type { RenderContext } from '../pipeline/render/types.ts';
import { loadFixture } from './fixtures/epub/annotate.ts';
import { BUILD_DATE, buildFixture, here, loadHaidian, t } from './fixtures/epub/build.ts';
import { Book, elements, textOf } from './fixtures/epub/inspect.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'duizhao-epub-render-'));
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function context(name: string, languages: Config['epub']['languages'], buildDate = BUILD_DATE): Promise<RenderContext> {
  const distDir = path.join(tmp, name);
  const { glossary } = loadFixture(path.join(here, 'basic'));
  return {
    config: { ...defaultConfig, epub: { languages } },
    outDir: path.join(distDir, 'basic'),
    distDir,
    t: await t(),
    draft: false,
    buildDate,
    glossary,
  };
}

describe('epubRenderer', () => {
  it('writes <slug>.epub, <slug>.en.epub and <slug>.zh.epub as configured, and nothing else', async () => {
    const ctx = await context('all', ['bilingual', 'en', 'zh']);
    const { publication } = loadFixture(path.join(here, 'basic'));
    const files = await epubRenderer.render(publication, ctx);
    expect(files.map((f) => f.path)).toEqual(['basic/basic.epub', 'basic/basic.en.epub', 'basic/basic.zh.epub']);
    expect((await readdir(ctx.outDir)).sort()).toEqual(['basic.en.epub', 'basic.epub', 'basic.zh.epub']);
    for (const file of files) {
      const data = await readFile(path.join(ctx.distDir, file.path));
      expect(file.bytes).toBe(data.length);
      expect(file.edition).toBe('epub');
    }
    expect(epubRenderer.edition).toBe('epub');
  });

  it('rebuilds byte-identical files, whatever the time zone of the machine', async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const a = await buildFixture('bilingual');
      process.env.TZ = 'Pacific/Kiritimati'; // UTC+14: a different calendar day than UTC
      const b = await buildFixture('bilingual');
      expect(b.epub.data.equals(a.epub.data)).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    // The real report too, through the renderer and the file system.
    const { pub, glossary } = await loadHaidian();
    const outputs: Buffer[] = [];
    for (const run of ['one', 'two']) {
      const ctx = { ...(await context(`real-${run}`, ['bilingual'])), glossary, outDir: path.join(tmp, `real-${run}`, pub.slug) };
      await epubRenderer.render(pub, ctx);
      outputs.push(await readFile(path.join(ctx.outDir, `${pub.slug}.epub`)));
    }
    expect(outputs[1].equals(outputs[0])).toBe(true);
  });

  it('takes every timestamp from the build date (SOURCE_DATE_EPOCH or the content date)', async () => {
    const later = new Date('2024-03-01T08:30:00Z');
    const a = await buildFixture('en');
    const b = await buildFixture('en', { buildDate: later });
    expect(b.epub.data.equals(a.epub.data)).toBe(false);
    const modified = (book: Book) => textOf(elements(book.xml('EPUB/package.opf'), 'meta').find((m) => m.attributes.property === 'dcterms:modified')!);
    expect(modified(a.book)).toBe('2021-12-15T00:00:00Z');
    expect(modified(b.book)).toBe('2024-03-01T08:30:00Z');
    const dos = ((2024 - 1980) << 9) | (3 << 5) | 1;
    expect(new Set(b.book.items.map((i) => `${i.dosDate}/${i.dosTime}`))).toEqual(new Set([`${dos}/${(8 << 11) | (30 << 5)}`]));
    // Same content, different date: only the date-bearing files differ (and
    // the font subsets, if the new date has characters the old one lacked).
    const names = [...new Set([...a.book.files.keys(), ...b.book.files.keys()])].filter((n) => !/fonts[/.]/.test(n));
    const differing = names.filter((name) => !a.book.files.get(name)?.equals(b.book.files.get(name)!));
    expect(differing.sort()).toEqual(['EPUB/colophon.xhtml', 'EPUB/package.opf']);
  });
});

const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';
/** Screenshots for people to look at, only when DUIZHAO_SHOTS is set. */
const SHOTS = process.env.DUIZHAO_SHOTS ? path.join(process.env.DUIZHAO_SHOTS, 'epub') : undefined;

describe('in Chromium', () => {
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('renders every character of every page with the embedded fonts', async () => {
    expect(existsSync(CHROMIUM), `No Chromium at ${CHROMIUM}`).toBe(true);
    const { pub, glossary } = await loadHaidian();
    const ctx = { ...(await context('browser', ['bilingual', 'zh'])), glossary, outDir: path.join(tmp, 'browser', pub.slug) };
    const written = await epubRenderer.render(pub, ctx);
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    if (SHOTS) await mkdir(SHOTS, { recursive: true });
    for (const file of written) {
      const dir = path.join(tmp, 'browser', path.basename(file.path, '.epub'));
      await mkdir(dir, { recursive: true });
      execFileSync('unzip', ['-q', '-o', path.join(ctx.distDir, file.path), '-d', dir]);
      const page = await browser.newPage();
      await page.setViewport({ width: 420, height: 860 });
      const remote: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith('file://')) remote.push(request.url());
      });
      const cdp = await page.createCDPSession();
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const problems: string[] = [];
      let embedded = 0;
      for (const name of (await readdir(path.join(dir, 'EPUB'))).filter((n) => n.endsWith('.xhtml')).sort()) {
        await page.goto(`file://${path.join(dir, 'EPUB', name)}`, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
        // Each text node on its own (fonts of an element include its descendants'), with its parent's style.
        const texts: Array<{ nodeId: number; parentId: number; text: string }> = [];
        const walk = (node: { nodeId: number; nodeType: number; nodeValue?: string; children?: unknown[] }, parent?: number) => {
          if (node.nodeType === 3 && node.nodeValue?.trim() && parent) texts.push({ nodeId: node.nodeId, parentId: parent, text: node.nodeValue.trim() });
          for (const child of (node.children ?? []) as (typeof node)[]) walk(child, node.nodeType === 1 ? node.nodeId : parent);
        };
        walk(root as never);
        for (const { nodeId, parentId, text } of texts) {
          const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
          // Zero-size or hidden nodes (landmarks, <title>) have no fonts: nothing is drawn.
          const used = fonts.filter((f) => f.glyphCount > 0);
          const system = used.filter((f) => !f.isCustomFont);
          if (used.some((f) => f.isCustomFont)) embedded++;
          if (system.length > 0) problems.push(`${file.path} ${name}: "${text.slice(0, 30)}" uses ${system.map((f) => f.familyName).join(', ')}`);
          // Right weight too: a bold run drawn from a regular face (or the reverse) means
          // the subset of the intended face lacked the character and another face stood in.
          const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId: parentId });
          const bold = Number(computedStyle.find((p) => p.name === 'font-weight')?.value ?? 400) >= 600;
          const wrong = used.filter((f) => /Bold|Black|Heavy/.test(f.postScriptName) !== bold);
          if (wrong.length > 0) problems.push(`${file.path} ${name}: "${text.slice(0, 30)}" (${bold ? 'bold' : 'regular'}) uses ${wrong.map((f) => f.postScriptName).join(', ')}`);
        }
        if (name === 'title.xhtml') {
          // the scope note runs to several lines: centred like the title it read badly at phone widths (round 19, 390 px)
          const align = await page.evaluate(() => [...document.querySelectorAll('.scope-note')].map((p) => getComputedStyle(p).textAlign));
          if (align.length === 0 || align.includes('center')) problems.push(`${file.path} title.xhtml: scope notes aligned ${align.join(', ') || '(none)'}, expected flush`);
        }
        if (SHOTS && (['cover.xhtml', 'title.xhtml', 'nav.xhtml', 'glossary.xhtml'].includes(name) || /^h-/.test(name))) {
          await page.screenshot({ path: path.join(SHOTS, `${path.basename(file.path, '.epub')}-${name.replace('.xhtml', '')}.png`), fullPage: true });
        }
      }
      await page.close();
      expect(problems).toEqual([]);
      // The check saw real text drawn with our fonts (it is not vacuous).
      expect(embedded).toBeGreaterThan(pub.blocks.length);
      expect(remote).toEqual([]);
    }
  });
});
