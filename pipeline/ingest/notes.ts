/**
 * A report's own notes: a trailing section headed 注释 / 注 / 名词解释 / 附注 / 注解
 * (also after the document's name: 《政府工作报告》名词解释) whose entries are
 * numbered `[1]`, `①`, `1.` / `1、` or `（1）`. An entry is called from the text
 * by its marker (`[1]`, `①`, `〔1〕`), or — a term-keyed section, the way many
 * local reports print it: `1.地区生产总值：指…`, no markers in the text — by its
 * term: the call goes right after the term's first occurrence in the text (as
 * the printed reports read). The entries become note definitions and the calls
 * GFM footnote calls; the heading goes to the front matter as `notes_heading`.
 *
 * A note must be called to be printed (EPUB and PDF set a note at its call), so
 * a section with an entry that nothing calls — no marker, its term not in the
 * text (the notes page of a paginated mirror, without the report) — is kept as
 * the page has it: its heading and a numbered list, nothing linked, and every
 * such entry is reported (`unlinked`). A marker without an entry stays text
 * (`strayMarkers` lists them for the report).
 */
import type { DraftBlock, DraftCell } from './types.ts';

const NAMES = '注释|注|名词解释|附注|注解|名词注释|名词注解|词语解释|名词解析';
/** A notes heading: the name, after 附： and the document's name (《…》) or 有关 / 报告中 if any. */
const HEADING_TEXT = new RegExp(`^((?:附[：:]?\\s*)?(?:《[^》]{1,40}》)?(?:报告中|有关|相关)?(?:${NAMES}))\\s*[：:]?`);
const HEADING = new RegExp(`${HEADING_TEXT.source}\\s*$`);
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** An entry's number at the start of a paragraph. */
const ENTRY = new RegExp(`^(?:\\[(\\d{1,2})\\]|〔(\\d{1,2})〕|([${CIRCLED}])|(\\d{1,2})[.、．](?!\\d)|[（(](\\d{1,2})[）)])\\s*`);
/** Entries run together in one paragraph: split before each `[n]` / `①`. */
const INLINE_ENTRY = new RegExp(`(?=\\[\\d{1,2}\\]|〔\\d{1,2}〕|[${CIRCLED}])`);
/** The term an entry explains: what precedes its first colon, short and no sentence. */
const TERM = /^([^：:。；，！？]{1,30})[：:]/;

const labelOf = (m: RegExpExecArray): string => {
  const circled = m[3] ? String(CIRCLED.indexOf(m[3]) + 1) : undefined;
  return String(Number(m[1] ?? m[2] ?? circled ?? m[4] ?? m[5]));
};

/** Whether a line is a notes section's heading (metadata.ts: such a line is not the report's title). */
export function isNotesHeading(text: string): boolean {
  return HEADING.test(text.trim());
}

/** An entry that nothing in the text calls. */
export interface UnlinkedNote {
  label: string;
  /** The term the entry explains, when it names one (`术语：…`). */
  term?: string;
  line: number;
  column: number;
}

export interface NotesResult {
  drafts: DraftBlock[];
  /** The notes section's own heading (注释 …), for the front matter (unset when kept as a list). */
  heading?: string;
  notes: number;
  /** Notes called by their marker. */
  calls: number;
  /** Notes called after their term (a term-keyed section). */
  byTerm: number;
  /** Entries nothing calls: when there are any, the section is kept as a titled list (`kept`). */
  unlinked: UnlinkedNote[];
  /** The heading of a section kept as a list, as the page wrote it. */
  kept?: string;
}

const none = (drafts: readonly DraftBlock[]): NotesResult => ({ drafts: [...drafts], notes: 0, calls: 0, byTerm: 0, unlinked: [] });

