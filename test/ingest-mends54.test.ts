/**
 * Known ingest gaps of stop 53 closed in stop 54 (helper mends54): the silent losses first (blind53a's and blind53b's pages
 * whose copies lost bytes at an outline number, carry a betting brand's site, a document library's random characters, a
 * snippet or a flash printed twice), then titles and heads, then the body. Each test is the page's shape reduced to a few
 * lines, with its URL where the page was seen; its name says what ingest did before ("was: …"). Guards (precision) are named
 * as such. Ingest never writes a lost character back: it says the place.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const at = (result: ReturnType<typeof read>['result'], ruleId: string) =>
  result.file.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column} ${m.reason}`);
const body = (result: ReturnType<typeof read>['result']) => result.markdown.split('\n---\n').slice(1).join('\n---\n');
const paragraphs = (result: ReturnType<typeof read>['result']) => body(result).split(/\n{2,}/u).map((p) => p.trim().replace(/\s*\{#[^}]+\}$/u, '')).filter(Boolean);

describe('stop 54: no silent loss — an item\'s "　（n）" read one byte off as GBK after an item not ending its sentence', () => {
  // http://www.moonvisionstudio.com/zwgk/fggw/sfbgtwj/content/post_2847289.html (blind53a p12: 广州 2006's notice dividing the
  // report's tasks, traditional with a converter's pinyin; each item ends on its lead office in brackets, "…規劃局)", and the
  // next item's "　（二）" is read one byte off, "?。ǘ┩七M(jìn)東部石化基地…"; （六）'s pairs GBK maps to nothing, "?。﹩优f機場…")
  const page = [
    '2006年《政府工作報告》要求重點做好的工作事項',
    '一、努力構建現代產業體系,促進經濟又快又好發展',
    '(一)加快建設東部、花都、南沙三大汽車產業基地。(牽頭單位:市經貿委;配合單位:市發改委、國土房管局、外經貿局、規劃局)',
    '?。ǘ┩七M東部石化基地、南沙臨港石化基地建設,抓好80萬噸乙烯改擴建項目。(牽頭單位:市發改委;配合單位:市經貿委、國土房管局、規劃局、黃埔區政府、南沙區政府)',
    '?。ㄈ┲建以廣州國際生物島和廣州科學城為核心區,番禺、從化、白云和花都為拓展輻射區的生物醫藥產業基地。(牽頭單位:市發改委;配合單位:市經貿委、科技局、外經貿局)',
    '(四)加快廣州空港、南沙、黃埔三大國際樞紐物流園區建設。(牽頭單位:市交委;配合單位:市經貿委、外經貿局)',
    '?。﹩优f機場商品交易市場和國際采購分銷中心建設。(牽頭單位:市經貿委;配合單位:市建委、國土房管局)',
    '(七)抓緊推進廣州國際會展中心二期工程建設。(牽頭單位:市經貿委)',
  ].join('\n');

  test('each garbled item opens a block of its own and its number is said at its line, （六） too (was: glued to the item before, said nowhere)', () => {
    const { result } = read(page);
    expect(at(result, 'shifted-number').map((m) => m.replace(/ Unexpected garbled outline number “(.+?)” read as （(.)）.*/u, ' $1 $2'))).toEqual([
      '4:1 。ǘ 二',
      '5:1 。ㄈ 三',
      '7:1 。 六',
    ]);
    expect(paragraphs(result).filter((p) => /規劃局）$|外經貿局）$|國土房管局）$/u.test(p) && /[?？。]ǘ|。ㄈ|。﹩/u.test(p))).toEqual([]);
    expect(body(result)).toMatch(/\n### 。ǘ┩七M東部石化基地/u);
    expect(body(result)).toMatch(/\n### 。﹩优f機場商品交易市場/u);
  });

  test('guard: a line opening on "。" then a box-drawing sign is no item under a sentence that ended; a plain list is read as before', () => {
    const plain = read(page.replace('?。ǘ┩七M', '(二)推進').replace('?。ㄈ┲建', '(三)創建').replace('?。﹩优f', '(六)啟動舊'));
    expect(at(plain.result, 'shifted-number')).toEqual([]);
    const prose = read(['各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。表格如下', '。┌─────┐ 这一行是表格的边框,不是编号,但它跟在没有句号的一行后面。'].join('\n'));
    expect(at(prose.result, 'shifted-number')).toEqual([]);
  });
});

