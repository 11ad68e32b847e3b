/**
 * `duizhao align`: the structures of zh.md — tables, lists and the report's notes — given the English the official page
 * prints for them, unit by unit (official.ts aligns headings, paragraphs and box titles).
 *
 * - **Set apart** (`setApart`): the page's tables and lists (english-page.ts takes them whole from the HTML; a text
 *   file's run of bulleted or dashed paragraphs is a list) and its notes (paragraphs opening with a note marker — `[1]`,
 *   `①`, or `1.` under a heading "Notes" / "Explanatory Notes" / "Glossary" — and that heading) are taken out of what
 *   the paragraph aligner reads, when zh.md has that kind of structure; a table or list of a page whose Chinese has none
 *   is read as before, a row or an item a paragraph.
 * - **Paired** (`alignStructures`): the n-th table of the page with the n-th of zh.md, lists the same, when both have as
 *   many and each English structure stands between the English of the Chinese blocks around its twin; a table cell by
 *   cell when its shape (rows, each row's cells with their columns and spans) is the Chinese's, a list item by item when
 *   it has as many items, each note by its number to the Chinese note of that label (the content model's key: the
 *   footnote's label, `[^1]`), else the n-th.
 * - **Never silent**: a structure left unpaired (counts that differ, a shape that differs, a structure out of place) is
 *   said with the page's line:column and zh.md's line; a cell, item or note of one side without its twin too. A cell's
 *   figures are held to the Chinese's by the number check (official.ts, after writing): a cell that fails it is not written.
 * - Note calls: `[1]` in the English (a `<sup>1</sup>` of the page, read so) where the Chinese unit calls note 1 is
 *   the call `[^1]`; a call of the Chinese the English lacks is said.
 */
import type { FootnoteReference, PhrasingContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ParsedFile, ParsedBlock } from '../model/parse.ts';
import type { Flow, FlowList, FlowTable } from '../model/types.ts';
import type { Bead } from './align.ts';
import type { EnglishCell, EnglishParagraph, EnglishStructure } from './english-page.ts';
import { clip, describe } from './official-describe.ts';

const SOURCE = 'translate';

/** zh.md's tables, lists and notes, in file order. */
export interface ZhStructures {
  tables: FlowTable[];
  lists: FlowList[];
  /** the note definitions (unit kind `note`), in definition order */
  notes: ParsedBlock[];
  byId: Map<string, ParsedBlock>;
  /** note unit id → its label (`1`) */
  noteLabels: Map<string, string>;
  /** note label → its unit id (the model's key) */
  noteIds: Map<string, string>;
}

export function zhStructuresOf(zh: ParsedFile): ZhStructures {
  const tables: FlowTable[] = [];
  const lists: FlowList[] = [];
  const walk = (flow: readonly Flow[]) => {
    for (const f of flow) {
      if (f.type === 'table') tables.push(f);
      else if (f.type === 'list') lists.push(f);
      else if (f.type === 'box' || f.type === 'quote') walk(f.children);
    }
  };
  walk(zh.flow);
  const noteLabels = new Map([...zh.noteIds].map(([identifier, id]) => [id, identifier] as const));
  return { tables, lists, notes: zh.blocks.filter((b) => b.kind === 'note'), byId: new Map(zh.blocks.map((b) => [b.attributes.id, b] as const)), noteLabels, noteIds: zh.noteIds };
}

/** A table or list of the page set apart, and where it stood: after the `after`-th paragraph the aligner reads (-1: before all). */
export interface Apart {
  structure: EnglishStructure;
  place: EnglishParagraph;
  after: number;
}

/** A note of the page: its number (`[3]`, `③`, `3.`) and text. */
export interface EnglishNote extends EnglishParagraph {
  number: number;
}

export interface SetApart {
  /** what the paragraph aligner reads */
  paragraphs: EnglishParagraph[];
  tables: Apart[];
  lists: Apart[];
  notes: EnglishNote[];
  /** the heading over the page's notes (Notes, Explanatory Notes) */
  notesHeading?: EnglishParagraph;
  /** paragraphs a structure set apart came right after (a lead-in, "…are:"): they no longer run on into the next */
  leadIns: Set<EnglishParagraph>;
}

