/**
 * Ingest defects the lead found on real pages of the search tool's `pages` corpus, blind, in stop 47 (2026-12-04): pages
 * about a report rather than the report (explainers, a coaching site's news feature). Each test is the page's shape reduced
 * to a few lines, with its URL; its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { said } from './ingest-helpers.ts';

/** A report's opening in its own voice, for the guards. */
const opening = ['政府工作报告', '——2024年1月10日在某市第十七届人民代表大会第三次会议上', '市长 王明', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员提出意见。', '一、2023年工作回顾'];

describe('stop 47, blind: a news feature on the report\'s frequent words, deputies quoted after their words', () => {
  // (a coaching site's copy of a 新华社 feature, traditional with pinyin glosses; found with the query "政府工作报告 解读 关键词
  // 学习心得", no URL given by the corpus for it — the same feature's shape, simplified)
  const page = [
    '高频词背后的期待',
    '“发展”在今年政府工作报告中出现124次,每年都出现120次以上,最高时出现152次。',
    '“发展是一切工作的前提,否则任何事情都无从谈起。因此政府始终把发展放在首位。”全国人大代表丁列明说。',
    '“今年的政府工作报告再次强调发展,体现了政府的决心和能力。”全国人大代表郑孝和说。',
  ].join('\n');
  test('is said to be a news story (was: nothing said — "…”全国人大代表丁列明说。" not read as words reported)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/丁列明说/u);
  });
  test('guard: a report quoting a slogan, then the deputies\' suggestions it handled, is still the report', () => {
    const report = [...opening, '我们始终牢记“人民城市人民建,人民城市为人民”,认真办理人大代表建议245件。', '“十四五”规划确定的目标任务全面完成,市政协委员提出的提案全部办结。'].join('\n');
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 47, blind: a civil-service coaching page\'s "面试热点" over a feature on the report', () => {
  // (the same coaching page: "面試熱點相關背景" its first line, "空面試熱點獨家解析" a label over the feature)
  const page = ['面试热点相关背景', '从一篇文章的关键词,可以读出作者的深意与匠心;从一份政府工作报告的关键词,可以读出施政者的理念与目标。', '“发展”“改革”“创新”……这一个个高频词,正引领人们寻踪一个大国政府的施政“路线图”。'].join('\n');
  test('is said to be a news story (was: nothing said — one telling only, 高频词; 面试热点 not read as exam coaching)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/面试热点/u);
  });
  test('guard: a report\'s own interviews of teachers are no coaching', () => {
    const report = [...opening, '全年组织教师招聘面试3场,录用新教师120名。', '过去一年,全市经济平稳增长。'].join('\n');
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 47, blind: an essay asking how to read a work report', () => {
  // https://dgxyym.com/rdxw/854.html
  const page = [
    '如何理解和把握政府工作报告的精髓?',
    '',
    '2024-10-15 0',
    '',
    '在当今信息爆炸的时代,了解和解读政府的年度工作报告对于普通民众和社会各界来说都具有重要意义。这份报告不仅是对过去一年工作的总结,也是对未来发展方向的指引。那么,我们该如何理解和把握政府工作报告的精髓呢?以下将从几个方面来探讨这个问题。',
    '',
    '首先,我们需要关注政府工作报告中的关键数据和指标。这些数字背后往往隐藏着重要的政策信号和发展趋势。',
  ].join('\n');
  test('is said to be another kind of document, an article (was: nothing said but the missing title block)', () => {
    const told = said(page, 'other-document');
    expect(told).toHaveLength(1);
    expect(told[0].line).toBe(5);
  });
  test('guard: a report\'s "从以下几个方面汇报" is its own voice, no article', () => {
    const report = [...opening.slice(0, 3), '各位代表:', '受市人民政府委托,现从以下几个方面汇报工作,请予审议。', '一、2023年工作回顾', '过去一年,全市经济平稳增长。'].join('\n');
    expect(said(report, 'other-document')).toEqual([]);
  });
});
