/**
 * New user, round 22: a think tank's bilingual edition of a COUNTY's 2026 government work report from an AUTONOMOUS
 * REGION — 中宁县 (中卫市, 宁夏回族自治区), delivered by county head 周永根 on 14 January 2026 at the Fifth Session of
 * the 18th Zhongning County People's Congress, the first year of the 15th Five-Year Plan — as the county's portal
 * publishes it under the notice that issued it (test/fixtures/newuser-round22). The committed project holds together:
 * ingest keeps every word of the report and says the notice's lines; the page breaks off mid-sentence, so the last
 * paragraph is marked in every edition; the English checks clean with the project glossary, whose 2026 terms
 * (铸牢中华民族共同体意识, 稳就业、稳企业、稳市场、稳预期, 黄河流域生态保护和高质量发展先行区) hold the English to
 * their renderings; OmegaT 3.6's target imports with the translator's en.md byte-identical (stop 55: the committed en.md
 * is the reviewed one, README "Review (stop 55)"). In the built editions the last paragraph
 * is marked where the copy breaks off, and the page's and the PDFs' titles name the county (was: "政府工作报告 · Report
 * on the Work of the Government", the State Council's report's title too).
 */
import { cpSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { beforeReview, fixtureReport, han, withoutTranslatorNote, type Revision } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round22');
const slug = 'zhongning-2026';
const { read, load } = fixtureReport(fixture, slug);
const bin = path.join(import.meta.dirname, '../pipeline/bin.cjs');
/**
 * The reviser's corrections (stop 55, the fixture's README "Review (stop 55)"): 其他列席人员 in the term base's words; (stop 60)
 * 地区生产总值 "GDP", the term base's decision across the rounds; 县政协 named "the County Committee" as every round names it.
 */
const revisions: Revision[] = [
  ['(CPPCC) and others attending the session to offer their comments.', '(CPPCC) and the other non-voting delegates to offer their comments.'],
  ['progress.** Gross regional product reached 18.18 billion yuan', 'progress.** GDP reached 18.18 billion yuan'],
  ['invite members of the county committee of the Chinese', 'invite members of the County Committee of the Chinese'],
];
/** en.md as the translator and OmegaT left it: no note (the reviser wrote the first), no review. */
const translatorsEn = () => withoutTranslatorNote(beforeReview(read('en.md'), revisions));

describe("new user round 22: 中宁县's 2026 report (宁夏) — ingest, check, the CAT round trip", () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu22-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('ingest of the page with its meta file gives the committed zh.md: every word of the report kept, the notice said, the break said', () => {
    const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt'));
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    // the report from its salutation on, every Han character in zh.md's text
    const report = page.toString('utf8').split('\n').slice(9).join('\n');
    const text = result.markdown.split('\n---\n')[1];
    expect(han(text)).toEqual(han(report));
    expect(result.markdown).toContain('occasion: 2026年1月14日在中宁县第十八届人民代表大会第五次会议上');
    expect(result.markdown).toContain('speaker: 县长 周永根');
    const said = result.file.messages.map((m) => `${m.line}:${m.ruleId} ${m.reason}`);
    expect(said).toContainEqual(expect.stringMatching(/^16:cut-off The report ends mid-sentence .*as the scope note says/));
    // the five lines above the title block are the notice that issued the report, its title above the page's top
    // (was: "Removed the page's head above the report (its title block or salutation)")
    const notice = said.filter((s) => s.includes('Removed the text of the notice issuing the report (its title, …关于印发…的通知, is not on the page)'));
    expect(notice.map((s) => Number(s.split(':')[0]))).toEqual([1, 2, 3, 4, 5]);
    expect(said.filter((s) => s.includes('its title block or salutation'))).toEqual([]);
  });

  it("the English checks clean with the project glossary; English that drops a 2026 term's rendering is a term mismatch", async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    expect(check(read('en.md'))).toEqual([]);
    const loose = read('en.md')
      .replace('forging a strong sense of community for the Chinese nation', 'ethnic unity')
      .replace('stabilize employment, businesses, markets and expectations', 'keep the economy steady')
      .replace('pilot zone for ecological conservation and high-quality development in the Yellow River basin', 'Yellow River programme');
    const messages = check(loose);
    expect(messages).toHaveLength(3);
    for (const zh of ['铸牢中华民族共同体意识', '稳就业、稳企业、稳市场、稳预期', '黄河流域生态保护和高质量发展先行区']) {
      expect(messages).toContainEqual(expect.stringContaining(zh));
    }
  });

  it("OmegaT's target imports into the translator's project with en.md byte-identical", () => {
    const project = path.join(temp, 'import');
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const enPath = path.join(project, 'content/reports', slug, 'en.md');
    writeFileSync(enPath, translatorsEn());
    copyFileSync(path.join(fixture, `${slug}.omegat.xlf`), path.join(project, `${slug}.xlf`));
    execFileSync(process.execPath, [bin, 'xliff', 'import', `${slug}.xlf`], { cwd: project, encoding: 'utf8' });
    expect(readFileSync(enPath, 'utf8')).toBe(translatorsEn());
  });
});

describe('new user round 22: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('the last paragraph is marked where the copy breaks off, in both languages, in the HTML and both PDFs', () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    expect(html).toContain('解决企业急难愁盼问题50余<span class="broken-off" lang="zh-Hans">〔原文至此中断〕</span>');
    expect(html).toContain('most pressing difficulties and concerns <span class="broken-off" lang="en">[the source text breaks off here]</span>');
    // (in print, as on a phone, the Chinese mark may break between two of its characters, as Chinese text does)
    const bilingual = execFileSync('pdftotext', [path.join(dist(), `${slug}.pdf`), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(bilingual).toContain('问题50余〔原文至此中断〕');
    const english = execFileSync('pdftotext', [path.join(dist(), `${slug}.en.pdf`), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(english).toContain('concerns [the source text breaks off here]');
  });

  it("a title that does not name its issuer (政府工作报告) is named with it in the page's and the PDFs' titles", () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    expect(html).toContain('<title>政府工作报告（中宁县人民政府） · Report on the Work of the Government (Zhongning County People’s Government)</title>');
    expect(html).toContain('<meta property="og:title" content="政府工作报告（中宁县人民政府） · Report on the Work of the Government (Zhongning County People’s Government)">');
    const title = (file: string) => /^Title:\s+(.*)$/m.exec(execFileSync('pdfinfo', [path.join(dist(), file)], { encoding: 'utf8' }))![1];
    expect(title(`${slug}.pdf`)).toBe('政府工作报告（中宁县人民政府） · Report on the Work of the Government (Zhongning County People’s Government)');
    expect(title(`${slug}.en.pdf`)).toBe('Report on the Work of the Government (Zhongning County People’s Government)');
    // the title block itself prints the report's own title, as the page does
    expect(html).toMatch(/<span lang="zh-Hans" class="title-zh">政府<wbr>工作<wbr>报告<\/span>/);
  });
});
