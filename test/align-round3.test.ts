/**
 * `duizhao align`, round 3: five NEW real pairs, held out — a Chinese report page and its official English published
 * apart (test/fixtures/align-round3/README.md: queries, URLs, how the files were made), each keyed by hand and run
 * before any change of the round (the fifth, Shenzhen 2013, after). Blocks right: 16 of 16 before (the rules of round 2
 * held); the title block's fields 9 of 12 (a headline read as the speaker, a date stamped on the title, a speaker line
 * led by "By" and broken over two lines) and five false warnings — each fixed generally, and pinned here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEnglishPage } from '../pipeline/translate/english-page.ts';
import { alignOfficial } from '../pipeline/translate/official.ts';
import { runPair, score, unaccounted, warnings } from './align-pairs.ts';

const root = path.join(import.meta.dirname, 'fixtures/align-round3');

interface Want {
  zh: string;
  right: number;
  of: number;
  title: { title: string; occasion: string; speaker: string };
  warnings: string[];
}

/** As measured after the round (before: blocks the same, the fields and warnings named in each comment). */
const expected: Record<string, Want> = {
  // before: 12:5 align-cut named the headline "Full text of the Report … (2024)" as English before the Chinese;
  // 20:4 align-low-confidence called "On behalf of …" far from the ratio (the cut paragraph had set it at 2.6)
  'guangdong-2024': {
    zh: 'zh.html',
    right: 4,
    of: 4,
    title: { title: 'Report on the Work of the Guangdong Government', occasion: 'Delivered at the Second Session of the 14th Guangdong Provincial People’s Congress on January 23, 2024', speaker: 'WANG Weizhong, Governor of Guangdong Province' },
    warnings: ['15:4 align-title', '18:4 align-cut', '22:4 align-cut'],
  },
  // before: 21:4 align-low-confidence, "figures of the Chinese are not in the English: 1, 1, 9 (the English has 19, 20 …)"
  // on the cut paragraph — 19 and 20 are the Chinese's 十九大、二十大
  'guangdong-2023': {
    zh: 'zh.html',
    right: 4,
    of: 4,
    title: { title: 'Report on the Work of the Guangdong Government', occasion: 'Delivered at the First Session of the 14th Guangdong Provincial People’s Congress on January 12, 2023', speaker: 'WANG Weizhong, Governor of Guangdong Province' },
    warnings: ['12:5 align-title', '17:4 align-cut', '21:4 align-cut'],
  },
  // before: speaker "Governor Ma Delivers Report on the Work of the Government" (the page's headline), the real speaker line
  // "placed nowhere"; 20:4 align-low-confidence on "On behalf of …" (the ratio, as Guangdong 2024)
  'guangdong-2020': {
    zh: 'zh.txt',
    right: 5,
    of: 5,
    title: { title: 'Report on the Work of the Government', occasion: 'Delivered at the Third Session of the 13th Guangdong Provincial People\'s Congress on January 14, 2020', speaker: 'MA Xingrui, Governor of Guangdong Province' },
    warnings: ['15:4 align-title', '18:4 align-cut', '22:4 align-cut', '22:4 align-cut'],
  },
  // before: title "Report on the Work of the Supreme People's Procuratorate| November 29, 2023"; no speaker (“By Zhang Jun,
  // Prosecutor General of the” / “Supreme People's Procuratorate” placed nowhere, and a warning that the page prints none)
  'spp-2023': {
    zh: 'zh.html',
    right: 3,
    of: 3,
    title: { title: 'Report on the Work of the Supreme People\'s Procuratorate', occasion: 'Delivered at the First Session of the Fourteenth National People\'s Congress on March 7, 2023', speaker: 'Zhang Jun, Prosecutor General of the Supreme People\'s Procuratorate' },
    warnings: ['11:20 align-title', '21:4 align-cut', '22:4 align-cut'],
  },
  // the fifth pair, found and keyed after the round's rules were set (held out from them): run once, as it came. The
  // low-confidence warning is true — the English gives no GDP figure (1.295万亿元) and rounds 2314.43亿元 to 231.4 billion.
  // (ingest leaves “许勤作政府工作报告”, the occasion's tail, as a paragraph before 各位代表: not in the key; align gives it nothing)
  'shenzhen-2013': {
    zh: 'zh.html',
    right: 5,
    of: 5,
    title: { title: 'Report on the Work of the Government', occasion: 'Delivered at the Fifth Session of the Fifth People’s Congress of Shenzhen Municipality 15 January 2013, Shenzhen', speaker: 'Mayor Xu Qin' },
    // (16:4: "(For Reference)", English the Chinese lacks, said to start before the Chinese — true, as the key says; it was
    // not said while ingest left "许勤作政府工作报告" a paragraph of zh.md, before the salutation: the speaker since 45658aa)
    warnings: ['11:4 align-title', '16:4 align-cut', '21:4 align-low-confidence', '21:4 align-cut'],
  },
};

