/**
 * Glossary notes: wrap every term occurrence of every block (Chinese and
 * English) in a `termRef` node and number the notes.
 *
 * Note rule (pipeline/glossary/README.md): the first occurrence of a term in each top-level
 * section carries a note (`first: true`, new `noteId` `n-<k>`, `noteNumber`
 * k in reading order over the publication); later occurrences in that
 * section link to it (`first: false`, same noteId). The note sits on the
 * English occurrence; the Chinese twin gets the same noteId with
 * `first: false`. When the block has no English, or its English lacks the
 * rendering, the note sits on the Chinese occurrence so it is never lost.
 * Within a block, new notes are numbered in English order (where the markers
 * are read), then Chinese order for terms without an English match.
 */
import type { Parent, PhrasingContent } from 'mdast';
import type { NoteUse, Publication, TermRef } from '../model/types.ts';
import type { Glossary, GlossaryEntry, TermMatcher, TermOccurrence } from './types.ts';
import { inlineText, wrapRanges } from './wrap.ts';

export interface AnnotateOptions {
  /**
   * Wrap terms in headings too (default false: a note marker in a heading
   * also lands in tables of contents). Heading uses are recorded in
   * `termUses` either way.
   */
  headings?: boolean;
}

export interface AnnotateResult {
  notes: NoteUse[];
  /** entries that occur nowhere in the publication */
  unused: GlossaryEntry[];
}

export function annotate(
  pub: Publication,
  glossary: Glossary,
  matcher: TermMatcher,
  options: Readonly<AnnotateOptions> = {},
): AnnotateResult {
  pub.notes = [];
  pub.termUses = new Map();
  const sectionNotes = new Map<string, Map<string, NoteUse>>();
  let counter = 0;

  for (const block of pub.blocks) {
    // Idempotent: a second run starts from the plain tree again.
    unwrapTermRefs(block.zh);
    if (block.en) unwrapTermRefs(block.en);

    const zhText = inlineText(block.zh).text;
    const zhOcc = matcher.findZh(zhText).filter((o) => glossary.byId.has(o.termId));
    if (zhOcc.length === 0) continue;
    const ids = [...new Set(zhOcc.map((o) => o.termId))];
    for (const id of ids) {
      const uses = pub.termUses.get(id) ?? [];
      uses.push(block.id);
      pub.termUses.set(id, uses);
    }
    // Box titles read like headings; the report's own notes get no edition note inside them (a footnote in a footnote).
    if ((block.kind === 'heading' || block.kind === 'title') && !options.headings) continue;
    if (block.kind === 'note') continue;

    const enOcc = block.en ? matcher.findEn(inlineText(block.en).text, ids) : [];
    const notes = sectionNotes.get(block.section) ?? new Map<string, NoteUse>();
    sectionNotes.set(block.section, notes);
    const position = (list: TermOccurrence[], id: string) => list.find((o) => o.termId === id)?.start ?? Infinity;
    const fresh = new Set<string>();
    const order = [...ids].sort((x, y) => position(enOcc, x) - position(enOcc, y) || position(zhOcc, x) - position(zhOcc, y));
    for (const termId of order) {
      if (notes.has(termId)) continue;
      counter++;
      const note: NoteUse = { noteId: `n-${counter}`, noteNumber: counter, termId, blockId: block.id, sectionId: block.section };
      notes.set(termId, note);
      pub.notes.push(note);
      fresh.add(termId);
    }

    // Wrap first, then give the note to the first occurrence that was
    // actually wrapped (English before Chinese), so no note is left unanchored.
    const carried = new Set<string>();
    const wrapAll = (root: Parent, occurrences: TermOccurrence[]) => {
      const refs: TermRef[] = occurrences.map((occ) => {
        const note = notes.get(occ.termId)!;
        return { type: 'termRef', termId: occ.termId, noteId: note.noteId, noteNumber: note.noteNumber, first: false, children: [] };
      });
      const done = wrapRanges(root, occurrences.map((occ, i) => ({ start: occ.start, end: occ.end, wrapper: refs[i] })));
      refs.forEach((ref, i) => {
        if (!done[i] || !fresh.has(ref.termId) || carried.has(ref.termId)) return;
        ref.first = true;
        carried.add(ref.termId);
      });
    };
    if (block.en) wrapAll(block.en, enOcc);
    wrapAll(block.zh, zhOcc);
  }

  const unused = glossary.entries.filter((entry) => !pub.termUses.has(entry.id));
  return { notes: pub.notes, unused };
}

/** Replace every termRef by its children and merge the text nodes it split. */
export function unwrapTermRefs(parent: Parent): void {
  const out: PhrasingContent[] = [];
  for (const child of parent.children as PhrasingContent[]) {
    if ('children' in child) unwrapTermRefs(child);
    const pieces = child.type === 'termRef' ? child.children : [child];
    for (const piece of pieces) {
      const previous = out[out.length - 1];
      if (piece.type === 'text' && previous?.type === 'text') out[out.length - 1] = { type: 'text', value: previous.value + piece.value };
      else out.push(piece);
    }
  }
  parent.children = out as Parent['children'];
}
