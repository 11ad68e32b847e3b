/**
 * Stop 58's consistency pass across the reviewed new-user rounds (helper review58; each round's README "Review (stop 58)"):
 * the same Chinese rendered alike where it is the same term, and the decision in the term base with its source.
 * - 主任、（各位）副主任 opening a report to a local people's congress's standing committee: "Director, Deputy Directors", the
 *   local congresses' own English (was: rounds 25 and 26 "Chairman, Vice Chairpersons", rounds 33, 34 and 35 "Director").
 * - 列席人员 (and 列席会议的同志) in the formula that asks their comments on a report: the term base's "non-voting delegates"
 *   (was: rounds 6 and 7 "nonvoting participants", rounds 4, 5, 14, 19, 22, 33 "non-voting delegates").
 * Guards: the NPC Standing Committee's own 委员长 stays "Chairman" (round 36); a report's own published English keeps its words
 * (round 18, Jiaxing's); 列席常委会会议 (deputies sitting in on a standing committee, round 23) is not this term.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../pipeline/glossary/index.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const root = path.join(import.meta.dirname, '..');

interface Report {
  round: string;
  slug: string;
  zh: Map<string, string>;
  en: Map<string, string>;
  enFile: string;
}

const blocks = (markdown: string) => {
  const map = new Map<string, string>();
  for (const line of markdown.split('\n')) {
    const match = /^(.*?)\s*\{#([a-z]+-[0-9a-f]+)[^}]*\}$/u.exec(line);
    if (match) map.set(match[2], match[1]);
  }
  return map;
};

/** (stop 60) The reviewed rounds: those whose README has a "## Review" section — a round just translated (round 40, landed
 * while stop 60 ran) is its translator's until a second translator reviews it, as the pass's script reads them too. */
const reviewed = (name: string) => /^## Review/mu.test(readFileSync(path.join(fixtures, name, 'README.md'), 'utf8'));
const reports: Report[] = readdirSync(fixtures)
  .filter((name) => /^newuser-round\d+$/u.test(name) && existsSync(path.join(fixtures, name, 'content/reports')) && reviewed(name))
  .flatMap((name) =>
    readdirSync(path.join(fixtures, name, 'content/reports'))
      .filter((slug) => existsSync(path.join(fixtures, name, 'content/reports', slug, 'en.md')))
      .map((slug) => {
        const dir = path.join(fixtures, name, 'content/reports', slug);
        const enFile = readFileSync(path.join(dir, 'en.md'), 'utf8');
        return { round: name.replace('newuser-round', ''), slug, zh: blocks(readFileSync(path.join(dir, 'zh.md'), 'utf8')), en: blocks(enFile), enFile };
      }),
  );

/** The blocks of every report whose Chinese matches `pattern`: round, id, Chinese, English. */
const where = (pattern: RegExp) =>
  reports.flatMap((r) => [...r.zh].filter(([, zh]) => pattern.test(zh)).map(([id, zh]) => ({ round: r.round, id, zh, en: r.en.get(id) ?? '', official: /^translation: (?:partly )?official$/mu.test(r.enFile) })));

