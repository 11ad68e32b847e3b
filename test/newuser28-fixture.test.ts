/**
 * New user, round 28: a county statistics bureau's STATISTICAL COMMUNIQUÉ — 巫溪县2024年国民经济和社会发展统计公报, published by
 * 巫溪县统计局 on cqwx.gov.cn (a disclosure table printed twice, a breadcrumb, the title twice), its opening and the first
 * three paragraphs of "一、综合", cut at "人口自然增长" (test/fixtures/newuser-round28). Translated in OmegaT 3.6 (console
 * mode) and imported. The committed project holds together: ingest keeps every word and asks for no occasion or speaker
 * (was: both warned — a communiqué is published, not delivered); OmegaT's target imports (was: refused, "Missing number
 * first / second / third / three" for the primary, secondary and tertiary industries); check is clean; the editions build.
 * And round 27's gap: the Macao report in traditional characters goes through the real OmegaT as zh-MO (was: zh-CN).
 * Stop 53: a second translator revised the English in a memoQ file (mq:status Reviewer1Confirmed on every unit, one block's
 * English corrected: the fixture's README, "Review (stop 53)"); OmegaT's target gives the translator's English, the reviser's
 * file then the committed en.md, every block reviewed.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { hasOmegat, importIntoFreshProject, translateInOmegat } from './xliff-helpers.ts';
import { fixtureReport, han, body, withoutTranslatorNote, beforeReview, revisionsUndone, type Revision } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round28');
const slug = 'wuxi-2024-statistical-communique';
const { read, load } = fixtureReport(fixture, slug);
const bin = path.join(import.meta.dirname, '../pipeline/bin.cjs');
/** A PDF's text as pdftotext reads it, without the soft hyphens the print inserts (render/pdf/typography.ts). */
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replaceAll('\u00ad', '');
/** The reviser's corrections (stop 53): the translator's English (OmegaT's target) → the reviewed (the memoQ file, en.md). */
const revisions: Revision[] = [
  ['The primary, secondary and tertiary industries stood in a ratio', 'The value added of the primary, secondary and tertiary industries stood in a ratio'],
  ['or 65.3 percent of the county’s economy.', 'or 65.3 percent of the county’s total economic output.'],
];
/** (stop 60, the fixture's README "Review (stop 60)") 地区生产总值 "GDP", the term base's decision across the rounds: after the memoQ file. */
const gdp: Revision[] = [
  ['the county’s gross regional product for the year was', 'the county’s GDP for the year was'],
  ['Per capita gross regional product for the year reached', 'Per capita GDP for the year reached'],
];

