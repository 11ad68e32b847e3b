/**
 * `duizhao align`, round 2: four more real pairs — a Chinese report page and its official English published apart
 * (test/fixtures/align-round2/README.md: queries, URLs, how the files were made) — each with a key written by hand
 * before align was run (key.yaml: which English paragraphs belong to which Chinese block). The score: blocks whose
 * English is exactly the key's (a block the key leaves without English must stay pending).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEnglishPage } from '../pipeline/translate/english-page.ts';
import { enWordFigures, relativeYears, zhWordFigures } from '../pipeline/translate/align.ts';
import { enLabel } from '../pipeline/translate/official.ts';
import { runPair as runPairIn, score as scoreIn, unaccounted, warnings } from './align-pairs.ts';

const root = path.join(import.meta.dirname, 'fixtures/align-round2');
const runPair = (name: string, en = 'en.html') => runPairIn(path.join(root, name), en);
const score = (name: string, en = 'en.html') => scoreIn(path.join(root, name), en);

/** Blocks right of the key's, as measured (BENCHMARKS.md, "Align, round 2": before → after); the blocks still wrong are named. */
const expected: Record<string, { right: number; of: number; wrong: RegExp[]; warnings: string[] }> = {
  'shanghai-2005': { right: 8, of: 8, wrong: [], warnings: ['12:23 align-title', '48:4 align-lead', '48:4 align-cut', '48:4 align-cut'] },
  'beijing-2022': { right: 8, of: 8, wrong: [], warnings: ['14:4 align-title', '23:4 align-cut', '23:4 align-cut'] },
  'prc-2022': { right: 4, of: 4, wrong: [], warnings: ['17:4 align-cut', '20:4 align-low-confidence', '26:4 align-lead', '26:4 align-cut', '26:4 align-cut'] },
  // 12日上午… (the news story's own lead) takes "I will begin with a review of our work in 2019." — same length, nothing
  // in common, no anchor against it but its 12: the low-confidence warning at 17:4 names it.
  // the fifth pair, found and keyed after the rules above were set: held out (before: 3/4, the English after the Chinese
  // ends joined into its last block). The "no English title" warning is wrong: the page's headline is in its chrome.
  // The third align-title (since d6b788b, ingest reading the speaker's line over the salutation: zh.md's speaker
  // 上海市市长 龚正) is true: the English page prints no speaker.
  'shanghai-2024': { right: 4, of: 4, wrong: [], warnings: ['13:4 align-title', '13:4 align-title', '13:4 align-title', '18:4 align-cut', '19:4 align-cut'] },
  // (new user, round 31) 4 of 4 since check's Chinese reader reads no figure in "PM2.5" (as the English reader never did): the
  // Chinese-only 2.5 no longer pulls the news story's lead 12日上午… onto the wrong English (was: 3 of 4, /^12日上午/ wrong, and
  // the low-confidence warning at 17:4 that named that pairing; now the lead is one more cut at 14:4).
  'beijing-2020': { right: 4, of: 4, wrong: [], warnings: ['12:4 align-title', '14:4 align-cut', '14:4 align-cut', '20:4 align-cut'] },
};

