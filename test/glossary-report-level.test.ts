/**
 * A glossary note that fits the report's level (pipeline/glossary/report-level.ts): 人大's note said "each level … has
 * a people's congress, the local legislature" in the NPC Standing Committee's own report (new user round 23) as in a
 * district's (stops 42/43 left it). The term base holds a national note beside the local one (`note_en_national`,
 * `note_zh_national`, content/glossary.yaml); every edition and the XLIFF export of a national report show it, a local
 * report keeps the note it had (Haidian's editions byte-identical: test/build-identical.test.ts). The level is applied
 * once per report, where its term list is made (core/plan.ts for a build's editions, xliff-export.ts for the XLIFF):
 * the renderers and units.ts read the glossary they are given (stop 44 had four calls and a cache).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { annotate, createMatcher, glossaryForReport, loadGlossary, reportLevel } from '../pipeline/glossary/index.ts';
import { exportXliff } from '../pipeline/translate/xliff-export.ts';
import { build } from '../pipeline/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { printDocument } from '../pipeline/render/pdf/document.ts';
import { createTranslators } from '../templates/i18n.ts';
import { tempProject } from './build-helpers.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round23');
const dir = path.join(fixture, 'content/reports/npcsc-2026');
// (no apostrophes: the editions set them curly)
const national = 'is the national legislature and highest organ of state power';
const nationalZh = '全国人民代表大会是最高国家权力机关';
const local = 'the local legislature';

describe('reportLevel: national or local, from zh.md\'s front matter', () => {
  it('a central body as the issuer is national, a local one local — unless it reported at a national session', () => {
    expect(reportLevel({ title: '', issuer: '全国人民代表大会常务委员会' })).toBe('national');
    expect(reportLevel({ title: '', issuer: '國務院' })).toBe('national');
    expect(reportLevel({ title: '', issuer: '最高人民法院' })).toBe('national');
    expect(reportLevel({ title: '', issuer: '中國人民政治協商會議全國委員會常務委員會' })).toBe('national');
    expect(reportLevel({ title: '', issuer: '北京市海淀区人民政府', occasion: '2021年12月15日在北京市海淀区第十七届人民代表大会第一次会议上' })).toBe('local');
    expect(reportLevel({ title: '', issuer: '武汉市人民检察院' })).toBe('local');
    expect(reportLevel({ title: '', issuer: '呼和浩特市中级人民法院' })).toBe('local');
    // a body the list lacks, reporting at a national session
    expect(reportLevel({ title: '', issuer: '交通运输部', occasion: '2025年6月24日在第十四届全国人民代表大会常务委员会第十六次会议上' })).toBe('national');
  });
  it('reads its names simplified, whatever mix of forms a page prints (was: only the all-simplified and all-traditional spellings listed)', () => {
    expect(reportLevel({ title: '', issuer: '全国人民代表大會常務委員會' })).toBe('national');
    expect(reportLevel({ title: '', issuer: '交通運輸部', occasion: '2025年6月24日在第十四屆全国人民代表大會常務委員會第十六次會議上' })).toBe('national');
    expect(reportLevel({ title: '', issuer: '臺北市政府' })).toBe('local');
  });
  it('the session it was delivered at, then (no issuer) the title; local when nothing tells', () => {
    expect(reportLevel({ title: '政府工作报告', occasion: '2026年3月5日在第十四届全国人民代表大会第四次会议上' })).toBe('national');
    expect(reportLevel({ title: '政府工作报告', occasion: '2022年1月10日在政协武汉市第十四届委员会第一次会议上' })).toBe('local');
    expect(reportLevel({ title: '国务院关于2025年度国有资产管理情况的综合报告' })).toBe('national');
    expect(reportLevel({ title: '政府工作报告' })).toBe('local');
    expect(reportLevel(undefined)).toBe('local');
  });
});

async function npcsc(edit: (zh: string) => string = (v) => v) {
  const { glossary } = await loadGlossary(path.join(fixture, 'content/glossary.yaml'));
  const { publication } = buildPublication('npcsc-2026', new VFile({ path: 'zh.md', value: edit(readFileSync(path.join(dir, 'zh.md'), 'utf8')) }), new VFile({ path: 'en.md', value: readFileSync(path.join(dir, 'en.md'), 'utf8') }));
  const matcher = createMatcher(glossary);
  annotate(publication, glossary, matcher);
  return { glossary, matcher, publication };
}

describe("人大's note in the NPC Standing Committee's report (new user round 23)", () => {
  it('the glossary as a national report reads it: the national notes; a local report: the same glossary', async () => {
    const { glossary, publication } = await npcsc();
    const view = glossaryForReport(glossary, publication.meta.zh);
    expect(view.byId.get('ren-da')?.note_en).toContain(national);
    expect(view.byId.get('ren-da')?.note_zh).toContain(nationalZh);
    expect(view.entries.find((e) => e.id === 'ren-da')?.note_en).toContain(national);
    // an entry without national notes is itself; the term base itself is untouched
    expect(view.byId.get('shi-wu-wu')).toBe(glossary.byId.get('shi-wu-wu'));
    expect(glossary.byId.get('ren-da')?.note_en).toContain(local);
    expect(glossaryForReport(glossary, { title: '', issuer: '北京市人民代表大会常务委员会' })).toBe(glossary);
  });

  it('the print document (both PDFs) notes 人大 as the national legislature, in each language, from the context the build makes', async () => {
    const { glossary, publication } = await npcsc();
    const t = await createTranslators();
    const context = { t, draft: false, buildDate: new Date('2026-12-04T00:00:00Z'), glossary: glossaryForReport(glossary, publication.meta.zh) };
    // (the print document hyphenates long words with soft hyphens)
    const en = printDocument(publication, context, { layout: 'interleaved', languages: 'en', paper: 'A4' }).replaceAll('\u00ad', '');
    expect(en).toContain(national);
    expect(en).not.toContain(local);
    const zh = printDocument(publication, context, { layout: 'interleaved', languages: 'zh', paper: 'A4' }).replaceAll('\u00ad', '');
    expect(zh).toContain(nationalZh);
  });

  it('the XLIFF export (2.0 and 1.2) hints 人大 with the national note, the term base as given to it', async () => {
    const { glossary, matcher } = await npcsc();
    const zh = readFileSync(path.join(dir, 'zh.md'), 'utf8');
    for (const version of ['2.0', '1.2'] as const) {
      const xliff = await exportXliff({ slug: 'npcsc-2026', zh, version, glossary, matcher });
      expect(xliff).toContain(national);
      expect(xliff).not.toContain(local);
    }
    // guard: the same text at a provincial congress's session keeps the local note
    const provincial = zh.replace('issuer: 全国人民代表大会常务委员会', 'issuer: 北京市人民代表大会常务委员会').replace('在第十四届全国人民代表大会第四次会议上', '在北京市第十六届人民代表大会第四次会议上');
    const xliff = await exportXliff({ slug: 'npcsc-2026', zh: provincial, glossary, matcher });
    expect(xliff).toContain(local);
    expect(xliff).not.toContain(national);
  });

  it('guard: the same text issued by a provincial congress, at its own session, reads the term base unchanged', async () => {
    const { glossary, publication } = await npcsc((zh) => zh.replace('issuer: 全国人民代表大会常务委员会', 'issuer: 北京市人民代表大会常务委员会').replace('在第十四届全国人民代表大会第四次会议上', '在北京市第十六届人民代表大会第四次会议上'));
    expect(glossaryForReport(glossary, publication.meta.zh)).toBe(glossary);
  });

  it('the built HTML, EPUB and both PDFs show the national note (was: "the local legislature")', async () => {
    const root = tempProject(fixture);
    const result = await build({ root, only: ['html', 'epub', 'pdf'], env: { SOURCE_DATE_EPOCH: undefined } });
    expect(result.ok, JSON.stringify(result.counts)).toBe(true);
    const html = readFileSync(path.join(root, 'dist/npcsc-2026/index.html'), 'utf8');
    expect(html).toContain(national);
    expect(html).not.toContain(local);
    const epub = execFileSync('unzip', ['-p', path.join(root, 'dist/npcsc-2026/npcsc-2026.epub'), 'EPUB/*.xhtml'], { encoding: 'utf8' });
    expect(epub).toContain(national);
    expect(epub).not.toContain(local);
    for (const pdf of ['npcsc-2026.pdf', 'npcsc-2026.en.pdf']) {
      // (pdftotext keeps the print's soft hyphens; its lines joined with spaces)
      const text = execFileSync('pdftotext', [path.join(root, 'dist/npcsc-2026', pdf), '-'], { encoding: 'utf8' }).replaceAll('\u00ad', '').replace(/\s+/g, ' ');
      expect(text, pdf).toContain(national);
      expect(text, pdf).not.toContain(local);
    }
  }, 300_000);
});

/**
 * More entries whose meaning differs by level (stop 44 left: 政协 had no national note). 政协 in the term base, and in
 * new user round 12's project 政协 and 提案 — its 2010 report on proposals is the CPPCC National Committee's own.
 */
