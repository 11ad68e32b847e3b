/**
 * Ingest defects found on the thirty-first round of held-out pages (2026-12-02): nine pages from nine hosts the
 * corpus had not seen — a high-tech zone's portal (东湖高新区 2017), a district's session document on its zone's
 * portal (滨江区 2016), an autonomous prefecture in traditional characters (玉树州 2022), a township's disclosure
 * page (沙沟镇 2021), 西藏 2016 in traditional characters, a district procuratorate (洪山区 2019), the Supreme
 * People's Procuratorate 2019 with its English BEFORE each Chinese block (a think tank's library), a city's final
 * accounts to the standing committee (汕尾 2018) and the CPPCC 2018 on Xinhua — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 31". Each test is the page's shape reduced to a
 * few lines; its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

describe('held-out round 31: a portal\'s row of service links ("智能问答 | 无障碍浏览 | 长者专区 | ENGLISH")', () => {
  // 东湖高新区's portal: the links row over the article heading, the bulleted stamp, the text from 一、.
  const page = (row: string) =>
    [
      row,
      '',
      '东湖高新区2017年工作报告',
      '',
      '  • 2017-05-02 00:00',
      '  • 来源: 武汉东湖新技术开发区政务网',
      '  • 分享到',
      '',
      '一、2016年工作回顾 ',
      '',
      '2016年,面对全球经济下行和前所未有的洪涝灾害双重考验,我们在省委省政府、市委市政府坚强领导下,保持了经济社会平稳较快发展。',
    ].join('\n');

  test('is removed and reported (was: the first paragraph of the text, over 一、)', () => {
    const { blocks, result } = readIngested(page('智能问答   |   无障碍浏览   |   长者专区   |   ENGLISH   '));
    expect(blocks[0]).toBe('## 一、2016年工作回顾');
    expect(result.file.messages.some((m) => m.ruleId === 'navigation' && m.reason.includes('智能问答'))).toBe(true);
  });

  test('guard: a line that names such services among other words stays text', () => {
    for (const line of ['开通智能问答和无障碍浏览服务,长者专区访问量增长30%。', '建成智能问答 长者专区']) {
      const { blocks } = readIngested(`${page('')}\n${line}`);
      expect(blocks.at(-1)).toBe(line.replace(/,/g, '，').replace(/ /g, ''));
    }
  });
});

describe('held-out round 31: an article\'s bare date and time over its 来源 line dates a report that dates itself nowhere else', () => {
  const page = (stamp: string, source = '  • 来源: 武汉东湖新技术开发区政务网') =>
    [
      '东湖高新区2017年工作报告',
      '',
      stamp,
      source,
      '  • 分享到',
      '',
      '一、2016年工作回顾',
      '',
      '2016年,面对全球经济下行和前所未有的洪涝灾害双重考验,我们保持了经济社会平稳较快发展。',
    ].join('\n');

  test('"• 2017-05-02 00:00" over "• 来源: …" is the publication date (was: no date)', () => {
    const { front } = readIngested(page('  • 2017-05-02 00:00'));
    expect(front.date).toBe('2017-05-02');
    expect(front.date_source).toBe('published');
  });

  test('guard: the same time stamp with no source line beside it dates nothing (it may be any time the page shows)', () => {
    const { front } = readIngested(page('  • 2017-05-02 00:00', ''));
    expect(front.date).toBeUndefined();
  });

  test('guard: a copy\'s stamp years after the report is still refused as the date', () => {
    const { front, result } = readIngested(page('  • 2022-05-02 00:00'));
    expect(front.date).toBeUndefined();
    expect(result.file.messages.some((m) => m.ruleId === 'repost-date')).toBe(true);
  });
});

describe('held-out round 31: a disclosure table\'s row that opens with the view counter\'s empty cell', () => {
  // 沙沟镇's disclosure page: "label: | value |" rows, the third opening with 浏览次数 (its cell empty).
  const page = (third: string) =>
    [
      '沙沟镇2021年政府工作报告',
      '索 引 号: | yishuisgz2761108/2021-0000066 | 主 题 词: | 政务公开 | 公开方式: | 主动公开 |',
      '文 号: | 发布机构: | 沂水县沙沟镇 | 发布日期: | 2021-02-27 | |',
      third,
      '标 题: | 沙沟镇2021年政府工作报告 |',
      '政 府 工 作 报 告',
      '——2021年2月27日在沙沟镇第十六届人民代表大会',
      '第六次会议上',
      '沙沟镇镇长 刘彦成',
      '各位代表:',
      '现在,我代表镇政府向大会报告工作,请予审议,并请列席人员提出意见。',
    ].join('\n');

  test('its 成文日期 is read, the row still removed and reported (was: the whole row dropped as a click counter)', () => {
    const { front, blocks, result } = readIngested(page('浏览次数: | 有 效 性: | 成文日期: | 2021-02-27 | ||'));
    expect((front.disclosure as Record<string, string>)['成文日期']).toBe('2021-02-27');
    expect(blocks[0]).toBe('各位代表：');
    expect(result.file.messages.some((m) => m.ruleId === 'counter' && m.reason.includes('浏览次数'))).toBe(true);
  });

  test('guard: a counter row with no label of the table in it gives the table nothing', () => {
    const { front } = readIngested(page('浏览次数: | 1203 |'));
    expect(Object.keys(front.disclosure as Record<string, string>)).not.toContain('浏览次数');
    expect((front.disclosure as Record<string, string>)['成文日期']).toBeUndefined();
  });

  test('guard: a counter row lines away from the table (under the text) is no row of it', () => {
    const { front } = readIngested(`${page('浏览次数: | 有 效 性: |')}\n浏览次数: | 成文日期: | 2020-01-01 |`);
    expect((front.disclosure as Record<string, string>)['成文日期']).toBeUndefined();
  });
});
