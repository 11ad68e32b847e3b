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
