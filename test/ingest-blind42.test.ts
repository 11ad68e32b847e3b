/**
 * Ingest defects the lead found on real pages of the search tool's `pages` corpus, blind, in stop 42 (2026-12-03).
 * Each test is the page's shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …").
 * Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

describe('stop 42, blind: a converter\'s copy of 秀山\'s session news, a character\'s lead byte lost', () => {
  // http://m.974sport.com/show/news/100510.html
  const page = '秀山網(wǎng)訊 1月27日下午,縣第十八屆人大第五次會議各代表團召開第三次會議,審議了縣人民政府工作報告。\n在各代表團,代表們踴躍發(fā)言,氣氛熱烈。代表們一致認(rèn)為,縣人民政府工作報告主題鮮明、內(nèi)涵豐富,鼓舞人心、提振信心、溫暖民心??偨Y(jié)工作實事求是、亮點紛呈。';
  test('"民心??偨Y(jié)工作" is said at its place, kept as found (was: nothing said — a Han character between the "??" and the stray letter)', () => {
    const lost = said(page, 'lost-bytes');
    expect(lost.map((m) => [m.line, m.column])).toEqual([[2, page.split('\n')[1].indexOf('??偨') + 1]]);
    expect(readIngested(page, 'page.txt', { clean: false }).blocks.join('\n')).toMatch(/[?？]{2}偨Y/u);
  });
  test('guard: a question mark after a question, before a quoted Han word with a letter, is no damage', () => {
    const report = '2026年政府工作报告\n一、2025年工作回顾\n怎么办??我们推进“AI+”行动。全县地区生产总值增长5.4%。';
    expect(said(report, 'lost-bytes')).toEqual([]);
  });
});

describe('stop 42, blind: a site\'s explainer article about a 街道办\'s week, in its own voice', () => {
  // https://www.sthtlaw.com/news/jie-mi-jie-dao-ban-yi-zhou-gong-zuo-liang-dian-yu-tiao-zhan-shi-shi-cheng-xian.html
  const page = '引言\n街道办作为基层政府机构,承担着重要的社会管理和公共服务职能。本文将详细解析街道办一周内的工作亮点与面临的挑战,旨在为读者提供一个深入了解基层政府工作的窗口。\n一、一周工作亮点\n1. 社区治理成效显著\n- 亮点描述:通过推行网格化管理,有效提升了社区治理效率。\n结论\n街道办在基层政府工作中扮演着重要角色。';
  test('is said to be another kind of document, at its sentence\'s paragraph (was: only the missing title, date, speaker said)', () => {
    const other = said(page, 'other-document');
    expect(other).toHaveLength(1);
    expect([other[0].line, other[0].column]).toEqual([2, 1]);
    expect(other[0].reason).toContain('本文将详细解析');
  });
  test('guard: a report whose last paragraph says when 本文件 takes effect is the report', () => {
    const report = '2026年政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n一、2025年工作回顾\n本文件自印发之日起施行。全县地区生产总值增长5.4%。';
    expect(said(report, 'other-document')).toEqual([]);
  });
});

describe('stop 42, blind: news of a report submitted to the standing committee, and a digest of a plan report', () => {
  // http://rss.jingjiribao.cn:80/static/detail.jsp?id=608758 (经济日报)
  const news = '报告显示:今年以来计划执行情况总体较好 经济增长等指标进展顺利\n\n李万祥 2025-09-11 12:48:20\n\n9月10日,国务院关于今年以来国民经济和社会发展计划执行情况的报告提请全国人大常委会会议审议。\n\n国家发展和改革委员会主任郑栅洁受国务院委托作报告时介绍,计划执行情况总体较好。\n\n报告指出,下半年要实施好党中央部署的各项政策措施。(经济日报记者 李万祥)';
  test('is said to be a story (was: nothing — "…的报告提请…会议审议" read as the speaker\'s own voice)', () => {
    const told = said(news, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/受国务院委托作报告.*报告指出/u);
  });
  test('the author\'s name and posting time are removed as page info (was: a paragraph)', () => {
    const { blocks, result } = readIngested(news, 'page.txt', { clean: false });
    expect(blocks.join('\n')).not.toContain('2025-09-11 12:48:20');
    expect(result.file.messages.some((m) => m.ruleId === 'page-info' && m.line === 3)).toBe(true);
  });
  // http://www.jyrb.cn/content/202602/27/c_310169.html (济源日报: 【聚焦2026济源两会】计划报告解读)
  const digest = '【聚焦2026济源两会】计划报告解读\n\n关注济源网微信\n2月26日,在市十五届人大六次会议上发布的《关于济源市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告》显示,2025年,全市经济运行总体平稳。全年地区生产总值增长5%。\n2025年计划执行情况';
  test('the digest is said to be about the report (was: nothing — "…的报告》显示" not read, its bracket before 显示)', () => {
    const told = said(digest, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/计划报告解读.*报告》显示/u);
  });
  test('the follow button "关注济源网微信" is removed (was: a paragraph)', () => {
    const { blocks, result } = readIngested(digest, 'page.txt', { clean: false });
    expect(blocks.join('\n')).not.toContain('关注济源网微信');
    expect(result.file.messages.find((m) => m.ruleId === 'social')?.line).toBe(3);
  });
  test('guard: a budget report\'s "现将…的报告提请大会审议", with no salutation, is the speaker\'s voice', () => {
    const report = '关于2025年预算执行情况和2026年预算草案的报告\n受县人民政府委托,现将2025年预算执行情况和2026年预算草案的报告提请大会审议。\n一、2025年预算执行情况\n报告指出的各项任务全面完成。全县一般公共预算收入增长5.4%。县长王丰代表县人民政府作政府工作报告时要求，抓好落实。';
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 42, blind: a congress\'s own news of an inspection visit and of a symposium on the plan', () => {
  // https://148lm.com/html/xwzx00400120180712d88027e6-ec8e-4809-9160-852387692550.html
  const visit = '首页 > 新闻中心 >政务要闻\n区人大常委会调研全区国民经济和社会发展计划执行情况\n【发稿时间 :2018-07-12 编辑: 来源:\n7月11日,区人大常委会唐龙生副主任率财经工委到区发改局调研,专题了解今年上半年全区国民经济和社会发展计划执行情况。\n今年以来,全区经济社会发展总体呈现平稳态势,年度计划指标处于预期合理区间。\n唐龙生副主任指出,今年是实施“十三五”规划承上启下的关键之年。';
  test('is said to be a story (was: nothing — the leader\'s title between the name and 指出, the visit not read)', () => {
    const told = said(visit, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/率财经工委到区发改局调研.*唐龙生副主任指出/u);
  });
  // http://m.digipub.cc/dy/article/KGTNRFF60545B1EM.html?spss=dy_author (a copy in traditional characters with pinyin)
  const symposium = '12月15日上午,市人大常委會召開經濟工作調研座談會,總結分析今年以來全市經濟社會發展情況。\n![]()\n會議聽取了市發改委關于2025年國民經濟和社會發展計劃預計執行情況的匯報。與會人員結合匯報內容進行了深入討論,并提出了相關意見建議。\n張秋紅指出,2025年是“十四五”規劃收官、“十五五”規劃謀篇布局的關鍵之年。';
  test('is said to be a story (was: nothing — 与会人员…讨论 and the symposium not read)', () => {
    const told = said(symposium, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/與會人員.*張秋紅指出/u);
  });
  test('guard: a report that held a symposium for entrepreneurs and whose leaders led visits is the report', () => {
    const report = '2026年政府工作报告\n一、2025年工作回顾\n召开民营企业家座谈会,听取意见建议。我们坚持问题导向,全县地区生产总值增长5.4%。\n二、2026年工作安排\n坚持领导干部带头调研,深入基层解决问题。';
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 42, blind: a provincial news portal\'s taglines over a story on the plan report', () => {
  // http://www.wongvin.com/news/20260206/1777066.shtml (安徽青年报)
  const page = '安徽省重點新聞門戶網站\n安徽青年報官方網站\n2月5日,省發展和改革委員會受省政府委托,以書面形式向省第十四屆人民代表大會第四次會議作《關于安徽省2025年國民經濟和社會發展計劃執行情況與2026年計劃草案的報告》。\n報告指出,全省經濟頂壓前行、向新向優發展。';
  test('the two taglines are removed, neither is the title (was: "安徽省重點新聞門戶網站" the title, the other a paragraph)', () => {
    const { front, blocks, result } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title ?? '').not.toMatch(/網站/u);
    expect(blocks.join('\n')).not.toMatch(/網站/u);
    expect(result.file.messages.filter((m) => m.ruleId === 'navigation').map((m) => m.line)).toEqual([1, 2]);
  });
  test('guard: a report\'s sentence on building the portal stays', () => {
    const report = '2026年政府工作报告\n一、2025年工作回顾\n建成政府门户网站\n全县地区生产总值增长5.4%。\n全市门户网站\n改版县门户网站';
    expect(readIngested(report, 'page.txt', { clean: false }).blocks.join('\n')).toMatch(/建成政府门户网站[^]*全市门户网站[^]*改版县门户网站/u);
  });
});

describe('stop 42, blind: a gambling site\'s copy of 湖北\'s 2013 report, a photo\'s caption before the speaker', () => {
  // https://716232.com/p/13229.html (its title "政府工作报告-尊龙体育官网")
  const page = '政府工作报告-尊龙体育官网\n\n| 加入收藏夹\n\n当前位置: 尊龙体育官网-尊龙官方平台 >> 文章详情\n\n政府工作报告\n\n来源:湖北人大网   时间:2013-01-31 01:05   [收藏] [打印] [关闭]\n\n——2013年1月22日在湖北省第十二届人民代表大会第一次会议上\n\n王国生作政府工作报告 省长 王国生\n\n各位代表:\n\n现在,我代表省人民政府向大会报告工作,请予审议。\n\n过去五年的工作回顾\n\n本届政府履职五年来,全省上下攻坚克难。';
  test('the speaker is the role and name after the caption, the issuer the province\'s government (was: "王国生作政府工作报告省长 王国生", "王国生作政府工作报告人民政府")', () => {
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.speaker).toBe('省长 王国生');
    expect(front.issuer).toBe('湖北省人民政府');
  });
  test('guard: a role whose place ends in 报告 is not cut, nor a caption naming someone else', () => {
    const other = '政府工作报告\n——2013年1月22日在湖北省第十二届人民代表大会第一次会议上\n李四作政府工作报告 省长 王国生\n各位代表:\n现在,我代表省人民政府向大会报告工作,请予审议。';
    expect(readIngested(other, 'page.txt', { clean: false }).front.speaker).not.toBe('省长 王国生');
  });
});

describe('stop 42, blind: a converter\'s copy of 张家川\'s 2013 session news, one "?" left of a character', () => {
  // http://www.glencoetuneup.com/news/zjc/2013022011443333561.htm
  const page = '2月20日上午9時,張家川回族自治縣第十五屆人民代表大會第二次會議在雄壯的國歌聲中隆重開幕。\n大會由主席團常務主席、執(zhí)行主席李肖鋒主持?h委副書記、縣長馬中奇作政府工作報告。';
  test('"主持?h委" is said at its place (was: nothing said, the sentence made a bold lead up to its "?")', () => {
    const lost = said(page, 'lost-bytes');
    expect(lost.map((m) => [m.line, m.column])).toEqual([[2, page.split('\n')[1].indexOf('?h') + 1]]);
  });
  test('guard: a question before a capitalised Latin word is no damage', () => {
    const report = '2026年政府工作报告\n一、2025年工作回顾\n为什么?AI赋能千行百业。全县地区生产总值增长5.4%。';
    expect(said(report, 'lost-bytes')).toEqual([]);
  });
});

describe('stop 42, blind: a 兵团 city\'s portal news of the deputies\' deliberation', () => {
  // http://www.cocodala.gov.cn/html/1343/2025-02-09/content-86219.html (第四师·可克达拉市)
  const page = '欢迎来到第四师·可克达拉市网站\n首页 >> 新闻动态 >> 师市要闻 >> 详细内容\n可克达拉市二届人大五次会议各代表团认真审议政府工作报告 奋楫扬帆正当时 砥砺前行再出发\n发布:2025-02-09 来源:  作者:张佳玉  编审:融媒体中心  浏览量:128 \n\n  本报讯(记者 张佳玉 刘舜尧实习记者 崔裕)可克达拉市第二届人民代表大会第五次会议期间,各代表团召开会议,就政府工作报告及相关工作报告进行认真审议。';
  test('the stamp row (发布, 编审, 浏览量) is removed as page info (was: the text\'s first paragraph)', () => {
    const { blocks, result } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks.join('\n')).not.toMatch(/浏览量|编审/u);
    expect(result.file.messages.find((m) => m.ruleId === 'page-info')?.line).toBe(4);
  });
  test('guard: a disclosure row\'s 发布机构 is no stamp pair, nor a report\'s sentence on what was published', () => {
    const report = '2026年政府工作报告\n发布机构:县人民政府办公室 生成日期:2026-01-05\n一、2025年工作回顾\n发布:政策文件12件,浏览量超过10万人次。';
    expect(readIngested(report, 'page.txt', { clean: false }).blocks.join('\n')).toContain('浏览量超过10万人次');
  });
});

describe('stop 42, blind: a county court\'s own page of its report, titled by its whole name over a lede', () => {
  // https://sjzzhfy.hebeicourt.gov.cn/article/detail/2024/04/id/7911391.shtml
  const page = '赞皇县人民法院2023年度工作报告\n1月24日,赞皇县人民法院院长张大为向赞皇县第十七届人民代表大会第五次会议报告法院工作,并接受大会审议。\n2023年以来,赞皇县人民法院在县委的坚强领导下,以习近平新时代中国特色社会主义思想为指导。\n全年收案3902件,结案3721件,结案率95.36%。\n一、坚持能动履职,服务中心大局,助力社会高质量发展\n创新社会治理,推动“三下三进三联动”走深走实。';
  test('the issuer is the court the title names (was: none)', () => {
    expect(readIngested(page, 'page.txt', { clean: false }).front.issuer).toBe('赞皇县人民法院');
  });
  test('guard: a title naming no place ("人民法院工作报告") names no issuer of itself', () => {
    // (the lede goes too: since stop 43 its speaker, "赞皇县人民法院院长 张大为", names the court — opening-fields.ts)
    const bare = page.replace('赞皇县人民法院2023年度工作报告', '人民法院工作报告').replace(/\n1月24日[^\n]*/u, '');
    expect(readIngested(bare, 'page.txt', { clean: false }).front.issuer).toBeUndefined();
  });
});

