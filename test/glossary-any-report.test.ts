/**
 * The term base serves the NEXT report, not only the first publication (stop 46). Its notes were written beside the
 * Haidian 2021 excerpt, and some read as if every report were a Beijing district's ("Haidian introduced the system",
 * "the figure in the report", "Here, Beijing's own regulations"); and it had no entry for the vocabulary every report
 * is made of — 各位代表, 政府工作报告, 常委会, 人大代表, 政协委员, 提案, the four budgets, the court's and the
 * procuratorate's names. Where a term reads otherwise in a national report, the entry's national note says so (the
 * level mechanism, glossary/report-level.ts), not a Haidian wording.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate, createMatcher, glossaryForReport, loadGlossary } from '../pipeline/glossary/index.ts';
import { loadPublication } from '../pipeline/model/index.ts';

const root = path.join(import.meta.dirname, '..');
const { glossary } = await loadGlossary(path.join(root, 'content/glossary.yaml'));
const matcher = createMatcher(glossary);
const ids = (text: string) => matcher.findZh(text).map((o) => o.termId);

/** Entries whose term names Haidian or one of its programmes: their notes may name the district. */
const haidianTerms: Record<string, string> = {
  'jian-kang-hai-dian': '健康海淀, Haidian\'s own programme',
  'ping-an-hai-dian': '平安海淀',
  'fa-zhi-hai-dian': '法治海淀',
  'zhong-guan-cun-ke-xue-cheng': 'Zhongguancun Science City lies in Haidian',
  'yi-wang-yi-ku-si-ping-tai': 'Haidian\'s waste-sorting system, named only in its report',
};
const notes = (entry: (typeof glossary.entries)[number]) =>
  [entry.note_en, entry.note_zh, entry.note_en_national, entry.note_zh_national].filter((n): n is string => Boolean(n));

describe('every note holds for a report of any place (was: written for Haidian 2021)', () => {
  it('names Haidian only where the term itself is Haidian\'s', () => {
    const naming = glossary.entries.filter((entry) => notes(entry).some((note) => /Haidian|海淀/.test(note))).map((e) => e.id);
    expect(naming.sort()).toEqual(Object.keys(haidianTerms).sort());
  });

  it('does not point at one report\'s figures or wording ("the figure in the report", "Here, Beijing\'s …", 报告中…)', () => {
    const pointing = /\b(?:in|of) the report\b(?! (?:on|to) )|\bthe report (?:says|gives|writes)|^Here\b|此处指《|报告说|报告给出了|报告中的(?:数字|“)/;
    const found = glossary.entries.flatMap((entry) => notes(entry).filter((note) => pointing.test(note)).map((note) => `${entry.id}: ${note}`));
    expect(found).toEqual([]);
  });

  it('gives the levels their own facts: a standing committee only from county level up, a CPPCC committee only down to the county', () => {
    const renDa = glossary.byId.get('ren-da')!;
    expect(renDa.note_en).toMatch(/county level and above have a standing committee/);
    expect(renDa.note_zh).toMatch(/县级以上人大设常务委员会/);
    expect(glossary.byId.get('chang-wei-hui')!.note_en).toMatch(/at county level and above/);
    expect(glossary.byId.get('zheng-xie')!.note_en).toMatch(/committees at national, provincial, city and county level/);
    expect(glossary.byId.get('zheng-xie')!.note_en).not.toMatch(/at each level/);
  });
});

