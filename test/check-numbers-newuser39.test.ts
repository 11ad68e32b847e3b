/**
 * New user, round 39 (test/fixtures/newuser-round39, hsrdw.gov.cn): `number-mismatch` and a village's or community's name
 * that opens with a numeral — 金山街道四棵村 (Sike Village, Jinshan Subdistrict) in Huangshi's investigation report. Below the
 * gazetteer's counties (check-numbers-places.test.ts), such names are many: 三里屯, 八里庄, 五里店村, 二道沟社区. Was: “Missing
 * number `four (or 4)` (Chinese `四`)”, and `xliff import` refused the translation for "Sike Village" (pipeline/check/numbers/zh.ts).
 */
import { describe, expect, it } from 'vitest';
import { compareNumbers, findEnNumbers, findZhNumbers } from '../pipeline/check/index.ts';

const problems = (zh: string, en: string) =>
  compareNumbers(findZhNumbers(zh), findEnNumbers(en), en).map((p) => `${p.kind}:${p.zh?.raw ?? p.en?.raw}`);

describe('number-mismatch: a village or community named with a numeral is no count', () => {
  const names: Array<[string, string]> = [
    ['视察了金山街道四棵村“三资”管理', 'inspected the management of the “three assets” of Sike Village in Jinshan Subdistrict'],
    ['朝阳区三里屯街道', 'Sanlitun Subdistrict, Chaoyang District'],
    ['八里庄村和五里店村', 'Balizhuang Village and Wulidian Village'],
    ['二道沟社区党支部', 'the Party branch of Erdaogou Community'],
  ];
  it.each(names)('was “Missing number”: %s ↔ %s', (zh, en) => {
    expect(problems(zh, en)).toEqual([]);
  });

  it('the numeral of a name is allowed in the English, not required: a translation that spells it out passes', () => {
    expect(problems('四棵村', 'Four Trees Village (Sike)')).toEqual([]);
  });

  it('guard: a count of villages or communities still needs its figure (三个村, 五个社区, 五大社区)', () => {
    expect(problems('全镇三个村', 'the villages of the town')).toEqual(['missing:三']);
    expect(problems('覆盖五个社区', 'covering the communities')).toEqual(['missing:五']);
    expect(problems('打造五大社区', 'building the major communities')).toEqual(['missing:五']);
  });

  it('guard: 农村 and 乡村 are no names — the "four good" rural roads still count', () => {
    expect(problems('建设四好农村路', 'building good rural roads')).toEqual(['missing:四']);
    expect(problems('推进两个乡村振兴示范村', 'advancing rural revitalization model villages')).toEqual(['missing:两']);
  });
});
