/**
 * New user round 20: a bilingual page whose English is wrapped at a width, each English paragraph starting on its
 * Chinese line (en84.com's copy of the Supreme People's Court's 2014 report, test/fixtures/newuser-round20/pages/en84.txt):
 * "2013年主要工作 Review" / "of Work in 2013" gave the Chinese paragraph "2013年主要工作Review" (no heading) with the English
 * "of Work in 2013"; "——2014年3月10日在…会议上 – Delivered at the Second Session" / "of the Twelfth …" left a block "–";
 * and the speaker's English "Zhou Qiang, President of the Supreme" / "People’s Court" was cut at the wrap
 * (wrapped-english.ts, paragraphs.ts `wrapsOn`, twins.ts `roleInName`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitWrappedEnglish } from '../pipeline/ingest/wrapped-english.ts';
import { readIngested } from './ingest-helpers.ts';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/newuser-round20/pages/en84.txt'), 'utf8');

describe('a bilingual page whose English wraps off the Chinese line', () => {
  test('the en84.com page: the heading and its English, no stray dash, the occasion and the whole speaker in English', () => {
    const { blocks, front, result } = readIngested(page, 'page.txt', { clean: false });
    expect(blocks).toEqual(['各位代表：', '我代表最高人民法院向大会报告工作，请予审议，并请全国政协各位委员提出意见。', '## 2013年主要工作', expect.stringMatching(/^2013年，最高人民法院在以习近平同志为总书记的党中央坚强领导下.*作出积极贡献。$/)]);
    expect(front).toMatchObject({ occasion: '2014年3月10日在第十二届全国人民代表大会第二次会议上', speaker: '最高人民法院院长 周强' });
    const en = result.english!.markdown;
    expect(en).toContain('## Review of Work in 2013 {#h-');
    expect(en).toContain('occasion: Delivered at the Second Session of the Twelfth National People’s Congress on March 10, 2014');
    expect(en).toContain('speaker: Zhou Qiang, President of the Supreme People’s Court');
  });

  test('guards: a Latin term ending a Chinese line before Chinese, English words before an English line opening on a capital, and a page with little English are left alone', () => {
    const english = 'On behalf of the government, I now present to you the report on the work of the government for your deliberation and approval.';
    const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1, column: 1 }));
    const term = readIngested(['各位代表：', 'Fellow Deputies,', '我们推进了 5G', '网络建设，全年新建基站1200个。', english, english].join('\n'), 'page.txt', { clean: false });
    expect(term.blocks.join('\n')).toContain('5G');
    expect(splitWrappedEnglish(lines(['一、过去一年工作回顾 I. Review', 'Of the past year we can say this much.', english, english])).moved).toBe(0);
    expect(splitWrappedEnglish(lines(['一、过去一年工作回顾 Review', 'of Our Work in the Past Year'])).moved).toBe(0);
    const split = splitWrappedEnglish(lines(['一、过去一年工作回顾 Review', 'of Our Work in the Past Year', english, english]));
    expect(split.moved).toBe(1);
    expect(split.lines.slice(0, 2)).toEqual([
      { text: '一、过去一年工作回顾', line: 1, column: 1 },
      { text: 'Review', line: 1, column: 12, hardBreak: true, wrapsOn: true },
    ]);
  });
});
