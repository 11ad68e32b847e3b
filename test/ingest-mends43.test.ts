/**
 * Known ingest gaps of stop 42 closed in stop 43 (helper mends43), each by a general rule; each test's name says what ingest
 * did before ("was: …"). Guards (precision) are named as such. The pages are written in the shape of those found (their
 * addresses given), not copied.
 */
import { describe, expect, test } from 'vitest';
import { readIngested, said } from './ingest-helpers.ts';

describe('a Party congress\'s report titled by the congress\'s theme', () => {
  // https://www.tjbh.gov.cn/ZT/contents/1405/532104.html (the lead's blind page of stop 42)
  const page = [
    '勇担新使命 奋进新征程 为全面建设美丽“滨城” 加快打造新时代高质量发展示范区而努力奋斗',
    '发布时间:2021-12-20',
    '各位代表,同志们:',
    '现在,我代表中共天津市滨海新区第三届委员会向大会作报告。',
    '中国共产党天津市滨海新区第四次代表大会,是在全面开启社会主义现代化建设新征程的关键节点召开的一次十分重要的大会。',
    '一、全面总结成绩经验,切实增强继续奋勇前行的信心和力量',
    '区第三次党代会以来,区委团结带领全区上下,坚持以习近平新时代中国特色社会主义思想为指导。',
  ].join('\n');

  test('the theme is the title, the committee without its term the issuer (was: the theme removed as the page\'s head, no issuer)', () => {
    const { front, rules } = readIngested(page, 'page.txt', { clean: false });
    expect(front.title).toBe('勇担新使命奋进新征程为全面建设美丽“滨城”加快打造新时代高质量发展示范区而努力奋斗');
    expect(front.issuer).toBe('中共天津市滨海新区委员会');
    expect(rules).not.toContain('page-head');
  });

  test('guard: a slogan ending in 奋斗 over a government\'s opening stays the page\'s head; "我代表中共区委" names no issuer', () => {
    const government = page.replace('中共天津市滨海新区第三届委员会', '区人民政府');
    const read = readIngested(government, 'page.txt', { clean: false });
    expect(read.front.title ?? '').toBe('');
    expect(read.rules).toContain('page-head');
    const bare = readIngested(page.replace('中共天津市滨海新区第三届委员会', '中共区委'), 'page.txt', { clean: false });
    expect(bare.front.issuer).toBeUndefined();
    expect(bare.front.title ?? '').toBe('');
  });
});

describe('a title the opening sentence names, the page printing none', () => {
  // http://jkh.gov.cn/jkhq/2026ndz/202601/3ae8002398cf4afcb87fe5281b2b0b1b.shtml (金口河区's 2026 budget report: occasion, speaker, no title)
  const page = [
    '—2026年1月26日在乐山市金口河区第十一届人民代表大会',
    '第七次会议上',
    '乐山市金口河区财政局局长 万 鑫',
    '各位代表:',
    '我受区政府委托,向大会作关于乐山市金口河区2025年预算执行情况和2026年预算草案的报告,请予审查,并请区政协委员和其他列席人员提出意见。',
    '一、2025年预算执行情况',
    '2025年区级一般公共预算收入完成43000万元,同比增长13.67%。',
  ].join('\n');

  test('is the title, said at its place (was: no title)', () => {
    const { front, result } = readIngested(page);
    expect(front.title).toBe('关于乐山市金口河区2025年预算执行情况和2026年预算草案的报告');
    const taken = result.file.messages.filter((m) => m.ruleId === 'title-from-text');
    expect(taken.map((m) => [m.line, m.column])).toEqual([[5, 13]]);
    expect(result.file.messages.some((m) => m.ruleId === 'missing-title')).toBe(false);
  });

  test('guard: a printed title stays; a story\'s third person ("局长万鑫向大会作关于…的报告") names no title', () => {
    const titled = readIngested(`关于2025年预算执行情况和2026年预算草案的报告\n${page}`, 'page.txt', { clean: false });
    expect(titled.front.title).toBe('关于2025年预算执行情况和2026年预算草案的报告');
    const story = readIngested(page.replace('我受区政府委托,向大会作', '区财政局局长万鑫受区政府委托,向大会作'), 'page.txt', { clean: false });
    expect(story.front.title ?? '').toBe('');
  });
});

describe('a court\'s report whose lede names the speaker and the day', () => {
  // https://sjzzhfy.hebeicourt.gov.cn/article/detail/2024/04/id/7911391.shtml (the lead's blind page of stop 42)
  const lede = '1月24日,赞皇县人民法院院长张大为向赞皇县第十七届人民代表大会第五次会议报告法院工作,并接受大会审议。';
  const page = ['赞皇县人民法院2023年度工作报告', lede, '2023年以来,赞皇县人民法院在县委的坚强领导下,坚守司法为民公正司法主线。', '一、坚持能动履职,服务中心大局', '全年收案3902件,结案3721件,结案率95.36%。'].join('\n');

  test('the speaker is read from the lede, said there; the day without a year is quoted by the missing date (was: neither)', () => {
    const { front, result } = readIngested(page);
    expect(front.speaker).toBe('赞皇县人民法院院长 张大为');
    expect(result.file.messages.find((m) => m.ruleId === 'speaker-from-text')?.line).toBe(2);
    const date = result.file.messages.find((m) => m.ruleId === 'missing-date');
    expect(date?.line).toBe(2);
    expect(date?.reason).toContain('with no year');
    expect(front.date).toBeUndefined();
  });

  test('a lede with its year dates the report', () => {
    const { front } = readIngested(page.replace('1月24日', '2024年1月24日'));
    expect(front.date).toBe('2024-01-24');
  });

  test('guard: the speaker\'s own words ("我代表…向大会报告工作") are no lede; a printed speaker stays', () => {
    const own = readIngested(page.replace(lede, '现在,我代表赞皇县人民法院院长张大为向大会报告工作,请予审议。'), 'page.txt', { clean: false });
    expect(own.front.speaker).toBeUndefined();
    const printed = readIngested(page.replace(lede, `院长 王小明\n${lede}`), 'page.txt', { clean: false });
    expect(printed.front.speaker).not.toBe('赞皇县人民法院院长 张大为');
  });
});

