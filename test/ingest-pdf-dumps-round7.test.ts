/**
 * PDF text dumps, round 7 (test/fixtures/ingest-pdf-dumps/): what round 6 left in PLAIN dumps (`pdftotext`, no -layout).
 * A plain dump's table, a cell a line, said at its first cell (layout-table.ts plainTables: was one paragraph per cell,
 * nothing said); a paragraph a page break cut inside its sentence, where the plain dump sets blank lines round the running
 * header and footer (paragraphs.ts); a numbered 注： block in the middle of a page, the text going on under it (remarks.ts).
 * Cases: sn-shaanxi-2026-word-processor (Writer, round 6), bj-beijing-2026-chromium-table and tables-chromium (Chromium,
 * this round: make.ts), cq-fengdu-2021-final-accounts-redhead (Chromium, round 2).
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

describe('a paragraph a page break cut, in a plain dump (paragraphs.ts, round 7)', () => {
  test('陕西\'s Writer PDF, plain dump: the two paragraphs broken at pages 2→3 and 5→6 (`…全面贯彻落实党的` / `— 2 —` / blank / running header / blank / `二十大…`) are whole (was: each two paragraphs)', async () => {
    const r = await read('sn-shaanxi-2026-word-processor', 'plain.txt');
    const all = texts(r).join('\n');
    expect(all).toContain('全面贯彻落实党的二十大和二十届历次全会精神及中央经济工作会议精神');
    expect(all).toContain('巩固拓展“三项改革”成果，新建概念验证和中试平台20家');
    expect(texts(r).some((t) => /^二十大和二十届/.test(t) || /^项改革”/.test(t))).toBe(false);
  });

  // A plain dump of three pages: a running header and "— N —" round each page's text, blank lines between them.
  const page = (n: number, body: string[]) => `${n > 1 ? '\f' : ''}陕西省 2026 年政府工作报告\n\n${body.join('\n')}\n— ${n} —\n`;
  const dump = (pages: string[][]) => ingest(Buffer.from(pages.map((b, i) => page(i + 1, b)).join('\n')), { fileName: 'plain.txt', slug: 'dump' });
  const full1 = ['各位代表：', '今年是“十五五”开局之年。做好政府工作，要坚持以习', '近平新时代中国特色社会主义思想为指导，全面贯彻落实党的'];
  const page3 = ['一、主要工作', '全年规模以上工业增加值增长百分之六点一，固定资产投资增长。'];

  test('a page\'s first line goes on the paragraph the page before left inside its sentence on a full line', () => {
    const r = dump([full1, ['二十大和二十届历次全会精神及中央经济工作会议精神，深入', '学习贯彻习近平总书记历次来陕考察重要讲话重要指示。'], page3]);
    expect(texts(r)).toContain('今年是“十五五”开局之年。做好政府工作，要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届历次全会精神及中央经济工作会议精神，深入学习贯彻习近平总书记历次来陕考察重要讲话重要指示。');
  });

  test('guard: a page that opens with a numbered heading, after a paragraph ended by its sentence, or after a short last line — a new block', () => {
    const heading = dump([full1, ['（一）着力扩大有效需求，推动经济稳中向好', '今年要重点做好9个方面工作，全面贯彻落实党中央决策部署。'], page3]);
    expect(heading.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toContain('（一）着力扩大有效需求，推动经济稳中向好');
    const ended = dump([['各位代表：', '今年是“十五五”开局之年。做好政府工作，要坚持以习', '近平新时代中国特色社会主义思想为指导，全面贯彻落实。'], ['二十大和二十届历次全会精神及中央经济工作会议精神，深入', '学习贯彻习近平总书记历次来陕考察重要讲话重要指示。'], page3]);
    expect(texts(ended)).toContain('二十大和二十届历次全会精神及中央经济工作会议精神，深入学习贯彻习近平总书记历次来陕考察重要讲话重要指示。');
    const short = dump([['各位代表：', '今年是“十五五”开局之年。做好政府工作，要坚持以习', '近平新时代中国特色社会主义思想为指导，全面贯彻落实党的', '二十大精神'], ['经济社会发展的主要预期目标和重点工作安排如下，深入', '学习贯彻习近平总书记历次来陕考察重要讲话重要指示。'], page3]);
    expect(texts(short)).toContain('经济社会发展的主要预期目标和重点工作安排如下，深入学习贯彻习近平总书记历次来陕考察重要讲话重要指示。');
  });
});

describe('a plain dump\'s table, a cell a line: said at its first cell (layout-table.ts plainTables, round 7)', () => {
  const said = (r: Result) => r.file.messages.filter((m) => m.ruleId === 'plain-table').map((m) => `${m.line}:${m.column} ${m.fatal === false ? 'warning' : 'info'} ${m.reason.replace(/ \(\d+ short.*$/, '')}`);

  test('real plain dumps — Writer\'s 陕西 表1 (row after row, over a page break), Chromium\'s 北京 表1 and the 国家统计局\'s two tables (one with its header cells on one line), 丰都\'s ten-column 表1 (wrapped cells in pieces, 收 / 入): a warning at each table\'s first cell, saying what to do (was: each cell a paragraph, nothing said)', async () => {
    const cases: Array<[string, string[]]> = [
      ['sn-shaanxi-2026-word-processor', ['83:1']],
      ['bj-beijing-2026-chromium-table', ['56:1']],
      ['tables-chromium', ['15:1', '71:1']],
      ['cq-fengdu-2021-final-accounts-redhead', ['27:1']],
    ];
    for (const [dir, at] of cases) {
      const r = await read(dir, 'plain.txt');
      expect(said(r).map((m) => m.replace(/ Unexpected table with a cell a line in lines \d+–\d+$/, '')), dir).toEqual(at.map((place) => `${place} warning`));
      const lines = readFileSync(path.join(dumps, dir, 'plain.txt'), 'utf8').split('\n');
      // (the first cell: 指标, the header row's cells on one line, 收 of 收入)
      expect(at.map((place) => lines[Number(place.split(':')[0]) - 1].replace(/\f/gu, '').replace(/\s+/gu, ' ')), dir).toEqual(
        { 'sn-shaanxi-2026-word-processor': ['指标'], 'bj-beijing-2026-chromium-table': ['指标'], 'tables-chromium': ['绝对额（亿元） 比上年同期增长（%）', 'GDP环比增长速度（%） GDP同比增长速度（%）'], 'cq-fengdu-2021-final-accounts-redhead': ['收'] }[dir],
      );
    }
    const r = await read('sn-shaanxi-2026-word-processor', 'plain.txt');
    expect(r.file.messages.find((m) => m.ruleId === 'plain-table')?.reason).toMatch(/read as one paragraph per cell, the rows lost .* Ingest the PDF itself or a `pdftotext -layout` dump \(each row on its line\), or rebuild the table in zh\.md as a :::box with a table$/);
  });

  test('guard: the PDFs and -layout dumps of the same tables, a newspaper\'s running head and title block (常宁), the Writer and Chromium plain dumps with no table — nothing said', async () => {
    for (const [dir, carrier] of [
      ['sn-shaanxi-2026-word-processor', 'source.pdf'], ['sn-shaanxi-2026-word-processor', 'layout.txt'], ['bj-beijing-2026-chromium-table', 'layout.txt'], ['tables-chromium', 'layout.txt'], ['tables-chromium', 'source.pdf'],
      ['hn-changning-cppcc-2025-newspaper', 'plain.txt'], ['sc-sichuan-2026-word-footnotes', 'plain.txt'], ['remarks-word', 'plain.txt'], ['gd-dongguan-court-2023-web-print', 'plain.txt'],
    ]) expect(said(await read(dir, carrier)), `${dir} ${carrier}`).toEqual([]);
  });

  const one = (lines: string[]) => ingest(Buffer.from(`${lines.join('\n')}\n`), { fileName: 'plain.txt', slug: 'dump' });
  const opening = ['各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。'];
  test('guard: a document site\'s head of titles starting with a year over the text, a list of names, short lines before the running text begins — no table', () => {
    // (the titles open with a year but are no figures: six Han characters at most after a figure)
    expect(said(one([...opening, '2022年镇人大主席团工作报告', '2022年镇人大主席团工作报告4篇', '【篇1】2022年镇人大主席团工作报告', '××乡镇人大主席团工作报告', '在××县××乡镇第十六届人民代表大会第一次会议上', '×××', '我受主席团的委托，向大会报告工作，请予审议。']))).toEqual([]);
    expect(said(one([...opening, '张三', '李四', '王五', '赵六', '钱七', '孙八', '以上同志当选为代表。']))).toEqual([]);
    // (the same cells over the running text: a title block, a newspaper's head)
    expect(said(one(['2025年3月6日', '星期四', '常宁新闻', '要闻', '03', '中国人民政治协商会议', '常宁市委员会常务委员会', '段鸣', ...opening]))).toEqual([]);
    // (read: the same cells under the running text)
    expect(said(one([...opening, '指标', '2026年预期目标', '生产总值增长', '5％左右', '城镇新增就业', '40万人以上', '今年要重点做好9个方面工作。']))).toEqual([expect.stringMatching(/^3:1 warning /)]);
  });
});

describe('a numbered 注： block in the middle of a page, the text going on under it (remarks.ts, round 7)', () => {
  const END = '注：1.环比增长速度为经季节调整后与上一季度对比的增长速度。2.同比增长速度为与上年同期对比的增长速度。';
  test('the 国家统计局\'s 表2 with its 注： under it and part 三\'s heading after, printed by Chromium — PDF, -layout and plain dump: one paragraph, 三、 a heading (was: 2.同比增长速度… a level-4 heading)', async () => {
    for (const carrier of ['source.pdf', 'layout.txt', 'plain.txt']) {
      const r = await read('tables-chromium', carrier);
      const blocks = r.blocks.map((b) => `${b.kind}: ${b.text}`);
      const at = blocks.indexOf(`paragraph: ${END}`);
      expect(at, carrier).toBeGreaterThan(0);
      expect(blocks[at + 1], carrier).toBe('heading: 三、2026年重点工作');
      expect(r.blocks.filter((b) => b.kind === 'heading' && /^2\.同比/.test(b.text)), carrier).toEqual([]);
      expect(r.file.messages.filter((m) => m.ruleId === 'remarks').map((m) => m.reason.replace(/ \(lines.*$/, '')), carrier).toEqual(['Read 3 line(s) at the foot of page 1', 'Read 2 line(s) in the middle of page 3, the text going on under them']);
    }
  });

  const text = ['各位代表：', '全年地区生产总值增长百分之五点二，城镇调查失业率保持在较低水平。', '注：1.城镇调查失业率为全年平均数。', '2.城乡居民收入为初步统计数。'];
  const after = ['一、主要指标完成情况', '全年规模以上工业增加值增长百分之六点一，主要指标好于预期。'];
  test('a plain text: the block one paragraph where it stood, an entry wrapped over two lines joined; the heading under it stays', () => {
    const r = ingest(Buffer.from(`${[...text, ...after].join('\n')}\n`), { fileName: 'plain.txt', slug: 'dump' });
    expect(texts(r)).toContain('注：1.城镇调查失业率为全年平均数。2.城乡居民收入为初步统计数。');
    expect(r.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['一、主要指标完成情况']);
    const wrapped = ingest(Buffer.from(`${[...text.slice(0, 3), '2.城乡居民收入为初步统计数，按全体居民', '常住人口计算。', ...after].join('\n')}\n`), { fileName: 'plain.txt', slug: 'dump' });
    expect(texts(wrapped)).toContain('注：1.城镇调查失业率为全年平均数。2.城乡居民收入为初步统计数，按全体居民常住人口计算。');
  });

  test('guard: one entry only, an entry ending in ； with no next number, an entry that does not end before the text under it — not taken, nothing said', () => {
    const none = (lines: string[]) => ingest(Buffer.from(`${lines.join('\n')}\n`), { fileName: 'plain.txt', slug: 'dump' }).file.messages.filter((m) => m.ruleId === 'remarks');
    expect(none([...text.slice(0, 3), ...after])).toEqual([]);
    expect(none([...text.slice(0, 3), '2.城乡居民收入为初步统计数；', '全年规模以上工业增加值增长百分之六点一，主要指标好于预期。', ...after])).toEqual([]);
    expect(none([...text.slice(0, 3), '2.城乡居民收入为初步统计数', '    一、主要指标完成情况', '全年规模以上工业增加值增长百分之六点一，主要指标好于预期。', '二、今年主要任务', '全年新增城镇就业三万人。'])).toEqual([]);
  });
});
