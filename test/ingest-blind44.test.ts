/**
 * Ingest defects the lead found on real pages of the search tool's `pages` corpus, blind, in stop 44 (2026-12-04).
 * Each test is the page's shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …").
 * Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { toSimplified } from '../pipeline/model/han-forms.ts';
import { readIngested, said } from './ingest-helpers.ts';

describe('stop 44, blind: a county portal\'s disclosure table whose letter-spaced labels lost all but their last character', () => {
  // http://www.cxs.gov.cn/info/egovinfo/1016/xxgkcontent/cxszfbgs-/2022-0130001.htm (楚雄市)
  const page = [
    '您当前的位置: 首页 >> 公开信息内容',
    '号: cxszfbgs-/2022-0130001 信息分类: 政府文件',
    '发文日期: 2022-01-27',
    '发布机构: 楚雄市人民政府办公室 生成日期: 2022-01-27',
    '称: 楚雄市人民政府关于印发2022年政府工作报告的通知',
    '号: 楚市政发〔2022〕1号',
    '',
    '楚雄市人民政府关于印发2022年政府工作报告的通知',
    '',
    '楚雄高新区,各乡镇人民政府,市属各部门:',
    '2022年《政府工作报告》已经楚雄市第十届人民代表大会第一次会议审议通过,现予印发,请认真贯彻落实。',
    '楚雄市人民政府',
    '2022年1月27日',
    '(此件公开发布)',
    '政府工作报告',
    '——2022年1月20日在楚雄市第十届人民代表大会第一次会议上',
    '市长杨俐昆',
    '各位代表:',
    '现在,我代表市人民政府,向大会报告工作,请予审议,并请市政协委员和列席人员提出意见。',
  ].join('\n');
  test('"号:" and "称:" are read as 索引号, 文号 and 名称 (was: cover_notice "称: 楚雄市…的通知", the two 号 rows removed as the page\'s head)', () => {
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.cover_notice).toBe('楚雄市人民政府关于印发2022年政府工作报告的通知');
    expect(front.disclosure).toMatchObject({
      索引号: 'cxszfbgs-/2022-0130001',
      信息分类: '政府文件',
      文号: '楚市政发〔2022〕1号',
      名称: '楚雄市人民政府关于印发2022年政府工作报告的通知',
    });
    expect(front.speaker).toBe('市长 杨俐昆');
  });
  test('guard: a report\'s line opening with "号:" far from any table stays the report\'s', () => {
    const report = '政府工作报告\n——2022年1月20日在楚雄市第十届人民代表大会第一次会议上\n市长杨俐昆\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n一、工作回顾\n号: 这是一行正文,讲述全年工作。';
    const { blocks } = readIngested(report, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.includes('这是一行正文'))).toBe(true);
  });
});

describe('stop 44, blind: a prefecture\'s session news with the portal\'s welcome banner over it', () => {
  // https://3743677.com/z2y202201/t20220111_14603391.html (中国昌吉网)
  const page = '欢迎进入中国昌吉网!\n当前位置: 专题 > 2022年昌吉州两会 > 要闻\n自治州十六届人大一次会议开幕\n王国和出席 金之镇作政府工作报告 马建新主持\n中国昌吉网讯(记者杨海军)昌吉回族自治州第十六届人民代表大会第一次会议1月10日上午在自治州政务中心开幕。\n根据会议议程,金之镇同志代表自治州人民政府作政府工作报告。';
  test('the banner is removed, the headline is the title (was: title "欢迎进入中国昌吉网！")', () => {
    const { front, result } = readIngested(page, 'page.txt', { clean: false });
    expect(result.file.messages.some((m) => m.line === 1 && m.ruleId === 'navigation')).toBe(true);
    expect(front.title).toBe('自治州十六届人大一次会议开幕');
    expect(said(page, 'news-story')).toHaveLength(1);
  });
});

describe('stop 44, blind: a 中新社 story in traditional characters, a comment box under it', () => {
  // http://92880.cn//gn/news/2008/03-15/1193086.shtml (a mirror of 中国新闻网's traditional edition)
  const page = [
    '中新社北京三月十五日電 (記者 徐長安)中國政協十一屆全國委員會常務委員會第一次會議十五日在北京閉幕,會議審議通過了政協十一屆常委會關於設置專門委員會的決定。',
    '中共中央政治局常委、全國政協主席賈慶林主持了開幕會並在閉幕會上講話,對做好十一屆政協常委會的工作提出三點要求。',
    '中共中央政治局委員、全國政協副主席王剛主持閉幕會。(完)',
    '請 您 評 論 查看評論 進入社區',
    '本評論觀點只代表網友個人觀點,不代表中國新聞網立場。',
    '|',
    '圖片報道 | 更多>> |',
    '|',
  ].join('\n');
  test('is said to be a news story (was: nothing — "電" was no character the probe simplified)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/中新社北京三月十五日電.*a news dateline/u);
  });
  test('the comment links, the comments\' disclaimer and the sidebar\'s "more" link are removed (was: three paragraphs)', () => {
    const { blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks).toHaveLength(3);
  });
  test('the last sentence and its "(完)" are no lead sentence (was: "**…王剛主持閉幕會。**（完）")', () => {
    const { result } = readIngested(page, 'page.txt', { clean: false });
    expect(result.markdown).not.toMatch(/\*\*中共中央政治局委員/u);
  });
  test('the probe simplifies every character OpenCC pairs one for one, keeping the text\'s length (was: a hand list of ~150)', () => {
    const text = '中新社北京三月十五日電 國臺辦主任陳雲林獲任';
    expect(toSimplified(text)).toBe('中新社北京三月十五日电 国台办主任陈云林获任');
    expect(toSimplified(text)).toHaveLength(text.length);
  });
  test('guard: a paragraph whose lead is followed by more text than "(完)" keeps its lead', () => {
    const report = '政府工作报告\n——2022年1月20日在某市第十届人民代表大会第一次会议上\n市长王明\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n一、工作回顾\n经济运行稳中向好。全年地区生产总值增长8%,一般公共预算收入增长6%,完成了全年目标任务。';
    const { result } = readIngested(report, 'page.txt', { clean: false });
    expect(result.markdown).toMatch(/\*\*经济运行稳中向好。\*\*/u);
  });
});

