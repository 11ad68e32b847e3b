/**
 * Ingest defects the lead found on real pages of the search tool's `pages` corpus, blind, in stop 47 (2026-12-04): pages
 * about a report rather than the report (explainers, a coaching site's news feature). Each test is the page's shape reduced
 * to a few lines, with its URL; its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

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

const rules = (text: string) => readIngested(text, 'page.txt', { clean: false });

describe('stop 47, blind: an education portal\'s listener reflections on the premier\'s report', () => {
  // https://m.23xiu.com/zhengfugongzuobaogao/200174.html
  const page = [
    '【23xiu.com-爱上秀-教育信息门户网】',
    '5号上午,听了总理的政府工作报告之后,感到非常受鼓舞,这个报告写出了人民群众的所思、所想、所盼,高度地关注民生。',
    '我有两点最深的体会,第一是政府工作报告决心非常大,在很多地方提到治理各项工作的决心,比如提到向贫困宣战,决不让贫困代代相传。',
    '另外,作为一个基层的来自教育界的代表,听了报告之后,我深切感受到国家对教育的重视是前所未有的,作为一个老师,我感到非常自豪。',
  ].join('\n');
  test('the bracketed site name with its bare domain is the site\'s stamp, not the title (was: the title)', () => {
    const { front, result } = rules(page);
    expect(front.title ?? '').toBe('');
    expect(result.file.messages.find((m) => m.line === 1 && m.ruleId === 'url')).toBeDefined();
  });
  test('is said to be a story about the report (was: nothing said — "我有两点最深的体会", "我深切感受到" not the writer\'s view)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/两点最深的体会/u);
  });
  test('guard: a report\'s 我们 feel and learn; its bracketed box label stays', () => {
    const report = [...opening, '【专栏1】2023年全市生产总值', '五年来,我们深切感受到,必须坚持人民至上。我们有三点体会:一是坚持党的领导。', '过去一年,全市经济平稳增长。'].join('\n');
    expect(said(report, 'news-story')).toEqual([]);
    expect(rules(report).blocks.some((b) => b.includes('专栏1'))).toBe(true);
  });
});

describe('stop 47, blind: a teacher\'s essay on the premier\'s report, bylined', () => {
  // https://shanggaozx.com/html/shmmn29n31u1ai7950.html
  const page = [
    '2015-04-08 09:42 作者:潘丽娟',
    '李克强总理所作的《政府工作报告》,是一份创新务实、令人振奋、催人奋进的报告。对2014年工作回顾总结。既充分肯定成绩,又直面不足与问题。',
    '《政府工作报告》生动体现了“四个全面”的重要思想。在认真学习《政府工作报告》关于“四个全面”论述的同时,我又认真学习了人民日报五篇评论员文章。',
  ].join('\n');
  test('is said to be a column on the report (was: nothing said — "我又认真学习了" not the writer in the first person)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/我又认真学习了/u);
  });
  test('guard: a report\'s "我们认真学习了…" is its own voice', () => {
    const report = [...opening, '我们认真学习了党的二十大报告,全面贯彻新发展理念。', '过去一年,全市经济平稳增长。'].join('\n');
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 47, blind: pages explaining what a 述职报告 is', () => {
  // https://baike.badongedu.com/baike/202502/704508.html
  test('"述职报告是一种正式的书面或口头陈述" is said to define a kind of report (was: nothing said)', () => {
    const page = ['述职报告是一种正式的书面或口头陈述,主要用来汇报个人或团队在一定时期内完成的工作内容。', '述职报告的意义在于:', '1. 自我评估:通过撰写述职报告,个人可以全面回顾自己的工作情况。'].join('\n');
    expect(said(page, 'other-document').map((m) => m.line)).toEqual([1]);
  });
  // https://www.slgri.com.cn/jxuzs/202510/363338.html
  test('"【述职报告是什么意思】“述职报告”是一个…术语" too (was: nothing said)', () => {
    const page = ['【述职报告是什么意思】“述职报告”是一个在职场中较为常见的术语,尤其在机关单位、企业或事业单位中。', '一、述职报告的定义', '述职报告是指工作人员在一定时期内,根据岗位职责和工作任务,对自己在该期间的工作情况进行系统回顾、分析和总结的一种书面材料。'].join('\n');
    expect(said(page, 'other-document')).toHaveLength(1);
  });
  // http://www.p719.cn/20227633.html (traditional)
  test('"述職報告是…的書面匯報材料", its definition eighty characters long (was: nothing said but a cut-off)', () => {
    const page = ['一、述職報告的概念', '述職報告是各級干部及其他崗位責任人在人事考評活動中,向本系統、本部門領導和干部、群眾陳述任職情況、匯報工作實績時,根據職務或職責考核標準進行自我總結和自我評估的書面匯報材料。', '二、述職報告的特點'].join('\n');
    expect(said(page, 'other-document').map((m) => m.line)).toEqual([2]);
  });
  test('guard: a report saying what its audit work report is for is no definition', () => {
    const report = [...opening, '审计工作报告是我们接受人大监督的重要方式,要认真整改审计发现的问题。', '过去一年,全市经济平稳增长。'].join('\n');
    expect(said(report, 'other-document')).toEqual([]);
  });
});

describe('stop 47, blind: officialdom novels set at a county\'s meeting', () => {
  // http://wjf98.com/jiuku/61/61141/273341_2.html
  test('narration in two paragraphs ("笑着说", "摆了摆手") is said to be fiction (was: nothing said — a page of paragraphs)', () => {
    const page = ['第376页', '', '等掌声稍微缓下来,叶局长站了起来,举起手示意大家安静,然后笑着说:“考察谈不上,今年辰山县的成绩咱们全市都有目共睹。”', '', '底下再次传来一阵阵掌声。', '', '梅书记低头跟旁边的县长说了两句,老县长头发已经白了一大半,没什么精神,摆了摆手。'].join('\n');
    const told = said(page, 'other-document');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/笑着说/u);
  });
  // https://m.biyug.com/GuanDaoWuJiang/854_3.html
  test('a volume\'s chapter line "第七卷 快马加鞭未下鞍 第三十九节 鼓气" is said to be fiction (was: a heading)', () => {
    const page = ['进入微信小程序', '第七卷 快马加鞭未下鞍 第三十九节 鼓气', '', '“我们双峰这一年多为什么能够发展这么快?为什么去年经济增速能够超过百分之二十,没别的原因,那就是我们找准了我们的发展路径。”'].join('\n');
    expect(said(page, 'other-document')).toHaveLength(1);
  });
  test('guard: a report\'s people who stood up, its own chapters, are no narration', () => {
    const report = [...opening, '一百多年来,中国人民站了起来、富了起来、强了起来。', '第一章 总体要求', '第二节 主要目标', '过去一年,全市经济平稳增长,群众笑着说日子越过越好。'].join('\n');
    expect(said(report, 'other-document')).toEqual([]);
  });
});
