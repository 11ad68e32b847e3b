/**
 * The EPUB edition, checked on the unzipped container: OCF rules, package
 * metadata, navigation, notes, block coverage, language tagging, fonts.
 */
import * as fontkit from 'fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { termsAsWritten } from '../pipeline/glossary/written.ts';
import { formPinyin } from '../pipeline/glossary/form-pinyin.ts';
import type { Element } from 'xast';
import { bookIdentifier } from '../pipeline/render/epub/package-document.ts';
import path from 'node:path';
import { loadPublication } from '../pipeline/model/index.ts';
import { buildEpub } from '../pipeline/render/epub/index.ts';
import { BUILD_DATE, buildFixture, buildHaidian, repo, t, type Built } from './fixtures/epub/build.ts';
import { Book, byId, elements, hasType, textOf } from './fixtures/epub/inspect.ts';
import { displayPublication, typographicQuotesOf } from '../templates/typographic-quotes.ts';

let bilingual: Built;
let english: Built;
let chinese: Built;
let haidian: Built;

beforeAll(async () => {
  bilingual = await buildFixture('bilingual');
  english = await buildFixture('en');
  chinese = await buildFixture('zh');
  haidian = await buildHaidian('bilingual');
});

const editions = () => ({ bilingual, english, chinese, haidian });
const isSup = (el: Element) => el.name === 'sup';

describe('OCF container', () => {
  it('starts with an uncompressed mimetype entry without extra fields', () => {
    for (const [name, built] of Object.entries(editions())) {
      const first = built.book.items[0];
      expect(first.name, name).toBe('mimetype');
      expect(first.compressionMethod, name).toBe(0);
      expect(first.extraFieldLength, name).toBe(0);
      expect(first.data.toString('ascii'), name).toBe('application/epub+zip');
      // The first 38 bytes of an EPUB are fixed: reading systems sniff them.
      expect(built.epub.data.subarray(30, 58).toString('ascii')).toBe('mimetypeapplication/epub+zip');
    }
  });

  it('gives every entry the same fixed timestamp (the build date, in UTC)', () => {
    const date = ((2021 - 1980) << 9) | (12 << 5) | 15;
    for (const built of Object.values(editions())) {
      for (const item of built.book.items) {
        expect([item.name, item.dosDate, item.dosTime]).toEqual([item.name, date, 0]);
        expect(item.extraFieldLength).toBe(0);
      }
    }
  });

  it('declares every file in the manifest and has no undeclared file', () => {
    for (const [name, built] of Object.entries(editions())) {
      const opf = built.book.xml('EPUB/package.opf');
      const hrefs = elements(opf, 'item').map((i) => `EPUB/${i.attributes.href}`).sort();
      const inZip = built.book.items.map((i) => i.name).filter((n) => !['mimetype', 'META-INF/container.xml', 'EPUB/package.opf'].includes(n)).sort();
      expect(hrefs, name).toEqual(inZip);
      const container = built.book.xml('META-INF/container.xml');
      expect(elements(container, 'rootfile')[0].attributes['full-path']).toBe('EPUB/package.opf');
    }
  });

  it('parses every XML file strictly (well-formed XHTML, OPF, SVG)', () => {
    for (const built of Object.values(editions())) {
      for (const name of built.book.files.keys()) {
        if (/\.(xhtml|opf|xml|svg)$/.test(name)) expect(() => built.book.xml(name), name).not.toThrow();
      }
    }
  });
});

