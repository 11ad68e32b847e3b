/**
 * New user, round 36: the NPC Standing Committee's LAW ENFORCEMENT INSPECTION report on the Work Safety Law —
 * 全国人民代表大会常务委员会执法检查组关于检查《中华人民共和国安全生产法》实施情况的报告（节选）, as a work-safety site reposted it
 * (isa-hsse.com, "来源:中国人大网"): the title over three pieces with "(节选)", the site's two labels, the source line, the
 * address, the opening and heading 一、, cut mid-sentence (test/fixtures/newuser-round36). Translated in a PO file
 * (translate-toolkit's xliff2po over the XLIFF 1.2 export), checked with pofilter, and brought back as a translation memory:
 * po2tmx writes a TMX from the translator's PO (the committed `…translated.po`, its TMX `…po2tmx.tmx`), `xliff export --tm`
 * pre-fills every unit from it, the file imports. The committed project holds together: ingest splits the inspection team
 * off the title (was: the whole line the title, no issuer); po2tmx's TMX (srclang="en") pre-fills the ten units (was: none,
 * and nothing said); the export says what the memory gave; the editions build and EPUBCheck passes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { beforeReview, fixtureReport, han, withoutTranslatorNote } from './fixture-report.ts';
import { round36Revisions } from './newuser36-revisions.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round36');
const slug = 'npcsc-work-safety-inspection-2023';
const bin = path.join(import.meta.dirname, '..', 'pipeline', 'bin.cjs');
const { read, load } = fixtureReport(fixture, slug);
const hasToolkit = spawnSync('sh', ['-c', 'command -v xliff2po && command -v pomerge && command -v pofilter && command -v po2tmx'], { encoding: 'utf8' }).status === 0;
/** A PDF's text as pdftotext reads it, without the soft hyphens the print inserts (render/pdf/typography.ts). */
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replaceAll('\u00ad', '');
/** The same with its line breaks and runs of spaces as one space (a title wraps where the page's width falls). */
const pdfLine = (file: string) => pdfText(file).replace(/\s+/gu, ' ');

