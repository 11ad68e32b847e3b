/**
 * Known ingest gaps of stop 60 closed in stop 61 (helper mends61): the lead's two table items first (a header row stating
 * the columns' units read as data; a dump's table title line left a loose paragraph), then the Left lists of stop 60.
 * Each test is the page's shape reduced to a few lines, with its URL where a page gave it; its name says what ingest (or the
 * model reading its zh.md) did before ("was: …"). Guards (precision) are named as such.
 */
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { checkPublication } from '../pipeline/check/index.ts';
import { buildPublication, sourceHash } from '../pipeline/model/index.ts';
import type { FlowTable } from '../pipeline/model/types.ts';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string, fileName = 'page.txt') => readIngested(text, fileName, { clean: false });
const body = (result: ReturnType<typeof read>['result']) => result.markdown.split('\n---\n').slice(1).join('\n---\n');
const paragraphs = (result: ReturnType<typeof read>['result']) => body(result).split(/\n{2,}/u).map((p) => p.trim().replace(/\s*\{#[^}]+\}$/u, '')).filter(Boolean);
const tableLines = (markdown: string) => markdown.split('\n').filter((l) => l.startsWith('|') || l.startsWith(':::')).map((l) => l.replace(/ ?\{#[^}]+\}/gu, ''));

const report = (table: string) =>
  `<html><head><meta charset="utf-8"><title>2023年某县人民政府工作报告</title></head><body><h1>2023年某县人民政府工作报告</h1>
<p>——2023年1月10日在某县第十八届人民代表大会第三次会议上</p><p>各位代表：</p><p>现在，我代表县人民政府向大会报告工作，请予审议。</p>
<table border="1">${table}</table><p>过去一年，我们主要做了以下工作。</p></body></html>`;
const tableOf = (zh: string): FlowTable => {
  const { publication } = buildPublication('t', new VFile({ path: 'zh.md', value: zh }));
  const table = publication.sections.flatMap((s) => s.body).find((f) => f.type === 'table');
  if (table?.type !== 'table') throw new Error('no table');
  return table;
};

describe('the lead’s item 1: a header row stating each column’s unit, with no span and a filled first cell', () => {
  // The shape of a report's indicator table as county portals print it (the lead's stop-60 table, a `<thead>` of two rows):
  // 指标 | 2022年目标 | 2022年完成 over 单位 | 亿元 | 亿元, no cell spanning.
  const units = report(
    '<thead><tr><th>指标</th><th>2022年目标</th><th>2022年完成</th></tr><tr><th>单位</th><th>亿元</th><th>亿元</th></tr></thead>' +
      '<tbody><tr><td>地区生产总值</td><td>2543.3</td><td>2601.5</td></tr><tr><td>财政收入</td><td>300</td><td>312.4</td></tr></tbody>',
  );

  test('the unit row is a header row (was: the first row of data, headerRows unset)', () => {
    const { result } = read(units, 'page.html');
    const table = tableOf(result.markdown);
    expect(table.headerRows).toBe(2);
    expect(table.rows[1].map((slot) => slot.header)).toEqual(['col', 'col', 'col']);
    expect(table.rows[2][0].header).toBe('row');
  });

  test('its units scale the figures below them in the number check (was: 亿元 unread, every figure a mismatch against billion yuan)', () => {
    const { result } = read(units, 'page.html');
    const zh = result.markdown;
    const { publication } = buildPublication('t', new VFile({ value: zh }));
    const ids = publication.blocks.map((b) => b.id);
    const hash = new Map(publication.blocks.map((b) => [b.id, sourceHash(b.zhText)]));
    const cell = (n: number, text: string) => `${text} {#${ids[n]} src=${hash.get(ids[n])}}`;
    // blocks: 各位代表, 现在…, then the cells row by row (3 a row), then the last paragraph
    const en = (gdp: string) =>
      [
        `| ${cell(2, 'Indicator')} | ${cell(3, '2022 target')} | ${cell(4, '2022 actual')} |`,
        '| --- | --- | --- |',
        `| ${cell(5, 'Unit')} | ${cell(6, 'billion yuan')} | ${cell(7, 'billion yuan')} |`,
        `| ${cell(8, 'GDP')} | ${cell(9, gdp)} | ${cell(10, '260.15')} |`,
        `| ${cell(11, 'Fiscal revenue')} | ${cell(12, '30')} | ${cell(13, '31.24')} |`,
        '',
      ].join('\n');
    const mismatches = (english: string) =>
      checkPublication(buildPublication('t', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: english })), { draft: false })
        .messages.filter((m) => m.ruleId === 'number-mismatch')
        .map((m) => m.reason);
    expect(mismatches(en('254.33'))).toEqual([]);
    // and a figure left unconverted is still caught
    expect(mismatches(en('2,543.3')).length).toBeGreaterThan(0);
  });

  test('guard: ordinary first rows stay rows — an indicator with its unit and figures, a 单位 column’s cells, a row of words', () => {
    // 指标 | 单位 | 2022年 over 地区生产总值 | 亿元 | 2543.3: a row of data (a figure in it)
    const withColumn = read(report('<tr><td>指标</td><td>单位</td><td>2022年</td></tr><tr><td>地区生产总值</td><td>亿元</td><td>2543.3</td></tr><tr><td>财政收入</td><td>亿元</td><td>300</td></tr>'), 'page.html');
    expect(tableOf(withColumn.result.markdown).headerRows).toBeUndefined();
    // a row whose first cell is an indicator, not 单位, with units only in it (a row of targets set as units)
    const named = read(report('<tr><td>指标</td><td>目标</td><td>完成</td></tr><tr><td>粮食产量</td><td>万吨</td><td>万吨</td></tr><tr><td>财政收入</td><td>300</td><td>312</td></tr>'), 'page.html');
    expect(tableOf(named.result.markdown).headerRows).toBeUndefined();
    // 单位 over organisations' names (单位 as "work unit"): no unit of measure in the row
    const organs = read(report('<tr><td>项目</td><td>第一批</td><td>第二批</td></tr><tr><td>单位</td><td>县教育局</td><td>县卫健局</td></tr><tr><td>资金（万元）</td><td>30</td><td>40</td></tr>'), 'page.html');
    expect(tableOf(organs.result.markdown).headerRows).toBeUndefined();
  });
});

describe('the lead’s item 2: a PDF text dump’s table title line, a short line with no sentence end right above its rows', () => {
  const dump = (above: string) =>
    [
      '2023年某县人民政府工作报告',
      '——2023年1月10日在某县第十八届人民代表大会第三次会议上',
      '各位代表：',
      '    现在，我代表县人民政府向大会报告工作，请予审议。过去一年，全县经济运行总体平稳，主要指标好于预期。',
      '',
      above,
      '    指标                        完成值          增长（%）',
      '    地区生产总值（亿元）        256.3           5.8',
      '    一般公共预算收入（亿元）    30.1            3.2',
      '    城镇居民人均可支配收入（元）   41200        5.1',
      '',
      '    过去一年，我们主要做了以下工作。',
    ].join('\n');

  test('the line titles the table, as a 表1 line does (was: a loose paragraph over an untitled table)', () => {
    const { result } = read(dump('                    2022年主要经济指标完成情况'), 'report.pdf.txt');
    expect(tableLines(result.markdown)).toEqual([
      ':::box[2022年主要经济指标完成情况]',
      '| 指标 | 完成值 | 增长（%） |',
      '| --- | --: | --: |',
      '| 地区生产总值（亿元） | 256.3 | 5.8 |',
      '| 一般公共预算收入（亿元） | 30.1 | 3.2 |',
      '| 城镇居民人均可支配收入（元） | 41200 | 5.1 |',
      ':::',
    ]);
  });

  test('guard: a sentence, a lead-in and a unit line over the rows stay paragraphs; the header row stays the header', () => {
    for (const above of ['    全年主要经济指标完成情况如下', '    全县经济运行总体平稳。', '    单位：亿元']) {
      const { result } = read(dump(above), 'report.pdf.txt');
      const lines = tableLines(result.markdown);
      expect(lines.some((l) => l.startsWith(':::box')), above).toBe(false);
      expect(lines[0], above).toBe('| 指标 | 完成值 | 增长（%） |');
      expect(paragraphs(result), above).toContain(above.trim());
    }
  });
});

describe('stop 60 (blind60a, Left): a figure’s per cent sign printed twice said as a blank figure', () => {
  // http://e-gov.org.cn/article-70696.html (a copy of 武汉's 2007 report: "森林覆盖率达到21.88%%", "建成区绿化覆盖率37.8%%")
  const page = (a: string, b: string) =>
    [
      '武汉市2007年政府工作报告',
      '',
      '各位代表:',
      '',
      `    现在,我代表市人民政府向大会报告工作,请予审议。环境建设投入创历史之最。2006年森林覆盖率达到${a},比2002年提高4.6个百分点。建成区绿化覆盖率${b},比2002年提高2.1个百分点。`,
    ].join('\n');
  const blanks = (text: string) => read(text).result.file.messages.filter((m) => m.ruleId === 'blank-figures');

  test('the doubled sign after a figure is no blank (was: two blanks said, "…达到21.88%%" and "…率37.8%%")', () => {
    expect(blanks(page('21.88%%', '37.8%%'))).toEqual([]);
    expect(read(page('21.88%%', '37.8%%')).result.markdown).toContain('21.88%%');
  });

  test('guard: a per cent sign after no figure is still a blank, doubled or not', () => {
    expect(blanks(page('%', '%%')).length).toBeGreaterThan(0);
    expect(blanks(page('%,', '%')).length).toBeGreaterThan(0);
  });
});

describe('stop 60 (blind60a, Left): a paper’s name in brackets and a photo’s caption under a story’s headline read as its deck', () => {
  // http://news.cjn.cn/sywh/201301/t2191811.htm (长江日报's story on 湖北's session: the headline, "(长江日报)", the picture's caption
  // with its credit, then the story)
  const story = (second: string, third: string) =>
    [
      '省十二届人大一次会议隆重开幕',
      second,
      third,
      '本报讯 (湖北日报记者李保林 蔡朝阳 长江日报记者胡孙华)昨日上午,湖北省第十二届人民代表大会第一次会议在武昌洪山礼堂隆重开幕。',
      '大会主席团常务主席召集人李鸿忠主持开幕大会。',
      '在热烈的掌声中,省长王国生向大会作政府工作报告。',
    ].join('\n');

  test('both are said removed, no subtitle (was: the subtitle "（长江日报）　外国友人在会场旁听　记者彭年　摄")', () => {
    const { result, front } = read(story('(长江日报)', '外国友人在会场旁听 记者彭年 摄'));
    expect(front.subtitle).toBeUndefined();
    const said = result.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`);
    expect(said).toContain('2:1 page-info Removed site boilerplate (the story\'s outlet in brackets): “(长江日报)”');
    expect(said).toContain('3:1 caption Removed site boilerplate (photo caption): “外国友人在会场旁听 记者彭年 摄”');
  });

  test('guard: a deck of the persons’ acts stays the subtitle; a bracketed name that is no paper and a caption-less line stay', () => {
    const { front } = read(story('李鸿忠主持 王国生作政府工作报告', '(湖北日报记者 李保林)'));
    expect(front.subtitle).toBe('李鸿忠主持　王国生作政府工作报告');
    const page = read(['各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。', '(全市人民)', '全景拍摄工作全面完成'].join('\n'));
    expect(paragraphs(page.result)).toEqual(expect.arrayContaining(['（全市人民）', '全景拍摄工作全面完成']));
  });
});

describe('stop 60 (blind60b, Left): a cover picture’s caption kept as a paragraph', () => {
  // https://wiwiwiki.kfd.me/wiki/2016%E5%B9%B4%E5%BA%A6%E9%A6%99%E6%B8%AF%E8%A1%8C%E6%94%BF%E9%95%B7%E5%AE%98%E6%96%BD%E6%94%BF%E5%A0%B1%E5%91%8A
  // (a wiki's page on the 2016 policy address: its title, the wiki's tagline, the caption under the cover, the summary)
  const wiki = (caption: string) =>
    [
      '2016年度香港行政長官施政報告',
      '',
      '维基百科,自由的百科全书',
      caption,
      '',
      '《2016年度香港行政長官施政報告》,是香港行政長官梁振英發表的第四份施政報告,於2016年1月13日在香港立法會發表。此份施政報告共有26,628字。',
    ].join('\n');

  test('the caption is said removed (was: the paragraph "本施政報告封面")', () => {
    const { result } = read(wiki('本施政報告封面'));
    expect(paragraphs(result)).not.toContain('本施政報告封面');
    expect(result.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)).toContain('4:1 caption Removed site boilerplate (a cover picture\'s caption): “本施政報告封面”');
  });

  test('guard: a sentence about the cover stays', () => {
    const { result } = read(wiki('今年施政報告的封面和封底是維港的照片。'));
    expect(paragraphs(result)).toContain('今年施政報告的封面和封底是維港的照片。');
  });
});
