/**
 * New user, round 40: an AUTONOMOUS COUNTY's government work report — the opening of the 2023 report of Yuping Dong
 * Autonomous County (玉屏侗族自治县, Guizhou), delivered by County Head Tian Xingguo on 23 February 2023
 * (nextlevelartsconsulting.com; test/fixtures/newuser-round40) — translated through memoQ: the XLIFF 1.2 export as memoQ
 * writes it back (xmlns:mq="MQXliff", mq:status, mq:segmentguid, the bold lead's <g> kept) imported; the terms kept in a
 * memoQ term base and exchanged as its CSV export (Entry_* columns, <Language>_Def, <Language>, Term_Info, Term_Example,
 * and the term property Forbidden as a column after each term), three English terms flagged forbidden.
 * Was: the forbidden terms were read as accepted ones (a `…_Forbidden` column even as a language's term column, "True" an
 * English variant) or the Forbidden column refused whole even where it said False; Entry_Note's "Source: …" was the note,
 * each entry then warned of a missing source; the pinyin read for 人民至上、生命至上 had the 、 between spaces; a forbidden
 * term could only be cleared from the file by hand (now also `glossary import --without-forbidden`: left out, each said).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary, parseGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { beforeReview, fixtureReport, han } from './fixture-report.ts';
import { round40Revisions } from './newuser40-revisions.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round40');
const slug = 'yuping-2023';
const bin = path.join(import.meta.dirname, '..', 'pipeline', 'bin.cjs');
const { read, load } = fixtureReport(fixture, slug);
/** The committed glossary before the memoQ terms came in: the 15 entries of Duizhao's term base the report uses. */
const baseGlossary = () => readFileSync(path.join(fixture, 'content/glossary.yaml'), 'utf8').split('\n\n- id: zi-zhi-xian')[0] + '\n';
const fields = (yaml: string) => parseGlossary(yaml, 'g.yaml').glossary.entries.map(({ id, zh, pinyin, en, variants, note_en, note_zh, source }) => ({ id, zh, pinyin, en, variants, note_en, note_zh, source }));
/** The trans-units' ids and sources of an XLIFF 1.2 file. */
const units = (xlf: string) => [...xlf.matchAll(/<trans-unit id="([^"]+)"[^>]*>\s*<source>([\s\S]*?)<\/source>/gu)].map((m) => [m[1], m[2]]);

