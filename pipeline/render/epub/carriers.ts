/**
 * Which occurrence of a note carries the note reference depends on the
 * languages shown. The glossary puts `first` on the English occurrence; a
 * Chinese-only EPUB does not show it, so the first shown occurrence with the
 * same note id must carry the reference instead. This returns a publication
 * whose blocks are copies with `first` moved accordingly (the input is not
 * changed: the same publication feeds the other editions).
 */
import { visit } from 'unist-util-visit';
import type { Block, Lang, Publication, Section, TermRef, UnitNode } from '../../model/types.ts';

export function withNoteCarriers(pub: Publication, langs: readonly Lang[]): Publication {
  const blocks: Block[] = pub.blocks.map((block) => ({ ...block, zh: structuredClone(block.zh), en: block.en && structuredClone(block.en) }));
  const shown = (block: Block): UnitNode[] =>
    langs.flatMap((lang) => (lang === 'zh' ? [block.zh] : [block.en ?? block.zh]));
  const refs = new Map<string, TermRef[]>();
  for (const block of blocks) {
    // A pending English side shows the Chinese twice (zh + pending en): count each tree once.
    for (const tree of new Set(shown(block))) {
      visit(tree, 'termRef', (ref: TermRef) => {
        refs.set(ref.noteId, [...(refs.get(ref.noteId) ?? []), ref]);
      });
    }
  }
  for (const list of refs.values()) {
    if (list.some((ref) => ref.first)) continue;
    const all = blocks.flatMap((block) => collect(block, list[0].noteId));
    if (!all.some((ref) => ref.first)) continue; // never had a carrier: nothing to move
    list[0].first = true;
  }
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const sections: Section[] = pub.sections.map((sec) => ({
    ...sec,
    heading: sec.heading && byId.get(sec.heading.id),
    blocks: sec.blocks.map((b) => byId.get(b.id)!),
  }));
  return { ...pub, blocks, sections };
}

function collect(block: Block, noteId: string): TermRef[] {
  const out: TermRef[] = [];
  for (const tree of [block.zh, block.en]) {
    if (!tree) continue;
    visit(tree, 'termRef', (ref: TermRef) => {
      if (ref.noteId === noteId) out.push(ref);
    });
  }
  return out;
}
