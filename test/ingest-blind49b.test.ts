/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 49 (2026-12-04, helper blind49b): reports
 * other than the government work report and their copies — statistical communiqués, disclosure annual reports (政府信息公开工作年度报告),
 * reports on law-based government, audit and final-accounts disclosures, environment communiqués, resolutions, policy explanations,
 * spam mirrors. Each test is the page's shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …").
 * Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const ruleAt = (text: string, line: number) => read(text).result.file.messages.filter((m) => m.line === line).map((m) => m.ruleId);
const paragraphs = (text: string) => read(text).blocks;
const asked = (text: string) => read(text).rules.filter((r) => r === 'missing-occasion' || r === 'missing-speaker');

/** A report's opening in its own voice, for the guards. */
const opening = ['县人民法院工作报告', '——2024年1月10日在某县第十八届人民代表大会第三次会议上', '县人民法院院长 王明', '各位代表:', '现在,我代表县人民法院向大会报告工作,请予审议。', '一、2023年主要工作', '过去一年,全院受理各类案件3553件。'];

describe('stop 49, blind: a document site\'s copy of the national environment communiqué, its contents with dot leaders', () => {
  // http://bubsandbeans.com/paper/313737229.html
  const contents = ['2022', '中国生态环境状况公报', '中华人民共和国生态环境部', '目录', `综述${'.'.repeat(44)}1`, `一、大气环境${'.'.repeat(42)}3`].join('\n');
  test('a contents line with a long dot leader is read at once (was: the omission notice\'s pattern split the dots every way — 44 dots took seconds, 55 never ended)', () => {
    read(['各位代表：', '现在，我代表县人民政府向大会报告工作。'].join('\n'));
    const start = performance.now();
    read(contents);
    // (a few milliseconds now; on main's code 44 dots took over ten seconds)
    expect(performance.now() - start).toBeLessThan(3000);
  });
  test('guard: a site\'s notice of the text it hid, dots around it, is still taken out and said', () => {
    const page = [...opening, '全年新增就业1200人......(新文秘网省略912字，正式会员可完整阅读)......', '二、2024年工作安排', '全院将坚持公正司法。'].join('\n');
    expect(said(page, 'omitted-text')).toHaveLength(1);
    expect(paragraphs(page).some((b) => b.includes('省略912字'))).toBe(false);
  });
});

