/**
 * New user, round 16: a Hong Kong publisher's bilingual edition of a report in TRADITIONAL characters — the first
 * chapter (引言, paragraphs 1–8) of the Chief Executive's 2017 Policy Address as TVB News carried it
 * (test/fixtures/newuser-round16), with the HKSAR Government's official English for the heading and paragraphs 1–5
 * and the editor's translation of 6–8, and a glossary written in simplified characters. The committed project holds
 * together: check passes with the glossary (the number check on “160 000”, “topped”, 十等分: test/newuser16-check.test.ts);
 * the glossary's simplified terms are found in the traditional text. In the built editions the edition's own words —
 * the contents, the view switch, the downloads, the colophon, the EPUB's landmarks and rights — are in traditional
 * characters and tagged zh-Hant like the text around them (were: 目录, 术语表, 关于本版, 节选, 对照 in simplified
 * characters, tagged zh-Hans, around a 繁體 text).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { openccTable } from '../pipeline/model/opencc.ts';
import { builtEditions } from './fixture-editions.ts';
import { fixtureReport } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round16');
const slug = 'hk-policy-address-2017-intro';
const { read } = fixtureReport(fixture, slug);

/** Characters only simplified Chinese writes (OpenCC's STCharacters maps them to another). */
const simplifiedOnly = new Set(openccTable('STCharacters.txt').filter(([from, to]) => [...from].length === 1 && to[0] !== from).map(([from]) => from));
const simplifiedIn = (text: string) => [...text].filter((c) => simplifiedOnly.has(c)).join('');

/** The glossary's notes are the glossary's words, in its script: all else (its terms included) is the edition's. */
const glossaryData = (e: Element) => ['gloss-note', 'note-text'].some((c) => (e.properties.className as string[] | undefined)?.includes(c));

/** The six terms as the report prints them where they are matched (the term base writes 一带一路, 超级联系人 …). */
const termsAsPrinted = ['一帶一路', '一國兩制', '國家所需、香港所長', '基本法', '十三五', '超級聯繫人'];
const termsIn = (root: ReturnType<typeof fromHtml>, selector: string) => selectAll(selector, root).map((e) => [toString(e), e.properties.lang]);

describe('new user round 16: the policy address as published', () => {
  it('check passes with the glossary, whose simplified terms are found in the traditional text', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const load = buildPublication(slug, new VFile({ path: 'zh.md', value: read('zh.md') }), new VFile({ path: 'en.md', value: read('en.md') }));
    expect(checkPublication(load, { glossary, matcher: createMatcher(glossary) }).messages.map(String)).toEqual([]);
    const found = new Set(createMatcher(glossary).findZh(load.publication.blocks.map((b) => b.zhText).join('\n')).map((m) => m.termId));
    expect([...found].sort()).toEqual(['chao-ji-lian-xi-ren', 'guo-jia-suo-xu-xiang-gang-suo-chang', 'ji-ben-fa', 'shi-san-wu', 'yi-dai-yi-lu', 'yi-guo-liang-zhi']);
  });
});

