/**
 * New user, round 33: a county's PLAN report — 关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划报告,
 * delivered to the Fangxian County People's Congress by the county's development and reform bureau, on the county
 * government's site (fangxian.gov.cn): its two title lines, the occasion, the bureau's byline with its head's name, the
 * salutation, a paragraph of a dozen indicators, a run-in heading and a paragraph with a bold lead, cut mid-word
 * (test/fixtures/newuser-round33). Translated in a PO file with translate-toolkit (xliff2po over the XLIFF 1.2 export,
 * po2xliff back), as a memoQ/Trados/Phrase-side translator without OmegaT would, and imported. The committed project holds
 * together: ingest takes the byline as the speaker and the bureau as the issuer (was: the speaker missing, the byline the
 * text's first paragraph); the PO's file imports with the bold lead back and "13.28、12.31、11.47亿元" read as three amounts in
 * 亿元 (was: refused for both); the title block names the bureau once (was: twice).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { importIntoFreshProject } from './xliff-helpers.ts';
import { fixtureReport, han, body, withoutTranslatorNote, beforeReview, revisionsUndone, type Revision } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round33');
const slug = 'fangxian-plan-2024';
const { read, load } = fixtureReport(fixture, slug);
const bin = path.join(import.meta.dirname, '../pipeline/bin.cjs');
/** A PDF's text as pdftotext reads it, without the soft hyphens the print inserts (render/pdf/typography.ts). */
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replaceAll('\u00ad', '');
/**
 * The reviser's corrections (stop 54, the fixture's README "Review (stop 54)"): the translator's English (the PO's) → the
 * reviewed (the reviser's XLIFF 1.2, `fangxian-plan-2024.review.xlf`, and en.md). The translator's note is revised there too.
 */
const revisions: Revision[] = [
  ['and pursued ensuring both development and security.', 'and ensured both development and security.'],
  ['up 10.5% and 14.8%;', 'up 10.5% and 14.8% respectively;'],
  ['up 6.2% and 8.4%. {', 'up 6.2% and 8.4% respectively. {'],
  ["(1) We focused on industry to drive development, and the county's overall strength grew effectively", "(1) We focused on industry to drive development and effectively enhanced the county's overall strength"],
  ['Grain and oil output held steady at 110,000 tonnes and 26,000 tonnes;', 'Grain and oilseed output held steady at 110,000 tonnes and 26,000 tonnes respectively;'],
  ['1.147 billion yuan.', '1.147 billion yuan respectively.'],
];
/** (stop 60, the fixture's README "Review (stop 60)") 地区生产总值（GDP） "Gross domestic product (GDP)", the term base's decision across the rounds: after the reviser's XLIFF. */
const gdp: Revision[] = [['fulfilled. Gross regional product (GDP) for the year', 'fulfilled. Gross domestic product (GDP) for the year']];
/** (stop 61, the fixture's README "Review (stop 61)") 县政协各位委员: the named committee, as the other rounds' formula names it. */
const committee: Revision[] = [['I invite the members of the county committee of the CPPCC and', "I invite the members of the County Committee of the Chinese People's Political Consultative Conference (CPPCC) and"]];
const hasToolkit = spawnSync('sh', ['-c', 'command -v xliff2po && command -v po2xliff'], { encoding: 'utf8' }).status === 0;

