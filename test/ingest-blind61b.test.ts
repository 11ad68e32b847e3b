/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 61 (2026-12-06, helper blind61b): reports
 * other than the government work report and the pages around them — a county's statistical communiqué with a table of figures
 * flattened into the text, a traditional mirror's copy of the procuratorate's report summary, a wiki's copy of the State Council's
 * budget report, an explanation of the drafting of a standing committee's report, a county's proposal report on a writing site, a
 * court's picture stories, a town's disclosure report. Each test is the page's shape reduced to a few lines, with its URL; its name
 * says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });

describe('stop 61, blind: a table of figures flattened into the text, a space between a row\'s label and its figures', () => {
  // https://tjgb.hongheiku.com/3080.html
  const page = [
    '泾源县2018年国民经济和社会发展统计公报 2018',
    '',
    '选择区域:>>',
    '',
    '一、综合',
    '',
    '经济总量:初步核算,全年全县实现生产总值184413万元,按可比价格计算,比上年增长6.0%。',
    '',
    '表1:2018年泾源县地区生产总值及其增长速度',
    '指标 绝对值(万元) 比上年增长(%)',
    '全县地区生产总值 184413 6.0',
    '工业 8848 -45.1',
    '交通运输、仓储和邮政业 9100 -5.5',
    '第一产业 29811 4.0',
    '',
    '人口:据人口抽样调查,年末全县常住总户数为27309户,常住总人口为102408人。',
  ].join('\n');
  test('each row\'s label and figures stay apart, the header too (was: "全县地区生产总值184413 6.0", the first figure glued to its label)', () => {
    const { blocks } = read(page);
    expect(blocks).toEqual(expect.arrayContaining(['| 全县地区生产总值 | 184413 | 6.0 |', '| 交通运输、仓储和邮政业 | 9100 | -5.5 |', '| 工业 | 8848 | -45.1 |']));
    expect(blocks.some((b) => b.startsWith('| 指标 | 绝对值'))).toBe(true);
    expect(blocks.some((b) => b.startsWith('全县地区生产总值'))).toBe(false);
    expect(said(page, 'table-row')).toHaveLength(1);
  });
  test('the aggregator\'s year tag after the name is no part of the title (was: "…统计公报2018")', () => {
    expect(read(page).front.title).toBe('泾源县2018年国民经济和社会发展统计公报');
  });
  test('"选择区域:>>", the selector under the title, is the site\'s, said (was: a paragraph "选择区域：>>")', () => {
    const { blocks } = read(page);
    expect(blocks.some((b) => b.includes('选择区域'))).toBe(false);
    expect(said(page, 'navigation').some((m) => m.message.includes('选择区域'))).toBe(true);
  });
  test('guard: a sentence with figures, and two lines of a label and figures, are no table', () => {
    const text = ['2023年某县统计公报', '一、综合', '全县生产总值 100 亿元,增长 5.0%。', '粮食 12 3.0', '油料 4 1.0', '年末全县常住人口94.5万人,比上年末减少0.4万人。'].join('\n');
    expect(read(text).blocks.join('\n')).not.toContain('|');
  });
  test('guard: a title whose last figure is another year keeps it ("…统计公报 2019" under a 2018 name is no tag of it)', () => {
    const text = ['某县2018年国民经济和社会发展统计公报 2019', '一、综合', '全县经济平稳运行,全年地区生产总值增长百分之五,居民收入稳步增长。'].join('\n');
    expect(read(text).front.title).toBe('某县2018年国民经济和社会发展统计公报2019');
  });
});

describe('stop 61, blind: a traditional mirror\'s copy of the procuratorate\'s report summary', () => {
  // http://big5.taiwan.cn/xwzx/zxzt/2022/2022lh/lhyw/202203/t20220309_12417546.htm
  const page = [
    '• 台灣網移動版',
    '',
    '    台灣網移動版',
    '',
    '最高人民檢察院工作報告(摘要)',
    '',
    '2022-03-09 09:51:00',
    '來源:新華網',
    '字號',
    '',
    '  新華社北京3月8日電',
    '',
    '  最高人民檢察院檢察長張軍8日上午向十三屆全國人大五次會議作最高人民檢察院工作報告。摘要如下:',
    '',
    '  2021年工作回顧',
    '',
    '  2021年是黨和國家歷史上具有里程碑意義的一年。全國檢察機關共辦理各類案件363.7萬件,同比上升20.9%。',
    '',
    '  一、服務大局,以檢察履職助推高品質發展',
    '',
    '  在統籌發展和安全中依法能動履職,充分發揮法治的引領、規範和保障作用,服務“十四五”良好開局。',
  ].join('\n');
  test('the dateline alone on its line is no heading (was: "## 新華社北京3月8日電")', () => {
    const { blocks } = read(page);
    expect(blocks).toContain('新華社北京3月8日電');
    expect(blocks.some((b) => b.startsWith('#') && b.includes('新華社'))).toBe(false);
    expect(blocks).toContain('## 2021年工作回顧');
  });
  test('the institution the title names is the issuer (was: none, "…人民检察院" asked for)', () => {
    expect(read(page).front.issuer).toBe('最高人民檢察院');
  });
});