describe('new user round 40: an autonomous county’s work report — ingest, check, memoQ’s term base CSV and XLIFF', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu40-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt'));

  it('ingest of the page with its meta file gives the committed zh.md: title, date, occasion, speaker; the cut said as the scope note says', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    expect(result.file.messages.map((m) => `${m.fatal === false ? 'warning' : 'info'} ${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      'info 1:1 metadata',
      'info 3:1 metadata',
      'info 5:1 metadata',
      'info 17:3 cut-off',
    ]);
    // every Han character of the page, in order, but the title's, occasion's and speaker's lines (in the front matter)
    const text = page.toString('utf8').split('\n').slice(6).join('\n');
    expect(han(result.markdown.split('\n---\n')[1])).toEqual(han(text));
    expect(result.markdown).toContain('occasion: 2023年2月23日在自治县十届人大二次会议上');
  });

  it('the English checks clean; a forbidden rendering of 自治县, a changed figure, a dropped term are told', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = read('en.md');
    expect(check(en)).toEqual([]);
    expect(check(en.replace('of the Autonomous County, I will now', 'of the self-governing county, I will now'))).toEqual([expect.stringContaining('自治县')]);
    expect(check(en.replace('in 16 groups and 162 deployments', 'in 16 groups and 126 deployments'))).toEqual(expect.arrayContaining([expect.stringContaining('162')]));
    expect(check(en.replace('medical, epidemiological investigation and other personnel', 'medical and other personnel'))).toEqual([expect.stringContaining('流调')]);
  });

  it('memoQ’s term base CSV: its forbidden terms refuse the import at their rows, nothing written; without them, the committed entries', () => {
    const project = path.join(temp, 'terms');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const glossaryFile = path.join(project, 'content/glossary.yaml');
    writeFileSync(glossaryFile, baseGlossary());
    const exported = run('glossary', 'import', path.join(fixture, 'yuping-terms.memoq.csv'));
    expect(exported.status).toBe(1);
    const refused = [...exported.stderr.matchAll(/^(\d+):1 error Unexpected term “([^”]+)”, which its term base marks forbidden/gmu)].map((m) => [Number(m[1]), m[2]]);
    expect(refused).toEqual([[2, 'self-governing county'], [3, 'Yuping Dong Nationality Autonomous County'], [4, 'flow investigation']]);
    expect(readFileSync(glossaryFile, 'utf8')).toBe(baseGlossary());
    // the user's edit: the three forbidden terms' cells cleared (they stay in memoQ); every other byte as memoQ wrote it
    const edited = readFileSync(path.join(fixture, 'yuping-terms.import.csv'), 'utf8');
    const original = readFileSync(path.join(fixture, 'yuping-terms.memoq.csv'), 'utf8');
    expect(original.replace(/(?:self-governing county|Yuping Dong Nationality Autonomous County|flow investigation);;;True/gu, ';;;')).toBe(edited);
    const imported = run('glossary', 'import', path.join(fixture, 'yuping-terms.import.csv'));
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).toContain('Imported 5 new entries');
    expect(imported.stderr).not.toContain('Missing field');
    expect(imported.stderr).toContain('Pinyin “rén mín zhì shàng, shēng mìng zhì shàng” of 人民至上、生命至上');
    // committed: the same, but the pinyin of the county's name written by hand (pinyin-pro reads it lower case, as one word each)
    const committed = fields(readFileSync(path.join(fixture, 'content/glossary.yaml'), 'utf8'));
    const got = fields(readFileSync(glossaryFile, 'utf8')).map((e) => (e.zh === '玉屏侗族自治县' ? { ...e, pinyin: 'Yùpíng Dòng zú zì zhì xiàn' } : e));
    expect(got).toEqual(committed);
    // or memoQ's export as it is, with --without-forbidden: the three left out, each said at its row; the same entries
    writeFileSync(glossaryFile, baseGlossary());
    const without = run('glossary', 'import', '--without-forbidden', path.join(fixture, 'yuping-terms.memoq.csv'));
    expect(without.status, without.stderr).toBe(0);
    expect([...without.stderr.matchAll(/^(\d+):1 warning Left out term “([^”]+)”/gmu)].map((m) => [Number(m[1]), m[2]])).toEqual(refused);
    const gotWithout = fields(readFileSync(glossaryFile, 'utf8')).map((e) => (e.zh === '玉屏侗族自治县' ? { ...e, pinyin: 'Yùpíng Dòng zú zì zhì xiàn' } : e));
    expect(gotWithout).toEqual(committed);
  }, 300_000);

  it('memoQ’s XLIFF 1.2: the export’s units are the translated file’s; its import gives the committed English, check clean', () => {
    const project = path.join(temp, 'xliff');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const en = path.join(project, 'content/reports', slug, 'en.md');
    rmSync(en);
    const xlf = path.join(temp, `${slug}.xlf`);
    expect(run('xliff', 'export', slug, '--xliff', '1.2', '-o', xlf).status).toBe(0);
    const memoq = readFileSync(path.join(fixture, `${slug}.memoq.xlf`), 'utf8');
    expect(units(memoq)).toEqual(units(readFileSync(xlf, 'utf8')));
    expect(units(memoq)).toHaveLength(11);
    expect(memoq).toContain('xmlns:mq="MQXliff"');
    expect([...memoq.matchAll(/mq:status="ManuallyConfirmed"/gu)]).toHaveLength(11);
    // the flag before the file, as a user writes it (was: `--dry-run` took the file as its value, "missing required args")
    const dry = run('xliff', 'import', '--dry-run', path.join(fixture, `${slug}.memoq.xlf`));
    expect(dry.status, dry.stderr).toBe(0);
    expect(existsSync(en)).toBe(false);
    const imported = run('xliff', 'import', path.join(fixture, `${slug}.memoq.xlf`));
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr + imported.stdout).toContain('created with 6 block(s)');
    // (stop 61) memoQ's file is the translator's: en.md as the translator left it (the reviser's corrections undone)
    expect(readFileSync(en, 'utf8')).toBe(beforeReview(read('en.md'), round40Revisions));
    expect(run('check').status).toBe(0);
  }, 300_000);

  it('(stop 61) the reviser’s XLIFF 1.2 over the translator’s en.md: every unit signed off, four rewritten, the committed English', () => {
    const project = path.join(temp, 'review');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const en = path.join(project, 'content/reports', slug, 'en.md');
    writeFileSync(en, beforeReview(read('en.md'), round40Revisions));
    expect(run('check').stdout).toMatch(/yuping-2023\s+6\s+6\s+0\s+0\s+0\s+0\s+0\s+0[\s\S]*front matter: 5 values, 0 reviewed/u);
    const review = readFileSync(path.join(fixture, `${slug}.review.xlf`), 'utf8');
    // the export's units, every one signed off
    expect(units(review)).toEqual(units(readFileSync(path.join(fixture, `${slug}.memoq.xlf`), 'utf8')));
    expect([...review.matchAll(/<target state="signed-off">/gu)]).toHaveLength(11);
    expect([...review.matchAll(/approved="yes"/gu)]).toHaveLength(11);
    copyFileSync(path.join(fixture, `${slug}.review.xlf`), path.join(project, `${slug}.review.xlf`));
    const reviewed = run('xliff', 'import', `${slug}.review.xlf`);
    expect(reviewed.stderr + reviewed.stdout).toContain(
      'English rewritten in 4 (p-617e80, p-a91d92, p-94cc47, p-2a1191); state changed: 6 translated → reviewed; front matter: English rewritten in 0, state changed: 5 translated → reviewed',
    );
    expect(readFileSync(en, 'utf8')).toBe(read('en.md'));
    expect(run('check').stdout).toMatch(/yuping-2023\s+6\s+6\s+6\s+0\s+0\s+0\s+0\s+0[\s\S]*front matter: 5 values, 5 reviewed/u);
    // every figure of the Chinese in the reviewed English; the decided terms
    const english = read('en.md');
    for (const figure of ['2022', '“11.11”', '16 groups', '162 deployments', 'all three levels', '10.585 billion yuan', '0.6%', 'fourth', '3.9%', '20th National Congress']) expect(english).toContain(figure);
    expect(english).toContain('Gross domestic product (GDP) reached 10.585 billion yuan');
    expect(english).toContain("members of the County Committee of the Chinese People's Political Consultative Conference (CPPCC)");
    expect(english).not.toMatch(/gross regional product|CPPCC members/iu);
  }, 120_000);
});

describe('new user round 40: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('every edition builds; the imported terms’ notes, the excerpt badge, no overflow at 320 px', async () => {
    for (const file of ['index.html', `${slug}.pdf`, `${slug}.en.pdf`, `${slug}.epub`]) expect(existsSync(path.join(dist(), file)), file).toBe(true);
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    for (const id of ['g-zi-zhi-xian', 'g-liu-tiao', 'g-ren-min-zhi-shang-sheng-ming-zhi-shang', 'g-nong-lin-mu-yu-ye-zong-chan-zhi']) expect(html).toContain(`id="${id}"`);
    expect(html).toMatch(/<span class="scope-badge">Excerpt<\/span>/u);
    expect(html).toContain('People’s Government of Yuping Dong Autonomous County');
    const page = await built.browser.newPage();
    await page.setViewport({ width: 320, height: 800 });
    await page.goto(`file://${path.join(dist(), 'index.html')}`, { waitUntil: 'networkidle0' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await page.close();
  }, 120_000);
});
