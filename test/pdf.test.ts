/**
 * The PDF edition, read back from the PDF: fonts, metadata, tagging, page size,
 * outline, TOC page numbers, footnote placement, every block in order,
 * reproducibility; every page compared with its reference render.
 * Fixture: test/fixtures/pdf/basic (zh.md + en.md + glossary, hand-annotated).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditionLanguage, PdfLayout } from '../pipeline/config/types.ts';
import { renderPdfEdition, pdfFileName, type EditionResult } from '../pipeline/render/pdf/index.ts';
import { createSharedBrowser, type SharedBrowser } from '../pipeline/render/pdf/browser.ts';
import { version } from '../pipeline/version.ts';
import { createTranslators } from '../templates/i18n.ts';
import { loadFixture } from './fixtures/pdf/annotate.ts';
import {
  expectBlocksInOrder,
  expectFontsEmbeddedNoType3,
  expectFootnotesOnTheirPage,
  expectInfo,
  expectTocMatches,
} from './fixtures/pdf/edition-checks.ts';
import { expectBookOutline, expectShortMetadata } from './fixtures/pdf/outline-checks.ts';
import { comparePages } from './fixtures/pdf/pages.ts';
import { structElements, structIds, structureTree } from './fixtures/pdf/checks.ts';
import { displayPublication } from '../templates/typographic-quotes.ts';

const { pub, glossary } = loadFixture('basic');
const work = mkdtempSync(path.join(os.tmpdir(), 'duizhao-pdf-test-'));
const buildDate = new Date('2021-12-15T00:00:00Z');

interface Case {
  name: string;
  layout: PdfLayout;
  languages: EditionLanguage;
  paper: 'A4' | 'Letter';
}
const cases: Case[] = [
  { name: 'bilingual', layout: 'interleaved', languages: 'bilingual', paper: 'A4' },
  { name: 'en', layout: 'interleaved', languages: 'en', paper: 'A4' },
  { name: 'zh', layout: 'interleaved', languages: 'zh', paper: 'A4' },
  { name: 'side-by-side-letter', layout: 'side-by-side', languages: 'bilingual', paper: 'Letter' },
];
const rendered = new Map<string, { file: string; result: EditionResult; ms: number }>();
let source: SharedBrowser;

beforeAll(async () => {
  source = createSharedBrowser();
  const t = await createTranslators();
  for (const c of cases) {
    const started = Date.now();
    const result = await renderPdfEdition(pub, { t, draft: false, buildDate, glossary }, c, source);
    const file = path.join(work, `${c.name}.pdf`);
    writeFileSync(file, result.bytes);
    rendered.set(c.name, { file, result, ms: Date.now() - started });
  }
}, 900_000);

afterAll(async () => {
  await source?.close();
  rmSync(work, { recursive: true, force: true });
});

const headingsIn = (html: string): number => selectAll('h1, h2, h3, h4, h5, h6', fromHtml(html)).length;

describe.each(cases)('PDF edition $name ($layout, $paper)', (c) => {
  const get = () => rendered.get(c.name)!;

  it('embeds and subsets every font, none of them Type 3', () => {
    expectFontsEmbeddedNoType3(get().file);
  });

  it('is tagged, has the metadata and the right page size', () => {
    const info = expectInfo(get().file, pub, c.languages, c.paper, version);
    expect(info.CreationDate).toMatch(/2021/);
    expect(info.Keywords).toContain(c.languages === 'zh' ? '三防' : 'three preventions');
  });

  it('tags with the structure types of PDF 1.7 (the version it declares), PDF 2.0\'s /Strong and /Em role-mapped: poppler reads every element', () => {
    // (Chromium tags <strong> as /Strong, a PDF 2.0 type; without /RoleMap, poppler said "StructElem object is wrong type (Strong)", 12 times in Haidian's bilingual PDF)
    const run = spawnSync('pdfinfo', ['-struct', get().file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Document');
    expect(run.stderr.split('\n').filter((line) => /wrong type/.test(line))).toEqual([]);
  });

  it('has a book outline: one bookmark per heading, nested, in the edition’s language(s), each on its page', () => {
    const items = expectBookOutline(get().file, pub, c.languages, { glossary: true });
    // the fixture: contents, 一、 › （三） （四）, 二、, glossary, colophon
    expect(items.map((i) => i.level)).toEqual([0, 0, 1, 1, 0, 0, 0]);
    const title = items[1].title;
    if (c.languages === 'bilingual') expect(title).toBe('一、过去五年工作回顾 · A Review of Our Work in the Past Five Years');
    if (c.languages === 'en') expect(title).toBe('I. A Review of Our Work in the Past Five Years');
    if (c.languages === 'zh') expect(title).toBe('一、过去五年工作回顾');
    // Chromium makes two bookmarks per bilingual heading (one per <h2>): the HTML still has both
    expect(headingsIn(get().result.html)).toBe(1 + 1 + 4 * (c.languages === 'bilingual' ? 2 : 1) + 2);
  });

  it('has a one-sentence Subject and a short Keywords list', () => {
    const { subject, keywords } = expectShortMetadata(get().file, pub, c.languages, glossary);
    if (c.languages === 'zh') expect(subject).toBe(`政府工作报告（节选）——${pub.meta.zh.occasion}`);
    if (c.languages === 'en') expect(subject).toBe(`Government work report (excerpt, English translation), d${displayPublication(pub).meta.en!.occasion!.slice(1)}`);
    expect(keywords.length).toBeLessThanOrEqual(c.languages === 'bilingual' ? 21 : 11);
  });

  it('prints in the TOC the pages where the headings really are', () => {
    expectTocMatches(get().file, 4);
  });

  it('sets each glossary note at the foot of the page of its reference', () => {
    const checked = expectFootnotesOnTheirPage(get().file, pub, glossary, c.languages);
    expect(checked).toBe(new Set(pub.notes.map((n) => n.noteId)).size);
    expect(get().result.strayNotes).toEqual([]);
  });

  it('tags each footnote a /Note with its id, entered in the /IDTree (PDF/UA-1 7.9); no /Aside left (was: /NonStruct, no id)', async () => {
    const { ids, idTree } = await structIds(get().file, 'Note');
    expect([...ids].sort()).toEqual([...new Set(pub.notes.map((n) => `fn-${n.noteId}`))].sort());
    expect(ids).toEqual(get().result.noteIds);
    expect(idTree.filter((id) => id.startsWith('fn-')).sort()).toEqual([...ids].sort());
    expect((await structIds(get().file, 'Aside')).ids).toEqual([]);
    // a reader sees the note's text in it: its number first
    const notes = structElements(await structureTree(get().file)).filter((node) => node.role === 'Note');
    expect(notes.length).toBe(ids.length);
    for (const note of notes) expect(note.text).toMatch(/^\d+ \S/);
  });

  it('prints every block of each language, in order', () => {
    const count = expectBlocksInOrder(get().file, pub, c.languages, c.layout === 'side-by-side');
    expect(count).toBe(pub.blocks.length * (c.languages === 'bilingual' ? 2 : 1));
  });

  it('leaves no widow, orphan or stranded heading', () => {
    expect(get().result.shortFragments).toEqual([]);
    expect(get().result.strandedHeadings).toEqual([]);
  });

  it('loads nothing from outside the build', () => {
    expect(get().result.blocked).toEqual([]);
    expect(get().result.attempts, get().result.failures.join('\n')).toBe(1);
  });

  it('heads the page where the salutation runs into Part I with what the page starts with, not with Part I (house stop 25)', () => {
    // The text before the first heading (各位代表：) and Part I share a page (print.css); the head named Part I there.
    const pages = execFileSync('pdftotext', ['-layout', get().file, '-'], { encoding: 'utf8' }).split('\f');
    const salutation = c.languages === 'en' ? 'Fellow Deputies' : '各位代表';
    const partI = c.languages === 'zh' ? '过去五年工作回顾' : 'A Review of Our Work';
    const page = pages.find((text) => text.includes(salutation) && text.includes(partI));
    expect(page, 'a page with the salutation and Part I').toBeDefined();
    const head = page!.slice(0, page!.indexOf(salutation));
    expect(head).not.toContain(partI);
    // the bilingual head shows the English title before the first chapter (document.ts markRunningStrings); the others none
    if (c.languages === 'bilingual') expect(head.replace(/\s+/g, ' ')).toContain(pub.meta.en!.title);
    else expect(head.trim()).toBe('');
  });

  it('looks like its reference renders, page by page', () => {
    const pages = comparePages(get().file, `fixture-${c.name}`);
    expect(pages).toHaveLength(get().result.pages);
    expect(pages.filter((p) => p.ink < 0.001)).toEqual([]); // no blank page
  });
});

describe('PDF edition: reproducible and named', () => {
  it('gives byte-identical PDFs on a second build', async () => {
    const t = await createTranslators();
    const again = await renderPdfEdition(pub, { t, draft: false, buildDate, glossary }, cases[0], source);
    expect(Buffer.from(again.bytes).equals(Buffer.from(rendered.get('bilingual')!.result.bytes))).toBe(true);
  });

  it('names the files <slug>.pdf, <slug>.en.pdf, <slug>.zh.pdf, <slug>.side-by-side.pdf', () => {
    const all = cases.map((c) => ({ layout: c.layout, languages: c.languages }));
    expect(all.map((e) => pdfFileName('haidian-2021', e, all))).toEqual([
      'haidian-2021.pdf',
      'haidian-2021.en.pdf',
      'haidian-2021.zh.pdf',
      'haidian-2021.side-by-side.pdf',
    ]);
    expect(pdfFileName('x', { layout: 'side-by-side', languages: 'bilingual' }, [{ layout: 'side-by-side', languages: 'bilingual' }])).toBe('x.pdf');
  });
});

describe('PDF edition: a page that cannot be made to fit', () => {
  it('refuses the PDF, naming the page, rather than cutting a note taller than a page', async () => {
    const t = await createTranslators();
    // every note about two pages long: no page holds one with its call
    const note = Array.from({ length: 120 }, (_, i) => `Sentence ${i + 1} of a note far longer than any page can hold.`).join(' ');
    const entries = glossary.entries.map((e) => ({ ...e, note_en: note }));
    const long = { ...glossary, entries, byId: new Map(entries.map((e) => [e.id, e])) };
    await expect(renderPdfEdition(pub, { t, draft: false, buildDate, glossary: long }, cases[1], source)).rejects.toThrow(
      /page \d+ is \d+ pt too tall.*cannot be split across pages.*the PDF was not written/,
    );
  });
});

describe('PDF edition: a font that cannot be made', () => {
  it('fails the PDF, naming the font, rather than printing with a fallback face', async () => {
    const t = await createTranslators();
    const ctx = { t, draft: false, buildDate, glossary };
    const { printDocument } = await import('../pipeline/render/pdf/document.ts');
    const { fontsFor } = await import('../pipeline/render/pdf/index.ts');
    const html = printDocument(pub, ctx, cases[1]);
    const fonts = await fontsFor([html]);
    // the English edition's body face: every tab asks for it
    const broken = Object.keys(fonts.files).find((url) => /source-serif-4-latin-400-normal/.test(url))!;
    expect(broken).toBeDefined();
    fonts.files[broken] = () => Promise.reject(new Error('disk full'));
    await expect(renderPdfEdition(pub, ctx, cases[1], source, { html, fonts })).rejects.toThrow(
      /The font source-serif-4-latin-400-normal-\w+\.ttf could not be made: disk full/,
    );
  });
});
