/**
 * The site's own pages (the catalogue, 404.html) of a publisher whose every report is in traditional characters — a
 * Hong Kong or Macao publisher's — are in traditional characters too: their Chinese words (報告, 頁面未找到), tagged
 * zh-Hant, in the faces of traditional forms (Noto Serif TC, Noto Sans TC) as the reports' own pages are
 * (test/han-faces.test.ts). Was (stop 50's gap): 报告 · Reports and 中国政府报告中英对照版 in simplified characters, tagged
 * zh-Hans, and the reports' traditional titles set in the SC faces (the mainland's forms of 說 or 內, the comma at the
 * foot of the em box). A site that lists any report in simplified characters keeps its pages in them.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../pipeline/config/types.ts';
import { renderCatalogue } from '../pipeline/render/html/index.ts';
import { createTranslators } from '../templates/i18n.ts';
import { fixturePublication } from './fixtures/html/publication.ts';
import { fixtureReport } from './fixture-report.ts';

const macao = fixtureReport(path.join(import.meta.dirname, 'fixtures/newuser-round27'), 'macao-2020-budget-conclusion');
const traditional = () => macao.load(macao.read('en.md')).publication;
const simplified = () => fixturePublication('basic', { annotate: false });

interface Site { index: string; notFound: string; css: string; fonts: string[] }
const dirs: string[] = [];

/** The catalogue and 404 page of a site listing `pubs`, with the stylesheet's @font-face families and the font files. */
async function site(pubs: ReturnType<typeof simplified>[]): Promise<Site> {
  const dist = await mkdtemp(path.join(os.tmpdir(), 'duizhao-catalogue-script-'));
  dirs.push(dist);
  await renderCatalogue(pubs, { distDir: dist, t: await createTranslators(), translators: (script) => createTranslators(script), config: defaultConfig });
  const read = (file: string) => readFile(path.join(dist, file), 'utf8');
  return { index: await read('index.html'), notFound: await read('404.html'), css: await read('assets/style.css'), fonts: await readdir(path.join(dist, 'assets/fonts')) };
}

/** The families the stylesheet's @font-face rules name. */
const faces = (css: string) => [...new Set([...css.matchAll(/@font-face\{[^}]*?font-family:"?([^;"}]+)"?/gu)].map((m) => m[1]))].sort();

let hant: Site;
let mixed: Site;
beforeAll(async () => {
  [hant, mixed] = await Promise.all([site([traditional()]), site([traditional(), simplified()])]);
}, 180_000);
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the site’s own pages of a publisher whose every report is in traditional characters', () => {
  it('the catalogue speaks traditional Chinese, tagged zh-Hant, on a root that chooses the TC faces', () => {
    const tree = fromHtml(hant.index);
    expect(select('html', tree)?.properties.dataHan).toBe('zh-Hant');
    expect(hant.index).toContain('<title>報告 · Reports');
    expect(selectAll('h1 [lang], p.intro[lang]', tree).map((e) => String(e.properties.lang))).toEqual(['zh-Hant', 'zh-Hant']);
    expect(hant.index).toContain('中國政府報告中英對照版');
    expect(hant.index).not.toContain('中国政府报告');
  });

  it('the 404 page too: its heading, text, masthead and way back in traditional characters', () => {
    const tree = fromHtml(hant.notFound);
    expect(select('html', tree)?.properties.dataHan).toBe('zh-Hant');
    expect(hant.notFound).toContain('頁面未找到');
    expect(hant.notFound).toContain('全部報告');
    expect(select('.site-bar .home strong', tree)?.properties.lang).toBe('zh-Hant');
    expect(selectAll('main [lang^=zh]', tree).filter((e) => e.properties.lang !== 'zh-Hant').map((e) => String(e.properties.lang))).toEqual([]);
  });

  it('the fonts both pages share are the TC faces’ subsets, no SC face among them', () => {
    expect(faces(hant.css)).toEqual(['Noto Sans TC', 'Noto Serif TC', 'Source Sans 3', 'Source Serif 4']);
    expect(hant.fonts.some((file) => /noto-(serif|sans)-tc/iu.test(file))).toBe(true);
    expect(hant.fonts.filter((file) => /noto-(serif|sans)-sc/iu.test(file))).toEqual([]);
  });
});

describe('a site listing reports of both scripts (guard)', () => {
  // (Since stop 54 the traditional report's title and issuer listed there are set in the TC faces, as on that report's own
  // page: test/html-mixed-script.test.ts reads the faces Chromium draws; here, the faces the page's stylesheet declares.)
  it('keeps its own pages in simplified characters and the SC faces, and the traditional report’s words listed there in the TC faces', () => {
    const tree = fromHtml(mixed.index);
    expect(select('html', tree)?.properties.dataHan).toBeUndefined();
    expect(mixed.index).toContain('中国政府报告中英对照版');
    expect(faces(mixed.css)).toEqual(['Noto Sans SC', 'Noto Sans TC', 'Noto Serif SC', 'Noto Serif TC', 'Source Sans 3', 'Source Serif 4']);
    expect(mixed.notFound).toContain('全部报告');
  });
});
