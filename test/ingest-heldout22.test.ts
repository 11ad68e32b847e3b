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
