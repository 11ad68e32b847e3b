/**
 * New user, round 29: a subdistrict office's ANNUAL REPORT ON OPEN GOVERNMENT INFORMATION — 西咸新区底张街道办事处2023年度政府
 * 信息公开工作年度报告, on xixianxinqu.gov.cn (its title broken over two lines inside 政府信息公开, no date printed), its opening,
 * 一、总体情况 and the first rows of 二's table in the national format, cut at "其他对" (test/fixtures/newuser-round29). Translated
 * in OmegaT 3.6 (console mode) and imported. The committed project holds together: ingest keeps every word and reads the title
 * whole, the office as issuer, no occasion or speaker asked for (was: issuer "…2023年度政府", title "信息公开工作年度报告", both
 * warned), the table's label rows across it (was: squeezed into its first column), the cut said (was: not); OmegaT's target
 * imports; check is clean with the term base's new 政府信息公开; the editions mark the break after the cut row (was: unmarked).
 * And round 28's gap: a text in simplified characters from Macao goes through the real OmegaT as zh-Hans-MO (was: zh-CN).
 * Stop 53: a second translator revised the English in an XLIFF 2.0 file (segment state reviewed on every unit; three blocks'
 * English corrected: the fixture's README, "Review (stop 53)"); OmegaT's target gives the translator's English, the reviser's
 * file then the committed en.md, every block reviewed.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { builtEditions, tablesOutOfView } from './fixture-editions.ts';
import { hasOmegat, importIntoFreshProject, translateInOmegat } from './xliff-helpers.ts';
import { fixtureReport, han, body, withoutTranslatorNote, beforeReview, type Revision } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round29');
const slug = 'dizhang-2023-information-disclosure';
const { read, load } = fixtureReport(fixture, slug);
/** A PDF's text as pdftotext reads it, without the soft hyphens the print inserts (render/pdf/typography.ts). */
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replaceAll('\u00ad', '');
/** The reviser's corrections (stop 53): the translator's English (OmegaT's target) → the reviewed (the reviser's file, en.md). */
const revisions: Revision[] = [
  ['In 2023, no letter applying for disclosure was received all year, and there were no complaints.', 'In 2023, the subdistrict received no letters applying for disclosure, and no objections or complaints were made.'],
  ['published relevant information promptly and in a positive light', 'published relevant information directly and promptly'],
  ['Newly made this year', 'Newly formulated this year'],
];

