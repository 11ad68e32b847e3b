/**
 * Ingest gaps, stop 24: a site's headline over the page, removed as the page's head, printed again inside the report
 * (ah-huangshan-2022-video-site-mirror: "《政府工作报告》全文发布" over the page and again between the speaker and the
 * salutation) goes as the first copy did, reported at its line (finish-metadata.ts).
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const opening = '现在，我代表市人民政府，向大会报告政府工作，请予审议，并请市政协委员和其他列席人员提出意见。';
const text = '过去的四年，是极不平凡的四年。面对错综复杂的外部环境、艰巨繁重的改革发展稳定任务，全市上下勠力同心、真抓实干。';
const head = ['《政府工作报告》全文发布', '', '2023-05-20 来源:飞速影视', '   政府工作报告', '——2022年1月12日在黄山市第八届人民代表大会第一次会议上', '市人民政府市长 孙 勇', ''];

describe("a site's headline printed again inside the report", () => {
  test('the second copy, between the speaker and the salutation, goes too, reported at its line', () => {
    const { front, blocks, result } = readIngested([...head, '《政府工作报告》全文发布', '', '各位代表:', opening, text].join('\n'));
    expect(front).toMatchObject({ title: '政府工作报告', speaker: '市人民政府市长 孙勇' });
    expect(blocks).toEqual(['各位代表：', opening, text]);
    expect(result.file.messages.some((m) => m.ruleId === 'page-head' && m.line === 8 && m.reason.includes('《政府工作报告》全文发布'))).toBe(true);
  });

  test('guards: a line that only resembles the headline, a repeated headline naming no document, and the text quoting the report stay', () => {
    const lines = [
      '黄山新闻',
      '',
      '   政府工作报告',
      '——2022年1月12日在黄山市第八届人民代表大会第一次会议上',
      '市人民政府市长 孙 勇',
      '',
      '黄山新闻',
      '各位代表:',
      opening,
      '《政府工作报告》全文发布后，各界反响热烈。',
      text,
    ];
    const { blocks } = readIngested(lines.join('\n'), 'page.txt', { clean: false });
    expect(blocks).toContain('黄山新闻');
    expect(blocks).toContain('《政府工作报告》全文发布后，各界反响热烈。');
  });
});
