import { describe, expect, it } from 'vitest';
import type { BenchResults, Figure } from '../pipeline/bench/index.ts';
import { benchReport } from '../pipeline/bench/report.ts';
import { changedPages } from '../pipeline/bench/changed-pages.ts';

const figure = (ms: number): Figure => ({ ms, cpuMs: ms - 40, peakRssMb: 50 });
const results = (extra: Partial<BenchResults>): BenchResults => ({ machine: 'test', date: '2026-12-02', loadAtEnd: '0', corpus: [], failures: [], ...extra });

describe('the bench report: `duizhao --version`', () => {
  it('judges the whole process against 150 ms, Node alone beside it', () => {
    const text = benchReport(results({ version: figure(152), nodeStart: figure(119) }));
    expect(text).toContain('| `duizhao --version` | 152 ms (CPU 112 ms) |');
    expect(text).toContain('Node alone (`node -e 0`) 119 ms');
    expect(text).toContain('≤ 150 ms: **missed** by 1.01×');
  });

  it('adds, as information only, the figures with NODE_EXTRA_CA_CERTS unset when the bench measured them', () => {
    const text = benchReport(results({ version: figure(152), nodeStart: figure(119), withoutExtraCa: { version: figure(111), nodeStart: figure(80) } }));
    const row = text.split('\n').find((line) => line.includes('NODE_EXTRA_CA_CERTS unset'));
    expect(row).toBeDefined();
    expect(row).toContain('| 111 ms (CPU 71 ms) |');
    expect(row).toContain('Node alone 80 ms');
    expect(row).toMatch(/\| \(information\) \|$/);
    // the verdict stays on the environment the command was run in
    expect(text).toContain('≤ 150 ms: **missed** by 1.01×');
  });

  it('shows a command\'s start through the CLI beside it, as information, never as the verdict', () => {
    const text = benchReport(results({ version: figure(140), nodeStart: figure(119), cliStart: figure(171) }));
    const row = text.split('\n').find((line) => line.includes('a command\'s start'));
    expect(row).toContain('| 171 ms (CPU 131 ms) |');
    expect(row).toContain('staleness walk');
    expect(row).toMatch(/\| \(information\) \|$/);
    expect(text).toContain('≤ 150 ms: met');
  });

  it('says nothing about the variable when it was not set', () => {
    expect(benchReport(results({ version: figure(140), nodeStart: figure(100) }))).not.toContain('NODE_EXTRA_CA_CERTS');
  });
});

describe("the bench report: the edit's floor when only the changed pages are printed again (issue 16)", () => {
  const haidian = (editFloor?: NonNullable<BenchResults['haidian']>['editFloor']): BenchResults['haidian'] => ({
    slug: 'haidian-2021',
    cold: figure(6000),
    pdfOnly: figure(5000),
    nativeRun: figure(4000),
    paginatedRun: figure(4100),
    epub: figure(2000),
    launchMs: 300,
    pdfs: [
      { file: 'haidian-2021.pdf', pages: 20, ms: 2300, nativeMs: 2000, paginatedMs: 2000 },
      { file: 'haidian-2021.en.pdf', pages: 10, ms: 1200, nativeMs: 1000, paginatedMs: 1000 },
    ],
    htmlTwice: figure(5000),
    noop: figure(240),
    edit: figure(5000),
    editFloor,
  });

  it('adds the edit without its PDFs, the launch and each PDF pro rata of its changed pages, against the cold build', () => {
    const text = benchReport(results({
      haidian: haidian({
        withoutPdf: figure(900),
        pdfs: [
          { file: 'haidian-2021.pdf', pages: 20, changed: [3] },
          { file: 'haidian-2021.en.pdf', pages: 11, changed: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11] },
        ],
      }),
    }));
    const row = text.split('\n').find((line) => line.includes("the edit's floor, reprinting only the changed pages"));
    expect(row).toBeDefined();
    // 0.9 + 0.3 + 2.0 × 1/20 + 1.0 × 10/11 = 2.209 s, 36.8% of 6 s
    expect(row).toContain('| 2.21 s |');
    expect(row).toContain('36.8% of cold');
    expect(row).toContain('haidian-2021.pdf 1 of 20 pages changed, 0.10 s pro rata');
    expect(row).toContain('haidian-2021.en.pdf 10 of 11 pages changed, 0.91 s pro rata');
    expect(row).toContain('over 30%, so even a free reprint of only the changed pages would miss the target');
  });

  it('says when the floor is under 30%', () => {
    const text = benchReport(results({
      haidian: haidian({ withoutPdf: figure(500), pdfs: [{ file: 'haidian-2021.pdf', pages: 20, changed: [3] }, { file: 'haidian-2021.en.pdf', pages: 10, changed: [] }] }),
    }));
    expect(text.split('\n').find((line) => line.includes("the edit's floor, reprinting"))).toContain('(information: under 30%, so a reprint of only the changed pages could meet the target if its fixed costs fit)');
  });

  it('adds Chromium printing only the changed sheets, launch included, and what it leaves of the 30% for the rest', () => {
    const sheets = { launchMs: 700, documents: [{ name: 'haidian-2021-0 sheets 4', ms: 650 }, { name: 'haidian-2021-1 sheets 3', ms: 250 }] };
    const text = benchReport(results({ haidian: haidian({ withoutPdf: figure(1700), pdfs: [{ file: 'haidian-2021.pdf', pages: 20, changed: [4] }, { file: 'haidian-2021.en.pdf', pages: 10, changed: [3] }], sheets }) }));
    const row = text.split('\n').find((line) => line.includes("the edit's floor, Chromium alone"));
    // 0.7 + 0.65 + 0.25 = 1.6 s, 26.7% of 6 s; 30% of 6 s is 1.8 s: 0.2 s left
    expect(row).toContain('| 1.60 s |');
    expect(row).toContain('26.7% of cold: launch 0.70 s (puppeteer loaded before it), haidian-2021-0 sheets 4 0.65 s, haidian-2021-1 sheets 3 0.25 s');
    expect(row).toContain('leaves 0.20 s of the 30% for the rest of the edit, whose HTML and EPUB alone took 1.70 s');
    const over = benchReport(results({ haidian: haidian({ withoutPdf: figure(1700), pdfs: [], sheets: { launchMs: 900, documents: [{ name: 'x', ms: 1000 }] } }) }));
    expect(over.split('\n').find((line) => line.includes("Chromium alone"))).toContain("over 30% before any of the build's own work");
  });

  it('has no such row when the bench did not measure it', () => {
    const text = benchReport(results({ haidian: haidian() }));
    expect(text).not.toContain('reprinting only the changed pages');
    expect(text).not.toContain('Chromium alone');
  });
});

describe('changedPages: the pages an edit changed, page by page', () => {
  it('counts a page whose text differs, and a page the edit added', () => {
    expect(changedPages(['a', 'b', 'c'], ['a', 'B', 'c', 'd'])).toEqual({ pages: 4, changed: [2, 4] });
  });

  it('counts no page when the text is the same, and none for a page the edit took away', () => {
    expect(changedPages(['a', 'b', 'c'], ['a', 'b'])).toEqual({ pages: 2, changed: [] });
  });
});
