/**
 * Ingest defects found on the fourth round of held-out real pages
 * (2026-11-30: 12 pages never seen by ingest, listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 4").
 * Each test is the page shape reduced to a few lines; its name says what
 * ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string, fileName?: string) => readIngested(text, fileName, { clean: false });

const prose = '一年来，常委会坚持以科学发展观为指导，紧紧围绕全区工作大局，依法履职，注重实效，较好地发挥了地方国家权力机关的职能作用，开创了人大工作新局面。';

describe('held-out round 4: standing committees and courts that report in their own name', () => {
  test('"我受xx区第二届人民代表大会常务委员会委托": the standing committee (was: no issuer; the piece number "第1篇" kept in the title)', () => {
    const { front, blocks } = read(['第1篇 区人大会常务委员会工作报告', '各位代表:', '我受xx区第二届人民代表大会常务委员会委托,向大会报告工作,请予审议。', prose].join('\n'));
    expect(front).toMatchObject({ title: '区人大会常务委员会工作报告', issuer: 'xx区人民代表大会常务委员会' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('a CPPCC standing committee: "我代表中国人民政治协商会议第十一届xx市委员会常务委员会" (was: no issuer)', () => {
    const { front } = read(
      ['中国人民政治协商会议XX市委员会常务委员会工作报告(摘要)', '各位委员:', '我代表中国人民政治协商会议第十一届xx市委员会常务委员会,向大会报告工作,请予审议,并请列席会议的同志提出意见。', prose].join('\n'),
    );
    expect(front).toMatchObject({ title: '中国人民政治协商会议XX市委员会常务委员会工作报告（摘要）', issuer: '中国人民政治协商会议xx市委员会常务委员会' });
  });

  test('a court: "我代表最高人民法院向大会报告工作" (was: no issuer)', () => {
    const { front } = read(['最高人民法院工作报告', '各位代表:', '现在,我代表最高人民法院向大会报告工作,请予审议,并请全国政协各位委员提出意见。', prose].join('\n'));
    expect(front).toMatchObject({ issuer: '最高人民法院' });
  });

  test('guard: a standing committee named in its title keeps the title\'s name; a government report keeps its government', () => {
    expect(read(['2021年余姚市人民代表大会常务委员会工作报告', '各位代表:', '我受余姚市第十七届人民代表大会常务委员会委托,向大会报告工作,请予审议。', prose].join('\n')).front).toMatchObject({
      issuer: '余姚市人民代表大会常务委员会',
    });
    // A government reporting TO a standing committee is still the government.
    const toCommittee = ['关于2023年度国有资产管理情况的综合报告', '——2024年10月22日在珠海市第十届人民代表大会常务委员会第二十三次会议上', '珠海市人民政府副市长 张宜生', '主任、各位副主任、秘书长、各位委员:', '我代表珠海市人民政府向市人民代表大会常务委员会报告2023年度国有资产管理情况,请予审议。', prose];
    expect(read(toCommittee.join('\n')).front).toMatchObject({ issuer: '珠海市人民政府' });
  });
});

describe('held-out round 4: the title', () => {
  test('a bullet and a channel tag before the title ("• 【投资滨江区】2018年…") (was: both kept in the title)', () => {
    const { front } = read(
      ['• 【投资滨江区】2018年杭州市滨江区政府工作报告', '', '(2018年1月22日在杭州市滨江区第五届人民代表大会第二次会议上)', '杭州市滨江区人民政府区长 金志鹏', '各位代表:', '现在,我代表杭州市滨江区人民政府向大会报告工作,请予审议。', prose].join('\n'),
    );
    expect(front).toMatchObject({ title: '2018年杭州市滨江区政府工作报告', issuer: '杭州市滨江区人民政府', date: '2018-01-22' });
  });
});
