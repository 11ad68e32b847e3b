/**
 * Defects new user round 31 met (2026-12-05): a county's environment bulletin, 2022年青阳县环境质量状况公报, on the county
 * government's disclosure platform (ahqy.gov.cn; test/fixtures/newuser-round31). Each test is a page reduced to a few lines,
 * its URL beside it; its name says what the tool did before. What a careful reader expects was written before the page was
 * ingested: title 2022年青阳县环境质量状况公报; issuer 青阳县生态环境分局 (the table's 发布机构 and the source line); date
 * 2023-06-05 (published; the table's 成文日期 is empty); no occasion, no speaker (a bulletin posted); not the report: the
 * breadcrumb, the disclosure table (its 废止日期 empty), the title printed again under it, the 发布时间 line; the text from
 * "一、环境空气质量状况"; 一、二、 and 1、 as headings; cut inside the drinking-water sources' paragraph. The copy lost some
 * characters between figures ("GB 30952012", "20221-12月").
 */
import { describe, expect, test } from 'vitest';
import { VFile } from 'vfile';
import { checkPublication, compareNumbers, findEnNumbers, findZhNumbers } from '../pipeline/check/index.ts';
import { buildPublication } from '../pipeline/model/load.ts';
import { readIngested as read, said } from './ingest-helpers.ts';

// https://www.ahqy.gov.cn/OpennessContent/show/1394342.html — the breadcrumb, the disclosure table as the search tool's copy
// flattens it ("废止日期:" alone on its line, the title on the next), the page's stamp line, then the text.
const qingyang = [
  '您现在所在的位置: 网站首页 > 政府信息公开 > 青阳县生态环境分局 > 生态环境重点领域 > 污染防治(生态环境) > 生态环境质量 > 环境质量公报',
  '索引号: 113418237568263982/202306-00008 组配分类: 环境质量公报',
  '发布机构: 青阳县生态环境分局 主题分类: 其他',
  '名称: 2022年青阳县环境质量状况公报 文号:',
  '成文日期: 发布日期: 2023-06-05',
  '废止日期:',
  '2022年青阳县环境质量状况公报',
  '发布时间:2023-06-05 10:39 来源:青阳县生态环境分局 浏览次数: 字体:[ ]',
  '',
  '一、环境空气质量状况',
  '',
  '按照《环境空气质量标准》(GB 30952012)(含2018年修改单)和《环境空气质量指数AQI技术规定(试行)》(HJ 6332012)进行评价。',
  '',
  '2022年,青阳县城区环境空气质量达到优、良天数共314天,优良率86.0%,较去年同期相比下降了4.7%。',
  '',
  '二、水环境质量状况',
  '',
  '1、集中式饮用水源地水质状况',
  '',
  '根据《青阳县水污染防治工作方案》,20221-12月对境内集中式饮用水源地水质开展监测。',
].join('\n');

describe('new user round 31: a disclosure table whose date is left empty, the title under it', () => {
  test('"废止日期:" left empty over the title line takes no value (was: 废止日期 "2022年青阳县环境质量状况公报" — the title read as the day the bulletin lapses)', () => {
    const { front, blocks } = read(qingyang, 'page.txt', { clean: false });
    expect(front).toMatchObject({ title: '2022年青阳县环境质量状况公报', issuer: '青阳县生态环境分局', date: '2023-06-05' });
    const disclosure = front.disclosure as Record<string, string>;
    expect(disclosure['废止日期']).toBeUndefined();
    expect(disclosure['发布日期']).toBe('2023-06-05');
    expect(blocks[0]).toBe('## 一、环境空气质量状况');
  });

  test('guard: a date under a date label left empty is still its value ("废止日期:" over "2025-12-31"), and a validity under 有效性', () => {
    const dated = qingyang.replace('废止日期:\n2022年青阳县环境质量状况公报', '废止日期:\n2025-12-31');
    expect((read(dated, 'page.txt', { clean: false }).front.disclosure as Record<string, string>)['废止日期']).toBe('2025-12-31');
    const valid = qingyang.replace('废止日期:\n2022年青阳县环境质量状况公报', '有效性:\n有效');
    expect((read(valid, 'page.txt', { clean: false }).front.disclosure as Record<string, string>)['有效性']).toBe('有效');
  });
});

