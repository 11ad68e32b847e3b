/**
 * New user, round 34: a city's STATE-OWNED ASSETS report — 武汉市人民政府关于2020年度国有资产管理情况的综合报告, delivered to the
 * standing committee of the Wuhan Municipal People's Congress by the director of the municipal finance bureau, from a copy of
 * the finance bureau's disclosure page (baduzz.com): the title block, the salutation, the opening, a paragraph of totals in
 * 亿元, two headings, item 1. and the paragraph that runs its sub-items (1), (2), (3) on, cut mid-word
 * (test/fixtures/newuser-round34). Translated in Duizhao's XLIFF 2.0 export as a Phrase TMS user receives it (the committed
 * `wuhan-state-assets-2020.xlf`, every segment `translated`), with the project's term base as TBX (the committed `.tbx`) and
 * the memory as TMX, and imported. The committed project holds together: ingest sets no lead on the paragraph of run-on items
 * (was: "（1）资产负债情况。" bold, (2) and (3) plain); the XLIFF 2.0 imports to the committed English; OmegaT 3.6 reads the TBX
 * (its own reader) and fills the report from the project's TMX in console mode; translate-toolkit's tbx2po reads every term.
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
import { hasOmegat, importIntoFreshProject, translateInOmegat } from './xliff-helpers.ts';
import { beforeReview, fixtureReport, han, body, withoutTranslatorNote } from './fixture-report.ts';
import { round34Revisions } from './newuser34-revisions.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round34');
const slug = 'wuhan-state-assets-2020';
const { read, load } = fixtureReport(fixture, slug);
/**
 * en.md as the translator left it (stop 56: the committed en.md is the reviewed one — the reviser's XLIFF 1.2,
 * `wuhan-state-assets-2020.review.xlf`, corrected two units and the note and signed off every unit; README "Review (stop 56)";
 * the corrections in newuser34-revisions.ts).
 */
const translatorsEn = () => beforeReview(read('en.md'), round34Revisions);
/** A PDF's text as pdftotext reads it, without the soft hyphens the print inserts (render/pdf/typography.ts). */
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replaceAll('\u00ad', '');
const hasTbx2po = spawnSync('sh', ['-c', 'command -v tbx2po'], { encoding: 'utf8' }).status === 0;

