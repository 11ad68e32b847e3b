/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 50 (2026-12-05, helper blind50a:
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

describe('stop 50, blind: an adult site\'s keywords a hyphen apart, and a news site\'s recommended tags, over a copied story', () => {
  // http://ischool.net.cn/xwzx/PoliticsNews/201303/t20130315_3907559.htm (a copy of 中國臺灣網's 《政府工作報告》起草記)
  const page = ['91亚洲国产成人久久精品网站-91亚洲国产-91性视频-91新网址-在线黄色网页-在线黄色网', '', '推薦標簽:兩會領導人商談 | 經貿文化論壇 | 直擊海峽論壇 | 建黨91周年', '您的位置:中國臺灣網  >   新聞中心  >   時政新聞  >   正文', '', '《政府工作報告》起草記', '', '2013年03月15日 10:50 來源:新華社 字號:       轉發 打印', '', '  溫家寶總理代表國務院在十二屆全國人大一次會議上作的《政府工作報告》,受到代表委員高度肯定。海外輿論也給予積極評價。'].join('\n');
  test('the keywords line and the tags row go, the story\'s headline is the title (was: title "91亚洲国产成人久久精品网站-…")', () => {
    expect(ruleAt(page, 1)).toContain('keyword-chain');
    expect(ruleAt(page, 3)).toContain('page-head');
    expect(read(page).front.title).toBe('《政府工作報告》起草記');
  });
  test('the stamp row with its forward and print buttons is the page\'s (was: a paragraph "2013年03月15日10:50來源：新華社字號：轉發打印")', () => {
    expect(ruleAt(page, 8)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.includes('來源'))).toBe(false);
  });
  test('guard: a sentence joining phrases by a hyphen, and a report\'s "标签" sentence, stay', () => {
    const report = [...opening, '推进国产精品牌建设-打造区域公共品牌-培育龙头企业。', '推荐标签:以上工作,列入年度考核。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('推进国产精品牌建设'))).toBe(true);
    expect(paragraphs(report).some((b) => b.startsWith('推荐标签'))).toBe(true);
  });
});

describe('stop 50, blind: a stamp row opening with the site\'s address and the day in 年月日', () => {
  // https://www.gxrd.gov.cn/html/art164381.html (广西人大, 2019)
  const page = ['您所在的位置>首页> 视频报道 >文章页', '', '【直通两会】广西代表团举行全体会议审议政府工作报告 李克强参加审议', '', 'http://www.gxrd.gov.cn    2019年03月07日 15:51      来源:广西广播电视台', '', '  今天(3月6日)上午,出席十三届全国人大二次会议的广西代表团在人民大会堂举行全体会议,审议政府工作报告。'].join('\n');
  test('the row is the page\'s stamp (was: a paragraph "http://www.gxrd.gov.cn 2019年03月07日15:51来源：广西广播电视台")', () => {
    expect(ruleAt(page, 5)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.startsWith('http'))).toBe(false);
  });
  test('the headline\'s deck, a leader joining the deliberation, is the subtitle (was: the title "…审议政府工作报告李克强参加审议")', () => {
    const { front } = read(page);
    expect(front.title).toBe('广西代表团举行全体会议审议政府工作报告');
    expect(front.subtitle).toBe('李克强参加审议');
  });
  test('guard: a sentence citing the site\'s address stays', () => {
    const report = [...opening, 'http://www.gxrd.gov.cn 2019年03月07日起开通代表履职平台,全年受理建议120件。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('http'))).toBe(true);
  });
});

describe('stop 50, blind: a delegation\'s deliberation headline with its deck on one line', () => {
  // http://snjxww.cn/posts/10/28965 (神农架林区融媒体中心, 2026)
  const page = ['直管市林区代表团举行全体会议审议省政府工作报告 郑利作审议发言 周军饶红梅参加审议', '发布日期:2026-01-27 21:30:38 来源:神农架林区融媒体中心 访问量:98', '', '神农架林区融媒体中心(记者肖庆兵)1月27日下午,省十四届人大四次会议直管市林区代表团举行全体会议,审议省政府工作报告。'].join('\n');
  test('the meeting is the title, the deputies\' acts the subtitle (was: the three clauses run together as the title)', () => {
    const { front } = read(page);
    expect(front.title).toBe('直管市林区代表团举行全体会议审议省政府工作报告');
    expect(front.subtitle).toBe('郑利作审议发言　周军饶红梅参加审议');
  });
  test('guard: a headline whose first clause is a person\'s act is not split', () => {
    const other = ['李强参加广西代表团审议 王明作审议发言', ...page.split('\n').slice(1)].join('\n');
    expect(read(other).front.subtitle).toBeUndefined();
  });
});

describe('stop 50, blind: a Hong Kong paper\'s picture caption behind its "图:" mark', () => {
  // http://news.takungpao.cn/mainland/focus/2018-03/3554574.html (大公报, 2018)
  const page = ['', '图:国务院总理李克强在十三届全国人大第一次会议作政府工作报告 资料图片', '大公报讯(记者 张宝峰)新华社受权于22日全文播发李克强总理代表国务院在十三届全国人大一次会议上所作的《政府工作报告》(下称《报告》)。'].join('\n');
  test('the caption goes, said (was: the title "图：国务院总理李克强在…作政府工作报告资料图片")', () => {
    expect(ruleAt(page, 2)).toContain('caption');
    expect(String(read(page).front.title ?? '')).not.toMatch(/^图/u);
  });
  test('guard: a chart\'s numbered label, and a paragraph of two sentences after "图:", stay', () => {
    const report = [...opening, '图1 2023年主要经济指标', '图:全市地区生产总值增长6%。其中第三产业增长8%,贡献率过半。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('图1'))).toBe(true);
    expect(paragraphs(report).some((b) => b.startsWith('图：全市地区生产总值'))).toBe(true);
  });
});

describe('stop 50, blind: a headline\'s words before a bare 政府 that name no government', () => {
  test('"聚焦政府工作报告" names no issuer (was: issuer "聚焦政府")', () => {
    // http://www.szfao.gov.cn/gzfw/szsmjwy/fyyd/201606/t20160617_3708988.htm (深圳市外事办's bilingual column)
    const page = ['【外语讲起来,鹏城更精彩】(九十二)', '', '聚焦政府工作报告', '', '  强化政府自身建设。严格践行“三严三实”,加快政府职能和作风“双转变”。'].join('\n');
    expect(read(page).front.issuer).toBeUndefined();
  });
  test('a forum post\'s "看了几个市的政府工作报告" names none (was: issuer "Smile笑容看了几个市的政府")', () => {
    // https://oo8h.com/news_1378.html
    const page = ['Smile 笑容', '', '看了几个市的政府工作报告', '', '1、总结的很好(好像数据是从统计局要来的)。', '', '思考吧,领导们。'].join('\n');
    expect(String(read(page).front.issuer ?? '')).not.toMatch(/政府$/u);
  });
  test('guard: "西宁市政府工作报告", "XX镇政府工作报告" and "香港特别行政区政府工作报告" still name theirs', () => {
    const body = opening.slice(3).join('\n');
    expect(read(['西宁市政府工作报告', body].join('\n')).front.issuer).toBe('西宁市人民政府');
    expect(read(['XX镇政府工作报告', body].join('\n')).front.issuer).toBe('XX镇人民政府');
    expect(read(['香港特别行政区政府工作报告', body].join('\n')).front.issuer).toMatch(/^香港特别行政区/u);
  });
});

describe('stop 50, blind: the Mark Six\'s words in a mirror\'s headline', () => {
  test('"新奥今晚开什么" is said (was: nothing said)', () => {
    // http://yp57.com/post/VkTZ_69318.html (a mirror of 中新网's 2025 新疆 story)
    const page = ['原创 新疆“两会”:政府工作2024新奥今晚开什么报告锚定新目标 民生改善成亮点', '中新网乌鲁木齐1月21日电 (记者 王小军)“总的来说,今年的报告全面安排了政府全年工作。”'].join('\n');
    expect(said(page, 'injected-spam')[0]?.reason).toMatch(/今晚开什么/u);
  });
  test('guard: a report naming 新奥集团 and tonight\'s lantern show says nothing', () => {
    expect(said([...opening, '新奥集团氢能项目建成投产,今晚开始的灯会吸引游客10万人次。'].join('\n'), 'injected-spam')).toHaveLength(0);
  });
});

describe('stop 50, blind: a reader\'s reflections titled with the writing site\'s word count', () => {
  // https://www.wypgzs.com/xindetihui/2391.html
  const page = ['政府工作报告心得体会1500字(完整)', '', '学习临夏州第十四届人代会《政府工作报告》心得体会', '', '临夏回族自治州第十四届人民代表大会胜利闭幕了。我认真学习了马青林州长所做的《政府工作报告》。'].join('\n');
  test('"…心得体会1500字(完整)" names a reader\'s reflections, said (was: nothing said)', () => {
    expect(said(page, 'other-document')).toHaveLength(1);
  });
  test('guard: a report titled with its year and edition says nothing of the kind', () => {
    expect(said(['2024年政府工作报告(2024版)', ...opening.slice(1)].join('\n'), 'other-document')).toHaveLength(0);
  });
});

describe('stop 50, blind: a writing site\'s stamp row with its month and day, no year', () => {
  // http://nx899.com/baogao/00541/5414144.html
  const page = ['乡镇政府工作报告1', '', '乡镇政府工作报告1', '', '01-16 15:29:25  浏览次数:419次  栏目:政府报告', '标签:政府工作报告,乡镇政府工作报告, 乡镇政府工作报告1,http://www.nx899.com', '  各位代表:', '  现在,我代表镇人民政府向大会作工作报告,请予审议。', '  200*年工作回顾', '  200*年是我镇大力实施城市化与产业化互动发展战略的一年。'].join('\n');
  test('the row is the page\'s stamp (was: run into the title "乡镇政府工作报告1乡镇政府工作报告101-16 15:29:25浏览次数：419次栏目：政府报告")', () => {
    expect(ruleAt(page, 5)).toContain('page-info');
    expect(String(read(page).front.title ?? '')).not.toMatch(/浏览次数/u);
  });
  test('guard: a report\'s line of a date range and a count stays', () => {
    expect(paragraphs([...opening, '01-16 15:29 全市共有浏览次数:419次的政务公开专栏。'].join('\n')).some((b) => b.startsWith('01-16'))).toBe(true);
  });
});

describe('stop 50, blind: a news site\'s furniture around its story', () => {
  // http://zguosxw.com/articleid/311173.html (中国商讯网)
  const page = ['代表委员审议:“完整版”政府工作报告', '', '2021-03-06 15:16   来源: 互联网    阅读次数:5506', '', '两次全国代表大会的议程将围绕几个关键词展开:第十四次五年计划、2035年长期目标纲要草案和政府工作报告。', '', '责任编辑:萤莹香草钟', '分享到:', '0', '【慎重声明】凡本站未注明来源为"中国商讯网"的所有作品,均转载、编译或摘编自其它媒体,转载的目的在于传递更多信息,并不代表本站赞同其观点和对其真实性负责。'].join('\n');
  test('the share count under "分享到:" and the 【慎重声明】 notice go, said (was: paragraphs "0" and "【慎重声明】凡本站…")', () => {
    expect(ruleAt(page, 9)).toContain('social');
    expect(ruleAt(page, 10)).toContain('disclaimer');
    expect(paragraphs(page)).not.toContain('0');
  });
  test('a portal\'s weather widget goes, said (was: a paragraph "天气预报：；多云，早晚有轻雾")', () => {
    // http://www.szfao.gov.cn/gzfw/szsmjwy/fyyd/201606/t20160617_3708988.htm
    const widget = ['天气预报: ; 多云,早晚有轻雾', '您现在的位置: 首页 > 公众服务 > 深圳市民讲外语 > 翻译园地', '', '聚焦政府工作报告', '', '  强化政府自身建设。严格践行“三严三实”。'].join('\n');
    expect(ruleAt(widget, 1)).toContain('page-info');
  });
  test('guard: a figure alone after the text, and a report\'s sentence on the weather, stay', () => {
    const report = [...opening, '分享经济规模扩大。', '0', '天气预报准确率达到92%,气象服务覆盖全市。'].join('\n');
    expect(paragraphs(report)).toContain('0');
    expect(paragraphs(report).some((b) => b.startsWith('天气预报准确率'))).toBe(true);
  });
});

describe('stop 50, blind: a translation printed beside the report in another script', () => {
  // http://zhgfanyi.com:80/dcdt?id=1490 (a translation site's 2021 report, Chinese then Arabic)
  const page = ['政府工作报告', '', 'تقرير أعمال الحكومة', '', '  各位代表:', '', '  现在,我代表国务院,向大会报告政府工作,请予审议,并请全国政协委员提出意见。', '', '  النواب الموقرون', '', '  أقدم الآن نيابة عن مجلس الدولة تقريرا عن أعمال الحكومة إلى الدورة الرابعة', '一、2020年工作回顾', 'أولا، استعراض الأعمال في عام 2020'].join('\n');
  test('the Arabic lines are said once, kept (was: nothing said)', () => {
    const found = said(page, 'foreign-script');
    expect(found).toHaveLength(1);
    expect(found[0].reason).toMatch(/Arabic script/u);
    expect(found[0].line).toBe(3);
  });
  test('guard: a name in Cyrillic quoted in a sentence says nothing', () => {
    expect(said([...opening, '与俄罗斯“Газпром”公司签署合作协议。'].join('\n'), 'foreign-script')).toHaveLength(0);
  });
});

describe('stop 50, blind: a paragraph\'s indent lost as question marks with spaces between them', () => {
  // https://www.haowenren.com/59620.html (a writing site's 某市政府工作报告)
  const page = ['某市政府工作报告', '', '各位代表:', '   现在,我代表市人民政府,向大会报告工作,请予审议。', '   一、2021年工作回顾', '   2021年是中国共产党成立100周年。过去一年,也是某市发展史上具有重要意义的一年。', '? ? ——坚决打赢疫情防控遭遇战阻击战,全力守护人民群众生命安全和身体健康。疫情发生后,第一时间启动应急响应机制。', '? ? ——经济总量持续攀升,城市综合竞争力显著增强。地区生产总值增长8.6%。'].join('\n');
  test('each "? ? ——…" line is its own paragraph, the marks out and said (was: joined to the paragraph before, "？?" kept in it)', () => {
    const blocks = paragraphs(page);
    expect(blocks.some((b) => b.startsWith('——坚决打赢疫情防控遭遇战'))).toBe(true);
    expect(blocks.some((b) => b.includes('?') || b.includes('？'))).toBe(false);
    expect(ruleAt(page, 7)).toContain('lost-indent');
  });
  test('guard: a question at a line\'s start stays', () => {
    expect(paragraphs([...opening, '?2017年的目标是什么,我们心中有数。'].join('\n')).some((b) => /^[?？]2017年/u.test(b))).toBe(true);
  });
});

describe('stop 50, blind: a copied WeChat article\'s "原创" label before its headline', () => {
  // http://yp57.com/post/VkTZ_69318.html, http://075f.com/list/glCt_10846.html (mirrors of 中新网's 2025 新疆 story)
  test('"原创 新疆“两会”:…" is titled without the label (was: title "原创新疆“两会”：…")', () => {
    const page = ['原创 新疆“两会”:政府工作报告锚定新目标 民生改善成亮点', '中新网乌鲁木齐1月21日电 (记者 王小军)“总的来说,今年的报告全面安排了政府全年工作。”'].join('\n');
    expect(String(read(page).front.title)).toMatch(/^新疆“两会”/u);
  });
  test('guard: a headline opening with the word 原创 in it keeps it', () => {
    const page = ['原创音乐剧献礼两会', '本报讯 3月4日,原创音乐剧在市文化中心上演。'].join('\n');
    expect(String(read(page).front.title)).toBe('原创音乐剧献礼两会');
  });
});

describe('stop 50, blind: a caption closed by the pictures\' source in words', () => {
  // https://www.yyh998.com/zwgk/ztzl/rdzt/2023nmzlh/xwbd/content/post_2446335.html (梅州, 2023)
  const page = ['人大代表分組審議《政府工作報告》', '來源:梅州日報  時間:2023-02-09 09:41:01  瀏覽:-', '', '  8日,出席市八屆人大三次會議的人大代表肩負全市人民殷殷重托,分組審議《政府工作報告》。', '', '梅縣區代表團分組討論現場,與會代表積極發言。(以上圖片均來源:掌上梅州  吳騰江 攝)', '', '  代表們還審查了梅州市2022年國民經濟和社會發展計劃執行情況與2023年計劃草案的報告。(記者鄭煒梅)'].join('\n');
  test('the caption goes, said (was: a paragraph "梅縣區代表團…（以上圖片均來源：掌上梅州吳騰江攝）")', () => {
    expect(ruleAt(page, 6)).toContain('caption');
    expect(paragraphs(page).some((b) => b.includes('以上圖片'))).toBe(false);
  });
  test('guard: a report\'s sentence citing a source in brackets stays', () => {
    const report = [...opening, '全市森林覆盖率达到45%。(数据来源:市统计局)'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('数据来源'))).toBe(true);
  });
});

describe('stop 50, blind: a site\'s menu at the top of the page, one word a line, unbulleted', () => {
  // http://ccass.org.cn/show-13-21243-1.html (a copy of a 2009 四川 session story)
  const page = ['重要公告', '特别关注', '媒体关注', '售后服务', '本报讯(记者 周俊 张建忠) 1月15日,在四川省第十一届人民代表大会第二次会议开幕会上,四川省省长蒋巨峰作了政府工作报告。', '攻坚克难', '四川经济止滑回升', '受地震影响,四川省生产总值增长从一季度的14.5%下降为二季度的4.6%。'].join('\n');
  test('the four words go as the menu (was: title "特别关注", "媒体关注" and "售后服务" headings)', () => {
    for (const line of [1, 2, 3, 4]) expect(ruleAt(page, line)).toContain('navigation');
    expect(String(read(page).front.title ?? '')).toBe('');
  });
  test('guard: a cover of three short lines over the title stays', () => {
    const cover = ['某某县', '人民政府', '二〇二四年', '政府工作报告', ...opening.slice(1)].join('\n');
    expect(ruleAt(cover, 1)).not.toContain('navigation');
  });
});