describe('stop 54: no silent loss — a brand\'s official site put inside a sentence', () => {
  // https://zenlandtea.com/bdb/2735.html (blind53a p33: 东安区 2022's report on a spam mirror, "…神州通信集团建立战略星力官网的合作
  // 伙伴关系,引进…")
  const page = [
    '政府工作报告',
    '——2022年1月20日在东安区第十六届人民代表大会第二次会议上',
    '区长 林坤',
    '各位代表:',
    '现在,我代表区人民政府,向大会报告工作,请予审议,并请区政协委员和列席会议的同志提出意见。',
    '一、过去五年和2021年工作回顾',
    '五年来,我们与神州通信集团建立战略星力官网的合作伙伴关系,引进数字经济企业12家。',
  ].join('\n');

  test('the brand and its 官网 are said at their place (was: nothing said)', () => {
    expect(at(read(page).result, 'injected-spam')).toEqual([expect.stringMatching(/^7:\d+ Unexpected gambling-site keywords in the text: “星力官网”/u)]);
    expect(at(read(page).result, 'injected-spam')[0]).toMatch(new RegExp(`^7:${page.split('\n')[6].indexOf('星力') + 1} `, 'u'));
  });

  test('guard: an office\'s or a paper\'s site (政府官网, 卫健委官網, 办事处官网, 商报官网) says nothing', () => {
    const offices = page.replace('建立战略星力官网的合作伙伴关系', '建立战略合作伙伴关系,在区政府官网、区卫健委官網、街道办事处官网和香港商报官网公开信息');
    expect(at(read(offices).result, 'injected-spam')).toEqual([]);
  });
});

describe('stop 54: no silent loss — a document library\'s anti-copy runs of random characters', () => {
  // https://m.31doc.com/p-2333196.html (blind53a p21: 武汉 2005's report in 三一文库's preview, salted with random characters:
  // "1、涧孪锌钞妇撕撞玛炉磕…战寐武汉市2005年政府工作报告一、2004年工作回顾", "…牢牢把握改革发展霍涅懈牟纂宰钠份…")
  const noise1 = '涧孪锌钞妇撕撞玛炉磕揪履吵枯镶杖种呈缴荚渭醋传瞅驳肥增玻权蕾丈狙抗忌矗沥佯颧阁蝴匆浦男摩莽压颁瓤肇否修违席钎箕绣刑们译绑透栅繁艾菇帝饲端我下酝涡';
  const noise2 = '霍涅懈牟纂宰钠份撮廉鹿馏汇厅涣矗核赴乎祁梨橇删挞麻砂依预淋色耪暂腆讥发康岗弯湿过邹男铁而瓢誊故火漾设稗咽可止遣';
  const page = [
    '武汉市2005年政府工作报告',
    '',
    `1、${noise1}武汉市2005年政府工作报告一、2004年工作回顾 2004年,是武汉全面贯彻科学发展观`,
    '',
    `2、,落实中央宏观调控政策,实现经济社会健康协调发展的一年。在省委、省政府和市委的领导下,我们紧紧依靠全市人民,牢牢把握改革发展${noise2}`,
  ].join('\n');

  test('each run is said at its line and column with its length, the text kept as printed (was: nothing said)', () => {
    const { result } = read(page);
    const lines = page.split('\n');
    expect(at(result, 'random-characters')).toEqual([
      expect.stringMatching(new RegExp(`^3:${lines[2].indexOf('涧') + 1} Unexpected run of random characters in the text: “涧孪锌钞妇撕撞玛…”, ${[...noise1].length + 3} characters`, 'u')),
      expect.stringMatching(new RegExp(`^5:${lines[4].indexOf('牢牢') + 1} Unexpected run of random characters in the text: “牢牢把握改革发展…”, ${[...noise2].length + 8} characters`, 'u')),
    ]);
    expect(body(result)).toContain(noise1);
    expect(body(result)).toContain(noise2);
  });

  test('guard: a report\'s own long runs without marks (a list of leaders\' names, a byline\'s names and roles, a long title) say nothing', () => {
    const own = [
      '胡锦涛吴邦国温家宝曾庆红黄菊吴官正李长春罗干到会祝贺贾庆林作政协常委会工作报告',
      '贵州日报天眼新闻记者王瑶编辑王远柏二审谢巍娥三审袁燕',
      '关于进一步加强和改进新时代全县人民代表大会常务委员会监督工作的实施意见',
      '现在我代表县人民政府向大会报告工作请予审议并请县政协委员和其他列席人员提出意见',
    ].join('\n');
    expect(at(read(own).result, 'random-characters')).toEqual([]);
  });
});

