/**
 * A printed page's number alone on its line, in text copied from a PDF or a flipbook page
 * (ebook.theorychina.org.cn's basic-html pages of the 2025 State Council report: the page's
 * lines as printed, then "1" at its foot; the corpus case cn-state-council-2025-flipbook).
 * Names say what ingest did before ("was: …"); guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

const head = ['政府工作报告', '——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上', '国务院总理 李强', '各位代表:'];
const wrapped = [
  '过去一年,我国发展历程很不平凡。党的二十届三中全会胜利召',
  '开,对进一步全面深化改革、推进中国式现代化作出部署。我们隆重',
  '庆祝中华人民共和国成立 75 周年,极大激发了全国各族人民的爱国',
  '热情和奋斗精神。就业、物价总体平稳,城',
];

describe('a page number alone on its line', () => {
  test('at the foot of the text, under a line that ends mid-sentence: taken out and said (was: "…城1" in the paragraph)', () => {
    const { blocks, result } = read([...head, ...wrapped, '1'].join('\n'), 'page.txt', { clean: false });
    expect(blocks.at(-1)).toMatch(/平稳，城$/u);
    const said = result.file.messages.filter((m) => m.ruleId === 'page-number');
    expect(said.map((m) => [m.line, m.column])).toEqual([[9, 1]]);
    expect(String(said[0].reason)).toContain('1');
  });

  test('between two halves of a sentence: taken out, the sentence whole (was: three paragraphs, "2" one of them)', () => {
    const { blocks } = read([...head, ...wrapped, '2', '镇新增就业1256万人,居民消费价格上涨0.2%。'].join('\n'), 'page.txt', { clean: false });
    expect(blocks.at(-1)).toMatch(/平稳，城镇新增就业1256万人，居民消费价格上涨0\.2%。$/u);
    expect(blocks.some((b) => /^[0-9]+$/.test(b))).toBe(false);
  });

  test('guard: a number alone after a finished sentence is not taken (a list\'s number, a table\'s cell)', () => {
    const { blocks } = read([...head, '热情和奋斗精神。', '2', '加快建设现代化产业体系,推动科技创新和产业创新融合发展。'].join('\n'), 'page.txt', { clean: false });
    expect(blocks).toContain('2');
  });

  test('guard: a number alone under a short line (a table\'s cells one per line) is not taken', () => {
    const { blocks } = read([...head, '各项指标完成情况如下：', '地区生产总值', '5'].join('\n'), 'page.txt', { clean: false });
    expect(blocks.join('\n')).toMatch(/5/);
  });
});
