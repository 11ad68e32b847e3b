/**
 * Ingest mends of stop 39: the gaps held-out round 40 and stop 38's blind pages left (BENCHMARKS.md, "Ingest mends
 * (stop 39)"). Each reduced test is a page's shape in a few lines; its name says what ingest did before ("was: …").
 * Guards are named as such.
 */
import { describe, expect, test } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';

const read = (lines: string[]) => ingest(Buffer.from(lines.join('\n')), { fileName: 'page.txt', slug: 'page' });
const leads = (lines: string[]) => read(lines).blocks.filter((b) => b.lead).map((b) => b.text.slice(0, b.lead));

describe("a period's opening with a circumstance before its 我们", () => {
  const page = (sentence: string) => [
    '某街道2022年工作总结和2023年工作计划',
    '一、2022年工作回顾',
    `${sentence}保持实干争先的姿态，大力推进腾笼换鸟、扩大人才招引、加快项目推进。一是激发主体活力，推动城乡共兴。全年完成财政收入12.8亿元。`,
  ];
  test('"一年来，面对经济下行挑战，我们迎难而上。" is the paragraph\'s lead (www.anji.gov.cn, 昌硕街道; was: no lead)', () => {
    expect(leads(page('一年来，面对经济下行挑战，我们迎难而上。'))).toEqual(['一年来，面对经济下行挑战，我们迎难而上。']);
    expect(leads(page('五年来，面对复杂严峻的外部环境，我们稳中求进，综合实力持续增强。'))).toEqual(['五年来，面对复杂严峻的外部环境，我们稳中求进，综合实力持续增强。']);
  });

  test('guard: a circumstance of leadership before the 我们 opens the review\'s narrative, no lead ("一年来，在县委的坚强领导下，我们…")', () => {
    expect(leads(page('一年来，在县委的坚强领导下，我们迎难而上。'))).toEqual([]);
  });

  test('guard: a long sentence with a circumstance is narrative (over 36 Han characters)', () => {
    expect(leads(page('一年来，面对经济下行压力加大和疫情反复冲击的严峻挑战，我们坚持稳中求进工作总基调，统筹推进疫情防控和经济社会发展。'))).toEqual([]);
  });
});

describe('an exam coaching page on a report is not the report', () => {
  const story = (lines: string[]) => read(lines).file.messages.filter((m) => m.ruleId === 'news-story');
  test('a title naming the page an explanation of the report and a coach\'s words to candidates (sanwenwang.com; was: ingested as the report, no message)', () => {
    const page = ['市政府工作报告解读——段落概括能力提升训练(2)', '一、政府工作报告的水平和性质', '政府工作报告基本可以看作中国最高公文水平，其性质非常严肃，值得每一个考生认真学习。', '以地级市工作报告为例，它在总结上一年工作的同时，对下一年度的工作也进行了规划。'];
    const [warning, ...more] = story(page);
    expect(more).toEqual([]);
    expect(warning?.reason).toContain('“市政府工作报告解读——段落概括能力提升训练(2)” (line 1: commentary on it)');
    expect(warning?.reason).toContain('“考生认真学习” (line 3: exam coaching on it)');
  });

  test('guard: a report\'s own 考生 (a school\'s, "做好高考考生服务保障") tells nothing, even under a 解读 title', () => {
    expect(story(['某市政府工作报告解读', '一、2021年工作回顾', '教育事业稳步发展，做好高考考生服务保障，新建中小学12所。', '社会保障体系不断完善，城乡低保标准提高10%。'])).toEqual([]);
  });

  test('guard: a report\'s title names no explanation ("2021年某市政府工作报告" over the same coach\'s paragraph: one telling, no story)', () => {
    expect(story(['2021年某市政府工作报告', '一、2021年工作回顾', '政府工作报告基本可以看作中国最高公文水平，值得每一个考生认真学习。', '社会保障体系不断完善，城乡低保标准提高10%。'])).toEqual([]);
  });
});

