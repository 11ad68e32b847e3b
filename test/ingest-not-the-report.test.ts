/**
 * Pages a new user saves that are not the report: a list of reports (ingest/list-page.ts), and
 * a news story about a report (ingest/news-story.ts). A search for a county's
 * report finds the paper's story of the session first; ingested, it became a report titled by the
 * headline, with no word said. The pages (lead, 2026-12-02): 宝丰县's paper, 2024-01-22
 * (http://bfkb.v0375.cn/Html/2024-01-22/20747.html), and Xinhua's Anhui channel in traditional
 * characters, 2025-01-05 (http://big5.news.cn/gate/big5/ah.news.cn/20250105/9e104478c55847baa7cfef2f61073d6b/c.html),
 * reduced to a few lines. Guards (precision) are named as such; test/ingest-corpus.test.ts holds
 * every corpus page to no such warning.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ingest } from '../pipeline/ingest/index.ts';
import { joinSpaced } from '../pipeline/ingest/document-title.ts';
import { readIngested, story } from './ingest-helpers.ts';

describe('ingest: a news story about the report is said to be one', () => {
  test('a county paper\'s story of the session (was: ingested as the report, titled by the headline, no message)', () => {
    const page = [
      '县十六届人大四次会议开幕',
      '刊发日期:2024-01-22 作者:  语音阅读:',
      '  1月21日上午,宝丰县第十六届人民代表大会第四次会议在演艺中心开幕。来自全县各条战线的人大代表齐聚一堂,认真履行宪法和法律赋予的神圣职责,共商发展大计,共绘美好蓝图。',
      '  大会主席团常务主席、执行主席王代强、刘景华、崔仓、阿卫国、庞旭辉、金龙峰在主席台前排就座。刘景华主持会议。',
      '  在热烈的掌声中,县长刘海亮代表县人民政府向大会作工作报告。报告共分三个部分:一、2023年工作回顾。二、2024年政府工作总体思路和奋斗目标。三、2024年重点工作安排。',
      '  刘海亮在报告中指出,一年来,在市委、市政府和县委的坚强领导下,我们坚持以习近平新时代中国特色社会主义思想为指导,推动了全县经济社会高质量发展。',
    ].join('\n');
    const [warning, ...more] = story(page);
    expect(more).toEqual([]);
    expect(warning.fatal).toBe(false);
    // (stop 29: "齐聚一堂", the session's mood, tells too)
    expect(warning.line).toBe(3);
    expect(warning.reason).toMatch(/^Unexpected news story or notice about the report rather than the report's text: “齐聚一堂” \(line 3: the session as news\), “在主席台前排就座” \(line 4: the session as news\), “县长刘海亮代表县人民政府向大会作工作报告” \(line 5: who delivered the report\) and 1 more/);
    expect(warning.reason).toContain('全文');
  });

  test('the same in traditional characters, on a news agency\'s page (was: no message)', () => {
    const page = [
      '1月4日,長豐縣第十二屆人民代表大會第四次會議開幕。長豐縣人民政府代理縣長李衛作政府工作報告。',
      '報告指出,2024年,長豐縣咬定“主戰場、新引擎”戰略定位和“三個強縣”建設目標,全力拼經濟、強能級、優環境,圓滿完成全年目標任務。',
      '就提高政府履職能力和水平,報告強調,要始終堅持把政治建設擺在首位,打造人民滿意的政府。(范夢民)',
    ].join('\n');
    expect(story(page).map((m) => m.line)).toEqual([1]);
    expect(story(page)[0].reason).toContain('“縣長李衛作政府工作報告” (line 1: who delivered the report), “報告指出” (line 2: what the report said), “報告強調” (line 3: what the report said)');
  });

  test('a county paper\'s date line is page furniture, and the page\'s date (was: a paragraph “刊发日期：2024-01-22作者：语音阅读：”)', () => {
    const { result } = readIngested(['宝丰县2024年政府工作报告', '刊发日期:2024-01-22 作者:  语音阅读:', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。'].join('\n'), 'page.txt', { clean: false });
    expect(result.markdown).not.toContain('刊发日期');
    expect(result.summary.linesRemoved.map((r) => r.line)).toContain(2);
    expect(result.frontMatter.date).toBe('2024-01-22');
  });

  test('guard: a paper\'s page that carries the full text under its story (the speaker\'s voice) is the report', () => {
    const page = [
      '  在热烈的掌声中,县长刘海亮代表县人民政府向大会作工作报告。',
      '  大会主席团常务主席王代强在主席台前排就座。刘景华主持会议。',
      '政府工作报告',
      '各位代表:',
      '现在,我代表县人民政府向大会报告工作,请予审议。',
      '一年来,我们坚持以习近平新时代中国特色社会主义思想为指导,推动了全县经济社会高质量发展。',
    ].join('\n');
    expect(story(page)).toEqual([]);
  });

  test('guard: a standing committee\'s report that tells of the sessions it held, in its own voice, is the report', () => {
    const page = [
      '各位代表:',
      '现在,我代表市人民代表大会常务委员会向大会报告工作,请予审议。',
      '一年来,常委会听取和审议了市长王明代表市人民政府所作的政府工作报告。',
      '常委会共举行主任会议24次,由主任李华主持会议,研究决定重要事项。',
    ].join('\n');
    expect(story(page)).toEqual([]);
    // (the same paragraphs without the voice would be a story: the voice is what keeps it the report)
    expect(story(['某市人民代表大会常务委员会工作报告', ...page.split('\n').slice(2)].join('\n')).length).toBe(1);
  });

  test('guard: a report that quotes the Party congress\'s report, and one paragraph telling of a session, is no story', () => {
    const page = [
      '一年来,我们认真贯彻党的二十大报告指出的各项任务,县长在县人大会议上作了政府工作报告。',
      '习近平总书记在党的二十大报告中指出,高质量发展是全面建设社会主义现代化国家的首要任务。',
      '党的二十大报告强调,必须坚持以人民为中心的发展思想。',
    ].join('\n');
    expect(story(page)).toEqual([]);
  });

  test('a story told in ONE paragraph — a journal index\'s abstract of the session\'s news, with its English (soolun.net, blind, stop 36): who delivered the report and what it said (was: ingested as a report titled “论文部分内容阅读”, no message)', () => {
    // http://soolun.net/periodical/ebff505cd805e2e48ea4b75a1405dee2.html, reduced
    const page = [
      '论文部分内容阅读',
      '走过重要而非同寻常的一年,全国各族人民在全面建设小康社会的征途上迎来了十届全国人大二次会议的召开。3月5日上午9时,中华人民共和国第十届全国人民代表大会第二次会议开幕,全体起立,军乐队高奏国歌。掌声中,国务院总理温家宝代表国务院向大会作《政府工作报告》。温家宝在报告中回顾了过去的一年我国改革开放和社会主义现代化建设取得的显著成就。',
      'In an important, rather unusual, year, the people of all ethnic groups across the country ushered in the second session of the Tenth National People’s Congress. At 9:00 a.m. on March 5th, the second session of the 10th National People’s Congress of the People’s Republic of China was opened. In applause, Premier Wen Jiabao of the State Council made a “Government Work Report” to the General Assembly on behalf of the State Council. In his report, Wen Jiabao reviewed the remarkable achievements made in China’s reform and opening up and socialist modernization in the past year.',
    ].join('\n');
    const [warning, ...more] = story(page);
    expect(more).toEqual([]);
    expect(warning.line).toBe(2);
    expect(warning.reason).toContain('“总理温家宝代表国务院向大会作《政府工作报告” (line 2: who delivered the report)');
  });

  test('pages of a session\'s news found blind (stop 36): photo captions closed by their credit, a caption\'s "金句", the session opening and "代表国务院，向…作" (was: each ingested as a report, no message)', () => {
    // http://www.nibeiya.com/news/gansu/2010030807261358727.htm (pinyin-glossed traditional): three captions, each ending "本報記者 呂建榮攝"
    const captions = [
      '全國(guó)人大代表、省委書(shū)記、省人大常委會(huì)主任陸浩審議政府工作報(bào)告。本報(bào)記者 呂建榮攝',
      '全國(guó)人大代表、省委副書(shū)記、省長(zhǎng)徐守盛審議政府工作報(bào)告。本報(bào)記者 呂建榮攝',
      '全國(guó)人大代表、省委副書(shū)記劉偉平審議政府工作報(bào)告。本報(bào)記者 呂建榮攝',
    ].join('\n');
    const told = story(captions);
    expect(told).toHaveLength(1);
    // (each caption its own paragraph: a credit ends its line as a full stop does — they were one paragraph)
    expect(told[0].reason).toMatch(/“記者呂建榮攝” \(line 1: a news photo's caption\), “記者呂建榮攝” \(line 2: a news photo's caption\), “記者呂建榮攝” \(line 3/);
    // https://ceirp.cn/xwzx/zxyw/2017-03-06/2339.html
    const goldenWords = ['昨日上午,十二届全国人大五次会议在京开幕,国务院总理李克强作政府工作报告。', '各级政府要坚持过紧日子,决不允许增加“三公”经费;坚决打好蓝天保卫战……总理报告金句不断,给力!'].join('\n');
    expect(story(goldenWords)[0]?.reason).toContain('“金句” (line 2: commentary on it)');
    // https://gfxww.com.cn/show-34-651-1.html
    const opening = ['十四届全国人大三次会议开幕会5日9时在北京人民大会堂举行,习近平等党和国家领导人出席大会。', '国务院总理李强代表国务院,向十四届全国人大三次会议作政府工作报告。'].join('\n');
    expect(story(opening)[0]?.reason).toMatch(/^Unexpected news story or notice about the report rather than the report's text: “[^”]+” \(line 1: the session as news\), “总理李强代表国务院，向十四届全国人大三次会议作政府工作报告” \(line 2: who delivered the report\)/);
  });

  test('guard: a report\'s own "…次会议在…举行" of a session it held and a photographer it names are no story', () => {
    const page = [
      '过去一年，县人大常委会举行常委会会议8次，县十七届人大三次会议顺利举行。',
      '我们支持新闻媒体发展，本报记者队伍不断壮大。',
      '全年听取和审议了“一府一委两院”工作报告12项。',
    ].join('\n');
    expect(story(page)).toEqual([]);
  });

  test('guard: one paragraph of a report telling one thing of a session is no story', () => {
    const page = ['一年来，县长王明代表县人民政府向大会作了政府工作报告，我们认真落实各项任务，全县地区生产总值增长6%。'].join('\n');
    expect(story(page)).toEqual([]);
  });
});

describe('ingest: a list of reports is said to be one', () => {
  const rules = (text: string) => readIngested(text, 'page.txt', { clean: false }).result.file.messages.filter((m) => m.ruleId === 'list-page');
  test('a portal column\'s list of the years\' reports (was: the titles written as one paragraph of a report titled “2024年政府工作报告”, no message)', () => {
    const page = [
      '首页 > 政务公开 > 政府工作报告',
      '2024年政府工作报告 2024-01-25',
      '2023年政府工作报告 2023-01-18',
      '2022年政府工作报告 2022-01-20',
      '2021年政府工作报告 2021-02-01',
      '共5条 1/1页 首页 上一页 下一页 尾页',
    ].join('\n');
    const [warning, ...more] = rules(page);
    expect(more).toEqual([]);
    expect(warning.fatal).toBe(false);
    expect(warning.reason).toMatch(/^Unexpected list of reports rather than a report: 3 reports' titles \(“2023年政府工作报告”, “2022年政府工作报告”, “2021年政府工作报告”\) and no report's text/);
  });

  test('the list\'s count and page of pages is pagination (was: “共5条1/1页首页上一页下一页尾页” a paragraph)', () => {
    const { result } = readIngested(['2024年政府工作报告', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。', '共5条 1/1页 首页 上一页 下一页 尾页'].join('\n'), 'page.txt', { clean: false });
    expect(result.markdown).not.toContain('共5条');
    expect(result.summary.linesRemoved.find((r) => r.line === 4)?.rule).toBe('pagination');
  });

  test('guard: a report\'s opening that names the years\' reports in a sentence is the report', () => {
    const page = ['2024年政府工作报告', '根据2023年政府工作报告、2022年政府工作报告和2021年政府工作报告的部署,我们完成了各项任务。'].join('\n');
    expect(rules(page)).toEqual([]);
  });

  test('guard: a page cut in its salutation names no reports and is no list', () => {
    expect(rules(['2024年政府工作报告', '主任、各位副主任'].join('\n'))).toEqual([]);
  });
});

describe('ingest: a news page\'s credit after the text is the page\'s, not the report\'s', () => {
  // New user round 12: the CPPCC's 2010 proposals report on a traditional-character copy of Xinhua's page
  // (test/fixtures/newuser-round12), its last paragraph ending "… 體現了政協特色和時代特點。 (來源: 新華網?? 編輯:小唐)".
  const page = (end: string) => ['全國政協常委會關於政協十一屆二次會議以來提案工作情況的報告', '各位委員:', `一年來,共提交提案5820件。總體來看,凝聚著委員們智慧和心血的提案,內容豐富,針對性強,體現了政協特色和時代特點。${end}`].join('\n');

  test('“ (來源: 新華網 編輯:小唐)” at the last paragraph\'s end is removed and reported at its column (was: kept inside the paragraph)', () => {
    const { result } = readIngested(page(' (來源: 新華網 編輯:小唐)'), 'page.txt', { clean: false });
    expect(result.markdown).toContain('體現了政協特色和時代特點。 {#');
    expect(result.markdown).not.toContain('新華網');
    const taken = result.summary.linesRemoved.find((r) => r.text === '(來源: 新華網 編輯:小唐)');
    expect(taken?.line).toBe(3);
    const line = page(' (來源: 新華網 編輯:小唐)').split('\n')[2];
    const said = result.file.messages.find((m) => m.ruleId === 'page-info' && m.reason.includes('(來源: 新華網 編輯:小唐)'));
    expect([said?.line, said?.column]).toEqual([3, line.indexOf('(來源') + 1]);
  });

  test('the same with a lost character\'s "??" and a reading in brackets in it (was: a paragraph “新華網？?” left)', () => {
    const { result } = readIngested(page(' (來源: 新華網(wǎng)?? 編輯:小唐)'), 'page.txt', { clean: false });
    expect(result.markdown).not.toContain('新華網');
    expect(result.markdown).toContain('體現了政協特色和時代特點。 {#');
  });

  test('guard: a bracket after a sentence that is the report\'s own (a source it cites, a note) stays', () => {
    const { result } = readIngested(page('（数据来源：市统计局）'), 'page.txt', { clean: false });
    expect(result.markdown).toContain('（数据来源：市统计局）');
  });
});

describe('ingest: a news credit broken into a label, its value and the next label', () => {
  // The real paragraph's end (test/fixtures/newuser-round12, the CPPCC's 2010 proposals report, source.html line 8):
  // the page's HTML reads the credit as stamp pieces, "(來源:" / "新華網(wǎng)??" / "編輯:小唐)".
  test('the value between “(來源:” and “編輯:小唐)”, with its lost character, goes with them (was: a paragraph “新華網？?”)', () => {
    // (the page's own paragraph, its readings in brackets after 75 characters and all: those split the credit)
    const source = readFileSync(path.join(import.meta.dirname, 'fixtures/newuser-round12/content/reports/cppcc-proposals-2010/source.html'), 'utf8');
    const paragraph = source.split('\n').find((line) => line.includes('(來源:'))!;
    const { result } = readIngested(`<html><body><h1>全國政協常委會關於政協十一屆二次會議以來提案工作情況的報告</h1><p>各位委員:</p>\n${paragraph}\n</body></html>`, 'page.html', { clean: false });
    expect(result.markdown).not.toContain('新華網');
    expect(result.markdown).toContain('時代特點。 {#');
  });

  test('guard: a short question after a label alone is not taken as its value', () => {
    const { result } = readIngested(['政府工作报告', '各位代表:', '现在,我代表市人民政府向大会报告工作。', '来源:', '为什么要这样做？', '因为这是人民群众的期盼。'].join('\n'), 'page.txt', { clean: false });
    expect(result.markdown).toContain('为什么要这样做？');
  });
});

describe('ingest: a procuratorate\'s news of its report approved (stop 27, lead)', () => {
  // 秭归县人民检察院's page (http://zg.yc.hbjc.gov.cn/zjxw/zjdt/202401/t20240129_1802703.shtml) and China Daily's story of
  // 龙安区's (https://chujupifa.com/read/-dy-article-JPE2DOVD0514R9KE.html), reduced: before, neither was said to be a story
  // ("…作的《…报告》", "表决通过了…报告", "胜利闭幕" and "分组讨论" were not read), the first titled "色彩风格".
  test('the report approved and discussed, the session closed: a story (was: no message)', () => {
    const page = [
      '两会“检”阅丨赞成率100%!秭归县检察院工作报告获全票通过',
      '  2024年1月27日,秭归县第十九届人民代表大会第四次会议胜利闭幕,大会表决通过了秭归县人民检察院工作报告,赞成率100%。',
      '  2023年,在县委和上级检察机关的坚强领导下,县人民检察院交出了一份亮眼的成绩单。',
      '  在人大代表分组讨论会上,代表们普遍认为,县人民检察院政治站位高、工作措施强、履职效果佳。',
    ].join('\n');
    expect(story(page).map((m) => m.line)).toEqual([2]);
    expect(story(page)[0].reason).toContain('“胜利闭幕” (line 2: the session as news), “分组讨论” (line 4: the deputies discussing it)');
  });

  test('"检察长祝现明作的《…工作报告》" and "报告从…等5个方面回顾了": who delivered it, what it said', () => {
    const page = [
      '近日,安阳市龙安区第五届人民代表大会第五次会议听取了龙安区人民检察院检察长祝现明作的《龙安区人民检察院工作报告》。',
      '报告从服务大局、为民司法、维护公平正义等5个方面回顾了2024年检察工作开展情况。',
    ].join('\n');
    expect(story(page)[0].reason).toMatch(/\(line 1: who delivered the report\), “报告从服务大局.*回顾” \(line 2: what the report said\)/);
  });

  // ("報告中提出" is not read: a digest of the report says "报告中指出" on every line — the corpus's school CMS page, heldout11)
  test('a paper\'s story of readers\' views in traditional characters: 總理李克強…作政府工作報告, 告訴記者 (was: no message)', () => {
    const page = [
      '3月5日9時,十二屆全國人大二次會議在京開幕,國務院總理李克強代表國務院向大會作政府工作報告。',
      '私營業主劉帝臣告訴記者,“我覺得報告非常務實。”',
      '報告中提出“要像對貧困宣戰一樣,堅決向污染宣戰”,這讓中學教師王海印象很深刻。',
    ].join('\n');
    expect(story(page)[0].reason).toContain('“總理李克強代表國務院向大會作政府工作報告” (line 1: who delivered the report), “告訴記者” (line 2: told to a reporter), and nowhere');
  });

  test('a county portal\'s news of a meeting on the draft report: 主持召开, 参加会议 (http://www.cqck.gov.cn/zwxx_270/qxdt/202601/t20260104_15285300.html; was: a report titled by the headline, no message)', () => {
    const page = [
      '我县召开2026年《政府工作报告》意见征求座谈会',
      '12月30日,县委副书记、县长王春梅主持召开2026年《政府工作报告》意见征求座谈会,广泛征求社会各界代表意见建议。',
      '县领导伍咏梅、张国进、王晓斌、王广参加会议。',
      '会上,报告起草组就《报告》的起草过程、基本框架和主要内容作了说明。',
    ].join('\n');
    expect(story(page)[0].reason).toContain('“主持召开” (line 2: the session as news), “参加会议。” (line 3: the session as news)');
  });

  test('guard: 工作报告 is no "作…报告" (a report\'s own "代表委员对…工作报告的意见" delivers nothing)', () => {
    const page = ['全面了解代表委员对秭归县人民检察院工作报告的意见建议。', '认真研究代表对法院工作报告提出的意见,不断加强和改进工作。'].join('\n');
    expect(story(page)).toEqual([]);
  });

  test('guard: a standing committee\'s own report that heard and approved reports has the voice: no story', () => {
    const page = [
      '各位代表:',
      '现在,我代表县人民代表大会常务委员会向大会报告工作,请予审议。',
      '一年来,常委会听取和审议了县人民政府关于国民经济和社会发展计划执行情况的报告,审议通过了县人民检察院工作报告。',
      '在分组审议中,代表们普遍认为,各项工作取得新成绩。',
    ].join('\n');
    expect(story(page)).toEqual([]);
  });
});

describe('ingest: a delegation\'s deliberation, a call for suggestions, a session\'s agenda: pages about a report (session of 2026-12-02 12:28, lead)', () => {
  // Real pages a search for a report finds, reduced: 璧山's news of its delegation deliberating the city's report
  // (https://www.bishan.gov.cn/sy_241/ywdt/202601/t20260130_15368204.html), 历下区's call for suggestions on its 2026 report
  // (http://www.lixia.gov.cn/art/2025/12/17/art_116062_5790.html), and a district congress's agenda
  // (http://www.thnet.gov.cn/ztzl/qsjrdechy/hyrc/content/post_8031136.html). Before, each was made a report with no word
  // said: titled by its headline (璧山's with the issuer "璧山代表团审议市人民政府"), by its tab menu
  // ("…的公告- 征集公告- 草案内容- 起草说明") or by a time ("9时至10时30分").
  test('a delegation deliberating the report, its deputies quoted: a story (was: no message)', () => {
    const page = [
      '璧山代表团审议市政府工作报告',
      '日期:2026-01-30',
      '1月28日至29日,参加市六届人大四次会议的璧山代表团举行全体会议,审议市政府工作报告,沈金强、罗清泉等市人大代表出席会议。',
      '代表们认为,政府工作报告通篇贯穿习近平新时代中国特色社会主义思想,是一个感恩奋进、凝聚力量、鼓舞人心的好报告。',
      '沈金强代表说,报告总结成绩客观全面、分析形势精准深刻、部署工作务实有力,完全赞同。',
    ].join('\n');
    // (stop 44: the headline, a delegation reviewing the report it names, is the story's first telling)
    expect(story(page)[0].reason).toContain('“璧山代表团审议市政府工作报告” (line 1: the deputies discussing it), “出席会议。” (line 3: the session as news), “代表们认为” (line 4: the deputies discussing it) and 1 more');
    // (a headline's verb is no place: before, the issuer "璧山代表团审议市人民政府")
    expect(readIngested(page, 'page.txt', { clean: false }).result.frontMatter.issuer ?? '').not.toMatch(/代表团|审议/);
    // without its closing sentence, the delegation's deliberation is what tells
    expect(story(page.replace('等市人大代表出席会议。', '。'))[0].reason).toContain('“代表团举行全体会议，审议市政府工作报告” (line 3: the deputies discussing it)');
  });

  test('a call for suggestions on the report to be drafted: said (was: a report titled "…的公告- 征集公告- 草案内容- 起草说明")', () => {
    const page = [
      '关于公开征集历下区2026年度《政府工作报告》起草建议的公告',
      '亲爱的市民朋友:',
      '您有所呼,我有所应。历下区2026年《政府工作报告》起草工作已启动,现公开征集社会各界对历下区2026年《政府工作报告》和政府工作的建议。',
      '本次建议征集活动自即日开始,12月31日结束。您可以将意见建议通过以下渠道反馈,起草组将认真吸纳研究。',
      '历下区2026年度《政府工作报告》起草组',
    ].join('\n');
    expect(story(page)[0].reason).toMatch(/\(line 3: a call for suggestions on it\), “建议征集” \(line 4: a call for suggestions on it\)/);
  });

  test('a session\'s agenda: said (was: a report titled "9时至10时30分")', () => {
    const page = [
      '9时至10时30分',
      '第一次全体会议',
      '1.听取区人民政府工作报告',
      '2.审查区2021年预算执行情况和2022年预算草案的报告(书面)',
      '10时30分至12时',
      '代表团会议',
      '1.审议区人民政府工作报告',
    ].join('\n');
    expect(story(page)[0].reason).toMatch(/“1\.听取” \(line 3: the session's agenda\), “2\.审查” \(line 4: the session's agenda\)/);
  });

  // 宜城's paper (http://yicheng.cjyun.org/p/66423.html), 大同日报 (http://epaper.dtnews.cn/dtrb/html/2025-02/17/content_2_252316.htm)
  // and 临汾新闻网 on a mirror in traditional characters with pinyin (http://www.axle-china.com/2025/lflh/rdbd/2766925.html), reduced
  test('news datelines, people watching the session and saying what they made of it: stories (was: no message)', () => {
    const watched = [
      '记者张尚东 通讯员刘珍妮报道:3月5日上午9时,十四届全国人大三次会议在人民大会堂开幕。宜城市人大常委会全体机关干部一起集中收看了大会直播。',
      '市人大工作服务中心干部刘冠闽表示:“听完政府工作报告,我有三个方面感受。”',
      '集中收看结束后,大家纷纷表示,要深入学习领会政府工作报告精神。',
    ].join('\n');
    expect(story(watched)[0].reason).toContain('“记者张尚东通讯员刘珍妮报道” (line 1: a news dateline), “表示：“” (line 2: people telling what they made of it), “集中收看” (line 3: people telling what they made of it)');
    const deliberated = [
      '本报讯 (记者 韩云峰) 连日来,出席市十六届人大五次会议的市领导来到所在代表团,与代表们共同审议政府工作报告。',
      '代表们一致认为,政府工作报告是一个主题鲜明、凝聚力量、求真务实的好报告。',
    ].join('\n');
    expect(story(deliberated)[0].reason).toContain('“本报讯” (line 1: a news dateline), “代表们一致认为” (line 2: the deputies discussing it)');
    const traditional = ['臨汾新聞網訊 (記者 孫宗林) 2月25日下午,參加市五屆人大五次會議的代表們分團審議政府工作報告。', '代表們一致表示,過去的一年是臨汾發展歷程中極不平凡的一年。'].join('\n');
    expect(story(traditional)[0].reason).toContain('“臨汾新聞網訊” (line 1: a news dateline), “代表們一致表示” (line 2: the deputies discussing it)');
  });

  // Articles explaining the report: http://m.kankanhao.net/post/11900.html and etnet's 两会解读 in traditional characters
  // (https://www.etnet.com.hk/www/tc/stocks/ah_news_detail.php?newsid=ETN360305440), reduced
  test('an article explaining the report ("本文将…解读政府工作报告", "关键词一：", "解讀《政府工作報告》"): said (was: ingested as a report, no message)', () => {
    const keywords = ['政府工作报告是政府每年向全国人民代表大会报告工作的重要文件,本文将通过四个关键词来解读政府工作报告。', '关键词一:经济发展', '在政府工作报告中,经济发展始终是重中之重。'].join('\n');
    expect(story(keywords)[0].reason).toContain('“本文将” (line 1: commentary on it), “关键词一：” (line 2: commentary on it)');
    const briefing = ['【兩會解讀】報告起草組沈丹陽：「改革」「創新」高頻詞，共出現75次', '▷ 沈丹陽解讀《政府工作報告》全文1.9萬字分四部分', '　　國新辦舉行吹風會，解讀《政府工作報告》，《政府工作報告》起草組負責人沈丹陽表示，報告全文分為四個部分。'].join('\n');
    expect(story(briefing)[0].reason).toContain('“解讀《政府工作報告” (line 2: commentary on it), “解讀《政府工作報告” (line 3: commentary on it)');
  });

  // A writing site's digest of "范文" (https://www.fudaoke.com/exam/2242519.html), a reader's essay on the report (the pages
  // corpus, no address) and a deputy's article with its byline (https://www.163.com/dy/article/KMOTOS9G0514C5MG.html), reduced
  test('a digest of examples and a reader\'s essay: said (was: ingested as reports, no message); a byline is the page\'s (was: the title)', () => {
    const digest = ['以下是10篇精选的《政府工作报告》范文,涵盖不同层级政府和年度的典型内容。', '1. 中央政府工作报告', '- 范例:2024年《政府工作报告》提出,国内生产总值增长5.2%。'].join('\n');
    // (stop 44: "《政府工作报告》提出" is a telling of what the report said, read first on line 3)
    expect(story(digest)[0].reason).toContain('“精选的《政府工作报告》范文” (line 1: commentary on it), “报告》提出” (line 3: what the report said)');
    const essay = ['每年开年时,我们总能听到一阵热闹的讨论。记得上次我看了那篇报告,真的感觉到了一种前所未有的信心。', '特别让我印象深刻的是,对科技创新的大力支持。'].join('\n');
    expect(story(essay)[0].reason).toContain('“我看了那篇报告” (line 1: commentary on it), “让我印象深刻” (line 2: commentary on it)');
    const { result } = readIngested(['文 | 全国人大代表、广西壮族自治区桂林图书馆副研究馆员 罗天', '2026年1月19日,全国高级法院院长会议在北京召开。笔者很荣幸受邀参会。'].join('\n'), 'page.txt', { clean: false });
    expect(result.frontMatter.title ?? '').toBe('');
    expect(result.summary.linesRemoved.map((r) => r.line)).toContain(1);
  });

  test('guard: a report\'s 我们 and its 我代表 are no reader\'s 我; a 范文 named in a sentence is no digest', () => {
    const page = ['我们听了代表的意见,修改了报告。', '我们要学习先进地区的经验,把精选的范文式材料变成实打实的举措。'].join('\n');
    expect(story(page)).toEqual([]);
  });

  test('guard: a report\'s own "解读" of a policy and its keywords in a sentence tell nothing', () => {
    const page = ['组织开展政策解读活动120场,宣传解读惠企政策。', '围绕“关键词”开展宣传,本年度共发布政策文件36件。'].join('\n');
    expect(story(page)).toEqual([]);
  });

  test('guard: a report quoting what was said ("正如…所说：“…”"), and a paper\'s name in a sentence, tell nothing', () => {
    const page = ['正如习近平总书记所说:“幸福都是奋斗出来的。”', '我们在人民日报、新华社等媒体刊发报道120篇,县融媒体中心讯息平台访问量增长30%。', '群众所说:“办事不用跑了。”这是对我们工作的最好肯定。', '习近平总书记说:“人民对美好生活的向往,就是我们的奋斗目标。”', '正如总书记说:“绿水青山就是金山银山。”'].join('\n');
    expect(story(page)).toEqual([]);
  });

  // Blind, session of 2026-12-02 15:39 (lead): the congress's resolution on the report as a 人大 site prints it
  // (http://www.ztrd.gov.cn/article/20260123/n64952_1.shtml, its adoption note split over two lines, the title lost) and a
  // prefecture's news of its executive meeting on the draft reports (http://xgll.com.cn/xwzx/2022-01/27/content_387686.htm),
  // reduced. Each was made a report with no word said (the resolution titled "（2026年1月23日昭通市第五届人民代表大会").
  test('the session\'s resolution on the report, and a meeting on its draft: said (was: ingested as reports, no message)', () => {
    const resolution = [
      '(2026年1月23日昭通市第五届人民代表大会',
      '第八次会议第四次全体会议通过)',
      '昭通市第五届人民代表大会第八次会议听取和审议了冯皓市长代表市人民政府所作的政府工作报告。会议充分肯定市人民政府过去五年和2025年所做的工作及取得的成效,决定批准这个报告。',
      '会议强调,2026年是“十五五”开局之年,做好今年工作,意义重大。',
      '会议号召,全市各族人民要高举习近平新时代中国特色社会主义思想伟大旗帜,为奋力开创昭通发展新局面而努力奋斗!',
    ].join('\n');
    expect(story(resolution)[0].reason).toContain('“会议通过）” (line 2: what the session resolved), “听取和审议了冯皓市长代表市人民政府所作的政府工作报告” (line 3: what the session resolved), “会议强调” (line 4: what the session resolved) and 1 more');
    const meeting = [
      '香格里拉网讯(记者 洛桑央宗)1月26日,州人民政府代理州长张卫东主持召开州十三届人民政府第92次常务会议。 会议研究审议了《2022年度政府工作报告(送审稿)》。',
      '会议指出,起草好三个报告对于总结成绩、鼓舞人心具有重要意义,要精心修改打磨报告。',
      '会议强调,要高度重视政府工作报告的起草,进一步提高报告的政治性、思想性。',
    ].join('\n');
    expect(story(meeting)[0].reason).toContain('“主持召开” (line 1: the session as news), “会议指出” (line 2: what the session resolved), “会议强调” (line 3: what the session resolved)');
  });

  // Blind (lead): a district procuratorate's news of its report (http://www.chengguan.jcy.gov.cn/info/1015/2424.htm, 2026), a
  // paper's news of a 述职报告会 with the reporter's credit at its end (http://jishi.3news.cn/2022/0125/629609.html) and a
  // paper's jump page of a session's news (https://jrdh.zjol.com.cn/html/2023-02/17/content_2820805.htm), reduced: each was
  // made a report with no word said.
  test('a procuratorate\'s news of its report, a 述职 meeting\'s news, a jump page of a session\'s news: said (was: no message)', () => {
    const procuratorate = [
      '1月14日,兰州市城关区人民检察院检察长苏克鸿在兰州市城关区第十九届人民代表大会第六次会议上作《兰州市城关区人民检察院工作报告》。',
      '报告指出,2025年,区检察院在区委和市检察院的坚强领导下,以高质量法律监督服务保障“七个新城关”建设。',
      '报告明确,2026年,区检察院将围绕“十五五”规划开局目标,依法履职、奋勇前行。',
    ].join('\n');
    expect(story(procuratorate)[0].reason).toContain('“检察长苏克鸿在兰州市城关区第十九届人民代表大会第六次会议上作《兰州市城关区人民检…” (line 1: who delivered the report), “报告指出” (line 2: what the report said), “报告明确” (line 3: what the report said)');
    const review = [
      '1月24日,驻马店市人民检察院召开2021年度基层检察院检察长向市人民检察院述职报告会。市人民检察院检察长吴文立出席会议。',
      '报告会上,10位基层检察院检察长从政治建设、队伍建设等方面进行了汇报。',
      '与会人员对各基层检察院检察长述职报告进行了现场评议。(记者 代廷伟 通讯员张红旗)',
    ].join('\n');
    expect(story(review)[0].reason).toContain('“出席会议。” (line 1: the session as news), “（记者代廷伟通讯员张红旗）” (line 3: a news dateline)');
    const jump = [
      '区十八届人大二次会议举行第二次全体会议',
      '▲上接第1版',
      '区人民检察院检察长柳涛在工作报告中指出,过去的一年,区人民检察院全面贯彻习近平法治思想,各项工作取得新成效。',
      '大会采用电子表决器表决的方式通过了区政府民生实事项目代表票决办法。',
    ].join('\n');
    expect(story(jump)[0].reason).toContain('“在工作报告中指出” (line 3: what the report said), “大会采用电子表决器表决的方式通过” (line 4: the session as news)');
  });

  // Blind (lead): 红网's mobile page of an infographic on 雨花区's report (https://cs.rednet.cn/m/content/646956/68/15565678.html,
  // 2025), reduced: an app button, the headline "一图读懂|划重点!…", a dated dateline, two sentences, the page's buttons. Before:
  // a report titled "立即下载", no message; "点击查看全文", "回首页", "返 回", "回顶部" its last paragraphs.
  test('a mobile news page of an infographic on the report, opening with its dateline: said; its app button and page buttons are the page\'s (was: a report titled "立即下载")', () => {
    const page = [
      '立即下载',
      '一图读懂|划重点!雨花区政府工作报告来了',
      '2025-12-24 16:58:33 字号:',
      '一图读懂|划重点!雨花区政府工作报告来了',
      '红网时刻新闻12月23日讯(记者 胡芳 谢芹)12月23日,长沙市雨花区第六届人民代表大会第六次会议召开。',
      '2026年是“十五五”规划开局之年。雨花区将围绕“决战项目主战场,决胜产业新高地”工作主题,加快建设现代产业强区。',
      '来源:红网',
      '点击查看全文',
      '回首页',
      '返 回',
      '回顶部',
    ].join('\n');
    // (the headline is the title; the dateline opening the text is enough alone. Stop 39: the headline, naming the page an
    // explanation of the report — "一图读懂…报告" —, is quoted too, once though printed twice)
    expect(story(page)[0].reason).toContain('rather than the report\'s text: “一图读懂|划重点!雨花区政府工作报告来了” (line 2: commentary on it), “红网时刻新闻12月23日讯” (line 5: a news dateline), and nowhere');
    const { result } = readIngested(page, 'page.txt', { clean: false });
    expect(result.frontMatter.title ?? '').not.toBe('立即下载');
    expect(result.markdown).not.toMatch(/立即下载|点击查看全文|回首页|返回|回顶部/);
  });

  test('guard: a dateline in a later paragraph alone (a report quoting a paper\'s story) is no story', () => {
    const page = ['2025年,全县经济运行稳中向好。', '本报讯(记者 王敏)一文称赞了我县的做法。'].join('\n');
    expect(story(page)).toEqual([]);
  });

  // Blind (lead): a billboard firm's copy of a township's session news, its words spun by a synonym tool (报告 → 陈述, 发展 → 开展;
  // http://m.gyxmad.com/newdetail-266908.html), reduced. Before: a report with no message.
  test('a spun copy of a session\'s news: what the session heard, what a deputy said (如是说), what the deputies said (was: no message)', () => {
    const page = [
      '会上,代表们认真听取和审议了张文朋同志所作的《政府工作陈述》和左庆伟同志所作的《人大主席团工作陈述》,审议通过了各项抉择。',
      '“我觉得务实是这届陈述的最大特征。”列席会议的机关离退休党支部书记程杰度在分团评论时如是说。',
      '与会代表们纷纷表示要履行好代表职责,为河口乡经济开展更快奉献自己的力气。',
    ].join('\n');
    expect(story(page)[0].reason).toContain('“听取和审议了张文朋同志所作的《” (line 1: what the session resolved), “如是说” (line 2: people telling what they made of it), “纷纷表示” (line 3: people telling what they made of it)');
  });

  // Blind (lead): a 街道's residents' council meeting on 长沙's 人大 site (https://www.csrd.gov.cn/web/article/e14d6e80af8540e0b8dbd9e24d35a173,
  // 2025) and on a mirror in traditional characters with pinyin (http://www.tfa724.com/2025/05/01/99568168.html), reduced: the
  // meeting voted, its atmosphere, the 街道's report heard. Before: reports titled by their section heads, no message.
  test('news of a 街道\'s residents\' council hearing its office\'s report: said (was: no message)', () => {
    const council = [
      '会议表决通过了《望月湖街道居民议事会议事规则(草案)》等四项制度文件。',
      '在分组讨论环节,议事代表们认真审议了《望月湖街道办事处2025年工作报告》。会场气氛热烈,大家畅所欲言。',
    ].join('\n');
    expect(story(council)[0].reason).toContain('“会议表决通过” (line 1: what the session resolved), “气氛热烈” (line 2: the session as news)');
    const mirror = [
      '4月28日下午,順河街街道第一屆居民議事會第一次會議召開,44位居民議事代表齊聚一堂,共謀高質量發展大計。',
      '會議現場氣氛熱烈,代表們積極建言獻策。',
      '當天,順河街街道黨工委副書記、辦事處主任馬驍作《順河街街道辦事處 2024 年工作報告》。',
    ].join('\n');
    expect(story(mirror)[0].reason).toContain('“齊聚一堂” (line 1: the session as news), “氣氛熱烈” (line 2: the session as news), “主任馬驍作《順河街街道辦事處2024年工作報告” (line 3: who delivered the report)');
  });

  test('guard: a report\'s own 气氛 and its CPPCC members\' 建言献策 tell nothing', () => {
    const page = ['政协委员积极建言献策,提出提案320件。', '节会期间现场气氛浓厚,游客人数增长20%。', '会议精神传达到位,学习气氛浓厚。'].join('\n');
    expect(story(page)).toEqual([]);
  });

  test('guard: a report\'s own "报告明确" of another\'s report, its 工作报告, and a credit in brackets that is no reporter\'s tell nothing', () => {
    const page = ['党的二十大报告明确提出,要加快建设法治中国。', '认真研究代表对法院工作报告提出的意见。', '本报告所用数据来源于统计部门(记者节另行统计)'].join('\n');
    expect(story(page)).toEqual([]);
  });

  test('guard: a report\'s own 会议 in a sentence ("中央经济工作会议强调，…", "中央农村工作会议指出，…") and its sessions heard tell nothing', () => {
    const page = ['中央经济工作会议强调,要坚持稳中求进工作总基调。', '中央农村工作会议指出,要锚定建设农业强国目标。', '省委经济工作会议要求,扎实做好“产、城、人”三篇文章。', '区政府常务会议听取审议重大事项42次。'].join('\n');
    expect(story(page)).toEqual([]);
  });

  test('new user round 17: a paper\'s live blog of the State Council\'s 2026 report (stheadline.com, zh-hans): "总理李强发表政府工作报告", "代表国务院，向…作政府工作报告", "政府工作报告说，" (was: ingested as the report, no message)', () => {
    // https://www.stheadline.com/zh-hans/realtime-china/3549682/ (2026-03-05), as the search tool returned it, reduced
    const page = [
      '十四届全国人大四次会议今日上午9点开幕，中共中央政治局常委、国务院总理李强发表政府工作报告，披露今年的经济增长目标等。',
      '09：00',
      '十四届全国人大四次会议开幕会5日9时在北京人民大会堂举行，习近平等党和国家领导人出席大会。',
      '国务院总理李强代表国务院，向十四届全国人大四次会议作政府工作报告。',
      '政府工作报告说，2025年是很不平凡的一年。党的二十届四中全会胜利召开，擘画了未来五年我国发展的宏伟蓝图。',
    ].join('\n');
    const [warning, ...more] = story(page);
    expect(more).toEqual([]);
    // (stop 36's session-opening tell also quotes line 3, "…开幕会5日9时在北京人民大会堂举行")
    for (const told of ['“总理李强发表政府工作报告” (line 1: who delivered the report)', '“总理李强代表国务院，向十四届全国人大四次会议作政府工作报告” (line 4: who delivered the report)']) expect(warning.reason).toContain(told);
  });

  test('guard (round 17): a report that says what another report said, or its speaker "发表重要讲话", tells nothing', () => {
    const page = ['各位代表：', '习近平总书记发表重要讲话，党的二十大报告说，中国式现代化是人口规模巨大的现代化。'].join('\n');
    expect(story(page)).toEqual([]);
    expect(story('习近平总书记发表重要讲话。\n党的二十大报告指出，高质量发展是首要任务。')).toEqual([]);
  });

  test('guard: a report\'s own deputies\' suggestions, its drafting consulted, its sessions heard: no story', () => {
    const page = [
      '认真办理人大代表建议和政协委员提案,办结率100%。',
      '报告起草过程中,广泛征求了各方面意见。',
      '区政府常务会议听取审议重大事项42次。',
      '王芳代表说的“办实事”,我们要做好。',
    ].join('\n');
    expect(story(page)).toEqual([]);
  });
});

describe('ingest: a masked copy or a template is said to be one (ingest/masked-text.ts)', () => {
  // A writing site's copy (lead, stop 27: http://www.uv63h8.cn/article/lidaojianhua/zfzw/200907/229828.html, its
  // beginning as the search tool returned it): a district's 2008 report with its place masked by ××.
  const essay = [
    '區政府工作會議的講話',
    '',
    '時間:2022-07-15 08:03:00',
    '',
    '導語:區政府工作會議的講話一文來源于網友上傳,不代表本站觀點,若需要原創文章可咨詢客服老師,歡迎參考。',
    '',
    '各位代表:',
    '',
    '現在,我代表區人民政府向大會報告工作,請予審議,并請各位政協委員和其他列席人員提出意見。',
    '',
    '一、2008年工作回顧',
    '',
    '2008年是××歷史上很不平凡的一年。一年來,區政府緊緊圍繞建設全面小康××、和諧××的奮斗目標,圓滿完成了區六屆人大二次會議確定的各項目標任務。',
  ].join('\n');
  const masked = (text: string) => readIngested(text, 'page.txt', { clean: false }).result.file.messages.filter((m) => m.ruleId === 'masked-text');

  test('a writing site\'s copy with the place masked by ×× (was: ingested as the report, no message)', () => {
    const [warning, ...more] = masked(essay);
    expect(more).toEqual([]);
    expect(warning.fatal).toBe(false);
    expect(warning.line).toBe(13);
    expect(warning.reason).toMatch(/^Unexpected masked text: “08年是××歷史上很” \(line 13\), “全面小康××、和諧” \(line 13\), “××的奮斗目” \(line 13\) — /);
    expect(warning.reason).toContain("issuer's site");
  });

  test('a template\'s year and Party unit: 20XX年, 中共xx区委', () => {
    const page = ['各位代表:', '现在,我代表区人民政府向大会报告工作,请予审议。', '一、20XX年工作回顾', '一年来,在中共xx区委的正确领导下,我们圆满完成了全年目标任务。'].join('\n');
    expect(masked(page).map((m) => m.line)).toEqual([3]);
    expect(masked(page)[0].reason).toContain('“一、20XX年工作回” (line 3), “，在中共xx区委的正” (line 4) — ');
  });

  test('single masks where a report has figures and places: X市, X亿元, x.x%, 202x年 (a document site\'s copy, https://www.xiaomilidoc.com/p-115984.html)', () => {
    const page = [
      '市长在X市人民代表大会第一次会议上的政府工作报告(2022年政府工作报告)',
      '各位代表:现在,我代表市人民政府,向大会报告工作,请予审议。',
      '预计地区生产总值突破X亿元,年均增长x.x%;一、202x年工作回顾',
    ].join('\n');
    const [warning, ...more] = masked(page);
    expect(more).toEqual([]);
    expect(warning.reason).toMatch(/^Unexpected masked text: “在X市人民代” \(the occasion\), “总值突破X亿元，年” \(line 3\), “均增长x\.x%；一、” \(line 3\) and 1 more — /);
  });

  test('asterisks: ***同志, **镇, **年 (a writing site\'s copies in the corpus: xj-xinjiang-2022, xx-town-2004)', () => {
    const page = ['各位代表:', '现在,我代表**镇人民政府向大会报告工作,请予审议。', '一年来,在以***同志为核心的党中央坚强领导下,**年完成财政收入1亿元。'].join('\n');
    expect(masked(page)[0].reason).toMatch(/^Unexpected masked text: “\*\*镇人民政” \(the issuer\), “，我代表\*\*镇人民政” \(line 2\), “来，在以\*\*\*同志为核” \(line 3\) and 1 more — names, places or figures replaced by XX, ×× or asterisks/);
  });

  test('one asterisk for a figure: 生产总值*亿元, 增长*%, 达到*元 (a writing site\'s speech, https://www.laowenbi.com/show/80759.html)', () => {
    const page = ['同志们:', '下面,我代表县政府,讲三个方面的意见。', '全年实现地区生产总值*亿元,同比增长*%;城乡居民人均可支配收入分别达到*元、*元。'].join('\n');
    expect(masked(page)[0].reason).toMatch(/^Unexpected masked text: “生产总值\*亿元，同” \(line 3\), “比增长\*%；城乡” \(line 3\), “分别达到\*元、” \(line 3\) and 1 more/);
  });

  test('guard: a note\'s asterisk after a figure (5000亿元*, 5.2%*) is no mask', () => {
    const page = ['各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。', '地区生产总值5000亿元*,增长5.2%*。'].join('\n');
    expect(masked(page).map(String)).toEqual([]);
  });

  test('held-out round 33: an asterisk alone in brackets before a unit ("〔*〕街道党工委", a writing site\'s copy, https://www.92read.com/fanwen/gzzj/3662ey.html) is a mask (was: no message)', () => {
    const page = ['〔*〕街道党工委2025年度基层治理工作总结', '2025年,〔*〕街道党工委深入学习贯彻习近平新时代中国特色社会主义思想,全年工作推进有序。', '一、基本情况'].join('\n');
    expect(masked(page)[0]?.reason).toMatch(/^Unexpected masked text: “〔\*〕街道党工” \(the title\), “25年，〔\*〕街道党工” \(line 2\) — /);
  });

  test('held-out round 33: two asterisks between words with no other pair in the paragraph ("我们**经济社会快速发展", the county masked: https://m.liuxuequn.com/a/529470.html) are a mask, not half a bold (was: no message)', () => {
    const page = ['各位老领导、老同志:', '过去的半年,在县委的正确领导下,我们**经济社会快速发展、各项社会事业全面进步。'].join('\n');
    expect(masked(page)[0]?.reason).toMatch(/^Unexpected masked text: “下，我们\*\*经济社会” \(line 2\) — /);
  });

  test('guard (round 33): an asterisk in brackets after a figure or before punctuation ("增长5%(*)。", a note\'s call) is no mask', () => {
    const page = ['各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。', '地区生产总值增长5%(*)。[*]为初步核算数。'].join('\n');
    expect(masked(page).map(String)).toEqual([]);
  });

  test('guard: Markdown\'s bold around Chinese words (**深化改革**, **大力发展**) is no mask', () => {
    const page = ['各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。', '**深化改革。**我们**大力发展**新质生产力。'].join('\n');
    expect(masked(page).map(String)).toEqual([]);
  });

  test('masks in the title block only: the front matter\'s title, issuer and a speaker named "XX" (was: no message)', () => {
    const page = ['XX镇政府工作报告', '镇长 XX', '各位代表:', '我代表镇人民政府,向大会报告工作,请予审查。', '一年来,我们圆满完成了全年目标任务。'].join('\n');
    const [warning, ...more] = masked(page);
    expect(more).toEqual([]);
    expect(warning.line).toBe(1);
    expect(warning.reason).toMatch(/^Unexpected masked text: “XX镇政府工” \(the title\), .*“镇长 XX” \(the speaker\)/);
  });

  test('guard: a draft\'s blank month and day (2021年xx月xx日) are its missing date, not a mask', () => {
    const page = ['政府工作报告', '(征求意见稿)', '——2021年xx月xx日在七星关区第二届人民代表大会第六次会议上', '各位代表:', '现在,我代表区人民政府向大会报告工作,请予审议。'].join('\n');
    expect(masked(page).map(String)).toEqual([]);
  });

  test('guard: a court\'s 苏某某, X射线, an English "XX" between Latin words and a figure\'s × are no masks', () => {
    const page = [
      '各位代表:',
      '现在,我代表市人民检察院向大会报告工作,请予审议。',
      '成功办理苏某某信访案,引进X射线安检设备,面积120×80米,建成X光机房。',
      'Revenue grew 5.2% in 2025, up from 4.1%; Windows X 2025年版.',
      'We hosted the XX Olympic Winter Games torch relay.',
    ].join('\n');
    expect(masked(page).map(String)).toEqual([]);
  });
});

describe('ingest: a news headline of clauses, each with its own act (stop 38, lead)', () => {
  // A Macau or Hong Kong paper's headline of the city's session: "王衍詩主持 孫志洋作政府工作報告 郭永航李貽偉等出席" — who
  // chaired, who delivered the report, who attended, set apart by spaces. Its spaces were read as letter spacing (joinSpaced),
  // the clauses joined into one run as the report's title, and the page, telling one thing in its text, was no story.
  const headline = '王衍詩主持 孫志洋作政府工作報告 郭永航李貽偉等出席';
  const text = ['去年全市地區生產總值增長5.2%，今年預期目標為增長5%左右。', '報告提出，今年將全力推動產業發展，加快建設現代化國際化經濟特區。'];

  test('the headline is a story\'s: said at its line (was: the title, its clauses joined, no message)', () => {
    const [warning, ...more] = story([headline, ...text].join('\n'));
    expect(more).toEqual([]);
    expect(warning.line).toBe(1);
    expect(warning.reason).toContain(`“${headline}” (line 1: a news headline)`);
  });

  test('its spaces part clauses, each with its own act: kept, one each — an ideographic space in the front matter, as between a title\'s phrases (was: "王衍詩主持孫志洋作政府工作報告郭永航李貽偉等出席")', () => {
    const { front } = readIngested([headline.replace(' ', '\u3000\u3000'), ...text].join('\n'), 'page.txt', { clean: false });
    expect(front.title).toBe(headline.replaceAll(' ', '\u3000'));
    expect(joinSpaced(`${headline.replace(' ', '  ')} `)).toBe(headline);
  });

  test('guard: letter spacing, words with no act of their own and a sentence\'s wrap are still joined ("政 府 工 作 报 告", "市长 孙志洋 作政府工作报告", "…请予审议， 并请…列席人员…")', () => {
    expect(joinSpaced('政 府 工 作 报 告')).toBe('政府工作报告');
    expect(joinSpaced('主 持 出 席')).toBe('主持出席');
    // (a name alone has no act: 孙志洋; 工作报告's 作 is none)
    expect(joinSpaced('市长 孙志洋 作政府工作报告')).toBe('市长孙志洋作政府工作报告');
    expect(joinSpaced('珠海市人民政府 政府工作报告')).toBe('珠海市人民政府政府工作报告');
    // (a sentence's runs with acts, a wrap's space between them: no headline — zj-pinghu-2022-watermarked-mirror's opening)
    const opening = '现在，我代表市人民政府向大会作工作报告，请予审议， 并请市政协各位委员和列席人员提出意见。';
    expect(readIngested(['政府工作报告', '各位代表：', opening].join('\n')).blocks).toContain(opening.replace(' ', ''));
  });

  test('guard: the report\'s full text under such a headline (an aggregator\'s heading over it, the speaker\'s voice) is no story', () => {
    const page = [headline, '政府工作報告', '各位代表：', '現在，我代表市人民政府，向大會報告工作，請予審議。', ...text].join('\n');
    expect(story(page)).toEqual([]);
  });
});

describe('ingest: a New Year message is said to be one (stop 38, lead)', () => {
  const message = (text: string) => readIngested(text, 'page.txt', { clean: false }).result.file.messages.filter((m) => m.ruleId === 'new-year-message');
  // https://thrd.gov.cn/substance/rendayaowen-22_3039.html (the search tool's excerpt, reduced): a county congress standing
  // committee's New Year message, no title on the page — it looks back on the year's work as a report does, in its own voice.
  const thrd = [
    '当初升的太阳普照神州大地,新的一年如约而至。在这普天同庆、万家团圆的美好日子里,我们向全县人大代表、人大工作者以及全县广大人民群众致以新春的问候和最美好的祝福。',
    '岁月不居,时节如流。刚刚过去的一年是我县发展历史上极不平凡的一年。一年来,经济高质量发展提档加速,民生福祉有了全面性提升,脱贫攻坚连战连捷,社会事业全面进步。',
    '一年来,县人大常委会开展“十三五”规划实施中期评估,听取和审议县政府关于耕地保护、全县环境状况等工作报告,开展《中华人民共和国档案法》执法检查。',
    '雄关漫道真如铁,而今迈步从头越。2019年是大庆之年、落实之年,也是地方人大常委会成立40周年。我们要坚持党的领导、人民当家作主和依法治国有机统一。',
  ];

  test('a congress standing committee\'s message with no title, greeting the new year: said at its greeting (was: a text without a title, no word)', () => {
    const [warning, ...more] = message(thrd.join('\n'));
    expect(more).toEqual([]);
    expect(warning.line).toBe(1);
    expect(warning.reason).toMatch(/^Unexpected New Year message rather than a report: “致以新春的问候和最美好的祝福” \(line 1: greets the new year\)/);
  });

  test('a government\'s message named in its title ("区长2015年新年致辞"): said at the title\'s line (was: a report titled so, no message)', () => {
    const page = ['区长2015年新年致辞', '各位市民、各位朋友:', '大家好!时光飞逝,转眼间2015年元旦即将来临。', '回首即将过去的2014年,全区经济社会继续保持了平稳健康发展的良好态势,全年经济增长预计在11%左右。'];
    const [warning, ...more] = message(page.join('\n'));
    expect(more).toEqual([]);
    expect(warning.line).toBe(1);
    expect(warning.reason).toContain('“区长2015年新年致辞” (line 1: names a New Year message)');
  });

  test('guard: a report presenting itself to the session, greeting the new year first ("值此新春佳节…致以新春的问候", "向大会报告工作，请予审议"), is no message', () => {
    const report = ['各位代表:', '值此新春佳节即将来临之际,我代表县人民政府,向全县人民致以新春的问候和美好的祝福!', '现在,我代表县人民政府,向大会报告工作,请予审议。', '新年伊始,全县上下团结奋进。新的一年,我们将坚持稳中求进工作总基调。'];
    expect(message(report.join('\n'))).toEqual([]);
  });

  test('guard: a title naming a report, and a text that mentions the new year ("新的一年", "新年伊始") or greets it only at its end, are no message', () => {
    expect(message(['2019年县人大常委会工作报告', ...thrd].join('\n'))).toEqual([]);
    const greetedLast = ['新的一年,我们将坚持稳中求进工作总基调,全力推动经济高质量发展。新年伊始,全县上下团结奋进。', ...thrd.slice(1), '值此新春佳节即将来临之际,向全县人民致以新春的问候和美好的祝福!'];
    expect(message(greetedLast.join('\n'))).toEqual([]);
  });
});

// The held-out rounds' pages that are not the report (rounds 38–42: news, commentary, lists, an office's duties), kept in
// test/fixtures/ingest-not-the-report/<case>/ (input.txt, the search tool's excerpt; expected.yaml, written by hand before
// any ingest, naming the rule that must say so). One test for every round's pages (they were one loop per round).
describe('every held-out page kept as not the report is said to be one, by the rule its expected.yaml names', () => {
  const root = path.join(import.meta.dirname, 'fixtures', 'ingest-not-the-report');
  const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  test('the rounds\' pages are there (38: ten, 39: six, 40: three, 41: four, 42: four)', () => {
    expect([38, 39, 40, 41, 42].map((round) => cases.filter((name) => name.endsWith(`-heldout${round}`)).length)).toEqual([10, 6, 3, 4, 4]);
  });
  for (const name of cases) {
    test(name, () => {
      const expected = parseYaml(readFileSync(path.join(root, name, 'expected.yaml'), 'utf8')) as { not_the_report: string };
      const result = ingest(readFileSync(path.join(root, name, 'input.txt')), { fileName: 'input.txt', slug: name });
      expect(result.file.messages.filter((m) => m.ruleId === expected.not_the_report).length).toBe(1);
    });
  }
});
