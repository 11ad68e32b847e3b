/**
 * Glossary notes: the body of one note and the numbered list of notes
 * (print and EPUB place it after a section or at the end; HTML uses popovers).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { GlossaryEntry } from '../../pipeline/glossary/types.ts';
import type { Lang, NoteUse } from '../../pipeline/model/types.ts';
import { headingTag, uiLabel } from './label.ts';
import { langTag, noteZh, termZh, type TemplateOptions } from './types.ts';

const space: ElementContent = { type: 'text', value: ' ' };

/** English rendering, Chinese term (as the report writes it: `termZh`), pinyin, then the note in `lang` (English if no Chinese note). */
export function noteBody(entry: GlossaryEntry, lang: Lang, options: TemplateOptions): ElementContent[] {
  const zhNote = lang === 'zh' && entry.note_zh ? noteZh(options, entry.note_zh) : undefined;
  const text = zhNote?.text ?? entry.note_en;
  const textLang = zhNote?.lang ?? langTag.en;
  const zh = termZh(options, entry);
  return [
    h('span.note-term', { lang: langTag.en }, entry.en),
    space,
    // (an alias without pinyin of its own: the headword whose pinyin follows, "经营主体 = 市场主体 shì chǎng zhǔ tǐ")
    h('span.note-zh', { lang: zh.lang }, zh.term === undefined ? zh.text : `${zh.text} = ${zh.term}`),
    space,
    ...(zh.pinyin === undefined ? [] : [h('span.pinyin', { lang: 'zh-Latn-pinyin' }, zh.pinyin), space]),
    h('span.note-text', { lang: textLang }, text),
  ];
}

/** Unique notes (first use of a term per section) in reading order. */
export function uniqueNotes(notes: readonly NoteUse[]): NoteUse[] {
  const seen = new Set<string>();
  return [...notes].sort((a, b) => a.noteNumber - b.noteNumber).filter((n) => !seen.has(n.noteId) && seen.add(n.noteId));
}

/** `<section class="notes">` with an ordered list; each item has `id=<noteId>` and a link back to its block. */
export function noteList(notes: readonly NoteUse[], options: TemplateOptions, lang: Lang = 'en'): Element | undefined {
  const items = uniqueNotes(notes).flatMap((note) => {
    const entry = options.glossary?.byId.get(note.termId);
    if (!entry) return [];
    const back = options.blockHref ? options.blockHref(note.blockId) : `#${note.blockId}`;
    return [h('li.note', { id: note.noteId, value: note.noteNumber, role: options.edition === 'epub' ? 'doc-endnote' : undefined }, [
      ...noteBody(entry, lang, options),
      space,
      h('a.note-back', { href: back, ariaLabel: options.t[lang]('backToText', { number: note.noteNumber }), role: options.edition === 'epub' ? 'doc-backlink' : undefined }, '↩'),
    ])];
  });
  if (items.length === 0) return undefined;
  return h('section.notes', { role: options.edition === 'epub' ? 'doc-endnotes' : undefined, ariaLabel: uiLabel(options, 'notes', lang) }, [
    h(headingTag(options), { className: ['notes-title'] }, uiLabel(options, 'notes', lang)),
    h('ol.note-list', items),
  ]);
}
