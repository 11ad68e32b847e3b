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

/** A report file without its hand-written translator's note (no CAT file carries it: an import leaves it out). */
export const withoutTranslatorNote = (markdown: string) => markdown.replace(/^translator_note: .*\n/mu, '');
