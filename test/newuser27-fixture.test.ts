/**
 * New user, round 27: MACAO's Chief Executive (崔世安, at the end of his second term) closing the summary of the Government's
 * work in the 2019 fiscal year and the budget arrangements for 2020 — 二○一九年財政年度政府工作總結及二○二○年財政年度預算安排,
 * its 結語 — as the MSAR Government's portal carries it in TRADITIONAL characters, its years' zeros typed as circles (○,
 * U+25CB), cut at "…緊密連接，認" (test/fixtures/newuser-round27). Translated in OmegaT 3.6 (console mode) and imported.
 * The committed project holds together: ingest keeps every word, takes the title without the section behind its en dash
 * (was: "…預算安排–結語") and sets no lead before the speaker's "我很榮幸" (was: "特區政府施政已走過二十年的歷程。" bold);
 * check is clean with 二○一九/二○二○ in the title (was: three errors, "Missing number two"); OmegaT's target imports as
 * committed; the editions note 《澳門基本法》 (was: none) and keep 二○二○年 on one line in the HTML title at 320 px (was: "二○二 /
 * ○年") and print the glossary's Chinese notes in traditional characters (was: 简体); the page gives no date, and the title
 * block prints none (nothing made up).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { importIntoFreshProject } from './xliff-helpers.ts';
import { beforeReview, fixtureReport, han, body, withoutTranslatorNote } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round27');
const slug = 'macao-2020-budget-conclusion';
const { read, load } = fixtureReport(fixture, slug);
/** A PDF's text as pdftotext reads it, without the soft hyphens the print inserts (render/pdf/typography.ts). */
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replaceAll('\u00ad', '');

describe('new user round 27: Macao’s closing words in traditional characters — ingest, check, OmegaT', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu27-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.html'));

  it('ingest of the page with its meta file gives the committed zh.md: every word kept, the title without its section, no lead', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.html', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    const front = parseYaml(result.markdown.split('\n---\n')[0].replace(/^---\n/u, ''));
    expect(front.title).toBe('二○一九年財政年度政府工作總結及二○二○年財政年度預算安排');
    expect(front).toMatchObject({ issuer: '澳門特別行政區政府', speaker: '行政長官 崔世安', scope: 'excerpt' });
    // every Han character of the article's text, in order; the heading's, but for the section's name, in the title
    const text = /<div class="entry-content">([^]*?)<\/div>/u.exec(page.toString('utf8'))![1];
    expect(han(body(result.markdown))).toEqual(han(text));
    expect(han(front.title).join('')).toBe(han('二○一九年財政年度政府工作總結及二○二○年財政年度預算安排').join(''));
    expect(body(result.markdown)).not.toContain('**');
    expect(body(result.markdown).match(/^#+ .+(?= \{)/gmu)).toEqual(['## 堅守“一國”，從未偏廢']);
    // the heading line (with its section) is said where it was moved; the cut is said as the scope note says
    const said = result.file.messages.filter((m) => !['page-chrome', 'navigation'].includes(String(m.ruleId))).map((m) => `${m.line}:${m.ruleId}`);
    expect(said).toEqual(['1:missing-date', '26:metadata', '32:unnumbered-heading', '35:cut-off']);
  });

  it('the English checks clean with the project glossary: 二○一九 and 二○二○ are the years 2019 and 2020 (was: “Missing number two”)', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = read('en.md');
    expect(check(en)).toEqual([]);
    expect(en).toContain('title: Summary of the Government’s Work in the 2019 Fiscal Year and Budget Arrangements for the 2020 Fiscal Year');
    // a wrong year is still told
    expect(check(en.replace('in the 2019 Fiscal Year', 'in the 2018 Fiscal Year'))).toEqual([
      expect.stringContaining('Missing number `2019` (Chinese `二〇一九`)'),
      expect.stringContaining('Unexpected number `2018`'),
    ]);
  });

  it("OmegaT's target imports into a project with no English: the committed en.md but for the hand-written note", () => {
    const { imported, en: after, run } = importIntoFreshProject(fixture, slug, `${slug}.omegat.xlf`, path.join(temp, 'import'));
    expect(imported).toContain('created with 8 block(s)');
    // (stop 55: the committed en.md is the reviewed one — one phrase and the note revised, every unit reviewed, README
    // "Review (stop 55)"; OmegaT's target gives the translator's English, every unit translated)
    expect(after).toBe(withoutTranslatorNote(beforeReview(read('en.md'), [['broaden our vigilance against danger', 'broaden our outlook on preparing for danger']])));
    expect(run('check')).toMatch(/macao-2020-budget-conclusion\s+8\s+8\s+0\s+0\s+0\s+0\s+0\s+0/u);
  });
});

describe('new user round 27: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('every edition notes 《澳門基本法》, the term being the cited name itself (was: no note anywhere)', () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    expect(html).toMatch(/《<a class="term" data-term="ao-men-ji-ben-fa"[^>]*>澳門基本法<\/a>》/u);
    const pdf = pdfText(path.join(dist(), `${slug}.en.pdf`));
    expect(pdf).toMatch(/the Macao Basic Law\s*澳門基本法/u);
    const chapter = execFileSync('unzip', ['-p', path.join(dist(), `${slug}.epub`), 'EPUB/*.xhtml'], { encoding: 'utf8' });
    expect(chapter).toContain('data-term="ao-men-ji-ben-fa"');
  });

  it('the glossary’s Chinese notes are printed in traditional characters, tagged zh-Hant, as the text (was: 简体, zh-Hans)', () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    const notes = [...html.matchAll(/<p class="gloss-note" lang="(zh-Han[st])">([^<]*)<\/p>/gu)].map((m) => `${m[1]} ${m[2].slice(0, 12)}`);
    expect(notes).toHaveLength(6);
    expect(notes.every((note) => note.startsWith('zh-Hant '))).toBe(true);
    expect(html).toContain('香港、澳門作為中國的特別行政區');
    expect(pdfText(path.join(dist(), `${slug}.pdf`))).toContain('香港、澳門作為中國的特別行政區');
  });

  it('the HTML title keeps 二○二○年 on one line at 320 px (was: “…及二○二 / ○年財政年度預算安排”)', async () => {
    const page = await built.browser.newPage();
    await page.setViewport({ width: 320, height: 844 });
    await page.goto(pathToFileURL(path.join(dist(), 'index.html')).href, { waitUntil: 'load' });
    // the title's Chinese, line by line, as laid out (a Range per character, grouped by its line's top)
    const lines = await page.evaluate(() => {
      const span = document.querySelector('h1.title .title-zh')!;
      const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT);
      const byTop = new Map<number, string>();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.textContent!.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          byTop.set(top, (byTop.get(top) ?? '') + node.textContent![i]);
        }
      }
      return [...byTop.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
    });
    await page.close();
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('二○一九年財政年度政府工作總結及二○二○年財政年度預算安排');
    for (const year of ['二○一九年', '二○二○年']) expect(lines.some((line) => line.includes(year)), lines.join(' / ')).toBe(true);
  });

  it('the title block prints no date (the page gives none) and the PDFs mark the cut', () => {
    const pdf = pdfText(path.join(dist(), `${slug}.en.pdf`));
    expect(pdf).toMatch(/Chui Sai On, Chief Executive\s+Government of the Macao Special Administrative Region/u);
    expect(pdf).toMatch(/linking\s+Macao’s security closely with the country’s security, and \[the source text breaks\s+off here\]/u);
    expect(pdfText(path.join(dist(), `${slug}.pdf`))).toMatch(/緊密連接，認\s*〔原文至此中斷〕/u);
  });
});
