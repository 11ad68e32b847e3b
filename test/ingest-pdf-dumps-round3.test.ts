/**
 * PDF text dumps, round 3 (test/fixtures/ingest-pdf-dumps/): two-column pages (常宁's
 * newspaper page, 深圳's 政府公报 page), read from the PDF column after column and split
 * at the gutter in a -layout dump; a numbered heading wrapped over two lines; page-foot
 * notes. Every Han character printed is kept (the "nothing lost" check of score.ts, over
 * every case and carrier of the folder).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingestFile } from '../pipeline/ingest/files.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { readColumns, type ColumnItem, type ColumnLine } from '../pipeline/ingest/pdf-columns.ts';
import { pdfText } from '../pipeline/ingest/pdf.ts';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const dumps = path.join(import.meta.dirname, 'fixtures', 'ingest-pdf-dumps');
const read = async (dir: string, carrier: string) => ingestFile(readFileSync(path.join(dumps, dir, carrier)), { fileName: carrier, slug: 'dump' });
const texts = (r: Awaited<ReturnType<typeof read>>) => r.blocks.map((b) => b.text);

describe('a PDF page set in two columns is read column after column (pdf-columns.ts)', () => {
  test('常宁\'s newspaper page: each paragraph whole, the right column after the left (was: the columns\' lines interleaved)', async () => {
    const r = await read('hn-changning-cppcc-2025-newspaper', 'source.pdf');
    const body = texts(r);
    expect(body).toContain('我代表政协常宁市第十一届委员会常务委员会，向大会报告工作，请予审议，并请列席会议的同志提出意见。');
    expect(body.findIndex((t) => t.startsWith('2024年是中华人民共和国成立75周年'))).toBeLessThan(body.findIndex((t) => t.startsWith('一年来，中共常宁市委')));
    expect(body.find((t) => t.startsWith('一年来，中共常宁市委'))).toMatch(/团结带领全市广大干部群众.*长足进步。$/);
    expect(r.file.messages.filter((m) => m.ruleId === 'pdf-columns').map((m) => m.reason)).toEqual([expect.stringMatching(/^Read page 1's two columns one after the other/)]);
  });

  test('深圳\'s 政府公报 page: a paragraph running from the left column\'s foot to the right column\'s top is one paragraph', async () => {
    const r = await read('gd-shenzhen-2010-gazette-two-columns', 'source.pdf');
    expect(texts(r).find((t) => t.startsWith('五年来，我们采取各种积极有效的措施'))).toMatch(/居内地大中城市第四位.*连续四年列内地城市榜首。$/);
  });

  test('guard: single-column PDFs — a table of ten columns, a web page printed with its header and footer — are read as before', async () => {
    for (const dir of ['cq-fengdu-2021-final-accounts-redhead', 'gd-dongguan-court-2023-web-print']) {
      const r = await read(dir, 'source.pdf');
      expect(r.file.messages.filter((m) => m.ruleId === 'pdf-columns'), dir).toEqual([]);
    }
  });

  // Lines as pdf.js gives them: items of 12 pt type, one per character run.
  const em = 12;
  const line = (y: number, ...parts: Array<[number, string]>): ColumnLine => ({ y, size: em, items: parts.map(([x, str]) => ({ str, x, y, size: em, width: str.length * em })) });
  const regroup = (items: ColumnItem[]): ColumnLine[] => {
    const ys = [...new Set(items.map((i) => i.y))].sort((a, b) => b - a);
    return ys.map((y) => ({ y, size: em, items: items.filter((i) => i.y === y).sort((a, b) => a.x - b.x) }));
  };
  const full = '经济社会发展取得显著成就综合实力明显增强人民生活水平';

  test('guard: a table whose cells are short, however many rows, is no pair of columns', () => {
    const rows = Array.from({ length: 8 }, (_, k) => line(700 - k * 20, [50, '项目'], [200, `${k}万元`], [350, '增长'], [500, '备注']));
    expect(readColumns(rows, regroup).runs).toBe(0);
  });

  test('guard: fewer than six lines side by side, or a side narrower than ten em, stay lines as they are', () => {
    const short = Array.from({ length: 5 }, (_, k) => line(700 - k * 20, [50, full.slice(0, 20)], [320, full.slice(0, 20)]));
    expect(readColumns(short, regroup).runs).toBe(0);
    const narrow = Array.from({ length: 8 }, (_, k) => line(700 - k * 20, [50, full.slice(0, 8)], [170, full]));
    expect(readColumns(narrow, regroup).runs).toBe(0);
  });

  test('a title letter-spaced over the gutter and a line in small type under the columns stay out of them', () => {
    const title = line(760, [200, '工'], [250, '作'], [300, '报'], [350, '告']);
    const cols = Array.from({ length: 8 }, (_, k) => line(700 - k * 20, [50, full.slice(0, 20)], [320, full.slice(0, 20)]));
    const foot = { ...line(500, [50, '责任编辑：李明版式：张华校对：刘洋编辑部']), size: 8 };
    foot.items.forEach((i) => (i.size = 8));
    const { lines, runs } = readColumns([title, ...cols, foot], regroup);
    expect(runs).toBe(1);
    expect(lines[0]).toBe(title);
    expect(lines.at(-1)).toBe(foot);
    expect(lines.slice(1, 9).every((l) => l.items[0].x === 50)).toBe(true);
    expect(lines.slice(9, 17).every((l) => l.items[0].x === 320)).toBe(true);
  });
});

describe('a pdftotext -layout dump of two columns side by side is split at its gutter (columns.ts splitLayoutColumns)', () => {
  test('常宁\'s newspaper page: each paragraph whole, left column then right (was: the two columns\' lines run together)', async () => {
    const r = await read('hn-changning-cppcc-2025-newspaper', 'layout.txt');
    const body = texts(r);
    expect(body).toContain('我代表政协常宁市第十一届委员会常务委员会，向大会报告工作，请予审议，并请列席会议的同志提出意见。');
    expect(body.find((t) => t.startsWith('2024年是中华人民共和国成立75周年'))).toMatch(/提供了根本遵循。$/);
    expect(body.find((t) => t.startsWith('一年来，中共常宁市委'))).toMatch(/长足进步。$/);
    expect(r.file.messages.filter((m) => m.ruleId === 'layout-columns').map((m) => m.reason)).toEqual([expect.stringMatching(/^Read lines 12–\d+ as two columns side by side/)]);
  });

  test('深圳\'s 政府公报 page: the paragraph across the column break whole, the column\'s last short line in its place', async () => {
    const r = await read('gd-shenzhen-2010-gazette-two-columns', 'layout.txt');
    expect(texts(r).find((t) => t.startsWith('五年来，我们采取各种积极有效的措施'))).toMatch(/跨上新台阶。本市生产总值年均增长13\.8%.*连续四年列内地城市榜首。$/);
  });

  test('guard: a table set with spaces (short cells), and single-column dumps with tables and 版记 rows, are read as before', async () => {
    const table = ['各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', ...Array.from({ length: 8 }, (_, k) => `  项目名称        ${k}00万元        增长${k}%        备注说明`)];
    const r = await ingestFile(Buffer.from(table.join('\n')), { fileName: 'dump.txt', slug: 'dump' });
    expect(r.file.messages.filter((m) => m.ruleId === 'layout-columns')).toEqual([]);
    for (const dir of ['cq-fengdu-2021-final-accounts-redhead', 'gd-dongguan-court-2023-web-print', 'gd-guangdong-2026-gongwen']) {
      expect((await read(dir, 'layout.txt')).file.messages.filter((m) => m.ruleId === 'layout-columns'), dir).toEqual([]);
    }
  });
});

describe('a wrapped line opening with the report\'s name is no tag row', () => {
  test('"政府工作报告,请予审议,并请各位政协" (深圳\'s gazette, every dump) stays in its sentence (was: removed as a tag row, 15 Han lost)', async () => {
    for (const carrier of ['layout.txt', 'source.pdf']) {
      const r = await read('gd-shenzhen-2010-gazette-two-columns', carrier);
      expect(texts(r), carrier).toContain('现在，我代表市人民政府向大会作政府工作报告，请予审议，并请各位政协委员和其他列席人员提出意见。');
    }
    // (the plain dump interleaves the columns' lines: the line is kept where it stands)
    expect(texts(await read('gd-shenzhen-2010-gazette-two-columns', 'plain.txt'))).toContain('政府工作报告，请予审议，并请各位政协');
  });

  test('guard: a site\'s tag row is still one (镇政府,工作报告,2023; 乡镇人大会,政府工作报告,范文)', () => {
    for (const tags of ['镇政府,工作报告,2023', '乡镇人大会,政府工作报告,范文']) {
      const r = ingest(Buffer.from(['北京市某区人民政府工作报告', tags, '', '各位代表：', '现在，我代表区人民政府报告工作。'].join('\n')), { fileName: 'tags.txt', slug: 'tags' });
      expect(r.file.messages.filter((m) => m.ruleId === 'page-head').map((m) => m.reason), tags).toEqual([expect.stringContaining(tags)]);
    }
  });
});

describe('a plain dump alternating two columns\' lines is said, not reordered (columns.ts columnsInterleaved)', () => {
  test('常宁\'s and 深圳\'s plain dumps: a two-columns warning over the run (was: no word of it), the lines kept as found', async () => {
    for (const dir of ['hn-changning-cppcc-2025-newspaper', 'gd-shenzhen-2010-gazette-two-columns']) {
      const r = await read(dir, 'plain.txt');
      expect(r.file.messages.filter((m) => m.ruleId === 'two-columns').map((m) => m.reason), dir).toEqual([expect.stringMatching(/^Unexpected two columns interleaved in lines \d+–\d+/)]);
    }
  });

  test('guard: single-column plain dumps (a 公文 of 61 pages, a browser print, a 版头 with its table, page-foot notes) and one-line blocks, three of them ending mid-sentence, say nothing', async () => {
    for (const dir of ['gd-guangdong-2026-gongwen', 'gd-dongguan-court-2023-web-print', 'cq-fengdu-2021-final-accounts-redhead', 'sc-sichuan-2026-footnotes']) {
      expect((await read(dir, 'plain.txt')).file.messages.filter((m) => m.ruleId === 'two-columns'), dir).toEqual([]);
    }
    const items = ['各位代表：', '', '一、全年地区生产总值增长百分之六。', '', '二、一般公共预算收入增长百分之五，', '', '三、城乡居民收入稳步增长，', '', '四、新增城镇就业一万人。', '', '五、粮食产量稳定在五十万吨，', '', '六、单位生产总值能耗下降。', '', '七、主要污染物排放总量减少。'];
    const r = ingest(Buffer.from(items.join('\n')), { fileName: 'dump.txt', slug: 'dump' });
    expect(r.file.messages.filter((m) => m.ruleId === 'two-columns')).toEqual([]);
  });
});

describe('a numbered heading wrapped over two lines is one heading (paragraphs.ts wrappedHeading)', () => {
  test('广东\'s 附件1 item in both dumps, 深圳\'s （一） in its -layout dump (was: the first line a heading, "平。" / "增长。" a paragraph)', async () => {
    for (const carrier of ['layout.txt', 'plain.txt']) {
      const r = await read('gd-guangdong-2026-gongwen', carrier);
      expect(r.blocks.filter((b) => b.kind === 'heading').map((b) => b.text), carrier).toContain('二、加快建立长期护理保险制度和提升养老服务供给水平');
      expect(texts(r), carrier).not.toContain('平。');
    }
    const r = await read('gd-shenzhen-2010-gazette-two-columns', 'layout.txt');
    expect(r.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(expect.arrayContaining(['（一）过去五年，综合经济实力稳步增长', '（二）过去五年，发展方式转变初见成效']));
  });

  const heading = '一、坚持创新驱动，加快建设现代化产业体系和新质生产力';
  const body = (lines: string[]) => ingest(Buffer.from(['政府工作报告', '各位代表：', ...lines].join('\n')), { fileName: 'dump.txt', slug: 'dump' }).blocks.map((b) => `${b.kind}:${b.text}`);
  const full = '过去一年，全市经济运行稳中有进，产业结构持续优化，创新';

  test('guard: a heading line followed by a body paragraph keeps it — indented under it, a full line, or under a short heading or one that ends its sentence', () => {
    // indentation marks paragraphs: the short line under the heading is indented, a paragraph of its own
    expect(body([`  ${heading}`, '  现将有关情况报告如下。', `  ${full}`, '动能不断增强。'])).toContain('paragraph:现将有关情况报告如下。');
    // no indentation: a full line under a heading of four fifths of a line is a paragraph's
    expect(body([heading.slice(0, 22), full, '动能不断增强。'])).toContain(`paragraph:${full}动能不断增强。`);
    // a short heading, or one ending its sentence, is whole: the short line under it is a paragraph
    expect(body(['一、过去五年工作回顾', '五年来成就显著。', full, '动能不断增强。'])).toContain('paragraph:五年来成就显著。');
    expect(body(['（一）坚持创新驱动，加快建设现代化产业体系。', '五年来成就显著。', full, '动能不断增强。'])).toContain('paragraph:五年来成就显著。');
  });
});

describe('a one-page PDF\'s running head (pdf.ts: a first line in small type spread across the page)', () => {
  test('深圳\'s 政府公报 page: "深圳市人民政府公报 … 2010年第22期" is taken out and reported, the title is the headline (was: the three glued)', async () => {
    const r = await read('gd-shenzhen-2010-gazette-two-columns', 'source.pdf');
    expect(r.frontMatter.title).toBe('政府工作报告');
    expect(r.file.messages.filter((m) => m.ruleId === 'pdf-furniture').map((m) => m.reason)).toEqual([expect.stringMatching(/^Removed the PDF's running header on page 1: “深圳市人民政府公报\s+2010年第22期” \(in type smaller than the text, spread across the top of the page\)$/)]);
  });

  test('guard: a title spread over the page\'s top in the body\'s type or larger is no running head (one page, pdf-lib)', async () => {
    for (const size of [12, 16]) {
      const pdf = await PDFDocument.create();
      const font = await pdf.embedFont(StandardFonts.TimesRoman);
      const page = pdf.addPage([595, 842]);
      page.drawText('Report', { x: 72, y: 800, size, font });
      page.drawText('2024', { x: 480, y: 800, size, font });
      for (const [k, text] of ['Fellow Deputies, on behalf of the government I now present', 'to you my report on the work of the government.'].entries()) page.drawText(text, { x: 72, y: 700 - 16 * k, size: 12, font });
      expect((await pdfText(await pdf.save())).furniture, `${size} pt`).toEqual([]);
    }
  });

  test('guard: a first line in the body\'s type or larger — a 版头 in red, a web page\'s headline — stays (丰都\'s and 东莞\'s titles as before)', async () => {
    const fengdu = await read('cq-fengdu-2021-final-accounts-redhead', 'source.pdf');
    expect(fengdu.frontMatter).toMatchObject({ title: '关于2021年决算情况的报告', issuer: '丰都县人民政府' });
    // (the browser's print header over the headline, in 8 px, is a running head on page 1 too)
    const dongguan = await read('gd-dongguan-court-2023-web-print', 'source.pdf');
    expect(dongguan.frontMatter.title).toBe('东莞市中级人民法院工作报告');
    expect(dongguan.file.messages.filter((m) => m.ruleId === 'pdf-furniture' && /page 1:/.test(m.reason)).map((m) => m.reason)).toEqual([expect.stringMatching(/running header on page 1: “2023\/2\/15 09:31 .*spread across the top/), expect.stringContaining('running footer on page 1')]);
  });
});
