/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 59 (2026-12-06, helper blind59b): reports
 * other than the government work report and the pages around them — a district's disclosure report under an empty time label, a
 * bureau's release under its skip link, a forum's thread under its login bar, a press release's end mark, a law database's disclaimer,
 * the national statistical communiqué with a note call on its title, a yearbook's label cell, a question-and-answer site, a document
 * library's viewer bar, a political consultative conference's opening story, a province's guideline. Each test is the page's shape
 * reduced to a few lines, with its URL; its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const removed = (text: string, rule: string) => said(text, rule).map((m) => m.reason);

describe('stop 59, blind: a time label left empty over the title block', () => {
  // https://ht.sanya.gov.cn/htqsite/xxgknb/201701/dd9b95f6f19146ce81776f6becbb9b61.shtml
  const page = [
    '更新时间:',
    '三亚市海棠区人民政府',
    '2015年政府信息公开工作年度报告',
    '根据《中华人民共和国政府信息公开条例》和《海南省政府信息公开办法》的规定,三亚市海棠区人民政府编制了2015年政府信息公开工作年度报告。',
    '一、主动公开政府信息情况',
    '截止2015年12月31日,通过“中国三亚”门户网站主动公开政府信息23条。',
  ].join('\n');
  test('"更新时间:" then "三亚市海棠区人民政府": the issuer line is the title block\'s, no update time (was: removed as the label\'s value)', () => {
    const { front, result } = read(page);
    expect(front.issuer).toBe('三亚市海棠区人民政府');
    expect(result.file.messages.some((m) => m.reason.includes('the value of') && m.reason.includes('三亚市海棠区人民政府'))).toBe(false);
  });
  test('guard: "发布时间:" then "2015-03-15 10:00" on the next line is still its value', () => {
    const text = ['发布时间:', '2015-03-15 10:00', '三亚市海棠区人民政府', '2015年政府信息公开工作年度报告', '根据《中华人民共和国政府信息公开条例》的规定,编制本报告。'].join('\n');
    expect(read(text).result.file.messages.some((m) => m.reason.includes('the value of') && m.reason.includes('2015-03-15'))).toBe(true);
  });
  test('guard: "发布机构:" then an organ\'s name: still read as that field\'s value (not a time\'s label)', () => {
    const text = ['发布机构:', '中原区审计局', '2015年政府信息公开工作年度报告', '本年度报告是根据《中华人民共和国政府信息公开条例》编制。'].join('\n');
    expect(read(text).result.file.messages.some((m) => m.ruleId === 'metadata' && m.reason.includes('发布机构：中原区审计局'))).toBe(true);
  });
});

describe('stop 59, blind: a Hong Kong bureau\'s release under its skip link and column name', () => {
  // https://cmab.gov.hk/cd/chi/media/t071304.htm
  const page = [
    '跳至內容的開始',
    '',
    '新聞發布',
    '',
    '新聞發布',
    '',
    '行 政 長 官 出 席 立 法 會 答 問 大 會 談 話 全 文',
    '* * * * * * * * * * * * * * * * *',
    '',
    '以 下 為 行 政 長 官 董 建 華 今 日 ( 七 月 十 三 日 ) 下 午 出 席 立 法 會 答 問 大 會 的 談 話 全 文 ( 只 有 中 文 ) :',
    '',
    '主 席 女 士 、 各 位 議 員 :',
    '',
    '第 二 屆 立 法 會 即 將 結 束 為 期 四 年 的 工 作 。 過 去 四 年 , 可 以 說 , 是 香 港 回 歸 以 來 , 政 治 、 經 濟 、 社 會 受 到 最 重 大 考 驗 的 一 段 時 期 。',
  ].join('\n');
  test('"跳至內容的開始", "新聞發布" twice and the spaced stars: the page\'s; the release\'s name is the title (was: the skip link the title)', () => {
    const { front, blocks } = read(page);
    expect(front.title).toBe('行政長官出席立法會答問大會談話全文');
    expect(blocks.some((b) => /新聞發布|\\\*|^\* \*/u.test(b))).toBe(false);
  });
  test('guard: "跳至内容" alone was already a skip link; a sentence opening 跳至 stays', () => {
    expect(removed(['跳至内容', '政府工作报告', '各位代表:', '现在,我代表市人民政府作工作报告。'].join('\n'), 'navigation').some((r) => r.includes('跳至内容'))).toBe(true);
    const { blocks } = read(['政府工作报告', '各位代表:', '跳至内容的开始部分,我们先回顾过去一年的工作。'].join('\n'));
    expect(blocks.some((b) => b.startsWith('跳至内容的开始部分'))).toBe(true);
  });
  test('guard: a line of stars with a word among them stays', () => {
    const { blocks } = read(['政府工作报告', '各位代表:', '* 重点 *', '现在,我代表市人民政府作工作报告。'].join('\n'));
    expect(blocks.some((b) => b.includes('重点'))).toBe(true);
  });
});

