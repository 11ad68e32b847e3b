/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 50 (2026-12-05, helper blind50b): reports
 * other than the government work report and their copies — disclosure annual reports of 街道 offices, statistical communiqués,
 * law-based government reports, resolutions and notices, audit notes, court and CPPCC news, environment stories. Each test is the
 * page's shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …"). Guards (precision) are named
 * as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said, story } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const ruleAt = (text: string, line: number) => read(text).result.file.messages.filter((m) => m.line === line).map((m) => m.ruleId);
const paragraphs = (text: string) => read(text).blocks;
const asked = (text: string) => read(text).rules.filter((r) => r === 'missing-occasion' || r === 'missing-speaker');

/** A report's opening in its own voice, for the guards. */
const opening = ['县人民法院工作报告', '——2024年1月10日在某县第十八届人民代表大会第三次会议上', '县人民法院院长 王明', '各位代表:', '现在,我代表县人民法院向大会报告工作,请予审议。', '一、2023年主要工作', '过去一年,全院受理各类案件3553件。'];

describe('stop 50, blind: a 街道 office\'s disclosure annual report whose title the page lost, its own opening', () => {
  test('"…编制本报告。" opens a disclosure annual report: published, no occasion or speaker asked for (was: both; luchovivas.com)', () => {
    // https://luchovivas.com/art/2024/1/19/art_1229230631_4234065.html
    const page = [
      '根据《中华人民共和国政府信息公开条例》和国家、省、市、区的有关规定,结合2023年杭州市滨江区长河街道各科室的信息公开工作实际情况编制本报告。本报告中所列数据统计期限为2023年1月1日至12月31日。',
      '一、总体情况',
      '2023年,本街道认真贯彻落实《中华人民共和国政府信息公开条例》要求,不断加大政府信息公开力度。',
    ].join('\n');
    expect(asked(page)).toEqual([]);
  });
  test('"本年度报告是根据…编制" (jsxishan.gov.cn) and "现编制《…政府信息公开工作年度报告》" under its first heading (tpsnm.com): the same (was: both asked)', () => {
    // http://www.jsxishan.gov.cn/doc/2024/01/08/4153378.shtml
    const xishan = [
      '本年度报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的要求,由无锡市锡山区人民政府厚桥街道党政办公室综合科编制。',
      '一、总体情况',
      '(一)主动公开情况。2023年,厚桥街道全年主动公开信息42条。',
    ].join('\n');
    expect(asked(xishan)).toEqual([]);
    // http://tpsnm.com/xwzx/ztzl/zfxxgknb/2023/gzj/bdjd/1.html
    const beidu = [
      '一、总体情况',
      '根据《中华人民共和国政府信息公开条例》的要求,北杜街道依法依规开展2023年政府信息工作,现编制《北杜街道办事处2023年政府信息公开工作年度报告》。',
      '(一)主动公开',
      '2023年我办在西咸新区门户网站公开机构设置等信息。',
    ].join('\n');
    expect(asked(beidu)).toEqual([]);
  });
  test('guard: a delivered report with no title, its opening "现将…报告如下", is still asked its occasion and speaker', () => {
    const page = ['各位代表:', '受县人民政府委托,现将全县2023年预算执行情况和2024年预算草案报告如下,请予审议。', '一、2023年预算执行情况', '全县一般公共预算收入12.3亿元。'].join('\n');
    expect(asked(page)).toEqual(['missing-occasion', 'missing-speaker']);
  });
  test('guard: a report that mentions its disclosure report further down (line 30) is not taken for one', () => {
    const body = Array.from({ length: 28 }, (_, i) => `${i + 1}月份，全县财政收入保持平稳增长。`);
    const page = ['各位代表:', ...body, '年内编制本报告的附表。'].join('\n');
    expect(asked(page)).toEqual(['missing-occasion', 'missing-speaker']);
  });
});

