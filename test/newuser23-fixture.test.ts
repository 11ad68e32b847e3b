/**
 * New user, round 23: a think tank's bilingual edition of the NATIONAL LEGISLATURE's report — the Report on the Work of the
 * Standing Committee of the National People's Congress, delivered by 赵乐际 on 9 March 2026 at the Fourth Session of the
 * 14th NPC — as a new user finds it: the SECOND PAGE of a law firm's paginated copy (lawcdsy.net, …&pagenum=2), from the
 * end of the part on oversight to the fifth paragraph of Part IV, where the page breaks off (test/fixtures/newuser-round23).
 * The committed project holds together: ingest keeps every word and says the page starts mid-outline and ends mid-sentence
 * (as the scope note says); the English checks clean with the project glossary, whose NPC terms (执法检查, 委员长会议,
 * 专门委员会, 代表家站) hold the English to their renderings; OmegaT 3.6's target imports with en.md byte-identical. In
 * the built editions the last paragraph is marked where the copy breaks off, and 人大's note sits on "people's congresses"
 * (人大工作), not inside the Deputies Law's English name (was: "…the National People's Congress⁵ and Local…").
 */
import { cpSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
import { beforeReview, fixtureReport, han, withoutTranslatorNote } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round23');
const slug = 'npcsc-2026';
const { read, load } = fixtureReport(fixture, slug);
const bin = path.join(import.meta.dirname, '../pipeline/bin.cjs');

describe("new user round 23: the NPC Standing Committee's 2026 report, a paginated copy's second page — ingest, check, the CAT round trip", () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu23-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('ingest of the page with its meta file gives the committed zh.md: every word kept, the start and the end of the part said', () => {
    const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt'));
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    expect(han(result.markdown.split('\n---\n')[1])).toEqual(han(page.toString('utf8')));
    const said = result.file.messages.map((m) => `${m.line}:${m.ruleId}:${m.fatal} ${m.reason}`);
    // (was: nothing said of the start — only five missing front-matter fields and the cut at the end)
    expect(said).toEqual([
      expect.stringMatching(/^1:cut-off:undefined The report starts mid-outline, as the scope note says \(its first numbered heading, “四、深化和拓展代表工作，更好发挥人大代表作用” \(line 3\)/),
      expect.stringMatching(/^8:cut-off:undefined The report ends mid-sentence \(“…议案处理办法，代表建议、”\), as the scope note says/),
    ]);
  });

  it("the English checks clean with the project glossary; English that drops the NPC terms' renderings is a term mismatch", async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    expect(check(read('en.md'))).toEqual([]);
    const loose = read('en.md')
      .replace('Led by members of the Council of Chairpersons', "Led by the committee's leaders")
      .replace('homes and liaison stations for deputies', 'local offices');
    const messages = check(loose);
    expect(messages).toHaveLength(2);
    for (const zh of ['委员长会议', '代表家站']) expect(messages).toContainEqual(expect.stringContaining(zh));
  });

  it('the XLIFF tells the translator where the copy starts inside the report, as where it breaks off', () => {
    const project = path.join(temp, 'export');
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    execFileSync(process.execPath, [bin, 'xliff', 'export', slug, '--xliff', '1.2', '-o', 'out.xlf'], { cwd: project, encoding: 'utf8' });
    const units = readFileSync(path.join(project, 'out.xlf'), 'utf8').split('<trans-unit ').slice(1);
    const noted = (words: string) => units.filter((u) => u.includes(words)).map((u) => /^id="([^"]+)"/.exec(u)![1]);
    expect(noted('the copy starts here, inside the report')).toEqual(['p-e7bc3f']);
    expect(noted('the copy breaks off here mid-sentence')).toEqual(['p-cdb99f']);
  });

  it("OmegaT's target imports into the translator's project with en.md byte-identical", () => {
    // (stop 55: the committed en.md is the reviewed one — the reviser's note, every unit reviewed, README "Review (stop
    // 55)"; the translator's had no note and no review, and OmegaT's target gives it back byte for byte)
    const translators = withoutTranslatorNote(beforeReview(read('en.md'), []));
    const project = path.join(temp, 'import');
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const enPath = path.join(project, 'content/reports', slug, 'en.md');
    writeFileSync(enPath, translators);
    copyFileSync(path.join(fixture, `${slug}.omegat.xlf`), path.join(project, `${slug}.xlf`));
    execFileSync(process.execPath, [bin, 'xliff', 'import', `${slug}.xlf`], { cwd: project, encoding: 'utf8' });
    expect(readFileSync(enPath, 'utf8')).toBe(translators);
  });
});

