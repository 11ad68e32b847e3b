/**
 * New user, round 41: a prefecture's CENSUS COMMUNIQUÉ with its table and notes — the Communiqué of Aba Prefecture on
 * the Seventh National Population Census (No. 2), population by county (阿坝州第七次全国人口普查公报第二号, 11 June 2021;
 * flodiffusion.com; test/fixtures/newuser-round41) — translated through memoQ's Excel path: the terms kept in a memoQ
 * term base exported as an Excel workbook (.xlsx: memoQ's CSV columns, the Forbidden property a column after each term),
 * the text as XLIFF 2.0 as memoQ's XLIFF 2 filter writes it back (targets filled, state="translated", a TM match in the
 * mtc module).
 * Was: `glossary import` refused any .xlsx ("Unexpected file type"); the title kept the note call "[1]" before the
 * communiqué's number and the communiqué was asked an occasion and a speaker.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary, parseGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { fixtureReport, han } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round41');
const slug = 'aba-census-2021-2';
const bin = path.join(import.meta.dirname, '..', 'pipeline', 'bin.cjs');
const { read, load } = fixtureReport(fixture, slug);
/** The committed glossary before the memoQ terms came in: the one entry of Duizhao's term base the communiqué uses. */
const baseGlossary = () => readFileSync(path.join(fixture, 'content/glossary.yaml'), 'utf8').split('\n\n- id: chang-zhu-ren-kou')[0] + '\n';
const fields = (yaml: string) => parseGlossary(yaml, 'g.yaml').glossary.entries.map(({ id, zh, pinyin, en, variants, note_en, note_zh, source }) => ({ id, zh, pinyin, en, variants, note_en, note_zh, source }));
/** The units' ids and sources of an XLIFF 2.0 file. */
const units = (xlf: string) => [...xlf.matchAll(/<unit id="([^"]+)"[\s\S]*?<source>([\s\S]*?)<\/source>/gu)].map((m) => [m[1], m[2]]);

