/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 54 (2026-12-05, helper blind54b): reports
 * other than the government work report and the pages around them — disclosure annual reports of districts and subdistricts, a
 * town's work plan on a county's disclosure portal, stories on the state-assets report and on the environment bulletins on news
 * sites and mirrors, a forum's copy of a PDF. Each test is the page's shape reduced to a few lines, with its URL; its name says
 * what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, refused, said } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const paragraphs = (text: string) => read(text).blocks;
const asked = (text: string) => read(text).rules.filter((r) => r === 'missing-occasion' || r === 'missing-speaker');
const disclosure = (text: string) => (read(text).front.disclosure ?? {}) as Record<string, string>;

/** A town's plan under its portal's disclosure table (www.zhangzi.gov.cn), the table's rows as the page gives them. */
const table = ['| 索引号:000014349/2022-83299 | |', '| 发文字号: | 发文时间:2023-01-05 |', '| 发文机关:南漳镇人民政府 | 主题词:工作计划 |', '| 标题:南漳镇人民政府2023年工作计划 | |', '| 主题分类:综合政务 | 发布日期:2023-01-05 |'];
const plan = ['一是扎实推进产业强镇。乡村振兴，产业先行。2023年，我镇将坚持把产业振兴作为乡村振兴的重中之重，推动农业产业实现高质量发展。', '（一）中药材种植产业园项目：该项目位于我镇东王内村，总投资120万元，占地500余亩。'];

