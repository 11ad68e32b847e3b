/**
 * The content model: one aligned, bilingual Publication built from
 * `zh.md` + `en.md` (+ glossary uses). Renderers receive this and never
 * re-read Markdown. See README "Content format" for the file syntax.
 */
import type { Heading, Paragraph, PhrasingContent, Parent, TableCell } from 'mdast';
import type { VFile } from 'vfile';

export type Lang = 'zh' | 'en';

/** Front matter of `zh.md` / `en.md`. Unknown keys are kept in `extra`. */
export interface Meta {
  title: string;
  /**
   * The title's deck (副题), printed under it in smaller type: "群策群力　奋力争先" under "县政协常委会工作报告摘要", a news
   * headline's "郁家树主持大会　毛小平作政府工作报告". Not the occasion ("——在…会议上", `occasion`). Every edition prints it
   * under the title (templates/components/cover.ts); translatable like the title.
   */
  subtitle?: string;
  /** e.g. 北京市海淀区人民政府 / Haidian District People's Government of Beijing Municipality */
  issuer?: string;
  /** ISO date YYYY-MM-DD the report was delivered / issued. */
  date?: string;
  /** Subtitle: where and when it was delivered. */
  occasion?: string;
  speaker?: string;
  /** URL (or description) of the page the text was taken from. */
  source?: string;
  /** `full` or `excerpt`. */
  scope?: 'full' | 'excerpt';
  /** Human note on the scope (which part of the report this excerpt is). */
  scope_note?: string;
  /**
   * The heading of the report's own notes section (名词解释, 注释, 附件2　名词解释 …), which ingest takes out
   * of the text; in en.md its English. Every edition that lists the notes titles them with it.
   */
  notes_heading?: string;
  /** en.md only: translator's note (unofficial translation, of what, from where). */
  translator_note?: string;
  /**
   * en.md only: whose translation the English is — `official` (the official translation, as `duizhao align` and ingest
   * take it over and write this), `partly official` (official in part, the rest the editors': translator_note says which);
   * absent, the editors' own. The colophon's notice says which (templates/components/colophon.ts).
   */
  translation?: 'official' | 'partly official';
  translator?: string;
  /**
   * en.md only: the front-matter values whose English a reviser has reviewed (`front_matter_reviewed: [title, issuer,
   * translator_note]`) — the keys of `translatableMetaKeys` and `translator_note`. Blocks record their review in `state=`;
   * front matter has no attribute, so its reviews are listed here (`duizhao review <slug> meta-title`, `--all`, or a CAT
   * file's reviewed state on unit `meta-<key>`), and the colophon counts them.
   */
  front_matter_reviewed?: string[];
  /**
   * en.md only: the hash of zh.md's value each English value was made from (`front_matter_src: {title: "1a2b3c4d"}`,
   * `sourceHash`, as a block's `src=`): written by `xliff import`, `duizhao review` and `duizhao translated`; `check` says a
   * value whose Chinese changed since `stale`. A value with no record is not checked.
   */
  front_matter_src?: Record<string, string>;
  /**
   * zh.md only: `draft: true` marks a report still being translated; a plain
   * build skips it (and lists it), `build --draft` builds it.
   */
  draft?: boolean;
  /** Everything else the front matter holds (索引号, 文号, …). */
  extra: Record<string, unknown>;
}

/** State of a block's English, as recorded in en.md (`state=` attribute). */
export type EnState = 'translated' | 'reviewed' | 'mt';

/**
 * A glossary occurrence inside a block's inline content (zh or en).
 * Inserted by `pipeline/glossary` annotate(); rendered by templates.
 * `noteId` is set on the occurrence that carries the note (first use of the
 * term in its top-level section, English side; the zh twin gets the same
 * noteId so bilingual readers see the pair); later uses link to `noteId`
 * of that first use with `first: false`.
 */
export interface TermRef extends Parent {
  type: 'termRef';
  termId: string;
  /** id of the note (e.g. `n-3`), shared by all uses in a section */
  noteId: string;
  /** note number in display order (1-based, per publication) */
  noteNumber: number;
  /** true on the occurrence that carries the note itself */
  first: boolean;
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    termRef: TermRef;
  }
  interface RootContentMap {
    termRef: TermRef;
  }
  interface FootnoteReferenceData {
    /** id of the note definition's unit (Block of kind `note`), resolved at load. */
    noteId?: string;
  }
}

/**
 * What a translatable unit is. `heading` and `paragraph` stand in the text;
 * `item` is a list item, `cell` a table cell, `title` the title of a boxed
 * section (专栏), `note` a definition of the report's own notes (GFM footnote).
 */
export type BlockKind = 'heading' | 'paragraph' | 'item' | 'cell' | 'title' | 'note';

/** The mdast node holding one unit's inline content. */
export type UnitNode = Heading | Paragraph | TableCell;

/**
 * One translatable unit, aligned by id between zh.md and en.md. Headings and
 * paragraphs are blocks of the text; items, cells, titles and notes are the
 * units inside lists, tables, boxes and the notes (see `Flow`).
 */