describe('new user round 31: figures a copy ran together', () => {
  test('a standard glued to its year and a year glued to its month are said at their lines (was: nothing said, the Chinese edition printing “GB 30952012” and “20221-12月”)', () => {
    const lost = said(qingyang, 'lost-marks').map((m) => `${m.line}: ${m.reason}`);
    expect(lost).toEqual([
      expect.stringMatching(/^12: Unexpected figures run together: “.*（GB 30952012” — a standard's number glued to its year \(the dash between them lost: GB 3095—2012\)/u),
      expect.stringMatching(/^12: .*HJ 633—2012/u),
      expect.stringMatching(/^20: Unexpected figures run together: “.*20221-12月” — a year glued to its month \(年 lost: 2022年1-12月\)/u),
    ]);
  });

  test('guard: the same figures with their marks, a count of months and a standard without its year say nothing', () => {
    const whole = qingyang.replace('GB 30952012', 'GB 3095—2012').replace('HJ 6332012', 'HJ 633-2012').replace('20221-12月', '2022年1-12月');
    expect(said(whole, 'lost-marks')).toEqual([]);
    expect(said(whole.replace('2022年1-12月', '连续12个月').replace('GB 3095—2012', 'GB 18918'), 'lost-marks')).toEqual([]);
  });

  const problems = (zh: string, en: string) => compareNumbers(findZhNumbers(zh), findEnNumbers(en), en).map((p) => `${p.kind}:${p.zh?.raw ?? p.en?.raw}`);

  test('check reads them as meant: "GB 3095-2012" and "January to December 2022" hold the figures (was: "Missing number 30.952012 million", "Missing number 20,221")', () => {
    expect(problems('按照《环境空气质量标准》（GB 30952012）和（HJ 6332012）进行评价。', 'Assessed under the Ambient Air Quality Standards (GB 3095-2012) and HJ 633-2012.')).toEqual([]);
    expect(problems('20221-12月对境内集中式饮用水源地水质开展监测。', 'The sources were monitored from January to December 2022.')).toEqual([]);
    // and still holds the English to them: another year or standard is told
    expect(problems('（GB 30952012）', '(GB 3095-2016)')).not.toEqual([]);
    expect(problems('20221-12月', 'from January to December 2021')).not.toEqual([]);
  });
});

describe('new user round 31: a pollutant’s name holds no figure', () => {
  const problems = (zh: string, en: string) => compareNumbers(findZhNumbers(zh), findEnNumbers(en), en).map((p) => `${p.kind}:${p.zh?.raw ?? p.en?.raw}`);

  test('PM10, PM2.5, SO2 and O3 named in both languages check clean (was: "Missing number 2.5", "Missing number 10" — the English reads no figure in a name, the Chinese did)', () => {
    const zh = '二氧化硫（SO2）、可吸入颗粒物（PM10）、细颗粒物（PM2.5）年均浓度分别为5、56、27微克/立方米，臭氧（O3）为157微克/立方米PM10较去年同期相比下降了6.67%。';
    const en = 'The annual average concentrations of sulfur dioxide (SO2), PM10 and PM2.5 were 5, 56 and 27 micrograms per cubic meter, and ozone (O3) 157 micrograms per cubic meter; PM10 was down 6.67 percent.';
    expect(problems(zh, en)).toEqual([]);
  });

  test('guard: the figures beside the names are still held — a changed concentration is told', () => {
    const zh = '细颗粒物（PM2.5）年均浓度为27微克/立方米。';
    expect(problems(zh, 'The annual average concentration of fine particulate matter (PM2.5) was 72 micrograms per cubic meter.')).toEqual(expect.arrayContaining(['missing:27', 'extra:72']));
  });
});

describe('new user round 31: a translator’s note quotes the Chinese it explains', () => {
  const zh = ['---', 'title: 2022年青阳县环境质量状况公报', '---', '', '根据方案，20221-12月开展监测。 {#p-a1}', ''].join('\n');
  const en = (note: string, title = 'Qingyang County Bulletin, 2022') =>
    ['---', `title: ${title}`, `translator_note: "${note}"`, '---', '', 'Monitoring was carried out from January to December 2022 under the plan. {#p-a1}', ''].join('\n');
  const untranslated = (enText: string) =>
    checkPublication(buildPublication('t', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: enText }))).messages.filter((m) => m.ruleId === 'untranslated').map((m) => m.reason);

  test('Chinese quoted in the translator’s note is the source it explains: “20221-12月” checks clean (was: an untranslated error for each quotation)', () => {
    expect(untranslated(en('The copy prints “20221-12月” (年, “year,” lost) and “（CO24小时” (its bracket lost); the English says what is meant.'))).toEqual([]);
  });

  test('guard: Chinese unquoted in the note, or quoted in the title, is still told', () => {
    expect(untranslated(en('The copy lost 年 in the dates.'))).toEqual([expect.stringContaining('Unexpected Chinese `年`')]);
    expect(untranslated(en('A note.', '“青阳县” Bulletin, 2022'))).toEqual([expect.stringContaining('Unexpected Chinese `青阳县`')]);
  });
});
