/**
 * Ingest defects the lead found on real pages of the search tool's `pages` corpus, blind, in stop 46 (2026-12-04).
 * Each test is the page's shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …").
 * Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const ruleAt = (text: string, line: number) => readIngested(text, 'page.txt', { clean: false }).result.file.messages.filter((m) => m.line === line).map((m) => m.ruleId);
const paragraphs = (text: string) => readIngested(text, 'page.txt', { clean: false }).blocks;

/** A report's opening in its own voice, for the guards. */
const opening = ['政府工作报告', '——2024年1月10日在某市第十七届人民代表大会第三次会议上', '市长 王明', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员提出意见。', '一、2023年工作回顾', '过去一年,全市经济平稳增长。'];

describe('stop 46, blind: a city paper\'s story of the congress\'s second plenary, the reports\' deliverers over it', () => {
  // http://news.jsw.com.cn/zjnews/2013-01/08/content_2756398.htm (金山网, 镇江)
  const page = [
    '张庆生向大会作市人大常委会工作报告',
    '茅仲华作市中级人民法院工作报告',
    '金山网讯 1月8日下午,镇江市七届人大二次会议举行第二次全体会议。会议听取了市人大常委会工作报告和市中级人民法院、市人民检察院工作报告。',
    '张敬华、朱晓明、张庆生在主席台前排就坐。陈苏主持大会。',
    '人大常委会副主任张庆生向大会作市人大常委会工作报告,向大会报告换届以来的主要工作,就2013年工作作出安排。',
    '张庆生说,换届半年来,市人大常委会在市委的领导下,紧紧围绕全市发展大局,扎实开展“三创”活动。',
  ].join('\n');
  test('is said to be a news story (was: nothing said — "，向大会报告换届以来…" read as the speaker\'s own voice)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/金山网讯/u);
  });
  test('guard: a report\'s own "我代表…，向大会报告工作" still is its voice (no news story)', () => {
    const report = [...opening.slice(0, 4), '现在,我代表市人民政府,向大会报告工作,请予审议。', '会议由大会主席团主持。', '一、2023年工作回顾', '全市经济平稳增长。'].join('\n');
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 46, blind: a congress\'s notice of a draft regulation, its portal\'s meta list', () => {
  // http://ordosrd.gov.cn/gg/202205/t20220507_3209416.html (鄂尔多斯市人大)
  const page = [
    '关于《鄂尔多斯市黄河河道管理条例(草案)》公开征求意见的公告',
    '',
    '  • 发布日期:2022-05-07 15:50:00  ',
    '  • 文档来源:  ',
    '  • 作者:',
    '',
    '鄂尔多斯市人民代表大会常务委员会对《鄂尔多斯市黄河河道管理条例(草案)》进行了初次审议。现将该条例草案全文公布,征求广大人民群众和社会各界的修改意见和建议。',
  ].join('\n');
  test('"• 文档来源:" left empty is the page\'s stamp (was: a paragraph)', () => {
    expect(ruleAt(page, 4)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.includes('文档来源'))).toBe(false);
  });
});

describe('stop 46, blind: a county paper\'s e-paper, its page label over the headline', () => {
  // https://szb.zhonghongnet.com/Html/2018-01-16/2471.html (惠民县)
  const page = [
    '一版:要闻总第2015期 >2018-01-16编印',
    '',
    '县第十八届人大二次会议 举行第二次全体会议',
    '刊发日期:2018-01-16 阅读次数: 作者:郑海涛',
    '',
    '□本报记者  郑海涛  报道',
    '',
    '本报讯    1月14日,县第十八届人大二次会议举行第二次全体代表会议。',
    '',
    '会议听取了县人大常委会主任李勇作的惠民县人民代表大会常务委员会工作报告。',
  ].join('\n');
  test('the e-paper\'s page, issue and printing day are removed; the headline is the title (was: the title)', () => {
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('县第十八届人大二次会议举行第二次全体会议');
    expect(ruleAt(page, 1)).toContain('page-info');
  });
  test('"□本报记者  郑海涛  报道" is the reporter\'s byline (was: a paragraph)', () => {
    expect(ruleAt(page, 6)).toContain('byline');
    expect(paragraphs(page).some((b) => b.includes('郑海涛'))).toBe(false);
  });
  test('guard: a heading numbered in Chinese naming a page of a plan stays text', () => {
    const report = [...opening, '(一)一版规划总第3期修编工作全面完成。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('一版规划总第3期'))).toBe(true);
  });
});

describe('stop 46, blind: a Hong Kong chief executive\'s statement on the budget, its post\'s buttons', () => {
  // https://shuohk.com/cms/dawanqu/110782.html
  const page = [
    '特区行政长官李家超今日(2月28日)就2024至25年度《财政预算案》发表以下声明:',
    '',
    '特区财政司司长今日发表本届政府第二份《财政预算案》。我呼吁社会各界支持这份预算案。',
    '',
    '點讚(0) 打賞',
    '',
    '评论列表 共有 0 條評論',
  ].join('\n');
  test('"點讚(0) 打賞" is the post\'s reaction buttons (was: a paragraph)', () => {
    expect(ruleAt(page, 5)).toContain('page-info');
  });
  test('guard: a sentence on sharing and comments stays text', () => {
    const report = [...opening, '分享经济、评论转发等新业态快速发展。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('分享经济'))).toBe(true);
  });
});

describe('stop 46, blind: an article on a portal, its search box\'s label', () => {
  // https://www.joammi.com/thread/20111004/298725.html
  const page = [
    '预算执行审计在政府预算管理中的作用分析',
    '站内搜索:',
    '1994年,全国人大通过了《预算法》,使我国预算及其监督法制建设迈出了历史性的一步。',
  ].join('\n');
  test('"站内搜索:" is the search box\'s label (was: a paragraph)', () => {
    expect(ruleAt(page, 2)).toContain('navigation');
  });
});

describe('stop 46, blind: a Hong Kong paper\'s story, the page\'s own name with the paper\'s after a dash over the headline', () => {
  // https://hkcd.com/newsTopic_content.php?id=1371305 (香港商报)
  const page = [
    '政府2023年2月22日發表《財政預算案》-香港商报',
    '首页 > 新闻专题 > 新闻 > 香港',
    '',
    '政府2023年2月22日發表《財政預算案》',
    '',
    '2022-11-11',
    '来源:香港商報網',
    '',
    ' 政府今日(11日)公布,將於明年2月22日發表《財政預算案》。',
  ].join('\n');
  test('the headline is the title, without the paper\'s name; the copy is the page\'s head (was: "…-香港商报", the copy a paragraph)', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('政府2023年2月22日發表《財政預算案》');
    expect(blocks.some((b) => b.startsWith('政府2023年2月22日發表'))).toBe(false);
  });
  test('guard: a title whose copy below is a different, longer name keeps its own words', () => {
    const report = ['某市2023年政府工作报告-某市', '', '某市2023年政府工作报告全文', ...opening.slice(1)].join('\n');
    const { front } = readIngested(report, 'page.txt', { clean: false });
    expect(front.title).not.toBe('某市2023年政府工作报告');
  });
});

describe('stop 46, blind: a news digest, the post\'s time stamp glued after its last sentence', () => {
  // http://soso.bot/details/nowtv_news_120332
  const page = [
    '财政预算案2024|陈茂波称政府未来会大力节流及逐步收窄赤字',
    '财政司司长陈茂波说,政府未来会大力节流,逐步收窄赤字。他认为是最需要、最合适做的措施。2024-02-2821:40:27',
  ].join('\n');
  test('the time stamp is removed and the text does not end cut off (was: kept, and a cut-off warning)', () => {
    const { blocks, rules } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks.at(-1)).toMatch(/措施。$/u);
    expect(rules).not.toContain('cut-off');
    expect(ruleAt(page, 2)).toContain('page-info');
  });
  test('guard: a sentence that names a day and a time stays whole', () => {
    const report = [...opening, '系统于2024-02-28 21:40:27完成切换。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('21:40:27'))).toBe(true);
  });
});

describe('stop 46, blind: a traditional copy of an agency\'s story, the agency and the day over it', () => {
  // http://jizihe.com/page/2019/0708/8094134.shtml
  const page = [
    '新華社·2019年5月23日',
    '5月22日,《十三屆全國人大常委會貫徹落實〈中共中央關於建立國務院向全國人大常委會報告國有資產管理情況制度的意見〉五年規劃(2018-2022)》正式對外發布。',
    '規劃提出,要經過5年努力,全面摸清國有資產家底。',
  ].join('\n');
  test('"新華社·2019年5月23日" is the agency\'s stamp, not the title (was: the title)', () => {
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title ?? '').toBe('');
    expect(ruleAt(page, 1)).toContain('page-info');
  });
});

describe('stop 46, blind: a web novel\'s chapter set at a county congress', () => {
  // https://ponhibo.com/book/88470/18778143_2.html
  const page = [
    '第0716章 开幕(2 / 3)',
    '好书推荐:',
    '从动物园里走出的强者',
    '天棺',
    '第五项是听取和审议光军县人民代表大会常务委员会工作报告。',
    '重点戏是一头一尾,一个是江寒代表县政府作政府工作报告,这个是需要会后进行学习讨论的。',
    '江寒穿着正装,走到主席台边的发言席,念起了稿子。',
  ].join('\n');
  test('is said to be a novel\'s chapter, not a report (was: nothing said)', () => {
    const told = said(page, 'other-document');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/novel/u);
  });
  test('guard: a plan\'s chapter numbered in Chinese, or in a few Arabic figures, is no novel', () => {
    for (const title of ['第一章 总体要求', '第3章 发展环境']) {
      const plan = [title, '“十四五”时期是我市加快发展的关键时期。', '一、发展基础', '全市经济实力显著增强。'].join('\n');
      expect(said(plan, 'other-document')).toEqual([]);
    }
  });
});

describe('stop 46, blind: a county\'s news of its acting head joining a delegation\'s deliberation', () => {
  // http://qynews.zjol.com.cn/qynews/system/2010/03/18/011938146.shtml (庆元县)
  const page = [
    '县委副书记、代县长叶青参加人大第一代表团审议',
    '副县长廖永平参加人大第一代表团审议',
    '人大第一代表团审议现场',
    '3月17日下午,县委副书记、代县长叶青以普通代表的身份先后来到人大第一代表团和第二代表团,与代表们共同审议《政府工作报告》。在审议和讨论中,叶青强调,要团结奋进,抢抓机遇。',
  ].join('\n');
  test('is said to be a news story: an official "参加…代表团审议" (was: nothing said)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/参加人大第一代表团审议/u);
  });
  test('guard: a report\'s "参加代表团审议的意见" in its own voice tells nothing', () => {
    const report = [...opening, '我们认真研究了各位代表参加代表团审议时提出的意见建议。'].join('\n');
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 46, blind: a speech posted with its editor\'s stray backticks', () => {
  // http://m.nepao.com/show-14-276499-1.html
  const page = ['县长在2017年县政府全体会议上的讲话', '', '``', '同志们:今天,我们召开本届县政府第一次全体会议。'].join('\n');
  test('"``" alone is a separator, not a paragraph (was: a paragraph "\\`\\`")', () => {
    expect(ruleAt(page, 3)).toContain('separator');
  });
});

describe('stop 46, blind: a forum thread quoting the CPPCC\'s opening, the poster\'s card in it', () => {
  // https://bbs.comefromchina.com/threads/1210300/latest
  const page = [
    '俞正声宣布全国政协十二届一次会议开幕',
    '',
    'guest',
    '',
    'Moderator',
    '管理成员',
    '注册',
    '2002-10-07',
    '消息',
    '402,402',
    '荣誉分数',
    '76',
    '俞正声宣布全国政协十二届一次会议开幕,全场起立唱国歌。',
    '各位委员:我代表中国人民政治协商会议第十一届全国委员会常务委员会,向大会报告过去五年的工作,请予审议。',
    '后退',
    '顶部',
  ].join('\n');
  test('the poster\'s name, rank, group and record, and the back and top buttons, are the forum\'s (was: eleven paragraphs)', () => {
    const { blocks } = readIngested(page, 'page.txt', { clean: false });
    for (const word of ['guest', 'Moderator', '管理成员', '注册', '402,402', '荣誉分数', '后退', '顶部']) expect(blocks.some((b) => b.includes(word))).toBe(false);
    expect(ruleAt(page, 7)).toContain('navigation');
  });
  test('guard: a report\'s figures under a label with no figures beside it stay', () => {
    const report = [...opening, '注册', '新增市场主体2.3万户。', '主题', '以“十大行动”为主线。'].join('\n');
    const blocks = paragraphs(report);
    expect(blocks.some((b) => b.includes('新增市场主体'))).toBe(true);
    expect(blocks.some((b) => b.includes('十大行动'))).toBe(true);
  });
});

describe('stop 46, blind: a paper\'s story of the CPPCC standing committee, its dateline with the city and day', () => {
  // https://www.lw33.cn/article/60d54702ceba43f9acd395f3.html
  const page = [
    '政协常委会举行第十一次会议',
    '本报北京3月11日讯 记者李德金报道:政协八届全国委员会常务委员会第十一次会议今天上午在京举行。',
    '会议由中共中央政治局常委、全国政协主席李瑞环主持。',
    '全国政协秘书长朱训在会上向与会者汇报了政协八届三次会议的进展情况和各组讨论情况。',
  ].join('\n');
  test('"本报北京3月11日讯" is a news dateline: said to be a news story (was: nothing said)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/本报北京3月11日讯/u);
  });
});

describe('stop 46, blind: a document library\'s bilingual copy of the 2010 report, its English run together', () => {
  // https://renrendoc.com/paper/305175498.html
  const page = [
    '在第十一届全国人民代表大会第三次会议上的政府工作报告',
    '',
    '国务院总理温家宝',
    '',
    '2010年3月5日',
    '',
    '各位代表,',
    '',
    'FellowDeputies,',
    '',
    '现在,我代表国务院向大会作政府工作报告,请予审议,并请全国政协各位委员提出意见。',
    '',
    '一、2009年工作回顾',
    '',
    '2009年是新世纪以来我国经济发展最为困难的一年。',
  ].join('\n');
  test('the English salutation is not joined to the Chinese paragraph under it (was: "FellowDeputies,现在，我代表国务院…")', () => {
    const { blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks.some((b) => /Deputies,?现在/u.test(b))).toBe(false);
    expect(blocks).toContain('现在，我代表国务院向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。');
  });
  test('guard: a Chinese sentence a blank line cut after its comma still goes on', () => {
    const report = [...opening, '', '过去一年,面对复杂严峻的外部环境和艰巨繁重的改革发展任务,', '', '全市上下团结一心,经济社会发展取得新成效,主要目标任务较好完成。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('任务，全市上下团结一心'))).toBe(true);
  });
});

describe('stop 46, blind: a civil-service exam site\'s feature on the 2010 report, under its breadcrumb', () => {
  // http://fjsgwy.org/2010/0317/5211.html
  const page = [
    '您的当前位置:福建公务员考试网 >> 最新',
    '',
    '让人民生活更幸福更有尊严--政府工作报告',
    '',
    '发布:2010-03-17 08:57:15 字号: | | 我要提问我要提问',
    '\\',
    '    2010年3月14日上午,十一届全国人大三次会议在人民大会堂举行闭幕大会。',
    '    温家宝总理代表国务院所作《政府工作报告》获高票通过。',
  ].join('\n');
  test('"您的当前位置:…" is the breadcrumb, not part of the title (was: joined to the title)', () => {
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('让人民生活更幸福更有尊严--政府工作报告');
    expect(ruleAt(page, 1)).toContain('breadcrumb');
  });
  test('no issuer from the slogan before the dash (was: "让人民生活更幸福更有尊严--政府")', () => {
    const { front } = readIngested(page.split('\n').slice(2).join('\n'), 'page.txt', { clean: false });
    expect(front.title).toBe('让人民生活更幸福更有尊严--政府工作报告');
    expect(front.issuer).toBeUndefined();
  });
  test('a backslash alone is a separator (was: a paragraph)', () => {
    expect(ruleAt(page, 6)).toContain('separator');
  });
  test('guard: a title naming its government still gives the issuer', () => {
    const report = ['西宁市政府工作报告', ...opening.slice(1)].join('\n');
    expect(readIngested(report, 'page.txt', { clean: false }).front.issuer).toBe('西宁市人民政府');
  });
});

describe('stop 46, blind: a county portal\'s disclosure list, each label behind a bullet and its value lines below', () => {
  // http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml (镇巴县)
  const page = [
    '返回顶部',
    '',
    '镇巴县人民政府工作规则',
    '',
    '  • 索引号:',
    '',
    '    6107280000/2024-001005',
    '  • 主题分类:',
    '',
    '  • 来源:',
    '',
    '  • 发文机构:',
    '',
    '    县政府网站',
    '  • 发文字号:',
    '',
    '    镇政发〔2024〕7号',
    '  • 发文日期:',
    '',
    '    2024年04月06日 16:40',
    '  • 有效性:',
    '',
    '  • 发布日期:',
    '',
    '    2024年04月06日 16:34',
    '',
    '第一章总则',
    '',
    '一、根据《中华人民共和国宪法》,结合本县实际,制定本规则。',
  ].join('\n');
  test('each value goes with its label into the disclosure fields (was: every label and value a paragraph, disclosure {})', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    const disclosure = front.disclosure as Record<string, string>;
    expect(disclosure['索引号']).toBe('6107280000/2024-001005');
    expect(disclosure['发文字号']).toBe('镇政发〔2024〕7号');
    expect(disclosure['有效性']).toBeUndefined();
    expect(front.date).toBe('2024-04-06');
    expect(blocks.some((b) => /6107280000|县政府网站|16:34|主题分类/u.test(b))).toBe(false);
  });
  test('the stamp label "• 发布日期:" takes its value below it (was: the value a paragraph)', () => {
    expect(ruleAt(page, 25)).toContain('page-info');
  });
  test('guard: a bulleted line of the text with a colon keeps its words', () => {
    const report = [...opening, '主要措施:', '• 来源多元:拓宽资金来源渠道,吸引社会资本参与。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('拓宽资金来源渠道'))).toBe(true);
  });
});

describe('stop 46, blind: a Taiwan paper\'s breaking story, a stored copy\'s date stamp over it', () => {
  // https://udn.com/news/story/7331/9093932 (聯合報)
  const page = [
    ' date 2025-10-24 快訊',
    '',
    '聯合報／ 記者廖士鋒／即時報導',
    '中共官員24日公開強調，「中共中央關於制定國民經濟和社會發展第十五個五年規劃的建議」由中共總書記習近平「親自擔任文件起草組組長」。（圖／截自央視）',
    '中共官員24日公開強調，「中共中央關於制定國民經濟和社會發展第十五個五年規劃的建議」由中共總書記習近平「親自擔任文件起草組組長」。（圖／截自央視）',
    '',
    '中共中央24日上午舉行新聞發布會，介紹和解讀中共二十屆四中全會精神。',
  ].join('\n');
  test('"date 2025-10-24" is the page\'s stamp, its published date; "快訊" a label (was: the title "date 2025-10-24快訊")', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title ?? '').toBe('');
    expect(front.date).toBe('2025-10-24');
    expect(front.date_source).toBe('published');
    expect(blocks.some((b) => b.includes('快訊'))).toBe(false);
  });
  test('"聯合報／ 記者廖士鋒／即時報導" is the byline and the captions "…。（圖／截自央視）" are removed (was: the title; one paragraph of both captions)', () => {
    const { blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(ruleAt(page, 3)).toContain('byline');
    expect(ruleAt(page, 4)).toContain('caption');
    expect(blocks).toEqual(['中共中央24日上午舉行新聞發布會，介紹和解讀中共二十屆四中全會精神。']);
  });
  test('guard: a report\'s sentence naming a date keeps it, and its picture note in brackets mid-text stays', () => {
    const report = [...opening, '全年新建公园12个(图1),绿化覆盖率达到42%。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('(图1)') || b.includes('（图1）'))).toBe(true);
  });
});

describe('stop 46, blind: a county congress\'s news of the delegations\' deliberation, its pictures\' captions and footer', () => {
  // http://rd.qyxgov.cn/Mob/show.asp?d=5776&m=1 (青阳县人大)
  const page = [
    '2月16日,出席县十六届人大二次会议的代表们分组审议政府工作报告。',
    '蓉城代表团',
    '新河·朱备·部队代表团',
    '审议中,代表们紧扣主题、畅所欲言。大家一致认为,政府工作报告客观总结了2022年政府的工作。',
    '主办单位:青阳县人大常委会',
    'Copyright © 2022 rd.qyxgov.cn All Rights Reserved.',
  ].join('\n');
  test('the delegations\' names alone are captions, the English copyright line the footer\'s (was: a paragraph, a heading, a paragraph)', () => {
    expect(ruleAt(page, 2)).toContain('caption');
    expect(ruleAt(page, 3)).toContain('caption');
    expect(ruleAt(page, 6)).toContain('disclaimer');
  });
  test('guard: a report\'s sentence on a delegation stays text', () => {
    const report = [...opening, '全省人大代表团视察了我市重点项目建设情况,提出了宝贵意见。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('全省人大代表团视察'))).toBe(true);
  });
});

describe('stop 46, blind: a county paper\'s story of the consultation on the draft report, a notice\'s button over it', () => {
  // http://dqxw.yunpaper.cn/Article/index/aid/7447065.html (德清新闻)
  const page = [
    '我知道了',
    '县政府召开座谈会',
    '征求社会各界对政府工作报告的意见',
    '',
    '2月14日~15日,县政府召开两场座谈会,听取部分人大代表、政协委员对《政府工作报告(征求意见稿)》的意见建议。',
    '',
    '王波认真听取发言、一一回应,并对大家关心支持政府工作表示感谢。',
    '',
    '|记者 徐超超 蔡俊',
  ].join('\n');
  test('"我知道了" is a button, not part of the title; "|记者 徐超超 蔡俊" the reporters\' credit (was: in the title; a paragraph)', () => {
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('县政府召开座谈会征求社会各界对政府工作报告的意见');
    expect(ruleAt(page, 9)).toContain('page-info');
  });
});

describe('stop 46, blind: a forum\'s copy of a city\'s drafting schedule for its report, the forum\'s anti-copy noise in it', () => {
  // http://v2.caiyes.cn/thread-62674-11-1.html
  const page = [
    '1.制定《政府工作报告起草工作安排》。 2.召开县(市、区)调研座谈会。 3.形成报告提纲。 ; b/ R+ p( X9 q0 z: ~6 x5 E) d',
    '4.形成报告初稿。',
    '7 Z0 s7 S+ N g; ^" g* @7 M',
    '5.征求县(市、区)及部门意见。',
    ', d# y/ ]8 c% H+ J* w% B( Q13.制作工作报告中的名词解释。',
  ].join('\n');
  test('the noise alone, after a sentence and before an item is removed and said; every Chinese word stays (was: paragraphs of noise)', () => {
    const { blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks.some((b) => /[A-Za-z]/u.test(b))).toBe(false);
    expect(blocks.some((b) => b.includes('13.制作工作报告中的名词解释。'))).toBe(true);
    expect(said(page, 'page-info').length).toBeGreaterThanOrEqual(3);
  });
  test('guard: a row of figures, a list of initials and an English sentence stay', () => {
    const report = [...opening, '12 34 56 78 90 11', 'A B C D E F G', 'The GDP grew by 5 % in 2023 , a b c d e f .'].join('\n');
    const blocks = paragraphs(report);
    expect(blocks.some((b) => b.includes('12 34 56 78 90 11'))).toBe(true);
    expect(blocks.some((b) => b.includes('A B C D E F G'))).toBe(true);
  });
});

describe('stop 46, blind: a county department\'s final accounts, its printed contents with dot leaders and page numbers', () => {
  // https://www.daying.gov.cn/gongkai/show/b9c52ac3abf163181d0f14317806bbab.html (四川省大英县财政局)
  const page = [
    '2024年度四川省大英县财政局部门决算',
    '目 录',
    '公开时间:2025年9月1日',
    '第一部分 部门概况………………………………………4',
    '一、部门职责………………………………………………4',
    '二、机构设置………………………………………………6',
    '第二部分 2024年度部门决算情况说明…………………11',
    '一、收入支出决算总体情况说明…………………………11',
    '第一部分 部门概况',
    '一、部门职责',
    '大英县财政局是县人民政府主管全县财政收支、财税政策的工作部门。',
  ].join('\n');
  test('the contents (dot leaders, page numbers) are removed, the stamp between the label and them is page info (was: headings)', () => {
    const { blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks.some((b) => /…{2,}/u.test(b))).toBe(false);
    expect(ruleAt(page, 4)).toContain('contents');
    expect(ruleAt(page, 3)).toContain('page-info');
    expect(blocks.some((b) => b.includes('大英县财政局是县人民政府主管'))).toBe(true);
  });
  test('guard: a sentence ending with a figure after an ellipsis stays', () => {
    const report = [...opening, '主要指标完成情况……详见附表1'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('详见附表1'))).toBe(true);
  });
});

describe('stop 46, blind: a town\'s session news, each picture\'s caption in brackets', () => {
  // http://8787sf.com/gzzwz/jpzrmzf/gzdt/content/post_1113176.html (界炮镇)
  const page = [
    '5月28日上午11時,界炮鎮第十七屆人民代表大會第七次會議在莊嚴的國歌聲勝利閉幕,大會由界炮鎮人大主席林志平主持。',
    '(大會現場)',
    '(詹仲茗鎮長作政府工作報告)',
    '大會聽取並審議了詹仲茗鎮長所做的《政府工作報告》和林志平主席所作的《人大工作報告》。',
    '(代表團審議政府和人大工作報告現場)',
    '(人大代表對有關決議(草案)進行表決)',
  ].join('\n');
  test('the bracketed captions are removed (was: four paragraphs)', () => {
    for (const line of [2, 3, 5, 6]) expect(ruleAt(page, line)).toContain('caption');
  });
  test('guard: a bracketed note in a report\'s text stays (此件 notes aside)', () => {
    const report = [...opening, '(以上数据为初步统计数)', '(掌声)'].join('\n');
    const blocks = paragraphs(report);
    expect(blocks.some((b) => b.includes('以上数据为初步统计数'))).toBe(true);
  });
});

describe('stop 46, blind: a city paper\'s chronicle in a layout table, every line closed by the cell\'s bar', () => {
  // http://www.tlnews.com.cn/xwpd/tlxw/content/2020-09/04/content_9109501.htm (桐庐新闻网)
  const page = [
    '《40年·记事》 |',
    'http://www.tlnews.com.cn/2020年09月04日 08:33:54 |',
    '【设立乡镇人大主席团】1990年1月,乡镇第十届人民代表大会设立乡镇人大主席团、主席团常务主席。 |',
    '原标题: 《40年·记事》 |',
  ].join('\n');
  test('the title has no bar; the site\'s address and posting time is a stamp (was: "《40年·记事》|"; a paragraph)', () => {
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('《40年·记事》');
    expect(ruleAt(page, 2)).toContain('page-info');
  });
});

describe('stop 46, blind: bylines, credits, a reading-time line and a poster\'s name over the story (four news pages)', () => {
  test('"四川在線記者 程文雯 吳亞飛" is a byline, not the title (wwwfh2222.com; was: the title)', () => {
    // http://wwwfh2222.com/news/b/2022-01-24/detail-ikyamrmz6975798.shtml
    const page = ['四川在線記者 程文雯 吳亞飛', '', '  1月23日,成都市第十七屆人民代表大會第六次會議開幕,會議聽取了成都市長王鳳朝作的政府工作報告。'].join('\n');
    expect(readIngested(page, 'page.txt', { clean: false }).front.title ?? '').toBe('');
    expect(ruleAt(page, 1)).toContain('byline');
  });
  test('"(记者 陶钦忆)" over the dateline is the credit, not the title (xptb.shpt.gov.cn; was: the title)', () => {
    // http://xptb.shpt.gov.cn/html/2025-01/23/content_8899_18216070.htm
    const page = ['(记者 陶钦忆)', '本报讯 1月21日下午,区十七届人大六次会议主席团举行第二次会议。谈上伟主持会议。'].join('\n');
    expect(readIngested(page, 'page.txt', { clean: false }).front.title ?? '').toBe('');
    expect(ruleAt(page, 1)).toContain('page-info');
  });
  test('"本篇文章461字,读完约1分钟" is the page\'s reading time, not the title (shcafe.org; was: the title)', () => {
    // http://shcafe.org/shzxxw/72852.html
    const page = ['本篇文章461字,读完约1分钟', '据宝山区介绍,12月12日下午,区人大常委会召开座谈会,听取部分代表对区人大常委会工作报告(征求意见稿)的意见和建议。'].join('\n');
    expect(readIngested(page, 'page.txt', { clean: false }).front.title ?? '').toBe('');
  });
  test('"admin" is the poster\'s user name; the presidium\'s meeting tells a news story (dfrd.js.cn; was: a paragraph, nothing said)', () => {
    // http://www.dfrd.js.cn/rddt/ShowArticle.asp?ArticleID=5407
    const page = [
      'admin',
      '区十六届人大一次会议主席团举行第四次会议',
      '1月14日上午,区十六届人大一次会议主席团举行第四次会议。区委书记李志军,区委副书记、代区长戴勇,区委副书记陈允春出席。',
      '会议听取了各代表团审议区人大常委会及“两院”工作报告情况的汇报;通过大会各项决议(草案),并提交各代表团审议。',
    ].join('\n');
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('区十六届人大一次会议主席团举行第四次会议');
    expect(ruleAt(page, 1)).toContain('page-info');
    expect(said(page, 'news-story')).toHaveLength(1);
  });
  test('guard: a standing committee\'s report of its own meetings and a sentence on attendance stay its voice', () => {
    const report = [...opening, '一年来,常委会共召开会议9次,主任会议18次,审议议题46项。', '各位代表出席了执法检查,提出了意见。'].join('\n');
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 46, blind: a county CPPCC\'s news of its members\' group discussion, the pictures\' captions under it', () => {
  // http://www.zhushan.cn/p/101483.html (竹山县)
  const page = [
    '11月27日,参加县政协八届一次会议的委员聆听了政府工作报告及其它报告后,在各小组参加了讨论。',
    '委员们在发言中说,报告总结了三年来的工作,构画了未来五年的发展蓝图。(苗东升 党世根 陈涛)',
    '县政协副主席张友庆在小组参加讨论',
    '县政协副主席王治国在第一委员组参加讨论',
    '来自乡镇的委员在分组讨论',
  ].join('\n');
  test('the captions are removed and the page is said to be a news story (was: four paragraphs)', () => {
    for (const line of [3, 4, 5]) expect(ruleAt(page, line)).toContain('caption');
    expect(said(page, 'news-story')).toHaveLength(1);
  });
  test('guard: a report\'s heading on discussion, numbered, stays a heading', () => {
    const report = [...opening, '(三)广泛开展协商讨论', '组织委员在界别小组开展讨论。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('广泛开展协商讨论'))).toBe(true);
  });
});

describe('stop 46, blind: a page on how such reports are written', () => {
  // http://m.lh987.com/jxzs/202503/54468.html
  const page = [
    '政府工作报告格式',
    '政府工作报告是各级政府向人民代表大会或政治协商会议提交的重要文件,用以总结过去一年的工作成果。以下为报告的一般格式和要点:',
    '首先,报告通常由引言部分开始,简要回顾上一年工作的总体情况及取得的主要成就。',
  ].join('\n');
  test('is said to be commentary on the report (was: nothing said)', () => {
    expect(said(page, 'news-story')).toHaveLength(1);
  });
});

describe('stop 46, blind: a Hong Kong news page on the policy address, its comment box\'s controls under the story', () => {
  // http://fiobi.com/a/202509/16/AP68c8f695e4b0f2e743955532.html
  const page = [
    '行政長官李家超明日發表2025年施政報告。他表示,這是他任內第四份施政報告。',
    '',
    '編輯:長安',
    '評論',
    '',
    '字號:小',
    '發表',
    '查看更多',
    '加載中……',
  ].join('\n');
  test('"評論", "發表", "查看更多", "加載中……" are the comment box\'s controls (was: four paragraphs)', () => {
    for (const line of [4, 7, 8, 9]) expect(ruleAt(page, line)).toContain('page-info');
  });
  test('guard: a sentence about publishing and commenting stays', () => {
    const report = [...opening, '发表评论文章30余篇,加载中心建成投用。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('发表评论文章'))).toBe(true);
  });
});