describe("a site's name for the page removed as its head: the missing title says so, at that line", () => {
  const body = ['', '各位代表:', '', '现在,我代表区人民政府向大会作工作报告,请予审议,并请各位政协委员和其他列席人员提出意见。', '', '一、五年政府工作回顾', '', '五年来,区十六届人大一次会议确定的各项任务全面完成,“十一五”规划目标提前实现。统计、审计等工作也都取得了新的成绩。'];
  const missingTitle = (lines: string[]) => read(lines).file.messages.filter((m) => m.ruleId === 'missing-title');
  test('a paraphrasing headline, "区长在代表会上工作汇报" under the search bar (yimiaomei.com; was: "Unexpected page without a recognisable title" at line 1, the headline only in an info)', () => {
    const [warning, ...more] = missingTitle(['快捷搜索:论文 合同 演讲 心得', '', '区长在代表会上工作汇报', ...body]);
    expect(more).toEqual([]);
    expect(warning.line).toBe(3);
    expect(warning.reason).toContain('the line above the text, “区长在代表会上工作汇报”, was removed as the page\'s head');
    expect(warning.reason).toContain('add `title` to the --meta file or to zh.md');
  });

  test('a template\'s name in the site\'s words, "XX年XX区政府工作报告范文" (was: the same bare warning)', () => {
    const [warning] = missingTitle(['XX年XX区政府工作报告范文', ...body]);
    expect(warning.line).toBe(1);
    expect(warning.reason).toContain('“XX年XX区政府工作报告范文”');
  });

  test('guard: a search bar or a link to more reports is no name for the page (the bare warning, at the page\'s start)', () => {
    for (const head of [['快捷搜索:论文 合同 演讲 心得'], ['(点击查阅更多2016年地方政府工作报告)', '2016年1月12日在某市第十四届人民代表大会第四次会议上']]) {
      const [warning] = missingTitle([...head, ...body]);
      expect(warning.reason).toBe('Unexpected page without a recognisable title; add `title` to the --meta file or to zh.md');
    }
  });
});

describe('a news lede telling the day its session opened, over the text it hands over to', () => {
  // hk.crntt.com's page of the CPPCC standing committee's 2026 report (stop 38's blind page; the same lede shape as the corpus's
  // cn-state-council-2026-news-crntt-tc-heldout5), reduced as test/ingest-occasion-speaker.test.ts reduces it.
  const page = (lede: string) => [
    `全國政協主席王滬寧同志代表政協第十四屆全國委員會常務委員會作工作報告（中評社 林艶攝） ${lede}`,
    '',
    '全國政協主席王滬寧代表政協第十四屆全國委員會常務委員會作工作報告：',
    '',
    '一、2025年主要工作',
    '',
    '2025年是中國式現代化進程中具有重要意義的一年。面對錯綜複雜的國際形勢，順利完成全年經濟社會發展主要目標。',
  ];
  const missing = (lines: string[], field: string) => read(lines).file.messages.filter((m) => m.ruleId === `missing-${field}`);
  test('the missing date and occasion quote the lede\'s sitting, at its line, and say why it is not read (hk.crntt.com; was: the bare warnings)', () => {
    const lines = page('中評社北京3月4日電（記者 林艶）3月4日下午，全國政協十四屆四次會議在北京人民大會堂開幕。');
    const result = read(lines);
    expect(result.frontMatter.date).toBeUndefined();
    expect(result.frontMatter.occasion).toBeUndefined();
    for (const field of ['date', 'occasion']) {
      const [warning, ...more] = missing(lines, field);
      expect(more).toEqual([]);
      expect(warning.line).toBe(1);
      expect(warning.reason).toContain('the news lede above the text tells of a sitting, “3月4日下午，全國政協十四屆四次會議在北京人民大會堂開幕”, but in a story\'s words and with no year');
      expect(warning.reason).toContain(`add \`${field}\` to the --meta file or to zh.md`);
    }
  });

  test('guard: a lede that tells of no sitting\'s day leaves the bare warnings', () => {
    const lines = page('中評社北京電（記者 林艶）全國政協主席王滬寧作工作報告，總結一年來的工作。');
    expect(missing(lines, 'date')[0].reason).toBe('Unexpected page without a recognisable date; add `date` to the --meta file or to zh.md');
  });
});

describe("one list of a stamp's labels (stamp-row.ts), read by page-info's line-opening rule and its bracketed items alike", () => {
  const page = (last: string) => ['某县2023年政府工作报告', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。', '一、2022年工作回顾', '全年完成地区生产总值120亿元,增长6.5%。', last];
  test('a reviewer\'s label page-info knew alone is a stamp pair in brackets too: "【纠错】 【审校:钟红霞】" removed (was: the report\'s last paragraph)', () => {
    const result = read(page('【纠错】 【审校:钟红霞】'));
    expect(result.markdown).not.toContain('钟红霞');
    expect(result.file.messages.some((m) => m.ruleId === 'page-info' && m.line === 6)).toBe(true);
  });

  test('guard: a line opening with a counter\'s label is no page-info line (a disclosure row "浏览次数: | 有 效 性: | 成文日期: | 2021-02-27" keeps its 成文日期)', () => {
    const result = read(['索引号：11371323MB2851432Y/2021-00066', '发布机构：某镇人民政府', '浏览次数: | 有 效 性: | 成文日期: | 2021-02-27 | ||', '某镇2021年政府工作报告', '各位代表:', '现在,我代表镇人民政府向大会报告工作,请予审议。', '一、2020年工作回顾', '全年完成财政收入1.2亿元。']);
    expect(JSON.stringify(result.frontMatter.disclosure ?? {})).toContain('2021-02-27');
  });
});
