/**
 * New user, round 39: a people's congress committee's INVESTIGATION REPORT (调查报告) — the Huangshi Municipal People's
 * Congress's Supervisory and Judicial Affairs Committee on the municipal supervisory commission's work against corruption
 * and misconduct that directly affect the people (hsrdw.gov.cn; test/fixtures/newuser-round39) — translated through
 * translate-toolkit: the XLIFF 1.2 export made a PO by `xliff2po`, translated (the committed PO), checked by `pofilter`,
 * back by `po2xliff` and imported; the terms kept in translate-toolkit's CSV layout, made a TBX by `csv2tbx` (as a Pootle or
 * Virtaal user keeps them) and both brought back with `duizhao glossary import`.
 * Was: ingest asked an occasion and a speaker no investigation report has; the import refused the translation ("Missing
 * number four" for 四棵村, Sike Village); csv2tbx's TBX was refused (the Chinese tagged en, the English xx) and the CSV's
 * header (location, source, target, comment) refused as unknown.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary, parseGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { beforeReview, fixtureReport, han, revisionsUndone } from './fixture-report.ts';
import { round39GlossaryRevisions, round39Revisions } from './newuser39-revisions.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round39');
const slug = 'huangshi-supervision-survey';
const bin = path.join(import.meta.dirname, '..', 'pipeline', 'bin.cjs');
const { read, load } = fixtureReport(fixture, slug);
const hasToolkit = spawnSync('sh', ['-c', 'command -v xliff2po && command -v po2xliff && command -v pofilter && command -v csv2tbx'], { encoding: 'utf8' }).status === 0;
/** The committed glossary before the terms came in: the three entries of Duizhao's term base the report uses. */
const baseGlossary = () => readFileSync(path.join(fixture, 'content/glossary.yaml'), 'utf8').split('\n\n- id: jian-cha-wei-yuan-hui')[0] + '\n';
/** The imported fields of each entry (the aliases 监委 and 监察司法委 were added by hand after the import: the CSV has no column for them). */
/** (stop 60) The glossary as the translator's import left it: the reviser's sources for 三资 undone. */
const translatorsGlossary = () => revisionsUndone(readFileSync(path.join(fixture, 'content/glossary.yaml'), 'utf8'), round39GlossaryRevisions);
const fields = (yaml: string) => parseGlossary(yaml, 'g.yaml').glossary.entries.map(({ id, zh, pinyin, en, note_en, source }) => ({ id, zh, pinyin, en, note_en, source }));

