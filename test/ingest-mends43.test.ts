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