describe('stop 44, blind: a federation\'s reprint of 新华网\'s session news, its stamp line a URL and a date', () => {
  // http://cflac.org.cn/zt/2009-02/26/content_15798345.htm (中国文艺网)
  const page = '政协十一届常委会第四次会议在京召开 贾庆林主持\nhttp://www.cflac.org.cn    2009-02-26    作者:    来源:新华网\n\n    2月25日,政协第十一届全国委员会常务委员会第四次会议在北京召开。中共中央政治局常委、全国政协主席贾庆林主持开幕会。新华社记者 姚大伟 摄\n\n    新华网北京2月25日电 政协第十一届全国委员会常务委员会第四次会议25日在北京召开。中共中央政治局常委、全国政协主席贾庆林主持开幕会。';
  test('the stamp line is removed as page info (was: a paragraph "http://www.cflac.org.cn 2009-02-26作者：来源：新华网")', () => {
    const { blocks, result } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.includes('cflac'))).toBe(false);
    expect(result.file.messages.some((m) => m.line === 2 && m.ruleId === 'page-info')).toBe(true);
  });
  test('the headline\'s two clauses keep a space between them (was: "…在京召开贾庆林主持"); since stop 45 the session\'s event is the title, the deck after it kept in the text (stop 46: the subtitle)', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('政协十一届常委会第四次会议在京召开');
    expect(front.subtitle).toBe('贾庆林主持');
    expect(blocks).not.toContain('贾庆林主持');
  });
  test('guard: a title that merely names a meeting to be convened keeps its letter spacing joined', () => {
    const { front } = readIngested('关于召开 全县经济工作会议的通知\n各乡镇人民政府:\n经研究,定于2022年1月5日召开全县经济工作会议。', 'page.txt', { clean: false });
    expect(front.title).toBe('关于召开全县经济工作会议的通知');
  });
});