describe('new user round 16: the built editions', () => {
  const built = builtEditions(fixture);

  it('HTML: the edition’s own words are in traditional characters and tagged zh-Hant, as the text (was: 目录, 术语表, 关于本版, 节选 tagged zh-Hans)', () => {
    const root = fromHtml(readFileSync(path.join(built.root, 'dist', slug, 'index.html'), 'utf8'));
    const hans = selectAll('[lang=zh-Hans]', root).filter((e) => !glossaryData(e)).map((e) => toString(e).slice(0, 12));
    expect(hans).toEqual([]);
    const simplified = selectAll('[lang=zh-Hant]', root).map((e) => simplifiedIn(toString(e))).filter(Boolean);
    expect(simplified).toEqual([]);
    const labels = selectAll('.view-switch button, .sidebar [lang=zh-Hant], .downloads [lang=zh-Hant]', root).map((e) => toString(e));
    expect(labels).toEqual(expect.arrayContaining(['對照', '目錄', '術語表', '關於本版', 'EPUB 電子書', 'PDF 中英對照']));
  });

  it('HTML: the glossary shows each term as the text writes it, tagged zh-Hant (was: 一带一路, 超级联系人 … tagged zh-Hans)', () => {
    const root = fromHtml(readFileSync(path.join(built.root, 'dist', slug, 'index.html'), 'utf8'));
    const terms = termsIn(root, '.gloss-zh');
    expect(terms.map(([term]) => term).sort()).toEqual([...termsAsPrinted].sort());
    expect(new Set(terms.map(([, lang]) => lang))).toEqual(new Set(['zh-Hant']));
  });

  it('EPUB: the glossary and the notes show each term as the text writes it, tagged zh-Hant', () => {
    const epub = path.join(built.root, 'dist', slug, `${slug}.epub`);
    const root = fromHtml(execFileSync('unzip', ['-p', epub, 'EPUB/*.xhtml'], { encoding: 'utf8' }));
    const glossaryTerms = termsIn(root, '.gloss-zh');
    expect(glossaryTerms.map(([term]) => term).sort()).toEqual([...termsAsPrinted].sort());
    const noteTerms = termsIn(root, '.note-zh');
    expect(noteTerms.length).toBeGreaterThan(0);
    expect(noteTerms.map(([term]) => term).filter((term) => !termsAsPrinted.includes(term as string))).toEqual([]);
    expect(new Set([...glossaryTerms, ...noteTerms].map(([, lang]) => lang))).toEqual(new Set(['zh-Hant']));
  });

  it('a figure grouped by spaces (“160 000”) stays on one line in both PDFs, and is one word in the HTML and the EPUB (was: “by 160 / 000 while”)', () => {
    for (const file of [`${slug}.pdf`, `${slug}.en.pdf`]) {
      const text = execFileSync('pdftotext', ['-layout', path.join(built.root, 'dist', slug, file), '-'], { encoding: 'utf8' });
      const lines = text.split('\n');
      expect(lines.some((line) => /\b160\s000 while\b/.test(line)), file).toBe(true);
      expect(lines.some((line) => /\b160\s*$/.test(line)), file).toBe(false);
    }
    expect(readFileSync(path.join(built.root, 'dist', slug, 'index.html'), 'utf8')).toContain('by 160\u00a0000 while');
    const epub = path.join(built.root, 'dist', slug, `${slug}.epub`);
    const chapter = execFileSync('unzip', ['-p', epub, 'EPUB/*.xhtml'], { encoding: 'utf8' });
    expect(chapter).toContain('by 160\u00a0000 while');
  });

  it('every edition sets the traditional text in Noto Serif TC and Noto Sans TC, none in the SC faces (was: the SC faces: the mainland’s forms of 說, 過, 內; commas and full stops at the foot of the em box, not centred)', async () => {
    const dist = path.join(built.root, 'dist', slug);
    // HTML: the faces a reader's browser loads for the page, and the subsets beside it
    const page = await built.browser.newPage();
    try {
      await page.goto(pathToFileURL(path.join(dist, 'index.html')).href, { waitUntil: 'networkidle0' });
      const loaded = await page.evaluate(() => [...new Set([...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family))].sort());
      expect(loaded).toEqual(['Noto Sans TC', 'Noto Serif TC', 'Source Sans 3', 'Source Serif 4']);
      const paragraph = await page.evaluate(() => getComputedStyle(document.querySelector('p[lang="zh-Hant"]')!).fontFamily);
      expect(paragraph.startsWith('"Noto Serif TC"')).toBe(true);
    } finally {
      await page.close();
    }
    const subsets = readdirSync(path.join(dist, 'assets/fonts'));
    expect(subsets.some((name) => name.startsWith('noto-serif-tc-chinese-traditional-400'))).toBe(true);
    expect(subsets.filter((name) => /-sc-/.test(name))).toEqual([]);
    // PDF: the embedded faces of both
    for (const file of [`${slug}.pdf`, `${slug}.en.pdf`]) {
      const fonts = execFileSync('pdffonts', [path.join(dist, file)], { encoding: 'utf8' });
      expect(fonts, file).toMatch(/\+NotoSerifTC/);
      expect(fonts, file).not.toMatch(/NotoS(?:erif|ans)SC|Type 3/);
    }
    expect(execFileSync('pdffonts', [path.join(dist, `${slug}.pdf`)], { encoding: 'utf8' })).toMatch(/\+NotoSansTC/);
    // EPUB: its fonts, and the families its stylesheets name
    const epub = path.join(dist, `${slug}.epub`);
    const listing = execFileSync('unzip', ['-l', epub], { encoding: 'utf8' });
    expect(listing).toMatch(/EPUB\/fonts\/noto-serif-tc-chinese-traditional-400-normal-[0-9a-f]+\.ttf/);
    expect(listing).not.toMatch(/noto-s(?:erif|ans)-sc-/);
    const css = execFileSync('unzip', ['-p', epub, 'EPUB/styles/base.css'], { encoding: 'utf8' });
    expect(css).toContain('"Noto Serif TC"');
    // (new user round 37) the SC face named right after the TC face, for simplified-only characters the TC faces lack (none here)
    expect(css.replace(/"Noto (Serif|Sans) TC", "Noto \1 SC"/g, '"Noto $1 TC"')).not.toMatch(/Noto S(?:erif|ans) SC|var\(|data-han/);
  });

  it('EPUB: the landmarks, the contents and the rights statement are in traditional characters, tagged zh-Hant', () => {
    const epub = path.join(built.root, 'dist', slug, `${slug}.epub`);
    const nav = execFileSync('unzip', ['-p', epub, 'EPUB/nav.xhtml'], { encoding: 'utf8' });
    const opf = execFileSync('unzip', ['-p', epub, 'EPUB/package.opf'], { encoding: 'utf8' });
    expect(nav).toMatch(/<span lang="zh-Hant" xml:lang="zh-Hant">封面<\/span>/);
    expect(nav).toMatch(/<span lang="zh-Hant" xml:lang="zh-Hant">書名頁<\/span>/);
    expect(nav).not.toContain('lang="zh-Hans"');
    expect(simplifiedIn(nav)).toBe('');
    expect(opf).toMatch(/<dc:rights xml:lang="zh-Hant">中文為發佈機關的正式文本/);
  });
});

describe('new user round 16: ingest of the page', () => {
  it('ingest of the page with its meta file gives zh.md: the channel tag “港澳” between the headline and its copy is the page’s (was: the report’s first paragraph, deleted by hand)', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt')), { fileName: 'page.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
  });
});

describe('new user round 16: a channel tag between a headline and its copy (guard)', () => {
  const page = (lines: string[]) => ingest(Buffer.from(lines.join('\n')), { fileName: 'page.txt', slug: 'x' }).markdown;
  const body = ['(一)引言', '', '1.本屆政府一直秉持「發展經濟,改善民生」的施政理念,深信只有發展經濟,才能改善民生,促進社會和諧共融。', '', '2.香港是國家不可分離的部分,香港完全沒有獨立或以任何形式分離的空間。'];
  it('is the page’s only when the headline is printed again below it; else it stays', () => {
    expect(page(['2017《施政報告》(一)引言', '', '發佈日期: 2017-01-18 11:10', '港澳', '2017《施政報告》(一)引言', '', ...body])).not.toContain('港澳');
    expect(page(['2017《施政報告》(一)引言', '', '發佈日期: 2017-01-18 11:10', '港澳', '', ...body])).toContain('港澳');
  });
});
