/**
 * New user, round 14: a think tank publishing a county's BUDGET report — 周至县2023年财政预算执行情况和2024年财政预算草案的报告
 * (test/fixtures/newuser-round14: the page as the search tool returned it, two tables from its figures in 万元). The
 * committed project holds together: ingest of the page with its meta file gives zh.md; check passes with the
 * project's glossary (the text in million yuan, Table 1 in 10,000 yuan, Table 2 in million yuan under its
 * 单位：万元 line); the XLIFF round trip leaves en.md byte for byte. In the built editions: the three-column Table 1
 * fits a phone at 320 and 390 px in every view (was: its header cells kept on one line, 比上年增减% and "Change on
 * previous year (%)" pushed the figures out of view); in both PDFs every table's unit line stands on the page of
 * the table's first row (was: "Table 1 … / Unit: 10,000 yuan" at the foot of page 3 of the English PDF, the table
 * on page 4).
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
import { builtEditions, tablesOutOfView } from './fixture-editions.ts';
import { letters, structElements, structureTree } from './fixtures/pdf/checks.ts';
import { fixtureReport } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round14');
const slug = 'zhouzhi-budget-2023';
const { read } = fixtureReport(fixture, slug);

describe('new user round 14: the budget report as published', () => {
  it('ingest of the page with its meta file gives zh.md', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(readFileSync(path.join(fixture, 'content/reports', slug, 'source.html')), { fileName: 'page.html', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
  });

  it("check passes with the project's glossary: figures in 万元 as million yuan, a table's unit line converted, “奋战一三五” as 1-3-5", async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const load = buildPublication(slug, new VFile({ path: 'zh.md', value: read('zh.md') }), new VFile({ path: 'en.md', value: read('en.md') }));
    expect(checkPublication(load, { glossary, matcher: createMatcher(glossary) }).messages.map(String)).toEqual([]);
  });

  it('the XLIFF 1.2 round trip of the tables (figures, dashes, −29.6, the unit lines) leaves en.md byte for byte', async () => {
    const [zh, en] = [read('zh.md'), read('en.md')];
    const xliff = await exportXliff({ slug, zh, en, version: '1.2' });
    const result = await importXliff({ xliff, zh, en, xliffPath: `${slug}.xlf` });
    expect(result.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
    expect(result.value).toBe(en);
  });
});

describe('new user round 14: the built editions', () => {
  const built = builtEditions(fixture);

  it('Table 1 (three columns) fits a phone at 320 and 390 px in every view: every cell in view, nothing to scroll', async () => {
    expect(await tablesOutOfView(built.browser, path.join(built.root, 'dist', slug, 'index.html'), [320, 390], '#table-c-79f326 > .table-scroll')).toEqual([]);
  });

  it('in the bilingual PDF a short table (Table 2: five rows) is not broken over two pages (was: two rows on page 5, three on page 6)', () => {
    const pages = execFileSync('pdftotext', ['-layout', path.join(built.root, 'dist', slug, `${slug}.pdf`), '-'], { encoding: 'utf8' }).split('\f');
    const pageOf = (row: RegExp) => pages.findIndex((p) => row.test(p));
    const first = pageOf(/县级一般公共预算收入\s+31220\s+31751/);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(pageOf(/其中：民生支出\s+—\s+463744/)).toBe(first);
  });

  it("in both PDFs each table's unit line stands on the page of the table's first row", () => {
    const pagesOf = (pdf: string) => execFileSync('pdftotext', ['-layout', path.join(built.root, 'dist', slug, pdf), '-'], { encoding: 'utf8' }).split('\f');
    const problems: string[] = [];
    const cases: Array<[string, Array<[string, string]>]> = [
      // (in the bilingual PDF each table has its own language's unit line in its caption; a row header may wrap, so its first words)
      [`${slug}.pdf`, [['单位：万元', '县级一般公共预算收入'], ['Unit: 10,000 yuan', 'County-level general'], ['Unit: million yuan', 'County-level general']]],
      [`${slug}.en.pdf`, [['Unit: 10,000 yuan', 'County-level general'], ['Unit: million yuan', 'County-level general']]],
    ];
    for (const [pdf, pairs] of cases) {
      const pages = pagesOf(pdf);
      for (const [unit, firstRow] of pairs) {
        const at = pages.findIndex((p) => p.includes(unit));
        expect(at, `${pdf}: ${unit}`).toBeGreaterThanOrEqual(0);
        if (!pages[at].slice(pages[at].indexOf(unit)).includes(firstRow)) problems.push(`${pdf}: "${unit}" on page ${at + 1}, the table's first row not under it there`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("in both PDFs each table's title and unit line are its /Caption, inside its /Table, in the table's language; neither printed as a paragraph of its own (was: /P elements before the /Table, which had none)", async () => {
    const titles = {
      zh: [['表1　2023年县级一般公共预算收入执行情况', '单位：万元'], ['表2　2023年县级一般公共预算收支执行总体情况', '单位：万元']],
      en: [['Table 1: Execution of County-Level General Public Budget Revenue in 2023', 'Unit: 10,000 yuan'], ['Table 2: Overall Execution of County-Level General Public Budget Revenue and Expenditure in 2023', 'Unit: million yuan']],
    };
    const cases: Array<[string, string[][]]> = [
      [`${slug}.pdf`, [titles.zh[0], titles.en[0], titles.zh[1], titles.en[1]]],
      [`${slug}.en.pdf`, titles.en],
    ];
    for (const [pdf, expected] of cases) {
      const elements = structElements(await structureTree(path.join(built.root, 'dist', slug, pdf)));
      // a table cut over two pages is in both pages' trees, its caption on the first
      const captions = elements.filter((node) => node.role === 'Table' && node.children[0]?.role === 'Caption').map((table) => letters(table.children[0].text));
      expect(captions, pdf).toEqual(expected.map((parts) => letters(parts.join(''))));
      expect(elements.filter((node) => node.role === 'Caption').length, pdf).toBe(expected.length);
      const apart = elements.filter((node) => node.role === 'P' && expected.flat().some((part) => letters(node.text) === letters(part)));
      expect(apart.map((node) => node.text), pdf).toEqual([]);
    }
  });
});
