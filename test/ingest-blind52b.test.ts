/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 52 (2026-12-05, helper blind52b): reports
 * other than the government work report and their copies — statistical communiqués on e-papers and portals, disclosure annual
 * reports, final-accounts books, rule-of-law reports, court and congress news, water-resources and environment bulletins and the
 * stories about them, spam mirrors, aggregators, blogs. Each test is the page's shape reduced to a few lines, with its URL; its
 * name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said, story } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const paragraphs = (text: string) => read(text).blocks;
const removedAs = (text: string, rule: string) => said(text, rule).map((m) => m.message);

/** A communiqué's opening under its title block, for the tests. */
const communique = ['2023年，全区上下坚持稳中求进工作总基调，全区经济主要指标回升向好。', '一、综合', '初步核算，全年实现地区生产总值686.91亿元，比上年增长6.7%。'];

describe('stop 52, blind: a communiqué\'s issuers and its day on one line under the title', () => {
  test('"重庆市开州区统计局 国家统计局开州调查队2024年4月29日": the issuers and the date read (was: a paragraph, no issuer, no date; newspaper.kxzc.cn)', () => {
    // https://newspaper.kxzc.cn/kzrb/20240429/html/content_20240429004001.htm
    const page = ['2023年开州区国民经济和社会发展统计公报', '重庆市开州区统计局 国家统计局开州调查队2024年4月29日', ...communique].join('\n');
    const { front, blocks } = read(page);
    expect(front.issuer).toMatch(/^重庆市开州区统计局\s?国家统计局开州调查队$/u);
    expect(front.date).toBe('2024-04-29');
    expect(blocks.some((b) => b.includes('调查队'))).toBe(false);
    expect(blocks[0]).toBe(communique[0]);
  });
  test('the same with a space, one bureau, the day in brackets: "某县统计局 (2024年3月20日)" (was: a paragraph)', () => {
    const page = ['2023年某县国民经济和社会发展统计公报', '某县统计局 （2024年3月20日）', ...communique].join('\n');
    const { front } = read(page);
    expect(front.issuer).toBe('某县统计局');
    expect(front.date).toBe('2024-03-20');
  });
  test('guard: a sentence naming a bureau and a day under the title stays text', () => {
    const page = ['2023年某县国民经济和社会发展统计公报', '县统计局于2024年3月20日发布本公报，全县经济平稳。', ...communique].join('\n');
    const { front, blocks } = read(page);
    expect(front.issuer).toBeUndefined();
    expect(blocks[0]).toBe('县统计局于2024年3月20日发布本公报，全县经济平稳。');
  });
  test('guard: a line of a bureau and a word that is no office, then a day, stays text', () => {
    const page = ['2023年某县国民经济和社会发展统计公报', '全县农业局长会议2024年3月20日', ...communique].join('\n');
    expect(read(page).front.issuer).toBeUndefined();
  });
});

