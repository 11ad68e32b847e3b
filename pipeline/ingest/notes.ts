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
import { escapeRegExp } from './chars.ts';
import type { DraftBlock, DraftCell, SourceLine } from './types.ts';

const NAMES = '注释|注|名词解释|附注|注解|名词注释|名词注解|词语解释|名词解析';
/** A notes heading: the name, after 附： and the document's name (《…》) or 有关 / 报告中 if any. */
const HEADING_TEXT = new RegExp(`^((?:附[：:]?\\s*)?(?:《[^》]{1,40}》)?(?:报告中|有关|相关)?(?:${NAMES}))\\s*[：:]?`);
const HEADING = new RegExp(`${HEADING_TEXT.source}\\s*$`);
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** A note's mark as the text calls it: `[1]` (group 1), `〔1〕` (group 2) or a circled ①…⑳ (group 3). */
export const CALL_MARK = `\\[(\\d{1,2})\\]|〔(\\d{1,2})〕|([${CIRCLED}])`;
/** The number a CALL_MARK match stands for. */
export const callMarkNumber = (m: RegExpMatchArray): number => (m[3] ? CIRCLED.indexOf(m[3]) + 1 : Number(m[1] ?? m[2]));
/** An entry's number at the start of a paragraph. */
const ENTRY = new RegExp(`^(?:${CALL_MARK}|(\\d{1,2})[.、．](?!\\d)|[（(](\\d{1,2})[）)])\\s*`);
/** Entries run together in one paragraph: split before each `[n]` / `①`. */
const INLINE_ENTRY = new RegExp(`(?=\\[\\d{1,2}\\]|〔\\d{1,2}〕|[${CIRCLED}])`);
/** The term an entry explains: what precedes its first colon, short and no sentence. */
const TERM = /^([^：:。；，！？]{1,30})[：:]/;
/** An unnumbered entry: a short term (no mark, no figure), its colon, a definition ending a sentence. */
const TERM_LINE = /^[^：:。；，！？、\s\d]{2,15}[：:].{4,}[。）)]$/u;

/**
 * (PDF dumps, round 4) A page-foot note's call as page-notes.ts leaves it in the text: a private-use character, which
 * no report's text holds, the k-th note's U+E000 + k — it goes wherever its line goes (joins, splits, runs), and
 * `extractNotes` makes it the call of its note.
 */
const TOKEN_BASE = 0xe000;
export const callToken = (k: number): string => String.fromCharCode(TOKEN_BASE + k);
/** Every call token in a text. */
export const CALL_TOKEN = /[\uE000-\uE3FF]/gu;
const tokenIndex = (token: string): number => token.charCodeAt(0) - TOKEN_BASE;

const labelOf = (m: RegExpExecArray): string => String((m[1] ?? m[2] ?? m[3]) !== undefined ? callMarkNumber(m) : Number(m[4] ?? m[5]));

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
  /** Page-foot notes (page-notes.ts) read: how many, and those whose call was not found in the text (it went elsewhere: the title). */
  pageNotes?: { notes: number; uncalled: number[] };
}

/** A page-foot note as page-notes.ts read it: its text (normalized), where it stands; its call is token k in the text. */
export interface FootNote {
  text: string;
  line: number;
  column: number;
}

const none = (drafts: readonly DraftBlock[]): NotesResult => ({ drafts: [...drafts], notes: 0, calls: 0, byTerm: 0, unlinked: [] });

/**
 * The report's notes: its notes section (`readSection`) and its page-foot notes (page-notes.ts), each of
 * these called where its token stands in the text, numbered on after the section's.
 */
export function extractNotes(drafts: readonly DraftBlock[], footNotes: readonly FootNote[] = []): NotesResult {
  const section = readSection(drafts);
  return footNotes.length === 0 ? section : withFootNotes(section, footNotes);
}

function withFootNotes(section: NotesResult, footNotes: readonly FootNote[]): NotesResult {
  const first = Math.max(0, ...section.drafts.filter((d) => d.kind === 'note').map((d) => Number(d.label) || 0)) + 1;
  const labelOf = (k: number) => String(first + k);
  const called = new Set<number>();
  const drafts = section.drafts.map((draft) => {
    if (draft.kind === 'table' && draft.rows) {
      const rows = draft.rows.map((row) => row.map((cell) => ('text' in cell ? { ...cell, ...tokensToCalls(cell.text, cell.calls, undefined, labelOf, called) } : cell)));
      return { ...draft, rows };
    }
    if (!/[\uE000-\uE3FF]/u.test(draft.text)) return draft;
    const made = tokensToCalls(draft.text, draft.calls, draft.lead, labelOf, called);
    return { ...draft, text: made.text, calls: made.calls, ...(draft.lead !== undefined ? { lead: made.lead } : {}) };
  });
  const notes = footNotes.map((n, k): DraftBlock => ({ kind: 'note', label: labelOf(k), text: n.text, line: n.line, column: n.column }));
  const uncalled = footNotes.map((_, k) => k).filter((k) => !called.has(k));
  return { ...section, drafts: [...drafts, ...notes], notes: section.notes + notes.length, pageNotes: { notes: notes.length, uncalled } };
}

