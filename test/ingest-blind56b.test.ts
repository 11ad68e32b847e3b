/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 56 (2026-12-05, helper blind56b): reports
 * other than the government work report and the pages around them — stories of sessions that heard a court's, a procuratorate's,
 * a CPPCC standing committee's report, a budget review, a Hong Kong budget's statement, an essay on a Macao policy address, a
 * disclosure annual report. Each test is the page's shape reduced to a few lines, with its URL; its name says what ingest did
 * before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const paragraphs = (text: string) => read(text).blocks;

describe('stop 56, blind: a news site\'s contact lines, a submission mailbox and hotlines', () => {
  const story = [
    '麻城信息港讯(记者来文涛)2月26日上午,市八届人大五次会议国民经济和社会发展计划审查委员会召开会议,审议市发展和改革局关于麻城市2015年国民经济和社会发展计划执行情况与2016年计划草案的报告。',
    '审查指出,市人民政府提出的2016年国民经济和社会发展计划草案符合实际,积极可行,建议批准。',
  ];
  test('"投稿邮箱: mczfw@163.com" under the sponsor\'s line: removed, never the title (was: the title; macheng.com.cn)', () => {
    // http://www.macheng.com.cn/index/news/article/id/691.html
    const page = ['主办单位: 麻城市融媒体中心', '投稿邮箱: mczfw@163.com', ...story].join('\n');
    const { front, blocks } = read(page);
    expect(front.title ?? '').not.toContain('邮箱');
    expect(blocks.some((b) => b.includes('mczfw'))).toBe(false);
  });
  test('"- 報料熱線: 021-962866" / "- 報料郵箱: news@thepaper.cn" in a mirror\'s footer: removed (was: two paragraphs; loaarchitects.com.cn)', () => {
    // http://www.loaarchitects.com.cn/newsDetail_forward_26492175
    const page = ['李家超就新一份財政預算案發表聲明:對香港的發展充滿信心', '香港特區行政長官李家超今日(28日)就2024至2025年度《財政預算案》發表聲明。', '', '- 報料熱線: 021-962866', '- 報料郵箱: news@thepaper.cn'].join('\n');
    expect(paragraphs(page).some((b) => /報料|962866|thepaper/u.test(b))).toBe(false);
  });
  test('guard: a sentence giving a mailbox for comments stays text', () => {
    const page = [...story, '', '公众可通过电子邮件将意见发送至城市管理局邮箱cgj@mc.gov.cn,截止时间为3月31日。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('cgj@mc.gov.cn'))).toBe(true);
  });
  test('guard: a list item naming a hotline in a sentence stays text', () => {
    const page = [...story, '', '- 开通12345政务服务热线,全年受理群众诉求8.6万件,办结率99%。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('12345'))).toBe(true);
  });
});

describe('stop 56, blind: a breadcrumb\'s steps with their last arrow left open', () => {
  const body = ['北京人大举行政府部门预算初审会', '', '根据北京市人大常委会统一安排,11月13日,北京市十五届人大教科文卫委员会举行对口政府部门2020年预算初审会,依法对政府相关部门2020年预算编制草案进行初步审查。'];
  test('"人大立法>>人大监督>>" under "法治网首页>>": removed, the headline the title (was: the trail the title; legaldaily.com.cn)', () => {
    // http://www.legaldaily.com.cn/rdlf/content/2019-11/18/content_8049373.htm
    const page = ['法治网首页>>', '人大立法>>人大监督>>', ...body].join('\n');
    const { front, blocks } = read(page);
    expect(front.title).toBe('北京人大举行政府部门预算初审会');
    expect(blocks.some((b) => b.includes('>>'))).toBe(false);
  });
  test('guard: a comparison written with ">" in a sentence stays text', () => {
    const page = [...body, '', '各项指标排序为:收入>支出>结余>,其中收入增长最快。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('收入'))).toBe(true);
  });
});

describe('stop 56, blind: reprint notices', () => {
  test('"《紫荆论坛》专稿/转载请标明出处" over an essay: removed, never the title (was: the title; zijing.com.cn)', () => {
    // https://zijing.com.cn/web/article/1393185061689556992/web/content_1393185061689556992.html
    const page = ['《紫荆论坛》专稿/转载请标明出处', '齐文豪|澳门经济民生智库秘书长', '2025年澳门特区政府施政报告提出多项创新举措,涵盖行政改革、经济多元、横琴粤澳深度合作区建设、民生福利等方面。', '施政报告的编制背景', '4月14日,澳门特区行政长官岑浩辉在特区立法会发表2025年财政年度施政报告。'].join('\n');
    const { front, blocks } = read(page);
    expect(front.title ?? '').not.toContain('转载');
    expect(blocks.some((b) => b.includes('转载请标明'))).toBe(false);
    expect(said(page, 'disclaimer').length).toBeGreaterThanOrEqual(1);
  });
  test('"齐文豪|澳门经济民生智库秘书长" under it: a byline, never the title (was: the title, its part after the bar; zijing.com.cn)', () => {
    // https://zijing.com.cn/web/article/1393185061689556992/web/content_1393185061689556992.html
    const page = ['齐文豪|澳门经济民生智库秘书长', '曾 悠|澳门创新发展研究会副理事长', '2025年澳门特区政府施政报告提出多项创新举措,涵盖行政改革、经济多元等方面。', '施政报告的编制背景', '4月14日,澳门特区行政长官岑浩辉在特区立法会发表2025年财政年度施政报告。'].join('\n');
    const { front, blocks } = read(page);
    expect(front.title ?? '').not.toMatch(/秘书长|齐文豪/u);
    expect(blocks.some((b) => b.includes('理事长'))).toBe(false);
    expect(said(page, 'byline')).toHaveLength(2);
  });
  test('guard: a title with its site after a bar is still read as the title', () => {
    const page = ['2022年政府信息公开工作年度报告|清远市人民政府', '', '一、总体情况', '', '2022年,区政府办公室扎实推进政府信息公开各项工作。'].join('\n');
    expect(read(page).front.title).toMatch(/^2022年政府信息公开工作年度报告/u);
  });
  test('"(版权归麻城信息港所有,转载必究。)" after a story: removed (was: the last paragraph; macheng.com.cn)', () => {
    // http://www.macheng.com.cn/index/news/article/id/691.html
    const page = ['麻城信息港讯 2月26日上午,市八届人大五次会议计划审查委员会召开会议,审议计划执行情况与计划草案的报告。', '审查指出,计划草案符合实际,积极可行。', '(版权归麻城信息港所有,转载必究。)'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('版权归'))).toBe(false);
  });
  test('guard: a sentence on copyright in a report stays text', () => {
    const page = ['关于2023年知识产权工作情况的报告', '', '依法查处侵犯著作权案件12件,明确作品版权归创作者所有,侵权必究的导向更加鲜明。'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('版权归创作者所有'))).toBe(true);
  });
});

describe('stop 56, blind: a news site\'s licence and copyright rows, the © lost', () => {
  test('"增值電信業務經營許可證:滬B2-2017116" and "? 2014-2025 上海東方報業有限公司": removed (was: two paragraphs; loaarchitects.com.cn)', () => {
    // http://www.loaarchitects.com.cn/newsDetail_forward_26492175
    const page = ['李家超就新一份財政預算案發表聲明:對香港的發展充滿信心', '香港特區行政長官李家超今日(28日)就2024至2025年度《財政預算案》發表聲明。', '', '互聯網新聞信息服務許可證:31120170006', '增值電信業務經營許可證:滬B2-2017116', '? 2014-2025 上海東方報業有限公司'].join('\n');
    expect(paragraphs(page).some((b) => /許可證|東方報業/u.test(b))).toBe(false);
  });
  test('guard: a sentence on issuing licences stays text, and a span of years in a sentence', () => {
    const page = ['关于2023年政务服务工作情况的报告', '', '全年核发增值电信业务经营许可证36件,办结率100%。', '', '2014-2025年上海市共建成公共租赁住房12万套。'].join('\n');
    const text = paragraphs(page).join('\n');
    expect(text).toContain('增值电信业务经营许可证36件');
    expect(text).toContain('2014-2025年');
  });
});

describe('stop 56, blind: a news site\'s widgets and credits after the story', () => {
  const story = ['財政司司長陳茂波發表新一份財政預算案,他表示,今天是大年初九,市面上仍洋溢著農曆新年的喜慶氣氛。', '他指出,過去一年,經濟和資本市場向好令稅收增加,本港的公共財政狀況改善較預期快。'];
  test('"《經濟通通訊社25日專訊》" and "【你點睇?】…你是否認同?► 立即投票": removed (was: two paragraphs; 202.62.215.18, 經濟通)', () => {
    // http://202.62.215.18/www/tc/news/special_news_detail.php?category=%E9%A0%90%E7%AE%97%E6%A1%88&newsid=ETN360225462&page=5
    const page = [...story, '《經濟通通訊社25日專訊》', '【你點睇?】政府擬收購宏福苑受災樓宇,你是否認同?► 立即投票'].join('\n');
    const text = paragraphs(page).join('\n');
    expect(text).not.toMatch(/專訊|投票/u);
  });
  test('guard: a sentence on a vote and a quoted book title stay text', () => {
    const page = [...story, '', '立法會將於下月就撥款條例草案進行投票,市民可在網上立即投票表達意見的做法不適用於立法程序。', '', '《基本法》'].join('\n');
    const text = paragraphs(page).join('\n');
    expect(text).toContain('立即投票表達意見');
    expect(text).toContain('《基本法》');
  });
  test('"(南阳广电融媒记者 郑若宇)" alone after the story: removed as the reporter\'s credit (was: the last paragraph; hntv.tv)', () => {
    // https://www.hntv.tv/yshn/article/1/1254745054296281088
    const page = ['4月27号,南阳市人大常委会2020年部门预算草案初步审查会召开,市人大常委会副主任郭斌出席会议。', '会议听取了市财政局关于2019年预算执行情况和2020年市级预算草案情况汇报。', '(南阳广电融媒记者 郑若宇)'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('郑若宇'))).toBe(false);
    expect(said(page, 'byline').length + said(page, 'page-info').length).toBeGreaterThanOrEqual(1);
  });
  test('guard: a bracketed note naming a reporters\' association stays text', () => {
    const page = ['关于2023年宣传工作情况的报告', '', '组织新闻记者培训3期,培训人数460人次。', '', '(含县融媒体中心记者培训)'].join('\n');
    expect(paragraphs(page).some((b) => b.includes('记者培训）') || b.includes('记者培训)'))).toBe(true);
  });
});

