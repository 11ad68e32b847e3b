/**
 * `duizhao review` / `translated` over an en.md whose front matter does not parse (stop 57, helper review57, met in the
 * review of round 5: a reviser wrote a translator's note with “: ” in it, unquoted — YAML reads it as a nested key).
 * Was: the front matter read as empty, and the mark wrote en.md anyway — a second front_matter_reviewed and a
 * front_matter_src that had lost the values it could not read, appended beside the old lines each run (the file worse,
 * "Map keys must be unique" next), while the parse error pointed at the front matter's first line whatever the line.
 * Now the mark is refused with en.md untouched, and the parse error is said at the value's line and column, with what to do.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseReportMarkdown } from '../pipeline/model/parse.ts';
import { markReviewed, markTranslated } from '../pipeline/translate/review.ts';
import { importXliff } from '../pipeline/translate/xliff-import.ts';
import { beforeReview } from './fixture-report.ts';
import { round36Revisions } from './newuser36-revisions.ts';

const dir = path.join(import.meta.dirname, 'fixtures/newuser-round5/content/reports/hebei-2023');
const zh = readFileSync(path.join(dir, 'zh.md'), 'utf8');
const committed = readFileSync(path.join(dir, 'en.md'), 'utf8');
/** The committed en.md with its translator's note rewritten by hand to hold “: ” unquoted (line 6 of the file). */
const broken = committed.replace(/^(translator_note: Unofficial translation\.)/mu, '$1 Note: the page is cut.');
const noteLine = broken.split('\n').findIndex((l) => l.startsWith('translator_note:')) + 1;

describe('marking over a front matter that does not parse', () => {
  it('the case is real: the note is a plain value, its line 6', () => {
    expect(broken).not.toBe(committed);
    expect(noteLine).toBe(6);
  });

  it('review --all is refused and en.md left as it was (was: a second front_matter_reviewed and a truncated front_matter_src appended)', () => {
    const result = markReviewed(zh, broken, 'all');
    expect(result.value).toBe(broken);
    expect(result.changed).toEqual([]);
    expect(result.file.messages.filter((m) => m.fatal).map((m) => m.ruleId)).toContain('review-front-matter');
  });

  it('translated on a front-matter value is refused the same way', () => {
    const result = markTranslated(zh, broken, ['meta-title']);
    expect(result.value).toBe(broken);
    expect(result.file.messages.some((m) => m.fatal && m.ruleId === 'review-front-matter')).toBe(true);
  });

  it('the parse error is said at the value’s line with what to do (was: line 2, column 1, the parser’s words only)', () => {
    const file = new VFile({ path: 'en.md', value: broken });
    parseReportMarkdown(file);
    const error = file.messages.find((m) => m.ruleId === 'front-matter');
    expect(error?.line).toBe(noteLine);
    expect(error?.column).toBe('translator_note: '.length + 1);
    expect(error?.message).toContain('must be quoted');
  });

  it('guard: the same words quoted parse, and review marks as before', () => {
    const quoted = broken.replace(/^translator_note: (.*)$/mu, (_, v: string) => `translator_note: ${JSON.stringify(v)}`);
    const file = new VFile({ path: 'en.md', value: quoted });
    parseReportMarkdown(file);
    expect(file.messages.filter((m) => m.fatal)).toEqual([]);
    const unreviewed = quoted.replace(/^front_matter_reviewed: .*\n/mu, '');
    const result = markReviewed(zh, unreviewed, ['meta-translator_note']);
    expect(result.changed).toEqual(['meta-translator_note']);
    expect(result.value).toContain('front_matter_reviewed: [translator_note]');
    expect(result.file.messages.filter((m) => m.fatal)).toEqual([]);
  });
});

describe('xliff import into an en.md whose front matter does not parse', () => {
  const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round36');
  const slug = 'npcsc-work-safety-inspection-2023';
  const zh36 = readFileSync(path.join(fixture, 'content/reports', slug, 'zh.md'), 'utf8');
  const en36 = readFileSync(path.join(fixture, 'content/reports', slug, 'en.md'), 'utf8');
  const xliff = readFileSync(path.join(fixture, `${slug}.review.xlf`), 'utf8');
  /** The translator's en.md with the issuer edited by hand to hold “: ” unquoted (its line 3). */
  const brokenEn = beforeReview(en36, round36Revisions).replace(/^issuer: /mu, 'issuer: Note: ');

  it('is refused with the parse error at en.md’s line, en.md unchanged (was: every value and record appended again, duplicate keys, nothing said)', async () => {
    const result = await importXliff({ xliff, zh: zh36, en: brokenEn, xliffPath: `${slug}.review.xlf` });
    expect(result.value).toBe(brokenEn);
    const refusal = result.file.messages.find((m) => m.fatal && m.ruleId === 'xliff-en-front-matter');
    expect(refusal?.reason).toContain('en.md:3:9: Invalid front matter');
  });

  it('guard: the reviser’s file over the translator’s en.md as it is imports to the committed en.md', async () => {
    const result = await importXliff({ xliff, zh: zh36, en: beforeReview(en36, round36Revisions), xliffPath: `${slug}.review.xlf` });
    expect(result.file.messages.filter((m) => m.fatal)).toEqual([]);
    expect(result.value).toBe(en36);
  });
});
