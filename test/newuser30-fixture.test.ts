/**
 * New user, round 30: a town government's ANNUAL REPORT ON BUILDING A LAW-BASED GOVERNMENT — 下洋镇2023年法治政府建设年度报告,
 * on xuwen.gov.cn (Xuwen County, Guangdong): its title, its opening and the first three items of 一、, the text indented under
 * blank lines, cut inside (三)'s first point (test/fixtures/newuser-round30). Translated in OmegaT 3.6 (console mode) and
 * imported. The committed project holds together: ingest keeps every word and names the town's government as issuer (was:
 * none, a warning asking for one — the opening "2023年以来,下洋镇…" unread, indented under a blank line); check is clean with
 * the term base's new 法治政府 and 习近平法治思想, and the enumeration's "二是" as "Second" (was: "Missing number two", the
 * import refused); the editions mark the break and print no edition date for a report that gives none (was: "Edition date
 * 1 January 2000").
 * Stop 53: a second translator revised the English in an XLIFF 1.2 file (target state signed-off on every unit; one block's
 * English corrected: the fixture's README, "Review (stop 53)"); OmegaT's target gives the translator's English, the reviser's
 * file then the committed en.md, every block reviewed.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { hasOmegat, importIntoFreshProject, translateInOmegat } from './xliff-helpers.ts';
import { fixtureReport, han, body, withoutTranslatorNote, beforeReview, type Revision } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round30');
const slug = 'xiayang-2023-law-based-government';
const { read, load } = fixtureReport(fixture, slug);
/** A PDF's text as pdftotext reads it, without the soft hyphens the print inserts (render/pdf/typography.ts). */
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replaceAll('\u00ad', '');
/** The reviser's corrections (stop 53): the translator's English (OmegaT's target) → the reviewed (the reviser's file, en.md). */
const revisions: Revision[] = [
  ['take greater responsibility for legal education', 'develop a stronger sense of responsibility for legal education'],
];

describe('new user round 30: a town’s annual report on building a law-based government — ingest, check, OmegaT', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu30-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt'));

  it('ingest of the page with its meta file gives the committed zh.md: the town’s government its issuer, every word kept, the cut said', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    const front = parseYaml(result.markdown.split('\n---\n')[0].replace(/^---\n/u, ''));
    expect(front).toMatchObject({ title: '下洋镇2023年法治政府建设年度报告', issuer: '下洋镇人民政府', scope: 'excerpt' });
    expect(front.date).toBeUndefined();
    // every Han character of the text (from the line after the title), in order
    expect(han(body(result.markdown))).toEqual(han(page.toString('utf8').split('\n').slice(1).join('\n')));
    expect(body(result.markdown).match(/^#+ .+(?= \{)/gmu)).toEqual([
      '## 一、2023年法治政府建设主要举措和成效',
      '### （一）加强组织领导，全面提升依法行政水平',
      '### （二）加强法治政策理论学习，坚持党的思想路线贯穿依法治镇全过程',
      '### （三）全面推进政务公开，打造阳光型政府',
    ]);
    // the title moved, the cut as the scope note says; of the fields only the date is missing (the page prints none) — no
    // issuer asked for, no occasion or speaker
    const rules = result.file.messages.map((m) => String(m.ruleId));
    expect(rules.filter((rule) => rule.startsWith('missing-'))).toEqual(['missing-date']);
    expect(result.file.messages.find((m) => m.ruleId === 'cut-off')?.reason).toContain('as the scope note says');
  });

  it('the English checks clean with the project glossary (法治政府 “law-based government”, 习近平法治思想); a wrong figure, a lost term and a lost “Second” are told', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = read('en.md');
    expect(check(en)).toEqual([]);
    expect(check(en.replace('more than 2,000 booklets', 'more than 200 booklets'))).toEqual([
      expect.stringContaining('the Chinese has `2000余`, expected `more than 2,000`'),
      expect.stringContaining('Unexpected number `200`'),
    ]);
    expect(check(en.replace('earnestly applied Xi Jinping Thought on the Rule of Law', 'earnestly applied the Party’s thinking on law'))).toEqual([expect.stringContaining('Xi Jinping Thought on the Rule of Law')]);
    expect(check(en.replace('**Second, we carried out', '**We carried out'))).toEqual([expect.stringContaining('the Chinese has `二`')]);
  });

  it("OmegaT's target imports into a project with no English: the translator's English; the reviser's file then gives the committed en.md but for the note, every block reviewed", () => {
    const { project, imported, en: after, run } = importIntoFreshProject(fixture, slug, `${slug}.omegat.xlf`, path.join(temp, 'import'));
    expect(imported).toContain('created with 10 block(s)');
    expect(after).toBe(beforeReview(withoutTranslatorNote(read('en.md')), revisions));
    expect(after).toContain('**Second, we carried out legal education in many forms and furthered publicity and education on the rule of law.**');
    expect(run('check')).toMatch(/xiayang-2023-law-based-government\s+10\s+10\s+0\s+0\s+0\s+0\s+0\s+0/u);
    copyFileSync(path.join(fixture, 'review.xlf'), path.join(project, 'review.xlf'));
    expect(run('xliff', 'import', 'review.xlf')).toContain('updated 10 block(s)');
    expect(readFileSync(path.join(project, 'content/reports', slug, 'en.md'), 'utf8')).toBe(withoutTranslatorNote(read('en.md')));
    expect(run('check')).toMatch(/xiayang-2023-law-based-government\s+10\s+10\s+10\s+0\s+0\s+0\s+0\s+0/u);
  });

  it.skipIf(!hasOmegat)('the real OmegaT 3.6 fills every segment from the memory of the committed English, and its target imports to the same English', () => {
    const project = path.join(temp, 'omegat');
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const trip = translateInOmegat(project, slug);
    expect(trip.projectFile).toContain('<source_lang>zh-CN</source_lang>');
    expect(trip.target).toContain('>I. Main Measures and Results in Building a Law-Based Government in 2023</target>');
    expect(trip.target.match(/<target[^>]*>[^<]*\p{Script=Han}/gu)).toBeNull();
    expect(trip.imported).toContain('created with 10 block(s)');
    // (the memory gives the reviewed English; a memory's match is no review: each block translated, not reviewed)
    expect(body(trip.en)).toBe(body(read('en.md')).replaceAll(' state=reviewed}', '}'));
  }, 180_000);
});

