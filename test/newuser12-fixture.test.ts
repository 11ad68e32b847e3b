/**
 * New user, round 12 (BENCHMARKS.md): a think tank that publishes several reports from one project and hosts
 * the HTML edition under a sub-path (https://example.org/reports/duizhao/, as GitHub Pages or a university
 * server would) — test/fixtures/newuser-round12: a district's annual report on building a law-based government
 * (天津市静海区, the district's portal) and the CPPCC National Committee's report on its proposals work (2010,
 * a copy of China Daily's page in traditional characters with pinyin glued after characters).
 *
 * The committed project holds together: ingest of each page with its meta file (and the hand edits its README
 * names) gives its zh.md; check passes with the project's glossary — 政協十一屆二次會議 read as "the Second
 * Session" (was 3 number-mismatch errors); and the built site, served under /reports/duizhao/ by a plain static
 * server, has every link, stylesheet, script, icon, font and download resolving inside that path, every
 * fragment an id of its page, canonical URLs under the configured base, and the publisher's name where it was
 * "Duizhao".
 */
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { fromXml } from 'xast-util-from-xml';
import type { Root as XmlRoot, Element as XmlElement } from 'xast';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { build } from '../pipeline/index.ts';
import { outputTable } from '../pipeline/cli/format-build.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { tempProject } from './build-helpers.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round12');
const reports = ['jinghai-law-2023', 'cppcc-proposals-2010'] as const;
const metaFile = { 'jinghai-law-2023': 'jinghai.meta.yaml', 'cppcc-proposals-2010': 'cppcc.meta.yaml' } as const;
/** The hand edits of the README: a dash the page lost, a character the copying site lost (its source line's remains, a third, ingest now takes out). */
const handEdits: Record<string, (zh: string) => string> = {
  'jinghai-law-2023': (zh) => zh.replace('（20212025年）', '（2021—2025年）'),
  'cppcc-proposals-2010': (zh) => zh.replace('第一要？jiǎng)?wù)', '第一要務'),
};
const read = (slug: string, file: string) => readFileSync(path.join(fixture, 'content/reports', slug, file), 'utf8');
const PREFIX = '/reports/duizhao/';

/** The text of every element named `name` of an XML tree. */
function selectAllXml(tree: XmlRoot | XmlElement, name: string): string[] {
  return tree.children.flatMap((child) => (child.type !== 'element' ? [] : child.name === name ? [child.children.map((c) => (c.type === 'text' ? c.value : '')).join('')] : selectAllXml(child, name)));
}

describe('new user round 12: the two reports as published', () => {
  for (const slug of reports) {
    it(`ingest of ${slug}'s page with its meta file (and the README's hand edits) gives its zh.md`, () => {
      const meta = parseYaml(readFileSync(path.join(fixture, metaFile[slug]), 'utf8'));
      const result = ingest(readFileSync(path.join(fixture, 'content/reports', slug, 'source.html')), { fileName: 'page.html', slug, meta });
      expect(handEdits[slug](result.markdown)).toBe(read(slug, 'zh.md'));
    });
  }

  it("check passes on both with the project's glossary (政協十一屆二次會議 is the Second Session)", async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    for (const slug of reports) {
      const load = buildPublication(slug, new VFile({ path: 'zh.md', value: read(slug, 'zh.md') }), new VFile({ path: 'en.md', value: read(slug, 'en.md') }));
      expect(checkPublication(load, { glossary, matcher: createMatcher(glossary) }).messages.map(String), slug).toEqual([]);
    }
  });
});

