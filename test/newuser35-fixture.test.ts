/**
 * New user, round 35: a city audit bureau's AUDIT RECTIFICATION report — 宁波市审计局关于2021年度宁波市本级预算执行和全市其他
 * 财政收支审计工作报告反映问题整改情况的报告, on the bureau's own site (sjj.ningbo.gov.cn): the site's head with its breadcrumb
 * ("首页" alone, then "-> 要闻 -> 审计通告 -> 审计公告"), the title, the stamp row, the salutation, the opening, heading 一、 and
 * items (一) and (二), cut mid-sentence (test/fixtures/newuser-round35). Translated through OmegaT 3.6's own project memory —
 * the translator's confirmed segments as OmegaT keeps them (`omegat/project_save.tmx`, the committed
 * `ningbo-audit-rectification-2021.project_save.tmx`) — OmegaT's console mode writing the target and its own TMX back, the
 * target imported; then that written-back TMX given to `xliff export --tm`. The committed project holds together: ingest
 * removes the breadcrumb (was: the title "-> 要闻 -> 审计通告 -> 审计公告", the report's title a paragraph); OmegaT's target
 * imports (was: refused, "Missing number 两" for 市委、市政府两办); OmegaT's TMX pre-fills every unit, the front matter's too
 * (was: title, issuer and scope note left in Chinese); the editions build and EPUBCheck passes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { beforeReview, fixtureReport, han, withoutTranslatorNote } from './fixture-report.ts';
import { round35Revisions } from './newuser35-revisions.ts';
import { hasOmegat } from './xliff-helpers.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round35');
const slug = 'ningbo-audit-rectification-2021';
const bin = path.join(import.meta.dirname, '..', 'pipeline', 'bin.cjs');
const { read, load } = fixtureReport(fixture, slug);
/**
 * en.md as the translator left it (stop 56: the committed en.md is the reviewed one — one sentence and the note revised,
 * every unit reviewed, README "Review (stop 56)"; OmegaT's memory gives the translator's English, every unit translated).
 */
const translatorsEn = () => beforeReview(read('en.md'), round35Revisions);
/** A PDF's text as pdftotext reads it, without the soft hyphens the print inserts (render/pdf/typography.ts). */
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replaceAll('\u00ad', '');

describe('new user round 35: an audit rectification report — ingest, check, OmegaT’s project memory and the TMX it writes back', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu35-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt'));

  it('ingest of the page with its meta file gives the committed zh.md: the breadcrumb removed, the report’s title the title, every word kept', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    const front = parseYaml(result.markdown.split('\n---\n')[0].replace(/^---\n/u, ''));
    expect(front).toMatchObject({ title: '关于2021年度宁波市本级预算执行和全市其他财政收支审计工作报告反映问题整改情况的报告', issuer: '宁波市审计局', date: '2023-01-06', date_source: 'published', scope: 'excerpt' });
    expect(result.file.messages.filter((m) => m.ruleId === 'breadcrumb').map((m) => m.line)).toEqual([2]);
    // every Han character of the text (from the salutation), in order
    const text = page.toString('utf8').split('\n');
    expect(han(result.markdown.split('\n---\n')[1])).toEqual(han(text.slice(text.findIndex((line) => line.startsWith('主任'))).join('\n')));
  });

  it('the English checks clean with the project glossary; a lost term and a changed year are told', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = read('en.md');
    expect(check(en)).toEqual([]);
    expect(check(en.replace('a citywide work meeting on audit rectification', 'a citywide work meeting on correcting audit findings'))).toEqual([]); // its second use keeps the term
    expect(check(en.replace('gave audit rectification more weight', 'gave it more weight').replace('for Carrying Out Audit Rectification', 'for Carrying Out Corrections'))).toEqual([expect.stringContaining('audit rectification')]);
    expect(check(en.replace('municipal level for 2021:', 'municipal level for 2020:'))).toEqual([expect.stringContaining('Unexpected number `2020` in `p-d04d6a`')]);
  });

  it.skipIf(!hasOmegat)('OmegaT 3.6 writes the target from its project memory; the target imports to the translator’s English (stop 56: the committed en.md is the reviewed one); the TMX it writes back pre-fills every unit', () => {
    const project = path.join(temp, 'omegat-trip');
    const run = (...args: string[]) => execFileSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const en = path.join(project, 'content/reports', slug, 'en.md');
    rmSync(en);
    run('xliff', 'export', slug, '--omegat', 'omegat');
    // the translator's confirmed segments, as OmegaT keeps them in its project
    mkdirSync(path.join(project, 'omegat/omegat'), { recursive: true });
    copyFileSync(path.join(fixture, `${slug}.project_save.tmx`), path.join(project, 'omegat/omegat/project_save.tmx'));
    const omegat = spawnSync('omegat', ['omegat', '--mode=console-translate', '--config-dir=omegat/config'], { cwd: project, encoding: 'utf8', timeout: 120_000 });
    expect(omegat.status, omegat.stderr + omegat.stdout).toBe(0);
    expect(readFileSync(path.join(project, 'omegat/omegat/project_stats.txt'), 'utf8')).toMatch(/Remaining:\s+0\s/u);
    const imported = run('xliff', 'import', `omegat/target/${slug}.xlf`);
    expect(imported).toContain('created with 7 block(s)');
    expect(readFileSync(en, 'utf8')).toBe(withoutTranslatorNote(translatorsEn()));
    expect(run('check')).toMatch(/ningbo-audit-rectification-2021\s+7\s+7\s+0\s+0\s+0\s+0\s+0\s+0/u);
    // OmegaT wrote its memory back beside the project (omegat-level2.tmx: TMX 1.4 with its tags): the next export reads it
    const written = path.join(project, 'omegat/omegat-level2.tmx');
    expect(existsSync(written)).toBe(true);
    rmSync(en);
    run('xliff', 'export', slug, '--xliff', '1.2', '--tm', written, '-o', 'again.xlf');
    const again = readFileSync(path.join(project, 'again.xlf'), 'utf8');
    expect(again.match(/state-qualifier="exact-match"/gu)).toHaveLength(10);
    run('xliff', 'import', 'again.xlf');
    expect(readFileSync(en, 'utf8')).toBe(withoutTranslatorNote(translatorsEn()));
  }, 240_000);
});

describe('new user round 35: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('every edition builds; the PDFs carry the title, the issuer, the terms and the break after the cut', () => {
    for (const file of ['index.html', `${slug}.pdf`, `${slug}.en.pdf`, `${slug}.epub`]) expect(existsSync(path.join(dist(), file)), file).toBe(true);
    const en = pdfText(path.join(dist(), `${slug}.en.pdf`));
    expect(en).toMatch(/Report on the Rectification of the Problems Reported in the Audit\s+Work\s+Report/u);
    expect(en).toMatch(/Ningbo Municipal Audit Bureau/u);
    expect(en).toMatch(/seven\s+lists\s+of\s+problems/u);
    expect(en).toMatch(/standards and time limits for\s+\[the source text\s+breaks\s+off\s+here\]/u);
    expect(pdfText(path.join(dist(), `${slug}.pdf`))).toMatch(/时限加以\s*〔原文至\s*此中断〕/u);
  });

  it('the HTML has no breadcrumb and the report’s own title as its heading', () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    expect(html).not.toContain('审计通告');
    expect(html).toMatch(/<h1[^>]*>[\s\S]*关于2021年度宁波市本级预算执行/u);
  });
});