describe('a forum post introducing an organisation in the first person', () => {
  // http://bbs.tulufanzx.com/archiver/showtopic-10353.aspx (the lead's blind page of stop 42)
  const post = [
    '你好,我是新疆生产建设兵团,这是我的介绍——',
    '建立',
    '屯垦戍边是中国几千年开发和保卫边疆的历史遗产。中央政府在西域新疆大规模屯垦戍边始于西汉,以后历代沿袭。',
    '新疆生产建设兵团是新疆维吾尔自治区的重要组成部分。兵团承担着国家赋予的屯垦戍边职责。',
    '管理',
    '兵团实行党政军企高度统一的特殊管理体制。',
  ].join('\n');

  test('is said to be another kind of document, at its head (was: only the missing title block\'s fields said)', () => {
    const other = said(post, 'other-document');
    expect(other).toHaveLength(1);
    expect([other[0].line, other[0].column]).toEqual([1, 1]);
    expect(other[0].reason).toContain('first-person introduction');
  });

  test('guard: a report quoting a greeting in its text, and a new-year message\'s "大家好", are not so said', () => {
    const report = '2026年政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n一、2025年工作回顾\n“你好,我是社区网格员”成为群众熟悉的问候。全县地区生产总值增长5.4%。';
    expect(said(report, 'other-document')).toEqual([]);
    const greeting = '同志们、朋友们,大家好!\n2026年新年即将到来,我代表县人大常委会,向全县人民致以新年的美好祝愿。';
    expect(said(greeting, 'other-document')).toEqual([]);
  });
});

describe('the missing issuer asked for as the report\'s own type implies', () => {
  // held-out round 44's court page (http://www.360elib.com:2027/detail.aspx?NewsCode=NC210&NewsId=74955555&OrgId=001): a 江西
  // intermediate court's 2026 report, the city named nowhere on the page
  const court = ['市中级人民法院院长 陈 健', '各位代表:', '现在,我代表市中级人民法院向大会报告工作,请予审议,并请市政协委员和列席会议的同志提出意见。', '2025年主要工作', '2025年,在市委正确领导下,全市法院受理各类案件128497件,审结114773件。'].join('\n');
  const issuer = (text: string) => said(text, 'missing-issuer').map((m) => m.reason);

  test('a court\'s named by its unit alone: …人民法院, and that the page names no place for it (was: "(…人民政府)", nothing of the unit)', () => {
    const [reason] = issuer(court);
    expect(reason).toMatch(/^Unexpected page without a recognisable issuer \(…人民法院\): the report names its body by its unit alone, “市中级人民法院” \(the speaker's role\), and no place for it was found/u);
    expect(reason).toContain('--meta');
  });

  test('a standing committee\'s, a CPPCC committee\'s, a procuratorate\'s and a Party committee\'s report each asks for its own body (was: "(…人民政府)")', () => {
    const opening = (voice: string, head = '') => `${head}各位代表:\n现在,我代表${voice}向大会报告工作,请予审议。\n一、过去一年的主要工作\n一年来,我们坚持依法履职,各项工作取得新成效。`;
    expect(issuer(opening('县人民代表大会常务委员会'))[0]).toMatch(/^Unexpected page without a recognisable issuer \(…人民代表大会常务委员会\): the report names its body by its unit alone, “县人民代表大会常务委员会” \(the opening's “我代表县人民代表大会常务委员会”\)/u);
    expect(issuer(opening('常务委员会', '政协主席 王明\n'))[0]).toContain('(中国人民政治协商会议…委员会常务委员会)');
    expect(issuer(opening('县人民检察院'))[0]).toContain('(…人民检察院)');
    expect(issuer(opening('中共区委'))[0]).toContain('(中共…委员会)');
  });

  test('guard: a government\'s report, or one that names no kind, asks for …人民政府 as before', () => {
    const body = ['各位代表:', '一、过去一年的主要工作', '一年来,全县地区生产总值增长5.4%。'].join('\n');
    expect(issuer(`政府工作报告\n${body}`)[0]).toBe('Unexpected page without a recognisable issuer (…人民政府); add `issuer` to the --meta file or to zh.md');
    expect(issuer(body)[0]).toBe('Unexpected page without a recognisable issuer (…人民政府); add `issuer` to the --meta file or to zh.md');
  });
});