describe('the reviewed rounds render one term alike (stop 58)', () => {
  it('主任、副主任 opening a report to a local standing committee: "Director, Deputy Directors" in every round (was: 25 and 26 "Chairman")', () => {
    const salutations = where(/^主任[，、,]\s*(?:各位)?副主任/u);
    expect(salutations.map((s) => s.round).sort()).toEqual(['25', '26', '33', '34', '35']);
    // (round 33's report goes to the congress itself: "Director, Deputy Directors and Fellow Deputies")
    for (const s of salutations) expect(`${s.round} ${s.en}`).toMatch(new RegExp(`^${s.round} Director, Deputy Directors\\b`, 'u'));
    expect(salutations.filter((s) => /Chairman|Vice Chair/u.test(s.en))).toEqual([]);
  });

  it('列席人员 asked for comments: the term base’s "non-voting delegates" in every round with no published English of its own (was: 6 and 7 "nonvoting participants")', () => {
    const formula = where(/列席(?:人员|会议的同志|同志)提出意见/u);
    const translated = formula.filter((f) => !f.official);
    expect(translated.map((f) => f.round).sort((a, b) => Number(a) - Number(b))).toEqual(['4', '5', '6', '7', '14', '19', '22', '33', '40']); // 40: reviewed at stop 61
    for (const f of translated) {
      expect(`${f.round} ${f.en}`).toMatch(/non-voting delegates/u);
      expect(`${f.round} ${f.en}`).not.toMatch(/nonvoting participants/u);
    }
  });

  it('guards: the NPC’s 委员长 stays "Chairman"; Jiaxing’s own English keeps its words; 列席常委会会议 is not the term', () => {
    const chairman = where(/委员长审定/u);
    expect(chairman).toHaveLength(1);
    expect(chairman[0].en).toContain('Chairman Zhao Leji');
    const official = where(/列席(?:人员|会议的同志|同志)提出意见/u).filter((f) => f.official);
    expect(official.map((f) => f.round)).toEqual(['18']);
    expect(official[0].en).toContain('the comrades attending the session without voting rights');
    const standing = where(/列席常委会会议/u);
    expect(standing.map((s) => s.round)).toEqual(['23']);
    expect(standing[0].en).toContain('attend Standing Committee sessions as nonvoting participants');
  });

  it('the term base holds both decisions with their sources', () => {
    const { glossary } = parseGlossary(readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8'), 'content/glossary.yaml');
    const director = glossary.entries.find((e) => e.zh === '人大常委会主任');
    expect(director?.en).toBe("Director of the Standing Committee of the People's Congress");
    expect(director?.source).toMatch(/newsgd\.com[\s\S]*en\.sx\.gov\.cn/u);
    expect(director?.note_en).toMatch(/Chairman \(委员长\)/u);
    const attending = glossary.entries.find((e) => e.zh === '列席人员');
    expect(attending?.en).toBe('non-voting delegates');
    expect(attending?.source).toMatch(/english\.zj\.gov\.cn[\s\S]*as non-voting delegates/u);
  });
});

/**
 * Stop 59's pass (helper review59; the rounds' READMEs "Review (stop 59)"): a script over every reviewed round's en.md listed,
 * for each term of the term base, the English each block gives it (/work/review59/consist.mts, in the BENCHMARKS section).
 * - 新发展格局: the term base's "the new pattern of development" (was: round 4 "the new development pattern", a variant; rounds
 *   5, 15, 28 the term base's).
 * - 坚强领导 (not a term, a formula of every report): "strong leadership" (was: round 38 "firm leadership"; nine rounds and the
 *   SPC's own English, round 20, "strong leadership").
 * Guards: 常委会 naming one congress's committee is capitalised in every translated round (the SPC's own English keeps "its
 * standing committee"); 人民群众 is "the people" in every round that has it; 高质量发展 "high-quality development" everywhere.
 */
describe('the reviewed rounds render one term alike (stop 59)', () => {
  it('新发展格局: "the new pattern of development" in every round (was: round 4 "the new development pattern")', () => {
    const pattern = where(/新发展格局/u);
    expect(pattern.map((p) => p.round).sort((a, b) => Number(a) - Number(b))).toEqual(['4', '5', '15', '28']);
    for (const p of pattern) expect(`${p.round} ${p.en}`).toMatch(/the new pattern of development/u);
    expect(pattern.filter((p) => /new development pattern/u.test(p.en))).toEqual([]);
  });

  it('坚强领导: "strong leadership" in every round (was: round 38 "firm leadership")', () => {
    const leadership = where(/坚强领导/u);
    expect(leadership.length).toBeGreaterThanOrEqual(10);
    expect(leadership.map((l) => l.round)).toContain('38');
    for (const l of leadership) expect(`${l.round} ${l.en}`).toMatch(/\bstrong leadership\b/u);
  });

  it('guards: 常委会 of one congress capitalised where translated, the SPC’s own English kept; 人民群众 the people; 高质量发展 high-quality development', () => {
    const named = where(/(?:人大及其常委会|人民代表大会及其常委会|人大常委会|全国人民代表大会常务委员会)/u).filter((s) => !/委常委会/u.test(s.zh));
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const s of named.filter((n) => !n.official)) expect(`${s.round} ${s.en}`).toMatch(/Standing Committee/u);
    const spc = named.filter((n) => n.official);
    expect(spc.map((s) => s.round)).toEqual(['20']);
    expect(spc[0].en).toContain('the National People\'s Congress (NPC) and its standing committee');
    const people = where(/人民群众/u);
    expect(people.length).toBeGreaterThanOrEqual(5);
    for (const p of people) expect(`${p.round} ${p.en}`).toMatch(/\bpeople\b/u);
    const quality = where(/高质量发展/u);
    expect(quality.length).toBeGreaterThanOrEqual(15);
    for (const q of quality) expect(`${q.round} ${q.en}`).toMatch(/high-quality (?:[a-z]+ and [a-z]+ )?development|high-quality development/u);
  });
});

/**
 * Stop 60's pass (helper review60; the rounds' READMEs "Review (stop 60)"): 地区生产总值 (and the short 生产总值 of a place) is
 * "GDP", as the local governments' own English editions (Beijing, Shanghai, Chongqing) and the provincial statistics bureaus'
 * communiqués in English (Zhejiang's) say it; the NBS's "gross regional product" names the figure in its yearbook's tables by
 * region and stays a variant. Was: rounds 15, 22, 28 "gross regional product"/"GRP", round 33 "Gross regional product (GDP)";
 * rounds 5 and 18 (Jiaxing's own English) "GDP"/"gross domestic product"; the term base's approved rendering "gross regional
 * product".
 */