describe('new user round 36: a law enforcement inspection report — ingest, check, a PO file and the TMX po2tmx writes from it', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu36-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt'));

  it('ingest of the page with its meta file gives the committed zh.md: the inspection team the issuer, the title its document, every word kept', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    const front = parseYaml(result.markdown.split('\n---\n')[0].replace(/^---\n/u, ''));
    expect(front).toMatchObject({ title: '关于检查《中华人民共和国安全生产法》实施情况的报告（节选）', issuer: '全国人民代表大会常务委员会执法检查组', scope: 'excerpt' });
    expect(result.file.messages.map((m) => m.ruleId)).not.toContain('missing-issuer');
    expect(result.file.messages.filter((m) => m.ruleId === 'page-info').map((m) => m.line)).toEqual([3]);
    // every Han character of the page but the title line and the source line, in order
    const text = page.toString('utf8').split('\n');
    expect(han(result.markdown.split('\n---\n')[1])).toEqual(han([text[1], ...text.slice(3)].join('\n')));
  });

  it('the English checks clean with the project glossary; a lost term and a changed year are told', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = read('en.md');
    expect(check(en)).toEqual([]);
    expect(check(en.replace('attached great importance to this law enforcement inspection', 'attached great importance to this inspection'))).toEqual([expect.stringContaining('执法检查')]);
    expect(check(en.replace('oversight work plan for 2023', 'oversight work plan for 2022'))).toEqual([
      expect.stringContaining('Missing number in `p-20b684`: the Chinese has `2023`'),
      expect.stringContaining('Unexpected number `2022` in `p-20b684`'),
    ]);
  });

  it.skipIf(!hasToolkit)('the real translate-toolkit path: xliff2po over the export, the translator’s PO merged in, pofilter, po2tmx; the TMX pre-fills all ten units and imports to the committed English', () => {
    const project = path.join(temp, 'po-trip');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
    const tool = (name: string, ...args: string[]) => {
      const result = spawnSync(name, args, { cwd: project, encoding: 'utf8', timeout: 120_000 });
      expect(result.status, `${name}: ${result.stderr}`).toBe(0);
      return result;
    };
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const en = path.join(project, 'content/reports', slug, 'en.md');
    rmSync(en);
    expect(run('xliff', 'export', slug, '--xliff', '1.2', '-o', `${slug}.xlf`).status).toBe(0);
    tool('xliff2po', '-i', `${slug}.xlf`, '-o', 'fresh.po');
    // the translator's English, merged into the PO the export gives now (as a translator brings a PO up to a new export)
    tool('pomerge', '-t', 'fresh.po', '-i', path.join(fixture, `${slug}.translated.po`), '-o', 'merged.po');
    const merged = readFileSync(path.join(project, 'merged.po'), 'utf8');
    expect(merged.match(/^msgstr "[^"]|^msgstr ""\n"/gmu)?.length).toBeGreaterThanOrEqual(10);
    tool('pofilter', '-i', 'merged.po', '-o', 'pofilter.po');
    tool('po2tmx', '-l', 'en', '--source-language=zh-CN', '-i', 'merged.po', '-o', 'memory.tmx');
    // po2tmx writes srclang="en" whatever its --source-language (the entries zh-CN and en)
    expect(readFileSync(path.join(project, 'memory.tmx'), 'utf8')).toMatch(/<header[^>]* srclang="en"/u);
    const exported = run('xliff', 'export', slug, '--xliff', '1.2', '--tm', 'memory.tmx', '-o', 'prefilled.xlf');
    expect(exported.stderr).toContain('memory.tmx: 10 memory entries; 10 of 10 untranslated unit(s) pre-filled from exact matches, 0 more offered near matches');
    expect(readFileSync(path.join(project, 'prefilled.xlf'), 'utf8').match(/state-qualifier="exact-match"/gu)).toHaveLength(10);
    const imported = run('xliff', 'import', 'prefilled.xlf');
    expect(imported.stderr + imported.stdout).toContain('created with 7 block(s)');
    // (stop 57) the memory is the translator's: en.md as the translator left it (the reviser's corrections undone)
    expect(readFileSync(en, 'utf8')).toBe(withoutTranslatorNote(beforeReview(read('en.md'), round36Revisions)));
    expect(run('check').stdout).toMatch(/npcsc-work-safety-inspection-2023\s+7\s+7\s+0\s+0\s+0\s+0\s+0\s+0/u);
    // (stop 57) the translator's note written in en.md, then the reviser's XLIFF 1.2: every unit signed off, three blocks and two values rewritten
    writeFileSync(en, beforeReview(read('en.md'), round36Revisions));
    copyFileSync(path.join(fixture, `${slug}.review.xlf`), path.join(project, `${slug}.review.xlf`));
    const reviewed = run('xliff', 'import', `${slug}.review.xlf`);
    expect(reviewed.stderr + reviewed.stdout).toContain(
      'English rewritten in 3 (h-20e0dd, p-0c3bcc, p-ced41f); state changed: 7 translated → reviewed; front matter: English rewritten in 2 (scope_note, translator_note), state changed: 4 translated → reviewed',
    );
    expect(readFileSync(en, 'utf8')).toBe(read('en.md'));
    expect(run('check').stdout).toMatch(/npcsc-work-safety-inspection-2023\s+7\s+7\s+7\s+0\s+0\s+0\s+0\s+0[\s\S]*front matter: 4 values, 4 reviewed/u);
  }, 300_000);
});

describe('new user round 36: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('every edition builds; the PDFs carry the title, the issuer, the terms and the break after the cut', () => {
    for (const file of ['index.html', `${slug}.pdf`, `${slug}.en.pdf`, `${slug}.epub`]) expect(existsSync(path.join(dist(), file)), file).toBe(true);
    const en = pdfLine(path.join(dist(), `${slug}.en.pdf`));
    expect(en).toMatch(/Report on the Inspection of the Implementation of the Law of the People[’']s Republic of China on Work Safety \(Excerpt\)/u);
    expect(en).toMatch(/Law Enforcement Inspection Team of the Standing Committee of the National People[’']s Congress/u);
    expect(en).toMatch(/a law enforcement inspection ?[0-9]* team for the Work Safety Law/u); // (its glossary footnote's number after the term)
    // (stop 57) the reviser restored 关于安全生产工作: the English ends where the Chinese ends
    expect(en).toMatch(/Xi Jinping[’']s … on work safety ?[0-9]* \[the source text breaks off here\]/u);
    expect(pdfLine(path.join(dist(), `${slug}.pdf`))).toMatch(/安全生产工作 ?〔原文至 ?此中断〕/u);
  });

  it('the HTML has the inspection team as the issuer and the document’s name as its heading', () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    expect(html.replaceAll('<wbr>', '')).toMatch(/<h1[^>]*><span lang="zh-Hans" class="title-zh">关于检查《中华人民共和国安全生产法》实施情况的报告（节选）<\/span>/u);
    expect(html).toContain('全国人民代表大会常务委员会执法检查组');
  });
});