export interface Block {
  /** Stable id written in the file, e.g. `p-3f9a1c` / `h-0b12aa`. */
  id: string;
  kind: BlockKind;
  /** Heading depth (2 = 一、, 3 = （一）, 4 = 1., 5 = （1）). */
  depth?: number;
  /** Chinese block (attribute stripped). */
  zh: UnitNode;
  /** English block, when translated. */
  en?: UnitNode;
  /**
   * id of the element a link to this unit targets: the unit itself for
   * headings, paragraphs, titles and notes; its list or table for items and cells.
   */
  anchor: string;
  /** Plain text of the Chinese, NFC. */
  zhText: string;
  enText?: string;
  /** Paragraph opens with a lead sentence (first child is `strong`). */
  lead: boolean;
  /** Hash of the current Chinese plain text (see hash.ts). */
  sourceHash: string;
  /** Hash recorded in en.md (`src=`) when the translation was made. */
  enSourceHash?: string;
  enState?: EnState;
  /** id of the top-level section this block belongs to. */
  section: string;
  /** 1-based line in zh.md / en.md (for messages). */
  zhLine: number;
  enLine?: number;
  /** The excerpt's copy breaks off in this block, its last, mid-sentence (broken-off.ts): every edition marks its end. */
  brokenOff?: boolean;
}

/** A top-level group of blocks (by the highest heading level present). */
export interface Section {
  /** heading block id, or `front` for blocks before the first heading */
  id: string;
  heading?: Block;
  /** Every unit of the section in reading order (with the report notes it calls first). */
  blocks: Block[];
  /**
   * The text before the first heading of an excerpt that starts mid-outline (broken-off.ts startsMidOutline): the end of
   * a part whose beginning the copy does not hold, not the report's opening — the EPUB names it so.
   */
  excerptStart?: boolean;
  /** What the section shows, in order: blocks and the structures holding units. */
  body: Flow[];
}

/**
 * The structure of the text around its units. Units are referred to by id
 * (the Block is in `Section.blocks` / `Publication.blocks`), so copies of the
 * blocks (editions move note calls) keep the structure valid.
 */
export type Flow = FlowBlock | FlowList | FlowQuote | FlowTable | FlowBox;

/** A heading or paragraph. */
export interface FlowBlock {
  type: 'block';
  id: string;
}

export interface FlowList {
  type: 'list';
  /** `list-<first item id>` */
  id: string;
  ordered: boolean;
  /** first number of an ordered list */
  start?: number;
  /** unit ids of the items */
  items: string[];
}

export interface FlowQuote {
  type: 'quote';
  /** `quote-<first unit id>` */
  id: string;
  children: Flow[];
}

export interface FlowTable {
  type: 'table';
  /** `table-<first cell id>` */
  id: string;
  /** unit id of the caption (the box title, for the first table in a box, also after its paragraphs), if any */
  caption?: string;
  /** The first `headerRows` rows are the header (the first alone in GFM). Spanned-over positions hold no slot. */
  rows: TableSlot[][];
  /** How many of `rows` are the header (`thead`) when more than the first: rows subdividing a column group (model/table.ts headerRowCount). */
  headerRows?: number;
}

export interface TableSlot {
  /** unit id; undefined for an empty cell */
  id?: string;
  rowSpan: number;
  colSpan: number;
  /** 0-based column of the slot's first grid column */
  column: number;
  /** header cell: every cell of the first row, the first column of the others */
  header?: 'col' | 'row' | 'rowgroup';
  align?: 'left' | 'right' | 'center';
}

/** A boxed section (专栏): a titled frame around paragraphs, lists, tables. */
export interface FlowBox {
  type: 'box';
  /** the title's unit id */
  id: string;
  children: Flow[];
}

/** One of the report's own notes, numbered in the order of the definitions. */
export interface ReportNote {
  /** unit id of the definition (`fn-…`) */
  id: string;
  number: number;
  /** section whose document shows the note (where the text first calls it) */
  sectionId: string;
  /** unit ids of the blocks that call it, Chinese reading order */
  calledFrom: string[];
}

export interface OutlineEntry {
  id: string;
  depth: number;
  zh: string;
  en?: string;
  children: OutlineEntry[];
}

/** One glossary note as rendered (filled by glossary annotate). */
export interface NoteUse {
  noteId: string;
  noteNumber: number;
  termId: string;
  blockId: string;
  sectionId: string;
}

export interface Publication {
  slug: string;
  meta: { zh: Meta; en?: Meta };
  blocks: Block[];
  sections: Section[];
  outline: OutlineEntry[];
  /** The report's own notes (GFM footnotes), in definition order. */
  reportNotes: ReportNote[];
  /** Glossary notes in order (empty until annotated). */
  notes: NoteUse[];
  /** Term id → every block id where it occurs (empty until annotated). */
  termUses: Map<string, string[]>;
  files: { zh: VFile; en?: VFile };
}
