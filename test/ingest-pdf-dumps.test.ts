/**
 * PDF text dumps, round 2 (test/fixtures/ingest-pdf-dumps/): real report texts of the
 * ingest corpus laid out as government PDFs (a GB/T 9704 公文, a red-letter 版头 with
 * 版记, a web page printed with the browser's header and footer, a two-column newspaper
 * page), printed by Chromium, and dumped with pdftotext (-layout and plain). A dump's
 * lines are wrapped at the page width, so a line's end is no paragraph's: rules that
 * read a line as a whole (a click counter, a watermark ending lines) must not take
 * running text for page chrome.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingestFile } from '../pipeline/ingest/files.ts';
import { ingest } from '../pipeline/ingest/index.ts';

const dumps = path.join(import.meta.dirname, 'fixtures', 'ingest-pdf-dumps');
const corpus = path.join(import.meta.dirname, 'fixtures', 'ingest-corpus');
const han = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).join('');
const read = (lines: string[], fileName = 'dump.txt') => ingest(Buffer.from(lines.join('\n')), { fileName, slug: 'dump' });
/** Han characters of zh.md: the body (the notes heading is a block too) and the front-matter fields that hold the title block's words. */
const kept = (r: ReturnType<typeof ingest>) => han([r.frontMatter.title, r.frontMatter.occasion, r.frontMatter.speaker, ...r.blocks.map((b) => b.text)].filter(Boolean).join('\n'));

describe('广东 2026 as a 公文 PDF, its pdftotext dumps', () => {
  const printed = han(readFileSync(path.join(corpus, 'gd-guangdong-2026-portal-annexes-heldout16', 'input.txt'), 'utf8'));
  for (const carrier of ['plain.txt', 'layout.txt']) {
    test(`${carrier}: every Han character of the report kept (was: 34 lost — a wrapped line read as a click counter, 大力发展 ending three lines read as a watermark)`, () => {
      const r = ingest(readFileSync(path.join(dumps, 'gd-guangdong-2026-gongwen', carrier)), { fileName: carrier, slug: 'gd' });
      expect(r.file.messages.filter((m) => m.ruleId === 'counter' || m.ruleId === 'watermark').map((m) => m.reason)).toEqual([]);
      expect(kept(r)).toHaveLength(printed.length);
    });
  }
});

describe('a wrapped line of running text is no click counter', () => {
  test('"…相关报道总点击量超610亿次。那些…" wrapped at 28 characters stays in its paragraph', () => {
    const r = read(['各位代表：', '    认真落实“绿色、共享、开放、廉洁”的办赛理念，向全国人民奉献了一场体育', '盛会，相关报道总点击量超610亿次。那些激动人心的赛场瞬', '间，一个个不断创造的新纪录，都令人印象深刻。']);
    expect(r.file.messages.filter((m) => m.ruleId === 'counter')).toEqual([]);
    expect(r.blocks.map((b) => b.text).join('')).toContain('相关报道总点击量超610亿次。那些激动人心的赛场瞬间');
  });

  test('guard: a page\'s counters still go (浏览次数：2538, 点击量：12次, 阅读 35 次)', () => {
    for (const counter of ['浏览次数：2538', '点击量：12次', '阅读 35 次', '【点击数：1024】']) {
      const r = read(['各位代表：', '现在，我代表县人民政府向大会报告工作。', counter, '一、过去一年工作回顾', '一年来，全县经济社会发展取得显著成就。']);
      expect(r.file.messages.filter((m) => m.ruleId === 'counter').length, counter).toBe(1);
    }
  });
});

