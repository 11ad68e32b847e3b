/**
 * The salutation's addressees (pipeline/ingest/salutation.ts) as a CPPCC standing committee's report prints them:
 * 各位委员：, not a congress's 各位代表：. The report's text starts at the salutation, so the list drives where the
 * page's head ends (title-block.ts), a speaker line right over it (metadata.ts) and a speaker glued before it on its
 * line (speaker.ts). Each test fails with 委员 taken out of ADDRESSEES (seen red: the title, the occasion-free
 * head and the speaker lost, or the first sentence's start moved to front matter).
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const TITLE = '政协桐庐县第十届委员会常务委员会工作报告';
const OPENING = '现在，我代表政协桐庐县第十届委员会常务委员会，向大会报告工作，请予审议，并请列席会议的同志提出意见。';
const REVIEW = '一、2022年工作回顾\n过去一年，县政协常委会在中共桐庐县委的坚强领导下，坚持团结和民主两大主题，围绕中心、服务大局，各项工作取得新成效。';

describe("各位委员：, a standing committee report's salutation", () => {
  test('the head ends at it: a sentence after it naming the session that elected the committee is text, not the title block', () => {
    const { front, blocks } = readIngested(`${TITLE}\n各位委员：\n本届常委会自2022年1月10日在政协桐庐县第十届委员会第一次会议上选举产生以来，坚持团结和民主两大主题，各项工作取得新成效。现在，我代表常务委员会向大会报告工作，请予审议。\n${REVIEW}`);
    expect(front.title).toBe(TITLE);
    expect(front.occasion).toBeUndefined();
    expect(front.date).toBeUndefined();
    expect(blocks[0]).toBe('各位委员：');
    expect(blocks[1]).toMatch(/^本届常委会自2022年1月10日在政协桐庐县第十届委员会第一次会议上选举产生以来，/);
  });

  test('a speaker line right over it, role and name glued, is the speaker (no occasion line)', () => {
    const { front, blocks } = readIngested(`${TITLE}\n县政协主席王建国\n各位委员：\n${OPENING}\n${REVIEW}`);
    expect(front.speaker).toBe('县政协主席 王建国');
    expect(blocks.slice(0, 2)).toEqual(['各位委员：', OPENING]);
  });

  test('a speaker glued before it on its line, under the occasion, is the speaker; the text starts at 各位委员', () => {
    const { front, blocks } = readIngested(`${TITLE}\n——2023年2月20日在政协桐庐县第十届委员会第二次会议上\n县政协主席 王建国 各位委员：${OPENING}\n${REVIEW}`);
    expect(front).toMatchObject({ title: TITLE, occasion: '2023年2月20日在政协桐庐县第十届委员会第二次会议上', date: '2023-02-20', speaker: '县政协主席 王建国' });
    expect(blocks[0]).toBe(`各位委员：${OPENING}`);
  });
});
