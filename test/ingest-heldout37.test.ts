/**
 * Ingest defects found on the thirty-seventh round of held-out pages (2026-12-02): five government work reports from
 * five hosts the corpus had not seen — 昌江黎族自治县 2021 under an inserted caption, 黑龙江 2023 with an occasion
 * without its dash, 西双版纳傣族自治州 2023 from the economic daily's column on a spam domain (traditional, glossed),
 * 大理白族自治州 2025 (traditional, glossed) and 海口 2022 on a property site — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 37". Each test is the page's shape reduced to a
 * few lines; its name says what ingest did before ("was: …"). Guards are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

describe('held-out round 37: a news column\'s link line over the occasion, no title on the page', () => {
  const block = [
    '——2023年2月11日在西雙版納傣族自治州第十四屆人民代表大會第三次會議上',
    '州長 刀文',
    '各位代表:',
    '現在,我代表州人民政府向大會報告政府工作,請予審議,并請州政協委員和列席人員提出意見。',
    '一、2022年的工作回顧',
    '2022年,是新一屆州人民政府的履職開局之年,也是困難疊加、難中求進的一年。',
  ];

  test('"點擊查閱更多2023年地方政府工作報告" is a link, no title (was: the title)', () => {
    const { front, blocks, result } = readIngested(['點擊查閱更多2023年地方政府工作報告', ...block].join('\n'));
    expect(front.title || undefined).toBeUndefined();
    expect(front.speaker).toBe('州長 刀文');
    expect(blocks[0]).toBe('各位代表：');
    expect(result.markdown).not.toContain('點擊查閱');
  });

  test('guard: a title with 点击 across its words (重点击破) is a title', () => {
    const { front } = readIngested(['关于重点击破产业发展难点情况的报告', ...block].join('\n'));
    expect(front.title).toBe('关于重点击破产业发展难点情况的报告');
  });

  test('guard: the column\'s heading over the link line stays the title', () => {
    const { front } = readIngested(['西雙版納州政府工作報告', '點擊查閱更多2023年地方政府工作報告', ...block].join('\n'));
    expect(front.title).toBe('西雙版納州政府工作報告');
  });
});
