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
