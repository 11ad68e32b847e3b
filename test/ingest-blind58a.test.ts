/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 58 (2026-12-06, helper blind58a:
 * government work reports at every level and pages about them, 45 pages from 45 hosts no test held). Each test is the page's
 * shape reduced to a few lines, with its URL; its name says what ingest did before ("was: …"). Guards (precision) are named as
 * such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const messages = (text: string, rule: string) => read(text).result.file.messages.filter((m) => m.ruleId === rule).map((m) => ({ line: m.line, column: m.column, reason: String(m.reason) }));

describe('stop 58, blind: a site\'s language switcher over the story', () => {
  // http://www.rmhb.com.cn/zt/ydyl/201912/t20191205_800186929.html (人民画报's story on 满洲里, its switch to its English,
  // Russian and Korean editions first)
  const page = [
    'EnglishРусский язык한국어',
    '',
    '当前位置 : 首页 >> 专题 >> 丝路瞭望 >> 正文',
    '',
    '开放前沿满洲里',
    '',
    '2019-12-05',
    '',
    '满洲里市位于内蒙古自治区东北部,毗邻俄蒙,辖区面积732平方公里,居住着蒙、汉、俄等20多个民族,常住人口24万。',
    '作为全国最大陆路口岸,满洲里承担着中俄贸易65%以上的陆路运输任务。',
  ].join('\n');
  test('the switcher is navigation, removed and said (was: a paragraph, said as Cyrillic text among the Chinese)', () => {
    expect(messages(page, 'navigation').map((m) => m.line)).toEqual([1]);
    expect(messages(page, 'foreign-script')).toEqual([]);
    expect(read(page).blocks.join('\n')).not.toContain('English');
  });
  test('the headline under it is the title and its day the date (was: no title, both paragraphs)', () => {
    const { front } = read(page);
    expect(front.title).toBe('开放前沿满洲里');
    expect(front.date).toBe('2019-12-05');
  });
  test('the names apart by bars, "中文 | English | Français", are a switcher too (was: the title)', () => {
    const bars = ['中文 | English | Français', '政府工作报告', '各位代表:', '现在,我代表市人民政府向大会报告工作。'].join('\n');
    expect(messages(bars, 'navigation').map((m) => m.line)).toEqual([1]);
  });
  test('guard: one name alone, or a sentence naming languages, is no switcher', () => {
    const alone = ['English', '政府工作报告', '各位代表:', '现在,我代表市人民政府向大会报告工作。'].join('\n');
    expect(messages(alone, 'navigation')).toEqual([]);
    const sentence = ['政府工作报告', '各位代表:', '开设English、Русский和한국어三种语言的政务服务窗口。'].join('\n');
    expect(read(sentence).blocks.join('\n')).toContain('开设English');
  });
});

describe('stop 58, blind: replacement marks read as Big5 or GBK (嚙踝蕭, 锟斤拷)', () => {
  // https://e-go.org.tw/e-go/note_detail.asp?CateID=1&NewsID=13441 (a Tainan radio's page on the county's 施政報告, a line of
  // Big5-read replacement marks under its menu)
  const page = [
    'e哥記事簿',
    '你的瀏覽器不支援此物件',
    '嚙踝蕭嚙緬嚙踝蕭嚙踝蕭',
    '蘇煥智施政報告,擔憂雙行政中心弊端',
    '【記者涂沛宸】台南縣議會今日進行第十六屆第十次大會,由縣長蘇煥智進行施政總報告。',
  ].join('\n');
  test('a line of nothing but the marks is taken out and said as lost (was: a heading, nothing said)', () => {
    const said = messages(page, 'mojibake');
    expect(said.map((m) => m.line)).toEqual([3]);
    expect(said[0].reason).toMatch(/Big5/u);
    expect(read(page).blocks.join('\n')).not.toMatch(/嚙/u);
  });
  test('the marks inside a sentence are kept as printed and said, with their column (was: nothing said)', () => {
    const gbk = ['政府工作报告', '各位代表:', '现在,我代表县人民政府向大会报告工作,锟斤拷锟斤拷请予审议。'].join('\n');
    const said = messages(gbk, 'lost-bytes');
    expect(said.map((m) => [m.line, m.column])).toEqual([[3, 20]]);
    expect(said[0].reason).toMatch(/GBK/u);
    expect(read(gbk).blocks.join('\n')).toContain('锟斤拷锟斤拷请予审议');
  });
  test('the player\'s fallback line, "你的瀏覽器不支援此物件", is removed and said (was: a heading)', () => {
    expect(messages(page, 'media').map((m) => m.line)).toEqual([2]);
  });
  test('guard: one 锟 or 嚙 in a word, and a sentence on browsers, stay text with nothing said', () => {
    const words = ['政府工作报告', '各位代表:', '加强嚙齿类动物防治,整治锟铻山周边环境。', '推动浏览器不支持的老旧系统升级改造。'].join('\n');
    expect(messages(words, 'lost-bytes')).toEqual([]);
    expect(messages(words, 'mojibake')).toEqual([]);
    expect(read(words).blocks.join('\n')).toContain('嚙齿类');
    expect(read(words).blocks.join('\n')).toContain('浏览器不支持的老旧系统');
  });
});