describe('new user round 34: a city’s state-owned assets report — ingest, check, XLIFF 2.0, the TBX and TMX in real tools', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu34-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.txt'));

  it('ingest of the page with its meta file gives the committed zh.md: no lead on the paragraph of run-on items, every word kept', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.txt', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    const front = parseYaml(result.markdown.split('\n---\n')[0].replace(/^---\n/u, ''));
    expect(front).toMatchObject({
      title: '关于2020年度国有资产管理情况的综合报告',
      issuer: '武汉市人民政府',
      speaker: '武汉市财政局局长 项波',
      date: '2021-07-30',
      occasion: '2021年7月30日在武汉市第十四届人民代表大会常务委员会第三十九次会议上',
      scope: 'excerpt',
    });
    // every Han character of the text (from the salutation, the line after the byline), in order
    const text = page.toString('utf8').split('\n');
    expect(han(body(result.markdown))).toEqual(han(text.slice(text.findIndex((line) => line.startsWith('主任'))).join('\n')));
    // (1), (2) and (3) alike: none of them bold (stop 54: was "**（1）资产负债情况。**" alone)
    expect(result.markdown).toContain('\n（1）资产负债情况。资产总额15032.67亿元');
    expect(result.markdown).not.toContain('**');
  });

  it('the English checks clean with the project glossary; a wrong amount in 亿元 and a lost term are told', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = read('en.md');
    expect(check(en)).toEqual([]);
    // (the translator's note gives the same conversion: the paragraph's amount is the one changed)
    expect(check(en.replace('had total assets of 3,566.627 billion', 'had total assets of 3,656.627 billion'))).toEqual([
      expect.stringContaining('Missing number in `p-f3bd26`: the Chinese has `35666.27亿`, expected `3,566.627 billion`'),
      expect.stringContaining('Unexpected number `3,656.627 billion`'),
    ]);
    expect(check(en.replace('carry out the verification of assets and capital', 'carry out a stocktaking of assets'))).toEqual([expect.stringContaining('verification of assets and capital')]);
  });

  it("the translated XLIFF 2.0 imports into a project with no English: the translator's en.md but for the note; the reviser's XLIFF 1.2 then gives the committed en.md", () => {
    const xliff = readFileSync(path.join(fixture, `${slug}.xlf`), 'utf8');
    expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"');
    expect(xliff.match(/<segment id="s1" state="translated">/gu)).toHaveLength(13);
    const { imported, en, run } = importIntoFreshProject(fixture, slug, `${slug}.xlf`, path.join(temp, 'import'));
    expect(imported).toContain('created with 8 block(s)');
    expect(en).toBe(withoutTranslatorNote(translatorsEn()));
    expect(run('check')).toMatch(/wuhan-state-assets-2020\s+8\s+8\s+0\s+0\s+0\s+0\s+0\s+0/u);
    // (stop 56) the translator's note written in en.md, then the reviser's file: two targets and the note corrected, every unit signed off
    const project = path.join(temp, 'import');
    writeFileSync(path.join(project, 'content/reports', slug, 'en.md'), translatorsEn());
    copyFileSync(path.join(fixture, `${slug}.review.xlf`), path.join(project, `${slug}.review.xlf`));
    expect(run('xliff', 'import', `${slug}.review.xlf`)).toContain(
      'English rewritten in 2 (p-f3bd26, h-c3d885); state changed: 8 translated → reviewed; front matter: English rewritten in 1 (translator_note), state changed: 6 translated → reviewed',
    );
    expect(readFileSync(path.join(project, 'content/reports', slug, 'en.md'), 'utf8')).toBe(read('en.md'));
    expect(run('check')).toMatch(/wuhan-state-assets-2020\s+8\s+8\s+8\s+0\s+0\s+0\s+0\s+0[\s\S]*front matter: 6 values, 6 reviewed/u);
  });

  it.skipIf(!hasOmegat)('OmegaT 3.6 reads the committed TBX with its own reader and, in console mode, fills every unit of the XLIFF 1.2 from the project’s TMX', () => {
    const project = path.join(temp, 'omegat');
    cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
    const trip = translateInOmegat(project, slug);
    expect(trip.omegatLog).toContain('Reading of TMX file complete');
    // (stop 56) the memory's English is the reviewed English; a memory's match is no review: every block translated
    expect(body(trip.en)).toBe(body(beforeReview(read('en.md'), [])));
    const reader = spawnSync('java', ['-cp', '/usr/share/omegat/OmegaT.jar', path.join(import.meta.dirname, 'fixtures/translate/OmegatTbx.java'), path.join(project, 'omegat'), path.join(fixture, `${slug}.tbx`)], { encoding: 'utf8' });
    expect(reader.status, reader.stderr).toBe(0);
    const terms = reader.stdout.trim().split('\n').map((line) => line.split('\t'));
    expect(terms).toContainEqual(['国资委', 'State-owned Assets Supervision and Administration Commission']);
    expect(terms).toContainEqual(['清产核资', 'verification of assets and capital']);
    expect(new Set(terms.map(([zh]) => zh))).toEqual(new Set(['党中央', '中共中央', '国务院', '人民政府', '常委会', '人大常委会', '人民代表大会常务委员会', '国资委', '国有资产监督管理委员会', '清产核资']));
  }, 240_000);

  it.skipIf(!hasTbx2po)('translate-toolkit’s tbx2po reads every entry of the committed TBX, each with its English', () => {
    execFileSync('tbx2po', ['-i', path.join(fixture, `${slug}.tbx`), '-o', path.join(temp, 'terms.po')], { encoding: 'utf8' });
    const po = readFileSync(path.join(temp, 'terms.po'), 'utf8');
    const entries = [...po.matchAll(/^msgid "(.+)"\nmsgstr "(.+)"$/gmu)].map((m) => [m[1], m[2]]);
    expect(entries).toHaveLength(6);
    expect(entries).toContainEqual(['清产核资', 'verification of assets and capital']);
  });
});

describe('new user round 34: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('every edition builds; the PDFs carry the title, the speaker, the amounts and the break after the cut word', () => {
    for (const file of ['index.html', `${slug}.pdf`, `${slug}.en.pdf`, `${slug}.epub`]) expect(existsSync(path.join(dist(), file)), file).toBe(true);
    const en = pdfText(path.join(dist(), `${slug}.en.pdf`));
    expect(en).toMatch(/Comprehensive Report on the Management of State-\s*Owned\s+Assets in 2020/u);
    expect(en).toMatch(/Xiang Bo, Director of the Wuhan Municipal Finance\s+Bureau/u);
    expect(en).toMatch(/3,566\.627\s+billion\s+yuan/u);
    expect(en).toMatch(/and state-own\s+\[the source text\s+breaks\s+off\s+here\]/u);
    expect(pdfText(path.join(dist(), `${slug}.pdf`))).toMatch(/国有资\s*〔原文至\s*此中断〕/u);
  });

  it('the HTML sets the run-on items alike in both languages: no lead, each label as plain text', () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    expect(html).not.toContain('<strong class="lead">');
    expect(html).toContain('（1）资产负债情况。资产总额');
    expect(html).toContain('(1) Assets and liabilities. Total assets were');
  });
});