describe('new user round 30: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('every edition builds; the PDFs carry the title, the issuer and the break after the cut sentence, and no edition date (the report gives none; was: 1 January 2000)', () => {
    for (const file of ['index.html', `${slug}.pdf`, `${slug}.en.pdf`, `${slug}.epub`]) expect(existsSync(path.join(dist(), file)), file).toBe(true);
    const en = pdfText(path.join(dist(), `${slug}.en.pdf`));
    // (stop 53: the colophon counts the reviser's work — every block reviewed)
    expect(en).toMatch(/Complete:\s+all\s+10\s+paragraphs\s+translated,\s+10\s+reviewed/u);
    expect(en).toMatch(/2023 Annual Report on Building a Law-\s*Based Government in Xiayang Town/u);
    expect(en).toMatch(/Xiayang Town People’s Government/u);
    expect(en).toMatch(/names, posts, \[the source text\s+breaks off here\]/u);
    expect(en).not.toMatch(/Edition date|2000/u);
    const zh = pdfText(path.join(dist(), `${slug}.pdf`));
    expect(zh).toMatch(/职务、\s*〔原文至此中断〕/u);
    expect(zh).not.toMatch(/版本日期|2000年1月1日/u);
  });

  it('the HTML and the EPUB print no edition date either', () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    expect(html).toContain('〔原文至此中断〕');
    expect(html).not.toMatch(/Edition date|版本日期|1 January 2000/u);
    const xhtml = execFileSync('unzip', ['-p', path.join(dist(), `${slug}.epub`), '*.xhtml'], { encoding: 'utf8' });
    expect(xhtml).not.toMatch(/Edition date|版本日期|1 January 2000/u);
  });

  // Round 30's gap (stop 51): at 1440 px the Chinese mark broke inside its own brackets, "〔原文至此" / "中断〕" (CJK text
  // breaks between any two characters). It is one unit on a line at every width; a line still breaks before it.
  it('the Chinese break mark is never broken inside its brackets, at 320, 390, 768, 1024 and 1440 px', async () => {
    const broken: string[] = [];
    const page = await built.browser.newPage();
    for (const view of ['parallel', 'zh']) for (const width of [320, 390, 768, 1024, 1440]) {
      await page.setViewport({ width, height: 900 });
      await page.goto(`${pathToFileURL(path.join(dist(), 'index.html')).href}?view=${view}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      // the mark's line boxes: one top for one line
      const lines = await page.$eval('.broken-off:lang(zh)', (mark) => new Set([...mark.getClientRects()].map((box) => Math.round(box.top))).size);
      if (lines !== 1) broken.push(`${view} ${width} px: ${lines} lines`);
    }
    await page.close();
    expect(broken).toEqual([]);
  });
});