describe('package document', () => {
  const meta = (built: Built, property: string) =>
    elements(built.book.xml('EPUB/package.opf'), 'meta').filter((m) => m.attributes.property === property && !m.attributes.refines).map((m) => textOf(m));
  const dc = (built: Built, name: string) => elements(built.book.xml('EPUB/package.opf'), `dc:${name}`);

  it('has titles in both languages with xml:lang and refinements', () => {
    const titles = dc(bilingual, 'title');
    expect(titles.map((el) => [el.attributes['xml:lang'], textOf(el)])).toEqual([
      ['zh-Hans', bilingual.pub.meta.zh.title],
      ['en', bilingual.pub.meta.en!.title],
    ]);
    const opf = bilingual.book.xml('EPUB/package.opf');
    for (const title of titles) {
      const refinements = elements(opf, 'meta').filter((m) => m.attributes.refines === `#${title.attributes.id}`);
      expect(refinements.map((m) => m.attributes.property).sort()).toEqual(['display-seq', 'title-type']);
    }
    expect(dc(english, 'title').map((el) => el.attributes['xml:lang'])).toEqual(['en']);
    expect(dc(chinese, 'title').map((el) => el.attributes['xml:lang'])).toEqual(['zh-Hans']);
  });

  it('names the issuer as creator and publisher, the translator as contributor, and both languages', () => {
    expect(dc(bilingual, 'language').map((el) => textOf(el))).toEqual(['zh-Hans', 'en']);
    expect(dc(english, 'language').map((el) => textOf(el))).toEqual(['en']);
    expect(dc(chinese, 'language').map((el) => textOf(el))).toEqual(['zh-Hans']);
    // as the book shows them (People’s: displayPublication), the model keeps what the translator wrote
    const shown = displayPublication(bilingual.pub).meta;
    expect(shown.en!.issuer).toMatch(/People\u2019s/);
    expect(dc(bilingual, 'creator').map((el) => textOf(el))).toEqual([shown.zh.issuer, shown.en!.issuer]);
    expect(dc(bilingual, 'publisher').map((el) => textOf(el))).toEqual([shown.zh.issuer, shown.en!.issuer]);
    const contributor = dc(bilingual, 'contributor')[0];
    expect(textOf(contributor)).toBe(shown.en!.translator);
    const role = elements(bilingual.book.xml('EPUB/package.opf'), 'meta').find((m) => m.attributes.refines === `#${contributor.attributes.id}`);
    expect([role?.attributes.property, role?.attributes.scheme, role && textOf(role)]).toEqual(['role', 'marc:relators', 'trl']);
    expect(textOf(dc(bilingual, 'source')[0])).toBe(bilingual.pub.meta.zh.source);
    expect(textOf(dc(bilingual, 'date')[0])).toBe('2021-12-15');
    expect(meta(bilingual, 'dcterms:modified')).toEqual([BUILD_DATE.toISOString().replace('.000', '')]);
  });

  it('has a stable unique identifier per report and edition', () => {
    const ids = [bilingual, english, chinese].map((b) => textOf(dc(b, 'identifier')[0]));
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]).toBe(bookIdentifier(bilingual.pub, 'bilingual'));
    const opf = bilingual.book.xml('EPUB/package.opf');
    expect(elements(opf, 'package')[0].attributes['unique-identifier']).toBe(dc(bilingual, 'identifier')[0].attributes.id);
  });

  it('declares accessibility metadata that is true of the book', () => {
    for (const built of Object.values(editions())) {
      expect(meta(built, 'schema:accessMode').sort()).toEqual(['textual', 'visual']);
      expect(meta(built, 'schema:accessModeSufficient')).toEqual(['textual']);
      expect(meta(built, 'schema:accessibilityFeature')).toEqual(
        expect.arrayContaining(['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText']),
      );
      expect(meta(built, 'schema:accessibilityHazard')).toEqual(['none']);
      expect(meta(built, 'schema:accessibilitySummary')[0].length).toBeGreaterThan(40);
      expect(meta(built, 'dcterms:conformsTo')).toEqual(['EPUB Accessibility 1.1 - WCAG 2.1 Level AA']);
      // The claims, checked: the cover image has a text alternative, there is a nav with a toc.
      const cover = elements(built.book.xml('EPUB/cover.xhtml'), 'img')[0];
      expect(cover.attributes.alt?.length).toBeGreaterThan(10);
      expect(elements(built.book.xml('EPUB/nav.xhtml'), 'nav').some((n) => hasType(n, 'toc'))).toBe(true);
    }
  });

  it('puts every content document in the spine in reading order', () => {
    const opf = bilingual.book.xml('EPUB/package.opf');
    const items = new Map(elements(opf, 'item').map((i) => [i.attributes.id, i.attributes.href]));
    const spine = elements(opf, 'itemref').map((r) => items.get(r.attributes.idref));
    expect(spine).toEqual(['cover.xhtml', 'title.xhtml', 'nav.xhtml', ...bilingual.pub.sections.map((s) => `${s.id}.xhtml`), 'glossary.xhtml', 'colophon.xhtml']);
  });
});

