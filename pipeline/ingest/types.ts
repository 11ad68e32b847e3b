/** Shared shapes of the ingest stage. */
import type { FileKind } from './decode.ts';

/** One line of extracted text with the 1-based line of the input it came from. */
export interface SourceLine {
  text: string;
  line: number;
  /** 1-based column of the first character in the input (for messages). */
  column: number;
  /**
   * HTML only: true when this line starts a new block element (a <p>, <div>,
   * <br> …), so it is a paragraph boundary whatever its punctuation.
   */
  hardBreak?: boolean;
  /** HTML only: a table row read as "label：value" pairs; a label with an empty cell has no value below it. */
  tableRow?: boolean;
  /** HTML only: every character of the line was set in bold (<strong>, <b>). */
  bold?: boolean;
  /** A page's first line after its page number, the page before having ended mid-sentence: it goes on with that paragraph. */
  continuesPage?: boolean;
  /** Text only: the line opened with a form feed — a PDF dump's new page (dump-furniture.ts). */
  pageStart?: boolean;
  /** English words a bilingual page's wrap left at the end of a Chinese line: the next line goes on them (wrapped-english.ts). */
  wrapsOn?: boolean;
  /** A dialogue's turn: the words right under their speaker's label alone on its line ("江澤林：" / "下面我…"), which they go on (transcript-labels.ts). */
  afterLabel?: boolean;
}

/** A line removed as site boilerplate (or moved into the front matter). */
export interface RemovedLine {
  line: number;
  text: string;
  /** Which pattern removed it, e.g. `navigation`, `page-footer`, `metadata`. */
  rule: string;
  /**
   * A `page-head` line that is the text of a notice issuing the report whose own title (…关于印发…的通知) is not on
   * the page: removed as the page's head is, said as the notice's (metadata.ts; new user, round 22).
   */
  notice?: boolean;
  /**
   * A `page-head` line taken from inside the text, not from above it: an encyclopedia copy's own section title ("2、工作回顾",
   * metadata.ts baikeSections), said as that (stop 49).
   */
  section?: boolean;
  /**
   * (stop 60) A line of a wiki's infobox (infobox.ts): its heading, or an item with the front-matter field its value went to
   * (`field`), none when the value was read into no field (外文名, 类型, a 中文名 that names no document): said as removed then,
   * never as moved to the front matter (mends60; mmtar.com).
   */
  infobox?: { heading?: boolean; field?: string; value?: string };
}

export interface IngestSummary {
  /** Detected input encoding, e.g. `utf-8`, `gb18030`, `big5`. */
  encoding: string;
  /** How the input was read: as text, as HTML, or as Markdown (given to the HTML path as the HTML it means: markdown.ts). */
  format: 'text' | 'html' | 'markdown';
  /** The file the text was read from, when not text or HTML itself (files.ts): a Word document, or a PDF and its pages. */
  from?: FileKind;
  pages?: number;
  blocks: number;
  headings: number;
  paragraphs: number;
  leads: number;
  linesRemoved: RemovedLine[];
  /** Characters changed by normalization, by kind. */
  normalized: NormalizeCounts;
}

export interface NormalizeCounts {
  /** Half-width punctuation in Chinese context made full-width. */
  punctuation: number;
  /** Spurious spaces inside Chinese text (PDF extraction, letter spacing) removed. */
  spaces: number;
  /** Characters changed by Unicode NFC. */
  nfc: number;
  /** Full-width digits and Latin letters (２０２３, ＧＤＰ) and the full-width point between digits made ASCII. */
  width: number;
  /** Soft-wrapped line breaks re-joined into paragraphs. */
  joinedLines: number;
  /** Pinyin annotations a mirror site glued after characters (經(jīng)) removed. */
  pinyin: number;
}

/** One cell of an ingested table: its text and spans, or the mark of a position another cell spans over. */
export type DraftCell = { text: string; rowSpan: number; colSpan: number; calls?: DraftBlock['calls'] } | { spannedBy: 'row' | 'col' };

/**
 * A structured block before ids are assigned. Beyond headings and paragraphs
 * (structures.ts, notes.ts, boxes.ts): list `item`s, `quote` paragraphs, a
 * `table`, the report's `note` definitions, a box (`box` = its title, up to
 * `box-end`), and the notes section's own heading (`notes-heading`: kept in the
 * front matter as `notes_heading`, not in the text).
 */
export interface DraftBlock {
  kind: 'heading' | 'paragraph' | 'item' | 'quote' | 'table' | 'note' | 'box' | 'box-end' | 'notes-heading';
  /** item: of an ordered list */
  ordered?: boolean;
  /** table: rows of cells, the first the header row */
  rows?: DraftCell[][];
  /** table: its last row has fewer cells than the table (no span fills the gap) — the page was cut inside it */
  shortLastRow?: boolean;
  /** note: its label (`1`, `2` …) */
  label?: string;
  /** Calls of the report's notes in `text`: UTF-16 offset and note label. */
  calls?: Array<{ at: number; label: string }>;
  /** Heading depth 2–5 (一、 / （一） / 1. / （1）). */
  depth?: number;
  /** Plain text (no Markdown). */
  text: string;
  /** Length of the lead sentence at the start of `text` (paragraphs only). */
  lead?: number;
  /** Input line where the block starts. */
  line: number;
  column: number;
  /** Headings: the outline numbering style (一、 / （一） / 1. / （1） / none) and the number, which decide the level. */
  numbering?: { style: NumberingStyle; ordinal: number };
  /** A heading that was a whole paragraph: that paragraph (with its final 。), restored if the heading turns out to be a list item. Unset for a run-in heading split from its paragraph. */
  runIn?: string;
  /** A run-in heading split from its paragraph: the sentence end the split took off ("。"), given back where the heading turns out to be a note's entry. */
  cut?: string;
  /** A paragraph the page set all in bold (HTML): a heading when it is short and ends no sentence (outline.ts). */
  bold?: boolean;
  /** Chinese a flattened bilingual line goes on with after an English segment (twins.ts): the line's text, never an unnumbered heading (outline.ts). */
  midLine?: boolean;
  /** A bilingual edition: the page's own English printed after this block (twins.ts), for en.md. */
  english?: { text: string; line: number; column: number };
}

/**
 * How a heading is numbered; 'none' an unnumbered part heading, 'dash' a "——…" sub-heading (no numeral, one level of its
 * own), 'annex' an annex after the report (附件1 and its title: a top-level part whose own outline nests under it), 'kicker' a
 * digest's section kicker (引题, "砥砺初心") over an unnumbered headline: a level over it (outline.ts, stop 47).
 */
export type NumberingStyle = 'part' | 'han' | 'paren-han' | 'arabic' | 'paren-arabic' | 'none' | 'dash' | 'annex' | 'kicker';

export type DateSource = 'occasion' | 'title' | 'written' | 'published';

export interface ReportMeta {
  title?: string;
  /** The title's deck (副题) under it, its clauses apart by an ideographic space (metadata.ts). */
  subtitle?: string;
  issuer?: string;
  date?: string;
  /** Where the date was read: the occasion line, the title, 成文日期 (written) or the publication date. */
  date_source?: DateSource;
  occasion?: string;
  speaker?: string;
  source?: string;
  /** The cover notice a disclosure page puts before the report (…关于印发…的通知), kept apart from the title. */
  cover_notice?: string;
  /** The heading of the report's notes section (注释, 名词解释 …), when it has one (notes.ts). */
  notes_heading?: string;
  /** Government-information disclosure fields as labelled on the page (索引号, 文号 …). */
  disclosure?: Record<string, string>;
}
