/**
 * Files as government sites publish a report: a .docx (mammoth → the HTML path)
 * and PDFs (pdf.js → the text-dump path), and what is refused. The .docx is the
 * real Sichuan 2026 whole text (ingest corpus, round 16) with a title block,
 * 一、 headings, a table and three footnotes, built as Word writes it
 * (test/report-files.ts). The printed PDF of the same text: test/ingest-files-pdf.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { ingestFile } from '../pipeline/ingest/files.ts';
import { pdfText, unreadablePage } from '../pipeline/ingest/pdf.ts';
import type { IngestResult } from '../pipeline/ingest/index.ts';
import { ingestInProcess, refused } from './ingest-helpers.ts';
import { footnotes, hanCount, portalTitleBlock, reportDocx, sichuan, table } from './report-files.ts';

const report = sichuan();

/** The zh.md body (front matter off) and the front matter's title block values. */
function parts(markdown: string): { body: string; front: string } {
  const end = markdown.indexOf('\n---\n', 4);
  return { front: markdown.slice(0, end), body: markdown.slice(end + 5) };
}

describe('a .docx as downloaded', () => {
  let result: IngestResult;
  beforeAll(async () => {
    result = await ingestFile(await reportDocx(report), { fileName: 'report.docx', slug: 'sichuan-2026' });
  });

  test('keeps every Han character of the document: title block in the front matter, the text, the table and the notes in the body', () => {
    const { body } = parts(result.markdown);
    const meta = result.frontMatter;
    const source = [report.title, report.occasion, report.speaker, ...report.paragraphs, table.caption, ...table.rows.flat(), ...footnotes(report).map((n) => n.text)].join('');
    // The body holds everything but the title block (front matter) and the 注释 heading (front matter's notes_heading, not the document's text).
    expect(hanCount(body) + hanCount(`${meta.title}${meta.occasion}${meta.speaker}`)).toBe(hanCount(source));
    expect(result.file.messages.filter((m) => m.ruleId === 'lost-text')).toEqual([]);
    expect(result.summary.from).toBe('docx');
  });

  test('title, issuer, date, occasion and speaker come out as from the portal page', () => {
    expect(result.frontMatter).toMatchObject({ ...portalTitleBlock, date_source: 'occasion' });
  });

  test('headings and their levels: 一、 at ##, the run-in （一） at ### (its sentence end off, as from the page)', () => {
    const headings = result.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.depth} ${b.text}`);
    expect(headings.slice(0, 3)).toEqual(['2 一、2025年工作回顾和“十四五”发展主要成绩', '2 二、“十五五”发展的主要考虑', '2 三、2026年工作安排']);
    expect(headings).toContain('3 （一）突出扩大内需战略基点，更大力度统筹促消费扩投资');
    expect(headings).toHaveLength(13);
  });

  test('the table, titled by its 表1 line, as a box with a GFM table', () => {
    expect(result.markdown).toMatch(/:::box\[表1　2025年全省主要经济指标\]\{#b-[0-9a-f]+\}\n\n\| 指标 \{#c-[0-9a-f]+\} \| 数值 \{#c-[0-9a-f]+\} \| 增长 \{#c-[0-9a-f]+\} \|/);
    expect(result.markdown).toMatch(/\| 地方一般公共预算收入 \{#c-[0-9a-f]+\} \| 5853\.9亿元 \{#c-[0-9a-f]+\} \| 3\.9% \{#c-[0-9a-f]+\} \|/);
  });

  test('footnotes: called where the document calls them, defined as the report’s notes', () => {
    expect(result.markdown).toContain('用好国家“两重”[^1]“两新”[^2]政策资金，获批地方政府专项债券项目“自审自发”[^3]试点');
    expect(result.markdown).toMatch(/\n\[\^1\]: “两重”：是指国家重大战略实施和重点领域安全能力建设。 \{#fn-[0-9a-f]+\}\n/);
    expect(result.markdown.match(/^\[\^\d\]: /gm)).toHaveLength(3);
    expect(result.frontMatter.notes_heading).toBe('注释');
  });

  test('headings numbered by Word’s automatic numbering (a list: "%1、", "（%2）" in chineseCounting) read as if typed: the same zh.md', async () => {
    const numbered = await ingestFile(await reportDocx(report, { numbered: true }), { fileName: 'report.docx', slug: 'sichuan-2026' });
    expect(numbered.markdown).toBe(result.markdown);
    expect(numbered.file.messages.find((m) => m.ruleId === 'docx-numbering')?.reason).toBe(
      'Wrote the automatic numbers of 13 paragraph(s) into the text, as Word prints them (一、, （一）, 1. … from the document’s lists)'.replace('’', "'"),
    );
  });

  test('numbered through a paragraph style (a heading style tied to the list, by basedOn): the same zh.md', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await reportDocx(report, { numbered: true }));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', documentXml.replaceAll('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>', '<w:pStyle w:val="PartHeading"/>'));
    const styles = await zip.file('word/styles.xml')!.async('string');
    zip.file(
      'word/styles.xml',
      styles.replace(
        '</w:styles>',
        '<w:style w:type="paragraph" w:styleId="ListHeadingBase"><w:name w:val="list heading base"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="PartHeading"><w:name w:val="part heading"/><w:basedOn w:val="ListHeadingBase"/><w:pPr><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr></w:style></w:styles>',
      ),
    );
    const styled = await ingestFile(await zip.generateAsync({ type: 'nodebuffer' }), { fileName: 'report.docx', slug: 'sichuan-2026' });
    expect(styled.markdown).toBe(result.markdown);
  });

  test('Word’s number formats', async () => {
    const { formatNumber } = await import('../pipeline/ingest/docx-numbers.ts');
    expect([1, 10, 11, 20, 21, 100, 105].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '十', '十一', '二十', '二十一', '一百', '一百零五']);
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(2, 'chineseLegalSimplified')).toBe('贰');
  });

  test('an image is counted and reported at its paragraph, not silently dropped', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const drawing =
      '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="9525" cy="9525"/><wp:docPr id="1" name="Picture 1"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="seal.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId9"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
    const withImage = await ingestFile(await reportDocx(report, { body: drawing, parts: { 'word/media/image1.png': png } }), { fileName: 'report.docx', slug: 'x' });
    const message = withImage.file.messages.find((m) => m.ruleId === 'docx-object');
    expect(message?.reason).toMatch(/^Unexpected 1 image\(s\) in the document \(paragraph \d+\): not carried over/);
    expect(message?.fatal).toBe(false);
    expect(message?.line).toBeGreaterThan(100);
  });

  test('text the converter cannot read is refused with its paragraph, not dropped', async () => {
    // Text inside an element mammoth does not read (w:customXml is skipped by mammoth's reader with its content only when unknown; here an unknown wrapper).
    const hidden = '<w:p><w:r><w:t>第一段可读。</w:t></w:r><w:fooBar><w:r><w:t>这段文字藏在转换器不认识的元素里。</w:t></w:r></w:fooBar></w:p>';
    const error = await refused(await reportDocx(report, { body: hidden }), 'report.docx');
    expect(error.ruleId).toBe('docx-lost-text');
    expect(error.reason).toMatch(/^Unexpected text of the document that the conversion lost \(paragraph \d+: “第一段可读。这段文字藏在转换器不认识的元素里。”\)/);
    expect(error.line).toBeGreaterThan(100);
  });
});

test('duizhao ingest report.docx: zh.md, the .docx and the HTML read from it (one line per paragraph); messages at their paragraph', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ingest-files-cli-'));
  const docx = path.join(dir, 'report.docx');
  writeFileSync(docx, await reportDocx(report));
  const { code, stdout, stderr } = await ingestInProcess(docx, { slug: 'sichuan-2026', out: path.join(dir, 'out') });
  expect(code).toBe(0);
  expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['source.docx', 'source.docx.html', 'zh.md']);
  expect(stdout).toMatch(/^Wrote .*zh\.md and .*source\.docx \(Word document, read as html\)\n[\s\S]*read from the Word document: .*source\.docx\.html/);
  // Line 2 of the HTML is the document's second paragraph, the occasion.
  const html = readFileSync(path.join(dir, 'out', 'source.docx.html'), 'utf8').split('\n');
  expect(html[1]).toBe('<p>——2026年2月3日在四川省第十四届人民代表大会第五次会议上</p>');
  expect(stderr).toContain('report.docx:2:1: info Moved to front matter: “——2026年2月3日在四川省第十四届人民代表大会第五次会议上” (ingest/metadata)');
  rmSync(dir, { recursive: true, force: true });
});

describe('a PDF\'s lines (pdf.ts, on a PDF drawn with pdf-lib)', () => {
  /** Three A4 pages: a running header and a "- n -" footer on each, the body lines given per page at (x, y). */
  async function drawn(pages: Array<Array<[string, number, number]>>): Promise<Uint8Array> {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.TimesRoman);
    pages.forEach((lines, i) => {
      const page = pdf.addPage([595, 842]);
      page.drawText('Report on the Work of the Government', { x: 180, y: 800, size: 10, font });
      for (const [text, x, y] of lines) page.drawText(text, { x, y, size: 12, font });
      page.drawText(`- ${i + 1} -`, { x: 290, y: 40, size: 12, font });
    });
    return pdf.save();
  }
  const prose = (n: number): Array<[string, number, number]> => [
    ['Fellow Deputies, on behalf of the government I now present', 96, 700], // indented two ems
    ['to you my report on the work of the government for your', 72, 684],
    [`deliberation and approval, page ${n}.`, 72, 668],
  ];

  test('running header and page numbers out, each with its page; the first page’s title kept; indentation as spaces', async () => {
    const read = await pdfText(await drawn([prose(1), prose(2), prose(3)]));
    expect(read.furniture.map((f) => `${f.page} ${f.where} ${f.text}`)).toEqual([
      '1 footer - 1 -',
      '2 header Report on the Work of the Government',
      '2 footer - 2 -',
      '3 header Report on the Work of the Government',
      '3 footer - 3 -',
    ]);
    expect(read.text.split('\n').slice(0, 4)).toEqual([
      expect.stringMatching(/^ +Report on the Work of the Government$/),
      expect.stringMatching(/^ {4,}Fellow Deputies, on behalf/),
      'to you my report on the work of the government for your',
      'deliberation and approval, page 1.',
    ]);
    // A form feed before each page but the first, then the page's first line with its indentation.
    expect(read.text.match(/\n\f {4,}Fellow Deputies/g)).toHaveLength(2);
    expect(read.pageOfLine.slice(0, 4)).toEqual([1, 1, 1, 1]);
    expect(read.structures.structures).toEqual([]);
  });

  test('a running header spread across the page (title left, issue right) is furniture too (was: kept, its gap counted as 280 characters)', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.TimesRoman);
    for (const n of [1, 2, 3]) {
      const page = pdf.addPage([595, 842]);
      page.drawText('Gazette of the Government', { x: 72, y: 800, size: 10, font });
      page.drawText('Issue 5', { x: 480, y: 800, size: 10, font });
      for (const [text, x, y] of prose(n)) page.drawText(text, { x, y, size: 12, font });
      page.drawText(`- ${n} -`, { x: 290, y: 40, size: 12, font });
    }
    const read = await pdfText(await pdf.save());
    // (PDF dumps, round 3: page 1's too — in type smaller than the text, spread across the page, it is no title)
    expect(read.furniture.map((f) => `${f.page} ${f.where} ${f.text.replace(/ +/g, ' ')}`)).toEqual([
      '1 header Gazette of the Government Issue 5',
      '1 footer - 1 -',
      '2 header Gazette of the Government Issue 5',
      '2 footer - 2 -',
      '3 header Gazette of the Government Issue 5',
      '3 footer - 3 -',
    ]);
  });

  test('a simple table (one line per row, cells an em apart) is a table; a contents list and two columns of prose are not (guards)', async () => {
    const table: Array<[string, number, number]> = [
      ['Indicator', 100, 600], ['Value', 300, 600], ['Growth', 420, 600],
      ['GDP', 100, 584], ['67665', 300, 584], ['5.5%', 420, 584],
      ['Revenue', 100, 568], ['5853.9', 300, 568], ['3.9%', 420, 568],
    ];
    const contents: Array<[string, number, number]> = [
      ['Review of our work . . . . . . . . . . . .', 100, 400], ['3', 480, 400],
      ['The next five years . . . . . . . . . . .', 100, 384], ['12', 480, 384],
    ];
    const columns: Array<[string, number, number]> = [
      ['we deepened reform, and opened up;', 72, 300], ['we kept growth steady, and jobs;', 320, 300],
      ['we improved lives, and services;', 72, 284], ['we held risks down, and debts;', 320, 284],
    ];
    const read = await pdfText(await drawn([[...prose(1), ...table, ...contents, ...columns], prose(2), prose(3)]));
    expect(read.structures.structures).toEqual([
      { kind: 'table', rows: [['Indicator', 'Value', 'Growth'], ['GDP', '67665', '5.5%'], ['Revenue', '5853.9', '3.9%']].map((r) => r.map((text) => ({ text, rowSpan: 1, colSpan: 1 }))) },
    ]);
    // What ingest reads has the placeholder and blank lines; what the user is shown, the table's lines as printed (same lines).
    expect(read.text).toMatch(/\nDZSTRUCTURE0END\n\n\n/);
    expect(read.shown).toMatch(/\n +Indicator +Value +Growth\n +GDP +67665 +5\.5%\n/);
    expect(read.text.split('\n')).toHaveLength(read.shown.split('\n').length);
  });
});

describe('a text layer that is not text (pdf.ts unreadablePage)', () => {
  test('the report’s own text reads (guard), also a page of figures alone', () => {
    const pages = [report.paragraphs.slice(0, 20).join('\n'), '67665 5853.9 5.5% 3.9%', report.paragraphs.slice(20, 40).join('\n')];
    expect(unreadablePage(pages)).toBeUndefined();
  });

  test('private-use code points (fonts with no Unicode map): refused naming the first page with them', () => {
    const garbled = report.paragraphs[5].replace(/\p{Script=Han}/gu, (c) => String.fromCodePoint(0xe000 + (c.codePointAt(0)! % 4000)));
    expect(unreadablePage([report.paragraphs[4], garbled])).toEqual({ page: 2, reason: expect.stringMatching(/^Unexpected PDF whose text layer is not text: \d+ of its \d+ characters are private-use code points/) });
  });

  test('Han characters that are not a report’s (a wrong Unicode map): refused', () => {
    // Each character shifted by 1,000 code points: Han still, but rare ones — what a font's wrong ToUnicode map gives.
    const shifted = report.paragraphs.slice(0, 10).join('\n').replace(/\p{Script=Han}/gu, (c) => String.fromCodePoint(c.codePointAt(0)! + 1000));
    expect(unreadablePage([report.title, shifted])?.reason).toMatch(/^Unexpected PDF whose text layer does not read as Chinese/);
    expect(unreadablePage([report.title, shifted])?.page).toBe(2);
  });
});

describe('refused with a clear message', () => {
  test('a scanned PDF (pages that are images, no text layer): no OCR', async () => {
    const pdf = await PDFDocument.create();
    const png = await pdf.embedPng(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
    for (let i = 0; i < 2; i++) pdf.addPage([595, 842]).drawImage(png, { x: 0, y: 0, width: 595, height: 842 });
    const error = await refused(await pdf.save(), 'scan.pdf');
    expect(error.ruleId).toBe('pdf-no-text');
    expect(error.reason).toMatch(/^Unexpected scanned PDF: its 2 page\(s\) are images with no text layer, and ingest does not do OCR/);
  });

  test('a damaged PDF and a damaged .docx', async () => {
    expect((await refused(Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), 'cut.pdf')).ruleId).toBe('pdf-damaged');
    const docx = await reportDocx(report);
    const cut = await refused(docx.subarray(0, docx.length / 2), 'cut.docx');
    expect(cut.ruleId).toBe('docx-damaged');
    expect(cut.reason).toMatch(/^Unexpected damaged \.docx: .*open it in Word or WPS and save it again as \.docx/);
  });

  test('an OLE compound file that cannot be read as a .doc or .wps, and an OFD: save as .docx or PDF (a real .doc is read: test/ingest-doc.test.ts)', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    for (const name of ['report.doc', 'report.wps']) {
      const error = await refused(ole, name);
      expect(error.ruleId).toBe('doc-damaged');
      expect(error.reason).toMatch(/^Unexpected damaged \.doc: it is not a readable OLE compound file .*save it as \.docx or PDF/);
    }
    const { default: JSZip } = await import('jszip');
    const ofd = new JSZip();
    ofd.file('OFD.xml', '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>');
    const error = await refused(await ofd.generateAsync({ type: 'nodebuffer' }), 'report.ofd');
    expect(error.ruleId).toBe('ofd');
    expect(error.reason).toMatch(/OFD document.*save or print it as PDF/);
  });

  test('a refused file leaves the folder as it was (the library writes nothing)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ingest-files-'));
    writeFileSync(path.join(dir, 'scan.pdf'), 'x');
    await refused(Buffer.from('%PDF-1.7\n'), path.join(dir, 'scan.pdf'));
    expect(readdirSync(dir)).toEqual(['scan.pdf']);
    rmSync(dir, { recursive: true, force: true });
  });
});