describe('align, round 2: the real pairs scored against their keys', () => {
  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: ${want.right} of ${want.of} blocks right`, () => {
      const s = score(name);
      console.log(`${name}: ${s.right}/${s.of}\n  ${s.wrong.join('\n  ')}`);
      expect({ right: s.right, of: s.of }).toEqual({ right: want.right, of: want.of });
      expect(s.wrong).toEqual(want.wrong.map((w) => expect.stringMatching(w)));
      expect(warnings(runPair(name).result)).toEqual(want.warnings);
    });
  }
});

describe('align, round 2: the English as a text file wrapped at a width, and list marks', () => {
  it('reads Eastday’s source lines saved as .txt (wrapped at ~80 columns) as paragraphs: 8 of 8 blocks right, as the page', () => {
    const s = score('shanghai-2005', 'en-source.txt');
    expect(s.wrong).toEqual([]);
    const { result } = runPair('shanghai-2005', 'en-source.txt');
    expect(result.file.messages.find((m) => m.ruleId === 'align-unwrapped')?.reason).toMatch(/30 lines as 9 /);
    // a sentence ending a line may end a paragraph or not: a text file cannot say; the aligner joins the halves, said
    expect(result.file.messages.filter((m) => m.ruleId === 'align-joined').map((m) => `${m.line}:${m.column}`)).toEqual(['14:1', '29:1']);
  });

  it('leaves a bullet out of the item’s English (Eastday’s “*Stable and sound …”), reported at its column', () => {
    const { result } = runPair('shanghai-2005');
    expect(result.value).toContain('**Stable and sound economic growth was maintained.** Shanghai’s GDP in 2004');
    expect(result.file.messages.filter((m) => /list mark/.test(m.reason)).map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual([
      expect.stringMatching(/^41:4 Left out a list mark before the item: “\*”$/),
      expect.stringMatching(/^48:4 Left out a list mark before the item: “\*”$/),
    ]);
  });

  it('guard: a text file of whole paragraphs, one a line, is read line by line as before (round 11’s .txt)', () => {
    const page = readEnglishPage(Buffer.from('Fellow Deputies,\nOn behalf of the State Council, I will now report to you on the work of the government.\nI. A review of our work in 2019 and the first few months of 2020\nIn pursuing development last year, China faced many difficulties and challenges.\n'), 'en.txt');
    expect(page.paragraphs.map((p) => p.line)).toEqual([1, 2, 3, 4]);
    expect(page.unwrapped).toBeUndefined();
  });
});

describe('align, round 2: the English page read', () => {
  it("reads Eastday's title block (2005): the headline, a dateline left out, the occasion “at the … on January 18, 2005” after the speaker", () => {
    const page = readEnglishPage(readFileSync(path.join(root, 'shanghai-2005/en.html')), 'en.html');
    expect(page.encoding).toMatch(/gb/i);
    expect(page.title).toMatchObject({
      title: 'Report on the Work of the Government',
      speaker: 'Han Zheng, Mayor of Shanghai',
      occasion: 'at the Third Session of the Twelfth Shanghai Municipal People’s Congress on January 18, 2005',
    });
    expect(page.paragraphs[0].text).toBe('Fellow deputies,');
    // the dateline is the page's, reported where it is
    expect(page.leftOut.map((l) => `${l.line}:${l.column} ${l.text}`)).toContain('13:19 26/1/2005 10:38');
  });

  it("leaves out the page's headline printed again over the title block (Beijing Foreign Affairs Office, 2022), reported", () => {
    const page = readEnglishPage(readFileSync(path.join(root, 'beijing-2022/en.html')), 'en.html');
    expect(page.title?.title).toBe('Report on the Work of the Government');
    expect(page.paragraphs[0].text).toBe('Fellow Deputies,');
    expect(page.leftOut.find((l) => l.line === 11)).toMatchObject({ text: 'REPORT ON THE WORK OF THE GOVERNMENT', why: 'chrome', label: 'the page’s headline, the title again' });
  });

  it('guard: a line of English text with a figure stays a paragraph (only lines without a letter are left out)', () => {
    const page = readEnglishPage(Buffer.from('Fellow Deputies,\n\n2021\n\nGDP grew by 8.1 percent in 2021.\n'), 'en.txt');
    expect(page.paragraphs.map((p) => p.text)).toEqual(['Fellow Deputies,', 'GDP grew by 8.1 percent in 2021.']);
    expect(page.leftOut).toMatchObject([{ text: '2021', line: 3, column: 1, why: 'chrome' }]);
  });
});

describe('align, round 2: anchors', () => {
  it('reads 今年/去年/明年 (and 上年, 过去一年) as years relative to the report’s, soft anchors for the year an official English writes', () => {
    expect(relativeYears('一、2019年和今年以来工作回顾', 2020)).toEqual([2020]);
    expect(relativeYears('过去一年，是党和国家历史上具有里程碑意义的一年。去年…明年…', 2022)).toEqual([2021, 2021, 2023]);
    expect(relativeYears('今年', undefined)).toEqual([]);
  });

  it('reads figures written as words on either side (4次 ↔ “four times”, 十九大 ↔ “the 19th”) as soft anchors', () => {
    expect(enWordFigures('inspected our city four times and made five important remarks')).toEqual([4, 5]);
    expect(zhWordFigures('全面贯彻党的十九大和十九届历次全会精神')).toEqual([19, 19]);
  });

  it('reads English outline labels: I. / (II) / 3. / Part I / “I Review of Work …” (no full stop, Beijing 2023)', () => {
    expect(['I. Review of Work During 2021', '(II) Tasks', 'Part I 2019 in Review', 'Part II', 'I Review of Work in the Past Five Years'].map(enLabel)).toEqual([1, 2, 1, 2, 1]);
    // guard: a sentence opening with "I" is no label
    expect(['I will begin with a review of our work in 2019.', 'In 2021, we', 'Partly because'].map(enLabel)).toEqual([undefined, undefined, undefined]);
  });
});

describe('align, round 2: no silent loss', () => {
  const cases: Array<[string, string]> = [
    ['shanghai-2005', 'en.html'],
    ['shanghai-2005', 'en-source.txt'],
    ['beijing-2022', 'en.html'],
    ['prc-2022', 'en.html'],
    ['beijing-2020', 'en.html'],
    ['shanghai-2024', 'en.html'],
  ];
  for (const [name, en] of cases) {
    it(`${name}/${en}: every English line of the page is placed, or named by a message at its line:column`, () => {
      expect(unaccounted(path.join(root, name), en)).toEqual([]);
    });
  }
});
