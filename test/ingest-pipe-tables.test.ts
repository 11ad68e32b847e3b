/**
 * A web page's table flattened to text with pipes (pipeline/ingest/pipe-table.ts) — found blind in stop 39 on the search
 * tool's `pages` corpus: www.cqkz.gov.cn/zwxx_270/…/t20250224_14332971.html (关于重庆市开州区2024年预算执行情况和2025年预算草案的
 * 报告), whose 收支执行表 came a cell a line, each closed by " |". Before: one paragraph per cell, the numbered cells made
 * headings (`## 一、本级收入 |`); a table a row a line ran into one paragraph with the sentence after it.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

/** The Markdown table rows ingest wrote, their cells without ids. */
const tableRows = (markdown: string): string[][] =>
  markdown
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|\s*-/u.test(l))
    .map((l) => l.slice(1, -1).split('|').map((c) => c.replace(/\{#[^}]+\}/gu, '').trim()));

const opening = '各位代表:\n受区人民政府委托,现将全区2024年预算执行情况和2025年预算草案的报告提请大会审查,并请各位政协委员和列席人员提出意见。\n一、2024年预算执行情况\n';

describe('a table a cell a line, each cell closed by " |" (the 开州 budget report)', () => {
  const cells = ['收入', '执行数', '支出', '执行数', '总计', '155.41', '总计', '155.41', '一、本级收入', '30.09', '一、本级支出', '125.05', '税收收入', '14.26', '二、转移性支出', '30.36', '非税收入', '15.83', '上解市级', '4.2'];
  const table = `${cells.map((c) => `${c} |`).join('\n')}\n地方政府一般债务转贷收入 |\n8.30 |\n||\n上年结转 |\n27.01 |`;
  const page = `${opening}2024年全区一般公共预算收支执行表\n单位:亿元\n${table}\n——全区一般公共预算收入30.09亿元,下降18.8%。`;

  test('is a table of four columns, its rows as the page has them, said as a warning to check (was: a paragraph a cell, numbered cells headings)', () => {
    const { result, blocks, rules } = readIngested(page, 'page.txt', { clean: false });
    expect(tableRows(result.markdown)).toEqual([
      ['收入', '执行数', '支出', '执行数'],
      ['总计', '155.41', '总计', '155.41'],
      ['一、本级收入', '30.09', '一、本级支出', '125.05'],
      ['税收收入', '14.26', '二、转移性支出', '30.36'],
      ['非税收入', '15.83', '上解市级', '4.2'],
      ['地方政府一般债务转贷收入', '8.30', '', ''],
      ['上年结转', '27.01', '', ''],
    ]);
    // (its title line, which names a table, is its caption: before, the table printed a generic 表 under that paragraph)
    expect(result.markdown).toMatch(/^:::box\[2024年全区一般公共预算收支执行表\]/mu);
    expect(blocks.filter((b) => b.includes('|'))).toEqual([]);
    expect(blocks.filter((b) => b.startsWith('#') && b.includes('本级'))).toEqual([]);
    expect(blocks.at(-1)).toBe('——全区一般公共预算收入30.09亿元，下降18.8%。');
    expect(rules.filter((r) => r === 'pipe-table')).toHaveLength(1);
    expect(result.file.messages.find((m) => m.ruleId === 'pipe-table')?.fatal).toBe(false);
  });

  test('guard: cells no column count fits (no header of words, no column of figures) are left as they were', () => {
    const words = ['甲 |', '乙 |', '丙 |', '丁 |', '戊 |', '己 |', '庚 |'].join('\n');
    const { result, rules } = readIngested(`${opening}${words}\n全年工作稳步推进。`, 'page.txt', { clean: false });
    expect(tableRows(result.markdown)).toEqual([]);
    expect(rules).not.toContain('pipe-table');
  });
});

describe('a table a row a line, its cells kept apart by "|"', () => {
  const table = '项目 | 预算数 | 执行数 | 增长% |\n税收收入 | 52000 | 53120 | 4.2 |\n非税收入 | 18000 | 17650 | -3.1 |\n合计 | 70000 | 70770 |';
  const page = `${opening}2024年,全区一般公共预算收入完成预算的101.2%,主要收支情况如下表。\n表1 2024年一般公共预算收支执行表\n单位:万元\n${table}\n全区一般公共预算支出完成预算的98.7%。`;

  test('is a table, a short row filled out; the sentence after it its own paragraph (was: the rows and the sentence one paragraph)', () => {
    const { result, blocks, rules } = readIngested(page, 'page.txt', { clean: false });
    expect(tableRows(result.markdown)).toEqual([
      ['项目', '预算数', '执行数', '增长%'],
      ['税收收入', '52000', '53120', '4.2'],
      ['非税收入', '18000', '17650', '−3.1'], // the page's -3.1: a negative figure alone gets the minus sign (new user round 21),
      ['合计', '70000', '70770', ''],
    ]);
    expect(blocks.at(-1)).toBe('全区一般公共预算支出完成预算的98.7%。');
    expect(rules).toContain('pipe-table');
  });

  test.each([
    ['a page\'s menu', '首页 | 政务公开 | 新闻中心 |\n部门动态 | 通知公告 | 专题专栏 |\n'],
    ['a disclosure table', '索引号: | 11500234/2025-00005 | 主题分类: | 财政 |\n发布机构: | 开州区财政局 | 成文日期: | 2025-02-24 |\n'],
  ])('guard: %s above the text is no table', (_, head) => {
    const { result, rules } = readIngested(`${head}${opening}全年工作稳步推进。`, 'page.txt', { clean: false });
    expect(tableRows(result.markdown)).toEqual([]);
    expect(rules).not.toContain('pipe-table');
  });

  test('guard: a disclosure table after the text began is no table either (disclosure.ts reads it)', () => {
    const disclosure = '索引号: | 11500234/2025-00005 | 主题分类: | 财政 |\n发布机构: | 开州区财政局 | 成文日期: | 2025-02-24 |';
    const { rules } = readIngested(`${opening}全年工作稳步推进。\n${disclosure}`, 'page.txt', { clean: false });
    expect(rules).not.toContain('pipe-table');
  });
});

describe('a table\'s title with no number, named as a table', () => {
  test('guard: such a line over running text, not a table, stays a paragraph', () => {
    const { result } = readIngested(`${opening}2024年全区一般公共预算收支执行表\n全区一般公共预算收入30.09亿元,下降18.8%。`, 'page.txt', { clean: false });
    expect(result.markdown).not.toContain(':::box');
  });
});