describe('stop 42, blind: a city paper\'s news of a district\'s Party congress', () => {
  // https://pub-static.hizh.cn/s/202109/27/AP615136ede4b0d6ce467e1b3f.html (珠海 金湾区第五次党代会)
  const page = '在新起点上书写高质量发展新篇章!金湾区召开第五次党代会\n\n9月26日上午,中国共产党珠海市金湾区第五次代表大会开幕,金湾区委书记、珠海经济技术开发区党工委书记梁耀斌代表区委作工作报告,总结第四次党代会以来的各项工作。\n\n“未来五年,是金湾区打造珠海市产业中心的关键时期。我们要奋力走好新时代赶考路!”梁耀斌在会上表示,全区上下要知重负重、起而行之。\n\n回望来时路\n\n过去五年来,金湾区全区上下奋勇攻坚克难。';
  test('is said to be a story (was: nothing — a Party secretary delivering the report, his words said at the meeting)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/书记梁耀斌代表区委作工作报告.*梁耀斌在会上表示/u);
  });
  test('guard: a report quoting the General Secretary\'s words at a meeting is the report', () => {
    const report = '2026年政府工作报告\n一、2025年工作回顾\n“绿水青山就是金山银山。”习近平总书记在会上强调的理念深入人心。全县地区生产总值增长5.4%。\n二、2026年工作安排\n县委书记带头抓落实。';
    expect(said(report, 'news-story')).toEqual([]);
  });
});
