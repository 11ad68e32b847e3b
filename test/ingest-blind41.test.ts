/**
 * Ingest defects the lead found on real pages of the search tool's `pages` corpus, blind, in stop 41 (2026-12-03).
 * Each test is the page's shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …").
 * Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

describe('stop 41, blind: a county paper\'s news of the session opening, over the report\'s first part', () => {
  // http://www.fjzhxww.com/2025-12/31/content_2295861.htm (政和新闻网: 政和县第十八届人民代表大会第五次会议开幕)
  const page = [
    '•  秀美政和 让你的生活慢下来',
    '滚动新闻:多政策为企业“松绑” 破解企业降杠杆难题 福州7月1日起实行新规',
    '当前位置: 政和新闻网>时政新闻> > 正文',
    '政和县第十八届人民代表大会第五次会议开幕',
    '2025-12-31 09:44:35 来源: 政和县融媒体中心  责任编辑: 王俊杰',
    '12月30日,政和县第十八届人民代表大会第五次会议在县文化中心会场开幕。本次大会应到代表190人,实到代表181人,符合法定人数。',
    '县长王丰、县人大常委会主任翁贤忠、县政协主席倪顺才、县政协党组书记曹斌等在主席台前排就坐。',
    '本次大会的执行主席是:王丰、翁贤忠、刘铠维、林昊。大会由县人大常委会主任翁贤忠主持。',
    '上午8时30分,大会在庄严的国歌声中开幕。',
    '“十四五”时期和2025年工作回顾',
    '五年来,我们坚持科学发展,综合实力显著增强。',
  ].join('\n');
  test('the site\'s bulleted slogan is no title, the ticker is removed, the headline is the title (was: the slogan the title, the ticker a paragraph, the headline a heading)', () => {
    const { front, blocks, result } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('政和县第十八届人民代表大会第五次会议开幕');
    expect(blocks.join('\n')).not.toMatch(/秀美政和|滚动新闻/u);
    expect(result.file.messages.find((m) => m.ruleId === 'navigation')?.reason).toContain('news ticker');
  });
  test('is said to be a story (was: one telling — 就坐 as printed, the chair by 由…主持, the national anthem and the congress by its full name not read)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    // (stop 45: line 8 is told by its "执行主席是：" now, the first of that paragraph's tells, where it was told by "大会由…主持";
    // the paragraph tells as it did)
    expect(told[0].reason).toMatch(/在主席台前排就坐” \(line 7: the session as news\), “(?:大会由县人大常委会主任翁贤忠主持|执行主席是：)” \(line 8: the session as news\)/u);
  });
  test('guard: a report whose text names its session and its chair is the report', () => {
    const report = '2026年政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n一、2025年工作回顾\n全县地区生产总值增长5.4%。县第十八届人民代表大会第四次会议以来,我们认真落实大会决议。';
    expect(said(report, 'news-story')).toEqual([]);
  });
  test('guard: a list\'s bulleted item in a report\'s text stays', () => {
    const report = '2026年政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n一、2025年工作回顾\n• 产业项目 开工建设\n全县地区生产总值增长5.4%。';
    expect(readIngested(report, 'page.txt', { clean: false }).blocks.join('\n')).toContain('产业项目');
  });
});

describe('stop 41, blind: writing sites\' blurbs and pieces', () => {
  // https://www.alatiku.com/fanwen/jihua/425we0.html (a 范文 site's 乡镇2025年工作总结暨2026年工作计划)
  const alatiku = [
    '乡镇2025年工作总结暨2026年工作计划',
    '总结过去一年工作成效,分析存在问题,明确未来发展方向。以下是网友为您整理分享的“乡镇2025年工作总结暨2026年工作计划”相关范文,供您参考!',
    '乡镇2025年工作总结暨2026年工作计划',
    '2025年,在县委、县政府的坚强领导下,〔...〕乡坚持以习近平新时代中国特色社会主义思想为指导。现将全年工作总结及2026年工作计划报告如下。',
    '一、2025年工作回顾',
    '全乡实现地区生产总值(GDP)约亿元,同比增长%,固定资产投资同比增长9%。乡内〔...〕农产品加工有限公司全年产值突破2000万元。',
  ].join('\n');
  test('the site\'s blurb between its heading and the title printed again is removed (was: the text\'s first paragraph)', () => {
    const { front, blocks } = readIngested(alatiku, 'page.txt', { clean: false });
    expect(front.title).toBe('乡镇2025年工作总结暨2026年工作计划');
    expect(blocks[0]).toMatch(/^2025年，在县委/u);
    expect(blocks.join('\n')).not.toContain('供您参考');
  });
  test('names cut to an ellipsis in brackets are said as masks (was: nothing said)', () => {
    const masks = said(alatiku, 'masked-text');
    expect(masks).toHaveLength(1);
    expect(masks[0].reason).toMatch(/〔\.\.\.〕乡.*〔\.\.\.〕农产品/u);
  });
  test('"约亿元" is a blank figure, said with the rate that lost its figure (was: one blank, under the two that are said)', () => {
    const blanks = said(alatiku, 'blank-figures');
    expect(blanks).toHaveLength(1);
    expect(blanks[0].reason).toMatch(/约亿元.*增长%/u);
  });
  test('guard: a bracketed ellipsis in a quotation, and 约 before a figure, are text', () => {
    const report = '2026年政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n正如古人所说:“治大国若烹小鲜〔…〕。”全县约1.2万人受益,投资约3亿元,约万分之三的企业,签约亿元以上项目5个,节约万元以上。';
    expect(said(report, 'masked-text')).toEqual([]);
    expect(said(report, 'blank-figures')).toEqual([]);
  });
  // https://m.zhaozongjie.com/fanwen/3774.html (找总结网: "乡镇政府工作报告篇一2020年是…")
  const zhaozongjie = '乡镇政府是我国最基层的政府组织机构,承担着管理社会各项政治、经济的职能。下面找总结网小编为你整理了乡镇政府工作报告,希望对你有所帮助!\n乡镇政府工作报告篇一2020年是“XX”的开局之年,是继续深入贯彻落实西部大开发战略,改革向更深层次推进,经济社会质的飞跃的关键时期。在市委、政府的正确领导下,推动全乡经济社会又好又快发展。\n一、总体要求\n高举中国特色社会主义伟大旗帜。';
  test('the piece\'s name glued to its label and text is the title, the label and the blurb removed (was: no title, the blurb and "…篇一2020年是" paragraphs)', () => {
    const { front, blocks } = readIngested(zhaozongjie, 'page.txt', { clean: false });
    expect(front.title).toBe('乡镇政府工作报告');
    expect(blocks[0]).toMatch(/^2020年是/u);
    expect(blocks.join('\n')).not.toMatch(/篇一|小编/u);
  });
  test('"乡镇政府" names no issuer (was: 乡镇人民政府)', () => {
    expect(readIngested(zhaozongjie, 'page.txt', { clean: false }).front.issuer).toBeUndefined();
  });
  test('guard: a place\'s township government report names its issuer', () => {
    const page = '石桥镇政府工作报告\n各位代表:\n现在,我代表镇人民政府,向大会报告工作,请予审议。\n一、2025年工作回顾\n全镇经济平稳增长。';
    expect(readIngested(page, 'page.txt', { clean: false }).front.issuer).toBe('石桥镇人民政府');
  });
});

describe('stop 41, blind: a CPPCC session\'s group discussion of its reports', () => {
  // http://yxzx.yixian.gov.cn/zxyw/9310948.html (黟县政协: 县政协十一届五次会议举行分组讨论)
  const page = '县政协十一届五次会议举行分组讨论\n12月28日,参加县政协十一届五次会议的政协委员分组讨论了县委书记曹文磊的讲话和十一届县政协常委会工作报告。讨论中,政协委员们各抒己见、畅所欲言,一致认为曹文磊同志的讲话立意深远。委员们认为:一年来,十一届县政协及其常委会始终坚持团结和民主两大主题。\n\n不良信息举报';
  test('is said to be a story, its headline a telling (was: nothing said — the headline not read, 委员们 not the deputies)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toContain('“县政协十一届五次会议举行分组讨论” (line 1');
  });
  test('the footer\'s "不良信息举报" is removed (was: a paragraph)', () => {
    expect(readIngested(page, 'page.txt', { clean: false }).blocks.join('\n')).not.toContain('举报');
  });
  test('guard: a speech\'s title at a group discussion, and a CPPCC report saying its members speak freely, are no story', () => {
    const speech = '在参加县人大代表团分组讨论时的讲话\n同志们:\n今天参加代表团讨论,我讲三点意见。\n一、充分肯定过去一年的成绩\n全县经济增长5.4%,委员们提出的建议得到落实。';
    expect(said(speech, 'news-story')).toEqual([]);
    const report = '政协县委员会常务委员会工作报告\n各位委员:\n我代表政协县第十一届委员会常务委员会,向大会报告工作,请予审议。\n一、2025年工作回顾\n我们搭建协商平台,营造畅所欲言的氛围。';
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 41, blind: a portal\'s meta list a row a line between the title and the occasion', () => {
  // https://www.gz.gov.cn/zwgk/zdly/czsj/sjjggg/content/post_10627416.html (广州: 审计查出问题整改情况的报告, 2025)
  const page = '----\n\n关于2024年度市级预算执行和其他财政收支审计查出问题整改情况的报告\n\n  • 2026-01-04\n  • 来源:市审计局\n  • 分享到\n  • -\n\n——2025年12月30日在广州市第十六届\n\n人民代表大会常务委员会第四十五次会议上\n\n广州市人民政府副市长  赖志鸿\n\n\n主任、各位副主任、秘书长、各位委员:\n\n  市政府高度重视审计整改工作,始终坚持以习近平新时代中国特色社会主义思想为指导。\n\n  一、审计整改工作部署和成效\n\n  市政府主要领导多次对审计整改工作作出指示批示。';
  test('the headline is the title (was: removed as the page\'s head, no title — the source row and "• -" stopped the walk up from the occasion)', () => {
    const { front, blocks } = readIngested(page);
    expect(front.title).toBe('关于2024年度市级预算执行和其他财政收支审计查出问题整改情况的报告');
    expect(front.date).toBe('2025-12-30');
    expect(front.speaker).toBe('广州市人民政府副市长 赖志鸿');
    expect(blocks[0]).toBe('主任、各位副主任、秘书长、各位委员：');
  });
});

describe('stop 41, blind: a forum archive page that printed a post\'s HTML as its text', () => {
  // https://bbs.whcdrm.com/archiver/tid-21631.html (蔡甸融媒's post: 起草组专家权威解读…湖北这样干!)
  const style = 'box-sizing: border-box; margin-top: 1em; text-indent: 2em; font-family: -apple-system, Helvetica Neue, PingFang SC, Microsoft Yahei, sans-serif; background-color: rgb(255, 255, 255);';
  const page = `蔡甸融媒 发表于 2026-1-28 14:20:01\n\n起草组专家权威解读:“十五五”开局之年,湖北这样干!\n\n<p style="${style}"><span style="text-indent: 2em;">1月27日上午,湖北省第十四届人民代表大会第四次会议在武汉洪山礼堂开幕。2025年湖北省经济社会发展交出怎样的成绩单?</span></p><p style="${style}"></p><p style="${style}">长江云新闻邀请起草组成员和专家教授,为您权威解读。</p>`;
  test('the tags are taken out and said, the paragraphs read at the block tags, the post\'s stamp removed (was: the styles read as English, "\\</span>\\</p>" in the text, "蔡甸融媒发表于" the title)', () => {
    const { front, blocks, result } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks).toEqual(['1月27日上午，湖北省第十四届人民代表大会第四次会议在武汉洪山礼堂开幕。2025年湖北省经济社会发展交出怎样的成绩单？', '长江云新闻邀请起草组成员和专家教授，为您权威解读。']);
    expect(front.title).toBe('起草组专家权威解读：“十五五”开局之年，湖北这样干！');
    const markup = result.file.messages.filter((m) => m.ruleId === 'printed-markup');
    expect(markup).toHaveLength(1);
    expect(markup[0].reason).toContain('Removed 8 HTML tag(s)');
    expect([markup[0].line, markup[0].column]).toEqual([5, 1]);
    expect(result.file.messages.filter((m) => m.ruleId === 'english-twin')).toEqual([]);
  });
  test('a later message names the page\'s column, the tags counted back in', () => {
    const cut = page.replace('为您权威解读。</p>', '为您权');
    const off = said(cut, 'cut-off');
    expect(off).toHaveLength(1);
    const line5 = cut.split('\n')[4];
    expect(off[0].column).toBe(line5.indexOf('长江云') + 1);
  });
  test('guard: a sentence with "<" and one tag-like word is text', () => {
    const report = '2026年政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n城镇登记失业率<5%,PM2.5浓度<35微克,<br>一词。';
    const { blocks, result } = readIngested(report, 'page.txt', { clean: false });
    expect(blocks.at(-1)).toContain('<35微克');
    expect(blocks.at(-1)).toContain('<br>');
    expect(result.file.messages.filter((m) => m.ruleId === 'printed-markup')).toEqual([]);
  });
});

describe('stop 41, blind: a portal\'s read-aloud widget over the text', () => {
  // http://www.whereswellington.com/LDTYZGGFWZ/zwyw/jrgz/index_1933.html (a copy of 内蒙古's news on its NPC delegation, 2026)
  const page = '语音朗读,设置朗读按钮,默认不\n朗读,老年人用户单击按钮即可对当前\n区域内容进行朗读,再次点击,\n取消朗读。\n按照大会安排,3月11日,出席十四届全国人大四次会议的内蒙古代表团在驻地举行新闻发布活动,代表团新闻发言人郝松山介绍了有关情况。';
  test('its notice, hard-wrapped over four lines, is removed (was: its first line the title, three paragraphs of it)', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title ?? '').toBe('');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatch(/^按照大会安排/u);
  });
  test('guard: a report\'s sentence on a read-aloud service stays', () => {
    const report = '2026年政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n开通政务网站语音朗读功能,老年人点击按钮即可收听。';
    expect(readIngested(report, 'page.txt', { clean: false }).blocks.at(-1)).toContain('语音朗读');
  });
});

describe('stop 41, blind: a converter\'s traditional copy of a story on what people made of the 2026 report', () => {
  // http://www.sjmsw.net/web/content_1481001719096643584.html (a copy of 华龙网's story, pinyin glued after characters, bytes lost)
  const page = '心愿匯聚新征程 他們把美好期盼化作實干動力\n2026-03-10 18:31:17 來源: 第1眼TV-華龍網(wǎng)\n民生保障、科技創(chuàng)新……2026年全國兩會召開,政府工作報告與“十五五”規(guī)劃綱要草案在重慶引發(fā)熱烈反響。從代表委員到基層群眾,大家紛紛話心聲、說期盼,立足崗位勇?lián)姑?,以實干奔赴新征程。\n代表委員凝心聚力 履職盡責獻良策\n全國人大代表林其鑫表示,報告中“必須把省下來的每一分錢都用到發(fā)展的關鍵點”令人動容。';
  test('is said to be a story (was: nothing said — 響 and 紛 as printed, a deputy by title then name)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/引發熱烈反響.*人大代表林其鑫表示/u);
  });
  test('the annotation whose lead bytes were lost ("勇?lián)姑?,") is said at its place, kept as found (was: "勇？lián）姑？，" with nothing said)', () => {
    const lost = said(page, 'lost-bytes');
    expect(lost.map((m) => [m.line, m.column])).toEqual([
      [3, page.split('\n')[2].indexOf('?lián') + 1],
      [3, page.split('\n')[2].indexOf('?,以') + 1],
    ]);
  });
  test('guard: a report\'s festival that drew a warm response, a question before a comma in quotes, are no story nor damage', () => {
    const report = '2026年政府工作报告\n一、2025年工作回顾\n举办茶文化节,活动引发热烈反响,大家纷纷前来。全县地区生产总值增长5.4%。\n二、2026年工作安排\n坚持问题导向,回答好“怎么办?”这一问题。';
    expect(said(report, 'news-story')).toEqual([]);
    expect(said(report, 'lost-bytes')).toEqual([]);
  });
});

describe('stop 41, blind: an article counting the report\'s frequent words; an encyclopedia\'s tagline', () => {
  // https://www.itansuo.net/Details/oPla.html (出现75次!“改革”“创新”成今年《政府工作报告》高频词, 2026)
  const page = '![]() |\n出现75次!“改革”“创新”成今年《政府工作报告》高频词\n类别:资讯动态_最新资讯 时间:2026/3/5 13:38:47 点击:89 标签:报告 政府工作报告 2026年全国两会\n国务院新闻办公室今天举行吹风会,《政府工作报告》起草组负责人、国务院研究室主任沈丹阳从五个方面解读《政府工作报告》。其中,“改革”和“创新”共出现75次,成为今年《报告》的高频词。';
  test('is said to be about the report, its title a telling (was: one telling, nothing said)', () => {
    expect(said(page, 'news-story')).toHaveLength(1);
  });
  // https://fanyv88.com:443/https/zh.wikipedia.org/wiki/政府工作报告 (a proxy's copy of the Wikipedia article)
  test('"维基百科,自由的百科全书" is the site\'s (was: the text\'s first paragraph)', () => {
    const wiki = '跳转到内容\n\n政府工作报告\n\n维基百科,自由的百科全书\n2010年3月5日,时任国务院总理温家宝代表国务院作《政府工作报告》\n';
    expect(readIngested(wiki, 'page.txt', { clean: false }).blocks.join('\n')).not.toContain('维基百科');
  });
});

describe('stop 41, blind: a document site\'s copy rewritten with near-synonyms', () => {
  // https://www.wnwk.com/doc/630156.html (浔阳区's report, "科学开展观", "工作回忆", "根底设施", "效劳")
  const page = '区人民政府年度工作报告材料\n各位代表:\n现在,我代表区人民政府,向大会作工作报告,请予审议。\n一、“十一五”及2023年工作回忆\n五年来,全区上下坚持以科学开展观为统领,加快根底设施建设,公共效劳水平不断提升。';
  test('is said, each form with the term it stands for (was: nothing said)', () => {
    const spun = said(page, 'spun-text');
    expect(spun).toHaveLength(1);
    expect(spun[0].reason).toMatch(/年工作回忆” for 工作回顾.*科学开展观” for 科学发展观.*根底设施” for 基础设施/u);
    expect(spun[0].reason).toContain('4 of them');
  });
  test('guard: a report\'s own 开展 (carrying out) and one stray form are no rewriting', () => {
    const report = '2026年政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n高质量开展省内教育对口帮扶,创新开展“三下乡”活动,可持续开展监测,回忆起五年历程。坚持以科学开展观为指导。';
    expect(said(report, 'spun-text')).toEqual([]);
  });
});
