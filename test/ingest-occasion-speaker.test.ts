/**
 * The speaker after the occasion on its line (ingest/title-block.ts): a role and a name ("…会议上代市长 陈绍旺",
 * the corpus's ln-dalian-2020-chamber-mirror), and — stop 27, from align round 3's Chinese page of Shenzhen 2013 —
 * a name and the report it delivered, with no role: "——2013年1月15日在深圳市第五届人民代表大会第五次会议上许勤作政府工作报告"
 * (https://ihq.njupt.edu.cn/2023/0311/c13911a235204/page.htm). Before: no speaker, and "许勤作政府工作报告" the text's
 * first paragraph, above the salutation.
 */
import { expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const page = (occasion: string) => `深圳市政府工作报告\n\n${occasion}\n\n各位代表:\n\n现在,我代表深圳市人民政府向大会作政府工作报告,请予审议。\n\n一、2012年工作回顾\n\n2012年,是深圳科学发展取得显著成效的一年。`;

test('a name and the report it delivered after the occasion: the speaker, no paragraph (was: "许勤作政府工作报告" a paragraph, no speaker)', () => {
  const { front, blocks } = readIngested(page('——2013年1月15日在深圳市第五届人民代表大会第五次会议上许勤作政府工作报告'));
  expect(front.speaker).toBe('许勤');
  expect(front.occasion).toBe('2013年1月15日在深圳市第五届人民代表大会第五次会议上');
  expect(blocks[0]).toBe('各位代表：');
});

test('the same with 作了《政府工作报告》', () => {
  expect(readIngested(page('——2013年1月15日在深圳市第五届人民代表大会第五次会议上许勤作了《政府工作报告》')).front.speaker).toBe('许勤');
});

test('guard: a role and a name still read as before; words that are no name ("的报告") stay the occasion\'s', () => {
  expect(readIngested(page('——2013年1月15日在深圳市第五届人民代表大会第五次会议上市长 许勤')).front.speaker).toBe('市长 许勤');
  const { front } = readIngested(page('——2013年1月15日在深圳市第五届人民代表大会第五次会议上的报告'), 'page.txt', { clean: false });
  expect(front.speaker).toBeUndefined();
});

// Blind, session of 2026-12-02 15:39 (lead): hk01's copy of Xinhua's release of the 2026 report
// (https://www.hk01.com/即時中國/60330363/, in traditional characters), reduced: a news lede naming who made the report, a
// summary, a label, then the salutation and "我代表國務院". Before: the lede removed as the page's head, and no speaker.
const release = (lede: string) =>
  [
    lede,
    '',
    '報告指出，今年發展主要預期目標是：經濟增長4.5%－5%，在實際工作中努力爭取更好結果。',
    '',
    '《政府工作報告》全文：',
    '',
    '各位代表：',
    '',
    '現在，我代表國務院，向大會作政府工作報告，請予審議，並請全國政協委員提出意見。',
    '',
    '一、2025年工作回顧',
    '',
    '2025年是很不平凡的一年。',
  ].join('\n');

test('a news lede above the salutation naming who made the report gives the speaker (was: the lede removed, no speaker)', () => {
  const { front, rules } = readIngested(release('《新華社》3月13日發布總理李強代表國務院在十四屆全國人大三次會議上所作的《政府工作報告》全文。報告共分四個部分。'), 'page.txt', { clean: false });
  expect(front.speaker).toBe('總理 李強');
  expect(front.title).toBe('政府工作報告');
  expect(rules).not.toContain('missing-speaker');
});

test('guard: a lede naming who made another document names no speaker', () => {
  const { front } = readIngested(release('《新華社》3月13日發布總理李強代表國務院在十四屆全國人大三次會議上所作的新年賀詞全文。'), 'page.txt', { clean: false });
  expect(front.speaker).toBeUndefined();
});
