/**
 * Ingest defects the lead found on real pages of the search tool's `pages` corpus, blind, in stop 40 (2026-12-03).
 * Each test is the page's shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …").
 * Guards (precision) are named as such.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const said = (text: string, ruleId: string) => readIngested(text, 'page.txt', { clean: false }).result.file.messages.filter((m) => m.ruleId === ruleId);

describe('stop 40, blind: a session\'s news that names who reported to it', () => {
  // changsha.voc.com.cn/news/202602/31632525.html (湖南日报·新湖南客户端: 长沙县十八届人大六次会议开幕)
  const story = '县十八届人大六次会议开幕\n王雄文等大会执行主席在主席台前排就座\n陈永高作政府工作报告 周虔主持会议\n湖南日报·新湖南客户端2月27日讯(记者 王茜)2月27日上午,长沙县第十八届人民代表大会第六次会议隆重开幕。\n本次大会应到人大代表302人,实到293人,符合法定开会人数。\n在热烈的掌声中,陈永高代表县人民政府向大会报告工作。陈永高说,2025年是“十四五”规划的收官之年。';
  test('is said to be a story (was: "陈永高代表县人民政府向大会报告工作" taken for the speaker\'s own voice, nothing said)', () => {
    expect(said(story, 'news-story')).toHaveLength(1);
  });
  test('its app\'s dateline alone opens a story (was: an outlet ending 客户端, with a ·, not read as one)', () => {
    expect(said('湖南日报·新湖南客户端2月27日讯(记者 王茜)2月27日上午,县第十八届人民代表大会第六次会议召开。\n会议听取了县人民政府的工作。', 'news-story')).toHaveLength(1);
  });
  test('guard: a paper\'s re-post whose lede presents the report, then carries it under its heading, is the report (the corpus\'s jx-zhanggong-district-2019-news-html)', () => {
    const page = readFileSync('test/fixtures/ingest-corpus/jx-zhanggong-district-2019-news-html/input.html', 'utf8');
    expect(readIngested(page, 'input.html', { clean: false }).result.file.messages.filter((m) => m.ruleId === 'news-story')).toEqual([]);
  });
  test('(the same page without its heading is a story)', () => {
    const page = '2月26日上午9时,章贡区第五届人民代表大会第四次会议在区行政中心隆重开幕。\n大会执行主席在主席台前排就座。\n大会主席团常务主席刘铭忠主持大会。\n区长连天浪代表章贡区人民政府向大会报告工作。\n在市委、市政府和区委的坚强领导下,全区经济增长8.5%。';
    expect(said(page, 'news-story')).toHaveLength(1);
  });
  test('guard: a report that presents itself without 我 ("现在，代表…", "下面代表…") is the report', () => {
    for (const voice of ['现在,代表县人民政府,向大会报告工作,请审议。', '下面代表县人民政府向大会报告工作。', '现在,我代表县人民政府,向大会报告工作。']) {
      const page = `2026年政府工作报告\n各位代表:\n${voice}\n2月27日上午,县第十八届人民代表大会第六次会议隆重开幕,大会执行主席在主席台前排就座。\n一、2025年工作回顾\n全县地区生产总值增长4.8%。`;
      expect(said(page.replace('各位代表:\n', ''), 'news-story'), voice).toEqual([]);
    }
  });
});

describe('stop 40, blind: gambling spam a copying site wove into the words', () => {
  // guibinke.net/wap/mHoq_22813.html, myjjjc.com/list/8obx_19515.html (copies of 中新网's story on Xinjiang's 2025 report)
  const page = (title: string, more = '') => `${title}\n各位代表:\n现在,我代表自治区人民政府,向大会报告工作,请予审议。\n一、2024年工作回顾\n全区地区生产总值增长6.1%。${more}`;
  test('a phrase inside the title\'s word is said, with where (was: the title kept as the report\'s, nothing said)', () => {
    const found = said(page('原创 新疆“两会”:政府工黄大仙救世作报告锚定新目标 民生改善成亮点'), 'injected-spam');
    expect(found).toHaveLength(1);
    expect(found[0].reason).toContain('“黄大仙”');
    expect([found[0].line, found[0].column]).toEqual([1, 14]);
  });
  test('phrases in the text are said at their line, each named', () => {
    const found = said(page('2025年政府工作报告', '\n民生改善成亮点管家婆正版今晚开奖结果,新疆马会传真内部绝密信封资料。'), 'injected-spam');
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(6);
    expect(found[0].reason).toMatch(/“管家婆”.*“今晚开奖结果”.*“马会传真”.*“内部绝密信封资料”/u);
  });
  test('guard: a report\'s lottery, gaming concessions and districts are not spam', () => {
    const words = '\n福利彩票销售额12亿元,体育彩票公益金全部用于社会福利。香港赛马会慈善信托基金资助黄大仙区社区中心。博彩经营批给重新竞投,依法打掉赌场3个。';
    expect(said(page('2025年政府工作报告', words), 'injected-spam')).toEqual([]);
  });
});

describe('stop 40, blind: people\'s words on a report, reported by title and name', () => {
  // A Tibet paper's story on the region's 2025 sessions (the search tool's pages corpus, no URL given by the tool): "纷纷表示",
  // then "…副教授包金运表示，", "包金运认为，" — one telling before, not said
  test('is said to be a story (was: one telling, nothing said)', () => {
    const page = '刚刚结束的自治区两会,全面总结了2024年西藏各项事业取得的辉煌成就。对此,我区代表委员、各族干部群众纷纷表示,要深入学习贯彻自治区两会精神。\n区党委党校党史党建教研部副教授包金运表示,今年自治区两会上,社会各界正以前所未有的凝聚力和共识,共同绘制着美好画卷。\n包金运认为,2025年,西藏必将迎来更加美好的明天。';
    expect(said(page, 'news-story')).toHaveLength(1);
  });
  test('guard: a report quoting the Party\'s leader and stating its own view is the report', () => {
    const page = '2025年政府工作报告\n一、2024年工作回顾\n习近平总书记指出,要坚持以人民为中心。我们认为,发展是第一要务。\n县委书记的要求,我们坚决落实,全县经济增长6%。';
    expect(said(page, 'news-story')).toEqual([]);
  });
});

describe('stop 40, blind: a document or 范文 site\'s furniture', () => {
  const plan = '2026年街道办事处工作计划\n2026年是街道推进基层治理现代化的攻坚之年。现结合街道实际,制定本年度工作计划如下:\n一、强化党建引领,筑牢基层治理“红色堡垒”\n坚持把党的全面领导贯穿基层治理全过程。';
  test('a preview\'s stats listed with hyphens are removed and the title found (was: six paragraphs "- 0", "- 举报"…, no title)', () => {
    // max.book118.com/html/2026/0217/5224342004013124.shtm
    const { front, blocks } = readIngested(`- 0\n- 0\n- 约4.4千字\n- 约 9页\n- 2026-02-27 发布于四川\n- 举报\n${plan}`, 'page.txt', { clean: false });
    expect(front.title).toBe('2026年街道办事处工作计划');
    expect(blocks.filter((b) => b.startsWith('-') || b.startsWith('\\-'))).toEqual([]);
  });
  test('a 范文 site\'s 【概述】 blurb and 【正文】 label are removed, the piece\'s own title taken (was: blurb and labels kept, no title)', () => {
    // wap.haoword.com/gongzuozongjie/qitazongjie/978163.htm
    const page = '街道2021年工作总结暨2022年工作计划范文\n【概述】\n结合当前工作需要,好范文网的会员“365769653”为你整理了这篇街道2021年工作总结暨2022年工作计划范文,希望能给你的学习、工作带来参考借鉴作用。\n【正文】\n街道2021年工作总结暨2022年工作计划\n一、2021年工作总结\n(一)不断夯实党建工作基础\n深入学习习近平新时代中国特色社会主义思想。街道党工委今年以来共组织理论中心组学习43次。';
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('街道2021年工作总结暨2022年工作计划');
    expect(blocks.filter((b) => /【|范文网/u.test(b))).toEqual([]);
  });
  test('guard: a box\'s label and a label with its text after it are kept', () => {
    const { blocks } = readIngested(`${plan}\n【专栏】\n2026年民生实事\n【正文】:本计划自印发之日起施行。`, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.includes('【正文】'))).toBe(true);
  });
});

describe('stop 40, blind: a page that is a table a cell a line under its title, no text before it', () => {
  // www.ahhuoshan.gov.cn/public/6598161/37968314.html (霍山 开发区 2025年重点工作及责任清单)
  const cells = ['序号', '重点工作', '责任领导', '责任单位', '完成时限', '1', '坚持服务跟着项目走,优化“重点项目直通车”“无忧办”工作机 制,全力服务重 大项目落地见效。', '叶林', '招商工作部、安商工作部', '全年', '2', '全力推进开发区“空间再造”,力争 全年盘活僵尸企业10家。', '马振明', '改革办', '全年', '3', '持续提升园区承载能力,加快推进开发区污水处理厂及污水管 网提升项目。', '张云峰', '规划建设局', '全年'];
  test('is a table of 5 columns (was: a paragraph a cell, rows run together — the cell tables were sought only after running text)', () => {
    const { result: { markdown } } = readIngested(`2025年开发区重点工作及责任清单\n${cells.map((c) => `${c} |`).join('\n')}`, 'page.txt', { clean: false });
    expect(markdown).toMatch(/^\| 序号 \{#c-[0-9a-f]+\} \| 重点工作 \{#c-[0-9a-f]+\} \| 责任领导 .*\| 完成时限 \{#c-[0-9a-f]+\} \|$/mu);
    expect(markdown).toMatch(/^\| 3 \{#c-[0-9a-f]+\} \| 持续提升园区承载能力，.*\| 张云峰 \{#c-[0-9a-f]+\} \| 规划建设局 .*\| 全年 .*\|$/mu);
  });
  test('guard: a menu a cell a line above the text is no table', () => {
    const page = '首页 |\n新闻中心 |\n政务公开 |\n办事服务 |\n互动交流 |\n走进霍山 |\n2025年政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作。';
    expect(readIngested(page, 'page.txt', { clean: false }).result.markdown).not.toMatch(/^\|/mu);
  });
});

describe('stop 40, blind: a writing site\'s banner over the piece', () => {
  // gaozipu.com/huibaofanwen/109454.html
  test('the members\' banner and its close button are removed, the title found (was: both paragraphs, no title)', () => {
    const page = '@所有人,接通知:二十届三中全会相关内容不让发布到网站了,这类内容请到QQ会员群里下载。加入我们\n×\n\n在2024年全市深化开发区管理制度改革工作推进会上的汇报发言\n\n|\n\n在2024年全市深化开发区管理制度改革工作推进会上的汇报发言\n\n尊敬的各位领导,同志们:\n\n近年来,我市不断深化开发区管理制度改革。\n\n一、创新清单管理机制,激活地方发展“源动力”\n\n一是改革完善管理体制。采用“管委会+公司”模式。';
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('在2024年全市深化开发区管理制度改革工作推进会上的汇报发言');
    expect(blocks.filter((b) => b.includes('@') || b === '×')).toEqual([]);
  });
  test('guard: a multiplication sign in the text is kept', () => {
    const { blocks } = readIngested('2025年政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作。\n建成120×80米标准足球场2个。', 'page.txt', { clean: false });
    expect(blocks.at(-1)).toContain('120×80米');
  });
});

describe('stop 40, blind: a notice of the session and its agenda', () => {
  // m.163.com/dy/article/KK36A3RN0553RS1E.html (凉山州 2026: the standing committee's decision to convene the congress)
  const notice = '1月23日,州十二届人大常委会第三十五次会议在西昌召开,会议决定:凉山彝族自治州第十二届人民代表大会第六次会议于2026年2月11日在西昌召开。\n建议会议的主要议程为:\n二、审查凉山彝族自治州2025年国民经济和社会发展计划执行情况及2026年计划草案的报告;\n三、审议凉山彝族自治州中级人民法院工作报告;\n四、审议凉山彝族自治州人民代表大会常务委员会关于提请审议《凉山彝族自治州邛海保护条例(修订草案)》的议案;\n五、选举;';
  test('is said to be a notice (was: a bill\'s name "…关于提请审议《…》的议案" taken for the speaker\'s voice, the agenda in Chinese numerals not read)', () => {
    expect(said(notice, 'news-story')).toHaveLength(1);
  });
  test('guard: a report presenting its drafts for examination ("现提请大会审议") is the report', () => {
    const page = '关于凉山彝族自治州2025年国民经济和社会发展计划执行情况及2026年计划草案的报告\n各位代表:\n受州人民政府委托,现将计划草案提请大会审议。\n一、2025年计划执行情况\n全州经济增长6%。';
    expect(said(page, 'news-story')).toEqual([]);
  });
});

describe('stop 40, blind: a date\'s numbers letter-spaced', () => {
  // www.wfkjcs.com/App/PolicyDetail/dddda966-d1e7-4309-b2b4-0cfd34c671e9 (人社部's half-year report, as a policy site copied it)
  test('"7月2 2 日", "202 5 年" are one number each (was: "7月2 2日", "202 5年")', () => {
    const { blocks } = readIngested('7月2 2 日,人力资源社会保障部举行202 5 年二季度新闻发布会,介绍202 5 年上半年工作进展情况。\n一、就业\n上半年,全国城镇新增就业695万人。', 'page.txt', { clean: false });
    expect(blocks[0]).toBe('7月22日，人力资源社会保障部举行2025年二季度新闻发布会，介绍2025年上半年工作进展情况。');
  });
  test('guard: numbers a space apart that are no date, or not one, stay apart', () => {
    const { blocks } = readIngested('2025年政府工作报告\n一、工作回顾\n楼号依次为1 2 3号,投资3 5亿元,另有8 13月份的数据待核,12 31日统计。', 'page.txt', { clean: false });
    expect(blocks.at(-1)).toBe('楼号依次为1 2 3号，投资3 5亿元，另有8 13月份的数据待核，12 31日统计。');
  });
});

describe('stop 40, blind: an official\'s 述职报告 flattened into one line', () => {
  // m.wenke99.com/p-5557338.html
  const page = '乡镇镇长述职报告各位领导、同志们:我是今年二月份调入吉昌镇,并有二月份在镇人代会上当选为政府镇长,负责政府全面工作的。一年来,自己团结带领政府一班人,在镇党委的正确领导和镇村干部的大力支持下,真抓实干,锐意进取,全面实施年初确定的突出(烟果、商贸、民生)三大经济.事业,提升(新农村建设、计划生育、城镇建设、安全稳定)四项工作水平,努力兴办10件实事的目标要求,为实现全镇“加快发展、率先崛起”的宏伟目标做出了一定贡献。下面,我代表镇政府就一年来的政府工作情况汇报如下,不妥之处,请各位领导和同志们批评指正,我将诚恳接受。一、抢抓机遇、优化产业,经济工作再上新水平今年以来,镇政府因地制宜求特色,依托优势谋发展,并不断创新发展理念,突出工作重点,使全镇经济工作迈上一个新水平,农村经济和农民收入取得了平稳较快增长。1、大力发展现代农业苹果生产方面。继续按照“扩规模、强管理、提品质、增效益”的发展思路来促进产业升级,春季新发展苹果面积4500亩,全镇苹果总面积达4.2万亩。';
  test('its title is split from the salutation and the page said to be another kind of document (was: one paragraph, no title, nothing said)', () => {
    const { front, result } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('乡镇镇长述职报告');
    const other = result.file.messages.filter((m) => m.ruleId === 'other-document');
    expect(other).toHaveLength(1);
    expect(other[0].reason).toContain('述职报告');
  });
  test('guard: a government work report is no 述职报告', () => {
    expect(said('2025年镇政府工作报告各位代表:现在,我代表镇人民政府,向大会报告工作,请予审议。', 'other-document')).toEqual([]);
  });
});

describe('stop 40, blind: an e-paper\'s page controls', () => {
  // epaper.shuozhounews.cn:8088/szrb/20260120/html/content_20260120001003.htm (朔州晚报)
  test('the paper before its arrow, the page controls and the word count are removed, the headline is the title (was: "朔州晚报 >" the title, five paragraphs of controls)', () => {
    const page = '朔州晚报 >\n通版阅读请点击:\n展开通版\n收缩通版\n当前版:1版\n发布日期:2026年01月20日 上一版  下一版\n市七届人大六次会议举行第二次全体会议\n文章字数:1786\n  本报讯(记者 武跃林)1月19日上午,市七届人大六次会议举行第二次全体会议,听取市人大常委会、市中级人民法院、市人民检察院工作报告。';
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('市七届人大六次会议举行第二次全体会议');
    expect(blocks.filter((b) => /通版|当前版|字数/u.test(b))).toEqual([]);
  });
  test('guard: a sentence on a newspaper\'s edition and its word count is kept', () => {
    const { blocks } = readIngested('2025年政府工作报告\n各位代表:\n现在,我代表市人民政府,向大会报告工作。\n朔州晚报开设“当前版”专栏,全年刊发稿件文章字数达120万。', 'page.txt', { clean: false });
    expect(blocks.at(-1)).toContain('文章字数达120万');
  });
});

describe('stop 40, blind: a deputy\'s words on a report, as a reporter wrote them down', () => {
  // www.huashangw.com/shangye/show-1046692.html
  test('is said to be a story (was: nothing said)', () => {
    const page = '作为全国人大代表,我长期关注检察工作。2025年,检察机关坚守法治初心,成效斐然,交出了一份厚重提气的答卷。\n2026年,期盼检察机关续写新篇,更好履行国家法律监督机关职责。\n(本报全媒体记者王鹏翔整理)';
    expect(said(page, 'news-story')).toHaveLength(1);
  });
  test('guard: a report whose speaker names themself a deputy is the report', () => {
    const page = '2025年政府工作报告\n一、工作回顾\n全县人大代表、政协委员积极建言献策,我们认真办理代表建议126件。\n(本报记者整理的数据另见附件)';
    expect(said(page, 'news-story')).toEqual([]);
  });
});
