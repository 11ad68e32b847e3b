/**
 * The report's own notes, a boxed table with spanning cells, a list and a
 * quotation through every edition and validator (slow: Chromium, Java):
 * `duizhao build` of the translated fixture (test/fixtures/structures) and of a
 * draft copy with English missing, then Nu, axe in every view at 320 and 1440 px
 * (no sideways page scroll: the table scrolls inside itself), EPUBCheck, Ace, and
 * the PDFs: tagged with Table/TR/TH/TD, the header row repeated on the page a
 * table runs on to, every note of the report on the page of its call.
 * Also a real page (test/fixtures/structures/real-pages/sx-notes-page-bx2200: the
 * 名词解释 page of a paginated mirror, as found): ingested by `duizhao ingest`
 * into `sx-notes-page-draft` and built with --draft, and its translation
 * (`sx-notes-page`): the same validators, and every entry in every edition.
 * Screenshots go to /tmp/structures-shots/.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, EPUBCHECK, epubcheckProblems, nuProblems, violationLine } from './validators.ts';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';
const shots = '/tmp/structures-shots';
const realPage = path.join(repo, 'test/fixtures/structures/real-pages/sx-notes-page-bx2200');
/** A page with every construct (HTML: a 专栏 table with rowspan/colspan, a list, a quotation, <sup> note calls, a 名词解释 section) and our translation of its ingested text. */
const boxPage = path.join(repo, 'test/fixtures/ingest/box-table');
let root = '';
let dist = '';
let browser: Browser;

