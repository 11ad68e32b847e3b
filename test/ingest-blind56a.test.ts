/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 56 (2026-12-05, helper blind56a:
 * government work reports at every level and pages about them). Each test is the page's shape reduced to a few lines, with its
 * URL; its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const paragraphs = (text: string) => read(text).blocks;
const removedAs = (text: string, rule: string) => read(text).result.file.messages.filter((m) => m.ruleId === rule).map((m) => m.line);

/** A report's opening in its own voice, for the guards. */
const opening = ['政府工作报告', '——2024年1月10日在某县第十七届人民代表大会第三次会议上', '县长 王明', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员提出意见。', '一、2023年工作回顾', '过去一年,全县经济平稳增长。'];

describe('stop 56, blind: the page\'s headline naming the report, higher in its head than the title block', () => {
  // http://www.fzcangshan.gov.cn/xjwz/xxgk/zfgzbg/201701/t20170111_1401673.htm (仓山区, 2017: the portal's headline, its source
  // line and font bar, then the occasion in brackets and the speaker — no 政府工作报告 line in the block)
  const portal = ['欢迎访问仓山区人民政府门户网站', '2017年政府工作报告', '来源:政府办 发布时间: 2017-01-18 15:18', '加大字体 缩小字体 收藏 取消收藏 打印', '(2017年1月4日在仓山区第十七届人民代表大会第一次会议上)', '福州市仓山区人民政府代区长  梁  栋', '各位代表:', '现在,我代表区人民政府向大会作政府工作报告,请予审议,并请区政协委员和其他列席人员提出意见。', '2016年暨区十六届人民政府工作回顾', '2016年,在市委、市政府和区委的正确领导下,各项工作都取得新的进展。'].join('\n');
  test('the headline is the title (was: removed as the page\'s head, no title)', () => {
    const { front, result } = read(portal);
    expect(front.title).toBe('2017年政府工作报告');
    expect(result.file.messages.some((m) => m.ruleId === 'page-head' && m.line === 2)).toBe(false);
  });
  // http://xietusu.cn/gongzuobaogao/73457.html (a writing site's copy of the 1995 report, traditional: its intro and the piece's count)
  test('a writing site\'s name over its intro and its piece\'s count, "…篇1", gives the title (was: no title)', () => {
    const page = ['1995年政府工作報告', '時間: 小龍 工作報告', '想知道1998年的時候政府工作報告的內容嗎?下面小編給大家分享幾篇1995年政府工作報告,一起看一下吧!', '1995年政府工作報告篇1', '——1995年3月5日在第八屆全國人民代表大會第三次會議上', '國務院總理 李鵬', '各位代表:', '現在,我代表國務院向大會作政府工作報告,請予審議。', '一、1994年國內工作的回顧', '過去的一年,全國人民團結奮斗。'].join('\n');
    expect(read(page).front.title).toBe('1995年政府工作報告');
  });
  // http://jiubao.dongyingnews.cn:80/detail?ChannelID=124404&randno=972&record=6&resultid=14106 (东营日报's archive, 1993)
  test('a resolution\'s name over its session line is the title (was: no title)', () => {
    const page = ['返回概览 <<上一记录 下一记录>> 打印预览 下载记录', '东营市第三届人民代表大会第一次会议关于政府工作报告的决议', '    (一九九三年三月十二日东营市第三届人民代表大会第一次会议', '通过)', '    东营市第三届人民代表大会第一次会议,认真审议了李殿魁市长代表市人民政府所作的政府工作报告,决定予以批准。'].join('\n');
    expect(read(page).front.title).toBe('东营市第三届人民代表大会第一次会议关于政府工作报告的决议');
  });
  test('guard: a link\'s label, a site\'s title bar and a news headline stay the page\'s head (an essay site\'s "关于…报告": the corpus page gd-guangzhou-2017-mirror)', () => {
    const block = ['——2023年1月10日在某州第十五届人民代表大会第二次会议上', '州長 刀文', '各位代表:', '現在,我代表州人民政府向大會報告工作,請予審議。', '一、2022年工作回顧', '過去一年,全州經濟平穩增長。'];
    for (const head of ['點擊查閱更多2023年地方政府工作報告', '2022年嘉兴市平湖市政府工作报告文库_资料共享_统计公报', '州长刀文作政府工作报告']) {
      expect(read([head, ...block].join('\n')).front.title ?? '').toBe('');
    }
  });
});

describe('stop 56, blind: the place of the congress a lede names after 在', () => {
  // http://www.8835w.com/public/2655573/193409871.html (宿州's mayor on the 2023 report, a mirror in traditional characters)
  const page = ['【市長解讀】王啟榮市長解讀2023年政府工作報告', '20221230日,在宿州市第六屆人民代表大會第次會議上,市長王啟榮代表市人民政府,向大會報告工作。現將《政府工作報告》解讀如下。', '一、意見征求和文稿修改', '《報告》起草工作,是在市政府主要負責同志直接領導下進行的。'].join('\n');
  test('the issuer is the city\'s government (was: "在宿州市人民政府")', () => {
    expect(read(page).front.issuer).toBe('宿州市人民政府');
  });
  test('guard: a congress named after a comma still places it', () => {
    const lede = ['1月27日上午,山東省第十四屆人民代表大會第四次會議開幕。周乃翔代表省人民政府向大會作政府工作報告。', '周乃翔說,過去一年全省經濟回升向好。'].join('\n');
    expect(read(lede).front.issuer).toBe('山東省人民政府');
  });
});

describe('stop 56, blind: an e-paper\'s edition line, its column a figure', () => {
  // https://ksktxx.mifengchengshi.com/Html/2024-03-08/6061.html (克什克腾旗's paper, 2024-03-08)
  const page = ['第一版:1总第283期 >2024-03-08编印', '', '凝心聚力担使命 笃行不怠启新程——我旗党员干部热议《政府工作报告》', '刊发日期:2024-03-08 阅读次数: 作者:  语音阅读:', '', '本报讯(记者 王莹莹)3月5日,第十四届全国人大二次会议在北京人民大会堂开幕,国务院总理李强向大会作《政府工作报告》,在我旗党员干部中引发热烈反响。'].join('\n');
  test('the story\'s headline is the title, the edition line goes, said (was: the title "第一版：1总第283期 >2024-03-08编印")', () => {
    expect(read(page).front.title).toBe('凝心聚力担使命笃行不怠启新程——我旗党员干部热议《政府工作报告》');
    expect(removedAs(page, 'page-info')).toContain(1);
  });
  test('guard: a report\'s sentence on its edition stays', () => {
    const report = [...opening, '第一版印发以来,总第283期简报全部按时编印。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('第一版印发以来'))).toBe(true);
  });
});

describe('stop 56, blind: a site\'s greeting with its address and credit', () => {
  // https://xjnnet.com/baoliao/2023-03-06/137706.html (a copy of 红星新闻's story on the 2023 report)
  const page = ['新江南网欢迎你/www.xjnnet.com/新江南网荣誉出品 |', '3月5日上午9时,第十四届全国人民代表大会第一次会议在北京召开。国务院总理李克强代表国务院,向大会报告政府工作。'].join('\n');
  test('the line goes, said (was: the page\'s title)', () => {
    expect(read(page).front.title ?? '').toBe('');
    expect(removedAs(page, 'navigation')).toEqual([1]);
  });
  test('guard: a report\'s sentence welcoming its readers stays', () => {
    const report = [...opening, '政务网欢迎你提出意见,全年收到建议300余条。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('政务网欢迎你提出意见'))).toBe(true);
  });
});

describe('stop 56, blind: a picture\'s caption closed by the body that gave it', () => {
  // http://imasd-velecdom.com/prestashop/info.asp?II=yQN.html (a copy of 人民网's story on Macao's 2024 policy address)
  const page = ['贺一诚发表澳门特区2024年财政年度施政报告', '', '《2024年财政年度施政报告》。特区政府新闻局供图', '', '人民网澳门11月14日电 (记者富子梅)澳门特区行政长官贺一诚14日在特区立法会发表题为“巩固提升,多元发展”的《2024年财政年度施政报告》。'].join('\n');
  test('the caption goes, said (was: a paragraph, the report\'s name its lead)', () => {
    expect(removedAs(page, 'caption')).toEqual([3]);
    expect(paragraphs(page).some((b) => b.includes('供图'))).toBe(false);
  });
  test('guard: a report\'s sentence on pictures given stays', () => {
    const report = [...opening, '全年征集图片300余幅,由各乡镇供图。'].join('\n');
    expect(paragraphs(report).some((b) => b.startsWith('全年征集图片300余幅'))).toBe(true);
  });
});

describe('stop 56, blind: a Q&A site\'s widget labels and its view count', () => {
  // https://www.xny365.com/zhuanjia/article-321782.html
  const page = ['2010,汶川近况,急急急急急!!!!追加二十', '', '关注热度:82', '相关推荐 你可能关注 点击排行 我要评论', '', '【专家解说】:汶川县是5.12四川地震受灾最严重的地区之一。一年半后,在广东政府的帮助下,这里已经焕然一新。'].join('\n');
  test('both lines go, said (was: a paragraph and a heading)', () => {
    expect(read(page).result.file.messages.filter((m) => m.line === 3 || m.line === 4).map((m) => m.ruleId)).toEqual(['social', 'social']);
    expect(paragraphs(page).some((b) => /关注热度|点击排行/u.test(b))).toBe(false);
  });
  test('guard: a report\'s line naming recommendations stays', () => {
    const report = [...opening, '相关推荐 已全部落实'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('相关推荐'))).toBe(true);
  });
});

describe('stop 56, blind: a document number alone over the notice\'s addressees', () => {
  // https://ixbang.com/bid/detail/0D7838DE7533F37764B8C2A42F317648.html (a copy of 青政办〔2023〕28号, its name lost)
  const page = ['青政办〔2023〕28号', '各市、自治州人民政府,省政府各委、办、厅、局:', '《国际生态旅游目的地青海湖示范区创建工作方案》 (略) 政府第5次常务会议审议通过,现印发给你们,请认真组织实施。', '(略) 人民政府办公厅', '2023年3月24日'].join('\n');
  test('the number is the 文号, not the title (was: the title "青政办〔2023〕28号")', () => {
    const { front } = read(page);
    expect(front.title ?? '').toBe('');
    expect((front.disclosure as Record<string, string>)['文号']).toBe('青政办〔2023〕28号');
  });
  test('guard: a number over the document\'s name still leaves the name the title', () => {
    const notice = ['東府〔2021〕54號', '東莞市人民政府關于加快推進製造業高質量發展的實施意見', '各鎮人民政府(街道辦事處),市府直屬各單位:', '為加快推進製造業高質量發展,結合我市實際,提出如下意見。'].join('\n');
    expect(read(notice).front.title).toBe('東莞市人民政府關于加快推進製造業高質量發展的實施意見');
  });
});

describe('stop 56, blind: the party\'s office before the speaker\'s government office', () => {
  // https://www.xjsw.gov.cn/xxgk/fdzdgknr/zfgzbg/content_33976 (乌苏市, 2024: delivered by the executive vice mayor)
  const page = ['2024年政府工作报告', '市委常委、常务副市长 王荣', '(2024年1月26日)', '各位代表:', '现在,受市人民政府委托,由我向大会作工作报告,请予审议,并请政协委员和列席会议的同志提出意见。', '一、2023年工作回顾', '2023年,全市上下坚持稳中求进。'].join('\n');
  test('the speaker and the day are read (was: a paragraph each, no speaker, the date the posting day)', () => {
    const { front, blocks } = read(page);
    expect(front.speaker).toBe('市委常委、常务副市长 王荣');
    expect(front.date).toBe('2024-01-26');
    expect(blocks.some((b) => b.includes('王荣'))).toBe(false);
  });
  test('guard: a line of two bodies and a name is no speaker', () => {
    const report = ['2024年政府工作报告', '县委、县政府 王明', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。', '一、2023年工作回顾', '过去一年,全县经济平稳增长。'].join('\n');
    expect(read(report).front.speaker).toBeUndefined();
  });
});

describe('stop 56, blind: a disclosure table\'s row with its cells\' bars, read after its date line was removed', () => {
  // https://www.xjsw.gov.cn/xxgk/fdzdgknr/zfgzbg/content_33976 (the portal's table over the report)
  const page = ['索引号: | /2024-0000/2024-00002 | 发布机构: | |', '发布日期: | 2024-03-06 | 所属主题: | 政府工作报告 |', '2024年政府工作报告', '市长 王荣', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。', '一、2023年工作回顾', '2023年,全市上下坚持稳中求进。'].join('\n');
  test('the field is read without the bars (was: 所属主题 "| 政府工作报告 |")', () => {
    expect((read(page).front.disclosure as Record<string, string>)['所属主题']).toBe('政府工作报告');
  });
  test('guard: a row with no bars is read as before', () => {
    const row = ['索引号: 11330/2024-001 主题分类: 综合政务', '2024年政府工作报告', '市长 王荣', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。', '一、2023年工作回顾', '2023年,全市上下坚持稳中求进。'].join('\n');
    expect((read(row).front.disclosure as Record<string, string>)['主题分类']).toBe('综合政务');
  });
});

describe('stop 56, blind: the day the page was posted glued before its headline', () => {
  // http://czybx.com/redian/209133.html (a mirror of 红星新闻's story on the 2023 report's drafting)
  const page = ['2023-03-05 政府工作报告背后:曾邀张译等提建议', '3月5日上午9时,第十四届全国人民代表大会第一次会议在北京召开。国务院总理李克强代表国务院,向大会报告政府工作。'].join('\n');
  test('the day is the publication date, the headline the title (was: "2023-03-05政府工作报告背后…", no date)', () => {
    const { front } = read(page);
    expect(front.title).toBe('政府工作报告背后：曾邀张译等提建议');
    expect(String(front.date)).toMatch(/^2023-03-05/u);
    expect(front.date_source).toBe('published');
  });
  test('guard: a title opening with its year stays whole', () => {
    expect(read(['2023年政府工作报告', ...opening.slice(1)].join('\n')).front.title).toBe('2023年政府工作报告');
  });
});

describe('stop 56, blind: a bilingual site\'s sections behind dashes', () => {
  // http://www.shenbo75.com/2025-07/14/content_117967954.shtml (a spam mirror of china.org.cn's bilingual white paper)
  const page = ['- CHINA & THE WORLD - News - 雙語', '', '《新時代黨的治藏方略的實踐及其歷史性成就》白皮書', '國務院新聞辦公室2023年11月10日發布《新時代黨的治藏方略的實踐及其歷史性成就》白皮書。全文如下:'].join('\n');
  test('the trail goes, said; the white paper\'s name is the title (was: the title "- CHINA & THE WORLD - News - 雙語")', () => {
    expect(read(page).front.title).toBe('《新時代黨的治藏方略的實踐及其歷史性成就》白皮書');
    expect(removedAs(page, 'breadcrumb')).toEqual([1]);
  });
  test('guard: a report\'s dashed list of its sectors stays', () => {
    const report = [...opening, '- 农业 - 工业 - 服务业'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('农业'))).toBe(true);
  });
});

describe('stop 56, blind: a line of only the indentation the page lost', () => {
  // http://bilew.cn/lnews/722.html (a spun copy of 绵阳's 2008 yearbook in traditional characters)
  // (its lines between blank lines here: where the line right under a paragraph's last is joined to it, "…10.5%。？?", is left)
  const page = ['概 述', '', '??【各縣市區經濟成長減速,繁重災區縣均為負增長】 2008年縣市區實現地域出產總值:涪城區274.1億元,比上年增長10.5%。', '??', '', '??【農村經濟低位運行】 2008年,全市實現農業總產值270.9億元,增長0.3%。'].join('\n');
  test('the line goes, said as the lost indent (was: a paragraph "??")', () => {
    const { blocks, result } = read(page);
    expect(blocks.some((b) => /^[?？]+$/u.test(b))).toBe(false);
    expect(result.file.messages.filter((m) => m.ruleId === 'lost-indent').map((m) => m.line)).toContain(4);
  });
  test('guard: a question mark ending a sentence on its own line stays', () => {
    const report = [...opening, '我们能不能做到?', '能!'].join('\n');
    expect(paragraphs(report).some((b) => b.includes('我们能不能做到'))).toBe(true);
  });
});
