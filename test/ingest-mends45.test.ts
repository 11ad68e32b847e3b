/**
 * Known ingest gaps of stop 44 closed in stop 45 (helper mends45), each by a general rule; each test's name says what ingest
 * did before ("was: …"). Guards (precision) are named as such. Pages are written in the shape of those found (their addresses
 * given), not copied.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

/** A report's running text, long enough to be a report's. */
const TEXT = '过去一年，在县委的坚强领导下，县政府坚持以习近平新时代中国特色社会主义思想为指导，围绕中心、服务大局，依法履行职责，各项工作取得了新的成效。';

describe('a news page\'s three-part headline: kicker (引题), main title (主题), deck (副题)', () => {
  // http://rd.wuxi.gov.cn/doc/2006/02/17/1670271.shtml (无锡人大; the lead's blind pages, stop 44)
  const wuxi = [
    '无锡市第十三届人民代表大会第四次会议',
    '',
    '  坚持科学发展观统领全局 为率先基本实现现代化合力奋斗',
    '  无锡市十三届人大四次会议隆重开幕 郁家树主持大会毛小平作政府工作报告',
    '',
    '  深情回眸辉煌成就,豪迈走上崭新征途。无锡市第十三届人民代表大会第四次会议昨天上午在市人民大会堂隆重开幕。',
    '  大会应到代表427名,实到代表404名。',
  ].join('\n');

  test('the title is the main headline, the session\'s event (was: the kicker "坚持科学发展观统领全局…")', () => {
    const { front, blocks } = readIngested(wuxi, 'page.txt', { clean: false });
    expect(front.title).toBe('无锡市十三届人大四次会议隆重开幕');
    expect(front.issuer).toBeUndefined();
    // the kicker stays in the text: no word lost
    expect(blocks).toContain('坚持科学发展观统领全局为率先基本实现现代化合力奋斗');
    // (stop 46, mends46: the deck is the subtitle — it was a heading of the text, the structure reading its short line apart)
    expect(front.subtitle).toBe('郁家树主持大会毛小平作政府工作报告');
    expect(blocks.some((b) => b.includes('郁家树主持大会'))).toBe(false);
  });

  test('the kicker and the deck are said where they stand (rule headline-parts)', () => {
    const parts = said(wuxi, 'headline-parts');
    expect(parts.map((m) => [m.line, m.column])).toEqual([
      [3, 3],
      [4, 20],
    ]);
    expect(parts[0].reason).toMatch(/kicker \(引题\).*“坚持科学发展观统领全局 为率先基本实现现代化合力奋斗”/u);
    expect(parts[1].reason).toMatch(/deck \(副题\).*as its subtitle.*“郁家树主持大会毛小平作政府工作报告”/u);
    expect(said(wuxi, 'news-story')).toHaveLength(1);
  });

  test('a headline and its deck on one line, no kicker: the session\'s event the title, no issuer from the deck (was: the whole line, issuer 麻阳苗族自治县人民政府)', () => {
    // www.zwgsc.com (麻陽, held-out round 42), in simplified characters
    const page = ['麻阳苗族自治县第八届人民代表大会第五次会议开幕 江涛出席 胡宏林作政府工作报告 阳承凡主持', '', '12月18日上午，麻阳苗族自治县第八届人民代表大会第五次会议在县民族剧院开幕。县委书记江涛在主席台前排就座。'].join('\n');
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('麻阳苗族自治县第八届人民代表大会第五次会议开幕');
    expect(front.issuer).toBeUndefined();
    // (stop 46, mends46: the deck the subtitle; it was the first paragraph)
    expect(front.subtitle).toBe('江涛出席　胡宏林作政府工作报告　阳承凡主持');
    expect(blocks[0]).toMatch(/^12月18日上午/u);
  });

  test('"…在主席台就座" is a clause of a headline of acts: its spaces kept (was: run together, "…就座孙志刚作…")', () => {
    // www.hjhq.gov.cn (杭锦后旗, held-out round 43)
    const page = ['杭锦后旗第十八届人民代表大会第五次会议开幕 韩志业等在主席台就座 孙志刚作政府工作报告 王开俊主持', '', '1月28日上午，杭锦后旗第十八届人民代表大会第五次会议在陕坝开幕。'].join('\n');
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('杭锦后旗第十八届人民代表大会第五次会议开幕');
    // (stop 46, mends46: the deck the subtitle, its clause spaces kept; it was the first paragraph)
    expect(front.subtitle).toBe('韩志业等在主席台就座　孙志刚作政府工作报告　王开俊主持');
    expect(blocks[0]).toMatch(/^1月28日上午/u);
  });

  test('guard: a headline of the session\'s two days is one title, not split', () => {
    const page = ['全国政协十四届二次会议3月4日开幕 3月10日闭幕', '', '全国政协十四届二次会议新闻发布会今天举行。大会新闻发言人刘结一表示，会议将于3月4日下午开幕。'].join('\n');
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('全国政协十四届二次会议3月4日开幕　3月10日闭幕');
    expect(said(page, 'headline-parts')).toEqual([]);
  });

  test('guard: a deck alone ("贾庆林作…报告 俞正声主持会议", its main title not on the page) is not split and never the title under a kicker', () => {
    // www.zaojiashi.com (新华社, the lead's blind pages, stop 43)
    const page = ['胡锦涛习近平吴邦国温家宝到会祝贺', '贾庆林作政协十一届常委会工作报告 俞正声主持会议 万钢作提案工作情况报告', '新华社北京3月3日电 中国人民政治协商会议第十二届全国委员会第一次会议3日下午在人民大会堂开幕。'].join('\n');
    expect(said(page, 'headline-parts')).toEqual([]);
    expect(readIngested(page, 'page.txt', { clean: false }).front.title).not.toMatch(/^贾庆林/u);
  });

  test('guard: a report\'s title block (an issuer line, the title, the "——…会议上" occasion, the speaker) reads as before', () => {
    const page = ['北京市海淀区人民政府', '政 府 工 作 报 告', '——2021年1月6日在北京市海淀区第十六届人民代表大会第六次会议上', '海淀区人民政府区长 王合生', '各位代表：', TEXT, '一、过去一年的工作', TEXT].join('\n');
    const { front } = readIngested(page);
    expect(front.title).toBe('政府工作报告');
    expect(front.occasion).toBe('2021年1月6日在北京市海淀区第十六届人民代表大会第六次会议上');
    expect(front.speaker).toBe('海淀区人民政府区长 王合生');
    expect(said(page, 'headline-parts')).toEqual([]);
  });

  test('guard: a line over a report\'s name is no kicker — only a session\'s news headline has one', () => {
    const page = ['凝心聚力谋发展 砥砺奋进开新局', '2024年东城区人民政府工作报告', '各位代表：', TEXT].join('\n');
    expect(said(page, 'headline-parts')).toEqual([]);
  });
});