/** The fixture, plus `fyp14-draft`: the same report with a list item, a table cell and a note left untranslated. */
function project(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-structures-'));
  cpSync(path.join(repo, 'test/fixtures/structures/project'), dir, { recursive: true });
  const source = path.join(dir, 'content/reports/fyp14-indicators');
  const draft = path.join(dir, 'content/reports/fyp14-draft');
  cpSync(source, draft, { recursive: true });
  const en = readFileSync(path.join(draft, 'en.md'), 'utf8')
    .split('\n')
    .filter((line) => !/\{#(li-g3|fn-3) /.test(line))
    .join('\n')
    .replace('standard coal equivalent)[^3]', 'standard coal equivalent)')
    .replace(/\| 19\. Overall grain production capacity \(100 million tonnes\) \{#c-r19b [^}]*\} \|/, '|  |');
  writeFileSync(path.join(draft, 'en.md'), longer(longer(en, 'x'), 'y'));
  writeFileSync(path.join(draft, 'zh.md'), longer(longer(readFileSync(path.join(draft, 'zh.md'), 'utf8'), 'x'), 'y'));
  // The edition's glossary notes beside the report's own notes.
  cpSync(path.join(repo, 'content/glossary.yaml'), path.join(dir, 'content/glossary.yaml'));
  // The real page as a new user would bring it: `duizhao ingest`, nothing added (a draft: no English, no title).
  execFileSync(process.execPath, [path.join(repo, 'pipeline/bin.cjs'), 'ingest', path.join(realPage, 'input.txt'), '--slug', 'sx-notes-page-draft', '--out', path.join(dir, 'content/reports/sx-notes-page-draft')], { cwd: dir, stdio: 'pipe' });
  // The page with every construct, ingested (a draft), and the same ingested text with its translation.
  const boxDraft = path.join(dir, 'content/reports/box-table-page-draft');
  execFileSync(process.execPath, [path.join(repo, 'pipeline/bin.cjs'), 'ingest', path.join(boxPage, 'input.html'), '--slug', 'box-table-page-draft', '--out', boxDraft], { cwd: dir, stdio: 'pipe' });
  mkdirSync(path.join(dir, 'content/reports/box-table-page'));
  cpSync(path.join(boxDraft, 'zh.md'), path.join(dir, 'content/reports/box-table-page/zh.md'));
  cpSync(path.join(boxPage, 'en.md'), path.join(dir, 'content/reports/box-table-page/en.md'));
  return dir;
}

/** The table's first 13 body rows once more (ids suffixed `-<suffix>`, same text): a table that must run over a page. */
function longer(markdown: string, suffix: string): string {
  const lines = markdown.split('\n');
  const rows = lines.filter((line) => /^\| (?!-)/.test(line) && !/\{#c-h\d/.test(line));
  const last = lines.lastIndexOf(rows[rows.length - 1]);
  lines.splice(last + 1, 0, ...rows.slice(0, 13).map((row) => row.replace(/\{#(c-[\w]+?)(?=[ }])/g, `{#$1-${suffix}`)));
  return lines.join('\n');
}

beforeAll(async () => {
  root = project();
  dist = path.join(root, 'dist');
  // --draft: the draft's missing English is reported as info and shown "translation pending".
  await run(process.execPath, [path.join(repo, 'pipeline/bin.cjs'), 'build', '--root', root, '--draft', '--force'], { cwd: root, maxBuffer: 32 * 1024 * 1024, timeout: 600_000 });
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  await mkdir(shots, { recursive: true });
}, 900_000);

afterAll(async () => {
  await browser?.close();
});

/** The fixture with every construct (tables), and the real page: translated and as ingested. */
const tableSlugs = ['fyp14-indicators', 'fyp14-draft', 'box-table-page', 'box-table-page-draft'];
const realSlugs = ['sx-notes-page', 'sx-notes-page-draft'];
const slugs = [...tableSlugs, ...realSlugs];

describe('HTML edition', () => {
  it('passes the Nu HTML Checker with zero errors', async () => {
    expect(await nuProblems(slugs.map((slug) => path.join(dist, slug, 'index.html')), { errorsOnly: true })).toEqual([]);
  });

  it('has no axe violations in any view at 320, 390 and 1440 px, and never scrolls the page sideways', async () => {
    const problems: string[] = [];
    for (const slug of slugs) {
      for (const view of ['parallel', 'zh', 'en']) {
        for (const width of [320, 390, 1440]) {
          const page = await browser.newPage();
          await page.setViewport({ width, height: width < 500 ? 844 : 900 });
          await page.goto(`${pathToFileURL(path.join(dist, slug, 'index.html')).href}?view=${view}`, { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          problems.push(...(await axeViolations(page)).map((v) => `${slug} ${view} ${width}: ${violationLine(v)}`));
          const layout = await page.evaluate(() => {
            const scroller = document.querySelector('.block-table > .table-scroll:not([hidden])') as HTMLElement | null;
            const visible = [...document.querySelectorAll('.block-table > .table-scroll')].find((el) => (el as HTMLElement).offsetParent !== null) as HTMLElement | undefined;
            return { page: document.documentElement.scrollWidth, viewport: window.innerWidth, table: visible ? visible.scrollWidth > visible.clientWidth : false, any: Boolean(scroller) };
          });
          if (layout.page > layout.viewport) problems.push(`${slug} ${view} ${width}: the page scrolls sideways (${layout.page} > ${layout.viewport})`);
          if (width === 320 && tableSlugs.includes(slug) && !layout.table) problems.push(`${slug} ${view} 320: the table does not scroll inside its box`);
          if (slug === 'fyp14-indicators' || slug === 'sx-notes-page') {
            await page.screenshot({ path: path.join(shots, `${slug === 'fyp14-indicators' ? '' : `${slug}-`}${view}-${width}.png`), fullPage: true });
          }
          await page.close();
        }
      }
    }
    expect(problems).toEqual([]);
  }, 1_200_000); // 540 s of 600 under stop 43's load (1-CPU cgroup, three busy loops, machine load 15-30)

  it('opens a note of the report as a popover, and links each note back to its call', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1440, height: 900 });
    await page.goto(pathToFileURL(path.join(dist, 'fyp14-indicators', 'index.html')).href, { waitUntil: 'load' });
    const call = await page.$('a.rn-ref');
    expect(call).toBeTruthy();
    await call!.click();
    const popover = await page.evaluate(() => {
      const pop = document.getElementById('note-popover')!;
      return { open: pop.matches(':popover-open'), text: pop.querySelector('.pop-body')!.textContent };
    });
    expect(popover.open).toBe(true);
    expect(popover.text).toContain('原注');
    expect(popover.text).toContain('Original note');
    const links = await page.evaluate(() => [...document.querySelectorAll('.rn-list a.rn-back')].map((a) => Boolean(document.getElementById(a.getAttribute('href')!.slice(1)))));
    expect(links.length).toBe(8); // four notes × two languages
    expect(links.every(Boolean)).toBe(true);
    await page.close();
  });
});

describe('EPUB edition', () => {
  it('passes EPUBCheck with 0 errors and 0 warnings', async () => {
    expect(existsSync(EPUBCHECK)).toBe(true);
    for (const slug of slugs) expect(await epubcheckProblems(path.join(dist, slug, `${slug}.epub`)), slug).toEqual([]);
  });

  it('passes Ace by DAISY with no violations', async () => {
    const ace = path.join(repo, 'node_modules/@daisy/ace/bin/ace-puppeteer.js');
    for (const slug of slugs) {
      const out = mkdtempSync(path.join(os.tmpdir(), 'ace-'));
      await run(process.execPath, [ace, '--force', '--silent', '--outdir', out, path.join(dist, slug, `${slug}.epub`)], { env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: CHROMIUM }, timeout: 280_000, maxBuffer: 32 * 1024 * 1024 });
      const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as { assertions: Array<{ assertions: Array<{ 'earl:test': { 'dct:title': string } }> }> };
      expect(report.assertions.flatMap((a) => a.assertions.map((s) => s['earl:test']['dct:title'])), slug).toEqual([]);
    }
  }, 600_000);
});

/** Text of every page of a PDF (pdftotext, one string per page). */
async function pageTexts(file: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', file, '-'], { maxBuffer: 32 * 1024 * 1024 });
  // Soft hyphens (English hyphenation) would split the words matched below.
  return stdout.replace(/\u00AD/g, '').split('\f').slice(0, -1);
}

describe('PDF editions', () => {
  const pdfs = tableSlugs.flatMap((slug) => [`${slug}/${slug}.pdf`, `${slug}/${slug}.en.pdf`]);

  it('are tagged, with the tables as Table / TR / TH / TD in the structure tree', async () => {
    for (const pdf of pdfs) {
      const file = path.join(dist, pdf);
      const { stdout: info } = await run('pdfinfo', [file]);
      expect(info, pdf).toMatch(/Tagged:\s+yes/);
      const { stdout: qdf } = await run('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { maxBuffer: 64 * 1024 * 1024, encoding: 'latin1' });
      for (const role of ['Table', 'TR', 'TH', 'TD']) expect(qdf, `${pdf} /S /${role}`).toMatch(new RegExp(`/S /${role}\\b`));
    }
  });

  it('repeat the header row on the page a table runs on to', async () => {
    for (const pdf of pdfs) {
      const pages = await pageTexts(path.join(dist, pdf));
      const tables = pdf.endsWith('.en.pdf')
        ? [{ rows: /Anticipatory|Binding/, header: /Category\s+Indicator/ }]
        : [{ rows: /预期性|约束性/, header: /类别\s+指标/ }, { rows: /Anticipatory|Binding/, header: /Category\s+Indicator/ }];
      let spanning = 0;
      for (const { rows, header } of tables) {
        const withRows = pages.map((text, i) => ({ i, text })).filter(({ text }) => rows.test(text));
        if (withRows.length > 1) spanning++;
        for (const { i, text } of withRows) expect(text, `${pdf} page ${i + 1}: rows without the header row`).toMatch(header);
      }
      // The draft's table is three times as long: it must run over a page in every edition.
      if (pdf.startsWith('fyp14-draft/')) expect(spanning, `${pdf}: a table runs over a page`).toBeGreaterThan(0);
    }
  });

  it('put every note of the report on the page of its call', async () => {
    for (const pdf of pdfs) {
      const pages = await pageTexts(path.join(dist, pdf));
      const label = pdf.endsWith('.en.pdf') ? 'Original note' : '原注';
      let bodies = 0;
      pages.forEach((text, i) => {
        for (const m of text.matchAll(new RegExp(`\\[(\\d+)\\]\\s+${label}`, 'g'))) {
          bodies++;
          const mark = `[${m[1]}]`;
          expect(text.split(mark).length - 1, `${pdf} page ${i + 1}: note ${mark} without its call on the page`).toBeGreaterThanOrEqual(2);
        }
      });
      // The draft's English does not call note 3 yet: its English edition has three notes. The page: two.
      expect(bodies, pdf).toBe(pdf.startsWith('box-table-page') ? 2 : pdf === 'fyp14-draft/fyp14-draft.en.pdf' ? 3 : 4);
    }
  });
});

describe('the real page (sx-notes-page-bx2200) in every edition: every entry of its 名词解释, nothing lost', () => {
  /** The entries as ingest read them (the numbered list of the golden zh.md). */
  const entries = readFileSync(path.join(realPage, 'zh.md'), 'utf8')
    .split('\n')
    .filter((line) => /^1\. /.test(line))
    .map((line) => line.replace(/^1\. /, '').replace(/ \{#[^}]+\}$/, ''));
  /**
   * The start of each English entry (en.md of the translation), as every English edition must show it.
   * Entry 3 from its second word: "Above-scale" is a glossary term (规上工业), so the PDF puts its note call after it.
   */
  const english = ['Gross regional product (GDP)', 'Fixed-asset investment', 'industrial enterprises: short for industrial enterprises', 'General public budget revenue', 'Per capita disposable income of urban residents', 'Per capita disposable income of rural residents', 'strengthen regulation and improve services', 'small and medium-sized enterprises', 'Little giant', 'Three transformations and three systems', 'Shanxi Province, to speed up the launch of projects'];
  /** Han characters only: what a layout may not break (line ends, justification). */
  const han = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '');

  it('holds eleven entries', () => {
    expect(entries).toHaveLength(11);
  });

  it('shows the heading and every entry, as a list, in the HTML, the EPUB and both PDFs of the draft and of the translation', async () => {
    for (const slug of realSlugs) {
      const html = readFileSync(path.join(dist, slug, 'index.html'), 'utf8');
      expect(html, slug).toContain('《政府工作报告》名词解释');
      const listed = await browser.newPage();
      await listed.goto(pathToFileURL(path.join(dist, slug, 'index.html')).href, { waitUntil: 'load' });
      const items = await listed.evaluate(() => [...document.querySelectorAll('ol > li')].map((li) => li.textContent ?? ''));
      await listed.close();
      for (const entry of entries) expect(items.some((item) => han(item).includes(han(entry))), `${slug} HTML list item: ${entry.slice(0, 12)}`).toBe(true);
      const { stdout: xhtml } = await run('unzip', ['-p', path.join(dist, slug, `${slug}.epub`), '*.xhtml'], { maxBuffer: 32 * 1024 * 1024 });
      // (the text, not the markup: attributes such as aria-label="注1" are not text)
      const epubText = han(xhtml.replace(/<[^>]*>/g, ''));
      for (const entry of entries) expect(epubText, `${slug} EPUB: ${entry.slice(0, 12)}`).toContain(han(entry));
      for (const pdf of [`${slug}.pdf`, `${slug}.en.pdf`]) {
        const file = path.join(dist, slug, pdf);
        const { stdout: info } = await run('pdfinfo', [file]);
        expect(info, pdf).toMatch(/Tagged:\s+yes/);
        const pages = (await pageTexts(file)).join('');
        // The translation's English edition is English only: its entries are checked below, by their English.
        if (slug === 'sx-notes-page' && pdf.endsWith('.en.pdf')) {
          // (line ends and hyphenation may fall anywhere in a phrase; a glossary note's number follows a term's first
          // use, "Gross regional product¹ (GDP)" since 地区生产总值 is a term, f74da1c — the phrases hold no digits)
          const flat = (text: string) => text.replace(/[\s\u00AD\d-]+/g, '');
          for (const phrase of english) expect(flat(pages), `${pdf}: ${phrase}`).toContain(flat(phrase));
          continue;
        }
        for (const entry of entries) expect(han(pages), `${pdf}: ${entry.slice(0, 12)}`).toContain(han(entry));
      }
    }
  });

  it('the translation: every entry in English too, in the HTML and the EPUB', async () => {
    const html = readFileSync(path.join(dist, 'sx-notes-page', 'index.html'), 'utf8');
    const { stdout: xhtml } = await run('unzip', ['-p', path.join(dist, 'sx-notes-page', 'sx-notes-page.epub'), '*.xhtml'], { maxBuffer: 32 * 1024 * 1024 });
    // (the text, not the markup: a glossary term inside a phrase is wrapped in a link, and the EPUB follows a term's
    // first use with its note's number in a <sup>: "Gross regional product<sup>1</sup> (GDP)")
    const text = (markup: string) => markup.replace(/<sup\b[^>]*>.*?<\/sup>/gs, '').replace(/<[^>]*>/g, '');
    for (const phrase of english) {
      expect(text(html), phrase).toContain(phrase);
      expect(text(xhtml), phrase).toContain(phrase);
    }
  });
});