describe('new user round 28: a county’s statistical communiqué — ingest, check, OmegaT', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu28-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt'));

  it('ingest of the page with its meta file gives the committed zh.md: every word of the text kept, no occasion or speaker asked for', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    const front = parseYaml(result.markdown.split('\n---\n')[0].replace(/^---\n/u, ''));
    expect(front).toMatchObject({ title: '巫溪县2024年国民经济和社会发展统计公报', issuer: '巫溪县统计局', date: '2025-03-28', scope: 'excerpt' });
    expect(front.disclosure).toMatchObject({ 索引号: '11500238765945700N/2025-00006', 发布机构: '巫溪县统计局', 成文日期: '2025-03-28' });
    // every Han character of the text (from the line after the second title), in order
    const lines = page.toString('utf8').split('\n');
    const text = lines.slice(lines.lastIndexOf('巫溪县2024年国民经济和社会发展统计公报') + 1).join('\n');
    expect(han(body(result.markdown))).toEqual(han(text));
    expect(body(result.markdown).match(/^#+ .+(?= \{)/gmu)).toEqual(['## 一、综合']);
    // the head lines moved or removed, each said; the cut as the scope note says; no missing-* warning (was: occasion, speaker)
    const rules = result.file.messages.map((m) => String(m.ruleId));
    expect(rules.filter((rule) => rule.startsWith('missing-'))).toEqual([]);
    expect(new Set(rules)).toEqual(new Set(['metadata', 'breadcrumb', 'page-head', 'cut-off']));
    expect(result.file.messages.filter((m) => m.fatal !== undefined).map((m) => `${m.line}:${m.ruleId}`)).toEqual([]);
    expect(result.file.messages.find((m) => m.ruleId === 'cut-off')?.reason).toContain('as the scope note says');
  });

  it('the English checks clean with the project glossary: 第一/第二/第三产业 and 三次产业 as “the primary, secondary and tertiary industries”', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = read('en.md');
    expect(check(en)).toEqual([]);
    expect(en).toContain('the value added of the primary industry was 2.89 billion yuan');
    expect(en).toContain('a birth rate of 7.07 per thousand');
    // a wrong figure is still told
    expect(check(en.replace('3.75 billion yuan', '3.57 billion yuan'))).toEqual([
      expect.stringContaining('the Chinese has `37.5亿`'),
      expect.stringContaining('Unexpected number `3.57 billion`'),
    ]);
  });

  it("OmegaT's target imports into a project with no English (was: refused, four “Missing number” errors): the translator's English; the reviser's memoQ file then gives the committed en.md but for the note, every block reviewed", () => {
    const { project, imported, en: after, run } = importIntoFreshProject(fixture, slug, `${slug}.omegat.xlf`, path.join(temp, 'import'));
    expect(imported).toContain('created with 5 block(s)');
    expect(after).toBe(beforeReview(withoutTranslatorNote(read('en.md')), [...revisions, ...gdp]));
    expect(run('check')).toMatch(/wuxi-2024-statistical-communique\s+5\s+5\s+0\s+0\s+0\s+0\s+0\s+0/u);
    copyFileSync(path.join(fixture, `${slug}.memoq.xlf`), path.join(project, `${slug}.memoq.xlf`));
    expect(run('xliff', 'import', `${slug}.memoq.xlf`)).toContain('updated 5 block(s)');
    // the memoQ file is stop 53's review: the committed en.md but for stop 60's GDP
    expect(readFileSync(path.join(project, 'content/reports', slug, 'en.md'), 'utf8')).toBe(revisionsUndone(withoutTranslatorNote(read('en.md')), gdp));
    expect(run('check')).toMatch(/wuxi-2024-statistical-communique\s+5\s+5\s+5\s+0\s+0\s+0\s+0\s+0/u);
  });

  it.skipIf(!hasOmegat)('round 27’s Macao text goes through the real OmegaT 3.6 as zh-MO (was: zh-CN), and its target imports; this report stays zh-CN', () => {
    const project = path.join(temp, 'omegat-macao');
    cpSync(path.join(import.meta.dirname, 'fixtures/newuser-round27/content'), path.join(project, 'content'), { recursive: true });
    const macao = 'macao-2020-budget-conclusion';
    const trip = translateInOmegat(project, macao);
    expect(trip.projectFile).toContain('<source_lang>zh-MO</source_lang>');
    // OmegaT read the project as zh-MO, loaded the zh-CN memory (saying so) and filled every unit from it
    expect(trip.omegatLog).toContain('project source language (zh-MO)');
    expect(trip.target).toContain('source-language="zh-MO"');
    expect(trip.imported).toContain('created with 8 block(s)');
    const fixtureEn = readFileSync(path.join(import.meta.dirname, 'fixtures/newuser-round27/content/reports', macao, 'en.md'), 'utf8');
    // (the memory gives the reviewed English — round 27 was reviewed in stop 55; a memory's match is no review: each block translated)
    expect(body(trip.en)).toBe(body(fixtureEn).replaceAll(' state=reviewed}', '}'));
    // a report in simplified characters keeps zh-CN
    const wuxi = path.join(temp, 'omegat-wuxi');
    cpSync(path.join(fixture, 'content'), path.join(wuxi, 'content'), { recursive: true });
    execFileSync(process.execPath, [bin, 'xliff', 'export', slug, '--omegat', 'omegat'], { cwd: wuxi, encoding: 'utf8' });
    expect(readFileSync(path.join(wuxi, 'omegat/omegat.project'), 'utf8')).toContain('<source_lang>zh-CN</source_lang>');
  }, 180_000);
});

describe('new user round 28: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('every edition builds; the PDFs carry the title, the issuer and the date, the sectors’ English and the cut', () => {
    for (const file of ['index.html', `${slug}.pdf`, `${slug}.en.pdf`, `${slug}.epub`]) expect(existsSync(path.join(dist(), file)), file).toBe(true);
    const en = pdfText(path.join(dist(), `${slug}.en.pdf`));
    // (stop 53: the colophon counts the reviser's work — every block reviewed)
    expect(en).toMatch(/Complete:\s+all\s+5\s+paragraphs\s+translated,\s+5\s+reviewed/u);
    expect(en).toMatch(/Statistical Communiqué of Wuxi\s+County on the 2024 National\s+Economic and Social Development/u);
    expect(en).toMatch(/Wuxi County Bureau of Statistics · 28 March 2025/u);
    expect(en).toMatch(/the natural population growth \[the source text breaks\s+off here\]/u);
    expect(pdfText(path.join(dist(), `${slug}.pdf`))).toMatch(/人口自然增长\s*〔原文至此中断〕/u);
  });

  it('the catalogue dates the report as its editions do (day first: the translation writes no date with a day)', () => {
    const index = readFileSync(path.join(built.root, 'dist/index.html'), 'utf8');
    expect(index).toContain('28 March 2025');
    expect(readFileSync(path.join(dist(), 'index.html'), 'utf8')).toContain('28 March 2025');
  });
});
