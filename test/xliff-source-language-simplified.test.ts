/**
 * Round 28's gap, closed in new user round 29: a report in SIMPLIFIED characters from Macao, Hong Kong or Taiwan — the
 * zh-hans pages gov.mo and gov.hk publish beside their traditional ones — was told to a CAT tool as zh-CN ("Chinese (PRC)"),
 * the script deciding before the region. Now the region its issuer names with the script, zh-Hans-MO, zh-Hans-HK, zh-Hans-TW;
 * a simplified text whose issuer names no such region stays zh-CN (a mainland report, from any host). OmegaT 3.6 reads
 * zh-Hans-MO as zh-MO and fills and writes the project (newuser29-fixture runs it).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { buildPublication } from '../pipeline/model/load.ts';
import { sourceLanguageTag } from '../pipeline/model/script.ts';
import { exportXliff } from '../pipeline/translate/index.ts';
import { makeOmegatProject } from '../pipeline/translate/omegat.ts';

const sourceLanguage12 = (xml: string) => /source-language="([^"]*)"/u.exec(xml)?.[1];
const srcLang20 = (xml: string) => /<xliff [^>]*srcLang="([^"]*)"/u.exec(xml)?.[1];
// Macao's 2020 budget address (test/fixtures/newuser-round27) as gov.mo's zh-hans page prints it: simplified characters
const zh = (issuer: string, source = 'https://www.gov.mo/zh-hans/news/1') =>
  `---\ntitle: 二〇二〇年财政年度施政报告\nissuer: ${issuer}\nsource: ${source}\n---\n\n主席，各位议员：这是过去一年来的施政报告，请各位审议。 {#p-aaaaaa}\n\n特区政府将继续坚持“一国两制”、“澳人治澳”、高度自治的方针。 {#p-bbbbbb}\n`;
const tag = (markdown: string) => sourceLanguageTag(buildPublication('t', new VFile({ path: 'zh.md', value: markdown })).publication);

describe('XLIFF source language: simplified characters from Macao, Hong Kong or Taiwan', () => {
  it('Macao’s address in simplified characters is zh-Hans-MO in XLIFF 1.2 and 2.0 (was: zh-CN)', async () => {
    const macao = zh('澳门特别行政区政府');
    expect(sourceLanguage12(await exportXliff({ slug: 'mo', zh: macao, version: '1.2' }))).toBe('zh-Hans-MO');
    expect(srcLang20(await exportXliff({ slug: 'mo', zh: macao }))).toBe('zh-Hans-MO');
  });

  it('Hong Kong’s is zh-Hans-HK, Taiwan’s zh-Hans-TW (was: zh-CN)', () => {
    expect(tag(zh('香港特别行政区政府', 'https://www.policyaddress.gov.hk/2017/sim/1.html'))).toBe('zh-Hans-HK');
    expect(tag(zh('台湾省政府'))).toBe('zh-Hans-TW');
  });

  it('guard: a simplified report whose issuer names no such region stays zh-CN, from any host; a traditional one as before', () => {
    expect(tag(zh('中华人民共和国国务院'))).toBe('zh-CN');
    expect(tag(zh('北京市海淀区人民政府', 'https://hk.crntt.com/doc/1.html'))).toBe('zh-CN');
    // no issuer: the host is not enough for a simplified text
    expect(tag(zh('', 'https://www.gov.mo/zh-hans/news/1').replace(/^issuer: \n/mu, ''))).toBe('zh-CN');
    const traditional = zh('澳門特別行政區政府').replace('二〇二〇年财政年度施政报告', '二〇二〇年財政年度施政報告').replace('这是过去一年来的施政报告，请各位审议', '這是過去一年來的施政報告，請各位審議').replace('特区政府将继续坚持“一国两制”、“澳人治澳”、高度自治的方针', '特區政府將繼續堅持“一國兩制”、“澳人治澳”、高度自治的方針');
    expect(tag(traditional)).toBe('zh-MO');
  });
});

describe('the OmegaT project of a simplified Macao text', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'xliff-hans-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('says <source_lang>zh-Hans-MO</source_lang> (was: zh-CN)', async () => {
    const dir = path.join(temp, 'mo');
    await makeOmegatProject(dir, tag(zh('澳门特别行政区政府')));
    expect(readFileSync(path.join(dir, 'omegat.project'), 'utf8')).toContain('<source_lang>zh-Hans-MO</source_lang>');
  });
});
