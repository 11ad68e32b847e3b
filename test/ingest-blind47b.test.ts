/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 47 (2026-12-04, helper blind47b):
 * the other reports delivered to congresses (人大常委会、法院、检察院、政协、提案、预算、决算、审计、计划、国有资产、党代会) and their coverage.
 * Each test is the page's shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …").
 * Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const ruleAt = (text: string, line: number) => readIngested(text, 'page.txt', { clean: false }).result.file.messages.filter((m) => m.line === line).map((m) => m.ruleId);
const paragraphs = (text: string) => readIngested(text, 'page.txt', { clean: false }).blocks;

/** A report's opening in its own voice, for the guards. */
const opening = ['市人民代表大会常务委员会工作报告', '——2024年1月10日在某市第十七届人民代表大会第三次会议上', '市人大常委会主任 王明', '各位代表:', '现在,我代表市人民代表大会常务委员会,向大会报告工作,请予审议。', '一、2023年主要工作', '过去一年,常委会依法履职。'];

describe('stop 47, blind: a news site\'s page of an agency story, the CPPCC\'s proposals report delivered by a vice-chairman', () => {
  // http://www.028news.net/longquanyi/20180304/185000_4.html
  const page = [
    '受政协第十二届全国委员会常务委员会委托,万钢向大会报告十二届政协的提案工作情况。他说,十二届政协期间,政协委员提出提案29378件,经审查,立案23975件。',
    '在主席台就座的领导同志还有:丁薛祥、马凯、王晨等。',
    '原标题:两会受权发布:全国政协十三届一次会议在京开幕',
    '『查看评论』',
    '关键字: 全国政协十三届一次会议',
  ].join('\n');
  test('is said to be a news story: "受…委托，万钢向大会报告" is the story\'s third person (was: read as the report\'s voice, nothing said)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/他说/u);
  });
  test('guard: a report\'s own "受…委托，现在向大会报告工作" is its voice (no news story)', () => {
    const report = [...opening.slice(0, 4), '受市人民政府委托,现在向大会报告工作,请予审议。他说的话我们记住了。会议由大会主席团主持。', '一、2023年工作回顾', '全市经济平稳增长。'].join('\n');
    expect(said(report, 'news-story')).toEqual([]);
  });
  test('"『查看评论』" and "关键字: …" are the page\'s comment link and keywords (was: two paragraphs)', () => {
    expect(ruleAt(page, 4)).toContain('social');
    expect(ruleAt(page, 5)).toContain('page-head');
    expect(paragraphs(page).some((b) => b.includes('查看评论') || b.includes('关键字'))).toBe(false);
  });
  test('guard: a sentence that names keywords stays text', () => {
    const report = [...opening, '关键字:稳中求进,我们必须牢牢把握。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('稳中求进'))).toBe(true);
  });
});

