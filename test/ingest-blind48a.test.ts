/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 48 (2026-12-04, helper blind48a:
 * government work reports and pages about them). Each test is the page's shape reduced to a few lines, with its URL; its name
 * says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const ruleAt = (text: string, line: number) => read(text).result.file.messages.filter((m) => m.line === line).map((m) => m.ruleId);
const paragraphs = (text: string) => read(text).blocks;

/** A report's opening in its own voice, for the guards. */
const opening = ['政府工作报告', '——2024年1月10日在某市第十七届人民代表大会第三次会议上', '市长 王明', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员提出意见。', '一、2023年工作回顾', '过去一年,全市经济平稳增长。'];

describe('stop 48, blind: bylines naming a trainee beside the reporter', () => {
  test('"□晨报记者 张凯培 实习生 许婧" over an e-paper story is its byline (was: the page\'s title)', () => {
    // http://qbwb.hebiw.com/old/html/2010-01/21/content_5124.htm (鹤壁晨报)
    const page = ['□晨报记者 张凯培 实习生 许婧', '昨日上午8时30分,距市九届人大二次会议开幕还有半个小时,市人民会堂就热闹起来,不少人大代表提前来到会场。', '听着市长丁巍在会上政府工作报告中各条战线捷报频传,参会人员笑在脸上、喜在心头。'].join('\n');
    expect(String(read(page).front.title ?? '')).not.toMatch(/记者/u);
    expect(ruleAt(page, 1)).toContain('byline');
  });
  test('"记者 王建才 杨波 见习记者 余来坤" under the headline is the byline (was: a heading)', () => {
    // http://www.qdhnews.com.cn/news/content/2021-02/24/content_9185963.html (淳安)
    const page = ['万象更新处 尽是为民声 县十六届人大五次会议开幕式侧记', '发布时间:2021-02-24 08:45:00', '记者 王建才 杨波 见习记者 余来坤', '春回大地,万象更新。昨日上午,县十六届人大五次会议在千岛湖水之灵演艺中心盛大开幕。', '上午9时,大会正式开始,开幕式会场奏起响亮的国歌。'].join('\n');
    expect(ruleAt(page, 3)).toContain('byline');
    expect(paragraphs(page).some((b) => b.includes('王建才'))).toBe(false);
  });
  test('guard: "本报记者 李明" alone under a title, where a reprint sets its speaker, is not said a byline by this rule', () => {
    const page = ['政府工作报告', '本报记者 李明', ...opening.slice(3)].join('\n');
    expect(ruleAt(page, 2)).not.toContain('byline');
  });
});

describe('stop 48, blind: a news column\'s name alone before its arrow', () => {
  // http://grassland.china.com.cn/2018-01/24/content_40202212.htm (中国网草原频道)
  const page = [
    '动态要闻>',
    '内蒙古自治区十三届人大一次会议开幕 布小林作政府工作报告',
    '2018-01-24 22:07:23 | 来源:中国网草原频道 | 作者:苏文 | 责任编辑:王金梅',
    '中国网草原频道1月24日讯(记者 苏文)24日上午,内蒙古自治区十三届人大一次会议在呼和浩特开幕,自治区主席布小林代表自治区政府向大会作政府工作报告。',
    '内蒙古自治区十三届人大一次会议开幕现场',
    '布小林在政府工作报告中回顾了过去五年的工作,表示过去的五年,是自治区发展进程中极不平凡的五年。',
  ].join('\n');
  test('"动态要闻>" is a breadcrumb, the headline the title (was: title "动态要闻>")', () => {
    expect(ruleAt(page, 1)).toContain('breadcrumb');
    expect(String(read(page).front.title)).toMatch(/^内蒙古自治区十三届人大一次会议开幕/u);
  });
  test('"…人大一次会议开幕现场" alone between paragraphs is a photo caption (was: a heading)', () => {
    expect(ruleAt(page, 5)).toContain('caption');
    expect(paragraphs(page).some((b) => b.startsWith('#'))).toBe(false);
  });
  test('guard: a link to a report before its arrow is no column\'s name, and a heading naming a scene stays', () => {
    const report = [...opening, '二、建设文明施工现场', '全面推进建筑工地文明施工。'].join('\n');
    expect(paragraphs(report)).toContain('## 二、建设文明施工现场');
    expect(ruleAt(['国务院政府工作报告>', ...opening].join('\n'), 1)).not.toContain('breadcrumb');
  });
});

describe('stop 48, blind: the site\'s header lines above its breadcrumb', () => {
  // http://www.qdhnews.com.cn/news/content/2021-02/24/content_9185963.html (视界千岛湖)
  const page = ['视界千岛湖', '快·准·活·美', '点击打开', '您当前的位置: 淳安新闻 > 时政要闻', '万象更新处 尽是为民声 县十六届人大五次会议开幕式侧记', '发布时间:2021-02-24 08:45:00', '春回大地,万象更新。昨日上午,县十六届人大五次会议在千岛湖水之灵演艺中心盛大开幕。'].join('\n');
  test('"视界千岛湖", "快·准·活·美", "点击打开" are the site\'s (was: title "视界千岛湖", two paragraphs)', () => {
    const { front, blocks } = read(page);
    expect(String(front.title)).toMatch(/开幕式侧记$/u);
    expect(blocks.some((b) => /快·准·活·美|点击打开/u.test(b))).toBe(false);
    for (const line of [1, 2, 3]) expect(ruleAt(page, line)).toContain('page-head');
  });
  test('guard: a title printed above the breadcrumb stays the title', () => {
    const report = ['2024年政府工作报告', '当前位置: 首页 > 政务公开', ...opening.slice(1)].join('\n');
    expect(read(report).front.title).toBe('2024年政府工作报告');
  });
});

describe('stop 48, blind: a layout cell\'s bar opening the text', () => {
  // http://www.ventaj.com/article-81944-1.html
  const page = '| 昨日,出席市十六屆人大一次會議的代表們分成7個團,認真審議代市長葉幫銳所作的《政府工作報告》。各代表團審議現場氣氛熱烈,代表們圍繞《政府工作報告》踴躍發言、各抒己見。';
  test('the bar goes, the paragraph stays whole (was: "| 昨日,…" in the text)', () => {
    expect(paragraphs(page)[0]).toMatch(/^昨日/u);
  });
  test('guard: a pipe table\'s row keeps its bars', () => {
    const report = [...opening, '| 指标 | 2023年 | 增长 |', '| --- | --- | --- |', '| 地区生产总值 | 1000亿元 | 5% |'].join('\n');
    expect(read(report).result.markdown).toMatch(/地区生产总值/u);
    expect(said(report, 'page-info').some((m) => /cell border/u.test(m.reason))).toBe(false);
  });
});

describe('stop 48, blind: recommended stories and a comment box after the text', () => {
  test('"新闻推荐" and the next story\'s teaser under it are the page\'s (was: a heading, and the page said cut off)', () => {
    // http://m.kcqsx.com/jiangmen/201901/317694.html (江门日报)
    const page = [
      '开平市政府广泛征求《政府工作报告》意见建议',
      '江门日报讯(记者/敖转优梁佳欣)1月14日,开平市政府召开4场座谈会,就即将提交开平市十六届人大五次会议审议的《政府工作报告(征求意见稿)》,广泛听取社会各界的意见和建议,进一步集思广益,科学谋划,推动各项事业发展。开平市委副书记、市长邝积康等带队,认真听取人大代表、政协委员、各镇(街)以及有关部门的意见。',
      '座谈会上,《政府工作报告》起草小组对2019年《政府工作报告(征求意见稿)》的起草过程、基本框架和主要内容作了详细说明,开平市将重点做好融入粤港澳大湾区、构建推动经济高质发展的体制机制、加快构建现代化经济体系等六大工作。',
      '与会人员围绕《政府工作报告(征求意见稿)》的谋篇布局、语言文字以及明年工作思路、目标任务、工作重点等内容谈看法、提意见,就城市提质、乡村振兴、交通路网、政府服务、环保治理、文化旅游等方面建言献策,并对报告征求意见稿中的一些提法和表述提出了修改建议。',
      '邝积康边听边记,不时与大家进行深入交流和探讨。',
      '新闻推荐',
      '江门日报讯(记者/梁佳欣通讯员/林阮莺)昨日,以江门市委政法委专职副书记朱运梅为组长的江门',
    ].join('\n');
    expect(ruleAt(page, 6)).toContain('related');
    expect(ruleAt(page, 7)).toContain('related');
    expect(said(page, 'cut-off')).toHaveLength(0);
    expect(paragraphs(page).some((b) => /新闻推荐|朱运梅/u.test(b))).toBe(false);
  });
  test('"• 相关推荐" over the text, "延伸阅读…" glued to a headline, "我要回应" and "(可输入500字)" (was: paragraphs)', () => {
    // https://www.shuzhibaogao.net/juchang/article_24767.html ; https://www.ourchinastory.com/cn/9511
    const page = [
      '2024全国两会|一文看清政府工作报告3大重点',
      '• 相关推荐',
      '2024年全国两会正在北京召开,3月5日,国务院总理李强代表国务院,向十四届全国人大二次会议作政府工作报告。',
      '回顾2023年工作成果时,李强指出,2023年国内生产总值增长5.2%,新能源汽车产销量占全球比重超过60%。',
      '延伸阅读龙年|不止深中通道!2024年这些超级工程将诞生',
      '我要回应',
      '(可输入500字)',
    ].join('\n');
    expect(ruleAt(page, 2)).toContain('pager');
    expect(ruleAt(page, 5)).toContain('pager');
    expect(ruleAt(page, 6)).toContain('comments');
    expect(ruleAt(page, 7)).toContain('comments');
  });
  test('guard: a report\'s paragraph on news and recommendations stays', () => {
    const report = [...opening, '新闻推荐工作成效明显,全年推送政务信息1200条。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('新闻推荐工作成效明显'))).toBe(true);
  });
});

describe('stop 48, blind: a feedback form under a portal\'s notice', () => {
  // https://www.shouxian.gov.cn/public/118322644/1259257664.html (寿县)
  const page = ['请各乡镇、县直有关单位要进一步细化工作措施,压实工作责任,精准发力,狠抓落实,全力推进目标任务落到实处。', '  • 姓  名:', '  • 联系方式:', '  • *内  容:', '  • *验 证 码:'].join('\n');
  test('"• 姓  名:", "• *内  容:", "• *验 证 码:" are the form\'s fields (was: three paragraphs)', () => {
    expect(paragraphs(page)).toHaveLength(1);
    for (const line of [2, 4, 5]) expect(ruleAt(page, line)).toContain('captcha');
  });
  test('guard: a label "内容:" with no star over its value stays', () => {
    const report = [...opening, '内容:', '实施城市更新行动,改造老旧小区120个。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('内容'))).toBe(true);
  });
});

describe('stop 48, blind: a document library\'s facts with no labels', () => {
  // http://m.61taotao.com/office/362118.html
  const page = ['- 2021-04-19 发布 |', '- 37.5 KB |', '- 20页', '申明敬告: 本站不保证该用户上传的文档完整性,不预览、不比对内容而直接下载产生的反悔问题本站不予受理。', '文档介绍', '林区半年工作总结', '半年来,省直林区认真贯彻落实年初全省林业局长会议及省直林区工作会议精神,以实施天然林保护工程为重点,不断深化改革。'].join('\n');
  test('the day, the size, the pages, the disclaimer and "文档介绍" are the library\'s (was: title "- 2021-04-19发布", a heading)', () => {
    const { front, blocks } = read(page);
    expect(front.title).toBe('林区半年工作总结');
    expect(blocks.some((b) => /KB|20页|本站不保证|文档介绍/u.test(b))).toBe(false);
  });
  test('guard: an item of a report\'s list naming pages stays', () => {
    const report = [...opening, '- 编印宣传册20页,发放群众手中。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('编印宣传册20页'))).toBe(true);
  });
});

describe('stop 48, blind: a share box\'s account kinds, a pinyin name, a machine summary\'s label', () => {
  test('"政务" over "微信" and "微博" goes with them (was: two paragraphs "政务")', () => {
    // https://www.xuanzhou.gov.cn/News/show/942129.html (宣州区)
    const page = ['2月8日,文昌镇第十五届人民代表大会第一次会议在镇政府四楼会议室召开。区委常委、政法委书记孙国梁到会并讲话。', '扫一扫在手机打开当前页', '政务', '微信', '政务', '微博'].join('\n');
    expect(paragraphs(page)).toHaveLength(1);
  });
  test('guard: "政务" alone before a heading stays', () => {
    const report = [...opening, '政务', '全面推进政务公开。'].join('\n');
    expect(paragraphs(report)).toContain('政务');
  });
  test('"Qinpu Renming DaiBiao DaHui Zhi" over a gazetteer\'s page is its name in pinyin (was: a paragraph)', () => {
    // http://58.40.17.181:38080/Webbuilder_shqprd/qprdz/3/c3-1101.htm (青浦人民代表大会志)
    const page = ['Qinpu Renming DaiBiao DaHui Zhi', '青 浦 人 民 代 表 大 会 志', '第一节 听取、审议政府工作报告', '第一次会议听取、审议县长巢卫林所作的政府工作报告。报告对前五年政府工作进行了回顾。'].join('\n');
    expect(ruleAt(page, 1)).toContain('site-name');
    expect(paragraphs(page).some((b) => /Qinpu/u.test(b))).toBe(false);
  });
  test('guard: an English line over a bilingual report is no pinyin name', () => {
    const report = ['Report on the Work of the Government', ...opening].join('\n');
    expect(ruleAt(report, 1)).not.toContain('site-name');
  });
  test('"AI导读:" is the label over a machine\'s summary (was: a paragraph)', () => {
    // https://www.yxiu.cn/finance/ch/491794.html
    const page = ['AI导读:', '《政府工作报告》分为三大板块:去年工作回顾、今年经济社会发展总体要求和政策取向、今年政府工作重点任务。', '《政府工作报告》起草组负责人、国务院研究室主任沈丹阳介绍,今年的报告依旧分为三大核心板块。'].join('\n');
    expect(ruleAt(page, 1)).toContain('page-head');
  });
});

describe('stop 48, blind: a plenary sitting as news', () => {
  // http://www.etkrd.gov.cn/hyzt/rdh/202502/t20250208_3762697.html (鄂托克旗人大)
  const page = [
    '1月16日下午,鄂托克旗第十八届人民代表大会第四次会议举行第二次全体会议。',
    '本次大会应出席代表159人,出席大会的代表140人,符合法定人数。',
    '受旗十八届人大常委会委托,李瑞敏在会上作鄂托克旗人民代表大会常务委员会工作报告。',
    '李瑞敏说,2024年是中华人民共和国成立75周年,人民代表大会制度建立70周年。',
  ].join('\n');
  test('"…第四次会议举行第二次全体会议", "应出席代表159人" tell a story (was: nothing said)', () => {
    expect(said(page, 'news-story')).toHaveLength(1);
  });
  test('guard: a standing committee\'s report naming its sittings is no story', () => {
    const report = ['各位代表:', '现在,我受旗人大常委会委托,向大会报告工作,请予审议。', '一年来,常委会共举行会议8次,听取和审议专项工作报告12个,应出席委员均达到法定人数。'].join('\n');
    expect(said(report, 'news-story')).toHaveLength(0);
  });
});

describe('stop 48, blind: a slogan printed one phrase a line over its dashed name', () => {
  // https://www.inrrp.com.cn/html/aeaa50ffbe9796d7.html (中条林局 2012 职代会 report on a writing site)
  const page = ['先行先试促三增', '再接再厉抓落实', '建设最具发展力的现代国有林区示范局', '----中条林局2012年工作会议暨五届五次职代会工作报告', '2012年2月22日', '各位代表、同志们: 现在,我代表局行政向大会作工作报告,请予审议,并请各位代表提出意见。', '一、2011年工作简要回顾', '2011年,全局干部职工围绕改革与发展两大主题,坚定不移地推进现代林业建设。'].join('\n');
  test('the name after the dashes is the title, all three phrases the subtitle (was: title "建设…示范局----中条林局…", two phrases removed as the page\'s head)', () => {
    const { front } = read(page);
    expect(front.title).toBe('中条林局2012年工作会议暨五届五次职代会工作报告');
    expect(front.subtitle).toBe('先行先试促三增\u3000再接再厉抓落实\u3000建设最具发展力的现代国有林区示范局');
    expect(ruleAt(page, 1)).toContain('metadata');
  });
  test('guard: phrases over a dashed occasion ("——…在…会议上的政府工作报告") are read as before', () => {
    const report = ['坚定信心', '攻坚克难', '——2012年1月5日在某县第十五届人民代表大会第一次会议上的政府工作报告', '县长 王明', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。', '一、2011年工作回顾', '过去一年,全县经济平稳增长。'].join('\n');
    const { front } = read(report);
    expect(front.occasion).toBe('2012年1月5日在某县第十五届人民代表大会第一次会议上');
    expect(front.subtitle).toBeUndefined();
    expect(ruleAt(report, 1)).toContain('page-head');
  });
});
