/**
 * New user, round 38: a county's food-safety work report (食品安全工作汇报) as a writing site copied it — year and figures masked
 * with "*", the site's name and address between the paragraphs and after lines, cut after its first sub-heading (gaozihui.com;
 * test/fixtures/newuser-round38). Translated in OmegaT 3.6, the terms the report needs added in OmegaT's glossary pane —
 * written into the project's glossary/glossary.txt by OmegaT's own code (GlossaryReaderTSV.append, the pane's "Create
 * Glossary Entry"; the committed `OmegaTAddTerm.java`) — and brought back with `duizhao glossary import`; the translation in
 * the project memory OmegaT writes (the committed `omegat-project_save.tmx`), `--mode=console-translate`, the target file
 * imported. The committed project holds together: ingest removes the site's lines and keeps the masks, said as the scope note
 * says (was: the site's lines two paragraphs, the masks a warning every time); the import gives each term its pinyin and its
 * source from OmegaT's comment (was: both warned missing); check tells a dropped mask (was: nothing); EPUBCheck passes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { beforeReview, fixtureReport, han, revisionsUndone } from './fixture-report.ts';
import { round38GlossaryRevisions, round38Revisions } from './newuser38-revisions.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round38');
const slug = 'shanggao-food-safety';
const bin = path.join(import.meta.dirname, '..', 'pipeline', 'bin.cjs');
const { read, load } = fixtureReport(fixture, slug);
const hasOmegat = spawnSync('sh', ['-c', 'command -v omegat && command -v javac && test -f /usr/share/omegat/OmegaT.jar'], { encoding: 'utf8' }).status === 0;
/** The committed glossary before the import: Duizhao's one entry the report uses. */
const baseGlossary = () => readFileSync(path.join(fixture, 'content/glossary.yaml'), 'utf8').split('\n\n- id: si-ge-zui-yan')[0] + '\n';
/** (stop 59) The glossary as the translator's import left it: the reviser's changes to its terms undone. */
const translatorsGlossary = () => revisionsUndone(readFileSync(path.join(fixture, 'content/glossary.yaml'), 'utf8'), round38GlossaryRevisions);

