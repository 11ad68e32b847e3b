/**
 * New user, round 20: a think tank's bilingual edition of a PEOPLE'S COURT's work report — the Supreme People's Court's
 * report delivered by President 周强 on 10 March 2014 to the Second Session of the 12th National People's Congress
 * (test/fixtures/newuser-round20). The Chinese: en84.com's bilingual copy (the search tool's excerpt, Chinese and the
 * official English wrapped at a width in turn), ingested; the English: the SPC's own English site (en.chinacourt.org,
 * posted 8 May 2014), aligned. Then a round trip through OmegaT 3.6 in console mode. The committed project holds together:
 * ingest gives zh.md (a heading, was none: "2013年主要工作Review"; no "–" block) and the page's English title block;
 * align reads the site's title under its menu and gives every block its official English, whose lost marks check reports
 * (was: "???Review of Work in 2013" written without a word); OmegaT's target imports with en.md byte-identical; the
 * editions print the title block and the heading in both languages.
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { beforeReview, fixtureReport, type Revision } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round20');
const slug = 'spc-2014';
const { read, load } = fixtureReport(fixture, slug);
const bin = path.join(import.meta.dirname, '../pipeline/bin.cjs');
const blocksOf = (markdown: string) => markdown.slice(markdown.indexOf('\n---\n', 4) + 5);
/**
 * The reviser's corrections (stop 54, the fixture's README "Review (stop 54)", made in `spc-2014.review.xlf`): two slips of the
 * official English, the scope note's straight quotes, the translator's note that said "Not yet reviewed".
 */
const revisions: Revision[] = [
  ['letting the people to feel fairness', 'letting the people feel fairness'],
  ['During the year, The SPC accepted', 'During the year, the SPC accepted'],
  ['under \\"Review of Work in 2013\\": the part', 'under “Review of Work in 2013”: the part'],
  ["the editors'. Not yet reviewed for this edition.", "the editors'. Reviewed for this edition by a second translator against the Chinese and the court's page, who corrected two slips of the official text (“letting the people to feel”, “During the year, The SPC”)."],
];
/** en.md as align and the translator left it: the official English as aligned, every block `state=translated`. */
const translatorsEn = () => beforeReview(read('en.md'), revisions).replace(/ src=(\w+)\}/gu, ' src=$1 state=translated}');

