/**
 * New user, round 25: an AUDIT WORK REPORT — the opening of Guangdong's report on the audit of the 2019 provincial budget
 * (关于2019年度省级预算执行和其他财政收支的审计工作报告, delivered by the head of the provincial audit department to the
 * provincial people's congress standing committee on 28 July 2020), as a county government's site carries it, the copy
 * breaking off at "…分别比上年增长21.9%" (test/fixtures/newuser-round25). Translated in OmegaT 3.6, revised in Phrase TMS.
 * The committed project holds together: ingest keeps every word and reads title, occasion, speaker and the dash leads;
 * the editions mark where the copy breaks off although it stops on a percent sign (was: printed unmarked); check accepts
 * “high-quality economic and social development” for 经济社会高质量发展 (was a term-mismatch warning that failed the
 * strict build) and a translator's note glossing “1+1+9” work plan (“1+1+9”工作部署) (was an untranslated error);
 * OmegaT's target and the Phrase reviser's bilingual MXLIFF import as committed.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPublication } from '../pipeline/check/index.ts';
import { createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { builtEditions } from './fixture-editions.ts';
import { importIntoFreshProject } from './xliff-helpers.ts';
import { fixtureReport, han, body, withoutTranslatorNote, revisionsUndone } from './fixture-report.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round25');
const slug = 'guangdong-audit-2019';
const { read, load } = fixtureReport(fixture, slug);

describe('new user round 25: a provincial audit work report on a county site — ingest, check, OmegaT and Phrase', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'nu25-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const page = readFileSync(path.join(fixture, 'content/reports', slug, 'source.html'));

  it('ingest of the page with its meta file gives the committed zh.md: every word kept, title, occasion and speaker read, two dash leads', () => {
    const meta = parseYaml(readFileSync(path.join(fixture, 'meta.yaml'), 'utf8'));
    const result = ingest(page, { fileName: 'source.html', slug, meta });
    expect(result.markdown).toBe(read('zh.md'));
    // every Han character of the article (title, occasion, speaker in the front matter; the text), in order
    const article = /<div class="article">([^]*?)<div class="share">/u.exec(page.toString('utf8'))![1].replace(/<div class="info">[^]*?<\/div>/u, '');
    const front = parseYaml(result.markdown.split('\n---\n')[0].replace(/^---\n/u, ''));
    expect([...han(front.title), ...han(front.occasion), ...han(front.speaker), ...han(body(result.markdown))]).toEqual(han(article));
    expect(front).toMatchObject({ issuer: '广东省审计厅', date: '2020-07-28', speaker: '广东省审计厅厅长 卢荣春' });
    expect(body(result.markdown).match(/^\*\*——[^*]+。\*\*/gmu)).toEqual(['**——财政运行总体平稳，积极的财政政策提质增效明显。**', '**——支出结构不断优化，民生等重点领域保障有力。**']);
    const said = result.file.messages.filter((m) => m.ruleId !== 'page-chrome').map((m) => `${m.line}:${m.ruleId}`);
    expect(said).toEqual(['17:metadata', '18:page-info', '20:metadata', '21:metadata', '26:cut-off']);
  });

  it('the copy breaks off on a percent sign: the model marks the last paragraph (was: not marked, the editions printed it as a sentence)', () => {
    const { publication } = load(read('en.md'));
    expect(publication.blocks.filter((b) => b.brokenOff).map((b) => b.id)).toEqual(['p-1a36ba']);
    expect(publication.blocks.at(-1)!.zhText).toMatch(/增长21\.9%$/u);
  });

  it('the English checks clean with the project glossary: a split rendering of 高质量发展 and a quoted short form in a gloss are accepted', async () => {
    const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
    const check = (en: string) => checkPublication(load(en), { glossary, matcher: createMatcher(glossary) }).messages.map(String);
    const en = read('en.md');
    expect(check(en)).toEqual([]);
    expect(en).toContain('high-quality economic and social development');
    expect(en).toContain('(“1+1+9”工作部署)');
    // (was: “Unexpected rendering of term `高质量发展`” for the split rendering; the same paragraph without it still says so)
    expect(check(en.replace('high-quality economic and social development', 'economic and social progress'))).toEqual([expect.stringContaining('Unexpected rendering of term `高质量发展`')]);
    // (was: “Unexpected Chinese `工作部署` in the English front matter”; a figure left in Chinese is still untranslated)
    expect(check(en.replace('(“1+1+9”工作部署)', '(304.37亿元)'))).toEqual([expect.stringContaining('Unexpected Chinese `亿元`')]);
  });

  it("OmegaT's target imports into a project with no English (5 blocks translated); the Phrase reviser's MXLIFF then gives the committed en.md but for the hand-written note", () => {
    const { project, imported, run } = importIntoFreshProject(fixture, slug, `${slug}.omegat.xlf`, path.join(temp, 'import'));
    expect(imported).toContain('created with 5 block(s)');
    expect(run('check')).toMatch(/guangdong-audit-2019\s+5\s+5\s+0\s+0\s+0\s+0\s+0\s+0/u);
    const mxliff = `${slug}-zh_cn-en-R.mxliff`;
    copyFileSync(path.join(fixture, mxliff), path.join(project, mxliff));
    run('xliff', 'import', mxliff);
    const after = readFileSync(path.join(project, 'content/reports', slug, 'en.md'), 'utf8');
    // (stop 56: a second translator's review changed one formula in en.md, README "Review (stop 56)"; the Phrase reviser's
    // file gives the English before it, every block reviewed as before)
    expect(after).toBe(withoutTranslatorNote(revisionsUndone(read('en.md'), [
      ['expenditures. Please deliberate.', 'expenditures for your deliberation.'],
      // (stop 58: the consistency pass, README "Review (stop 58)") 主任、各位副主任 of a local standing committee: Director, Deputy Directors
      ['Chairman, Vice Chairpersons, Secretary-General', 'Director, Deputy Directors, Secretary-General'],
    ])));
    expect(after.match(/state=reviewed/gu)).toHaveLength(5);
    expect(after).toContain('equalization transfer payments from the provincial budget');
  });
});

describe('new user round 25: the built editions', () => {
  const built = builtEditions(fixture);
  const dist = () => path.join(built.root, 'dist', slug);

  it('every edition marks where the copy breaks off after “21.9%”, in both languages, and sets the dash leads bold', () => {
    const html = readFileSync(path.join(dist(), 'index.html'), 'utf8');
    expect(html).toContain('21.9%<span class="broken-off" lang="zh-Hans">〔原文至此中断〕</span>');
    expect(html).toContain('21.9% <span class="broken-off" lang="en">[the source text breaks off here]</span>');
    expect(html).toContain('<strong class="lead">—Fiscal operations were generally stable, and proactive fiscal policy became notably better targeted and more effective.</strong>');
    const pdf = execFileSync('pdftotext', [path.join(dist(), `${slug}.pdf`), '-'], { encoding: 'utf8' });
    expect(pdf).toContain('21.9%〔原文至此中断〕');
    expect(pdf).toMatch(/21\.9% \[the source text breaks\s+off here\]/u);
  });
});
