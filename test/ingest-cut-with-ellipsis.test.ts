/**
 * A copy cut by an aggregator and marked with an ellipsis (lead, session of 2026-12-02 12:28): reportify.ai's copy of
 * Shanghai's 2026 government work report (https://reportify.ai/news/1218176308656345088, from 解放日报) stops at
 * "…全社会研发经费支出相当 ..." — before, the "..." counted as a sentence's end and the page was read as the whole report.
 * The same page holds its title block, salutation, opening and first heading on ONE line with a PDF's stray spaces; that
 * part was already read right, and is held here too.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const page = [
  '龚正市长在上海市第十六届人民代表大会第四次会议的政府工作报告',
  'Jie Fang Ri Bao·2026-02-09 01:28',
  '政府工作报告 ——2026年2月3日在上海市第十六届人民代表大会第四次会议上 上海市市长 龚正 各位代表: 现在,我代表上海市人民政府,向大会报告工作,请予审议。请各位政协委员和其他列席人员提出 意见。 一、2025年工作回顾 2025年是"十四五"规划冲刺收官、"十五五"规划谋篇布局之年。过去一年,我们坚持以习近平 新时代中国特色社会主义思想为指导,完成了市十六届人大三次会议确定的目标任务。 一年来,全市经济社会发展稳中有进、进中提质。一是经济持续回升向好。全市生产总值达到5.67 万亿元、增长5.4%,好于预期。二是新质生产力加快发展。全社会研发经费支出相当 ...',
];

describe('ingest: a copy cut and marked with an ellipsis', () => {
  test('"…支出相当 ..." at the page\'s end is a cut (was: no message)', () => {
    const { result } = readIngested(page.join('\n'), 'page.txt', { clean: false });
    const cut = result.file.messages.filter((m) => m.ruleId === 'cut-off');
    expect(cut.map((m) => [m.line, m.reason.slice(0, 60)])).toEqual([[3, 'Unexpected end of the report mid-sentence (“…研发经费支出相当 ...”):']]);
  });

  test('the one-line title block of the same page: title, occasion, speaker, the text from the salutation', () => {
    const { result, blocks } = readIngested(page.join('\n'), 'page.txt', { clean: false });
    expect(result.frontMatter).toMatchObject({ title: '政府工作报告', issuer: '上海市人民政府', date: '2026-02-03', speaker: '上海市市长 龚正' });
    expect(blocks.slice(0, 3)).toEqual(['各位代表：', '现在，我代表上海市人民政府，向大会报告工作，请予审议。请各位政协委员和其他列席人员提出意见。', '## 一、2025年工作回顾']);
  });

  test('guard: a sentence\'s end before an ellipsis, and a whole last sentence, are no cut', () => {
    for (const end of ['我们要奋发有为，创造新的更大业绩！……', '让我们团结一心，共创美好未来。']) {
      const { result } = readIngested(['各位代表：', '现在，我代表市人民政府向大会报告工作，请予审议。', `新的一年，我们要坚持以习近平新时代中国特色社会主义思想为指导，${end}`].join('\n'), 'page.txt', { clean: false });
      expect(result.file.messages.filter((m) => m.ruleId === 'cut-off')).toEqual([]);
    }
  });
});