describe('stop 50, blind: a resolution and a notice are adopted or issued, never delivered', () => {
  test('a congress session\'s resolution on a court\'s report (xnsrd.gov.cn) asks for no occasion or speaker (was: both)', () => {
    // http://www.xnsrd.gov.cn/jyjd/202402/t20240219_3477399.html
    const page = ['咸宁市第六届人民代表大会第三次会议关于', '咸宁市中级人民法院工作报告的决议', '(2024年1月11日咸宁市第六届人民代表大会第三次会议通过)', '咸宁市第六届人民代表大会第三次会议听取和审议了市中级人民法院院长李文锋所作的工作报告,决定批准这个报告。'].join('\n');
    expect(asked(page)).toEqual([]);
    expect(story(page)).toHaveLength(1);
  });
  test('a government\'s notice issuing a plan, its title in a disclosure table (yongchang.gov.cn), asks for no occasion or speaker (was: both)', () => {
    // https://yongchang.gov.cn/zfxxgk/zc/wj/agwzlfl/jzf/art/2025/art_4ac8ce0009be4a7a991a7121d36457ca.html
    const page = [
      '发文字号 | 金政发〔2025〕33号 | 制发机构 | |',
      '成文日期 | 2025-06-13 | 发布日期 | 2025-06-30 |',
      '标 题 | 金昌市人民政府关于印发《金昌市创建全国法治政府建设示范市实施方案》的通知 |',
      '永昌县、金川区人民政府,市政府各部门、单位:',
      '《金昌市创建全国法治政府建设示范市实施方案》已经市委、市政府同意,现印发给你们,请认真抓好贯彻落实。',
    ].join('\n');
    expect(read(page).front.title).toBe('金昌市人民政府关于印发《金昌市创建全国法治政府建设示范市实施方案》的通知');
    expect(asked(page)).toEqual([]);
  });
  test('guard: a report whose title only mentions a decision ("…落实…决定情况的报告") is still asked its occasion and speaker', () => {
    const page = ['关于贯彻落实县人大常委会关于加强生态环境保护的决定情况的报告', '主任、各位副主任、各位委员:', '现将有关情况报告如下。', '一、主要工作', '全县空气质量优良天数比例达到91%。'].join('\n');
    expect(asked(page)).toEqual(['missing-occasion', 'missing-speaker']);
  });
});

describe('stop 50, blind: a site\'s furniture under the text', () => {
  test('"官方公眾號", "官方視頻號", "官方百家號", "官方抖音號": a site\'s accounts one a line are removed (was: paragraphs; only 官方微博號 went; www.voujod.cn)', () => {
    // http://www.voujod.cn/html/2021/xczx_1027/2453188.html
    const page = [...opening, '全院审结各类案件3421件。', '官方公眾號', '官方視頻號', '官方微博號', '官方百家號', '官方抖音號'].join('\n');
    const blocks = paragraphs(page);
    expect(blocks.some((b) => b.startsWith('官方'))).toBe(false);
    expect(said(page, 'social')).toHaveLength(5);
  });
  test('guard: a sentence naming the court\'s official accounts stays text', () => {
    const page = [...opening, '开通官方公众号和官方抖音号,全年发布信息1200条。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('官方公众号'))).toBe(true);
  });
  test('"文件下载:" and "关联文件:" with nothing after them are a portal\'s attachment labels, removed (was: paragraphs; sjt.gxzf.gov.cn)', () => {
    // http://sjt.gxzf.gov.cn/zwgk/fdzdgknr/sjfb/qqsjjg/t18380467.shtml
    const page = [...opening, '全年完成审计项目1790个。', '文件下载:', '关联文件:'].join('\n');
    expect(ruleAt(page, 9)).toContain('page-info');
    expect(ruleAt(page, 10)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.startsWith('文件下载') || b.startsWith('关联文件'))).toBe(false);
  });
  test('guard: a list\'s lead "相关文件：" with the files after it on its line stays text', () => {
    const page = [...opening, '相关文件：《关于加强审判管理的意见》《案件质量评查办法》'].join('\n');
    expect(paragraphs(page).some((b) => b.startsWith('相关文件'))).toBe(true);
  });
});

describe('stop 50, blind: a disclosure report\'s last line, cut off by the page, naming the portal it works through', () => {
  // https://luchovivas.com/art/2024/1/19/art_1229230631_4234065.html
  const page = ['本报告根据《中华人民共和国政府信息公开条例》编制。', '一、总体情况', '(三)政府信息管理', '积极修订完善政府信息公开指南。', '(四)公开平台', '依托区门户网站'].join('\n');
  test('"依托区门户网站" is the text, kept and said cut off (was: removed as a site\'s tagline)', () => {
    expect(paragraphs(page)).toContain('依托区门户网站');
    expect(ruleAt(page, 6)).not.toContain('navigation');
  });
  test('guard: a portal\'s tagline alone on its line, "安徽省重点新闻门户网站", is still removed', () => {
    const tagline = ['安徽省重点新闻门户网站', ...opening].join('\n');
    expect(ruleAt(tagline, 1)).toContain('navigation');
  });
});

