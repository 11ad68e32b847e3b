/**
 * Ingest gaps, stop 24: a town's or a sub-district's report that names itself only in its text. places.ts knows
 * divisions down to the county, so a bare 镇/乡 ("我代表鎮人民政府") was never completed, and a text with no "我代表…" whose
 * first sentence's subject is the sub-district ("2022年,東曉街道堅持…") gave no issuer:
 * - a bare 镇 or 乡 is completed with the one town of that unit the text names at the start of a clause
 *   (he-sijiazhuang-town-2011-essay-compilation-tc-heldout25: "…的五年,寺家莊鎮正沿著…");
 * - a text opening with its year and a named 街道, 镇 or 乡 as the subject of its first sentence speaks for that unit
 *   (gd-dongxiao-subdistrict-2022-mirror-tc-heldout27).
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const review = '过去的五年，是全镇经济实力大幅提升的五年，是镇村面貌显著改变的五年，寺家庄镇正沿着科学发展的大道阔步前进。';
const more = '经济发展提质提速，综合实力持续增强。全镇固定资产投资完成14.86亿元，是上届的2.08倍。';

describe('the issuer of a town or sub-district named only in its text', () => {
  test('a bare 镇 completed with the one town the text names at the start of a clause (traditional page too)', () => {
    const { front, result } = readIngested(['现在，我代表镇人民政府向大会作工作报告，请予审议。', '一、本届政府工作回顾', review, more].join('\n'));
    expect(front.issuer).toBe('寺家庄镇人民政府');
    expect(result.file.messages.some((m) => m.ruleId === 'missing-issuer')).toBe(false);
    const tc = readIngested(['現在,我代表鎮人民政府向大會作工作報告,請予審議。', '一、本屆政府工作回顧', '過去的五年,是全鎮經濟實力大幅提升的五年,寺家莊鎮正沿著科學發展的大道闊步前進。', more].join('\n'));
    expect(tc.front.issuer).toBe('寺家莊鎮人民政府');
  });

  test('a text opening with its year and the sub-district as its subject: its office', () => {
    const opening = '2022年，东晓街道坚持以习近平新时代中国特色社会主义思想为指导，认真落实市委、区委各项工作部署，现将全年工作情况总结汇报如下：';
    const { front } = readIngested([opening, '一、2022年工作总结', more].join('\n'));
    expect(front.issuer).toBe('东晓街道办事处');
    const tc = readIngested(['2022年,東曉街道堅持以習近平新時代中國特色社會主義思想為指導,認真落實市委、區委各項工作部署,現將全年工作情況總結匯報如下:', '一、2022年工作總結', more].join('\n'));
    expect(tc.front.issuer).toBe('東曉街道辦事處');
    expect(readIngested(['2022年，梅山镇坚持稳中求进工作总基调，全镇经济社会持续健康发展。现将全年工作总结如下：', '一、2022年工作总结', more].join('\n')).front.issuer).toBe('梅山镇人民政府');
  });

  test('guards: two towns named at clause starts, generic words before 镇, a county report, a town after 与: no town taken', () => {
    const two = readIngested(['现在，我代表镇人民政府向大会作工作报告，请予审议。', '一、本届政府工作回顾', '寺家庄镇与邻近各镇共建园区，梅山镇也加入其中，全镇经济实力大幅提升。', more].join('\n'), 'page.txt', { clean: false });
    expect(two.front.issuer).toBeUndefined();
    const generic = readIngested(['现在，我代表镇人民政府向大会作工作报告，请予审议。', '一、本届政府工作回顾', '过去五年，特色小镇建设加快，重点镇建设取得进展，建制镇数量稳定，全镇经济实力大幅提升。', more].join('\n'), 'page.txt', { clean: false });
    expect(generic.front.issuer).toBeUndefined();
    // (A slogan that is a whole clause: "实干兴乡" between commas, xx-township-2023-doc-chunks.)
    const slogan = readIngested(['现在，我代表乡人民政府向大会作政府工作报告，请予审议。', '一年来，我们紧扣中心，实干兴乡，以科学发展观为引领，千方百计破解发展难题。', more].join('\n'), 'page.txt', { clean: false });
    expect(slogan.front.issuer).toBeUndefined();
    const passing = readIngested(['现在，我代表镇人民政府向大会作工作报告，请予审议。', '一、本届政府工作回顾', '过去五年，我们赴梅山镇考察学习，全镇经济实力大幅提升。', more].join('\n'), 'page.txt', { clean: false });
    expect(passing.front.issuer).toBeUndefined();
    // (A county's report opening with its year and a town as the subject of a sentence is no town's report: a 县 speaks.)
    const county = readIngested(['现在，我代表县人民政府向大会报告工作，请予审议。', '2022年，梅山镇坚持工业强镇，经济总量居全县第一。', more].join('\n'), 'page.txt', { clean: false });
    expect(county.front.issuer).not.toBe('梅山镇人民政府');
    // (The party committee as the subject: the committee's words, not the office's.)
    const committee = readIngested(['2022年，东晓街道党工委坚持以习近平新时代中国特色社会主义思想为指导，现将全年工作情况总结汇报如下：', '一、2022年工作总结', more].join('\n'), 'page.txt', { clean: false });
    expect(committee.front.issuer).toBeUndefined();
  });
});