/** A text's call tokens out of it, each a call of its note where it stood (a bold lead before it one character shorter). */
function tokensToCalls(text: string, calls: DraftBlock['calls'], lead: number | undefined, labelOf: (k: number) => string, called: Set<number>): { text: string; calls?: DraftBlock['calls']; lead?: number } {
  let out = '';
  let from = 0;
  const made = [...(calls ?? [])];
  let shorter = 0;
  for (const m of text.matchAll(CALL_TOKEN)) {
    out += text.slice(from, m.index);
    const k = tokenIndex(m[0]);
    made.push({ at: out.length, label: labelOf(k) });
    called.add(k);
    if (lead !== undefined && m.index! < lead) shorter++;
    from = m.index! + m[0].length;
  }
  if (from === 0) return { text, calls, lead };
  return { text: out + text.slice(from), calls: made.sort((a, b) => a.at - b.at), lead: lead === undefined ? undefined : lead - shorter };
}

function readSection(drafts: readonly DraftBlock[]): NotesResult {
  const start = headingIndex(drafts);
  if (start < 0) return none(drafts);
  const head = drafts[start];
  const headMatch = HEADING_TEXT.exec(head.text)!;
  const rest = head.text.slice(headMatch[0].length).trim();
  const entries: DraftBlock[] = [];
  const pieces = [...(rest ? [{ ...head, text: rest }] : []), ...drafts.slice(start + 1)];
  // Unnumbered "术语：释义" lines (as budget reports often print their 名词解释): entries numbered in order, kept
  // only if every one is called after its term (new user, round 6: was a heading and loose paragraphs)
  const unnumbered = pieces.length > 0 && !ENTRY.exec(pieces[0].text.trim()) && pieces.every((p) => p.kind === 'paragraph' && TERM_LINE.test(p.text.trim()));
  if (unnumbered) pieces.forEach((piece, i) => entries.push({ kind: 'note', label: String(i + 1), text: piece.text.trim(), line: piece.line, column: piece.column }));
  for (const piece of unnumbered ? [] : pieces) {
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
  /** Where each term-keyed note was called (for a sibling term printed with their shared head once). */
  const placed: Placed[] = [];
  for (const entry of entries) {
    if (called.has(entry.label!)) continue;
    const term = TERM.exec(entry.text)?.[1].trim();
    const linked = term ? (linkTerm(body, term, entry.label!) ?? linkSibling(body, term, entry.label!, placed)) : undefined;
    if (linked) {
      body = linked.body;
      if (term) placed.push({ term, index: linked.index, end: linked.end });
      called.add(entry.label!);
      byTerm++;
    } else unlinked.push({ label: entry.label!, term, line: entry.line, column: entry.column });
  }
  if (unnumbered && unlinked.length > 0) return none(drafts);
  // "附件2" alone over the notes heading: the annex the notes are, one heading ("附件2　名词解释").
  const annex = start > 0 && drafts[start - 1].kind === 'paragraph' && /^附件\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?$/u.test(drafts[start - 1].text.trim()) ? drafts[start - 1].text.trim() : undefined;
  if (annex) body = body.slice(0, -1);
  const name = annex ? `${annex}\u3000${headMatch[1].trim()}` : headMatch[1].trim();
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
 * (stop 41) A circled mark ①…⑳ that is a note's call, not an enumeration's item: it follows a word — a character, a
 * figure or a closing mark, not a line's start, a colon, a semicolon, a comma or a space — and, unless it is followed
 * by punctuation or the text's end (“…案件”①，), it is not one of a run of marks each opening its item (抓好①加强…②推进…).
 */
function circledCalls(text: string): RegExpMatchArray[] {
  const marks = [...text.matchAll(new RegExp(`[${CIRCLED}]`, 'gu'))];
  const opensText = (m: RegExpMatchArray) => /^[\p{L}\p{N}“‘（(《「『]/u.test(text.slice(m.index! + m[0].length));
  const afterWord = (m: RegExpMatchArray) => /[\p{L}\p{N}”’）)》」』\]]$/u.test(text.slice(0, m.index));
  const opening = new Set(marks.filter(opensText).map((m) => CIRCLED.indexOf(m[0])));
  const enumerates = [...opening].some((n) => opening.has(n + 1));
  return marks.filter((m) => afterWord(m) && !(enumerates && opensText(m)));
}

/**
 * The note markers still in the text once the notes are read (first of each label):
 * markers whose notes the page does not hold — a page cut before its notes section,
 * or a notes page elsewhere: `[1]`, `〔1〕`, and a circled ① where it reads as a call
 * (`circledCalls`). They stay text; ingest reports them, each where it stands in the
 * input when `lines` (the body's source lines) are given, else at its block.
 */
export function strayMarkers(drafts: readonly DraftBlock[], lines: readonly SourceLine[] = []): StrayMarker[] {
  const found = new Map<string, StrayMarker>();
  const scan = (text: string, draft: DraftBlock) => {
    const marks = [...text.matchAll(/\[(\d{1,2})\]|〔(\d{1,2})〕/g), ...circledCalls(text)].sort((a, b) => a.index! - b.index!);
    for (const m of marks) {
      const label = String(m[1] ?? m[2] ? Number(m[1] ?? m[2]) : CIRCLED.indexOf(m[0]) + 1);
      if (found.has(label)) continue;
      const nth = text.slice(0, m.index).split(m[0]).length - 1;
      found.set(label, { marker: m[0], ...placeOfMark(lines, draft, m[0], nth) });
    }
  };
  for (const draft of drafts) {
    if (draft.kind === 'table') for (const row of draft.rows ?? []) for (const cell of row) if ('text' in cell) scan(cell.text, draft);
    if (['paragraph', 'heading', 'item', 'quote', 'box'].includes(draft.kind)) scan(draft.text, draft);
  }
  return [...found.values()];
}

/** Where the nth `mark` of a block stands in the input: its source lines from the block's start on (else the block's start). */
function placeOfMark(lines: readonly SourceLine[], block: { line: number; column: number }, mark: string, nth: number): { line: number; column: number } {
  let seen = 0;
  for (const l of lines) {
    if (l.line < block.line) continue;
    const from = l.line === block.line ? Math.max(0, block.column - l.column) : 0;
    for (let at = l.text.indexOf(mark, from); at >= 0; at = l.text.indexOf(mark, at + mark.length)) {
      if (seen++ === nth) return { line: l.line, column: l.column + at };
    }
  }
  return { line: block.line, column: block.column };
}

/** The last draft that opens a notes section (a heading line, or a paragraph starting 注释：[1]…). */
function headingIndex(drafts: readonly DraftBlock[]): number {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const text = drafts[i].text.trim();
    if (HEADING.test(text) && i < drafts.length - 1 && ENTRY.test(drafts[i + 1].text)) return i;
    // (a notes heading over unnumbered "术语：释义" lines, up to the end: extractNotes keeps them only if all are called)
    if (HEADING.test(text) && i < drafts.length - 1 && !/^注$/.test(text) && drafts.slice(i + 1).every((d) => d.kind === 'paragraph' && TERM_LINE.test(d.text.trim()))) return i;
    const run = HEADING_TEXT.exec(text);
    // (a bare 注： leading a paragraph is a table's or box's note, not the report's notes section)
    if (run && /[：:]$/.test(run[0]) && !/^注\s*[：:]$/.test(run[0]) && run[0].length < text.length && ENTRY.test(text.slice(run[0].length).trim())) return i;
  }
  return -1;
}

