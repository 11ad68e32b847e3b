/**
 * Columns after a converter's marks are taken out (pinyin.ts; lead, session of 2026-12-02): the pinyin glued after
 * characters (經(jīng)濟) and the commas the same converter doubled (一年來,,我們) leave the line, and every step after counts
 * columns in the cleaned line. Before, a warning after them on that line named the cleaned line's column — a place the
 * page does not have; now the input's (pinyin.ts inputColumns).
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const page = [
  '各位代表:',
  '一年來,,我們堅持經(jīng)濟(jì)發(fā)展,,中共beat365官方网站手机版_365三式投注委員會領導全縣人民取得新成效。',
  '全县中共beat365官方网站手机版_365三式投注委员会组织有力。',
];

describe('ingest: columns after pinyin and doubled commas are the input\'s', () => {
  test('a warning after pinyin and a doubled comma on its line names its column in the page as it was (was: the cleaned line\'s)', () => {
    const { result } = readIngested(page.join('\n'), 'page.txt', { clean: false });
    const spam = result.file.messages.filter((m) => m.ruleId === 'injected-spam').map((m) => [m.line, m.column]);
    expect(spam).toEqual([
      [2, page[1].indexOf('beat365') + 1],
      [3, page[2].indexOf('beat365') + 1],
    ]);
  });
});
