/**
 * Defects new user round 34 met (2026-12-05): a city's STATE-OWNED ASSETS report, 武汉市人民政府关于2020年度国有资产管理情况的
 * 综合报告, delivered by the director of the municipal finance bureau to the standing committee of the municipal people's
 * congress, on a copy of the finance bureau's disclosure page (baduzz.com; test/fixtures/newuser-round34). Each test is the
 * page reduced to a few lines, its URL beside it; its name says what the tool did before. What a careful reader expects was
 * written before the page was ingested: title 关于2020年度国有资产管理情况的综合报告 with 武汉市人民政府 the issuer; date
 * 2021-07-30 and occasion 2021年7月30日在武汉市第十四届人民代表大会常务委员会第三十九次会议上; speaker 武汉市财政局局长 项波
 * (the letter-spaced name joined); the text from the salutation "主任,各位副主任,秘书长,各位委员:"; headings 一、 and (一); item
 * "1." over a paragraph that runs its sub-items (1), (2) and (3) on, each label a short sentence ("(1)资产负债情况。") — the
 * three alike, none set apart; cut at "国有资".
 */
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

// https://baduzz.com/czj/FBJD/XXGKML/CZGK/GYZCBG/202206/t20220628_1995349 — the title block, the salutation, heading 一、 and
// its paragraph cut short, heading (一), item 1. and the paragraph of its three sub-items (the third cut where the copy ends).
const wuhan = [
  '武汉市人民政府关于2020年度国有资产管理情况的综合报告',
  '——2021年7月30日在武汉市第十四届人民代表大会常务委员会第三十九次会议上',
  '武汉市财政局局长 项 波',
  '主任,各位副主任,秘书长,各位委员:',
  '一、国有资产总体情况',
  '2020年,全市纳入国有资产报告统计的单位(企业)共计3897户,资产总额35666.27亿元,同比增长15.9%。',
  '(一)企业国有资产情况',
  '全市国有企业118户,资产总额22841.85亿元,增长12.6%。',
  '1.市国资委出资企业12户,主要分布在交通运输、建筑安装、社会服务和商贸物流等行业。(1)资产负债情况。资产总额15032.67亿元,增长11%;负债总额10562.69亿元,增长12.9%。(2)生产经营情况。受疫情因素影响,部分经济指标下降,营业收入1513.65亿元,下降13.3%。(3)收益分配情况。上缴国有资本收益2.2亿元。',
].join('\n');

describe('a paragraph running its numbered items on: (1)…。(2)…。(3)…', () => {
  test('no item’s label is set apart as a lead (was: “（1）资产负债情况。” bold, （2） and （3） plain in the same paragraph)', () => {
    const { front, blocks, leads } = read(wuhan, 'page.txt', { clean: false });
    expect([front.title, front.issuer, front.speaker, front.date]).toEqual(['关于2020年度国有资产管理情况的综合报告', '武汉市人民政府', '武汉市财政局局长 项波', '2021-07-30']);
    expect(blocks.at(-1)).toMatch(/^（1）资产负债情况。资产总额.*。（2）生产经营情况。.*。（3）收益分配情况。上缴国有资本收益2\.2亿元。$/u);
    expect(leads).toEqual([]);
  });

  test('the same with 1. items and (一) items run on in one paragraph', () => {
    for (const [first, second] of [['1.', '2.'], ['（一）', '（二）']]) {
      const text = wuhan.replace('(1)资产负债情况。', `${first}资产负债情况。`).replace('(2)生产经营情况。', `${second}生产经营情况。`).replace('(3)收益分配情况。', '');
      const { leads } = read(text, 'page.txt', { clean: false });
      expect(leads, first).toEqual([]);
    }
  });

  test('guard: each item on a line of its own reads as before — (1)’s paragraph with its lead, (2) and (3) run-in headings', () => {
    const text = wuhan.replace('。(2)', '。\n(2)').replace('。(3)', '。\n(3)');
    const { leads, blocks } = read(text, 'page.txt', { clean: false });
    expect(leads).toEqual(['（1）资产负债情况。']);
    expect(blocks.filter((b) => b.startsWith('#'))).toContain('##### （2）生产经营情况');
  });

  test('guard: a later item’s number that is not the next one (（3） after （1）), or one inside a sentence, leaves the lead', () => {
    for (const text of [wuhan.replace('(2)生产经营情况。', '').replace('。(3)', '。\n(3)'), wuhan.replace('。(2)', ',(2)').replace('。(3)', '。\n(3)')]) {
      const { leads } = read(text, 'page.txt', { clean: false });
      expect(leads[0]).toBe('（1）资产负债情况。');
    }
  });
});
