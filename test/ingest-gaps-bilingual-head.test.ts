/**
 * Ingest gaps, stop 24: a bilingual edition's title block run onto one line or a few, each Chinese field followed by its
 * English (cn-state-council-2019-bilingual-flattened: "政府工作报告 REPORT ON THE WORK OF THE GOVERNMENT ――2019 年3月5日在…会议上
 * Delivered at …" / "…on March 5," / "2019 国务院总理 李克强 Li Keqiang Premier of the State Council 各位代表: Fellow Deputies, 现在,…";
 * cn-state-council-2016-bilingual-mislabelled: the whole page on one line). The head is split where Chinese meets English
 * (bilingual-head.ts), so the title, the speaker and the salutation are read as on a page printing one field a line.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const opening = '现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。';
const openingEn =
  "On behalf of the State Council, I will now report to you on the work of the government and ask for your deliberation and approval. I also invite comments from members of the National Committee of the Chinese People's Political Consultative Conference (CPPCC).";
const review = '过去一年是全面贯彻党的十九大精神开局之年，是本届政府依法履职第一年。我国发展面临多年少有的国内外复杂严峻形势，经济出现新的下行压力。';
const reviewEn = 'The past year marked the first year of fully implementing the guiding principles of the 19th National Party Congress. China faced a complex and challenging environment at home and abroad.';

describe("a bilingual edition's title block run onto a line or two", () => {
  test('title, occasion and speaker read, the salutation first in the text, the English title block in en.md (the year back in its date)', () => {
    const page = [
      '政府工作报告 REPORT ON THE WORK OF THE GOVERNMENT ――2019 年3月5日在第十三届全国人民代表大会第二次会议上 Delivered at the Second Session of the 13th National People’',
      's Congress of the People’s Republic of China on March 5,',
      `2019 国务院总理 李克强 Li Keqiang Premier of the State Council 各位代表: Fellow Deputies, ${opening}`,
      openingEn,
      '一、2018年工作回顾',
      'I. A Review of Our Work in 2018',
      review,
      reviewEn,
    ];
    const { front, blocks, result } = readIngested(page.join('\n\n'));
    expect(front).toMatchObject({ title: '政府工作报告', issuer: '国务院', date: '2019-03-05', speaker: '国务院总理 李克强' });
    expect(blocks[0]).toBe('各位代表：');
    expect(result.english?.markdown).toContain('title: Report on the Work of the Government');
    expect(result.english?.markdown).toContain("National People’s Congress of the People’s Republic of China on March 5, 2019");
  });

  test('a whole page on one line: title and speaker read, the body starts at the salutation', () => {
    const line = `政府工作报告 REPORT ON THE WORK OF THE GOVERNMENT 2016 年 3 月 5 日在第十二届全国人民代表大会第四次会议上 Delivered at the Fourth Session of the 12th National People's Congress on March 5, 2016 国务院总理李克强 Li Keqiang Premier of the State Council 各位代表: Fellow Deputies, ${opening} ${openingEn} 一、2015 年工作回顾 I. A Review of Our Work in 2015 ${review} ${reviewEn}`;
    const { front, blocks } = readIngested(line);
    expect(front).toMatchObject({ title: '政府工作报告', date: '2016-03-05', speaker: '国务院总理 李克强' });
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: a bilingual text with no salutation in its first lines (a part of a report) is no head: its Chinese and English lines are left to the pairing', () => {
    const { result } = readIngested([`一、2018年工作回顾 I. A Review of Our Work in 2018 ${review} ${reviewEn}`, review, reviewEn].join('\n'), 'page.txt', { clean: false });
    expect(result.file.messages.some((m) => m.ruleId === 'bilingual-head')).toBe(false);
  });

  test('guards: a Chinese page naming an English source in its head, and a bilingual page whose head holds a two-word English name, read as before', () => {
    const chinese = ['政府工作报告 来源：China Daily Online Edition', '——2019年3月5日在第十三届全国人民代表大会第二次会议上', '国务院总理 李克强', '各位代表：', opening, review];
    expect(readIngested(chinese.join('\n'), 'page.txt', { clean: false }).result.file.messages.some((m) => m.ruleId === 'bilingual-head')).toBe(false);
    const named = ['政府工作报告', '来源：China Daily 2019年3月5日', '各位代表：', 'Fellow Deputies,', opening, openingEn, review, reviewEn];
    const { result } = readIngested(named.join('\n'), 'page.txt', { clean: false });
    expect(result.file.messages.some((m) => m.ruleId === 'bilingual-head')).toBe(false);
  });
});