describe('a digest\'s headline under the document\'s name: said (stop 46, mends46: the subtitle)', () => {
  // https://paper.litenews.cn/ningjin/html/NJ/content/20250115/Articel03002NR.htm (宁津报; new user round 24)
  const page = [
    '县政协常委会工作报告摘要',
    '群策群力 奋力争先',
    '2025年:为建设“活力新城、幸福宁津”贡献政协智慧和力量',
    '深化党的建设,在加强思想政治引领上实现新提升。不断强化党对政协工作的全面领导,把思想政治引领贯穿政协工作各个方面和全过程。',
  ].join('\n');

  test('the title is the document\'s name; the paper\'s headline under it is said as the deck where it stands (was: a first paragraph, nothing said)', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('县政协常委会工作报告摘要');
    // (stop 46, mends46: the subtitle; it was the first paragraph)
    expect(front.subtitle).toBe('群策群力　奋力争先');
    expect(blocks[0]).toMatch(/^## 2025年/u);
    const [deck, ...more] = said(page, 'headline-parts');
    expect(more).toEqual([]);
    expect([deck.line, deck.column]).toEqual([2, 1]);
    expect(deck.reason).toMatch(/deck \(副题\).*as its subtitle.*“群策群力 奋力争先”/u);
  });

  test('guard: a speaker\'s role and name apart under a title, or the text\'s first sentence, is no deck', () => {
    expect(said(['政府工作报告', '代理市长 欧阳明辉', '各位代表：', TEXT].join('\n'), 'headline-parts')).toEqual([]);
    expect(said(['县政协常委会工作报告摘要', TEXT].join('\n'), 'headline-parts')).toEqual([]);
  });
});

