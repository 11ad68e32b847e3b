/**
 * New user, round 37: a city government's account of the deputies' suggestions it handled (代表建议办理总体情况), as a mirror
 * of its disclosure page gives it — converted to traditional characters with pinyin glued after some of them, no title
 * (idiamond.net; test/fixtures/newuser-round37). Translated in OmegaT 3.6 with Duizhao's term base as its TBX glossary: the
 * XLIFF 1.2 export in an OmegaT project (`xliff export --omegat`), the TBX in its glossary/ folder, the translator's work in
 * the project memory OmegaT writes (the committed `omegat-project_save.tmx`), `--mode=console-translate`, the target file
 * imported. The committed project holds together: ingest asks no occasion or speaker of an account no one delivers (was:
 * both asked); OmegaT's own TBX reader and glossary matching find the report's terms in its traditional characters (was: 人大
 * alone); the editions set the simplified scope note's characters the TC faces lack (was: blanks) and badge a full text so in
 * English (was: "Excerpt"); EPUBCheck passes.
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
import { beforeReview, fixtureReport, han, withoutTranslatorNote } from './fixture-report.ts';
import { round37Revisions } from './newuser37-revisions.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round37');
const slug = 'city-deputy-suggestions-2023';
const bin = path.join(import.meta.dirname, '..', 'pipeline', 'bin.cjs');
const { read, load } = fixtureReport(fixture, slug);
const hasOmegat = spawnSync('sh', ['-c', 'command -v omegat && command -v javac && test -f /usr/share/omegat/OmegaT.jar'], { encoding: 'utf8' }).status === 0;
const pdfLine = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replaceAll('\u00ad', '').replace(/\s+/gu, ' ');

describe('new user round 37: an account of deputies’ suggestions handled — ingest, check, OmegaT with the TBX term base', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu37-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt'));

  it('ingest of the page with its meta file gives the committed zh.md: the glosses out, every character and figure kept, no occasion or speaker asked', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    expect(result.file.messages.map((m) => `${m.fatal === false ? 'warning' : 'info'} ${m.ruleId}`)).toEqual(['info pinyin']);
    // every Han character of the page but the 44 glosses' (they hold none), in order
    expect(han(result.markdown.split('\n---\n')[1])).toEqual(han(page.toString('utf8')));
    for (const figure of ['26.8%', '27.9%', '13.9%', '20.4%', '4.3%', '6.4%', '92.47%', '7.53%', '58.07%', '35.48%', '2.15%', '4.30%']) expect(result.markdown).toContain(figure);
  });

  it('the English checks clean with the project glossary; a lost term and a changed figure are told', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = read('en.md');
    expect(check(en)).toEqual([]);
    expect(check(en.replace('29 of them as lead bodies', '29 of them in the lead'))).toEqual([expect.stringContaining('主')]);
    expect(check(en.replace('(Category A), 58.07%', '(Category A), 58.06%'))).toEqual([expect.stringContaining('58.07'), expect.stringContaining('58.06')]);
  });

  it.skipIf(!hasOmegat)('OmegaT 3.6: its TBX reader and glossary matching find the terms in traditional characters; console-translate from the project memory imports to the committed English', () => {
    const project = path.join(temp, 'cat');
    const omegat = path.join(temp, 'omegat');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const en = path.join(project, 'content/reports', slug, 'en.md');
    rmSync(en);
    expect(run('xliff', 'export', slug, '--omegat', omegat).status).toBe(0);
    expect(run('glossary', 'export', '--format', 'tbx', '-o', path.join(omegat, 'glossary/duizhao.tbx')).status).toBe(0);
    // OmegaT's own reader (GlossaryReaderTBX) in this project, and the glossary pane's test (the project's tokenizer,
    // DefaultTokenizer.isContainsAll): which terms the pane shows for the paragraph
    const segment = path.join(temp, 'segment.txt');
    writeFileSync(segment, read('zh.md').split('\n---\n')[1].trim().replace(/\s*\{#[^}]+\}$/u, ''));
    const classes = path.join(temp, 'java');
    mkdirSync(classes);
    execFileSync('javac', ['-cp', '/usr/share/omegat/OmegaT.jar', '-d', classes, path.join(fixture, 'OmegaTGlossary.java')]);
    for (const dir of ['target', 'omegat', 'tm', 'dictionary']) mkdirSync(path.join(omegat, dir), { recursive: true });
    const pane = execFileSync('java', ['-cp', `/usr/share/omegat/OmegaT.jar:${classes}`, 'OmegaTGlossary', omegat, path.join(omegat, 'glossary/duizhao.tbx'), segment], { encoding: 'utf8', timeout: 120_000 });
    expect(pane).toContain('source language zh-Hant');
    const shown = pane.split('\n').find((line) => line.startsWith('segment'))!;
    for (const term of ['代表建議 = suggestions from deputies', '議案 = bills', '主辦單位 = lead bodies', '人大 = people\'s congress']) expect(shown).toContain(term);
    // the translator's work as OmegaT keeps it, then OmegaT without its GUI writes the target file
    copyFileSync(path.join(fixture, 'omegat-project_save.tmx'), path.join(omegat, 'omegat/project_save.tmx'));
    const translated = spawnSync('omegat', [omegat, '--mode=console-translate', `--config-dir=${path.join(omegat, 'config')}`], { encoding: 'utf8', timeout: 240_000 });
    expect(translated.status, translated.stderr).toBe(0);
    expect(readFileSync(path.join(omegat, 'omegat/project_stats.txt'), 'utf8')).toMatch(/Remaining:\s+0\s+0/u);
    const imported = run('xliff', 'import', path.join(omegat, 'target', `${slug}.xlf`));
    expect(imported.stderr + imported.stdout).toContain('created with 1 block(s)');
    // (stop 58) OmegaT's memory is the translator's: en.md as the translator left it (the reviser's corrections undone)
    expect(readFileSync(en, 'utf8')).toBe(withoutTranslatorNote(beforeReview(read('en.md'), round37Revisions)));
    expect(run('check').stdout).toMatch(/city-deputy-suggestions-2023\s+1\s+1\s+0\s+0\s+0\s+0\s+0\s+0/u);
  }, 400_000);

  it('(stop 58) the reviser’s XLIFF 1.2 over the translator’s en.md: every unit signed off, the paragraph and the note rewritten, the committed English', () => {
    const project = path.join(temp, 'review');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const en = path.join(project, 'content/reports', slug, 'en.md');
    writeFileSync(en, beforeReview(read('en.md'), round37Revisions));
    expect(run('check').stdout).toMatch(/city-deputy-suggestions-2023\s+1\s+1\s+0\s+0\s+0\s+0\s+0\s+0[\s\S]*front matter: 4 values, 0 reviewed/u);
    copyFileSync(path.join(fixture, `${slug}.review.xlf`), path.join(project, `${slug}.review.xlf`));
    const reviewed = run('xliff', 'import', `${slug}.review.xlf`);
    expect(reviewed.stderr + reviewed.stdout).toContain(
      'English rewritten in 1 (p-8051c4); state changed: 1 translated → reviewed; front matter: English rewritten in 1 (translator_note), state changed: 4 translated → reviewed',
    );
    expect(readFileSync(en, 'utf8')).toBe(read('en.md'));
    expect(run('check').stdout).toMatch(/city-deputy-suggestions-2023\s+1\s+1\s+1\s+0\s+0\s+0\s+0\s+0[\s\S]*front matter: 4 values, 4 reviewed/u);
  }, 120_000);
});

describe('new user round 37: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('every edition builds; the PDF sets the scope note’s simplified characters in the SC face; the English badge says Full text', () => {
    for (const file of ['index.html', `${slug}.pdf`, `${slug}.en.pdf`, `${slug}.epub`]) expect(existsSync(path.join(dist(), file)), file).toBe(true);
    const fonts = execFileSync('pdffonts', [path.join(dist(), `${slug}.pdf`)], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSerifSC/u);
    expect(pdfLine(path.join(dist(), `${slug}.pdf`))).toMatch(/标题为译者/u);
    expect(pdfLine(path.join(dist(), `${slug}.en.pdf`))).toMatch(/Overview of the Handling of Suggestions from Deputies/u);
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    expect(html).toMatch(/<span class="scope-badge">Full text<\/span>/u);
    expect(html).not.toMatch(/<span class="scope-badge">Excerpt<\/span>/u);
  });
});
