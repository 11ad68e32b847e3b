/**
 * Ingest defects found by the new user of round 6 (2026-12-01): a district budget report
 * (南开区2023年预算执行情况和2024年预算草案的报告, tjnk.gov.cn) made into a page with a revenue and
 * expenditure table as such reports print it — its number and title on a line above it (表1　…),
 * its unit on the next (单位：亿元), a note under it (注：…). Each test is the shape reduced to a
 * few lines; its name says what ingest did before ("was: …").
 */
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

const head = ['南开区2023年预算执行情况和2024年预算草案的报告', '各位代表:', '受区人民政府委托,现将南开区2023年预算执行情况和2024年预算草案提请大会审议,并请区政协委员和其他列席人员提出意见。'];
const table = '<table><tr><th>项目</th><th>预算数</th><th>执行数</th></tr><tr><td>一般公共预算收入</td><td>37.5</td><td>39.1</td></tr></table>';
const page = (...body: string[]) => `<html><body>${[...head.map((t) => `<p>${t}</p>`), ...body].join('\n')}</body></html>`;
const markdown = (...body: string[]) => read(page(...body), 'page.html').result.markdown;

describe('a table titled on the line above it (表1　…), as budget reports print it', () => {
  test('the title line, the unit line and the note under the table make a box titled by the table (was: three loose paragraphs, the table untitled)', () => {
    const md = markdown(
      '<p>2023年区级一般公共预算收入预计完成39.1亿元,完成调整预算37.5亿元的104.3%。</p>',
      '<p>表1　2023年区级一般公共预算收支预计执行情况</p>',
      '<p>单位:亿元</p>',
      table,
      '<p>注:预算数为调整预算数,执行数为预计数。</p>',
      '<p>二、2024年预算草案</p>',
    );
    expect(md).toMatch(/:::box\[表1　2023年区级一般公共预算收支预计执行情况\]\{#b-[0-9a-f]+\}\n\n单位：亿元 \{#p-[0-9a-f]+\}\n\n\| 项目/);
    expect(md).toMatch(/\| 39\.1 \{#c-[0-9a-f]+\} \|\n\n注：预算数为调整预算数，执行数为预计数。 \{#p-[0-9a-f]+\}\n\n:::\n\n## 二、2024年预算草案/);
  });

  test('without a unit line or a note, and "表 2：" or "附表3 " forms (was: a loose paragraph)', () => {
    expect(markdown('<p>表2：2024年区级一般公共预算收支安排</p>', table)).toMatch(/:::box\[表2：2024年区级一般公共预算收支安排\]/);
    expect(markdown('<p>附表3　政府性基金预算收支情况</p>', table)).toMatch(/:::box\[附表3　政府性基金预算收支情况\]/);
  });

  test('a half-width colon after the label before a year (表2:2024年…) is the title\'s colon, made full-width (was: kept half-width as between the figures of a ratio)', () => {
    expect(markdown('<p>表2:2024年区级一般公共预算收支安排</p>', table)).toMatch(/:::box\[表2：2024年区级一般公共预算收支安排\]/);
    // guard: a ratio in running text stays
    expect(markdown('<p>两项资金按1:1比例配套,其中本级配套资金2.3亿元。</p>')).toContain('按1:1比例配套');
  });

  test('a paragraph cut before such a table is reported, as before a box (was: nothing said)', () => {
    const { result } = read(page('<p>主要支出项目:一般公共服务支出8.59亿元,国防支出352万元,公共安全支出6.49亿元,教育支出16.27亿元,</p>', '<p>表1　2023年区级一般公共预算收支预计执行情况</p>', '<p>单位:亿元</p>', table), 'page.html');
    expect(result.file.messages.filter((m) => m.ruleId === 'cut-off').map((m) => m.reason)).toEqual([expect.stringContaining('before a box')]);
  });

  test('guards: a sentence about a table, a title line with no table after it, a title line with text between it and the table stay paragraphs', () => {
    expect(markdown('<p>表1显示,全区一般公共预算收入增长4.3%。</p>', table)).not.toContain(':::box');
    expect(markdown('<p>表1　2023年区级一般公共预算收支预计执行情况</p>', '<p>二、2024年预算草案</p>')).not.toContain(':::box');
    expect(markdown('<p>表1　2023年区级一般公共预算收支预计执行情况</p>', '<p>2023年区级一般公共预算收入预计完成39.1亿元,完成调整预算37.5亿元的104.3%。</p>', table)).not.toContain(':::box');
    // a table with its HTML caption is a box already, the line above it stays the text it is
    expect(markdown('<p>表1　收支情况</p>', table.replace('<table>', '<table><caption>表1　收支情况</caption>'))).toMatch(/^表1　收支情况 \{#p-/m);
  });
});

describe('a column of figures is right-aligned, as a table of figures is set', () => {
  test('each column whose cells are figures (37.5, 104.3, 0.0352, 1,117,285, -3.1, 98%) or dashes is `--:` (was: every column `---`, the figures standing left in every edition)', () => {
    const rows = (cells: string[][]) => `<table>${cells.map((row, r) => `<tr>${row.map((c) => (r === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('')}</table>`;
    const md = markdown(rows([['项目', '预算数', '执行数', '增长%', '说明'], ['一般公共预算收入', '37.5', '1,117,285', '-3.1', '含上级补助'], ['国防支出', '—', '0.0352', '98%', '']]));
    expect(md).toContain('| --- | --: | --: | --: | --- |');
  });

  test('guards: a column of words, of years written 2023年, of dashes alone, or a mixed one stays left', () => {
    const rows = (cells: string[][]) => `<table>${cells.map((row, r) => `<tr>${row.map((c) => (r === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('')}</table>`;
    const md = markdown(rows([['项目', '年份', '备注', '数值'], ['收入', '2023年', '—', '37.5'], ['支出', '2024年', '—', '约40']]));
    expect(md).toContain('| --- | --- | --- | --- |');
  });
});

describe('a 名词解释 of unnumbered "term：definition" lines, as budget reports often print it', () => {
  const text = '<p>1.一般公共预算收入情况。2023年区级一般公共预算收入预计完成39.1亿元,动用预算稳定调节基金1.72亿元,调入资金12.79亿元。</p>';
  test('each line is a note, called right after the first occurrence of its term (was: a heading and loose paragraphs, nothing linked, nothing said)', () => {
    const md = markdown(text, '<p>名词解释</p>', '<p>一般公共预算:对以税收为主体的财政收入,安排用于保障和改善民生等方面的收支预算。</p>', '<p>预算稳定调节基金:各级政府通过超收收入和支出预算结余安排的具有储备性质的基金。</p>', '<p>调入资金:为平衡一般公共预算,从政府性基金预算等调入一般公共预算的资金。</p>');
    expect(md).toContain('区级一般公共预算[^1]收入');
    expect(md).toContain('预算稳定调节基金[^2]1.72亿元');
    expect(md).toContain('调入资金[^3]12.79亿元');
    expect(md).toMatch(/\[\^3\]: 调入资金：为平衡一般公共预算/);
  });

  test('guards: a line whose term is not in the text, or a line that is no "term：definition", leaves the section as it was', () => {
    const unknown = markdown(text, '<p>名词解释</p>', '<p>一般公共预算:对以税收为主体的财政收入的收支预算。</p>', '<p>直达资金:中央财政直接下达市县基层的资金。</p>');
    expect(unknown).not.toContain('[^');
    expect(unknown).toMatch(/^名词解释 \{#p-/m);
    const prose = markdown(text, '<p>注释</p>', '<p>一般公共预算:对以税收为主体的财政收入的收支预算。</p>', '<p>以上数据均为快报数,最终以决算为准。</p>');
    expect(prose).not.toContain('[^');
  });
});
