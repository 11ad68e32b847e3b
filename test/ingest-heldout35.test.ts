/**
 * Ingest defects found on the thirty-fifth round of held-out pages (2026-12-02): eight pages from eight hosts the
 * corpus had not seen — two sub-district offices' reports to their community congress on the Pudong portal's disclosure
 * pages, the Hainan procuratorate's report on its portal (its occasion's 年 and 月 lost), the Anhui procuratorate's report
 * as a traditional pinyin-glossed mirror and abridged on another host, a part of Xinjiang's 2025 report on a news site, a
 * county report flattened onto one line on a speech-template site, Wuhai's report on a district portal — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 35". Each test is the page's shape reduced to a few
 * lines; its name says what ingest did before ("was: …"). Guards are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

describe('held-out round 35: a disclosure table\'s 公开类别', () => {
  test('"公开类别 | 主动公开" is one of the table\'s fields (was: left out of the fields, 发布时间 on the same row kept)', () => {
    const { front } = readIngested(
      [
        '塘桥街道2024年社代会报告',
        '索引号 | 发布机构 | 塘桥街道 | |',
        '公开类别 | 主动公开 | 发布时间 | 2024-01-25 |',
        '各位代表:',
        '现在,我代表塘桥街道办事处向大会作工作报告,请予审议,并请各位列席代表提出意见。',
        '一、2023年工作回顾',
        '2023年,塘桥街道办事处坚持以习近平新时代中国特色社会主义思想为指导,各项工作都取得了新进展新成效,总体完成了年初社代会上确定的目标任务。',
      ].join('\n'),
    );
    expect(front.disclosure).toMatchObject({ 公开类别: '主动公开', 发布时间: '2024-01-25', 发布机构: '塘桥街道' });
  });
});

describe('held-out round 35: a flattened page\'s head with an occasion printed without its date', () => {
  const body =
    '现在,我代表泰宁县人民政府向大会作工作报告,请予审议,并请县政协委员和其他列席人员提出意见。 一、2019年工作回顾 即将过去的一年,县政府深入学习贯彻习近平新时代中国特色社会主义思想,全县经济社会发展保持稳中向好态势。 ——一批工作获得国家荣誉。成为国家农产品质量安全县,列入全国森林康养基地。';

  test('"TITLE ——在…会议上 ROLE NAME 各位代表:" gives the occasion and the speaker, the salutation stays (was: the head removed whole)', () => {
    const { front, blocks } = readIngested(
      ['2020年泰宁县政府工作报告', '', '|   ', ` 2020年泰宁县政府工作报告 ——在泰宁县第十七届人民代表大会第四次会议上 泰宁县人民政府县长 王胜文 各位代表: ${body}`].join('\n'),
    );
    expect(front.occasion).toBe('在泰宁县第十七届人民代表大会第四次会议上');
    expect(front.speaker).toBe('泰宁县人民政府县长 王胜文');
    expect(front.date).toBeUndefined();
    expect(blocks[0]).toBe('各位代表：');
  });

  test('the same head on a line of its own over the speaker\'s line (was: no occasion)', () => {
    const { front } = readIngested(
      ['2020年泰宁县政府工作报告 ——在泰宁县第十七届人民代表大会第四次会议上', '泰宁县人民政府县长 王胜文', '各位代表:', body.split(' ')[0]].join('\n'),
    );
    expect(front.occasion).toBe('在泰宁县第十七届人民代表大会第四次会议上');
    expect(front.speaker).toBe('泰宁县人民政府县长 王胜文');
  });

  test('guard: a sentence naming a meeting after a dash, over the salutation, is no occasion (nor its words a title)', () => {
    const { front } = readIngested(
      [
        '县委作出部署,全县上下认真落实,经济运行稳中向好 ——在全县经济工作会议上',
        '各位代表:',
        '现在,我代表泰宁县人民政府向大会作工作报告,请予审议。',
        '一、2019年工作回顾',
        '即将过去的一年,县政府深入学习贯彻习近平新时代中国特色社会主义思想,全县经济社会发展保持稳中向好态势。',
      ].join('\n'),
    );
    expect(front.occasion).toBeUndefined();
  });
});

describe('held-out round 35: a section\'s summary line without its full stop, a blank line, then a lead', () => {
  const summary = '始终把围绕中心、服务大局作为全省检察工作的重要原则和基本理念,锚定“一本三基四梁八柱”战略框架,持续优化服务保障举措,努力让法治成为海南自贸港的鲜明底色和最强内核';
  const page = (after: string) =>
    [
      '各位代表:',
      '',
      '现在,我代表省人民检察院向大会报告工作,请予审议,并请省政协委员和其他列席人员提出意见。',
      '',
      '一、坚持服务大局,全力以赴为海南全面深化改革开放和自贸港建设保驾护航',
      '',
      summary,
      '',
      after,
    ].join('\n');

  test('the line after, opening with a lead sentence, is a paragraph of its own with its lead (was: joined to the summary, no lead)', () => {
    const { blocks, leads } = readIngested(page('着力防范化解重大风险。积极践行统筹发展与安全要求,起诉各类经济金融犯罪4484人,较前五年上升1.47倍,全力服务保障全岛封关运作准备。'));
    expect(blocks.at(-1)).toMatch(/^着力防范化解重大风险。/u);
    expect(leads).toEqual(['着力防范化解重大风险。']);
  });

  test('guard: a line after that goes on the cut sentence ("…最强" / "内核,…") is still joined to it', () => {
    const { blocks } = readIngested(page('内核建设取得新成效,起诉各类经济金融犯罪4484人,较前五年上升1.47倍,全力服务保障全岛封关运作准备。').replace('鲜明底色和最强内核', '鲜明底色和最强'));
    expect(blocks.at(-1)).toMatch(/最强内核建设取得新成效/u);
  });
});
