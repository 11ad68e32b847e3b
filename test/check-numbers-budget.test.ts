/**
 * The number check on the figures of budget reports (new user, round 6: a district budget report).
 * Each pair is a Chinese figure and a correct English rendering the check refused ("was: …"), or a
 * wrong one it must still refuse (the guards).
 */
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { checkPublication, compareNumbers, findEnNumbers, findZhNumbers } from '../pipeline/check/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';

const problems = (zh: string, en: string) => compareNumbers(findZhNumbers(zh), findEnNumbers(en), en).map((p) => `${p.kind}:${p.zh?.raw ?? p.en?.raw}`);

describe('budget figures the check read wrong', () => {
  it('增长1.5倍 (grew by 1.5 times its size) is 150% more, 2.5 times the level — or "1.5 times" as often written (was: missing 1.5, extra 150% / 2.5)', () => {
    expect(problems('政府性基金收入增长1.5倍', 'government-managed funds revenue rose 150%')).toEqual([]);
    expect(problems('政府性基金收入增长1.5倍', 'government-managed funds revenue was 2.5 times that of the previous year')).toEqual([]);
    expect(problems('政府性基金收入增长1.5倍', 'government-managed funds revenue increased 1.5 times')).toEqual([]);
    expect(problems('专项债券规模扩大两倍', 'special-purpose bonds tripled to three times their size')).toEqual([]);
    expect(problems('专项债券规模扩大两倍', 'the special-purpose bond quota grew by 200%')).toEqual([]);
  });

  it('三成 / 七成以上 (tenths) are 30% / over 70% (was: missing 三, extra 30%)', () => {
    expect(problems('税收收入增长三成', 'tax revenue grew by 30%')).toEqual([]);
    expect(problems('民生支出占七成以上', 'spending on people’s wellbeing was more than 70 percent of the total')).toEqual([]);
    expect(problems('近四成资金', 'nearly 40% of the funds')).toEqual([]);
  });

  it('RMB3.91 billion and 3.91bn, as financial English writes them (was: missing 39.1亿, extra 3.91)', () => {
    expect(problems('收入预计完成39.1亿元', 'revenue is estimated at RMB3.91 billion')).toEqual([]);
    expect(problems('收入预计完成39.1亿元', 'revenue is estimated at 3.91bn yuan')).toEqual([]);
    expect(problems('国防支出352万元', 'national defense, RMB3.52mn')).toEqual([]);
  });

  it('guards: a wrong multiple, a wrong tenth, a wrong figure after RMB are still refused; 倍 that is no growth, 成 that is no tenth', () => {
    expect(problems('政府性基金收入增长1.5倍', 'government-managed funds revenue rose 250%')).toEqual(['missing:1.5', 'extra:250%']);
    expect(problems('政府性基金收入增长1.5倍', 'government-managed funds revenue was 3.5 times that of the previous year')).toEqual(['missing:1.5', 'extra:3.5']);
    expect(problems('税收收入增长三成', 'tax revenue grew by 3%')).toEqual(['missing:三成', 'extra:3%']);
    expect(problems('收入预计完成39.1亿元', 'revenue is estimated at RMB3.19 billion')).toEqual(['missing:39.1亿', 'extra:3.19 billion']);
    expect(problems('是上年的1.5倍', 'was 150% of the previous year')).toEqual(['missing:1.5', 'extra:150%']); // 是…的1.5倍 is 1.5 times, not 150% more
    expect(problems('是上年的1.5倍', 'was 1.5 times the previous year')).toEqual([]);
    expect(problems('三成员单位', 'three member units')).toEqual([]);
  });
});