describe('stop 58, blind: a forum\'s quote header and its anti-copy noise', () => {
  // http://bbs.china-ws.org/thread-198163-1-6.html (a Discuz thread quoting a post on 延边)
  const page = [
    '|',
    '原帖由 细雨春风 于 2009-10-20 21:12 发表 7 Q4 K1 ?3 B u* _" L/ y6 u',
    ': v# v$ K% N9 W/ h3 Z# D V: ^" g) B',
    '延边位于吉林省东部,地处中、朝、俄三国交界地带,使延边蜚声中外。 ; e4 M8 ]7 y1 n2 g',
    '多年来,在党的民族政策光辉照耀下,延边各族人民团结奋斗、开拓创新,取得了令人瞩目的成就。',
  ].join('\n');
  test('"原帖由 … 于 … 发表" is the forum\'s, removed and said (was: the title "原帖由细雨春风于2009-10-20 21:12发表7 Q4 K1 ?")', () => {
    expect(read(page).front.title ?? '').toBe('');
    expect(messages(page, 'page-info').map((m) => m.line)).toContain(2);
  });
  test('the noise after a sentence, few symbols but letters glued to digits, is removed and said (was: kept in the paragraph)', () => {
    expect(read(page).blocks.join('\n')).not.toContain('e4 M8');
    expect(messages(page, 'page-info').some((m) => m.line === 4 && m.reason.includes('e4 M8'))).toBe(true);
  });
  test('guard: a row of codes after a sentence, "A1 B2 C3", with no symbol, stays text', () => {
    const codes = ['政府工作报告', '各位代表:', '新建厂房分为以下几栋。 A1 B2 C3 D4 E5 F6'].join('\n');
    expect(read(codes).blocks.join('\n')).toContain('A1 B2 C3');
  });
});

describe('stop 58, blind: a writing site\'s banner and menu, and its tag after the headline', () => {
  // https://www.adgong.com/fanwendaquan/gongwenfanwen/58260.html (阿达文秘网's copy of 滨城区's 2007 report)
  const page = [
    '欢迎来到专业的阿达文秘网平台! 工作总结 工作计划 心得体会 自查报告 事迹材料 述职报告 发言稿 策划方案',
    '当前位置:首页 > 范文大全 > 公文范文 > 正文',
    '',
    '滨城区2007年政府工作报告【完整版】',
    '',
    '政府工作报告',
    '',
    '各位代表:',
    '',
    '现在,我代表区人民政府向大会作政府工作报告,请予审议,并请各位政协委员和列席会议的同志提出意见。',
    '',
    '一、过去五年政府工作回顾',
    '',
    '区七届人大一次会议以来,区政府始终坚持以邓小平理论和“三个代表”重要思想为指导,圆满完成了本届政府各项任务目标。',
  ].join('\n');
  test('the banner with the menu after it is navigation, and its 策划方案 says no plan (was: the title, and said as another document)', () => {
    expect(messages(page, 'navigation').map((m) => m.line)).toEqual([1]);
    expect(messages(page, 'other-document')).toEqual([]);
  });
  test('the headline with its 【完整版】 tag is no first line of the report\'s title (was: "滨城区2007年政府工作报告【完整版】政府工作报告")', () => {
    const { front } = read(page);
    expect(front.title).toBe('政府工作报告');
  });
  test('guard: the banner alone, and a sentence welcoming visitors, keep their readings', () => {
    const alone = ['欢迎访问滨州市人民政府网站!', '政府工作报告', '各位代表:', '现在,我代表市人民政府向大会报告工作。'].join('\n');
    expect(messages(alone, 'navigation').map((m) => m.line)).toEqual([1]);
    const sentence = ['政府工作报告', '各位代表:', '欢迎来到滨城区投资兴业的各方客商 我们将提供优质 高效 便捷的服务。'].join('\n');
    expect(read(sentence).blocks.join('\n')).toContain('欢迎来到滨城区投资兴业');
  });
  test('guard: a title over two lines, the first naming no document, is still one title', () => {
    const two = ['关于珠海市2020年度市本级预算执行和', '其他财政收支的审计工作报告', '市人大常委会:', '根据审计法规定,现将审计情况报告如下。'].join('\n');
    expect(read(two).front.title).toBe('关于珠海市2020年度市本级预算执行和其他财政收支的审计工作报告');
  });
});

