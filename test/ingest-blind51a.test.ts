/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 51 (2026-12-05, helper blind51a:
 * government work reports and pages about them). Each test is the page's shape reduced to a few lines, with its URL; its name
 * says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const ruleAt = (text: string, line: number) => read(text).result.file.messages.filter((m) => m.line === line).map((m) => m.ruleId);
const paragraphs = (text: string) => read(text).blocks;

/** A report's opening in its own voice, for the guards. */
const opening = ['政府工作报告', '——2024年1月10日在某市第十七届人民代表大会第三次会议上', '市长 王明', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员提出意见。', '一、2023年工作回顾', '过去一年,全市经济平稳增长。'];

describe('stop 51, blind: an e-paper\'s page label with a year in its column\'s name, and the page\'s credits', () => {
  // http://szb.21xc.com/xcrb/PC/con/201903/26/c9486.html (许昌日报, 2019)
  const page = ['第05版:2019两会专页', '', '《政府工作报告》图解', '', '目标篇', '', '2019年是新中国成立70周年,是全面建成小康社会、实现第一个百年奋斗目标的关键之年。', '', '本版制图 李梦源'].join('\n');
  test('the page label goes and the graphic\'s headline is the title (was: title "第05版：2019两会专页")', () => {
    expect(ruleAt(page, 1)).toContain('page-info');
    expect(read(page).front.title).toBe('《政府工作报告》图解');
  });
  test('"本版制图 李梦源" is the page\'s credit, said (was: a paragraph "本版制图李梦源")', () => {
    expect(ruleAt(page, 9)).toContain('byline');
    expect(paragraphs(page).some((b) => b.startsWith('本版'))).toBe(false);
  });
  test('guard: a report\'s sentence opening with 本版, and a line naming a page and a year in a sentence, stay', () => {
    const report = [...opening, '本版编辑部门要认真核对数据。', '第2版:2019年修订的条例已全面实施,全市执法规范化水平提升。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('本版编辑部门'))).toBe(true);
    expect(paragraphs(report).some((b) => b.startsWith('第2版'))).toBe(true);
  });
});

describe('stop 51, blind: a news page\'s posting day and time in 年月日 with a layout cell\'s bar', () => {
  // http://hi.people.com.cn/n2/2022/0111/c231190-35090357.html (人民网海南频道, 文昌 2022)
  const page = ['人民网', '人民网>>人民网海南频道>>海南新闻', '', '侧记:扬帆破浪正当时 务实创新谱新篇', '', '2022年01月11日10:07 |', '小字号', '', '2022年1月10日上午,文昌市第十六届人民代表大会第一次会议在市委党校大礼堂隆重开幕。'].join('\n');
  test('the stamp goes, said (was: a paragraph "2022年01月11日10:07 |")', () => {
    expect(ruleAt(page, 6)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.startsWith('2022年01月11日'))).toBe(false);
  });
  test('guard: a sentence opening with a day and a time stays', () => {
    const report = [...opening, '2022年1月11日10:07,全市启动应急响应,各级各部门迅速到位。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('2022年1月11日'))).toBe(true);
  });
});

describe('stop 51, blind: a breadcrumb with a letter-spaced step, its column\'s name over it, and the share label', () => {
  // http://art.ccnu.edu.cn/info/1082/2446.htm (华中师范大学美术学院, 2019)
  const page = ['新闻资讯', '主页 > 新闻资讯 > 新 闻 > 正文', '', '2019-03-06 点击:[]', '', '', '35日上午9时,第十三届全国人民代表大会第二次会议在北京开幕。行政党支部组织全体党员集中收看开幕式实况直播。', '', '大家纷纷表示,将认真学习政府工作报告内容。', '', '    分享至', '', '    (责任编辑:美术学院)'].join('\n');
  test('the trail and the column\'s name over it go, no title left (was: title "主页 > 新闻资讯 > 新闻 > 正文")', () => {
    expect(ruleAt(page, 2)).toContain('breadcrumb');
    expect(ruleAt(page, 1)).toContain('page-head');
    expect(String(read(page).front.title ?? '')).toBe('');
  });
  test('"分享至" alone goes, said (was: a paragraph "分享至")', () => {
    expect(ruleAt(page, 11)).toContain('page-info');
    expect(paragraphs(page).includes('分享至')).toBe(false);
  });
  test('guard: a letter-spaced title stays the title; a sentence sharing something to the deputies stays', () => {
    expect(read(['政 府 工 作 报 告', ...opening.slice(1), '分享至全体代表的材料已印发。'].join('\n')).front.title).toMatch(/^政\s*府\s*工\s*作\s*报\s*告$/u);
    expect(paragraphs(['政 府 工 作 报 告', ...opening.slice(1), '分享至全体代表的材料已印发。'].join('\n')).some((b) => b.startsWith('分享至全体代表'))).toBe(true);
  });
});

describe('stop 51, blind: a county news site\'s header — its clock with 上午, its hotlines', () => {
  // http://www.66wc.com/system/2016/03/02/013159833.shtml (文成新闻网, 2016)
  const page = ['2018/12/28 上午9:27:28 星期五', '新闻热线:0577-67898890 广告热线:67810777 | 关于我们 | 旧版', '您当前的位置 : 文成新闻网  ->  生活  ->  记者体验  -> 正文', '', '站在新起点 瞄准新目标 踏上新征程', '', '发布时间:2016年03月02日 来源:文成新闻网', '', '    3月2日,县十五届人大五次会议在县文化中心大剧院开幕。'].join('\n');
  test('the clock and the hotlines go, the headline is the title (was: title "2018/12/28上午9:27:28星期五", the hotlines a paragraph)', () => {
    expect(ruleAt(page, 1)).toContain('page-info');
    expect(ruleAt(page, 2)).toContain('page-footer');
    expect(read(page).front.title).toBe('站在新起点瞄准新目标踏上新征程');
  });
  test('guard: a sentence of a day and its morning, and one naming a hotline\'s number, stay', () => {
    const report = [...opening, '2018/12/28 上午9:27 召开全市经济工作会议。', '开通市长热线:12345,全年受理群众诉求8万件。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('2018/12/28'))).toBe(true);
    expect(paragraphs(report).some((b) => b.startsWith('开通市长热线'))).toBe(true);
  });
});

describe('stop 51, blind: an outlet\'s contribute and app buttons in a row over its headline', () => {
  // https://m.12371.gov.cn/content/2025-01/20/content_482652.html (七一客户端, 2025)
  const page = ['我要投稿 下载七一APP', '', '重庆市人大代表审议政府工作报告', '', '作者:别致', '', '文章来源:七一客户端发布时间:2025-01-20 11:29:10', '', '1月19日,重庆市第六届人民代表大会第三次会议隆重开幕。'].join('\n');
  test('the buttons go, the headline alone is the title (was: title "我要投稿下载七一APP重庆市人大代表审议政府工作报告")', () => {
    expect(ruleAt(page, 1)).toContain('page-footer');
    expect(read(page).front.title).toBe('重庆市人大代表审议政府工作报告');
  });
  test('guard: a report\'s sentence about an app to download stays', () => {
    expect(paragraphs([...opening, '开发下载政务APP,方便群众办事。'].join('\n')).some((b) => b.startsWith('开发下载政务APP'))).toBe(true);
  });
});

describe('stop 51, blind: the page\'s own address with the button that copies it, under the text', () => {
  // http://dxsbao.com/news/77078.html (大学生报, 2018)
  const page = ['2018年3月8日,山东大学机械工程学院本科2015级党支部第四党小组召开小组学习会议。', '全小组成员在会议中共同领会报告精神,本次活动圆满完成,取得较好的成果。(文/郭子毓)', 'http://www.dxsbao.com/news/77078.html 点此复制本页地'].join('\n');
  test('the address and its button go, said; the text no longer seems cut off (was: a paragraph "….html点此复制本页地", cut-off said)', () => {
    expect(ruleAt(page, 3)).toContain('page-footer');
    expect(paragraphs(page).some((b) => b.includes('复制本页'))).toBe(false);
    expect(ruleAt(page, 3)).not.toContain('cut-off');
  });
  test('guard: a sentence giving an address and asking to copy the page\'s content with its source stays', () => {
    expect(paragraphs([...opening, 'http://www.gov.cn 复制本页内容须注明出处。'].join('\n')).some((b) => b.startsWith('http'))).toBe(true);
  });
});

describe('stop 51, blind: a blog theme\'s post meta row and its copy-guard glued after a paragraph once', () => {
  // https://qinghe.me/2015-the-report-on-the-work-of-the-government.html/4 (西贝博客, 2015 report in Chinese and English)
  const page = ['2015年政府工作报告中英文翻译对照版', '', '贝小鱼 翻译学习评论38,941,781字数 105296阅读168分1秒阅读模式', '', '四、协调推动经济稳定增长和结构优化', 'IV. Balancing Steady Economic Growth and Structural Improvement', '', '稳增长和调结构相辅相成。我们既要全力保持经济在合理区间运行,又要积极促进经济转型升级、行稳致远。', 'Steady growth and structural adjustment complement each other. We must work hard to maintain sustainable economic growth.文章源自西贝博客-https://qinghe.me/2015-the-report-on-the-work-of-the-government.html', '', '加快培育消费增长点。鼓励大众消费,控制“三公”消费。', 'We will move faster to foster growth areas of consumption.'].join('\n');
  test('the meta row goes, said (was: a paragraph "贝小鱼翻译学习评论38,941,781字数105296阅读168分1秒阅读模式")', () => {
    expect(ruleAt(page, 3)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.includes('阅读模式'))).toBe(false);
  });
  test('"文章源自西贝博客-https://…" goes from the paragraph\'s end, said (was: a paragraph of its own)', () => {
    expect(ruleAt(page, 9)).toContain('watermark');
    expect(paragraphs(page).some((b) => b.includes('文章源自'))).toBe(false);
  });
  test('guard: a report\'s sentences on word counts and reading, and on an article\'s source, stay', () => {
    const report = [...opening, '全年新增图书字数1.6万字,阅读推广活动200场。', '文章源自人民日报的报道,转载请注明。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('全年新增图书字数'))).toBe(true);
    expect(paragraphs(report).some((b) => b.startsWith('文章源自人民日报'))).toBe(true);
  });
});

describe('stop 51, blind: a baike copy\'s infobox with the year, the body and the kind among its items', () => {
  // http://www.zhongdou1.com/detail-32-108684-0.html (种豆资源网's 百科 page of 济南's 2000 report)
  const page = ['2000年济南政府工作报告', '', '基本介绍', '', '  • 中文名:2000年济南政府工作报告', '  • 时间:2000年', '  • 机构:济南政府', '  • 类型:工作报告', '各位代表:', '', '我代表市人民政府,向大会报告政府工作,请予审议。', '', '一、过去一年的工作', '', '1999年,是济南实现“五年大变样”的第二年。'].join('\n');
  test('the infobox is read, not printed (was: paragraphs "基本介绍", "• 中文名：…", "• 机构：济南政府", "• 类型：工作报告")', () => {
    expect(paragraphs(page).some((b) => /基本介绍|中文名|机构：|类型：/u.test(b))).toBe(false);
    expect(ruleAt(page, 3)).toContain('metadata');
  });
  test('guard: a report\'s lines of 机构 and 类型 under no infobox heading stay', () => {
    const report = [...opening, '机构:精简后设28个工作部门', '类型:综合执法与专业执法并行'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('机构'))).toBe(true);
    expect(paragraphs(report).some((b) => b.startsWith('类型'))).toBe(true);
  });
});

describe('stop 51, blind: a stamp row labelled 新闻来源 and 点击量, its labels and values a space apart', () => {
  // http://www.sysjs.gov.cn/html/viewnews.jsp?newsid=22614 (尖山区, 2022)
  const page = ['首页 政策解读 关于《政府工作报告(征求意见稿)》解读', '', '关于《政府工作报告(征求意见稿)》解读', '', '新闻来源: 政府办 责任编辑: 尖山区政府研究室 发布时间: 2022-12-30 点击量: 5483', '', '《政府工作报告(征求意见稿)》,是在认真归纳总结区属部门上报的2022年工作总结和2023年工作安排的基础上形成的。'].join('\n');
  test('the row is the page\'s stamp (was: a paragraph "新闻来源：政府办责任编辑：…点击量：5483")', () => {
    expect(ruleAt(page, 5)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.startsWith('新闻来源'))).toBe(false);
  });
  test('guard: a report\'s sentence naming a news source and a click count stays', () => {
    expect(paragraphs([...opening, '新闻来源: 全市政务新媒体矩阵全年发布信息2万条,点击量: 5亿次。'].join('\n')).some((b) => b.startsWith('新闻来源'))).toBe(true);
  });
});

describe('stop 51, blind: a news agency\'s dateline naming the story\'s headline after 题', () => {
  // http://www.cnr.cn/newscenter/native/gd/20180306/t20180306_524154888.shtml (央广网's copy of 新华社's story, 2018)
  const page = ['央广网', '', '凝聚共识,回应关切——政府工作报告起草组负责人解读报告', '', '2018-03-06 15:48:00来源:新华社', '', '  新华社北京3月5日电 题:凝聚共识,回应关切——政府工作报告起草组负责人解读报告', '', '  新华社记者 齐中熙', '', '  5日,李克强总理在十二届全国人大五次会议上作了政府工作报告。这份报告是如何起草的?有什么特点?'].join('\n');
  test('the dateline goes, said, and the headline is the title (was: title "新华社北京3月5日电题：凝聚共识，…")', () => {
    expect(ruleAt(page, 7)).toContain('byline');
    expect(read(page).front.title).toBe('凝聚共识，回应关切——政府工作报告起草组负责人解读报告');
  });
  test('guard: a dateline opening a story\'s sentence, and a report\'s sentence with 题, stay', () => {
    const report = [...opening, '新华社北京3月5日电 题为《奋进新时代》的报告在会上宣读,代表们认真审议。', '全年共举办讲座120场,题:乡村振兴的实践。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('新华社北京3月5日电'))).toBe(true);
  });
});

describe('stop 51, blind: a notice\'s name with its document number after it on one line', () => {
  // http://www.loyalmeds.com/downxxgk.php?fid=625167487403475 (a copy of 常州's notice, 2023, traditional with a converter's pinyin)
  const page = ['|', '|||||||||', '關于印發2023年《政府工作報告》重點任務分解落實方案的通知 常政發〔2023〕1號 |', '|||||||||', '各轄市、區人民政府,常州經開區管委會,市各委辦局,市各直屬單位:', '現將2023年《政府工作報告》重點任務分解落實方案印發給你們,有關要求如下:'].join('\n');
  test('the number is the notice\'s 文号, the name alone its title (was: title "…的通知常政發〔2023〕1號")', () => {
    const { front } = read(page);
    expect(front.title).toBe('關于印發2023年《政府工作報告》重點任務分解落實方案的通知');
    expect((front as { disclosure?: Record<string, string> }).disclosure?.['文号']).toBe('常政發〔2023〕1號');
  });
  test('guard: a title naming another notice\'s number inside it keeps its words', () => {
    const title = '关于转发国发〔2023〕1号文件的通知';
    expect(read([title, '各区人民政府:', '现将国发〔2023〕1号文件转发给你们,请认真贯彻执行。'].join('\n')).front.title).toBe(title);
  });
});

describe('stop 51, blind: a story\'s credits after its last sentence — roles and names a slash apart, an outlet\'s station', () => {
  // http://nmgzyyy.com/dqgz/info_12611.html (a hospital's party cell, 2022); http://dxsbao.com/news/77078.html;
  // http://ex.chinadaily.com.cn/exchange/partners/82/rss/channel/cn/columns/80x78w/stories/WS600fdbeea3101e7ce973cd1f.html
  test('"(审核/陈旭 供稿/赵琦)", "(文/郭子毓)", "(中国日报云南记者站)" go from the paragraph\'s end, said (was: kept in the text)', () => {
    const page = ['3月25日清晨,党办工会联合党支部召开支部学习会,专题学习李克强总理2022年政府工作报告内容。', '通过对政府工作报告的学习,支部的党员们对于2022年中国发展新走向有了清晰明确的认识。(审核/陈旭 供稿/赵琦)'].join('\n');
    expect(ruleAt(page, 2)).toContain('page-info');
    expect(paragraphs(page).some((b) => /审核|供稿/u.test(b))).toBe(false);
    const other = ['全小组成员在会议中共同领会报告精神,本次活动圆满完成,取得较好的成果。(文/郭子毓)'].join('\n');
    expect(paragraphs(other).some((b) => b.includes('郭子毓'))).toBe(false);
    const station = ['1月26日上午,云南省第十三届人民代表大会第四次会议在昆明开幕。', '城乡居民人均可支配收入分别增长3.5%、7.9%。(中国日报云南记者站)'].join('\n');
    expect(paragraphs(station).some((b) => b.includes('记者站'))).toBe(false);
  });
  test('guard: a report\'s note of its omitted tables and a bracketed word after a sentence stay', () => {
    const report = [...opening, '主要指标完成情况详见附件。(文/图略)', '全年新建记者站3个。(含县级融媒体中心)'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('文/图略'))).toBe(true);
    expect(paragraphs(report).some((b) => b.includes('含县级融媒体中心'))).toBe(true);
  });
});