describe('stop 61, blind: the State Council\'s report titled by its name, delivered by a minister', () => {
  // https://zhonghuashu.com/wiki/%E5%9B%BD%E5%8A%A1%E9%99%A2%E5%85%B3%E4%BA%8E%E4%BB%8A%E5%B9%B4%E4%BB%A5%E6%9D%A5%E9%A2%84%E7%AE%97%E6%89%A7%E8%A1%8C%E6%83%85%E5%86%B5%E7%9A%84%E6%8A%A5%E5%91%8A_(2022%E5%B9%B4)
  const page = [
    '国务院关于今年以来预算执行情况的报告',
    '',
    '——2022年8月30日在第十三届全国人民代表大会常务委员会第三十六次会议上',
    '',
    '财政部部长 刘 昆',
    '',
    '全国人民代表大会常务委员会:',
    '',
    '受国务院委托,我向全国人大常委会报告今年以来预算执行情况,请审议。',
    '',
    '一、预算执行基本情况',
    '',
    '今年以来,各地区各部门坚持稳中求进工作总基调,预算执行情况较好。',
  ].join('\n');
  test('"国务院关于…的报告": the issuer is 国务院 (was: none, "…人民政府" asked for)', () => {
    expect(read(page).front.issuer).toBe('国务院');
  });
  test('guard: a city\'s report "关于…的报告" with its own government in the text keeps its issuer', () => {
    const text = ['关于某市2022年预算执行情况的报告', '——2023年1月5日在某市第十届人民代表大会第二次会议上', '某市财政局局长 王明', '各位代表:', '我受市人民政府委托,向大会报告预算执行情况,请予审议。'].join('\n');
    expect(read(text).front.issuer ?? '').not.toBe('国务院');
  });
});

describe('stop 61, blind: an explanation of the drafting of a standing committee\'s report, to its session', () => {
  // https://cqrd.gov.cn/site/article/1211362744961880064/web/content_1211362744961880064.html
  const page = [
    '关于《重庆市人民代表大会常务委员会工作报告(草案)》起草情况的说明',
    '——2018年12月29日在市五届人大常委会第八次会议上',
    '市人大常委会副秘书长、研究室主任   张良皓',
    '主任、各位副主任、秘书长、各位委员:',
    '我受市人大常委会主任会议委托,现就《重庆市人民代表大会常务委员会工作报告(草案)》起草情况作如下说明。',
    '一、起草过程',
    '12月上旬,市人大常委会主要领导又主持召开了四个片区人大工作座谈会,听取38个区县人大常委会对《工作报告(征求意见稿)》的修改建议。',
  ].join('\n');
  test('the standing committee\'s salutation is the speaker\'s own voice: no "news story" (was: a story by "主持召开")', () => {
    expect(said(page, 'news-story')).toEqual([]);
  });
  test('guard: a story with no salutation telling of a sitting is still a story', () => {
    const text = ['区人大常委会召开第五次会议', '9月23日下午,区人大常委会召开第五次会议。区人大常委会主任纪亮主持会议,副主任杜宝现、刘佳出席会议。', '会议听取并审议了区政府关于2021年区级决算情况的报告。'].join('\n');
    expect(said(text, 'news-story').length).toBeGreaterThan(0);
  });
});

describe('stop 61, blind: a list of the county\'s towns names no place for the county', () => {
  // https://bqfww.com/shiyongwen/huibao/2zek97.html
  const page = [
    '各位委员:',
    '我受十一届县政协常务委员会的委托,向大会报告县政协十一届一次会议以来提案工作的情况,请予审议。',
    '县政协十一届一次会议以来,共收到委员提案80件,经提案委员会审查立案78件。',
    '如委员的《关于尽快将全县中小学教职工全部纳入医保管理》的提案,引起县委、县政府领导的高度重视,决定将九牧、管厝、忠信、水北街、石陂、永兴6个乡镇的教职工纳入医保管理。',
  ].join('\n');
  test('"…石陂、永兴6个乡镇" is no 永兴县 (was: issuer 永兴县政协常务委员会, 永兴 of 郴州市 taken from the list)', () => {
    expect(String(read(page).front.issuer ?? '')).not.toContain('永兴县');
  });
});

describe('stop 61, blind: a court\'s picture story, its captions bulleted', () => {
  // https://gpsfy.gxcourt.gov.cn/article/detail/2016/01/id/4044015.shtml
  const page = [
    '桂平法院2015年工作报告获市人大会议全票通过',
    '  • 大会现场',
    '  • 桂平法院院长黄志军在会上作工作报告',
    '  在1月20日召开的桂平市第十五届人民代表大会第七次会议上,桂平市人民法院院长黄志军所作的法院工作报告经与会人大代表审议表决,获得全票通过。',
  ].join('\n');
  test('"…院长黄志军在会上作工作报告" under "大会现场" is a caption, said (was: a paragraph over the story)', () => {
    const { blocks } = read(page);
    expect(blocks.some((b) => b.includes('在会上作工作报告'))).toBe(false);
    expect(said(page, 'caption').some((m) => m.message.includes('在会上作工作报告'))).toBe(true);
  });
  test('guard: the story\'s sentence placing the act at the sitting stays ("…在会上作工作报告时指出，…")', () => {
    const text = ['桂平法院工作报告获全票通过', '院长黄志军在会上作工作报告时指出,全年共受理各类案件9197件,结案8635件。'].join('\n');
    expect(read(text).blocks.some((b) => b.includes('在会上作工作报告时指出'))).toBe(true);
  });
});