describe('new user round 38: a masked food-safety report — ingest, check, OmegaT’s glossary pane brought back by glossary import', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu38-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt'));

  it('ingest of the page with its meta file gives the committed zh.md: the site’s lines out and said, the masks kept and said as the scope note says', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    // no title, issuer, date, occasion or speaker on the page: the user's title, the rest asked, nothing invented (a 工作汇报 may be
    // delivered to an inspection team: its occasion is asked)
    expect(result.file.messages.map((m) => `${m.fatal === false ? 'warning' : 'info'} ${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      'warning 1:1 missing-issuer',
      'warning 1:1 missing-date',
      'warning 1:1 missing-occasion',
      'warning 1:1 missing-speaker',
      'info 1:1 masked-text',
      'info 2:1 watermark',
      'info 4:1 watermark',
      'info 5:71 watermark',
      'info 6:1 cut-off',
    ]);
    expect(result.file.messages.filter((m) => m.ruleId === 'masked-text').map((m) => m.fatal)).toEqual([undefined]);
    // every Han character of the page but the site's marks', in order; the ten masks
    const marks = /公文汇,办公文档之家|公文汇 www\.gongwenhui\.com|稿子汇 www\.gaozihui\.com/gu;
    expect(han(result.markdown.split('\n---\n')[1])).toEqual(han(page.toString('utf8').replace(marks, '')));
    expect(result.markdown.split('\n---\n')[1].match(/\\\*/gu)).toHaveLength(10);
  });

  it('the English checks clean with the project glossary; a dropped mask and a lost term are told', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = read('en.md');
    expect(check(en)).toEqual([]);
    expect(check(en.replace('as well as \\* small food workshops', 'as well as small food workshops'))).toEqual([expect.stringContaining('Missing masked figure in `p-8f9534`')]);
    expect(check(en.replace('Yichun Municipal Food Safety Commission', 'Yichun food safety authorities'))).toEqual([expect.stringContaining('食安委')]);
  });

  it.skipIf(!hasOmegat)('OmegaT 3.6: terms added as its glossary pane adds them come back by glossary import; console-translate from the project memory imports to the committed English', () => {
    const project = path.join(temp, 'cat');
    const omegat = path.join(temp, 'omegat');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    writeFileSync(path.join(project, 'content/glossary.yaml'), baseGlossary());
    const en = path.join(project, 'content/reports', slug, 'en.md');
    rmSync(en);
    expect(run('xliff', 'export', slug, '--omegat', omegat).status).toBe(0);
    // the three terms, as the translator typed them into OmegaT's "Create Glossary Entry" dialog, written by OmegaT's own code
    const classes = path.join(temp, 'java');
    mkdirSync(classes);
    execFileSync('javac', ['-cp', '/usr/share/omegat/OmegaT.jar', '-d', classes, path.join(fixture, 'OmegaTAddTerm.java')]);
    const terms = readFileSync(path.join(fixture, 'omegat-glossary.txt'), 'utf8').trim().split('\n').flatMap((line) => line.split('\t'));
    const glossaryTxt = path.join(omegat, 'glossary/glossary.txt');
    const pane = execFileSync('java', ['-cp', `/usr/share/omegat/OmegaT.jar:${classes}`, 'OmegaTAddTerm', glossaryTxt, ...terms], { encoding: 'utf8', timeout: 120_000 });
    expect(pane).toContain('四个最严 = the "four strictest" requirements');
    expect(readFileSync(glossaryTxt, 'utf8')).toBe(readFileSync(path.join(fixture, 'omegat-glossary.txt'), 'utf8'));
    const imported = run('glossary', 'import', glossaryTxt);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).toContain('Imported 3 new entries');
    expect(imported.stderr).toContain('Pinyin “sì gè zuì yán” of 四个最严 read by pinyin-pro');
    expect(imported.stderr).not.toContain('Missing field');
    // (stop 59) the glossary as the translator imported it, before the reviser checked its terms
    expect(readFileSync(path.join(project, 'content/glossary.yaml'), 'utf8')).toBe(translatorsGlossary());
    // the translator's work as OmegaT keeps it, then OmegaT without its GUI writes the target file
    for (const dir of ['target', 'omegat', 'tm', 'dictionary']) mkdirSync(path.join(omegat, dir), { recursive: true });
    copyFileSync(path.join(fixture, 'omegat-project_save.tmx'), path.join(omegat, 'omegat/project_save.tmx'));
    const translated = spawnSync('omegat', [omegat, '--mode=console-translate', `--config-dir=${path.join(omegat, 'config')}`], { encoding: 'utf8', timeout: 240_000 });
    expect(translated.status, translated.stderr).toBe(0);
    expect(readFileSync(path.join(omegat, 'omegat/project_stats.txt'), 'utf8')).toMatch(/Remaining:\s+0\s+0/u);
    const back = run('xliff', 'import', path.join(omegat, 'target', `${slug}.xlf`));
    expect(back.stderr + back.stdout).toContain('created with 4 block(s)');
    // (stop 59) OmegaT's memory is the translator's: en.md as the translator left it (the reviser's corrections undone)
    expect(readFileSync(en, 'utf8')).toBe(beforeReview(read('en.md'), round38Revisions));
    expect(run('check').status).toBe(0);
  }, 400_000);

  it('(stop 59) the reviser’s XLIFF 1.2 over the translator’s en.md and the reviewed glossary: every unit signed off, two rewritten, the committed English', () => {
    const project = path.join(temp, 'review');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const en = path.join(project, 'content/reports', slug, 'en.md');
    writeFileSync(en, beforeReview(read('en.md'), round38Revisions));
    // the translator's "sanitary county seat" is a variant of the reviewed term: accepted, not yet the approved rendering
    expect(run('check').stdout).toMatch(/shanggao-food-safety\s+4\s+4\s+0\s+0\s+0\s+0\s+0\s+0[\s\S]*front matter: 2 values, 0 reviewed/u);
    copyFileSync(path.join(fixture, `${slug}.review.xlf`), path.join(project, `${slug}.review.xlf`));
    const reviewed = run('xliff', 'import', `${slug}.review.xlf`);
    expect(reviewed.stderr + reviewed.stdout).toContain(
      'English rewritten in 2 (p-64347c, p-8f9534); state changed: 4 translated → reviewed; front matter: English rewritten in 0, state changed: 2 translated → reviewed',
    );
    expect(readFileSync(en, 'utf8')).toBe(read('en.md'));
    expect(run('check').stdout).toMatch(/shanggao-food-safety\s+4\s+4\s+4\s+0\s+0\s+0\s+0\s+0[\s\S]*front matter: 2 values, 2 reviewed/u);
    // every mask where its figure stood: ten in the Chinese, ten in the English
    expect(read('en.md').split('\n---\n')[1].match(/\\\*/gu)).toHaveLength(10);
  }, 120_000);
});

describe('new user round 38: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('every edition builds; the masks and the imported terms’ notes are in the HTML; the excerpt badge', () => {
    for (const file of ['index.html', `${slug}.pdf`, `${slug}.en.pdf`, `${slug}.epub`]) expect(existsSync(path.join(dist(), file)), file).toBe(true);
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    expect(html).not.toContain('公文汇');
    expect(html).toContain('食品生产企业*家');
    expect(html).toContain('The county currently has * food manufacturers');
    for (const id of ['g-si-ge-zui-yan', 'g-shi-an-wei', 'g-wei-sheng-xian-cheng', 'g-chang-tai-hua-fang-kong']) expect(html).toContain(`id="${id}"`);
    expect(html).toMatch(/<span class="scope-badge">Excerpt<\/span>/u);
    const text = execFileSync('pdftotext', [path.join(dist(), `${slug}.en.pdf`), '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
    expect(text).toContain('Report on Food Safety Work in Shanggao County');
  });
});
