/**
 * A glossary occurrence (TermRef) as each edition shows it. Every edition marks
 * the occurrence with `data-term="<term id>"` (markup contract).
 * - html:  `<a class="term" href="#g-<term>">…</a>`; the page script turns it into a
 *          popover trigger, without JavaScript it is a link to the appendix entry.
 * - epub:  the term links to its appendix entry; the first use carries a
 *          `<a epub:type="noteref">n</a>` to the note (rendered by `noteList`).
 * - print: a plain `<span class="term">`; the first use carries a superscript note
 *          number, or with `inlineNotes` a `<span class="footnote">` (a footnote in print).
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Lang, TermRef } from '../../pipeline/model/types.ts';
import { noteBody } from './note.ts';
import { hrefs, occurrenceId, type TemplateOptions } from './types.ts';

export interface TermContext {
  lang: Lang;
  blockId: string;
  options: TemplateOptions;
  /** terms already given an occurrence id in this block side */
  seen: Set<string>;
}

export function termRefElement(ref: TermRef, children: ElementContent[], context: TermContext): ElementContent[] {
  const { options, lang, blockId, seen } = context;
  const known = options.glossary ? options.glossary.byId.has(ref.termId) : true;
  if (options.edition === 'html') {
    // Lean markup: a page has hundreds of terms and the popover needs only the entry link.
    if (!known) return [h('span.term', { dataTerm: ref.termId }, children)];
    return [h('a.term', { dataTerm: ref.termId, href: hrefs.term(options, ref.termId) }, children)];
  }
  const id = seen.has(ref.termId) ? undefined : occurrenceId(blockId, lang, ref.termId);
  seen.add(ref.termId);
  const common = { id, dataTerm: ref.termId, dataNote: ref.noteId };
  const term = options.edition === 'epub' && known
    ? h('a.term', { ...common, href: hrefs.term(options, ref.termId) }, children)
    : h('span.term', common, children);
  if (!ref.first) return [term];
  if (options.edition === 'print' && options.inlineNotes) {
    const entry = options.glossary?.byId.get(ref.termId);
    return entry ? [term, h('span.footnote', { dataNote: ref.noteId }, noteBody(entry, 'en', options))] : [term];
  }
  const label = options.t[lang]('noteNumber', { number: ref.noteNumber });
  const call = options.edition === 'epub'
    ? h('a.note-ref', { href: hrefs.note(options, ref.noteId), 'epub:type': 'noteref', role: 'doc-noteref', ariaLabel: label }, String(ref.noteNumber))
    : h('a.note-ref', { href: hrefs.note(options, ref.noteId), ariaLabel: label }, String(ref.noteNumber));
  return [term, h('sup', call)];
}