const notesHeading = /^(?:(?:explanatory\s+)?notes?(?:\s+on\s+terms)?|glossary|annotations?|explanations?\s+of\s+terms)\s*:?$/i;
const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** A note's own marker, anywhere: [1] ［1］ 〔1〕 ① */
const noteMark = new RegExp(`^(?:[[［〔](\\d{1,2})[\\]］〕]|([${circled}]))\\s*`);
/** Under a notes heading also: 1. 1) (1) */
const listedNoteMark = /^(?:\(?(\d{1,2})[.)]|\((\d{1,2})\))\s+/;

function noteNumber(text: string, listed: boolean): { number: number; length: number } | undefined {
  const m = noteMark.exec(text) ?? (listed ? listedNoteMark.exec(text) : null);
  if (!m) return undefined;
  const number = m[1] ?? m[2];
  return { number: /\d/.test(number) ? Number(number) : circled.indexOf(number) + 1, length: m[0].length };
}

/**
 * The page's paragraphs with its tables, lists and notes set apart — each kind only when zh.md has it; otherwise a table
 * is read as before, a row a paragraph (named by its first cell), and a list an item a paragraph.
 */
export function setApart(paragraphs: readonly EnglishParagraph[], zh: ZhStructures): SetApart {
  const out: SetApart = { paragraphs: [], tables: [], lists: [], notes: [], leadIns: new Set() };
  const leadIn = () => {
    const before = out.paragraphs.at(-1);
    if (before) out.leadIns.add(before);
  };
  let run: EnglishParagraph[] = [];
  const endRun = () => {
    // a text file's list: two or more paragraphs in a row opening with a bullet or a dash
    if (run.length >= 2 && zh.lists.length > 0) {
      leadIn();
      out.lists.push({ structure: { kind: 'list', ordered: false, items: run }, place: run[0], after: out.paragraphs.length - 1 });
    } else out.paragraphs.push(...run);
    run = [];
  };
  let underHeading = false;
  for (const p of paragraphs) {
    if (zh.notes.length > 0 && !p.structure) {
      if (notesHeading.test(p.text)) {
        endRun();
        out.notesHeading ??= p;
        if (out.notesHeading === p) {
          underHeading = true;
          continue;
        }
      }
      const mark = noteNumber(p.text, underHeading);
      if (mark) {
        endRun();
        out.notes.push({ ...p, number: mark.number, text: p.text.slice(mark.length), column: p.column });
        continue;
      }
      underHeading = false;
    }
    if (p.item && !p.structure) {
      run.push(p);
      continue;
    }
    endRun();
    const s = p.structure;
    if (s?.kind === 'table') {
      if (zh.tables.length > 0) {
        leadIn();
        out.tables.push({ structure: s, place: p, after: out.paragraphs.length - 1 });
      } else out.paragraphs.push(...s.rows.filter((row) => row.length > 0).map((row) => ({ text: row.map((c) => c.text).filter(Boolean).join(' '), line: row[0].line, column: row[0].column })));
    } else if (s?.kind === 'list') {
      if (zh.lists.length > 0) {
        leadIn();
        out.lists.push({ structure: s, place: p, after: out.paragraphs.length - 1 });
      } else out.paragraphs.push(...s.items);
    } else out.paragraphs.push(p);
  }
  endRun();
  return out;
}

export interface StructureInput {
  zh: ZhStructures;
  apart: SetApart;
  /** the paragraph beads (indices into `blocks` and `apart.paragraphs`) */
  beads: readonly Bead[];
  blocks: readonly ParsedBlock[];
  file: VFile;
  /** why an item's or a note's English is doubtful (official.ts's figures and length test), or undefined */
  doubt: (block: ParsedBlock, english: string) => string | undefined;
}

export interface StructureResult {
  /** unit id → its English as phrasing */
  contents: Map<string, PhrasingContent[]>;
  /** unit id → the English placed there (for messages, the number check) */
  placed: Map<string, EnglishParagraph>;
  /** the heading over the page's notes, and its text for the front matter */
  notesHeading?: { text: string; place: EnglishParagraph };
}

