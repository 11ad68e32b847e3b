/**
 * A table cell that is a negative figure alone, printed with a hyphen-minus (-31) or its full-width form (－19.6), gets the
 * minus sign (−31) at ingest: a figure's sign is no hyphen, and the English cell writes −31 (new user round 21: 潍坊's budget
 * table, 比上年增长（%）; pofilter called every such pair "different punctuation at the start"). Only a lone figure: a range,
 * a date, a dash for "none" and running text keep their hyphens.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';

const page = (cells: string[]) =>
  [
    '<html><body><h2>关于2023年预算执行情况的报告</h2>',
    '<p>各位代表：</p>',
    '<p>全市政府性基金预算收入490.9亿元，下降31%；2020-2023年平均增长-2.5%。</p>',
    '<p>表1　2023年预算收支执行情况</p>',
    '<table border="1"><tr><td>项目</td><td>比上年增长（%）</td></tr>',
    ...cells.map((cell, i) => `<tr><td>项目${i + 1}</td><td>${cell}</td></tr>`),
    '</table></body></html>',
  ].join('\n');
const cellsOf = (markdown: string) => [...markdown.matchAll(/\| 项目\d \{#c-[0-9a-f-]+\} \| (.*?) \{#c-/g)].map((m) => m[1]);

describe('a negative figure alone in a table cell (new user round 21)', () => {
  it('-31 and －19.6 become −31 and −19.6 (was: the hyphen kept)', () => {
    const { markdown } = ingest(Buffer.from(page(['-31', '－19.6', '- 47.3', '-0.5%'])), { fileName: 'page.html', slug: 't' });
    expect(cellsOf(markdown)).toEqual(['−31', '−19.6', '−47.3', '−0.5%']);
  });

  it('guards: a range, a date, a dash alone, a positive figure, words and running text keep what the page prints', () => {
    const { markdown } = ingest(Buffer.from(page(['2020-2023', '2023-12-31', '-', '5.6', '-3亿元左右'])), { fileName: 'page.html', slug: 't' });
    expect(cellsOf(markdown)).toEqual(['2020-2023', '2023-12-31', '-', '5.6', '-3亿元左右']);
    expect(markdown).toContain('2020-2023年平均增长-2.5%');
  });
});
