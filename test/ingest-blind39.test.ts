/**
 * Ingest defects the lead found on real pages of the search tool's `pages` corpus, blind, in stop 39 (2026-12-03).
 * Each test is the page's shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …").
 * Guards (precision) are named as such. (The pipe tables found the same way: test/ingest-pipe-tables.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const other = (text: string) => readIngested(text, 'page.txt', { clean: false }).result.file.messages.filter((m) => m.ruleId === 'other-document');

describe('stop 39, blind: a page whose title names another kind of document than a report', () => {
  test('a session chair\'s script: its title kept, the page said (was: the title removed as the page\'s head, nothing said)', () => {
    // m.hongzhai.cn/wendangxiazai/sixianghuibao/2021/0205/17526.html
    const page = 'XX县第十四届人民代表大会第四次会议第一次全体会议主持词\n\n各位代表:\n  XX县第十四届人民代表大会第四次会议今天开幕,举行第一次全体会议。\n  本次大会现有代表243名,符合法定人数,现在开会。\n  今天会议的议程是:听取县政府工作报告。\n  下面请县长XX同志作政府工作报告。\n(报告完毕后)';
    const { front, result } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('XX县第十四届人民代表大会第四次会议第一次全体会议主持词');
    const said = result.file.messages.filter((m) => m.ruleId === 'other-document');
    expect(said).toHaveLength(1);
    expect(said[0].reason).toContain('chair');
    expect(said[0].line).toBe(1);
  });

  test('an opening address: its title kept, the page said (was: the title removed as the page\'s head, nothing said)', () => {
    const page = '在县第十八届人民代表大会第五次会议上的开幕词\n各位代表、同志们:\n县第十八届人民代表大会第五次会议,经过精心筹备,今天隆重开幕了。出席这次会议的代表应到180名,实到165名,符合法定人数。\n这次会议的主要任务是:听取和审议县人民政府工作报告。\n各位代表,开好这次大会,具有十分重要的意义。';
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('在县第十八届人民代表大会第五次会议上的开幕词');
    expect(other(page)).toHaveLength(1);
  });

  test('a reader\'s reflections on a report are said (was: said only by chance, as news, when a sentence named who delivered it)', () => {
    const page = '学习2025年政府工作报告心得体会\n通过认真学习今年的政府工作报告,我深受鼓舞、倍感振奋。\n报告全面回顾了过去一年的工作,对今年政府工作作出了全面部署。作为一名基层干部,我将认真学习领会报告精神。\n一、提高政治站位,深刻领会报告精神\n政府工作报告是指导今年工作的纲领性文件。';
    expect(other(page)).toHaveLength(1);
  });

  test('guard: a report, whose text speaks of 心得 or an opening, is not said', () => {
    const page = '2025年政府工作报告\n——2025年1月10日在县第十八届人民代表大会第五次会议上\n县长 张三\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n一、2024年工作回顾\n全县干部群众交流学习心得体会,县人代会开幕词提出的目标全面完成。';
    expect(other(page)).toEqual([]);
  });
});

describe('stop 39, blind: a news site\'s furniture around a copied text', () => {
  // us.usy7.cc (a copy of 凤凰新闻's page of 泰州日报's story): "字号变大 | 字号变小" under the stamp line and
  // "下载凤凰新闻网APP客户端,随时随地看新闻!" after the text were kept as paragraphs.
  const report = '各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n一、2025年工作回顾\n过去一年,全市经济运行稳中有进。';
  test('the font-size buttons and the app line are removed, said (was: two paragraphs)', () => {
    const { blocks, result } = readIngested(`2026年市政府工作报告\n字号变大 | 字号变小\n${report}\n下载凤凰新闻网APP客户端,随时随地看新闻!`, 'page.txt', { clean: false });
    expect(blocks.filter((b) => b.includes('字号') || b.includes('客户端'))).toEqual([]);
    expect(result.file.messages.filter((m) => /字号变大|客户端/u.test(m.reason)).length).toBe(2);
  });

  test('guard: a sentence of the report about an app is kept', () => {
    const { blocks } = readIngested(`2026年市政府工作报告\n${report}\n推动市民下载政务服务APP客户端,注册用户达到120万人。`, 'page.txt', { clean: false });
    expect(blocks.at(-1)).toBe('推动市民下载政务服务APP客户端，注册用户达到120万人。');
  });
});

describe('stop 39, blind: a reporter\'s byline over a news story', () => {
  // zhenguoke.com/read/-dy-article-JM1PVSK70530WJTO.html (a copy of 大众网's story on 郯城's report, with a "小词典" of its terms)
  const story = '大众网记者 宋晓豪 通讯员 刘汉章 李响 临沂报道\n\n1月16日上午,郯城县第十九届人民代表大会第四次会议开幕。郯城县人民政府县长于广威作政府工作报告。政府工作报告涵盖了各行各业,有不少专业名词。\n\n1.瞪羚企业:创业后跨过死亡谷,以科技创新或商业模式创新为支撑,进入高成长期的中小企业。\n\n2.“专精特新”中小企业:具有“专业化、精细化、特色化、新颖化”特征的中小企业。';
  test('is no title, removed as furniture, and tells a news story (was: the page\'s title, the page read as a report)', () => {
    const { front, result } = readIngested(story, 'page.txt', { clean: false });
    expect(front.title ?? '').toBe('');
    expect(result.file.messages.filter((m) => m.ruleId === 'byline')).toHaveLength(1);
    const told = result.file.messages.filter((m) => m.ruleId === 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toContain('a reporter\'s byline');
  });

  test.each(['记者招待会', '通讯员队伍建设', '记者节'])('guard: "%s" alone on a line is no byline', (line) => {
    const { blocks } = readIngested(`2026年县政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n${line}\n全年新闻宣传工作稳步推进。`, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.includes(line))).toBe(true);
  });
});

describe('stop 39, blind: a page holding only a report\'s notes section', () => {
  // bx2200.com/baogao/hb/7862_6.html: the 6th page of a report split over pages, "《政府工作报告》名词解释" and its entries
  const notes = '《政府工作报告》名词解释\n1.地区生产总值(GDP):指本地区所有常住单位在一定时期内生产活动的最终成果。\n2.固定资产投资:指以货币形式表现的、企业在一定时期内建造和购置固定资产的工作量。\n3.规上工业企业:规模以上工业企业的简称,指年主营业务收入在2000万元以上的工业企业。';
  test('is said, once, as a page of notes without the text, before each note\'s own warning (was: only a "note nothing calls" warning a note)', () => {
    const rules = readIngested(notes, 'page.txt', { clean: false }).rules;
    expect(rules.filter((r) => r === 'notes-only')).toHaveLength(1);
    expect(rules.filter((r) => r === 'note-unlinked')).toHaveLength(3);
  });

  test('guard: text whose notes its terms do not call still gets a warning a note', () => {
    const text = '各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n一、2025年工作回顾\n全市经济运行稳中有进,新动能加快成长。\n';
    const rules = readIngested(text + notes, 'page.txt', { clean: false }).rules;
    expect(rules).not.toContain('notes-only');
    expect(rules.filter((r) => r === 'note-unlinked').length).toBeGreaterThan(0);
  });
});