export function alignStructures(input: Readonly<StructureInput>): StructureResult {
  const { zh, apart, file } = input;
  const result: StructureResult = { contents: new Map(), placed: new Map() };
  // English paragraph → the last Chinese block it was placed with
  const placedWith = new Map<number, ParsedBlock>();
  for (const b of input.beads) if (b.zh.length > 0) for (const j of b.en) placedWith.set(j, input.blocks[b.zh.at(-1)!]);
  const place = (id: string, english: EnglishParagraph, phrasing: PhrasingContent[]) => {
    result.contents.set(id, phrasing);
    result.placed.set(id, english);
  };

  pair('table', zh.tables, apart.tables, (table) => cellsOf(table), (table, english) => alignTable(table, english.structure as Extract<EnglishStructure, { kind: 'table' }>, english.place));
  pair('list', zh.lists, apart.lists, (list) => list.items.map((id) => zh.byId.get(id)), (list, english) => alignList(list, english.structure as Extract<EnglishStructure, { kind: 'list' }>, english.place));
  alignNotes();
  return result;

  /** The n-th structure of each side, when both have as many and each English one stands where its twin does. */
  function pair<T extends FlowTable | FlowList>(kind: 'table' | 'list', zhOnes: readonly T[], enOnes: readonly Apart[], units: (s: T) => Array<ParsedBlock | undefined>, align: (s: T, english: Apart) => void): void {
    const size = (s: T) => (kind === 'table' ? `${units(s).length} cell(s)` : `${units(s).length} item(s)`);
    if (zhOnes.length !== enOnes.length) {
      const reason = enOnes.length === 0 ? 'the page prints none' : `the page prints ${enOnes.length} ${kind}(s) (${enOnes.map((e) => `${e.place.line}:${e.place.column}`).join(', ')}), zh.md has ${zhOnes.length}: which is which is not guessed`;
      for (const s of zhOnes) notAligned(kind, units(s), size(s), reason);
      for (const e of enOnes) file.message(`English ${kind} placed nowhere: zh.md has ${zhOnes.length} ${kind}(s), the page ${enOnes.length} — not in en.md; translate zh.md's by hand or through a CAT tool`, { place: e.place, ruleId: 'align-structure', source: SOURCE });
      return;
    }
    zhOnes.forEach((s, k) => {
      const english = enOnes[k];
      const first = units(s).find((u) => u !== undefined);
      const wrong = first && outOfPlace(first.line, english.after);
      if (wrong) {
        notAligned(kind, units(s), size(s), `the page's ${kind} at ${english.place.line}:${english.place.column} ${wrong}`);
        file.message(`English ${kind} not placed: it stands ${wrong}, not where zh.md's ${kind} (zh.md:${first.line}) is`, { place: english.place, ruleId: 'align-structure', source: SOURCE });
        return;
      }
      align(s, english);
    });
  }

  /** Why an English structure after paragraph `after` is not where a Chinese one at zh.md line `line` is, or undefined. */
  function outOfPlace(line: number, after: number): string | undefined {
    for (let j = after; j >= 0; j--) {
      const before = placedWith.get(j);
      if (before) {
        if (before.line > line) return `after the English of \`${before.attributes.id}\` (zh.md:${before.line}), which comes after it`;
        break;
      }
    }
    for (let j = after + 1; j < apart.paragraphs.length; j++) {
      const next = placedWith.get(j);
      if (next) return next.line < line ? `before the English of \`${next.attributes.id}\` (zh.md:${next.line}), which comes before it` : undefined;
    }
    return undefined;
  }

  function notAligned(kind: string, units: ReadonlyArray<ParsedBlock | undefined>, size: string, why: string): void {
    const first = units.find((u) => u !== undefined);
    file.message(
      `Not aligned: zh.md's ${kind} at ${first ? `zh.md:${first.line} “${clip(first.text, 16)}”` : 'zh.md'} (${size}): ${why} — no English in en.md; translate it by hand or through a CAT tool (duizhao xliff export)`,
      { ruleId: 'align-structure', source: SOURCE },
    );
  }

  function cellsOf(table: FlowTable): Array<ParsedBlock | undefined> {
    return table.rows.flat().flatMap((slot) => (slot.id ? [zh.byId.get(slot.id)] : []));
  }

  /** A table cell by cell, when its shape is the Chinese's: as many rows, each row's cells in the same columns with the same spans. */
  function alignTable(table: FlowTable, english: Extract<EnglishStructure, { kind: 'table' }>, at: EnglishParagraph): void {
    const shape = shapeDifference(table, english.rows);
    if (shape) {
      notAligned('table', cellsOf(table), `${cellsOf(table).length} cell(s)`, `the page's table at ${at.line}:${at.column} has another shape (${shape})`);
      file.message(`English table not placed: its shape is not that of zh.md's table (${shape}); its cells would land in the wrong places — translate the table by hand`, { place: at, ruleId: 'align-table-shape', source: SOURCE });
      return;
    }
    table.rows.forEach((row, r) => {
      row.forEach((slot, c) => {
        const cell = english.rows[r][c];
        const block = slot.id ? zh.byId.get(slot.id) : undefined;
        if (!block) {
          if (cell.text) file.message(`English cell placed nowhere: “${clip(cell.text)}” stands where zh.md's table has an empty cell (row ${r + 1}, column ${slot.column + 1}); not in en.md`, { place: cell, ruleId: 'align-unplaced', source: SOURCE });
          return;
        }
        if (!cell.text) {
          file.message(`No English for ${describe(block)}: the page's cell (row ${r + 1}, column ${slot.column + 1}) is empty; left without English (pending)`, { place: cell, ruleId: 'align-missing', source: SOURCE });
          return;
        }
        place(block.attributes.id, cell, withNoteCalls(block, [{ type: 'text', value: cell.text }], cell));
      });
    });
    if (english.caption && table.caption && !result.contents.has(table.caption)) {
      file.info(`The page's table caption “${clip(english.caption)}” is not written: zh.md's table takes its box's title (${table.caption}), aligned with the paragraphs`, { place: at, ruleId: 'align-left-out', source: SOURCE });
    }
  }

  function alignList(list: FlowList, english: Extract<EnglishStructure, { kind: 'list' }>, at: EnglishParagraph): void {
    const items = list.items.map((id) => zh.byId.get(id));
    if (items.length !== english.items.length) {
      notAligned('list', items, `${items.length} item(s)`, `the page's list at ${at.line}:${at.column} has ${english.items.length} item(s): which item is which is not guessed`);
      file.message(`English list not placed: ${english.items.length} item(s), zh.md's list (zh.md:${items[0]?.line}) has ${items.length}`, { place: at, ruleId: 'align-structure', source: SOURCE });
      return;
    }
    items.forEach((block, k) => {
      if (!block) return;
      const item = english.items[k];
      const doubt = input.doubt(block, item.text);
      if (doubt) file.message(`Low confidence: item “${clip(item.text)}” placed as the English of ${describe(block)}, but ${doubt}`, { place: item, ruleId: 'align-low-confidence', source: SOURCE });
      place(block.attributes.id, item, withNoteCalls(block, [{ type: 'text', value: item.text }], item));
    });
  }

  /** Each English note to the Chinese note of its number: the note labelled so (`[^3]`), else the third. */
  function alignNotes(): void {
    if (zh.notes.length === 0) return;
    if (apart.notesHeading) result.notesHeading = { text: apart.notesHeading.text.replace(/\s*:$/, ''), place: apart.notesHeading };
    if (apart.notes.length === 0) {
      notAligned('report’s notes', zh.notes, `${zh.notes.length} note(s)`, 'the page prints none (a paragraph opening with [1] or ①, or with 1. under a heading “Notes”)');
      return;
    }
    const byLabel = new Map(zh.notes.map((n) => [zh.noteLabels.get(n.attributes.id) ?? '', n] as const));
    for (const note of apart.notes) {
      const block = byLabel.get(String(note.number)) ?? (zh.notes.every((n) => !/^\d+$/.test(zh.noteLabels.get(n.attributes.id) ?? '')) ? zh.notes[note.number - 1] : undefined);
      if (!block || result.contents.has(block.attributes.id)) {
        file.message(`English note ${note.number} placed nowhere: ${block ? `a note ${note.number} was placed already` : `zh.md has no note ${note.number}`} (“${clip(note.text)}”); not in en.md`, { place: note, ruleId: 'align-unplaced', source: SOURCE });
        continue;
      }
      const doubt = input.doubt(block, note.text);
      if (doubt) file.message(`Low confidence: note ${note.number} “${clip(note.text)}” placed as the English of ${describe(block)}, but ${doubt}`, { place: note, ruleId: 'align-low-confidence', source: SOURCE });
      place(block.attributes.id, note, [{ type: 'text', value: note.text }]);
    }
    const missing = zh.notes.filter((n) => !result.contents.has(n.attributes.id));
    if (missing.length > 0) {
      const where = apart.notes[0] ?? apart.notesHeading;
      file.message(
        `No English for ${missing.length} of zh.md's ${zh.notes.length} note(s): ${missing.map((n) => `[^${zh.noteLabels.get(n.attributes.id)}] (zh.md:${n.line})`).join(', ')} — the page prints no note of that number; left without English (pending), and the calls of it left out of the English until it has some`,
        { place: where, ruleId: 'align-missing', source: SOURCE },
      );
    }
  }

  /**
   * The English with its note calls: `[n]` where the Chinese unit calls note n is the call itself (the Chinese's label);
   * a call of the Chinese the English lacks is said (check's markup-parity would find it).
   */
  function withNoteCalls(block: ParsedBlock, phrasing: PhrasingContent[], at: EnglishParagraph | EnglishCell): PhrasingContent[] {
    return noteCalls(block, phrasing, zh, at, file);
  }
}