describe('stop 44, blind: 新华社\'s abstract of the NPC Standing Committee\'s report, a photo\'s caption over its headline', () => {
  // http://tech999999.com/zt/2024nzt/zmxdhghxtjjj2024qglh/bgjd_247212/rdgzbg/16292297.html (a mirror, traditional, pinyin after characters)
  const page = [
    '來源:新華網(wǎng) 責(zé)任編輯:于雅倩 發(fā)布:2024-03-08 16:05:48',
    '3月8日,十四屆全國人大二次會(huì)議在北京人民大會(huì)堂舉行第二次全體會(huì)議。受全國人大常委會(huì)委托,趙樂際委員長向大會(huì)報(bào)告全國人大常委會(huì)工作。新華社記者 王曄 攝',
    '全國人民代表大會(huì)常務(wù)委員會(huì)工作報(bào)告(摘要)',
    '新華社北京3月8日電 受十四屆全國人大常委會(huì)委托,全國人大常委會(huì)委員長趙樂際3月8日向十四屆全國人大二次會(huì)議作《全國人民代表大會(huì)常務(wù)委員會(huì)工作報(bào)告》。報(bào)告摘要如下:',
    '過去一年的工作',
    '2023年是全面貫徹黨的二十大精神的開局之年。面對(duì)異常復(fù)雜的國際環(huán)境和艱巨繁重的改革發(fā)展穩(wěn)定任務(wù),高質(zhì)量發(fā)展扎實(shí)推進(jìn)。',
  ].join('\n');
  test('is said to be a news story, an agency\'s abstract (was: nothing — "委员长向大会报告" read as the speaker\'s voice, the lede\'s heading after it as the text\'s)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/新華社北京3月8日電/u);
  });
  test('the two-sentence dated caption is removed, the headline is the title (was: no title, the caption a paragraph)', () => {
    const { front, result } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('全國人民代表大會常務委員會工作報告（摘要）');
    expect(result.file.messages.some((m) => m.line === 2 && m.ruleId === 'caption')).toBe(true);
  });
  test('the issuer has no term before it (seen red without the 第-less term: "十四屆全國人民代表大會常務委員會")', () => {
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.issuer).toBe('全國人民代表大會常務委員會');
  });
  test('guard: the committee\'s chairman presenting his own report ("我受…委托，向大会报告工作") is the report', () => {
    const report = '全国人民代表大会常务委员会工作报告\n——2024年3月8日在第十四届全国人民代表大会第二次会议上\n全国人民代表大会常务委员会委员长 赵乐际\n各位代表:\n我受全国人大常委会委托,向大会报告工作,请予审议。\n过去一年的工作\n2023年是全面贯彻党的二十大精神的开局之年。';
    expect(said(report, 'news-story')).toEqual([]);
  });
});

describe('stop 44, blind: a district portal\'s story of the deputies reviewing the reports', () => {
  // http://www.shilongqu.gov.cn/contents/5152/233061.html (石龙区)
  const page = '区人大代表分团审议区政府工作报告和计划、财政报告\n来源:\n发布时间:2019-03-13\n浏览次数:\n3月12日上午,区五届人大四次会议结束后,人大代表们分团进行认真审议区政府、计划、财政三个工作报告。代表们各抒己见,踊跃发言。一致认为,政府工作报告符合区情,总结成绩客观真实,是一个坚定信心、催人奋进的好报告。';
  test('is said to be a news story (was: nothing — a headline ending in 报告 was taken for a speech\'s title)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/分团审议.*各抒己见，踊跃发言/u);
  });
  test('guard: a speech\'s title "在参加…代表团分组审议时的讲话" over a speech is no story', () => {
    const speech = '在参加县代表团分组审议时的讲话\n各位代表:\n听了大家的发言,很受启发。我完全赞成这个报告。';
    expect(said(speech, 'news-story')).toEqual([]);
  });
});

describe('stop 44, blind: a court\'s news of its president delivering the report, "《报告》指出"', () => {
  // https://longnan.chinagscourt.gov.cn/Show/79903 (陇南市中级人民法院)
  const page = '12月11日上午,陇南市中级人民法院院长万建军在市第五届人民代表大会第二次会议上作了《市中级人民法院工作报告》。\n《报告》指出,2022年,陇南市中级人民法院坚持以习近平新时代中国特色社会主义思想为指导,各项工作取得新进展。全市法院共受理各类案件31983件。';
  test('is said to be a news story (was: nothing — "《报告》指出" was no tell, its bracket between)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/报告》指出/u);
  });
});

describe('stop 44, blind: a law portal\'s story, its menu a row of words apart by spaces and "您所在的位置" over it', () => {
  // http://hkca.gov.cn/detail-7714.html (海口市委政法委)
  const page = '本网头条 今日要闻 高层动态 政法综治 平安建设 法治禁毒 队伍建设 百姓关注 政法人物 法院天地 阳光检务 警界传真 司法行政\n您所在的位置:首页 > 法院天地\n海口中院工作报告获高票通过!\n发布时间:2023-02-13\n\n2月10日下午,海口市第十七届人民代表大会第三次会议胜利闭幕。海口市中级人民法院院长张柏桢所作的法院工作报告获高票通过,赞成率99.28%。\n\n报告指出,2022年,全市法院忠实履行职责,各项工作不断取得新进展。';
  test('the menu and the breadcrumb are removed, the headline is the title (was: title "本网头条今日要闻…司法行政")', () => {
    const { front, result } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('海口中院工作报告获高票通过！');
    expect(result.file.messages.some((m) => m.line === 1 && m.ruleId === 'navigation')).toBe(true);
    expect(result.file.messages.some((m) => m.line === 2 && m.ruleId === 'breadcrumb')).toBe(true);
  });
  test('guard: a report\'s line of six two-character words with no column\'s word among them stays', () => {
    const report = '政府工作报告\n——2022年1月20日在某市第十届人民代表大会第一次会议上\n市长王明\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n一、工作回顾\n稳定 增长 改革 开放 创新 协调';
    const { blocks } = readIngested(report, 'page.txt', { clean: false });
    expect(blocks.some((b) => b.includes('稳定'))).toBe(true);
  });
});

