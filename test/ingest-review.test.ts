/**
 * Ingest defects found reviewing the last session's change (2026-12-01,
 * `git diff 4b212b9 d889c0b`): each as the page shape that shows it; a test
 * name says what ingest did before ("was: …").
 */
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

const opening = '现在，我代表新区管委会向大会报告工作，请予审议。';
const text = '2022年，面对百年变局和世纪疫情交织叠加的复杂局面，翠亨新区坚持以习近平新时代中国特色社会主义思想为指导，较好完成年度工作目标任务。';

describe('review: one list of the words that name a document', () => {
  test('a new area\'s "…工作总结及…工作部署" over a lede and the salutation stays the title (was: dropped as a news headline, no title: preamble.ts kept a shorter list of document words than the head\'s)', () => {
    const { front, rules } = read(['翠亨新区2022年工作总结及2023年工作部署', '2月21日上午，翠亨新区召开全区工作会议，新区管委会主任作工作报告。', '各位代表：', opening, text].join('\n'));
    expect(front).toMatchObject({ title: '翠亨新区2022年工作总结及2023年工作部署', issuer: '翠亨新区管委会' });
    expect(rules).toContain('page-head');
  });

  test('"…工作总结及…工作部署" over its occasion is the title block\'s title (was: no title: title-block.ts kept a list without 工作总结/工作部署)', () => {
    const { front, blocks } = read(['翠亨新区2022年工作总结及2023年工作部署', '——2023年2月21日在翠亨新区工作会议上', '新区管委会主任 张三', '各位代表：', opening, text].join('\n'));
    expect(front).toMatchObject({ title: '翠亨新区2022年工作总结及2023年工作部署', issuer: '翠亨新区管委会', date: '2023-02-21', speaker: '新区管委会主任 张三' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: a news headline that mentions a report but names none, over a lede and the salutation, is still the page\'s, not the title', () => {
    const { front } = read(['翠亨新区管委会作工作报告部署今年任务', '2月21日上午，翠亨新区召开全区工作会议，新区管委会主任作工作报告。', '各位代表：', opening, text].join('\n'));
    expect(front.title ?? '').toBe('');
  });
});

describe('review: an area\'s administrative committee', () => {
  test('"我代表新区管委会" with the area named as "翠亨新区管委会" further on (was: issuer "我代表新区管委会", the opening\'s own words)', () => {
    const { front } = read(['2023年工作报告', '各位代表：', opening, '2022年，翠亨新区管委会坚持以习近平新时代中国特色社会主义思想为指导，较好完成年度工作目标任务。'].join('\n'));
    expect(front.issuer).toBe('翠亨新区管委会');
  });

  test('"我代表新区管委会" with the area named nowhere: no issuer (a bare unit names no place; was: "我代表新区管委会")', () => {
    const { front } = read(['2023年工作报告', '各位代表：', opening, '2022年，新区坚持以习近平新时代中国特色社会主义思想为指导，较好完成年度工作目标任务。'].join('\n'));
    expect(front.issuer).toBeUndefined();
  });
});
