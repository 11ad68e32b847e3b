/**
 * The corpus of real report pages (test/fixtures/ingest-corpus/<case>/):
 * each page is ingested as a new user would (no --meta) and
 * - the front matter and outline are compared with the golden `zh.md` of the
 *   case (written by `UPDATE_CORPUS=1`, then checked by hand against
 *   expected.yaml — read the diff);
 * - every field of the hand-checked expected.yaml is asserted (title, issuer,
 *   date and date_source, occasion, speaker, disclosure fields, cover notice,
 *   heading levels, numbered lines that are not headings, boilerplate gone
 *   from the body, where the body starts), except the gaps listed in
 *   `knownGaps` below, which must still fail (so a fix removes them);
 * - every front-matter field ingest could not find is a warning that names
 *   the field and says how to supply it (--meta).
 * The per-field accuracy over the same corpus is `duizhao bench --ingest`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { readCorpus, scoreCase, type Check } from '../pipeline/bench/ingest-accuracy.ts';
import { buildPublication } from '../pipeline/model/load.ts';
import { knownGaps } from './fixtures/ingest-corpus-gaps.ts';

const root = path.join(import.meta.dirname, 'fixtures', 'ingest-corpus');
const update = Boolean(process.env.UPDATE_CORPUS);
const corpus = readCorpus(root);

/** Front matter and outline of an ingested page: the golden per case. */
function outline(markdown: string): string {
  const end = markdown.indexOf('\n---\n', 4) + 5;
  const headings = markdown
    .slice(end)
    .split('\n')
    .filter((line) => line.startsWith('#'));
  return `${markdown.slice(0, end)}\n${headings.join('\n')}\n`;
}

const key = (k: Check) => (k.item === k.field ? k.field : `${k.field}: ${k.item}`);

const MISSABLE = ['title', 'issuer', 'date', 'occasion', 'speaker'] as const;

describe('ingest corpus of real pages', () => {
  test('the corpus holds at least 30 pages from at least 15 sites', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((c) => c.expected.site)).size).toBeGreaterThanOrEqual(15);
  });
  for (const c of corpus.filter((c) => c.expected.ingest_refuses)) {
    test(`${c.name} is refused by design (${c.expected.ingest_refuses}) with a clear message`, () => {
      expect(() => scoreCase(c)).toThrow(expect.objectContaining({ ruleId: c.expected.ingest_refuses, fatal: true }));
    });
  }
  for (const c of corpus.filter((c) => !c.expected.ingest_refuses)) {
    describe(c.name, () => {
      const score = scoreCase(c);
      const { result } = score;
      test('front matter and outline as in the golden zh.md', () => {
        const golden = path.join(c.dir, 'zh.md');
        if (update) writeFileSync(golden, outline(result.markdown));
        expect(existsSync(golden), `no golden ${golden}: run UPDATE_CORPUS=1 and check it by hand against expected.yaml`).toBe(true);
        expect(outline(result.markdown)).toBe(readFileSync(golden, 'utf8'));
      });
      test('every field of expected.yaml (except the known gaps, which still fail)', () => {
        const gaps = new Set(knownGaps[c.name] ?? []);
        const wrong = score.checks.filter((k) => !k.ok && !gaps.has(key(k))).map((k) => `${key(k)}: expected ${String(k.expected)}, found ${String(k.found)}`);
        const fixed = [...gaps].filter((g) => !score.checks.some((k) => !k.ok && key(k) === g));
        expect(wrong, 'fields read wrong').toEqual([]);
        expect(fixed, 'known gaps that now pass: remove them from test/fixtures/ingest-corpus-gaps.ts').toEqual([]);
      });
      test('every missing front-matter field is a warning naming it and --meta', () => {
        for (const field of MISSABLE) {
          if (result.frontMatter[field] !== undefined && result.frontMatter[field] !== '') continue;
          const warning = result.file.messages.find((m) => m.ruleId === `missing-${field}`);
          expect(warning?.fatal, `warning for the missing ${field}`).toBe(false);
          expect(warning?.reason).toContain(`\`${field}\``);
          expect(warning?.reason).toContain('--meta');
        }
        if (result.frontMatter.date !== undefined) expect(result.frontMatter.date_source).toMatch(/^(occasion|written|published|title)$/);
      });
      // (guard of ingest/news-story.ts and list-page.ts: every page of the corpus carries a report's text, none is a story about one or a list)
      test('is not called a news story about the report, or a list of reports', () => {
        expect(result.file.messages.filter((m) => m.ruleId === 'news-story' || m.ruleId === 'list-page').map(String)).toEqual([]);
      });
      test('the output is valid content and the id of every block is stable', () => {
        const loaded = buildPublication(c.name, new VFile({ path: 'zh.md', value: result.markdown }));
        // (a page without a title: ingest warns, and the model says the editions show the slug meanwhile)
      expect(loaded.publication.files.zh.messages.filter((m) => m.ruleId !== 'missing-title').map(String)).toEqual([]);
        // (a notes section's heading goes to the front matter as notes_heading: no block of the text)
        expect(loaded.publication.blocks.map((b) => b.id)).toEqual(result.blocks.filter((b) => b.kind !== 'notes-heading').map((b) => b.id));
      });
    });
  }
});
