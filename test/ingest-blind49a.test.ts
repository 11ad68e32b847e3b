/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 49 (2026-12-04, helper blind49a:
 * government work reports and pages about them). Each test is the page's shape reduced to a few lines, with its URL; its name
 * says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const ruleAt = (text: string, line: number) => read(text).result.file.messages.filter((m) => m.line === line).map((m) => m.ruleId);
const paragraphs = (text: string) => read(text).blocks;

/** A report's opening in its own voice, for the guards. */
const opening = ['政府工作报告', '——2024年1月10日在某市第十七届人民代表大会第三次会议上', '市长 王明', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员提出意见。', '一、2023年工作回顾', '过去一年,全市经济平稳增长。'];

describe('stop 49, blind: a clause describing the government before its name', () => {
  // https://zgqingyang.gov.cn/gk/zfxxgk/zfxxgkml/qtfdxx35zwgkb/subject5235zwgkb/content_23229 (庆阳 2003)
  const page = ['政 府 工 作 报 告', '——2002年12月1日在庆阳市', '第一届人民代表大会第一次会议上', '各位代表:', '庆阳市第一届人民代表大会的召开,是全市人民政治经济生活中的一件大事。我谨代表新当选的市政府领导班子全体成员,向各位代表及全市人民表示衷心的感谢!', '现在,我代表市人民政府向大会作工作报告,请予审议,并请各位政协委员和列席人员提出意见和建议。', '一、关于本届政府任期的工作', '庆阳是一个革命老区。'].join('\n');
  test('"我谨代表新当选的市政府领导班子" names 庆阳市人民政府 (was: issuer "新当选的市人民政府")', () => {
    expect(read(page).front.issuer).toBe('庆阳市人民政府');
  });
  test('guard: "我代表本届市政府" and a town\'s full name are read as before', () => {
    expect(read([...opening.slice(0, 4), '现在,我代表本届市人民政府向大会报告工作。', '一、工作回顾', '过去一年,全市经济平稳增长。'].join('\n')).front.issuer).toMatch(/^某市人民政府$|^市人民政府$|undefined/u);
    expect(read(['政府工作报告', '——2024年1月10日在木洞镇第二十届人民代表大会第八次会议上', '各位代表:', '现在,我代表木洞镇人民政府向大会作工作报告,请予审议。', '一、2023年工作回顾', '过去一年,全镇经济平稳增长。'].join('\n')).front.issuer).toBe('木洞镇人民政府');
  });
});

describe('stop 49, blind: a breadcrumb whose arrows are typed as dashes and a bracket', () => {
  // https://www.jl.chinanews.com.cn/shms/2024-12-19/246528.html (中新社吉林)
  const page = ['中新社吉林分社正文', '', '首页-->社会', '', '长春市绿园区第十九届人民代表大会第四次会议开幕', '发布时间:2024年12月19日 11:56 来源:绿园区人大 编辑:王思博', '  12月18日上午,长春市绿园区第十九届人民代表大会第四次会议开幕。大会主席团常务主席杨宝昌主持会议。', '  该区区长高文䘵作政府工作报告。'].join('\n');
  test('"首页-->社会" is the breadcrumb, the site\'s line over it no title (was: title "中新社吉林分社正文", "首页-->社会" a paragraph)', () => {
    expect(ruleAt(page, 3)).toContain('breadcrumb');
    expect(read(page).front.title).toBe('长春市绿园区第十九届人民代表大会第四次会议开幕');
    expect(paragraphs(page).some((b) => /首页|分社正文/u.test(b))).toBe(false);
  });
  test('guard: a sentence with "-->" in it is no trail', () => {
    const report = [...opening, '上级政府-->下级政府的转移支付增加了,基层财力明显增强。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('上级政府'))).toBe(true);
  });
});

describe('stop 49, blind: a day with its time of day over a sentence the page broke', () => {
  // http://www.o6s1.cn/c/2022/04/28/165113644422832.html
  const page = ['4月28日上午', '會議聽取了各代表團審查區人民政府工作報告', '、區2021年國民經濟和社會發展計劃執行情況及2022年計劃草案的報告、區人大常委會工作報告的情況匯報。'].join('\n');
  test('"4月28日上午" and the sentence\'s first line are no title (was: title "4月28日上午會議聽取了…", the rest a paragraph opening with "、")', () => {
    const { front, blocks } = read(page);
    expect(String(front.title ?? '')).toBe('');
    // (stop 50, mends50: the day line goes on its sentence, "4月28日上午會議聽取了…" — it was a paragraph of its own, blind49a's gap)
    expect(blocks.some((b) => b.startsWith('4月28日上午會議聽取了各代表團審查區人民政府工作報告、區2021年'))).toBe(true);
  });
  test('guard: a title over an ordinary first line stays the title', () => {
    expect(read(['2024年政府工作报告', '各位代表:', '现在,我代表市人民政府向大会报告工作。'].join('\n')).front.title).toBe('2024年政府工作报告');
  });
});

describe('stop 49, blind: a headline with its day and speaker in brackets after a space', () => {
  // http://shbzcgb.com/culture/whcyk/136795/qywhdt/201602/16/t20160216_8885456.shtml
  const page = ['西藏自治区政府工作报告 (2016年1月27日 洛桑江村)', '——2016年1月27日在西藏自治区第十届人民代表大会第四次会议上', '自治区主席 洛桑江村', '各位代表:', '现在,我代表自治区人民政府,向大会报告工作,请予审议。', '“十二五”时期国民经济和社会发展回顾', '过去的五年,是西藏历史上极不平凡的五年。'].join('\n');
  test('the name is the title (was: no title, the line removed as the page\'s head)', () => {
    expect(read(page).front.title).toBe('西藏自治区政府工作报告');
  });
  test('guard: a headline naming no document, with a bracketed day, is still no title', () => {
    const other = ['聚焦两会 (2016年1月27日 洛桑江村)', ...page.split('\n').slice(1)].join('\n');
    expect(read(other).front.title).not.toMatch(/聚焦两会/u);
  });
});

describe('stop 49, blind: a casino\'s and a live-score site\'s words injected into the text', () => {
  test('"黄金城赌城娱乐", "188比分直播" are said (was: nothing said)', () => {
    // http://shbzcgb.com/culture/whcyk/136795/qywhdt/201602/16/t20160216_8885456.shtml ; http://sdlites.com/zwgk/zfxxgk/jzzf/jwz/fdzdgk/qtfdgk/202402/t20240204_6529902.html
    const page = [...opening.slice(0, 5), '过去的五年,在以黄金城赌城娱乐:同志为总书记的党中央亲切关怀下,我们高举黄金赌城娱乐特色社会主义伟大旗帜。'].join('\n');
    expect(said(page, 'injected-spam')[0]?.reason).toMatch(/赌城/u);
    expect(said(['188比分直播《2023年精武镇政府工作报告》政策解读', '一、《报告》起草过程', '按照镇政府要求,起草组于2023年11月形成初稿。'].join('\n'), 'injected-spam')).toHaveLength(1);
  });
  test('guard: a match\'s score in a report\'s sentence is no spam', () => {
    expect(said([...opening, '我市代表队以3比0的比分获得全省运动会足球冠军。'].join('\n'), 'injected-spam')).toHaveLength(0);
  });
});

describe('stop 49, blind: a county portal\'s credit, a name and 报道', () => {
  // https://www.ynmh.gov.cn/6.news.detail.dhtml?news_id=29349 (勐海)
  const page = ['县政府召开《2017年政府工作报告(征求意见稿)》 征求意见会', '  • 发布时间 :2017-01-13 03:09', '李德琳  报道:', '【导语】19号上午,县政府召开征求意见会,就《2017年政府工作报告(征求意见稿)》征求人大代表、政协委员的意见和建议。'].join('\n');
  test('"李德琳  报道:" is the byline (was: a paragraph)', () => {
    expect(ruleAt(page, 3)).toContain('byline');
    expect(paragraphs(page).some((b) => b.startsWith('李德琳'))).toBe(false);
  });
  test('guard: a column\'s name "专题报道:" is no byline', () => {
    expect(ruleAt([...opening, '专题报道:', '全年编发专题报道120篇。'].join('\n'), 8)).not.toContain('byline');
  });
});

describe('stop 49, blind: the column\'s name over its breadcrumb', () => {
  // http://mdrd.gov.cn/mdrd/view/17/1257/15652.html (弥渡县人大)
  const page = ['决议决定', '当前位置: 首页 > 决议决定', '关于政府工作报告的决议', '', '2019219日弥渡县第十七届人民代表大会第三次会议第四次全体会议通过)', '弥渡县第十七届人民代表大会第三次会议听取和审议了县人民政府县长张世伟所作的政府工作报告。会议决定批准这个报告。'].join('\n');
  test('"决议决定" is the column\'s, the resolution\'s name the title (was: title "决议决定")', () => {
    expect(read(page).front.title).toBe('关于政府工作报告的决议');
    expect(ruleAt(page, 1)).toContain('page-head');
  });
  test('guard: a document\'s name over a breadcrumb ending elsewhere stays the title', () => {
    expect(read(['2024年政府工作报告', '当前位置: 首页 > 政务公开 > 决议决定', ...opening.slice(1)].join('\n')).front.title).toBe('2024年政府工作报告');
  });
});

describe('stop 49, blind: a heading that asks its question', () => {
  // https://stufic.com/news/view?id=12341
  test('"1.《2022年政府工作报告》关注哪些词?" keeps its question mark (was: the mark dropped, unsaid)', () => {
    const page = ['新京报贝壳财经记者梳理2018年至2022年政府工作报告,发现“发展”等一直是高频出现的词。', '1.《2022年政府工作报告》关注哪些词?', '“稳”字在报告中提及频次高达78次。'].join('\n');
    expect(paragraphs(page)).toContain('## 1.《2022年政府工作报告》关注哪些词？');
  });
  test('guard: a heading\'s full stop is still left off', () => {
    expect(paragraphs([...opening.slice(0, 5), '一、2023年工作回顾。', '过去一年,全市经济平稳增长。'].join('\n'))).toContain('## 一、2023年工作回顾');
  });
});

describe('stop 49, blind: the session\'s headline over its deck', () => {
  // http://www.haichengzx.com/hcxw/2242.html (海城)
  const page = ['海城市八届人大六次会议隆重开幕', '孙巨先出席大会周晓皙作人大常委会工作报告闻然作政府工作报告', '本报讯12月27日,海城市第八届人民代表大会第六次会议在工会大厦隆重开幕。', '市长闻然受市人民政府委托,向大会作《政府工作报告》。'].join('\n');
  test('the deck is the subtitle (was: the two lines run together as the title)', () => {
    const { front } = read(page);
    expect(front.title).toBe('海城市八届人大六次会议隆重开幕');
    expect(front.subtitle).toBe('孙巨先出席大会周晓皙作人大常委会工作报告闻然作政府工作报告');
    expect(ruleAt(page, 2)).toContain('headline-parts');
  });
  test('guard: the headline over its lede has no subtitle', () => {
    const { front } = read([page.split('\n')[0], ...page.split('\n').slice(2)].join('\n'));
    expect(front.subtitle).toBeUndefined();
  });
});

describe('stop 49, blind: a news site\'s header rows and a picture\'s leftovers', () => {
  test('"0571-58318323", "我要投稿", "建德市新闻传媒中心 主办" and the site\'s name are the header (was: title "航头镇建德新闻网", three paragraphs)', () => {
    // http://www.jdnews.com.cn/xzfc/ht/content/2016-12/26/content_6104050.html (建德新闻网)
    const page = ['航头镇 建德新闻网', '0571-58318323', '我要投稿', '建德市新闻传媒中心 主办', '您当前的位置: 建德新闻网 > 乡镇风采 > 航头镇', '', '航头镇第十八届人民代表大会第一次会议胜利召开', '2016-12-26 09:54', '', '12月24日,航头镇第十八届人民代表大会第一次会议隆重召开。全镇72名人大代表出席会议。', '会议分别听取并审议通过了《政府工作报告》《人大主席团工作报告》。'].join('\n');
    expect(read(page).front.title).toBe('航头镇第十八届人民代表大会第一次会议胜利召开');
    for (const line of [2, 3, 4]) expect(ruleAt(page, line)).toContain('page-footer');
  });
  test('".jpg)" alone and "Qzone" in a share bar are the page\'s (was: paragraphs)', () => {
    // http://www.lnhtbio.com/news_detail/9.html ; http://www.jmtv.cn/web/jmnews/20220306/1646561332106.shtml
    const page = ['分享', '微博', 'Qzone', '微信', '', '铁岭市第七届人民代表大会第七次会议隆重开幕', '1月11日,铁岭市第七届人民代表大会第七次会议在凡河新区会展中心隆重开幕。', '代市长方守义向大会作《政府工作报告》。', '.jpg)', '何焕秋(左)、胡俊波(右)握手', '.jpg)'].join('\n');
    expect(ruleAt(page, 3)).toContain('social');
    expect(ruleAt(page, 9)).toContain('image-name');
    expect(paragraphs(page).some((b) => /^\.jpg|Qzone/u.test(b))).toBe(false);
  });
  test('guard: a sentence naming its sponsor, and a picture named in brackets, stay', () => {
    const report = [...opening, '本届运动会由县文化馆主办。', '详见附件(图1.jpg)'].join('\n');
    const blocks = paragraphs(report);
    expect(blocks).toContain('本届运动会由县文化馆主办。');
    expect(blocks.some((b) => b.startsWith('详见附件'))).toBe(true);
  });
});

describe('stop 49, blind: a session\'s file label over a resolution\'s name cut before its 的', () => {
  // http://www.69525.cn/jjzrmzf/zwgk/zwgg/content/post_501413.html (金雞鎮)
  const page = ['金雞鎮十七屆人大二次會議文件(12)', '金雞鎮第十七屆人民代表大會第二次會議', '關于《金雞鎮政府工作報告》', '的決議(草案)', '(2017年2月10日金雞鎮十七屆人大二次會議)', '金雞鎮第十七屆人民代表大會第二次會議聽取和審議了周健強同志代表金雞鎮人民政府所作的工作報告。'].join('\n');
  test('the label is the page\'s, the three lines the title (was: title "金雞鎮十七屆人大二次會議文件（12）", the name three paragraphs)', () => {
    const { front, blocks } = read(page);
    expect(front.title).toBe('金雞鎮第十七屆人民代表大會第二次會議關于《金雞鎮政府工作報告》的決議（草案）');
    expect(blocks.some((b) => /^的決議|^關于《/u.test(b))).toBe(false);
  });
  test('guard: the session over its resolution\'s name on one line is read as before, and a 的 line after a sentence stays', () => {
    const one = ['晋城市城区第十七届人民代表大会第三次会议', '关于政府工作报告的决议', '(2024年1月19日晋城市城区第十七届人民代表大会第三次会议通过)', '会议听取和审议了区人民政府区长所作的政府工作报告,决定批准这个报告。'].join('\n');
    expect(read(one).front.title).toBe('晋城市城区第十七届人民代表大会第三次会议关于政府工作报告的决议');
    const report = [...opening, '会议听取了关于政府工作报告', '的决议说明。'].join('\n');
    expect(read(report).front.title).toBe('政府工作报告');
  });
});

describe('stop 49, blind: a portal\'s stamp row naming its author by role and name', () => {
  // https://rdlz.hainanpc.gov.cn/eportal/ui?articleKey=19ceb928b70c440eaf3593328e15aead (海南省人大常委会)
  const page = ['政 府 工 作 报 告', '——2016年1月26日在海南省第五届人民代表大会第四次会议上', '作者 :海南省省长 刘赐贵 编辑 : 来源 :海南省人大常委会 发布时间 :2016年01月27日', '各位代表:', '现在,我代表省人民政府向大会作工作报告,请予审议。', '一、2015年及“十二五”工作回顾', '2015年,是我省经济社会发展经受严峻考验、取得丰硕成果的一年。'].join('\n');
  test('"作者 :海南省省长 刘赐贵" gives the speaker (was: the row removed, missing-speaker)', () => {
    expect(read(page).front.speaker).toBe('海南省省长 刘赐贵');
    expect(said(page, 'stamp-speaker')).toHaveLength(1);
  });
  test('guard: an author named by no office, or a story\'s stamp, gives no speaker', () => {
    const noOffice = page.replace('海南省省长 刘赐贵', '张明');
    expect(read(noOffice).front.speaker).toBeUndefined();
    const story = ['海南省五届人大四次会议开幕', '作者 :海南省省长 刘赐贵 编辑 : 来源 :海南日报', '1月26日上午,海南省第五届人民代表大会第四次会议在海口开幕。省长刘赐贵作政府工作报告。'].join('\n');
    expect(said(story, 'stamp-speaker')).toHaveLength(0);
  });
});

describe('stop 49, blind: a page machine-translated into Japanese', () => {
  // http://xiuzhiben.com/ns_news/225164569117928 (常州 2022)
  test('the page is refused as Japanese (was: ingested as a Chinese page)', () => {
    const page = '2?3日午前、第17期常州市人民代表大会?回会議が市行政センターで盛大に開幕した。開幕式は主席団常務主席、市党委員会書記の陳金虎氏が主宰し、市長代行の盛蕾氏は常州市人民政府を代表して大会に政府活動レポートを行った。';
    expect(() => readIngested(page)).toThrow(expect.objectContaining({ ruleId: 'no-chinese', fatal: true, reason: expect.stringContaining('in Japanese') }));
  });
  test('guard: a report naming a Japanese firm in kana, or a name with the katakana dot, is read', () => {
    const report = [...opening, '引进ソニー等外资企业12家,学习玛丽・居里的科学精神。'].join('\n');
    expect(read(report).front.title).toBe('政府工作报告');
  });
});

describe('stop 49, blind: a photographer\'s credit alone on its line', () => {
  // http://tech.jiangsulong.com/a/2019/0109/1546992807_4.html (a content farm's copy of a 中新社 story)
  test('"中新社采访人员 杨艳敏 摄" is the picture\'s credit (was: a paragraph)', () => {
    const page = ['2019省级两会今起拉开大幕 各地年度成绩单将亮相', '', '  中新社采访人员 杨艳敏 摄', '', '  无论是全国两会还是地方两会 , 政府工作报告都是备受舆论关注的焦点 。'].join('\n');
    expect(ruleAt(page, 3)).toContain('caption');
    expect(paragraphs(page).some((b) => b.includes('杨艳敏'))).toBe(false);
  });
  test('guard: a phrase ending in 拍摄, and a sentence on photography, stay', () => {
    const report = [...opening, '全景拍摄', '全年举办摄影展览12场,记者 王明 摄制专题片3部。'].join('\n');
    const blocks = paragraphs(report);
    expect(blocks.some((b) => b.includes('全景拍摄'))).toBe(true);
    expect(blocks.some((b) => b.startsWith('全年举办摄影展览'))).toBe(true);
  });
});

describe('stop 49, blind: a county station\'s script marks in brackets', () => {
  // https://www.ynmh.gov.cn/6.news.detail.dhtml?news_id=29349 (勐海)
  test('"【导语】", "【图文】" leave the paragraphs they open (was: their first words)', () => {
    const page = ['县政府召开《2017年政府工作报告(征求意见稿)》 征求意见会', '【导语】19号上午,县政府召开征求意见会,就《2017年政府工作报告(征求意见稿)》征求意见和建议。', '   【图文】会上,与会人员听取了《2017年政府工作报告(征求意见稿)》起草过程的说明。'].join('\n');
    expect(paragraphs(page).some((b) => /【导语】|【图文】/u.test(b))).toBe(false);
    expect(paragraphs(page).some((b) => b.startsWith('19号上午'))).toBe(true);
  });
  test('guard: the words in a sentence, and another bracketed label, stay', () => {
    const report = [...opening, '图文并茂宣传惠民政策,导语简明扼要。', '【摘要】全年完成投资120亿元。'].join('\n');
    const blocks = paragraphs(report);
    expect(blocks.some((b) => b.startsWith('图文并茂'))).toBe(true);
    expect(blocks.some((b) => b.startsWith('【摘要】'))).toBe(true);
  });
});
