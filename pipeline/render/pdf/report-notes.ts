/**
 * The report's own notes in print: the first call of each note (in reading
 * order: the Chinese side in the bilingual edition) carries the note as a
 * footnote (set at the foot of the page by paginate.js), numbered `[n]` as 注释 sections number them; later calls
 * (the English side, a second mention) are bracketed marks linking to it.
 * Glossary notes keep their plain numbers (furniture.ts addFootnoteNumbers),
 * so a reader tells the report's notes from the edition's at a glance.
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import { eachElement } from './walk.ts';
import type { Publication } from '../../model/types.ts';

export function addReportNoteCalls(tree: Root, pub: Publication): void {
  const numbers = new Map(pub.reportNotes.map((note) => [note.id, note.number]));
  const carried = new Set<string>();
  eachElement(tree, (node, index, parent) => {
    if (node.properties.dataReportNote === undefined) return;
    const noteId = String(node.properties.dataReportNote);
    const mark = `[${numbers.get(noteId) ?? ''}]`;
    const call = h('sup.fn-call.rn-call', { dataNoteCall: noteId }, h('a', { href: `#${noteId}` }, mark));
    if (carried.has(noteId)) {
      parent.children.splice(index, 1, call);
      return index + 1;
    }
    carried.add(noteId);
    // The note's own unit id, as the HTML and EPUB editions give it: the glossary's "Used in" pages of a term
    // used in a note look for it (looked at, stop 23: 'Used in' with no page, the id being fn-<id>).
    node.properties = { ...node.properties, dataNoteId: noteId, id: noteId };
    node.children = [h('span.fn-num', mark), { type: 'text', value: ' ' }, ...node.children];
    parent.children.splice(index, 0, call);
    return index + 2;
  });
}