describe('stop 47, blind: a mirror of an agency story on a report put before the NPC standing committee', () => {
  // http://kuifo6180.wineast.net/join/join_wz.asp?gg=mSRoB.html (中新社)
  const page = [
    '发布时间:2024-11-23 09:04:42 来源: sp20241123',
    '中新社 北京12月26日电 (记者 梁晓辉 张素)《纲要》实施已有两年多时间。26日提请十四届全国人大常委会审议的一份报告称,《纲要》实施进展情况良好。',
    '当日在十四届全国人大常委会第七次会议上,国家发改委主任郑栅洁作《纲要》实施中期评估报告。',
    '报告称,常住人口城镇化率等4项指标提前实现。',
  ].join('\n');
  test('is said to be a news story (was: "提请…审议的一份报告" read as the report\'s voice, nothing said)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/中新社北京12月26日电/u);
  });
  test('guard: a report\'s "现将…报告提请大会审议" is its voice (no news story)', () => {
    const report = [opening[0], '各位代表:', '现将2023年工作情况报告提请大会审议,并请市政协委员提出意见。', '会议由大会主席团主持。', '一、2023年工作回顾', '代表们认为,全市经济平稳增长。'].join('\n');
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 47, blind: a mirror of an agency story on the congress presidium\'s meeting', () => {
  // http://qc.idea-sf.com:99/info.php?U=OtZh.html (新华社)
  const page = [
    '发布时间:2024-11-26 00:38:05 来源: sp20241126',
    '新华社北京3月8日电 十四届全国人大二次会议主席团8日下午在北京人民大会堂举行第二次会议。会议经过表决,决定将关于政府工作报告的决议草案提请各代表团审议。',
    '主席团常务主席赵乐际主持会议。',
    '会议应到181人,出席171人,缺席10人,出席人数符合法定人数。',
  ].join('\n');
  test('is said to be a news story (was: "决定将…提请各代表团审议" read as the report\'s voice, nothing said)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/新华社北京3月8日电/u);
  });
  test('"主席团常务主席赵乐际主持会议。" is the story\'s sentence, kept (was: removed as a photo caption)', () => {
    expect(ruleAt(page, 3)).not.toContain('caption');
    expect(paragraphs(page)).toContain('主席团常务主席赵乐际主持会议。');
  });
  test('guard: a caption of who chaired, without its stop or with its photographer\'s credit, is still a caption', () => {
    for (const caption of ['县人大常委会主任刘焕华主持开幕大会', '主席团常务主席赵乐际主持会议。 新华社记者 王晔 摄']) {
      const report = [...opening.slice(0, 5), caption, ...opening.slice(5)].join('\n');
      expect(ruleAt(report, 6)).toContain('caption');
    }
  });
  test('guard: above the story\'s dateline, a caption closed by its stop is a caption (888zrbet.com\'s two captions over 香格里拉網訊)', () => {
    const story = ['迪慶州第十二屆人大六次會議隆重開幕', '', '齊建新報告政府工作。', '', '李燦光主持大會。', '', '香格里拉網訊 (記者 永基卓瑪 ) 2月26日上午,迪慶藏族自治州第十二屆人民代表大會第六次會議在州委報告廳隆重開幕。'].join('\n');
    expect(ruleAt(story, 5)).toContain('caption');
  });
});

describe('stop 47, blind: a portal\'s big5 page of a paper\'s story, its mobile link over the headline and the font label under it', () => {
  // http://big5.chinataiwan.cn/xwzx/PoliticsNews/202210/t20221030_12483054.htm
  const page = [
    '• 台灣網移動版',
    '',
    '    台灣網移動版',
    '',
    '基本實現國有資産管理情況報告工作全覆蓋',
    '',
    '2022-10-30 15:59:00',
    '來源:人民網-人民日報',
    '字號',
    '',
    '  十三屆全國人大常委會已經連續四年審議了國務院關於國有資産管理情況的綜合報告。',
  ].join('\n');
  test('the headline is the title; "台灣網移動版" and "字號" are the page\'s links (was: "台灣網移動版" the title, the headline and "字號" paragraphs)', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('基本實現國有資産管理情況報告工作全覆蓋');
    expect(ruleAt(page, 3)).toContain('navigation');
    expect(ruleAt(page, 9)).toContain('page-info');
    expect(blocks.some((b) => b.includes('移動版') || b === '字號')).toBe(false);
  });
  test('guard: a report\'s sentence on a mobile app, and a line naming the app\'s mobile version with more words, stay', () => {
    const report = [...opening, '政务服务移动端', '“皖事通”上线移动版。'].join('\n');
    const blocks = paragraphs(report);
    expect(blocks.some((b) => b.includes('政务服务移动端'))).toBe(true);
    expect(blocks.some((b) => b.includes('皖事通'))).toBe(true);
  });
});

describe('stop 47, blind: a city congress portal\'s news of a committee\'s review of the final accounts, its greeting over it', () => {
  // https://www.rd.gz.cn/gqdt/hzq/content/post_245225.html
  const page = [
    '欢迎您,下午好!',
    '根据相关法律法规和海珠区人大常委会2023年监督工作安排,9月21日,区人大财政经济委员会召开专题会议,对《海珠区2022年财政收支总决算报告(草案)》进行初审。',
  ].join('\n');
  test('"欢迎您,下午好!" is the portal\'s greeting, not the title (was: the title)', () => {
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title ?? '').toBe('');
    expect(ruleAt(page, 1)).toContain('navigation');
  });
  test('guard: a speaker\'s "大家上午好！" stays text', () => {
    const report = ['在全县经济工作会议上的讲话', '同志们,大家上午好!', '今天召开全县经济工作会议。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('大家上午好'))).toBe(true);
  });
});

