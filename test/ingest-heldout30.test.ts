/**
 * Ingest defects found on the thirtieth round of held-out pages (2026-12-02): reports of
 * 2022–2025 from nine hosts the corpus had not seen — a city's and a county-level city's
 * procuratorate, a district court, two audit work reports (one a results notice, one masked by a
 * tender site), a district's mid-year plan execution report, a city congress standing committee,
 * a city CPPCC standing committee and a traditional fragment of 西藏's 2025 report — listed in
 * test/fixtures/ingest-corpus/README.md under "Held-out pages, round 30". Each test is the page's
 * shape reduced to a few lines; its name says what ingest did before ("was: …"). Guards
 * (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

describe('held-out round 30: an image\'s file name alone on its line is the page\'s, not the report\'s', () => {
  // 绍兴's congress portal: the title block, the stamp row, then the photo's file name and its caption over the salutation.
  const page = (line: string) =>
    [
      '绍兴市人民代表大会常务委员会工作报告',
      '2025年1月21日在绍兴市第九届人民代表大会第五次会议上',
      '信息来源:绍兴市人大 日期:2025-02-08 11:48 浏览次数: 字号:[ ]',
      line,
      '  谭志桂作工作报告。 记者 梁永锋 摄',
      '各位代表:',
      '受绍兴市人民代表大会常务委员会的委托,现在,我向大会报告工作,请予审议。',
      '一、2024年主要工作',
      '2024年是中华人民共和国成立75周年,是人民代表大会制度建立70周年。',
    ].join('\n');

  test('"2 (1).jpg" over the caption is removed and reported (was: the first paragraph of the text, before the salutation)', () => {
    const { blocks, result } = readIngested(page('2 (1).jpg'));
    expect(blocks[0]).toBe('各位代表：');
    expect(blocks.join('\n')).not.toContain('jpg');
    expect(result.file.messages.find((m) => m.ruleId === 'image-name')?.reason).toContain('2 (1).jpg');
  });

  test('the same for a camera\'s or a chat app\'s name ("微信图片_20240701084817.jpg", "IMG_2301.JPEG", "图1.png")', () => {
    for (const name of ['微信图片_20240701084817.jpg', 'IMG_2301.JPEG', '图1.png']) {
      expect(readIngested(page(name)).blocks.join('\n')).not.toContain(name);
    }
  });

  test('guard: a sentence that names an image file (a clause, a stop) stays text', () => {
    const sentence = '会议审议了城市风貌规划效果图,详见附图1.jpg。';
    const { blocks } = readIngested(`${page('')}\n${sentence}`);
    expect(blocks).toContain(sentence.replace(/,/g, '，'));
  });
});
