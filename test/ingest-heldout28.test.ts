/**
 * Ingest defects found on the twenty-eighth round of held-out pages (2026-12-01):
 * reports of 2008–2019 (a town's, a county's, two cities', a province's) on old-style
 * portals, news portals and mirrors from hosts the corpus had never seen — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 28". Each test
 * is the page's shape reduced to a few lines; its name says what ingest did before
 * ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const opening = '现在,我代表市人民政府,向大会报告政府工作,请予审议,提出意见。';
const head = `政府工作报告\n——2011年1月13日在宣城市第三届人民代表大会第一次会议上\n市人民政府市长 虞爱华\n各位代表:\n${opening}\n一、过去五年的工作回顾\n市二届人大一次会议以来,全市人民在市委的坚强领导下,圆满完成“十一五”规划目标任务。`;

describe('held-out round 28: a dash-led characterisation of the period', () => {
  test('"——过去五年,是全市经济快速增长的五年。" over its paragraph (one of a dash-led list) is a lead (was: not marked — "过去…" opens no lead)', () => {
    const { leads } = readIngested(`${head}\n——过去五年,是全市经济快速增长的五年。与“十五”末相比,生产总值、社会消费品零售总额翻一番。工业化进程不断加快。`);
    expect(leads).toEqual(['——过去五年，是全市经济快速增长的五年。']);
  });

  test('guard: without the dash "过去五年,是…的五年。" opens the review (no lead); a dash-led narrative "——过去五年,我们…" with figures is none', () => {
    expect(readIngested(`${head}\n过去五年,是全市经济快速增长的五年。与“十五”末相比,生产总值、社会消费品零售总额翻一番。`).leads).toEqual([]);
    expect(readIngested(`${head}\n——过去五年,是全市生产总值由500亿元增加到1000亿元、财政收入由50亿元增加到120亿元、城乡居民收入大幅提高的五年。全市上下齐心协力。`).leads).toEqual([]);
  });
});

const review = '五年来,在上级党委、政府和县委的正确领导下,在县人大、县政协的监督支持下,县政府团结和带领全县人民,圆满完成了既定目标任务,实现经济社会稳步健康发展。';

describe('held-out round 28: a portal\'s publisher stamp, its session heading and its error-report button', () => {
  test('"梨树县人民政府 2017-01-10 16:56:00" over the text is the page\'s stamp: the publisher is the issuer, the date is published (was: the title "梨树县人民政府", no issuer, no date)', () => {
    const { front, blocks } = readIngested(`梨树县人民政府 2017-01-10 16:56:00\n来源:梨树县县委宣传部\n${review}`);
    expect(front.title || undefined).toBeUndefined();
    expect(front.issuer).toBe('梨树县人民政府');
    expect(front.date).toBe('2017-01-10');
    expect(front.date_source).toBe('published');
    expect(blocks[0]).toBe(review.replace(/,/g, '，'));
  });

  test('the session\'s name alone over the text ("梨树县第十八届人民代表大会第一次会议", no 在…上, no date) is the page\'s heading, not the text (was: the first paragraph)', () => {
    const { blocks, front } = readIngested(`梨树县人民政府 2017-01-10 16:56:00\n来源:梨树县县委宣传部\n梨树县第十八届人民代表大会第一次会议\n${review}`);
    expect(blocks[0]).toBe(review.replace(/,/g, '，'));
    // (nor the title: the report's name is nowhere on the page; the session with no day is no occasion)
    expect(front.title || undefined).toBeUndefined();
    expect(front.occasion).toBeUndefined();
    expect(front.issuer).toBe('梨树县人民政府');
  });

  test('"[纠错]", the error-report button in brackets alone on its line, is the page\'s (was: a paragraph "\\[纠错\\]")', () => {
    const { blocks } = readIngested(`梨树县人民政府 2017-01-10 16:56:00\n${review}\n[纠错]`);
    expect(blocks).toEqual([review.replace(/,/g, '，')]);
  });

  test('guard: a government named over a date in a sentence, a stamp naming no government, and a publisher whose unit the text never speaks of', () => {
    // (a sentence keeps its line)
    const sentence = readIngested(`政府工作报告\n各位代表:\n${opening}\n梨树县人民政府 2017-01-10 16:56:00召开常务会议。\n一、过去五年工作回顾\n五年来,全市经济实现新跨越。`, 'page.txt', { clean: false });
    expect(sentence.blocks.some((b) => b.startsWith('梨树县人民政府'))).toBe(true);
    // (a city's report posted by a county portal: the county is not the issuer)
    const other = readIngested(`梨树县人民政府 2017-01-10 16:56:00\n五年来,在省委、省政府的正确领导下,市政府团结和带领全市人民,圆满完成了既定目标任务。`, 'page.txt', { clean: false });
    expect(other.front.issuer).toBeUndefined();
  });

  test('guard: a session\'s name in the title block above "政府工作报告" or inside the text stays where it was read', () => {
    const cover = readIngested(`梨树县第十八届人民代表大会第一次会议文件\n政府工作报告\n——2017年1月5日在梨树县第十八届人民代表大会第一次会议上\n县长 张三\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、过去五年工作回顾\n${review}`, 'page.txt', { clean: false });
    expect(cover.front.occasion).toBe('2017年1月5日在梨树县第十八届人民代表大会第一次会议上');
    const inText = readIngested(`政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、过去五年工作回顾\n${review}\n梨树县第十八届人民代表大会第一次会议\n以上报告,请予审议。`, 'page.txt', { clean: false });
    expect(inText.blocks.some((b) => b.includes('梨树县第十八届人民代表大会第一次会议'))).toBe(true);
  });
});
