/**
 * Ingest defects the lead found on real pages of the search tool's `pages` corpus, blind, in stop 37 (2026-12-03).
 * Each test is the page's shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …").
 * Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, story } from './ingest-helpers.ts';

const head = '政府工作报告\n——2025年1月10日在长丰县第十二届人民代表大会第四次会议上\n县长 李卫\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2024年工作回顾\n过去一年，全县经济稳中有进，地区生产总值增长5.5%。';

describe('stop 37, blind: a news page\'s buttons and editor credit in brackets on one line', () => {
  // big5.news.cn/gate/big5/ah.news.cn/20250105/9e104478c55847baa7cfef2f61073d6b/c.html: Xinhua's page closes with
  // "【糾錯】 【責任編輯:鐘紅霞】" — its error-report button and its editor, each in brackets, one line
  test('"【纠错】 【责任编辑:钟红霞】" (and in traditional characters) is the page\'s (was: the last paragraph)', () => {
    for (const line of ['【纠错】 【责任编辑:钟红霞】', '【糾錯】 【責任編輯:鐘紅霞】', '[打印] [关闭]', '【打印】【纠错】【关闭】']) {
      const { blocks } = readIngested(`${head}\n${line}`);
      expect(blocks.at(-1)).toBe('过去一年，全县经济稳中有进，地区生产总值增长5.5%。');
    }
  });

  // (stop 38) The button words and the stamp labels are one list each (stamp-row.ts buttonWord, stampLabel): a word one
  // rule knew, every rule knows — the bracketed line's 收藏 and 分享 alone on their line, the lone button's 打印本文 in brackets.
  test('one list: a button alone or in brackets, whichever rule listed it (was: each kept as a paragraph)', () => {
    for (const line of ['收藏', '分享', '[打印本文]']) {
      const { blocks } = readIngested(`${head}\n${line}`);
      expect(blocks.at(-1), line).toBe('过去一年，全县经济稳中有进，地区生产总值增长5.5%。');
    }
  });

  test('guard: a bracketed item that is no button or stamp keeps the line ("【纠错】【重点项目】", "【专栏1】【专栏2】")', () => {
    for (const line of ['【纠错】【重点项目】', '【专栏1】【专栏2】']) {
      const { blocks } = readIngested(`${head}\n${line}`);
      expect(blocks.at(-1)).toBe(line);
    }
  });
});

describe('stop 37, blind: a resolution\'s adoption note is no title', () => {
  // hhzb.huainannet.com/content/202401/22/content_151275.html (淮南 2024) and m.4fhk.cn/content/2024-02/05/content_508547.htm
  // (梧州 2024, traditional with pinyin glosses): the congress's resolution on the report, its title lost, its adoption note
  // "(2024年1月19日…会议通过)" first — it was the page's title. The page is said to be a story (ingest/news-story) either way.
  const resolution = '淮南市第十七届人民代表大会第四次会议听取和审议了张志强市长代表市人民政府所作的《政府工作报告》。会议充分肯定市政府过去一年的工作成绩,决定批准这个报告。\n会议号召,全市人民要更加紧密地团结在以习近平同志为核心的党中央周围,为奋力谱写中国式现代化淮南篇章而不懈奋斗!';
  test('"(2024年1月19日淮南市第十七届人民代表大会第四次会议通过)" over the text is no title, and is kept (was: the title)', () => {
    const { front, blocks } = readIngested(`(2024年1月19日淮南市第十七届人民代表大会第四次会议通过)\n${resolution}`, 'page.txt', { clean: false });
    expect(front.title || undefined).toBeUndefined();
    expect(blocks[0]).toBe('（2024年1月19日淮南市第十七届人民代表大会第四次会议通过）');
  });

  test('the same note split over two lines ("(2026年1月23日昭通市第五届人民代表大会" / "第八次会议第四次全体会议通过)") is no title either', () => {
    const { front } = readIngested(`(2026年1月23日昭通市第五届人民代表大会\n第八次会议第四次全体会议通过)\n${resolution}`, 'page.txt', { clean: false });
    expect(front.title || undefined).toBeUndefined();
  });

  test('guard: a bracketed occasion "（2024年1月12日在…会议上）" under a title is still the occasion, the title the title', () => {
    const { front } = readIngested('政府工作报告\n（2024年1月12日在淮南市第十七届人民代表大会第四次会议上）\n市长 张志强\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n过去一年，全市经济稳中有进。');
    expect(front.title).toBe('政府工作报告');
    expect(front.occasion).toBe('2024年1月12日在淮南市第十七届人民代表大会第四次会议上');
  });
});

describe('stop 37, blind: a template\'s "我代表省市政府" names no government', () => {
  // www.paiqing-icetech.com/post/214208.html: a site's generic "2024省市级工作报告" ("我代表省市政府，向大家汇报…");
  // its issuer was "省市人民政府".
  test('"我代表省市政府" gives no issuer (was: 省市人民政府); guard: "我代表市政府" on a page naming its city still gives it', () => {
    const template = readIngested('2024省市级工作报告\n尊敬的各位领导、各位代表:\n随着2023年的落幕,我代表省市政府,向大家汇报过去一年的工作成果,并对新的一年工作进行展望。\n2023年工作回顾\n经济发展稳中向好,全省GDP增速保持在合理区间。', 'page.txt', { clean: false });
    expect(template.front.issuer).toBeUndefined();
    const city = readIngested('淮南市政府工作报告\n各位代表:\n现在,我代表市政府,向大会报告工作,请予审议。\n一、2023年工作回顾\n过去一年,淮南市经济稳中向好。', 'page.txt', { clean: false });
    expect(city.front.issuer).toBe('淮南市人民政府');
  });
});

describe('stop 37, blind: a document library\'s preview stats as a bulleted list', () => {
  // max.book118.com/html/2026/0121/8125105057010037.shtm: "• 0", "• 0", "• 约4.99千字", "• 约 11页", "• 2026-01-22 发布于四川",
  // "• 举报" between the attachment's name and the document — six paragraphs, and the document's name under them no title.
  const piece = '2025年,在县委、县政府的坚强领导下,在镇人大的监督支持下,我团结带领镇政府班子成员,较好完成了年度目标任务。现将全年工作情况总结如下,并就2026年重点工作作出安排。\n一、2025年工作回顾\n(一)经济发展提质增效,产业根基持续夯实\n坚持把产业振兴作为乡村振兴的核心支撑,新建高标准农田3200亩,粮食总产量达2.8万吨,同比增长5%。';
  test('the stats are the site\'s, the name under them the title (was: six paragraphs "• 0" … "• 举报", no title)', () => {
    const { front, blocks } = readIngested(`2025年乡镇政府镇长工作总结及2026年工作计划.docxVIP\n• 0\n• 0\n• 约4.99千字\n• 约 11页\n• 2026-01-22 发布于四川\n• 举报\n2025年乡镇政府镇长工作总结及2026年工作计划.docx\n2025年乡镇政府镇长工作总结及2026年工作计划\n${piece}`, 'page.txt', { clean: false });
    expect(front.title).toBe('2025年乡镇政府镇长工作总结及2026年工作计划');
    expect(blocks[0]).toMatch(/^2025年，在县委/);
  });

  test('guard: a bulleted line of the text ("• 新建高标准农田3200亩") is kept', () => {
    const { blocks } = readIngested(`2025年乡镇政府镇长工作总结及2026年工作计划\n${piece}\n• 新建高标准农田3200亩\n• 0`, 'page.txt', { clean: false });
    expect(blocks).toContain('• 新建高标准农田3200亩');
  });
});

describe('stop 37, blind: a government\'s own meeting on the draft report, as news', () => {
  // www.xuhuinews.com/news.php?id=13115: "徐汇区政府1月12日举行全体会议,审议2026年《政府工作报告》…", subheads, and the
  // chair's words as reported ("王华指出,", "王华强调,", "王华要求,") — was ingested as a report with no word said.
  const meeting = ['徐汇区政府1月12日举行全体会议,审议2026年《政府工作报告》、“十五五”规划《纲要(草案)》,部署岁末年初工作。', '抢先抓早,确保实现良好开局', '王华指出, 今年是“十五五”规划的开局之年,要保持定力、接续奋斗。', '守牢底线,保障城区安全稳定', '王华强调,岁末年初,各项安全风险隐患叠加交织,要强化责任感。'];
  test('said to be a story (ingest/news-story), quoting the meeting and the chair\'s words', () => {
    const told = story(meeting.join('\n'));
    expect(told).toHaveLength(1);
    expect(told[0].reason).toContain('“举行全体会议，审议2026年《政府工作报告” (line 1: a meeting on its draft)');
    expect(told[0].reason).toContain('“王华指出，” (line 3: a chair\'s words, reported)');
  });

  test('guard: an excerpt whose paragraphs quote the centre ("习近平指出，", "党中央强调，", "会议要求，") is no story by those words', () => {
    const excerpt = ['习近平指出,要坚持稳中求进工作总基调。', '党中央强调,要统筹发展和安全。', '过去一年,全区地区生产总值增长5.5%。'];
    expect(story(excerpt.join('\n'))).toEqual([]);
  });
});

describe('stop 37, blind: news of an audit report', () => {
  // qdyichengda.com/…/202212/b3f512157f604ffa9221ebd13cf6e011.shtml (a spam-injected mirror of 张家港's news, the spam taken
  // out here): "审计局局长陆小玲受市政府委托，向…会议作《…审计工作报告》", "市人大常委会对审计工作报告给予高度评价" — was a report.
  test('said to be a story: the audit office\'s head delivering it on the government\'s behalf, and the praise it got', () => {
    const news = ['今年下半年,张家港市审计局局长陆小玲受市政府委托,向张家港市十五届人大常委会第四次会议作《2021年度张家港市财政预算执行、决算草案以及其他财政收支的审计工作报告》。', '报告对张家港市2021年度财政运行总体情况等方面进行了客观评价,提出了审计建议。', '市人大常委会对审计工作报告给予高度评价,认为报告重点突出、定性准确。'];
    const told = story(news.join('\n'));
    expect(told).toHaveLength(1);
    expect(told[0].reason).toContain('(line 1: who delivered the report)');
    expect(told[0].reason).toContain('“对审计工作报告给予高度评价” (line 3: people telling what they made of it)');
  });

  test('guard: the audit report itself ("我受县人民政府委托，向县人大常委会报告…，请审议"; no 请予) is no story', () => {
    const report = ['关于2020年度县级预算执行和其他财政收支的审计工作报告', '县人大常委会主任、各位副主任,委员:', '我受县人民政府委托,向县人大常委会报告2020年度县级预算执行和其他财政收支的审计情况,请审议。', '2020年以来,县审计局依法审计了2020年度县级预算执行和其他财政收支情况。审计结果表明,县级财政预算执行情况总体良好。'];
    expect(story(report.join('\n'))).toEqual([]);
  });
});
