/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 53 (2026-12-05, helper blind53a:
 * government work reports and pages about them). Each test is the page's shape reduced to a few lines, with its URL; its name
 * says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const ruleAt = (text: string, line: number) => read(text).result.file.messages.filter((m) => m.line === line).map((m) => m.ruleId);
const paragraphs = (text: string) => read(text).blocks;

/** A report's opening in its own voice, for the guards. */
const opening = ['政府工作报告', '——2024年1月10日在某县第十七届人民代表大会第三次会议上', '县长 王明', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员提出意见。', '一、2023年工作回顾', '过去一年,全县经济平稳增长。'];

describe('stop 53, blind: a county paper\'s stamp row opening on its address, its font buttons cut after their label', () => {
  // http://www.ljxww.com/html/5/2013-12-27/15530010453.shtml (连江 2013: a meeting seeking views on the draft report)
  const page = ['我县召开《政府工作报告》征求意见会', '', 'http://www.ljxww.com  2013-12-27 15:53:00   来源:连江广播电视台  【字号', '', '  连江新闻网讯 日前,我县召开《政府工作报告》征求意见会,广泛征求县人大代表、政协委员和离退休老干部对工作报告的意见、建议。'].join('\n');
  test('the row goes, said (was: a paragraph "http://www.ljxww.com 2013-12-27 15:53:00来源：连江广播电视台【字号")', () => {
    expect(ruleAt(page, 3)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.includes('ljxww'))).toBe(false);
  });
  test('guard: an address and a day with the report\'s words after them stay', () => {
    const report = [...opening, 'http://www.ljxww.com 2013-12-27 开通字号查询服务,方便群众办事。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('开通字号查询服务'))).toBe(true);
  });
});

describe('stop 53, blind: a page\'s prompt to read it on a phone, over a chapter', () => {
  // https://www.86zw.la/book/4271628/69836847.html (a novel site's chapter: an official reads the local paper)
  const page = ['手机浏览器扫描二维码访问', '这一次陆远航回宁北,和上次就大不相同了。', '上次他只是一个地方官员,以私人身份陪着雷蕾回来看一看。'].join('\n');
  test('the prompt goes, said (was: the title "手机浏览器扫描二维码访问")', () => {
    expect(ruleAt(page, 1)).toContain('home-link');
    expect(String(read(page).front.title ?? '')).toBe('');
  });
  test('guard: a report\'s sentence on scanning a code to reach a service stays', () => {
    const report = [...opening, '群众用手机扫描二维码访问办事指南,实现“一次办好”。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('群众用手机扫描二维码'))).toBe(true);
  });
});

describe('stop 53, blind: a mobile story\'s picture named as the phone named it, its extension lost', () => {
  // http://m-zhuxi.cjyun.org/p/24634.html (竹溪 2021: the city seeks views on its 2022 report in the county)
  const page = ['龚举海来溪征求2022年市《政府工作报告》意见建议', '', '12-15 15:50  ', '', '(全媒体记者 杨秦青)12月14日,市政府党组成员、副秘书长龚举海带队来我县就2022年市《政府工作报告》(征求意见稿)征求意见和建议。', '', '微信图片_20211215154622', '', '会上,介绍了2022年市《政府工作报告》(意见稿)起草情况、主要内容及特点。'].join('\n');
  test('the picture\'s name goes, said (was: a paragraph "微信图片_20211215154622")', () => {
    expect(ruleAt(page, 7)).toContain('image-name');
    expect(paragraphs(page).some((b) => b.includes('微信图片'))).toBe(false);
  });
  test('guard: a sentence naming a WeChat picture contest stays', () => {
    const report = [...opening, '2021年12月微信图片展评出优秀作品20件。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('微信图片展'))).toBe(true);
  });
});

describe('stop 53, blind: a journal index\'s abstract, a layout cell\'s bar between its label and its "<正>"', () => {
  // https://zf.alljournals.cn/view_abstract.aspx?aid=B3777851BF0DE345F2113D3451CCB470&pcid=566B96C23CBD22A7705B6E046EC97336 (天津 2008)
  const page = ['摘 要: | <正> 1月15日下午,代市长黄兴国主持召开市十四届人民政府第九次全体会议。与会人员围绕准备提交天津市第十五届人民代表大会第一次会议的《政府工作报告》进行了认真讨论。', '|'].join('\n');
  test('label, bar and marker go, said; the abstract\'s words stay (was: "摘要：| <正> 1月15日下午…" one paragraph)', () => {
    expect(read(page).result.file.messages.some((m) => m.ruleId === 'abstract-label' && /marker/u.test(String(m.reason)))).toBe(true);
    expect(paragraphs(page)[0]).toMatch(/^1月15日下午/u);
  });
  test('guard: a label and a bar with no "<正>" after them leave the words to the other rules, and a report\'s "摘要" word stays', () => {
    const report = [...opening, '《报告摘要》| 共分三个部分,印发各乡镇学习。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('共分三个部分'))).toBe(true);
  });
});

describe('stop 53, blind: a document library\'s file-info row and its buttons over the preview', () => {
  // https://m.31doc.com/p-2333196.html (三一文库: 武汉 2005)
  const page = ['武汉市2005年政府工作报告.doc', '', '上传人:上海哈登 文档编号:2333196 上传时间:2019-03-22 格式:DOC 页数:13 大小:54.50KB', '返回 下载 相关 举报', '', '武汉市2005年政府工作报告', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。', '一、2004年工作回顾', '2004年,是武汉全面贯彻科学发展观的一年。'].join('\n');
  test('the row goes, said, and is no title (was: the title "上传人：上海哈登文档编号：2333196上传时间：…")', () => {
    expect(ruleAt(page, 3)).toContain('document-site');
    expect(String(read(page).front.title ?? '')).not.toMatch(/上传人/u);
  });
  test('the buttons go, said (was: a heading "返回下载相关举报")', () => {
    expect(ruleAt(page, 4)).toContain('document-site');
    expect(paragraphs(page).some((b) => b.includes('举报'))).toBe(false);
  });
  test('guard: a report\'s sentences naming uploads, reports and downloads, and two such pairs alone, stay', () => {
    const report = [...opening, '上传人员、文档编号、上传时间等信息须完整填写。', '对相关举报，下载核查后返回。', '格式:统一 页数:不限'].join('\n');
    for (const start of ['上传人员', '对相关举报']) expect(paragraphs(report).some((b) => b.startsWith(start))).toBe(true);
    expect(read(report).result.file.messages.some((m) => m.line === 10 && m.ruleId === 'document-site')).toBe(false);
  });
});

describe('stop 53, blind: a novel site\'s welcome, its template\'s notices, its breadcrumb to the chapter and its reading controls', () => {
  // http://www.88xiaoshuo.com/Partlist/98668/159554129.shtml (a chapter of an officialdom novel: a governor reads his report)
  const page = ['亲,欢迎光临88小说网!', '错缺断章、加书:站内短信', '后台有人,会尽快回复!', '88小说网 > 都市言情 > 权力巅峰从省委组织部开始 > 第196章 激荡人心的报告', '  • 主题模式:', '', '  • 字体大小:', '', '    -', '', '    18', '', '    +', '  • 恢复默认', '', '在总结过去五年的工作里,季长春讲到每一点的时候都铿锵有力、掷地有声,骄傲和自豪写在脸上。', '', '“全面贯彻扩大内需的方针,增强投资、消费需求对经济增长的拉动力。”'].join('\n');
  test('the four lines go, said, and the page is said to be a story\'s (was: the title "亲，欢迎光临88小说网！错缺断章…", a report)', () => {
    for (const line of [1, 2, 3, 4]) expect(ruleAt(page, line)).toContain('masthead');
    expect(read(page).rules).toContain('other-document');
    expect(String(read(page).front.title ?? '')).toBe('');
  });
  test('the controls go, said (was: paragraphs "• 主题模式：", "• 字体大小：", "-", "18", "+", "• 恢复默认")', () => {
    for (const line of [5, 7, 11, 13, 14]) expect(ruleAt(page, line)).toContain('page-info');
    expect(paragraphs(page)[0]).toMatch(/^在总结过去五年/u);
  });
  test('guard: a report\'s sentences on a novel site and on font sizes, and a figure alone, stay; nothing is said a story\'s', () => {
    const report = [...opening, '88小说网等平台参加全市网络文学周活动。', '公文字体大小按国家标准执行。', '18', '全年新增市场主体1.2万户。'].join('\n');
    for (const start of ['88小说网等平台', '公文字体大小', '18']) expect(paragraphs(report).some((b) => b.startsWith(start))).toBe(true);
    expect(read(report).rules).not.toContain('other-document');
  });
});

describe('stop 53, blind: a forum\'s text view of a thread (Dvbbs), its head line and a post\'s author and time', () => {
  // http://cmr2025.libanghong.com/TopicOther.asp?BoardID=8&id=72440&t=5 (a 2007 post on the year's report)
  const head = '以文本方式查看主题 - 网院部落 (http://cmr2025.libanghong.com/index.asp) -- 『 大话茶艺社 』 (http://cmr2025.libanghong.com/list.asp?boardid=8) ---- 两会政府工作报告,要的不仅仅是掌声 (http://cmr2025.libanghong.com/dispbbs.asp?boardid=8&id=72440) |';
  const post = '-- 作者:我心飞扬 -- 发布时间:2007/3/9 13:12:24 -- 回头看今年的政府工作报告,可谓实实在在,提到的多是民众关心的话题。 |';
  const page = [head, post].join('\n');
  test('the forum and board go, the thread\'s name is the title (was: no title, the head line a paragraph)', () => {
    expect(ruleAt(page, 1)).toContain('navigation');
    expect(read(page).front.title).toBe('两会政府工作报告，要的不仅仅是掌声');
  });
  test('the post\'s author and time go, said; its words stay (was: one paragraph "-- 作者：我心飞扬 -- 发布时间：…")', () => {
    expect(ruleAt(page, 2)).toContain('byline');
    expect(paragraphs(page)[0]).toMatch(/^回头看今年的政府工作报告/u);
  });
  test('guard: with no text view\'s head line, a line opening on "-- 作者:" is left to the other rules', () => {
    expect(read(post).result.file.messages.some((m) => m.ruleId === 'byline' && /forum post/u.test(String(m.reason)))).toBe(false);
  });
});

describe('stop 53, blind: a spam mirror\'s links to clinics under the text, one a line', () => {
  // http://www.0709012.com/xqrj/27293.html (a 2017 commentary on the QR code on the report's cover)
  const page = ['二维码现身政府工作报告', '', '在日常生活中,通过扫描二维码阅读信息,已经不足为奇。没想到,一年过后,二维码就出现在了政府工作报告上。( 王珍)', '', '保定白癜风好的医院', '石嘴山哪家医院治疗白癜风', '什么药治疗厌食症', '友情链接'].join('\n');
  test('the links go, said (was: three paragraphs "保定白癜风好的医院" …)', () => {
    for (const line of [5, 6, 7]) expect(ruleAt(page, line)).toContain('keyword-chain');
    expect(paragraphs(page).some((b) => /白癜风|厌食症/u.test(b))).toBe(false);
  });
  test('guard: a report\'s heading and sentence on treating a disease stay', () => {
    const report = [...opening, '（三）白癜风等皮肤病防治', '全年县医院治疗白癜风患者1200人次。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('白癜风等皮肤病防治'))).toBe(true);
    expect(paragraphs(report).some((b) => b.startsWith('全年县医院治疗白癜风'))).toBe(true);
  });
});

describe('stop 53, blind: a chapter\'s line of its book, its author, its count of characters and its age', () => {
  // https://1958cy.com/xiaoshuo/519/519978/362404_3 (为民无悔, "第一百七十一章 乡人代会(3 / 3)")
  const page = ['第一百七十一章 乡人代会(3 / 3)', '', '为民无悔 关越今朝 1829 字 5个月前', '', '上午十一点半的时候,开始休会。', '', '下午一点,会议继续进行,开始讨论上午做的几个报告。'].join('\n');
  test('the line goes, said (was: a paragraph "为民无悔关越今朝1829字5个月前")', () => {
    expect(ruleAt(page, 3)).toContain('masthead');
    expect(paragraphs(page).some((b) => b.includes('关越今朝'))).toBe(false);
  });
  test('guard: a report\'s line on its length stays', () => {
    const report = [...opening, '报告全文 19000 字 分三个部分'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('报告全文'))).toBe(true);
  });
});

describe('stop 53, blind: a disclosure page\'s posting time and office over its table, whose labels have no colons', () => {
  // https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml (蔡甸 2023: the notice dividing the report's tasks)
  const page = ['区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知', '', '2023-01-05 10:00 区人民政府办公室', '索 引 号 MB1534522/2023-05475 发文日期 2023-01-03', '发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号', '分   类 政务公开 有 效 性 有效', '', '各街道办事处、乡人民政府,区人民政府各部门、各直属机构:', '', '2023年《区〈政府工作报告〉确定的主要目标任务责任分解方案》已报经区人民政府同意,现印发给你们。'].join('\n');
  test('the stamp goes, said, and the table under it is read: its 文号 (was: four paragraphs, no 文号)', () => {
    expect(ruleAt(page, 3)).toContain('page-info');
    expect((read(page).front.disclosure as Record<string, string> | undefined)?.['文号']).toBe('蔡政办〔2023〕1号');
    expect(paragraphs(page)[0]).toMatch(/^各街道办事处/u);
  });
  test('guard: a day and a time with an office that does something stay', () => {
    const report = [...opening, '2023-01-05 10:00 区人民政府办公室召开专题会议。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('召开专题会议'))).toBe(true);
  });
});

describe('stop 53, blind: a speaker with two offices, the second a headquarters\' commander\'s', () => {
  // https://www.eghvdg.cn/article/394968 (国务院's 2008 report on the quake relief to the NPC standing committee, reposted)
  const page = ['国务院关于四川汶川特大地震抗震救灾及灾后恢复重建工作情况的报告', '——2008年6月24日在第十一届全国人民代表大会常务委员会第三次会议上', '国务院副总理、国务院抗震救灾总指挥部副总指挥 回良玉', '委员长、各位副委员长、秘书长、各位委员:', '我受温家宝总理的委托,代表国务院及国务院抗震救灾总指挥部,向全国人大常委会报告前一阶段四川汶川特大地震抗震救灾及灾后恢复重建有关工作情况。'].join('\n');
  test('the line is the speaker, the issuer 国务院 (was: a paragraph, no speaker or issuer)', () => {
    const { front } = read(page);
    expect(front.speaker).toBe('国务院副总理、国务院抗震救灾总指挥部副总指挥 回良玉');
    expect(front.issuer).toBe('国务院');
    expect(paragraphs(page).some((b) => b.includes('回良玉'))).toBe(false);
  });
  test('guard: a report\'s sentence on a commander\'s work stays, and names no speaker', () => {
    const report = [...opening, '防汛抗旱指挥部指挥长深入一线检查指导。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('防汛抗旱指挥部指挥长'))).toBe(true);
    expect(read(report).front.speaker).toBe('县长 王明');
  });
});

describe('stop 53, blind: a photo\'s caption with its outlet\'s reporter credited and no 摄', () => {
  // https://xinjiapo.news/news/269611 (甘肃 2020, copied from 新甘肃·甘肃日报)
  const page = ['政府工作报告', '——2020年1月10日在甘肃省第十三届人民代表大会第三次会议上', '甘肃省省长 唐仁健', '', '省长唐仁健作《政府工作报告》。 新甘肃·甘肃日报记者 李小龙', '', '各位代表:', '', '我代表省人民政府,向大会报告工作,请予审议,并请省政协委员和其他列席人员提出意见。'].join('\n');
  test('the caption goes, said (was: the text\'s first paragraph, "省长唐仁健作《政府工作报告》。新甘肃·甘肃日报记者李小龙")', () => {
    expect(ruleAt(page, 5)).toContain('caption');
    expect(paragraphs(page)[0]).toBe('各位代表：');
  });
  test('guard: the story\'s sentence of who delivered the report for whom, with its reporter after it, stays', () => {
    const story = ['省人代会开幕', '省长唐仁健代表省人民政府向大会作政府工作报告。记者 李小龙', '报告回顾了过去一年的工作,部署了今年的主要任务。'].join('\n');
    expect(paragraphs(story).some((b) => b.startsWith('省长唐仁健代表省人民政府'))).toBe(true);
  });
});

describe('stop 53, blind: a news page\'s headline printed again over the story, with its deck or alone', () => {
  // http://www.hnr.cn/news/snxw/201301/t20130122_310977.html (河南 2013: the headline and its deck printed twice more)
  const henan = ['河南省十二届人大一次会议开幕 郭庚茂作《政府工作报告》', '', '2013-01-22 07:00 来源:东方今报', '', '河南省十二届人大一次会议开幕 郭庚茂作《政府工作报告》', '', '河南省十二届人大一次会议开幕 郭庚茂作《政府工作报告》  ', '', '  东方今报郑州讯 1月21日上午,河南省第十二届人民代表大会第一次会议在省人民会堂隆重开幕。', '', '  省长郭庚茂作《政府工作报告》。报告共分四个部分。'].join('\n');
  // http://678bjl.com/n2/2022/0117/c383557-35099465.html (河北 2022: the headline under its "當前閱讀:" line, again under the stamp and the kicker)
  const hebei = ['當前閱讀:河北省十三屆人大五次會議開幕', '', '河北省十三屆人大五次會議開幕', '', '2022年01月17日19:22  來源:河北日報', '', '全面貫徹習近平新時代中國特色社會主義思想 奮力開創建設現代化經濟強省美麗河北新局面', '', '河北省十三屆人大五次會議開幕', '', '王東峰主持 王正譜作政府工作報告 葉冬松廉毅敏等在主席臺就座', '', '新起點新使命,新征程新作為。今天上午,河北省第十三屆人民代表大會第五次會議在省會河北會堂開幕。'].join('\n');
  test('the copies with the deck go, said (was: two paragraphs "河南省十二届人大一次会议开幕　郭庚茂作《政府工作报告》")', () => {
    expect(ruleAt(henan, 5)).toContain('page-head');
    expect(ruleAt(henan, 7)).toContain('page-head');
    expect(paragraphs(henan)[0]).toMatch(/^东方今报郑州讯/u);
  });
  test('the copy alone goes, said (was: a paragraph "河北省十三屆人大五次會議開幕")', () => {
    expect(ruleAt(hebei, 9)).toContain('page-head');
    expect(paragraphs(hebei).filter((b) => b === '河北省十三屆人大五次會議開幕')).toEqual([]);
  });
  test('guard: a line opening with the headline\'s words and going on, over the story, stays', () => {
    const story = ['河北省十三屆人大五次會議開幕', '', '2022年01月17日19:22  來源:河北日報', '', '河北省十三屆人大五次會議開幕以來代表們踴躍建言', '', '新起點新使命,新征程新作為。今天上午,河北省第十三屆人民代表大會第五次會議在省會河北會堂開幕。'].join('\n');
    expect(ruleAt(story, 5)).not.toContain('page-head');
    const { front, blocks } = read(story);
    expect([String(front.subtitle ?? ''), ...blocks].some((b) => b.startsWith('河北省十三屆人大五次會議開幕以來'))).toBe(true);
  });
});

describe('stop 53, blind: a county portal\'s stamp row between bars, its reviewer named 审核人', () => {
  // http://www.thnews.gov.cn/content/detail/61ea73c0878ead181600002f.html (天华镇 2022 town congress)
  const page = ['|| 2022-01-21 16:49:39 编辑: 杨玉娟 审核人:叶玲玲 阅读次数:2337 |', '1月19日-20日,天华镇召开第五届人民代表大会第一次会议,全体镇人大代表出席会议。', '会议听取并审议通过了天华镇《政府工作报告》《人大工作报告》。'].join('\n');
  test('the row goes, said, and is no title (was: the title "|| 2022-01-21 16:49:39编辑：杨玉娟审核人：叶玲玲阅读次数：2337 |")', () => {
    expect(ruleAt(page, 1)).toContain('page-info');
    expect(String(read(page).front.title ?? '')).toBe('');
  });
  test('guard: a report\'s sentence naming a reviewer stays', () => {
    const report = [...opening, '审核人:由县审计局指定,对项目资金进行全程监督。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('审核人'))).toBe(true);
  });
});

describe('stop 53, blind: a breadcrumb with arrows typed after its label where the colon was', () => {
  // http://wsb.ln.gov.cn/xxgk/zxdt_135650/201902/t20190228_3444943.html (辽宁 2019: the outline of the report, with its English)
  const page = ['当前位置 -> 首页 -> 信息公开 -> LFAO News', '辽宁省政府工作报告梗概', '发布时间: 2019年02月28日 来源:', '2018年,是全面贯彻党的十九大精神的开局之年,也是辽宁开启全面振兴、全方位振兴的起步之年。'].join('\n');
  test('the trail goes, said, and is no title (was: the title "当前位置 -> 首页 -> 信息公开 -> LFAO News")', () => {
    expect(ruleAt(page, 1)).toContain('breadcrumb');
    expect(read(page).front.title).toBe('辽宁省政府工作报告梗概');
  });
  test('guard: a report\'s sentence on a position and its arrow of change stays', () => {
    const report = [...opening, '位置->效益:区位优势正加快转化为发展优势。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('区位优势正加快转化'))).toBe(true);
  });
});