export function extractNotes(drafts: readonly DraftBlock[]): NotesResult {
  const start = headingIndex(drafts);
  if (start < 0) return none(drafts);
  const head = drafts[start];
  const headMatch = HEADING_TEXT.exec(head.text)!;
  const rest = head.text.slice(headMatch[0].length).trim();
  const entries: DraftBlock[] = [];
  const pieces = [...(rest ? [{ ...head, text: rest }] : []), ...drafts.slice(start + 1)];
  for (const piece of pieces) {
    // A note's entry read as a run-in heading ("1.本公报中数据均为初步统计数…为准。" + "部分数据…"): its 。 comes back.
    const text = piece.kind === 'heading' && piece.cut ? piece.text + piece.cut : piece.text;
    for (const part of text.split(INLINE_ENTRY).map((p) => p.trim()).filter(Boolean)) {
      const m = ENTRY.exec(part);
      if (m) entries.push({ kind: 'note', label: labelOf(m), text: part.slice(m[0].length), line: piece.line, column: piece.column });
      else if (entries.length > 0) entries[entries.length - 1].text += part; // a continuation line
      else return none(drafts); // not a notes section after all
    }
  }
  if (entries.length === 0) return none(drafts);
  const labels = new Set(entries.map((e) => e.label!));
  const called = new Set<string>();
  let body = drafts.slice(0, start).map((draft) => withCalls(draft, labels, called));
  const calls = called.size;
  let byTerm = 0;
  const unlinked: UnlinkedNote[] = [];
  for (const entry of entries) {
    if (called.has(entry.label!)) continue;
    const term = TERM.exec(entry.text)?.[1].trim();
    const linked = term ? linkTerm(body, term, entry.label!) : undefined;
    if (linked) {
      body = linked;
      called.add(entry.label!);
      byTerm++;
    } else unlinked.push({ label: entry.label!, term, line: entry.line, column: entry.column });
  }
  const name = headMatch[1].trim();
  if (unlinked.length > 0) {
    // Kept as the page has it: the heading and the numbered entries, nothing linked (the text keeps its markers).
    const title: DraftBlock = { kind: 'heading', depth: 2, text: name, line: head.line, column: head.column };
    const items = entries.map((e): DraftBlock => ({ kind: 'item', ordered: true, text: e.text, line: e.line, column: e.column }));
    return { drafts: [...drafts.slice(0, start), title, ...items], notes: 0, calls: 0, byTerm: 0, unlinked, kept: name };
  }
  const heading: DraftBlock = { kind: 'notes-heading', text: name, line: head.line, column: head.column };
  return { drafts: [...body, heading, ...entries], heading: name, notes: entries.length, calls, byTerm, unlinked };
}

/** A note marker left in the text: `[1]` or `〔1〕` (① is an enumeration as often as a call). */
export interface StrayMarker {
  marker: string;
  line: number;
  column: number;
}

/**
 * The note markers still in the text once the notes are read (first of each label):
 * markers whose notes the page does not hold — a page cut before its notes section,
 * or a notes page elsewhere. They stay text; ingest reports them.
 */
export function strayMarkers(drafts: readonly DraftBlock[]): StrayMarker[] {
  const found = new Map<string, StrayMarker>();
  const scan = (text: string, draft: DraftBlock) => {
    for (const m of text.matchAll(/\[(\d{1,2})\]|〔(\d{1,2})〕/g)) {
      const label = String(Number(m[1] ?? m[2]));
      if (!found.has(label)) found.set(label, { marker: m[0], line: draft.line, column: draft.column });
    }
  };
  for (const draft of drafts) {
    if (draft.kind === 'table') for (const row of draft.rows ?? []) for (const cell of row) if ('text' in cell) scan(cell.text, draft);
    if (['paragraph', 'heading', 'item', 'quote', 'box'].includes(draft.kind)) scan(draft.text, draft);
  }
  return [...found.values()];
}

/** The last draft that opens a notes section (a heading line, or a paragraph starting 注释：[1]…). */
function headingIndex(drafts: readonly DraftBlock[]): number {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const text = drafts[i].text.trim();
    if (HEADING.test(text) && i < drafts.length - 1 && ENTRY.test(drafts[i + 1].text)) return i;
    const run = HEADING_TEXT.exec(text);
    // (a bare 注： leading a paragraph is a table's or box's note, not the report's notes section)
    if (run && /[：:]$/.test(run[0]) && !/^注\s*[：:]$/.test(run[0]) && run[0].length < text.length && ENTRY.test(text.slice(run[0].length).trim())) return i;
  }
  return -1;
}

/** Where a term reads in running text: list items, quotations and table cells count, headings and box titles do not. */
const TERM_KINDS = new Set(['paragraph', 'item', 'quote']);

/**
 * The call of a note after the first occurrence of its term in the text, or
 * undefined when the term does not occur. The term as written first, then
 * without a bracketed gloss (地区生产总值（GDP） → 地区生产总值).
 */
function linkTerm(body: readonly DraftBlock[], term: string, label: string): DraftBlock[] | undefined {
  const variants = [...new Set([term, term.replace(/[（(][^（）()]*[）)]/g, '').trim()])].filter((v) => v.length >= 2);
  for (const variant of variants) {
    for (let i = 0; i < body.length; i++) {
      const draft = body[i];
      if (TERM_KINDS.has(draft.kind)) {
        const at = draft.text.indexOf(variant);
        if (at < 0) continue;
        const out = [...body];
        out[i] = { ...draft, calls: [...(draft.calls ?? []), { at: at + variant.length, label }] };
        return out;
      }
      if (draft.kind === 'table' && draft.rows) {
        for (let r = 0; r < draft.rows.length; r++) {
          for (let c = 0; c < draft.rows[r].length; c++) {
            const cell = draft.rows[r][c];
            const at = 'text' in cell ? cell.text.indexOf(variant) : -1;
            if (at < 0 || !('text' in cell)) continue;
            const rows = draft.rows.map((row) => [...row]);
            rows[r][c] = { ...cell, calls: [...(cell.calls ?? []), { at: at + variant.length, label }] } as DraftCell;
            const out = [...body];
            out[i] = { ...draft, rows };
            return out;
          }
        }
      }
    }
  }
  return undefined;
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