describe('the reviewed rounds render one term alike (stop 60)', () => {
  it('地区生产总值: "GDP" in every round, "gross domestic product" where spelt out (was: rounds 15, 22, 28, 33 "gross regional product", "GRP")', () => {
    const gdp = where(/(?<!国内)生产总值/u);
    expect(gdp.map((g) => g.round).sort((a, b) => Number(a) - Number(b))).toEqual(expect.arrayContaining(['5', '15', '18', '22', '28', '33']));
    for (const g of gdp) expect(`${g.round} ${g.en}`).toMatch(/\bGDP\b|gross domestic product/iu);
    expect(gdp.filter((g) => /gross regional product|\bGRP\b/iu.test(g.en)).map((g) => `${g.round}#${g.id}`)).toEqual([]);
  });

  it('the term base holds the decision with its sources: "gross domestic product" (GDP) approved, "gross regional product" a variant', () => {
    const { glossary } = parseGlossary(readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8'), 'content/glossary.yaml');
    const entry = glossary.entries.find((e) => e.zh === '地区生产总值');
    // spelt out: 国内生产总值's approved rendering is "GDP" (one `en` per entry, `duplicate-en`)
    expect(entry?.en).toBe('gross domestic product');
    expect(entry?.variants).toEqual(expect.arrayContaining(['GDP', 'gross regional product', 'GRP']));
    expect(entry?.source).toMatch(/english\.beijing\.gov\.cn[\s\S]*stcsm\.sh\.gov\.cn[\s\S]*en\.cq\.gov\.cn[\s\S]*zj\.gov\.cn[\s\S]*stats\.gov\.cn/u);
  });

  it('政协委员 in the formula asking for comments: the named committee capitalised in every round (was: rounds 4 and 22 “the county committee”)', () => {
    const formula = where(/政协委员[^。]*提出意见/u).filter((f) => /提请|请予审议|请大会|向大会/u.test(f.zh));
    expect(formula.map((f) => f.round).sort((a, b) => Number(a) - Number(b))).toEqual(expect.arrayContaining(['4', '5', '6', '7', '15', '18', '22']));
    for (const f of formula) expect(`${f.round} ${f.en}`).toMatch(/\b(?:County|District|Municipal|Provincial) Committee of the (?:Chinese People's Political Consultative Conference|CPPCC)/u);
    expect(formula.filter((f) => /\b(?:county|district|municipal|provincial) committee of the/u.test(f.en)).map((f) => f.round)).toEqual([]);
  });

  it('guards: the national 国内生产总值 is no instance; the SPC’s and Jiaxing’s published English keep their words', () => {
    const national = where(/国内生产总值/u);
    for (const n of national) expect(`${n.round} ${n.en}`).toMatch(/\bGDP\b|gross domestic product/iu);
    const jiaxing = where(/(?<!国内)生产总值/u).filter((g) => g.official);
    expect(jiaxing.map((g) => g.round)).toEqual(['18']);
    expect(jiaxing[0].en).toContain('The city’s gross domestic product reached 756.95 billion yuan');
  });
});

/**
 * Stop 61's pass (helper review61; the rounds' READMEs "Review (stop 61)"): round 40, reviewed, joins the reviewed rounds, its
 * 地区生产总值 "gross domestic product (GDP)" and its 县政协委员 the named committee; the formula's 政协委员 is also written
 * 县政协各位委员 (round 33, which stop 60's pattern did not read: "the members of the county committee of the CPPCC"). The CPPCC's
 * own English names a local committee by its place and level ("the CPPCC Sichuan Provincial Committee as well as the CPPCC
 * Chengdu and Deyang municipal committees", en.cppcc.gov.cn), as the term base's entry now cites.
 */
describe('the reviewed rounds render one term alike (stop 61)', () => {
  it('政协（各位）委员 in the formula asking for comments: the named committee in every round, 33 and 40 among them (was: round 33 “the county committee of the CPPCC”, round 40 “the county’s CPPCC members”)', () => {
    const formula = where(/政协(?:各位)?委员[^。]*提出意见/u).filter((f) => /提请|请予审议|请大会|向大会/u.test(f.zh));
    // 20: the SPC's own English, 全国政协各位委员 "the members of the National Committee of the …"
    expect(formula.map((f) => f.round)).toEqual(expect.arrayContaining(['20', '33', '40']));
    for (const f of formula) expect(`${f.round} ${f.en}`).toMatch(/\b(?:County|District|Municipal|Provincial|National) Committee of the (?:Chinese People's Political Consultative Conference|CPPCC)/u);
    expect(formula.filter((f) => /\b(?:county|district|municipal|provincial|national) committee of the|\bcounty's CPPCC members/u.test(f.en)).map((f) => f.round)).toEqual([]);
  });

  it('地区生产总值 in round 40: "gross domestic product (GDP)", as in every reviewed round (was: "Gross regional product")', () => {
    const gdp = where(/(?<!国内)生产总值/u).filter((g) => g.round === '40');
    expect(gdp.map((g) => g.id)).toEqual(['p-2a1191']);
    expect(gdp[0].en).toContain('Gross domestic product (GDP) reached 10.585 billion yuan');
  });

  it('the term base’s 政协委员 cites the CPPCC’s own English for a local committee', () => {
    const { glossary } = parseGlossary(readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8'), 'content/glossary.yaml');
    expect(glossary.entries.find((e) => e.zh === '政协委员')?.source).toMatch(/en\.cppcc\.gov\.cn\/2021-04\/27\/c_629877\.htm/u);
  });
});