describe('stop 52, blind: a blog\'s comment form and an aggregator\'s notice under the story', () => {
  test('"发表回复", a blog\'s comment form\'s heading, opens the comment box: it and the form\'s note under it removed, said (was: two paragraphs; unclezhai.com)', () => {
    // https://www.unclezhai.com/15292
    const page = ['中新网石家庄5月30日电（记者李晓伟）河北省政府新闻办30日召开新闻发布会通报称，2023年，河北全省环境空气质量优良天数平均为250天，占比68.5%。', '', '发表回复', '', '您的邮箱地址不会被公开。 必填项已用 * 标注'].join('\n');
    expect(paragraphs(page)).toHaveLength(1);
    expect(removedAs(page, 'comments')).toHaveLength(2);
  });
  test('the form\'s note alone under the story (its heading lost with the page\'s markup): removed, said (was: a paragraph)', () => {
    const page = ['中新网石家庄5月30日电（记者李晓伟）河北省政府新闻办30日召开新闻发布会通报称，2023年，河北全省环境空气质量优良天数平均为250天。', '您的电子邮箱地址不会被公开。'].join('\n');
    expect(paragraphs(page)).toHaveLength(1);
    expect(removedAs(page, 'social').some((m) => m.includes('comment form'))).toBe(true);
  });
  test('guard: a sentence on comments and a report on e-mail addresses stay text', () => {
    const page = ['各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '全年发表回复群众留言1200条，取消回复时限限制。', '您的邮箱地址不会被公开，这是我们对群众的承诺。'].join('\n');
    const blocks = paragraphs(page);
    expect(blocks.some((b) => b.startsWith('全年发表回复'))).toBe(true);
    expect(blocks.some((b) => b.startsWith('您的邮箱地址'))).toBe(true);
  });
  test('"内容声明:" and its items "1、本站收录的内容来源于大数据收集,版权归原网站所有!" are the aggregator\'s: removed, said (was: three paragraphs; duozy.cn)', () => {
    // https://www.duozy.cn/article/80339.html
    const page = ['中新网广州10月12日电（王坚 张媛）记者12日从水利部珠江水利委员会获悉，该委已正式发布《2023年珠江片水资源公报》。', '2023年，珠江片人均综合用水量369立方米。（完）', '内容声明:', '1、本站收录的内容来源于大数据收集,版权归原网站所有!', '2、本站收录的内容若侵害到'].join('\n');
    expect(paragraphs(page)).toHaveLength(2);
    expect(removedAs(page, 'disclaimer')).toHaveLength(3);
  });
  test('"文章编号:80339时间:2024-10-12人气:", an article\'s number, time and popularity counter: the stamp row, removed (was: a paragraph; duozy.cn)', () => {
    const page = ['文章编号:80339时间:2024-10-12人气:', '中新网广州10月12日电（王坚 张媛）记者12日从水利部珠江水利委员会获悉，该委已正式发布《2023年珠江片水资源公报》。'].join('\n');
    expect(paragraphs(page)).toHaveLength(1);
    expect(removedAs(page, 'page-info').some((m) => m.includes('文章编号'))).toBe(true);
  });
  test('guard: a numbered item on what the bureau collected, and a sentence on 人气, stay text', () => {
    const page = ['各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '1、本年收录的内容来源于全县各部门。', '乡村旅游人气：全年接待游客120万人次。'].join('\n');
    const blocks = paragraphs(page);
    expect(blocks.some((b) => b.includes('本年收录'))).toBe(true);
    expect(blocks.some((b) => b.includes('人气'))).toBe(true);
  });
});

describe('stop 52, blind: a disclosure table as a list, each label glued to its value', () => {
  test('"• 索引号76138620/2025-030766" / "• 发布机构广安市前锋区人民政府办公室" / "• 成文日期2025-02-10": the table read, its issuer and day (was: paragraphs, no issuer; www.qf.gov.cn)', () => {
    // https://www.qf.gov.cn/qfqrmzf/zcwjkfz/pc/content/content_1889605129893912576.html (its slogan banner left off)
    const page = [
      '  • 索引号76138620/2025-030766',
      '  • 主题分类国民经济管理、国有资产监管',
      '  • 公文种类',
      '  • 发布机构广安市前锋区人民政府办公室',
      '  • 成文日期2025-02-10',
      '  • 文号前府办发〔2025〕2号',
      '  • 有效性有效',
      '',
      '广安市前锋区行政事业性国有资产管理办法',
      '第一条　为规范和加强全区行政事业性国有资产管理，制定本办法。',
      '第二条　本办法所称行政事业单位，包括前锋区管辖的各级党的机关。',
    ].join('\n');
    const { front, blocks } = read(page);
    expect(front.issuer).toBe('广安市前锋区人民政府办公室');
    expect(front.date).toBe('2025-02-10');
    expect((front.disclosure as Record<string, string>)['文号']).toBe('前府办发〔2025〕2号');
    expect(blocks.some((b) => /索引号|发布机构|有效性/u.test(b))).toBe(false);
  });
  test('the same apart by a list\'s dash on the lines between, a label left empty among them: read, and the final-accounts book under it titled, published (was: the index number the title, no issuer, no date, occasion and speaker asked; www.hhmz.gov.cn)', () => {
    // https://www.hhmz.gov.cn/info/5571/443231.htm
    const page = ['-', '索引号000014348/2024-02005', '-', '发布机构蒙自市林业和草原局', '-', '文号', '-', '发布日期2024-08-16', '-', '时效性有效', '蒙自市林业和草原局2023年度部门决算', '第一部分 部门概况', '一、主要职能', '负责林业和草原及其生态修复保护的监督管理。'].join('\n');
    const { front, blocks, rules } = read(page);
    expect(front.title).toBe('蒙自市林业和草原局2023年度部门决算');
    expect(front.issuer).toBe('蒙自市林业和草原局');
    expect(front.date).toBe('2024-08-16');
    expect(blocks.some((b) => b === '-' || b.startsWith('文号'))).toBe(false);
    expect(rules.filter((r) => r === 'missing-occasion' || r === 'missing-speaker')).toEqual([]);
  });
  test('guard: one glued label line over the text (no table) stays text, and a report on the final accounts is still asked', () => {
    const page = ['关于2023年度市级部门决算的报告', '各位委员：', '受市人民政府委托，现将2023年度市级部门决算报告如下，请予审议。', '发布机构改革后，全市部门决算编报范围有所调整。', '一、决算总体情况'].join('\n');
    const { blocks, rules } = read(page);
    expect(blocks.some((b) => b.startsWith('发布机构改革后'))).toBe(true);
    expect(rules.filter((r) => r === 'missing-occasion' || r === 'missing-speaker')).toEqual(['missing-occasion', 'missing-speaker']);
  });
  test('guard: dashes alone between lines of a list that is no table stay as they were', () => {
    const page = ['各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '-', '全县生产总值增长5%。', '-', '一般公共预算收入增长8%。'].join('\n');
    const blocks = paragraphs(page);
    expect(blocks.some((b) => b.startsWith('全县生产总值'))).toBe(true);
    expect(blocks.some((b) => b.startsWith('一般公共预算收入'))).toBe(true);
  });
});

describe('stop 52, blind: a congress\'s meeting as news', () => {
  test('"前日，县十一届人大常委会召开第三十次主任会议。…主持会议": the meeting as news, and the session\'s — a story (was: read as the report; www.cncn.gov.cn)', () => {
    // https://www.cncn.gov.cn/art/2023/12/12/art_1513578_59063933.html
    const page = [
      '前日，县十一届人大常委会召开第三十次主任会议。县人大常委会主任林森森主持会议，县人大常委会副主任丁振俊、林霄出席会议。',
      '会议听取了县政府关于马站旅游集散中心项目绩效评价情况的报告以及县人大常委会财经工委的调研报告。',
      '会议还讨论了关于2023年县重大建设项目实施情况报告的审议意见以及有关人事任免事项。',
    ].join('\n');
    expect(story(page).length).toBeGreaterThan(0);
  });
  test('a site\'s source lead with a space before the day, "今日竹山網消息 10月25日，…": a dateline, the page a story (was: read as the report; www.cdkmc.com)', () => {
    // http://www.cdkmc.com/p/223621.html
    const page = [
      '今日竹山網消息 10月25日，縣第十九屆人大常委會第五次會議聽取和審議了《竹山縣人民政府關于2021年度自然資源資產管理情況專項報告》。',
      '開展國有資產監管，縣人大常委會嚴格落實報告制度，始終堅持黨的集中統一領導，做到依法監督、有效監督、正確監督。（吳威）',
    ].join('\n');
    expect(story(page).length).toBeGreaterThan(0);
  });
  test('guard: a standing committee\'s report telling what it held and heard, "常委会召开第三十次主任会议，听取了…", is no story', () => {
    const page = [
      '主任、各位副主任、秘书长、各位委员：',
      '现在，我代表县人民代表大会常务委员会向大会报告工作，请予审议。',
      '一年来，常委会召开第三十次主任会议，听取了县政府关于项目绩效评价情况的报告。',
      '会议精神传达到全县各级人大代表，做到人人知晓。',
    ].join('\n');
    expect(story(page)).toEqual([]);
  });
  test('guard: a report\'s sentence opening on the day it held a meeting, its voice elsewhere, is no story', () => {
    const page = ['各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '3月5日，县政府召开第十次常务会议。会议研究部署了全年重点工作。'].join('\n');
    expect(story(page)).toEqual([]);
  });
});

describe('stop 52, blind: a census communiqué\'s head — its dashed subtitle, its two issuers one a line', () => {
  const body = ['根据第七次全国人口普查结果，现将2020年11月1日零时我市人口的基本情况公布如下：', '一、常住人口', '全市常住人口为751389人。'];
  test('"——全市人口情况" under the title is its subtitle, and the issuers and day under it are read (was: four paragraphs, no issuer, no date; 599325.com)', () => {
    // http://599325.com/zwgk/zfxxgkml/tjsj/tjgb/202212/t20221205_3871713.html (in simplified characters, its mirror's markup left off)
    const page = ['石嘴山市第七次全国人口普查公报（第一号）', '——全市人口情况', '石嘴山市统计局', '石嘴山市第七次全国人口普查领导小组办公室', '2021年6月3日', ...body].join('\n');
    const { front, blocks } = read(page);
    expect(front.subtitle).toBe('全市人口情况');
    expect(front.date).toBe('2021-06-03');
    expect(String(front.issuer)).toMatch(/^石嘴山市统计局\s?石嘴山市第七次全国人口普查领导小组办公室$/u);
    expect(blocks[0]).toBe(body[0]);
  });
  test('the two issuers one a line, no subtitle: both read (was: the last only)', () => {
    const page = ['石嘴山市第七次全国人口普查公报（第一号）', '石嘴山市统计局', '石嘴山市第七次全国人口普查领导小组办公室', '2021年6月3日', ...body].join('\n');
    expect(String(read(page).front.issuer)).toMatch(/^石嘴山市统计局\s?石嘴山市第七次全国人口普查领导小组办公室$/u);
  });
  test('a review\'s dashed subtitle under its headline, "——市八届人大常委会2024年工作综述": the subtitle (was: a paragraph; www.huangshan.gov.cn)', () => {
    // https://www.huangshan.gov.cn/zxzx/zwyw/8409061.html
    const page = ['履职尽责显担当 务实进取促发展', '——市八届人大常委会2024年工作综述', '2024年是中华人民共和国成立75周年。一年来，市人大常委会依法履职、担当作为。'].join('\n');
    const { front, blocks } = read(page);
    expect(front.subtitle).toBe('市八届人大常委会2024年工作综述');
    expect(blocks.some((b) => b.includes('工作综述'))).toBe(false);
  });
  test('guard: an occasion under the title is still the occasion, and a dashed line further down (a section\'s) stays text', () => {
    const page = ['政府工作报告', '——2024年1月10日在某县第十八届人民代表大会第三次会议上', '县长 王明', '各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '——2023年工作回顾', '全县生产总值增长5%。'].join('\n');
    const { front, blocks } = read(page);
    expect(front.occasion).toMatch(/第三次会议上$/u);
    expect(front.subtitle).toBeUndefined();
    expect(blocks.some((b) => b.includes('2023年工作回顾'))).toBe(true);
  });
  test('guard: a dashed sentence under the title stays text', () => {
    const page = ['某县2023年国民经济和社会发展统计公报', '——全县经济稳中有进，民生持续改善。', '一、综合', '初步核算，全年全县地区生产总值增长5%。'].join('\n');
    const { front, blocks } = read(page);
    expect(front.subtitle).toBeUndefined();
    expect(blocks.some((b) => b.includes('稳中有进'))).toBe(true);
  });
});

describe('stop 52, blind: a mirror\'s spam and a trade site\'s stamp row', () => {
  test('a spam keywords line joined by underscores over a bulletin: removed, said, and the bulletin\'s title read (was: a paragraph, no title; nonggai.com.cn)', () => {
    // https://nonggai.com.cn/industry/36.html
    const page = ['国产成人无码a区在线观看_亚洲欧美日韩精品一区二区成人_香港经典a毛片免费观看在线视频_精品国产亚洲AV_日韩精选一区二区在线观看', '', '2023年1月全國環境空氣質量狀況公布', '', '生態環境部近日向媒體通報了2023年1月全國環境空氣質量狀況。', '1月，全國339個地級及以上城市平均空氣質量優良天數比例為74.3%。'].join('\n');
    const { front, blocks } = read(page);
    expect(front.title).toBe('2023年1月全國環境空氣質量狀況公布');
    expect(blocks.some((b) => b.includes('一区二区'))).toBe(false);
    expect(removedAs(page, 'keyword-chain')).toHaveLength(1);
  });
  test('guard: a report\'s line naming products with underscores, no trade words, stays text', () => {
    const page = ['各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '重点产品_茶叶_精品水果_中药材_有机蔬菜，全年产值增长8%。'].join('\n');
    expect(paragraphs(page).some((b) => b.startsWith('重点产品'))).toBe(true);
  });
  test('"慧聪水工业网 2024-06-17 08:44 来源:水利部": a site\'s name, the posting time and the source — the stamp row, removed (was: a paragraph; water.hczyw.com)', () => {
    // https://water.hczyw.com/2024/0617/152945.html
    const page = ['2023年《中国水资源公报》发布 非常规水源供水量增加36.5亿m³', '', '慧聪水工业网 2024-06-17 08:44 来源:水利部', '', '近日，水利部发布了2023年《中国水资源公报》。公报显示，全国用水总量比2022年有所减少。'].join('\n');
    expect(paragraphs(page)).toHaveLength(1);
    expect(removedAs(page, 'page-info').some((m) => m.includes('慧聪水工业网'))).toBe(true);
  });
  test('guard: a sentence naming a site and a day stays text', () => {
    const page = ['各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '县政府网 2024-06-17 起开通政务公开专栏，来源:县政务公开办的数据显示访问量增长。'].join('\n');
    expect(paragraphs(page).some((b) => b.startsWith('县政府网'))).toBe(true);
  });
  test('"…我乡在伟德app官网下载苹果版安装信息公开发布平台上…": an app download page\'s title injected, warned (was: unsaid; www.xinpianw.com)', () => {
    // https://www.xinpianw.com/xgxxxgk/ccxbmnb/202401/f08ca552d1454a708441aca8a586eec2.shtml
    const page = ['一、总体情况', '（一）主动公开政府信息情况', '2023年度我乡在伟德app官网下载苹果版安装信息公开发布平台上主动公开政府信息300余条。', '（二）政府信息依申请公开办理情况', '今年以来我乡未收到政府信息公开申请。'].join('\n');
    expect(removedAs(page, 'injected-spam').join(' ')).toMatch(/伟德app官网下载苹果版安装/u);
    expect(paragraphs(page).some((b) => b.includes('伟德app官网下载苹果版安装'))).toBe(true);
  });
  test('"betway必威体育官网", a betting brand in Latin letters and Chinese put where the county\'s name was: warned (was: unsaid; skyrisesport.com)', () => {
    // http://skyrisesport.com/content/2024-06/05/content_10689570.html
    const page = ['betway必威体育官网网讯（记者 洪琳）6月5日，我县召开2024年六五环境日暨建设美丽betway必威体育官网新闻发布会。', '据介绍，2023年我县生态环境质量稳中向好，全年空气质量优良天数345天。'].join('\n');
    expect(said(page, 'injected-spam').map((m) => m.message).join(' ')).toMatch(/betway必威体育官网/u);
  });
  test('guard: a report\'s "政务服务app下载量" is no spam', () => {
    const page = ['各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '“赣服通”政务服务app下载量突破100万，官网下载渠道全面开放。', '承办CBA联赛，县体育中心官网同步直播。'].join('\n');
    expect(said(page, 'injected-spam')).toEqual([]);
  });
});

describe('stop 52, blind: a report\'s title printed again is no photo caption', () => {
  test('"提案工作情况报告" alone over the text: no caption of "提案工" delivering a 情况报告, no speaker taken from it (was: removed, the speaker 提案工; pullwithmatpa.com)', () => {
    // http://pullwithmatpa.com/fanwen/qingkuangbaogao/2023080440089.html (in simplified characters, its site's head left off)
    const page = ['提案工作情况报告', '', '各位委员，同志们：', '', '我受政协某县第九届委员会常务委员会的委托，向大会报告九届二次会议以来提案工作情况，请予审议。', '', '一、一年来提案工作回顾', '', '县政协九届二次会议以来，广大政协委员紧紧围绕中心工作建言献策。'].join('\n');
    const { front, rules } = read(page);
    expect(front.speaker).toBeUndefined();
    expect(rules).not.toContain('caption-speaker');
  });
  test('guard: a news photo\'s caption naming who delivered the report is still one, and its speaker taken (held-out round 9\'s shape)', () => {
    const page = ['政府工作报告', '', '叶建春作政府工作报告。本报全媒体首席记者 林 君摄', '', '各位代表:', '  现在,我代表省人民政府向大会报告工作,请予审议。', '   一、2022年及本届政府工作回顾'].join('\n');
    const { front, rules } = read(page);
    expect(front.speaker).toBe('叶建春');
    expect(rules).toContain('caption-speaker');
  });
});
