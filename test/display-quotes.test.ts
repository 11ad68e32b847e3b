/**
 * Quotes in what the editions show around their text (templates/typographic-quotes.ts
 * displayPublication): the HTML <title> and og tags, the EPUB's OPF and XHTML titles,
 * the PDF's Info dictionary and bookmarks print the ’ “ ” the pages print — and the
 * model, which XLIFF exports, keeps the translator's straight ' and ".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { expect, it } from 'vitest';
import { build } from '../pipeline/index.ts';
import { exportXliff } from '../pipeline/translate/xliff-export.ts';
import { editBlock, tempProject } from './build-helpers.ts';
import { Book } from './fixtures/epub/inspect.ts';
import { outline, pdfinfo } from './fixtures/pdf/checks.ts';

const straightTitle = `The District's "Reform and Opening" Report`;
const curlyTitle = 'The District\u2019s \u201cReform and Opening\u201d Report';

it("shows ’ “ ” in every edition's metadata, bookmarks and titles, and exports the straight form", async () => {
  const root = tempProject();
  const report = path.join(root, 'content/reports/alpha');
  const enPath = path.join(report, 'en.md');
  writeFileSync(enPath, readFileSync(enPath, 'utf8').replace(/^title: .*$/m, `title: ${straightTitle}`));
  editBlock(root, 'alpha', 'h-a00001', '一、过去五年工作回顾', `I. Review of the District's "Past Five Years"`);
  const outDir = path.join(root, 'dist');
  const result = await build({ root, contentDir: path.join(root, 'content'), outDir, reports: ['alpha'], force: true, env: {} });
  expect(result.problems).toEqual([]);
  expect(result.ok, result.files.flatMap((file) => file.messages.map(String)).join("\n")).toBe(true);

  // HTML: <title>, og:title, the description and JSON-LD name it
  const html = readFileSync(path.join(outDir, 'alpha/index.html'), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  expect.soft(/<title>([^<]*)<\/title>/.exec(head)?.[1]).toContain(curlyTitle);
  expect.soft(/<meta property="og:title" content="([^"]*)"/.exec(head)?.[1]).toContain(curlyTitle);
  expect.soft(head).toContain('Test District People\u2019s Government'); // JSON-LD publisher
  expect.soft(head).not.toMatch(/(District|People)(&#x27;|')s|("|&#x22;|&quot;)Reform/);
  expect.soft(html).toContain('I. Review of the District\u2019s \u201cPast Five Years\u201d');

  // EPUB: the OPF's dc:title and dc:creator, each document's <title>, the nav
  const book = await Book.open(readFileSync(path.join(outDir, 'alpha/alpha.epub')));
  const opf = book.text('EPUB/package.opf');
  expect.soft(/<dc:title id="title-en"[^>]*>([^<]*)</.exec(opf)?.[1]).toBe(curlyTitle);
  expect.soft(opf).toContain('Test District People\u2019s Government');
  expect.soft(opf).not.toMatch(/District's|People's|&apos;|&quot;/);
  const xhtml = [...book.files.keys()].filter((name) => name.endsWith('.xhtml'));
  const titles = xhtml.map((name) => /<title>([^<]*)<\/title>/.exec(book.text(name))?.[1] ?? '').join('\n');
  expect.soft(titles).toContain(curlyTitle);
  expect.soft(titles).toContain('Review of the District\u2019s \u201cPast Five Years\u201d');
  expect.soft(titles).not.toMatch(/District's|&quot;/);
  expect.soft(book.text('EPUB/nav.xhtml')).toContain('District\u2019s \u201cPast Five Years\u201d');

  // PDF: Info (pdf-lib and pdfinfo) and the bookmarks (qpdf), both editions
  for (const name of ['alpha.pdf', 'alpha.en.pdf']) {
    const file = path.join(outDir, 'alpha', name);
    const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    expect.soft(doc.getTitle(), name).toContain(curlyTitle);
    expect.soft(doc.getAuthor(), name).toContain('People\u2019s Government');
    expect.soft(pdfinfo(file).Title, name).toContain(curlyTitle);
    const marks = outline(file).map((item) => item.title).join('\n');
    expect.soft(marks, name).toContain('District\u2019s \u201cPast Five Years\u201d');
    expect.soft(marks, name).not.toMatch(/District's|"/);
  }

  // The model is what the translator wrote: XLIFF carries the straight quotes
  const xliff = await exportXliff({ slug: 'alpha', zh: readFileSync(path.join(report, 'zh.md'), 'utf8'), en: readFileSync(enPath, 'utf8'), version: '1.2' });
  expect.soft(xliff).toMatch(/The District(&apos;|')s (&quot;|")Reform and Opening(&quot;|") Report/);
  expect.soft(xliff).toMatch(/Review of the District(&apos;|')s (&quot;|")Past Five Years/);
  expect.soft(xliff).not.toMatch(/District\u2019s|\u201c(Reform|Past)/);
});
