/**
 * Chinese left in the English an import writes is told at its unit (stop 56, helper review56). Round 34's reviser first wrote
 * the revised note naming 行业 and 等 bare, not as glosses; `duizhao xliff import` took the file and said nothing, and
 * `duizhao check` then refused en.md ("Unexpected Chinese `行业` in the English front matter (`translator_note`)"). The same
 * for a block's English: imported silently, an error only in check. Now the import writes the English as before and warns
 * at the unit (`xliff-untranslated`), so the fix is made in the CAT file. A gloss — the Chinese in parentheses after its
 * English, or quoted in the translator's note — is no finding. Each test's name says what happened before ("was: …");
 * guards are named as such.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importXliff } from '../pipeline/translate/xliff-import.ts';
import { beforeReview } from './fixture-report.ts';
import { round34Revisions } from './newuser34-revisions.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round34');
const slug = 'wuhan-state-assets-2020';
const read = (file: string) => readFileSync(path.join(fixture, file), 'utf8');
const zh = read(`content/reports/${slug}/zh.md`);
const committed = read(`content/reports/${slug}/en.md`);
/** en.md as the translator left it, before the reviser's file */
const translators = beforeReview(committed, round34Revisions);
const review = read(`${slug}.review.xlf`);
const revisedNote = 'who restored what one heading had left out, “sectors such as” (等行业), and reworded';

const importing = (xliff: string) => importXliff({ xliff, zh, en: translators, xliffPath: `${slug}.review.xlf` });
const told = (result: Awaited<ReturnType<typeof importing>>) => result.file.messages.filter((m) => m.ruleId === 'xliff-untranslated').map((m) => `${m.line}:${m.reason}`);

describe('Chinese left in the English an import writes is told at its unit', () => {
  it('a revised note naming 行业 and 等 bare: written, and told at meta-translator_note (was: imported silently, check then refused en.md)', async () => {
    expect(review).toContain(revisedNote);
    const result = await importing(review.replace(revisedNote, 'who restored what one heading had left out (行业 and the open list of 等: “sectors such as …”) and reworded'));
    expect(result.file.messages.filter((m) => m.fatal)).toEqual([]);
    const line = review.split('\n').findIndex((l) => l.includes('<trans-unit id="meta-translator_note"')) + 1;
    expect(told(result)).toEqual([
      expect.stringMatching(new RegExp(`^${line}:Unexpected Chinese \`行业\` in the English front matter \\(\`translator_note\`\\).*\\(untranslated\\); imported — correct the target in the CAT tool, or en\\.md$`, 'u')),
      expect.stringMatching(new RegExp(`^${line}:Unexpected Chinese \`等\` in the English front matter`, 'u')),
    ]);
    expect(result.value).toMatch(/^translator_note: "[^\n]*\(行业 and the open list of 等/mu);
  });

  it("a block's target with its Chinese left in: written, and told at the block's unit (was: imported silently)", async () => {
    const result = await importing(review.replace('and commerce and logistics</target>', 'and commerce and logistics 等行业</target>'));
    expect(result.file.messages.filter((m) => m.fatal)).toEqual([]);
    const line = review.split('\n').findIndex((l) => l.includes('<trans-unit id="h-c3d885"')) + 1;
    expect(told(result)).toEqual([expect.stringMatching(new RegExp(`^${line}:Unexpected Chinese \`等行业\` in the English of \`h-c3d885\``, 'u'))]);
  });

  it('a front-matter value with Chinese left in: told at its unit (was: imported silently)', async () => {
    const result = await importing(review.replace('Xiang Bo, Director of the Wuhan Municipal Finance Bureau</target>', 'Xiang Bo, 局长 of the Wuhan Municipal Finance Bureau</target>'));
    const line = review.split('\n').findIndex((l) => l.includes('<trans-unit id="meta-speaker"')) + 1;
    expect(told(result)).toEqual([expect.stringMatching(new RegExp(`^${line}:Unexpected Chinese \`局长\` in the English front matter \\(\`speaker\`\\)`, 'u'))]);
  });

  it("guard: the committed reviser's file — its gloss (等行业) — is told nothing and gives the committed en.md", async () => {
    const result = await importing(review);
    expect(told(result)).toEqual([]);
    expect(result.value).toBe(committed);
  });

  it("guard: a note that quotes the Chinese, and a unit the file leaves as en.md has it, are told nothing", async () => {
    const quoted = await importing(review.replace(revisedNote, 'who restored what one heading had left out (“行业”, “等”: “sectors such as”), and reworded'));
    expect(told(quoted)).toEqual([]);
    // Chinese already in en.md's English, in a unit whose English this file leaves as it is: not the import's to tell (check tells it)
    const withChinese = translators.replace('I. Overview of State-Owned Assets {', 'I. Overview of State-Owned Assets 总体情况 {');
    const xliff = review.replace('<target state="signed-off">I. Overview of State-Owned Assets</target>', '<target state="signed-off">I. Overview of State-Owned Assets 总体情况</target>');
    const result = await importXliff({ xliff, zh, en: withChinese, xliffPath: `${slug}.review.xlf` });
    expect(result.file.messages.filter((m) => m.fatal)).toEqual([]);
    expect(told(result)).toEqual([]);
  });
});
