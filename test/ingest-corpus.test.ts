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
import { missableFor } from '../pipeline/ingest/front-matter.ts';
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

/** The pages that are masked copies or templates (XX年, ××区, 中共xx区委), each read by hand (stop 27). */
const MASKED = new Set([
  'cn-spc-20xx-template-writing-site-heldout27',
  'cq-chongqing-2006-essay-keyword-title-heldout25',
  'cq-qijiang-county-2003-docsite-flattened-heldout6',
  'fj-shanghang-county-2020-anonymized-paywall',
  'gs-city-2021-docsite-title-split-heldout7',
  'tj-dongli-district-2016-essay-site-masked-heldout33',
  'xj-xinjiang-2022-writing-site-masked-heldout29',
  'xx-banner-2006-writing-site-heldout12',
  'xx-city-2022-docshare-flattened-heldout7',
  'xx-city-2024-template-site-heldout7',
  'xx-city-congress-2008-essay',
  'xx-city-court-2023-template-writing-heldout15',
  // (held-out round 48: a writing site's copy of a city's report on the deputies' suggestions, the mayor masked "受xx市长委托")
  'xx-city-2010-deputy-suggestions-writing-site-masked-heldout48',
  'xx-city-cppcc-2024-template-abridged',
  // (stop 47, blind47a: the county masked by single asterisks, "我代表*人民政府，向大会报告工作…并请*政协各位委员" — read as masks
  // since a page blanking words to lone asterisks three times or more is said, masked-text.ts LONE_STAR)
  'xx-county-2003-anonymised-essay-site-heldout17',
  'xx-county-2021-half-year-essay-heldout8',
  'xx-county-audit-2024-tender-site-masked-heldout30',
  'xx-county-congress-2009-writing-site-heldout14',
  'xx-county-cppcc-half-year-writing-site-heldout33',
  'xx-county-development-zone-2022-writing-site-heldout27',
  'xx-county-education-2024-writing-site-paywall-heldout42',
  'xx-devzone-2025-writing-site-speech-heldout33',
  'xx-district-2026-docshare-speech-masked-heldout41',
  'xx-district-2009-essay-mirror-tc',
  'xx-district-congress-2000s-template',
  'xx-district-congress-2020-template-essay-site-heldout27',
  'xx-district-congress-2022-writing-site-masked-heldout32',
  'xx-hitech-zone-2026-writing-site-speech-heldout40',
  'xx-subdistrict-2026-writing-site-speech-heldout33',
  'xx-subdistrict-party-2025-writing-site-summary-heldout33',
  'xx-town-2004-docsite-flattened-heldout12',
  // (held-out round 49: a writing site's masked town report, "XX镇")
  'xx-town-2022-writing-site-masked-glued-title-heldout49',
  'xx-town-2023-writing-site-watermark-masked-heldout43',
  'xx-township-2006-paged-mirror-tc-heldout18',
  'xx-township-2007-writing-site-heldout12',
  'xx-township-2008-docshare-repeated-title',
  // (stop 61, blind61b: masked-text.ts reads one letter for 党 before its congress, "D的二十大", "X的二十大": a court report's copy
  // that masks 党 as D, read so by hand in its expected.yaml, and a document site's copy of 深圳's report masking it as X)
  'xx-city-court-2025-party-masked-heldout18',
  'gd-shenzhen-2024-docsite-newspaper-heldout5',
  'xx-township-2014-template-site',
  'xx-township-2022-half-year-template-heldout8',
  'xx-township-2023-doc-chunks',
  'xx-township-presidium-2019-writing-site-heldout20',
  'zj-hangzhou-cppcc-20xx-writing-site-tc-heldout20',
]);


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
        for (const [field] of missableFor(result.frontMatter)) {
          if (result.frontMatter[field] !== undefined && result.frontMatter[field] !== '') continue;
          const warning = result.file.messages.find((m) => m.ruleId === `missing-${field}`);
          expect(warning?.fatal, `warning for the missing ${field}`).toBe(false);
          expect(warning?.reason).toContain(`\`${field}\``);
          expect(warning?.reason).toContain('--meta');
        }
        if (result.frontMatter.date !== undefined) expect(result.frontMatter.date_source).toMatch(/^(occasion|written|published|title)$/);
      });
      // (guard of ingest/news-story.ts, list-page.ts and new-year-message.ts: every page of the corpus carries a report's text,
      // none is a story about one, a list or a New Year message)
      test('is not called a news story about the report, a list of reports or a New Year message', () => {
        expect(result.file.messages.filter((m) => m.ruleId === 'news-story' || m.ruleId === 'list-page' || m.ruleId === 'new-year-message').map(String)).toEqual([]);
      });
      // (ingest/masked-text.ts: said on exactly the corpus's masked copies and templates, each read by hand)
      test(MASKED.has(c.name) ? 'is said to be masked text' : 'is not said to be masked text', () => {
        expect(result.file.messages.some((m) => m.ruleId === 'masked-text')).toBe(MASKED.has(c.name));
      });
      test('the output is valid content and the id of every block is stable', () => {
        const loaded = buildPublication(c.name, new VFile({ path: 'zh.md', value: result.markdown }));
        // (a page without a title: ingest warns, and the model says the editions show the slug meanwhile)
      expect(loaded.publication.files.zh.messages.filter((m) => m.ruleId !== 'missing-title').map(String)).toEqual([]);
        // (a notes section's heading goes to the front matter as notes_heading: no block of the text)
        // (a table is one block of ingest's and, loaded, one block per cell that holds text, each with its cell id "c-…" —
        // held-out round 41's 彭水, the first corpus page read as a pipe table: its cells stand where the table does)
        const expected = result.blocks
          // (nor a box's end: ids.ts gives it none, the model no block — stop 40: 彭水's first table, read now, ends its box)
          .filter((b) => b.kind !== 'notes-heading' && b.kind !== 'box-end')
          .flatMap((b) => (b.kind === 'table' ? (b.rows ?? []).flat().filter((cell) => 'text' in cell && cell.text.trim() !== '').map(() => 'c-') : [b.id]));
        const ids = loaded.publication.blocks.map((b) => b.id);
        expect(ids.map((id, i) => (expected[i] === 'c-' && id.startsWith('c-') ? 'c-' : id))).toEqual(expected);
      });
    });
  }
});