describe('a table whose unit is stated on the line above it (单位：亿元), as budget tables are printed', () => {
  const zhTable = [
    ':::box[表1　2023年区级一般公共预算收支预计执行情况]{#b-t1}',
    '',
    '单位：亿元 {#p-unit}',
    '',
    '| 项目 {#c-h1} | 预算数 {#c-h2} | 执行数 {#c-h3} | 完成预算% {#c-h4} |',
    '| --- | --: | --: | --: |',
    '| 一般公共预算收入 {#c-r1} | 37.5 {#c-r1b} | 39.1 {#c-r1e} | 104.3 {#c-r1p} |',
    '| 2023年预计数 {#c-r2} | — {#c-r2b} | 0.0352 {#c-r2e} | — {#c-r2p} |',
    '',
    ':::',
    '',
  ].join('\n');
  const enTable = (unit: string, cells: [string, string, string, string, string]) =>
    [
      ':::box[Table 1: Estimated Execution of the District-Level General Public Budget in 2023]{#b-t1}',
      '',
      `${unit} {#p-unit}`,
      '',
      '| Item {#c-h1} | Budget {#c-h2} | Execution {#c-h3} | Execution as % of budget {#c-h4} |',
      '| --- | --: | --: | --: |',
      `| General public budget revenue {#c-r1} | ${cells[0]} {#c-r1b} | ${cells[1]} {#c-r1e} | ${cells[2]} {#c-r1p} |`,
      `| Estimate for 2023 {#c-r2} | — {#c-r2b} | ${cells[3]} {#c-r2e} | ${cells[4]} {#c-r2p} |`,
      '',
      ':::',
      '',
    ].join('\n');
  const numberErrors = (en: string) => {
    const load = buildPublication('t', new VFile({ path: 'zh.md', value: zhTable }), new VFile({ path: 'en.md', value: en }));
    return checkPublication(load).messages.filter((m) => m.ruleId === 'number-mismatch').map((m) => m.reason);
  };

  it('"Unit: billion yuan" with the cells converted (3.75, 3.91, 0.00352) is right (was: every converted cell a wrong figure)', () => {
    expect(numberErrors(enTable('Unit: billion yuan', ['3.75', '3.91', '104.3', '0.00352', '—']))).toEqual([]);
    expect(numberErrors(enTable('(In billion yuan)', ['3.75', '3.91', '104.3', '0.00352', '—']))).toEqual([]);
  });

  it('guards: "Unit: 100 million yuan" with the report\'s figures stays right; a wrong conversion, a percentage column scaled, a row header\'s year are caught or left alone', () => {
    expect(numberErrors(enTable('Unit: 100 million yuan', ['37.5', '39.1', '104.3', '0.0352', '—']))).toEqual([]);
    expect(numberErrors(enTable('Unit: billion yuan', ['37.5', '3.91', '104.3', '0.00352', '—']))).toHaveLength(2); // 37.5 billion: missing and extra
    expect(numberErrors(enTable('Unit: billion yuan', ['3.75', '3.91', '10.43', '0.00352', '—']))).toHaveLength(2); // the % column is no amount
  });

  it("a wrong cell's message says the figure at the English cell's own scale (was: “expected `3.91 billion`” for a cell under “Unit: 100 million yuan”, and “expected `104.3%`” in a column headed %; new user round 15, review)", () => {
    const [cell, percentCell] = numberErrors(enTable('Unit: 100 million yuan', ['37.5', '39.2', '104.3', '0.0352', '—'])).concat(
      numberErrors(enTable('Unit: 100 million yuan', ['37.5', '39.1', '103.4', '0.0352', '—'])),
    ).filter((reason) => reason.startsWith('Missing'));
    expect(cell).toContain('expected `39.1` in the English');
    expect(percentCell).toContain('expected `104.3` in the English');
    // converted: the figure in the English cell's unit
    expect(numberErrors(enTable('Unit: billion yuan', ['3.75', '3.19', '104.3', '0.00352', '—'])).find((reason) => reason.startsWith('Missing'))).toContain('expected `3.91` in the English');
  });
});

/**
 * New user, round 14 (a county's budget report, 周至县 2023, figures in 万元): a table in 万元 the English gives in
 * million yuan, and a slogan of numerals (“奋战一三五”) the English writes in figures.
 */
