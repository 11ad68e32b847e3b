/**
 * The number check and the three sectors of the economy (new user round 28: a county's statistical communiqué, 巫溪县
 * 2024年国民经济和社会发展统计公报, was refused at import with four errors — "Missing number first / second / third" for
 * 第一产业, 第二产业, 第三产业 translated "the primary / secondary / tertiary industry", and "Missing number three" for 三次
 * 产业 translated "the primary, secondary and tertiary industries"). These are names: the numeral is allowed in the
 * English, not required (check/numbers/zh.ts `sector`). Every report on the economy names them.
 */
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { checkPublication } from '../pipeline/check/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';

const doc = (text: string, title: string) => ['---', `title: ${title}`, '---', '', `${text} {#p-1}`, ''].join('\n');
const numberErrors = (zh: string, en: string) => {
  const load = buildPublication('t', new VFile({ path: 'zh.md', value: doc(zh, '统计公报') }), new VFile({ path: 'en.md', value: doc(en, 'Communiqué') }));
  return checkPublication(load).messages.filter((m) => m.ruleId === 'number-mismatch').map((m) => m.reason);
};

const wuxi = '按产业分，第一产业增加值28.9亿元，增长1.3%；第二产业增加值37.5亿元，增长5.7%；第三产业增加值89.0亿元，增长6.5%。三次产业结构比为18.6:24.1:57.3。';
const wuxiEn =
  'By industry, the value added of the primary industry was 2.89 billion yuan, up 1.3 percent; that of the secondary industry 3.75 billion yuan, up 5.7 percent; and that of the tertiary industry 8.90 billion yuan, up 6.5 percent. The primary, secondary and tertiary industries stood in a ratio of 18.6:24.1:57.3.';

describe('number-mismatch: 第一产业, 第二产业, 第三产业 and 三次产业 are names', () => {
  it('“the primary, secondary and tertiary industry” for 第一/第二/第三产业 and 三次产业 checks clean (was: four Missing number errors)', () => {
    expect(numberErrors(wuxi, wuxiEn)).toEqual([]);
  });

  it('listed ones too: 第二、三产业 → “the secondary and tertiary industries”; 一二三产业 → “the primary, secondary and tertiary industries” (was: Missing number)', () => {
    expect(numberErrors('第二、三产业增加值增长5.8%。', 'The value added of the secondary and tertiary industries grew by 5.8%.')).toEqual([]);
    expect(numberErrors('推动一二三产业融合发展。', 'We will promote the integrated development of the primary, secondary and tertiary industries.')).toEqual([]);
  });

  it('guard: the ordinal is still allowed (“the first industry”), and a wrong figure beside it is still told', () => {
    expect(numberErrors('第一产业增加值28.9亿元。', 'The value added of the first industry was 2.89 billion yuan.')).toEqual([]);
    expect(numberErrors('第一产业增加值28.9亿元。', 'The value added of the first industry was 2.98 billion yuan.')).toEqual([
      expect.stringContaining('Missing number'),
      expect.stringContaining('Unexpected number'),
    ]);
  });

  it('a wrong figure beside “the primary industry” is told, and only it (was: “Missing number first” too)', () => {
    expect(numberErrors('第一产业增加值28.9亿元。', 'The value added of the primary industry was 2.98 billion yuan.')).toEqual([
      expect.stringContaining('the Chinese has `28.9亿`, expected `2.89 billion`'),
      expect.stringContaining('Unexpected number `2.98 billion`'),
    ]);
  });

  it('guard: an ordinal that is no sector is still required — 第三次 (the third time), 第二批产业园区 (the second batch)', () => {
    expect(numberErrors('第三次全国国土调查顺利完成。', 'The national land survey was completed.')).toEqual([expect.stringContaining('`第三`')]);
    expect(numberErrors('第二批产业园区名单公布。', 'The list of industrial parks was published.')).toEqual([expect.stringContaining('`第二`')]);
  });
});