describe('stop 58, blind: breadcrumbs labelled "…位置是:" and "當前的位置", a site\'s plea to come again, a print view\'s toolbar', () => {
  // http://lyj.dandong.gov.cn/ddtpxw/201907/t20190712_453467.html (a forestry bureau's story, its trail labelled 是)
  test('"您当前所在的位置是:…>…" is the breadcrumb (was: the title, the story\'s headline under it a paragraph)', () => {
    const page = ['您当前所在的位置是:辽宁林业和草原局>丹东市>图片新闻', '', '森林城市:涂抹“绿”生活', '', '发布时间:2019-07-12 来源:国家林草局', '', '“让森林走进城市,让城市拥抱森林”,是保护城市生态环境的新理念。'].join('\n');
    expect(messages(page, 'breadcrumb').map((m) => m.line)).toEqual([1]);
    expect(read(page).front.title).toBe('森林城市：涂抹“绿”生活');
  });
  // http://www.tynews.com.tw/news.php?action=show&nid=7067 (天眼日報's story: its banner, then its trail with 的 and no 您)
  const taiwan = ['天眼第三代網站~請多多來站光臨!', '當前的位置 : 首頁 > 府會新聞 > 遠見公布施政滿意度調查', '', '遠見公布施政滿意度調查 高雄縣長楊秋興三度榮獲五顆星', '', '遠見雜誌昨(26)日公布台灣二十五縣市大調查,高雄縣長楊秋興三度榮獲「縣市長施政滿意度」五顆星。'].join('\n');
  test('the banner and "當前的位置 : …" are the site\'s, and the headline the title (was: the banner the title, the trail a paragraph)', () => {
    expect(messages(taiwan, 'navigation').map((m) => m.line)).toEqual([1]);
    expect(messages(taiwan, 'breadcrumb').map((m) => m.line)).toEqual([2]);
    expect(String(read(taiwan).front.title)).toMatch(/^遠見公布施政滿意度調查/u);
  });
  // http://app.71.cn/print.php?contentid=990380 (a print view of a chronicle's entry on the 1983 session)
  test('the print view\'s toolbar is removed and said (was: the title "打印纸张字号选择：超大行高带图打印返回原文")', () => {
    const page = ['打印纸张 字号选择:超大 行高 带图打印 返回原文', '', '1983年 全国人大六届一次会议召开', '', '1983年6月6日至21日,全国人大六届一次会议在北京举行。彭真致开幕词,赵紫阳作《政府工作报告》。'].join('\n');
    expect(messages(page, 'page-info').map((m) => m.line)).toContain(1);
    expect(read(page).front.title).toBe('1983年全国人大六届一次会议召开');
  });
  test('guard: a sentence on a place\'s location, on a print shop, and a report line naming 位置 stay text', () => {
    const page = ['政府工作报告', '各位代表:', '园区所在位置优越,毗邻高速公路出口。', '扶持印刷企业发展,打印纸张等耗材实现本地供应。'].join('\n');
    const text = read(page).blocks.join('\n');
    expect(text).toContain('园区所在位置优越');
    expect(text).toContain('打印纸张等耗材');
  });
});

