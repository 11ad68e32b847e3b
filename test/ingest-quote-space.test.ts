/**
 * A news page in traditional characters (a 德州 paper's story of the 2014 report, as the search tool returned it:
 * the page's full-width indents lost as "??? ", a space before each closing quote, "…有追求的。 ”"). Before (stop 27,
 * lead): the lines were taken for a flattened page and split at "。 " — a paragraph opening with "”", another of
 * "???" alone — and a line ending "。 ”" read as unfinished, so the next paragraph was joined to it.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const page = [
  '??? 3月5日9時,十二屆全國人大二次會議在京開幕。李克強總理的報告成為德州市群眾關注的焦點。',
  '??? “在歷時約1小時40分鐘的時間里,李克強總理回顧了一年來的工作。期間,與會代表委員們用50多次掌聲為報告‘點贊’。 ”私營業主劉帝臣說,“我覺得報告非常務實,而且做的很多事情是有夢想有追求的。 ”',
  '??? 報告中提出“要像對貧困宣戰一樣,堅決向污染宣戰”,這讓中學教師王海印象很深刻。',
].join('\n');

describe('ingest: a space before a closing quote, and "??? " lost indents', () => {
  const { blocks, result } = readIngested(page, 'page.txt', { clean: false });

  test('three paragraphs, as the page prints them (was: five, one opening with ”, one "???", two joined)', () => {
    expect(blocks.map((b) => b.slice(0, 6))).toEqual(['3月5日9時', '“在歷時約1', '報告中提出“']);
    expect(blocks[1]).toContain('為報告‘點贊’。”私營業主');
    expect(blocks[1].endsWith('有夢想有追求的。”')).toBe(true);
  });

  test('"??? " is said as a lost indent, each at its line', () => {
    expect(result.file.messages.filter((m) => m.ruleId === 'lost-indent').map((m) => m.line)).toEqual([1, 2, 3]);
  });

  test('guard: a sentence ended before a space and a new one still splits a flattened line', () => {
    // (a page flattened onto one line of 200 characters or more: flattened.ts splits it at the spaces after its sentences)
    const sentence = '一年来,我们坚持稳中求进工作总基调,推动全市经济社会高质量发展,各项事业取得新的进展。';
    const flat = readIngested(`各位代表:现在,我代表市人民政府向大会报告工作,请予审议。 ${sentence} “十四五”规划目标任务顺利推进,重点项目建设提速增效。 ${sentence} ${sentence} 民生福祉持续增进,社会大局和谐稳定。`, 'page.txt', { clean: false });
    expect(flat.result.file.messages.some((m) => m.ruleId === 'flattened')).toBe(true);
    expect(flat.blocks).toContain('“十四五”规划目标任务顺利推进，重点项目建设提速增效。');
  });
});