describe('new user round 29: a subdistrict office’s annual report on open government information — ingest, check, OmegaT', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu29-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt'));

  it('ingest of the page with its meta file gives the committed zh.md: the title whole, the office its issuer, every word kept, the cut said', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    const front = parseYaml(result.markdown.split('\n---\n')[0].replace(/^---\n/u, ''));
    expect(front).toMatchObject({ title: '西咸新区底张街道办事处2023年度政府信息公开工作年度报告', issuer: '西咸新区底张街道办事处', scope: 'excerpt' });
    expect(front.date).toBeUndefined();
    // every Han character of the text (from the line after the title's second half), in order
    const lines = page.toString('utf8').split('\n');
    expect(han(body(result.markdown))).toEqual(han(lines.slice(2).join('\n')));
    expect(body(result.markdown).match(/^#+ .+(?= \{)/gmu)).toEqual([
      '## 一、总体情况',
      '### （一）主动公开工作情况',
      '### （二）依申请公开工作情况',
      '### （三）政府信息管理情况',
      '### （四）政府信息公开平台建设情况',
      '### （五）监督保障情况',
      '## 二、主动公开政府信息情况',
    ]);
    // the table's two label rows across it
    expect(body(result.markdown).match(/^\| 第二十条.*$/gmu)).toEqual(['| 第二十条第（一）项 {#c-68463d} | << | << | << |', '| 第二十条第（五）项 {#c-146346} | << | << | << |']);
    // the title's two lines moved, the table read, the run-in headings split, the cut as the scope note says; of the fields only
    // the date is missing (the page prints none) — no occasion or speaker asked for
    const rules = result.file.messages.map((m) => String(m.ruleId));
    expect(rules.filter((rule) => rule.startsWith('missing-'))).toEqual(['missing-date']);
    expect(new Set(rules)).toEqual(new Set(['metadata', 'missing-date', 'run-in', 'pipe-table', 'cut-off']));
    expect(result.file.messages.find((m) => m.ruleId === 'cut-off')?.reason).toContain('as the scope note says');
  });

  it('the English checks clean with the project glossary (政府信息公开 as “open government information”); a wrong figure and a lost term are told', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = read('en.md');
    expect(check(en)).toEqual([]);
    expect(en).toContain('had proactively disclosed more than 140 items of government information');
    expect(check(en.replace('more than 140 items', 'more than 104 items'))).toEqual([
      expect.stringContaining('the Chinese has `140余`, expected `more than 140`'),
      expect.stringContaining('Unexpected number `104`'),
    ]);
    expect(check(en.replace('dedicated staff to open government information work', 'dedicated staff to disclosure work'))).toEqual([expect.stringContaining('open government information')]);
  });

  it("OmegaT's target imports into a project with no English: the translator's English; the reviser's file then gives the committed en.md but for the note, every block reviewed, the label rows across the English table", () => {
    const { project, imported, en: after, run } = importIntoFreshProject(fixture, slug, `${slug}.omegat.xlf`, path.join(temp, 'import'));
    expect(imported).toContain('created with 36 block(s)');
    expect(after).toBe(beforeReview(withoutTranslatorNote(read('en.md')), revisions));
    expect(after).toContain('| Article 20, Item (1) {#c-68463d src=68463d4f} | << | << | << |');
    expect(run('check')).toMatch(/dizhang-2023-information-disclosure\s+36\s+36\s+0\s+0\s+0\s+0\s+0\s+0/u);
    copyFileSync(path.join(fixture, 'review.xlf'), path.join(project, 'review.xlf'));
    expect(run('xliff', 'import', 'review.xlf')).toContain('updated 36 block(s)');
    expect(readFileSync(path.join(project, 'content/reports', slug, 'en.md'), 'utf8')).toBe(withoutTranslatorNote(read('en.md')));
    expect(run('check')).toMatch(/dizhang-2023-information-disclosure\s+36\s+36\s+36\s+0\s+0\s+0\s+0\s+0/u);
  });

  it.skipIf(!hasOmegat)('the real OmegaT 3.6 fills every segment from the memory of the committed English, and its target imports to the same English', () => {
    const project = path.join(temp, 'omegat');
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const trip = translateInOmegat(project, slug);
    expect(trip.projectFile).toContain('<source_lang>zh-CN</source_lang>');
    // (OmegaT writes the memory's English into each target and leaves the unit's state as exported)
    expect(trip.target).toContain('>Article 20, Item (5)</target>');
    expect(trip.target.match(/<target[^>]*>[^<]*\p{Script=Han}/gu)).toBeNull();
    expect(trip.imported).toContain('created with 36 block(s)');
    // (the memory gives the reviewed English; a memory's match is no review: each block translated, not reviewed)
    expect(body(trip.en)).toBe(body(read('en.md')).replaceAll(' state=reviewed}', '}'));
  }, 180_000);

  it.skipIf(!hasOmegat)('round 28’s gap: a text in simplified characters whose issuer is Macao’s government goes through the real OmegaT 3.6 as zh-Hans-MO (was: zh-CN), and imports', () => {
    // this report's text, its issuer made Macao's (as gov.mo's zh-hans pages print its reports: simplified characters)
    const project = path.join(temp, 'omegat-hans-mo');
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const zh = path.join(project, 'content/reports', slug, 'zh.md');
    writeFileSync(zh, readFileSync(zh, 'utf8').replace(/^issuer: .*$/mu, 'issuer: 澳门特别行政区政府'));
    const trip = translateInOmegat(project, slug);
    expect(trip.projectFile).toContain('<source_lang>zh-Hans-MO</source_lang>');
    // OmegaT reads the tag as zh-MO (its Language keeps a language and a region), loads the zh-CN memory saying so, fills every unit
    expect(trip.omegatLog).toContain('project source language (zh-MO)');
    expect(trip.target).toContain('source-language="zh-Hans-MO"');
    // every unit filled but the issuer made Macao's: the committed English issuer (the subdistrict office) was made from
    // another Chinese (front_matter_src), so the memory leaves it out (stop 55; before, it paired 澳门特别行政区政府 with the
    // subdistrict office's English) and OmegaT leaves its source copy
    expect(trip.target.match(/<target[^>]*>[^<]*\p{Script=Han}/gu)).toEqual(['<target state="needs-translation">澳门特别行政区政府']);
    expect(trip.imported).toContain('created with 36 block(s)');
    // (the memory gives the reviewed English; a memory's match is no review: each block translated, not reviewed)
    expect(body(trip.en)).toBe(body(read('en.md')).replaceAll(' state=reviewed}', '}'));
  }, 180_000);
});

describe('new user round 29: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('every edition builds; the PDFs carry the title and the issuer, the table’s rows and the break after the cut row (was: unmarked)', () => {
    for (const file of ['index.html', `${slug}.pdf`, `${slug}.en.pdf`, `${slug}.epub`]) expect(existsSync(path.join(dist(), file)), file).toBe(true);
    const en = pdfText(path.join(dist(), `${slug}.en.pdf`));
    // (stop 53: the colophon counts the reviser's work — every block reviewed)
    expect(en).toMatch(/Complete:\s+all\s+36\s+units\s+of\s+text\s+\(headings,\s+paragraphs,\s+table\s+cells\)\s+translated,\s+36\s+reviewed/u);
    expect(en).toMatch(/Annual Report of the Dizhang\s+Subdistrict Office, Xixian New\s+Area, on Open Government\s+Information for 2023/u);
    expect(en).toMatch(/Article 20, Item \(5\)/u);
    expect(en).toMatch(/Other \[the source text breaks off here\]/u);
    expect(pdfText(path.join(dist(), `${slug}.pdf`))).toMatch(/其他对\s*〔原文至此中断〕/u);
  });

  it('the HTML sets each label row as one cell across the table, in both languages (ingest’s spans, as the page’s merged cells were)', () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    // (stop 60: the first column's header cells carry class stub, kept in view on a narrow screen)
    expect(html.match(/<th scope="[a-z]+" colspan="4"(?: class="[^"]*")?>[^<]+<\/th>/gu)).toEqual([
      expect.stringContaining('第二十条第（一）项'),
      expect.stringContaining('第二十条第（五）项'),
      expect.stringContaining('Article 20, Item (1)'),
      expect.stringContaining('Article 20, Item (5)'),
    ]);
  });

  it('the four-column table fits a phone of 390 px in every view (nothing to scroll)', async () => {
    expect(await tablesOutOfView(built.browser, path.join(dist(), 'index.html'), [390])).toEqual([]);
  });
});
