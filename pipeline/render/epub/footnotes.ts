/**
 * Glossary notes as EPUB pop-up footnotes: each note is an
 * `<aside epub:type="footnote" role="doc-footnote">` at the end of the section
 * document whose first use of the term calls it, and links back to that call.
 * The body of a note is the shared `noteBody` component.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { noteBody, reportNoteLabel, reportNoteText, shownLangs, textTag, uniqueNotes, type TemplateOptions } from '../../../templates/components/index.ts';
import type { Lang, Publication, Section } from '../../model/types.ts';
import { epubType, LANG_TAG } from './page.ts';

/** id of a note reference (`<a epub:type="noteref">`), the target of the back link. */
function noteRefId(noteId: string): string {
  return `ref-${noteId}`;
}

/** The first call of each note: its id, and the id of the first call in each language (a back link per language). */
export interface NoteCalls {
  first: Map<string, string>;
  byLang: Map<string, Map<string, string>>;
}

/**
 * Give every note reference in `tree` an id (`ref-<noteId>`, then `-2`, `-3`
 * for later calls of the same note: its other language, a draft's second
 * mention) and return the first id per note, overall and per language (the
 * `lang` of the nearest element that has one).
 */
export function identifyNoteRefs(tree: Element): NoteCalls {
  const first = new Map<string, string>();
  const byLang = new Map<string, Map<string, string>>();
  const count = new Map<string, number>();
  const walk = (el: Element, lang: string | undefined): void => {
    const own = typeof el.properties.lang === 'string' ? el.properties.lang : lang;
    if (el.tagName === 'a' && epubType(el)?.split(' ').includes('noteref')) {
      const href = String(el.properties.href ?? '');
      const noteId = href.slice(href.indexOf('#') + 1);
      const n = (count.get(noteId) ?? 0) + 1;
      count.set(noteId, n);
      const id = n === 1 ? noteRefId(noteId) : `${noteRefId(noteId)}-${n}`;
      el.properties.id = id;
      if (n === 1) first.set(noteId, id);
      const langs = byLang.get(noteId) ?? byLang.set(noteId, new Map()).get(noteId)!;
      if (own && !langs.has(own)) langs.set(own, id);
    }
    for (const child of el.children) if (child.type === 'element') walk(child, own);
  };
  walk(tree, undefined);
  return { first, byLang };
}

/**
 * The footnotes of one section: the notes whose first use is in it and that
 * are called from it (`calls`: note id → id of the call). A note that no
 * shown occurrence calls is left out rather than printed unreachable.
 */
export function sectionFootnotes(pub: Publication, sec: Section, calls: NoteCalls, options: TemplateOptions, lang: Lang): Element[] {
  return uniqueNotes(pub.notes.filter((note) => note.sectionId === sec.id)).flatMap((note) => {
    const entry = options.glossary?.byId.get(note.termId);
    const call = calls.first.get(note.noteId);
    if (!entry || !call) return [];
    const back = h('a.note-back', { href: `#${call}`, role: 'doc-backlink', ariaLabel: options.t[lang]('backToText', { number: note.noteNumber }) }, String(note.noteNumber));
    return [
      h('aside.footnote', { id: note.noteId, 'epub:type': 'footnote', role: 'doc-footnote', lang: LANG_TAG[lang], dataTerm: note.termId }, [
        h('p', [back, ' ', ...noteBody(entry, lang, options)]),
      ]),
    ];
  });
}

/**
 * The report's own notes called first from this section: one footnote each,
 * holding the note in every shown language (label 原注 / "Original note"),
 * each language led by a link back to the note's first call in that language
 * (a reader of the English goes back to the English; looked at, round 8: one
 * back link, to the Chinese call), else to its first call.
 */
export function reportFootnotes(pub: Publication, sec: Section, calls: NoteCalls, options: TemplateOptions): Element[] {
  const byId = new Map(pub.blocks.map((b) => [b.id, b]));
  return pub.reportNotes.filter((note) => note.sectionId === sec.id).flatMap((note) => {
    const block = byId.get(note.id);
    const call = calls.first.get(note.id);
    if (!block || !call) return [];
    const langs = shownLangs(options);
    const mark = `[${note.number}]`;
    return [
      h('aside.footnote.report-note', { id: note.id, 'epub:type': 'footnote', role: 'doc-footnote' }, langs.map((lang) =>
        h('p', { lang: textTag(options, lang) }, [
          h('a.note-back', { href: `#${calls.byLang.get(note.id)?.get(textTag(options, lang)) ?? call}`, role: 'doc-backlink', ariaLabel: options.t[lang]('reportNoteBack', { number: note.number }) }, mark),
          ' ',
          reportNoteLabel(options, lang),
          ' ',
          ...reportNoteText(block, lang, options),
        ]))),
    ];
  });
}