describe('stop 44, blind: a court\'s copy of its report under a caption whose name the page lost', () => {
  // http://jlsyzy.e-court.gov.cn/article/detail/2024/01/id/7755176.shtml (松原市中级人民法院)
  const page = '在大会上作法院工作报告\n过去一年,全市法院在市委坚强领导、市人大及其常委会有力监督和省高院悉心指导下,各项工作取得新进展新成效。\n新征程任重道远,新时代使命在肩。新的一年,我们将继续坚持为大局服务、为人民司法,为谱写新时代新松原高质量发展新篇章作出更大贡献!';
  test('no speaker is taken from the caption (was: speaker "在大会上")', () => {
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.speaker).toBeUndefined();
  });
  test('guard: a caption naming its speaker still gives him ("叶建春作政府工作报告。")', () => {
    const { front } = readIngested('叶建春作政府工作报告。\n各位代表:\n现在,我代表省人民政府,向大会报告工作,请予审议。\n一、工作回顾\n过去一年,全省经济运行稳中向好。', 'page.txt', { clean: false });
    expect(front.speaker).toBe('叶建春');
  });
});

describe('stop 44, blind: a city congress\'s portal story, a column name and four headline lines over it', () => {
  // http://rd.wuxi.gov.cn/doc/2006/02/17/1670271.shtml (无锡人大)
  const page = '图片新闻\n无锡市第十三届人民代表大会第四次会议\n无锡市十三届人大四次会议隆重开幕\n\n  坚持科学发展观统领全局 为率先基本实现现代化合力奋斗\n  无锡市十三届人大四次会议隆重开幕 郁家树主持大会毛小平作政府工作报告\n\n  深情回眸辉煌成就,豪迈走上崭新征途。无锡市第十三届人民代表大会第四次会议昨天上午在市人民大会堂隆重开幕。\n  大会应到代表427名,实到代表404名。';
  test('"图片新闻" is removed as a column name, no issuer is read from the headlines (was: the title "图片新闻"; then the four lines one title, its issuer "…毛小平作政府")', () => {
    const { front, result } = readIngested(page, 'page.txt', { clean: false });
    expect(result.file.messages.some((m) => m.line === 1 && m.ruleId === 'navigation')).toBe(true);
    expect(front.title).not.toMatch(/图片新闻|主持大会/u);
    expect(front.issuer).toBeUndefined();
    expect(said(page, 'news-story')).toHaveLength(1);
  });
});

describe('stop 44, blind: a Macao paper\'s interview on the budget execution report, its end mark "◇"', () => {
  // https://vakiodaily.net/news/view/id/631629 (華僑報)
  const page = '二常會就預算執行率低 將邀五個部門解釋原因\n【專訪】立法會第二常設委員會昨日舉行會議,會上討論《二零二三年度預算執行情況報告》,委員會主席陳澤武會後表示,將邀請五個部門代表列席會議,解釋預算執行率低的原因。\n立法會第二常設委員會昨日會議討論《二零二三年度預算執行情況報告》,委員會主席陳澤武引述報告數據稱,每年委員會均會邀請預算執行率低的部門解釋原因。\n他又稱,其中中葡論壇常設秘書處輔助辦公室二零二三年核准預算為一點八八億元,實際使用一億元,執行率百分之五十五點四;委員會希望相關部門代表列席會議了解執行率低的原因。◇';
  test('is said to be a news story (was: nothing — 【專訪】 alone, "他又稱" no tell)', () => {
    const told = said(page, 'news-story');
    expect(told).toHaveLength(1);
    expect(told[0].reason).toMatch(/他又稱/u);
  });
  test('its last sentence with the end mark "◇" is no cut (was: "Unexpected end of the report mid-sentence")', () => {
    expect(said(page, 'cut-off')).toEqual([]);
  });
  test('guard: a text ending mid-clause with no mark is still said to be cut off', () => {
    expect(said('政府工作报告\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n一、工作回顾\n过去一年,全市经济运行稳中向好,地区生产总值增长百分之六,一般公共预算收入完成', 'cut-off')).toHaveLength(1);
  });
});
