/**
 * New user, round 31: a county's ENVIRONMENT BULLETIN — 2022年青阳县环境质量状况公报, on the Qingyang County government's
 * disclosure platform (ahqy.gov.cn, Anhui): its disclosure table, section 一、 on ambient air quality with its figures and
 * section 二、 on water cut inside its first subsection; a copy that lost some characters between figures (test/fixtures/
 * newuser-round31). Translated in OmegaT 3.6 (console mode) and imported. The committed project holds together: ingest keeps
 * every word, takes the table's fields (was: the title under the table read as the 废止日期 left empty) and says each place
 * where figures ran together (was: nothing said); check is clean with the pollutants named in both languages (was: "Missing
 * number 2.5" for PM2.5, the import refused) and with the glued figures read as meant ("GB 3095-2012", "January to December
 * 2022"; was: "Missing number 30.952012 million", "Missing number 20,221").
 * Stop 53: a second translator revised the English in a memoQ file (mq:status Reviewer1Confirmed on every unit; one block's
 * English corrected, the translator's note brought up to date: the fixture's README, "Review (stop 53)"); OmegaT's target
 * gives the translator's English, the reviser's file then the committed en.md, every block reviewed.
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
import { fixtureReport, han, body, withoutTranslatorNote, beforeReview, type Revision } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round31');
const slug = 'qingyang-2022-environment';
const { read, load } = fixtureReport(fixture, slug);
/** A PDF's text as pdftotext reads it, without the soft hyphens the print inserts (render/pdf/typography.ts). */
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replaceAll('\u00ad', '');
/** The reviser's corrections (stop 53): the translator's English (OmegaT's target) → the reviewed (the reviser's file, en.md). */
const revisions: Revision[] = [
  ['on 314 days in all, a rate of 86.0 percent, down', 'on 314 days in all; the proportion of such days was 86.0 percent, down'],
];

describe('new user round 31: a county’s environment bulletin — ingest, check, OmegaT', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu31-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt'));

  it('ingest of the page with its meta file gives the committed zh.md: the table’s fields, every word kept, the cut and the glued figures said', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    const front = parseYaml(result.markdown.split('\n---\n')[0].replace(/^---\n/u, ''));
    expect(front).toMatchObject({ title: '2022年青阳县环境质量状况公报', issuer: '青阳县生态环境分局', date: '2023-06-05', scope: 'excerpt' });
    expect(front.disclosure).toEqual({
      索引号: '113418237568263982/202306-00008',
      组配分类: '环境质量公报',
      发布机构: '青阳县生态环境分局',
      主题分类: '其他',
      名称: '2022年青阳县环境质量状况公报',
      发布日期: '2023-06-05',
    });
    // every Han character of the text (from the line after the page's stamp line), in order
    const text = page.toString('utf8').split('\n');
    expect(han(body(result.markdown))).toEqual(han(text.slice(text.findIndex((line) => line.startsWith('发布时间')) + 1).join('\n')));
    expect(body(result.markdown).match(/^#+ .+(?= \{)/gmu)).toEqual(['## 一、环境空气质量状况', '## 二、水环境质量状况', '### 1、集中式饮用水源地水质状况']);
    const rules = result.file.messages.map((m) => String(m.ruleId));
    expect(rules.filter((rule) => rule.startsWith('missing-'))).toEqual([]);
    expect(result.file.messages.find((m) => m.ruleId === 'cut-off')?.reason).toContain('as the scope note says');
    // (stop 52) and the characters lost beside a figure or a bracket, said and not written back
    expect(result.file.messages.filter((m) => m.ruleId === 'lost-marks').map((m) => `${m.line}:${/lost: ([^)]+)\)/u.exec(m.reason)?.[1] ?? /^Unexpected ([^:]+):/u.exec(m.reason)?.[1]}`)).toEqual([
      '12:GB 3095—2012',
      '12:HJ 633—2012',
      '14:bracket never closed',
      '14:figure with no unit over its slash',
      '18:GB 3838—2002',
      '18:figures run together in the bracket after a title',
      '22:2022年1-12月',
    ]);
  });

  it('the English checks clean with the project glossary (细颗粒物, 可吸入颗粒物); a wrong figure, a wrong standard and a lost term are told', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = read('en.md');
    expect(check(en)).toEqual([]);
    expect(check(en.replace('on 314 days in all', 'on 341 days in all'))).toEqual([
      expect.stringContaining('Missing number in `p-ef7b3f`: the Chinese has `314`'),
      expect.stringContaining('Unexpected number `341`'),
    ]);
    expect(check(en.replace('(GB 3838-2002)', '(GB 3838-2012)'))).toEqual([expect.stringContaining('the Chinese has `2002`'), expect.stringContaining('Unexpected number `2012`')]);
    expect(check(en.replace('inhalable particulate matter (PM10)', 'coarse dust (PM10)').replace('inhalable particulate matter, fine', 'coarse dust, fine'))).toEqual([expect.stringContaining('inhalable particulate matter')]);
  });

  it("OmegaT's target imports into a project with no English: the translator's English; the reviser's file then gives the committed en.md but for the note, every block reviewed", () => {
    const { project, imported, en: after, run } = importIntoFreshProject(fixture, slug, `${slug}.omegat.xlf`, path.join(temp, 'import'));
    expect(imported).toContain('created with 7 block(s)');
    expect(after).toBe(beforeReview(withoutTranslatorNote(read('en.md')), revisions));
    expect(after).toContain('fine particulate matter (PM2.5) were 5, 19, 56 and 27 micrograms per cubic meter respectively');
    expect(run('check')).toMatch(/qingyang-2022-environment\s+7\s+7\s+0\s+0\s+0\s+0\s+0\s+0/u);
    copyFileSync(path.join(fixture, 'qingyang-2022-environment.memoq.xlf'), path.join(project, 'qingyang-2022-environment.memoq.xlf'));
    expect(run('xliff', 'import', 'qingyang-2022-environment.memoq.xlf')).toContain('updated 7 block(s)');
    expect(readFileSync(path.join(project, 'content/reports', slug, 'en.md'), 'utf8')).toBe(withoutTranslatorNote(read('en.md')));
    expect(run('check')).toMatch(/qingyang-2022-environment\s+7\s+7\s+7\s+0\s+0\s+0\s+0\s+0/u);
  });

  it.skipIf(!hasOmegat)('the real OmegaT 3.6 fills every segment from the memory of the committed English, and its target imports to the same English', () => {
    const project = path.join(temp, 'omegat');
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const trip = translateInOmegat(project, slug);
    expect(trip.projectFile).toContain('<source_lang>zh-CN</source_lang>');
    expect(trip.target).toContain('>I. Ambient Air Quality</target>');
    // (no Chinese left in a target but the scope note's gloss, “year” (年))
    expect(trip.target.replace(/ \(\p{Script=Han}\)/gu, '').match(/<target[^>]*>[^<]*\p{Script=Han}/gu)).toBeNull();
    expect(trip.imported).toContain('created with 7 block(s)');
    // (the memory gives the reviewed English; a memory's match is no review: each block translated, not reviewed)
    expect(body(trip.en)).toBe(body(read('en.md')).replaceAll(' state=reviewed}', '}'));
  }, 180_000);
});

