/**
 * A mixed site: reports in simplified and in traditional characters built into one HTML edition. The site's own pages
 * (the catalogue, the 404 page) are in simplified; a traditional report's title listed there is tagged zh-Hant and is set
 * in the faces of traditional forms (Noto Serif/Sans TC), as on that report's own page — was: in the SC faces, which draw
 * traditional characters in the mainland's forms (stop 52's gap: "the catalogue and 404 pages set a traditional report's
 * title in the SC faces"). Checked in Chromium with the fonts it really drew (DevTools CSS.getPlatformFontsForNode).
 */
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import postcss from 'postcss';
import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../pipeline/index.ts';
import { fixtureProject, repo, tempProject } from './build-helpers.ts';

const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';
let root: string;
let browser: Browser;

beforeAll(async () => {
  // round 16's Hong Kong policy address (traditional) beside the build fixture's alpha (simplified)
  root = tempProject(path.join(repo, 'test/fixtures/newuser-round16'));
  cpSync(path.join(fixtureProject, 'content/reports/alpha'), path.join(root, 'content/reports/alpha'), { recursive: true });
  const result = await build({ root, only: ['html'], env: { SOURCE_DATE_EPOCH: undefined } });
  expect(result.ok).toBe(true);
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

/** The faces Chromium drew each catalogue title's Chinese with, by the title's lang. */
async function titleFaces(file: string): Promise<Record<string, string[]>> {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const cdp = await page.createCDPSession();
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1 });
    const faces: Record<string, string[]> = {};
    for (const lang of ['zh-Hans', 'zh-Hant']) {
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: doc.nodeId, selector: `a[href] [lang='${lang}'], a[href][lang='${lang}']` });
      for (const nodeId of nodeIds) {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        for (const font of fonts) if (font.glyphCount > 0 && /Noto/u.test(font.familyName)) (faces[lang] ??= []).push(font.familyName);
      }
      faces[lang] = [...new Set(faces[lang] ?? [])].sort();
    }
    return faces;
  } finally {
    await page.close();
  }
}

describe('a mixed site’s own pages set each report’s title in its own script’s faces', () => {
  it('the catalogue: the traditional report’s title in the TC faces, the simplified one’s in the SC faces', async () => {
    const faces = await titleFaces(path.join(root, 'dist/index.html'));
    expect(faces['zh-Hant'].length).toBeGreaterThan(0);
    expect(faces['zh-Hant'].every((family) => / TC\b/u.test(family)), faces['zh-Hant'].join(', ')).toBe(true);
    expect(faces['zh-Hans'].length).toBeGreaterThan(0);
    expect(faces['zh-Hans'].every((family) => / SC\b/u.test(family)), faces['zh-Hans'].join(', ')).toBe(true);
  }, 120_000);

  it('the 404 page likewise', async () => {
    const faces = await titleFaces(path.join(root, 'dist/404.html'));
    expect(faces['zh-Hant'].length).toBeGreaterThan(0);
    expect(faces['zh-Hant'].every((family) => / TC\b/u.test(family)), faces['zh-Hant'].join(', ')).toBe(true);
  }, 120_000);

  it('screen.css’s stacks for words tagged zh-Hant are base.css :root’s (the same fallbacks), its faces a traditional report’s', () => {
    const declarations = (file: string, selector: string) => {
      const found = new Map<string, string>();
      postcss.parse(readFileSync(path.join(repo, 'templates/styles', file), 'utf8')).walkRules((rule) => {
        if (rule.selector === selector && rule.parent?.type === 'root') rule.walkDecls((decl) => void found.set(decl.prop, decl.value));
      });
      return found;
    };
    const base = declarations('base.css', ':root');
    const hant = declarations('screen.css', "[lang='zh-Hant']");
    for (const stack of ['--serif', '--serif-zh', '--sans', '--sans-zh']) expect(hant.get(stack), stack).toBe(base.get(stack));
    // the faces are a traditional report's own (base.css :root[data-han='zh-Hant']: the SC face after the TC one, the symbols face last)
    const report = declarations('base.css', ":root[data-han='zh-Hant']");
    for (const faces of ['--han-serif', '--han-sans']) expect(hant.get(faces), faces).toBe(report.get(faces));
    expect(hant.get('--han-serif')).toMatch(/^"Noto Serif TC"/);
  });
});
