/**
 * Ingest defects found on the twenty-second round of held-out pages (2026-12-01):
 * county, county-level city and district reports of 2003–2014 on essay,
 * document-sharing and news sites — listed in test/fixtures/ingest-corpus/README.md
 * under "Held-out pages, round 22". Each test is the page's shape reduced to a few
 * lines; its name says what ingest did before ("was: …"). Guards (precision) are
 * named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const jingning = (speaker: string) => `政府工作报告\n——2011年1月13日在县第十五届人民代表大会\n第五次会议上\n${speaker}\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议,并请各位政协委员和列席人员提出意见建议。\n“十一五”经济社会发展回顾\n“十一五”时期,全县上下坚持以科学发展观为指导,圆满完成了“十一五”规划确定的各项目标任务。`;

describe('held-out round 22: a deputy head gives the government\'s report', () => {
  test('"静宁县常务副县长杨晓勇": the issuer is the county\'s government (was: "静宁县常务副人民政府")', () => {
    const { front } = readIngested(jingning('静宁县常务副县长杨晓勇'));
    expect(front.speaker).toBe('静宁县常务副县长 杨晓勇');
    expect(front.issuer).toBe('静宁县人民政府');
  });

  test('"静宁县副县长杨晓勇": the same for a deputy head (was: "静宁县副人民政府")', () => {
    const { front } = readIngested(jingning('静宁县副县长杨晓勇'));
    expect(front.issuer).toBe('静宁县人民政府');
  });

  test('guard (pins earlier behaviour): "静宁县代县长杨晓勇" — an acting head — still gives 静宁县人民政府', () => {
    const { front } = readIngested(jingning('静宁县代县长杨晓勇'));
    expect(front.issuer).toBe('静宁县人民政府');
  });
});

const review = '“十一五”时期,全县上下坚持以科学发展观为指导,圆满完成了“十一五”规划确定的各项目标任务。';
const pageEnd = (cut: string, next: string) => `政府工作报告\n——2011年1月13日在静宁县第十五届人民代表大会第五次会议上\n静宁县人民政府县长杨晓勇\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、“十一五”经济社会发展回顾\n${review}\n\n五年来,我们狠抓产业开发,突出工业发展,主要经济指标快速增长。${cut}\n\n${next}\n\n特色产业发展取得重大突破,新植果树经济林44万亩。`;

describe('held-out round 22: a sentence broken at a document\'s page end, a blank line between its halves', () => {
  test('"…由“十五”末的" / blank / "12.8亿元增加到19.2亿元,…": one paragraph (was: two, the first ending in 的)', () => {
    const { blocks } = readIngested(pageEnd('全县生产总值由“十五”末的', '12.8亿元增加到19.2亿元,年均增长8.4%。'));
    expect(blocks.some((b) => b.includes('由“十五”末的12.8亿元增加到19.2亿元'))).toBe(true);
  });

  test('guard: a paragraph ending with its sentence ("…快速增长。") before a blank line and a line opening with a figure stays apart', () => {
    const { blocks } = readIngested(pageEnd('全县生产总值持续增长。', '12.8亿元的生产总值来之不易,年均增长8.4%。'));
    expect(blocks).toContain('12.8亿元的生产总值来之不易，年均增长8.4%。');
  });

  test('guard: a paragraph ending in 的 before a blank line and a NUMBERED line ("1、…") stays apart', () => {
    const { blocks } = readIngested(pageEnd('主要做了以下几方面的', '1、加快工业发展,全年新增规模以上企业12家。'));
    expect(blocks.some((b) => b.includes('几方面的1'))).toBe(false);
  });
});