describe('new user round 12: the HTML edition hosted under a sub-path', () => {
  let server: http.Server;
  let origin: string;
  let dist: string;
  let outputs: string[];
  let table: string;
  const status = new Map<string, number>();

  beforeAll(async () => {
    const root = tempProject(fixture);
    const result = await build({ root, only: ['html', 'epub'], env: { SOURCE_DATE_EPOCH: undefined } });
    expect(result.ok).toBe(true);
    outputs = result.outputs.map((o) => o.path);
    table = outputTable(result, root);
    dist = path.join(root, 'dist');
    // A plain static server, as GitHub Pages serves a project site: the site lives under PREFIX, nothing above
    // it; a path with no file gets the site's 404.html (status 404), when there is one.
    server = http.createServer(async (req, res) => {
      const { pathname } = new URL(req.url ?? '/', 'http://x');
      let file = pathname.startsWith(PREFIX) ? path.join(dist, decodeURIComponent(pathname.slice(PREFIX.length))) : undefined;
      const info = file ? await stat(file).catch(() => undefined) : undefined;
      if (info?.isDirectory()) file = pathname.endsWith('/') ? path.join(file!, 'index.html') : undefined;
      const body = file ? await readFile(file).catch(() => undefined) : undefined;
      if (body) return void res.writeHead(200).end(body);
      res.writeHead(404).end(await readFile(path.join(dist, '404.html')).catch(() => undefined));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function fetchStatus(url: string): Promise<number> {
    if (!status.has(url)) status.set(url, (await fetch(url)).status);
    return status.get(url)!;
  }

  /** What of a served page does not resolve inside PREFIX (links, stylesheets and their fonts, scripts, fragments); how many references it followed. */
  async function unresolved(page: string, html: string): Promise<{ problems: string[]; checked: number }> {
    const problems: string[] = [];
    let checked = 0;
    {
      const tree = fromHtml(html);
      const ids = new Set(selectAll('[id]', tree).map((e) => String(e.properties.id)));
      const refs = [
        ...selectAll('a[href], link[href]', tree).map((e) => String(e.properties.href)),
        ...selectAll('script[src]', tree).map((e) => String(e.properties.src)),
      ];
      for (const ref of refs) {
        const url = new URL(ref, page);
        if (url.origin !== origin) continue; // the report's source page on its government site
        if (!url.pathname.startsWith(PREFIX)) problems.push(`${page}: ${ref} leaves ${PREFIX}`);
        if (ref.startsWith('#')) {
          if (!ids.has(decodeURIComponent(ref.slice(1)))) problems.push(`${page}: no element ${ref}`);
          continue;
        }
        checked++;
        if ((await fetchStatus(url.href.split('#')[0])) !== 200) problems.push(`${page}: ${ref} → ${status.get(url.href.split('#')[0])}`);
        // a stylesheet's fonts are requested relative to the stylesheet
        if (url.pathname.endsWith('.css')) {
          const css = await (await fetch(url)).text();
          for (const [, font] of css.matchAll(/url\(["']?([^"')]+)["']?\)/g)) {
            const fontUrl = new URL(font, url);
            checked++;
            if (!fontUrl.pathname.startsWith(PREFIX) || (await fetchStatus(fontUrl.href)) !== 200) problems.push(`${url.pathname}: ${font} → ${fontUrl.pathname} ${status.get(fontUrl.href)}`);
          }
        }
      }
    }
    return { problems, checked };
  }

  it('every page, link, asset, font and download resolves inside the sub-path; every fragment is an id of its page', async () => {
    const pages = [`${origin}${PREFIX}`, ...reports.map((slug) => `${origin}${PREFIX}${slug}/`)];
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const found = await unresolved(page, await (await fetch(page)).text());
      problems.push(...found.problems);
      checked += found.checked;
    }
    expect(problems).toEqual([]);
    // the catalogue's two reports, each page's stylesheet, script, icon, fonts and downloads
    expect(checked).toBeGreaterThan(20);
    expect([...status.keys()].filter((u) => u.endsWith('.epub'))).toHaveLength(2);
  });

  it('the canonical URLs are under the configured base; the publisher is named where it was "Duizhao"', async () => {
    for (const slug of reports) {
      const tree = fromHtml(await (await fetch(`${origin}${PREFIX}${slug}/`)).text());
      expect(selectAll('link[rel=canonical]', tree).map((e) => e.properties.href)).toEqual([`https://example.org/reports/duizhao/${slug}/`]);
      expect(selectAll('a.home', tree).map((e) => e.properties.href)).toEqual(['../index.html']);
    }
    const catalogue = await (await fetch(`${origin}${PREFIX}`)).text();
    expect(catalogue).toContain('<title>报告 · Reports — Example Institute for China Studies</title>');
    expect(catalogue).not.toContain('Duizhao');
  });

  it("a missing path, at the top or deep in a report's folder, gets the site's 404 page, in both languages, its stylesheet, fonts and links resolving", async () => {
    for (const missing of ['no-such-report/', `${reports[0]}/no/such/page.html`]) {
      const page = `${origin}${PREFIX}${missing}`;
      const response = await fetch(page);
      expect(response.status).toBe(404);
      const html = await response.text();
      const tree = fromHtml(html);
      expect(selectAll('h1 [lang]', tree).map((e) => e.properties.lang), missing).toEqual(['zh-Hans', 'en']);
      expect(selectAll('link[rel=stylesheet]', tree), missing).toHaveLength(1);
      // home (the catalogue) and each report, from any depth
      const links = selectAll('a[href]', tree).map((e) => new URL(String(e.properties.href), page).pathname);
      expect(links, missing).toEqual(expect.arrayContaining([`${PREFIX}index.html`, ...reports.map((slug) => `${PREFIX}${slug}/index.html`)]));
      const found = await unresolved(page, html);
      expect(found.problems, missing).toEqual([]);
      expect(found.checked, missing).toBeGreaterThan(4);
    }
  });

  it('sitemap.xml lists the catalogue and every report by its canonical URL, each a page that exists; no robots.txt under a sub-path', async () => {
    const response = await fetch(`${origin}${PREFIX}sitemap.xml`);
    expect(response.status).toBe(200);
    const locs = selectAllXml(fromXml(await response.text()), 'loc');
    expect(locs.sort()).toEqual(['https://example.org/reports/duizhao/', ...reports.map((slug) => `https://example.org/reports/duizhao/${slug}/`)].sort());
    for (const loc of locs) {
      const local = `${origin}${new URL(loc).pathname}`;
      const page = await fetch(local);
      expect(page.status, loc).toBe(200);
      expect(selectAll('link[rel=canonical]', fromHtml(await page.text())).map((e) => e.properties.href), loc).toEqual([loc]);
    }
    // crawlers read robots.txt at a host's root only: one under /reports/duizhao/ would be read by nobody
    expect((await fetch(`${origin}${PREFIX}robots.txt`)).status).toBe(404);
  });

  it("the build's outputs and its summary count the site's own files as the others, and say why one is left out", () => {
    expect(outputs).toEqual(expect.arrayContaining(['index.html', '404.html', 'sitemap.xml']));
    expect(outputs).not.toContain('robots.txt');
    expect(table).toMatch(/^html +dist\/404\.html +[\d.]+ KB/m);
    expect(table).toMatch(/^html +dist\/sitemap\.xml +\d+ B/m);
    // and says why there is no robots.txt
    expect(table).toContain("site robots.txt: not written: the site is under /reports/duizhao/, and crawlers read robots.txt only at the host's root — name https://example.org/reports/duizhao/sitemap.xml in that one");
  });
});
