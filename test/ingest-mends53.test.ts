/**
 * Known ingest gaps of stop 52 closed in stop 53 (helper mends53): the silent losses first (blind52a's and blind52b's pages
 * whose copies lost bytes, a pinyin annotation or figures' marks), then blind52a's, blind52b's, mends52's and new user round
 * 32's "left". Each test is the page's shape reduced to a few lines, with its URL where the page was seen; its name says what
 * ingest did before ("was: …"). Guards (precision) are named as such. Ingest never writes a lost character back: it says
 * the place.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const at = (result: ReturnType<typeof read>['result'], ruleId: string) =>
  result.file.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column} ${m.reason}`);
const han = (text: string) => text.match(/\p{Script=Han}/gu) ?? [];
const body = (result: ReturnType<typeof read>['result']) => result.markdown.split('\n---\n').slice(1).join('\n---\n');

describe('stop 53: no silent loss — a run of characters read one byte off as GBK is said at its place, never repaired', () => {
  // http://m.xomn.cn/2021/yaowen_0316/232889.html (blind52a p09: a word-frequency essay, traditional with a converter's pinyin;
  // "。“十三五”期間" read one byte off, "!笆濉逼陂g")
  const xomn = [
    '3月5日,國務院總理李克強在第十三屆全國人民代表大會第四次會議上作政府工作報告,備受國內外矚目。面對錯綜復雜的國際形勢,全國各族人民頑強拼搏,疫情防控取得重大戰(zhàn)略成果。',
    '謀“發(fā)展”是解決我國一切問題的基礎和關鍵,符合當代中國的時代語境。近三年,在政府工作報告中,“發(fā)展”一詞的出現(xiàn)頻率始終居于榜首!笆濉逼陂g,我國經濟',
  ].join('\n');
  // http://markspestcontrol.com/xqzc/xianqudongtai/dzjs/2016-03-11/631429.html (blind52a p12: a 政协 discussion story, its
  // credit "（商州區廣播電視臺 …）" read one byte off)
  const markspest = [
    '3月8號(hào),出席區(qū)政協(xié)十三屆五次會(huì)議的委員們分組討論了區(qū)長(zhǎng)張國(guó)瑜所做的《政府工作報(bào)告》。',
    '委員們表示,“十三五”是全面建成小康社會(huì)的決勝階段。為我區(qū)實現(xiàn)“十三五”良好開(kāi)局做出更大貢獻(xiàn)。ㄉ讨輩^(qū)廣播電視臺(tái) 王晶晶 劉文睿 李琰)',
  ].join('\n');
  // http://www.szbaichuanju.net/home/news/view/article_id/624.html (blind52b 22: a spun copy of a CCTV story, simplified;
  // "…保护和生态建设等方面。" read one byte off, ";ず蜕ㄉ璧确矫。")
  const spun = [
    '财务部部长刘昆日前向天下人大常委会作2022年中央决算报告。',
    '2022年,中央预算内投资支出6399.28亿元。资金主要用于包管性安居工程,水利、交通、能源等重大基础设施,粮食清静、区域协调生长、社会事业以及情形;ず蜕ㄉ璧确矫。 (记者 田琪永)',
  ].join('\n');

  test('the three pages\' runs are said at their line and column, with what each reads as one byte on (was: nothing said)', () => {
    expect(at(read(xomn).result, 'lost-bytes')).toEqual([expect.stringMatching(/^2:\d+ Unexpected garbled characters in the text: “!笆濉逼陂” — characters read one byte off .* one byte on as ““叔”期”/u)]);
    expect(at(read(markspest).result, 'lost-bytes')).toEqual([expect.stringMatching(/^2:\d+ Unexpected garbled characters in the text: “。ㄉ讨輩” — .*“（商州”/u)]);
    expect(at(read(spun).result, 'lost-bytes')).toEqual([expect.stringMatching(/^2:\d+ Unexpected garbled characters in the text: “;ず蜕ㄉ璧确矫。” — .*“护和扫设等方谩”/u)]);
  });

  test('the column is the page\'s own, counted before the converter\'s pinyin was taken out', () => {
    for (const [page, run] of [[xomn, '!笆濉'], [markspest, '。ㄉ'], [spun, ';ず']]) {
      const line = page.split('\n')[1];
      expect(at(read(page).result, 'lost-bytes')[0]).toMatch(new RegExp(`^2:${line.indexOf(run) + 1} `, 'u'));
    }
  });

  test('guard: the text keeps every character as printed (nothing repaired, nothing taken out)', () => {
    expect(body(read(spun).result)).toContain('以及情形；ず蜕ㄉ璧确矫。');
    expect(han(body(read(xomn).result)).join('')).toContain('榜首笆濉逼陂我國經濟');
  });

  test('guard: a name with rare characters, a rare word, Japanese, a Russian word, a plain traditional report say nothing', () => {
    const page = [
      '某县2023年政府工作报告',
      '',
      '县长蒙鑫淼出席会议并讲话。全县干部要笃信笃行、砥砺奋进,濉溪县、邗江区、鄞州区代表参加会议。',
      '大会は北京で開幕した。代表たちは報告を審議して大会に政府活動報告を提出した。',
      '会议邀请了Русский代表团,区政协副主席赵仲丽、任杰参加讨论。',
      '委員們表示,“十三五”是全面建成小康社會的決勝階段。圍繞《政府工作報告》中提出的目標和任務,認真履行職能。',
    ].join('\n');
    expect(at(read(page).result, 'lost-bytes')).toEqual([]);
  });
});

describe('stop 53: no silent loss — a pinyin annotation cut off at the page\'s end', () => {
  // http://laltracampana.com/xxgk/zfgzgb/content/post_2424605.html (blind52a p24: 香洲区 2011, traditional with the converter's
  // pinyin, cut inside the heading "一、加快推進產業轉(zhu")
  const page = [
    '政府工作報(bào)告',
    '——2011年5月26日在珠海市香洲區(qū)第七屆人民代表大會(huì)第六次會(huì)議上',
    '香洲區(qū)人民政府代理區(qū)長閆昊波',
    '各位代表:',
    '現(xiàn)在,我代表香洲區(qū)人民政府向大會(huì)作政府工作報(bào)告,請予審議。',
    '一、加快推進(jìn)產業(yè)轉(zhu',
  ].join('\n');

  test('the converter\'s annotation the cut went through is taken out with the others and counted (12 whole, 1 cut); the cut-off quotes the heading without it (was: "轉（zhu" kept)', () => {
    const { result } = read(page);
    expect(body(result)).toMatch(/一、加快推進產業轉 \{#h-[0-9a-f]+\}\s*$/u);
    expect(body(result)).not.toContain('zhu');
    expect(at(result, 'pinyin')).toEqual([expect.stringMatching(/Removed 13 pinyin annotation/u)]);
    expect(at(result, 'cut-off')).toEqual([expect.stringContaining('…一、加快推進產業轉”')]);
  });

  test('guard: a page no converter glossed keeps a bracket and letters at its end; a glossed page keeps a bracket with a word in capitals', () => {
    expect(body(read('政府工作报告\n\n各位代表:\n现在,我代表县人民政府作报告。\n一、推进产业转型(zhu').result)).toContain('转型（zhu');
    expect(body(read(page.replace('轉(zhu', '轉型(GDP')).result)).toContain('轉型（GDP');
  });
});

describe('stop 53: no silent loss — a copy that lost the marks in a date and between a particulate and its figure', () => {
  // http://www.4321666.com/nqzd/nqzwgk/sthj/dqhj/202401/3704dec0a2d24417a2ec5b040cd47d48.shtml (blind52b 43: 寧強縣's bulletin,
  // "漢中市生態環境局寧強分局 2024123" — 2024年1月23日 or 12月3日 —, "PM1042ug/m3PM2.525ug/m3")
  const page = [
    '寧強縣環境質量通報2023第4期',
    '',
    '漢中市生態環境局寧強分局             2024123',
    '',
    '一、環境空氣質量',
    '',
    '2023年1-12月,我縣城區空氣優良天數350天,同比減少3天,PM1042ug/m3PM2.525ug/m3;空氣質量綜合指數3.17,同比變差7.5%。',
  ].join('\n');

  test('the issuer\'s date without 年月日 and the two particulates glued to their figures are said, each at its line (was: nothing said)', () => {
    expect(at(read(page).result, 'lost-marks')).toEqual([
      expect.stringMatching(/^3:1 Unexpected date without its 年, 月 and 日: “.*寧強分局2024123” — a year \(2024\) run into a month and a day \(123\)/u),
      expect.stringMatching(/^7:1 Unexpected figures run together: “PM1042ug\/m3” — a particulate's name/u),
      expect.stringMatching(/^7:1 Unexpected figures run together: “PM2\.525ug\/m3” — a particulate's name/u),
    ]);
    expect(body(read(page).result)).toContain('PM1042ug/m3PM2.525ug/m3');
  });

  test('guard: the date and figures with their marks, a long sentence ending in a number, a figure that is no date say nothing', () => {
    const whole = page.replace('2024123', '2024年1月23日').replace('PM1042ug/m3PM2.525ug/m3', 'PM10 42ug/m3,PM2.5為25ug/m3');
    expect(at(read(whole).result, 'lost-marks')).toEqual([]);
    const other = [
      '某县2023年环境质量公报',
      '',
      '某县生态环境局 2024年1月23日',
      '',
      '全县森林面积2024135',
      '本年度全县累计完成造林面积,其中人工造林和封山育林合计为2024123',
      'PM2.5浓度为25微克/立方米,PM10浓度为42微克/立方米。',
    ].join('\n');
    expect(at(read(other).result, 'lost-marks')).toEqual([]);
  });
});

describe('stop 53: a line printed twice in a row', () => {
  // http://wd.zidianfy.com/wenda_3010896 (blind52a p35: a Q&A page's answer printed twice, each copy ending in a layout bar)
  const answer = '2010年是我国实施西部大开发战略10周年。10年来,西部大开发取得了显著成效,西部地区生产总值年均增幅达12%,高于东部地区。今年也是实施西部大开发战略承前启后的关键一年,温家宝总理在今年的政府工作报告中指出,要继续深入推进西部大开发。 |';
  // https://globalmarketmonitor.com.cn (blind52b 40: a copy of an NBS release, its chart's caption printed twice)
  const release = [
    '2024年前三季度全国居民消费价格(CPI)同比上涨0.3%',
    '',
    '一、居民消费价格温和上涨,工业生产者价格下降',
    '前三季度,全国居民消费价格(CPI)同比上涨0.3%,涨幅比上半年扩大0.2个百分点。9月份,全国居民消费价格同比上涨0.4%,环比持平。',
    '2024年前三季度全国居民消费价格上涨情况',
    '2024年前三季度全国居民消费价格上涨情况',
    '前三季度,全国工业生产者出厂价格同比下降2.0%,降幅比上半年收窄0.1个百分点。',
  ].join('\n');

  test('the second copy is taken out and said at its line; the first stays (was: both kept, the caption once a paragraph and once a heading)', () => {
    const qa = read(`${answer}\n${answer}`).result;
    expect(at(qa, 'doubled-line')).toEqual([expect.stringMatching(/^2:1 Removed a line's second copy \(“2010年是我国实施西部大开发战略10周年/u)]);
    expect(body(qa).match(/西部大开发战略10周年/gu)).toHaveLength(1);
    const nbs = read(release).result;
    expect(at(nbs, 'doubled-line')).toEqual([expect.stringMatching(/^6:1 Removed a line's second copy \(“2024年前三季度全国居民消费价格上涨情况”/u)]);
    expect(body(nbs).match(/居民消费价格上涨情况/gu)).toHaveLength(1);
  });

  test('guard: a heading repeated further on, short table cells one a line, a line and a longer one opening with it stay', () => {
    const page = [
      '某县2023年政府工作报告',
      '',
      '一、2022年工作回顾',
      '过去一年,我们坚持稳中求进工作总基调,全县经济持续恢复。',
      '一、2022年工作回顾',
      '合计',
      '合计',
      '2023年1-12月',
      '2023年1-12月',
      '全县上下团结一心攻坚克难',
      '全县上下团结一心攻坚克难,各项事业取得新进展。',
    ].join('\n');
    const { result } = read(page);
    expect(at(result, 'doubled-line')).toEqual([]);
    expect(body(result).match(/合计/gu)).toHaveLength(2);
  });
});

describe('stop 53: a spinning tool\'s forms of fixed terms; a live casino\'s entry link', () => {
  // http://www.szbaichuanju.net/home/news/view/article_id/624.html (blind52b 22: a spun copy of CCTV's story on the 2022 central
  // final accounts)
  test('"天下人大常委会", "一样平常公共预算", "包管性安居工程", "粮食清静", "镌汰" are said as spun words (was: nothing said)', () => {
    const page = [
      '财务部部长刘昆日前向天下人大常委会作2022年中央决算报告。',
      '报告显示,2022年,中央一样平常公共预算收入94887.14亿元,为预算的100%。',
      '2022年中央本级“三公”经费财务拨款支出合计28.24亿元,比预算数镌汰24.76亿元。资金主要用于包管性安居工程,粮食清静、区域协调生长。',
    ].join('\n');
    const said = at(read(page).result, 'spun-text');
    expect(said).toEqual([expect.stringMatching(/^1:\d+ Unexpected words replaced by near-synonyms, 6 of them: “.*天下人大” for 全国 \(line 1\), “.*一样平常公共预算” for 一般公共预算 \(line 2\)/u)]);
  });

  test('guard: a report\'s own 天下 (天下为公), 清静 (a quiet place), 生长 (growth of crops), 减少 say nothing', () => {
    const page = '某县2023年政府工作报告\n\n坚持天下为公,营造清静的学习环境,农作物生长良好,能耗减少3%,一般公共预算收入增长5%,保障性安居工程全部完工,粮食安全得到保障,区域协调发展。';
    expect(at(read(page).result, 'spun-text')).toEqual([]);
  });

  // http://tgvf4.a899.cn/html/98f599392.html (blind52b 09: a spun copy of the 2023 environment bulletin's story)
  test('"AG超玩会入口" inside a sentence is said as a gambling site\'s words (was: nothing said)', () => {
    const page = '生态环境质量实现稳中改善!《2023中国生态环境状况公报》正式发布\n6月5日,生态环境部在六五环境日国家主场活动上正式发布《2023中国生态环境状况公报》,质量中国状况正式AG超玩会入口用全面翔实准确的监测数据客观反映了2023年全国生态环境状况。';
    expect(at(read(page).result, 'injected-spam')).toEqual([expect.stringMatching(/^2:\d+ Unexpected gambling-site keywords in the text: “AG超玩会入口”/u)]);
  });

  test('guard: an esports team named without an entry link, an AG in a company\'s name say nothing', () => {
    const page = '某市2023年政府工作报告\n\n成功举办王者荣耀职业联赛,成都AG超玩会战队夺冠;引进德国AG公司投资建设新能源项目。';
    expect(at(read(page).result, 'injected-spam')).toEqual([]);
  });
});

describe('stop 53: unnumbered subheads of the shape the page\'s own headings show', () => {
  // http://210.14.65.66/_d3/c187/20240912/i230982.phtml (blind52a p34: 常州 2015's 摘录 on a portal, its subheads unnumbered,
  // some over a sentence shorter than 40 characters)
  const page = [
    '2015年是新的一年,全市将围绕今年政府工作的总体要求和目标,推进重点工作。摘录政府工作报告部分内容,以飨读者。',
    '2015年预期总目标',
    '地区生产总值增长8.5%左右;公共财政预算收入增长6.5%左右;固定资产投资增长12%左右;社会消费品零售总额增长12%左右。',
    '重大项目建设',
    '重点推动东风、众泰、北汽、斯太尔等重大项目达产达效。',
    '积极实施150个省、市重点项目,着力提升投资完成率、新项目开工率、续建项目竣工率,年内完成投资634亿元。',
    '工业转型升级',
    '培育壮大常州产业链的特色品牌,十大产业链产值占规模以上工业比重达32%以上。',
    '现代服务业发展',
    '做强做大100家服务业优势企业,加快推进100个服务业重点项目和30个服务业集聚区建设,加快电子商务产业发展。',
  ].join('\n');

  test('"重大项目建设" and "工业转型升级", over short sentences, head like their siblings (was: paragraphs)', () => {
    const headings = body(read(page).result).split('\n').filter((l) => l.startsWith('#')).map((l) => l.replace(/ \{#.*$/u, ''));
    expect(headings).toEqual(['## 2015年预期总目标', '## 重大项目建设', '## 工业转型升级', '## 现代服务业发展']);
  });

  test('guard: on a page with no unnumbered heading read, the same short lines stay paragraphs; so does a list of short phrases', () => {
    const none = page.split('\n').filter((l) => l !== '2015年预期总目标' && l !== '现代服务业发展').join('\n');
    expect(body(read(none).result)).not.toMatch(/^#/mu);
    const list = page.replace('重大项目建设\n', '重大项目建设\n智能装备制造\n');
    const headings = body(read(list).result).split('\n').filter((l) => l.startsWith('#'));
    expect(headings.some((l) => l.includes('重大项目建设'))).toBe(false);
  });
});

describe('stop 53: a writing site\'s blurb in traditional characters', () => {
  // http://juzijia.cn (blind52b 18: a writing site's traditional copy of a district's 意见, its blurb over the text)
  const page = [
    '首頁 > 文章中心 > 正文',
    '',
    '增強法治區政構建意見',
    '',
    '前言:本站為你精心整理了增強法治區政構建意見范文,希望能為你的創作提供參考價值,我們的客服老師可以幫助你提供個性化的參考范文,歡迎咨詢。',
    '',
    '增強法治區政構建意見',
    '',
    '各鎮人民政府,各街道辦事處,開發區管委會,區政府各部門,有關單位:',
    '',
    '為深入貫徹落實《國務院關于加強法治政府建設的意見》,全面推進依法行政,加快法治政府建設步伐,結合我區實際,現提出如下意見。',
  ].join('\n');

  test('"前言:本站為你精心整理了…范文,希望能為你的創作提供參考價值…" is the site\'s, out of the text and said (was: the first paragraph)', () => {
    const { result } = read(page);
    expect(body(result)).not.toContain('本站');
    expect(result.file.messages.some((m) => m.line === 5 && /本站為你精心整理了/u.test(m.reason))).toBe(true);
    expect(body(result)).toContain('各鎮人民政府');
  });

  test('guard: a document\'s own sentence that it gathered views for reference stays text', () => {
    const own = page.replace(/前言:本站為你.*歡迎咨詢。/u, '本意見整理了各部門的工作經驗,為各鎮提供參考價值,請結合實際認真貫徹執行。');
    expect(body(read(own).result)).toContain('本意見整理了各部門的工作經驗');
  });
});
