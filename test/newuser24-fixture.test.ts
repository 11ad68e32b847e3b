/**
 * New user, round 24: a COUNTY CPPCC standing committee's report — the summary of the Ningjin County CPPCC Standing Committee's
 * 2025 work report (县政协常委会工作报告摘要) as the county paper printed it on 15 January 2025 (paper.litenews.cn/ningjin),
 * served in GBK, the copy breaking off in its fourth paragraph (test/fixtures/newuser-round24). The committed project holds
 * together: ingest keeps every word, heads the part on 2025 ("2025年：为建设…贡献政协智慧和力量": was a paragraph), marks the
 * three parallel leads ("深化党的建设，在加强思想政治引领上实现新提升。": was none) and keeps the space between the headline's
 * two phrases ("群策群力　奋力争先": was 群策群力奋力争先); check reads 下半篇文章's “second half” as no stray figure (was a
 * number-mismatch that refused OmegaT's target); OmegaT 3.6's target and a memoQ reviewer's file import as committed.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { importIntoFreshProject } from './xliff-helpers.ts';
import { fixtureReport, han, body, revisionsUndone, withoutTranslatorNote } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round24');
const slug = 'ningjin-cppcc-2025';
const { read, load } = fixtureReport(fixture, slug);

describe("new user round 24: a county CPPCC standing committee's report, the county paper's summary — ingest, check, the CAT round trip", () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu24-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.html'));

  it('ingest of the GBK page with its meta file gives the committed zh.md: every word kept, the part headed, the leads marked', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.html', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    // every Han character of the page's text (its title and the headline under it, moved to the front matter, and the text under them), in order
    const content = /<div class="content">([^]*?)<div class="footer">/u.exec(new TextDecoder('gbk').decode(page))![1];
    const front = parseYaml(result.markdown.split('\n---\n')[0].replace(/^---\n/u, ''));
    expect([...han(front.title), ...han(front.subtitle), ...han(body(result.markdown))]).toEqual(han(content));
    const said = result.file.messages.map((m) => `${m.line}:${m.ruleId}`);
    // (stop 45, mends45: the paper's headline under the title is said; stop 46, mends46: as the subtitle it is read into)
    expect(said).toEqual(['1:missing-occasion', '1:missing-speaker', '8:page-chrome', '10:metadata', '11:headline-parts', '13:unnumbered-heading', '16:cut-off', '19:page-chrome']);
  });

  it('the year\'s part is a heading, its three parallel topics leads, the headline\'s phrases apart, the subtitle (was: 5 paragraphs, no lead, 群策群力奋力争先; stop 45: the headline the first paragraph)', () => {
    const { markdown } = ingest(page, { fileName: 'source.html', slug });
    expect(parseYaml(markdown.split('\n---\n')[0].replace(/^---\n/u, '')).subtitle).toBe('群策群力\u3000奋力争先');
    const blocks = body(markdown).split('\n\n').map((b) => b.replace(/ \{#.*$/u, ''));
    expect(blocks).toEqual([
      '## 2025年：为建设“活力新城、幸福宁津”贡献政协智慧和力量',
      expect.stringMatching(/^\*\*深化党的建设，在加强思想政治引领上实现新提升。\*\*不断强化/u),
      expect.stringMatching(/^\*\*精准建言献策，在围绕中心服务大局上取得新成效。\*\*以完成/u),
      expect.stringMatching(/^\*\*增进团结民主，在发挥统一战线功能上实现新拓展。\*\*探索丰富/u),
    ]);
  });

  it('guards: a year\'s target with figures stays text; a circumstance before 在…上 opens no lead; a wrapped title\'s unequal halves are joined', () => {
    const blocksOf = (html: string) => body(ingest(Buffer.from(`<html><body>${html}</body></html>`), { fileName: 'x.html', slug: 'x' }).markdown).split('\n\n');
    const prose = '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，围绕中心、服务大局，扎实履行政治协商、民主监督、参政议政职能，各项工作取得新进展。';
    const [target] = blocksOf(`<p>开篇文字。</p><p>2025年：地区生产总值增长6%左右</p><p>${prose}</p>`).slice(1);
    expect(target).toMatch(/^2025年：地区生产总值增长6%左右 \{#/u);
    const [circumstance] = blocksOf(`<p>面对复杂形势，在服务发展大局上实现新作为。${prose}</p>`);
    expect(circumstance).toMatch(/^面对复杂形势/u);
    const wrapped = ingest(Buffer.from(`<html><body><p>开篇文字。</p><p>县国民经济和社会 发展计划执行情况</p><p>${prose}</p></body></html>`), { fileName: 'x.html', slug: 'x' }).markdown;
    expect(wrapped).toContain('县国民经济和社会发展计划执行情况');
    // (a headline of 四字格 phrases over prose keeps its space and stays the heading it was without one: "## 凝心聚力建言资政")
    const spaced = ingest(Buffer.from(`<html><body><p>开篇文字。</p><p>凝心聚力 建言资政</p><p>${prose}</p></body></html>`), { fileName: 'x.html', slug: 'x' }).markdown;
    expect(spaced).toContain('\n## 凝心聚力\u3000建言资政 {#');
  });

  it("the English checks clean with the project glossary; “second” with no 下半 in the Chinese is still a stray figure", async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string, zh?: string) => checkPublication(load(en, zh), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    expect(check(read('en.md'))).toEqual([]);
    // (was: “Unexpected number `second`” for 下半篇文章's “second half”, which refused OmegaT's target at import)
    const zhWithout = read('zh.md').replace('扎实做好协商议政“下半篇”文章', '扎实做好协商议政“后续”文章');
    expect(check(read('en.md'), zhWithout).filter((m) => !m.includes('Unexpected stale'))).toEqual([expect.stringContaining('Unexpected number `second` in `p-e12fa4`')]);
    const loose = read('en.md').replace('the Two Affirmations', 'the two commitments');
    expect(check(loose)).toContainEqual(expect.stringContaining('两个确立'));
  });

  it("OmegaT's target imports into a project with no English (4 blocks and the front matter's subtitle, check clean); the memoQ reviewer's file then gives the committed en.md but for the hand-written note", () => {
    const { project, imported, run } = importIntoFreshProject(fixture, slug, `${slug}.omegat.xlf`, path.join(temp, 'import'));
    expect(imported).toContain('created with 4 block(s)');
    run('check');
    copyFileSync(path.join(fixture, `${slug}.memoq.xlf`), path.join(project, `${slug}.memoq.xlf`));
    run('xliff', 'import', `${slug}.memoq.xlf`);
    // (stop 56: a second translator's review corrected two paragraphs in en.md, README "Review (stop 56)"; the memoQ
    // reviewer's file gives the English before it, every block reviewed as before)
    expect(readFileSync(path.join(project, 'content/reports', slug, 'en.md'), 'utf8')).toBe(
      withoutTranslatorNote(
        revisionsUndone(read('en.md'), [
          ['strengthening political guidance.**', 'strengthening ideological and political guidance.**'],
          ['We will make political guidance run', 'We will make ideological and political guidance run'],
          ['leaders in upholding the Two Upholds.', 'leaders in acting on the Two Upholds.'],
          [
            'make sustained efforts to improve the system of theoretical study, integrate Party building with the performance of our duties and bring out',
            'make sustained efforts in areas such as improving the system of theoretical study, integrating Party building with the performance of our duties and bringing out',
          ],
          ['public concern in further deepening', 'public concern in areas such as further deepening'],
        ]),
      ),
    );
  });
});

describe('new user round 24: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('the part on 2025 is a heading in the HTML and in the PDFs\' outline, and the three leads are bold in both languages', () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    expect(html.replace(/<wbr>/gu, '')).toContain('<h2 lang="zh-Hans" class="zh">2025年：为建设“活力新城、幸福宁津”贡献政协智慧和力量</h2>');
    for (const lead of ['深化党的建设，在加强思想政治引领上实现新提升。', '精准建言献策，在围绕中心服务大局上取得新成效。', '增进团结民主，在发挥统一战线功能上实现新拓展。', 'Deepening Party building to make new progress in strengthening ideological and political guidance.']) {
      expect(html).toContain(`<strong class="lead">${lead}</strong>`);
    }
    const outline = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', path.join(dist(), `${slug}.en.pdf`)], { encoding: 'utf8' })).outlines as Array<{ title: string }>;
    expect(outline.map((o) => o.title)).toContain("2025: Contributing the CPPCC's wisdom and strength to building “a vibrant new city and a happy Ningjin”".replace("'", '’'));
  });

  it('the headline under the title (群策群力　奋力争先) is the title block\'s subtitle in both languages, in the HTML, the EPUB\'s title page and the PDFs (was: the text\'s first paragraph)', () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8').replace(/<wbr>/gu, '');
    expect(html).toMatch(/<h1 class="title">.*?<\/h1><p class="subtitle"><span lang="zh-Hans" class="subtitle-zh">群策群力　奋力争先<\/span><span lang="en" class="subtitle-en">Pooling Wisdom and Strength, Striving to Excel<\/span><\/p>/su);
    expect(html).not.toMatch(/<p[^>]*>群策群力　奋力争先<\/p>/u);
    const epub = execFileSync('unzip', ['-p', path.join(dist(), `${slug}.epub`), '*/title.xhtml'], { encoding: 'utf8' }).replace(/<wbr \/>/gu, '');
    expect(epub).toMatch(/<p class="subtitle"><span[^>]*>群策群力　奋力争先<\/span><span[^>]*>Pooling Wisdom and Strength, Striving to Excel<\/span><\/p>/u);
    const pdf = execFileSync('pdftotext', ['-l', '1', path.join(dist(), `${slug}.en.pdf`), '-'], { encoding: 'utf8' });
    expect(pdf).toContain('Pooling Wisdom and Strength, Striving to Excel');
    const bilingual = execFileSync('pdftotext', ['-l', '1', path.join(dist(), `${slug}.pdf`), '-'], { encoding: 'utf8' });
    expect(bilingual.replace(/\s/gu, '')).toContain('群策群力奋力争先');
  });
});