describe('new user round 41: a census communiqué with its table and notes — ingest, check, memoQ’s Excel term base and XLIFF 2.0', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu41-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt'));

  it('ingest gives the committed output: the title without its note call, no occasion or speaker asked; the table a cell a line said, the uncalled note said', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.txt', slug, meta });
    expect(result.markdown).toBe(readFileSync(path.join(fixture, `${slug}.ingested.md`), 'utf8'));
    expect(result.markdown).toContain('title: 阿坝州第七次全国人口普查公报第二号\n');
    const said = result.file.messages.filter((m) => m.fatal === false).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    expect(said).toEqual(['11:1 plain-table', '74:1 note-unlinked']);
    // every Han character of the page, in order, but the head's lines (front matter) and the social link's
    const text = page.toString('utf8').split('\n').slice(5).filter((l) => !l.startsWith('扫一扫')).join('\n');
    expect(han(result.markdown.split('\n---\n')[1])).toEqual(han(text));
  });

  it('the user’s zh.md: the table rebuilt as the warning says (a :::box, two header rows), every cell the page’s, the rest as ingested', () => {
    const ingested = readFileSync(path.join(fixture, `${slug}.ingested.md`), 'utf8');
    const zh = read('zh.md');
    const cells = (md: string) => {
      const text = md.replace(/\{#[^}]+\}/gu, '');
      return [String(han(text)), [...text.matchAll(/[0-9]+(?:\.[0-9]+)?/gu)].map((m) => m[0]).join(' ')];
    };
    expect(cells(zh.replace('表2-1　各县（市）常住人口数', ''))).toEqual(cells(ingested.replace('表2-1各县（市）常住人口数', '')));
    expect(zh).toContain(':::box[表2-1　各县（市）常住人口数]');
    expect(zh).toMatch(/\| 地区 \{#c-[0-9a-f]+\} \| 常住人口 \{#c-[0-9a-f]+\} \| 比重\\\[3\\\] \{#c-[0-9a-f]+\} \| << \|\n\| --- \| --: \| --: \| --: \|\n\| \^\^ \| \^\^ \| 2020年/u);
    // outside the table, zh.md is ingest's output line for line
    const outside = (md: string, from: RegExp, to: RegExp) => {
      const lines = md.split('\n');
      const start = lines.findIndex((l) => from.test(l));
      const end = lines.findIndex((l, i) => i > start && to.test(l));
      return [...lines.slice(0, start), ...lines.slice(end + 1)];
    };
    expect(outside(zh, /^:::box\[表2-1/u, /^:::$/u)).toEqual(outside(ingested, /^表2-1/u, /^4\.88 \| /u));
  });

  it('the English checks clean; a changed cell figure and a dropped term are told', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = read('en.md');
    expect(check(en)).toEqual([]);
    expect(check(en.replace('| 95,361 {#c-949167', '| 95,316 {#c-949167'))).toEqual(expect.arrayContaining([expect.stringContaining('95361')]));
    expect(check(en.replace('whose combined share of the prefecture’s permanent residents is 50.43%', 'who together make up 50.43% of the prefecture’s population'))).toEqual(expect.arrayContaining([expect.stringContaining('比重')]));
  });

  it('memoQ’s Excel term base: its forbidden terms refuse the import at their rows; --without-forbidden gives the committed entries', () => {
    const project = path.join(temp, 'terms');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const glossaryFile = path.join(project, 'content/glossary.yaml');
    writeFileSync(glossaryFile, baseGlossary());
    const xlsx = path.join(fixture, 'aba-terms.memoq.xlsx');
    const refused = run('glossary', 'import', xlsx);
    expect(refused.status, refused.stderr).toBe(1);
    const rows = [...refused.stderr.matchAll(/^(\d+):1 error Unexpected term “([^”]+)”, which its term base marks forbidden \(“Forbidden”, column X;/gmu)].map((m) => [Number(m[1]), m[2]]);
    expect(rows).toEqual([[2, 'registered population'], [3, 'Aba State'], [6, 'weight']]);
    expect(readFileSync(glossaryFile, 'utf8')).toBe(baseGlossary());
    const dry = run('glossary', 'import', '--dry-run', '--without-forbidden', xlsx);
    expect(dry.status, dry.stderr).toBe(0);
    expect(readFileSync(glossaryFile, 'utf8')).toBe(baseGlossary());
    const imported = run('glossary', 'import', '--without-forbidden', xlsx);
    expect(imported.status, imported.stderr).toBe(0);
    expect([...imported.stderr.matchAll(/^(\d+):1 warning Left out term “([^”]+)”/gmu)].map((m) => [Number(m[1]), m[2]])).toEqual(rows);
    expect(imported.stderr).toContain('Imported 5 new entries');
    // committed: the same, but 阿坝州's pinyin written by hand (a place name: pinyin-pro reads it lower case)
    const committed = fields(readFileSync(path.join(fixture, 'content/glossary.yaml'), 'utf8'));
    const got = fields(readFileSync(glossaryFile, 'utf8')).map((e) => (e.zh === '阿坝州' ? { ...e, pinyin: 'Ābà zhōu' } : e));
    expect(got).toEqual(committed);
  }, 300_000);

  it('memoQ’s XLIFF 2.0: the export’s units are the translated file’s; its import gives the committed English, check clean', () => {
    const project = path.join(temp, 'xliff');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const en = path.join(project, 'content/reports', slug, 'en.md');
    rmSync(en);
    const xlf = path.join(temp, `${slug}.xlf`);
    expect(run('xliff', 'export', slug, '--xliff', '2.0', '-o', xlf).status).toBe(0);
    const memoq = readFileSync(path.join(fixture, `${slug}.memoq.xlf`), 'utf8');
    expect(units(memoq)).toEqual(units(readFileSync(xlf, 'utf8')));
    expect(units(memoq)).toHaveLength(71);
    expect([...memoq.matchAll(/<segment id="s1" state="translated">/gu)]).toHaveLength(71);
    expect(memoq).toContain('<mtc:match ref="#s1" matchQuality="100"');
    const dry = run('xliff', 'import', '--dry-run', path.join(fixture, `${slug}.memoq.xlf`));
    expect(dry.status, dry.stderr).toBe(0);
    expect(existsSync(en)).toBe(false);
    const imported = run('xliff', 'import', path.join(fixture, `${slug}.memoq.xlf`));
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr + imported.stdout).toContain('created with 68 block(s)');
    expect(readFileSync(en, 'utf8')).toBe(read('en.md'));
    expect(run('check').status).toBe(0);
  }, 300_000);
});

describe('new user round 41: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('every edition builds; the table’s two header rows in the thead, the imported terms’ notes, no overflow at 320 px', async () => {
    for (const file of ['index.html', `${slug}.pdf`, `${slug}.en.pdf`, `${slug}.epub`]) expect(existsSync(path.join(dist(), file)), file).toBe(true);
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    for (const id of ['g-chang-zhu-ren-kou', 'g-chu-bu-hui-zong-shu', 'g-bi-zhong']) expect(html).toContain(`id="${id}"`);
    // 阿坝州 and 人口普查领导小组办公室 stand only in the title and the issuer, which carry no glossary note
    expect(html).not.toContain('id="g-a-ba-zhou"');
    const page = await built.browser.newPage();
    await page.setViewport({ width: 320, height: 800 });
    await page.goto(`file://${path.join(dist(), 'index.html')}`, { waitUntil: 'networkidle0' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    const heads = await page.evaluate(() => [...document.querySelectorAll('table')].map((t) => [t.querySelectorAll('thead tr').length, t.querySelectorAll('tbody tr').length]));
    expect(heads).toEqual([[2, 13], [2, 13]]);
    await page.close();
  }, 120_000);
});