describe('stop 61, blind: the links under a court site\'s "友情链接"', () => {
  // http://lx.hhlxcourt.gov.cn/article/detail/2015/02/id/1553885.shtml
  const page = [
    '泸西法院工作报告获人大全票通过',
    '在刚刚闭幕的泸西县第十五届人民代表大会第三次会议上,2014年法院工作报告经与会代表认真审议后获得全票通过。',
    '代表们在审议法院工作报告时普遍认为报告内容丰富、言简意赅、数据详实、亮点纷呈。',
    '友情链接',
    '云南法院网红河中院泸西之窗泸西县人民法院三公开平台',
  ].join('\n');
  test('the sites\' names under the label are the site\'s, said (was: the text\'s last paragraph)', () => {
    const { blocks } = read(page);
    expect(blocks.some((b) => b.includes('云南法院网'))).toBe(false);
    expect(said(page, 'pager').some((m) => m.message.includes('云南法院网'))).toBe(true);
  });
  test('guard: text under a "友情链接" line that is a sentence stays', () => {
    const text = ['泸西法院工作报告获人大全票通过', '代表们在审议法院工作报告时普遍认为报告内容丰富。', '友情链接', '代表们认为,法院今后要加大执行力度,切实维护当事人合法权益。'].join('\n');
    expect(read(text).blocks.some((b) => b.startsWith('代表们认为'))).toBe(true);
  });
});

describe('stop 61, blind: a town\'s disclosure report naming itself again without its year', () => {
  // http://rongchang.gov.cn/jz/hbz/zwgk_70755/zfxxgknb_70772/202101/t20210129_8843764.html
  const page = [
    '河包镇2020年政府信息公开工作年度报告',
    '日期:2021-01-29',
    '',
    '河包镇政府信息公开工作年度报告',
    '',
    '2020年,河包镇严格按照《中华人民共和国政府信息公开条例》有关规定,细化政府信息公开工作任务,以政府门户网站为依托,加大公开力度。',
    '',
    '一、总体情况',
    '',
    '2020年,我镇未收到依申请公开请求。',
  ].join('\n');
  test('the name printed again without its year over the text is the page\'s head, said (was: "## 河包镇政府信息公开工作年度报告")', () => {
    const { blocks } = read(page);
    expect(blocks.some((b) => b.includes('河包镇政府信息公开工作年度报告'))).toBe(false);
    expect(said(page, 'page-head').some((m) => m.message.includes('河包镇政府信息公开工作年度报告'))).toBe(true);
  });
});

describe('stop 61, blind: a compilation\'s standing committee report, its first part\'s name run onto the opening formula', () => {
  // https://dawenge.com/document/detail.html?id=609345
  const page = [
    '天津市人民代表大会常务委员会工作报告',
    '2024年1月24日在天津市第十八届人民代表大会第二次会议上天津市人民代表大会常务委员会主任喻云林',
    '各位代表:',
    '现在,我受市人大常委会委托,向大会报告工作,请予审议。过去一年的主要工作',
    '2023年,是全面贯彻X的二十大精神的开局之年,是我市组织实施推动高质量发展“十项行动”的起步之年。',
  ].join('\n');
  test('"过去一年的主要工作" is a heading of its own after the opening (was: "…请予审议。过去一年的主要工作2023年，…" one paragraph)', () => {
    const { blocks } = read(page);
    expect(blocks).toContain('现在，我受市人大常委会委托，向大会报告工作，请予审议。');
    expect(blocks).toContain('## 过去一年的主要工作');
    expect(blocks.some((b) => b.startsWith('2023年，是全面贯彻'))).toBe(true);
  });
  test('"X的二十大": one letter for 党 before its congress is a mask, said (was: unsaid)', () => {
    expect(said(page, 'masked-text').some((m) => m.message.includes('X的二十大'))).toBe(true);
  });
  test('guard: a sentence going on after 请予审议。 is no part name ("…请予审议。过去一年的主要工作是…")', () => {
    const text = ['某市人大常委会工作报告', '各位代表:', '现在,我受市人大常委会委托,向大会报告工作,请予审议。过去一年的主要工作是依法履职、服务大局,取得了新成效。'].join('\n');
    expect(read(text).blocks.some((b) => b.startsWith('#') && b.includes('主要工作'))).toBe(false);
  });
  test('guard: X in a Latin word or a figure\'s X-ray before 的 is no mask ("X的十大用途" under no Han)', () => {
    const text = ['某市人大常委会工作报告', '各位代表:', 'X的十大用途,这是一本书的名字,与报告无关,我们继续审议工作。'].join('\n');
    expect(said(text, 'masked-text')).toEqual([]);
  });
});
