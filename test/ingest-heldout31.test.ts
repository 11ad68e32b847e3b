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

describe('held-out round 31: a bilingual page that prints each English BEFORE its Chinese', () => {
  /** Each block's English from en.md, by the Chinese block's text (zh.md and en.md share the ids). */
  const pairs = (text: string) => {
    const { result } = readIngested(text);
    const ids = new Map<string, string>();
    for (const line of result.markdown.split('\n')) {
      const m = /^(?:#+ )?(.*?) \{#([a-z]-[0-9a-f]+)\}$/.exec(line);
      if (m) ids.set(m[2], m[1]);
    }
    const out: Record<string, string> = {};
    for (const line of (result.english?.markdown ?? '').split('\n')) {
      const m = /^(?:#+ )?(.*?) \{#([a-z]-[0-9a-f]+) /.exec(line);
      if (m && ids.has(m[2])) out[ids.get(m[2])!] = m[1];
    }
    return { out, result };
  };
  // The SPP's 2019 report in a think tank's library: the title block, the site's links, then English / Chinese in turn.
  const page = [
    '最高人民检察院工作报告 ——2019年3月12日在第十三届全国人民代表大会第二次会议上',
    'Return to the Library',
    'View the translated and original text side-by-side',
    'Distinguished delegates:',
    '各位代表:',
    'Now, on behalf of the Supreme People’s Procuratorate, I will report to the General Assembly on our work. Please review this report, and I invite all members of the National Committee of the Chinese People’s Political Consultative Conference to give their opinions.',
    '现在,我代表最高人民检察院,向大会报告工作,请予审议,并请全国政协各位委员提出意见。',
    'Review of Work from 2018',
    '2018年工作回顾',
    'The year 2018 marks the 40th anniversary of reform and opening up as well as the 40th anniversary of the restoration and reconstruction of procuratorial institutions, and the procuratorates worked hard under the leadership of the Party.',
    '2018年是改革开放40周年,也是检察机关恢复重建40周年,全国检察机关在党中央坚强领导下,在全国人大及其常委会有力监督下,忠实履行宪法法律赋予的职责。',
  ].join('\n');

  test('each English is the Chinese after it (was: the first paragraph\'s English under the salutation, the rest unpaired)', () => {
    const { out, result } = pairs(page);
    expect(out['各位代表：']).toBe('Distinguished delegates:');
    expect(out['现在，我代表最高人民检察院，向大会报告工作，请予审议，并请全国政协各位委员提出意见。']).toMatch(/^Now, on behalf of the Supreme/);
    expect(out['2018年工作回顾']).toBe('Review of Work from 2018');
    expect(Object.keys(out).find((k) => k.startsWith('2018年是改革开放'))).toBeDefined();
    expect(result.file.messages.find((m) => m.ruleId === 'english-twin' && m.reason.startsWith('Read the page'))?.reason).toContain('the English before 4 Chinese block(s)');
  });

  test('English after the last Chinese block is said, not paired (the page cut before its Chinese)', () => {
    const { result } = pairs(page.split('\n').slice(0, -1).join('\n'));
    expect(result.file.messages.some((m) => m.ruleId === 'english-twin' && m.reason.includes('follows the last Chinese block'))).toBe(true);
  });

  test('guard: a page that prints each English after its Chinese is paired as before', () => {
    const after = [
      '政府工作报告',
      '——2019年1月14日在北京市第十五届人民代表大会第二次会议上',
      '各位代表:',
      'Fellow Deputies,',
      '现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。',
      'On behalf of the Municipal People’s Government, I will now report to you on the work of the government for your deliberation and approval, and I also invite comments from members of the Municipal Committee of the CPPCC.',
      '一、2018年工作回顾',
      'I. Review of Work in 2018',
      '2018年是全面贯彻党的十九大精神的开局之年,全市经济社会发展取得新的成绩,人民生活水平不断提高,首都发展站在新的起点上。',
      'The year 2018 was the first year for fully implementing the guiding principles of the 19th CPC National Congress, and the city made new progress in its economic and social development.',
      // (paragraphs of like length in turn: each English is in step with the next Chinese too, by chance)
      '我们坚持稳中求进工作总基调,经济运行保持在合理区间,城乡居民收入稳步增长。',
      'We followed the general principle of pursuing progress while ensuring stability, kept the economy within an appropriate range, and saw steady growth in the incomes of urban and rural residents.',
      '我们扎实推进疏解整治促提升,城市精细化管理水平不断提高,生态环境持续改善,群众获得感明显增强。',
      'We made solid progress in relocating functions and improving the city, raised the level of its fine management, improved its environment, and gave the people a greater sense of gain.',
    ].join('\n');
    const { out } = pairs(after);
    expect(out['各位代表：']).toBe('Fellow Deputies,');
    expect(out['现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。']).toMatch(/^On behalf of the Municipal/);
    expect(out['一、2018年工作回顾']).toBe('I. Review of Work in 2018');
    expect(Object.entries(out).find(([zh]) => zh.startsWith('我们坚持稳中求进'))?.[1]).toMatch(/^We followed/);
  });
});

describe('held-out round 31: a part\'s name as the text\'s last block, the page cut right after it', () => {
  const page = (lines: string[]) =>
    ['最高人民检察院工作报告', '——2019年3月12日在第十三届全国人民代表大会第二次会议上', '各位代表:', ...lines].join('\n');
  const prose = '现在,我代表最高人民检察院,向大会报告工作,请予审议,并请全国政协各位委员提出意见。';

  test('"2018年工作回顾" after a paragraph of prose is a heading (was: a paragraph, the page\'s last)', () => {
    const { blocks } = readIngested(page([prose, '2018年工作回顾']));
    expect(blocks.at(-1)).toBe('## 2018年工作回顾');
  });

  test('guard: after a short line (a contents list\'s entries) it stays a paragraph', () => {
    const { blocks } = readIngested(page([prose, '2018年工作回顾', '2019年工作安排']));
    expect(blocks.at(-1)).toBe('2019年工作安排');
  });

  test('guard: a last line of another shape stays a paragraph', () => {
    const { blocks } = readIngested(page([prose, '2018年检察工作']));
    expect(blocks.at(-1)).toBe('2018年检察工作');
  });
});

describe('held-out round 31: the commas a glossing converter doubled', () => {
  // 玉树州 2022: traditional characters with pinyin glosses, every comma printed ",," and one put before 。 and 、.
  const page = (body: string) => ['2022年玉樹州政府工作報告(全文)', '州長 索南丹增', '各位代表:', '一、2021年工作回顧', body].join('\n');
  const glossed = '一年來,,我們堅持以習近平新時代中國特色社會主義思想為指導,,在州人大和州政協(xié)的監(jiān)督支持下,,全年主要目標任務較好完成,增長8%,,實現(xiàn)了“十四五”良好開局,。';

  test('",," and ",。" on a page the converter glossed are one mark, said (was: "，，" and "，。" kept in the text)', () => {
    const { blocks, result } = readIngested(page(glossed));
    expect(blocks.at(-1)).toBe('一年來，我們堅持以習近平新時代中國特色社會主義思想為指導，在州人大和州政協的監督支持下，全年主要目標任務較好完成，增長8%，實現了“十四五”良好開局。');
    expect(result.file.messages.find((m) => m.ruleId === 'pinyin' && m.reason.includes('doubled'))?.reason).toContain('Removed 5 comma(s)');
  });

  test('guard: the same commas on a page with no glosses stay as printed (another kind of slip: not guessed)', () => {
    const { blocks } = readIngested(page(glossed.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/gu, '')));
    expect(blocks.at(-1)).toContain('一年來，，我們');
  });

  test('guard: one doubled comma on a glossed page stays (a slip of one line, not the converter\'s habit)', () => {
    const { blocks } = readIngested(page('一年來,,我們堅持以習近平新時代中國特色社會主義思想為指導,在州人大和州政協(xié)的監(jiān)督支持下,全年主要目標任務較好完成。'));
    expect(blocks.at(-1)).toContain('一年來，，我們');
  });
});
