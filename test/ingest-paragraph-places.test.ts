/**
 * Where each line of a paragraph stands in the input (paragraphs.ts `placeAt`), whichever rule
 * joined it: a message about part of a joined paragraph (a glued English segment, twins.ts) points
 * at its own line and column.
 */
import { describe, expect, test } from 'vitest';
import { placeAt, toParagraphs } from '../pipeline/ingest/paragraphs.ts';

const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1, column: 1 }));

describe('placeAt across joined lines', () => {
  test('a sentence the page\u2019s markup broke over lines ("…发展的" / "主要目标" / "是：…"): each part at its own line (was: every part placed on the first line)', () => {
    const input = lines(['今后五年经济社会发展的', '主要目标', '是：经济保持中高速增长，发展质量和效益明显提高。']);
    const [p] = toParagraphs(input).paragraphs;
    expect(p.text).toBe('今后五年经济社会发展的主要目标是：经济保持中高速增长，发展质量和效益明显提高。');
    expect(placeAt(p, p.text.indexOf('主要目标'))).toEqual({ line: 2, column: 1 });
    expect(placeAt(p, p.text.indexOf('是：') + 1)).toEqual({ line: 3, column: 2 });
  });

  test('a paragraph wrapped over lines: each part at its own line', () => {
    const wide = '全年地区生产总值增长百分之六，一般公共预算收入增长百分之五，城乡居民收入稳步提高，';
    const [p] = toParagraphs(lines([wide, '就业形势总体稳定。'])).paragraphs;
    expect(placeAt(p, p.text.indexOf('就业'))).toEqual({ line: 2, column: 1 });
  });
});