/** `[n]` (or ①) in the English text where the Chinese unit calls note n (its label n, or the n-th note) → that call. */
export function noteCalls(block: ParsedBlock, phrasing: PhrasingContent[], zh: ZhStructures, at: { line: number; column: number }, file: VFile): PhrasingContent[] {
  const calls: FootnoteReference[] = [];
  visit(block.node, 'footnoteReference', (ref) => {
    calls.push(ref);
  });
  if (calls.length === 0) return phrasing;
  const used = new Set<FootnoteReference>();
  // English [n]: the call labelled n, else the call of the n-th note (labels that are not numbers)
  const numberOf = (ref: FootnoteReference) => zh.notes.findIndex((b) => b.attributes.id === zh.noteIds.get(ref.identifier)) + 1;
  const callOf = (n: string) => {
    const ref = calls.find((c) => !used.has(c) && c.identifier === n) ?? calls.find((c) => !used.has(c) && !/^\d+$/.test(c.identifier) && numberOf(c) === Number(n));
    if (ref) used.add(ref);
    return ref;
  };
  const out: PhrasingContent[] = [];
  for (const node of phrasing) {
    if (node.type !== 'text') {
      out.push(node.type === 'strong' ? { ...node, children: noteCalls(block, node.children, zh, at, file) } : node);
      continue;
    }
    let last = 0;
    for (const m of node.value.matchAll(new RegExp(`\\[(\\d{1,2})\\]|［(\\d{1,2})］|([${circled}])`, 'g'))) {
      const ref = callOf(m[1] ?? m[2] ?? String(circled.indexOf(m[3]) + 1));
      if (!ref) continue;
      if (m.index > last) out.push({ type: 'text', value: node.value.slice(last, m.index) });
      out.push({ type: 'footnoteReference', identifier: ref.identifier, label: ref.label ?? ref.identifier });
      last = m.index + m[0].length;
    }
    if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  }
  const lacking = calls.filter((c) => !used.has(c));
  if (lacking.length > 0) {
    file.message(
      `The Chinese of ${describe(block)} calls note(s) ${lacking.map((c) => `[^${c.label ?? c.identifier}]`).join(', ')} and the English placed there has no call of it ([n] or a superscript n): written without it — add the call by hand`,
      { place: at, ruleId: 'align-note-call', source: SOURCE },
    );
  }
  return out;
}

/** Where the shape of the English table differs from the Chinese's, or undefined. */
function shapeDifference(table: FlowTable, rows: readonly EnglishCell[][]): string | undefined {
  if (table.rows.length !== rows.length) return `${rows.length} row(s) in the English, ${table.rows.length} in the Chinese`;
  for (let r = 0; r < rows.length; r++) {
    const zh = table.rows[r];
    const en = rows[r];
    const spans = (cells: Array<{ column: number; colSpan: number; rowSpan: number }>) => cells.map((c) => `${c.column + 1}${c.colSpan > 1 ? `+${c.colSpan - 1}` : ''}${c.rowSpan > 1 ? `↓${c.rowSpan}` : ''}`).join(' ');
    const zhShape = spans(zh);
    const enShape = spans(en.map((c) => ({ column: c.gridColumn, colSpan: c.colSpan, rowSpan: c.rowSpan })));
    if (zhShape !== enShape) return `row ${r + 1}: ${en.length} cell(s) in the English (columns ${enShape}), ${zh.length} in the Chinese (columns ${zhShape})`;
  }
  return undefined;
}

