/**
 * New user, round 32: a provincial CPPCC's PROPOSALS COMMITTEE report — 中国人民政治协商会议江苏省第十三届委员会提案委员会关于
 * 二次会议提案审查情况的报告, on the Jiangsu CPPCC's site (jszx.gov.cn): its breadcrumb and stamp line, the title with the
 * committee's name before 关于, the adoption note, and four paragraphs of counts and shares of the session's proposals, cut in
 * the fourth (test/fixtures/newuser-round32). Translated in OmegaT 3.6 (console mode) and imported. The committed project
 * holds together: ingest takes the committee as the issuer (was: the whole line the title, no issuer) and asks no occasion
 * or speaker of a document adopted at a session (was: both warned missing); check reads "二次会议" in the title as the second
 * session (was: "Missing number two", the English title "… During the Second Session" an error).
 * Stop 53: a second translator revised the English in an XLIFF 2.0 file (segment state reviewed on every unit; one block's
 * English corrected, the translator's note brought up to date: the fixture's README, "Review (stop 53)"); OmegaT's target
 * gives the translator's English, the reviser's file then the committed en.md, every block reviewed.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { hasOmegat, importIntoFreshProject, translateInOmegat } from './xliff-helpers.ts';
import { fixtureReport, han, body, withoutTranslatorNote, beforeReview, type Revision } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round32');
const slug = 'jiangsu-cppcc-2024-proposals';
const { read, load } = fixtureReport(fixture, slug);
/** A PDF's text as pdftotext reads it, without the soft hyphens the print inserts (render/pdf/typography.ts). */
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replaceAll('\u00ad', '');
/** The reviser's corrections (stop 53): the translator's English (OmegaT's target) → the reviewed (the reviser's file, en.md). */
const revisions: Revision[] = [
  ['as information on public sentiment or as letters from members.', 'as information on social conditions and public opinion, as letters from members, or in other ways.'],
];

describe('new user round 32: a CPPCC proposals committee’s report — ingest, check, OmegaT', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu32-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt'));

  it('ingest of the page with its meta file gives the committed zh.md: the committee as issuer, the adoption note kept, every word kept, no occasion asked', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    const front = parseYaml(result.markdown.split('\n---\n')[0].replace(/^---\n/u, ''));
    expect(front).toMatchObject({ title: '关于二次会议提案审查情况的报告', issuer: '中国人民政治协商会议江苏省第十三届委员会提案委员会', date: '2024-01-25', date_source: 'written', scope: 'excerpt' });
    // every Han character of the text (from the adoption note, the line after the title), in order
    const text = page.toString('utf8').split('\n');
    expect(han(body(result.markdown))).toEqual(han(text.slice(text.findIndex((line) => line.includes('会议通过'))).join('\n')));
    const rules = result.file.messages.map((m) => String(m.ruleId));
    expect(rules.filter((rule) => rule.startsWith('missing-'))).toEqual([]);
    expect(result.file.messages.find((m) => m.ruleId === 'cut-off')?.reason).toContain('as the scope note says');
  });

  it('the English checks clean with the project glossary; a wrong share, a wrong session and a lost term are told', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = read('en.md');
    expect(check(en)).toEqual([]);
    expect(check(en.replace('182, or 17.7%', '182, or 71.7%'))).toEqual([
      expect.stringContaining('Missing number in `p-527285`: the Chinese has `17.7%`'),
      expect.stringContaining('Unexpected number `71.7%`'),
    ]);
    expect(check(en.replace('During the Second Session\n', 'During the Third Session\n'))).toEqual([expect.stringContaining('Missing number `two (or 2)` (Chinese `二`)'), expect.stringContaining('`Third`')]);
    expect(check(en.replace('developing new quality productive forces', 'developing new industries'))).toEqual([expect.stringContaining('new quality productive forces')]);
  });

  it("OmegaT's target imports into a project with no English: the translator's English; the reviser's file then gives the committed en.md but for the note, every block reviewed", () => {
    const { project, imported, en: after, run } = importIntoFreshProject(fixture, slug, `${slug}.omegat.xlf`, path.join(temp, 'import'));
    expect(imported).toContain('created with 5 block(s)');
    expect(after).toBe(beforeReview(withoutTranslatorNote(read('en.md')), revisions));
    expect(after).toContain('1,028 proposals were placed on file after examination');
    expect(run('check')).toMatch(/jiangsu-cppcc-2024-proposals\s+5\s+5\s+0\s+0\s+0\s+0\s+0\s+0/u);
    copyFileSync(path.join(fixture, 'review.xlf'), path.join(project, 'review.xlf'));
    expect(run('xliff', 'import', 'review.xlf')).toContain('updated 5 block(s)');
    expect(readFileSync(path.join(project, 'content/reports', slug, 'en.md'), 'utf8')).toBe(withoutTranslatorNote(read('en.md')));
    expect(run('check')).toMatch(/jiangsu-cppcc-2024-proposals\s+5\s+5\s+5\s+0\s+0\s+0\s+0\s+0/u);
  });

  it.skipIf(!hasOmegat)('the real OmegaT 3.6 fills every segment from the memory of the committed English, and its target imports to the same English', () => {
    const project = path.join(temp, 'omegat');
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const trip = translateInOmegat(project, slug);
    expect(trip.projectFile).toContain('<source_lang>zh-CN</source_lang>');
    expect(trip.target).toContain('>Report on the Examination of Proposals Submitted During the Second Session</target>');
    expect(trip.target.match(/<target[^>]*>[^<]*\p{Script=Han}/gu)).toBeNull();
    expect(trip.imported).toContain('created with 5 block(s)');
    // (the memory gives the reviewed English; a memory's match is no review: each block translated, not reviewed)
    expect(body(trip.en)).toBe(body(read('en.md')).replaceAll(' state=reviewed}', '}'));
  }, 180_000);
});

describe('new user round 32: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('every edition builds; the PDFs carry the title, the committee, the figures and the break after the cut sentence', () => {
    for (const file of ['index.html', `${slug}.pdf`, `${slug}.en.pdf`, `${slug}.epub`]) expect(existsSync(path.join(dist(), file)), file).toBe(true);
    const en = pdfText(path.join(dist(), `${slug}.en.pdf`));
    // (stop 53: the colophon counts the reviser's work — every block reviewed)
    expect(en).toMatch(/Complete:\s+all\s+5\s+paragraphs\s+translated,\s+5\s+reviewed/u);
    expect(en).toMatch(/Report on the Examination of\s+Proposals Submitted\s+During the Second Session/u);
    expect(en).toMatch(/Committee for Handling Proposals of the 13th Jiangsu\s+Provincial Committee/u);
    expect(en).toMatch(/1,028\s+proposals\s+were\s+placed\s+on\s+file/u);
    expect(en).toMatch(/a higher level of reform\s+\[the source text\s+breaks\s+off\s+here\]/u);
    const zh = pdfText(path.join(dist(), `${slug}.pdf`));
    expect(zh).toMatch(/形成更高层次改革\s*〔原文至此中断〕/u);
  });

  it('the HTML keeps the adoption note and notes the terms the report uses', () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    expect(html).toContain('〔原文至此中断〕');
    expect(html).toContain('江苏省第十三届委员会第二次会议通过）');
    expect(html).toContain('Adopted at the Second Session of the 13th Jiangsu Provincial Committee');
    expect(html).toContain('new quality productive forces');
  });
});
