/**
 * A new user's committed report as the fixture tests read it (tests of test/fixtures/newuser-round*): its files, the
 * publication built from them, and the two measures the tests take of a text (its Han characters, its body).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { buildPublication } from '../pipeline/model/index.ts';

/** The report `slug` of the project `fixture`: `read` gives a file of its folder; `load` builds the publication from its zh.md (or `zh`) and `en`. */
export function fixtureReport(fixture: string, slug: string) {
  const read = (file: string) => readFileSync(path.join(fixture, 'content/reports', slug, file), 'utf8');
  const load = (en: string, zh = read('zh.md')) => buildPublication(slug, new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: en }));
  return { read, load };
}

/** Every Han character of `text`, in order. */
export const han = (text: string) => text.match(/\p{Script=Han}/gu) ?? [];

/** A report file's body: what follows its front matter. */
export const body = (markdown: string) => markdown.split('\n---\n')[1].trim();

/**
 * A report file without its hand-written translator's note (no CAT file carries it: an import leaves it out), and so
 * without the note's review in `front_matter_reviewed` (stop 56: a reviewed note is listed there).
 */
export const withoutTranslatorNote = (markdown: string) =>
  markdown
    .replace(/^translator_note: .*\n/mu, '')
    .replace(/^front_matter_reviewed: \[translator_note\]\n/mu, '')
    .replace(/^(front_matter_reviewed: \[.*?)(?:, translator_note\b|\btranslator_note, )(.*)$/mu, '$1$2');

/** A reviser's correction of one block's English: the translator's words, the reviser's words (each unique in the file). */
export type Revision = readonly [translator: string, reviser: string];

/**
 * The translator's English of a reviewed report file: each revision undone (the reviser's words must occur exactly once)
 * and every review taken away — each block's `state=reviewed` and the front matter's `front_matter_reviewed` (stop 54):
 * the translator's file left them translated.
 */
export function beforeReview(markdown: string, revisions: readonly Revision[]): string {
  return revisionsUndone(markdown, revisions).replaceAll(' state=reviewed}', '}').replace(/^front_matter_reviewed: .*\n/mu, '');
}

/**
 * A reviewed report file with each revision undone and nothing else changed (the reviser's words must occur exactly once):
 * the file an earlier reviser's CAT file gives when a later review changed only words (stop 56: rounds 19 and 25, whose
 * blocks a revision step had already marked reviewed).
 */
export function revisionsUndone(markdown: string, revisions: readonly Revision[]): string {
  let text = markdown;
  for (const [translator, reviser] of revisions) {
    const count = text.split(reviser).length - 1;
    if (count !== 1) throw new Error(`the reviser's “${reviser}” occurs ${count} time(s), expected once`);
    text = text.replace(reviser, () => translator);
  }
  return text;
}