describe('stop 49, blind: a town\'s disclosure annual report on a county portal, the breadcrumb with 现在 and 所在', () => {
  // https://www.lixin.gov.cn/XxgkAnnualReport/show/5848.html (and admin.yzcity.gov.cn:8888's final accounts page)
  const page = [
    '利辛县望疃镇人民政府',
    '您现在所在的位置: 网站首页 > 政府信息公开 > 利辛县望疃镇人民政府 > 政府信息公开年报',
    '利辛县望疃镇2023年政府信息公开工作年度报告',
    '发布时间:2024-01-19 11:04 来源:利辛县望疃镇人民政府 字体:[ ]',
    '根据《中华人民共和国政府信息公开条例》规定，现发布《利辛县望疃镇2023年政府信息公开工作年度报告》。',
    '一、总体情况',
    '2023年我镇政府信息公开平台累计发布各类信息716条。',
  ].join('\n');
  test('"您现在所在的位置: 网站首页 > …" is the breadcrumb (was: joined to the title with the site\'s name)', () => {
    expect(ruleAt(page, 2)).toContain('breadcrumb');
    expect(read(page).front.title).toBe('利辛县望疃镇2023年政府信息公开工作年度报告');
  });
  test('a disclosure annual report is published: no occasion or speaker asked for (was: both)', () => {
    expect(asked(page)).toEqual([]);
  });
  test('guard: a sentence on a place\'s position stays text', () => {
    const report = [...opening, '（一）区位优势。我县现在所在的位置：长江中游城市群腹地，交通便利。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('现在所在的位置'))).toBe(true);
  });
});

describe('stop 49, blind: published reports of other kinds, no speaker', () => {
  const body = ['一、主要工作', '全年完成各项目标任务，财政收支平衡。'];
  test('an audit results announcement (…审计结果公告, silkroad.news.cn) asks for no occasion or speaker (was: both)', () => {
    // http://silkroad.news.cn/2016/0817/4768.shtml
    expect(asked(['甘肃省2015年度省级预算执行和其他财政收支审计结果公告', ...body].join('\n'))).toEqual([]);
  });
  test('a government\'s report on law-based government (jiashan.gov.cn) asks for no occasion or speaker (was: both)', () => {
    // http://www.jiashan.gov.cn/art/2023/1/29/art_1229199096_2455693.html
    expect(asked(['嘉善县人民政府关于2022年度法治政府建设情况的报告', '中共嘉善县委、县人大常委会：', ...body].join('\n'))).toEqual([]);
  });
  test('a final-accounts disclosure (…政府决算公开, admin.yzcity.gov.cn) asks for no occasion or speaker (was: both)', () => {
    // http://admin.yzcity.gov.cn:8888/spxfgj/0800/202309/dadae6fe132e4e4eb4ab700adeae0b58.shtml
    expect(asked(['双牌县2022年度政府决算公开', ...body].join('\n'))).toEqual([]);
  });
  test('guard: an audit work report delivered to the standing committee is still asked its occasion and speaker', () => {
    expect(asked(['关于2022年度县级预算执行和其他财政收支的审计工作报告', ...body].join('\n'))).toEqual(['missing-occasion', 'missing-speaker']);
  });
});

describe('stop 49, blind: spam mirrors with an adult site\'s keywords over the page', () => {
  // http://www.824939.com/sh/2023/0531/376165.html (and tjhcsty.com, wfhtedu.com)
  const page = [
    '日韩aaa久久蜜桃av,玖玖玖国产精品,成人爱爱网址,国产精品9999久久久久仙踪林',
    '',
    '生态环境部：2022年全国生态环境质量保持改善态势',
    '',
    '中国发展网讯 5月29日，生态环境部举行5月例行新闻发布会，发布2022年《中国生态环境状况公报》。报告显示，全国生态环境质量保持改善态势。',
  ].join('\n');
  test('the keywords line is taken out and said (was: the title)', () => {
    expect(ruleAt(page, 1)).toContain('keyword-chain');
    expect(read(page).front.title).toBe('生态环境部：2022年全国生态环境质量保持改善态势');
  });
  test('guard: a heading of a report\'s phrases (久久为功, 精品, 国产, 欧美) stays', () => {
    const report = [...opening, '坚持久久为功、精品打造、国产替代、欧美市场开拓', '全年出口增长12%。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('久久为功'))).toBe(true);
  });
});

describe('stop 49, blind: a betting brand\'s site title in place of a town\'s county (whentby.com)', () => {
  // http://whentby.com/html/HCS/202401/0170495898062751.html
  const page = ['按照《中华人民共和国政府信息公开条例》、以及省、市uedbet体育_uedbet官网@:做好2023年政府信息公开工作年度报告编制发布等工作的具体工作要求，现编制形成了本报告。', '一、总体情况', '2023年受理依申请公开0件。'].join('\n');
  test('"uedbet体育_uedbet官网" is said as injected spam (was: nothing)', () => {
    expect(said(page, 'injected-spam').map((m) => m.line)).toEqual([1]);
  });
  test('guard: a sport\'s Latin name before 体育 is no spam', () => {
    expect(said([...opening, '承办CBA体育赛事3场，全民健身体育公园建成投用。'].join('\n'), 'injected-spam')).toEqual([]);
  });
});

describe('stop 49, blind: a baike copy of a city\'s disclosure report, a search box over it (m.zjtcn.com)', () => {
  // https://m.zjtcn.com/baike/lys2013ndzfxxgkgzbgbgnr7246083
  const page = ['选择特殊符号', '选择搜索类型', '请输入搜索', '一、政府信息公开总体工作情况', '（一）组织机构建设情况。市政府进一步理顺了政府信息公开工作管理体制。'].join('\n');
  test('the search box\'s pickers and prompt are taken out (was: the title, two paragraphs)', () => {
    expect([1, 2, 3].map((line) => ruleAt(page, line).includes('navigation'))).toEqual([true, true, true]);
    expect(read(page).front.title ?? '').toBe('');
  });
  test('guard: a sentence choosing special schools stays', () => {
    expect(paragraphs([...opening, '选择特殊教育学校3所开展融合教育试点。'].join('\n')).some((b) => b.includes('特殊教育学校'))).toBe(true);
  });
});

describe('stop 49, blind: a town\'s disclosure report with a link to its explanation (zjxj.gov.cn)', () => {
  // http://www.zjxj.gov.cn/art/2024/1/16/art_1229325036_3913369.html
  const page = ['2023年下各镇政府信息公开工作年度报告', '发布日期: 2024-01-16 访问次数:', '点击查看解读', '一、总体情况', '2023年全镇主动发布政务公开信息45条。'].join('\n');
  test('"点击查看解读" is a link, taken out (was: the text\'s first paragraph)', () => {
    expect(ruleAt(page, 3)).toContain('home-link');
    expect(paragraphs(page).some((b) => b.includes('点击查看解读'))).toBe(false);
  });
  test('guard: a sentence counting explanations stays', () => {
    expect(paragraphs([...opening, '点击查看解读材料的群众达1200人次。'].join('\n')).some((b) => b.includes('点击查看解读材料'))).toBe(true);
  });
});

describe('stop 49, blind: stamp rows of other shapes', () => {
  test('"2023-01-18 08:28:55 新華社 作者: 高敬", the outlet unlabelled after the time, is the stamp (tjhcsty.com; was: a paragraph)', () => {
    // http://tjhcsty.com/news/news-1146724-1.html
    const page = ['2022年全國地級及以上城市優良天數比例為86.5%', '2023-01-18 08:28:55 新華社   作者: 高敬  ', '生態環境部生態環境監測司副司長蔣火華17日介紹，2022年，全國空氣質量穩中向好。'].join('\n');
    expect(ruleAt(page, 2)).toContain('page-info');
  });
  test('"浏览次数: 来源:… 时间:… 文字大小:[ ] 背景色:" is the stamp and dates the page (huoqiu.gov.cn; was: a paragraph, no date)', () => {
    // https://www.huoqiu.gov.cn/public/6600181/37214200.html
    const page = ['霍邱县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告', '浏览次数: 来源:霍邱县发改委 时间:2024-02-02 08:39    文字大小:[ ]   背景色:', '一、2023年计划执行情况', '全年实现地区生产总值300亿元。'].join('\n');
    expect(ruleAt(page, 2)).toContain('page-info');
    expect(read(page).front.date).toBe('2024-02-02');
  });
  test('"清水县人民政府 2024年01月08日", the publisher and its day in 年月日, is the stamp and gives issuer and date (zm.sm-tc.cn; was: a paragraph)', () => {
    // https://zm.sm-tc.cn/?depth=3&from=derive&link_type=60&restype=1&src=l4uLj8XQ0IiIiNGLjI6M0ZiQidGckdCWkZmQ0MrIysjQyM3LxsvP0ZeLkg%3D%3D
    const page = ['清水县2023年度法治政府建设工作总结的报告', '清水县人民政府 2024年01月08日', '一、主要工作', '全县行政复议案件纠错率下降。'].join('\n');
    const { front } = read(page);
    expect(ruleAt(page, 2)).toContain('page-info');
    expect([front.issuer, front.date]).toEqual(['清水县人民政府', '2024-01-08']);
  });
  test('guard: a 落款 closing the text, the government and its day on two lines, stays text', () => {
    const report = [...opening, '清水县人民政府', '2024年1月8日'].join('\n');
    expect(paragraphs(report).slice(-2)).toEqual(['清水县人民政府', '2024年1月8日']);
  });
});

describe('stop 49, blind: policy explanations (政策解读) of a report, read as the report', () => {
  test('an opening saying "现就年报内容进行如下解读" is said as another document (sdsx.gov.cn; was: nothing)', () => {
    // http://www.sdsx.gov.cn/site_wzjzabh/channel_x_5669_13598/doc_65b069ef3a2203212e9eea8f.html
    const page = ['《莘县王庄集镇人民政府2023年政府信息公开工作年度报告》已经编制完成并向社会公开，为方便群众看懂年报信息，现就年报内容进行如下解读。', '一、编制背景', '政府信息公开工作年度报告是法定制度安排。'].join('\n');
    expect(said(page, 'other-document')).toHaveLength(1);
  });
  test('a title "关于《…的报告》的政策解读" is said as another document (zm.sm-tc.cn; was: nothing)', () => {
    const page = ['【政策解读】关于《清水县人民政府关于清水县2023年度法治政府建设工作总结的报告》的政策解读', '一、起草背景', '党中央、国务院高度重视法治政府建设。'].join('\n');
    expect(said(page, 'other-document')).toHaveLength(1);
  });
  test('a title labelled "分管负责人解读：…" is said as another document (huoqiu.gov.cn; was: nothing)', () => {
    const page = ['分管负责人解读:霍邱县发改委副主任张锐解读文章《关于霍邱县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告》', '一、制定背景和依据', '2023年是全面落实党的二十大精神开局之年。'].join('\n');
    expect(said(page, 'other-document')).toHaveLength(1);
  });
  test('guard: a report telling of its own explanations is no explanation', () => {
    expect(said([...opening, '组织专家现场进行政策解读200余场，发布政策解读材料36篇。'].join('\n'), 'other-document')).toEqual([]);
  });
});

describe('stop 49, blind: a communiqué\'s figure caption over a lost chart (m.xiaomonv0755.com)', () => {
  // http://m.xiaomonv0755.com/tjgb/24gz/37871.html
  const page = ['贵州省2023年国民经济和社会发展统计公报', '一、綜合', '根據地區生產總值統一核算結果，全年全省地區生產總值20913.25億元，比上年增長4.9%。其中，第一產業增加值2894.28億元，增長3.9%。', '', '圖1 三次產業增加值及其增長速度', '年末全省常住人口3865萬人，比上年末增加9萬人。其中，城鎮常住人口2162.08萬人，占年末常住人口的比重為55.94%，比上年末提高1.13個百分點。'].join('\n');
  test('"圖1 三次產業增加值及其增長速度" stays a paragraph (was: a heading)', () => {
    const blocks = paragraphs(page);
    expect(blocks.some((b) => b.startsWith('#') && b.includes('三次產業'))).toBe(false);
    expect(blocks.some((b) => b.includes('三次產業增加值及其增長速度'))).toBe(true);
  });
  test('guard: a short unnumbered line over prose is still a heading', () => {
    const report = ['某县2023年国民经济和社会发展统计公报', '一、综合', '全年全县地区生产总值244394万元，比上年增长13.1%。其中第一产业增加值62857万元，同比增长6.3%，人均地区生产总值为19967元。', '', '图书馆建设', '全年新建城市书房12座，县图书馆总分馆体系覆盖全部乡镇，年接待读者达到35万人次，比上年增长18%，文化惠民工程扎实推进。'].join('\n');
    expect(paragraphs(report)).toContain('### 图书馆建设');
  });
});

describe('stop 49, blind: a resolution\'s name broken inside its 关于 clause (zylycs.com)', () => {
  // https://zylycs.com/lyqrd/lyqjyjd/201811/t20181112_2076694
  const page = ['绿园区人大常委会关于批准', '2017年区本级财政决算的决议', '（2018年8月7日区十八届人大常委会第十二次会议通过）', '绿园区第十八届人大常委会第十二次会议听取了区财政局局长受区政府委托所作的报告，决定批准2017年区本级财政决算。'].join('\n');
  test('the two lines are one title (was: the first line the title, the rest a paragraph)', () => {
    expect(read(page).front.title).toBe('绿园区人大常委会关于批准2017年区本级财政决算的决议');
  });
  test('guard: a sentence under a line ending in 关于 is not joined to it', () => {
    const notice = ['区人大常委会关于', '听取审议了区政府的专项工作报告的决议。', '全文如下。'].join('\n');
    expect(read(notice).front.title ?? '').not.toContain('听取审议');
  });
});

describe('stop 49, blind: a county TV site\'s story, the reporter credited after a colon (m-yingcheng.cjyun.org)', () => {
  // http://m-yingcheng.cjyun.org/p/37195.html
  const page = ['应城市政协九届二次会议提案审查委员召开第二次会议', '昨天上午，市政协九届二次会议提案审查委员召开会议，研究和讨论相关事项。', '（应城电视台记者：尹丹）'].join('\n');
  test('"（应城电视台记者：尹丹）" is the credit (was: a paragraph)', () => {
    expect(ruleAt(page, 3)).toContain('page-info');
  });
  test('guard: a bracketed note naming a liaison per village stays text', () => {
    expect(paragraphs([...opening, '（联络员：每村1名）'].join('\n')).some((b) => b.includes('联络员'))).toBe(true);
  });
});

describe('stop 49, blind: a city\'s monthly environment bulletin, a table\'s remark over the next part (365betzh.com)', () => {
  // http://365betzh.com/jjqy/ljqy/jrfc/hjjl/content/post_1995264.html
  const page = [
    '一、环境空气质量状况',
    '2025年1月，全市二氧化硫、二氧化氮平均浓度分别为11、24微克/立方米，按照空气质量指数评价，全市优良天数占整月有效天数的96.8%。',
    '表1 2025年1月全市环境空气质量情况',
    '表2 2025年1月各县（市、区）环境空气质量排名',
    '备注：若优良天数比例相同，则以PM2.5评价浓度从小到大排序。',
    '二、水环境质量状况',
    '2025年1月，各县、市（区）地表水环境质量和变化排名情况如下：',
    '表3 2025年1月各县（市、区）水环境质量与变化排名',
  ].join('\n');
  test('"二、水环境质量状况" under a 备注 stays a heading, the remark a paragraph of its own (was: all four lines one block of remarks)', () => {
    const blocks = paragraphs(page);
    expect(blocks).toContain('## 二、水环境质量状况');
    expect(blocks).toContain('备注：若优良天数比例相同，则以PM2.5评价浓度从小到大排序。');
  });
  test('guard: notes numbered 1. 2. closing the text are still one block of remarks', () => {
    const report = [...opening, '全年城镇新增就业1.2万人，城镇调查失业率控制在5.5%以内，居民收入稳步增长，社会保障更加有力。', '注：1.城镇调查失业率为全年平均数。', '2.城乡居民收入为初步统计数。'].join('\n');
    expect(said(report, 'remarks')).toHaveLength(1);
  });
});
