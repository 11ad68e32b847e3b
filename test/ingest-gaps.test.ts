/**
 * Known gaps of ingest closed as general rules (the closing note of 2026-12-01's new-user round 4,
 * BENCHMARKS.md "Known ingest gaps closed"). Each test was seen red before its rule; the guards
 * (named so) keep what the corpus has the other way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

const opening = '现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。';
const body = (...lines: string[]) => read(['各位代表:', opening, ...lines].join('\n')).blocks.slice(2);

describe('the space between the phrases of a quoted slogan or title', () => {
  test('the wm114 page: “贯彻二十大 锚定新目标 奋力闯创干” keeps its phrases apart, set with an ideographic space', () => {
    const input = readFileSync(path.join(import.meta.dirname, 'fixtures/ingest/wm114-2023-omission/input.txt'), 'utf8');
    const { blocks } = read(input);
    expect(blocks.some((b) => b.includes('三季度“贯彻二十大　锚定新目标　奋力闯创干”活动综合评比排名全市第二。'))).toBe(true);
  });

  test('a document title in 《》 and a slogan in 「」, with a half-width, several or an ideographic space', () => {
    expect(body('认真贯彻《中共中央 国务院关于全面推进乡村振兴加快农业农村现代化的意见》，全力抓好粮食生产。')).toEqual([
      '认真贯彻《中共中央　国务院关于全面推进乡村振兴加快农业农村现代化的意见》，全力抓好粮食生产。',
    ]);
    expect(body('开展「不忘初心  牢记使命」主题教育。')).toEqual(['开展「不忘初心　牢记使命」主题教育。']);
    expect(body('开展“不忘初心　牢记使命”主题教育。')).toEqual(['开展“不忘初心　牢记使命”主题教育。']);
  });

  test('guard: a hard-wrap space in a word inside quotes goes (a one-character piece: “六 个打造”)', () => {
    expect(body('紧紧围绕市第十四次党代会确定的“六 个打造”目标，全力做好九个方面重点工作。')).toEqual([
      '紧紧围绕市第十四次党代会确定的“六个打造”目标，全力做好九个方面重点工作。',
    ]);
  });

  test('guard: a paragraph of a PDF dump (hard-wrap spaces outside the quotes too) loses them inside the quotes as well', () => {
    expect(body('稳 妥有序实施新冠病毒感染“乙类 乙管”，科 学高效配置资源。')).toEqual(['稳妥有序实施新冠病毒感染“乙类乙管”，科学高效配置资源。']);
  });

  test('guard: a quoted sentence (a clause mark inside) or a space beside a mark, a figure or Latin is no phrase boundary', () => {
    expect(body('总书记强调“坚持稳中求进，推动 高质量发展”，我们牢记嘱托。')).toEqual(['总书记强调“坚持稳中求进，推动高质量发展”，我们牢记嘱托。']);
    expect(body('实施“ 十四五 ”规划和“5G 基站”建设工程。')).toEqual(['实施“十四五”规划和“5G基站”建设工程。']);
    expect(body('经济社 会发展取得新成效，列席人 员提出意见。')).toEqual(['经济社会发展取得新成效，列席人员提出意见。']);
  });
});
