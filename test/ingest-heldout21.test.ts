/**
 * Ingest defects found on the twenty-first round of held-out pages (2026-12-01):
 * recent government work reports of districts and counties on their official
 * portals — listed in test/fixtures/ingest-corpus/README.md under "Held-out
 * pages, round 21". Each test is the page's shape reduced to a few lines; its
 * name says what ingest did before ("was: …"). Guards (precision) are named as
 * such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const head = '——2021年3月25日在汕头市龙湖区第六届人民代表大会第六次会议上\n汕头市龙湖区人民政府区长\n各位代表:\n我代表区人民政府向大会作工作报告,请予审议,并请各位政协委员和列席人员提出意见。\n一、“十三五”时期工作回顾\n过去五年,是龙湖发展历程中很不平凡的五年。五年来,我们牢记嘱托、感恩奋进,全力以赴做好稳增长、促改革、调结构、惠民生、防风险各项工作。';
const detail = '主动适应经济发展新常态,自觉践行新发展理念,发展方式从规模速度型向质量效益型稳步转变,三次产业结构不断优化。';

describe('held-out round 21: a "——…,…。" statement alone on its line over its section', () => {
  test('"——五年来,我们坚持发展第一要务,经济发展实现新突破。" between the part\'s opening and its text: a sub-heading (was: a paragraph)', () => {
    const { blocks } = readIngested(`${head}\n——五年来,我们坚持发展第一要务,经济发展实现新突破。\n${detail}\n——五年来,我们坚持改革开放,发展活力持续迸发。\n${detail}`);
    expect(blocks).toContain('### ——五年来，我们坚持发展第一要务，经济发展实现新突破。');
    expect(blocks).toContain('### ——五年来，我们坚持改革开放，发展活力持续迸发。');
  });

  test('guard: a run of "——…。" targets, one a line, before the text that follows them stays a list of paragraphs', () => {
    const { blocks } = readIngested(`${head}\n今年经济社会发展的主要预期目标是:\n——地区生产总值增长6%左右,规上工业增加值增长8%。\n——城镇新增就业1万人,城镇登记失业率控制在4.5%以内。\n${detail}`);
    expect(blocks.some((b) => b.startsWith('#') && b.includes('城镇新增就业'))).toBe(false);
    expect(blocks.some((b) => b.startsWith('#') && b.includes('地区生产总值增长6%'))).toBe(false);
  });

  test('guard (pins earlier behaviour): a "——…。" lead run into its paragraph stays a lead, no heading', () => {
    const { blocks } = readIngested(`${head}\n——脱贫攻坚全面胜利。${detail}`);
    expect(blocks.some((b) => b.startsWith('#') && b.includes('脱贫攻坚'))).toBe(false);
  });

  test('guard: a "——…。" statement with no comma alone over a paragraph stays a paragraph (a split lead, 内蒙古\'s e-paper)', () => {
    const { blocks } = readIngested(`${head}\n———主要经济指标增速位居全国第一方阵。\n${detail}`);
    expect(blocks.some((b) => b.startsWith('#') && b.includes('主要经济指标'))).toBe(false);
  });
});
