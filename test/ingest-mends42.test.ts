/**
 * Known gaps of stop 41 closed in stop 42 (helper mends42), each by a general rule; each test's name says what ingest did
 * before ("was: …"). Guards (precision) are named as such. The pages are written in the shape of those found (their
 * addresses given), not copied.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

describe('a title glued to a salutation with a full stop for its colon', () => {
  // https://www.wnwk.com/doc/630156.html (the lead's blind page of stop 41: "区人民政府年度工作报告材料各位代表。现在,我代表…", the page one line)
  const opening = '现在,我代表区人民政府,向大会作工作报告,请予审议,并请各位政协委员提出意见。';
  const review = '五年来,在市委、市政府和区委的正确领导下,全区上下凝神聚力,克难奋进,较好地完成了规划确定的各项目标任务,经济社会发展取得了可喜成绩。';
  const flattened = `区人民政府年度工作报告材料各位代表。${opening}一、“十一五”及2010年工作回顾${review}——过去五年,是经济总量不断扩大的五年。全区完成生产总值249.1亿元,是“十五”期末的1.9倍,年均增长15%;完成社会消费品零售总额107.5亿元,是“十五”期末的2.5倍。`;

  test('on a flattened page: title, salutation and text apart (was: no title, "区人民政府年度工作报告材料各位代表。" a bold lead)', () => {
    const { front, blocks, leads } = readIngested(flattened, 'page.txt', { clean: false });
    expect(front.title).toBe('区人民政府年度工作报告材料');
    expect(blocks[0]).toBe('各位代表。');
    expect(blocks[1]).toMatch(/^现在，我代表区人民政府/);
    expect(leads.filter((l) => l.includes('各位代表'))).toEqual([]);
  });

  test('on a short line over the rest of the page, too', () => {
    const { front, blocks } = readIngested(`2011年浔阳区政府工作报告各位代表。${opening}\n一、2010年工作回顾\n${review}`, 'page.txt', { clean: false });
    expect(front.title).toBe('2011年浔阳区政府工作报告');
    expect(blocks.slice(0, 2)).toEqual(['各位代表。', `现在，我代表区人民政府，向大会作工作报告，请予审议，并请各位政协委员提出意见。`]);
  });

  test('guard: "…报告各位代表。" before no opening words is no salutation; a colon\'s is split after the title as before (…报告材料 too)', () => {
    const noOpening = readIngested(`关于政府工作报告各位代表。大家认为报告实事求是。\n${review}`, 'page.txt', { clean: false });
    expect(noOpening.front.title ?? '').not.toBe('关于政府工作报告');
    const colon = readIngested(flattened.replace('各位代表。', '各位代表:'), 'page.txt', { clean: false });
    expect(colon.front.title).toBe('区人民政府年度工作报告材料');
    expect(colon.blocks[0]).toMatch(/^各位代表：现在，/);
  });
});
