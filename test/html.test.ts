import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWeight } from '../pipeline/render/html/index.ts';
import { clearSubsetMemory, subsetFonts } from '../pipeline/render/fonts.ts';
import { contentSecurityPolicy } from '../pipeline/render/html/head.ts';
import { renderSite, type RenderedSite } from './fixtures/html/render.ts';
import { nuProblems } from './validators.ts';

let site: RenderedSite;
const pages = () => [path.join(site.dist, 'index.html'), path.join(site.dist, '404.html'), ...[...site.files.keys()].map((slug) => path.join(site.dist, slug, 'index.html'))];

beforeAll(async () => {
  site = await renderSite();
});
afterAll(async () => {
  if (site) await rm(site.dist, { recursive: true, force: true });
});

describe('HTML edition (static)', () => {
  it('renders the real Haidian report and the fixture', () => {
    expect(site.files.has('haidian-2021')).toBe(true);
    expect(site.files.has('basic')).toBe(true);
  });

  it('passes the Nu HTML Checker with zero errors on every page', async () => {
    expect(await nuProblems(pages(), { errorsOnly: true })).toEqual([]);
  });

  it('has no Nu HTML Checker warning either (a section without a heading was one: the text before the first heading is a div)', async () => {
    expect(await nuProblems(pages())).toEqual([]);
  });

  it('keeps the Haidian page under 400 KB (HTML + CSS + JS + fonts)', () => {
    const weight = pageWeight(site.files.get('haidian-2021')!);
    console.info(`haidian-2021 page weight: ${(weight / 1024).toFixed(1)} KB`);
    expect(weight).toBeGreaterThan(50_000);
    expect(weight).toBeLessThan(400 * 1024);
  });

  it('follows the markup contract, with metadata, CSP and relative URLs only', async () => {
    const html = await readFile(path.join(site.dist, 'haidian-2021/index.html'), 'utf8');
    const tree = fromHtml(html);
    expect(select('html', tree)!.properties.lang).toBe('en');
    const blocks = selectAll('[data-block]', tree);
    expect(blocks.length).toBe(site.pubs[0].blocks.length);
    for (const block of blocks) {
      expect(block.properties.id).toBe(block.properties.dataBlock);
      const langs = block.children.filter((c) => c.type === 'element' && c.properties.lang).map((c) => (c as { properties: { lang: string } }).properties.lang);
      expect(langs).toEqual(['zh-Hans', 'en']);
    }
    const terms = selectAll('[data-term]', tree);
    expect(terms.length).toBeGreaterThan(20);
    for (const term of terms) expect(select(`#g-${String(term.properties.dataTerm)}`, tree), String(term.properties.dataTerm)).toBeTruthy();
    // metadata
    expect(select('title', tree)).toBeTruthy();
    expect(select('link[rel=canonical]', tree)!.properties.href).toBe('https://example.org/reports/haidian-2021/');
    expect(select('meta[property="og:title"]', tree)).toBeTruthy();
    const ldNode = select('script[type="application/ld+json"]', tree)!;
    const ld = JSON.parse((ldNode.children[0] as { value: string }).value);
    expect(ld).toMatchObject({ '@type': 'Report', inLanguage: ['zh-Hans', 'en'], datePublished: '2021-12-15', publisher: { name: '北京市海淀区人民政府' }, translationOfWork: { inLanguage: 'zh-Hans' } });
    const csp = String(select('meta[http-equiv="Content-Security-Policy"]', tree)!.properties.content);
    expect(csp).toBe(contentSecurityPolicy([(ldNode.children[0] as { value: string }).value]));
    expect(csp).toMatch(/default-src 'none'/);
    // only the page's own files are loaded: every src / stylesheet / script / icon is relative
    for (const el of selectAll('[src], link[href]', tree)) {
      const url = String(el.properties.src ?? el.properties.href);
      if (el.tagName === 'link' && el.properties.rel && (el.properties.rel as string[]).includes('canonical')) continue;
      expect(url, url).not.toMatch(/^([a-z]+:|\/)/i);
    }
    const css = await readFile(path.join(site.dist, 'haidian-2021/assets/style.css'), 'utf8');
    for (const url of css.matchAll(/url\(([^)]+)\)/g)) expect(url[1]).toMatch(/^"fonts\/[\w.-]+\.woff2"$/);
    // downloads of the other editions
    expect(selectAll('.downloads a', tree).map((a) => a.properties.href)).toEqual(['haidian-2021.epub', 'haidian-2021.pdf', 'haidian-2021.en.pdf']);
    // no-JS fallback: terms are links to appendix entries
    expect(select('a.term', tree)!.properties.href).toMatch(/^#g-/);
  });

  it('marks pending translations in the draft fixture and escapes raw HTML', async () => {
    const html = await readFile(path.join(site.dist, 'basic/index.html'), 'utf8');
    expect(html).toContain('Translation pending');
    expect(html).not.toMatch(/<script>alert|onerror|javascript:/);
    const tree = fromHtml(html);
    expect(select('[data-block="p-000004"] > [lang="en"] .pending-label', tree)).toBeTruthy();
  });

  it('builds a draft from zh.md alone: every block pending, Chinese metadata only', async () => {
    const tree = fromHtml(await readFile(path.join(site.dist, 'zh-only/index.html'), 'utf8'));
    const blocks = selectAll('[data-block]', tree);
    expect(blocks.length).toBe(9);
    for (const block of blocks) expect(select('[lang="en"] .pending-label', block), String(block.properties.id)).toBeTruthy();
    expect(selectAll('h1 span', tree).map((s) => s.properties.lang)).toEqual(['zh-Hans']);
    const ld = JSON.parse((select('script[type="application/ld+json"]', tree)!.children[0] as { value: string }).value);
    expect(ld.inLanguage).toEqual(['zh-Hans']);
    // notes fall on the Chinese occurrence when there is no English
    expect(selectAll('[lang="zh-Hans"] a.term', tree).length).toBeGreaterThan(0);
  });

  it('links the catalogue to each report', async () => {
    const tree = fromHtml(await readFile(path.join(site.dist, 'index.html'), 'utf8'));
    expect(selectAll('main a', tree).map((a) => a.properties.href).sort()).toEqual(['basic/index.html', 'haidian-2021/index.html', 'zh-only/index.html']);
  });

  it('subsets fonts deterministically to the characters used', async () => {
    const request = [{ family: 'Noto Serif SC' as const, weight: 400 as const, text: '疫情防控取得重大战略成果。28.9万' }];
    const a = await subsetFonts(request, { urlPrefix: 'f/' });
    clearSubsetMemory(); // made again, not served from the cache
    const b = await subsetFonts(request, { urlPrefix: 'f/' });
    expect(a.css).toBe(b.css);
    expect(a.files.map((f) => f.data.toString('base64'))).toEqual(b.files.map((f) => f.data.toString('base64')));
    expect(a.files.map((f) => f.characters).join('')).toHaveLength(new Set('疫情防控取得重大战略成果。28.9万').size);
    expect(a.bytes).toBeLessThan(20_000);
    expect(a.css).toMatch(/unicode-range:U\+/);
  });
});
