/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 61 (2026-12-06, helper blind61a:
 * government work reports of every level and year, new pages on hosts the tests hold as well as new hosts). Each test is the
 * page's shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …"). Guards (precision) are
 * named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const messages = (text: string, rule: string) => read(text).result.file.messages.filter((m) => m.ruleId === rule).map((m) => ({ line: m.line, column: m.column, reason: String(m.reason) }));

describe('stop 61, blind: a wiki\'s previous, own and next page names on ONE line over the report', () => {
  // https://zh.wikisource.org/zh-hant/2013年文成县人民政府工作报告 (Wikisource's header: "2012年… 2013年… 2014年…" on one line)
  const page = [
    '2013年文成縣人民政府工作報告',
    '',
    '維基文庫,自由的圖書館',
    '2012年文成縣人民政府工作報告 2013年文成縣人民政府工作報告 2014年文成縣人民政府工作報告',
    '本作品收錄於《文成縣人民政府工作報告',
    '',
    '2013年1月7日在文成縣第十五屆人民代表大會第二次會議上',
    '',
    '各位代表:',
    '',
    '  現在,我代表縣人民政府向大會報告政府工作,請予審議,並請縣政協委員和其他列席人員提出意見。',
    '',
    '一、2012年工作回顧',
    '',
    '  剛剛過去的2012年,是國內外宏觀經濟形勢極為複雜、發展面臨較大困難的一年。',
  ].join('\n');
  test('the middle name is the title, the links either side are the wiki\'s, said at their columns (was: the title the next year\'s report, "2014年…")', () => {
    expect(read(page).front.title).toBe('2013年文成縣人民政府工作報告');
    const nav = messages(page, 'navigation').filter((m) => m.line === 4);
    expect(nav.map((m) => m.column)).toEqual([1, 35]);
    expect(nav[0].reason).toMatch(/previous page.*2012年文成縣/u);
    expect(nav[1].reason).toMatch(/next page.*2014年文成縣/u);
  });
  test('guard: three names not a year apart each (a list of reports) are no wiki header', () => {
    const list = page.replace('2012年文成縣人民政府工作報告 2013年', '2010年文成縣人民政府工作報告 2013年');
    expect(messages(list, 'navigation').filter((m) => m.line === 4)).toEqual([]);
  });
});

describe('stop 61, blind: a news agency\'s dateline on the title line of a resolution it carries', () => {
  // http://taiwan.cn/zt/szzt/lhtb/zywj/200801/t20080102_558691.htm (xinhuanet's copy of the NPC's 2007 resolution)
  const page = [
    '新华网北京3月16日电 第十届全国人民代表大会第五次会议关于政府工作报告的决议',
    '(2007年3月16日第十届全国人民代表大会第五次会议通过)',
    '第十届全国人民代表大会第五次会议听取和审议了国务院总理温家宝所作的政府工作报告。会议充分肯定国务院过去一年的工作,决定批准这个报告。',
    '会议号召,全国各族人民万众一心,开拓进取!',
  ].join('\n');
  test('the dateline is taken out and said; the title and the resolving session are the resolution\'s own (was: both began "新华网北京3月16日电")', () => {
    const { front } = read(page);
    expect(front.title).toBe('第十届全国人民代表大会第五次会议关于政府工作报告的决议');
    expect(front.issuer).toBe('第十届全国人民代表大会第五次会议');
    expect(messages(page, 'page-info')[0]).toMatchObject({ line: 1, column: 1, reason: expect.stringMatching(/dateline.*新华网北京3月16日电/u) });
    expect(messages(page, 'news-story')[0].reason).toMatch(/resolution/u);
  });
  test('guard: a news headline after a dateline (no resolution\'s name) keeps its line as before', () => {
    const story = ['新华社北京3月5日电 李克强作政府工作报告', '3月5日,十二届全国人大三次会议在人民大会堂开幕。国务院总理李克强作政府工作报告。', '报告回顾了过去一年的工作。'].join('\n');
    expect(messages(story, 'page-info').filter((m) => /dateline/u.test(m.reason))).toEqual([]);
  });
});

