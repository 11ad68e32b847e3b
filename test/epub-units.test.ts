/** Small parts of the EPUB renderer, checked on their own. */
import path from 'node:path';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { Publication, TermRef } from '../pipeline/model/types.ts';
import { buildEpub } from '../pipeline/render/epub/build.ts';
import { withNoteCarriers } from '../pipeline/render/epub/carriers.ts';
import { outlineLevels } from '../pipeline/render/epub/documents.ts';
import { bookIdentifier, w3cDateTime } from '../pipeline/render/epub/package-document.ts';
import { expandIs, resolveCustomProperties } from '../pipeline/render/epub/styles.ts';
import { epubFileName, langOrder } from '../pipeline/render/epub/variant.ts';
import { zipEpub } from '../pipeline/render/epub/zip.ts';
import { loadFixture } from './fixtures/epub/annotate.ts';
import { buildFixture, here, t } from './fixtures/epub/build.ts';
import { Book, elements, hasType, readZip, textOf } from './fixtures/epub/inspect.ts';

const refs = (pub: Publication, lang: 'zh' | 'en') => {
  const out: TermRef[] = [];
  for (const block of pub.blocks) {
    const tree = lang === 'zh' ? block.zh : block.en;
    if (tree) visit(tree, 'termRef', (ref: TermRef) => void out.push(ref));
  }
  return out;
};

describe('note carriers', () => {
  it('move the note call to the Chinese occurrence for a Chinese-only book, without touching the input', () => {
    const { publication } = loadFixture(path.join(here, 'basic'));
    const before = JSON.stringify(publication.blocks.map((b) => [b.zh, b.en]));
    const zhOnly = withNoteCarriers(publication, ['zh']);
    expect(JSON.stringify(publication.blocks.map((b) => [b.zh, b.en]))).toBe(before);
    const notes = new Set(publication.notes.map((n) => n.noteId));
    const carried = new Set(refs(zhOnly, 'zh').filter((r) => r.first).map((r) => r.noteId));
    expect(carried).toEqual(notes);
    // One carrier per note.
    expect(refs(zhOnly, 'zh').filter((r) => r.first)).toHaveLength(notes.size);
    // Sections point at the copied blocks.
    expect(zhOnly.sections.flatMap((s) => s.blocks)).toEqual(zhOnly.blocks);
    // Bilingual: the English occurrence keeps the call.
    const both = withNoteCarriers(publication, ['zh', 'en']);
    expect(refs(both, 'zh').some((r) => r.first)).toBe(false);
    expect(refs(both, 'en').filter((r) => r.first)).toHaveLength(notes.size);
  });
});

