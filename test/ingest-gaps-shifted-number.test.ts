/**
 * Ingest gaps, stop 24: a paragraph's indented "　（一）" on a GBK page read one byte off ("?。ㄒ唬﹫猿贮h建為先" for
 * "（一）堅持黨建為先", gd-dongxiao-subdistrict-2022-mirror-tc-heldout27; "。ㄒ唬┙濟運行穩中有進。…" for "（一）經濟運行…",
 * ah-maanshan-2016-mirror-tc) is read as the （n） it garbled: a heading (run-in too) at that level, kept as printed and warned
 * about at its line (`ingest/shifted-number`).
 */
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { SHIFTED_NUMBERS } from '../pipeline/ingest/structure.ts';
import { readIngested } from './ingest-helpers.ts';

const opening = '现在，我代表街道办事处向大会报告工作，请予审议。';
const text = '堅持抓好黨的基層組織建設，進一步發揮基層黨組織戰鬥堡壘作用，推動轄區72個居民區黨組織全覆蓋。';

describe('a GBK-shifted （n） opening a line', () => {
  test('the forms are the bytes of "　（n）" read one byte off as GBK (iconv-lite), the last byte left to the next character', () => {
    const numerals = '一二三四五六七八九十';
    for (const [form, ordinal] of Object.entries(SHIFTED_NUMBERS)) {
      const bytes = iconv.encode(`　（${numerals[ordinal - 1]}）`, 'gbk');
      // (A pair GBK maps to no character decodes to the private use area: the page shows it as "?" or not at all.)
      expect(iconv.decode(bytes.subarray(1, bytes.length - 1), 'gbk').replace(/[\uE000-\uF8FF]/gu, ''), numerals[ordinal - 1]).toBe(`。${form}`);
    }
  });

  test('a heading line: （一） under 一、, kept as printed, warned at its line', () => {
    const { blocks, result } = readIngested(['各位代表：', opening, '一、2022年工作總結', '?。ㄒ唬﹫猿贮h建為先,推動基層治理開新局', text, '。ǘ\uE4C6┚迷诵新發展格局加快構建', text].join('\n'));
    expect(blocks.filter((b) => b.startsWith('#'))).toEqual(['## 一、2022年工作總結', '### 。ㄒ唬﹫猿贮h建為先，推動基層治理開新局', '### 。ǘ\uE4C6┚迷诵新發展格局加快構建']);
    const warnings = result.file.messages.filter((m) => m.ruleId === 'shifted-number');
    expect(warnings.map((m) => [m.line, m.fatal])).toEqual([
      [4, false],
      [6, false],
    ]);
    expect(warnings[0].reason).toContain('“。ㄒ唬” read as （一）');
  });

  test('a run-in heading: split after its first sentence, not at the "。" of the garbled number', () => {
    const { blocks } = readIngested(['各位代表：', opening, '一、2015年工作回顧', `。ㄒ唬┙濟運行穩中有進。${text}`].join('\n'));
    expect(blocks.slice(2)).toEqual(['## 一、2015年工作回顧', '### 。ㄒ唬┙濟運行穩中有進', text]);
  });

  test('guards: a line opening with 。 or with a bopomofo letter alone, and a plain （一） heading, read as before', () => {
    const { blocks, result } = readIngested(
      ['各位代表：', opening, '一、2022年工作總結', '（一）堅持黨建為先', text, '。這是一個句子，開頭多了句號，沒有什麼別的。', 'ㄒ唬是注音符號，不是編號，這一行是正文的一句話。'].join('\n'),
    );
    expect(blocks.slice(2)).toEqual(['## 一、2022年工作總結', '### （一）堅持黨建為先', text, '。這是一個句子，開頭多了句號，沒有什麼別的。', 'ㄒ唬是注音符號，不是編號，這一行是正文的一句話。']);
    expect(result.file.messages.filter((m) => m.ruleId === 'shifted-number')).toEqual([]);
  });
});
