/**
 * New user, round 18: a think tank's bilingual edition of a prefecture-level city's 2025 report with the city's own
 * official English — Jiaxing (嘉兴, Zhejiang), 李军, 11 February 2025 (test/fixtures/newuser-round18). The Chinese is a
 * report site's copy that shows the text only to "…再获" without a login (cezhidao.com), the English the city's page
 * (jiaxing.gov.cn) as far as the search tool holds it, to "…promoting stability t". The committed project holds together:
 * ingest of the page with its meta file gives zh.md; `duizhao align` of the official page places its English under 5 of
 * the 6 blocks, leaves the page's headline and stamp out as the page's (stop 38: the headline was English before the text)
 * and says where each text stops; check passes with the project's glossary (was: 2 number-mismatch errors,
 * 长三角's 三 and “两化”/“两新”'s 两); and the editions mark where the excerpt breaks off (was: no mark) and call the English
 * partly official (was: "an unofficial translation made for reference").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { execFileSync } from 'node:child_process';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { readEnglishPage } from '../pipeline/translate/english-page.ts';
import { alignOfficial } from '../pipeline/translate/official.ts';
import { builtEditions } from './fixture-editions.ts';
import { fixtureReport } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round18');
const slug = 'jiaxing-2025';
const { read } = fixtureReport(fixture, slug);
const glossaryFile = path.join(fixture, 'content/glossary.yaml');
const load = () => buildPublication(slug, new VFile({ path: 'zh.md', value: read('zh.md') }), new VFile({ path: 'en.md', value: read('en.md') }));

describe('new user round 18: Jiaxing 2025, the page and the official English', () => {
  it('ingest of the page with its meta file gives the committed zh.md; the login line is the page head, the cut-off said as the scope note says', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(readFileSync(path.join(fixture, 'pages/cezhidao.txt')), { fileName: 'page.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    expect(result.file.messages.some((m) => m.ruleId === 'page-head' && m.reason.includes('请登录后继续阅读全文'))).toBe(true);
    expect(result.file.messages.filter((m) => m.ruleId === 'cut-off').length).toBe(1);
  });

  it('align places the official English under 5 of the 6 blocks, writes translation: official, and says where the page starts early and stops short', async () => {
    const { glossary } = await loadGlossary(glossaryFile);
    const page = readEnglishPage(readFileSync(path.join(fixture, 'pages/en-jiaxing.txt')), 'en-jiaxing.txt');
    const result = alignOfficial({ slug, zh: read('zh.md'), page, pagePath: 'en-jiaxing.txt', matcher: createMatcher(glossary) });
    const value = result.value!;
    expect(value).toMatch(/^translation: official$/m);
    expect(value.match(/state=translated/g)).toHaveLength(5);
    // the opening paragraph as the city published it is the committed one, word for word
    const opening = /^(On behalf of the Municipal People’s Government of Jiaxing.*) \{#p-475bf9/m.exec(value)?.[1];
    expect(read('en.md')).toContain(`${opening} {#p-475bf9`);
    const cuts = result.file.messages.filter((m) => m.ruleId === 'align-cut').map((m) => `${m.line}:${m.column}`).sort();
    // the release date under the headline is the page's stamp, left out and said (was: English before the text, a warning)
    expect(page.leftOut.find((l) => l.line === 3)).toMatchObject({ text: 'Release date:2025-03-20 10:22', why: 'chrome' });
    // the headline naming the report in its own words ("…of the Jiaxing Municipal Government(2025)" over the title block's
    // "Report on the Work of the Government") is the page's too, left out and said (was: English before the text, a warning)
    expect(page.leftOut.find((l) => l.line === 1)).toMatchObject({ text: 'Report on the Work of the Jiaxing Municipal Government(2025)', why: 'chrome', label: 'the page’s headline, naming the report' });
    expect(result.file.messages.filter((m) => m.ruleId === 'align-cut' && m.line === 1)).toEqual([]);
    expect(cuts).toEqual(['19:1', '19:1']); // the Chinese's last block without English; the page stopping mid-word
  });

  it('check passes with the project glossary (was: number-mismatch on 长三角 and “两化”/“两新”); the terms added are found on both sides', async () => {
    const { glossary } = await loadGlossary(glossaryFile);
    const { publication } = load();
    expect(checkPublication(load(), { glossary, matcher: createMatcher(glossary) }).messages.map(String)).toEqual([]);
    const matcher = createMatcher(glossary);
    const zh = new Set(matcher.findZh(publication.blocks.map((b) => b.zhText).join('\n')).map((m) => m.termId));
    const en = new Set(matcher.findEn(publication.blocks.map((b) => b.enText ?? '').join('\n')).map((m) => m.termId));
    for (const id of ['ba-ba-zhan-lve', 'shi-xiang-zhong-da-gong-cheng', 'yi-hao-gong-cheng', 'liang-xin']) {
      expect(zh.has(id), id).toBe(true);
      expect(en.has(id), id).toBe(true);
    }
  });
});

describe('new user round 18: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('HTML: the last paragraph says where the copy breaks off, in both languages; the notice calls the English partly official', () => {
    const root = fromHtml(readFileSync(path.join(dist(), 'index.html'), 'utf8'));
    expect(selectAll('[data-block="p-4c12c4"] .broken-off', root).map((e) => toString(e))).toEqual(['〔原文至此中断〕', '[the source text breaks off here]']);
    expect(selectAll('.broken-off', root)).toHaveLength(2);
    const notice = selectAll('p.notice', root).map((e) => toString(e)).join(' ');
    expect(notice).toContain('The English is in part the official translation and in part the editors’ own');
    expect(notice).not.toContain('unofficial');
  });

  it('PDF and EPUB: the mark and the notice as in the HTML', () => {
    const text = execFileSync('pdftotext', [path.join(dist(), `${slug}.en.pdf`), '-'], { encoding: 'utf8' }).replace(/\u00ad/g, '');
    expect(text).toMatch(/once again won \[the source text breaks off here\]/);
    expect(text).toMatch(/The English is in part the official translation/);
    const opf = execFileSync('unzip', ['-p', path.join(dist(), `${slug}.epub`), 'EPUB/package.opf'], { encoding: 'utf8' });
    expect(opf).toContain('英文部分为官方译文');
  });
});
