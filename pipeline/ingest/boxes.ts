/**
 * Boxed sections (专栏) in a page's text: a short line `专栏1　…主要指标` (no
 * sentence end) opens a box holding what follows — its table, its list, its
 * short lines — up to the next heading, the next box, the notes section, or
 * the first long paragraph of running text (the report resumes). A table whose
 * HTML caption made a box already (structures.ts) is left as it is.
 */
import type { DraftBlock } from './types.ts';

const TITLE = /^专栏\s*[0-9０-９一二三四五六七八九十]+/;
/** A paragraph this long that ends a sentence is the report's running text again. */
const RUNNING_TEXT = 60;

export function findBoxes(drafts: readonly DraftBlock[]): { drafts: DraftBlock[]; boxes: number } {
  const out: DraftBlock[] = [];
  let open = false;
  let boxes = 0;
  let depth = 0; // a box made from a caption (box … box-end) inside the text
  const close = (at: DraftBlock) => {
    if (open) out.push({ kind: 'box-end', text: '', line: at.line, column: at.column });
    open = false;
  };
  for (const draft of drafts) {
    if (draft.kind === 'box') depth++;
    if (draft.kind === 'box-end') depth--;
    const title = draft.kind === 'paragraph' && depth === 0 && TITLE.test(draft.text) && draft.text.length <= 60 && !/[。！？；]$/.test(draft.text);
    const ends = draft.kind === 'heading' || draft.kind === 'notes-heading' || draft.kind === 'note' || draft.kind === 'box' || title ||
      (draft.kind === 'paragraph' && draft.text.length > RUNNING_TEXT && /[。！？]$/.test(draft.text));
    if (open && ends) close(draft);
    if (title) {
      out.push({ ...draft, kind: 'box', lead: undefined });
      open = true;
      boxes++;
      continue;
    }
    out.push(draft);
  }
  if (open) close(out[out.length - 1]);
  return { drafts: out, boxes };
}