describe('national notes beyond 人大: 政协, 提案', () => {
  const cppccNational = { title: '关于政协十一届二次会议以来提案工作情况的报告', issuer: '中国人民政治协商会议全国委员会常务委员会' };

  it("the term base's 政协: the National Committee and the two sessions in a national report, committees at each level in a local one", async () => {
    const { glossary } = await loadGlossary(path.join(import.meta.dirname, '../content/glossary.yaml'));
    const national = glossaryForReport(glossary, cppccNational).byId.get('zheng-xie')!;
    expect(national.note_en).toContain('National Committee');
    expect(national.note_en).toContain('"two sessions"');
    expect(national.note_zh).toContain('全国委员会');
    // Haidian (a district government's report) keeps the local note
    const haidian = readFileSync(path.join(import.meta.dirname, '../content/reports/haidian-2021/zh.md'), 'utf8');
    const { publication } = buildPublication('haidian-2021', new VFile({ path: 'zh.md', value: haidian }));
    expect(reportLevel(publication.meta.zh)).toBe('local');
    // (stop 46: committees down to the county — there is none at the township — was "committees at each level")
    expect(glossaryForReport(glossary, publication.meta.zh).byId.get('zheng-xie')!.note_en).toContain('committees at national, provincial, city and county level');
  });

  it("round 12's CPPCC report shows the national notes of 政协 and 提案 on its page (the local notes nowhere)", async () => {
    const root = tempProject(path.join(import.meta.dirname, 'fixtures/newuser-round12'));
    const result = await build({ root, only: ['html'], env: { SOURCE_DATE_EPOCH: undefined } });
    expect(result.ok, JSON.stringify(result.counts)).toBe(true);
    const html = readFileSync(path.join(root, 'dist/cppcc-proposals-2010/index.html'), 'utf8');
    // (the editions set apostrophes curly)
    expect(html).toContain('Its National Committee, over 2,000 members');
    expect(html).toContain('the Committee on Proposals places it on file');
    // (stop 47, new user round 27: a note's Chinese is printed in the report's own script — round 12's page is traditional,
    // so the note reads 經提案委員會審查立案後; it printed the term base's simplified form before)
    expect(html).toContain('經提案委員會審查立案後');
    expect(html).not.toContain('经提案委员会审查立案后');
    expect(html).not.toContain('to the government.</p>'); // the local 政协 note's end
    expect(html).not.toContain('submits for the government to consider');
  }, 180_000);
});
