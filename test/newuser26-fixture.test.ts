/**
 * New user, round 26: a FINAL ACCOUNTS report (决算报告) — the opening of 关于2023年三明市本级决算（草案）的报告, delivered by the
 * director of the Sanming finance bureau to the standing committee of the city's people's congress on 27 June 2024, as the
 * city government's site carries it, its figures in 万元 with thousands separators, cut at "…债务还本支出55,595万元"
 * (test/fixtures/newuser-round26). Translated in OmegaT 3.6 (console mode) and imported; the house writes dates month first
 * (duizhao.config.yaml check.dateStyle: month-day).
 * The committed project holds together: ingest keeps every word and reads title, occasion, speaker, issuer and the
 * disclosure table; check is clean although the title names 三明 (was: “Missing number three”, an error failing the
 * build) and tells a bare figure in the translator's note at its own place, not at the gloss of the same unit before it;
 * OmegaT's target imports as committed; the editions print their own dates as the house writes them (was: 27 June 2024
 * under “… on June 27, 2024”) and the English PDF's glossary sets “Short for 人民代表大会.” solid (was: 人 民 代 表 大 会 .).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
import { beforeReview, fixtureReport, han, body, withoutTranslatorNote } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round26');
const slug = 'sanming-final-accounts-2023';
const { read, load } = fixtureReport(fixture, slug);
/** A PDF's text as pdftotext reads it, without the soft hyphens the print inserts (render/pdf/typography.ts). */
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replaceAll('\u00ad', '');

describe('new user round 26: a city’s final accounts report — ingest, check, OmegaT', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu26-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.html'));

  it('ingest of the page with its meta file gives the committed zh.md: every word kept, title, occasion, speaker and the disclosure table read', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.html', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    // every Han character of the article (title, occasion, speaker in the front matter; the text), in order
    const article = /<div class="article">([^]*?)<div class="share">/u.exec(page.toString('utf8'))![1].replace(/<div class="info">[^]*?<\/div>/u, '');
    const front = parseYaml(result.markdown.split('\n---\n')[0].replace(/^---\n/u, ''));
    expect([...han(front.title), ...han(front.occasion), ...han(front.speaker), ...han(body(result.markdown))]).toEqual(han(article));
    expect(front).toMatchObject({ issuer: '三明市财政局', date: '2024-06-27', speaker: '三明市财政局局长 苏迎平', scope: 'excerpt' });
    expect(front.disclosure).toMatchObject({ 索引号: 'FJ0400-01500-2024-00126', 发布机构: '三明市财政局' });
    expect(body(result.markdown).match(/^#+ .+(?= \{)/gmu)).toEqual(['## 一、2023年财政收支决算情况', '### （一）一般公共预算', '#### 1.收支及平衡情况']);
    const said = result.file.messages.filter((m) => m.ruleId !== 'page-chrome').map((m) => `${m.line}:${m.ruleId}`);
    expect(said).toEqual(['18:metadata', '19:metadata', '23:metadata', '24:page-info', '26:metadata', '27:metadata', '35:cut-off']);
  });

  it('the English checks clean with the project glossary: 三明 in the title is a name (was “Missing number three”), 万元 figures converted to million yuan', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = read('en.md');
    expect(check(en)).toEqual([]);
    expect(en).toContain('title: Report on the Draft Final Accounts of Sanming at the Municipal Level for 2023');
    expect(en).toContain('came to 11,797.47 million yuan, 97.73% of the adjusted budget');
    // a figure off by one unit of 10,000 yuan is still told
    expect(check(en.replace('the city came to 11,797.47 million yuan', 'the city came to 11,897.47 million yuan'))).toEqual([expect.stringContaining('the Chinese has `1,179,747万`'), expect.stringContaining('Unexpected number `11,897.47 million`')]);
  });

  it('a bare figure in the translator’s note is told at its own place, not at the gloss of its unit before it (was: at the gloss)', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const en = read('en.md').replace('(1,179,747 units of 10,000 yuan are 11,797.47 million yuan)', '(1,179,747万元 = 11,797.47 million yuan)');
    const line = en.split('\n').findIndex((l) => l.startsWith('translator_note:'));
    const gloss = en.split('\n')[line].indexOf('(万元)') + 2;
    const bare = en.split('\n')[line].indexOf('1,179,747万元') + 10;
    const messages = checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages;
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([`${line + 1}:${bare} untranslated`]);
    expect(bare).toBeGreaterThan(gloss);
  });

  it("OmegaT's target imports into a project with no English: the committed en.md but for the hand-written note", () => {
    const { imported, en: after, run } = importIntoFreshProject(fixture, slug, `${slug}.omegat.xlf`, path.join(temp, 'import'));
    expect(imported).toContain('created with 8 block(s)');
    // (stop 55: the committed en.md is the reviewed one — one sentence and the note revised, every unit reviewed, README
    // "Review (stop 55)"; OmegaT's target gives the translator's English, every unit translated)
    expect(after).toBe(withoutTranslatorNote(beforeReview(read('en.md'), [
      ['2023. Please examine it.', '2023 for your examination.'],
      // (stop 58: the consistency pass, README "Review (stop 58)") 主任、各位副主任 of a local standing committee: Director, Deputy Directors
      ['Chairman, Vice Chairpersons, Secretary-General', 'Director, Deputy Directors, Secretary-General'],
    ])));
    expect(run('check')).toMatch(/sanming-final-accounts-2023\s+8\s+8\s+0\s+0\s+0\s+0\s+0\s+0/u);
  });
});

describe('new user round 26: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('the editions print their own English dates as the house writes them, month first (was: 27 June 2024 under “… on June 27, 2024”)', () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    // (the byline gives the date alone: the speaker's line names the bureau — round 33's cover.ts, stop 53)
    expect(html).toContain('<p class="byline"><span class="keep">June 27, 2024</span></p>');
    expect(html).toContain('Su Yingping, Director of the Sanming Municipal Finance Bureau');
    expect(html).not.toContain('27 June 2024');
    const pdf = pdfText(path.join(dist(), `${slug}.en.pdf`));
    expect(pdf).toMatch(/Su Yingping, Director of the Sanming Muni\S*cipal Finance Bureau\s+June 27, 2024/u);
    expect(pdf).not.toContain('27 June 2024');
    const colophon = execFileSync('unzip', ['-p', path.join(dist(), `${slug}.epub`), 'EPUB/colophon.xhtml'], { encoding: 'utf8' });
    expect(colophon).toContain('June 27, 2024');
    expect(colophon).not.toContain('27 June 2024');
  });

  it('the English PDF sets the Chinese in a justified English note solid (was: “人 民 代 表 大 会 .”), and marks the cut', () => {
    const pdf = pdfText(path.join(dist(), `${slug}.en.pdf`));
    expect(pdf).toContain('Short for 人民代表大会. Each level');
    expect(pdf).not.toMatch(/人 民|代 表/u);
    expect(pdf).toMatch(/555\.95 million yuan in debt principal repayments \[the source text breaks\s+off here\]/u);
  });
});
