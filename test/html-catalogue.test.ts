/**
 * The catalogue (`dist/index.html`) dates each report as every edition does: `reportDateText`
 * (templates/components/report-date.ts), zh.md's date, else en.md's — and orders the reports by that date.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Element, ElementContent } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../pipeline/config/types.ts';
import type { Publication } from '../pipeline/model/types.ts';
import { renderCatalogue } from '../pipeline/render/html/index.ts';
import { siteFiles } from '../pipeline/render/editions.ts';
import { createTranslators } from '../templates/i18n.ts';
import { fixturePublication } from './fixtures/html/publication.ts';

/** The basic fixture under another slug, with zh.md's and en.md's dates as given. */
function dated(slug: string, zh: string | undefined, en: string | undefined): Publication {
  const pub = { ...fixturePublication('basic', { annotate: false }), slug };
  pub.meta.zh.date = zh;
  pub.meta.en!.date = en;
  return pub;
}

/** The text of an element. */
const textOf = (node: Element | ElementContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

let dist: string;
let items: string[];

beforeAll(async () => {
  dist = await mkdtemp(path.join(os.tmpdir(), 'duizhao-catalogue-'));
  const pubs = [dated('zh-dated', '2021-06-01', undefined), dated('en-dated', undefined, '2021-12-15'), dated('undated', undefined, undefined), dated('newest', '2022-01-10', '2022-01-10')];
  await renderCatalogue(pubs, { distDir: dist, t: await createTranslators(), config: defaultConfig });
  const tree = fromHtml(await readFile(path.join(dist, 'index.html'), 'utf8'));
  items = selectAll('main li', tree).map((li) => `${String((selectAll('a', li)[0]?.properties.href as string | undefined) ?? '')} ${textOf(selectAll('.cat-meta', li)[0]!)}`);
}, 180_000);
afterAll(async () => {
  if (dist) await rm(dist, { recursive: true, force: true });
});

describe('HTML catalogue: the report date', () => {
  it("shows en.md's date when zh.md has none, as the cover and the colophon do", () => {
    expect(items.find((item) => item.startsWith('en-dated/'))).toContain('15 December 2021');
  });

  it('orders the reports newest first by that same date (a report dated in en.md alone is not last)', () => {
    expect(items.map((item) => item.split('/')[0])).toEqual(['newest', 'en-dated', 'zh-dated', 'undated']);
  });

  it('shows no date for a report dated nowhere (guard)', () => {
    expect(items.find((item) => item.startsWith('undated/'))).not.toMatch(/20[0-9]{2}/);
    // (the issuer alone, no separator left hanging after it)
    expect(items.find((item) => item.startsWith('undated/'))).toBe('undated/index.html 北京市海淀区人民政府');
    expect(items.find((item) => item.startsWith('zh-dated/'))).toContain('1 June 2021');
  });
});

describe('HTML catalogue: the intro', () => {
  // New user, round 12: a think tank's catalogue listing a CPPCC report and a district's report on law-based
  // government said 中国政府工作报告中英对照版 ("government work reports") — narrower than its English
  // ("Chinese government reports") and untrue of most of what it listed.
  it('names reports of every kind in Chinese, as its English does', async () => {
    const html = await readFile(path.join(dist, 'index.html'), 'utf8');
    expect(html).toContain('Chinese government reports with an aligned English translation');
    expect(html).toContain('中国政府报告中英对照版');
    expect(html).not.toContain('政府工作报告');
  });
});

describe('HTML catalogue: the date on one line', () => {
  // New user, round 12: at 390 px the CPPCC report's line broke "3 March / 2010" (the report page and the
  // cover keep a date whole: span.keep, new user round 8).
  it('sets each report date in span.keep', async () => {
    const tree = fromHtml(await readFile(path.join(dist, 'index.html'), 'utf8'));
    const dates = selectAll('.cat-meta .keep', tree).map((e) => textOf(e));
    expect(dates).toEqual(['10 January 2022', '15 December 2021', '1 June 2021']);
  });
});

describe("the site's own files for its host (new user round 13)", () => {
  // New user, round 13: a publisher hosting the HTML edition on GitHub Pages, Netlify or an nginx folder found
  // no 404 page (the host's bare one, unstyled, no way back), no sitemap and no robots.txt.
  const pubs = () => [dated('first', '2021-06-01', undefined), dated('second', '2022-01-10', '2022-01-10')];
  async function site(baseUrl: string | undefined): Promise<{ dir: string; files: string[] }> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'duizhao-site-'));
    const written = await renderCatalogue(pubs(), { distDir: dir, t: await createTranslators(), config: { ...defaultConfig, site: { ...defaultConfig.site, baseUrl } } });
    return { dir, files: written.map((file) => file.path).filter((file) => !file.startsWith('assets/')) };
  }
  const hrefs = async (file: string) => selectAll('a[href], link[href]', fromHtml(await readFile(file, 'utf8'))).map((e) => String(e.properties.href));

  it('without a base URL: the 404 page links relative to the top folder, no sitemap or robots.txt (absolute URLs needed), and says so', async () => {
    const { dir, files } = await site(undefined);
    try {
      expect(files).toEqual(['index.html', '404.html']);
      expect(await hrefs(path.join(dir, '404.html'))).toEqual(['assets/icon.svg', 'assets/style.css', 'index.html', 'index.html', 'second/index.html', 'first/index.html']);
      expect(siteFiles({ site: {} }).caveats.map((c) => c.file)).toEqual(['sitemap.xml', '404.html']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("at a host's root: the 404 page links from the root, and robots.txt names the sitemap", async () => {
    const { dir, files } = await site('https://reports.example.org');
    try {
      expect(files).toEqual(['index.html', '404.html', 'sitemap.xml', 'robots.txt']);
      expect(await hrefs(path.join(dir, '404.html'))).toEqual(['/assets/icon.svg', '/assets/style.css', '/index.html', '/index.html', '/second/index.html', '/first/index.html']);
      expect(await readFile(path.join(dir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow:\n\nSitemap: https://reports.example.org/sitemap.xml\n');
      expect(await readFile(path.join(dir, 'sitemap.xml'), 'utf8')).toContain('<url><loc>https://reports.example.org/second/</loc></url>');
      expect(siteFiles({ site: { baseUrl: 'https://reports.example.org/' } }).caveats).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