describe('stop 59, blind: a Discuz forum\'s thread', () => {
  // http://xinwen.mobi/forum.php?goto=lastpost&mod=redirect&tid=233380
  const page = [
    '用户名  找回密码',
    ' 立即注册',
    '搜索',
    '',
    '表决通过关于最高检工作报告的决议',
    '',
    '[XinWen.Mobi 原创复制链接分享]',
    'xinwen.mobi 发表于 2024-3-12 06:29:19 | 显示全部楼层 |阅读模式',
    '',
    '在中国的政治体系中,最高人民检察院(简称最高检)是国家的法律监督机关。根据中国宪法和法律规定,最高检负责对全国的检察工作进行领导和监督。',
    '',
    '回复',
    '',
    '举报',
    '',
    'GMT+8, 2025-7-13 22:03 , Processed in 0.038880 second(s), 17 queries .',
    '',
    'Powered by Discuz! X3.5',
    '',
    '消息来源网络',
  ].join('\n');
  test('the login bar, the share bar, the post stamp, the buttons and the footer: the forum\'s (was: "用户名找回密码" the title, the rest paragraphs)', () => {
    const { front, blocks } = read(page);
    expect(front.title).toBe('表决通过关于最高检工作报告的决议');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatch(/^在中国的政治体系中/u);
  });
  test('guard: a paragraph that opens with 回复 or speaks of 举报 stays', () => {
    const { blocks } = read(['政府工作报告', '各位代表:', '回复群众来信1200件,办结率100%。', '举报受理渠道进一步畅通。'].join('\n'));
    expect(blocks.filter((b) => /^回复群众|^举报受理/u.test(b))).toHaveLength(2);
  });
});

describe('stop 59, blind: a press release\'s end mark and hour', () => {
  // http://hanweb.kanhan.com/TuniS/www.info.gov.hk/gia/general/201411/20/P201411200287.htm
  const page = [
    '审计署署长报告书',
    '********',
    '《审计署署长报告书──二零一三至一四年度香港特别行政区政府帐目审计结果》及《审计署署长第六十三号报告书》衡工量值式审计结果,已于今日(十一月二十日)上午提交立法会省览。',
    '政府帐目审计报告书就有关财务报表适当显示政府在二零一四年三月三十一日的资产负债情况,提供总体保证。',
    '完',
    '2014年11月20日(星期四)',
    '香港时间9时40分',
  ].join('\n');
  test('"完" and "香港时间9时40分": the release\'s end mark and hour (was: paragraphs of the text)', () => {
    const { blocks } = read(page);
    expect(blocks.some((b) => b === '完' || b.startsWith('香港时间'))).toBe(false);
    expect(removed(page, 'page-footer')).toHaveLength(2);
  });
  test('guard: "完" inside a sentence, "完成…" and "（完）" mid-text the same as ever', () => {
    const { blocks } = read(['政府工作报告', '各位代表:', '完成地区生产总值增长6%的目标。', '完善社会保障体系。'].join('\n'));
    expect(blocks.filter((b) => /^完[成善]/u.test(b))).toHaveLength(2);
  });
});

