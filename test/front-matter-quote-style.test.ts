/**
 * A front-matter value rewritten by an import keeps the quoting it was written in (stop 55, helper review55). Round 21's
 * reviser revised the translator's note in the CAT file (`meta-translator_note`); the import wrote the new words over
 * `translator_note: "…"` as a plain scalar, `translator_note: Unofficial translation …` — en.md's line changed beyond its
 * words, against translate/front-matter.ts's promise that edits keep the file's formatting. Now the value keeps its own
 * style where YAML allows it: double quotes stay double, single stay single, plain stays plain when that is safe (and is
 * quoted when it is not, as before). Each test's name says what happened before ("was: …"); guards are named as such.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readMeta, writeMeta } from '../pipeline/translate/front-matter.ts';
import { importXliff } from '../pipeline/translate/xliff-import.ts';
import { beforeReview } from './fixture-report.ts';
import { round21Revisions } from './newuser21-revisions.ts';

const front = (lines: string) => `---\n${lines}\n---\n\nText. {#p-000001}\n`;

describe('a front-matter value written over by an import keeps its quoting', () => {
  it('a double-quoted note stays double-quoted (was: written plain, `translator_note: Reviewed …`)', () => {
    const en = front('title: Report\ntranslator_note: "Unofficial translation; not reviewed."');
    const out = writeMeta(en, { translator_note: 'Unofficial translation. Reviewed by a second translator.' });
    expect(out).toBe(front('title: Report\ntranslator_note: "Unofficial translation. Reviewed by a second translator."'));
  });

  it("a single-quoted title stays single-quoted, its apostrophe doubled (was: written plain)", () => {
    const en = front("title: 'Report on the Work of the Government'\nissuer: Weifang Municipal Finance Bureau");
    const out = writeMeta(en, { title: "Report on the Work of the People's Government" });
    expect(out).toBe(front("title: 'Report on the Work of the People''s Government'\nissuer: Weifang Municipal Finance Bureau"));
    expect(readMeta(out).title).toBe("Report on the Work of the People's Government");
  });

  it('guard: a plain value stays plain where that is safe, and is quoted where it is not (": " in the words)', () => {
    const en = front('title: Report\nissuer: Weifang Municipal Finance Bureau');
    expect(writeMeta(en, { issuer: 'Municipal Finance Bureau of Weifang' })).toBe(front('title: Report\nissuer: Municipal Finance Bureau of Weifang'));
    const quoted = writeMeta(en, { title: 'Excerpt: the summary' });
    expect(quoted).toBe(front('title: "Excerpt: the summary"\nissuer: Weifang Municipal Finance Bureau'));
    expect(parseYaml(quoted.split('---\n')[1]).title).toBe('Excerpt: the summary');
  });

  it("round 21's reviser file imported over the translator's en.md gives the committed en.md, the note still in its double quotes (was: the note's line unquoted)", async () => {
    const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round21');
    const read = (file: string) => readFileSync(path.join(fixture, file), 'utf8');
    const committed = read('content/reports/weifang-budget-2023/en.md');
    const translators = beforeReview(committed, round21Revisions).replace(/ src=(\w+)\}/gu, ' src=$1 state=translated}');
    expect(translators).toMatch(/^translator_note: "Unofficial translation of the summary/mu);
    const result = await importXliff({ xliff: read('weifang-budget-2023.review.xlf'), zh: read('content/reports/weifang-budget-2023/zh.md'), en: translators, xliffPath: 'weifang-budget-2023.review.xlf' });
    expect(result.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
    expect(result.value).toBe(committed);
    expect(result.value).toMatch(/^translator_note: "Unofficial translation of the summary[^\n]*second translator[^\n]*"$/mu);
  });
});