/** Where a term reads in running text: list items, quotations and table cells count, headings and box titles do not. */
const TERM_KINDS = new Set(['paragraph', 'item', 'quote']);

/** Quotation marks, which a report may set differently in the text and in its notes (稳增长“21”条 / 稳增长“21条”). */
const QUOTE = '“”‘’"「」『』';

/**
 * Where a term reads in a text: the end of its first occurrence, or -1. A
 * pattern of the term's characters in order, quotation marks anywhere between
 * them optional (a closing mark right after it belongs to the term).
 */
type Finder = (text: string) => number;

const exactly = (term: string): Finder => (text) => {
  const at = text.indexOf(term);
  return at < 0 ? -1 : at + term.length;
};

function quoteBlind(term: string): Finder | undefined {
  const chars = [...term].filter((c) => !QUOTE.includes(c));
  if (chars.length === [...term].length || chars.filter((c) => /\p{Script=Han}/u.test(c)).length < 2) return undefined;
  const q = `[${QUOTE}]?`;
  const re = new RegExp(`${q}${chars.map(escapeRegExp).join(q)}[”’」』"]?`, 'u');
  return (text) => {
    const m = re.exec(text);
    return m ? m.index + m[0].length : -1;
  };
}

/**
 * The ways to find a term, in order: as written; without a bracketed gloss
 * (地区生产总值（GDP） → 地区生产总值); with its quotation marks set anywhere
 * (稳增长“21”条 reads 稳增长“21条”); by its quoted name alone when the text
 * names the thing a little differently (“六横六纵”现代化水网体系 reads
 * “六横六纵”现代水网体系): a name of two Han characters or more in quotation
 * marks, the term's own, not a figure.
 */
