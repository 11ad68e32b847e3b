/**
 * Glossary notes in print. The note rule (pipeline/glossary annotate) gives every top-level
 * section its own notes — the first use of a term in a section carries one — so a reader who
 * opens a chapter finds the note there. In print each chapter opens a page (print.css
 * `.section.chapter`), except the first one after the text before any heading (the salutation,
 * the opening formula: the section `front`), which runs on into it on the same page
 * (`.section:not(.chapter) + .section.chapter`). There the rule printed the same note twice on
 * one page (new user, round 8: 人大 as notes 1 and 2, one under the other). So in print the front
 * and the first chapter are one stretch of text for the notes, as a long chapter is: a term noted
 * in the front is not noted again in the first chapter (its uses there point to the front's note),
 * and the notes are numbered again in reading order. The EPUB keeps them apart: the front is a
 * document of its own there.
 */
import type { Parent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Block, NoteUse, Publication, TermRef, UnitNode } from '../../model/types.ts';

export function printNoteScopes(pub: Publication): Publication {
  const [front, first] = pub.sections;
  if (!front || front.heading || !first?.heading) return pub;
  const frontNotes = new Map(pub.notes.filter((n) => n.sectionId === front.id).map((n) => [n.termId, n] as const));
  const merged = new Map<string, NoteUse>(); // note id in the first chapter → the front's note of the term
  for (const note of pub.notes) {
    const earlier = note.sectionId === first.id ? frontNotes.get(note.termId) : undefined;
    if (earlier) merged.set(note.noteId, earlier);
  }
  if (merged.size === 0) return pub;

  const kept = pub.notes.filter((n) => !merged.has(n.noteId)).sort((a, b) => a.noteNumber - b.noteNumber);
  const numbers = new Map(kept.map((n, i) => [n.noteId, i + 1] as const));
  const notes = kept.map((n) => ({ ...n, noteNumber: numbers.get(n.noteId)! }));

  const renumber = (tree: UnitNode): UnitNode => {
    const copy = structuredClone(tree);
    visit(copy as Parent, 'termRef', (ref: TermRef) => {
      const into = merged.get(ref.noteId);
      if (into) {
        ref.noteId = into.noteId;
        ref.first = false;
      }
      ref.noteNumber = numbers.get(ref.noteId) ?? ref.noteNumber;
    });
    return copy;
  };
  const swap = new Map<Block, Block>(pub.blocks.map((b) => [b, { ...b, zh: renumber(b.zh), en: b.en && renumber(b.en) }]));
  const map = (b: Block): Block => swap.get(b) ?? b;
  return {
    ...pub,
    notes,
    blocks: pub.blocks.map(map),
    sections: pub.sections.map((s) => ({ ...s, heading: s.heading && map(s.heading), blocks: s.blocks.map(map) })),
  };
}
