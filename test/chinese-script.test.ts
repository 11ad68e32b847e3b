/**
 * A report in traditional characters is tagged zh-Hant in every edition (pipeline/model/script.ts) — new user,
 * round 12: the CPPCC's 2010 proposals report, copied from a traditional-character mirror, was tagged zh-Hans
 * everywhere (its paragraphs and title in the HTML, the EPUB's dc:language and documents, the PDF's /Lang), which
 * tells screen readers and reading systems it is simplified Chinese. The edition's own UI strings (templates/locales,
 * simplified) stayed zh-Hans until round 16 (a Hong Kong policy address): they are now in the report's script too, 目錄,
 * 術語表, 已全部譯出 and tagged zh-Hant (templates/i18n.ts). The print edition's Chinese typography applies to both scripts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { defaultConfig } from '../pipeline/config/types.ts';
import { buildPublication, chineseScript, chineseTag } from '../pipeline/model/index.ts';
import { reportPage } from '../pipeline/render/html/page.ts';
import { packageDocument } from '../pipeline/render/epub/package-document.ts';
import { epubStringsIn } from '../pipeline/render/epub/strings.ts';
import { printDocument } from '../pipeline/render/pdf/document.ts';
import { compressPunctuation } from '../pipeline/render/pdf/typography.ts';
import { createTranslators } from '../templates/i18n.ts';

const round12 = path.join(import.meta.dirname, 'fixtures/newuser-round12/content/reports');
function load(dir: string, slug: string) {
  const read = (file: string) => new VFile({ path: file, value: readFileSync(path.join(dir, slug, file), 'utf8') });
  return buildPublication(slug, read('zh.md'), read('en.md')).publication;
}
const cppcc = () => load(round12, 'cppcc-proposals-2010');
const jinghai = () => load(round12, 'jinghai-law-2023');
const haidian = () => load(path.join(import.meta.dirname, '../content/reports'), 'haidian-2021');

describe('chineseScript', () => {
  it('reads the traditional report as zh-Hant, the simplified ones as zh-Hans', () => {
    expect(chineseTag(cppcc())).toBe('zh-Hant');
    expect(chineseTag(jinghai())).toBe('zh-Hans');
    expect(chineseTag(haidian())).toBe('zh-Hans');
  });

  it('a simplified text quoting a traditional title, or a traditional one with a few simplified forms, keeps its script (guards)', () => {
    expect(chineseScript('会议审议了《政府工作報告》，并对今后工作提出了意见和建议。')).toBe('zh-Hans');
    expect(chineseScript('會議審議了《政府工作报告》，並對今後工作提出了意見和建議。')).toBe('zh-Hant');
    // characters both scripts write alike (人民, 工作, 提案) are no evidence either way
    expect(chineseScript('人民提案工作')).toBe('zh-Hans');
  });
});

describe('the editions of a report in traditional characters', () => {
  it('HTML: its title, headings, paragraphs and title block are zh-Hant, and the UI in traditional characters too', async () => {
    const t = await createTranslators('zh-Hant');
    const { tree } = reportPage(cppcc(), { config: defaultConfig, outDir: '', distDir: '', t, draft: false, buildDate: new Date(0) });
    const root = tree as Root;
    const blocks = selectAll('[data-block] > [lang^=zh]', root).map((e) => e.properties.lang);
    expect(blocks.length).toBe(2);
    expect(new Set(blocks)).toEqual(new Set(['zh-Hant']));
    expect(select('.title-zh', root)?.properties.lang).toBe('zh-Hant');
    expect(select('.title-meta.meta-zh', root)?.properties.lang).toBe('zh-Hant');
    expect(select('.view-switch button[data-view=zh]', root)?.properties.lang).toBe('zh-Hant');
    // the colophon: the report's own words (issuer, scope note) and the edition's (translation status) in its script
    const colophon = selectAll('.colophon-row dd[lang^=zh]', root).map((dd) => `${dd.properties.lang} ${toString(dd).slice(0, 4)}`);
    expect(colophon).toContain('zh-Hant 中國人民');
    expect(colophon).toContain('zh-Hant 節選：報');
    expect(colophon).toContain('zh-Hant 已全部譯');
    expect(JSON.parse(String((select('script[type="application/ld+json"]', root)?.children[0] as { value: string }).value)).inLanguage).toEqual(['zh-Hant', 'en']);
  });

  it('HTML of a simplified report: zh-Hans as before (guard)', async () => {
    const t = await createTranslators();
    const { tree } = reportPage(jinghai(), { config: defaultConfig, outDir: '', distDir: '', t, draft: false, buildDate: new Date(0) });
    expect(new Set(selectAll('[data-block] > [lang^=zh]', tree as Root).map((e) => e.properties.lang))).toEqual(new Set(['zh-Hans']));
  });

  it("EPUB: dc:language, the package's and the Chinese title's xml:lang are zh-Hant, and the rights statement (UI) in traditional characters", () => {
    const opf = packageDocument({ pub: cppcc(), variant: 'bilingual', items: [], modified: new Date(0), strings: epubStringsIn('zh-Hant') });
    expect(opf).toContain('<dc:language>zh-Hant</dc:language>');
    expect(opf).not.toContain('<dc:language>zh-Hans</dc:language>');
    expect(opf).toMatch(/<package [^>]*xml:lang="zh-Hant"/);
    expect(opf).toMatch(/<dc:title id="title-zh" xml:lang="zh-Hant">/);
    expect(opf).toMatch(/<dc:rights xml:lang="zh-Hant">中文為發佈機關的正式文本/);
  });

  it("PDF: the document is zh-Hant, and the Chinese typography (punctuation compressed) applies to its text", async () => {
    const t = await createTranslators();
    const html = printDocument(cppcc(), { t, draft: false, buildDate: new Date(0) }, { layout: 'interleaved', languages: 'bilingual', paper: 'A4' }, { paginate: false });
    const tree = fromHtml(html);
    expect(select('html', tree)?.properties.lang).toBe('zh-Hant');
    expect(select('[data-block="p-1a8b1a"] > p[lang=zh-Hant]', tree)).toBeDefined();
    // a pair of marks set half-width, as in simplified text (“審議。”）
    for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
      const paragraph = fromHtml(`<p lang="${lang}">請予審議。”（羅富和）</p>`, { fragment: true });
      compressPunctuation(paragraph);
      expect(selectAll('span.halt', paragraph).length, lang).toBe(lang === 'en' ? 0 : 2);
    }
  });
});