describe('stop 58, blind: a GBK page a copy read as Latin-1', () => {
  // https://www.lfbqbw.com/?scm=96982-20250727.shtml ("ÔÚÖÚ¶àµÄÓ°Ï·ÌìÏÂÖУ¬…": a film blurb's GBK bytes as Latin letters, some lost)
  const blurb = 'ÔÚÖÚ¶àµÄÓ°Ï·ÌìÏÂÖУ¬×ÜÓÐһЩ¾µä×÷Æ·ÓÉÓÚÆäÉî¿ÌµÄÇéÐ÷ÐÎòºÍÄÑÒÔÍü»³µÄ¹ÊÊÂÇé½Ú£¬³ÉΪÁËÎÞÊýÓ°ÃÔÐÄÖв»¿ÉÌæ»»µÄÖÁ±¦¡£¡¶ÄÐÓëÅ®1983¡·¼´ÊÇÆäÖÐÒ»²¿£¬±»ÓþΪÁµ°®Ó°Ï·ÖеÄÒ»¿Åèè²Ã÷Öé¡£';
  test('a copy that lost bytes too is refused as garbled Chinese, quoting what reads back (was: refused as a page in another Latin-script language)', () => {
    let reason = '';
    try {
      read(blurb);
    } catch (error) {
      reason = String(error);
    }
    expect(reason).toMatch(/GBK bytes a copy read as Latin letters/u);
    expect(reason).toMatch(/在众多的影戏/u);
  });
  test('a whole copy reads back as GBK and is said (was: refused as a page in another Latin-script language)', () => {
    // 政府工作报告 / 各位代表： / 现在，我代表县人民政府向大会报告工作，请予审议。 — its GBK bytes as Windows-1252 letters
    const garbled = ['Õþ¸®¹¤×÷±¨¸æ', '¸÷Î»´ú±í£º', 'ÏÖÔÚ£¬ÎÒ´ú±íÏØÈËÃñÕþ¸®Ïò´ó»á±¨¸æ¹¤×÷£¬ÇëÓèÉóÒé¡£Ò»ÄêÀ´£¬È«ÏØ¾­¼ÃÉç»á·¢Õ¹È¡µÃÐÂ³ÉÐ§¡£'].join('\n');
    const { front, blocks } = read(garbled);
    expect(front.title).toBe('政府工作报告');
    expect(blocks.join('\n')).toContain('现在，我代表县人民政府向大会报告工作');
    expect(messages(garbled, 'mojibake').map((m) => m.reason).join()).toMatch(/garbled as Latin-1/u);
  });
  test('guard: a French page stays refused as another language', () => {
    const french = Array.from({ length: 12 }, () => 'Le gouvernement présente à l’Assemblée législative les Linhas de Acção Governativa pour l’année financière, élaborées après consultation.').join('\n');
    let reason = '';
    try {
      read(french);
    } catch (error) {
      reason = String(error);
    }
    expect(reason).toMatch(/Latin letters other than English/u);
  });
});

describe('stop 58, blind: a Taiwan paper\'s byline, its desk after a slash', () => {
  // https://taiwanhot.net/news/focus/678683/ (台灣好新聞 on 雲林縣's new-year start) and http://www.tynews.com.tw/news.php?action=show&nid=7067
  const page = ['豬年開工大吉 雲縣府新春開工', '', '記者陳昭宗/地方報導 2019-02-11 20:53', '', '【天眼日報記者林永明/高雄市報導】', '', '雲林縣政府11日舉行新春開工團拜,縣長張麗善率副縣長謝淑亞及各局處首長,祝福鄉親新年快樂。'].join('\n');
  test('"記者陳昭宗/地方報導 2019-02-11 20:53" and the bracketed "【…記者…/…報導】" are bylines, removed and said (was: paragraphs)', () => {
    expect(messages(page, 'byline').map((m) => m.line)).toEqual([3, 5]);
    expect(read(page).blocks.join('\n')).not.toMatch(/報導/u);
  });
  test('guard: a sentence on a reporter\'s visit stays text', () => {
    const text = ['政府工作报告', '各位代表:', '记者王明/地方报导的稿件获得省新闻奖一等奖,全县新闻宣传工作成效明显。'].join('\n');
    expect(read(text).blocks.join('\n')).toContain('记者王明');
  });
});
