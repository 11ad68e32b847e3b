/**
 * Ingest defects found on the twenty-third round of held-out pages (2026-12-01):
 * recent (2022–2025) government work reports of townships, counties, a banner, a
 * district and a 地级市 on official portals and their reposts — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 23". Each test
 * is the page's shape reduced to a few lines; its name says what ingest did before
 * ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const report = `政府工作报告
——2024年1月23日在重庆市巴南区木洞镇第二十届人民代表大会第八次会议上
重庆市巴南区木洞镇人民政府镇长 邓迎春
各位代表:
现在,我代表木洞镇人民政府向大会作工作报告,请予审议,并请各位列席会议的同志提出意见。
一、2023年工作回顾
刚刚过去的2023年,是全面贯彻党的二十大精神的开局之年。一年来,我们推动全镇经济社会发展取得新成效。`;

describe('held-out round 23: a disclosure table of bracketed labels in table cells ("[ 索引号 ] | value | [ 发文字号 ] | value |")', () => {
  const mudong = (rows: string) => `${rows}\n${report}`;

  test('the cell borders are not part of the values (was: 索引号 "| 115001130093083510/2024-00007 |", 有效性 "| |")', () => {
    const { front } = readIngested(
      mudong(`[ 索引号 ] | 115001130093083510/2024-00007 | [ 发文字号 ] | 木洞府发〔2024〕2号 |
[ 主题分类 ] | 综合政务 | [ 体裁分类 ] | 公文 |
[ 发布机构 ] | 巴南区木洞镇 | [ 有效性 ] | |
[ 成文日期 ] | 2024-02-22 | [ 发布日期 ] | 2024-02-22 |`),
    );
    expect(front.disclosure).toEqual({
      索引号: '115001130093083510/2024-00007',
      发文字号: '木洞府发〔2024〕2号',
      主题分类: '综合政务',
      体裁分类: '公文',
      发布机构: '巴南区木洞镇',
      成文日期: '2024-02-22',
      发布日期: '2024-02-22',
    });
  });

  test('guard (pins earlier behaviour): bracketed labels without cell borders ("[ 索引号 ] 1150…/2024-00007 [ 发文字号 ]") are read as before', () => {
    const { front } = readIngested(
      mudong(`[ 索引号 ] 115001130093083510/2024-00007 [ 发文字号 ] 木洞府发〔2024〕2号
[ 主题分类 ] 综合政务 [ 体裁分类 ] 公文
[ 发布机构 ] 巴南区木洞镇 [ 有效性 ]
[ 成文日期 ] 2024-02-22 [ 发布日期 ] 2024-02-22`),
    );
    expect(front.disclosure).toMatchObject({ 索引号: '115001130093083510/2024-00007', 发文字号: '木洞府发〔2024〕2号', 发布机构: '巴南区木洞镇' });
    expect((front.disclosure as Record<string, string>).有效性).toBeUndefined();
  });

  test('guard: a value with a bar inside it ("综合政务 | 其他") keeps the bar; only the border bars go', () => {
    const { front } = readIngested(
      mudong(`[ 索引号 ] | 115001130093083510/2024-00007 | [ 发文字号 ] | 木洞府发〔2024〕2号 |
[ 主题分类 ] | 综合政务 | 其他 | [ 体裁分类 ] | 公文 |`),
    );
    expect(front.disclosure).toMatchObject({ 索引号: '115001130093083510/2024-00007', 主题分类: '综合政务 | 其他', 体裁分类: '公文' });
  });
});

const jinbi = (row: string) => `无障碍浏览 长者模式
大姚县人民政府
首页 >> 公开信息内容

政府工作报告(2024年)

${row}

政府工作报告

——在金碧镇第十四届人民代表大会第七次会议上

镇长王 鹏

2025年1月3日

各位代表:

现在,我代表镇人民政府,向大会报告工作,请予审议,并请列席同志提出意见。

一、集中精力谋发展,各项工作取得了新进展新成效

2024年,是实现“十四五”规划目标任务的关键一年。`;

describe('held-out round 23: the county disclosure portal\'s one-line table ("索 引 号:… 公文目录:… 发文机构:…")', () => {
  test('公文目录 is a label of its own (was: read into the 索引号\'s value, "dyx032-/2025-0110001 公文目录:政府工作报告")', () => {
    const { front } = readIngested(
      jinbi('索 引 号:dyx032-/2025-0110001 公文目录:政府工作报告 发文机构:大姚县金碧镇 主 题 词: 发布日期:2025年01月10日 文  号: 标  题:政府工作报告(2024年)'),
    );
    expect(front.disclosure).toEqual({
      索引号: 'dyx032-/2025-0110001',
      公文目录: '政府工作报告',
      发文机构: '大姚县金碧镇',
      发布日期: '2025-01-10',
      标题: '政府工作报告(2024年)',
    });
  });

  test('guard: the words 公文目录 inside a value, with no colon after them, stay in the value', () => {
    const { front } = readIngested(jinbi('索 引 号:dyx032-/2025-0110001 发文机构:大姚县金碧镇 标  题:关于公布公文目录的说明 发布日期:2025年01月10日'));
    expect(front.disclosure).toMatchObject({ 标题: '关于公布公文目录的说明', 发文机构: '大姚县金碧镇' });
  });
});
