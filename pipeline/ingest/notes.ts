/**
 * A report's own notes: a trailing section headed 注释 / 注 / 名词解释 / 附注 / 注解
 * whose entries are numbered `[1]`, `①`, `1.` / `1、` or `（1）`, and the markers
 * (`[1]`, `①`, `〔1〕`) in the text that call them. The entries become note
 * definitions, each marker of a known note a call (GFM footnotes in zh.md); the heading
 * goes to the front matter as `notes_heading`. A marker without an entry stays
 * text; an entry without a marker is still a note (nothing is dropped).
 */
import type { DraftBlock } from './types.ts';

const HEADING = /^(?:注释|注|名词解释|附注|注解|名词注释)\s*[：:]?\s*$/;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** An entry's number at the start of a paragraph. */
const ENTRY = new RegExp(`^(?:\\[(\\d{1,2})\\]|〔(\\d{1,2})〕|([${CIRCLED}])|(\\d{1,2})[.、．](?!\\d)|[（(](\\d{1,2})[）)])\\s*`);
/** Entries run together in one paragraph: split before each `[n]` / `①`. */
const INLINE_ENTRY = new RegExp(`(?=\\[\\d{1,2}\\]|〔\\d{1,2}〕|[${CIRCLED}])`);

const labelOf = (m: RegExpExecArray): string => {
  const circled = m[3] ? String(CIRCLED.indexOf(m[3]) + 1) : undefined;
  return String(Number(m[1] ?? m[2] ?? circled ?? m[4] ?? m[5]));
};

export interface NotesResult {
  drafts: DraftBlock[];
  /** The notes section's own heading (注释 …), for the front matter. */
  heading?: string;
  notes: number;
  calls: number;
}

export function extractNotes(drafts: readonly DraftBlock[]): NotesResult {
  const start = headingIndex(drafts);
  if (start < 0) return { drafts: [...drafts], notes: 0, calls: 0 };
  const head = drafts[start];
  const headMatch = /^(注释|注|名词解释|附注|注解|名词注释)\s*[：:]?/.exec(head.text)!;
  const rest = head.text.slice(headMatch[0].length).trim();
  const entries: DraftBlock[] = [];
  const pieces = [...(rest ? [{ ...head, text: rest }] : []), ...drafts.slice(start + 1)];
  for (const piece of pieces) {
    for (const part of piece.text.split(INLINE_ENTRY).map((p) => p.trim()).filter(Boolean)) {
      const m = ENTRY.exec(part);
      if (m) entries.push({ kind: 'note', label: labelOf(m), text: part.slice(m[0].length), line: piece.line, column: piece.column });
      else if (entries.length > 0) entries[entries.length - 1].text += part; // a continuation line
      else return { drafts: [...drafts], notes: 0, calls: 0 }; // not a notes section after all
    }
  }
  if (entries.length === 0) return { drafts: [...drafts], notes: 0, calls: 0 };
  const labels = new Set(entries.map((e) => e.label!));
  const called = new Set<string>();
  const body = drafts.slice(0, start).map((draft) => withCalls(draft, labels, called));
  const heading: DraftBlock = { kind: 'notes-heading', text: headMatch[1], line: head.line, column: head.column };
  return { drafts: [...body, heading, ...entries], heading: headMatch[1], notes: entries.length, calls: called.size };
}

/** The last draft that opens a notes section (a heading line, or a paragraph starting 注释：[1]…). */
function headingIndex(drafts: readonly DraftBlock[]): number {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const text = drafts[i].text.trim();
    if (HEADING.test(text) && i < drafts.length - 1 && ENTRY.test(drafts[i + 1].text)) return i;
    if (/^(注释|名词解释|附注|注解)\s*[：:]\s*\S/.test(text) && ENTRY.test(text.replace(/^[^：:]*[：:]\s*/, ''))) return i;
  }
  return -1;
}

/** The first marker of each note in a block becomes a call (the marker's characters leave the text). */
function withCalls(draft: DraftBlock, labels: ReadonlySet<string>, called: Set<string>): DraftBlock {
  if (draft.kind === 'table') {
    const rows = draft.rows?.map((row) => row.map((cell) => {
      if (!('text' in cell)) return cell;
      const marked = withCalls({ kind: 'paragraph', text: cell.text, line: draft.line, column: draft.column }, labels, called);
      return { ...cell, text: marked.text, calls: marked.calls };
    }));
    return { ...draft, rows };
  }
  if (!['paragraph', 'heading', 'item', 'quote', 'box'].includes(draft.kind)) return draft;
  const marker = new RegExp(`\\[(\\d{1,2})\\]|〔(\\d{1,2})〕|([${CIRCLED}])`, 'g');
  let text = '';
  let from = 0;
  let lead = draft.lead;
  const calls: Array<{ at: number; label: string }> = [...(draft.calls ?? [])];
  for (const m of draft.text.matchAll(marker)) {
    const label = m[3] ? String(CIRCLED.indexOf(m[3]) + 1) : String(Number(m[1] ?? m[2]));
    if (!labels.has(label)) continue;
    text += draft.text.slice(from, m.index);
    calls.push({ at: text.length, label });
    called.add(label);
    if (lead !== undefined && m.index < lead) lead -= m[0].length;
    from = m.index + m[0].length;
  }
  if (calls.length === (draft.calls?.length ?? 0)) return draft;
  text += draft.text.slice(from);
  return { ...draft, text, calls, lead };
}