describe('the vocabulary of the reports themselves', () => {
  it('a local government report\'s opening: the salutation, the government, the CPPCC members and the non-voting delegates', () => {
    expect(ids('各位代表：现在，我代表市人民政府，向大会报告政府工作，请予审议，并请市政协委员和其他列席人员提出意见。')).toEqual([
      'ge-wei-dai-biao',
      'ren-min-zheng-fu',
      'zheng-xie-wei-yuan',
      'lie-xi-ren-yuan',
    ]);
    // the State Council's (2021 Report on the Work of the Government, /work/shared/reference P04)
    expect(ids('现在,我代表国务院,向大会报告政府工作,请予审议,并请全国政协委员提出意见。')).toEqual(['guo-wu-yuan', 'zheng-xie-wei-yuan']);
    expect(ids('2021年政府工作报告')).toEqual(['zheng-fu-gong-zuo-bao-gao']);
  });

  it('the people\'s congress, its standing committee, its deputies and their suggestions, in every spelling reports use', () => {
    expect(ids('在北京市第十六届人民代表大会第一次会议上')).toEqual(['ren-da']);
    expect(ids('受全国人民代表大会常务委员会委托')).toEqual(['chang-wei-hui']);
    expect(ids('向市人大常委会报告')).toEqual(['chang-wei-hui']);
    expect(ids('自觉接受区人大及其常委会的监督')).toEqual(['ren-da', 'chang-wei-hui']);
    expect(ids('全国人大代表')).toEqual(['ren-da-dai-biao']);
    expect(ids('办理各级人大建议1551件、各级政协提案1268件')).toEqual(['dai-biao-jian-yi', 'zheng-xie', 'ti-an']);
  });

  it('is not found where another body or word is meant', () => {
    // a Party committee's standing committee, the CPPCC's (政协's alias, not the congress's), and 解决 + 算力
    expect(ids('市委常委会会议')).toEqual([]);
    expect(matcher.findZh('全国政协常委会会议').map((o) => [o.termId, o.text])).toEqual([['zheng-xie', '政协常委会']]);
    expect(ids('解决算力瓶颈')).toEqual([]);
    expect(ids('2024年市级决算草案')).toEqual(['jue-suan']);
  });

  it('the four budgets, the plan, the audit, the court and the procuratorate', () => {
    expect(ids('一般公共预算、政府性基金预算、国有资本经营预算、社会保险基金预算')).toEqual([
      'yi-ban-gong-gong-yu-suan',
      'zheng-fu-xing-ji-jin-yu-suan',
      'guo-you-zi-ben-jing-ying-yu-suan',
      'she-hui-bao-xian-ji-jin-yu-suan',
    ]);
    // the longer statistical terms still win
    expect(ids('一般公共预算收入增长5%')).toEqual(['yi-ban-gong-gong-yu-suan-shou-ru']);
    expect(ids('国民经济和社会发展计划执行情况')).toEqual(['guo-min-jing-ji-he-she-hui-fa-zhan-ji-hua']);
    expect(ids('审计工作报告')).toEqual(['shen-ji-gong-zuo-bao-gao']);
    expect(ids('最高人民法院、最高人民检察院')).toEqual(['ren-min-fa-yuan', 'ren-min-jian-cha-yuan']);
  });
});

describe('notes by level: the national note in a national report, the local one elsewhere', () => {
  const national = glossaryForReport(glossary, { title: '', issuer: '全国人民代表大会常务委员会' });
  const local = glossaryForReport(glossary, { title: '', issuer: '浙江省人民政府' });
  const levelled = ['chang-wei-hui', 'ren-da-dai-biao', 'zheng-xie-wei-yuan', 'zheng-fu-gong-zuo-bao-gao', 'ti-an', 'ren-min-fa-yuan', 'ren-min-jian-cha-yuan', 'shen-ji-gong-zuo-bao-gao'];

  it.each(levelled)('%s: a national note and a local one, each in both languages', (id) => {
    const entry = glossary.byId.get(id)!;
    expect(entry.note_en_national && entry.note_zh_national, id).toBeTruthy();
    expect(national.byId.get(id)!.note_en).toBe(entry.note_en_national);
    expect(national.byId.get(id)!.note_zh).toBe(entry.note_zh_national);
    expect(local.byId.get(id)!.note_en).toBe(entry.note_en);
  });

  it('the local notes do not describe the national bodies as the report\'s own, the national ones name them', () => {
    expect(local.byId.get('chang-wei-hui')!.note_en).not.toMatch(/NPC|National People's Congress/);
    expect(national.byId.get('chang-wei-hui')!.note_en).toMatch(/^The NPC Standing Committee/);
    expect(national.byId.get('zheng-fu-gong-zuo-bao-gao')!.note_en).toMatch(/Premier .* State Council/);
    expect(local.byId.get('zheng-fu-gong-zuo-bao-gao')!.note_en).toMatch(/governor, mayor, or county, district or township head/);
    expect(national.byId.get('ren-min-fa-yuan')!.note_en).toMatch(/Supreme People's Court/);
    expect(local.byId.get('ren-min-fa-yuan')!.note_en).not.toMatch(/Supreme/);
  });
});

describe('Haidian 2021, the first publication, now notes the report vocabulary it uses', () => {
  it('the standing committee, the deputies\' suggestions, the CPPCC proposals, the State Council, the Party Central Committee, General Secretary Xi Jinping', async () => {
    const { publication } = await loadPublication({ dir: path.join(root, 'content/reports/haidian-2021') });
    const { notes: uses } = annotate(publication, glossary, matcher);
    const noted = new Set(uses.map((n) => n.termId));
    for (const id of ['chang-wei-hui', 'dai-biao-jian-yi', 'ti-an', 'guo-wu-yuan', 'dang-zhong-yang', 'xi-jin-ping-zong-shu-ji']) expect(noted.has(id), id).toBe(true);
    // and on the English, where Haidian's translation uses the approved rendering or a variant
    expect(uses.filter((n) => n.termId === 'chang-wei-hui').length).toBeGreaterThan(0);
  });
});