describe('stop 50, blind: a paper\'s own dateline with 电', () => {
  test('"本报北京12月4日电（记者潘俊强）…" opens a news story, said (was: read as the report; paper.people.com.cn)', () => {
    // http://paper.people.com.cn/rmrb/pc/content/202412/05/content_30032965.html
    const page = [
      '本报北京12月4日电 (记者潘俊强)北京市十六届人大常委会第十三次会议审议了北京市2023年度国有资产管理情况的综合报告。该报告显示,截至去年底,全市国有企业(不含金融企业)资产总额达9.31万亿元。',
      '据了解,报告全面反映了2023年北京国有企业、国有金融企业、行政事业单位和国有自然资源等各类国有资产管理的实际情况。',
    ].join('\n');
    expect(story(page)).toHaveLength(1);
  });
  test('guard: a report citing a paper\'s words ("本报…电" mid-sentence) is not a story', () => {
    const page = [...opening, '正如人民日报所载“本报北京3月1日电”一文所述,基层法院案件持续增长。'].join('\n');
    expect(story(page)).toEqual([]);
  });
});

describe('stop 50, blind: news sites\' source leads and a copy\'s damaged dateline', () => {
  test('"央视网消息：…" opens a story, said (was: read as the report; news.sd.cn)', () => {
    // http://news.sd.cn/shandong/2023/0118/6269.html
    const page = ['央视网消息:生态环境部1月17日举行例行发布会介绍,2022年,全国空气质量稳中向好。全国地级及以上城市优良天数比例为86.5%。', '此外,全国地表水质量持续向好。全国水质优良断面比例为87.9%,同比上升3个百分点。'].join('\n');
    expect(story(page)).toHaveLength(1);
  });
  test('"新华社北京324电…" (its 月 and 日 lost) opens a story, said with "他说，" (was: read as the report; hprc.cssn.cn)', () => {
    // http://hprc.cssn.cn/wxzl/wxysl/qgzx/diyijiequanguo_7_1_1_6/disancihui/200909/t20090905_3957643.html
    const page = [
      '提案工作报告',
      '新华社北京324电全国政协副主席、提案委员会主任程思远在今天举行的全国政协七届三次会议第二次大会上就政协七届二次会议以来的提案工作作了报告。',
      '程思远说,中国人民政治协商会议第七届全国委员会第二次会议以来,共收到委员提案2053件。',
      '他说,这些提案都已分别送交有关部门研究办理。',
    ].join('\n');
    expect(story(page)).toHaveLength(1);
  });
  test('guard: a report\'s sentence on a cooperative\'s power line ("合作社…电") is no dateline', () => {
    const page = [...opening, '合作社北京路段1200电力设施完成改造,惠及群众3万人。'].join('\n');
    expect(story(page)).toEqual([]);
  });
});

describe('stop 50, blind: a portal\'s menu printed as rows between bars over the title (hprc.cssn.cn)', () => {
  // http://hprc.cssn.cn/wxzl/wxysl/qgzx/diyijiequanguo_7_1_1_6/disancihui/200909/t20090905_3957643.html
  const page = [
    '重要新闻 | 影像记录 |  教育指南',
    '中国概况 | 人物长廊 | 大事年表',
    '国史珍闻 | 图说国史 | 60年图片',
    '特别推荐 | 文 献 | 统计资料',
    '口述史料 | 图 书 | 政府白皮书',
    '档案指南 | 期 刊 |  领导人著作',
    '提案工作报告',
    '在全国政协七届三次会议第二次大会上',
    '各位委员:',
    '现在,我代表提案委员会向大会报告工作。',
  ].join('\n');
  test('the rows are removed as the menu and the title is the report\'s alone (was: three rows joined into the title)', () => {
    expect(read(page).front.title).toBe('提案工作报告');
    for (const line of [1, 2, 3, 4, 5, 6]) expect(ruleAt(page, line)).toContain('navigation');
  });
  test('guard: a table\'s rows between bars, figures in their cells, stay (a header row over them)', () => {
    const table = [...opening, '指标 | 本年 | 上年 | 增减', '受理案件 | 3553 | 3201 | 352', '审结案件 | 3421 | 3100 | 321'].join('\n');
    expect(read(table).rules).not.toContain('navigation');
  });
  test('guard: a single row of names between bars (a table\'s header alone) stays', () => {
    const row = [...opening, '刑事审判 | 民事审判 | 行政审判', '全院审结各类案件3421件。'].join('\n');
    expect(ruleAt(row, 8)).not.toContain('navigation');
  });
});