describe('budget figures in 万元 and numbered slogans (new user, round 14)', () => {
  const zhTable = [
    ':::box[表2　2023年县级一般公共预算收支执行总体情况]{#b-t2}',
    '',
    '单位：万元 {#p-unit}',
    '',
    '| 项目 {#c-h1} | 预算数 {#c-h2} | 执行数 {#c-h3} | 完成预算% {#c-h4} |',
    '| --- | --: | --: | --: |',
    '| 县级一般公共预算收入 {#c-r1} | 31220 {#c-r1b} | 31751 {#c-r1e} | 101.7 {#c-r1p} |',
    '',
    ':::',
    '',
  ].join('\n');
  const enTable = (unit: string, cells: [string, string, string]) =>
    [
      ':::box[Table 2: Overall Execution of the County-Level General Public Budget in 2023]{#b-t2}',
      '',
      `${unit} {#p-unit}`,
      '',
      '| Item {#c-h1} | Budget {#c-h2} | Execution {#c-h3} | Execution as % of budget {#c-h4} |',
      '| --- | --: | --: | --: |',
      `| County-level general public budget revenue {#c-r1} | ${cells[0]} {#c-r1b} | ${cells[1]} {#c-r1e} | ${cells[2]} {#c-r1p} |`,
      '',
      ':::',
      '',
    ].join('\n');
  const numberErrors = (en: string) => {
    const load = buildPublication('t', new VFile({ path: 'zh.md', value: zhTable }), new VFile({ path: 'en.md', value: en }));
    return checkPublication(load).messages.filter((m) => m.ruleId === 'number-mismatch').map((m) => m.reason);
  };

  it('单位：万元 over a table the English converts to million yuan is a unit, no figure (was: "the Chinese has 万, expected 10,000" on "Unit: million yuan")', () => {
    expect(numberErrors(enTable('Unit: million yuan', ['312.20', '317.51', '101.7']))).toEqual([]);
    expect(problems('单位：万元', 'Unit: million yuan')).toEqual([]);
    expect(problems('（单位：万元）', '(In million yuan)')).toEqual([]);
  });

  it('guards: "Unit: 10,000 yuan" with the report\'s figures stays right; a cell converted wrong is still caught; 万元 elsewhere is still a figure', () => {
    expect(numberErrors(enTable('Unit: 10,000 yuan', ['31,220', '31,751', '101.7']))).toEqual([]);
    expect(numberErrors(enTable('Unit: million yuan', ['3,122.0', '317.51', '101.7']))).toHaveLength(2); // 3,122 million: missing and extra
    expect(problems('万元地区生产总值能耗下降3%', 'energy consumption per unit of GDP fell 3%')).toEqual(['missing:万']);
  });

  it('a run of numerals that is no number (“奋战一三五”, 三四年) allows its digits in the English (was: "unexpected number 5" for "the 1-3-5 targets")', () => {
    expect(problems('聚力“奋战一三五、振兴金周至”战略目标', 'the strategic goal of “striving for the 1-3-5 targets and revitalizing a golden Zhouzhi”')).toEqual([]);
    expect(problems('“一三二一”工作思路', 'the “1-3-2-1” approach to its work')).toEqual([]);
    expect(problems('用三四年时间', 'within three or four years')).toEqual([]);
    // …and requires none of them
    expect(problems('聚力“奋战一三五”', 'the goal of “striving for the targets”')).toEqual([]);
  });

  it('guards: a digit the numerals do not hold is still extra; a year in numerals is still the year', () => {
    expect(problems('聚力“奋战一三五”', 'the “1-3-6” targets')).toEqual(['extra:6']);
    expect(problems('二〇二一年', 'in 2022')).toEqual(['missing:二〇二一', 'extra:2022']);
  });
});

/**
 * New user, round 21 (潍坊市's 2023 budget report, a table of the citywide budgets): the 比上年增长（%） column prints a
 * decrease as a negative figure (-31). The check compared values only, so an English cell "31" — an increase — passed.
 */
