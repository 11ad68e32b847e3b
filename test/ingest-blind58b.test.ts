/**
 * Ingest defects found on real pages of the search tool's `pages` corpus, blind, in stop 58 (2026-12-06, helper blind58b): reports
 * other than the government work report and the pages around them — a county's final accounts under its disclosure heading and
 * contents, the central budget's report signed by the ministry, a court's report whose occasion lost its 年 and 月, a county's
 * statistical communiqué flattened onto one line, explainers with a site's pointer to more of it. Each test is the page's shape
 * reduced to a few lines, with its URL; its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });

describe('stop 58, blind: a disclosure heading over the report\'s contents and its title', () => {
  // https://www.taoyuan.gov.cn/zwdt/szzl/dqzt/bjyjs/bjysgk/content_120016
  const page = (heading: string) =>
    [
      heading,
      '',
      '来源:桃源县财政局 发布时间:2021-07-19 09:30 【字体:',
      '',
      '目    录',
      '',
      '一、县级财政决算情况',
      '',
      '(一)一般公共预算收支决算情况',
      '',
      '(二)政府性基金预算收支决算情况',
      '',
      '二、直达资金管理情况',
      '',
      '三、重点支出的安排和资金到位情况',
      '',
      '',
      '关于2020年县级财政决算的报告',
      '',
      '       ——2021年6月30日在桃源县第十七届人民代表大会',
      '',
      '常务委员会第四十八次会议上',
      '',
      '桃源县财政局局长    余其斌',
      '',
      '主任、副主任,各位委员:',
      '',
      '我受县人民政府委托,向县十七届人大常委会第四十八次会议报告2020年县级财政决算(草案)情况,请予审议。',
      '',
      '一、县级财政决算情况',
      '',
      '2020年,全县各级各部门以习近平新时代中国特色社会主义思想为指导,认真贯彻落实县十七届人大五次会议精神。',
    ].join('\n');
  test('"桃源县2020年县级财政决算公开" over the contents, then "关于2020年县级财政决算的报告": the report\'s title alone, the heading said (was: the two names joined)', () => {
    const { front, result } = read(page('桃源县2020年县级财政决算公开'));
    expect(front.title).toBe('关于2020年县级财政决算的报告');
    expect(front.occasion).toBe('2021年6月30日在桃源县第十七届人民代表大会常务委员会第四十八次会议上');
    expect(result.file.messages.some((m) => m.ruleId === 'page-head' && m.reason.includes('县级财政决算公开'))).toBe(true);
  });
  test('"…决算公开" right over "关于…的报告" (no contents between): still two names', () => {
    const text = ['桃源县2020年县级财政决算公开', '关于2020年县级财政决算的报告', '——2021年6月30日在桃源县第十七届人民代表大会常务委员会第四十八次会议上', '桃源县财政局局长 余其斌', '主任、副主任,各位委员:', '我受县人民政府委托,报告2020年县级财政决算(草案)情况,请予审议。'].join('\n');
    expect(read(text).front.title).toBe('关于2020年县级财政决算的报告');
  });
  test('guard: a title over two lines, "关于珠海市2020年度市本级预算执行和" / "其他财政收支的审计工作报告", stays one title', () => {
    const text = ['关于珠海市2020年度市本级预算执行和', '其他财政收支的审计工作报告', '——2021年7月29日在珠海市第九届人民代表大会常务委员会第四十一次会议上', '珠海市审计局局长 罗增庆', '主任、各位副主任、秘书长,各位委员:', '我受市人民政府委托,向市人大常委会报告2020年度珠海市本级预算执行和其他财政收支的审计情况,请审议。'].join('\n');
    expect(read(text).front.title).toBe('关于珠海市2020年度市本级预算执行和其他财政收支的审计工作报告');
  });
  test('guard: over three lines, the first opening with 关于, stays one title', () => {
    const text = ['关于绍兴市柯桥区2021年财政', '预算执行情况及2022年财政', '预算草案的报告', '——2022年1月5日在绍兴市柯桥区第三届人民代表大会第一次会议上', '绍兴市柯桥区财政局局长 王明', '各位代表:', '受区人民政府委托,现将柯桥区2021年财政预算执行情况和2022年财政预算草案提请大会审议。'].join('\n');
    expect(read(text).front.title).toBe('关于绍兴市柯桥区2021年财政预算执行情况及2022年财政预算草案的报告');
  });
});

describe('stop 58, blind: a ministry alone where the speaker stands', () => {
  // https://hts.gov.cn/bendixinwen/show.php?itemid=29302
  const report = (signed: string) =>
    [
      '关于2022年中央和地方预算执行情况与2023年中央和地方预算草案的报告',
      '——2023年3月5日在第十四届全国人民代表大会第一次会议上',
      signed,
      '各位代表:',
      '受国务院委托,现将2022年中央和地方预算执行情况与2023年中央和地方预算草案提请十四届全国人大一次会议审查,并请全国政协各位委员提出意见。',
      '一、2022年中央和地方预算执行情况',
      '2022年是党和国家历史上极为重要的一年。',
    ].join('\n');
  test('"财政部" under the occasion: the issuer, no speaker (was: the speaker, read as a name of three characters)', () => {
    const { front } = read(report('财政部'));
    expect(front.issuer).toBe('财政部');
    expect(front.speaker).toBeUndefined();
  });
  test('"审计署" alone there: the issuer too', () => {
    const { front } = read(report('审计署'));
    expect(front.issuer).toBe('审计署');
    expect(front.speaker).toBeUndefined();
  });
  test('"财政部部长 刘昆": the speaker (was: none, the line a paragraph — 部长 no role)', () => {
    expect(read(report('财政部部长 刘昆')).front.speaker).toBe('财政部部长 刘昆');
  });
  test('"审计署审计长 胡泽君": the speaker (was: none, a minister\'s and the auditor-general\'s role unknown)', () => {
    expect(read(report('审计署审计长 胡泽君')).front.speaker).toBe('审计署审计长 胡泽君');
  });
  test('guard: a name alone, "王中毅", stays the speaker', () => {
    expect(read(report('王中毅')).front.speaker).toBe('王中毅');
  });
});

describe('stop 58, blind: an occasion that lost its 年 and 月 and nothing else dates the page', () => {
  // https://www.tzfyw.gov.cn/InfoPub/ArticleView.aspx?ID=7442
  const report = (day: string) =>
    [
      '台州市中级人民法院工作报告',
      '',
      `${day}在台州市`,
      '',
      '第四届人民代表大会第八次会议上',
      '',
      '台州市中级人民法院院长  王中毅',
      '',
      '各位代表:',
      '',
      '现在,我代表台州市中级人民法院向大会报告工作,请予审议,并请市政协委员和其他列席同志提出意见。',
      '',
      '2015年,全市法院在市委领导、市人大及其常委会监督上级法院指导下,各项工作成效明显。',
    ].join('\n');
  test('"2016226日在台州市" / "第四届人民代表大会第八次会议上": dated 2016-02-26, the one reading of its digits, said (was: no date)', () => {
    const page = report('2016226日');
    const { front } = read(page);
    expect(front.date).toBe('2016-02-26');
    expect(front.date_source).toBe('occasion');
    expect(said(page, 'occasion-year').length).toBe(1);
  });
  test('"2021929日": 2021-09-29 (92月 is none)', () => {
    expect(read(report('2021929日')).front.date).toBe('2021-09-29');
  });
  test('guard: "2019123日" reads 1月23日 or 12月3日 — no date without a stamp, the missing date said', () => {
    const page = report('2019123日');
    expect(read(page).front.date).toBeUndefined();
    expect(said(page, 'missing-date').length).toBe(1);
  });
  test('guard: "2016年2月26日" whole stays the occasion\'s date, nothing said of lost marks', () => {
    const page = report('2016年2月26日');
    expect(read(page).front.date).toBe('2016-02-26');
    expect(said(page, 'occasion-year')).toEqual([]);
  });
});

describe('stop 58, blind: a communiqué\'s letter-spaced part heading on a flattened line', () => {
  // https://web.xiaze.org/tjgb/201003/22096.html
  const page = [
    '九江市都昌县2008年国民经济和社会发展统计公报',
    '2008年是国际国内形势复杂多变的一年。一年来,全县上下锐意进取,真抓实干,全县经济社会呈现稳步发展的良好势头。 一、综 合 经济总量日益壮大。2008年全县实现地区生产总值300364万元,比上年增长9.8%。其中第一产业增加值88560万元,增长4.4%。 乡镇经济开创新局面。通过对乡镇简政、放权、让利,乡镇经济迸发活力。乡镇财政收入完成8037万元,占全县财政收入的32%。 二、农 业 农业生产稳定发展。全年粮食总产量46695吨,同比增长0.98%。全年林业增加值10583万元,比上年同期增长1.6%。',
  ].join('\n');
  test('"一、综 合 经济总量日益壮大。…": the heading 一、综合, its paragraph led by 经济总量日益壮大 (was: "一、综" a paragraph, "合经济总量日益壮大。" a bold lead)', () => {
    const { blocks, leads } = read(page);
    expect(blocks).toContain('## 一、综合');
    expect(blocks).toContain('## 二、农业');
    expect(leads).toContain('经济总量日益壮大。');
    expect(blocks.some((b) => b === '一、综' || b.startsWith('合经济'))).toBe(false);
  });
  test('guard: "一、综合 经济总量…" (no spacing inside the name) splits as before', () => {
    const flat = page.replace('一、综 合', '一、综合').replace('二、农 业', '二、农业');
    const { blocks } = read(flat);
    expect(blocks).toContain('## 一、综合');
    expect(blocks).toContain('## 二、农业');
  });
});

describe('stop 58, blind: a site\'s pointer to more of it under the text', () => {
  test('"更多精彩资讯请关注tft每日頭條,我们将持续为您更新最新资讯!": removed and said (was: the last paragraph; m.tftnews.com)', () => {
    // https://m.tftnews.com/news3816003
    const page = ['白皮書,是國家公開發布有關政策、法令等重大問題的文件或報告書,封面為白色。世界上許多國家采用這種方式公開發表官方文書。', '更多精彩资讯请关注tft每日頭條,我们将持续为您更新最新资讯!'].join('\n');
    const { blocks } = read(page);
    expect(blocks.some((b) => b.includes('更多精彩'))).toBe(false);
    expect(said(page, 'home-link').length).toBe(1);
  });
  test('"更多內容請查看“經點問答”專欄": removed too (mayste.cn)', () => {
    // http://mayste.cn/rolling/201809/25/t20180925_30376993.shtml
    const page = ['白皮書是政府或議會正式發表的以白色封面裝幀的重要文件或報告書的別稱。作為一種官方文件,代表政府立場。', '更多內容請查看“經點問答”專欄', '(責任編輯:馬欣)'].join('\n');
    expect(read(page).blocks.some((b) => b.includes('更多內容'))).toBe(false);
  });
  test('guard: a report\'s sentence opening with 更多 stays text', () => {
    const page = ['各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。', '更多优质资源向基层倾斜,请各级政府关注落实,确保群众得实惠。'].join('\n');
    expect(read(page).blocks.some((b) => b.startsWith('更多优质资源'))).toBe(true);
  });
});

describe('stop 58, blind: two rates run together, the mark between them lost', () => {
  // https://www.tzfyw.gov.cn/InfoPub/ArticleView.aspx?ID=7442
  const page = (figures: string) =>
    [
      '台州市中级人民法院工作报告',
      '——2016年2月26日在台州市第四届人民代表大会第八次会议上',
      '台州市中级人民法院院长 王中毅',
      '各位代表:',
      '现在,我代表台州市中级人民法院向大会报告工作,请予审议。',
      `全市法院新收各类案件136255件,办结130576件,分别上升${figures};中院新收6955件,办结6556件。`,
    ].join('\n');
  test('"分别上升16%14.1%;": said at its paragraph, nothing written back (was: silent)', () => {
    const text = page('16%14.1%');
    const lost = said(text, 'lost-marks');
    expect(lost.length).toBe(1);
    expect(lost[0].reason).toContain('16%14.1%');
    expect(read(text).blocks.some((b) => b.includes('分别上升16%14.1%;') || b.includes('分别上升16%14.1%；'))).toBe(true);
  });
  test('guard: "分别上升16%和14.1%", "16%、14.1%" say nothing', () => {
    expect(said(page('16%和14.1%'), 'lost-marks')).toEqual([]);
    expect(said(page('16%、14.1%'), 'lost-marks')).toEqual([]);
  });
});
