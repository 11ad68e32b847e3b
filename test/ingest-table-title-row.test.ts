/**
 * A web page's table whose first row is one cell across the whole table — its title, set as a row ("2022年主要经济指标完成情况"
 * in a `<td colspan=3>`) — over its header row and data (found by the lead, stop 60, ingesting a county report's indicator
 * table: a shape many portals' editors produce instead of a `<caption>`). Was: the title was the table's header row, so the
 * real header (指标 | 完成值 | 增长（%）) was read as a row of data, its column units unread by the number check.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const page = (rows: string) =>
  `<html><head><meta charset="utf-8"><title>2023年某县人民政府工作报告</title></head><body><h1>2023年某县人民政府工作报告</h1>
<p>——2023年1月10日在某县第十八届人民代表大会第三次会议上</p><p>各位代表：</p><p>现在，我代表县人民政府向大会报告工作，请予审议。</p>
<table border="1">${rows}</table><p>过去一年，我们主要做了以下工作。</p></body></html>`;
const data = '<tr><td>指标</td><td>完成值</td><td>增长（%）</td></tr><tr><td>地区生产总值（亿元）</td><td>256.3</td><td>5.8</td></tr><tr><td>一般公共预算收入（亿元）</td><td>30.1</td><td>3.2</td></tr>';
const tableLines = (markdown: string) => markdown.split('\n').filter((l) => l.startsWith('|') || l.startsWith(':::')).map((l) => l.replace(/ ?\{#[^}]+\}/gu, ''));

describe('a table whose first row is its title across every column', () => {
  test('is a box titled by that row, the header row under it (was: the title the header row, the header a data row)', () => {
    const { result } = readIngested(page(`<tr><td colspan="3"><strong>2022年主要经济指标完成情况</strong></td></tr>${data}`), 'page.html');
    expect(tableLines(result.markdown)).toEqual([
      ':::box[2022年主要经济指标完成情况]',
      '| 指标 | 完成值 | 增长（%） |',
      '| --- | --: | --: |',
      '| 地区生产总值（亿元） | 256.3 | 5.8 |',
      '| 一般公共预算收入（亿元） | 30.1 | 3.2 |',
      ':::',
    ]);
  });

  test('keeps a unit line, a note or a sentence across the first row as a row (guards), and a caption stays the title', () => {
    for (const first of ['单位：亿元', '注：数据为快报数。', '全县经济运行总体平稳，主要指标好于预期。']) {
      const { result } = readIngested(page(`<tr><td colspan="3">${first}</td></tr>${data}`), 'page.html');
      const lines = tableLines(result.markdown);
      expect(lines.some((l) => l.startsWith(':::box')), first).toBe(false);
      expect(lines[0], first).toBe(`| ${first} | << | << |`);
    }
    const { result } = readIngested(page(`<caption>表1　主要指标</caption><tr><td colspan="3">2022年主要经济指标完成情况</td></tr>${data}`), 'page.html');
    expect(tableLines(result.markdown).slice(0, 2)).toEqual([':::box[表1　主要指标]', '| 2022年主要经济指标完成情况 | << | << |']);
  });
});
