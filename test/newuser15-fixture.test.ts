/**
 * New user, round 15: a think tank publishing a bilingual edition of a city's PLAN report — 关于重庆市2021年国民经济和社会发展
 * 计划执行情况及2022年计划草案的报告 (test/fixtures/newuser-round15: the page as the search tool returned it, a table of
 * indicators with units and its note made from the text's figures), translated in OmegaT 3.6's console mode with last year's
 * report (2020, the editor's translation: lastyear/) as memory. The committed project holds together: ingest of the page with
 * its meta file gives zh.md; check passes for both years (last year's “for nine months in a row” for 连续9个月 and its
 * 十九届二中三中四中五中全会 were false errors); the XLIFF as OmegaT's console mode leaves it — the memory's exact match
 * filled, every other unit the copy of its source, the table's figures too — imports (was: refused whole, 10 errors, for
 * want of the table's title). In the built editions: the four-column table does not scroll on a desktop in any view (was:
 * 86 px in the English view at 1440 px, “Growth (%)” out of view), and every running head of the English PDF stands on
 * one line (was: the title's last word, “Plan”, on a second line of every left page).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { exportXliff, importXliff } from '../pipeline/translate/index.ts';
import { memoryLookup } from '../pipeline/translate/tm-lookup.ts';
import { builtEditions, tablesOutOfView } from './fixture-editions.ts';
import { structLanguages } from './fixtures/pdf/checks.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round15');
const slug = 'chongqing-plan-2021';
const read = (file: string, dir = fixture, report = slug) => readFileSync(path.join(dir, 'content/reports', report, file), 'utf8');

describe('new user round 15: the plan report as published', () => {
  it('ingest of the page with its meta file gives zh.md', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(readFileSync(path.join(fixture, 'content/reports', slug, 'source.html')), { fileName: 'page.html', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
  });

  it("check passes for this year's report and last year's (“for nine months in a row”, 二中三中四中五中全会) with the project's glossary", async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const lastYear = path.join(fixture, 'lastyear');
    for (const [dir, report] of [[fixture, slug], [lastYear, 'chongqing-plan-2020']]) {
      const load = buildPublication(report, new VFile({ path: 'zh.md', value: read('zh.md', dir, report) }), new VFile({ path: 'en.md', value: read('en.md', dir, report) }));
      expect(checkPublication(load, { glossary, matcher: createMatcher(glossary) }).messages.map(String), report).toEqual([]);
    }
  });

  it("the XLIFF as OmegaT's console mode leaves it (last year's memory: one exact match, every other unit its source's copy) imports; the table's figures wait for its title", async () => {
    const zh = read('zh.md');
    const lookup = await memoryLookup(path.join(fixture, 'lastyear/lastyear.tmx'));
    const xliff = await exportXliff({ slug, zh, version: '1.2', lookup });
    const result = await importXliff({ xliff, zh, xliffPath: `${slug}.xlf` });
    expect(result.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
    expect(result.value).toContain('Fellow Deputies, {#p-67086a');
    expect(result.value).not.toContain('27894');
    expect(result.file.messages.map((m) => m.ruleId)).toContain('xliff-waiting');
  });

  it('the XLIFF 1.2 round trip of the finished translation leaves en.md byte for byte', async () => {
    const [zh, en] = [read('zh.md'), read('en.md')];
    const xliff = await exportXliff({ slug, zh, en, version: '1.2' });
    const result = await importXliff({ xliff, zh, en, xliffPath: `${slug}.xlf` });
    expect(result.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
    expect(result.value).toBe(en);
  });
});

describe('new user round 15: the built editions', () => {
  const built = builtEditions(fixture);

  it('Table 1 (four columns) does not scroll on a desktop (1024 and 1440 px) in any view: every column in view', async () => {
    expect(await tablesOutOfView(built.browser, path.join(built.root, 'dist', slug, 'index.html'), [1024, 1440])).toEqual([]);
  });

  it('Table 1 (four columns) fits a phone at 320 and 390 px in every view: every figure in view, nothing to scroll', async () => {
    expect(await tablesOutOfView(built.browser, path.join(built.root, 'dist', slug, 'index.html'), [320, 390])).toEqual([]);
  });

  it("the English PDF tells a screen reader the language of each Chinese term and its pinyin in the notes and the glossary (was: none — Chromium tags no plain span, so its lang was lost)", async () => {
    // 16 terms, each with a note where it is first used and an entry in the glossary: 32 Chinese terms, 32 pinyin
    const langs = await structLanguages(path.join(built.root, 'dist', slug, `${slug}.en.pdf`));
    expect(langs.get('zh-Hans') ?? 0).toBeGreaterThanOrEqual(32);
    expect(langs.get('zh-Latn-pinyin') ?? 0).toBeGreaterThanOrEqual(32);
    const bilingual = await structLanguages(path.join(built.root, 'dist', slug, `${slug}.pdf`));
    expect(bilingual.get('zh-Latn-pinyin') ?? 0).toBeGreaterThanOrEqual(32);
  });

  it("the English PDF's running heads stand on one line: the long title ends in an ellipsis, its last word not on a line of its own", () => {
    const pages = execFileSync('pdftotext', ['-layout', path.join(built.root, 'dist', slug, `${slug}.en.pdf`), '-'], { encoding: 'utf8' }).split('\f');
    const heads = pages.map((p) => p.split('\n')).filter((lines) => lines[0].startsWith('Report on the Implementation of Chongqing'));
    expect(heads.length).toBeGreaterThan(1);
    for (const lines of heads) {
      expect(lines[0]).toMatch(/Report on the Implementation of Chongqing’s 2021 Plan for .*…$/);
      expect(lines[1].trim()).not.toBe('Plan');
    }
  });
});
