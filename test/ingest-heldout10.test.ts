/**
 * Ingest defects found on the tenth round of held-out real pages
 * (2026-12-01: 10 report beginnings as news media and people's congress
 * sites reprint them — news sites, an e-paper, news aggregators, a congress
 * site and a copy of one, a county report under a "(全文)" headline — never
 * seen by ingest, listed in test/fixtures/ingest-corpus/README.md under
 * "Held-out pages, round 10"). Each test is the page shape reduced to a few
 * lines; its name says what ingest did before ("was: …"). Guards (precision)
 * are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

const review = '2020年是极不平凡的一年。面对极其复杂严峻的国内外形势，我们坚持稳中求进工作总基调，全区经济持续回稳，社会大局和谐稳定。';

describe('held-out round 10: issuers named by a short name', () => {
  test('"我代表省政府" (the short name) with the province of the occasion names 吉林省人民政府 (was: no issuer)', () => {
    const { front } = read(
      ['——2021年1月25日在吉林省第十三届人民代表大会第四次会议上', '', '韩俊', '', '各位代表：', '', '现在，我代表省政府，向大会报告工作，请予审议，并请省政协委员提出意见。', '', '一、“十三五”发展成就和2020年主要工作', '', review].join('\n'),
    );
    expect(front.issuer).toBe('吉林省人民政府');
  });

  test('guard: "我代表本镇政府" names no place (no issuer), "政府办公室" is no government', () => {
    expect(read(['各位代表：', '', '现在，我代表本镇政府向大会报告工作，请予审议。', '', review].join('\n')).front.issuer).toBeUndefined();
    expect(read(['——2023年1月5日在黎平县第十八届人民代表大会第三次会议上', '', '各位代表：', '', '我代表县政府办公室向大会报告工作，请予审议。', '', review].join('\n')).front.issuer).toBeUndefined();
  });

  test('guard: "我代表特區政府" (a special region\'s government by its short name) is no "特區人民政府"', () => {
    const { front } = read(['主席、各位議員：', '', '首先，我代表特區政府，向立法會報告二〇二二年財政年度施政報告。', '', review].join('\n'));
    expect(front.issuer ?? '').not.toMatch(/人民政府/);
  });

  test('"我受市人大常委会委托" (the committee by its short name) with the city of the occasion (was: no issuer)', () => {
    const { front } = read(
      ['——2020年4月23日在钦州市第五届人民代表大会第七次会议上', '', '市人大常委会主任 覃天卫', '', '各位代表：', '', '我受市人大常委会委托，向大会报告工作，请予审议。', '', '2019年的主要工作', '', review].join('\n'),
    );
    expect(front.issuer).toBe('钦州市人民代表大会常务委员会');
  });

  test('"受省人大常委会委托，我向大会报告工作" under a deputy head\'s full role ("云南省人民代表大会常务委员会副主任") (was: no issuer)', () => {
    const { front } = read(
      ['云南省人民代表大会常务委员会副主任 李小三', '各位代表:', '受省人大常委会委托,我向大会报告工作,请予审议。', '过去一年的主要工作', review].join('\n'),
    );
    expect(front.speaker).toBe('云南省人民代表大会常务委员会副主任 李小三');
    expect(front.issuer).toBe('云南省人民代表大会常务委员会');
  });

  test('guard: a government that reports TO a standing committee is not the committee ("受市人民政府委托，向市人大常委会报告")', () => {
    const { front } = read(
      ['——2023年8月28日在市第十七届人民代表大会常务委员会第十四次会议上', '', '市财政局局长 王明', '', '主任、各位副主任、各位委员：', '', '现在，受市人民政府委托，向市人大常委会报告2022年市本级决算，请予审议。', '', review].join('\n'),
    );
    expect(front.issuer ?? '').not.toMatch(/常务委员会/);
  });
});

describe('held-out round 10: speakers', () => {
  test('a committee\'s party secretary glued after the occasion ("…会议上 市人大常委会党组书记 覃天卫") is the speaker (was: left in the body as the first paragraph)', () => {
    const { front, blocks } = read(
      ['——2020年4月23日在钦州市第五届人民代表大会第七次会议上 市人大常委会党组书记 覃天卫', '', '各位代表：', '', '我受市人大常委会委托，向大会报告工作，请予审议。', '', review].join('\n'),
    );
    expect(front.speaker).toBe('市人大常委会党组书记 覃天卫');
    expect(blocks[0]).toBe('各位代表：');
  });

  test('guard: a party committee\'s secretary ("县委书记 张三") is no speaker of a government\'s report', () => {
    const { front } = read(['——2023年1月5日在黎平县第十八届人民代表大会第三次会议上', '', '县委书记 张三', '', '各位代表：', '', review].join('\n'));
    expect(front.speaker).toBeUndefined();
  });

  test('a lost character " ?" at the end of the title, occasion and speaker lines (was: no title, no speaker, "?" and the speaker left as paragraphs)', () => {
    const { front, blocks, result } = read(
      [' 政府工作报告 ?', '', ' 2021 年 1 月 27 日在荣县第十八届人民代表大会第五次会议上 ?', '', ' 荣县人民政府县长 郑小清 ?', '', ' 各位代表:', '', review].join('\n'),
    );
    expect(front.title).toBe('政府工作报告');
    expect(front.speaker).toBe('荣县人民政府县长 郑小清');
    expect(blocks[0]).toBe('各位代表：');
    // The lines leave the body whole and are reported as moved, "?" and all.
    expect(result.file.messages.some((m) => String(m.reason).includes('政府工作报告 ?'))).toBe(true);
  });
});

describe('held-out round 10: news and congress-site furniture', () => {
  test('a stamp row of a date, a view count, a source and "分享:" ("2020-04-29 85205次浏览 来源:钦州人大网 分享:") is boilerplate (was: the first paragraph)', () => {
    const { blocks, result } = read(['2020-04-29 85205次浏览 来源:钦州人大网 分享:', '', '各位代表：', '', review].join('\n'));
    expect(blocks[0]).toBe('各位代表：');
    expect(result.file.messages.some((m) => m.ruleId === 'page-info' && String(m.reason).includes('85205次浏览'))).toBe(true);
  });

  test('guard: a dated line with words of its own beside a source stays text', () => {
    const { blocks } = read(['各位代表：', '', '2020-04-29 全县召开经济工作会议 来源:县政府办', '', review].join('\n'));
    expect(blocks[1]).toMatch(/全县召开经济工作会议/);
  });

  test('a news photo\'s caption alone between paragraphs ("蒋卓庆作市人大常委会工作报告。") is boilerplate (was: a paragraph of the report)', () => {
    const { blocks, result } = read(['各位代表：', '', '受市人大常委会的委托，我向大会报告工作，请予审议。', '', '蒋卓庆作市人大常委会工作报告。', '', review].join('\n'));
    expect(blocks).not.toContain('蒋卓庆作市人大常委会工作报告。');
    expect(result.file.messages.some((m) => m.ruleId === 'caption')).toBe(true);
  });

  test('guard: a sentence that goes on after the report\'s name ("…工作报告时指出，…") stays text', () => {
    const line = '蒋卓庆作市人大常委会工作报告时指出，过去一年常委会依法履职。';
    expect(read(['各位代表：', '', line, '', review].join('\n')).blocks).toContain(line);
  });
});

describe('held-out round 10: lead sentences', () => {
  const rest = '在城乡建设发展方面，制定城乡规划条例，以统筹城乡发展为主线，有针对性地创设一些新的制度，进一步确立了城乡规划的法律地位，为实现经济社会协调可持续发展提供了重要依据。';

  test('an action and its aim with a 12-character aim ("加强重点领域立法，促进经济社会协调持续发展。") is a lead (was: not marked)', () => {
    const { leads } = read(['各位代表：', '', `加强重点领域立法，促进经济社会协调持续发展。${rest}`].join('\n'));
    expect(leads).toEqual(['加强重点领域立法，促进经济社会协调持续发展。']);
  });

  test('guard: a longer second clause is narrative, not a lead', () => {
    const { leads } = read(['各位代表：', '', `加强重点领域立法，促进全市经济社会更加协调持续健康发展。${rest}`].join('\n'));
    expect(leads).toEqual([]);
  });

  test('"这五年，是…的五年。" (a parallel characterisation of the period) is a lead (was: not marked)', () => {
    const { leads } = read(['各位代表：', '', `这五年，是发展质量效益显著提升的五年。${rest}`].join('\n'));
    expect(leads).toEqual(['这五年，是发展质量效益显著提升的五年。']);
  });

  test('guard: "过去五年，是…的五年。" opens the review, no lead', () => {
    const { leads } = read(['各位代表：', '', `过去五年，是我区发展史上极不平凡的五年。${rest}`].join('\n'));
    expect(leads).toEqual([]);
  });
});
