/**
 * The edition's publisher (config `publisher.zh`) is a name of its own: tagged in its own script wherever it is
 * written — the HTML masthead, the catalogue, the PDF's and the EPUB's colophon, the EPUB's dc:publisher — and in
 * the script around it when its characters are written alike in both (model/script.ts nameTag). Was (stop 51's
 * review, "one name, two tags"): zh-Hans in every masthead, the site's script in the catalogue, the report's in the
 * colophon, zh-Hans in the EPUB's dc:publisher — and the EPUB named a traditional report's issuer as its publisher
 * tagged zh-Hans beside the same issuer as its creator tagged zh-Hant.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, describe, expect, it } from 'vitest';
import type { Publisher } from '../pipeline/config/types.ts';
import { defaultConfig } from '../pipeline/config/types.ts';
import type { Publication } from '../pipeline/model/types.ts';
import { nameTag } from '../pipeline/model/script.ts';
import { htmlRenderer, renderCatalogue } from '../pipeline/render/html/index.ts';
import { packageDocument } from '../pipeline/render/epub/package-document.ts';
import { epubStringsIn } from '../pipeline/render/epub/strings.ts';
import { printDocument } from '../pipeline/render/pdf/document.ts';
import { createTranslators } from '../templates/i18n.ts';
import { fixturePublication, glossary } from './fixtures/html/publication.ts';
import { fixtureReport } from './fixture-report.ts';

const macao = fixtureReport(path.join(import.meta.dirname, 'fixtures/newuser-round27'), 'macao-2020-budget-conclusion');
const traditional = () => macao.load(macao.read('en.md')).publication;
const simplified = () => fixturePublication('basic');

const hongKong: Publisher = { en: 'University of Hong Kong Press', zh: '香港大學出版社' }; // 學: a traditional-only character
const mainland: Publisher = { en: 'China Development Press', zh: '中国发展出版社' }; // 国 发 展: simplified-only characters
const neutral: Publisher = { en: 'Institute for Policy Studies', zh: '政策研究所' }; // written alike in both scripts

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** The tag on the publisher's Chinese name in each place that writes it, for one report under one publisher. */
async function tags(pub: Publication, publisher: Publisher): Promise<Record<string, string | undefined>> {
  const dist = await mkdtemp(path.join(os.tmpdir(), 'duizhao-publisher-script-'));
  dirs.push(dist);
  const t = await createTranslators();
  const config = { ...defaultConfig, publisher };
  const translators = (script: 'zh-Hans' | 'zh-Hant') => createTranslators(script);
  await htmlRenderer.render(pub, { config, outDir: path.join(dist, pub.slug), distDir: dist, t, draft: true, buildDate: new Date('2026-01-02T00:00:00Z'), glossary });
  await renderCatalogue([pub], { distDir: dist, t, translators, config });
  const page = fromHtml(await readFile(path.join(dist, pub.slug, 'index.html'), 'utf8'));
  const catalogue = fromHtml(await readFile(path.join(dist, 'index.html'), 'utf8'));
  const named = (tree: Root | Element) => selectAll('[lang]', tree).find((e) => toString(e) === publisher.zh)?.properties.lang as string | undefined;
  const pdf = fromHtml(printDocument(pub, { t, draft: true, glossary, buildDate: new Date(0), config: { publisher } }, { layout: 'interleaved', languages: 'bilingual', paper: 'A4' }, { paginate: false }));
  const opf = packageDocument({ pub, variant: 'bilingual', items: [], modified: new Date(0), strings: epubStringsIn('zh-Hans'), publisher });
  return {
    masthead: select('.site-bar .home strong', page)?.properties.lang as string | undefined,
    pageColophon: named(select('.colophon', page) ?? page),
    catalogue: select('p.publisher [lang]', catalogue)?.properties.lang as string | undefined,
    pdfColophon: named(pdf),
    epubPublisher: new RegExp(`<dc:publisher xml:lang="([^"]+)">${publisher.zh}<`).exec(opf)?.[1],
  };
}

const everywhere = (tag: string) => ({ masthead: tag, pageColophon: tag, catalogue: tag, pdfColophon: tag, epubPublisher: tag });

describe("the publisher's Chinese name, tagged in its own script", () => {
  it('nameTag: a name with script-specific characters keeps its script; one written alike takes the script around it', () => {
    expect(nameTag(hongKong.zh!, 'zh-Hans')).toBe('zh-Hant');
    expect(nameTag(mainland.zh!, 'zh-Hant')).toBe('zh-Hans');
    expect(nameTag(neutral.zh!, 'zh-Hans')).toBe('zh-Hans');
    expect(nameTag(neutral.zh!, 'zh-Hant')).toBe('zh-Hant');
  });

  it('a Hong Kong publisher of a mainland report: zh-Hant everywhere (was zh-Hans in the masthead, catalogue, colophons and EPUB)', async () => {
    expect(await tags(simplified(), hongKong)).toEqual(everywhere('zh-Hant'));
  });

  it('a mainland publisher of a Macao report: zh-Hans everywhere (was zh-Hant in the catalogue and colophons)', async () => {
    expect(await tags(traditional(), mainland)).toEqual(everywhere('zh-Hans'));
  });

  it("a name written alike in both scripts takes the report's: zh-Hant beside a traditional report (was zh-Hans in the masthead and EPUB)", async () => {
    expect(await tags(traditional(), neutral)).toEqual(everywhere('zh-Hant'));
  });

  it('and zh-Hans beside a simplified one, as before (guard)', async () => {
    expect(await tags(simplified(), neutral)).toEqual(everywhere('zh-Hans'));
  });

  it("without a publisher, a traditional report's issuer is the EPUB's publisher, tagged as its creator is: zh-Hant (was zh-Hans)", () => {
    const pub = traditional();
    const opf = packageDocument({ pub, variant: 'bilingual', items: [], modified: new Date(0), strings: epubStringsIn('zh-Hant') });
    const issuer = pub.meta.zh.issuer!;
    expect(opf).toContain(`<dc:creator id="creator-zh" xml:lang="zh-Hant">${issuer}</dc:creator>`);
    expect(opf).toContain(`<dc:publisher xml:lang="zh-Hant">${issuer}</dc:publisher>`);
  });
});
