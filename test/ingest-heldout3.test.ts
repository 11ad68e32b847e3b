/**
 * Ingest defects found on the third round of held-out real pages
 * (2026-11-30: 11 pages never seen by ingest, listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 3").
 * Each test is the page shape reduced to a few lines; its name says what
 * ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

const opening = '现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。';

describe('held-out round 3: the title and the issuer', () => {
  test('a site slogan above a title that names its issuer and year (was: slogan glued to the title, no issuer)', () => {
    const { front, blocks } = read(
      [
        '文档库 最新最全的文档下载',
        '当前位置:文档库 › 朝阳区人民政府2003年政府工作报告',
        '朝阳区人民政府2003年政府工作报告',
        '(2003年12月23日在区十五届人大二次会议上)',
        '区长 陈克信',
        '各位代表:',
        opening,
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '朝阳区人民政府2003年政府工作报告', issuer: '朝阳区人民政府', date: '2003-12-23', speaker: '区长 陈克信' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: a title printed over two lines is still joined ("关于…预算执行和" + "其他…报告")', () => {
    const { front } = read(
      ['关于珠海市2020年度市本级预算执行和', '其他财政收支的审计工作报告', '——2021年7月28日在珠海市第十届人民代表大会常务委员会第三十七次会议上', '珠海市审计局局长  刘湘', '主任、各位副主任、秘书长、各位委员:', '我受市人民政府委托，报告2020年度市本级预算执行和其他财政收支的审计情况，请予审议。'].join('\n'),
    );
    expect(front).toMatchObject({ title: '关于珠海市2020年度市本级预算执行和其他财政收支的审计工作报告' });
  });

  test('the issuing bureau glued in front of "关于…的报告" (was: the bureau kept in the title, no issuer)', () => {
    const { front, blocks } = read(
      [
        '您的位置: 首页>区财政局>政务公开>法定主动公开内容>财政预决算 > 区级预算报告',
        '重庆市长寿区财政局关于重庆市长寿区2022年预算执行情况和2023年预算草案的报告',
        '各位代表:',
        '受区人民政府委托，现将我区2022年预算执行情况和2023年预算草案的报告提请大会审查，并请各位政协委员提出意见。',
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '关于重庆市长寿区2022年预算执行情况和2023年预算草案的报告', issuer: '重庆市长寿区财政局' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('a 管委会 report: "我代表新区管委会", the area named in the title; a channel word above the title (was: no issuer, "新闻" as the first paragraph)', () => {
    const { front, blocks } = read(
      [
        '新闻',
        '首页 > 信息公开 > 政府信息公开 > 工作报告',
        '光明新区2016年政府工作报告',
        '日期:2016年 02月 16日    信息来源: 光明新区',
        '字号:',
        '同志们:',
        '  根据会议安排,我代表新区管委会向大会报告工作。',
        '  2015年工作回顾',
        '  2015年,光明新区管委会在市委市政府和新区党工委的正确领导下,各项工作积极推进。',
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '光明新区2016年政府工作报告', issuer: '光明新区管委会' });
    expect(blocks[0]).toBe('同志们：');
  });
});

describe('held-out round 3: the issuer the report names itself', () => {
  const haizhu = (words: string) =>
    read(['——2003年4月22日在广州市海珠区第十三届人民代表大会第一次会议上', '区长 邓伟强', '各位代表:', `${words}向大会作政府工作报告,请予审议,并请政协委员和其他列席人员提出意见。`].join('\n')).front;

  test('a bare role (区长) and "我代表海珠区人民政府" in the text: the name the report gives (was: 广州市海珠区人民政府 from the occasion)', () => {
    expect(haizhu('我代表海珠区人民政府')).toMatchObject({ issuer: '海珠区人民政府' });
  });

  test('guard: "我代表区人民政府" names no place: the occasion completes it', () => {
    expect(haizhu('我代表区人民政府')).toMatchObject({ issuer: '广州市海珠区人民政府' });
  });
});

describe('held-out round 3: journal-index pages', () => {
  test('an abstract marker "简介:<正>" before the salutation and the title line after it (was: refused as a page without report text)', () => {
    const { blocks, result } = read(
      [
        '简介:<正>各位代表:本届省政府2003年1月就职,任期即将结束。现在,我代表本届省政府,向省第十一届人民代表大会第一次会议报告过去五年的工作,请予审议。',
        '政府工作报告——2008年1月25日在湖北省第十一届人民代表大会第一次会议上',
      ].join('\n'),
    );
    expect(blocks[0]).toMatch(/^各位代表：本届省政府/);
    expect(result.file.messages.map((m) => m.reason).join('\n')).toContain('<正>');
  });

  test('"摘要" alone and "<正>" before the salutation (was: "摘要" as the first paragraph, the marker in the text)', () => {
    const { blocks } = read(
      ['摘要', '<正>全国人民代表大会常务委员会:受国务院委托,我向全国人大常委会报告今年以来国民经济和社会发展计划执行情况,请审议。新冠肺炎疫情是百年来最严重的全球公共卫生突发事件。'].join('\n'),
    );
    expect(blocks[0]).toMatch(/^全国人民代表大会常务委员会：受国务院委托/);
  });

  test('guard: a label with no "<正>" marker is text ("简介:" opening a sentence stays whole)', () => {
    const { blocks } = read(['各位代表：', opening, '项目简介:全区新建学校12所，新增学位8000个。'].join('\n'));
    expect(blocks).toContain('项目简介：全区新建学校12所，新增学位8000个。');
    const second = read(['各位代表：', opening, '简介:全区新建学校12所，新增学位8000个。'].join('\n'));
    expect(second.blocks).toContain('简介：全区新建学校12所，新增学位8000个。');
  });
});

describe('held-out round 3: template and document-library pages', () => {
  test('an anonymised template: aggregator headings, a "篇一:" piece heading, a site stamp, a blank date "2014年 月 日", "镇长 XX" (was: the site heading for the title, no speaker, the headings as the first paragraphs)', () => {
    const { front, blocks } = read(
      [
        '乡镇人大会,政府工作报告',
        '| 报告 |',
        '【www.guakaob.com--报告】',
        '篇一:乡镇人大会,政府工作报告',
        '镇人代会政府工作报告',
        'XX镇政府工作报告',
        '2014年 月 日',
        '镇长 XX',
        '各位代表:',
        '我代表镇人民政府，向大会报告工作，请予审查，并请镇政协委员提出意见。',
        '2013年工作回顾',
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: 'XX镇政府工作报告', issuer: 'XX镇人民政府', speaker: '镇长 XX' });
    expect(front.date).toBeUndefined();
    expect(blocks[0]).toBe('各位代表：');
  });

  test('a document library\'s stats (ID, 大小, 页数), thumbnail captions "…_第1页", 资源描述 and the upload blurb (was: all left in the body)', () => {
    const { blocks } = read(
      [
        '乡镇换届五年政府工作报告',
        'ID:21393329',
        '大小:44.50 KB',
        '页数:21页',
        '时间:2018-10-21',
        '乡镇换届五年政府工作报告_第1页',
        '乡镇换届五年政府工作报告_第2页',
        '资源描述:',
        '《乡镇换届五年政府工作报告》由会员上传分享,免费在线阅读,更多相关内容在应用文档-天天文库',
        '各位代表:',
        opening,
      ].join('\n'),
    );
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: report sentences that start like the stats stay ("大小:…。", "页数…")', () => {
    const { blocks } = read(['各位代表：', opening, '大小:全区大小水库127座，全部完成除险加固。', '资源描述清楚的项目优先安排。'].join('\n'));
    expect(blocks).toContain('大小：全区大小水库127座，全部完成除险加固。');
    expect(blocks).toContain('资源描述清楚的项目优先安排。');
  });
});

describe('held-out round 3: the outline', () => {
  const head = ['各位代表：', '受区人民政府委托，现将我区2022年预算执行情况和2023年预算草案的报告提请大会审查。', '一、2022年财政工作情况', '（一）主要政策落实及重点工作开展情况。'];

  test('"1.…，…。" alone between a heading and its prose is a sub-heading (was: kept as a list item)', () => {
    const { blocks } = read([...head, '1.加强助企纾困，稳定宏观经济大盘。', '一是加大减税降费力度。全面落实新的组合式税费支持政策，实行大规模留抵退税，有效提振市场主体信心，增强发展内生动力。'].join('\n'));
    expect(blocks.find((b) => b.includes('加强助企纾困'))).toMatch(/^#+ 1\.加强助企纾困，稳定宏观经济大盘$/);
  });

  test('guard: the same sentence followed by item 2 is an item of a list', () => {
    const { blocks } = read(
      [...head, '1.加强助企纾困，稳定宏观经济大盘。', '2.全面落实新的组合式税费支持政策，实行大规模留抵退税，加力扩围阶段性缓缴社保费政策，兑现支持资金17.3亿元。'].join('\n'),
    );
    expect(blocks).toContain('1.加强助企纾困，稳定宏观经济大盘。');
  });
});
