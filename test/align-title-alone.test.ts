/**
 * New user round 20: the Supreme People's Court's English site prints its 2014 report under a menu of six lines
 * ("Judicial News" … "Judicial News Posted: 2014-05-08 15:30:21"), then the title alone — no occasion, no speaker — and
 * the salutation (test/fixtures/newuser-round20/pages/chinacourt-en.txt). align took the title for English before the
 * text ("7 paragraph(s) before the first one placed … 8:1 “Report on the Work of the Supreme People…”") and then said "The
 * page prints no English title". A title followed by the salutation is the title block, wherever the menu ends
 * (translate/english-page.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEnglishPage } from '../pipeline/translate/english-page.ts';
import { alignOfficial } from '../pipeline/translate/official.ts';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/newuser-round20/pages/chinacourt-en.txt'));

describe('align: a title alone over the salutation, under a site menu', () => {
  it("the SPC's English page: the title read, the salutation the first paragraph", () => {
    const read = readEnglishPage(page, 'chinacourt-en.txt');
    expect(read.title?.title).toBe("Report on the Work of the Supreme People's Court");
    expect(read.title?.lines.map((l) => l.line)).toEqual([8]);
    const texts = read.paragraphs.map((p) => p.text);
    expect(texts.indexOf('Fellow Deputies,')).toBe(6);
    expect(texts).not.toContain("Report on the Work of the Supreme People's Court");
  });

  it('guard: a "Report on …" line further down that no salutation follows stays a paragraph', () => {
    const text = ['Judicial News', 'Grand Justices', 'Judicial System', 'PRC Laws', 'Focus News', 'Report on the judicial reform pilot programs', 'The courts reported on the pilot programs in six provinces this year.'].join('\n\n');
    const read = readEnglishPage(Buffer.from(text), 'page.txt');
    expect(read.title).toBeUndefined();
    expect(read.paragraphs.map((p) => p.text)).toContain('Report on the judicial reform pilot programs');
  });
});

describe('align: the English page cut after the Chinese ends', () => {
  it("says the cut paragraph is in no block, not that a block's English is incomplete (the SPC's page runs on into section I)", () => {
    const zh = readFileSync(path.join(import.meta.dirname, 'fixtures/newuser-round20/content/reports/spc-2014/zh.md'), 'utf8');
    const result = alignOfficial({ slug: 'spc-2014', zh, page: readEnglishPage(page, 'chinacourt-en.txt'), pagePath: 'chinacourt-en.txt' });
    const cut = result.file.messages.filter((m) => m.ruleId === 'align-cut').map((m) => `${m.line}:${m.column} ${m.reason}`);
    expect(cut).toEqual([
      expect.stringMatching(/^18:1 The English goes on after the Chinese ends: 2 paragraph/),
      expect.stringMatching(/^1:1 The English starts before the Chinese: 6 paragraph/),
      expect.stringMatching(/^20:1 The English page's last paragraph stops mid-sentence .*: the page is cut there; it is after the Chinese ends and in no block, so en\.md holds none of it$/),
    ]);
  });
});