describe("new user round 20: the Supreme People's Court's 2014 report, ingest, align and the CAT round trip", () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu20-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('ingest of the bilingual page with its meta file gives the committed zh.md: 4 blocks, the heading, the English title block', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(readFileSync(path.join(fixture, 'pages/en84.txt')), { fileName: 'page.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    expect(result.markdown.match(/\{#[ph]-[0-9a-f]{6}\}/g)).toHaveLength(4);
    expect(result.markdown).toContain('## 2013年主要工作 {#h-');
    const en = result.english!.markdown;
    expect(en).toContain('## Review of Work in 2013 {#h-');
    expect(en).toContain('speaker: Zhou Qiang, President of the Supreme People’s Court');
    // the page's English of the last paragraph breaks off ("…maintaining judici"): said, not written
    expect(result.file.messages.filter((m) => m.ruleId === 'english-twin' && m.fatal === false).map((m) => m.reason)).toEqual([expect.stringContaining('starts or stops mid-sentence')]);
  });

  it("align of the SPC's English page gives every block the committed English but the marks its encoding lost — which check reports", () => {
    cpSync(path.join(fixture, 'content'), path.join(temp, 'content'), { recursive: true });
    copyFileSync(path.join(fixture, 'pages/chinacourt-en.txt'), path.join(temp, 'chinacourt-en.txt'));
    execFileSync(process.execPath, [bin, 'align', slug, 'chinacourt-en.txt', '--force'], { cwd: temp, encoding: 'utf8', stdio: 'pipe' });
    const aligned = readFileSync(path.join(temp, 'content/reports', slug, 'en.md'), 'utf8');
    expect(aligned).toContain("title: Report on the Work of the Supreme People's Court");
    const restored = blocksOf(aligned).replace('## ???Review', '## Review').replace('judicial case?” adhered', 'judicial case,” adhered');
    expect(restored).toBe(blocksOf(translatorsEn()));
    // (stop 40, e4bae55: `align --force` keeps en.md's front matter — the translator's note and scope note the user wrote —
    // so the blocks start where the committed en.md's do; the marks are reported at the heading's 4th column and the paragraph's 362nd)
    expect(aligned).toContain('translator_note: "The English is the Supreme People');
    const lines = aligned.split('\n');
    const heading = lines.findIndex((l) => l.startsWith('## ???Review')) + 1;
    const paragraph = lines.findIndex((l) => l.includes('judicial case?” adhered')) + 1;
    expect(heading).toBe(read('en.md').split('\n').findIndex((l) => l.startsWith('## Review of Work in 2013')) + 1);
    const messages = checkPublication(load(aligned)).messages.filter((m) => m.ruleId === 'punctuation');
    expect(messages.map((m) => `${m.line}:${m.column}`)).toEqual([`${heading}:4`, `${paragraph}:362`]);
  });

  it("OmegaT's target imports into the translator's project with en.md byte-identical; the reviser's file then gives the committed en.md, its note and front matter reviewed; check passes with the project glossary", async () => {
    const project = path.join(temp, 'import');
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const enPath = path.join(project, 'content/reports', slug, 'en.md');
    writeFileSync(enPath, translatorsEn());
    copyFileSync(path.join(fixture, 'spc-2014.omegat.xlf'), path.join(project, 'spc-2014.xlf'));
    execFileSync(process.execPath, [bin, 'xliff', 'import', 'spc-2014.xlf'], { cwd: project, encoding: 'utf8' });
    expect(readFileSync(enPath, 'utf8')).toBe(translatorsEn());
    // (stop 54) the reviser's XLIFF 1.2: every unit signed off, the note and the scope note revised in it (was: the note in no
    // CAT file — stop 53's reviser corrected "not reviewed" notes in en.md by hand — and the front matter's review recorded nowhere)
    copyFileSync(path.join(fixture, 'spc-2014.review.xlf'), path.join(project, 'spc-2014.review.xlf'));
    expect(execFileSync(process.execPath, [bin, 'xliff', 'import', 'spc-2014.review.xlf'], { cwd: project, encoding: 'utf8' })).toContain(
      'English rewritten in 1 (p-20a53e); state changed: 4 translated → reviewed; front matter: English rewritten in 2 (scope_note, translator_note), state changed: 6 translated → reviewed',
    );
    expect(readFileSync(enPath, 'utf8')).toBe(read('en.md'));
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    expect(checkPublication(load(read('en.md')), { glossary, matcher: createMatcher(glossary) }).messages.map(String)).toEqual([]);
  });
});

describe('new user round 20: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('English PDF: the title block and the heading; the bilingual PDF counts 4 of 4 translated; the EPUB names the court', () => {
    const en = execFileSync('pdftotext', [path.join(dist(), `${slug}.en.pdf`), '-'], { encoding: 'utf8' }).replace(/\u00ad/g, '');
    expect(en).toMatch(/Zhou Qiang, President of the Supreme People’s Court/);
    expect(en).toMatch(/\nReview of Work in 2013\n/);
    const bilingual = execFileSync('pdftotext', [path.join(dist(), `${slug}.pdf`), '-'], { encoding: 'utf8' }).replace(/\u00ad/g, '');
    // (stop 54: reviewed, the front matter too, and the colophon counts both)
    expect(bilingual.replace(/\s+/g, ' ')).toMatch(/all 4 paragraphs translated, 4 reviewed; the title and the rest of the front matter reviewed \(6 values\)/);
    expect(bilingual).toMatch(/2013\s*年主要工作/);
    const opf = execFileSync('unzip', ['-p', path.join(dist(), `${slug}.epub`), 'EPUB/package.opf'], { encoding: 'utf8' });
    expect(opf).toContain('最高人民法院');
  });
});