describe('an approval note under a title is no occasion', () => {
  // https://www.tongdao.gov.cn/tongdao/c101157/202511/76f2b2c54973497f8219044e6007ec3f.shtml (held-out round 46)
  const page = [
    '通道侗族自治县2024年政府决算公开',
    '——2024年财政总决算于2024年7月30日县十七届人大常委会常务委员会第二十八次会议审议通过',
    '2024年财政部门始终坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持积极的财政政策，加强收入管理。',
    '一、一般公共预算收支决算汇编情况',
    '2024年实现财政收入总计346634万元，比上年减少18268万元，下降5%。',
  ].join('\n');

  test('no occasion; its day dates the document (`written`), as an adoption note does (was: the occasion "2024年财政总决算于…审议通过", date_source occasion)', () => {
    const { front, blocks } = readIngested(page, 'page.txt', { clean: false });
    expect(front.occasion).toBeUndefined();
    expect(front.date).toBe('2024-07-30');
    expect(front.date_source).toBe('written');
    expect(blocks[0]).toMatch(/^2024年财政部门/u);
    // (the note leaves the text, said with its words where it stood)
    const [note, ...more] = said(page, 'adoption-note');
    expect(more).toEqual([]);
    expect([note.line, note.column]).toEqual([2, 1]);
    expect(note.reason).toMatch(/^Read the adoption note under the title as the document's date \(written\), not as the occasion .*“——2024年财政总决算于2024年7月30日/u);
  });

  test('guard: a dashed occasion where a report was delivered is still the occasion', () => {
    const report = ['关于2024年全县财政决算的报告', '——2025年7月30日在县第十七届人民代表大会常务委员会第二十八次会议上', '县财政局局长 李明', '主任、各位副主任、秘书长，各位委员：', TEXT].join('\n');
    const { front } = readIngested(report, 'page.txt', { clean: false });
    expect(front.occasion).toBe('2025年7月30日在县第十七届人民代表大会常务委员会第二十八次会议上');
    expect(front.date_source).toBe('occasion');
  });

  test('guard: a dashed note of a review with no adoption ("经…会议审议") is still read as before, and a resolution\'s own bracketed note still dates it', () => {
    const reviewed = ['关于2024年全县财政决算的报告', '（经区第十九届人大常委会第十二次会议审议）', '主任、各位副主任、秘书长，各位委员：', TEXT].join('\n');
    expect(readIngested(reviewed, 'page.txt', { clean: false }).front.occasion).toBe('经区第十九届人大常委会第十二次会议审议');
    const resolution = ['（2022年2月14日永丰县第十七届人民代表大会第二次会议第二次全体会议通过）', '永丰县第十七届人民代表大会第二次会议听取和审议了县人民法院院长周晓斌所作的《永丰县人民法院工作报告》。会议充分肯定了县人民法院一年来的工作，决定批准这个报告。'].join('\n');
    const { front } = readIngested(resolution, 'page.txt', { clean: false });
    expect(front.date).toBe('2022-02-14');
    expect(front.date_source).toBe('written');
  });
});
