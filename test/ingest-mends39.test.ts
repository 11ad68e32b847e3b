/**
 * Ingest mends of stop 39: the gaps held-out round 40 and stop 38's blind pages left (BENCHMARKS.md, "Ingest mends
 * (stop 39)"). Each reduced test is a page's shape in a few lines; its name says what ingest did before ("was: …").
 * Guards are named as such.
 */
import { describe, expect, test } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';

const read = (lines: string[]) => ingest(Buffer.from(lines.join('\n')), { fileName: 'page.txt', slug: 'page' });
const leads = (lines: string[]) => read(lines).blocks.filter((b) => b.lead).map((b) => b.text.slice(0, b.lead));

describe("a period's opening with a circumstance before its 我们", () => {
  const page = (sentence: string) => [
    '某街道2022年工作总结和2023年工作计划',
    '一、2022年工作回顾',
    `${sentence}保持实干争先的姿态，大力推进腾笼换鸟、扩大人才招引、加快项目推进。一是激发主体活力，推动城乡共兴。全年完成财政收入12.8亿元。`,
  ];
  test('"一年来，面对经济下行挑战，我们迎难而上。" is the paragraph\'s lead (www.anji.gov.cn, 昌硕街道; was: no lead)', () => {
    expect(leads(page('一年来，面对经济下行挑战，我们迎难而上。'))).toEqual(['一年来，面对经济下行挑战，我们迎难而上。']);
    expect(leads(page('五年来，面对复杂严峻的外部环境，我们稳中求进，综合实力持续增强。'))).toEqual(['五年来，面对复杂严峻的外部环境，我们稳中求进，综合实力持续增强。']);
  });

  test('guard: a circumstance of leadership before the 我们 opens the review\'s narrative, no lead ("一年来，在县委的坚强领导下，我们…")', () => {
    expect(leads(page('一年来，在县委的坚强领导下，我们迎难而上。'))).toEqual([]);
  });

  test('guard: a long sentence with a circumstance is narrative (over 36 Han characters)', () => {
    expect(leads(page('一年来，面对经济下行压力加大和疫情反复冲击的严峻挑战，我们坚持稳中求进工作总基调，统筹推进疫情防控和经济社会发展。'))).toEqual([]);
  });
});