describe('navigation document', () => {
  it('lists every section and every heading, nested as the outline, in both languages', () => {
    for (const built of [bilingual, haidian]) {
      const nav = built.book.xml('EPUB/nav.xhtml');
      const toc = elements(nav, 'nav').find((n) => hasType(n, 'toc'))!;
      const links = elements(toc, 'a');
      const hrefs = links.map((a) => a.attributes.href);
      for (const sec of built.pub.sections) {
        expect(hrefs.some((h) => h === `${sec.id}.xhtml` || h?.startsWith(`${sec.id}.xhtml#`)), sec.id).toBe(true);
      }
      for (const block of built.pub.blocks.filter((b) => b.kind === 'heading')) {
        const link = links.find((a) => a.attributes.href === `${block.section}.xhtml#${block.id}`);
        expect(link, block.id).toBeDefined();
        const spans = elements(link!, 'span');
        expect(spans.map((s) => [s.attributes.lang, s.attributes['xml:lang'], textOf(s)])).toEqual([
          ['zh-Hans', 'zh-Hans', block.zhText],
          ['en', 'en', typographicQuotesOf(block.enText!)], // as printed (templates/typographic-quotes.ts)
        ]);
      }
      // Nesting: a heading's link sits in the list of its parent heading's item.
      const depthOf = (a: Element): number => {
        let depth = 0;
        const walk = (node: Element, d: number): boolean => {
          if (node === a) return ((depth = d), true);
          return node.children.some((c) => c.type === 'element' && walk(c, d + (c.name === 'ol' ? 1 : 0)));
        };
        walk(toc, 0);
        return depth;
      };
      const levels = new Map<string, number>();
      const walkOutline = (entries: typeof built.pub.outline, level: number) => entries.forEach((e) => (levels.set(e.id, level), walkOutline(e.children, level + 1)));
      walkOutline(built.pub.outline, 1);
      for (const [id, level] of levels) expect(depthOf(links.find((a) => a.attributes.href?.endsWith(`#${id}`))!), id).toBe(level);
    }
  });

  it('has landmarks for cover, toc, bodymatter, glossary and back matter that resolve', () => {
    const nav = bilingual.book.xml('EPUB/nav.xhtml');
    const landmarks = elements(nav, 'nav').find((n) => hasType(n, 'landmarks'))!;
    const marks = elements(landmarks, 'a').map((a) => [a.attributes['epub:type'] ?? '', a.attributes.href ?? ''] as const);
    expect(marks.map(([type]) => type)).toEqual(['cover', 'titlepage', 'toc', 'bodymatter', 'glossary', 'backmatter']);
    for (const [, href] of marks) {
      const [file, id] = href.split('#');
      const doc = bilingual.book.xml(`EPUB/${file}`);
      if (id) expect(byId(doc, id), href).toBeDefined();
    }
    const glossary = bilingual.book.xml('EPUB/glossary.xhtml');
    const appendix = elements(glossary).find((el) => hasType(el, 'glossary'))!;
    expect(appendix.attributes.role).toBe('doc-glossary');
    expect(elements(appendix, 'dl')).toHaveLength(1);
    expect(elements(appendix, 'dt').length).toBe(bilingual.pub.termUses.size);
    expect(elements(appendix, 'dd').length).toBe(bilingual.pub.termUses.size);
  });
});