describe('stop 54: no silent loss — a snippet printed twice, the first cut off at "..."', () => {
  // https://cidian.kuaisou.com/2021年上海科技经费投入统计公报 (blind53b 10: a search dictionary's page printing a news snippet
  // twice, the first cut at "(与国内...", the second going on past it)
  const first = '8月31日,国家统计局、科技部、财政部发布的《2021年全国科技经费投入统计公报》显示,2021年,全国共投入研究与试验发展(R&D)经费27956.3亿元,比上年增加3563.2亿元;研究与试验发展经费投入强度(与国内';
  const page = [`${first}...`, `${first}生产总值之比)为2.44%,比上年提高0.03个百分点。`].join('\n');

  test('the cut copy goes, said at its line; the whole one stays once (was: the two joined into one paragraph)', () => {
    const { result } = read(page);
    expect(at(result, 'doubled-line')).toEqual([expect.stringMatching(/^1:1 Removed a line's first copy, cut off/u)]);
    expect(body(result).match(/8月31日/gu)).toHaveLength(1);
    expect(body(result)).toContain('（与国内生产总值之比）为2.44%');
  });

  test('guard: a line cut at "..." over a different line, and a short line over a longer one beginning with it, stay', () => {
    const other = [`${first}...`, '9月1日,上海市统计局发布的《2021年上海市科技经费投入统计公报》显示,全市研究与试验发展经费投入强度为4.21%。'].join('\n');
    expect(at(read(other).result, 'doubled-line')).toEqual([]);
    expect(body(read(other).result)).toContain('（与国内...');
    const heading = ['一、2021年工作回顾...', '一、2021年工作回顾...2021年,全区上下奋力拼搏,圆满完成了全年目标任务。'].join('\n');
    expect(at(read(heading).result, 'doubled-line')).toEqual([]);
  });
});

describe('stop 54: no silent loss — a news flash printed over its stamp row and again under it', () => {
  // https://www.gilin.com.cn/news/12397395 (blind53b 08: a flash "【国家统计局:…】9月28日,国家统计局发布…", the stamp row
  // "发布时间:2025年9月28日 09:59 来源:浪媒 分类:宏观", the flash again)
  const flash = '【国家统计局:医疗健康资源更加丰富,健康中国建设稳步推进】9月28日,国家统计局发布《“十四五”以来社会民生统计报告》。其中:医疗卫生资源供给持续增加。';
  const page = [flash, '', '发布时间:2025年9月28日 09:59 来源:浪媒 分类:宏观', flash, '', 'Copyright © 2025 北京逻辑回归科技有限公司'].join('\n');

  test('the second copy goes, said at its line (was: kept twice)', () => {
    const { result } = read(page);
    expect(at(result, 'doubled-line')).toEqual([expect.stringMatching(/^4:1 Removed a line's second copy/u)]);
    expect(body(result).match(/9月28日，国家统计局发布/gu)).toHaveLength(1);
  });

  test('guard: two different lines round a stamp row, and a line printed again further on (not round a stamp row), stay', () => {
    const other = read([flash, '', '发布时间:2025年9月28日 09:59 来源:浪媒 分类:宏观', flash.replace('持续增加', '稳步增加'), ''].join('\n'));
    expect(at(other.result, 'doubled-line')).toEqual([]);
    const apart = read([flash, '', '医疗卫生机构床位数增加到1000万张,比2020年增长12%。', flash].join('\n'));
    expect(at(apart.result, 'doubled-line')).toEqual([]);
  });
});

describe('stop 54: titles — a title in a template\'s brackets, with a lost character, or glued after the speaker', () => {
  const block = ['——2011年1月21日在辽宁省第十一届人民代表大会第四次会议上', '省长', '陈政高', '各位代表:', '现在,我代表省政府向大会报告工作,请予审议,并请省政协各位委员提出意见和建议。', '一、“十一五”时期回顾和2010年工作'];

  test('"【2011辽宁省政府工作报告】" over the occasion is the title (was: removed as the page\'s head, no title)', () => {
    // http://16fw.com/bgfw/gzbg/202111/868296.html (blind53a p40: a template site's copy of 辽宁 2011)
    const { front } = read(['辽宁省政府工作报告 本文内容:', '【2011辽宁省政府工作报告】', ...block].join('\n'));
    expect(front.title).toBe('2011辽宁省政府工作报告');
    expect(front.speaker).toBe('省长 陈政高');
  });

  test('guard: a bracketed button or label over the occasion is no title; a plain title is read as before', () => {
    expect(read(['【字体:大 中 小】', ...block].join('\n')).front.title ?? '').toBe('');
    expect(read(['2011年辽宁省政府工作报告', ...block].join('\n')).front.title).toBe('2011年辽宁省政府工作报告');
  });

  test('"政府工作報告?" — the lost character\'s "?" glued to the name — is the title, the line quoted with it (was: removed as the page\'s head)', () => {
    // http://essenceofearthcosmetics.com/xxgk/zfgzbg/202107/t20210705_1515426.html (blind53a p45: 交城 2018, traditional with the
    // converter's pinyin, its lost characters "?")
    const page = ['2018年政府工作報告', '', ' 時間:2018-05-16 來源: 交城縣人民政府辦公室', '', '  政府工作報告?', '', '  ——2018年4月10日在交城縣第十六屆人民代表大會第三次會議上', '', '各位代表:', '現在,我代表縣人民政府向大會報告工作,請予審議。', '一、2017年工作回顧'].join('\n');
    const { front, result } = read(page);
    expect(front.title).toBe('政府工作報告');
    expect(at(result, 'metadata')).toContain('5:1 Moved to front matter: “政府工作報告?”');
  });

  test('guard: a headline asking a question of the report stays no title', () => {
    const page = ['你读懂今年的政府工作报告了吗?', '', '——2018年4月10日在交城县第十六届人民代表大会第三次会议上', '', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。'].join('\n');
    expect(read(page).front.title ?? '').not.toBe('你读懂今年的政府工作报告了吗');
  });

  test('a flattened block whose speaker has the page\'s heading glued after the name: the speaker read, the copy not a paragraph (was: no speaker)', () => {
    // https://xinjiapo.news/news/269611 (blind53a p29: 甘肃 2020 on a news mirror)
    const page = [
      '2020年甘肃省《政府工作报告》',
      '',
      '政府工作报告 ——2020年1月10日在甘肃省第十三届人民代表大会第三次会议上 甘肃省省长 唐仁健2020年甘肃省《政府工作报告》',
      '',
      '各位代表:',
      '',
      '我代表省人民政府,向大会报告工作,请予审议,并请省政协委员和其他列席人员提出意见。',
    ].join('\n');
    const { front, result } = read(page);
    expect(front.speaker).toBe('甘肃省省长 唐仁健');
    expect(paragraphs(result)[0]).toBe('各位代表：');
  });

  test('guard: a speaker with the text\'s first words after the name (no heading above it) reads as before', () => {
    const page = ['政府工作报告 ——2020年1月10日在甘肃省第十三届人民代表大会第三次会议上 甘肃省省长 唐仁健 各位代表:', '我代表省人民政府,向大会报告工作,请予审议。'].join('\n');
    const { front, result } = read(page);
    expect(front.speaker).toBe('甘肃省省长 唐仁健');
    expect(paragraphs(result)[0]).toBe('各位代表：');
  });
});

describe('stop 54: titles — a flash\'s 【headline】 glued to its first sentence', () => {
  // https://www.cuiru123.com/… (blind53b 03: a flash, its headline over it and again in 【】 glued to the story); https://bbs.timesauto.com/…
  // (blind53b 32: an AI page, "【有关于社区年度工作计划】随着新一年的到来,…", no headline above)
  const story = '8月25日上午10时,中宣部举行“中国这十年”系列主题新闻发布会,人力资源和社会保障部副部长李忠介绍党的十八大以来就业和社会保障工作。';

  test('under the same headline, the bracketed copy goes, said (was: kept on the paragraph)', () => {
    const { front, result } = read(['人社部:城镇就业规模持续扩大 2021年就业人数增至46773万人', `【人社部:城镇就业规模持续扩大 2021年就业人数增至46773万人】${story}`, '本文系网络转载,不代表本站立场。'].join('\n'));
    expect(front.title).toBe('人社部：城镇就业规模持续扩大2021年就业人数增至46773万人');
    expect(paragraphs(result)[0]).toBe(story.replace(/,/gu, '，'));
    expect(at(result, 'page-head')).toEqual([expect.stringMatching(/^2:1 .*“【人社部:城镇就业规模持续扩大/u)]);
  });

  test('with no title read, the bracketed headline is the title (was: no title)', () => {
    const text = '随着新一年的到来,为了更好地推动社区的和谐发展,提升居民的生活质量,结合本社区的实际情况,制定了一份详尽的年度工作计划。';
    const { front, result } = read([`【有关于社区年度工作计划】${text}`, '首先,在基础设施建设方面,我们将重点推进公共区域的维护与改善。'].join('\n'));
    expect(front.title).toBe('有关于社区年度工作计划');
    expect(paragraphs(result)[0]).toMatch(/^随着新一年的到来/u);
  });

  test('guard: a bracket that is a box\'s label or a short word, and a bracket further down the text, stay in the text', () => {
    const page = ['政府工作报告', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。', '【专栏1】全县新增城镇就业3200人,城镇登记失业率控制在4%以内。'].join('\n');
    expect(body(read(page).result)).toContain('【专栏1】全县新增城镇就业');
    const label = read(['【名词解释】新质生产力,是创新起主导作用,摆脱传统经济增长方式的先进生产力质态。'].join('\n'));
    expect(body(label.result)).toContain('【名词解释】新质生产力');
  });
});

describe('stop 54: titles — a photo caption closed by its outlet and photographer in brackets, no 摄', () => {
  // http://www.010baizhang.com/… (blind53b 05: a copy of 中國網's press-conference page, traditional with the converter's pinyin;
  // the caption "…司長盛來運先生(中國網胡迪)" over the story)
  const story = '中國網4月15日訊國務院新聞辦于2011年4月15日(星期五)上午10時在國務院新聞辦新聞發布廳舉行新聞發布會,請國家統計局新聞發言人介紹2011年一季度國民經濟運行情況。';

  test('the caption is removed, said, and is no title (was: the title)', () => {
    const { front, result } = read(['國家統計局新聞發言人、國民經濟綜合統計司司長盛來運先生(中國網胡迪)', story].join('\n'));
    expect(front.title ?? '').toBe('');
    expect(at(result, 'caption')).toEqual([expect.stringMatching(/^1:1 .*盛來運先生\(中國網胡迪\)/u)]);
  });

  test('guard: a title with its publisher in brackets, "(中国政府网发布)", and a name with an office in brackets stay', () => {
    expect(at(read(['2011年国民经济运行情况(中国政府网发布)', story].join('\n')).result, 'caption')).toEqual([]);
    expect(at(read(['国家统计局新闻发言人盛来运(国家统计局)', story].join('\n')).result, 'caption')).toEqual([]);
  });
});

describe('stop 54: the body — a sentence a blank line split after a closing quote', () => {
  // http://blingdoc.com/index/article/detail/detail_id/30306.html (blind53a p02: a compilation's copy of 怀柔 2023; "…建立了以流调
  // 溯源为核心的…“七有”“五性”" / blank line / "监测评价总指数稳居全市前两名。")
  const before = '我们践行以人民为中心的发展思想,坚持人民至上、生命至上。坚持外防输入、内防反弹,建立了以流调溯源为核心的防控体系,民生保障持续加强,“七有”“五性”';
  const page = ['政府工作报告', '各位代表:', '现在,我代表区人民政府向大会报告工作,请予审议。', before, '', '监测评价总指数稳居全市前两名。', '', '我们深入落实首都城市战略定位,首都功能重要承载地作用更加凸显。'].join('\n');

  test('the sentence\'s end goes on the paragraph before it (was: a paragraph of its own)', () => {
    expect(paragraphs(read(page).result)).toContain(`${before}监测评价总指数稳居全市前两名。`.replace(/,/gu, '，'));
  });

  test('guard: a paragraph ending in a quoted term over a heading, a numbered line or a long paragraph stays apart', () => {
    const heading = read(page.replace('监测评价总指数稳居全市前两名。', '二、2023年工作安排'));
    expect(heading.blocks).toContain('## 二、2023年工作安排');
    const long = read(page.replace('监测评价总指数稳居全市前两名。', '今年,我们将坚持稳中求进工作总基调,完整、准确、全面贯彻新发展理念,加快构建新发展格局。'));
    expect(paragraphs(long.result).some((p) => p.startsWith('今年，我们将坚持稳中求进'))).toBe(true);
  });
});

describe('stop 54: the body — a crosshead over a paragraph of quotes, on a page a paragraph a line (closed by blind54a\'s rule, landed first: no quote-break join where the lines are paragraphs)', () => {
  // https://zjw.cn/info-52916.html (blind53a p43: 云南 2021's deputies' reactions; "回首“十三五”亮眼“成绩单”鼓舞人心" / "“‘十三五’
  // 时期云南地区生产总值…”“…”" — its lines run to 550 characters, no wrap)
  const long = `1月26日上午,云南省第十三届人民代表大会第四次会议在昆明云南海埂会堂隆重开幕,代省长王予波代表省人民政府向大会作政府工作报告。${'报告总结了“十三五”时期和2020年的工作,提出了“十四五”时期的主要目标任务和2021年的重点工作,代表们纷纷表示振奋人心、催人奋进。'.repeat(3)}`;
  const quotes = `“‘十三五’时期云南地区生产总值在全国排位从2015年的第23位跃升到第18位”“全面建成小康社会、脱贫攻坚取得决定性成就”${'……代表们表示,这些成绩来之不易,令人鼓舞。'.repeat(8)}`;
  const page = [long, '回首“十三五”亮眼“成绩单”鼓舞人心', quotes, '展望“十四五”发展蓝图催人奋进', quotes.replace('第18位', '第17位')].join('\n');

  test('the crosshead stands alone (was: joined to the quotes under it)', () => {
    const { blocks } = read(page);
    expect(blocks.some((b) => /^(?:#+ )?回首“十三五”亮眼“成绩单”鼓舞人心$/u.test(b))).toBe(true);
  });

});

describe('stop 54: the body — a byline and a view counter\'s label, the count lost', () => {
  // http://www.8lve.cn/… (blind53b 14: a trade site's copy of 福建's 2018 bulletin story, traditional with the converter's pinyin;
  // "環衛在線新聞組 瀏覽" under the headline)
  const story = '6月5日是世界環境日。省政府新聞辦3日召開新聞發布會,發布福建省2018年環境狀況公報。公報顯示,2018年全省生態環境質量保持優良。';

  test('the line is removed, said (was: a heading, then a paragraph)', () => {
    const { result } = read(['福建2018年生態環境狀況公報發布', '環衛在線新聞組 瀏覽', '', story].join('\n'));
    expect(at(result, 'page-info')).toEqual([expect.stringMatching(/^2:1 Removed site boilerplate \(byline and view counter\): “環衛在線新聞組 瀏覽”/u)]);
    expect(body(result)).not.toContain('瀏覽');
  });

  test('guard: a crosshead ending in 阅读 with no space, and a sentence about reading, stay', () => {
    const { result } = read(['福建2018年生態環境狀況公報發布', '推动全民阅读', story, '全省公共图书馆全年接待读者2000万人次 阅读'].join('\n'));
    expect(at(result, 'page-info')).toEqual([]);
  });
});

describe('stop 54: the body — a bracket alone on its line, its words lost', () => {
  // http://www.wzrd.gov.cn/… (blind53b 28: 温州 court's report to the standing committee; "温州市中级人民法院" / "(" / "主任、副主任、
  // 秘书长、各位委员:")
  const page = ['温州市中级人民法院', '(', '主任、副主任、秘书长、各位委员:', '遵照市人大常委会关于审议法院行政审判情况的安排,我院自今年4月起对行政审判工作进行了调研。', '一、法院行政审判工作的基本情况'].join('\n');

  test('the bracket is removed and said as lost words at its line (was: a paragraph "(", unsaid)', () => {
    const { result } = read(page);
    expect(at(result, 'lost-text')).toEqual([expect.stringMatching(/^2:1 Unexpected bracket alone on its line, “\(”: what is left of a line whose words the page lost/u)]);
    expect(paragraphs(result)[0]).toBe('主任、副主任、秘书长、各位委员：');
  });

  test('guard: a bracket with words, "(书面)", and a bracketed note stay', () => {
    const { result } = read(page.replace('\n(\n', '\n(书面)\n'));
    expect(at(result, 'lost-text')).toEqual([]);
  });
});

describe('stop 54: the body — an attachment\'s title under its notice is no paragraph cut mid-word', () => {
  // https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml (blind53a p11: 蔡甸's notice dividing its 2023
  // report's tasks, under its disclosure table; the attachment's title "2023年区《政府工作报告》确定的主要目标任务责任分解方案" under the
  // signature, over the attachment's first heading)
  const name = '区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知';
  const page = [
    name, '', name, '', '2023-01-05 10:00 区人民政府办公室',
    '索 引 号 MB1534522/2023-05475 发文日期 2023-01-03', '发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号', '分   类 政务公开 有 效 性 有效', '',
    '各街道办事处、乡人民政府,区人民政府各部门、各直属机构:', '',
    '2023年《区〈政府工作报告〉确定的主要目标任务责任分解方案》已报经区人民政府同意,现印发给你们,并就有关事项通知如下:', '',
    '一、各责任单位要高度重视,切实加强领导,对照2023年区《政府工作报告》确定的目标任务,制订工作方案,明确责任,明确措施,明确时间节点,狠抓落实。', '',
    '二、区绩效考评机构要将2023年区《政府工作报告》确定的重要目标任务,纳入绩效管理考核范围,细化考核内容,加强过程考核,确保各项工作落到实处。', '',
    '蔡甸区人民政府办公室', '', '2023年1月3日    ', '', '',
    '2023年区《政府工作报告》确定的主要目标任务责任分解方案', '',
    '一、2023年全区经济社会发展的主要预期目标', '', '(一)地区生产总值增长7%以上', '', '责任单位:区发展和改革局。',
  ].join('\n');

  test('no cut-off is warned at the title (was: "paragraph stopping mid-word … before a heading")', () => {
    expect(at(read(page).result, 'cut-off').filter((m) => m.includes('分解方案'))).toEqual([]);
  });

  test('guard: the same line cut before its document word is still warned of', () => {
    const cut = page.replace('主要目标任务责任分解方案\n', '主要目标任务责任分解\n');
    expect(at(read(cut).result, 'cut-off').some((m) => m.includes('…定的主要目标任务责任分解”'))).toBe(true);
  });
});

describe('stop 54: titles — a title glued to its English, on a page with no salutation', () => {
  // http://wsb.ln.gov.cn/xxgk/zxdt_135650/201902/t20190228_3444943.html (blind53a p39: a foreign affairs office's bilingual outline of
  // 辽宁's 2019 report; "辽宁省政府工作报告梗概Outline of the Report on the Work of Liaoning Provincial Government")
  const english = 'The year 2018 saw us kick off efforts to implement the guiding principles of the Party’s 19th National Congress. It is also in this year that Liaoning Province embarked on a path towards revitalization.';
  const page = [
    '当前位置 -> 首页 -> 信息公开 -> LFAO News',
    '辽宁省政府工作报告梗概Outline of the Report on the Work of Liaoning Provincial Government',
    '发布时间: 2019年02月28日 来源:',
    '',
    '  2018年,是全面贯彻党的十九大精神的开局之年,也是辽宁开启全面振兴、全方位振兴的起步之年。',
    '',
    `  ${english}`,
  ].join('\n');

  test('the Chinese is the title, the English apart from it (was: one paragraph, no title)', () => {
    const { front, result } = read(page);
    expect(front.title).toBe('辽宁省政府工作报告梗概');
    expect(body(result)).not.toContain('Outline of the Report');
    expect(at(result, 'english-twin').some((m) => m.startsWith('2:'))).toBe(true);
  });

  test('guard: a Chinese line naming no document, English glued after it, is no title', () => {
    const other = read(page.replace('辽宁省政府工作报告梗概Outline', '辽宁省外事办公室新闻动态Outline'));
    expect(other.front.title ?? '').toBe('');
  });
});

describe('stop 54: titles — a document library\'s file name over its file-info row', () => {
  // https://m.31doc.com/p-2333196.html (blind53a p21: 武汉 2005's report in 三一文库's preview)
  const page = [
    '武汉市2005年政府工作报告.doc',
    '',
    '上传人:上海哈登 文档编号:2333196 上传时间:2019-03-22 格式:DOC 页数:13 大小:54.50KB',
    '返回 下载 相关 举报',
    '各位代表:',
    '现在,我代表市人民政府,向大会报告工作,请予审议。',
    '一、2004年工作回顾',
  ].join('\n');

  test('the name without its extension is the title, said (was: no title)', () => {
    const { front, result } = read(page);
    expect(front.title).toBe('武汉市2005年政府工作报告');
    expect(at(result, 'metadata')).toContain('1:1 Read the title from the document library\'s file name over its file-info row: “武汉市2005年政府工作报告.doc” → “武汉市2005年政府工作报告”');
  });

  test('guard: an attachment\'s name under the text, and a file name over no file-info row, are no title', () => {
    expect(read(page.split('\n').filter((l) => !l.startsWith('上传人') && !l.startsWith('返回')).join('\n')).front.title ?? '').toBe('');
    const under = read(['各位代表:', '现在,我代表市人民政府,向大会报告工作,请予审议。', '附件:武汉市2005年政府工作报告.doc'].join('\n'));
    expect(under.front.title ?? '').toBe('');
  });
});

describe('stop 54: the body — a writing site\'s blurb naming the piece a written summary, its title lost', () => {
  // https://www.wengzun.com/… (blind53b 26: a town's annual summary, "下面是小编为大家整理的2023年乡镇年度工作总结,供大家参考。" over it,
  // "现将2022年度工作具体汇报如下")
  const text = ['2022年以来,*镇锚定“两个确保”,全面贯彻落实各项决策部署,现将2022年度工作具体汇报如下:', '一、2022年度工作完成情况', '(一)学习宣传贯彻党的二十大精神情况', '以召开镇村两级干部会议等多种形式,组织全镇党员干部学习党的二十大精神。'];

  test('no occasion and no speaker are asked (was: both asked)', () => {
    const { result } = read(['下面是小编为大家整理的2023年乡镇年度工作总结,供大家参考。', ...text].join('\n'));
    expect(result.file.messages.map((m) => m.ruleId)).not.toContain('missing-occasion');
    expect(result.file.messages.map((m) => m.ruleId)).not.toContain('missing-speaker');
  });

  test('guard: a blurb naming a speech (讲话, 政府工作报告) still asks for both', () => {
    const { result } = read(['下面是小编为大家整理的2023年镇长在人代会上的讲话,供大家参考。', ...text].join('\n'));
    expect(result.file.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['missing-occasion', 'missing-speaker']));
  });
});

describe('stop 54: titles — a 印发 notice\'s signature over the document it issues', () => {
  // http://htgfsre.cn/… (blind53b 01: a copy of 上海's notice issuing its opinion on 政务诚信, traditional with the converter's pinyin)
  const page = [
    '滬府發〔2017〕92號',
    '上海市人民政府印發《關于本市加強政務誠信建設的實施意見》的通知',
    '各區人民政府,市政府各委、辦、局:',
    '現將《關于本市加強政務誠信建設的實施意見》印發給你們,請認真按照執行。',
    '上海市人民政府',
    '2017年12月20日',
    '關于本市加強政務誠信建設的實施意見',
    '政務誠信是社會信用體系的重要組成部分。深入開展政務誠信建設,是深化簡政放權的重要內容。',
    '一、總體要求',
  ].join('\n');

  test('the signature is the issuer, its day the written date; both lines stay text (was: no issuer, no date)', () => {
    const { front, result } = read(page);
    expect(front.issuer).toBe('上海市人民政府');
    expect([front.date, front.date_source]).toEqual(['2017-12-20', 'written']);
    expect(paragraphs(result)).toEqual(expect.arrayContaining(['上海市人民政府', '2017年12月20日']));
  });

  test('guard: a unit and a day inside the issued document (no 印发 sentence over them) are not read', () => {
    const { front } = read(page.replace('印發給你們', '送給你們'));
    expect(front.issuer ?? '').toBe('');
  });
});

describe('stop 54: the body — a mobile page\'s posting time with no year opening the text', () => {
  // http://m-zhuxi.cjyun.org/p/24634.html (blind53a p25: a county's mobile news page, "12-15 15:50" under the headline)
  const story = '(全媒体记者 杨秦青)12月14日,市政府党组成员、副秘书长龚举海带队来我县就2022年市《政府工作报告》(征求意见稿)征求意见建议。';

  test('the time is removed and said, once the head is read (was: a paragraph)', () => {
    const { front, result } = read(['龚举海来溪征求2022年市《政府工作报告》意见建议', '', '12-15 15:50  ', '', story].join('\n'));
    expect(front.title).toBe('龚举海来溪征求2022年市《政府工作报告》意见建议');
    expect(at(result, 'page-info')).toContain('3:1 Removed site boilerplate (date/time stamp): “12-15 15:50”');
    expect(paragraphs(result)[0]).toMatch(/^（全媒体记者/u);
  });

  test('guard: held-out 41\'s news app (the time between the title and the speaker) keeps its speaker; a figure range in the text stays', () => {
    const app = read(['深圳市人民检察院工作报告——2025年2月26日在深圳市第七届人民代表大会第六次会议上', '', '深圳特区报', '03-25 08:04', '', '深圳市人民检察院检察长 李小东', '', '各位代表:', '现在,我代表深圳市人民检察院向大会报告工作,请予审议。'].join('\n'));
    expect(app.front.speaker).toBe('深圳市人民检察院检察长 李小东');
    const range = read(['政府工作报告', '各位代表:', '现在,我代表县人民政府向大会报告工作,请予审议。', '13-15 15:50', '全年完成投资15亿元。'].join('\n'));
    expect(body(range.result)).toContain('13-15 15:50');
  });
});