describe('new user round 39: an investigation report — ingest, check, the PO round trip and the terms through translate-toolkit', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu39-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt'));

  it('ingest of the page with its meta file gives the committed zh.md: filed, not delivered — no occasion or speaker asked', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    expect(result.file.messages.map((m) => `${m.fatal === false ? 'warning' : 'info'} ${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      'info 1:1 breadcrumb',
      'warning 1:1 missing-date',
      'info 3:1 metadata',
      'info 5:1 page-info',
      'info 5:1 repost-date',
      'info 7:1 metadata',
      'info 15:1 run-in',
      'info 15:1 cut-off',
    ]);
    // every Han character of the page's text, in order, but the breadcrumb's, the source/time line's and the title's and
    // issuer's (in the front matter)
    const text = page.toString('utf8').split('\n').slice(8).join('\n');
    expect(han(result.markdown.split('\n---\n')[1])).toEqual(han(text));
  });

  it('the English checks clean with the project glossary; a dropped term, a changed figure are told; Sike Village is no count', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = read('en.md');
    expect(check(en)).toEqual([]);
    expect(check(en.replace('since the Supervision Law came into force', 'since the law came into force'))).toEqual([expect.stringContaining('监察法')]);
    expect(check(en.replace('engaged 1,013 supervision', 'engaged 1,031 supervision'))).toEqual(expect.arrayContaining([expect.stringContaining('1013')]));
    expect(check(en.replace('of Sike Village in Jinshan Subdistrict', 'of Four Trees (Sike) Village in Jinshan Subdistrict'))).toEqual([]);
  });

  it.skipIf(!hasToolkit)('translate-toolkit: the terms’ CSV and the TBX csv2tbx makes of it come back by glossary import', () => {
    const project = path.join(temp, 'terms');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    // the TBX a Pootle or Virtaal user is given: csv2tbx tags the CSV's source en and its target xx (and drops its comments)
    const tbx = path.join(temp, 'terms.tbx');
    execFileSync('csv2tbx', [path.join(fixture, 'terms.csv'), tbx], { encoding: 'utf8', stdio: 'pipe' });
    expect(readFileSync(tbx, 'utf8')).toContain('<langSet xml:lang="en"><tig><term>监察委员会</term></tig></langSet>');
    writeFileSync(path.join(project, 'content/glossary.yaml'), baseGlossary());
    const fromTbx = run('glossary', 'import', tbx);
    expect(fromTbx.status, fromTbx.stderr).toBe(0);
    expect(fromTbx.stderr).toContain('Read by their script: in 6 termEntries');
    expect(fromTbx.stderr).toContain('Imported 6 new entries');
    const tbxEntries = fields(readFileSync(path.join(project, 'content/glossary.yaml'), 'utf8'));
    // (stop 60) the terms as the translator imported them, before the reviser checked their sources
    const committed = fields(translatorsGlossary());
    expect(tbxEntries.map(({ zh, en, pinyin }) => ({ zh, en, pinyin }))).toEqual(committed.map(({ zh, en, pinyin }) => ({ zh, en, pinyin })));
    // the CSV itself keeps the notes and sources
    writeFileSync(path.join(project, 'content/glossary.yaml'), baseGlossary());
    const fromCsv = run('glossary', 'import', path.join(fixture, 'terms.csv'));
    expect(fromCsv.status, fromCsv.stderr).toBe(0);
    expect(fromCsv.stderr).toContain('Not read: location in 6 row(s)');
    expect(fromCsv.stderr).not.toContain('Missing field');
    expect(fields(readFileSync(path.join(project, 'content/glossary.yaml'), 'utf8'))).toEqual(committed);
  }, 300_000);

  it.skipIf(!hasToolkit)('translate-toolkit: xliff2po, the translated PO through pofilter, po2xliff, import to the committed English', () => {
    const project = path.join(temp, 'po');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const en = path.join(project, 'content/reports', slug, 'en.md');
    rmSync(en);
    const xlf = path.join(temp, `${slug}.xlf`);
    expect(run('xliff', 'export', slug, '--xliff', '1.2', '--no-source-copy', '-o', xlf).status).toBe(0);
    const pot = path.join(temp, `${slug}.po`);
    execFileSync('xliff2po', ['-i', xlf, '-o', pot], { stdio: 'pipe' });
    // the PO the translator was given has the committed PO's entries, untranslated
    const msgids = (po: string) => [...readFileSync(po, 'utf8').matchAll(/^#: (\S+)$/gmu)].map((m) => m[1]);
    const translatedPo = path.join(fixture, `${slug}.po`);
    expect(msgids(pot)).toEqual(msgids(translatedPo));
    // pofilter's numbers check flags only the thousands separators and "No. 1" (第一小学): the figures themselves are Duizhao's check's
    const filtered = path.join(temp, 'numbers.po');
    execFileSync('pofilter', ['-t', 'numbers', '-i', translatedPo, '-o', filtered], { stdio: 'pipe' });
    expect(msgids(filtered)).toEqual(['p-d8b559', 'p-bbfabd', 'p-39de7c']);
    const back = path.join(temp, 'back.xlf');
    execFileSync('po2xliff', ['-t', xlf, translatedPo, back], { stdio: 'pipe' });
    const imported = run('xliff', 'import', back);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr + imported.stdout).toContain('created with 5 block(s)');
    // (stop 60) the PO is the translator's: en.md as the translator left it (the reviser's corrections undone)
    expect(readFileSync(en, 'utf8')).toBe(beforeReview(read('en.md'), round39Revisions));
    expect(run('check').status).toBe(0);
  }, 300_000);

  it('(stop 60) the reviser’s XLIFF 1.2 over the translator’s en.md: every unit signed off, two rewritten, the committed English', () => {
    const project = path.join(temp, 'review');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const en = path.join(project, 'content/reports', slug, 'en.md');
    writeFileSync(en, beforeReview(read('en.md'), round39Revisions));
    expect(run('check').stdout).toMatch(/huangshi-supervision-survey\s+5\s+5\s+0\s+0\s+0\s+0\s+0\s+0[\s\S]*front matter: 3 values, 0 reviewed/u);
    copyFileSync(path.join(fixture, `${slug}.review.xlf`), path.join(project, `${slug}.review.xlf`));
    const reviewed = run('xliff', 'import', `${slug}.review.xlf`);
    expect(reviewed.stderr + reviewed.stdout).toContain(
      'English rewritten in 2 (p-d8b559, p-bbfabd); state changed: 5 translated → reviewed; front matter: English rewritten in 0, state changed: 3 translated → reviewed',
    );
    expect(readFileSync(en, 'utf8')).toBe(read('en.md'));
    expect(run('check').stdout).toMatch(/huangshi-supervision-survey\s+5\s+5\s+5\s+0\s+0\s+0\s+0\s+0[\s\S]*front matter: 3 values, 3 reviewed/u);
    // every figure of the Chinese in the reviewed English
    const english = read('en.md');
    for (const figure of ['2020', '1,312', '2,003', '56', '175', '1,013', 'more than 10', 'mid-June', 'No. 1']) expect(english).toContain(figure);
  }, 120_000);
});

describe('new user round 39: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('every edition builds; the imported terms’ notes, the excerpt badge, the break marked', () => {
    for (const file of ['index.html', `${slug}.pdf`, `${slug}.en.pdf`, `${slug}.epub`]) expect(existsSync(path.join(dist(), file)), file).toBe(true);
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    for (const id of ['g-jian-cha-wei-yuan-hui', 'g-jian-cha-fa', 'g-jian-cha-si-fa-wei-yuan-hui', 'g-san-zi', 'g-hu-lian-wang-jian-du', 'g-jian-cha-gong-zuo-lian-luo-zhan']) expect(html).toContain(`id="${id}"`);
    expect(html).toMatch(/<span class="scope-badge">Excerpt<\/span>/u);
    expect(html).toContain('Sike Village');
    const text = execFileSync('pdftotext', [path.join(dist(), `${slug}.en.pdf`), '-'], { encoding: 'utf8' }).replace(/\u00AD/gu, '').replace(/\s+/gu, ' '); // the PDF's soft hyphens out
    expect(text).toContain('Investigation Report on the Work of Rectifying Corruption');
    expect(text).toContain('1,013 supervision information officers');
  });
});
