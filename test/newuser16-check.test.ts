/**
 * New user, round 16 (test/fixtures/newuser-round16): a Hong Kong publisher's bilingual edition of the Chief Executive's
 * 2017 Policy Address in traditional characters, with the HKSAR Government's official English. What `check` said of
 * the official English that was not so, and what it said of English written in the usual way for these paragraphs.
 */
import type { Element, Root, Text } from 'hast';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { checkPublication, compareNumbers, findEnNumbers, findZhNumbers } from '../pipeline/check/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { keepFigureGroupsTogether } from '../templates/figure-groups.ts';

const problems = (zh: string, en: string) => compareNumbers(findZhNumbers(zh), findEnNumbers(en), en).map((p) => `${p.kind}:${p.zh?.raw ?? p.en?.raw}`);

describe('number check on the HKSAR Government’s English (round 16)', () => {
  it('a figure grouped in threes by spaces, as the HKSAR Government writes it (“160 000”, “3 500”), is one figure', () => {
    expect(problems('就業人口累計增加16萬', 'The working population increased in total by 160 000 while')).toEqual([]);
    expect(problems('接觸了超過3 500名市民', 'meeting with over 3 500 members of the public')).toEqual([]);
    expect(problems('共1 234 567人', 'a total of 1 234 567 people')).toEqual([]);
    // a no-break or thin space groups too
    expect(problems('增加16萬', 'by 160\u00a0000 and by')).toEqual([]);
  });

  it('figures side by side that are no groups of three stay apart, and a wrong grouped figure is still caught', () => {
    expect(problems('2017年100人', 'in 2017 100 people')).toEqual([]);
    expect(problems('22年、6年', 'for 22 consecutive years and 6 years')).toEqual([]);
    expect(problems('增加16萬', 'increased by 16 000')).toEqual(['missing:16万', 'extra:16 000']);
    expect(problems('第3、4頁', 'pages 3 4')).toEqual([]);
  });

  it('“topped the ranking” says 排名第一', () => {
    expect(problems('香港連續6年排名第一', 'Hong Kong has topped the ranking for six consecutive years')).toEqual([]);
    expect(problems('香港排名第一', 'Hong Kong tops the ranking')).toEqual([]);
    expect(problems('香港排名第二', 'Hong Kong topped the ranking')).toEqual(['missing:第二']);
  });

  it('a division into equal parts (十等分: deciles) is no count of ten', () => {
    expect(problems('收入最低3個十等分的僱員', 'the employees in the lowest three income decile groups')).toEqual([]);
    expect(problems('收入最低的五等分組別', 'the lowest income quintile')).toEqual([]);
    // the count before it is still a figure
    expect(problems('收入最低3個十等分的僱員', 'the employees in the lowest income decile groups')).toEqual(['missing:3']);
  });
});

describe('an English paragraph opening with its number (round 16)', () => {
  const zh = '---\ntitle: 施政報告\n---\n\n1.本屆政府一直秉持「發展經濟，改善民生」的施政理念。 {#p-1}\n';
  it('“1. The current-term…” is a numbered list to Markdown: the message says so and how to write it', () => {
    const en = '---\ntitle: Policy Address\n---\n\n1. The current-term Government upholds the vision. {#p-1}\n';
    const load = buildPublication('r', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: en }));
    const messages = checkPublication(load, {}).messages.map((m) => m.reason);
    expect(messages).toEqual([expect.stringContaining('Unexpected list item for `p-1`, expected a paragraph like its Chinese twin')]);
    expect(messages[0]).toContain('`1\\. The current-term');
  });
});

describe('a spaced figure in the editions (round 16)', () => {
  const set = (text: string) => {
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] }] };
    keepFigureGroupsTogether(tree);
    return ((tree.children[0] as Element).children[0] as Text).value;
  };
  it('its groups are joined by no-break spaces; figures side by side that are no groups stay breakable (guard)', () => {
    expect(set('increased by 160 000 while')).toBe('increased by 160\u00a0000 while');
    expect(set('共1 234 567人')).toBe('共1\u00a0234\u00a0567人');
    expect(set('in 2017 100 people, pages 3 4')).toBe('in 2017 100 people, pages 3 4');
  });
});
