/**
 * The gazetteer of the report's year (places.ts, issuer-places round 2): a report names its places as they were when
 * it was made (株洲县 until 2018, 襄樊 until 2010, 开县 until 2016), and the issuer is named so. Each test names what ingest
 * did before ("was: …"); guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { type IssuerNote, issuerOf } from '../pipeline/ingest/issuer.ts';
import { gazetteer } from '../pipeline/model/places.ts';
import { readIngested } from './ingest-helpers.ts';

const county = '各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n';
const city = '各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n';

describe('places of the report\'s year', () => {
  test('a county gone since (株洲县, a district since 2018) is found in a report of 2006 (was: none — not in the current list)', () => {
    expect(issuerOf({ body: `${county}过去一年，全县上下齐心协力，株洲县经济发展迈上新台阶。`, year: 2006 })).toBe('株洲县人民政府');
  });

  test('a city renamed (襄樊, 襄阳 since 2010) is named as it was then (was: none)', () => {
    expect(issuerOf({ body: `${city}过去一年，全市上下推动襄樊跨越式发展。`, year: 2008 })).toBe('襄樊市人民政府');
  });

  test('the year of a renaming knows both names (开县 in the list of 2015, 开州区 in 2016\'s) — 开县 after its city, as a one-character name must be', () => {
    const names = (year: number) => gazetteer(year).places.filter((p) => p.parent?.name === '重庆市' && /^开(?:县|州区)$/u.test(p.name)).map((p) => p.name).sort();
    expect(names(2015)).toEqual(['开县']);
    expect(names(2016)).toEqual(['开县', '开州区']);
    expect(names(2020)).toEqual(['开州区']);
    expect(issuerOf({ body: `${county}过去一年，全县上下推动重庆市开县经济社会发展。`, year: 2015 })).toBe('重庆市开县人民政府');
  });

  test('2017–2022: the current divisions and the names of 2016 gone since (株洲县 in a report of 2018)', () => {
    expect(issuerOf({ body: `${county}过去一年，全县上下齐心协力，株洲县经济发展迈上新台阶。`, year: 2018 })).toBe('株洲县人民政府');
  });

  test('an ingested page: the year of its date reads its places (株洲县, 2006) (was: no issuer)', () => {
    const page = `政府工作报告\n——2006年1月10日在县第十四届人民代表大会第一次会议上\n${county}过去一年，全县上下齐心协力，株洲县经济发展迈上新台阶。`;
    const { front } = readIngested(page, 'page.txt', { clean: false });
    expect(front.issuer).toBe('株洲县人民政府');
  });

  test('guard: a name gone before the report\'s year names nothing (襄樊 in 2012, 株洲县 in 2024), nor with no year', () => {
    expect(issuerOf({ body: `${city}过去一年，全市上下推动襄樊跨越式发展。`, year: 2012 })).toBeUndefined();
    expect(issuerOf({ body: `${county}过去一年，全县上下齐心协力，株洲县经济发展迈上新台阶。`, year: 2024 })).toBeUndefined();
    expect(issuerOf({ body: `${county}过去一年，全县上下齐心协力，株洲县经济发展迈上新台阶。` })).toBeUndefined();
  });

  test('guard: 台湾, 香港 and 澳门 of the old lists are no report\'s own province (was: 台湾省 a candidate beside 福建)', () => {
    const body = '各位代表：我代表省人民政府向大会报告工作。\n过去一年，全省上下推动福建发展。台湾同胞来闽投资增加，台湾农民创业园建设加快。';
    expect(issuerOf({ body, year: 2008 })).toBe('福建省人民政府');
    expect(gazetteer(2008).places.filter((p) => p.level === 'province')).toHaveLength(31);
  });

  test('a prefecture-level city with no counties (东莞, 中山, 儋州) is one place, not a county of itself (was: 东莞市 listed twice, a homonym)', () => {
    expect(gazetteer().places.filter((p) => p.name === '东莞市')).toHaveLength(1);
    expect(issuerOf({ body: `${city}过去一年，全市上下推动东莞高质量发展。` })).toBe('东莞市人民政府');
  });
});

describe('the place named as the page prints it', () => {
  test('a page in traditional characters: 信陽 → 信陽市人民政府, 開陽 and 縣 → 開陽縣人民政府 (was: 信阳市, the list\'s simplified name — perturbation study, ha-xinyang-2020)', () => {
    expect(issuerOf({ body: '各位代表：我代表市人民政府向大會報告工作。\n2019年是信陽發展史上具有里程碑意義的一年。' })).toBe('信陽市人民政府');
    expect(issuerOf({ body: '各位代表：我代表縣人民政府向大會報告工作。\n過去一年，全縣上下推動開陽高質量發展，開陽經濟穩中有進。' })).toBe('開陽縣人民政府');
  });

  test('guard: a homonym or a generic name keeps its parent\'s name before it (福州市鼓楼区, 阳泉市城区), a simplified page its simplified name', () => {
    expect(issuerOf({ body: '各位代表：我代表区人民政府向大会报告工作。\n在福州市委的坚强领导下，鼓楼区经济平稳，鼓楼区民生改善。' })).toBe('福州市鼓楼区人民政府');
    expect(issuerOf({ body: '各位代表：我代表区人民政府向大会报告工作。\n全区推进阳泉市城区高质量发展。' })).toBe('阳泉市城区人民政府');
    expect(issuerOf({ body: `${city}2019年是信阳发展史上具有里程碑意义的一年。` })).toBe('信阳市人民政府');
  });
});

describe('a city and a city within it', () => {
  test('苏州 in its own committee (在中共苏州市委的正确领导下) and 昆山 once in passing → 苏州市人民政府 (was: neither, one within the other — perturbation study, js-suzhou-2022)', () => {
    const body = `${city}一年来，我们在中共苏州市委的正确领导下，苏州经济稳中有进。昆山连续17年位居全国百强县第一。`;
    expect(issuerOf({ body })).toBe('苏州市人民政府');
  });

  test('both named firmly: the level the leadership phrase gives — 在嘉兴市委、市政府和市委 (a city under a city) → 平湖市; 在省委、省政府和市委 → 嘉兴市 (was: neither)', () => {
    const both = '平湖经济增长，平湖民生改善。嘉兴港区建设加快，嘉兴电厂扩建。';
    expect(issuerOf({ body: `${city}我们在嘉兴市委、市政府和市委的坚强领导下，扎实推进各项工作。${both}` })).toBe('平湖市人民政府');
    expect(issuerOf({ body: `${city}我们在省委、省政府和市委的坚强领导下，扎实推进各项工作。${both}` })).toBe('嘉兴市人民政府');
  });

  test('guard: a city of the other level than the leadership phrase gives is not taken — 嘉兴 in 在嘉兴市委、市政府和市委…，全市…, 昆山 under 在省委、省政府和市委 (was: 嘉兴市 for 平湖\'s report)', () => {
    expect(issuerOf({ body: `${city}我们在嘉兴市委、市政府和市委的坚强领导下，全市经济稳中有进。` })).toBeUndefined();
    expect(issuerOf({ body: `${city}我们在省委、省政府和市委的坚强领导下，扎实推进各项工作。昆山经济增长，昆山民生改善。` })).toBeUndefined();
  });

  test('guard: with no leadership phrase and no own position, a city and a city within it still give neither (嘉兴 twice, 平湖 once)', () => {
    expect(issuerOf({ body: `${city}全年经济增长7.3%（不含嘉兴港区、嘉兴电厂）。平湖市人民政府代市长周军波。` })).toBeUndefined();
  });
});

describe('a district as the page names it', () => {
  test('right after its city\'s full name (武汉市汉阳区) → 武汉市汉阳区人民政府, as the corpus names a district the page prints so (was: 汉阳区人民政府)', () => {
    expect(issuerOf({ body: '各位代表：我代表区人民政府向大会报告工作。\n全区上下推动武汉市汉阳区高质量发展，汉阳经济稳中有进。' })).toBe('武汉市汉阳区人民政府');
  });

  test('guard: alone, or after its city\'s short name (武汉汉阳区), the district alone (汉阳区人民政府)', () => {
    expect(issuerOf({ body: '各位代表：我代表区人民政府向大会报告工作。\n全区上下推动汉阳区高质量发展，汉阳经济稳中有进。' })).toBe('汉阳区人民政府');
    expect(issuerOf({ body: '各位代表：我代表区人民政府向大会报告工作。\n全区上下推动武汉汉阳区高质量发展，汉阳经济稳中有进。' })).toBe('汉阳区人民政府');
  });
});

describe('the text scanned once a page', () => {
  test('a unit reached two ways (the speaker\'s court and 我代表…法院) is said once (was: the same warning twice)', () => {
    const notes: IssuerNote[] = [];
    const body = '各位代表：我代表市中级人民法院向大会报告工作。\n全市上下推进大连发展。沈阳经济增长，沈阳人口增加。';
    expect(issuerOf({ speaker: '市中级人民法院院长 张三', body }, notes)).toBeUndefined();
    expect(notes).toHaveLength(1);
  });
});

describe('more positions only the report\'s own place takes', () => {
  test('the General Secretary\'s words to it (总书记对广东、深圳…重要讲话; 对山东、对青岛工作的重要指示) → 深圳市, 青岛市 (was: none — once, no 全市 sentence; perturbation study: gd-shenzhen-2022, sd-qingdao-2022, bj-beijing-2025)', () => {
    expect(issuerOf({ body: `${city}我们深入贯彻习近平总书记对广东、深圳系列重要讲话和重要指示批示精神。` })).toBe('深圳市人民政府');
    expect(issuerOf({ body: `${city}我们深入贯彻落实习近平总书记对山东、对青岛工作的重要指示要求。` })).toBe('青岛市人民政府');
  });

  test('its share in a national cause (贡献了“北京力量”, 扛起了海口担当, 中国式现代化尉犁实践) → 北京市, 海口市, 尉犁县 (was: none; perturbation study)', () => {
    expect(issuerOf({ body: `${city}自主研发的两支疫苗为全球抗疫贡献了“北京力量”。` })).toBe('北京市人民政府');
    expect(issuerOf({ body: `${city}在海南自贸港建设中扛起了海口担当。` })).toBe('海口市人民政府');
    expect(issuerOf({ body: `${county}推进中国式现代化尉犁实践迈出坚实步伐。` })).toBe('尉犁县人民政府');
  });

  test('guards: the province in those words is no city\'s or county\'s place; a superior city there is not a county-level city\'s report\'s own (the level from the leadership phrase)', () => {
    expect(issuerOf({ body: `${city}我们深入贯彻习近平总书记对广东系列重要讲话和重要指示精神。` })).toBeUndefined();
    expect(issuerOf({ body: `${county}我们坚决落实习近平总书记对内蒙古的重要讲话和重要指示批示精神。` })).toBeUndefined();
    expect(issuerOf({ body: `${city}我们在嘉兴市委、市政府和市委的坚强领导下，深入贯彻习近平总书记对浙江、对嘉兴工作的重要指示。` })).toBeUndefined();
    expect(issuerOf({ body: `${city}我们凝聚各方力量，贡献了智慧。` })).toBeUndefined();
  });
});

describe('guards: homonyms in the lists of past years', () => {
  test('鼓楼区 (four cities in every list) needs its city in 2010 too; 通州区 in 2006 is Beijing\'s alone (Nantong\'s was 通州市 until 2009), so a district report naming 通州区 twice takes it', () => {
    const district = '各位代表：我代表区人民政府向大会报告工作。\n';
    expect(issuerOf({ body: `${district}鼓楼区经济平稳，鼓楼区民生改善。`, year: 2010 })).toBeUndefined();
    expect(issuerOf({ body: `${district}在福州市委的坚强领导下，鼓楼区经济平稳，鼓楼区民生改善。`, year: 2010 })).toBe('福州市鼓楼区人民政府');
    expect(gazetteer(2006).places.filter((p) => p.name === '通州区').map((p) => p.parent?.name)).toEqual(['北京市']);
    expect(gazetteer(2006).places.filter((p) => p.name === '通州市').map((p) => p.parent?.name)).toEqual(['南通市']);
    expect(issuerOf({ body: `${district}通州区经济平稳，通州区民生改善。`, year: 2006 })).toBe('通州区人民政府');
    expect(issuerOf({ body: `${district}通州区经济平稳，通州区民生改善。` })).toBeUndefined();
  });
});
