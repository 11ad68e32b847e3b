/**
 * The edition's publisher (`publisher:` in duizhao.config.yaml) — new user, round 12: a think tank that
 * publishes several reports from one project under its own name. Without it every page said "对照 Duizhao"
 * in its masthead, the catalogue was titled "… — Duizhao", and the EPUB named the report's issuer (a
 * district government, the CPPCC) as the publisher of the think tank's bilingual edition.
 * With it: the masthead and the catalogue name the publisher, every page carries og:site_name, the
 * colophon of every edition says who published the edition, and the EPUB's dc:publisher is the publisher
 * (the issuer stays the author, dc:creator). Guards: without the key, all is as before.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../pipeline/config/index.ts';
import { defaultConfig, type Config } from '../pipeline/config/types.ts';
import { htmlRenderer, renderCatalogue } from '../pipeline/render/html/index.ts';
import { packageDocument } from '../pipeline/render/epub/package-document.ts';
import { epubStringsIn } from '../pipeline/render/epub/strings.ts';
import { composeDocuments } from '../pipeline/render/epub/documents.ts';
import { printDocument } from '../pipeline/render/pdf/document.ts';
import { createTranslators } from '../templates/i18n.ts';
import { fixturePublication, glossary } from './fixtures/html/publication.ts';

const publisher = { en: 'Example Institute for China Studies', zh: '示例中国研究院' };
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function html(config: Config): Promise<{ page: ReturnType<typeof fromHtml>; catalogue: ReturnType<typeof fromHtml> }> {
  const dist = await mkdtemp(path.join(os.tmpdir(), 'duizhao-publisher-'));
  dirs.push(dist);
  const t = await createTranslators();
  const pub = fixturePublication();
  await htmlRenderer.render(pub, { config, outDir: path.join(dist, pub.slug), distDir: dist, t, draft: true, buildDate: new Date('2026-01-02T00:00:00Z'), glossary });
  await renderCatalogue([pub], { distDir: dist, t, config });
  return {
    page: fromHtml(await readFile(path.join(dist, pub.slug, 'index.html'), 'utf8')),
    catalogue: fromHtml(await readFile(path.join(dist, 'index.html'), 'utf8')),
  };
}

const siteName = (tree: ReturnType<typeof fromHtml>) => select('meta[property="og:site_name"]', tree)?.properties.content;
const colophonRow = (tree: ReturnType<typeof fromHtml>) =>
  selectAll('.colophon-row', tree).map((row) => toString(row).replaceAll('\u00ad', '')).find((row) => row.includes('Edition published by'));

describe('publisher: the config key', () => {
  it('is read from duizhao.config.yaml (English required, Chinese optional)', () => {
    const { config, file } = parseConfig(`publisher:\n  en: ${publisher.en}\n  zh: ${publisher.zh}\n`, 'duizhao.config.yaml');
    expect(file.messages).toEqual([]);
    expect(config.publisher).toEqual(publisher);
  });

  it('refuses a publisher without its English name, at the key (guard)', () => {
    const { file } = parseConfig(`publisher:\n  zh: ${publisher.zh}\n`, 'duizhao.config.yaml');
    expect(file.messages.map((m) => `${m.line}:${m.ruleId}`)).toEqual(['1:invalid-value']);
  });
});

describe('publisher: the HTML edition and the catalogue', () => {
  it('names the publisher in the masthead, the catalogue, og:site_name and the colophon', async () => {
    const { page, catalogue } = await html({ ...defaultConfig, publisher });
    expect(toString(select('a.home', page)!)).toBe(`${publisher.zh} ${publisher.en}`);
    expect(siteName(page)).toBe(publisher.en);
    expect(siteName(catalogue)).toBe(publisher.en);
    expect(toString(select('title', catalogue)!)).toBe(`报告 · Reports — ${publisher.en}`);
    expect(toString(select('.catalogue .publisher', catalogue)!)).toBe(`${publisher.zh} · ${publisher.en}`);
    expect(colophonRow(page)).toContain(publisher.en);
    expect(colophonRow(page)).toContain(publisher.zh);
  });

  it('without a publisher, reads as before: 对照 Duizhao, no site name, no publisher row (guard)', async () => {
    const { page, catalogue } = await html(defaultConfig);
    expect(toString(select('a.home', page)!)).toBe('对照 Duizhao');
    expect(siteName(page)).toBeUndefined();
    expect(toString(select('title', catalogue)!)).toBe('报告 · Reports — Duizhao');
    expect(select('.catalogue .publisher', catalogue)).toBeUndefined();
    expect(colophonRow(page)).toBeUndefined();
  });
});

describe('publisher: the EPUB and the PDF', () => {
  const opf = (withPublisher: boolean) =>
    packageDocument({ pub: fixturePublication(), variant: 'bilingual', items: [], modified: new Date(0), strings: epubStringsIn('zh-Hans'), ...(withPublisher ? { publisher } : {}) });

  it("the EPUB's dc:publisher is the publisher; the issuer stays its creator", () => {
    const xml = opf(true);
    expect(xml).toContain(`<dc:publisher xml:lang="en">${publisher.en}</dc:publisher>`);
    expect(xml).toContain(`<dc:publisher xml:lang="zh-Hans">${publisher.zh}</dc:publisher>`);
    expect(xml).not.toMatch(/<dc:publisher[^>]*>北京市海淀区人民政府</);
    expect(xml).toMatch(/<dc:creator[^>]*>北京市海淀区人民政府</);
  });

  it('without a publisher the issuer is the publisher, as before (guard)', () => {
    expect(opf(false)).toMatch(/<dc:publisher[^>]*>北京市海淀区人民政府</);
  });

  it("the PDF's colophon says who published the edition", async () => {
    const t = await createTranslators();
    const ctx = { t, draft: true, glossary, buildDate: new Date(0) };
    const withIt = fromHtml(printDocument(fixturePublication(), { ...ctx, config: { publisher } }, { layout: 'interleaved', languages: 'bilingual', paper: 'A4' }, { paginate: false }));
    expect(colophonRow(withIt)).toContain(publisher.en);
    const without = fromHtml(printDocument(fixturePublication(), ctx, { layout: 'interleaved', languages: 'bilingual', paper: 'A4' }, { paginate: false }));
    expect(colophonRow(without)).toBeUndefined();
  });
});

describe('the online edition named in the EPUB and the PDF', () => {
  // New user, round 12: a think tank hosting the HTML edition at site.baseUrl — a PDF or EPUB passed on by
  // email said nowhere where the web edition is (baseUrl filled only the HTML's canonical and og:url).
  const online = (tree: ReturnType<typeof fromHtml>) =>
    selectAll('.colophon-row', tree).find((row) => toString(row).replaceAll('\u00ad', '').includes('Online edition'));
  const site = { baseUrl: 'https://example.org/reports/duizhao' };

  it("the PDF's colophon links the report's page under site.baseUrl", async () => {
    const t = await createTranslators();
    const ctx = { t, draft: true, glossary, buildDate: new Date(0) };
    const tree = fromHtml(printDocument(fixturePublication(), { ...ctx, config: { site, editions: ['html', 'pdf'] } }, { layout: 'interleaved', languages: 'bilingual', paper: 'A4' }, { paginate: false }));
    expect(selectAll('a', online(tree)!).map((a) => a.properties.href)).toEqual(['https://example.org/reports/duizhao/basic/']);
  });

  it('no row without a base URL, or when no HTML edition is built (guards)', async () => {
    const t = await createTranslators();
    const ctx = { t, draft: true, glossary, buildDate: new Date(0) };
    const edition = { layout: 'interleaved', languages: 'bilingual', paper: 'A4' } as const;
    expect(online(fromHtml(printDocument(fixturePublication(), { ...ctx, config: { site: {}, editions: ['html', 'pdf'] } }, edition, { paginate: false })))).toBeUndefined();
    expect(online(fromHtml(printDocument(fixturePublication(), { ...ctx, config: { site, editions: ['pdf'] } }, edition, { paginate: false })))).toBeUndefined();
  });

  it("the EPUB's colophon links it too", async () => {
    const t = await createTranslators();
    const input = { pub: fixturePublication(), variant: 'bilingual' as const, langs: ['zh', 'en'] as Array<'zh' | 'en'>, t, glossary, draft: true, buildDate: new Date(0), styles: [], onlineUrl: 'https://example.org/reports/duizhao/basic/' };
    const colophonDoc = composeDocuments(input).find((doc) => doc.id === 'colophon')!;
    expect(selectAll('a', online(colophonDoc.html as never)!).map((a) => a.properties.href)).toEqual(['https://example.org/reports/duizhao/basic/']);
  });

  it("the HTML page, itself the online edition, has no such row (guard)", async () => {
    const { page } = await html({ ...defaultConfig, site });
    expect(online(page)).toBeUndefined();
  });
});