describe('stop 50, blind: a news page\'s picture and video captions, tags and buttons', () => {
  test('"【资料图】" over the story is a picture\'s placeholder, removed as a caption (was: moved to the front matter as the title; news.sd.cn)', () => {
    // http://news.sd.cn/shandong/2023/0118/6269.html
    const page = ['【资料图】', ...opening].join('\n');
    expect(ruleAt(page, 1)).toContain('caption');
    expect(read(page).front.title).toBe('县人民法院工作报告');
  });
  test('"△央视财经《正点财经》栏目视频" is a video\'s caption, removed (was: a paragraph; www.cz44.com)', () => {
    // http://www.cz44.com/html/20220527/148358.html
    const page = [...opening, '△央视财经《正点财经》栏目视频', '全院审结各类案件3421件。'].join('\n');
    expect(ruleAt(page, 8)).toContain('caption');
  });
  test('"标签:" and its tags one a line to the page\'s end, then "参与评论", are removed (was: five paragraphs; news.sd.cn)', () => {
    const page = [...opening, '全院审结各类案件3421件。', '标签:', '个百分点', '同比下降', '环境质量', '参与评论'].join('\n');
    const blocks = paragraphs(page);
    expect(blocks.at(-1)).toBe('全院审结各类案件3421件。');
    expect(said(page, 'navigation')).toHaveLength(4);
  });
  test('guard: a report\'s "关键词：" list and a "标签：" line with a paragraph after it stay', () => {
    const page = [...opening, '标签:', '全院审结各类案件3421件，同比上升12%，结案率达到98.5%。'].join('\n');
    expect(paragraphs(page)).toContain('标签：');
  });
  test('"● 扫描二维码下载" / "● 随时随地收看更多新闻": a TV station\'s app box, removed (was: paragraphs; news.qtv.com.cn)', () => {
    // http://news.qtv.com.cn/system/2016/02/19/013187735.shtml
    const page = [...opening, '全院审结各类案件3421件。', '● 扫描二维码下载', '● 随时随地收看更多新闻'].join('\n');
    expect(paragraphs(page).at(-1)).toBe('全院审结各类案件3421件。');
  });
  test('guard: a sentence on scanning a code to file a case stays', () => {
    const page = [...opening, '群众扫描二维码即可下载诉讼服务指南，随时随地查询案件进度。'].join('\n');
    expect(paragraphs(page).some((b) => b.startsWith('群众扫描二维码'))).toBe(true);
  });
});