function finders(term: string): Finder[] {
  const plain = term.replace(/[（(][^（）()]*[）)]/g, '').trim();
  const out: Finder[] = [...new Set([term, plain])].filter((v) => v.length >= 2).map(exactly);
  const blind = quoteBlind(term);
  if (blind) out.push(blind);
  const name = /“([^“”]{2,})”/.exec(term);
  if (name && name[0] !== term && (name[1].match(/\p{Script=Han}/gu) ?? []).length >= 2) out.push(exactly(name[0]));
  return out;
}

/**
 * The call of a note after the first occurrence of its term in the text, or
 * undefined when the term does not occur (finders(): as written first, then
 * the looser readings, each over the whole text before the next).
 */
function linkTerm(body: readonly DraftBlock[], term: string, label: string): Linked | undefined {
  for (const find of finders(term)) {
    for (let i = 0; i < body.length; i++) {
      const draft = body[i];
      if (TERM_KINDS.has(draft.kind)) {
        const end = find(draft.text);
        if (end < 0) continue;
        return called(body, i, end, label);
      }
      if (draft.kind === 'table' && draft.rows) {
        for (let r = 0; r < draft.rows.length; r++) {
          for (let c = 0; c < draft.rows[r].length; c++) {
            const cell = draft.rows[r][c];
            const end = 'text' in cell ? find(cell.text) : -1;
            if (end < 0 || !('text' in cell)) continue;
            const rows = draft.rows.map((row) => [...row]);
            rows[r][c] = { ...cell, calls: [...(cell.calls ?? []), { at: end, label }] } as DraftCell;
            const out = [...body];
            out[i] = { ...draft, rows };
            return { body: out, index: -1, end };
          }
        }
      }
    }
  }
  return undefined;
}

interface Linked {
  body: DraftBlock[];
  /** The block called in (-1: a table cell), and where in its text the call stands. */
  index: number;
  end: number;
}

interface Placed {
  term: string;
  index: number;
  end: number;
}

function called(body: readonly DraftBlock[], index: number, end: number, label: string): Linked {
  const out = [...body];
  out[index] = { ...body[index], calls: [...(body[index].calls ?? []), { at: end, label }] };
  return { body: out, index, end };
}

/** A term made of a head, a quoted name and a tail: 稳增长“21”条 → 稳增长 / 21 / 条. */
const PARTS = /^([^“”]+)“([^“”]+)”([^“”]*)$/;

/**
 * Sibling terms printed with their shared head once (稳增长“21条”“18条” for the
 * entries 稳增长“21”条 and 稳增长“18”条): an entry whose term does not occur is
 * called where its quoted name and tail follow right after a sibling's call —
 * a sibling being an entry called before it whose term has the same head and
 * tail around another quoted name.
 */
function linkSibling(body: readonly DraftBlock[], term: string, label: string, placed: readonly Placed[]): Linked | undefined {
  const parts = PARTS.exec(term);
  if (!parts) return undefined;
  const [, head, name, tail] = parts;
  for (const sibling of placed) {
    const other = PARTS.exec(sibling.term);
    if (!other || other[1] !== head || other[3] !== tail || other[2] === name || sibling.index < 0) continue;
    const text = body[sibling.index].text;
    const next = text.slice(sibling.end, sibling.end + name.length + tail.length + 4);
    const m = new RegExp(`^[${QUOTE}]?${escapeRegExp(name)}[${QUOTE}]?${escapeRegExp(tail)}[”’」』"]?`, 'u').exec(next);
    if (m) return called(body, sibling.index, sibling.end + m[0].length, label);
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
  const marker = new RegExp(CALL_MARK, 'g');
  let text = '';
  let from = 0;
  let lead = draft.lead;
  const calls: Array<{ at: number; label: string }> = [...(draft.calls ?? [])];
  for (const m of draft.text.matchAll(marker)) {
    const label = String(callMarkNumber(m));
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