describe('content documents', () => {
  it('split per top-level section', () => {
    for (const built of [bilingual, haidian]) {
      const pages = built.book.pages();
      for (const sec of built.pub.sections) {
        const page = pages.get(`${sec.id}.xhtml`)!;
        const blocks = elements(page).filter((el) => el.attributes['data-block']).map((el) => el.attributes['data-block']);
        expect(blocks).toEqual(sec.blocks.map((b) => b.id));
      }
    }
  });

  it('contain every Chinese and English block exactly once (bilingual), with lang and xml:lang', () => {
    for (const built of [bilingual, haidian]) {
      const all = [...built.book.pages().values()].flatMap((page) => elements(page).filter((el) => el.attributes['data-block']));
      expect(all.map((el) => el.attributes['data-block'])).toEqual(built.pub.blocks.map((b) => b.id));
      const sideTexts = all.flatMap((el) => el.children.filter((c): c is Element => c.type === 'element').map((side) => textOf(side, isSup)));
      for (const [i, block] of built.pub.blocks.entries()) {
        const sides = all[i].children.filter((c): c is Element => c.type === 'element');
        expect(sides.map((s) => [s.attributes.lang, s.attributes['xml:lang']])).toEqual([['zh-Hans', 'zh-Hans'], ['en', 'en']]);
        expect(textOf(sides[0], isSup), block.id).toBe(block.zhText);
        const en = typographicQuotesOf(block.enText!); // as printed (templates/typographic-quotes.ts)
        expect(textOf(sides[1], isSup), block.id).toBe(en);
        // Each text once among all the blocks of the book (no duplicate, no loss).
        expect(sideTexts.filter((text) => text === block.zhText), block.id).toHaveLength(1);
        expect(sideTexts.filter((text) => text === en), block.id).toHaveLength(1);
      }
    }
  });

  it('carry only the edition language in the en and zh editions', () => {
    for (const [built, lang] of [[english, 'en'], [chinese, 'zh-Hans']] as const) {
      const blocks = [...built.book.pages().values()].flatMap((page) => elements(page).filter((el) => el.attributes['data-block']));
      expect(blocks).toHaveLength(built.pub.blocks.length);
      for (const el of blocks) {
        const sides = el.children.filter((c): c is Element => c.type === 'element');
        expect(sides.map((s) => s.attributes['xml:lang'])).toEqual([lang]);
      }
      const html = elements(built.book.xml('EPUB/h-a00001.xhtml'), 'html')[0];
      expect([html.attributes.lang, html.attributes['xml:lang']]).toEqual([lang, lang]);
    }
  });

  it('set lead sentences in bold in both languages and keep the numbering of both', () => {
    const pages = bilingual.book.pages();
    const all = [...pages.values()].flatMap((page) => elements(page).filter((el) => el.attributes['data-block']));
    for (const block of bilingual.pub.blocks) {
      const el = all.find((e) => e.attributes['data-block'] === block.id)!;
      const sides = el.children.filter((c): c is Element => c.type === 'element');
      for (const side of sides) {
        const first = side.children.find((c) => c.type === 'element' || (c.type === 'text' && c.value.trim()));
        const lead = first?.type === 'element' && first.name === 'strong' && first.attributes.class === 'lead';
        expect(lead, `${block.id} ${side.attributes.lang}`).toBe(block.lead);
      }
      if (block.kind === 'heading') {
        expect(textOf(sides[0])).toMatch(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\. |（\d+）)/);
        expect(textOf(sides[1])).toMatch(/^(?:[IVXL]+\. |\([IVXL]+\) |\d+\. |\(\d+\) )/);
        expect(sides.every((s) => /^h[1-6]$/.test(s.name))).toBe(true);
      }
    }
  });

  it('never skips a heading level inside a document', () => {
    for (const built of [bilingual, haidian]) {
      for (const [name, page] of built.book.pages()) {
        let previous = 0;
        for (const el of elements(page).filter((e) => /^h[1-6]$/.test(e.name))) {
          const level = Number(el.name[1]);
          expect(level - previous, `${name} ${textOf(el)}`).toBeLessThanOrEqual(1);
          previous = level;
        }
      }
    }
  });
});

