/**
 * Ingest defects found on the fifteenth round of held-out pages (2026-12-01):
 * 2019–2026 reports on mirrors, writing-material, document-sharing and portal
 * pages, and reports of other kinds (a court's, budget reports) — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 15". Each
 * test is the page's shape reduced to a few lines; its name says what ingest
 * did before ("was: …"). Guards (precision) are named as such.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isButton } from '../pipeline/ingest/title-furniture.ts';
import { readIngested } from './ingest-helpers.ts';

describe('held-out round 15: a disclosure table of bracketed labels', () => {
  test('"[ 索引号 ] … [ 发文字号 ]" rows, two labels to a line, are disclosure fields (was: left in the body as its first paragraph, no fields, no date)', () => {
    const { front, blocks } = readIngested(
      `[ 索引号 ] 11500234008646033P/2023-00515 [ 发文字号 ]\n[ 主题分类 ] 财政 [ 体裁分类 ] 财政预算、决算\n[ 发布机构 ] 开州区政府办公室 [ 有效性 ]\n[ 成文日期 ] 2023-02-15 [ 发布日期 ] 2023-02-15\n关于开州区2022年预算执行情况和2023年预算草案的报告\n各位代表:\n受区人民政府委托,现将开州区2022年预算执行情况和2023年预算草案的报告提请大会审查。\n一、2022年财政工作情况\n2022年,全区财政平稳运行。`,
    );
    expect(front.disclosure).toEqual({ 索引号: '11500234008646033P/2023-00515', 主题分类: '财政', 体裁分类: '财政预算、决算', 发布机构: '开州区政府办公室', 成文日期: '2023-02-15', 发布日期: '2023-02-15' });
    expect(front).toMatchObject({ date: '2023-02-15', date_source: 'written' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('a numbered attribute list "1. [主題分類] …" (traditional) gives its fields, new labels 发文机构 and 文件来源 included, an empty number "〔〕" left out (was: no fields, the list left before the body)', () => {
    const { front } = readIngested(
      `政務公開 > 政策服務 > 政策文件\n  1. [主題分類] 財政、金融、審計/財政\n  2. [發文機構] 北京市財政局\n  3. [聯合發文單位]\n  3. [發文字號] 〔〕\n  4. [成文日期] 2026-01-25\n  5. [文件來源] 政府公報\n\n關於北京市2025年預算執行情況和2026年預算的報告\n——2026年1月25日在北京市第十六屆人民代表大會第四次會議上\n北京市財政局局長 韓傑\n各位代表:\n受市人民政府委託,現將報告提請審議。`,
    );
    expect(front.disclosure).toEqual({ 主题分类: '財政、金融、審計/財政', 发文机构: '北京市財政局', 成文日期: '2026-01-25', 文件来源: '政府公報' });
  });

  test('guard: a bracketed word in running text, or a bracketed label no disclosure knows, stays text', () => {
    const { front, blocks } = readIngested(`各位代表:\n[注释] 本报告中部分数据为预计数。\n一、2022年工作回顾\n2022年,全县经济平稳增长。`, 'page.txt', { clean: false });
    expect(front.disclosure).toBeUndefined();
    expect(blocks).toContain('[注释] 本报告中部分数据为预计数。');
  });
});

describe('held-out round 15: buttons between the title and the occasion', () => {
  test('"列印" / "字號:" under the title: the title is read (was: no title, the title line removed as the page head)', () => {
    const { front } = readIngested(`關於北京市2025年預算執行情況和2026年預算的報告\n\n列印\n字號:        \n\n——2026年1月25日在北京市第十六屆人民代表大會第四次會議上\n\n北京市財政局局長 韓傑\n\n各位代表:\n\n受市人民政府委託,現將報告提請審議。`);
    expect(front.title).toBe('關於北京市2025年預算執行情況和2026年預算的報告');
  });

  test('a source line and the font-size buttons split over two bulleted lines ("• 字体大小:[" / "• ]"): the title is read (was: title "")', () => {
    const { front } = readIngested(`三江侗族自治县2022年财政预算执行情况和2023年财政预算(草案)的报告\n\n来源: 三江县财政局  |   发布日期: 2023-01-10 17:45    浏览量:|\n  • 字体大小:[\n  • ]\n\n\n2023年1月8日在自治县第十七届人民代表大会第三次会议上\n\n县财政局局长  陈远熙\n\n各位代表:\n\n受自治县人民政府委托,向大会报告我县2022年财政预算执行情况。`);
    expect(front.title).toBe('三江侗族自治县2022年财政预算执行情况和2023年财政预算（草案）的报告');
  });

  test('guard: isButton takes only a button\'s words, not a short heading or name', () => {
    for (const t of ['列印', '字號:', '• 字体大小:[', '• ]', '【字体：大 中 小】', '打印本页']) expect(isButton(t), t).toBe(true);
    for (const t of ['中国', '字体设计', '打印机采购', '政府工作报告', '关闭企业12家']) expect(isButton(t), t).toBe(false);
  });
});

describe('held-out round 15: an anonymised court speaks for itself', () => {
  test('"我代表xx市中级人民法院向大会报告工作" names the issuer (was: no issuer; only a named place was read)', () => {
    const { front } = readIngested(`各位代表:\n我代表xx市中级人民法院向大会报告工作,请予审议,并请市政协委员和列席会议的同志提出意见。\n过去五年工作回顾\n五年来,我市法院各项工作取得了长足的成绩。`);
    expect(front.issuer).toBe('xx市中级人民法院');
  });

  test('guard: "我代表xx" with no court or government after it names no issuer', () => {
    const { front } = readIngested(`各位代表:\n我代表xx同志们向大会致以问候,请予审议。\n一、工作回顾\n一年来,各项工作取得了成绩。`);
    expect(front.issuer).toBeUndefined();
  });
});

describe('held-out round 15: the title printed again over two lines', () => {
  const page = (copy: string) =>
    `关于开州区2022年预算执行情况和2023年预算草案的报告\n\n${copy}\n\n重庆市开州区财政局\n\n各位代表:\n\n受区人民政府委托,现将开州区2022年预算执行情况和2023年预算草案的报告提请大会审查。\n\n一、2022年财政工作情况\n\n2022年,全区财政平稳运行。`;

  test('the copy over two lines goes and the bureau alone under it is the issuer (was: both halves and the bureau left as the first paragraphs, no issuer)', () => {
    const { front, blocks } = readIngested(page('关于开州区2022年预算执行情况和\n\n2023年预算草案的报告'));
    expect(front).toMatchObject({ title: '关于开州区2022年预算执行情况和2023年预算草案的报告', issuer: '重庆市开州区财政局' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: two lines that make another name stay', () => {
    const { blocks } = readIngested(page('关于开州区2022年预算执行情况和\n\n2023年计划草案的报告'), 'page.txt', { clean: false });
    expect(blocks.join('\n')).toContain('2023年计划草案的报告');
  });
});

describe('held-out round 15: a document library preview of a .docx in numbered chunks', () => {
  // The page as the search tool returned it (three chunks, the third cut off).
  const page = readFileSync(path.join(import.meta.dirname, 'fixtures', 'ingest-corpus', 'xx-district-2023-docsite-chunked-heldout15', 'input.txt'), 'utf8');

  test('the library\'s "由会员分享…请在优知文库上搜索。" line goes, the title glued to "各位代表,同志们:" is split off, no place is read from "2023年区…" (was: the line left as the first paragraph, no title, issuer "年区人民政府")', () => {
    const { front, blocks } = readIngested(page);
    expect(front.title).toBe('2023年区政府工作报告');
    expect(front.issuer).toBeUndefined();
    expect(blocks[0]).toMatch(/^各位代表，同志们：/);
  });

  test('guard: a sentence asking to search stays text; a titled year-place still gives its place', () => {
    const { blocks } = readIngested(`各位代表:\n群众办事请在政务服务网上办理,全年网上办件12万件。\n一、2023年工作回顾\n2023年,全区经济平稳增长。`, 'page.txt', { clean: false });
    expect(blocks).toContain('群众办事请在政务服务网上办理，全年网上办件12万件。');
    const { front } = readIngested(`2023年西安市政府工作报告\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n一、2022年工作回顾\n2022年,全市经济平稳增长。`);
    expect(front.issuer).toBe('西安市人民政府');
  });
});

describe('held-out round 15: a budget report titled by its county, given by the bureau head', () => {
  const page = (title: string) =>
    `${title}\n2023年1月8日在自治县第十七届人民代表大会第三次会议上\n县财政局局长  陈远熙\n各位代表:\n受自治县人民政府委托,向大会报告我县2022年财政预算执行情况,请予审议。\n一、关于2022年财政预算执行情况\n2022年,财政运行总体平稳。`;

  test('"县财政局局长" under "三江侗族自治县2022年…的报告": the county\'s bureau is the issuer (was: no issuer; the occasion says only 自治县)', () => {
    expect(readIngested(page('三江侗族自治县2022年财政预算执行情况和2023年财政预算(草案)的报告')).front.issuer).toBe('三江侗族自治县财政局');
  });

  test('guard: a title opening with 全县 or 本县 and its year names no place', () => {
    expect(readIngested(page('全县2022年财政预算执行情况和2023年财政预算(草案)的报告')).front.issuer).toBeUndefined();
    expect(readIngested(page('本县2022年财政预算执行情况和2023年财政预算(草案)的报告')).front.issuer).toBeUndefined();
  });
});
