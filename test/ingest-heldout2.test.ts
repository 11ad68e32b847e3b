/**
 * Ingest defects found on the second round of held-out real pages
 * (2026-11-30: 12 pages never seen by ingest, listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 2"),
 * and one seen by the lead on an unseen page (略阳县 2023). Each test is the
 * page shape reduced to a few lines; its name says what ingest did before
 * ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

const opening = '现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。';

describe('held-out round 2: lead sentences from plain text', () => {
  test('a short summary sentence "X、Y，Z。" opening a paragraph (略阳县 2023; was: no lead)', () => {
    const { leads } = read(
      [
        '各位代表：',
        opening,
        '一、过去五年工作回顾',
        '沉着应对、同心战疫，人民健康有效保障。统筹疫情防控和经济社会发展，坚决落实“外防输入、内防反弹”总策略，全县未发生本土疫情。',
        '聚焦产业、壮大实体，经济实力持续增强。全县生产总值年均增长6.5%，规上工业增加值年均增长8.1%。',
      ].join('\n'),
    );
    expect(leads).toEqual(['沉着应对、同心战疫，人民健康有效保障。', '聚焦产业、壮大实体，经济实力持续增强。']);
  });

  test('guard: narrative sentences with 、 and one comma stay unmarked (an enumeration, a long clause, a 我们 clause)', () => {
    const { leads } = read(
      [
        '各位代表：',
        opening,
        '一、过去五年工作回顾',
        '教育、卫生、文化、体育等社会事业投入持续加大，民生支出占一般公共预算支出的比重达到百分之八十。全县新建学校12所。',
        '城区、园区，我们同步推进基础设施建设。新建道路48公里。',
        '会议听取、审议了报告，通过了决议。代表们认为报告实事求是。',
      ].join('\n'),
    );
    expect(leads).toEqual([]);
  });
});

describe('held-out round 2: the title block', () => {
  test('a site address watermark glued to the title-block lines and alone on others (was: title, issuer, speaker lost; the watermark in the body)', () => {
    const mark = '文章源自英文巴士-https://www.en84.com/15265.html';
    const { front, blocks } = read(
      [
        `全国人民代表大会常务委员会工作报告${mark}`,
        `REPORT ON THE WORK OF THE STANDING COMMITTEE OF THE NATIONAL PEOPLE’S CONGRESS${mark}`,
        ` ${mark}`,
        `——2024年3月8日在第十四届全国人民代表大会第二次会议上${mark}`,
        `Delivered at the Second Session of the 14th National People’s Congress${mark}`,
        `March 8, 2024${mark}`,
        ` ${mark}`,
        `全国人民代表大会常务委员会委员长 赵乐际${mark}`,
        `Zhao Leji${mark}`,
        '各位代表：',
        '我受全国人大常委会委托，向大会报告工作，请予审议。',
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '全国人民代表大会常务委员会工作报告', speaker: '全国人民代表大会常务委员会委员长 赵乐际', date: '2024-03-08' });
    expect(blocks.join('\n')).not.toContain('en84');
  });

  test('guard: a line printed twice and at the end of another line is no watermark without a site address', () => {
    const { blocks } = read(['各位代表：', opening, '（此处内容从略）', '一、过去一年工作回顾', '（此处内容从略）', '二、今年工作安排', '（此处内容从略）', '坚持稳中求进。全年工作（此处内容从略）'].join('\n'));
    expect(blocks.filter((b) => b.includes('此处内容从略'))).toHaveLength(4);
  });

  test('the English twin of the title between the title and the occasion (was: the title removed as page head, no title)', () => {
    const { front, blocks } = read(
      [
        '【雙語】政府工作報告全文(2025年)',
        '政府工作報告',
        'REPORT ON THE WORK OF THE GOVERNMENT',
        '——2025年3月5日在第十四屆全國人民代表大會第三次會議上',
        'Delivered at the Third Session of the 14th National People’s Congress of the People’s Republic of China on March 5, 2025',
        '國務院總理 李強',
        'Li Qiang',
        '各位代表:',
        '現在,我代表國務院,向大會報告政府工作,請予審議。',
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '政府工作報告', speaker: '國務院總理 李強', date: '2025-03-05' });
    // The English lines stay in the body (as on every bilingual page); nothing Chinese of the title block does.
    expect(blocks.find((b) => /\p{Script=Han}/u.test(b))).toBe('各位代表：');
  });

  test('a long name after a role and two spaces (阿拉腾宝力格; was: no speaker, the line left as the first paragraph)', () => {
    const { front, blocks } = read(
      ['2024年乌拉特后旗政府工作报告', '2024年1月12日在乌拉特后旗第十三届人民代表大会第三次会议上', '乌拉特后旗人民政府副旗长  阿拉腾宝力格', '各位代表:', opening].join('\n'),
    );
    expect(front).toMatchObject({ speaker: '乌拉特后旗人民政府副旗长 阿拉腾宝力格', issuer: '乌拉特后旗人民政府' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('a bureau alone where the speaker stands (was: no issuer, "南开区财政局" left as the first paragraph)', () => {
    const { front, blocks } = read(
      ['南开区2023年预算执行情况和', '2024年预算草案的报告', '2024年1月11日在南开区第十八届', '人民代表大会第五次会议上', '南开区财政局', '各位代表:', '受区人民政府委托，现将南开区2023年预算执行情况和2024年预算草案提请大会审议。'].join('\n'),
    );
    expect(front).toMatchObject({ title: '南开区2023年预算执行情况和2024年预算草案的报告', issuer: '南开区财政局', date: '2024-01-11' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('an occasion without a date, the date in brackets under it, a bare letter-spaced name (was: the article heading for the title, no occasion or speaker, 分享 left as the first paragraph)', () => {
    const { front, blocks } = read(
      [
        '2024年政府工作报告',
        '来源:科右前旗 作者:科右前旗政务 发布时间:2024-03-12 15:58 浏览次数:',
        '分享',
        '下载本页 打印',
        ' 政 府 工 作 报 告',
        '  ——在科右前旗第十八届人民代表大会第三次会议上',
        '  (2024年3月12日)',
        '  刘 海 涛',
        '各位代表:',
        '  现在,我代表科右前旗人民政府向大会报告工作,请予审议。',
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '政府工作报告', occasion: '在科右前旗第十八届人民代表大会第三次会议上', date: '2024-03-12', date_source: 'title', speaker: '刘海涛' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('an article heading with the year in brackets above the title; the date in brackets after the speaker (was: title "政府工作报告（2022年）政府工作报告")', () => {
    const { front, blocks } = read(
      [
        '当前位置: 首页 > 政务公开 > 政府工作报告',
        '政 府 工 作 报 告(2022年)',
        '发布日期:2022-02-11 19:15',
        '政府工作报告',
        '  ——在东乌珠穆沁旗第十六届人民代表大会第一会议上',
        '  东乌旗人民政府代旗长 周玉龙',
        '  (2022年1月5日)',
        '各位代表:',
        '  现在,我代表旗人民政府向大会报告工作,请予审议。',
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '政府工作报告', date: '2022-01-05', date_source: 'title', speaker: '东乌旗人民政府代旗长 周玉龙' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('an occasion whose 年 was lost ("20211月12日"; was: no date)', () => {
    const { front } = read(
      ['关于延边朝鲜族自治州2020年预算执行情况和2021年预算草案的报告', '——20211月12日在延边朝鲜族自治州第十五届人民代表大会第次会议上', '州财政局局长 文金哲', '各位代表:', '受州人民政府委托，现将2020年预算执行情况和2021年预算草案提请大会审议。'].join('\n'),
    );
    expect(front).toMatchObject({ date: '2021-01-12', date_source: 'occasion' });
  });
});

describe('held-out round 2: the outline', () => {
  test('an unnumbered part heading followed by its English twin (was: a paragraph)', () => {
    const long = '2023年是全面贯彻党的二十大精神的开局之年。面对异常复杂的国际环境和艰巨繁重的改革发展稳定任务，全国人大常委会依法履职。';
    const { blocks } = read(['各位代表：', '我受全国人大常委会委托，向大会报告工作，请予审议。', 'On behalf of the Standing Committee, I now present this report on its work for your deliberation.', '过去一年的工作', 'The Year in Review', long, 'In 2023, the Standing Committee performed its duties in accordance with the law.'].join('\n'));
    expect(blocks).toContain('## 过去一年的工作');
    expect(blocks).toContain('The Year in Review');
  });

  test('a final-accounts report to a standing committee under a disclosure package\'s contents: "…的" + "报 告", an occasion without 在…上, two roles (was: the package heading for the title, contents as headings, no occasion or speaker)', () => {
    const { front, blocks } = read(
      [
        '2023年新邵县政府决算公开',
        '一、 政府决算报告',
        '二、 政府决算说明',
        '1、 税收返还和转移支付执行情况说明',
        '2、 举借债务情况说明',
        '三、 政府决算表',
        '1、 一般公共预算收支决算表',
        '2、 一般公共预算收入决算表',
        '一、政府决算报告',
        '关于新邵县2023年财政决算草案的',
        '报 告',
        '2024年11月27日县十八届人大常委会第二十三次会议',
        '县财政局党组书记、局长 谭中凡',
        '主任、各位副主任、各位委员:',
        '受县人民政府委托，现在我向各位报告2023年财政决算情况，请予审议。',
      ].join('\n'),
    );
    expect(front).toMatchObject({
      title: '关于新邵县2023年财政决算草案的报告',
      occasion: '2024年11月27日县十八届人大常委会第二十三次会议',
      date: '2024-11-27',
      date_source: 'occasion',
      speaker: '县财政局党组书记、局长 谭中凡',
      issuer: '新邵县财政局', // the speaker's bureau, its place from the title
    });
    expect(blocks[0]).toBe('主任、各位副主任、各位委员：');
  });

  test('guard: a speaker whose name ends in 厅 or 局 is a speaker, not a bureau standing alone', () => {
    const { front } = read(['政府工作报告', '——2024年1月10日在某某市第十七届人民代表大会第四次会议上', '市长 王建厅', '各位代表：', '现在，我代表市人民政府向大会报告工作，请予审议。'].join('\n'));
    expect(front.speaker).toBe('市长 王建厅');
    // and a four-character bureau alone is the issuer, not a name
    const bureau = read(['关于2023年预算执行情况的报告', '——2024年1月10日在某某区第十八届人民代表大会第五次会议上', '区财政局', '各位代表：', '受区人民政府委托，现将预算执行情况提请大会审议。'].join('\n'));
    expect(bureau.front.speaker).toBeUndefined();
  });

  test('two roles joined by 、 before the name (市委副书记、市长; was: no speaker)', () => {
    const { front } = read(['政府工作报告', '——2024年1月10日在某某市第十七届人民代表大会第四次会议上', '市委副书记、市长 王某某', '各位代表：', '现在，我代表市人民政府向大会报告工作，请予审议。'].join('\n'));
    expect(front.speaker).toBe('市委副书记、市长 王某某');
  });
});
