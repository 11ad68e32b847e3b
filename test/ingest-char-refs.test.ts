/**
 * HTML character references printed as text (stop 48, the lead): a page whose CMS escaped its markup twice shows
 * "市长&nbsp;王明" and "&nbsp;&nbsp;各位代表："; a copy of its source saved as text does too. Before, ingest kept them as
 * words: the speaker line was no speaker (a paragraph "市长&nbsp;王明"), every paragraph opened with "&nbsp;&nbsp;", and
 * "&ldquo;十四五&rdquo;" was printed as such in every edition. Now each is the character it names, counted and said.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const read = (text: string, fileName = 'page.txt') => readIngested(text, fileName, { clean: false });
const head = ['政府工作报告', '——2024年1月10日在某市第十七届人民代表大会第三次会议上'];

describe('character references printed as text', () => {
  const page = [...head, '市长&nbsp;王明', '&nbsp;&nbsp;&nbsp;&nbsp;各位代表:', '&nbsp;&nbsp;现在,我代表市人民政府向大会报告工作,请予审议。', '一、2023年工作回顾', '&emsp;&emsp;过去一年,&ldquo;十四五&rdquo;规划目标任务全面完成&mdash;&mdash;经济增长5.2%。'].join('\n');

  test('a text page: the speaker line is read, no paragraph keeps a reference (was: "市长&nbsp;王明" a paragraph, no speaker)', () => {
    const { front, blocks } = read(page);
    expect(front.speaker).toBe('市长 王明');
    expect(blocks).toEqual(['各位代表：', '现在，我代表市人民政府向大会报告工作，请予审议。', '## 一、2023年工作回顾', '过去一年，“十四五”规划目标任务全面完成——经济增长5.2%。']);
    expect(said(page, 'missing-speaker')).toEqual([]);
  });

  test('said once, with how many and where the first stands in the page (line 3, column 3)', () => {
    const told = said(page, 'character-reference');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/^Decoded 13 HTML character reference/u);
    expect([told[0].line, told[0].column]).toEqual([3, 3]);
  });

  test('an HTML page escaped twice ("&amp;nbsp;" in its source) reads the same', () => {
    const html = `<html><body><h1>政府工作报告</h1><p>——2024年1月10日在某市第十七届人民代表大会第三次会议上</p><p>市长&amp;nbsp;王明</p><p>&amp;nbsp;&amp;nbsp;各位代表:</p><p>&amp;nbsp;&amp;nbsp;现在,我代表市人民政府向大会报告工作,请予审议。</p><p>&amp;#8220;十四五&amp;#x201D;规划目标任务全面完成。</p></body></html>`;
    const { front, blocks } = read(html, 'page.html');
    expect(front.speaker).toBe('市长 王明');
    expect(blocks).toEqual(['各位代表：', '现在，我代表市人民政府向大会报告工作，请予审议。', '“十四五”规划目标任务全面完成。']);
  });

  test('a later step\'s message still names the page\'s own column: broken characters after the references', () => {
    // "&nbsp;&nbsp;" (12 characters) before "全市第一??h域": the "??" stand in the page's column 17, not the decoded line's 7
    const broken = [...head, '市长 王明', '各位代表:', '&nbsp;&nbsp;全市第一??h域經濟穩中向好。'].join('\n');
    expect(said(broken, 'lost-bytes').map((m) => [m.line, m.column])).toEqual([[5, 17]]);
  });

  test('guard: an ampersand that is no reference stays (R&D, A & B, an unknown name, a control character\'s number)', () => {
    const text = [...head, '市长 王明', '各位代表:', '全市R&D经费投入增长12%,产学研&amp合作项目45个,“A & B”两类企业,&foo;与&#0;照录。'].join('\n');
    const { blocks } = read(text);
    expect(blocks.at(-1)).toBe('全市R&D经费投入增长12%，产学研&amp合作项目45个，“A & B”两类企业，&foo;与&#0；照录。'); // (the semicolon after a figure made full width, as any)
    expect(said(text, 'character-reference')).toEqual([]);
  });
});