describe('glossary notes', () => {
  const check = (built: Built) => {
    const pages = built.book.pages();
    const noteIds = [...new Set(built.pub.notes.map((n) => n.noteId))];
    expect(noteIds.length).toBeGreaterThan(0);
    const written = termsAsWritten(built.pub, built.glossary);
    if (built.pub.slug === 'haidian-2021') expect(written?.get('nong-zhuan-fei')).toBe('整建制农转非');
    for (const note of built.pub.notes) {
      const page = pages.get(`${note.sectionId}.xhtml`)!;
      const aside = byId(page, note.noteId);
      expect(aside?.name, note.noteId).toBe('aside');
      expect(hasType(aside!, 'footnote')).toBe(true);
      expect(aside!.attributes.role).toBe('doc-footnote');
      const calls = elements(page, 'a').filter((a) => hasType(a, 'noteref') && a.attributes.href === `#${note.noteId}`);
      expect(calls.length, note.noteId).toBe(1);
      expect(calls[0].attributes.role).toBe('doc-noteref');
      const back = elements(aside!, 'a').find((a) => a.attributes.role === 'doc-backlink')!;
      expect(back.attributes.href).toBe(`#${calls[0].attributes.id}`);
      // the term as the text writes it, and its pinyin — an alias's own (Haidian's 整建制农转非, alias_pinyin), not the term's
      const entry = built.glossary.byId.get(note.termId)!;
      const alias = written?.get(note.termId);
      if (alias === undefined) expect(textOf(aside!)).toContain(entry.pinyin);
      else expect([textOf(aside!).includes(alias), textOf(aside!).includes(formPinyin(entry, alias).pinyin!)]).toEqual([true, true]);
    }
    // No dangling notes: every aside is called, every call has its aside.
    for (const [name, page] of pages) {
      for (const aside of elements(page, 'aside').filter((a) => hasType(a, 'footnote'))) {
        expect(elements(page, 'a').some((a) => a.attributes.href === `#${aside.attributes.id}` && hasType(a, 'noteref')), `${name} ${aside.attributes.id}`).toBe(true);
      }
      for (const call of elements(page, 'a').filter((a) => hasType(a, 'noteref'))) {
        expect(byId(page, (call.attributes.href ?? '').slice(1))?.name, `${name} ${call.attributes.href}`).toBe('aside');
      }
    }
  };

  it('are reachable from a noteref and link back to it (bilingual, English, Chinese, real report)', () => {
    for (const built of Object.values(editions())) check(built);
  });

  it('are called from the Chinese text in the Chinese edition', () => {
    const pages = chinese.book.pages();
    for (const page of pages.values()) {
      for (const call of elements(page, 'a').filter((a) => hasType(a, 'noteref'))) {
        const side = elements(page, 'p').concat(elements(page, 'h1')).find((p) => elements(p, 'a').includes(call));
        expect(side?.attributes.lang).toBe('zh-Hans');
      }
    }
  });

  it('link every term to its glossary entry', () => {
    const glossary = bilingual.book.xml('EPUB/glossary.xhtml');
    for (const page of bilingual.book.pages().values()) {
      for (const term of elements(page, 'a').filter((a) => a.attributes.class === 'term')) {
        const [file, id] = (term.attributes.href ?? '').split('#');
        expect(file).toBe('glossary.xhtml');
        expect(byId(glossary, id), id).toBeDefined();
      }
    }
  });
});

/** The language of `target`: the `lang` of its nearest element that has one. */
function langOf(tree: Element | import('xast').Root, target: Element, lang?: string): string | undefined {
  const own = tree.type === 'element' ? tree.attributes.lang ?? lang : lang;
  if (tree === target) return own;
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    const found = langOf(child, target, own);
    if (found !== undefined || elements(child).includes(target)) return found;
  }
  return undefined;
}

describe("the report's own notes", () => {
  // Looked at, stop 23: a note called from both languages had one back link, to the Chinese call.
  it('link back from each language to the call in that language', async () => {
    const { publication } = await loadPublication({ dir: path.join(repo, 'test/fixtures/structures/project/content/reports/fyp14-indicators') });
    const epub = await buildEpub(publication, { t: await t(), draft: false, buildDate: BUILD_DATE }, 'bilingual');
    const book = await Book.open(epub.data);
    let notes = 0;
    for (const [name, page] of book.pages()) {
      for (const aside of elements(page, 'aside').filter((a) => (a.attributes.class ?? '').includes('report-note'))) {
        notes++;
        const sides = elements(aside, 'p');
        expect(sides.map((p) => p.attributes.lang), `${name} ${aside.attributes.id}`).toEqual(['zh-Hans', 'en']);
        for (const side of sides) {
          const back = elements(side, 'a').find((a) => a.attributes.role === 'doc-backlink');
          expect(back, `${name} ${aside.attributes.id} ${side.attributes.lang}`).toBeDefined();
          const call = byId(page, (back!.attributes.href ?? '').slice(1));
          expect(call && hasType(call, 'noteref'), `${name} ${back!.attributes.href}`).toBe(true);
          expect(langOf(page, call!), `${name} ${aside.attributes.id}: the ${side.attributes.lang} back link`).toBe(side.attributes.lang);
        }
      }
    }
    expect(notes).toBe(4);
  });
});

