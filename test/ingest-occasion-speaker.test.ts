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