describe('stop 59, blind: a law database\'s disclaimer under a resolution', () => {
  // http://www.cloudninemall.com/law/law_view.asp?id=96632
  const page = [
    '第九屆全國人民代表大會第二次會議關于最高人民法院工作報告的決議',
    '(1999年3月15日第九屆全國人民代表大會第二次會議通過)',
    '第九屆全國人民代表大會第二次會議審議了最高人民法院院長肖揚所作的《最高人民法院工作報告》。會議決定批準這個報告。',
    '會議指出,加強司法隊伍建設,是一項長期的任務。',
    '====================================',
    '免責聲明:',
    '本站(',
    'law-lib.com)法規文件均轉載自:',
    '政府網、政報、媒',
  ].join('\n');
  test('"免責聲明:" and its notice broken over three lines to the end: the site\'s (was: the label removed, its notice three paragraphs)', () => {
    const { blocks } = read(page);
    expect(blocks.some((b) => /本站|law-lib|政府網、政報/u.test(b))).toBe(false);
    expect(removed(page, 'disclaimer')).toHaveLength(4);
  });
  test('guard: "声明:" over numbered text that is no notice of the site (a heading under it) stays the text', () => {
    const text = ['关于某事项的说明', '各位委员:', '现将有关情况说明如下。', '声明:', '一、基本情况', '今年以来,我们做了大量工作,成效明显。'].join('\n');
    const { blocks } = read(text);
    expect(blocks.some((b) => b.includes('今年以来'))).toBe(true);
  });
});

describe('stop 59, blind: a note call closing the title', () => {
  // https://fx168cj.com/article/154746
  const page = [
    '中华人民共和国2022年国民经济和社会发展统计公报[1]',
    '国家统计局',
    '2023年2月28日',
    '2022年是党和国家历史上极为重要的一年。经济保持增长,发展质量稳步提升。',
    '一、综合',
    '初步核算,全年国内生产总值[2]1210207亿元,比上年增长3.0%。',
  ].join('\n');
  test('"…统计公报[1]": the title without its call, the line quoted whole where it moved (was: "[1]" in the title)', () => {
    const { front, result } = read(page);
    expect(front.title).toBe('中华人民共和国2022年国民经济和社会发展统计公报');
    expect(result.file.messages.some((m) => m.ruleId === 'metadata' && m.reason.includes('统计公报[1]'))).toBe(true);
  });
  test('guard: a title closed by a figure or a bracket of words keeps it', () => {
    expect(read(['关于2022年预算执行情况的报告(草案)', '各位代表:', '现在,我受市人民政府委托,报告预算执行情况。'].join('\n')).front.title).toBe('关于2022年预算执行情况的报告（草案）');
  });
});

describe('new user round 41: a note call inside a communiqué\'s title, before its number', () => {
  // https://flodiffusion.com/tjj/abztjj/c103831/202106/cba663c093564f3b95c6e40e1d95d59f.shtml (a prefecture's census communiqué)
  const page = (title: string) => [title, '——县(市)人口情况', '阿坝州统计局', '阿坝州第七次全国人口普查领导小组办公室', '2021年6月11日', '根据第七次全国人口普查结果,现将2020年11月1日零时全州13个县(市)常住人口有关数据公布如下:', '一、县(市)常住人口', '13个县(市)中,常住人口[2]超过8万人的县(市)有3个。'].join('\n');
  const asked = (text: string) => read(text).result.file.messages.filter((m) => m.ruleId === 'missing-occasion' || m.ruleId === 'missing-speaker').map((m) => m.ruleId);
  test('"…公报[1]第二号": the call out of the title, the number kept; no occasion or speaker asked of a communiqué (was: "[1]" in the title, both asked)', () => {
    expect(read(page('阿坝州第七次全国人口普查公报[1]第二号')).front.title).toBe('阿坝州第七次全国人口普查公报第二号');
    expect(asked(page('阿坝州第七次全国人口普查公报[1]第二号'))).toEqual([]);
  });
  test('"…公报[1](第二号)": the call out, the bracketed number kept', () => {
    expect(read(page('阿坝州第七次全国人口普查公报[1](第二号)')).front.title).toBe('阿坝州第七次全国人口普查公报（第二号）');
  });
  test('guard: a number in the title that is no call stays, "…公报(第2号)" and "…第二号" untouched', () => {
    expect(read(page('阿坝州第七次全国人口普查公报(第2号)')).front.title).toBe('阿坝州第七次全国人口普查公报（第2号）');
    expect(read(page('阿坝州第七次全国人口普查公报第二号')).front.title).toBe('阿坝州第七次全国人口普查公报第二号');
  });
});