describe('stop 56, blind: a blog\'s footer and a like button', () => {
  test('"9CF9B51D3BD2B0C4" / "arrow" / "d53zh71xfh 發表在 痞客邦 留言(0) 人氣()": removed (was: four paragraphs; pixnet.net)', () => {
    // http://d53zh71xfh.pixnet.net/blog/post/53686299
    const page = ['大陸官方今天發表首部軍事戰略白皮書,正文共六章,約九千字。', '', '陸媒報導,「中國的軍事戰略」白皮書是自一九九八年以來大陸發布的第九部國防白皮書。', '', '', '9CF9B51D3BD2B0C4', 'arrow', 'arrow', '', '    d53zh71xfh 發表在 痞客邦 留言(0) 人氣()'].join('\n');
    const text = paragraphs(page).join('\n');
    expect(text).not.toMatch(/9CF9B51D|arrow|痞客邦/u);
  });
  test('"- +1" over a mirrored story: removed, the headline the title (was: a paragraph, no title; loaarchitects.com.cn)', () => {
    // http://www.loaarchitects.com.cn/newsDetail_forward_26492175
    const page = ['- +1', '李家超就新一份財政預算案發表聲明:對香港的發展充滿信心', '香港特區行政長官李家超今日(28日)就2024至2025年度《財政預算案》發表聲明。', '李家超表示,財政司司長今日發表本屆政府第二份《財政預算案》。'].join('\n');
    const { blocks } = read(page);
    expect(blocks.some((b) => b.includes('+1'))).toBe(false);
  });
  test('guard: a figure with a plus sign in a sentence, and a standard\'s code, stay text', () => {
    const page = ['关于2023年科技工作情况的报告', '', '实施“1+1”结对帮扶,新增研发投入+12%。', '', 'GB3095'].join('\n');
    const text = paragraphs(page).join('\n');
    expect(text).toContain('+12%');
  });
});

