/**
 * Ingest defects found by a new user ingesting a report page never seen by the
 * project (2026-12-01: taojiang.gov.cn, 桃江县 2021 government work report, a
 * county portal's copy of the printed report). Each test is the page shape
 * reduced to a few lines; its name says what ingest did before ("was: …").
 */
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

const opening = '现在，我代表县人民政府向大会作工作报告，请予审议，并请各位政协委员和其他列席人员提出意见。';

describe('new user: the congress file label printed above the title', () => {
  test('"县第十八届人民代表大会第一次会议文件" above "政府工作报告" is no part of the title, and the issuer comes from the speaker and the occasion (was: title "县第十八届人民代表大会第一次会议文件政府工作报告", issuer "县第十八届人民代表大会第一次会议文件政府")', () => {
    const { front, blocks, result } = read(
      [
        '县第十八届人民代表大会第一次会议文件',
        '政府工作报告',
        '——2021年10月19日在桃江县第十八届人民代表大会第一次会议上',
        '县人民政府代理县长 周登高',
        '各位代表:',
        opening,
      ].join('\n'),
    );
    expect(front).toMatchObject({ title: '政府工作报告', issuer: '桃江县人民政府', date: '2021-10-19', speaker: '县人民政府代理县长 周登高' });
    expect(blocks[0]).toBe('各位代表：');
    // The label line is not lost silently: it is reported with its line.
    expect(result.file.messages.some((m) => m.line === 1 && String(m.reason).includes('县第十八届人民代表大会第一次会议文件'))).toBe(true);
  });

  test('with the place and a number ("桃江县第十八届人民代表大会第一次会议文件之一"), the same', () => {
    const { front } = read(
      ['桃江县第十八届人民代表大会第一次会议文件之一', '政府工作报告', '——2021年10月19日在桃江县第十八届人民代表大会第一次会议上', '县人民政府代理县长 周登高', '各位代表:', opening].join('\n'),
    );
    expect(front).toMatchObject({ title: '政府工作报告', issuer: '桃江县人民政府' });
  });

  test('guard: a title printed over two lines still joins ("关于珠海市2020年度市本级预算执行和" + "其他财政收支的审计工作报告")', () => {
    const { front } = read(
      ['关于珠海市2020年度市本级预算执行和', '其他财政收支的审计工作报告', '——2021年8月24日在珠海市第十届人民代表大会常务委员会第一次会议上', '珠海市审计局局长 王某某', '主任、各位副主任、秘书长、各位委员：', '我受市人民政府委托，报告2020年度市本级预算执行和其他财政收支的审计情况，请予审议。'].join('\n'),
    );
    expect(front.title).toBe('关于珠海市2020年度市本级预算执行和其他财政收支的审计工作报告');
  });
});

describe('new user: a run-in topic of an action and its aim', () => {
  const review = (first: string) =>
    read(['政府工作报告', '——2021年10月19日在桃江县第十八届人民代表大会第一次会议上', '各位代表:', opening, '一、2021年工作回顾', first].join('\n')).leads;

  test('"精准防控疫情，守护群众生命健康。" opening a paragraph is its lead sentence (was: no lead)', () => {
    expect(review('精准防控疫情，守护群众生命健康。全力防控新一轮新冠肺炎疫情，摸排管控重点地区来桃人员7297人次，送检核酸检测样品31.7万份，集中隔离599人次。')).toEqual([
      '精准防控疫情，守护群众生命健康。',
    ]);
    expect(review('聚焦农业农村，加快乡村振兴步伐。严格落实“四个不摘”要求，严密开展防止返贫监测预警和巩固帮扶，未出现规模性返贫现象。')).toEqual(['聚焦农业农村，加快乡村振兴步伐。']);
  });

  test('guard: a circumstance and its consequence, a figure, a "我们" clause or a short paragraph are no lead', () => {
    expect(review('面对疫情冲击，经济保持平稳增长。全县上下团结一心，稳住了经济基本盘，守住了民生底线，社会大局和谐稳定。')).toEqual([]);
    expect(review('在市委领导下，全县经济平稳运行。全县上下团结一心，稳住了经济基本盘，守住了民生底线，社会大局和谐稳定。')).toEqual([]);
    expect(review('一年来全县上下，我们迎难而上。全县上下团结一心，稳住了经济基本盘，守住了民生底线，社会大局和谐稳定。')).toEqual([]);
    expect(review('地区生产总值，增长百分之八左右。其余指标平稳。')).toEqual([]);
  });
});

describe('new user: note markers whose notes the page does not hold', () => {
  test('"[1]" and "〔2〕" in the text with no notes section are reported once each, with their line, and kept as text (was: kept silently; the editions print a bare [1])', () => {
    const { blocks, result } = read(
      ['政府工作报告', '——2021年10月19日在桃江县第十八届人民代表大会第一次会议上', '各位代表:', opening, '严格落实“四个不摘”[1]要求，“雨露计划”〔2〕等政策措施有效落实，“四个不摘”[1]落到实处。'].join('\n'),
    );
    expect(blocks.at(-1)).toContain('[1]');
    const reported = result.file.messages.filter((m) => m.ruleId === 'note-marker-unlinked');
    expect(reported.map((m) => `${m.line} ${String(m.reason).slice(0, 12)}`)).toEqual(['5 Unexpected n', '5 Unexpected n']);
    expect(String(reported[0].reason)).toContain('[1]');
    expect(String(reported[1].reason)).toContain('〔2〕');
  });

  test('guard: markers whose notes are on the page are calls, and nothing is reported', () => {
    const { result } = read(['政府工作报告', '各位代表:', opening, '严格落实“四个不摘”[1]要求。', '注释：', '[1]四个不摘：摘帽不摘责任、摘帽不摘政策、摘帽不摘帮扶、摘帽不摘监管。'].join('\n'));
    expect(result.file.messages.filter((m) => m.ruleId === 'note-marker-unlinked')).toEqual([]);
    expect(result.markdown).toContain('[^1]');
  });
});
