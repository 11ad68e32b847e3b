/**
 * Ingest defects the lead found on real pages of the search tool's `pages` corpus, blind, in stop 43 (2026-12-03).
 * Each test is the page's shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …").
 * Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

describe('stop 43, blind: a city paper\'s digest of its report, its figures a bulleted list', () => {
  // http://jmnews.com.cn/a/content/2025-03/12/content_2724989.htm (江门日报: 开平's report in figures)
  const page = [
    '一年一度的政府工作报告,既是成绩单,也是任务书。日前召开的开平市十七届人大五次会议,开平市政府工作报告对2024年开平市政府工作及“十四五”规划实施以来的工作进行了回顾,对2025年工作计划作了具体部署。开平市政府工作取得了哪些新成效、新进步?今年有哪些新举措推动新发展?让我们一起来看看。',
    '整理 严建广',
    '回顾2024年',
    '1.稳经济、促增长 发展态势持续向好',
    '●地区生产总值完成515.47亿元,同比(下同)增长2.5%',
    '●省、江门市重点项目投资均超额完成全年目标任务',
    '●引进超亿元制造业项目个数、计划投资额分别增长46.2%、12.7%',
    '●新发放汽车消费贷款4.31亿元,增长51.68%',
    '●接待游客超1000万人次,实现旅游收入超60亿元,分别增长20.1%、25.4%',
    '●新设立外商投资企业81家',
    '●金融机构本外币存、贷款余额分别增长10.7%、7.2%',
    '2.谋改革、扩开放 内生动力有效激发',
    '●与深圳龙华、珠海斗门实现97项政务服务事项跨域通办,通过“一网通办”平台成立港澳投资企业48家',
    '●新增粤港澳大湾区“菜篮子”生产基地2家',
    '●加强与中山翠亨新区产业合作,共建生物医药产业专业园,进驻项目6个,投资总额约40亿元',
    '●在建农文旅项目66个,完成投资36.31亿元',
  ].join('\n');
  test('each bulleted line is a paragraph of its own (was: the items joined two by two, "…增长2.5%●省、江门市…")', () => {
    const { blocks } = readIngested(page, 'page.txt', { clean: false });
    const items = blocks.filter((b) => b.includes('●'));
    expect(items).toHaveLength(11);
    for (const item of items) expect(item.match(/●/gu)).toHaveLength(1);
  });
  test('is said to be about the report (was: nothing — "报告对…进行了回顾", "让我们一起来看看", the compiler\'s credit)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/报告对2024年.*进行了回顾.*整理严建广/u);
  });
  test('guard: a bullet\'s item that wraps at the page\'s width still runs on to its next line', () => {
    const report = '2026年政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、2025年工作回顾\n●全县地区生产总值完成515.47亿元,同比增长2.5%,一般公共预算收入完成\n12.3亿元,增长6%。';
    const { blocks } = readIngested(report, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.includes('一般公共预算收入完成12.3亿元'))).toBe(true);
  });
  test('guard: a report that reviews its year ("我们对…进行了全面回顾") and thanks the deputies is the report', () => {
    const report = '2026年政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、2025年工作回顾\n本报告对“十四五”时期的工作进行了全面回顾。让我们一起努力,奋力谱写新篇章!';
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 43, blind: a development zone\'s news on its portal, the portal\'s clock over it', () => {
  // http://www.eweihai.gov.cn/art/2026/1/14/art_159136_6082947.html (威海经开区)
  const page = '2023-11-05 11:00:00 星期日\n关怀版\n当前位置: 首页\n> 新闻目录 > 经区新闻\n\n经开区召开2025年工作总结汇报会\n\n1月8日、9日和12日,经开区召开2025年工作总结汇报会,听取区直各部门汇报。区党工委书记、管委主任王清主持会议并讲话。\n\n王清指出,此次汇报会准备充分、内容扎实。\n\n王清强调,要客观看待工作评价与考核排名。';
  test('the clock line is removed as page info, not the title (was: title "2023-11-05 11:00:00星期日")', () => {
    const { result, front } = readIngested(page, 'page.txt', { clean: false });
    expect(result.file.messages.some((m) => m.ruleId === 'page-info' && m.line === 1)).toBe(true);
    expect(front.title).toBe('经开区召开2025年工作总结汇报会');
  });
  test('"关怀版" and the breadcrumb\'s rest ("> 新闻目录 > 经区新闻") are removed (was: two paragraphs)', () => {
    const { blocks, result } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks.join('\n')).not.toMatch(/关怀版|新闻目录/u);
    expect(result.file.messages.filter((m) => m.line === 2 || m.line === 4).map((m) => m.ruleId)).toEqual(['navigation', 'breadcrumb']);
  });
  test('guard: a report\'s quoted line opening with ">" and its dated paragraph stay', () => {
    const report = '2026年政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n> 一、2025年工作回顾\n2025年1月5日星期日,全县召开动员大会。';
    const { blocks } = readIngested(report, 'page.txt', { clean: false });
    expect(blocks.join('\n')).toContain('2025年工作回顾');
    expect(blocks.join('\n')).toContain('全县召开动员大会');
  });
});

describe('stop 43, blind: a district portal\'s news of a community\'s residents\' meeting', () => {
  // https://www.zhonglou.gov.cn/html/czzl/2023/DJAOPIMF_0112/320094.html (钟楼区, 荷花池街道)
  const page = '您当前的位置:首页>>新闻中心>>基层信息>>荷花池街道>>内容\n为让社区居民了解、参与社区的各项工作,发挥社区自治功能,1月10日下午,西新桥一村社区召开第八届二次居民代表大会,共计30人参加此次会议。\n社区书记周俊向各位居民代表作2022年社区工作总结以及2023年工作计划部署;社区干事马婧向各位居民代表作协调委员会工作报告。\n此次居民代表大会的召开让居民代表们进一步加深了对社区基层各项工作的理解,他们纷纷表示要继续积极支持和参与社区各项工作。(马婧)';
  test('is said to be a story (was: nothing — "参加此次会议。" not read, 此次 between)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/参加此次会议。.*纷纷表示/u);
  });
});

describe('stop 43, blind: news of the CPPCC chair\'s work points, after he "reported to the session"', () => {
  // http://www.ccbuild.com/article-152708-1.html
  const page = [
    '全国政协主席贾庆林从六个方面提出今年人民政协工作要点',
    '3月3日15时,全国政协十一届四次会议在北京人民大会堂开幕。党和国家领导人胡锦涛、吴邦国等到会祝贺并在主席台上就座。全国政协副主席王刚宣布大会开幕。 全国政协主席贾庆林在代表政协第十一届全国委员会常务委员会向大会报告工作后,从六个方面提出了2011年人民政协工作要点。 一、加强教育引导,进一步夯实走中国特色社会主义政治发展道路的思想政治基础。要以纪念中国共产党成立90周年为契机,学习宣传党领导中国革命、建设、改革的丰功伟绩和历史经验。 二、紧扣主题主线,积极为实施“十二五”规划献计出力。要将“十二五”规划目标与今年重点工作有机结合起来。',
  ].join('\n');
  test('is said to be a story (was: nothing — "贾庆林在代表…向大会报告工作后" read as the speaker\'s voice, its points as the report\'s headings)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toContain('宣布大会开幕');
  });
  test('guard: "现在代表县人民政府向大会报告工作" is still the speaker\'s voice', () => {
    const report = '2026年政府工作报告\n各位代表:\n现在代表县人民政府向大会报告工作,请政协委员提出意见。\n一、2025年工作回顾\n大会宣布开幕以来,全县上下齐聚一堂,会议在县城隆重开幕。';
    expect(said(report, 'news-story')).toEqual([]);
  });
  test('guard: a lede presenting the report in the third person still hands over to its text and headings', () => {
    const repost = '区长连天浪代表章贡区人民政府向大会报告工作。让我们一起来看看。\n2018年工作回顾\n过去一年,全区地区生产总值增长9%。\n一、坚持项目为王\n全年实施重点项目120个。';
    expect(said(repost, 'news-story')).toEqual([]);
  });
});

describe('stop 43, blind: 新华社\'s abstract of the Supreme People\'s Procuratorate\'s report', () => {
  // http://www.weishou8.cn/IM/M0HaOz.html
  const page = '更新时间:\n新华社北京3月8日电 最高人民检察院检察长应勇8日上午向第十四届全国人民代表大会第三次会议作最高人民检察院工作报告。摘要如下:\n2024年,在以习近平同志为核心的党中央坚强领导下,最高人民检察院坚持以习近平新时代中国特色社会主义思想为指导,各项检察工作取得新成效。全国检察机关共办理各类案件409.96万件。';
  test('is said to be a story, at the agency\'s dateline (was: only a start mid-outline and missing fields)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toContain('新华社北京3月8日电');
    expect(told[0].line).toBe(2);
  });
  test('"全国人民代表大会…作…报告" names no one\'s behalf (was: "代表大会第三次会议作…" read as who delivered it)', () => {
    // (two such sentences were two tellings: a page was called a story for naming its congress twice)
    const page2 = '2026年县人民检察院工作报告\n一、2025年工作回顾\n按照向县第十八届人民代表大会第四次会议作的检察工作报告部署,全县检察机关共办理各类案件4096件。\n二、2026年工作安排\n落实向市第十六届人民代表大会第五次会议作的专项工作报告要求,深化公益诉讼。';
    expect(said(page2, 'news-story')).toEqual([]);
  });
  test('guard: the report\'s full text under the agency\'s dateline is the report', () => {
    const report = '(两会受权发布)最高人民检察院工作报告\n新华社北京3月17日电\n最高人民检察院工作报告\n——2023年3月7日在第十四届全国人民代表大会第一次会议上\n最高人民检察院检察长 张军\n各位代表:\n现在,我代表最高人民检察院,向大会报告工作,请予审议。\n过去五年工作回顾\n党的十九大以来,法治中国建设开创新局面。';
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 43, blind: news of the CPPCC National Committee\'s standing committee meeting', () => {
  // https://bcj.org.cn/a/xinwenzixun/2012/0227/111.html
  const page = '政协第十一届全国委员会常务委员会第十六次会议26日在北京开幕。中共中央政治局常委、全国政协主席贾庆林主持开幕会。 本次常委会议为期三天,主要议程是:审议通过关于召开政协第十一届全国委员会第五次会议的决定;审议通过政协第十一届全国委员会第五次会议议程(草案)和日程。 会议开始时,常委会组成人员对因病去世的郑明康常委表示深切悼念。';
  test('is said to be a story (was: nothing — "主持开幕会", "主要议程是：" not read)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toContain('主持开幕会');
  });
});

describe('stop 43, blind: a county portal\'s news of the CPPCC members\' group discussion, its date widget and counter empty', () => {
  // https://ynmh.gov.cn/6.news.detail.dhtml?news_id=32137 (勐海县)
  const page = '今天是:\n\n政协委员们认真学习讨论洪国正讲话和政协常委会工作报告以及提案工作情况报告\n\n  • 作者 :黎智仙、蒋雨珂、玉应坎\n  • 来源 :本站原创\n  • 访问次数 :\n  • 发布时间 :2019-02-27 03:58\n\n【导语】2月25号下午,出席县政协十四届三次会议的委员们,分7个组认真学习讨论县政协常委会工作报告。\n\n【图文】委员们认为,县政协常委会工作报告部署工作主题鲜明、重点突出。';
  test('"今天是:" and "• 访问次数 :" are removed, as page info and a counter (was: two paragraphs)', () => {
    const { blocks, result } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks.join('\n')).not.toMatch(/今天是|访问次数/u);
    expect(result.file.messages.some((m) => m.line === 1 && m.ruleId === 'page-info')).toBe(true);
    expect(result.file.messages.some((m) => m.line === 7 && m.ruleId === 'counter')).toBe(true);
  });
  test('guard: a report\'s sentence opening "今天是" and its reading figures stay', () => {
    const report = '2026年政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、2025年工作回顾\n今天是全县人民共同的节日。\n阅读量:全县图书馆年阅读量达120万人次。';
    const { blocks } = readIngested(report, 'page.txt', { clean: false });
    expect(blocks.join('\n')).toContain('今天是全县人民共同的节日');
    expect(blocks.join('\n')).toContain('年阅读量达120万人次');
  });
});

describe('stop 43, blind: encyclopedia entries on the government work report', () => {
  // https://baike.baidu.hk/item/%E3%80%8A%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E5%A0%B1%E5%91%8A%E3%80%8B/1494894
  const baike = '複製鏈接\n請複製以下鏈接發送給好友\n\n國務院政府工作報告\n\n(中華人民共和國國務院政府工作報告)\n\n鎖定\n國務院政府工作報告是中華人民共和國政府的一種公文形式,各級政府都必須在每年召開的當地人民代表大會會議上發佈這一報告。';
  test('the share box\'s prompt is removed, not joined to the title (was: title "請複製以下鏈接發送給好友國務院政府工作報告")', () => {
    const { front, result } = readIngested(baike, 'page.txt', { clean: false });
    expect(front.title).toBe('國務院政府工作報告');
    // (and the State Council's name read in traditional characters too: was the issuer "國務院政府")
    expect(front.issuer).toBe('國務院');
    expect(result.file.messages.some((m) => m.ruleId === 'social' && m.line === 2)).toBe(true);
  });
  // https://www.wiki2.zh-cn.nina.az/中华人民共和国政府工作报告.html
  const wiki = 'fbpx\n维基百科\n\n政府工作报告\n\n政府工作报告》是中华人民共和国政府国家行政机关的一种公文形式,各级人民政府都必须在每年召开的当地人民代表大会会议上发布这一报告。';
  test('the encyclopedia\'s name alone is removed (was: title "维基百科政府工作报告", issuer "维基百科政府")', () => {
    const { front } = readIngested(wiki, 'page.txt', { clean: false });
    expect(front.title).toBe('政府工作报告');
    expect(front.issuer).toBeUndefined();
    expect(said(wiki, 'other-document')).toHaveLength(1);
  });
  test('guard: a report\'s sentence on copying its links to friends stays', () => {
    const report = '2026年政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、2025年工作回顾\n复制链接发送给好友,已成为群众分享政务信息的常用方式。';
    const { blocks } = readIngested(report, 'page.txt', { clean: false });
    expect(blocks.join('\n')).toContain('复制链接发送给好友');
  });
});

describe('stop 43, blind: a city forum\'s copy of a district court\'s news, its credits and share label under it', () => {
  // http://bbs.hebishizx.com/archiver/showtopic-3757.aspx (鹤壁 山城区)
  const page = '5月8日上午,山城区第十一届人民代表大会第七次会议胜利闭幕。经大会无记名投票选举,韩明文同志全票当选为山城区人民法院院长。\n同时,韩明文院长5月7日在大会上所作的《山城区人民法院工作报告》也以全票通过。\n供稿:齐红丽、李学娟\n编辑:齐红丽\n审核:齐金萍\n扫码';
  test('"供稿:…" and "扫码" are removed like the editor\'s and reviewer\'s lines (was: two paragraphs)', () => {
    const { blocks, result } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks.join('\n')).not.toMatch(/供稿|扫码/u);
    expect(result.file.messages.filter((m) => m.line === 3 || m.line === 6).map((m) => m.ruleId)).toEqual(['page-info', 'social']);
  });
  test('guard: a report\'s sentence on contributed articles and QR codes stays', () => {
    const report = '2026年政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、2025年工作回顾\n供稿单位达到120家,扫码办事覆盖全部政务大厅。';
    const { blocks } = readIngested(report, 'page.txt', { clean: false });
    expect(blocks.join('\n')).toContain('供稿单位达到120家');
  });
});

describe('stop 43, blind: a part of Macao\'s 2026 policy address on a government bureau\'s page', () => {
  // https://www.draemp.gov.mo/zh-CN/T2C010020030020/202511/4e789824e9294df784a54f640a017680.html
  const page = '二〇二六年施政报告– 2026年特区政府施政总体方向和施政重点 (一)\n\n澳门快讯 | 发布时间: 2025/11/18 | 来源: 行政长官办公室(GCE)\n\n——2026年特区发展面对的内外形势\n\n展望2026年,挑战和机遇交织,困难与希望同在。从世界范围看,国际环境复杂多变,单边主义、保护主义加剧。为有效化解风险、应对挑战,我们必须做好充分准备。';
  test('the stamp row with its column\'s name first is removed (was: a paragraph), its day the page\'s date', () => {
    const { blocks, front, result } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks.join('\n')).not.toContain('澳门快讯');
    expect(result.file.messages.some((m) => m.ruleId === 'page-info' && m.line === 3)).toBe(true);
    expect(front.date).toBe('2025-11-18');
  });
  test('the section\'s dashed subtitle is no occasion (was: occasion "2026年特区发展面对的内外形势", once the stamp row left)', () => {
    const { blocks, front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.occasion).toBeUndefined();
    expect(blocks.some((b) => b.endsWith('——2026年特区发展面对的内外形势'))).toBe(true);
  });
  test('guard: a dashed occasion naming its meeting, or only its day, is still the occasion', () => {
    const withMeeting = '政府工作报告\n——在科右前旗第十八届人民代表大会第三次会议上\n各位代表:\n现在,我代表旗人民政府向大会报告工作,请予审议。\n一、2023年工作回顾\n过去一年全旗地区生产总值增长5.7%。';
    expect(readIngested(withMeeting, 'page.txt', { clean: false }).front.occasion).toBe('在科右前旗第十八届人民代表大会第三次会议上');
    const withDay = '政府工作报告\n——2024年1月12日\n各位代表:\n现在,我代表旗人民政府向大会报告工作,请予审议。\n一、2023年工作回顾\n过去一年全旗地区生产总值增长5.7%。';
    expect(readIngested(withDay, 'page.txt', { clean: false }).front.date).toBe('2024-01-12');
  });
});

describe('stop 43, blind: a day\'s digest of Macao\'s news on the policy address, a list of outlets\' headlines', () => {
  // https://wordpress.windo.me/2025/11/19/local_news_20251119
  const page = '民生\n澳門特區行政長官岑浩輝發表2026年施政報告,多項民生措施將延續並精準扶持弱勢群體。\n施政報告總體概述與民意反映\n行政長官岑浩輝發表2026年施政報告,主題為「銳意改革提效能,聚力攻堅促多元」。\n- 澳門電台 | 岑浩輝下午發表2026年施政報告\n- 澳門電台 | 明年度施政報告將發布 市民冀續推措施回應訴求\n- 澳門日報 | 岑:不斷提升施政水平效能\n- 新華澳報 | 岑浩輝:優化改善';
  test('is said to be about the report (was: nothing)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toContain('a list of news stories');
  });
  test('guard: a report whose page carries its portal\'s name and section, a bar between, is the report', () => {
    const report = '海南日报 | 要闻\n政府工作报告\n各位代表:\n现在,我代表省人民政府向大会报告工作,请予审议。\n一、2025年工作回顾\n全省地区生产总值增长5%。';
    expect(said(report, 'news-story')).toEqual([]);
  });
});