describe('new user round 31: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('every edition builds; the PDFs carry the title, the issuer, the figures and the break after the cut sentence', () => {
    for (const file of ['index.html', `${slug}.pdf`, `${slug}.en.pdf`, `${slug}.epub`]) expect(existsSync(path.join(dist(), file)), file).toBe(true);
    const en = pdfText(path.join(dist(), `${slug}.en.pdf`));
    // (stop 53: the colophon counts the reviser's work — every block reviewed)
    expect(en).toMatch(/Complete:\s+all\s+7\s+paragraphs\s+translated,\s+7\s+reviewed/u);
    expect(en).toMatch(/Qingyang County Bulletin on the State of\s+Environmental Quality, 2022/u);
    expect(en).toMatch(/Qingyang County Ecology and Environment Branch Bureau/u);
    expect(en).toMatch(/5,\s+19,\s+56\s+and\s+27\s+micrograms/u);
    expect(en).toMatch(/Muzhen Town\s+\[the source text\s+breaks off here\]/u);
    const zh = pdfText(path.join(dist(), `${slug}.pdf`));
    expect(zh).toMatch(/木镇镇饮用水源地\s*〔原文至此中断〕/u);
  });

  it('the HTML names each pollutant and the glossary notes the two the term base holds', () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    expect(html).toContain('〔原文至此中断〕');
    expect(html).toContain('fine particulate matter');
    expect(html).toContain('inhalable particulate matter');
    const xhtml = execFileSync('unzip', ['-p', path.join(dist(), `${slug}.epub`), '*.xhtml'], { encoding: 'utf8' });
    expect(xhtml).toContain('PM2.5');
    // (stop 52, newuser32: round 31's gap) the gases' formulas set as a publisher sets them, in both languages, in the HTML and
    // the EPUB; particulate matter's size classes stay on the line (templates/chemical-formulas.ts)
    for (const text of [html, xhtml]) {
      expect(text).toContain('sulfur dioxide (SO<sub>2</sub>)');
      expect(text).toContain('二氧化硫（SO<sub>2</sub>）');
      expect(text).not.toMatch(/[^A-Za-z0-9](?:SO2|NO2|O3)[^A-Za-z0-9]/u);
    }
    expect(html).not.toContain('PM2<sub>');
  });
});