describe('new user round 33: a county plan report delivered by its bureau — ingest, check, a PO through translate-toolkit', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu33-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt'));

  it('ingest of the page with its meta file gives the committed zh.md: the bureau’s byline the speaker, the bureau the issuer, every word kept', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    const front = parseYaml(result.markdown.split('\n---\n')[0].replace(/^---\n/u, ''));
    expect(front).toMatchObject({
      title: '关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划报告',
      issuer: '房县发展和改革局',
      speaker: '房县发展和改革局 刘明德',
      date: '2024-01-05',
      occasion: '2024年1月5日在房县第十九届人民代表大会第三次会议上',
      scope: 'excerpt',
    });
    // every Han character of the text (from the salutation, the line after the byline), in order
    const text = page.toString('utf8').split('\n');
    expect(han(body(result.markdown))).toEqual(han(text.slice(text.findIndex((line) => line.startsWith('主任'))).join('\n')));
    expect(result.file.messages.map((m) => String(m.ruleId)).filter((rule) => rule.startsWith('missing-'))).toEqual([]);
  });

  it('the English checks clean with the project glossary; a wrong amount of the shared-unit list and a lost term are told', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = read('en.md');
    expect(check(en)).toEqual([]);
    expect(check(en.replace('1.231 billion', '1.281 billion'))).toEqual([
      expect.stringContaining('Missing number in `p-b0c949`: the Chinese has `12.31`'),
      expect.stringContaining('Unexpected number `1.281 billion`'),
    ]);
    expect(check(en.replace('applied the new development philosophy', 'applied new ideas of development'))).toEqual([expect.stringContaining('the new development philosophy')]);
  });

  it('po2xliff’s file imports into a project with no English: the translator’s English, every lead bold; the reviser’s XLIFF then gives the committed en.md, its note and front matter reviewed too', () => {
    const { project, imported, en, run } = importIntoFreshProject(fixture, slug, `${slug}.po2xliff.xlf`, path.join(temp, 'import'));
    expect(imported).toContain('created with 6 block(s)');
    expect(en).toBe(beforeReview(withoutTranslatorNote(read('en.md')), [...revisions, ...gdp, ...committee]));
    expect(en).toContain('**Agricultural production improved in both quality and returns.** We vigorously');
    expect(run('check')).toMatch(/fangxian-plan-2024\s+6\s+6\s+0\s+0\s+0\s+0\s+0\s+0/u);
    // (stop 54) the translator's note as written in en.md by hand, then the reviser's file over it: every unit signed off,
    // the note revised in the file (was: the note in no CAT file, the front matter's review recorded nowhere)
    const enPath = path.join(project, 'content/reports', slug, 'en.md');
    const note = /^translator_note: .*\n/mu.exec(read('en.md'))![0].replace(' Reviewed against the Chinese by a second translator.', '');
    writeFileSync(enPath, en.replace(/^(speaker: .*\n)/mu, `$1${note}`));
    copyFileSync(path.join(fixture, `${slug}.review.xlf`), path.join(project, `${slug}.review.xlf`));
    expect(run('xliff', 'import', `${slug}.review.xlf`)).toContain('English rewritten in 3 (p-a2c836, h-c80696, p-b0c949); state changed: 6 translated → reviewed; front matter: English rewritten in 1 (translator_note), state changed: 6 translated → reviewed');
    // the reviser's file is stop 54's review: the committed en.md but for stop 60's GDP and stop 61's committee
    expect(readFileSync(enPath, 'utf8')).toBe(revisionsUndone(read('en.md'), [...gdp, ...committee]));
    expect(run('check')).toMatch(/fangxian-plan-2024\s+6\s+6\s+6\s+0\s+0\s+0\s+0\s+0/u);
  });

  it.skipIf(!hasToolkit)('the real translate-toolkit round trip: the XLIFF 1.2 export through xliff2po, the committed PO’s English, po2xliff back, imports to the same English', () => {
    const project = path.join(temp, 'toolkit');
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    rmSync(path.join(project, 'content/reports', slug, 'en.md'));
    const run = (...args: string[]) => execFileSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
    run('xliff', 'export', slug, '--xliff', '1.2', '-o', `${slug}.xlf`);
    execFileSync('xliff2po', ['-i', `${slug}.xlf`, '-o', 'fresh.po'], { cwd: project, encoding: 'utf8' });
    // The PO as xliff2po writes it holds the same entries, in the same order, as the translator's committed PO.
    const ids = (po: string) => [...po.matchAll(/^#: (\S+)$/gmu)].map((m) => m[1]);
    const committed = readFileSync(path.join(fixture, `${slug}.po`), 'utf8');
    expect(ids(readFileSync(path.join(project, 'fresh.po'), 'utf8'))).toEqual(ids(committed));
    execFileSync('po2xliff', ['-t', `${slug}.xlf`, path.join(fixture, `${slug}.po`), 'back.xlf'], { cwd: project, encoding: 'utf8' });
    expect(run('xliff', 'import', 'back.xlf')).toContain('created with 6 block(s)');
    expect(body(readFileSync(path.join(project, 'content/reports', slug, 'en.md'), 'utf8'))).toBe(body(beforeReview(read('en.md'), [...revisions, ...gdp, ...committee])));
  });
  it.skipIf(!hasToolkit)('round 33’s gap (stop 54): with --no-source-copy xliff2po writes every entry untranslated, not the Chinese as a fuzzy msgstr; the translator’s PO goes back over that export to the same English, every lead bold', () => {
    const project = path.join(temp, 'no-copy');
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    rmSync(path.join(project, 'content/reports', slug, 'en.md'));
    const run = (...args: string[]) => execFileSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
    const tool = (name: string, ...args: string[]) => execFileSync(name, args, { cwd: project, encoding: 'utf8' });
    run('xliff', 'export', slug, '--xliff', '1.2', '--no-source-copy', '-o', `${slug}.xlf`);
    tool('xliff2po', '-i', `${slug}.xlf`, '-o', 'fresh.po');
    // pocount's CSV: translated 0, fuzzy 0, untranslated 11 of 11 (was: 11 of 11 fuzzy, each msgstr the Chinese)
    const fresh = readFileSync(path.join(project, 'fresh.po'), 'utf8');
    // (the PO's header entry, msgid "", is fuzzy as xliff2po writes every header; no entry of the report is)
    expect(fresh.split('\n\n').slice(1).filter((entry) => /^#, fuzzy/mu.test(entry))).toEqual([]);
    expect([...fresh.matchAll(/^msgstr "(.*)"$/gmu)].slice(1).map((m) => m[1])).toEqual(Array(11).fill(''));
    expect(tool('pocount', '--csv', 'fresh.po')).toMatch(/fresh\.po,\s+0, 0, 0, 0, 0, 11, \d+, 11, \d+/u);
    // the translator's English, entry by entry (pomerge: the committed PO's translations into the fresh PO)
    tool('pomerge', '-t', 'fresh.po', '-i', path.join(fixture, `${slug}.po`), '-o', 'done.po');
    tool('po2xliff', '-t', `${slug}.xlf`, 'done.po', 'back.xlf');
    expect(run('xliff', 'import', 'back.xlf')).toContain('created with 6 block(s)');
    expect(body(readFileSync(path.join(project, 'content/reports', slug, 'en.md'), 'utf8'))).toBe(body(beforeReview(read('en.md'), [...revisions, ...gdp, ...committee])));
    // OmegaT needs the copy (it translates targets): the option is refused with --omegat, and with XLIFF 2.0 (which never copies)
    expect(() => run('xliff', 'export', slug, '--no-source-copy', '--omegat', 'omegat')).toThrow(/OmegaT translates targets/u);
    expect(() => run('xliff', 'export', slug, '--no-source-copy', '-o', 'x.xlf')).toThrow(/--no-source-copy is for XLIFF 1\.2/u);
  });
});

describe('new user round 33: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('every edition builds; the PDFs carry the title, the speaker, the figures and the break after the cut word', () => {
    for (const file of ['index.html', `${slug}.pdf`, `${slug}.en.pdf`, `${slug}.epub`]) expect(existsSync(path.join(dist(), file)), file).toBe(true);
    const en = pdfText(path.join(dist(), `${slug}.en.pdf`));
    expect(en).toMatch(/Report on the Implementation of the\s+2023 Plan for National Economic and\s+Social Development/u);
    expect(en).toMatch(/Liu Mingde, Fangxian County Development and Reform\s+Bureau/u);
    expect(en).toMatch(/1\.328\s+billion,\s+1\.231\s+billion\s+and\s+1\.147\s+billion\s+yuan/u);
    expect(en).toMatch(/National Intellectual Prop\s+\[the source text\s+breaks\s+off\s+here\]/u);
    // 各位代表's note on its listed rendering, not on "Deputy" of "Deputy Directors" (stop 53: was "Deputy¹ Directors")
    expect(en).toMatch(/Director, Deputy Directors and Fellow Deputies ?1,/u);
    expect(pdfText(path.join(dist(), `${slug}.pdf`))).toMatch(/国家知识产\s*〔原文至\s*此中断〕/u);
  });

  it('the HTML names the bureau once in the title block, the speaker’s line, and bolds the lead in both languages', () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    const titleBlock = html.slice(html.indexOf('<header class="title-block"'), html.indexOf('</header>', html.indexOf('<header class="title-block"')));
    expect(titleBlock.match(/房县发展和改革局/gu)).toHaveLength(1);
    expect(titleBlock.match(/Fangxian County Development and Reform Bureau/gu)).toHaveLength(1);
    expect(html).toContain('<strong class="lead">农业生产质效双升。</strong>大力推进');
    expect(html).toContain('<strong class="lead">Agricultural production improved in both quality and returns.</strong> We vigorously');
    expect(html).toMatch(/Director, Deputy Directors and <a class="term" data-term="ge-wei-dai-biao"[^>]*>Fellow Deputies<\/a>/u);
  });
});
