/**
 * The report's own notes (GFM footnotes in zh.md / en.md), told apart from the
 * edition's glossary notes: calls are bracketed (`[1]`, as 注释 sections number
 * them) and every note is labelled 原注 / "Note in the original"; glossary notes
 * use plain superscript numbers and term links.
 *
 * - html:  call `sup.rn-call > a.rn-ref[href=#<note id>][role=doc-noteref]`, the
 *          notes listed after the text (`reportNoteList`), each with a link back
 *          to its call in each language; the page script shows them as popovers.
 * - epub:  the call also carries `epub:type="noteref"`; the section document that
 *          first calls a note ends with its `aside[epub:type=footnote]` (epub/footnotes.ts).
 * - print: `span.footnote.report-note[data-report-note]` holding the note in the
 *          edition's languages (a footnote in print); pdf/report-notes.ts numbers it.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { FootnoteReference } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Block, Lang, Publication } from '../../pipeline/model/types.ts';
import { unitContent } from './flow.ts';
import { bilingualText, headingTag, shownLangs, uiLabel } from './label.ts';
import { hrefs, textTag, type TemplateOptions } from './types.ts';

export const REPORT_NOTES_ID = 'report-notes';

/** Unit id → number and block, for `TemplateOptions.reportNotes`. */
export function reportNoteIndex(pub: Publication): Map<string, { number: number; block: Block }> {
  const byId = new Map(pub.blocks.map((b) => [b.id, b]));
  return new Map(pub.reportNotes.flatMap((note) => {
    const block = byId.get(note.id);
    return block ? [[note.id, { number: note.number, block }] as const] : [];
  }));
}

/** id of the first call of a note in one side of a block (HTML edition). */
export function reportNoteCallId(blockId: string, lang: Lang, noteId: string): string {
  return `${blockId}-${lang}-${noteId}`;
}

export interface NoteCallContext {
  lang: Lang;
  blockId: string;
  options: TemplateOptions;
  seen: Set<string>;
}

/** The call of a report note where the text refers to it. */
export function reportNoteCall(noteId: string, context: NoteCallContext): ElementContent[] {
  const { options, lang, blockId, seen } = context;
  const note = options.reportNotes?.get(noteId);
  if (!note) return [];
  const mark = `[${note.number}]`;
  if (options.edition === 'print' && options.inlineNotes) {
    return [h('span.footnote.report-note', { dataReportNote: noteId }, printBody(note.block, options))];
  }
  const id = options.edition === 'html' && !seen.has(noteId) ? reportNoteCallId(blockId, lang, noteId) : undefined;
  seen.add(noteId);
  const label = uiLabel(options, 'reportNoteNumber', lang, { number: note.number });
  const epub = options.edition === 'epub' ? { 'epub:type': 'noteref' } : {};
  return [h('sup.rn-call', h('a.rn-ref', { id, href: hrefs.block(options, noteId), role: 'doc-noteref', ariaLabel: label, ...epub }, mark))];
}

/**
 * The note's text in one language: its English, or the Chinese marked as pending — the
 * marker alone where the Chinese is printed beside it (the bilingual PDF and EPUB), as a
 * pending paragraph's English is (flow.ts unitContent).
 */
export function reportNoteText(block: Block, lang: Lang, options: TemplateOptions): ElementContent[] {
  return unitContent(block, lang, options);
}

/** `原注` / `Original note` before the text, so a reader never takes it for the edition's note. */
export function reportNoteLabel(options: TemplateOptions, lang: Lang): Element {
  return h('span.rn-label', { lang: textTag(options, lang) }, uiLabel(options, 'reportNoteLabel', lang));
}

function printBody(block: Block, options: TemplateOptions): ElementContent[] {
  return shownLangs(options).map((lang) =>
    h('span', { lang: textTag(options, lang), className: ['rn-text', `rn-${lang}`] }, [reportNoteLabel(options, lang), ' ', ...reportNoteText(block, lang, options)]));
}

/** Whether a side of a block calls the note (to link back only to calls that exist). */
function calls(block: Block, lang: Lang, noteId: string): boolean {
  const tree = lang === 'zh' ? block.zh : block.en ?? block.zh;
  let found = false;
  visit(tree, 'footnoteReference', (ref: FootnoteReference) => {
    if (ref.data?.noteId === noteId) found = true;
  });
  return found;
}

/**
 * The notes' title: the report's own heading for them (名词解释, 注释 … — zh.md's `notes_heading`) and its
 * English (en.md's), set as the UI's bilingual labels are; the edition's label (原注 · Notes in the original)
 * for a language the report gives no heading in (looked at, round 8: the report's 名词解释 was shown nowhere).
 */
export function reportNotesTitle(pub: Publication, options: TemplateOptions): ElementContent[] {
  return bilingualText(options, (lang) => reportNotesName(pub, options, lang));
}

/** The notes' title as plain text in one language (an accessible name). */
function reportNotesName(pub: Publication, options: TemplateOptions, lang: Lang): string {
  return pub.meta[lang]?.notes_heading ?? uiLabel(options, 'reportNotes', lang);
}

/**
 * HTML edition: the notes after the text, each a `li.block` (so the views and
 * the parallel grid apply) with one paragraph per shown language, led by a
 * link back to the first call in that language.
 */
export function reportNoteList(pub: Publication, options: TemplateOptions): Element | undefined {
  if (pub.reportNotes.length === 0) return undefined;
  const byId = new Map(pub.blocks.map((b) => [b.id, b]));
  const langs = shownLangs(options);
  const items = pub.reportNotes.flatMap((note) => {
    const block = byId.get(note.id);
    if (!block) return [];
    const sides = langs.map((lang) => {
      const caller = note.calledFrom.map((id) => byId.get(id)).find((b) => b && calls(b, lang, note.id));
      const mark = `[${note.number}]`;
      const back = caller
        ? h('a.rn-back', { href: `#${reportNoteCallId(caller.id, lang, note.id)}`, ariaLabel: uiLabel(options, 'reportNoteBack', lang, { number: note.number }) }, mark)
        : h('span.rn-back', mark);
      return h('p', { lang: textTag(options, lang), className: [lang] }, [back, ' ', reportNoteLabel(options, lang), ' ', ...reportNoteText(block, lang, options)]);
    });
    return [h('li.block.block-note', { id: note.id, dataNote: String(note.number) }, sides)];
  });
  const uiLang: Lang = langs.includes('en') ? 'en' : 'zh';
  return h('section.report-notes', { id: REPORT_NOTES_ID, ariaLabel: reportNotesName(pub, options, uiLang) }, [
    h(headingTag(options), { className: ['report-notes-title'] }, reportNotesTitle(pub, options)),
    h('ol.rn-list', items),
  ]);
}
