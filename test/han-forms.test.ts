import { describe, expect, it } from 'vitest';
import { toHalfWidth, toSimplified } from '../pipeline/model/han-forms.ts';

// The one table of character forms that ingest (probes of a page) and the number check
// (figures in a traditional or full-width text) both read: one unit for one, so indexes hold.
describe('character forms (model/han-forms.ts)', () => {
  it('maps the traditional forms both readers need, and nothing else', () => {
    expect(toSimplified('首頁 閱讀 版權所有 索引號')).toBe('首页 阅读 版权所有 索引号');
    expect(toSimplified('三萬億元 兩個百分點 二中、三中全會 十餘 幾')).toBe('三万亿元 两个百分点 二中、三中全会 十余 几');
    expect(toSimplified('各位代表：现在，我代表市人民政府')).toBe('各位代表：现在，我代表市人民政府');
  });

  it('sets full-width figures, letters and the point between figures half-width, counting each', () => {
    let changed = 0;
    expect(toHalfWidth('增长６８．９万，ＧＤＰ。', () => changed++)).toBe('增长68.9万，GDP。');
    expect(changed).toBe(7);
    expect(toHalfWidth('第一．二')).toBe('第一．二');
  });

  it('keeps every index: each mapped character is one UTF-16 unit for one', () => {
    const every = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).join('');
    expect(toSimplified(every)).toHaveLength(every.length);
    expect(toHalfWidth(every)).toHaveLength(every.length);
  });
});
