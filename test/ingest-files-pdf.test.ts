/**
 * A PDF as downloaded: the real Sichuan 2026 whole text (ingest corpus, round 16)
 * printed by Chromium (the project's browser module) from a 公文-styled page —
 * 三号 serif body with two-character indents, 黑体-like headings, a table, the
 * 名词解释 section, "- N -" page footers — then ingested through the CLI.
 * Also a password-protected copy (qpdf). The .docx and the other refusals:
 * test/ingest-files.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../pipeline/render/pdf/browser.ts';
import { ingestFile } from '../pipeline/ingest/files.ts';
import type { IngestResult } from '../pipeline/ingest/index.ts';
import { footerTemplate, hanCount, portalTitleBlock, reportHtml, sichuan, table } from './report-files.ts';
import { ingestInProcess } from './ingest-helpers.ts';

const report = sichuan();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'duizhao-ingest-files-'));
const pdfPath = path.join(tmp, 'report.pdf');
let browser: LaunchedBrowser | undefined;
let result: IngestResult;

beforeAll(async () => {
  const htmlPath = path.join(tmp, 'print.html');
  writeFileSync(htmlPath, reportHtml(report, path.resolve('node_modules')));
  browser = await launchBrowser();
  const page = await browser.browser.newPage();
  await page.goto(`file://${htmlPath}`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate }));
  await browser.close();
  result = await ingestFile(readFileSync(pdfPath), { fileName: 'report.pdf', slug: 'sichuan-2026' });
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('a PDF printed from a 公文-styled page', () => {
  test('keeps every Han character printed: the title block in the front matter, the rest in the body', () => {
    const end = result.markdown.indexOf('\n---\n', 4);
    const body = result.markdown.slice(end + 5);
    const meta = result.frontMatter;
    const printed = [report.title, report.occasion, report.speaker, ...report.paragraphs, table.caption, ...table.rows.flat(), '名词解释', ...report.glossary].join('');
    // 名词解释, the notes section's heading, is front matter's notes_heading.
    expect(hanCount(body) + hanCount(`${meta.title}${meta.occasion}${meta.speaker}${meta.notes_heading}`)).toBe(hanCount(printed));
    expect(result.summary).toMatchObject({ from: 'pdf', pages: expect.any(Number) });
  });

  test('title block as from the portal page, the occasion printed over two lines joined', () => {
    expect(result.frontMatter).toMatchObject(portalTitleBlock);
  });

  test('paragraphs wrapped at the page width and across pages are whole again; headings and levels', () => {
    const paragraphs = result.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    // Every paragraph of the report is one block (lead sentences are marked in zh.md, the text is the same).
    for (const p of report.paragraphs.filter((t) => t.length > 60 && !/^[（(]/.test(t))) expect(paragraphs.some((q) => q.replace(/\*\*/g, '') === p)).toBe(true);
    const headings = result.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.depth} ${b.text}`);
    expect(headings.slice(0, 3)).toEqual(['2 一、2025年工作回顾和“十四五”发展主要成绩', '2 二、“十五五”发展的主要考虑', '2 三、2026年工作安排']);
    expect(headings).toHaveLength(13);
  });

  test('the table, titled by its 表1 line, as a box with a GFM table, as from the .docx', () => {
    expect(result.markdown).toMatch(/:::box\[表1　2025年全省主要经济指标\]\{#b-[0-9a-f]+\}\n\n\| 指标 \{#c-[0-9a-f]+\} \| 数值 \{#c-[0-9a-f]+\} \| 增长 \{#c-[0-9a-f]+\} \|/);
    expect(result.markdown).toMatch(/\| 地方一般公共预算收入 \{#c-[0-9a-f]+\} \| 5853\.9亿元 \{#c-[0-9a-f]+\} \| 3\.9% \{#c-[0-9a-f]+\} \|\n\n:::\n/);
    // The text shown beside source.pdf keeps the table's lines as printed.
    expect(result.extracted!.text).toMatch(/\n +地区生产总值 +67665亿元 +5\.5%\n/);
  });

  test('the page footers "- N -" are taken out and reported with their page', () => {
    const pages = result.summary.pages!;
    expect(pages).toBeGreaterThan(30);
    const footers = result.file.messages.filter((m) => m.ruleId === 'pdf-furniture');
    expect(footers).toHaveLength(pages);
    expect(footers[2].reason).toBe('Removed the PDF\'s running footer on page 3: “- 3 -” (repeated at the foot of its pages)');
    expect(result.markdown).not.toMatch(/- \d+ -/);
  });

  test('the 名词解释 section: 20 notes, each called after its term', () => {
    expect(result.frontMatter.notes_heading).toBe('名词解释');
    expect(result.markdown.match(/^\[\^\d+\]: /gm)).toHaveLength(20);
    expect(result.markdown).toContain('用好国家“两重”[^1]“两新”[^2]政策资金');
  });

  test('duizhao ingest report.pdf: zh.md, the PDF and the text read from it; messages name their page', async () => {
    const out = path.join(tmp, 'content');
    const { code, stdout, stderr } = await ingestInProcess(pdfPath, { slug: 'sichuan-2026', out });
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['source.pdf', 'source.pdf.txt', 'zh.md']);
    expect(readFileSync(path.join(out, 'source.pdf')).equals(readFileSync(pdfPath))).toBe(true);
    expect(stdout).toMatch(/read from the PDF \(\d+ pages\): .*source\.pdf\.txt \(the line numbers of the messages are its lines\)/);
    expect(stderr).toMatch(/report\.pdf:\d+:1: info Removed the PDF's running footer on page 3: “- 3 -” .*\(ingest\/pdf-furniture\) \[page 3\]/);
  });
});

describe('refused', () => {
  test('a password-protected PDF: message, exit 1, nothing written', async () => {
    const locked = path.join(tmp, 'locked.pdf');
    execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', pdfPath, locked]);
    const out = path.join(tmp, 'locked');
    const { code, stdout, stderr } = await ingestInProcess(locked, { slug: 'locked', out });
    expect(code).toBe(1);
    expect(stderr).toMatch(/locked\.pdf:1:1: error Unexpected password-protected PDF: .*\(ingest\/pdf-encrypted\)/);
    expect(stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });
});
