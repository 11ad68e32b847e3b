/**
 * The source language a CAT tool is told (new user round 27's gap, fixed in round 28): the XLIFF export and the OmegaT
 * project said zh-CN ("Chinese (PRC)" in memoQ and Trados) for every report — for Macao's address in traditional
 * characters too. A report in traditional characters now carries the region its issuer names (zh-MO, zh-HK, zh-TW),
 * else its source host's (.mo .hk .tw) when no issuer is given, else zh-Hant; one in simplified characters stays zh-CN.
 * OmegaT 3.6's console mode reads zh-MO and zh-Hant (newuser28-fixture runs it).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportXliff, importXliff } from '../pipeline/translate/index.ts';
import { makeOmegatProject } from '../pipeline/translate/omegat.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const report = (round: string, slug: string, file = 'zh.md') => readFileSync(path.join(fixtures, round, 'content/reports', slug, file), 'utf8');
const sourceLanguage12 = (xml: string) => /source-language="([^"]*)"/u.exec(xml)?.[1];
const srcLang20 = (xml: string) => /<xliff [^>]*srcLang="([^"]*)"/u.exec(xml)?.[1];

describe('XLIFF source language: the report’s script and region', () => {
  const macao = report('newuser-round27', 'macao-2020-budget-conclusion');

  it('Macao’s address in traditional characters is zh-MO in XLIFF 1.2 and 2.0 (was: zh-CN)', async () => {
    expect(sourceLanguage12(await exportXliff({ slug: 'macao', zh: macao, version: '1.2' }))).toBe('zh-MO');
    expect(srcLang20(await exportXliff({ slug: 'macao', zh: macao }))).toBe('zh-MO');
  });

  it('Hong Kong’s policy address is zh-HK; the CPPCC’s report from a Big5 mirror zh-Hant, its issuer no region (was: zh-CN)', async () => {
    const hk = report('newuser-round16', 'hk-policy-address-2017-intro');
    expect(sourceLanguage12(await exportXliff({ slug: 'hk', zh: hk, version: '1.2' }))).toBe('zh-HK');
    const cppcc = report('newuser-round12', 'cppcc-proposals-2010');
    expect(sourceLanguage12(await exportXliff({ slug: 'cppcc', zh: cppcc, version: '1.2' }))).toBe('zh-Hant');
  });

  it('no issuer: the source host’s region (.tw) — a traditional text from a Taiwan host is zh-TW (was: zh-CN)', async () => {
    const zh = '---\ntitle: 一一二年度施政報告\nsource: https://www.example.gov.tw/news/1\n---\n\n各位議員：這是過去一年來的施政報告，請審議。 {#p-1}\n';
    expect(sourceLanguage12(await exportXliff({ slug: 'tw', zh, version: '1.2' }))).toBe('zh-TW');
    expect(sourceLanguage12(await exportXliff({ slug: 'tw', zh: zh.replace('.gov.tw', '.gov.cn'), version: '1.2' }))).toBe('zh-Hant');
  });

  it('guard: a report in simplified characters stays zh-CN, from any host (round 26, and Macao’s text made simplified)', async () => {
    expect(sourceLanguage12(await exportXliff({ slug: 'sm', zh: report('newuser-round26', 'sanming-final-accounts-2023'), version: '1.2' }))).toBe('zh-CN');
    const zh = '---\ntitle: 二〇二〇年财政年度施政报告\nsource: https://gov.mo/zh-hans/news/1\n---\n\n主席，各位议员：这是过去一年来的施政报告。 {#p-1}\n';
    expect(sourceLanguage12(await exportXliff({ slug: 'mo', zh, version: '1.2' }))).toBe('zh-CN');
    // a tag the caller gives is kept
    expect(sourceLanguage12(await exportXliff({ slug: 'macao', zh: macao, version: '1.2', sourceLanguage: 'zh-Hant-MO' }))).toBe('zh-Hant-MO');
  });

  it('guard: an XLIFF saying zh-MO imports as one saying zh-CN did', async () => {
    const en = report('newuser-round27', 'macao-2020-budget-conclusion', 'en.md');
    const xliff = (await exportXliff({ slug: 'macao', zh: macao, en, version: '1.2' })).replace(/source-language="[^"]*"/u, 'source-language="zh-MO"');
    const back = await importXliff({ xliff, zh: macao, en });
    const before = await importXliff({ xliff: xliff.replace('source-language="zh-MO"', 'source-language="zh-CN"'), zh: macao, en });
    expect(back.file.messages.filter((m) => m.fatal)).toEqual([]);
    expect(back.value).toBe(before.value);
  });
});

describe('the OmegaT project’s source language', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'xliff-lang-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('is the report’s: <source_lang>zh-MO</source_lang> (was: zh-CN whatever the report)', async () => {
    const dir = path.join(temp, 'mo');
    await makeOmegatProject(dir, 'zh-MO');
    const project = readFileSync(path.join(dir, 'omegat.project'), 'utf8');
    expect(project).toContain('<source_lang>zh-MO</source_lang>');
    expect(project).not.toContain('zh-CN');
  });

  it('a translator’s own project file is kept, and its other language said (was: not read)', async () => {
    const dir = path.join(temp, 'kept');
    await makeOmegatProject(dir, 'zh-CN');
    const again = await makeOmegatProject(dir, 'zh-MO');
    expect(again.kept).toContain('omegat.project');
    expect(again.keptLang).toBe('zh-CN');
    expect(readFileSync(path.join(dir, 'omegat.project'), 'utf8')).toContain('<source_lang>zh-CN</source_lang>');
  });
});