describe('align, round 3: five new real pairs, held out, scored against their keys', () => {
  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: ${want.right} of ${want.of} blocks right, the title block read, the warnings true`, () => {
      const dir = path.join(root, name);
      const s = score(dir, 'en.html', want.zh);
      expect(s.wrong).toEqual([]);
      expect({ right: s.right, of: s.of }).toEqual({ right: want.right, of: want.of });
      const { result } = runPair(dir, 'en.html', want.zh);
      expect(result.value).toContain(`title: ${want.title.title}\n`);
      expect(result.value).toContain(`occasion: ${want.title.occasion}\n`);
      expect(result.value).toContain(`speaker: ${want.title.speaker}\n`);
      expect(warnings(result)).toEqual(want.warnings);
      // no silent loss: every English line of the page placed, or named by a message at its line:column
      expect(unaccounted(dir, 'en.html', want.zh)).toEqual([]);
    });
  }

  // new user round 18: jiaxing.gov.cn's "Release date:2025-03-20 10:22" under its headline was English before the text (a warning)
  it('leaves out a site\'s stamp line among the first lines (a release date, a source, views), said at its place; not a sentence', () => {
    const page = (lines: string[]) => readEnglishPage(Buffer.from(lines.join('\n\n')), 'en.txt');
    const head = ['Report on the Work of the Government', 'Li Jun', 'Mayor of Jiaxing', 'Fellow deputies,', 'On behalf of the Municipal People’s Government, I will now report to you on the work of the government.'];
    for (const stamp of ['Release date:2025-03-20 10:22', 'Date: 2023-01-29', 'Source: Beijing Foreign Affairs Office', 'Views:1']) {
      const read = page([stamp, ...head]);
      expect(read.leftOut.find((l) => l.text === stamp), stamp).toMatchObject({ line: 1, why: 'chrome', label: 'the page’s stamp (a date, a source, a count)' });
      expect(read.paragraphs.map((p) => p.text)).not.toContain(stamp);
    }
    // guard: a sentence opening with such a word is text
    const sentence = 'Source: the Statistics Bureau reported that the economy grew by 5.6%. Prices were stable.';
    expect(page([...head, sentence]).paragraphs.map((p) => p.text)).toContain(sentence);
  });

  it('leaves out the headline naming the report and the date stamped on a headline, each said at its place', () => {
    const gd = readEnglishPage(readFileSync(path.join(root, 'guangdong-2024/en.html')), 'en.html');
    expect(gd.leftOut.find((l) => l.line === 12)).toMatchObject({ text: 'Full text of the Report on the Work of the Guangdong Government (2024)', why: 'chrome', label: 'the page’s headline, naming the report' });
    const spp = readEnglishPage(readFileSync(path.join(root, 'spp-2023/en.html')), 'en.html');
    expect(spp.leftOut.find((l) => l.text === 'November 29, 2023')).toMatchObject({ line: 11, column: 78, label: 'a date stamped on the headline' });
  });
});

describe('align, round 3: guards', () => {
  const page = (lines: string[]) => readEnglishPage(Buffer.from(lines.join('\n\n')), 'en.txt');

  it('a speaker line whose role ends “of the” takes the next line only when it is a short name, not a sentence', () => {
    const joined = page(['Report on the Work of the Supreme People’s Court', 'Delivered at the First Session of the 14th National People’s Congress on March 7, 2023', 'By Zhou Qiang, President of the', 'Supreme People’s Court', 'Fellow Deputies,']);
    expect(joined.title?.speaker).toBe('Zhou Qiang, President of the Supreme People’s Court');
    const sentence = page(['Report on the Work of the Government', 'Delivered at the Fifth Session of the 13th National People’s Congress on March 5, 2022', 'Li Keqiang, Premier of the', 'State Council and the People’s Government.', 'Fellow Deputies,']);
    expect(sentence.title?.speaker).toBe('Li Keqiang, Premier of the');
  });

  // (stop 38, new user round 18's jiaxing.gov.cn) the headline naming the report with its place and year among the title's words
  it('a headline holding the title\'s words in order with a few more ("…of the Jiaxing Municipal Government(2025)") is the page\'s headline naming the report; a sentence holding them, or a line with them out of order, stays', () => {
    const block = ['Report on the Work of the Government', 'Li Jun', 'Mayor of the Municipal Peoples Government of Jiaxing', 'Fellow deputies,'];
    const headline = 'Report on the Work of the Jiaxing Municipal Government(2025)';
    const read = page([headline, ...block]);
    expect(read.leftOut.find((l) => l.text === headline)).toMatchObject({ line: 1, why: 'chrome', label: 'the page’s headline, naming the report' });
    expect(read.paragraphs.map((p) => p.text)).toEqual(['Fellow deputies,']);
    for (const line of ['The report on the city’s economy said the work of the new year has begun and the government will act.', 'The Work of the Government: a Report']) {
      expect(page([line, ...block]).paragraphs.map((p) => p.text), line).toEqual([line, 'Fellow deputies,']);
    }
  });

  it('a line before the title block that does not name the report stays a paragraph; a bar without a date stays in the text', () => {
    const read = page(['Home | News', 'Report on the Work of the Government', 'Delivered at the Fifth Session of the 13th National People’s Congress on March 5, 2022', 'Li Keqiang, Premier of the State Council', 'Fellow Deputies,']);
    expect(read.paragraphs.map((p) => p.text)).toEqual(['Home | News', 'Fellow Deputies,']);
  });

  it('a cut paragraph: a figure the Chinese writes as a word excuses only that figure in the English (十九大 ↔ 19th, not 18th)', () => {
    const chinese = ['---', 'title: 政府工作报告', '---', '', '各位代表： {#p-0}', '', '我们全面贯彻党的十九大精神，全市生产总值增长5%，一般公共预算收入增长6.2%，各项事业取得新进展。 {#p-1}', ''].join('\n');
    // the page's last paragraph, cut before the 6.2 (a figure it lacks is not held against it; one it has that differs is)
    const warn = (congress: string) =>
      alignOfficial({ slug: 't', zh: chinese, page: page(['Fellow Deputies,', `We fully implemented the guiding principles of the ${congress} CPC National Congress. The GDP of the city grew by 5%, and the general public budget revenue`]), pagePath: 'en.txt' })
        .file.messages.filter((m) => m.ruleId === 'align-low-confidence')
        .map((m) => m.reason);
    expect(warn('19th')).toEqual([]);
    expect(warn('18th')).toEqual([expect.stringMatching(/not in the English: 6\.2 \(the English has 18\)/)]);
  });
});

/**
 * Tables, lists, boxes and notes (align round 3): align placed headings and paragraphs only. A box's paragraph made the
 * whole run fail ("Cannot write en.md without loss": en.md writes a box with its title, which had no English), and a
 * table, a list or the report's notes were left out of en.md without a word. Now a box's title is aligned like a heading,
 * a box paragraph that still cannot be written stays pending (said), and each table, list and the notes are said once.
 */
describe('align, round 3: structures of zh.md', () => {
  const zh = ['---', 'title: 政府工作报告', '---', '', '各位代表： {#p-0}', '', '现在，我代表市人民政府，向大会报告工作，请予审议。 {#p-1}', '',
    ':::box[专栏1　主要指标]{#b-box1}', '全市生产总值增长5%。 {#p-b1}', '', '| 指标 {#c-h1} | 2023年 {#c-h2} |', '|---|--:|', '| 生产总值增长（%） {#c-r1a} | 5 {#c-r1b} |', ':::', '',
    '- 经济发展取得新成效。 {#li-g1}', '- 民生持续改善。 {#li-g2}', '', '全市经济稳中向好，一般公共预算收入增长6.2%。[^1] {#p-2}', '', '[^1]: 带*的为2019年数据。 {#fn-1}', ''].join('\n');
  const en = (lines: string[]) => readEnglishPage(Buffer.from(lines.join('\n\n')), 'en.txt');
  const opening = ['Fellow Deputies,', "On behalf of the Municipal People's Government, I will now report to you on the work of the government for your deliberation."];
  const closing = 'The economy of the city was stable, and the general public budget revenue grew by 6.2%.';

  it('a box: its title aligned like a heading, its paragraph under it, its table said (was: nothing written, a loss refused)', () => {
    const result = alignOfficial({ slug: 't', zh, page: en([...opening, 'Box 1 Main targets', 'The GDP of the city grew by 5%.', closing]), pagePath: 'en.txt' });
    expect(result.value).toContain(':::box[Box 1 Main targets]{#b-box1');
    expect(result.value).toContain('The GDP of the city grew by 5%. {#p-b1');
    expect(result.file.messages.filter((m) => m.ruleId === 'align-structure').map((m) => m.reason)).toEqual([
      expect.stringMatching(/^Not aligned: zh\.md's table at zh\.md:12 “指标” \(4 cell\(s\)\)/),
      expect.stringMatching(/^Not aligned: zh\.md's list at zh\.md:17 “经济发展取得新成效。” \(2 item\(s\)\)/),
      expect.stringMatching(/^Not aligned: zh\.md's report’s notes at zh\.md:22 .*\(1 note\(s\)\)/),
    ]);
  });

  it('a box whose title the page does not print: its paragraph stays pending, said; the rest is written', () => {
    const result = alignOfficial({ slug: 't', zh, page: en([...opening, 'The GDP of the city grew by 5%.', closing]), pagePath: 'en.txt' });
    expect(result.value).toContain(`${closing} {#p-2`);
    expect(result.placed.has('p-b1')).toBe(false);
    expect(result.file.messages.find((m) => m.ruleId === 'align-unplaced' && /p-b1/.test(m.reason))?.reason).toMatch(/box title `b-box1` has no English.*stays without English \(pending\)/);
  });
});