describe('stop 59, blind: a layout table\'s label cell, a Q&A site\'s answer labels, a document library\'s bar', () => {
  // https://www.tjnj.net/navibooklist-n3025050638-1.html
  test('"| 年鉴简介: |" over the yearbook\'s notes: a label cell, no title (was: the title)', () => {
    const text = ['| 年鉴简介: |', '一、《蓟州统计年鉴2022》是一部反映蓟州区国民经济和社会发展情况的资料性年刊,收录了蓟州区经济、社会各方面的统计数据。'].join('\n');
    expect(read(text).front.title ?? '').toBe('');
    expect(removed(text, 'page-info').some((r) => r.includes('年鉴简介'))).toBe(true);
  });
  test('guard: a table row of cells between bars stays a table', () => {
    const text = ['政府工作报告', '各位代表:', '现在,我代表市人民政府作工作报告。', '', '| 指标 | 数值 |', '|---|---|', '| 地区生产总值 | 100 |'].join('\n');
    expect(read(text).result.markdown).toContain('地区生产总值');
  });
  // http://m.postafreead.net/ask-10-2318615-0.html
  test('"熱心網友" over each answer: the site\'s label (was: three paragraphs)', () => {
    const text = ['看到很多國家都在發表白皮書,不知道“白皮書”代表什么意思?謝謝!', '', '熱心網友', '', '一國政府或議會正式發表的重要文件或報告。', '', '熱心網友', '', '正式官方文書。'].join('\n');
    const { blocks } = read(text);
    expect(blocks.some((b) => b.includes('網友'))).toBe(false);
    expect(blocks).toHaveLength(2);
  });
  // https://vdocuments.pub/official-record-of-proceedings-ee-web-view-cffeeoeefic37ioeeioeci628eoeeoeoeefc1996e97eioeoeecioe20eccoeoee.html
  test('"Click here to load reader", "Upload: others", "Post on 10-Jan-2020", "0 views", "Category:", "Documents": the library\'s (was: paragraphs)', () => {
    const text = ['會議過程正式紀錄', '', 'Click here to load reader', '', 'Upload: others', '', 'Post on 10-Jan-2020', '', '0 views', '', 'Category:', '', 'Documents', '', '0 download', '', 'TRANSCRIPT', '', '1997年10月22日星期三,下午2時30分會議開始。出席議員名單如下。'].join('\n');
    expect(removed(text, 'document-site')).toHaveLength(8);
  });
});

describe('stop 59, blind: a political consultative conference\'s opening story', () => {
  // http://www.bdzx.gov.cn/show.php?cid=4&id=810
  const page = [
    '市政协十一届三次会议隆重开幕',
    '',
    '更新时间:2010-01-26 10:39:00点击次数:1714次',
    '',
    '献良策推动又好又快发展 聚合力促进社会和谐稳定',
    '崔启慧作工作报告 陈占国主持大会 刘建立作提案工作报告 宋太平李谦李光耀等到会祝贺',
    '',
    '走过了金融危机挑战的2009年,迎来了充满希望的2010年,1月25日上午,来自全市各条战线的政协委员阔步走进会展中心,参加市政协十一届三次会议。',
    '',
    '会议应到委员719人,实到687人,符合政协章程规定。',
  ].join('\n');
  test('the deck "崔启慧作工作报告 陈占国主持大会 … 等到会祝贺" keeps its clauses apart, and the line over it is no heading (was: run together)', () => {
    const { blocks } = read(page);
    expect(blocks.some((b) => b.includes('崔启慧作工作报告　陈占国主持大会　刘建立作提案工作报告　宋太平李谦李光耀等到会祝贺'))).toBe(true);
    expect(blocks.some((b) => b.startsWith('#'))).toBe(false);
  });
  test('guard: a sentence with 到会祝贺 and a stray space keeps no space', () => {
    const { blocks } = read(['政府工作报告', '各位代表:', '省领导到会祝贺 并讲话,全体代表深受鼓舞。'].join('\n'));
    expect(blocks.some((b) => b.includes('到会祝贺并讲话'))).toBe(true);
  });
});

