/**
 * A document site names a government's report "X人民政府政府工作报告" (the issuer, then the document's name), often with
 * the year in front ("2025年嘉興市人民政府政府工作報(bào)告", a converter's copy of 嘉兴's 2025 report,
 * http://m.ilynn.cn/document_detail/132045.html, seen 2026-12-02). Names say what ingest did before ("was: …").
 */
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

const opening = '现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席同志提出意见。';

describe('a title that doubles 政府 after the issuer', () => {
  test('"2025年嘉兴市人民政府政府工作报告": the issuer is 嘉兴市人民政府 (was: "嘉兴市人民政府政府")', () => {
    const { front } = read(['2025年嘉兴市人民政府政府工作报告', '2025年2月11日在嘉兴市第九届人民代表大会第五次会议上', '市长 李军', '各位代表：', opening].join('\n'));
    expect(front).toMatchObject({ title: '2025年嘉兴市人民政府政府工作报告', issuer: '嘉兴市人民政府' });
  });

  test('the same in traditional characters: 嘉興市人民政府 (was: "嘉興市人民政府政府")', () => {
    const { front } = read(['2025年嘉興市人民政府政府工作報告', '2025年2月11日在嘉興市第九屆人民代表大會第五次會議上', '市長 李軍', '各位代表：', '現在，我代表市人民政府向大會報告工作，請予審議。'].join('\n'));
    expect(front.issuer).toBe('嘉興市人民政府');
  });

  test('guard: "2025年度嘉兴市人民政府政府工作报告" (年度) reads the same', () => {
    const { front } = read(['2025年度嘉兴市人民政府政府工作报告', '2025年2月11日在嘉兴市第九届人民代表大会第五次会议上', '市长 李军', '各位代表：', opening].join('\n'));
    expect(front.issuer).toBe('嘉兴市人民政府');
  });

  test('guard: "綦江县人民政府政府工作报告" without a year keeps its issuer', () => {
    const { front } = read(['綦江县人民政府政府工作报告', '各位代表：', opening.replace(/市/g, '县')].join('\n'));
    expect(front.issuer).toBe('綦江县人民政府');
  });
});
