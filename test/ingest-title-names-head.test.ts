/**
 * A copy's name for the report that names the head of government before it — "韩正市长政府工作报告(全文)"
 * on a language-learning site's copy of Shanghai's 2005 report (align round 2: http://www.51education.net/Article/HTML/Article_6379.html,
 * test/fixtures/align-round2/shanghai-2005). Was: the title as printed and the issuer "韩正市长政府".
 * Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { parseTitle } from '../pipeline/ingest/document-title.ts';
import { readIngested } from './ingest-helpers.ts';

describe('ingest: a title naming the head of government before the report', () => {
  test('"韩正市长政府工作报告": the speaker is the mayor, the title the report (was: the issuer 韩正市长政府)', () => {
    expect(parseTitle('韩正市长政府工作报告')).toEqual({ title: '政府工作报告', speaker: '市长 韩正' });
  });

  test('"上海市韩正市长政府工作报告": the place names the issuer and stays in the title', () => {
    expect(parseTitle('上海市韩正市长政府工作报告')).toEqual({ title: '上海市政府工作报告', speaker: '上海市市长 韩正', issuer: '上海市人民政府' });
  });

  test('the page: issuer from the text, the speaker from the title', () => {
    const { front } = readIngested(['韩正市长政府工作报告(全文)', '——2005年1月18日在上海市第十二届人民代表大会第三次会议上', '各位代表：', '现在，我代表上海市人民政府，向大会作政府工作报告，请予审议。'].join('\n'));
    expect([front.title, front.issuer, front.speaker]).toEqual(['政府工作报告', '上海市人民政府', '市长 韩正']);
  });

  test('guard: a place before 市长 is no name ("上海市长政府工作报告", "张家港市政府工作报告")', () => {
    expect(parseTitle('上海市长政府工作报告').speaker).toBeUndefined();
    expect(parseTitle('张家港市政府工作报告')).toEqual({ title: '张家港市政府工作报告', issuer: '张家港市人民政府' });
  });
});
