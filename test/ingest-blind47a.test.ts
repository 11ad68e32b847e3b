/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 47 (2026-12-04, helper blind47a:
 * government work reports and news about them). Each test is the page's shape reduced to a few lines, with its URL; its name
 * says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { en1, en2, head, page as bilingualPage, zh1, zh2 } from './bilingual-page.ts';
import { readIngested, said } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const ruleAt = (text: string, line: number) => read(text).result.file.messages.filter((m) => m.line === line).map((m) => m.ruleId);
const paragraphs = (text: string) => read(text).blocks;

/** A report's opening in its own voice, for the guards. */
const opening = ['政府工作报告', '——2024年1月10日在某市第十七届人民代表大会第三次会议上', '市长 王明', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员提出意见。', '一、2023年工作回顾', '过去一年,全市经济平稳增长。'];

describe('stop 47, blind: a county session story, its sentence naming who delivered the report', () => {
  // https://www.huanxian.gov.cn/xwzx/bdyw/content_24946 (环县)
  const page = [
    '环县第十八届人民代表大会第五次会议开幕',
    '5月7号上午,倍受关注的环县第十八届人民代表大会第五次会议在皮影中心五楼会议室隆重开幕。',
    '上午9时整,杨万香宣布环县第十八届人民代表大会第五次会议开幕。',
    '县委副书记、县长何英禅代表县政府向大会作政府工作报告。',
    '何英禅说:2019年,全县上下认真贯彻落实习近平总书记视察甘肃重要讲话和指示精神,较好完成了各项任务。',
  ].join('\n');
  test('"县长何英禅代表县政府向大会作政府工作报告。" stays the story\'s text (was: removed as a photo caption)', () => {
    expect(ruleAt(page, 4)).not.toContain('caption');
    expect(paragraphs(page)).toContain('县委副书记、县长何英禅代表县政府向大会作政府工作报告。');
  });
  test('the same sentence printed twice in a row: the first copy is the picture\'s caption, the second the text (was: both removed)', () => {
    // test/fixtures/ingest-not-the-report/yn-zhenkang-county-2026-session-news-portal-heldout44 (www.ynzk.gov.cn)
    const twice = ['下午2点30分,杨思荣宣布大会开幕。全体人员起立,奏唱中华人民共和国国歌。', '县长张德花代表县人民政府向大会作政府工作报告。', '县长张德花代表县人民政府向大会作政府工作报告。', '报告指出,“十四五”时期,是镇康发展史中极不平凡的5年。'].join('\n');
    expect(ruleAt(twice, 2)).toContain('caption');
    expect(ruleAt(twice, 3)).not.toContain('caption');
    expect(paragraphs(twice).filter((b) => b === '县长张德花代表县人民政府向大会作政府工作报告。')).toHaveLength(1);
  });
  test('guard: a caption naming the act alone, or with its photographer\'s credit, is still a caption', () => {
    const captions = ['县十八届人大三次会议开幕', '县长胡宏林代表县人民政府作工作报告', '5月7日上午,大会隆重开幕。', '陆昊作政府工作报告。本报记者邵国良摄', '何英禅说:全县较好完成了各项任务,经济运行稳中有进。'].join('\n');
    expect(ruleAt(captions, 2)).toContain('caption');
    expect(ruleAt(captions, 4)).toContain('caption');
  });
});

describe('stop 47, blind: a town\'s session story, each picture\'s numbered caption over the sentence it illustrates', () => {
  // http://www.zzkailai.com/newdetail-604885.html (城廂鎮)
  const page = [
    '會前,鎮人大主席王道燕同志組織人大代表集中學習了黨的二十大精神和全國兩會精神。',
    '圖 1會場全景',
    '會議聽取和審議了《城廂鎮人民政府工作報告》、《城廂鎮人大主席團工作報告》4個報告,表決了城廂鎮2023年民生實事項目。',
    '圖 4城廂鎮人大主席王道燕作鎮人大主席團工作報告',
    '鎮人大主席王道燕同志作鎮人大主席團工作報告。',
    '圖 5閉幕式',
    '會上,與會代表充分發揚民主,積極履行代表職責,共收集建議意見5條,會議圓滿結束。',
  ].join('\n');
  test('"圖 1會場全景", "圖 4…作…報告", "圖 5閉幕式" are photo captions (was: headings)', () => {
    for (const line of [2, 4, 6]) expect(ruleAt(page, line)).toContain('caption');
    expect(paragraphs(page).some((b) => b.startsWith('#'))).toBe(false);
  });
  test('"…王道燕同志作鎮人大主席團工作報告。" under its picture\'s caption stays text (was: removed as a caption)', () => {
    expect(ruleAt(page, 5)).not.toContain('caption');
    expect(paragraphs(page)).toContain('鎮人大主席王道燕同志作鎮人大主席團工作報告。');
  });
  test('guard: a report\'s chart title numbered "图1" stays text', () => {
    const report = [...opening, '图1 2019—2023年全市地区生产总值及增速', '全市地区生产总值稳步增长,年均增长6.1%。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('2019—2023年全市地区生产总值及增速'))).toBe(true);
  });
});

describe('stop 47, blind: a news agency story with no headline, its dateline alone on the first line', () => {
  // http://jjckb.xinhuanet.com/2012-03/17/content_364611.htm (新华网)
  const page = [
    '新华网北京3月16日电',
    '国务院总理温家宝16日主持召开国务院常务会议,确定《政府工作报告》重点工作部门分工。',
    '会议指出,十一届全国人大五次会议审议通过的《政府工作报告》,确定了今年工作的总体部署和主要任务。',
  ].join('\n');
  test('the dateline is no title (was: the title "新华网北京3月16日电")', () => {
    expect(read(page).front.title ?? '').toBe('');
    expect(said(page, 'news-story')[0].reason).toMatch(/新华网北京3月16日电/u);
  });
  test('guard: a title with a day and 电 inside it is still the title', () => {
    expect(read(['关于3月16日电网故障处置情况的报告', '各位代表:', '现在,我代表市人民政府向大会报告电网故障处置情况,请予审议。'].join('\n')).front.title).toBe('关于3月16日电网故障处置情况的报告');
  });
});

describe('stop 47, blind: a Wikisource mirror, its note naming the collection over the report', () => {
  // https://zhonghuashu.com/wiki/1994年中华人民共和国国务院政府工作报告
  const page = [
    '本作品收录于《中华人民共和国国务院政府工作报告',
    '1994年3月10日在第八届全国人民代表大会第二次会议上 国务院总理李鹏',
    '      各位代表:',
    '      现在,我代表国务院向大会作政府工作报告,请予审议,并请全国政协各位委员和其他列席人员提出意见。',
  ].join('\n');
  test('"本作品收录于《…" is the wiki\'s note, no title nor issuer (was: title "本作品收录于《…", issuer "本作品收录于《中华人民共和国国务院政府")', () => {
    const { front } = read(page);
    expect(String(front.title ?? '')).not.toMatch(/收录/u);
    expect(front.issuer).toBe('国务院');
    expect(ruleAt(page, 1)).toContain('page-head');
  });
  test('guard: a sentence that opens with the words and goes on stays text', () => {
    const report = [...opening, '本作品收录于《全市优秀文艺作品选》,由市文联编辑出版,并在全市发行。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('本作品收录于'))).toBe(true);
  });
});

describe('stop 47, blind: a trivia site\'s copy of the 1995 report, a word blanked to one asterisk again and again', () => {
  // https://363616.com/article/966463.html
  const page = [
    '1995年国务院*工作报告',
    '1995年3月5日上午,第八届全国人民代表大会第三次会议在北京人民大会堂开幕,国务院总理*代表国务院向大会做*工作报告。',
    '各位代表:',
    '现在,我代表国务院向大会作*工作报告,请予审议,并请全国政协各位委员提出意见。',
    '经济*改革迈出决定性步伐。根据建立*市场经济*的要求,进行了财税、金融等方面的重大改革。',
  ].join('\n');
  test('is said to be masked (was: nothing said)', () => {
    const told = said(page, 'masked-text');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/国务院\*工作报告/u);
  });
  test('guard: two asterisks between words on a page (notes\' calls) are no mask', () => {
    const report = [...opening, '全市粮食总产量*达到120万吨,创历史新高。', '城镇新增就业*5.2万人,完成年度目标。'].join('\n');
    expect(said(report, 'masked-text')).toEqual([]);
  });
});

describe('stop 47, blind: a county news site\'s story, its reprint notice under it', () => {
  // https://www.nyxt.cn/content/646747/74/12515323.html (新田新闻网)
  const page = [
    '新田新闻网(通讯员 龚峥伟)3月28日,枧头镇召开第十九届人民代表大会第四次会议。',
    '大会听取并审议了《枧头镇政府工作报告》《枧头镇人大工作报告》。',
    '本文为新田新闻网原创文章,转载请附上原文出处链接和本声明。',
  ].join('\n');
  test('"本文为…原创文章,转载请…" is the site\'s reprint notice (was: a paragraph)', () => {
    expect(ruleAt(page, 3)).toContain('disclaimer');
    expect(paragraphs(page).some((b) => b.includes('原创文章'))).toBe(false);
  });
  test('guard: a report\'s sentence on original works stays text', () => {
    const report = [...opening, '本年度共评选原创文艺作品120件,转载请求均依法办理。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('原创文艺作品'))).toBe(true);
  });
});

describe('stop 47, blind: a district story in a layout table, the cell\'s bar after its last words', () => {
  // https://www.qjzj.net/article/3821 (黔江)
  const page = '区四届人大四次会议期间,区领导分别参加了各代表团审议。 审议中,大家认为,区政府工作报告立足实际,全面具体地总结了过去一年所取得的各项成绩,准确研判了全区经济社会发展态势。 大家纷纷表示,将立足自身实际,为加快建成渝东南中心城市作出新的贡献。(记者 王道) |';
  test('the page is not said to be cut off (was: "…新的贡献。(记者王道)|" read as stopping mid-sentence)', () => {
    expect(said(page, 'cut-off')).toEqual([]);
  });
  test('guard: text that stops mid-sentence before the bar is still cut off', () => {
    expect(said([...opening, '一年来,我们坚持稳中求进工作总基调,全市地区生产总值增长6.2%,规模以上工业增加值增长8.1%,社会消费品零售总额 |'].join('\n'), 'cut-off')).toHaveLength(1);
  });
});

describe('stop 47, blind: a mirror of 中新網\'s 2003 story, its masthead, links and stamps over the headline', () => {
  // http://yogviha.cn/n/2003-02-16/26/273099.html
  const page = [
    '中國新聞社',
    '中新網分類新聞查詢>>',
    '',
    '本頁位置:首頁>>新聞大觀>>國內新聞',
    '放大字體  縮小字體',
    '',
    '上海人代會今天開幕 陳良宇作《政府工作報告》',
    '',
    '2003年02月16日 14:38',
    '',
    '  中新網2月16日電 上海市第十二屆人民代表大會第一次會議今天上午在上海展覽中心中央大廳隆重舉行。',
    '  上海市市長陳良宇代表上海市人民政府向大會作政府工作報告。報告共分三個部分。',
  ].join('\n');
  test('the agency\'s name is the page\'s head; the headline is the title (was: title "中國新聞社")', () => {
    const { front } = read(page);
    expect(front.title).toBe('上海人代會今天開幕\u3000陳良宇作《政府工作報告》');
    expect(ruleAt(page, 1)).toContain('page-head');
  });
  test('"中新網分類新聞查詢>>", "本頁位置:首頁>>…", "放大字體 縮小字體" and "2003年02月16日 14:38" are the site\'s (was: paragraphs)', () => {
    expect(ruleAt(page, 2)).toContain('navigation');
    expect(ruleAt(page, 4)).toContain('breadcrumb');
    expect(ruleAt(page, 5)).toContain('page-info');
    expect(ruleAt(page, 9)).toContain('page-info');
    expect(paragraphs(page).some((b) => /查詢|本頁位置|字體|14:38/u.test(b))).toBe(false);
  });
  test('guard: a day alone, no time of day, still dates the report; a heading is no link', () => {
    const report = ['政府工作报告', '(2003年2月16日)', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。', '一、五年工作的回顾', '过去的五年,全市经济持续快速健康发展。'].join('\n');
    expect(read(report).front.date).toBe('2003-02-16');
    expect(paragraphs(report)).toContain('## 一、五年工作的回顾');
  });
  test('guard: a name ending in 社 that is no agency is no masthead', () => {
    expect(read(['农民专业合作社发展情况的报告', '各位代表:', '现在,我代表县人民政府向大会报告合作社发展情况,请予审议。'].join('\n')).front.title).toBe('农民专业合作社发展情况的报告');
  });
});

describe('stop 47, blind: a city portal\'s disclosure table, its cells\' borders lost, each label glued to its value', () => {
  // https://hsdz.gov.cn/xxgk/fdzdgknr/qtzdgknr/gzbg/201508/t20150801_209738.html (黄石)
  const page = [
    '2009年政府工作报告',
    '',
    '日期:2010-11-27 11:04 来源:黄石市人民政府  ',
    '',
    '名称',
    '索引号000014349/2010-00010 发布日期2010-11-27',
    '发布机构黄石市人民政府 文号',
    '文件分类 所属机构开发区管委会',
    '',
    '各位代表: ',
    '  现在,我代表市人民政府向大会作政府工作报告,请予审议,并请市政协委员和列席人员提出意见。 ',
    '    一、2009年政府工作回顾  ',
    '  2009年是新世纪以来我市经济发展最为困难的一年。',
  ].join('\n');
  test('发布机构 gives the issuer, 索引号 and 发布日期 their fields (was: no issuer, "名称" holding the row)', () => {
    const { front } = read(page);
    expect(front.issuer).toBe('黄石市人民政府');
    expect(front.disclosure).toMatchObject({ 索引号: '000014349/2010-00010', 发布机构: '黄石市人民政府' });
    expect(said(page, 'issuer-place')).toEqual([]);
  });
  test('guard: a report\'s line opening with a label\'s word glued to prose is no table row', () => {
    const report = [...opening, '分类推进国有企业改革 名称变更工作稳步推进'].join('\n');
    expect(read(report).front.disclosure).toBeUndefined();
  });
});

describe('stop 47, blind: a mirror of the 1982 report, its stamp row with the page\'s title over the report', () => {
  // https://cre.org.cn/index.php/zl/xlwjlz/zhfndbg/14673.html
  const page = [
    '1982年政府工作报告 时间: 2019-03-07信息来源:中国政府网 国务院栏目 作者:国务院 责编:qgy',
    '1982年政府工作报告',
    '关于第六个五年计划的报告',
    '国务院总理 赵紫阳',
    '各位代表:',
    '现在,我代表国务院,作关于我国国民经济和社会发展第六个五年计划的报告,请大会审议。',
    '一九八○年,也就是第五个五年计划的最后一年,国务院曾拟订出从一九八一年到一九八五年的第六个五年计划的基本轮廓。要求从一九八三年到一九八七年的五年间争取实现国家财政经济状况的根本好转。',
  ].join('\n');
  test('the stamp row is the page\'s (was: a paragraph)', () => {
    expect(ruleAt(page, 1)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.includes('责编'))).toBe(false);
  });
  test('its 2019 posting time dates nothing: the report\'s years are in Chinese numerals (was: none read)', () => {
    expect(read(page).front.date).toBeUndefined();
    expect(said(page, 'repost-date')[0].reason).toMatch(/1987/u);
  });
  test('guard: a sentence with stamp-like words and a clause stays text; a same-year stamp dates a report written in Chinese numerals', () => {
    const report = [...opening, '时间:紧迫 来源:多方 作者:群众,我们要把实事办好。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('我们要把实事办好'))).toBe(true);
    const dated = ['政府工作报告', '发布时间:1986-04-02', '各位代表:', '现在,我代表市人民政府向大会作工作报告,请予审议。', '一九八五年,全市经济稳定增长。一九八六年,我们要继续深化改革。'].join('\n');
    expect(read(dated).front.date).toBe('1986-04-02');
  });
});

describe('stop 47, blind: a Discuz forum\'s post of a town\'s session story, pasted with its markup', () => {
  // http://bbs.seclub.cn/forum.php?goto=lastpost&mod=redirect&tid=37414 (罗源湾之窗)
  const page = [
    '本帖最后由 一品飞云 于 2015-4-13 00:37 编辑 <br /><br />12月2日,鉴江镇第十七届人民代表大会第一次会议胜利召开,来自全镇各行各业的49名镇人大代表出席了会议。 大会听取并审议通过了鉴江镇人民政府工作报告、人大工作报告、财政工作报告。',
  ].join('\n');
  test('"本帖最后由 … 编辑" is the forum\'s edit note (was: a paragraph)', () => {
    expect(paragraphs(page).some((b) => b.includes('本帖最后由'))).toBe(false);
    expect(said(page, 'page-info').some((m) => /本帖最后由/u.test(String(m.reason)))).toBe(true);
  });
  test('the markup removed is quoted as printed (was: "<p style=…>", "</span>" whatever the tags)', () => {
    const told = said(page, 'printed-markup');
    expect(told[0].reason).toMatch(/“<br \/>”/u);
    expect(told[0].reason).not.toMatch(/p style/u);
  });
  test('guard: a sentence that opens with the words and goes on stays text', () => {
    const report = [...opening, '本帖最后由网友于2015-4-13编辑后转给有关部门,问题已经解决。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('本帖最后由'))).toBe(true);
  });
});

describe('stop 47, blind: a journal index\'s abstract of a 1996 report and its machine English, nothing paired', () => {
  // https://www.soulun.net/periodical/78de2ff134be4bfae405a4fd5d0261eb.html
  const page = [
    '论文部分内容阅读',
    '各位代表:现在,我代表省人民政府,向大会作关于我省国民经济和社会发展“九五”计划及2010年远景目标纲要的报告。未来15年是社会主义现代化建设事业继往开来的重要时期。早在1994年9月,省委、省政府就组织力量进行调查研究。',
    'Distinguished Delegates: Now, on behalf of the provincial people’s government, I will give a report to the General Assembly on the “Nine-Five” plan and the outline for the 2010 Vision. The next 15 years will be an important period. As early as September 1994, four teams of the provincial party committee conducted investigations.',
  ].join('\n');
  test('the first message says no English was paired (was: "the English after 0 Chinese block(s) taken out of zh.md as their official translation")', () => {
    const first = said(page, 'english-twin')[0];
    expect(first.reason).toMatch(/none of its English is a clear twin/u);
    expect(first.reason).not.toMatch(/after 0 Chinese/u);
  });
  test('guard: a paired page still says how many blocks its English went to', () => {
    const bilingual = bilingualPage([...head, zh1, en1, zh2, en2]);
    expect(said(bilingual, 'english-twin')[0].reason).toMatch(/the English after 2 Chinese block\(s\)/u);
  });
});

describe('stop 47, blind: a writing site\'s compilation, the label over its summary', () => {
  // https://xiebitongdao.com/index/article/detail/detail_id/54175.html
  const page = [
    '20211025:5篇43万字乡镇政府工作报告2021年政府工作报告范文',
    '',
    '2022-10-24 10:52:19 139',
    '',
    '文章导读',
    '',
    '2021年xx乡人民政府工作报告(1)',
    '一、2020年工作和“十三五”发展回顾',
    '2020年全年生产总值2.97亿元,增长4.3%;固定资产投资5600万元,完成年初目标任务的102%。',
  ].join('\n');
  test('"文章导读" is the site\'s label, no title (was: the title "文章导读")', () => {
    expect(read(page).front.title).not.toBe('文章导读');
    expect(ruleAt(page, 5)).toContain('page-head');
  });
  test('guard: a line that opens with the label and goes on stays text', () => {
    const report = [...opening, '文章导读:本文梳理了全市重点工作。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('文章导读'))).toBe(true);
  });
});

describe('stop 47, blind: a traditional-script mirror of a county\'s session story, each caption behind a triangle', () => {
  // http://m.hqbet6805.com/News/show/682057.html (石台縣)
  const page = [
    '1月4日上午,石臺縣第十三屆人民代表大會第四次會議在縣影劇院隆重開幕。',
    '在熱烈的掌聲中,縣人民政府縣長張勇作《政府工作報告》。報告共分三大部分。',
    '△縣人民政府縣長張勇作《政府工作報告》',
    '△縣人大常委會主任、大會執行主席施道良主持大會',
    '2023年是全面貫徹黨的二十大精神的開局之年,也是石臺明確新定位的發軔之年。',
  ].join('\n');
  test('"△…作《政府工作報告》" and "△…主持大會" are photo captions (was: paragraphs)', () => {
    expect(ruleAt(page, 3)).toContain('caption');
    expect(ruleAt(page, 4)).toContain('caption');
    expect(paragraphs(page).some((b) => b.startsWith('△'))).toBe(false);
  });
  test('guard: a report\'s line behind a triangle that names no act stays text', () => {
    const report = [...opening, '▲全市地区生产总值增长6%', '▲新增城镇就业5.2万人'].join('\n');
    expect(paragraphs(report).filter((b) => b.startsWith('▲'))).toHaveLength(2);
  });
});
