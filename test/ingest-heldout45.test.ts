/**
 * Held-out round 45 (2026-12-03): a budget adjustment report to a standing committee on a city portal, its disclosure table as
 * pipe rows of "label:value" cells (test/fixtures/ingest-corpus/, scored there), and pages that are not the report — a notice
 * issuing the report's task table, an explainer of what the Supreme People's Court's report holds
 * (test/fixtures/ingest-not-the-report/). Listed in test/fixtures/ingest-corpus/README.md under "Held-out pages, round 45".
 * Each reduced test is the page's shape in a few lines; its name says what ingest did before ("was: …"). Guards are named as such.
 */
import { describe, expect, test } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';
import { story } from './ingest-helpers.ts';

const read = (lines: string[]) => ingest(Buffer.from(lines.join('\n')), { fileName: 'page.txt', slug: 'page' });

describe('held-out round 45: a disclosure table whose pipe cells hold "label:value"', () => {
  // (www.lvliang.gov.cn: each cell its label and value, letter-spaced labels, empty labels beside filled ones)
  const page = [
    '首页 > 政府信息公开 > 法定主动公开内容 > 财政信息 > 市级财政预决算和三公经费',
    '| 索 引 号:111423LL00100/2026-00649 | |',
    '| 发文字号: | 成文日期:2026年01月06日 |',
    '| 发文机关: | 关 键 字: |',
    '| 标 题:关于2025年市本级第二次预算调整方案(草案)的报告 | |',
    '| 主题分类: | 发布日期:2026年01月06日 |',
    '——2025年12月22日在吕梁市第四届人民代表大会常务委员会第三十二次会议上',
    '吕梁市财政局局长 樊小明',
    '主任、各位副主任、秘书长、各位委员:',
    '受市人民政府委托,现将2025年市本级第二次预算调整方案(草案)报告如下,请予审议。',
    '一、2025年全市及市本级预算执行情况',
    '2025年1-11月,全市一般公共预算收入完成247.83亿元,为预算的73.8%。',
  ];
  test('each cell is its field, the title from 标题 (was: 索引号 and 标题 unread, no title, 发文机关 "关键字:")', () => {
    const result = read(page);
    expect(result.frontMatter.title).toBe('关于2025年市本级第二次预算调整方案（草案）的报告');   // (punctuation made full-width, as every title)
    expect(result.frontMatter.disclosure).toEqual({
      索引号: '111423LL00100/2026-00649',
      成文日期: '2026-01-06',
      标题: '关于2025年市本级第二次预算调整方案(草案)的报告',
      发布日期: '2026-01-06',
    });
    expect(result.markdown.split('\n---\n')[1]).not.toContain('111423LL00100');   // (the body: the rows moved to the front matter)
  });

  test('guard: label and value in cells of their own, an empty label shifting the columns, read as before (甘州区, 汉滨区)', () => {
    const cells = read(['| 索引号 | 620702001/2026-00010 | 发文字号 | |', '| 关键词 | 发布机构 | 政府办 | |', '文号 | 成文日期: | 2025年04月15日', ...page.slice(6)]);
    expect(cells.frontMatter.disclosure).toEqual({ 索引号: '620702001/2026-00010', 发布机构: '政府办', 成文日期: '2025-04-15' });
  });

  test('guard: a page\'s date and source row, "2023-02-07| 来源:北辰遴选", is no table of the report\'s fields (gd-guangdong-2023-exam-site)', () => {
    const stamped = read(['【广东遴选】2023年广东省政府工作报告', '', '2023-02-07| 来源:北辰遴选', '', '广东省政府工作报告(2023年1月12日 王伟中)', '各位代表:', '现在,我代表省人民政府向大会报告工作,请予审议。']);
    expect(stamped.frontMatter.disclosure).toBeUndefined();
  });
});

describe('held-out round 45: a notice issuing the report\'s task table is said to be one', () => {
  // (www.dawa.gov.cn: no headline, addressees, "现将《…任务分解表》印发给你们", the office's signature, date, "(此件公开发布)")
  const notice = [
    '各镇(街道)人民政府(办事处),临港经济开发区管委会,区政府各部门、直属机构:',
    '为全面完成好《政府工作报告》中确定的2021年各项工作任务,现将《<政府工作报告>任务分解表》印发给你们。',
    '请各牵头单位要严格按照任务分工,明确每项任务的具体责任人,确保《政府工作报告》中确定各项工作任务得到有效落实。',
    '盘锦市大洼区人民政府办公室',
    '2021年1月25日',
    '(此件公开发布)',
  ];
  test('at its sentence issuing the table (was: nothing said, a report of six paragraphs)', () => {
    const [warning, ...more] = story(notice.join('\n'));
    expect(more).toEqual([]);
    expect(warning.line).toBe(2);
    expect(warning.reason).toContain('(line 6: ');
  });

  test('guard: a cover notice over the report\'s text (the speaker\'s voice under it) is the report', () => {
    const covered = ['各镇人民政府,县政府各部门:', '现将《政府工作报告》印发给你们,请认真贯彻落实。', '某县人民政府办公室', '2024年2月1日', '(此件公开发布)', '政府工作报告', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。'];
    expect(story(covered.join('\n'))).toEqual([]);
  });
});

describe('held-out round 45: an explainer of what a report usually holds is said to be no report', () => {
  // (trucostecnicos.com: "报告通常包括…", "以下是关于最高法院工作报告的详细阐述:", "报告中可能会提到…")
  const article = [
    '最高人民法院工作报告是最高人民法院向全国人民代表大会提交的重要文件。报告通常包括对法院工作的全面回顾、司法改革的进展和成就。以下是关于最高法院工作报告的详细阐述:',
    '一、法院工作的总体回顾',
    '在报告中,首先会概述过去一年中各级法院所做出的努力。例如,报告中可能会提到某地区法院成功调解了一起纠纷。',
    '二、司法改革的进展和成就',
    '报告会详细介绍过去一年中司法改革的进展情况。',
  ];
  test('as commentary on it (was: nothing said but the missing title block)', () => {
    const [warning, ...more] = story(article.join('\n'));
    expect(more).toEqual([]);
    expect(warning.line).toBe(1);
    expect(warning.reason).toContain('commentary on it');
  });

  test('guard: a report\'s excerpt (no salutation on it) naming once what a report it makes usually holds is no explainer', () => {
    const report = ['一、过去一年工作回顾', '我们建立了政府向人大报告国有资产管理情况制度,报告通常包括四类国有资产。', '全年地区生产总值增长5%,一般公共预算收入增长3.2%。', '二、今年工作安排'];
    expect(story(report.join('\n'))).toEqual([]);
  });
});