describe('new user round 23: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);
  const text = (file: string) => execFileSync('pdftotext', [path.join(dist(), file), '-'], { encoding: 'utf8' }).replace(/\u00ad/g, '').replace(/\s+/g, ' ');

  it('the last paragraph is marked where the copy breaks off, in both languages, in the HTML and the English PDF', () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    expect(html).toContain('修改代表议案处理办法，代表建议、<span class="broken-off" lang="zh-Hans">〔原文至此中断〕</span>');
    expect(html).toContain('deputies’ suggestions, <span class="broken-off" lang="en">[the source text breaks off here]</span>');
    expect(text(`${slug}.en.pdf`)).toContain('deputies’ suggestions, [the source text breaks off here]');
  });

  it('the EPUB names the text before Part IV the start of the excerpt, not the report\'s opening (was: "开篇 · Opening")', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nu23-epub-'));
    try {
      execFileSync('unzip', ['-q', '-o', path.join(dist(), `${slug}.epub`), '-d', dir]);
      const front = readFileSync(path.join(dir, 'EPUB/front.xhtml'), 'utf8');
      expect(front).toContain('<title>节选起始 · Start of the excerpt</title>');
      expect(front).toContain('aria-label="节选起始 · Start of the excerpt"');
      const nav = readFileSync(path.join(dir, 'EPUB/nav.xhtml'), 'utf8');
      expect(nav).toMatch(/<a href="front\.xhtml">.*节选起始.*Start of the excerpt.*<\/a>/);
      expect(`${front}${nav}`).not.toMatch(/开篇|Opening/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every edition marks where the copy starts, before its first words, in each language it shows (was: the EPUB only, in its titles)', async () => {
    const zhMark = '〔节选起始：此前的报告原文未收录〕';
    const enMark = '[Start of the excerpt: the report’s text before this point is not included]';
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    const at = html.indexOf('<p class="excerpt-start ui">');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(html.indexOf('id="p-e7bc3f"'));
    // the page's views: both languages in 对照, one in 中文 and English; read out by a screen reader (the accessibility tree)
    for (const [view, shown] of [['parallel', [zhMark, enMark]], ['zh', [zhMark]], ['en', [enMark]]] as const) {
      const page = await built.browser.newPage();
      try {
        await page.setViewport({ width: 390, height: 844 });
        await page.goto(`${pathToFileURL(path.join(dist(), 'index.html')).href}?view=${view}`, { waitUntil: 'load' });
        const visible = await page.$$eval('.excerpt-start > span', (spans) => spans.filter((s) => (s as HTMLElement).offsetParent !== null && !s.getAttribute('aria-hidden')).map((s) => s.textContent));
        expect(visible, view).toEqual(shown);
        const tree = JSON.stringify(await page.accessibility.snapshot({ root: (await page.$('.excerpt-start'))!, interestingOnly: false }));
        for (const mark of shown) expect(tree, view).toContain(JSON.stringify(mark));
      } finally {
        await page.close();
      }
    }
    const bilingual = text(`${slug}.pdf`);
    expect(bilingual.indexOf(`${zhMark} ${enMark} 扎实做好执法检查。`)).toBeGreaterThan(0);
    const english = text(`${slug}.en.pdf`);
    expect(english).toContain(`${enMark} We conducted thorough law enforcement inspections`);
    expect(english).not.toContain(zhMark);
    const dir = mkdtempSync(path.join(tmpdir(), 'nu23-epub-'));
    try {
      execFileSync('unzip', ['-q', '-o', path.join(dist(), `${slug}.epub`), '-d', dir]);
      const front = readFileSync(path.join(dir, 'EPUB/front.xhtml'), 'utf8');
      expect(front).toMatch(new RegExp(`<p class="excerpt-start ui"><span lang="zh-Hans" class="ui-zh" xml:lang="zh-Hans">${zhMark}</span>.*<span lang="en" class="ui-en" xml:lang="en">\\[Start of the excerpt`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the PDFs\' outline and contents and the EPUB\'s nav list the headings, not the bold lead sentences (was: the PDFs listed all six leads)', () => {
    for (const [file, heading] of [[`${slug}.pdf`, '四、深化和拓展代表工作，更好发挥人大代表作用 · Deepening and expanding our work related to deputies so that deputies to people’s congresses play a greater role'], [`${slug}.en.pdf`, 'IV. Deepening and expanding our work related to deputies so that deputies to people’s congresses play a greater role']]) {
      const outline = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', path.join(dist(), file)], { encoding: 'utf8' })).outlines as Array<{ title: string; kids: unknown[] }>;
      const titles = outline.map((o) => o.title);
      expect(titles[1], file).toBe(heading);
      expect(titles, file).toHaveLength(4); // contents, the heading, glossary, colophon
      expect(outline.every((o) => o.kids.length === 0), file).toBe(true);
      // the contents page: from its title to the next page
      const pages = execFileSync('pdftotext', [path.join(dist(), file), '-'], { encoding: 'utf8' }).split('\f');
      const contents = pages.find((p) => /Contents/.test(p))!;
      for (const lead of ['扎实做好执法检查', 'We conducted thorough', '推进代表法学习宣传贯彻实施工作', 'We promoted the study']) expect(contents, file).not.toContain(lead);
      expect(contents.replace(/\s+/g, ' '), file).toContain('Deepening and expanding our work related to deputies');
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'nu23-nav-'));
    try {
      execFileSync('unzip', ['-q', '-o', path.join(dist(), `${slug}.epub`), '-d', dir]);
      const nav = readFileSync(path.join(dir, 'EPUB/nav.xhtml'), 'utf8').replace(/<wbr ?\/>/g, '');
      expect(nav).toContain('深化和拓展代表工作');
      for (const lead of ['扎实做好执法检查', 'We conducted thorough', 'We promoted the study']) expect(nav).not.toContain(lead);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("人大's note sits on \"people's congresses\" (人大工作), not inside the Deputies Law's English name", () => {
    const english = text(`${slug}.en.pdf`);
    expect(english).toMatch(/the work of people’s congresses ?\d+ and to work in all other areas/);
    expect(english).toMatch(/Law on Deputies to the National People’s Congress and Local People’s Congresses at All Levels,/);
  });
});
