/**
 * Ingest gaps, stop 24: a document site's keyword chain — three or more short Han phrases joined by underscores
 * ("资料库_模版下载_资料共享", an SEO tag line) — glued to the end of a line of the report, or alone on a line. Report
 * prose never joins words with "_", so the chain is the site's: taken off the line and reported at its line and column.
 * The shape of zj-pinghu-2022-watermarked-mirror (the chain glued after the speaker's name and after a paragraph's 。).
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const opening = '现在，我代表市人民政府向大会作工作报告，请予审议，并请市政协各位委员和列席人员提出意见。';
const paragraph = '2021年是实施“十四五”规划的开局之年。全市实现生产总值907.5亿元，增长9.2%。';

describe('a site keyword chain glued to the end of lines', () => {
  test('after a sentence end and after a name: taken off both lines, each reported at its line and column', () => {
    const page = ['政府工作报告', '2022年2月15日在平湖市第十六届人民代表大会第一次会议上', '平湖市人民政府代市长  周军波资料库_模版下载_资料共享', '各位代表：', opening, `${paragraph}资料库_规划纲要_十四五`];
    const { front, blocks, result } = read(page);
    expect(front.speaker).toBe('平湖市人民政府代市长 周军波');
    expect(blocks).toEqual(['各位代表：', opening, paragraph]);
    const chains = result.file.messages.filter((m) => m.ruleId === 'keyword-chain');
    expect(chains.map((m) => [m.line, m.column])).toEqual([
      [3, 16],
      [6, paragraph.length + 1],
    ]);
    expect(chains.map((m) => m.reason).join('\n')).toMatch(/“资料库_模版下载_资料共享”[^]*“资料库_规划纲要_十四五”/);
  });

  test('a chain alone on a line goes with it, reported', () => {
    const { blocks, result } = read(['各位代表：', opening, '文库_资料共享_统计公报', paragraph]);
    expect(blocks).toEqual(['各位代表：', opening, paragraph]);
    expect(result.file.messages.some((m) => m.ruleId === 'keyword-chain' && m.line === 3)).toBe(true);
  });

  test('guard: a chain glued to a name, or after a space, whose first phrase is seen nowhere else on the page stays as found (where it starts is not clear)', () => {
    const { blocks, result } = read(['各位代表：', opening, `${paragraph}周军波模版下载_资料共享_文库`, '代市长  周军波模版_资料共享_文库']);
    expect(blocks.join('\n')).toContain(`${paragraph}周军波模版下载_资料共享_文库`);
    expect(blocks.join('\n')).toContain('代市长周军波模版_资料共享_文库');
    expect(result.file.messages.filter((m) => m.ruleId === 'keyword-chain')).toEqual([]);
  });

  test('guards: underscores the report may print stay — blanks to fill, a file name, two phrases, Latin words', () => {
    const lines = [
      '各位代表：',
      opening,
      '本次会议应到代表____人，实到代表____人。',
      '请将政府工作报告_定稿_0315一并印发。',
      '全文见政府工作报告_百度文库',
      '详见平台report_work_government。',
    ];
    const { blocks, result } = read(lines);
    expect(blocks.slice(2)).toEqual(lines.slice(2));
    expect(result.file.messages.filter((m) => m.ruleId === 'keyword-chain')).toEqual([]);
  });
});

function read(lines: string[]) {
  return readIngested(lines.join('\n'));
}