describe('stylesheet lowering', () => {
  it('resolves custom properties declared on :root, with fallbacks', () => {
    const vars = new Map<string, string>();
    const css = resolveCustomProperties(':root { --a: red; --b: var(--a); }\np { color: var(--b); background: var(--none, blue); }', vars);
    expect(css).toContain('p { color: red; background: blue; }');
    expect(css).not.toContain('--');
  });

  it('computes the calc() of constants the custom properties leave (the heading scales), not one that mixes units', () => {
    const css = resolveCustomProperties(':root { --s: 1.45; --p: 0.75em; }\nh2 { font-size: calc(var(--s) * 1em); }\nh2 i { font-size: calc(var(--p) / var(--s)); }\ndiv { width: calc(100% - 2em); }', new Map());
    expect(css).toContain('h2 { font-size: 1.45em; }');
    expect(css).toContain('h2 i { font-size: 0.5172413793em; }');
    expect(css).toContain('div { width: calc(100% - 2em); }');
  });

  it('expands :is() selector lists, nested in compound and descendant selectors', () => {
    expect(expandIs(':is(h1, h2):lang(en), :is(h1, h2) :lang(en) { x: 1 }')).toBe('h1:lang(en),\nh2:lang(en),\nh1 :lang(en),\nh2 :lang(en) { x: 1 }');
    expect(expandIs('@media print { :is(a, b) c { y: 2 } }')).toBe('@media print { a c,\nb c { y: 2 } }');
    expect(expandIs('p:lang(zh) { z: 3 }')).toBe('p:lang(zh) { z: 3 }');
  });

  it('expands :where() as :is() (EPUBCheck 5 refuses it: CSS-008 "Token .block-h2 not allowed here")', () => {
    expect(expandIs(':where(.block-h4, .block-h5) .pending-label { x: 1 }')).toBe('.block-h4 .pending-label,\n.block-h5 .pending-label { x: 1 }');
    expect(expandIs(':where(.block-h2) > .en :is(a, b) { y: 2 }')).toBe('.block-h2 > .en a,\n.block-h2 > .en b { y: 2 }');
  });

  it('leaves no :is() or :where() in the EPUB stylesheets', async () => {
    const { epubStylesheets } = await import('../pipeline/render/epub/stylesheets.ts');
    for (const sheet of await epubStylesheets()) expect(sheet.css, sheet.href).not.toMatch(/:(is|where)\(/);
  });

  it('leaves no var() or calc() in the EPUB stylesheets', async () => {
    const { epubStylesheets } = await import('../pipeline/render/epub/stylesheets.ts');
    for (const sheet of await epubStylesheets()) expect(sheet.css, sheet.href).not.toMatch(/\b(var|calc)\(/);
  });
});

describe('identifiers and names', () => {
  it('derive file names and language order from the variant', () => {
    const { publication } = loadFixture(path.join(here, 'basic'));
    expect(epubFileName('haidian-2021', 'bilingual')).toBe('haidian-2021.epub');
    expect(epubFileName('haidian-2021', 'en')).toBe('haidian-2021.en.epub');
    expect(langOrder('bilingual', publication)).toEqual(['zh', 'en']);
    const draft = loadFixture(path.join(here, 'basic'), { english: false }).publication;
    expect(langOrder('bilingual', draft)).toEqual(['zh']);
  });

  it('give a version-5 UUID that depends on slug and variant only', () => {
    const { publication } = loadFixture(path.join(here, 'basic'));
    const id = bookIdentifier(publication, 'bilingual');
    expect(bookIdentifier(publication, 'bilingual')).toBe(id);
    expect(bookIdentifier({ ...publication, slug: 'other' }, 'bilingual')).not.toBe(id);
    expect(w3cDateTime(new Date(Date.UTC(2021, 11, 15, 8, 5, 3, 250)))).toBe('2021-12-15T08:05:03Z');
  });

  it('number heading levels by the outline, never skipping one', () => {
    const levels = outlineLevels([
      { id: 'a', depth: 2, zh: '', children: [{ id: 'b', depth: 4, zh: '', children: [{ id: 'c', depth: 5, zh: '', children: [] }] }] },
    ]);
    expect([...levels]).toEqual([['a', 1], ['b', 2], ['c', 3]]);
  });
});

describe('zip writer', () => {
  it('clamps dates before 1980 (SOURCE_DATE_EPOCH=0) and refuses duplicate paths', async () => {
    const zip = await zipEpub([{ path: 'a.txt', data: 'a' }], new Date(0));
    const items = await readZip(zip);
    expect(items.map((i) => [i.name, i.dosDate, i.dosTime])).toEqual([
      ['mimetype', (0 << 9) | (1 << 5) | 1, 0],
      ['a.txt', (0 << 9) | (1 << 5) | 1, 0],
    ]);
    await expect(zipEpub([{ path: 'a', data: '' }, { path: 'a', data: '' }], new Date(0))).rejects.toThrow(/Duplicate path/);
  });
});

describe('draft book (no English yet)', () => {
  it('is a Chinese book when there is no English at all, with every block once, marked 译文待补, and its notes reachable', async () => {
    const built = await buildFixture('bilingual', { english: false, draft: true });
    const pages = built.book.pages();
    const blocks = [...pages.values()].flatMap((p) => elements(p).filter((el) => el.attributes['data-block']));
    expect(blocks.map((b) => b.attributes['data-block'])).toEqual(built.pub.blocks.map((b) => b.id));
    const opf = built.book.xml('EPUB/package.opf');
    expect(elements(opf, 'dc:language').map((el) => textOf(el))).toEqual(['zh-Hans']);
    for (const block of blocks) {
      const sides = block.children.filter((c) => c.type === 'element');
      expect(sides.map((s) => s.attributes.lang)).toEqual(['zh-Hans']);
      // the missing English is visibly pending, in the book's language, on every block
      const label = elements(sides[0]).find((el) => (el.attributes.class ?? '').split(' ').includes('pending-label'));
      expect(label && textOf(label), String(block.attributes['data-block'])).toBe('译文待补');
    }
    const title = pages.get('title.xhtml')!;
    expect(elements(title).some((el) => el.attributes.class === 'draft-banner' && textOf(el).includes('草稿版'))).toBe(true);
    for (const note of built.pub.notes) {
      const page = pages.get(`${note.sectionId}.xhtml`)!;
      expect(elements(page, 'a').some((a) => hasType(a, 'noteref') && a.attributes.href === `#${note.noteId}`), note.noteId).toBe(true);
    }
  });
});

describe('partial translation', () => {
  it('marks the untranslated blocks "translation pending" in the English slot', async () => {
    const { publication, glossary } = loadFixture(path.join(here, 'partial'));
    const epub = await buildEpub(publication, { t: await t(), draft: true, buildDate: new Date(0), glossary }, 'bilingual');
    const book = await Book.open(epub.data);
    const blocks = [...book.pages().values()].flatMap((p) => elements(p).filter((el) => el.attributes['data-block']));
    for (const block of publication.blocks) {
      const el = blocks.filter((b) => b.attributes['data-block'] === block.id);
      expect(el).toHaveLength(1);
      const sides = el[0].children.filter((c) => c.type === 'element');
      expect(sides.map((s) => s.attributes['xml:lang'])).toEqual(['zh-Hans', 'en']);
      const pending = (sides[1].attributes.class ?? '').split(' ').includes('pending');
      expect(pending, block.id).toBe(!block.en);
    }
    expect(publication.blocks.filter((b) => !b.en).map((b) => b.id)).toEqual(['p-a00003', 'h-a00005']);
  });
});

describe('cover cache', () => {
  it('draws the same cover from subset fonts as coverSvg from the whole fonts, stores it, and draws again when the title changes', async () => {
    const { cachedCoverSvg, coverSvg } = await import('../pipeline/render/epub/cover.ts');
    const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'dz-cover-'));
    try {
      const { publication } = loadFixture(path.join(here, 'basic'));
      const input = { pub: publication, langs: ['zh', 'en'] as Array<'zh' | 'en'>, t: await t(), alt: 'cover' };
      const cached = await cachedCoverSvg(input, cacheDir);
      expect(cached).toBe(coverSvg(input));
      expect(readdirSync(path.join(cacheDir, 'covers'))).toHaveLength(1);
      const retitled = { ...publication, meta: { ...publication.meta, zh: { ...publication.meta.zh, title: `${publication.meta.zh.title}（修订）` } } };
      const other = await cachedCoverSvg({ ...input, pub: retitled }, cacheDir);
      expect(other).not.toBe(cached);
      expect(other).toBe(coverSvg({ ...input, pub: retitled }));
      expect(readdirSync(path.join(cacheDir, 'covers'))).toHaveLength(2);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('draws a title with a character the face\'s first files lack (二○二三: U+25CB, not 〇) from the chunk that has it, whole or subset', async () => {
    // Whole-corpus build sweep, stop 36: the EPUB of mo-macau-2023-policy-address-gcs-section-tc-heldout34 failed with
    // fontkit's "Could not find a supported cmap table": a file subset to none of the cover's characters has no cmap,
    // and a character the first files lack was looked up there (313e8c2); then ○ was drawn as a blank advance (no
    // outline; from the whole fonts, the .notdef box): Noto Serif SC has it in its numbered chunk 88.
    const { cachedCoverSvg, coverSvg } = await import('../pipeline/render/epub/cover.ts');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'dz-cover-'));
    try {
      const { publication } = loadFixture(path.join(here, 'basic'));
      const input = async (title: string) => ({ pub: { ...publication, meta: { ...publication.meta, zh: { ...publication.meta.zh, title } } }, langs: ['zh'] as Array<'zh' | 'en'>, t: await t(), alt: 'cover' });
      const notdefBox = /M129\.8 14\.2L129\.8 -103\.8L224\.2 -103\.8L224\.2 14\.2Z(?:M[^Z]*Z){4}/;
      const circle = coverSvg(await input('二○二三年財政年度施政報告'));
      const blank = coverSvg(await input('二\u3000二三年財政年度施政報告'));
      expect(circle).not.toMatch(notdefBox);
      // the ring's two contours drawn where the ideographic space draws none
      const contours = (svg: string) => (svg.match(/M/g) ?? []).length;
      expect(contours(circle) - contours(blank)).toBe(2);
      expect(await cachedCoverSvg(await input('二○二三年財政年度施政報告'), cacheDir)).toBe(circle);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('is keyed by the font libraries that draw it too (fontkit: the outlines; subset-font: HarfBuzz\'s subsets)', async () => {
    const { coverKeyMaterial } = await import('../pipeline/render/epub/cover.ts');
    const { readFileSync } = await import('node:fs');
    const { publication } = loadFixture(path.join(here, 'basic'));
    const material = coverKeyMaterial({ pub: publication, langs: ['zh', 'en'], t: await t(), alt: 'cover' }, []);
    for (const pkg of ['fontkit', 'subset-font']) {
      const { version } = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string };
      expect(material, pkg).toContain(`${pkg}@${version}`);
    }
  });
});
