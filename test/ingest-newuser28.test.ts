/**
 * Ingest defects new user round 28 met (2026-12-04): a county statistics bureau's communiqué, 巫溪县2024年国民经济和社会发展统计
 * 公报 (cqwx.gov.cn; test/fixtures/newuser-round28). Each test is the page's shape reduced to a few lines; its name says what
 * ingest did before.
 */
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

const disclosure = ['[ 发布机构 ] | 巫溪县统计局 | [ 有效性 ] | |', '[ 成文日期 ] | 2025-03-28 | [ 发布日期 ] | 2025-03-28 |'];
const opening = '2024年是中华人民共和国成立75周年,是实现“十四五”规划目标任务的关键一年。全县上下坚持稳中求进工作总基调,国民经济运行总体平稳、稳中有进。';
const general = ['一、综合', '初步核算,全年全县实现地区生产总值155.3亿元,同比增长5.2%。', '年末,全县常住人口37.67万人。'];
const missing = (lines: string[]) => read(lines.join('\n'), 'page.txt', { clean: false }).rules.filter((rule) => /^missing-/.test(String(rule)));

describe('new user 28: a statistical communiqué is published, not delivered', () => {
  test('"…统计公报": no occasion or speaker is asked for (was: missing-occasion and missing-speaker warnings)', () => {
    expect(missing([...disclosure, '巫溪县2024年国民经济和社会发展统计公报', opening, ...general])).toEqual([]);
    // a bureau's other communiqué ("…环境状况公报") alike
    expect(missing([...disclosure, '巫溪县2024年生态环境状况公报', opening, ...general])).toEqual([]);
  });

  test('guard: a work report still asks for both', () => {
    expect(missing([...disclosure, '巫溪县2025年政府工作报告', opening, ...general])).toEqual(['missing-occasion', 'missing-speaker']);
  });

  test('a communiqué with no date asks for its date alone (was: its date, an occasion and a speaker)', () => {
    expect(missing(['[ 发布机构 ] | 巫溪县统计局 | [ 有效性 ] | |', '巫溪县2024年国民经济和社会发展统计公报', opening, ...general])).toEqual(['missing-date']);
  });
});
