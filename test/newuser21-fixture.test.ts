/**
 * New user, round 21: a think tank's bilingual edition of a CITY's budget report with a TABLE and NOTES — the summary of
 * 关于潍坊市2023年预算执行情况和2024年预算草案的报告 (潍坊市财政局, 15 January 2024, the Fourth Session of the 18th Weifang
 * Municipal People's Congress) as Weifang Daily printed it on dzwww.com, with a table of the citywide budgets (two-row
 * spans, decreases as negative figures, a note line) and a 名词解释 section of three unnumbered `术语：释义` entries
 * (test/fixtures/newuser-round21). The committed project holds together: ingest keeps every word, makes the table a table
 * and calls each note after its term; the English checks clean with the project glossary, and an English cell that drops
 * a decrease's minus sign is an error (was: none); OmegaT 3.6's target imports with the translator's en.md byte-identical
 * and the reviser's XLIFF 1.2 (stop 55, `weifang-budget-2023.review.xlf`) then gives the committed, reviewed one; in the built
 * editions the table is a table in all three, and a term the report's own note explains carries that note alone (was:
 * "government-managed funds⁵[2]", a glossary note repeating the report's).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { beforeReview, fixtureReport, han } from './fixture-report.ts';
import { round21Revisions } from './newuser21-revisions.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round21');
const slug = 'weifang-budget-2023';
const { read, load } = fixtureReport(fixture, slug);
const bin = path.join(import.meta.dirname, '../pipeline/bin.cjs');
/** en.md as the translator and OmegaT left it (stop 55: the reviser's corrections, newuser21-revisions.ts, undone; every block translated). */
const translatorsEn = () => beforeReview(read('en.md'), round21Revisions).replace(/ src=(\w+)\}/gu, ' src=$1 state=translated}');

