/**
 * Ingest defects found on the eighth round of held-out real pages
 * (2026-12-01: 12 report beginnings of other kinds — budget, final-accounts
 * and audit reports, a procuratorate's, standing committees' (人大, 政协),
 * a policy address, a 兵团 city's, mid-year reports, a development zone's and
 * a new area's — never seen by ingest, listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 8").
 * Each test is the page shape reduced to a few lines; its name says what
 * ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string, fileName?: string) => readIngested(text, fileName, { clean: false });

const opening = '现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。';

describe('held-out round 8: portal furniture above the title', () => {
  test('a portal\'s accessibility row and a "您当前的位置:" breadcrumb are boilerplate, not the title (was: "无障碍版长者助手登录您当前的位置：> >政府工作报告" as title and issuer)', () => {
    const { front, blocks } = read(
      [
        '无障碍版 长者助手 登录',
        '您当前的位置: > >政府工作报告',
        '',
        '翠亨新区2022年工作总结及2023年工作部署',
        '',
        '信息来源:本网 发布日期:2023-02-21 分享:',
        '',
        '2022年工作总结',
        '',
        '    2022年，面对百年变局和世纪疫情交织叠加的复杂局面，在市委市政府的坚强领导下，翠亨新区坚持以习近平新时代中国特色社会主义思想为指导，高效统筹疫情防控和经济社会发展，较好完成年度工作目标任务。全年实现地区生产总值220.71亿元，同比增长16.3%。',
      ].join('\n'),
    );
    expect(front.title).toBe('翠亨新区2022年工作总结及2023年工作部署');
    expect(front.issuer).toBeUndefined();
    expect(blocks[0]).toMatch(/^(## )?2022年工作总结$/);
  });

  test('"当前页面: 首页 > …" is a breadcrumb (was: taken as the title)', () => {
    const { front, result } = read(['当前页面: 首页  > 政务公开 > 专题专栏 > 两会专题 > 重要报告', '', '各位委员：', opening].join('\n'));
    expect(front.title ?? '').toBe('');
    expect(result.file.messages.some((m) => m.ruleId === 'breadcrumb')).toBe(true);
  });

  test('a skip link "跳过导航" is boilerplate, not the title (was: title "跳过导航")', () => {
    const { front, result } = read(['跳过导航', '', '各位代表：', opening].join('\n'));
    expect(front.title ?? '').toBe('');
    expect(result.file.messages.some((m) => m.ruleId === 'navigation')).toBe(true);
  });

  test('"label: value" stamp rows and "[字体: ]" between the title and its occasion (was: no title, the title line removed as page head)', () => {
    const { front, blocks } = read(
      [
        '安徽省人民代表大会常务委员会工作报告',
        '',
        '访问次数: 2538        作者: ahjgbzw                发布时间:2020-01-23',
        '',
        '[字体: ]',
        '',
        '——2020年1月14日在安徽省第十三届人民代表大会第三次会议上',
        '省人大常委会副主任 沈素琍',
        '',
        '各位代表:',
        '  我受省人大常委会委托,向大会报告工作,请予审议。',
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '安徽省人民代表大会常务委员会工作报告', issuer: '安徽省人民代表大会常务委员会', date: '2020-01-14', speaker: '省人大常委会副主任 沈素琍' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: a sentence that names a source and a time is text, not a stamp row', () => {
    const { blocks } = read(['各位代表：', opening, '来源：统计局 时间：全年，全市地区生产总值增长6%。'].join('\n'));
    expect(blocks.at(-1)).toMatch(/^来源：统计局\s*时间：全年，全市地区生产总值增长6%。$/);
  });
});
