/**
 * A report straight out of ingest (zh.md, no en.md) as every edition shows it,
 * without a browser: the contents and the PDF outline plan of the English-only
 * edition list untranslated headings and lead sentences (in Chinese, behind the
 * pending marker), never as empty links. The real PDFs, EPUBs and pages are
 * built and validated in draft-e2e.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { buildPublication } from '../pipeline/model/load.ts';
import { printDocument } from '../pipeline/render/pdf/document.ts';
import { printNoteScopes } from '../pipeline/render/pdf/note-scopes.ts';
import { outlinePlan } from '../pipeline/render/pdf/outline-plan.ts';
import { annotate, createMatcher, loadGlossary } from '../pipeline/glossary/index.ts';
import { createTranslators } from '../templates/i18n.ts';

const repo = path.resolve(import.meta.dirname, '..');
/** An ingested page with three headings (one top-level) and one lead sentence. */
const zhPath = path.join(repo, 'test/fixtures/ingest/pdf-extracted/zh.md');
const { publication: pub } = buildPublication('pdf-extracted', new VFile({ path: zhPath, value: readFileSync(zhPath, 'utf8') }));
const t = await createTranslators();
const ctx = { t, draft: true, buildDate: new Date('2021-12-15T00:00:00Z') };

function contents(languages: 'bilingual' | 'en' | 'zh') {
  const html = printDocument(pub, ctx, { layout: 'interleaved', languages, paper: 'A4' });
  return selectAll('nav.toc a', fromHtml(html)).map((a) => ({ href: String(a.properties.href), text: toString(a).trim() }));
}

describe('draft: contents of an untranslated report', () => {
  it('lists every heading in the English edition, in Chinese behind the pending marker, and no lead sentence (was: the lead listed when fewer than two top-level headings)', () => {
    const lead = pub.blocks.find((b) => b.lead)!;
    const entries = contents('en');
    expect(entries.find((e) => e.href === `#${lead.id}`)).toBeUndefined();
    const headings = pub.blocks.filter((b) => b.kind === 'heading');
    for (const heading of headings) {
      expect(entries.find((e) => e.href === `#${heading.id}`)?.text).toMatch(new RegExp(`^Translation pending\\s*${heading.zhText.replace(/[()（）]/g, '.')}`));
    }
    // the headings, then the glossary and the colophon
    expect(entries.map((e) => e.href)).toEqual([...headings.map((h) => `#${h.id}`), '#colophon']);
    expect(entries.filter((e) => e.text === '')).toEqual([]);
  });

  it('lists the same entries in the bilingual and Chinese editions', () => {
    for (const languages of ['bilingual', 'zh'] as const) {
      expect(contents(languages).map((e) => e.href)).toEqual(contents('en').map((e) => e.href));
    }
  });

  it('plans an outline entry for each heading and none for the lead sentence in every edition (was: p-eedb03 疫情防控取得重大战略成果)', () => {
    for (const languages of ['bilingual', 'en', 'zh'] as const) {
      expect(outlinePlan(pub, languages).entries.map((e) => e.id)).toEqual(pub.blocks.filter((b) => b.kind === 'heading').map((b) => b.id));
    }
  });
});

describe('draft: running heads of untranslated chapters', () => {
  it('head their pages with the Chinese heading, never the pending marker, in every edition (was, English PDF: "Translation pending 2022年主要工作")', () => {
    for (const languages of ['bilingual', 'en', 'zh'] as const) {
      const doc = fromHtml(printDocument(pub, ctx, { layout: 'interleaved', languages, paper: 'A4' }, { paginate: false }));
      const chapterHeads = selectAll('.chapter .run-section', doc).map((el) => toString(el).trim());
      expect(chapterHeads.length, languages).toBeGreaterThan(0);
      expect(chapterHeads, languages).toContain('一、过去五年工作回顾');
      expect(chapterHeads.filter((text) => text.includes('Translation pending')), languages).toEqual([]);
    }
  });
});

describe('draft: glossary notes of untranslated blocks', () => {
  it('prints each note once in the bilingual PDF (the Chinese side calls it; its pending copy does not)', async () => {
    const { glossary } = await loadGlossary(path.join(repo, 'content/glossary.yaml'));
    const { publication } = buildPublication('pdf-extracted', new VFile({ path: zhPath, value: readFileSync(zhPath, 'utf8') }));
    annotate(publication, glossary, createMatcher(glossary));
    expect(publication.notes.length).toBeGreaterThan(1);
    // Print's notes: the front and the first chapter share theirs (note-scopes.ts, 76cdf36: a term noted in the
    // salutation is not noted again on the same page), so print has one note fewer per such term.
    const printed = printNoteScopes(publication).notes.map((n) => n.noteId);
    expect(printed.length).toBeGreaterThan(1);
    for (const languages of ['bilingual', 'en'] as const) {
      const html = printDocument(publication, { ...ctx, glossary }, { layout: 'interleaved', languages, paper: 'A4' }, { paginate: false });
      const notes = selectAll('.footnote', fromHtml(html)).map((el) => String(el.properties.dataNote));
      expect(notes, languages).toEqual(printed);
    }
  });
});

describe('draft: report notes of untranslated blocks', () => {
  const notesPath = path.join(repo, 'test/fixtures/ingest/notes-section/zh.md');
  const { publication: notesPub } = buildPublication('notes-section', new VFile({ path: notesPath, value: readFileSync(notesPath, 'utf8') }));
  const noteTexts = (languages: 'bilingual' | 'en') =>
    selectAll('.report-note', fromHtml(printDocument(notesPub, ctx, { layout: 'interleaved', languages, paper: 'A4' }, { paginate: false }))).map((el) => toString(el));

  it('prints a note’s Chinese once in the bilingual PDF: its English side is the pending marker alone, as a pending paragraph’s is (was: the Chinese twice)', () => {
    expect(notesPub.reportNotes.length).toBeGreaterThan(0);
    for (const [n, text] of noteTexts('bilingual').entries()) {
      const chinese = notesPub.blocks.find((b) => b.id === notesPub.reportNotes[n].id)!.zhText;
      expect(text.split(chinese).length - 1, text).toBe(1);
      expect(text).toContain('Translation pending');
    }
  });

  it('prints the note’s Chinese behind the pending marker in the English PDF (no Chinese beside it there)', () => {
    for (const [n, text] of noteTexts('en').entries()) {
      const chinese = notesPub.blocks.find((b) => b.id === notesPub.reportNotes[n].id)!.zhText;
      expect(text).toMatch(/Translation pending/);
      expect(text).toContain(chinese);
    }
  });
});