describe('fonts', () => {
  it('are embedded for every character the book shows, in each weight used', () => {
    for (const [name, built] of Object.entries(editions())) {
      const fonts = [...built.book.files].filter(([file]) => file.endsWith('.ttf'));
      expect(fonts.length, name).toBeGreaterThan(0);
      const opened = fonts.map(([file, data]) => {
        const font = fontkit.create(data) as fontkit.Font;
        return { file, font, bold: /-700-/.test(file) };
      });
      const missing: string[] = [];
      for (const [page, tree] of built.book.pages()) {
        const body = elements(tree, 'body')[0];
        const walk = (node: Element, bold: boolean, hidden: boolean) => {
          if (hidden) return;
          for (const child of node.children) {
            if (child.type === 'element') {
              const b = bold || /^(strong|b|h[1-6]|dt|th)$/.test(child.name) || /\b(note-term|gloss-zh|gloss-en)\b/.test(child.attributes.class ?? '');
              walk(child, /\bpinyin\b/.test(child.attributes.class ?? '') ? false : b, child.attributes.hidden !== undefined);
            } else if (child.type === 'text') {
              for (const ch of child.value) {
                if (/\s/.test(ch)) continue;
                const cp = ch.codePointAt(0)!;
                if (!opened.some((f) => f.bold === bold && f.font.hasGlyphForCodePoint(cp))) missing.push(`${page}: ${ch} U+${cp.toString(16)} ${bold ? 'bold' : 'regular'}`);
              }
            }
          }
        };
        walk(body, false, false);
      }
      expect([...new Set(missing)], name).toEqual([]);
    }
  });

  it('are TrueType, declared as font/ttf, referenced as such, and keep the real report small', () => {
    const opf = haidian.book.xml('EPUB/package.opf');
    const fonts = elements(opf, 'item').filter((i) => i.attributes.href?.startsWith('fonts/'));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.attributes['media-type']).toBe('font/ttf');
      expect(font.attributes.href).toMatch(/\.ttf$/);
      expect(haidian.book.files.get(`EPUB/${font.attributes.href}`)!.readUInt32BE(0)).toBe(0x00010000); // an sfnt with TrueType outlines
      expect(haidian.book.items.find((item) => item.name === `EPUB/${font.attributes.href}`)!.compressionMethod).toBe(8); // deflated in the zip
    }
    const css = haidian.book.files.get('EPUB/styles/fonts.css')!.toString('utf8');
    for (const src of css.matchAll(/src:([^;}]+)/g)) expect(src[1]).toMatch(/^url\("\.\.\/fonts\/[\w.-]+\.ttf"\) format\("truetype"\)$/);
    expect(haidian.epub.data.length).toBeLessThan(1.5 * 1024 * 1024);
  });
});

describe('stylesheets and language tagging', () => {
  it('leave the page to the reading system: no viewport units, fixed heights or positioning', () => {
    const css = [...bilingual.book.files].filter(([name]) => name.endsWith('.css')).map(([name, data]) => [name, data.toString('utf8')] as const);
    expect(css.map(([name]) => name).sort()).toEqual(['EPUB/styles/base.css', 'EPUB/styles/epub.css', 'EPUB/styles/fonts.css']);
    for (const [name, text] of css) {
      expect(text, name).not.toMatch(/\d(?:vh|vw|vmin|vmax|dvh|svh|lvh)\b/);
      expect(text, name).not.toMatch(/(?:^|[;{\s])(?:height|min-height)\s*:(?!\s*(?:auto|0|inherit|initial)\s*[;}])/);
      expect(text, name).not.toMatch(/position\s*:\s*(?:fixed|absolute|sticky)/);
      // Lowered for older engines and for EPUBCheck: no custom properties, no :is().
      expect(text, name).not.toMatch(/var\(--|:is\(/);
    }
  });

  it('mirror lang in xml:lang on every element that has one', () => {
    for (const built of Object.values(editions())) {
      for (const [name, page] of built.book.pages()) {
        for (const el of elements(page).filter((e) => e.attributes.lang !== undefined || e.attributes['xml:lang'] !== undefined)) {
          expect(el.attributes['xml:lang'], `${name} <${el.name}>`).toBe(el.attributes.lang);
        }
        expect(elements(page, 'html')[0].attributes.lang, name).toMatch(/^(zh-Hans|en)$/);
      }
    }
  });
});