describe('stop 54, blind: a portal\'s font buttons under their long label, and its disclosure table', () => {
  test('"字体大小:【大】 【中】 【小】" over the table: removed, the table\'s 标题 the title, a plan asked no occasion or speaker (was: the buttons the title, both asked; www.zhangzi.gov.cn)', () => {
    // http://www.zhangzi.gov.cn/zzxxgk/zfxxgk/bmxxgk/xzxx/nzzrmzf/nzgknr/GH/202212/t20221229_2689474.html
    const page = ['字体大小:【大】 【中】 【小】', ...table, ...plan].join('\n');
    const { front } = read(page);
    expect(front.title).toBe('南漳镇人民政府2023年工作计划');
    expect(asked(page)).toEqual([]);
  });
  test('"字號:【大】【中】【小】" and "字体：大 中 小" alone: removed as before (guard)', () => {
    for (const buttons of ['字號:【大】【中】【小】', '字体：大 中 小']) expect(read([buttons, '南漳镇人民政府2023年工作计划', ...plan].join('\n')).front.title).toBe('南漳镇人民政府2023年工作计划');
  });
  test('guard: a sentence on the font size stays text', () => {
    const page = ['南漳镇人民政府2023年工作计划', ...plan, '字体大小：统一为三号仿宋，便于群众阅读。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('三号仿宋'))).toBe(true);
  });
  test('"| 发文字号: | 发文时间:2023-01-05 |": 发文字号 empty, 发文时间 the day (was: 发文字号 "发文"; www.zhangzi.gov.cn)', () => {
    const found = disclosure(['南漳镇人民政府2023年工作计划', ...table, ...plan].join('\n'));
    expect(found['发文字号']).toBeUndefined();
    expect(found['发文时间']).toBe('2023-01-05');
  });
  test('guard: an empty label with its colon before a cell with a label of its own, not a field\'s, "| 发文字号: | 信息来源:县政府办 |": 发文字号 still empty', () => {
    const found = disclosure(['南漳镇人民政府2023年工作计划', '| 索引号:000014349/2022-83299 | |', '| 发文字号: | 信息来源:县政府办 |', '| 发文机关:南漳镇人民政府 | 主题词:工作计划 |', ...plan].join('\n'));
    expect(found['发文字号']).toBeUndefined();
    expect(found['发文机关']).toBe('南漳镇人民政府');
  });
  test('guard: an empty label\'s value in the next cell, "| 发文字号: | 南府发〔2023〕1号 |", is still its value', () => {
    const found = disclosure(['南漳镇人民政府2023年工作计划', '| 索引号:000014349/2022-83299 | |', '| 发文字号: | 南府发〔2023〕1号 |', '| 发文机关:南漳镇人民政府 | 主题词:工作计划 |', ...plan].join('\n'));
    expect(found['发文字号']).toBe('南府发〔2023〕1号');
  });
});

describe('stop 54, blind: a disclosure office\'s mailbox is no mask', () => {
  const opening = '本报告由南平市人民政府信息公开工作领导小组办公室根据《中华人民共和国政府信息公开条例》编制而成。本报告中所列数据的统计时限自2012年1月1日至2012年12月31日。';
  test('"电子邮箱：xxgk@np.gov.cn" (xxgk, 信息公开\'s initials): no masked text said (was: "子邮箱：xxgk@n" said masked; www.np.gov.cn)', () => {
    // https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html
    const page = [opening, '若对本报告有疑问，可直接与南平市政府信息公开工作领导小组办公室联系。（办公地址：福建省南平市八一路439号，电话：0599-8830330，电子邮箱：xxgk@np.gov.cn ）。', '一、概述', '2012年的南平市政府信息公开工作有序稳步推进。'].join('\n');
    expect(said(page, 'masked-text')).toEqual([]);
  });
  test('guard: a writing site\'s "中共xx区委" and "XX镇" are still said masked', () => {
    const page = [opening, '在中共xx区委的领导下，XX镇政府信息公开工作有序推进。', '一、概述', '2012年的政府信息公开工作有序稳步推进。'].join('\n');
    expect(said(page, 'masked-text')).toHaveLength(1);
  });
});

describe('stop 54, blind: the WeChat share box as a page splits it', () => {
  const story = '香港新闻网10月24日电 据中新社报道，《2017年度国有资產管理情况的综合报告》24日提请十三届全国人大常委会第六次会议审议。（完）';
  test('"x" and "打开微信,点击底部的“发现”," between the box\'s first and last lines: removed, said (was: two paragraphs, the page said cut off; www.cnss.com.cn)', () => {
    // https://www.cnss.com.cn/html/currentevents/20181024/318699.html
    const page = [story, '', '参与评论', '', '分享到微信朋友圈', '', 'x', '', '打开微信,点击底部的“发现”,', '', '使用“扫一扫”即可将网页分享至朋友圈。'].join('\n');
    expect(paragraphs(page)).toHaveLength(1);
    expect(said(page, 'social')).toHaveLength(5);
    expect(said(page, 'cut-off')).toEqual([]);
  });
  test('guard: a sentence telling readers to open WeChat stays text', () => {
    const page = [story, '打开微信，点击底部的“发现”，进入“政务服务”栏目，即可参加本次网上评议。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('网上评议'))).toBe(true);
  });
});

describe('stop 54, blind: a breadcrumb behind the site\'s logo', () => {
  const story = ['國務院首亮「家底」:國企資產總額逾183萬億', '2018-10-25', '香港文匯報訊(記者 劉凝哲 北京報道)十三屆全國人大常委會第六次會議昨日審議《2017年度國有資產管理情況的綜合報告》。'];
  test('"logo 首頁 > 文匯報 > 內地 > 正文": removed as the breadcrumb, the headline the title, its day the date (was: the trail the title; paper.wenweipo.com)', () => {
    // http://paper.wenweipo.com/2018/10/25/CH1810250020.htm
    const page = ['logo 首頁 > 文匯報 > 內地 > 正文', ...story].join('\n');
    const { front } = read(page);
    expect(front.title).toBe('國務院首亮「家底」：國企資產總額逾183萬億');
    expect(front.date).toBe('2018-10-25');
    expect(said(page, 'breadcrumb')).toHaveLength(1);
  });
  test('guard: a headline opening with the word logo is no breadcrumb', () => {
    const page = ['logo 征集活动结果公示', '2018-10-25', '经评审，市政府门户网站新版标识已确定，现予公示。'].join('\n');
    expect(said(page, 'breadcrumb')).toEqual([]);
  });
});

describe('stop 54, blind: an outlet, its posting time and the story\'s category on one line', () => {
  const story = ['国资亮出最新“家底” 行政事业性国资首“报账”', '', '经济参考报2019年10月25日09:04分类:宏观经济', '', '10月23日，十三届全国人大常委会第十四次会议审议了《国务院关于2018年度国有资产管理情况的综合报告》。', '', '综合报告显示，2018年，全国国有企业资产总额210.4万亿元。'];
  test('"经济参考报2019年10月25日09:04分类:宏观经济" under the headline: removed, its day the date (was: a paragraph, no date; news.xinhua08.com)', () => {
    // http://news.xinhua08.com/a/20191025/1894676.shtml
    const page = story.join('\n');
    expect(paragraphs(page).some((b) => b.includes('分类'))).toBe(false);
    expect(read(page).front.date).toBe('2019-10-25');
  });
  test('guard: a sentence naming a paper and a day stays text', () => {
    const page = [story[0], '', '经济参考报2019年10月25日刊发评论员文章，分析国有资产家底。', '', story[4]].join('\n');
    expect(paragraphs(page).some((b) => b.includes('评论员文章'))).toBe(true);
  });
});

describe('stop 54, blind: the portal\'s column over a title that holds its words', () => {
  const body = ['来源:区人民政府办公室 时间:2017-01-12 10:01', '本报告根据《中华人民共和国政府信息公开条例》要求，由福州市晋安区人民政府信息公开办编制。', '一、概述', '2016年，我区政府认真贯彻落实《条例》，全面做好政府信息公开工作。'];
  test('"政府信息公开" over "福州市晋安区2016年政府信息公开工作年度报告": the lower line the title, the column removed (was: the two glued; www.fzja.gov.cn)', () => {
    // http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201707/t20170721_1341809.htm
    const page = ['政府信息公开', '福州市晋安区2016年政府信息公开工作年度报告', ...body].join('\n');
    const { front, blocks } = read(page);
    expect(front.title).toBe('福州市晋安区2016年政府信息公开工作年度报告');
    expect(blocks.some((b) => b.includes('政府信息公开福州'))).toBe(false);
  });
  test('guard: a title broken over two lines is still one title', () => {
    const page = ['福州市晋安区2016年', '政府信息公开工作年度报告', ...body].join('\n');
    expect(read(page).front.title).toBe('福州市晋安区2016年政府信息公开工作年度报告');
  });
});

describe('stop 54, blind: a PDF copy\'s lines opening on a closing bracket or a semicolon', () => {
  test('"(以下简称《条例》" / ")和《市政府信息公开规定》", "(以下简称《规定》" / ")要求，…": each closing bracket\'s line goes on the line before it (was: a paragraph each; m.pinggu.org)', () => {
    // https://m.pinggu.org/bbs/thread-15273420-1-1.html
    const page = ['某区2008年政府信息公开年度工作报告', '一、概述', '本年度报告是根据《中华人民共和国政府信息公开条例》', '(以下简称《条例》', ')和《市政府信息公开规定》', '(以下简称《规定》', ')要求，由市区编制。全文包括概述，主动公开政府信息情况，依申请公开政府信息情况。'].join('\n');
    const texts = paragraphs(page);
    expect(texts.some((b) => b.endsWith('（以下简称《条例》）和《市政府信息公开规定》'))).toBe(true);
    expect(texts.some((b) => b.startsWith('（以下简称《规定》）要求，由市区编制。'))).toBe(true);
    expect(texts.some((b) => /^[）)]/u.test(b))).toBe(false);
  });
  test('"设立了" / "50个专门的信息申请受理点" / "；开辟了区档案馆…": the semicolon\'s line goes on the short line before it (was: that line a heading, the semicolon opening a paragraph; m.pinggu.org)', () => {
    const page = ['某区2008年政府信息公开年度工作报告', '一、概述', '为此，专门配备了132名专、兼职工作人员，设立了', '50个专门的信息申请受理点', '；开辟了区档案馆作为区政府信息公开公共查阅中心。', '二、主动公开政府信息情况', '本区到年底累计主动公开政府信息5928条。'].join('\n');
    const texts = paragraphs(page);
    expect(texts.some((b) => /^[；;]/u.test(b))).toBe(false);
    expect(texts.some((b) => b.includes('受理点；开辟了'))).toBe(true);
  });
  test('guard: a line after a finished sentence is not joined, whatever it opens with', () => {
    const page = ['某区2008年政府信息公开年度工作报告', '一、概述', '本区开始开展政府信息公开工作。', '（一）主动公开政府信息情况', '本区到年底累计主动公开政府信息5928条。'].join('\n');
    expect(paragraphs(page).filter((b) => !b.startsWith('#'))).toHaveLength(2);
  });
});

describe('stop 54, blind: a mirror\'s row of login links', () => {
  test('"公務安全郵箱登錄 | 政務服務門戶登錄 |": removed, said (was: a paragraph; www.haose21.com)', () => {
    // http://www.haose21.com/zwgk/xxgkzd/202111/t20211118_1337823.html
    const page = ['公務安全郵箱登錄 | 政務服務門戶登錄 | ', '國務院辦公廳政府信息與政務公開辦公室關于印發《中華人民共和國政府信息公開工作年度報告格式》的通知', '各省、自治區、直轄市人民政府辦公廳:', '現將修訂后的《中華人民共和國政府信息公開工作年度報告格式》印發給你們，請認真貫徹執行。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('登錄'))).toBe(false);
    expect(said(page, 'home-link')).toHaveLength(1);
  });
  test('guard: a sentence on logging in stays text', () => {
    const page = ['2022年某区政府信息公开工作年度报告', '一、总体情况', '群众可通过政务服务门户登录 | 办理依申请公开事项，全年受理申请12件。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('全年受理申请'))).toBe(true);
  });
});

describe('stop 54, blind: an agency\'s dateline between a headline and its copy', () => {
  const resolution = ['第十三屆全國人民代表大會第五次會議關于最高人民檢察院工作報告的決議', '(2022年3月11日第十三屆全國人民代表大會第五次會議通過)', '第十三屆全國人民代表大會第五次會議聽取和審議了最高人民檢察院檢察長張軍所作的工作報告。會議充分肯定最高人民檢察院過去一年的工作，決定批準這個報告。'];
  test('"(兩會受權發布)…的決議" / "新華社北京3月11日電" / "…的決議" / "(2022年3月11日…通過)": the dateline removed, the adoption day the date (was: the dateline a paragraph, no date; enerteksolarenergy.com)', () => {
    // http://enerteksolarenergy.com/news/guonei/2022-03-12/1301870.html
    const page = ['(兩會受權發布)第十三屆全國人民代表大會第五次會議關于最高人民檢察院工作報告的決議', '新華社北京3月11日電', ...resolution].join('\n');
    const { front, blocks } = read(page);
    expect(front.date).toBe('2022-03-11');
    expect(blocks.some((b) => b.includes('日電'))).toBe(false);
  });
  test('guard: a dateline over a story (no copy of the headline under it) stays the story\'s first line', () => {
    const page = ['最高人民检察院工作报告获批准', '新华社北京3月11日电', '十三届全国人大五次会议11日下午闭幕，会议表决通过了关于最高人民检察院工作报告的决议。'].join('\n');
    expect(said(page, 'page-head').some((m) => String(m.reason).includes('日电'))).toBe(false);
  });
});

describe('stop 54, blind: a page decoded with the wrong byte order', () => {
  const garbled = ['ꎆҐ 舤䡙 ࡻ ﷿ﱶ', 'ﺶ푡灰푡㑦䍎꽰陋ﺶ푡灰푡㑦﷿㑦ږ㦑調쭙ၞ㔄ə陋調쭙㮕隙⁔඄', '﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿﷿', '00ﻕ﷿඄ꔃꁺ噧츁﷈ﺶ﷿ﺶ噧﷿踤빵궑늋ﲕ慲ﺶ푡灰푡㑦䍎꽰陋ﺶ푡灰푡㑦﷿㑦ږ㦑調쭙ၞ㔄ə肀﷿調쭙㮕隙⁔陋钙﷿캈඄﷊뾀ǿ', 'I. 調쭙ၞ㔄ə肀', '00調쭙ၞ㔄ə肀颗灰袟﷿ॷҐ힀ᝧͿ늗ၬ䲈钙⑕퍮慲灰颃⥗纆඄豿론ǿ袘䡙溜踤빵慲調쭙ၞ㔄ə肀ﲰ﷿﷿᏿㙥썹隙袘陋㺞ಌ㙥慲坦皍䁗閔﷊뾀ǿ'];
  test('Hangul syllables and Arabic presentation forms among rare Han characters: refused as undecodable (was: read as a report, said foreign script; sc.isd.gov.hk)', async () => {
    // http://sc.isd.gov.hk/TuniS/www.info.gov.hk/gia/general/201103/22/P201103220115.htm
    const error = await refused(Buffer.from(garbled.join('\n')), 'page.txt');
    expect(error.ruleId).toBe('undecodable');
    expect(error.reason).toMatch(/Hangul syllables and [0-9]+ Arabic presentation forms/u);
  });
  test('guard: a Chinese report with its Uyghur twin (Arabic letters) and a Korean line is read', () => {
    const page = ['某县2023年政府信息公开工作年度报告', 'ناھىيە 2023-يىلى ھۆكۈمەت ئۇچۇرلىرىنى ئاشكارىلاش خىزمىتى يىللىق دوكلاتى', '한국어 번역: 정부 정보 공개 연례 보고서', '一、总体情况', '2023年，全县主动公开政府信息1200条，依申请公开办理12件。'].join('\n');
    expect(read(page).front.title).toBe('某县2023年政府信息公开工作年度报告');
  });
});

describe('stop 54, blind: a 公文\'s number with its 号 lost', () => {
  const notice = ['各镇人民政府、街道办事处，县级各部门、直属机构：', '《洋县县级行政事业性国有资产管理暂行办法》已经县政府同意，现印发给你们，请认真贯彻执行。'];
  test('"洋政办发〔2025〕5" alone over the notice\'s name: the 文号, the name the title (was: the number glued to the title\'s start; yangxian.gov.cn)', () => {
    // http://yangxian.gov.cn/yxzf/yxzwgk/zfwj/zfbwj/202503/80c3070ff9374ae6865dede5ee681fa7.shtml
    const page = ['洋政办发〔2025〕5', '洋县人民政府办公室关于印发《县级行政事业性国有资产管理暂行办法》的通知', ...notice].join('\n');
    const { front } = read(page);
    expect(front.title).toBe('洋县人民政府办公室关于印发《县级行政事业性国有资产管理暂行办法》的通知');
    expect(disclosure(page)['文号']).toBe('洋政办发〔2025〕5');
  });
  test('guard: a figure\'s label in round brackets with no 号, "图（2023）1", is no number', () => {
    const page = ['图（2023）1', '洋县人民政府办公室关于印发《县级行政事业性国有资产管理暂行办法》的通知', ...notice].join('\n');
    expect(disclosure(page)['文号']).toBeUndefined();
  });
});

describe('stop 54, blind: a ministry under its bulletin\'s title', () => {
  const bulletin = ['2006年，全国各级水利部门按照新时期水利工作方针，贯彻落实科学发展观，水利事业呈现出良好态势。', '一、水资源量', '2006年全国平均降水量610.8mm，比常年值偏少4.9%。'];
  test('"中华人民共和国水利部" alone under "2006年中国水资源公报": the issuer (was: a heading; kpfans.com)', () => {
    // https://kpfans.com/article/4W1GkLkKvj.html
    const page = ['2006年中国水资源公报', '中华人民共和国水利部', ...bulletin].join('\n');
    const { front, blocks } = read(page);
    expect(front.issuer).toBe('中华人民共和国水利部');
    expect(blocks.some((b) => b.includes('水利部') && b.startsWith('#'))).toBe(false);
  });
  test('guard: a region\'s word ending in 部 under the title, "西部", is no issuer', () => {
    const page = ['2006年中国水资源公报', '西部', ...bulletin].join('\n');
    expect(read(page).front.issuer).toBeUndefined();
  });
});

describe('stop 54, blind: a gambling mirror\'s row of links', () => {
  const story = ['履职热情高涨 提案质量提升 区政协五届三次会议收到提案223件', '截至1月16日下午4时，区政协五届三次会议共收到提案223件，经审查立案205件，并案6件，不予立案12件。'];
  test('"leyu欧洲杯app 必威官方登录 华体会hth 米乐网址 365足球外围平台 …": removed, said (was: a paragraph; m.ttocc.com)', () => {
    // http://m.ttocc.com/ztzl/005010/005010005/20190117/6eb8fede-d475-410e-af8f-4d97ea2664e8.html
    const page = [...story, '附件:', '    leyu欧洲杯app 必威官方登录 华体会hth 米乐网址 365足球外围平台 万博全站app 华体会hth 米乐网站 乐动网站登录入口 酷游九州'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('欧洲杯'))).toBe(false);
    expect(said(page, 'keyword-chain')).toHaveLength(1);
  });
  test('guard: a report\'s row of its platforms\' names stays text', () => {
    const page = [...story, '政务服务平台 统一身份认证平台 电子证照平台 数据共享平台 12345热线平台 体育场馆预约平台'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('数据共享平台'))).toBe(true);
  });
});

describe('stop 54, blind: an aggregator\'s day-first stamp and its source label', () => {
  const story = ['巫山法院工作报告获人大全票通过', '22.02.2016 11:53', '本文来源: 法院', '成春院长在报告中指出，2015年，巫山县人民法院忠实履行审判职责，共受理各类案件5951件，审执结5424件，结案率为91.14%。', '在代表们的分组讨论中，该院的工作报告引来了热烈的评议。'];
  test('"22.02.2016 11:53" and "本文来源: 法院" under the headline, "22.02.2016 1" at the end: removed, said (was: three paragraphs; chongqing.baogaosu.com)', () => {
    // https://chongqing.baogaosu.com/xinwen/%E5%B7%AB%E5%B1%B1%E6%B3%95%E9%99%A2%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A%E8%8E%B7%E4%BA%BA%E5%A4%A7%E5%85%A8%E7%A5%A8%E9%80%9A%E8%BF%87/43908254
    const page = [...story, '22.02.2016 1'].join('\n');
    expect(paragraphs(page)).toHaveLength(2);
    expect(said(page, 'page-info')).toHaveLength(3);
  });
  test('guard: a version number or a decimal figure alone stays text', () => {
    const page = [...story.slice(0, 1), ...story.slice(3), '32.13.2016', '版本号 12.02.2016'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('32.13.2016'))).toBe(true);
    expect(paragraphs(page).some((b) => b.includes('版本号'))).toBe(true);
  });
});

