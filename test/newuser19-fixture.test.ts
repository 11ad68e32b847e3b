/**
 * New user, round 19: a think tank's bilingual edition of a city PROCURATORATE's work report — the Wuhan Municipal
 * People's Procuratorate's report on 2024, delivered by Chief Procurator 彭胜坤 on 9 January 2025
 * (test/fixtures/newuser-round19; the page: http://wh.hbjc.gov.cn/jwgk/gzbg/202503/t20250319_1849877.shtml as the
 * search tool returned it, to "…依法惩治破坏市场经济秩序犯罪，"). Translated through OmegaT 3.6 in console mode from the
 * translator's TMX, then revised in the XLIFF as memoQ returns it (mq:status Reviewer1Confirmed, a reviewer's note).
 * The committed project holds together: ingest of the page with its meta file gives zh.md; OmegaT's target and the
 * reviser's file, imported in turn, give en.md's blocks (all reviewed); check passes with the project's glossary (was:
 * untranslated on the translator's gloss “weight” (武汉之“重”)); and the English PDF puts the legal-supervision note on
 * the report's own use of the term, not inside the name of the CPC Central Committee's Opinions it cites (was:
 * "…Strengthening the Legal Supervision⁶ Work of Procuratorial Organs in the New Era⁷").
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { fixtureReport, revisionsUndone, withoutTranslatorNote } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round19');
const slug = 'wuhan-procuratorate-2024';
const { read } = fixtureReport(fixture, slug);
const bin = path.join(import.meta.dirname, '../pipeline/bin.cjs');
const load = () => buildPublication(slug, new VFile({ path: 'zh.md', value: read('zh.md') }), new VFile({ path: 'en.md', value: read('en.md') }));
/** en.md without the translator's note, written by hand after the imports (and its review: stop 56) */
const withoutNote = withoutTranslatorNote;

describe('new user round 19: Wuhan procuratorate 2024, the page and the CAT round trip', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu19-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('ingest of the page with its meta file gives the committed zh.md: 7 blocks, a lead, the cut said as the scope note says', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(readFileSync(path.join(fixture, 'pages/hbjc.txt')), { fileName: 'page.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    expect(result.markdown.match(/\{#[ph]-[0-9a-f]{6}\}/g)).toHaveLength(7);
    expect(result.file.messages.filter((m) => m.ruleId === 'cut-off').map((m) => m.reason)).toEqual([expect.stringContaining('as the scope note says')]);
  });

  it("OmegaT's target, then the reviser's memoQ file, imported into the project give en.md (every block reviewed)", () => {
    cpSync(path.join(fixture, 'content'), path.join(temp, 'content'), { recursive: true });
    rmSync(path.join(temp, 'content/reports', slug, 'en.md'));
    for (const file of ['wuhan-procuratorate-2024.omegat.xlf', 'review.xlf']) {
      copyFileSync(path.join(fixture, file), path.join(temp, file));
      execFileSync(process.execPath, [bin, 'xliff', 'import', file], { cwd: temp, encoding: 'utf8' });
    }
    const imported = readFileSync(path.join(temp, 'content/reports', slug, 'en.md'), 'utf8');
    // (stop 56: a second translator's review put 列席人员 in the term base's words in en.md, README "Review (stop 56)"; the
    // memoQ reviser's file gives the English before it, every block reviewed as before)
    expect(imported).toBe(withoutNote(revisionsUndone(read('en.md'), [['(CPPCC) and of the others attending the session.', '(CPPCC) and of the non-voting delegates.']])));
    expect(imported.match(/state=reviewed/g)).toHaveLength(7);
  });

  it('check passes with the project glossary; the three added terms are found on both sides', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const matcher = createMatcher(glossary);
    expect(checkPublication(load(), { glossary, matcher }).messages.map(String)).toEqual([]);
    const { publication } = load();
    const zh = new Set(matcher.findZh(publication.blocks.map((b) => b.zhText).join('\n')).map((m) => m.termId));
    const en = new Set(matcher.findEn(publication.blocks.map((b) => b.enText ?? '').join('\n')).map((m) => m.termId));
    for (const id of ['fa-lv-jian-du', 'jian-cha-hu-qi', 'san-ge-you-shi-zhuan-hua']) {
      expect(zh.has(id), id).toBe(true);
      expect(en.has(id), id).toBe(true);
    }
  });
});

describe('new user round 19: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('English PDF: no note call inside the name of the Opinions the report cites; the legal-supervision note at the report’s own use', () => {
    const text = execFileSync('pdftotext', [path.join(dist(), `${slug}.en.pdf`), '-'], { encoding: 'utf8' }).replace(/\u00ad/g, '');
    expect(text).toMatch(/Strengthening the Legal Supervision Work of Procuratorial Organs\s+in the New Era and the Hubei/);
    expect(text).toMatch(/our duty of legal supervision \d+ fully/);
    expect(text).toMatch(/in the new era \d+\./);
    expect(text).toMatch(/order of the market economy, \[the source text breaks\s+off here\]/);
  });

  it('EPUB and bilingual PDF are built; the colophon counts 7 of 7 reviewed', () => {
    const text = execFileSync('pdftotext', [path.join(dist(), `${slug}.pdf`), '-'], { encoding: 'utf8' }).replace(/\u00ad/g, '');
    expect(text).toMatch(/all 7 paragraphs translated, 7 reviewed/);
    const opf = execFileSync('unzip', ['-p', path.join(dist(), `${slug}.epub`), 'EPUB/package.opf'], { encoding: 'utf8' });
    expect(opf).toContain('武汉市人民检察院');
  });
});