describe('the sign of a figure alone in a table cell (new user, round 21)', () => {
  const zhTable = [
    ':::box[表1　2023年全市预算收支执行情况]{#b-t1}',
    '',
    '单位：亿元 {#p-unit}',
    '',
    '| 预算 {#c-h1} | 执行数 {#c-h2} | 比上年增长（%） {#c-h3} |',
    '| --- | --: | --: |',
    '| 政府性基金预算收入 {#c-r1} | 490.9 {#c-r1b} | -31 {#c-r1c} |',
    '| 一般公共预算收入 {#c-r2} | 608.3 {#c-r2b} | 0.1 {#c-r2c} |',
    '',
    ':::',
    '',
  ].join('\n');
  const enTable = (r1: string, r2: string) =>
    [
      ':::box[Table 1: Execution of the Citywide Budgets in 2023]{#b-t1}',
      '',
      'Unit: billion yuan {#p-unit}',
      '',
      '| Budget {#c-h1} | Actual {#c-h2} | Change on previous year (%) {#c-h3} |',
      '| --- | --: | --: |',
      `| Government-managed funds revenue {#c-r1} | 49.09 {#c-r1b} | ${r1} {#c-r1c} |`,
      `| General public budget revenue {#c-r2} | 60.83 {#c-r2b} | ${r2} {#c-r2c} |`,
      '',
      ':::',
      '',
    ].join('\n');
  const numberErrors = (en: string) => {
    const load = buildPublication('t', new VFile({ path: 'zh.md', value: zhTable }), new VFile({ path: 'en.md', value: en }));
    return checkPublication(load).messages.filter((m) => m.ruleId === 'number-mismatch').map((m) => m.reason);
  };

  it('a negative Chinese cell whose English drops the sign is an error (was: no message — a decrease read as an increase)', () => {
    const errors = numberErrors(enTable('31', '0.1'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Missing minus sign in `c-r1c`: the Chinese cell `-31` is a negative figure, the English `31` is not/);
  });

  it('an English cell that adds a minus sign is an error too', () => {
    expect(numberErrors(enTable('−31', '−0.1'))).toEqual([expect.stringMatching(/^Unexpected minus sign in `c-r2c`/)]);
  });

  it('guards: the sign as a minus sign, a hyphen-minus, or an en dash is the same figure; a cell in words is left alone', () => {
    for (const negative of ['−31', '-31', '–31']) expect(numberErrors(enTable(negative, '0.1'))).toEqual([]);
    expect(numberErrors(enTable('−31', '+0.1'))).toEqual([]);
    expect(numberErrors(enTable('down 31', '0.1'))).toEqual([]);
  });
});

/**
 * A wrong or missing figure's suggestion is in the scale the English writes (new user round 26, 三明's final accounts: the
 * translator wrote every 万元 figure in million yuan, and a wrong one was told “expected `11.79747 billion`”).
 */
describe('the suggested figure is in the English’s own scale', () => {
  const expected = (zh: string, en: string) => compareNumbers(findZhNumbers(zh), findEnNumbers(en), en).filter((p) => p.kind !== 'extra').map((p) => p.expected);

  it('1,179,747万元 in a text written in million yuan: “11,797.47 million” (was: 11.79747 billion)', () => {
    expect(expected('一般公共预算总收入1,179,747万元，支出706,228万元', 'total revenue of 11,797.46 million yuan and expenditure of 7,062.28 million yuan')).toEqual(['11,797.47 million']);
    expect(expected('债务还本支出55,595万元', 'debt repayments of 555.59 million yuan')).toEqual(['555.95 million (555,950,000)']); // the usual form: millions, the figure in full
    // bn / mn as financial English abbreviates them
    expect(expected('收入1,179,747万元，支出706,228万元', 'revenue of RMB11,797.46mn and spending of RMB7,062.28mn')).toEqual(['11,797.47 million']);
    expect(expected('收入417亿元，支出650亿元，债务3.2万亿元', 'revenue 41.8 billion, spending 65 billion, debt 3.3 trillion yuan')).toEqual(['41.7 billion', '3.2 trillion']);
  });

  it('guards: with no scale word in the English, a billion or more in billions as before; a figure below the English’s scale as a plain number', () => {
    expect(expected('一般公共预算总收入1,179,747万元', 'total revenue of 11,797,460,000 yuan')).toEqual(['11.79747 billion']);
    expect(expected('发行债券417亿元', 'issued bonds')).toEqual(['41.7 billion']);
    expect(expected('安排12万元，支出706,228万元', 'allocated 130,000 yuan; spent 7,062.28 million yuan')).toEqual(['120,000']);
    expect(expected('减免税费5,100万元，发行债券417亿元', 'cut 51 million yuan; issued 41.6 billion yuan')).toEqual(['41.7 billion']);
  });
});
