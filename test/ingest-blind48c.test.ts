/**
 * Ingest defects the lead found on real pages of the search tool's `pages` corpus, blind, in stop 48 (2026-12-04). Each
 * test is the page's shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …"). Guards
 * (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });

describe('stop 48, blind: a forum\'s traditional copy whose subtitle dash became box-drawing "──"', () => {
  // http://sjzyihang.com/forum.php?mod=viewthread&ordertype=1&tid=3381 (2019年營口市西市區政府工作報告, the forum's member panel above)
  const page = ['2019年營口市西市區政府工作報告', '──第十六屆人民代表大會第二次會議上', '區長 孫興寧', '各位代表:', '現在,我代表區政府向大會報告工作,請予審議,并請政協委員和其他列席會議的同志提出意見。', '一、2018年工作回顧', '2018年,經濟社會發展取得了新的進步。'].join('\n');
  test('"──第十六屆…會議上" is the occasion (was: removed as the page\'s head, the page said to have no occasion)', () => {
    const { front } = read(page);
    expect(front.occasion).toBe('第十六屆人民代表大會第二次會議上');
    expect(said(page, 'missing-occasion')).toEqual([]);
    expect(said(page, 'page-head')).toEqual([]);
  });
  test('"━━2019年1月8日在…會議上" too, with its date', () => {
    const { front } = read(page.replace('──第十六屆', '━━2019年1月8日在第十六屆'));
    expect(front.occasion).toBe('2019年1月8日在第十六屆人民代表大會第二次會議上');
    expect(front.date).toBe('2019-01-08');
  });
  test('guard: a box-drawing rule under the title is no occasion, and a dashed slogan naming no meeting is none either', () => {
    const ruled = read(page.replace('──第十六屆人民代表大會第二次會議上', '────────────────'));
    expect(ruled.front.occasion).toBeUndefined();
    const slogan = read(page.replace('──第十六屆人民代表大會第二次會議上', '──奋力谱写高质量发展新篇章'));
    expect(slogan.front.occasion).toBeUndefined();
    expect(slogan.blocks.join('')).not.toContain('会议上');
  });
});