describe('a phrase that ends wrapped lines is no watermark', () => {
  test('"大力发展" ending three wrapped lines of the 广东 dump (once right after 。) is text', () => {
    // The dump's own lines around each: eleven lines, most of them filled to the page's width.
    const dump = readFileSync(path.join(dumps, 'gd-guangdong-2026-gongwen', 'plain.txt'), 'utf8').split('\n');
    const ends = dump.flatMap((l, i) => (l.endsWith('大力发展') ? [i] : []));
    expect(ends).toHaveLength(3);
    const r = read(['各位代表：', ...ends.flatMap((i) => dump.slice(i - 5, i + 6))]);
    expect(r.file.messages.filter((m) => m.ruleId === 'watermark')).toEqual([]);
    expect(han(r.blocks.map((b) => b.text).join(''))).toBe(han(['各位代表：', ...ends.flatMap((i) => dump.slice(i - 5, i + 6))].join('')).replace(/^/, ''));
  });

  test('guard: lines of other widths ending in the same phrase are still a watermark (a document site\'s mark, the text not wrapped)', () => {
    const r = read(['各位代表：大牛工程师', '现在，我代表县人民政府向大会报告工作，请予审议。', '一、过去五年工作回顾', '五年来，全县经济社会发展取得显著成就，综合实力明显增强。大牛工程师', '在平湖市大牛工程师', '全县生产总值增长百分之九。']);
    expect(r.blocks.map((b) => b.text).join('')).not.toContain('大牛工程师');
  });

  test('guard: a site phrase glued after sentence ends on two lines and after a salutation is still a watermark', () => {
    const r = read(['各位代表：大牛工程师', '现在，我代表县人民政府向大会报告工作。大牛工程师', '一、过去五年工作回顾', '五年来，全县经济社会发展取得显著成就。大牛工程师']);
    expect(r.blocks.map((b) => b.text).join('')).not.toContain('大牛工程师');
    expect(r.file.messages.some((m) => m.ruleId === 'watermark')).toBe(true);
  });
});

