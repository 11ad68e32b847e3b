/**
 * PDF text dumps, round 6 (test/fixtures/ingest-pdf-dumps/): blocks of remarks — `注：1.…` / `2.…`, `说明：…` — at a
 * page's foot or the text's end read as one paragraph after the paragraph over them, not as headings (remarks.ts), in
 * the PDF, its `pdftotext -layout` dump and its plain dump. Case: remarks-word (a document written in LibreOffice Writer,
 * 陕西 2026's text with the 国家统计局's 注： blocks, one in a frame at page 1's foot, one at the end — make-word.ts).
 * Guards: a real numbered heading list stays headings; a block out of sequence, longer than its page's text, a table's
 * rows or a word opening with 注 (注重…) is not taken.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingestFile } from '../pipeline/ingest/files.ts';
import { ingest } from '../pipeline/ingest/index.ts';

const dumps = path.join(import.meta.dirname, 'fixtures', 'ingest-pdf-dumps');
const read = async (dir: string, carrier: string) => ingestFile(readFileSync(path.join(dumps, dir, carrier)), { fileName: carrier, slug: 'dump' });
type Result = ReturnType<typeof ingest>;
const texts = (r: Result) => r.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
const headings = (r: Result) => r.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
const said = (r: Result) => r.file.messages.filter((m) => m.ruleId === 'remarks').map((m) => `${m.line}:${m.column} ${m.reason.replace(/: “.*$/, '')}`);

describe('remarks — 注：1.… / 2.… at a page\'s foot or the text\'s end (remarks.ts, round 6)', () => {
  const FOOT = '注：1.绝对额按现价计算，增长速度按不变价计算；2.三次产业分类依据国家统计局2012年制定的《三次产业划分规定》；3.行业分类采用《国民经济行业分类（GB/T 4754-2011）》。';
  const END = '注：1.环比增长速度为经季节调整后与上一季度对比的增长速度。2.同比增长速度为与上年同期对比的增长速度。';
  for (const carrier of ['source.pdf', 'layout.txt', 'plain.txt']) {
    test(`Writer's PDF with a 注： block in a frame at page 1's foot and one at the end, ${carrier}: each one paragraph, the page-1 block after the paragraph the page broke (whole again); 1.…/2.… headings stay (was: the paragraph broken by the block, 2.… and 3.… headings)`, async () => {
      const r = await read('remarks-word', carrier);
      const paragraphs = texts(r);
      const broken = paragraphs.findIndex((t) => t.includes('用好“两重”“两新”和新型政策性金融工具，争取中央预算内投资'));
      expect(broken, carrier).toBeGreaterThan(0);
      expect(paragraphs[broken + 1], carrier).toBe(FOOT);
      expect(paragraphs[paragraphs.length - 1], carrier).toBe(END);
      expect(headings(r), carrier).toEqual(expect.arrayContaining(['1.扩大有效投资', '2.积极促进消费']));
      expect(headings(r).filter((h) => /三次产业|行业分类|同比增长/.test(h)), carrier).toEqual([]);
      expect(said(r), carrier).toEqual([
        expect.stringMatching(/^\d+:1 Read 4 line\(s\) at the foot of page 1 \(lines \d+–\d+\) as one block of remarks, not headings: put after the paragraph the page broke there/),
        expect.stringMatching(/^\d+:1 Read 2 line\(s\) at the foot of page 4 \(lines \d+–\d+\) as one block of remarks, not headings: kept after the paragraph over it/),
      ]);
    });
  }

  // A two-page dump: the text 26–28 characters a line, a page number at each foot.
  const text1 = ['各位代表：', '    过去一年，全市经济运行总体平稳，地区生产总值增长百分之五点二，城镇', '调查失业率保持在百分之五以内，城乡居民人均可支配收入增长百分之五点八，', '居民消费价格上涨百分之零点三，民生保障水平不断提高，社会大局和谐稳定各项事'];
  const text2 = ['业全面进步。', '    一、主要指标完成情况', '    全年规模以上工业增加值增长百分之六点一，固定资产投资增长百分之三点五，', '主要指标好于预期。'];
  const dump = (foot: string[], body1 = text1) => ingest(Buffer.from(`${[...body1, '', ...foot, '', '1'].join('\n')}\n\f${[...text2, '', '2'].join('\n')}\n`), { fileName: 'dump.txt', slug: 'dump' });

  test('a plain dump\'s 注：1.…/2.… and 说明：… at a page\'s foot: one paragraph after the paragraph the page broke (was: "…各项事注：1.…" and a level-4 heading "2.城乡居民收入为初步统计数")', () => {
    const r = dump(['注：1.城镇调查失业率为全年平均数。', '2.城乡居民收入为初步统计数。']);
    expect(texts(r)).toContain('过去一年，全市经济运行总体平稳，地区生产总值增长百分之五点二，城镇调查失业率保持在百分之五以内，城乡居民人均可支配收入增长百分之五点八，居民消费价格上涨百分之零点三，民生保障水平不断提高，社会大局和谐稳定各项事业全面进步。');
    expect(r.blocks.map((b) => b.text).slice(1, 3)).toEqual([expect.stringMatching(/各项事业全面进步。$/), '注：1.城镇调查失业率为全年平均数。2.城乡居民收入为初步统计数。']);
    expect(headings(r)).toEqual(['一、主要指标完成情况']);
    const explained = dump(['说明：城镇调查失业率为全年平均数，城乡居民收入为', '初步统计数。']);
    expect(texts(explained)).toContain('说明：城镇调查失业率为全年平均数，城乡居民收入为初步统计数。');
    expect(texts(explained).some((t) => t.endsWith('各项事业全面进步。'))).toBe(true);
  });

  test('a text without pages: a 注： block ending the text is one paragraph (was: 2.… a heading)', () => {
    const r = ingest(Buffer.from(`${[...text1.slice(0, 3), '居民消费价格上涨百分之零点三，民生保障水平不断提高。', '各项事业全面进步。', '注：1.城镇调查失业率为全年平均数。', '2.城乡居民收入为初步统计数。'].join('\n')}\n`), { fileName: 'page.txt', slug: 'dump' });
    expect(texts(r)[texts(r).length - 1]).toBe('注：1.城镇调查失业率为全年平均数。2.城乡居民收入为初步统计数。');
    expect(headings(r)).toEqual([]);
  });

  test('guard: a numbered heading list at a page\'s foot (no 注：), a block whose numbers are out of order, one longer than its page\'s text, a table\'s rows, 注重… — not taken, nothing said', () => {
    const list = dump(['1.城镇调查失业率为全年平均数', '    全市城镇调查失业率保持在较低水平。', '2.城乡居民收入为初步统计数']);
    expect(headings(list)).toEqual(expect.arrayContaining(['1.城镇调查失业率为全年平均数', '2.城乡居民收入为初步统计数']));
    expect(said(list)).toEqual([]);
    const order = dump(['注：1.城镇调查失业率为全年平均数。', '3.城乡居民收入为初步统计数']);
    expect(said(order)).toEqual([]);
    expect(headings(order)).toContain('3.城乡居民收入为初步统计数');
    const long = dump(['注：1.城镇调查失业率为全年平均数。', ...Array.from({ length: 6 }, (_, i) => `${i + 2}.第${i + 2}项指标为初步统计数。`)]);
    expect(said(long)).toEqual([]);
    const table = dump(['注：单位为亿元', '生产总值       1250       5.2', '财政收入        98        3.1']);
    expect(said(table)).toEqual([]);
    const word = dump(['注重民生保障，城乡居民收入稳步增长。']);
    expect(said(word)).toEqual([]);
  });
});

describe('a word processor\'s PDF (LibreOffice Writer): its table (pdf.ts, round 6)', () => {
  const rows = (r: Result, title: string) => {
    const at = r.blocks.findIndex((b) => b.kind === 'box' && b.text === title);
    const table = at < 0 ? undefined : r.blocks.slice(at + 1).find((b) => b.kind === 'table');
    return table?.rows?.map((row) => row.map((cell) => ('text' in cell ? cell.text : '^')));
  };
  const tableTexts = (r: Result) => r.blocks.filter((b) => b.kind === 'table').map((b) => b.rows!.map((row) => row.map((cell) => ('text' in cell ? cell.text : '^')).join(' | ')));

  test('陕西\'s 表1: its caption (表1, a gap, its title) the box\'s title, not a row; its rows on page 4 under the header Writer repeats there read as the rest of it, the repeated row left out and said (was: the caption a row, two tables, the header twice)', async () => {
    const r = await read('sn-shaanxi-2026-word-processor', 'source.pdf');
    expect(rows(r, '表1　2026年经济社会发展主要预期目标')).toEqual([
      ['指标', '2026年预期目标'],
      ['生产总值增长', '5％左右'],
      ['固定资产投资增速', '保持在全国平均水平以上'],
      ['一般公共预算收入增长', '3％'],
      ['城镇新增就业', '40万人以上'],
      ['城镇调查失业率', '5.5％左右'],
      ['居民消费价格涨幅', '2％左右'],
    ]);
    expect(r.blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
    expect(r.file.messages.filter((m) => m.ruleId === 'pdf-table').map((m) => m.reason)).toEqual([expect.stringMatching(/^Read the table at the top of page 4 as the rest of the table the page before ended with; its header row, repeated there \(“指标 2026 ?年预期目标”\), left out$/)]);
  });

  test('guard: a table at a page\'s top under a different header stays a table of its own, and a table ending page 1 is kept (was, with the page\'s form feed kept: both placeholders taken as a running footer, 表1\'s rows lost)', async () => {
    for (const carrier of ['source.pdf']) {
      const r = await read('tables-word', carrier);
      const tables = tableTexts(r);
      // (表2's header, wrapped over two lines, is a table of its own: pdf.ts reads no wrapped cell — as before)
      expect(tables[0][0], carrier).toBe('GDP | 568845 | 7.7');
      expect(tables[0].join('\n'), carrier).not.toMatch(/2013年1季度|环比/);
      expect(tables[tables.length - 1].join('\n'), carrier).toContain('2013年1季度 | 1.7 | 7.8');
      expect(r.file.messages.filter((m) => m.ruleId === 'pdf-table'), carrier).toEqual([]);
      expect(r.file.messages.filter((m) => /DZSTRUCTURE/.test(m.reason)), carrier).toEqual([]);
    }
  });
});

describe('a word processor\'s footnotes in its PDF\'s dumps: the numbers printed under their entries (page-notes.ts, round 6)', () => {
  const called = (r: Result) =>
    r.blocks
      .filter((b) => b.kind === 'note')
      .map((n) => {
        const from = r.blocks.find((b) => b.calls?.some((c) => c.label === n.label));
        const at = from?.calls?.find((c) => c.label === n.label)?.at ?? 0;
        return `${from ? from.text.slice(Math.max(0, at - 6), at) : '(not called)'} → ${n.text}`;
      });
  const TWO = ['用好“两重” → “两重”：是指国家重大战略实施和重点领域安全能力建设。', '重”“两新” → “两新”：是指大规模设备更新和消费品以旧换新。'];

  test('陕西\'s Writer PDF, -layout dump (each number under its entry: `“两重”：….` / `1` / `“两新”：….` / `2`) and plain dump (both numbers under both entries): notes 1 and 2, called after “两重” and “两新” (a space before the raised 1), the paragraph whole over the page (was: no note, the entries and numbers paragraphs between its halves)', async () => {
    for (const carrier of ['layout.txt', 'plain.txt']) {
      const r = await read('sn-shaanxi-2026-word-processor', carrier);
      expect(called(r), carrier).toEqual(TWO);
      expect(texts(r).join('\n'), carrier).toContain('用好“两重”“两新”和新型政策性金融工具，争取中央预算内投资、超长期特别国债分别增长');
    }
  });

  const body = ['    过去一年，我们坚持稳中求进工作总基调，落实“两重” 1“两新”2政策，经济', '运行总体平稳，全市地区生产总值增长百分之五点二，城乡居民收入稳步增长，', '民生保障水平不断提高，社会大局和谐稳定，各项事业全面进步，社会大局和谐'];
  const dump = (foot: string[]) => ingest(Buffer.from(`${['各位代表：', ...body, ...foot, '', '1'].join('\n')}\n\f${['稳定。', '    全年新增城镇就业三万人。', '', '2'].join('\n')}\n`), { fileName: 'dump.txt', slug: 'dump' });

  test('guard: numbers under entries that do not end their sentence, a number over an entry as well as under one, as many numbers as lines but no call — not read, the lines kept as text', () => {
    // (read: each number under its one-line entry, each called once)
    expect(called(dump(['“两重”：是指国家重大战略实施和重点领域安全能力建设。', '1', '“两新”：是指大规模设备更新和消费品以旧换新。', '2']))).toEqual(['落实“两重” → “两重”：是指国家重大战略实施和重点领域安全能力建设。', '重”“两新” → “两新”：是指大规模设备更新和消费品以旧换新。']);
    const open = dump(['“两重”：是指国家重大战略实施和重点领域安全能力建设', '1', '“两新”：是指大规模设备更新和消费品以旧换新', '2']);
    expect(called(open)).toEqual([]);
    expect(texts(open).join('')).toContain('“两重”：是指国家重大战略实施和重点领域安全能力建设');
    const mixed = dump(['1', '“两重”：是指国家重大战略实施和重点领域安全能力建设。', '“两新”：是指大规模设备更新和消费品以旧换新。', '2']);
    expect(called(mixed)).toEqual([]);
    const none = ingest(Buffer.from(`${['各位代表：', ...body.map((l) => l.replace(/ 1|2/g, '')), '“两重”：是指国家重大战略实施和重点领域安全能力建设。', '“两新”：是指大规模设备更新和消费品以旧换新。', '1', '2'].join('\n')}\n\f稳定。\n`), { fileName: 'dump.txt', slug: 'dump' });
    expect(called(none)).toEqual([]);
    expect(texts(none).join('')).toContain('“两新”：是指大规模设备更新和消费品以旧换新。');
  });
});

describe('tables in a -layout dump (layout-table.ts, round 6)', () => {
  const tableTexts = (r: Result) => r.blocks.filter((b) => b.kind === 'table').map((b) => b.rows!.map((row) => row.map((cell) => ('text' in cell ? cell.text : '^')).join(' | ')));

  test('陕西\'s 表1 in the -layout dump: a box titled by its caption holding one table of the printed rows, the header Writer repeats on page 4 left out and said (was: one paragraph per row, its cells run together — 生产总值增长5％左右 — the header twice, nothing said)', async () => {
    const r = await read('sn-shaanxi-2026-word-processor', 'layout.txt');
    const at = r.blocks.findIndex((b) => b.kind === 'box' && b.text === '表1　2026年经济社会发展主要预期目标');
    expect(at).toBeGreaterThan(0);
    expect(tableTexts(r)).toEqual([['指标 | 2026年预期目标', '生产总值增长 | 5％左右', '固定资产投资增速 | 保持在全国平均水平以上', '一般公共预算收入增长 | 3％', '城镇新增就业 | 40万人以上', '城镇调查失业率 | 5.5％左右', '居民消费价格涨幅 | 2％左右']]);
    expect(texts(r).filter((t) => /指标|预期目标$/.test(t))).toEqual([]);
    expect(r.file.messages.filter((m) => m.ruleId === 'layout-table').map((m) => `${m.line} ${m.reason}`)).toEqual([
      '93 Read lines 93–99 as a table of 7 rows and 2 columns (its cells kept apart by runs of spaces)',
      '109 Read the table at line 109 as the rest of the table before it, over a page break; its header row, repeated there (“指标 2026 年预期目标”), left out',
    ]);
  });

  test('guard: 国家统计局\'s two tables over a page break under different headers stay two tables (-layout), every row kept', async () => {
    const r = await read('tables-word', 'layout.txt');
    const tables = tableTexts(r);
    expect(tables).toHaveLength(2);
    expect(tables[0]).toEqual(['GDP | 568845 | 7.7', '第一产业 | 56957 | 4.0', '第二产业 | 249684 | 7.8', '第三产业 | 262204 | 8.3']);
    expect(tables[1][0]).toBe('2013年1季度 | 1.7 | 7.8');
  });

  test('guard: two columns of prose side by side, a run of two rows, a contents list with dot leaders — no table; two tables over a page break under different header rows — two tables', () => {
    const one = (lines: string[]) => ingest(Buffer.from(`${['各位代表：', ...lines].join('\n')}\n`), { fileName: 'dump.txt', slug: 'dump' });
    const prose = one(['    过去一年，全市经济运行总体平稳，      全年新增城镇就业三万人，民生保障', '地区生产总值增长百分之五点二，城      水平不断提高，社会大局和谐稳定，', '镇调查失业率保持在百分之五以内。      各项事业全面进步。']);
    expect(tableTexts(prose)).toEqual([]);
    const two = one(['    过去一年，全市经济运行总体平稳，各项事业全面进步。', '生产总值增长       5％左右', '城镇新增就业       40万人以上', '    今年要重点做好9个方面工作。']);
    expect(tableTexts(two)).toEqual([]);
    expect(texts(two).join('\n')).toContain('5％左右');
    // (two tables over a page break, a page number between, under different header rows: two tables)
    const pages = ingest(Buffer.from(`${['各位代表：', '    指标              2025年', '    生产总值增长        5.1％', '    城镇新增就业        44.1万人', '', '- 1 -'].join('\n')}\n\f${['    指标              2026年', '    生产总值增长        5％左右', '    城镇新增就业        40万人以上', '', '- 2 -'].join('\n')}\n`), { fileName: 'dump.txt', slug: 'dump' });
    expect(tableTexts(pages)).toEqual([['指标 | 2025年', '生产总值增长 | 5.1％', '城镇新增就业 | 44.1万人'], ['指标 | 2026年', '生产总值增长 | 5％左右', '城镇新增就业 | 40万人以上']]);
    const contents = one(['一、2025年工作回顾 ………………   1', '二、“十五五”时期主要目标 ……   5', '三、2026年重点工作 ………………   9']);
    expect(tableTexts(contents)).toEqual([]);
  });
});