describe('stop 61, blind: a search box\'s button spaced as printed, "搜 索"', () => {
  // https://heilongjiang.big5.dbw.cn/system/2012/01/13/053637562.shtml
  const page = [
    '搜 索',
    '黑龍江省第十一屆人民代表大會第七次會議關於政府工作報告的決議',
    '2012-01-13 11:24:06 來源:東北網 作者:',
    '黑龍江省第十一屆人民代表大會第七次會議關於政府工作報告的決議',
    '(2012年1月13日黑龍江省第十一屆人民代表大會第七次會議第三次大會通過)',
    '黑龍江省第十一屆人民代表大會第七次會議聽取和審議了省長王憲魁所作的政府工作報告。會議充分肯定省人民政府過去一年的工作,決定批准這個報告。',
    '會議號召,全省各族人民齊心協力,開拓進取!',
  ].join('\n');
  test('it is the page\'s, said; the resolution\'s name is the title (was: "搜索" the first paragraph, no title, the name printed twice as text)', () => {
    const { front, blocks } = read(page);
    expect(front.title).toBe('黑龍江省第十一屆人民代表大會第七次會議關於政府工作報告的決議');
    expect(blocks.join('\n')).not.toMatch(/搜索|關於政府工作報告的決議$/mu);
    expect(messages(page, 'navigation')[0]).toMatchObject({ line: 1, reason: expect.stringMatching(/搜 索/u) });
  });
  test('guard: a sentence about searching stays text', () => {
    const text = ['政府工作报告', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。', '搜 索引擎优化产业快速发展。'].join('\n');
    expect(read(text).blocks.join('\n')).toMatch(/引擎优化产业/u);
  });
});

describe('stop 61, blind: a document library\'s buttons and preview wall read into the title', () => {
  // https://m.wnwk.com/doc/517352.html ("收藏 分享(赏)" over the file name; "亲,该文档总共12页,…" after the page thumbnails)
  const page = [
    '收藏 分享(赏)',
    '',
    '2022年x镇政府工作报告.docx',
    '',
    '上传人:la****1 文档编号:517352 上传时间:2023-04-08 格式:DOCX 页数:12 大小:23.16KB',
    '下载 相关 举报',
    '2022年x镇政府工作报告.docx_第1页',
    '第1页 / 共12页',
    '亲,该文档总共12页,到这儿已超出免费预览范围,如果喜欢就下载吧!',
    '资源描述',
    '',
    '1、2022年x镇政府工作报告各位代表:现在,我代表x镇人民政府向大会报告工作,请予审议,并请列席会议的同志提出意见。一、2021年工作总结及过去五年工作回顾2021年是中国共产党建党一百周年。',
  ].join('\n');
  test('both are the library\'s, said; the title is the file\'s report (was: "收藏分享（赏）亲，该文档总共12页，…2022年x镇政府工作报告")', () => {
    expect(read(page).front.title).toBe('2022年x镇政府工作报告');
    const said = messages(page, 'document-site').map((m) => m.line);
    expect(said).toContain(1);
    expect(said).toContain(9);
  });
  test('its single small x before a unit is a mask, said (was: nothing said, "x镇人民政府" taken as the issuer\'s place)', () => {
    expect(messages(page, 'masked-text')[0]?.reason).toMatch(/x镇/u);
  });
  test('guard: a Latin word\'s x before a unit, and an x alone between Latin letters, are no masks', () => {
    const words = ['政府工作报告', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。', '引进Linux市场龙头企业,建成Box镇级物流中心,推广x86市级平台。'].join('\n');
    expect(messages(words, 'masked-text')).toEqual([]);
  });
});

describe('stop 61, blind: a writing site\'s blurb opening on a question to the reader', () => {
  // https://xuexila.com/fwn/report/gongzuobaogao/1898802.html
  const page = [
    '学习啦>实用范文>报告总结>工作报告>',
    '',
    '1983年政府工作报告',
    '',
    '  想知道1983年的时候中国政府工作报告的内容吗?下面学习啦小编给大家分享1983年政府工作报告,一起看一下吧!',
    '',
    '  各位代表:',
    '',
    '  我代表国务院,向第六届全国人民代表大会第一次会议作政府工作报告,请予审议。',
  ].join('\n');
  test('it is the site\'s, taken out and said (was: the text\'s first paragraph, its question a bold lead)', () => {
    const { blocks } = read(page);
    expect(blocks[0]).toBe('各位代表：');
    expect(messages(page, 'document-site')[0]).toMatchObject({ line: 5, reason: expect.stringMatching(/想知道1983年/u) });
  });
  test('guard: a report\'s own question to the deputies stays', () => {
    const own = page.replace('想知道1983年的时候中国政府工作报告的内容吗?下面学习啦小编给大家分享1983年政府工作报告,一起看一下吧!', '想知道群众满意不满意吗?下面我们一起看看群众的评价,一起看一下吧!');
    expect(read(own).blocks.join('\n')).toMatch(/想知道群众满意不满意/u);
  });
});

describe('stop 61, blind: Unicode\'s small form of the enumeration comma in a numbered heading', () => {
  // http://bkwu.com.cn/newarea/roll/201203/27/t20120327_23191939.shtml (上海 2003, traditional characters: "一﹑五年工作的回顧")
  const page = [
    '政府工作報告',
    '各位代表:',
    '現在,我代表上海市人民政府,向大會作政府工作報告,請予審議。',
    '一﹑五年工作的回顧',
    '過去的五年,在黨中央﹑國務院和中共上海市委的領導下,本屆政府高舉鄧小平理論的旗幟。',
    '(一)綜合經濟實力進一步提高。國民經濟保持持續快速健康發展。',
  ].join('\n');
  test('it reads as 、: the heading is one, its part under it (was: a paragraph "一﹑五年工作的回顧", the part a top heading)', () => {
    const { blocks } = read(page);
    expect(blocks).toContain('## 一、五年工作的回顧');
    expect(blocks).toContain('### （一）綜合經濟實力進一步提高');
    expect(blocks.join('\n')).toMatch(/黨中央、國務院/u);
  });
  test('guard: a small full stop (﹒) is left as printed', () => {
    const dot = page.replace('本屆政府高舉', '增長5﹒2%,本屆政府高舉');
    expect(read(dot).blocks.join('\n')).toMatch(/5﹒2%/u);
  });
});

describe('stop 61, blind: a copy\'s years stripped with their 年 from a numbered heading', () => {
  // https://www.gwyoo.com/article/shuzhibaogao/nianzhong/201106/443475.html ("一、年工作回顾" over "年是新世纪以来…最为困难的一年")
  const page = [
    '市区政务工作报告',
    '一、年工作回顾',
    '年是新世纪以来经济发展最为困难的一年,也是全市人民砥砺奋进、共克时艰的一年。',
    '——应对危机保增长取得明显成效。预计全年实现地区生产总值4500亿元以上,增长13%以上。',
  ].join('\n');
  test('the heading\'s blank is one with the sentence\'s: two, said (was: one, nothing said)', () => {
    const said = messages(page, 'blank-figures');
    expect(said).toHaveLength(1);
    expect(said[0].reason).toMatch(/2 blanks.*一、年/u);
  });
  test('guard: 年度, 年轻, 年底 after a number are words, no blanks', () => {
    const words = page.replace('一、年工作回顾', '一、年度工作回顾').replace('年是新世纪以来', '2009年是新世纪以来') + '\n（二）年轻干部培养。年底前完成换届。';
    expect(messages(words, 'blank-figures')).toEqual([]);
  });
});

describe('stop 61, blind: a picture tag in a table\'s cell, "<image>…</image> |"', () => {
  // https://heilongjiang.dbw.cn/system/2012/01/11/053631492.shtml
  const page = [
    '政府工作报告',
    '各位代表:',
    '现在,我代表省人民政府向大会报告工作,请予审议。',
    '<image>data:image/s3,"s3://crabby-images/18e93/18e93206cce6ee67a7eae18d4cb2d99dac974bd3" alt=""</image> |',
    '一、过去一年工作回顾',
    '过去的一年,全省经济社会快速发展。',
  ].join('\n');
  test('it is the page\'s, said (was: a paragraph "<image>…</image> |")', () => {
    expect(read(page).blocks.join('\n')).not.toMatch(/image/u);
    expect(messages(page, 'image-name')[0]?.line).toBe(4);
  });
});

describe('stop 61, blind: an agency\'s pick of the report\'s highlights under its title', () => {
  // http://www.fanwen118.com/info_2/fw_876937.html ("盘点20xx年政府工作报告十大亮点", a 中新社 piece in the third person)
  const page = [
    '盘点2015年政府工作报告十大亮点',
    '',
    '国务院总理李克强5日在北京向十二届全国人大三次会议作政府工作报告。报告回顾2014年工作并对今年的政府工作进行系统部署。这份平实、稳重的报告亮点频现。',
    '',
    '——“安不忘危,治不忘乱”',
    '',
    '过去一年,中国经济社会发展总体平稳,稳中有进。李克强指出,我们既要看到成绩,更要看到前进中的困难和挑战。',
  ].join('\n');
  test('the title tells of it, with the lede: said as no report (was: read as the report, its picks headings)', () => {
    expect(messages(page, 'news-story')[0]?.reason).toMatch(/十大亮点/u);
  });
  test('guard: a report under such a title, in its speaker\'s voice, is the report', () => {
    const report = ['2015年政府工作报告亮点', '各位代表:', '现在,我代表国务院,向大会报告政府工作,请予审议。', '一、2014年工作回顾', '过去一年,我国经济社会发展总体平稳。'].join('\n');
    expect(messages(report, 'news-story')).toEqual([]);
  });
});

describe('stop 61, blind: a photo caption closed by its credit in a layout table\'s cell, its bar after it', () => {
  // https://heilongjiang.dbw.cn/system/2012/01/11/053631492.shtml
  const page = [
    '东北网1月10日讯(东北网记者印蕾 李博) 1月10日,出席省十一届人大七次会议的各代表团分组审议省政府工作报告。',
    '代表们在回顾省政府2011年工作时纷纷表示,去年全省经济社会快速发展、民生改善,实现了“十二五”的良好开局,列入国家统计制度监测的10项主要经济指标有7项高于全国平均水平。',
    '齐齐哈尔代表团分组审议政府工作报告。东北网记者李博摄 |',
    '|',
    '牡丹江代表团分组审议政府工作报告。东北网记者 李倩 摄 |',
    '代表们认为,这份政府工作报告实事求是、思路清晰,突出了省政府以科学发展为主题,以加快转变经济发展方式为主线的工作思路。',
  ].join('\n');
  test('the captions go, said, beside the story\'s prose (was: two paragraphs, their first sentences bold leads)', () => {
    const { blocks } = read(page);
    expect(blocks.join('\n')).not.toMatch(/摄/u);
    expect(messages(page, 'caption').map((m) => m.line)).toEqual([3, 5]);
  });
  test('guard: a sentence of the story ending in a bar, no credit, stays', () => {
    const text = page.replace('齐齐哈尔代表团分组审议政府工作报告。东北网记者李博摄 |', '齐齐哈尔代表团分组审议政府工作报告,代表们踊跃发言。 |');
    expect(read(text).blocks.join('\n')).toMatch(/代表们踊跃发言/u);
  });
});