describe('a dump\'s running header and footer (the lines by its form feeds that repeat)', () => {
  const dongguan = (carrier: string) => ingest(readFileSync(path.join(dumps, 'gd-dongguan-court-2023-web-print', carrier)), { fileName: carrier, slug: 'dg' });
  const printed = han(readFileSync(path.join(dumps, 'gd-dongguan-court-2023-web-print', 'printed.txt'), 'utf8'));

  test('a web page printed from the browser, pdftotext -layout: "URL … 第1页共2页" and "time … page title" go, each reported with its page (was: in the text, the URL line a paragraph)', () => {
    const r = dongguan('layout.txt');
    const body = r.blocks.map((b) => b.text).join('\n');
    expect(body).not.toMatch(/dg165|第\s*\d\s*页共|东莞165网|2023\/2\/15/);
    expect(r.file.messages.filter((m) => m.ruleId === 'pdf-furniture').map((m) => m.reason)).toEqual([
      expect.stringMatching(/^Removed the PDF's running footer on page 1: “https:\/\/www\.dg165\.com\/plus\/view-79733-1\.html 第1页共2页”/),
      expect.stringMatching(/^Removed the PDF's running header on page 2: “2023\/2\/15 09:31 东莞市中级人民法院工作报告-东莞165网”/),
      expect.stringMatching(/^Removed the PDF's running footer on page 2: “https:/),
    ]);
    expect(kept(r)).toBe(printed);
  });

  test('the plain dump: the header\'s title line of page 2 goes too (was: a paragraph "东莞市中级人民法院工作报告-东莞165网")', () => {
    const r = dongguan('plain.txt');
    expect(r.blocks.map((b) => b.text).join('\n')).not.toContain('东莞165网');
    expect(kept(r)).toBe(printed);
  });

  test('guard: lines that repeat away from the page breaks, or only on one side of some pages, are text', () => {
    const page = (n: number, first: string, last: string) => [`${n > 1 ? '\f' : ''}${first}`, '现在，我代表县人民政府向大会报告工作，请予审议。', '各位代表：', '全县经济社会发展取得显著成就，综合实力明显增强。', last];
    const lines = [...page(1, '政府工作报告', '一、过去五年工作回顾'), ...page(2, '二、今后五年的目标任务', '三、2023年工作安排'), ...page(3, '（一）扎实推进产业发展。', '四、加强政府自身建设')];
    const r = read(lines);
    expect(r.file.messages.filter((m) => m.ruleId === 'pdf-furniture')).toEqual([]);
    expect(han(r.blocks.map((b) => b.text).join(''))).toHaveLength(han(lines.slice(1).join('')).length);
  });

  test('guard: a repeated line by the page breaks that is long once its URL is set aside (a paragraph\'s line) is text', () => {
    const long = '全县经济社会发展取得显著成就，综合实力明显增强，人民生活水平不断提高，社会事业全面进步。';
    const page = (first: string) => [first, '现在，我代表县人民政府向大会报告工作，请予审议。', `https://example.gov.cn/a.html ${long}`];
    const r = read(['政府工作报告', ...page('一、过去五年工作回顾'), ...page('\f二、今后五年的目标任务')]);
    expect(r.file.messages.filter((m) => m.ruleId === 'pdf-furniture')).toEqual([]);
  });
});

describe('the PDF itself (pdf.js)', () => {
  // pdf.ts takes a repeated line of 40 characters or fewer; the browser's footer, with its URL, is longer: the text it
  // hands on marks its pages with form feeds, and the dump's rule takes the footer there.
  test('a web page printed from the browser: its footer "URL 第N页共M页" goes (was: kept, and run into a paragraph)', async () => {
    const r = await ingestFile(readFileSync(path.join(dumps, 'gd-dongguan-court-2023-web-print', 'source.pdf')), { fileName: 'source.pdf', slug: 'dg' });
    expect(r.blocks.map((b) => b.text).join('\n')).not.toMatch(/dg165|第\s*\d\s*页共/);
    expect(r.file.messages.filter((m) => m.ruleId === 'pdf-furniture').map((m) => m.reason)).toContain('Removed the PDF\'s running footer on page 1: “https://www.dg165.com/plus/view-79733-1.html 第 1 页 共 2 页” (repeated at the foot of its pages)');
    expect(kept(r)).toBe(han(readFileSync(path.join(dumps, 'gd-dongguan-court-2023-web-print', 'printed.txt'), 'utf8')));
  });
});

describe('a 公文 with a red-letter 版头 and its 版记 (丰都 2021 决算)', () => {
  for (const carrier of ['layout.txt', 'plain.txt']) {
    test(`${carrier}: the 版头 and 发文字号 are no title — the title under them, the 版头's organ the issuer, the number 文号; the 版记 (抄送, 印发) out and reported (was: title "丰都县人民政府文件丰都府文〔2022〕116号丰都县人民政府关于…", no issuer, the 版记 in the text)`, () => {
      const r = ingest(readFileSync(path.join(dumps, 'cq-fengdu-2021-final-accounts-redhead', carrier)), { fileName: carrier, slug: 'fd' });
      expect(r.frontMatter).toMatchObject({ title: '关于2021年决算情况的报告', issuer: '丰都县人民政府', disclosure: { 文号: '丰都府文〔2022〕116号' } });
      const body = r.blocks.map((b) => b.text).join('\n');
      expect(body).not.toMatch(/抄送|印发|县政协办公室/);
      expect(r.file.messages.filter((m) => m.ruleId === 'colophon').length).toBeGreaterThanOrEqual(2);
      // The 落款 is the document's: kept.
      expect(r.blocks.slice(-2).map((b) => b.text)).toEqual(['丰都县人民政府', '2022年9月28日']);
    });
  }

  test('guard: a line ending in 文件 with no 发文字号 under it is read as before (the title block unchanged)', () => {
    const lines = ['某某县人民政府文件', '关于2021年决算情况的报告', '一、全县收支决算情况', '2021年全县一般公共预算本级收入238965万元，增长3.98%。'];
    expect(read(lines).frontMatter.title).toBe('某某县人民政府文件关于2021年决算情况的报告');
  });

  test('guard: 抄送 inside a sentence, an office alone over a plain date (a 落款), and a date alone are text', () => {
    const r = read(['关于2021年决算情况的报告', '一、全县收支决算情况', '2021年全县一般公共预算本级收入238965万元，有关情况已抄送：县审计局。', '县人民政府办公室', '2022年9月28日']);
    expect(r.file.messages.filter((m) => m.ruleId === 'colophon')).toEqual([]);
    expect(r.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(['县人民政府办公室', '2022年9月28日']));
  });
});

describe('a 公文\'s 落款 dates it (丰都 2021 决算)', () => {
  test('the issuer\'s name and the day alone closing the text are its 成文日期 (was: no date)', () => {
    const r = ingest(readFileSync(path.join(dumps, 'cq-fengdu-2021-final-accounts-redhead', 'plain.txt')), { fileName: 'plain.txt', slug: 'fd' });
    expect(r.frontMatter).toMatchObject({ date: '2022-09-28', date_source: 'written' });
  });

  test('guard: a day alone closing the text under another name, or with no name over it, dates nothing', () => {
    const text = ['丰都县人民政府', '关于2021年决算情况的报告', '一、全县收支决算情况', '2021年全县一般公共预算本级收入238965万元，增长3.98%。'];
    expect(read([...text, '县财政局', '2022年9月28日']).frontMatter.date).toBeUndefined();
    expect(read([...text, '2022年9月28日']).frontMatter.date).toBeUndefined();
    expect(read([...text, '丰都县人民政府', '2022年9月28日']).frontMatter).toMatchObject({ date: '2022-09-28', date_source: 'written' });
  });
});