describe('stop 50, blind: spam and site marks glued into a copy', () => {
  test('a casino brand alone on the first line, "➒凯发k8国际首页➓", is removed, and inside a sentence warned of (was: the title; zzsj.com.cn)', () => {
    // https://zzsj.com.cn/mv/apto679115.html
    const page = ['➒凯发k8国际首页➓', '全国自然生态状况总体稳定。生态质量指数(EQI)值为59.6。', '凯发k8国际首页公报显示,2023年,生态环境部会同有关部门推进美丽中国建设。'].join('\n');
    expect(ruleAt(page, 1)).toContain('keyword-chain');
    expect(read(page).front.title ?? '').toBe('');
    expect(said(page, 'injected-spam').map((m) => m.line)).toEqual([3]);
  });
  test('guard: a report\'s park with a code in its name ("推进B2国际物流园建设": no 首页 or 官网 after 国际) stays unwarned', () => {
    const page = [...opening, '推进B2国际物流园建设,引进企业12家。'].join('\n');
    expect(said(page, 'injected-spam')).toEqual([]);
  });
  test('a document site\'s slogan and address glued into the text twice are taken out of both places (was: kept, the title glued to it; www.mishuzj.com)', () => {
    // https://www.mishuzj.com/doc/142395.html
    const page = '秘书之家—全网资源每日更新www.mishuzj.com湖北省人民政府关于2023年度法治政府建设情况的报告2023年,省政府坚持依法行政。二是扛牢法治建设第一秘书之家—全网资源每日更新www.mishuzj.com责任人职责。省委、省政府主要领导同志先后研究法治政府建设工作30余次。';
    const blocks = paragraphs(page).join('');
    expect(blocks).not.toContain('mishuzj');
    expect(blocks).toContain('第一责任人职责');
    expect(said(page, 'watermark')).toHaveLength(1);
  });
  test('guard: a report naming its portal\'s address once keeps it', () => {
    const page = [...opening, '全院在门户网站www.xxfy.gov.cn公开裁判文书1200份。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('www.xxfy.gov.cn'))).toBe(true);
  });
});

describe('stop 50, blind: a data digest\'s page — a dash over its title, its stamp row with the day first, its CMS\'s styles in the summary (chinaidr.com)', () => {
  // http://chinaidr.com/news/2023-08/229708.html
  const page = [
    '-',
    '数据概览:2023年上半年生态环境相关数据',
    '2023/8/27 10:05:33 来源:发改委政研室 【字体:大 中 小】【收藏本页】【打印】【关闭】',
    '核心提示:.TRS_Editor P{line-height:1;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{line-height2023年上半年,全国339个地级及以上城市空气质量平均优良天数比例为81.4%,同比下降3.2个百分点。',
    '2023年上半年,全国地表水水质优良(Ⅰ—Ⅲ类)断面比例为87.8%,同比上升2.1个百分点。',
  ].join('\n');
  test('the dash is furniture and the headline is the title (was: the dash a paragraph, no title)', () => {
    expect(ruleAt(page, 1)).toContain('separator');
    expect(read(page).front.title).toBe('数据概览：2023年上半年生态环境相关数据');
  });
  test('the stamp row opening with its day and time is removed (was: a paragraph)', () => {
    expect(ruleAt(page, 3)).toContain('page-info');
  });
  test('the style rules are taken out, the summary\'s words kept (was: ".TRS_Editor P{line-height:1;…" in the paragraph)', () => {
    const blocks = paragraphs(page);
    expect(blocks.some((b) => b.includes('TRS_Editor'))).toBe(false);
    expect(blocks.some((b) => b.startsWith('核心提示：2023年上半年'))).toBe(true);
    expect(said(page, 'printed-markup')).toHaveLength(1);
  });
  test('guard: a dash alone inside a table printed one cell a line stays (a cell\'s "none")', () => {
    const table = [...opening, '受理案件', '3553', '-', '审结案件'].join('\n');
    expect(read(table).rules).not.toContain('separator');
  });
  test('guard: braces in a report\'s sentence ("{1,2}") are no style rules', () => {
    const text = [...opening, '集合{a:1;b:2}的写法见附件,全院审结案件3421件。'].join('\n');
    expect(said(text, 'printed-markup')).toEqual([]);
  });
});

describe('stop 50, blind: a unit\'s final-accounts explanation, its charts left as bracketed captions (dyrmt.com)', () => {
  // https://dyrmt.com/article-133619-2.html
  const page = [
    '一、收入支出决算总体情况说明',
    '2022年度收、支总计各是4125.49,4143.91万元。主要变动原因是天府旅游名县创建工作完成,项目收入减少。',
    '(图1:收、支决算总计变动情况图)(柱状图)',
    '二、收入决算情况说明',
    '2022年本年收入合计4125.49万元。',
    '(图2:收入决算结构图)(饼状图)',
  ].join('\n');
  test('"(图1:…)(柱状图)" alone on its line is the missing chart\'s caption, removed and said (was: a paragraph)', () => {
    expect(ruleAt(page, 3)).toContain('caption');
    expect(ruleAt(page, 6)).toContain('caption');
    expect(paragraphs(page).some((b) => b.startsWith('（图'))).toBe(false);
  });
  test('guard: a bracketed reference to a chart inside a sentence stays', () => {
    const text = [...opening, '全院收案数连续三年下降(图1:收案变化情况),结案率保持在98%以上。'].join('\n');
    expect(paragraphs(text).some((b) => b.includes('图1'))).toBe(true);
  });
});