describe('stop 47, blind: a city congress site\'s news of a budget deliberation, "lll" after its text', () => {
  // http://scdyrd.gov.cn/contents/8/420.html
  const page = ['市八届人大六次会议召开市级预算专题审议会议', '', '2月5日下午,市八届人大六次会议召开市级预算专题审议会议。', '', 'lll'].join('\n');
  test('"lll" is a separator, not a paragraph (was: a paragraph)', () => {
    expect(ruleAt(page, 5)).toContain('separator');
    expect(paragraphs(page)).not.toContain('lll');
  });
  test('guard: "III" (a Roman three) alone is no separator', () => {
    expect(ruleAt([...opening, 'III'].join('\n'), 8)).not.toContain('separator');
  });
});

describe('stop 47, blind: a mirror of a paper\'s story on a policy address, the picture\'s caption printed twice with its credit', () => {
  // http://124.42.81.250:8082/E-mobile/App/System/UserSelect/main.php?dr9yZ=ELznA.html (人民网)
  const page = [
    '香港特区行政长官李家超发表2023年施政报告',
    '',
    '香港特区行政长官李家超发表2023年施政报告。人民网吴宇扬扬 摄 香港特区行政长官李家超发表2023年施政报告。人民网吴宇扬扬 摄',
    '',
    '人民网香港10月25日电 (吴宇扬扬)香港特区行政长官李家超25日发表任内第二份施政报告。',
  ].join('\n');
  test('the line closed by the photographer\'s credit, its words printed twice, is a caption (was: a paragraph, marked a lead)', () => {
    expect(ruleAt(page, 3)).toContain('caption');
    expect(paragraphs(page).some((b) => b.includes('摄'))).toBe(false);
  });
  test('guard: a caption closed by its credit whose words are nowhere else on the page stays, and tells the story (stop 36)', () => {
    const captions = ['全国人大代表、省委书记陆浩审议政府工作报告。本报记者 吕建荣摄', '全国人大代表、省长徐守盛审议政府工作报告。本报记者 吕建荣摄'].join('\n');
    const { blocks } = readIngested(captions, 'page.txt', { clean: false });
    expect(blocks).toHaveLength(2);
    expect(said(captions, 'news-story')).toHaveLength(1);
  });
  test('guard: a sentence ending in 摄 with no name before it, and a line of pictures\' text with no stop before the name, stay', () => {
    const report = [...opening, '全年拍摄宣传片12部,组织群众摄影展,全市上下积极参与摄影摄', '全市举办摄影大赛3次。'].join('\n');
    const blocks = paragraphs(report);
    expect(blocks.some((b) => b.includes('积极参与摄影摄'))).toBe(true);
    expect(blocks.some((b) => b.includes('摄影大赛'))).toBe(true);
  });
});

describe('stop 47, blind: a court\'s copy of a legal paper\'s story on a county court\'s report, the story\'s source under it', () => {
  // https://nyzy.hncourt.gov.cn/public/detail.php?id=23258
  const page = [
    '西峡县法院院长向人大常委会作工作报告',
    '',
    '本报南阳讯 8月31日,西峡县法院院长赵曙君在西峡县第十五届人民代表大会第四次会议上作西峡县法院工作报告。',
    '',
    '责任编辑:fb    ',
    '',
    '文章出处:9月5日《河南法制报》18版    ',
  ].join('\n');
  test('"文章出处:…" is the page\'s stamp (was: a paragraph)', () => {
    expect(ruleAt(page, 7)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.includes('文章出处'))).toBe(false);
  });
});