describe('stop 59, blind: a normative document\'s purpose clause', () => {
  // http://zgtc.gov.cn/xxgk/dfbmptlj/bmxxgkpt/xslj/zfxxgkzd_22275/202309/t20230914_3274212.shtml
  const page = [
    '为深入学习贯彻党的二十大精神,扎实推进依法行政,全面规范法治政府建设年度报告工作,根据《法治政府建设与责任落实督察工作规定》和其他有关规定,制定本工作指引。',
    '一、指导思想。坚持以习近平新时代中国特色社会主义思想为指导,积极推进法治政府建设年度报告制定和公开工作标准化规范化。',
    '二、报告名称。法治政府建设年度报告',
  ].join('\n');
  test('"…制定本工作指引。": made and issued, no occasion or speaker asked (was: both asked)', () => {
    expect(said(page, 'missing-occasion')).toEqual([]);
    expect(said(page, 'missing-speaker')).toEqual([]);
  });
  test('guard: a delivered report that says "制定了…方案" still asks them', () => {
    const text = ['各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。', '一年来,我们制定了乡村振兴实施方案,各项工作扎实推进。'].join('\n');
    expect(said(text, 'missing-occasion')).toHaveLength(1);
  });
});

describe('stop 59, blind: a procuratorate asking deputies about its report', () => {
  // http://ssyule.net/xwdt/jcdt/27530.jhtml
  const page = [
    '日前,静安区检察院召开部分区人大代表、政协委员座谈会,静安区检察院检察长杨恒进在座谈会上向人大代表、政协委员及街道代表介绍了该院今年工作情况及明年工作打算,并征求了代表、委员们对人代会工作报告及检察工作的意见建议。',
    '与会代表、委员们对该院积极稳妥推进司法体制改革、提升队伍能力素质等工作给予充分肯定。同时,对加强和改进检察工作提出意见和建议。',
  ].join('\n');
  test('"征求了代表、委员们对人代会工作报告…的意见建议": a story of the consultation, said (was: all five fields asked, nothing said)', () => {
    expect(said(page, 'news-story')).toHaveLength(1);
  });
  test('guard: a report\'s own "广泛征求各方面意见" says nothing of a story', () => {
    const text = ['各位代表:', '现在,我代表县人民检察院向大会报告工作,请予审议。', '报告起草过程中,我们广泛征求了各方面意见,力求全面客观。'].join('\n');
    expect(said(text, 'news-story')).toEqual([]);
  });
});

describe('stop 59, blind: a press release\'s day under its end mark; a court\'s consultation of deputies', () => {
  // http://hanweb.kanhan.com/TuniS/www.info.gov.hk/gia/general/201411/20/P201411200287.htm
  const release = [
    '审计署署长报告书',
    '《审计署署长报告书──二零一三至一四年度香港特别行政区政府帐目审计结果》及《审计署署长第六十三号报告书》衡工量值式审计结果,已于今日(十一月二十日)上午提交立法会省览。',
    '政府帐目审计报告书就有关财务报表适当显示政府在二零一四年三月三十一日的资产负债情况,提供总体保证。',
    '完',
    '2014年11月20日(星期四)',
    '香港时间9时40分',
  ].join('\n');
  test('"完" then "2014年11月20日(星期四)": the release\'s posting day dates the page (was: the last paragraph, no date)', () => {
    const { front, blocks } = read(release);
    expect(front.date).toBe('2014-11-20');
    expect(front.date_source).toBe('published');
    expect(blocks.some((b) => b.startsWith('2014年11月20日'))).toBe(false);
  });
  test('guard: a 落款 day with its weekday and no end mark over it stays the text', () => {
    const text = ['关于某事项的通报', '各单位:', '现将有关情况通报如下,请认真落实。', '某某市人民政府办公室', '2014年11月20日(星期四)'].join('\n');
    expect(read(text).blocks.some((b) => b.startsWith('2014年11月20日'))).toBe(true);
  });
  // http://hnyyzy.hunancourt.gov.cn/article/detail/2016/12/id/2486130.shtml
  test('"…就市中院2016年度工作报告征求部分市人大代表意见，汨罗市人大常委会副主任何中良参加座谈。": a story, said (was: nothing said)', () => {
    const text = [
      '12月21日下午,岳阳市中级人民法院副院长袁小文一行来到汨罗,就市中院2016年度工作报告征求部分市人大代表意见,汨罗市人大常委会副主任何中良参加座谈。',
      '座谈会上,袁小文首先代表市中院向支持岳阳两级法院工作的人大代表表示感谢。随后向人大代表汇报了市中院2013年以来的主要工作。',
    ].join('\n');
    expect(said(text, 'news-story')).toHaveLength(1);
  });
});
