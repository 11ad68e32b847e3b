/**
 * Defects new user round 33 met (2026-12-05): a county's PLAN report, 关于2023年国民经济和社会发展计划执行情况与2024年国民经济
 * 和社会发展计划报告, delivered by the county's development and reform bureau to the county people's congress, on the county
 * government's site (fangxian.gov.cn; test/fixtures/newuser-round33). Each test is the page reduced to a few lines, its URL
 * beside it; its name says what the tool did before. What a careful reader expects was written before the page was ingested:
 * title 关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划报告 (its two lines joined); issuer 房县发展和改革局
 * (the department that made and delivered it, 受县政府委托, as round 15's city plan report had its commission); date
 * 2024-01-05 and occasion 2024年1月5日在房县第十九届人民代表大会第三次会议上; speaker 房县发展和改革局 刘明德 (the byline under the
 * occasion: the department and its head's name, no office); the text from the salutation "主任、副主任、各位代表:", one
 * heading 一、, one run-in heading (一), cut at "国家知识产".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareNumbers, findEnNumbers, findZhNumbers } from '../pipeline/check/index.ts';
import { importXliff } from '../pipeline/translate/index.ts';
import { readIngested as read } from './ingest-helpers.ts';

// https://www.fangxian.gov.cn/xxgk/fdzdgknr/qtzdgknr/zczxqk/202408/t20240814_4580563.shtml — the title block (two title
// lines, the occasion, the byline), the salutation and the first paragraph.
const fangxian = [
  '关于2023年国民经济和社会发展计划执行情况',
  '与2024年国民经济和社会发展计划报告',
  '——2024年1月5日在房县第十九届人民代表大会第三次会议上',
  '房县发展和改革局 刘明德',
  '主任、副主任、各位代表:',
  '我受县政府委托,向大会报告2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案,请予审议,并请县政协各位委员和其他列席人员提出意见。',
].join('\n');

describe('a department’s byline under the occasion: the department and its head’s name, no office', () => {
  test('the byline is the speaker and the department the issuer (was: the speaker warned missing, the byline the text’s first paragraph “房县发展和改革局刘明德”, the issuer guessed 房县人民政府)', () => {
    const { front, rules, blocks } = read(fangxian, 'page.txt', { clean: false });
    expect(front.title).toBe('关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划报告');
    expect(front.speaker).toBe('房县发展和改革局 刘明德');
    expect(front.issuer).toBe('房县发展和改革局');
    expect([front.date, front.occasion]).toEqual(['2024-01-05', '2024年1月5日在房县第十九届人民代表大会第三次会议上']);
    expect(rules).not.toContain('missing-speaker');
    expect(blocks[0]).toBe('主任、副主任、各位代表：');
  });

  test('a commission or a provincial department reads the same way (市财政局, 区卫生健康委员会, 省财政厅)', () => {
    for (const [byline, issuer] of [['十堰市财政局 张建国', '十堰市财政局'], ['武昌区卫生健康委员会 李 华', '武昌区卫生健康委员会'], ['湖北省财政厅 王文', '湖北省财政厅']]) {
      const { front } = read(fangxian.replace('房县发展和改革局 刘明德', byline), 'page.txt', { clean: false });
      expect(front.speaker, byline).toBe(`${issuer} ${byline.slice(issuer.length + 1).replace(/\s+/gu, '')}`);
      expect(front.issuer, byline).toBe(issuer);
    }
  });

  test('guard: a department and its office ("省财政厅 厅长"), an office after it ("房县发展和改革局 办公室") or a date in Chinese numerals is no byline', () => {
    for (const line of ['湖北省财政厅 厅长', '房县发展和改革局 办公室', '房县发展和改革局 二〇二四年']) {
      const { front } = read(fangxian.replace('房县发展和改革局 刘明德', line), 'page.txt', { clean: false });
      expect(front.speaker, line).toBeUndefined();
    }
  });

  test('guard: an office and a name ("房县发展和改革局局长 刘明德") reads as before — the office the role', () => {
    const { front } = read(fangxian.replace('房县发展和改革局 刘明德', '房县发展和改革局局长 刘明德'), 'page.txt', { clean: false });
    expect(front.speaker).toBe('房县发展和改革局局长 刘明德');
  });
});

describe('a list of figures sharing the unit its last one writes', () => {
  const problems = (zh: string, en: string) => compareNumbers(findZhNumbers(zh), findEnNumbers(en), en).map((p) => `${p.kind}:${p.zh?.raw ?? p.en?.raw}`);

  test('“分别达13.28、12.31、11.47亿元” → “1.328 billion, 1.231 billion and 1.147 billion yuan” checks clean (was: “Missing number 13.28”, “Unexpected number 1.328 billion”, the import refused)', () => {
    expect(problems('品牌价值分别达13.28、12.31、11.47亿元。', 'brand values reached 1.328 billion, 1.231 billion and 1.147 billion yuan.')).toEqual([]);
    expect(problems('分别为3.5和4.2万人', 'were 35,000 and 42,000 people')).toEqual([]);
    expect(problems('同比增长10.5、14.8%', 'up 10.5% and 14.8%')).toEqual([]);
    // a wrong amount in the list is still told
    expect(problems('分别达13.28、12.31、11.47亿元', 'reached 1.328 billion, 1.281 billion and 1.147 billion yuan')).toEqual(['missing:12.31', 'extra:1.281 billion']);
  });

  test('guards: a figure with its own unit keeps it, a figure with a unit before the next shares nothing', () => {
    expect(problems('粮油产量稳定在11万吨、2.6万吨', 'held steady at 110,000 tonnes and 26,000 tonnes')).toEqual([]);
    expect(problems('项目12个、投资5亿元', 'with 12 projects and an investment of 500 million yuan')).toEqual([]);
    expect(problems('项目12个、投资5亿元', 'with 1.2 billion projects and an investment of 500 million yuan')).not.toEqual([]);
  });
});

describe('a report translated in a PO (xliff2po → po2xliff): the bold lead sentences', () => {
  const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round33');
  const slug = 'fangxian-plan-2024';
  const zh = readFileSync(path.join(fixture, 'content/reports', slug, 'zh.md'), 'utf8');
  const po2xliff = readFileSync(path.join(fixture, `${slug}.po2xliff.xlf`), 'utf8');

  test('po2xliff’s file of a report exported untranslated imports, each lead sentence bold around the English’s first sentence (was: “without its bold lead sentence”, the file refused)', async () => {
    const result = await importXliff({ xliff: po2xliff, zh, xliffPath: `${slug}.po2xliff.xlf` });
    expect(result.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
    expect(result.value).toContain('\n\n**Agricultural production improved in both quality and returns.** We vigorously advanced the Strong County Program,');
  });

  test('guard: an English whose lead ran into the next sentence (a sentence fewer than the Chinese) gets no bold and is refused', async () => {
    const one = po2xliff.replace(/Agricultural production improved in both quality and returns\. We vigorously/gu, 'Agricultural production improved in both quality and returns as we vigorously');
    expect(one).not.toBe(po2xliff);
    const told = (await importXliff({ xliff: one, zh, xliffPath: `${slug}.po2xliff.xlf` })).file.messages.filter((m) => m.fatal).map(String);
    expect(told).toEqual(expect.arrayContaining([expect.stringContaining('without its bold lead sentence')]));
  });
});