describe('stop 47, blind: a regional portal\'s story of a county CPPCC session, its reports delivered by those entrusted', () => {
  // http://hainan.sina.com/commercial/news/2017-01-17/10374172.html
  const page = [
    '16日上午,中国人民政治协商会议陵水黎族自治县第十届委员会第二次会议在县人民会堂召开。',
    '本次会议应到会委员122人,实到会委员112人,符合规定人数。',
    '受陵水黎族自治县政协第十届委员会常务委员会委托,苏忠仕作《关于认真做好2017年政协工作的意见》的报告。',
    '会议还对全体到会委员作政协提案撰写专题辅导报告。(通讯员:黄艳艳 胡阳)',
  ].join('\n');
  test('is said to be a news story: the members\' attendance and "受…委托，苏忠仕作…报告" (was: nothing said)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/应到会委员/u);
    expect(told[0].reason).toMatch(/苏忠仕作/u);
  });
  test('"(通讯员:黄艳艳 胡阳)" after the last sentence is the story\'s credit (was: kept in the paragraph)', () => {
    expect(ruleAt(page, 4)).toContain('page-info');
    expect(paragraphs(page).at(-1)).toMatch(/能。$|报告。$/u);
  });
  test('guard: a report\'s own "受…委托，现在作…报告" and a sentence naming the members who attend stay its voice', () => {
    const report = ['政协某县委员会常务委员会工作报告', '各位委员:', '受政协某县第十届委员会常务委员会委托,现在作常务委员会工作报告,请予审议。', '一、2023年工作回顾', '常委会组织委员视察12次,应到会委员全部参加。'].join('\n');
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 47, blind: a converter\'s copy of a county CPPCC\'s opening story', () => {
  // http://2getgold.com/zhengxie/2022/192624.html
  const page = [
    '3月15日,山阳县政协十届一次会议开幕。商洛市政协副主席夏启宗,山阳县委书记袁良善到会指导,县政协主席黄朝庆在主席台前排就座。',
    '山阳县政协副主席杨前超受政协山阳县第九届委员会常务委员会委托,向大会报告第九届政协提案工作。',
  ].join('\n');
  test('is said to be a news story: an office and a name before "受…委托，向大会报告" (was: read as the report\'s voice)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/到会指导/u);
  });
  test('guard: "我受…委托，向大会报告" is the report\'s voice', () => {
    const report = ['关于政协第九届委员会提案工作情况的报告', '各位委员:', '我受政协山阳县第九届委员会常务委员会委托,向大会报告提案工作,请予审议。', '县政协主席黄朝庆到会指导调研,在主席台前排就座。', '一、提案提交情况', '共提交提案200件。'].join('\n');
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 47, blind: a Hong Kong paper\'s page, its weather box over the headline', () => {
  // http://hkcd.com.hk/hkcdweb/content_p/2024/01/21/content_166078.html
  const page = ['香港商報', '-- 天氣', '2024年安徽省兩會開幕在即 港澳地區委員將參加聯組會議', '', '    1月21日上午,安徽省十四屆人大二次會議、安徽省政協十三屆二次會議新聞發佈會在合肥召開。'].join('\n');
  test('"-- 天氣" is the weather box, the headline the title (was: "-- 天氣" the title)', () => {
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('2024年安徽省兩會開幕在即港澳地區委員將參加聯組會議');
    expect(ruleAt(page, 2)).toContain('navigation');
  });
  test('guard: a report\'s heading on the weather stays', () => {
    const report = [...opening, '（一）天气', '全年降水偏多。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('天气'))).toBe(true);
  });
});

describe('stop 47, blind: a provincial news site\'s story of the congress\'s agenda, its keywords and related stories under it', () => {
  // http://sd.sdnews.com.cn/yw/202401/t20240121_4343903.htm
  const page = [
    '山东省十四届人大二次会议1月22日开幕,会期4天半',
    '鲁网1月21日讯(记者 范金鑫)1月21日下午,山东省十四届人大二次会议举行第一场新闻发布会。',
    '责任编辑:刘晓婧',
    '新闻关键词:山东',
    '- 山东省十四届人大二次会议扩大列席、旁听会议人员范围2024-01-21',
    '- 山东省十四届人大一次会议以来,854件需要答复的代表建议已全部答复2024-01-21',
  ].join('\n');
  test('"新闻关键词:山东" and the dated related headlines are the page\'s (was: three paragraphs, and a cut-off warning)', () => {
    const { blocks, rules } = readIngested(page, 'page.txt', { clean: false });
    expect(ruleAt(page, 4)).toContain('page-head');
    expect(ruleAt(page, 5)).toContain('navigation');
    expect(ruleAt(page, 6)).toContain('navigation');
    expect(blocks.some((b) => b.includes('关键词') || b.includes('2024-01-21'))).toBe(false);
    expect(rules).not.toContain('cut-off');
  });
  test('guard: a report\'s list item closed by a sentence\'s stop and a day stays', () => {
    const report = [...opening, '- 全年完成项目验收。2024-01-21', '- 截至2024-01-21'].join('\n');
    const blocks = paragraphs(report);
    expect(blocks.some((b) => b.includes('项目验收'))).toBe(true);
    expect(blocks.some((b) => b.includes('截至'))).toBe(true);
  });
});

describe('stop 47, blind: a traditional copy of a news app\'s story of the provincial standing committee', () => {
  // https://atoomu.net/news/ec630937f4f5260fe5eb91b8802f3640.html (潮新闻)
  const page = [
    '潮新聞客戶端 記者 蔣欣如',
    '12月18日至19日,省十四屆人大常委會第十四次會議在杭州舉行。潮新聞記者 蔣欣如 攝',
    '12月18日至19日,省十四屆人大常委會第十四次會議在杭州舉行。省人大常委會副主任陳金彪主持會議。',
    '會議審議省人大常委會工作報告稿;征求對「一府兩院」3個工作報告稿的意見。',
    '「轉載請註明出處」',
  ].join('\n');
  test('the byline, the caption and the reprint notice are the page\'s (was: the byline the title, the caption and the notice paragraphs)', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title ?? '').toBe('');
    expect(ruleAt(page, 1)).toContain('byline');
    expect(ruleAt(page, 2)).toContain('caption');
    expect(ruleAt(page, 5)).toContain('disclaimer');
    expect(blocks.some((b) => b.includes('攝') || b.includes('轉載'))).toBe(false);
  });
  test('guard: a report\'s sentence on reprints stays', () => {
    const report = [...opening, '「转载请注明出处」等规范写入管理办法。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('管理办法'))).toBe(true);
  });
});

describe('stop 47, blind: spam mirrors of session stories, a betting site\'s words put into the text', () => {
  // http://qhbaly.com/hasrmzf/rdhdt2023/content/b3049385-550c-4e49-a6de-6c018f8e6b72.html; http://bc0550.com/xwzx/jrlz/content_58333
  test('"篮球即时比分" and "英国威廉希尔公司_官方网站" are said as injected spam (was: nothing said)', () => {
    const page = [
      '1月11日下午,市十七届人大二次会议举行代表团和列席队活动,审议《篮球即时比分海安市第十七届人民代表大会开发园区委员会组成人员通过办法(草案)》。',
      '2月15日上午,英国威廉希尔公司_官方网站:第十七届人民代表大会第二次会议举行第二次全体会议。',
    ].join('\n');
    const told = said(page, 'injected-spam');
    expect(told.map((m) => m.line)).toEqual([1, 2]);
    expect(told[1].reason).toMatch(/威廉希尔公司_官方网站/u);
  });
  test('guard: a report\'s sports results and its portal named with an underscore-free title are no spam', () => {
    const report = [...opening, '全市举办篮球联赛,比分实时发布在市政府官方网站。'].join('\n');
    expect(said(report, 'injected-spam')).toEqual([]);
  });
});

describe('stop 47, blind: a city paper\'s e-paper of the resolution on the procuratorate\'s report', () => {
  // https://epaper.wifizs.cn/zsrb/2024-02/04/content_9934075.html (舟山日报)
  const page = [
    '舟山市第八届人民代表大会第四次会议关于市人民检察院工作报告的决议',
    '',
    '(2024年2月3日舟山市第八届人民代表大会第四次会议通过)',
    '',
    '字数',
    '',
    '《 舟山日报 》( 2024年02月04日 第 02 版 )',
    '',
    '  舟山市第八届人民代表大会第四次会议听取和审议了糜方强检察长所作的市人民检察院工作报告。会议决定批准这个报告。',
  ].join('\n');
  test('"字数" and the paper\'s issue line are the e-paper\'s (was: two paragraphs)', () => {
    expect(ruleAt(page, 5)).toContain('page-info');
    expect(ruleAt(page, 7)).toContain('page-info');
    expect(paragraphs(page).some((b) => b === '字数' || b.includes('舟山日报'))).toBe(false);
  });
  test('guard: a report\'s sentence naming the paper and a page stays', () => {
    const report = [...opening, '《舟山日报》(2024年2月4日第2版)刊发了常委会的决议。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('刊发了'))).toBe(true);
  });
});

describe('stop 47, blind: a law portal\'s story that the session approved the procuratorate\'s report', () => {
  // http://www.zyswzfw.gov.cn/Show/379839 (张掖政法网)
  const page = [
    '张掖市五届人大三次会议决定批准市人民检察院工作报告',
    '',
    '来源:张掖检察 责任编辑:高睿蔓 发布时间:2024-01-12 阅读次数:',
    '',
    '2024年1月10日,在张掖市第五届人民代表大会第三次会议上,与会代表对《关于市人民检察院工作报告的决议(草案)》进行表决,获全票通过。',
  ].join('\n');
  test('the issuer is not the headline\'s clause (was: "张掖市五届人大三次会议决定批准市人民检察院")', () => {
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.issuer ?? '').not.toMatch(/会议|批准/u);
  });
  test('guard: a court\'s report titled by its whole name still names the court', () => {
    const report = ['张掖市人民检察院工作报告', '各位代表:', '现在,我向大会报告工作,请予审议。', '一、2023年工作回顾', '全市检察机关办理案件1.2万件。'].join('\n');
    const { front } = readIngested(report, 'page.txt', { clean: false });
    expect(front.issuer).toBe('张掖市人民检察院');
  });
});

describe('stop 47, blind: a news aggregator\'s story of a county CPPCC\'s proposals report, its headline printed three times', () => {
  // https://p2.ttnews.xyz/a/5fcebef9dc9b5e46b1bf7e8e
  const page = [
    '政協提案工作情況報告:“經濟建設”提案佔比超40%',
    '',
    '政協提案工作情況報告:“經濟建設”提案佔比超40%',
    '',
    '4月21日上午,政協第十三屆絳縣委員會第五次會議召開第一次全體會議。絳縣政協副主席白海珠受政協絳縣第十三屆委員會常務委員會的委託,向大會報告四次會議以來提案工作情況。',
    '',
    '政協提案工作情況報告:“經濟建設”提案佔比超40%',
    '',
    '在過去的一年裡,縣政協緊緊圍繞縣委、縣政府中心工作,積極以提案的形式建言獻策。',
  ].join('\n');
  test('the title keeps its last words (was: "提案佔比超40%" removed from its three lines as a site\'s watermark)', () => {
    const { front, rules } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('政協提案工作情況報告：“經濟建設”提案佔比超40%');
    expect(rules).not.toContain('watermark');
  });
  test('guard: a watermark glued after different lines\' sentences is still removed', () => {
    const report = [...opening.slice(0, 5), '全市经济平稳增长。ddd保山日报网', '财政收入稳步提高。ddd保山日报网', '民生持续改善。ddd保山日报网'].join('\n');
    expect(said(report, 'watermark')).toHaveLength(1);
  });
});

describe('stop 47, blind: a court\'s news of the party committee reviewing its report, the font buttons one a line with bars', () => {
  // https://xyzy.jxfy.gov.cn/article/detail/2019/01/id/3644004.shtml
  const page = ['市委常委会专题审议《市中级人民法院工作报告》', '作者:万淑萍 发布时间:2019-01-04 17:46:05', '打印', '字号:', '大 |', '中 |', '小', '1月2日下午,新余市委书记蒋斌主持召开八届市委第56次常委会议,专题研究审议《市中级人民法院工作报告(讨论稿)》。'].join('\n');
  test('"大 |" / "中 |" / "小" are the font buttons (was: "中 |" and "小" paragraphs)', () => {
    expect(ruleAt(page, 6)).toContain('page-info');
    expect(ruleAt(page, 7)).toContain('page-info');
    expect(paragraphs(page).some((b) => /^[中小]/u.test(b))).toBe(false);
  });
});

describe('stop 47, blind: a tender site\'s copy of a district CPPCC\'s proposals story, its hidden-content notice', () => {
  // http://bid.caigoupt.com/info-268202031.html
  const page = ['天津【关注两会】政协委员积极通过提案建言资政', '查看隐藏内容(*)需先登录', '区政协会议期间,广大政协委员积极通过提案建言资政。区政协提案委员会主任程珂表示,本次会议提案内容丰富。'].join('\n');
  test('"查看隐藏内容(*)需先登录" is the site\'s notice that it hid part of the text (was: a paragraph, nothing said)', () => {
    const told = said(page, 'omitted-text');
    expect(told).toHaveLength(1);
    expect(told[0].line).toBe(2);
    expect(paragraphs(page).some((b) => b.includes('隐藏内容'))).toBe(false);
  });
  test('guard: a report\'s sentence on hidden content and logging in stays', () => {
    const report = [...opening, '查看隐藏内容需先登录的做法,已在政务网站全面清理。'].join('\n');
    expect(said(report, 'omitted-text')).toEqual([]);
  });
});

describe('stop 47, blind: a radio portal\'s copy of a city paper\'s story, its app button, stamp, counter label and related header', () => {
  // https://cq.cri.cn/chinanews/20181204/5a5d4bf2-fe0b-671a-7234-797692d98f4e.html
  const page = [
    '打开ChinaNews阅读',
    '',
    '今年市人大常委会委托5个区县对5件法规开展了执法检查工作',
    '',
    '重庆日报2018-12-04 10:00:59',
    '',
    '  近日,市人大常委会通报了委托部分区县(自治县)人大常委会开展执法检查工作的情况。 (记者 颜若雯)',
    '',
    '阅读',
    '编辑:欧平淑',
    '—  相关新闻  —',
  ].join('\n');
  test('the app button, the outlet\'s stamp, "阅读" and "—相关新闻—" are the page\'s; the headline is the title (was: the button the title, four paragraphs)', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('今年市人大常委会委托5个区县对5件法规开展了执法检查工作');
    for (const line of [1, 5, 9, 11]) expect(ruleAt(page, line).length).toBeGreaterThan(0);
    expect(blocks.some((b) => /ChinaNews|重庆日报|^阅读$|相关新闻/u.test(b))).toBe(false);
  });
  test('guard: a report\'s "打开…大门" sentence and a heading on reading stay', () => {
    const report = [...opening, '打开开放合作新大门。', '（三）阅读'].join('\n');
    const blocks = paragraphs(report);
    expect(blocks.some((b) => b.includes('打开开放合作新大门'))).toBe(true);
    expect(blocks.some((b) => b.includes('阅读'))).toBe(true);
  });
});

describe('stop 47, blind: a prefecture portal\'s story of a party congress report\'s drafting, the editor\'s credit in brackets', () => {
  // http://enshifabu.cjyun.org/p/34482.html
  const page = ['8月29日下午,来凤县第十五次党代会报告起草工作领导小组全体会议召开。县委书记胡泽出席会议并讲话,县委常委费国华主持会议。', '来源: 来凤新闻网 记者 向相辉', '(责任编辑 罗茜)'].join('\n');
  test('"(责任编辑 罗茜)" is the page\'s credit (was: a paragraph)', () => {
    expect(ruleAt(page, 3)).toContain('page-info');
  });
});

describe('stop 47, blind: a traditional copy of a city paper\'s story on the standing committee\'s inspections, the reporters\' names at the end', () => {
  // http://www.bkw8.com/content/2017-10/16/content_225884.htm (梧州日報)
  const page = ['????梧州日報訊 市人大常委會認真履行職責,積極開展執法檢查,加快法治梧州建設。', '????(唐堅 吳文繼 李德昌 余麗娜) |'].join('\n');
  test('"????(唐堅 吳文繼 李德昌 余麗娜) |" is the reporters\' credit (was: a paragraph, its lost indent kept)', () => {
    expect(ruleAt(page, 2)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.includes('唐堅') || b.includes('?'))).toBe(false);
  });
  test('guard: a report\'s bracketed words with a sentence, and a bracket of one name, stay', () => {
    const report = [...opening, '(以上数据 均为快报数)', '(王明)'].join('\n');
    const blocks = paragraphs(report);
    expect(blocks.some((b) => b.includes('王明'))).toBe(true);
    expect(blocks.some((b) => b.includes('快报数'))).toBe(true);
  });
});
