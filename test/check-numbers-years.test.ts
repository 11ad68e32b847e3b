/**
 * The number check and years written for 今年/去年/上年/过去一年/明年 (Align round 2's finding: Beijing 2022's official
 * English gives "The year 2021" for 过去一年, and the check called 2021 a figure the Chinese lacks). The year a relative
 * word stands for is read against the report's (zh.md's `date`): one reading, pipeline/check/numbers/relative-years.ts,
 * shared with align.
 */
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { checkPublication } from '../pipeline/check/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { relativeYears as alignRelativeYears } from '../pipeline/translate/align.ts';
import { relativeYears, reportYear } from '../pipeline/check/numbers/relative-years.ts';

const zhDoc = (date: string | undefined, zh: string) =>
  ['---', 'title: 政府工作报告', ...(date ? [`date: ${date}`] : []), '---', '', `${zh} {#p-1}`, ''].join('\n');
const enDoc = (en: string) => ['---', 'title: Report on the Work of the Government', '---', '', `${en} {#p-1}`, ''].join('\n');

const numberErrors = (date: string | undefined, zh: string, en: string) => {
  const load = buildPublication('t', new VFile({ path: 'zh.md', value: zhDoc(date, zh) }), new VFile({ path: 'en.md', value: enDoc(en) }));
  return checkPublication(load).messages.filter((m) => m.ruleId === 'number-mismatch').map((m) => m.reason);
};

describe('number-mismatch: a year written for a relative year word', () => {
  it('Beijing 2022 (dated 2022-01-06): 过去一年 → "The year 2021" is right (was: Unexpected number 2021)', () => {
    expect(numberErrors('2022-01-06', '过去一年，是党和国家历史上具有里程碑意义的一年。', 'The year 2021 marked a milestone in the history of our Party and nation.')).toEqual([]);
  });

  it('今年 → 2022, 去年 / 上年 → 2021, 明年 → 2023 in a report dated 2022', () => {
    expect(numberErrors('2022-03-05', '今年发展主要预期目标是：国内生产总值增长5.5%左右。', 'The main projected targets for development in 2022 are: GDP growth of around 5.5%.')).toEqual([]);
    expect(numberErrors('2022-03-05', '去年国内生产总值增长8.1%。', 'GDP grew by 8.1% in 2021.')).toEqual([]);
    expect(numberErrors('2022-03-05', '居民收入比上年增长8.1%。', 'Per capita disposable income rose 8.1% over 2021.')).toEqual([]);
    expect(numberErrors('2022-03-05', '明年要继续推进。', 'We will continue these efforts in 2023.')).toEqual([]);
  });

  it('guard: 今年 with no year in the English is fine, as before', () => {
    expect(numberErrors('2022-03-05', '今年发展主要预期目标是：国内生产总值增长5.5%左右。', 'The main projected targets for development this year are: GDP growth of around 5.5%.')).toEqual([]);
  });

  it('guard: a wrong year (今年 → 2019 in a 2022 report) still fires, naming the year 今年 stands for', () => {
    const errors = numberErrors('2022-03-05', '今年要稳字当头。', 'In 2019, we will put stability first.');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Unexpected number `2019`.*今年 = 2022/);
  });

  it('guard: an English year that matches no figure and no relative word still fires', () => {
    expect(numberErrors('2022-03-05', '国内生产总值增长8.1%。', 'GDP grew by 8.1% in 2021.')).toEqual([expect.stringMatching(/Unexpected number `2021`/)]);
  });

  it('guard: without a date in zh.md nothing changes (the year is not known)', () => {
    expect(numberErrors(undefined, '去年国内生产总值增长8.1%。', 'GDP grew by 8.1% in 2021.')).toEqual([expect.stringMatching(/Unexpected number `2021`/)]);
  });

  it('guard: a Chinese figure is still missing when the English gives the relative year instead of it', () => {
    expect(numberErrors('2022-03-05', '去年国内生产总值达到114万亿元。', 'In 2021, GDP grew steadily.')).toEqual([expect.stringMatching(/Missing number.*114万亿/)]);
  });
});

describe('relative years: one reading for check and align', () => {
  it('reportYear reads zh.md\'s date (string or YAML date), nothing else', () => {
    expect(reportYear('2022-01-06')).toBe(2022);
    expect(reportYear(new Date('2021-12-15'))).toBe(2021);
    expect(reportYear(undefined)).toBeUndefined();
    expect(reportYear('January 2022')).toBeUndefined();
  });

  it('align reads the same years as the check (the one owner)', () => {
    expect(alignRelativeYears).toBe(relativeYears);
    expect(relativeYears('一、2019年和今年以来工作回顾', 2020)).toEqual([2020]);
    expect(relativeYears('上半年', 2022)).toEqual([]); // 上半年 is the first half, no 上年
  });

  it('a report in traditional characters: 過去一年 is 过去一年', () => {
    expect(relativeYears('過去一年，我們堅持穩中求進。', 2022)).toEqual([2021]);
  });

  it('guards: 过去年均 (the past years\' average) holds no 去年, 以上年龄 / 规模以上年 no 上年', () => {
    expect(relativeYears('过去年均增长6%', 2022)).toEqual([]);
    expect(relativeYears('60岁以上年龄段人口', 2022)).toEqual([]);
    expect(relativeYears('规模以上年销售额2000万元', 2022)).toEqual([]);
    expect(relativeYears('比上年增长8%，去年同期', 2022)).toEqual([2021, 2021]);
    expect(relativeYears('以上年为基数', 2022)).toEqual([2021]);
  });
});