describe("new user round 21: 潍坊's 2023 budget report with a table and notes — ingest, check, the CAT round trip", () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu21-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('ingest of the page with its meta file gives the committed zh.md: every word kept, the table a table, the three notes called after their terms', () => {
    const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.html'));
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'page.html', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    // the article's words (from the occasion line to the last note) all in zh.md, the site's chrome and 来源/责任编辑 lines out
    const article = page.toString('utf8').split('<div class="TRS_Editor">')[1].split('</div>')[0].replace(/<[^>]+>/g, '');
    const zh = result.markdown.replace(/\{#[^}]*\}/g, '').replace(/^scope_note:.*$/m, '');
    expect(han(zh).length - han('关于潍坊市年预算执行情况和年预算草案的报告摘要').length).toBe(han(article).length);
    expect(result.markdown).toContain(':::box[表1　2023年全市预算收支执行情况]');
    // the page's -31, -19.6 … (hyphen-minus) are negative figures: the minus sign, as the English cells write them
    expect(result.markdown.match(/\| [−-][0-9.]+ \{/g)).toEqual(['| −31 {', '| −19.6 {', '| −47.3 {', '| −50.1 {']);
    expect(result.markdown).toMatch(/\| \^\^ \| 支出 \{#c-[0-9a-f-]+\} \| 734\.4 \{#c-[0-9a-f]+\} \| 100\.3 \{#c-[0-9a-f]+\} \| −19\.6 \{#c-[0-9a-f]+\} \|/);
    for (const [n, term] of [[1, '一般公共预算'], [2, '政府性基金预算'], [3, '国有资本经营预算']] as const) {
      expect(result.markdown).toContain(`全市${term}[^${n}]收入`);
      expect(result.markdown).toMatch(new RegExp(`\\n\\[\\^${n}\\]: ${term}：是`));
    }
    expect(result.markdown).toContain('notes_heading: 名词解释');
  });

  it('the English checks clean with the project glossary; a decrease whose English cell drops the minus sign is an error (was: none)', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    expect(check(read('en.md'))).toEqual([]);
    const dropped = read('en.md').replace('| −31 {#c-5b4a6c', '| 31 {#c-5b4a6c');
    expect(check(dropped)).toEqual([expect.stringContaining('Missing minus sign in `c-5b4a6c`: the Chinese cell `−31` is a negative figure, the English `31` is not')]);
  });

  it("OmegaT's target imports into the translator's project with en.md byte-identical; the target with a dropped sign is refused; the reviser's file then gives the committed en.md, every unit and front-matter value reviewed", () => {
    const project = path.join(temp, 'import');
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const enPath = path.join(project, 'content/reports', slug, 'en.md');
    writeFileSync(enPath, translatorsEn());
    copyFileSync(path.join(fixture, `${slug}.omegat.xlf`), path.join(project, `${slug}.xlf`));
    execFileSync(process.execPath, [bin, 'xliff', 'import', `${slug}.xlf`], { cwd: project, encoding: 'utf8' });
    expect(readFileSync(enPath, 'utf8')).toBe(translatorsEn());
    const xlf = readFileSync(path.join(fixture, `${slug}.omegat.xlf`), 'utf8');
    expect(xlf).toContain('<target state="translated">−31</target>');
    copyFileSync(path.join(fixture, `${slug}.omegat.xlf`), path.join(project, 'changed.xlf'));
    const changed = path.join(project, 'changed.xlf');
    execFileSync('sed', ['-i', 's|<target state="translated">−31</target>|<target state="translated">31</target>|', changed]);
    let refused = '';
    try {
      execFileSync(process.execPath, [bin, 'xliff', 'import', 'changed.xlf'], { cwd: project, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      refused = String((error as { stderr?: string; stdout?: string }).stderr ?? '') + String((error as { stdout?: string }).stdout ?? '');
    }
    expect(refused).toMatch(/Cannot import `c-5b4a6c`: Missing minus sign/);
    expect(readFileSync(enPath, 'utf8')).toBe(translatorsEn());
    // (stop 55) the reviser's XLIFF 1.2 (the export of the translator's en.md, three targets and the note corrected, every
    // unit signed off): the fixture's README "Review (stop 55)"
    copyFileSync(path.join(fixture, `${slug}.review.xlf`), path.join(project, `${slug}.review.xlf`));
    expect(execFileSync(process.execPath, [bin, 'xliff', 'import', `${slug}.review.xlf`], { cwd: project, encoding: 'utf8' })).toContain(
      'English rewritten in 3 (b-3c6610, c-cd8e86, fn-9c79d2); state changed: 43 translated → reviewed; front matter: English rewritten in 1 (translator_note), state changed: 6 translated → reviewed',
    );
    expect(readFileSync(enPath, 'utf8')).toBe(read('en.md'));
  });
});

describe('new user round 21: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('the table is a table in the HTML, the EPUB and both PDFs, with its spans, its note line and its minus signs', () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    expect(html.match(/<table[ >]/g)).toHaveLength(2);
    expect(html.match(/rowspan="2"/g)).toHaveLength(6);
    const chapter = execFileSync('unzip', ['-p', path.join(dist(), `${slug}.epub`), 'EPUB/h-33cbd5.xhtml'], { encoding: 'utf8' });
    expect(chapter.match(/<table[ >]/g)).toHaveLength(2);
    expect(chapter.match(/rowspan="2"/g)).toHaveLength(6);
    const en = execFileSync('pdftotext', ['-layout', path.join(dist(), `${slug}.en.pdf`), '-'], { encoding: 'utf8' }).replace(/\u00ad/g, '');
    // (stop 55: the reviser's title, 收支 restored; was "Execution of the Citywide Budgets in 2023")
    expect(en).toMatch(/Table 1: Execution of Citywide Budget Revenue and\s+Expenditure in 2023/);
    expect(en).toMatch(/Revenue\s+49\.09\s+100\s+−31\n/);
    expect(en).toMatch(/Note: A decrease is shown as a negative figure\./);
    const bilingual = execFileSync('pdftotext', ['-layout', path.join(dist(), `${slug}.pdf`), '-'], { encoding: 'utf8' }).replace(/\u00ad/g, '');
    expect(bilingual).toMatch(/收入\s+490\.9\s+100\s+−31\n/);
    expect(bilingual).toMatch(/注：下降以负数表示。/);
  });

  it("a term the report's own note explains carries that note alone; the glossary still lists it (was: “government-managed funds⁵[2]”)", () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    // the text and the table are section 一 (the notes' terms called there): no glossary mark on those two terms in it
    expect(html).not.toMatch(/data-term="zheng-fu-xing-ji-jin-yu-suan"/);
    expect(html).not.toMatch(/data-term="guo-you-zi-ben-jing-ying-yu-suan"/);
    expect(html).toMatch(/data-term="shi-ben-ji"/);
    // the glossary appendix still lists the two terms, used in the text
    expect(html).toMatch(/id="g-zheng-fu-xing-ji-jin-yu-suan"/);
    expect(html).toMatch(/id="g-guo-you-zi-ben-jing-ying-yu-suan"/);
  });
});