describe('stop 54, blind: a department\'s account of its final accounts, and a stamp row behind the site\'s address', () => {
  test('"2018年度…电子政务办公室" / "部门决算公开说明": published, no occasion or speaker asked (was: both asked; www.xjboz.gov.cn)', () => {
    // https://www.xjboz.gov.cn/info/1135/61229.htm
    const page = ['2018年度博尔塔拉蒙古自治州电子政务办公室', '部门决算公开说明', '第一部分部门单位概况', '一、主要职能', '1.贯彻落实国家和自治区有关电子政务、政务公开工作的法规和标准。', '2.负责全州电子政务工作的规划、组织、协调、指导和监督。'].join('\n');
    expect(asked(page)).toEqual([]);
  });
  test('guard: a report on the final accounts delivered to the standing committee is still asked both', () => {
    const page = ['关于2018年市级决算情况的说明', '主任、各位副主任、秘书长、各位委员：', '受市人民政府委托，现将2018年市级决算情况报告如下，请予审议。', '一、一般公共预算收支决算情况', '全市一般公共预算收入120亿元。'].join('\n');
    expect(asked(page)).toEqual(['missing-occasion', 'missing-speaker']);
  });
  test('"http://www.hnrmzy.com  文章来源:中国人大网   作者:  时间: 2020-02-07   上传:redcloud": removed, its day the date (was: a paragraph, no date; www.hnrmzy.com)', () => {
    // http://www.hnrmzy.com/content/2020/02/07/10458591.html
    const page = ['中华人民共和国各级人民代表大会常务委员会监督法(第四章)', '', 'http://www.hnrmzy.com  文章来源:中国人大网   作者:  时间: 2020-02-07   上传:redcloud', '', '第四章 法律法规实施情况的检查', '法律、法规实施情况的检查，即通常所说的执法检查，是各级人大常委会的一种监督形式。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('redcloud'))).toBe(false);
    expect(read(page).front.date).toBe('2020-02-07');
  });
  test('guard: a sentence giving the site\'s address stays text', () => {
    const page = ['中华人民共和国各级人民代表大会常务委员会监督法(第四章)', '第四章 法律法规实施情况的检查', 'http://www.hnrmzy.com 网站全文刊登了本章释义，读者可登录查阅。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('全文刊登'))).toBe(true);
  });
});