describe('stop 56, blind: an adoption note under the title with its brackets left off', () => {
  const body = ['主任、副主任、各位委员:', '受县人民政府委托,我代表县人民政府报告《2023年天等县决算(草案)的报告》,请予审议。', '一、2023年天等县决算总体情况', '2023年,在县委、县政府的坚强领导下,全县经济平稳发展。'];
  test('"2024年10月18日天等县第十七届人民代表大会常务委员会第二十四次会议通过": the day dates the report, the note stays text (was: no date; bt8.net mirror of tiandeng.gov.cn)', () => {
    // http://www-tiandeng-gov-cn.njmu.s5.bt8.net/gkbz/zdlyxxgk/czyjs/zfjs/t19338493.shtml
    const page = ['2023年天等县决算(草案)的报告', '2024年10月18日天等县第十七届人民代表大会常务委员会第二十四次会议通过', ...body].join('\n');
    const { front, blocks } = read(page);
    expect(front.date).toBe('2024-10-18');
    expect(blocks.some((b) => b.includes('第二十四次会议通过'))).toBe(true);
    expect(said(page, 'missing-occasion')).toEqual([]);
  });
  test('guard: a first sentence saying a meeting adopted something, its full stop after it, dates nothing', () => {
    const page = ['2023年天等县决算(草案)的报告', '2024年10月18日县人大常委会会议审议通过了预算调整方案。', ...body].join('\n');
    expect(read(page).front.date).not.toBe('2024-10-18');
  });
});

describe('stop 56, blind: a site\'s lead label before the story\'s first words', () => {
  test('"【快印客导读】3月12日上午,…": the label removed, the sentence kept (was: in the first paragraph; 2015.1651ky.com)', () => {
    // http://2015.1651ky.com/Details/11787.htm
    const page = ['【快印客导读】3月12日上午,十三届全国人大二次会议举行全体会议,听取最高人民法院工作报告。', '姜启波介绍,今年的最高人民法院工作报告全文共20页10000多字。'].join('\n');
    const text = paragraphs(page).join('\n');
    expect(text).not.toContain('导读');
    expect(text).toContain('3月12日上午');
  });
  test('guard: a bracketed label of another kind at a line\'s start stays', () => {
    const page = ['关于2023年工作情况的报告', '', '【典型案例】某县法院审结一起环境公益诉讼案件,判令被告修复生态。'].join('\n');
    expect(paragraphs(page).join('\n')).toContain('【典型案例】');
  });
});
