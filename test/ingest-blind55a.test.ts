/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 55 (2026-12-05, helper blind55a:
 * government work reports and pages about them). Each test is the page's shape reduced to a few lines, with its URL; its name
 * says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';
import { readIngested, said } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const paragraphs = (text: string) => read(text).blocks;
const removedAs = (text: string, rule: string) => read(text).result.file.messages.filter((m) => m.ruleId === rule).map((m) => m.line);
const refusal = (text: string): string => {
  try {
    ingest(Buffer.from(text), { fileName: 'page.txt', slug: 't' });
  } catch (error) {
    return String((error as Error).message);
  }
  return 'read';
};

/** A report's opening in its own voice, for the guards. */
const opening = ['政府工作报告', '——2024年1月10日在某县第十七届人民代表大会第三次会议上', '县长 王明', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员提出意见。', '一、2023年工作回顾', '过去一年,全县经济平稳增长。'];

describe('stop 55, blind: a site\'s address glued before a heading (its copy-guard)', () => {
  // http://qz26.com/baogao/f02868/231087_2.html (a writing site's copy of a forestry bureau's account)
  const page = ['林业局领导班子述职报告', '(四)加强森林资源管理', '全县累计采伐林木79852立方米,森林资源得到有效保护。', 'www.qz26.com(五)林业科技培训工作', '我局组织举办林果产业科学技术培训班8次,受训人数达1万余人次。'].join('\n');
  test('the heading stays, the address alone goes, said (was: the whole line removed as a URL, the heading lost)', () => {
    expect(paragraphs(page)).toContain('### （五）林业科技培训工作');
    expect(read(page).result.file.messages.some((m) => m.ruleId === 'url' && /^Removed site boilerplate \(URL\): “www\.qz26\.com”$/u.test(String(m.reason)))).toBe(true);
  });
  test('an address opening a sentence of the text stays with it (was: the whole sentence removed as a URL, a line with no space)', () => {
    const report = [...opening, 'www.gov.cn网站开设了留言专栏,全年收到建议300余条。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('www.gov.cn网站开设了留言专栏'))).toBe(true);
  });
  test('guard: an address alone on its line is still the page\'s', () => {
    expect(removedAs([...opening, 'www.example.com'].join('\n'), 'url')).toEqual([8]);
  });
});

describe('stop 55, blind: the page\'s summary over the text, its opening words clipped mid-word', () => {
  // http://guoou168.cn/index/huainanshenghuo/25329.html (a copy of 淮南's call for views on the 2022 report)
  const page = ['淮南市人民政府開展“我為政府獻一策”征集活動 的通知', '明年是新一屆政府的開局之年,起草好2022年政府工作報告意義重大。為更好傾聽民聲、收集民意、匯集民智,現向社會各界征集對政府工作報告起草的意見和建議。一、 征集內容(1)對未來五年以及2022年全市經濟社會發展的意見建議。可重點圍繞四化同步、雙', '明年是新一屆政府的開局之年,起草好2022年政府工作報告意義重大。為更好傾聽民聲、收集民意、匯集民智,現向社會各界征集對政府工作報告起草的意見和建議。', '一、 征集內容', '(1)對未來五年以及2022年全市經濟社會發展的意見建議。可重點圍繞四化同步、雙招雙引、產業轉型等方面提出意見和建議。'].join('\n');
  test('the clipped copy goes, said; the text stays whole (was: joined to the first paragraph, "…四化同步、雙明年是新一屆…")', () => {
    const { blocks, result } = read(page);
    expect(blocks.some((b) => b.includes('雙明年'))).toBe(false);
    expect(blocks.some((b) => b.startsWith('明年是新一屆政府的開局之年') && b.endsWith('意見和建議。'))).toBe(true);
    expect(result.file.messages.some((m) => m.ruleId === 'doubled-line' && m.line === 2 && /summary/u.test(String(m.reason)))).toBe(true);
  });
  test('guard: a paragraph wrapped over lines, the next line going on with new words, is joined as before', () => {
    const dump = ['各位代表：', '现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。过去一年，我们坚持稳中求进工作总基调，全市经济运行总体平稳，用好国家政策资金，出台稳增长等政策，加', '强激发消费，城乡居民收入稳步增长，民生保障水平不断提高。'].join('\n');
    expect(paragraphs(dump).some((b) => b.includes('加强激发消费'))).toBe(true);
  });
});

describe('stop 55, blind: an e-paper\'s control bar, its reader\'s poll and its comment form', () => {
  // http://paper.ce.cn/jjrb/html/2012-03/14/content_197860.htm (经济日报, 2012-03-14, page 9: a CPPCC member on the report)
  const page = ['第09版:两会特刊 上一版3  4下一版  ', '标题导航', '上一版3  4下一版 2012年3月14日 星期 放大 缩小 默认', '灾区的明天会更好', '在全国政协民族界别小组讨论现场,委员们争相发言。', '“今年的政府工作报告很务实,既讲出了成绩,也指明了存在的问题。”王福耀委员说。', '3 上一篇  下一篇 4 语音朗读 放大 缩小 默认', '您对这篇文章的满意度', '非常满意基本满意不太满意很不满意不做评价', '对此文章发表评论', '用户名:密码:匿名发表    注册'].join('\n');
  test('the story\'s headline is the title (was: "上一版3 4下一版2012年3月14日星期放大缩小默认")', () => {
    expect(read(page).front.title).toBe('灾区的明天会更好');
  });
  test('the bar under the story, the poll and the form go, said (was: five paragraphs)', () => {
    expect(removedAs(page, 'page-info')).toContain(7);
    expect(removedAs(page, 'page-footer')).toEqual([8, 9, 10, 11]);
    expect(paragraphs(page).some((b) => /满意|发表评论|用户名|上一篇/u.test(b))).toBe(false);
  });
  test('guard: a report\'s sentences on satisfaction and on comments stay', () => {
    const report = [...opening, '群众满意度达到98%,非常满意率提高5个百分点。', '对群众反映的问题,全部发表评论并逐一回复。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('群众满意度达到98%'))).toBe(true);
    expect(paragraphs(report).some((b) => b.startsWith('对群众反映的问题'))).toBe(true);
  });
});

describe('stop 55, blind: a file photo\'s note with its disclaimer', () => {
  // http://bj.gqsoso.com/beijing/20230115/565996.html (a copy of 千龙网's story on 北京's 2023 report)
  const page = ['两会速递|2023年北京重点做好这十二方面重点任务', '(资料图片仅供参考)', '千龙网讯(记者 刘美君)1月15日上午,北京市第十六届人民代表大会第一次会议开幕,北京市代市长殷勇作政府工作报告。'].join('\n');
  test('"(资料图片仅供参考)" goes, said (was: a paragraph)', () => {
    expect(removedAs(page, 'caption')).toEqual([2]);
  });
  test('guard: a report\'s sentence saying its figures are for reference stays', () => {
    const report = [...opening, '(以上数据仅供参考)'].join('\n');
    expect(paragraphs(report)).toContain('（以上数据仅供参考）');
  });
});

describe('stop 55, blind: a stamp row of the column and the posting day', () => {
  // http://www.bjhrbsh.org/index.php?m=home&c=View&a=index&aid=148 (a chamber of commerce's story of its members at the 两会)
  const page = ['两会系列之黑龙江人大政协代表履行职责', '栏目:龙行天下 发布时间:2021-11-05', '今年参加两会的黑龙江代表,年龄涵盖60后到80后,职业涵盖技术工人、农民、教师。'].join('\n');
  test('the row goes, said (was: a paragraph, "栏目:龙行天下发布时间:2021-11-05")', () => {
    expect(removedAs(page, 'page-info')).toEqual([2]);
  });
  test('guard: a report\'s sentence naming columns and a posting day stays', () => {
    const report = [...opening, '新开设栏目12个,发布时间:每周一。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('新开设栏目12个'))).toBe(true);
  });
});

describe('stop 55, blind: a law database\'s record fields over the document', () => {
  // https://055110.com/law/1/1342.html (the NPC's 2003 resolution on the report, a law database's copy)
  const page = ['【发布部门】 全国人民代表大会', '【发布日期】 2003.03.18', '【实施日期】 2003.03.18', '【时效性】 现行有效', '【效力级别】 工作文件', '第十届全国人民代表大会第一次会议关于《政府工作报告》的决议', '(2003年3月18日第十届全国人民代表大会第一次会议通过)', '第十届全国人民代表大会第一次会议,审议了朱镕基总理代表国务院所作的《政府工作报告》。会议决定批准这个报告。'].join('\n');
  test('the document\'s name is the title, the fields go, said (was: title "全国人民代表大会", three fields paragraphs)', () => {
    const { front, blocks } = read(page);
    expect(front.title).toBe('第十届全国人民代表大会第一次会议关于《政府工作报告》的决议');
    expect(removedAs(page, 'page-info')).toEqual([1, 2, 3, 4, 5]);
    expect(blocks.some((b) => b.startsWith('【'))).toBe(false);
  });
  test('guard: a report\'s run-in heading in corner brackets stays', () => {
    const report = [...opening, '【实施日期】 以后的各项工作,全部按新规执行,确保落实到位。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('以后的各项工作'))).toBe(true);
  });
});

describe('stop 55, blind: a page in English with a district\'s name in Chinese', () => {
  // https://www.breakinglatest.news/news/hengyang-municipal-peoples-government-portal-… (Yanfeng district delegation reviews the report)
  const english = 'The Yanfeng District delegation held a plenary meeting at the third session of the 16th Municipal People’s Congress to review the government work report delivered by Mayor Zhu Jian. The report was praised for objectively summarizing the achievements of the past year, analyzing the complex situation facing current development, and clearly deploying the main tasks for 2024. Representatives commended the report for highlighting the city’s efforts and emphasized the need to continue upholding good experience and practices in the long term, as a strategy that resonated with the delegates.';
  const page = [' date 2023-12-26 Home » Hengyang Municipal People’s Government Portal-[雁峰区] The Yanfeng District delegation reviewed the government work report', 'News', english, english].join('\n');
  test('refused as an English page before it is read (was: read as a bilingual edition, its English said glued inside Chinese lines)', () => {
    expect(refusal(page)).toMatch(/^Unexpected page without report text: it is in English \(\d+ English words\) but for 3 Chinese character\(s\)/u);
  });
  test('guard: a bilingual edition, a Chinese paragraph and its English, is read', () => {
    const bilingual = ['政府工作报告', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。', 'Fellow Deputies,', 'On behalf of the Municipal People’s Government, I will now report to you on the work of the government for your deliberation and approval, and I also invite comments from members of the Municipal Committee of the CPPCC and other non-voting participants.'].join('\n');
    expect(refusal(bilingual)).toBe('read');
  });
});

describe('stop 55, blind: a call for views on the report before it is drafted', () => {
  // https://www.hbxs.gov.cn/content/article/60798951?isSummary=1 (相山区, 2023); http://zjccc.cn/zchjview/13224 (温州, 2014)
  const page = ['相山区“两会”的脚步越来越近,《政府工作报告》是“两会”的重要事项。', '为起草好2023年相山区《政府工作报告》,区人民政府发起“我为政府工作报告写几句”活动,公开征集社会各界对相山区《政府工作报告》和政府工作的意见建议。', '征集时间:2022年12月14日-2023年1月5日', '电子邮件请发至:xsqzfb@163.com'].join('\n');
  test('said a call for views, not the report (was: no word)', () => {
    expect(said(page, 'other-document').map((m) => String(m.reason))).toEqual([expect.stringMatching(/征集社会各界对相山区《政府工作报告》和政府工作的意见” names a call for views/u)]);
  });
  test('guard: a report\'s own words on the views it gathered are no call', () => {
    const report = [...opening, '坚持开门问策,广泛征集社会各界对政府工作的意见建议2000余条,吸纳到各项决策中。'].join('\n');
    expect(said(report, 'other-document')).toEqual([]);
  });
});

describe('stop 55, blind: a story\'s dateline after a space, its headline before it, on a flattened line', () => {
  // http://epaper.hljnews.cn/hljrb/20170117/251384.html (黑龙江日报, 2017-01-17: the provincial session opens, 陆昊 delivers the report)
  const page = ['凝神聚焦发力 奋力开创龙江振兴发展新局面 王宪魁主持陆昊作政府工作报告杜宇新等出席 本报16日讯(记者闫紫谦)凝心聚力绘蓝图,继往开来谱新篇。16日上午,黑龙江省第十二届人民代表大会第六次会议在哈尔滨国际会议中心环球剧场隆重开幕。 大会主席团成员在主席台就座,本次大会执行主席王宪魁、符凤春、赵敏、胡世英、庞义华、朱清文、于柏青、宋希斌、孙珅、刘忻、林宽海在主席台前排就座。 9时,王宪魁宣布大会开始。全体起立,唱国歌。 会议的第一项议程是,省长陆昊代表省政府作《政府工作报告》。'].join('\n');
  test('the story opens its own paragraph (was: "…杜宇新等出席本报16日讯(记者闫紫谦)凝心聚力…" one paragraph)', () => {
    expect(paragraphs(page).some((b) => b.startsWith('本报16日讯'))).toBe(true);
  });
  test('guard: a flattened report\'s sentence naming the paper after a space stays whole', () => {
    const report = ['各位代表: 现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员提出意见。 过去一年,全市经济运行总体平稳,报告全文刊登在 本报头版,供各位代表参阅。 全年地区生产总值增长5.2%,一般公共预算收入增长6%。 城乡居民收入稳步增长,民生保障水平不断提高。'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('刊登在本报头版') || b.includes('刊登在 本报头版'))).toBe(true);
  });
});

describe('stop 55, blind: pointing hands alone on their line', () => {
  // http://www.zdhzb.com.cn/newsdetails.html?article_id=281 (丽水开发区's 2020 work meeting)
  const page = ['丽水开发区全面吹响2020冲锋号', '3月26日下午,丽水开发区开出一场2020年度工作大会,管委会主任刘志伟作工作报告。', '目标定下如何实现?', '☟☟☟', '(一)以“市场化、专业化”为导向,实施“招商提质工程”', '1.全面深化招商机制改革,突出招商质量。'].join('\n');
  test('"☟☟☟" goes, said (was: a paragraph)', () => {
    expect(removedAs(page, 'separator')).toEqual([4]);
  });
  test('guard: a figure with its arrow stays in the text', () => {
    const report = [...opening, '单位生产总值能耗↓3.2%,主要污染物排放持续下降。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('单位生产总值能耗↓3.2%'))).toBe(true);
  });
});
