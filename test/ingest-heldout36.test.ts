/**
 * Ingest defects found on the thirty-sixth round of held-out pages (2026-12-02): eight recent reports of official bodies
 * from eight hosts the corpus had not seen — 福州's audit report on a mirror of the city portal (traditional), 重庆's 2026
 * government work report flattened with the speaker glued to the occasion, 滁州's intermediate court (traditional,
 * abridged), 浮梁's county audit on its portal, the people's congress standing committees of 重庆 (a writing site),
 * 西藏 (the national paper's regional channel) and 云南 (a mirror), and 山东's 2026 report abridged by the provincial
 * paper with its numbering lost to mojibake — listed in test/fixtures/ingest-corpus/README.md under "Held-out pages,
 * round 36". Each test is the page's shape reduced to a few lines; its name says what ingest did before ("was: …").
 * Guards are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

describe('held-out round 36: a news portal\'s stamp with the date in 年月日 and the time glued to it', () => {
  const page = (stamp: string) =>
    [
      '西藏自治区人民代表大会常务委员会工作报告',
      '',
      '——二〇二五年一月二十日在西藏自治区第十二届人民代表大会第三次会议上',
      '',
      stamp,
      '小字号',
      '',
      '  自治区人民代表大会常务委员会主任 洛桑江村',
      '',
      '  各位代表:',
      '',
      '  受自治区人大常委会委托,我向大会报告工作,请予审议。',
    ].join('\n');

  test('"2025年01月28日11:54 | 来源:西藏日报" is the page\'s stamp, and the speaker under it is read (was: the stamp the first paragraph, no speaker)', () => {
    const { front, blocks, rules } = readIngested(page('2025年01月28日11:54 | 来源:西藏日报'));
    expect(blocks[0]).toMatch(/^各位代表/u);
    expect(front.speaker).toBe('自治区人民代表大会常务委员会主任 洛桑江村');
    expect(rules).toContain('page-info');
  });

  test('guard: a line opening with a date in 年月日 and a source, then a sentence, stays text', () => {
    const { blocks } = readIngested(page('2025年01月28日 来源:西藏日报记者报道,自治区人大常委会召开第十二次会议。'));
    expect(blocks.some((b) => b.startsWith('2025年01月28日'))).toBe(true);
  });
});
