/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 54 (2026-12-05, helper blind54a:
 * government work reports and pages about them). Each test is the page's shape reduced to a few lines, with its URL; its name
 * says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { decode } from '../pipeline/ingest/decode.ts';
import { readIngested, story } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const ruleAt = (text: string, line: number) => read(text).result.file.messages.filter((m) => m.line === line).map((m) => m.ruleId);
const paragraphs = (text: string) => read(text).blocks;
const removedAs = (text: string, rule: string) => read(text).result.file.messages.filter((m) => m.ruleId === rule).map((m) => m.line);

/** A report's opening in its own voice, for the guards. */
const opening = ['政府工作报告', '——2024年1月10日在某县第十七届人民代表大会第三次会议上', '县长 王明', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员提出意见。', '一、2023年工作回顾', '过去一年,全县经济平稳增长。'];

describe('stop 54, blind: the 内蒙古 disclosure template\'s validity label 公文时效, left empty', () => {
  // http://www.yuquan.gov.cn/zwgk/zfgzbg/202203/t20220328_1225498.html (玉泉区 2018)
  const page = ['政府工作报告', '当前位置: 首页 >> 政务公开 >> 政府工作报告', '索 引 号 0001152802XG/2022-00044 主题分类 政务督查', '发布机构 政府办公室 文  号', '成文日期 2018-02-06 公文时效', '公文时效', '', '2018年政府工作报告', '', '发布日期: 2018-02-06 09:05 来源: 政府办公室', '', '玉泉区人民政府代区长   云  鉴', '', '各位代表:', '', ' 现在,我代表区人民政府向大会报告工作,请予审议,并请政协委员和其他列席会议的同志提出意见。', '', ' 一、过去五年工作回顾'].join('\n');
  test('the title is the report\'s, the label no part of it (was: title "公文时效2018年政府工作报告")', () => {
    expect(read(page).front.title).toBe('2018年政府工作报告');
  });
  test('guard: a report\'s sentence on the timeliness of documents stays', () => {
    const report = [...opening, '严格公文时效管理,全年办结公文1200件。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('严格公文时效管理'))).toBe(true);
  });
});

describe('stop 54, blind: a disclosure row whose spaces went, 发文单位 glued to the value before it', () => {
  // http://tongshan.gov.cn/zc/xxgkml/qtzdgkwj/zczxjlsqk/202303/t20230309_2992244.shtml (通山: dividing the 2022 report's tasks)
  const row = (second: string) => ['县人民政府关于分解落实 2022年县政府重点工作任务的通知', '', '索引号 : K26422872/2023-08370 文       号 :', '', `主题分类: 政务公开 ${second}: 通山县人民政府`, '', '名       称: 县人民政府关于分解落实 2022年县政府重点工作任务的通知 发布日期: 2023年03月09日', '', '有效性: 有效 发文日期:', '', '各乡镇人民政府,县政府各部门:', '', '2022年县政府工作报告已经县十九届人民代表大会一次会议审议通过,现将重点任务分解落实有关事项通知如下:'].join('\n');
  test('发文单位 is read as its own field, the issuer its value (was: 主题分类 "政务公开发文单位: 通山县人民政府", no issuer)', () => {
    const { front } = read(row('发文单位'));
    expect((front.disclosure as Record<string, string>)['主题分类']).toBe('政务公开');
    expect(front.issuer).toBe('通山县人民政府');
  });
  test('the notice\'s title, 关于分解落实…任务的通知, is said a notice dividing the report\'s tasks (was: no word)', () => {
    expect(story(row('发文单位')).some((m) => /dividing its tasks/u.test(String(m.reason)))).toBe(true);
  });
  test('guard: the longer key, 联合发文单位, is still read as itself', () => {
    expect((read(row('联合发文单位')).front.disclosure as Record<string, string>)['联合发文单位']).toBe('通山县人民政府');
  });
  test('guard: a report\'s sentence naming such a notice is no notice', () => {
    const report = [...opening, '县政府印发《关于分解落实2023年重点工作任务的通知》,建立工作台账。', '全年完成重点项目投资30亿元。'].join('\n');
    expect(story(report)).toEqual([]);
  });
});

describe('stop 54, blind: a crosshead over a paragraph opening on 《, on a page whose lines are its paragraphs', () => {
  // https://expagr.com/post/435.html (a commentary on the 2023 report); stop 53's gap on https://zjw.cn/info-52916.html
  const page = ['《政府工作报告》全文公布:2023年发展的新蓝图与民生新期待', '随着新一年的钟声敲响,全国人民翘首以盼的《政府工作报告》在万众瞩目中全文公布,为新一年的国家发展描绘了宏伟蓝图,也为亿万民众的生活带来了新的期待与希望。', '回顾与总结:2022年的成就与挑战', '在《政府工作报告》的开篇,首先对2022年的工作进行了全面回顾,推动经济社会高质量发展取得新成效。', '报告指出,在经济发展方面,我国有效应对了外部环境变化带来的冲击,经济运行总体平稳,主要经济指标保持在合理区间。', '展望与规划:2023年的目标与任务', '《政府工作报告》对2023年的工作进行了详细规划与部署,明确了新一年的主要目标与任务。'].join('\n');
  test('the crosshead stands alone (was: "展望与规划:2023年的目标与任务《政府工作报告》对2023年…" one paragraph)', () => {
    expect(paragraphs(page).some((b) => /展望与规划：2023年的目标与任务$/u.test(b))).toBe(true);
  });
  test('guard: a wrapped dump\'s line broken before a quoted phrase is still joined', () => {
    const dump = ['各位代表：', '现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列', '席人员提出意见。过去一年，我们坚持稳中求进工作总基调，全市经济运行总体平', '稳，用好国家政策资金，出台稳增长“21条”', '“18条”等政策，加强激发消费', '城乡居民收入稳步增长，民生保障水平不断提高，全市生产总值增长百分之五，一', '般公共预算收入增长百分之六，实现良好开局。'].join('\n');
    expect(paragraphs(dump).join('\n')).toContain('出台稳增长“21条”“18条”等政策');
  });
});

describe('stop 54, blind: a 人民日报 archive\'s page header over the headline', () => {
  // https://cn.govopendata.com/renminribao/1997/3/2/1/ (1997-03-02, page 1: 八届全国人大五次会议在京开幕)
  const page = ['1997年3月2日人民日报 第1版', '', '第1版(要闻)', '专栏:', '', '  八届全国人大五次会议在京开幕', '会议开始时全体起立为敬爱的邓小平同志默哀', '新华社北京3月1日电第八届全国人民代表大会第五次会议今天上午在人民大会堂开幕。', '今天的会议由大会执行主席、主席团常务主席乔石主持。'].join('\n');
  test('the day, paper and page, the page and its column, and the empty column label go, said (was: three paragraphs)', () => {
    expect(ruleAt(page, 1)).toContain('page-info');
    expect(ruleAt(page, 3)).toContain('page-info');
    expect(ruleAt(page, 4)).toContain('page-info');
    expect(paragraphs(page).some((b) => /人民日报|第1版|^专栏/u.test(b))).toBe(false);
  });
  test('guard: a report\'s sentence naming the paper\'s page stays', () => {
    const report = [...opening, '1997年3月2日人民日报第1版刊发了大会开幕的消息。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('1997年3月2日人民日报'))).toBe(true);
  });
});

describe('stop 54, blind: a portal\'s footer naming its accounts, one a line', () => {
  // http://www.996630.com/News/show/1310497.html (宣城 2019: the mayor consults on the draft report; a copy of the portal's page)
  const page = ['12月27日上午,市长何淳宽主持召开《政府工作报告》征求意见座谈会,听取部分市人大代表、市政协委员的意见和建议。', '与会人员一致认为,《政府工作报告(征求意见稿)》思路清晰、结构严谨。', '扫一扫在手机打开当前页', '智能问答', '政务微信', '政务微博'].join('\n');
  test('"智能问答", "政务微信", "政务微博" go, said (was: three paragraphs)', () => {
    expect(removedAs(page, 'social')).toEqual(expect.arrayContaining([4, 5, 6]));
    expect(paragraphs(page).some((b) => /^(?:智能问答|政务微信|政务微博)$/u.test(b))).toBe(false);
  });
  test('guard: a report\'s sentence on the government\'s accounts stays', () => {
    const report = [...opening, '开通政务微信、政务微博,及时回应群众关切。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('开通政务微信'))).toBe(true);
  });
});

describe('stop 54, blind: a novel chapter\'s book-author-count line with no count and a day for its age', () => {
  // https://www.tuoluohuo.com/du/40317/27447348_2.html (官涯无悔, 第一百七十一章 乡人代会)
  const page = ['第一百七十一章 乡人代会(2 / 2)', '', '官涯无悔 关越今朝 0 字 2021-06-26', '', '第三小组负责通知的人员不是很多,但却相对麻烦一些。', '', '为了做到万无一失,和以示尊重,楚天齐专门让党政办打印了请柬。'].join('\n');
  test('the line goes, said, and the page is said a novel\'s (was: a paragraph "官涯无悔关越今朝0字2021-06-26")', () => {
    expect(ruleAt(page, 3)).toContain('masthead');
    expect(paragraphs(page).some((b) => b.includes('关越今朝'))).toBe(false);
  });
  test('guard: a report\'s sentence with a count of characters and a day stays', () => {
    const report = [...opening, '《政府工作报告》全文 2 万 字,2021-06-26 在门户网站公布。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('《政府工作报告》全文'))).toBe(true);
  });
});

describe('stop 54, blind: a mobile news page\'s load-more button and the WeChat share box\'s middle line', () => {
  // http://glaivesports.com/gfbw/qwfb/16374725.html (新华社 2025-03-12: the report released in full; a copy of the mobile page)
  const page = ['新華社受權播發《政府工作報告》', '', '來源:新華社 責任編輯:葉夢圓 2025-03-12 17:54:03', '', '新華社北京3月12日電 新華社受權于12日全文播發李強總理代表國務院在十四屆全國人大三次會議上所作的《政府工作報告》。', '', '報告共分三個部分。', '', '輕觸這里,加載下一頁', '', '分享到微信朋友圈×', '打開微信,點擊底部的“發現”,', '使用“掃一掃”即可將網頁分享至朋友圈。'].join('\n');
  test('both go, said (was: paragraphs "輕觸這里，加載下一頁" and "打開微信，點擊底部的“發現”，", the page said cut off there)', () => {
    expect(ruleAt(page, 9)).toContain('home-link');
    expect(ruleAt(page, 12)).toContain('social');
    expect(paragraphs(page).some((b) => /加載下一頁|打開微信/u.test(b))).toBe(false);
    expect(read(page).result.file.messages.some((m) => m.ruleId === 'cut-off')).toBe(false);
  });
  test('guard: a report\'s sentence on opening WeChat to book a service stays', () => {
    const report = [...opening, '打开微信,点击底部的“办事”栏目即可在线预约。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('打开微信'))).toBe(true);
  });
});

describe('stop 54, blind: a journal index\'s label over a report opening with the chair, "主席、各位代表:"', () => {
  // https://jxxfw.com/periodical/c93aaa4e1cdc8d10e51befef35b41c12.html (皖北/皖南 1952: a consultative committee's report)
  const page = ['论文部分内容阅读', '主席、各位代表:我完全拥护曾主席「解放三年来的工作及今后任务」的报告。现在让我代表皖南、北区协商委员会报告三年来的会务概况,请予批评指正。'].join('\n');
  test('the label is the page\'s head, no title (was: title "论文部分内容阅读")', () => {
    expect(String(read(page).front.title ?? '')).toBe('');
    expect(ruleAt(page, 1)).toContain('page-head');
  });
  test('guard: over a text opening on 主席团 (the presidium, no salutation) the label stays as it was, the title', () => {
    const other = ['论文部分内容阅读', '主席团第一次会议通过了大会议程,选举了大会秘书长。会议听取了关于代表资格审查的报告。'].join('\n');
    expect(read(other).front.title).toBe('论文部分内容阅读');
  });
});

describe('stop 54, blind: an aggregator\'s "Source" link alone on its line', () => {
  // http://news.migage.com/articles/%E6%8E%8C%E5%A3%B0%EF%BC%8C%E7%BB%8F%E4%B9%85%E4%B8%8D%E6%81%AF%EF%BC%81_6425880_sinac.html (a copy of 新华网's 2021 story)
  const page = ['掌声,经久不息!', '', 'Source', '', '  原标题:掌声,经久不息!', '', '  第十三届全国人民代表大会第四次会议5日上午在人民大会堂开幕。国务院总理李克强代表国务院向大会作政府工作报告。'].join('\n');
  test('it goes, said (was: the text\'s first paragraph "Source")', () => {
    expect(ruleAt(page, 3)).toContain('page-info');
    expect(paragraphs(page).includes('Source')).toBe(false);
  });
  test('guard: a source line naming its source stays', () => {
    const report = [...opening, 'Source: National Bureau of Statistics'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('Source: National'))).toBe(true);
  });
});

describe('stop 54, blind: an English-learning site\'s stats row naming who recommended the piece', () => {
  // https://www.yyxkb.com/yingyuyuedu/yuedulijie/76553.html (the 2018 report's bilingual highlights)
  const page = ['政府工作報告雙語要點摘錄', '', '推薦人: 來源: 閱讀: 3.02W 次', '', '以下爲報告雙語要點摘錄:', '', '一、過去五年工作回顧', '', '第十二屆全國人民代表大會第一次會議以來的五年,是我國發展進程中極不平凡的五年。'].join('\n');
  test('the row goes, said (was: a paragraph "推薦人：來源：閱讀：3.02W次")', () => {
    expect(ruleAt(page, 3)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.includes('推薦人'))).toBe(false);
  });
  test('guard: a report\'s sentence on recommending candidates stays', () => {
    const report = [...opening, '推荐人选经过民主推荐产生,全部公示。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('推荐人选'))).toBe(true);
  });
});

describe('stop 54, blind: pages in no Chinese, said in their language', () => {
  // https://truyentop.net/trong-sinh-vi-quan/2538526/chuong-546.html (a Vietnamese translation of a novel's chapter)
  const vietnamese = ['Ngày …. Hội nghị lần thứ 3 – Đại hội đại biểu nhân dân lần thứ 10 tỉnh Cát Lâm được tổ chức long trọng tại khách sạn tỉnh Cát Lâm, mấy ngàn ủy viên Đại hội đại biểu nhân dân toàn tỉnh tụ tập lại nghênh đón sự kiện trọng đại này.', 'Trong hội nghị mọi người lắng nghe và đánh giá bản “Báo cáo công tác chính quyền Ủy ban nhân dân tỉnh Cát Lâm” do Mã Tuấn Tùng trình bày.'].join('\n');
  // http://korean.people.com.cn/73554/308659/index.html (人民网's Korean edition, 2013)
  const korean = ['길림성 지도자들 성인대 회의에 참석한 연변대표단을 방문', '25일 오후, 길림성당위 서기 왕유림, 대리성장 바인초루 등 성 지도자들이 연변대표단을 방문했다.'].join('\n');
  test('a Vietnamese page is said to be in another language, not English (was: "this page is in English only")', () => {
    expect(() => readIngested(vietnamese)).toThrow(expect.objectContaining({ ruleId: 'no-chinese', reason: expect.stringContaining('other than English') }));
  });
  test('a Korean page is said Korean (was: refused with no word of its language)', () => {
    expect(() => readIngested(korean)).toThrow(expect.objectContaining({ ruleId: 'no-chinese', reason: expect.stringContaining('in Korean') }));
  });
  test('guard: an English-only page is still said English', () => {
    const english = Array.from({ length: 8 }, () => 'On behalf of the State Council, I will now report to you on the work of the government for your deliberation and approval.').join('\n');
    expect(() => readIngested(english)).toThrow(expect.objectContaining({ ruleId: 'no-chinese', reason: expect.stringContaining('in English only') }));
  });
});

describe('stop 54, blind: deputies arriving for the session, told as news', () => {
  // http://andnr.com/ztzl_3381/lhzt/lhdt_8880/201501/t20150121_410994.html (a city's 2015 session)
  const page = ['怀着高度责任感,带着人民的期望、信任与重托,1月20日,参加市五届人大三次会议的代表陆续抵达驻地报到。在接下来的几天里,他们将认真履行代表职责,共谋我市发展大计。', '从11时开始,前来报到的代表络绎不绝,工作人员满面春风地迎接代表的到来,会务工作有条不紊,井然有序。', '意气风发话发展,信心满怀谋振兴。代表们纷纷表示,要认真审议好大会的各项报告。'].join('\n');
  test('said a news story (was: ingested as a report with no word)', () => {
    expect(story(page).length).toBeGreaterThan(0);
  });
  test('guard: a report\'s sentence on the deputies\' motions is no story', () => {
    const report = [...opening, '参加县人大会议的代表提出议案建议120件,全部办结。'].join('\n');
    expect(story(report)).toEqual([]);
  });
});

describe('stop 54, blind: a paper\'s label over its box of the story\'s gist', () => {
  // https://www.lcdaily.cn/index.php?a=show&c=article&id=63585 (临沧日报 2018-02-04)
  const page = ['阅读提示', '刊发时间:2018-02-04 A3版 作者: 【字体:大 中 小】', '2月2日下午,市四届人大一次会议开幕,市长张之政在所作的政府工作报告中回顾了第三届市人民政府工作取得的六方面成就。报告指出,第三届市人民政府全面完成“十二五”规划目标任务。'].join('\n');
  test('"阅读提示" goes, said, and is no title (was: the title)', () => {
    expect(String(read(page).front.title ?? '')).toBe('');
    expect(ruleAt(page, 1)).toContain('page-head');
  });
  test('guard: a report\'s sentence on reading prompts stays', () => {
    const report = [...opening, '阅读提示牌覆盖全县图书室。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('阅读提示牌'))).toBe(true);
  });
});

describe('stop 54, blind: an e-paper\'s count of the story\'s characters with its thousands\' comma', () => {
  // http://szb.hscbw.com:8082/hscb/20260205/html/content_20260205001001.htm (广西 2026: the session opens)
  const page = ['自治区十四届人大五次会议开幕', '陈刚主持 韦韬作政府工作报告', '文章字数:1,164', '  2月2日,广西壮族自治区第十四届人民代表大会第五次会议在广西人民会堂隆重开幕。'].join('\n');
  test('the count goes, said (was: a paragraph "文章字数：1,164")', () => {
    expect(ruleAt(page, 3)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.startsWith('文章字数'))).toBe(false);
  });
  test('guard: a sentence counting characters stays', () => {
    const report = [...opening, '文章字数:1,164篇,全部归档。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('文章字数'))).toBe(true);
  });
});

describe('stop 54, blind: an outlet\'s editor credited with the outlet, a bar after the bracket', () => {
  // http://www.xuhongcf.com/news/ws/2019010309265953287.htm (武山 2019: consulting the CPPCC on the draft; a copy of 天水在线's story)
  const page = ['1月2日,武山县政府向县政协征求《政府工作报告》(征求意见稿)的意见。', '座谈会上,副县长聂卫东就《报告》的起草过程作了详细介绍。', '(天水在線編輯:馬文潔) |'].join('\n');
  test('the credit goes, said (was: the text\'s last paragraph)', () => {
    expect(ruleAt(page, 3)).toContain('page-info');
    expect(paragraphs(page).some((b) => b.includes('馬文潔'))).toBe(false);
  });
  test('guard: a bracketed note of the report\'s compiling office stays', () => {
    const report = [...opening, '(本报告由县政府研究室编辑整理,数据截至2023年底)'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('县政府研究室编辑整理'))).toBe(true);
  });
});

describe('stop 54, blind: a news page\'s picture placeholder, a file photo\'s caption and its keyword box', () => {
  // https://sjz.hebccw.cn/system/2025/12/21/102136320.shtml (石家庄 2025-12: suggestions for the 2026 report invited)
  const page = ['石家庄邀您“执笔”写2026年政府工作报告', '来源: 长城网  马静', '2025-12-21 16:27:17', '', '长城网·冀云客户端讯(记者 马静)为起草好2026年石家庄市政府工作报告,石家庄市开展“开门写报告,我来建一言”活动。', '', '图片01', '', '石家庄。资料图', '', '市民可通过石家庄市人民政府门户网站进行留言。', '', '关键词', '石家庄 政府工作报告', '责任编辑:袁月'].join('\n');
  test('"图片01", "石家庄。资料图", "关键词" and the tags go, said (were paragraphs)', () => {
    expect(ruleAt(page, 7)).toContain('image-name');
    expect(ruleAt(page, 9)).toContain('caption');
    expect(ruleAt(page, 13)).toContain('navigation');
    expect(ruleAt(page, 14)).toContain('navigation');
    expect(paragraphs(page).some((b) => /^(?:图片01|石家庄。资料图|关键词|石家庄政府工作报告)$/u.test(b))).toBe(false);
  });
  test('guard: a chart\'s label, a sentence ending on 资料图 and a 关键词 over a paragraph stay', () => {
    const report = [...opening, '图1 全县生产总值', '全县完成产值30亿元,增长8%,详见资料图', '关键词', '高质量发展是今年工作的主线,全县上下要坚持稳中求进。'].join('\n');
    const blocks = paragraphs(report).join('\n');
    expect(blocks).toContain('图1');
    expect(blocks).toContain('详见资料图');
    expect(blocks).toContain('高质量发展是今年工作的主线');
  });
});

describe('stop 54, blind: a deputy\'s remarks on the report under a headline naming the deputy', () => {
  // http://khnews.zjol.com.cn/khnews/system/2018/02/03/030686628.shtml (开化 2018)
  const page = ['县人大代表赵长女话报告谋发展', '2018年2月3日 20:01', '今年的《政府工作报告》总结成绩客观、真实、准确,对2018年工作作了全面的部署。', '要想蓝图变美景,计划变现实,我认为一方面要做好人的文章,全县动员。', '来源:开化新闻网', '编辑:郑宏亮'].join('\n');
  test('said a story about the report (was: ingested as the report with no word)', () => {
    expect(story(page).length).toBeGreaterThan(0);
  });
  test('guard: a report\'s sentence on the deputies\' motions report is no story', () => {
    const report = [...opening, '认真办理人大代表建议,审议代表议案办理情况的报告。', '人大代表在审议报告时提出的15条建议全部办结。'].join('\n');
    expect(story(report)).toEqual([]);
  });
});

describe('stop 54, blind: a part heading opening a piece of a page flattened with spaces', () => {
  // http://longjing.gov.cn/zw/ljyw/202601/t20260119_565647.html (龙井 2026: the session opens)
  const flat = (heading: string, after: string) =>
    `实干兴市启新程,聚力发展谋良策。1月16日,龙井市第十九届人民代表大会第五次会议开幕。 大会应到代表148名,实到代表133名,符合法定人数。 金东国主持会议并宣布开幕。 市长黄炳昊代表市人民政府向大会作政府工作报告。报告分三部分:一、2025年及“十四五”工作回顾;二、“十五五”时期任务及目标;三、2026年主要工作。 ${heading} ${after},市政府深入贯彻习近平总书记重要讲话精神,全面落实中央和省、州决策部署,推动全市经济社会稳步发展。 报告从五个方面对过去一年的工作进行了回顾。`;
  test('the heading stands alone (was: "2025年及“十四五”工作回顾2025年，市政府…" one paragraph)', () => {
    expect(paragraphs(flat('2025年及“十四五”工作回顾', '2025年'))).toContain('## 2025年及“十四五”工作回顾');
  });
  test('guard: a piece whose paragraph does not reopen with the heading\'s words is not cut', () => {
    expect(paragraphs(flat('2025年及“十四五”工作回顾', '过去一年')).some((b) => b.startsWith('2025年及“十四五”工作回顾过去一年'))).toBe(true);
  });
});

describe('stop 54, blind: an old Word file read as UTF-8 text, its signature left as "ࡱ"', () => {
  // https://818505.net/km60193/um22o/tmcty?id=19310 (a 2018 department budget's .doc, saved as text)
  test('refused as a Word binary (was: a paragraph of random characters)', () => {
    expect(() => decode(Buffer.from('ࡱ> MOJKL)` Rbjbj{{$ 48b8b8bhbLcRldldldldlde"e enpppppp$ehͭR9eeeeeldld4ͧeldldnenld`d 8bXx08΋eeeeeee eeeeeeed\\8b8b 2018t^蕄{lQ_`Qf lSwyv\\^ fΞS^:Wvcw{t@\\'))).toThrow(expect.objectContaining({ ruleId: 'binary', message: expect.stringContaining('old Word') }));
  });
  test('guard: the letter later in a text is no signature', () => {
    expect(decode(Buffer.from('各位代表：现在我代表县人民政府报告工作。ࡱ')).text).toContain('各位代表');
  });
});

describe('stop 54, blind: a mirror of 中国网\'s press-conference transcript', () => {
  // http://dlnp.com.cn/webcast/2011-05/10/content_22532717_3.htm (陕西 2011: quake reconstruction)
  const page = ['汶川特大地震災后恢復重建情況發布會/實錄', '', '2011年05月10日14:16 | 中國發展門戶網 www.chinagate.cn | 給編輯寫信 字號:T|T', '關鍵詞: 汶川地震 災后恢復重建 自然災害救助條例 汶川地震災后恢復重建條例', '', '主持人華清:', '', '下面請江澤林先生介紹情況。', '', '江澤林:', '', '下面我簡要通報一下陜西省“5·12”地震災后恢復重建有關情況。'].join('\n');
  test('the stamp row and the keyword row go, said (were paragraphs)', () => {
    expect(ruleAt(page, 3)).toContain('page-info');
    expect(ruleAt(page, 4).length).toBeGreaterThan(0);
    expect(paragraphs(page).some((b) => /chinagate|^關鍵詞/u.test(b))).toBe(false);
  });
  test('the transcript is said a press conference (was: no word)', () => {
    expect(story(page).some((m) => /press conference/u.test(String(m.reason)))).toBe(true);
  });
  test('guard: a report\'s sentences naming a day and an outlet, a keyword and a press conference stay, no story', () => {
    const report = [...opening, '2011年05月10日,中国发展门户网报道了我县重建经验。', '关键词:高质量发展', '全年召开新闻发布会12场。'].join('\n');
    const blocks = paragraphs(report).join('\n');
    expect(blocks).toContain('中国发展门户网报道');
    expect(blocks).toContain('关键词：高质量发展');
    expect(story(report)).toEqual([]);
  });
});

describe('stop 54, blind: a reading site\'s app banner over a novel\'s chapter', () => {
  // https://zwdu.net/book/91863/45629623.html (八一中文网, 淌过岁月静静的河, 第十三章)
  const page = ['请安装我们的客户端', '', '更新超快的免费小说APP', '', '下载APP', '终身免费阅读', '', '添加到主屏幕', '', '请点击,然后点击“添加到主屏幕”', '', '八一中文网 www.zwdu.net,淌过岁月静静的河无错无删减全文免费阅读!', '', '    第十三章', '', '    九十年代后半期,在乡镇工作的乡干部,工作基本分“中心工作”和“常规工作”。'].join('\n');
  test('the banner goes, no title, and the page is said a novel\'s (was: title "请安装我们的客户端", the banner paragraphs)', () => {
    const { front, result } = read(page);
    expect(String(front.title ?? '')).toBe('');
    expect(result.file.messages.some((m) => m.ruleId === 'other-document')).toBe(true);
    expect(paragraphs(page).some((b) => /客户端|APP|主屏幕|免费阅读/u.test(b))).toBe(false);
  });
  test('guard: a report\'s sentence on a government app\'s downloads stays', () => {
    const report = [...opening, '推广政务服务app,下载量突破10万次。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('推广政务服务app'))).toBe(true);
  });
});

describe('stop 54, blind: a betting brand put where the government delivering the report was named', () => {
  // http://www.myboshidmc.com/contents/3240/208043.html (a spam mirror of 彝良's 2022 session story)
  const page = ['1月14日,彝良县第十七届人民代表大会第一次会议在彝良县会议中心人民会堂开幕。', '根据会议议程,彝良县委副书记、县长陈霖代表乐动体育平台向大会作政府工作报告。报告首先对本届政府工作作了回顾。'].join('\n');
  test('the brand is warned of (was: no word)', () => {
    expect(read(page).result.file.messages.some((m) => m.ruleId === 'injected-spam' && String(m.reason).includes('乐动体育平台'))).toBe(true);
  });
  test('guard: a body of sport delivering a report is no brand', () => {
    const report = [...opening, '市长代表市体育总会向大会报告全民健身工作。'].join('\n');
    expect(read(report).result.file.messages.some((m) => m.ruleId === 'injected-spam')).toBe(false);
  });
});

describe('stop 54, blind: an e-book store\'s trail to its fiction shelf', () => {
  // https://m.shexun.cn/book/chapter/84581/19.html (蹉跎政绩, 第19章 尹市长接访)
  const page = (shelf: string) => [`书城${shelf}`, '8458100000019', '', '第19章 尹市长接访', '', '市委市政府所有领导的车都统一装备了警笛,但尹凡从来不让司机使用警笛。'].join('\n');
  test('the page is said a novel\'s (was: the reader\'s chrome removed, no word of fiction)', () => {
    expect(read(page('小说蹉跎政绩')).result.file.messages.some((m) => m.ruleId === 'other-document')).toBe(true);
  });
  test('guard: the store\'s shelf of politics (a 人大志) is no novel', () => {
    expect(read(page('政治彭阳县人大志')).result.file.messages.some((m) => m.ruleId === 'other-document')).toBe(false);
  });
});

describe('stop 54, blind: a news photo\'s caption closing the page, its photographer\'s credit after the stop', () => {
  // https://www.bilezu.com/html/21015452.html (an aggregator's copy of 南海网's 2015 story: 崖州区's session)
  const page = ['南海网、南海网客户端三亚9月27日消息(南海网记者 马寿青 实习生 罗略榕)三亚崖州区第二届人民代表大会第一次会议9月27日在崖州南滨农场礼堂隆重开幕。本次会议为期两天,将听取和审议崖州区人民政府工作报告。', '', '会议还将选举崖州区第二届人民代表大会常务委员会主任、副主任、委员;选举崖州区人民政府区长、副区长。', '', '    9月27日,三亚市崖州区二届一次人代会开幕 ,代区长冯强做政府工作报告。南海网记者 马寿青 摄'].join('\n');
  test('the page is not said cut off there (was: a cut-off warning on "…报告。南海网记者马寿青摄")', () => {
    expect(read(page).result.file.messages.some((m) => m.ruleId === 'cut-off')).toBe(false);
  });
  test('guard: a page stopping inside a sentence is still said cut off', () => {
    const cut = [...opening, '全县实施重点项目120个,完成投资30亿元,其中工业项目'].join('\n');
    expect(read(cut).result.file.messages.some((m) => m.ruleId === 'cut-off')).toBe(true);
  });
});
