/**
 * The content model: one aligned, bilingual Publication built from
 * `zh.md` + `en.md` (+ glossary uses). Renderers receive this and never
 * re-read Markdown. See README "Content format" for the file syntax.
 */
import type { Heading, Paragraph, PhrasingContent, Parent } from 'mdast';
import type { VFile } from 'vfile';

export type Lang = 'zh' | 'en';

/** Front matter of `zh.md` / `en.md`. Unknown keys are kept in `extra`. */
export interface Meta {
  title: string;
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
  /** en.md only: translator's note (unofficial translation, of what, from where). */
  translator_note?: string;
  translator?: string;
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
}

export type BlockKind = 'heading' | 'paragraph';

export interface Block {
  /** Stable id written in the file, e.g. `p-3f9a1c` / `h-0b12aa`. */
  id: string;
  kind: BlockKind;
  /** Heading depth (2 = 一、, 3 = （一）, 4 = 1., 5 = （1）). */
  depth?: number;
  /** Chinese block (attribute stripped). */
  zh: Heading | Paragraph;
  /** English block, when translated. */
  en?: Heading | Paragraph;
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
}

/** A top-level group of blocks (by the highest heading level present). */
export interface Section {
  /** heading block id, or `front` for blocks before the first heading */
  id: string;
  heading?: Block;
  blocks: Block[];
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
  /** Glossary notes in order (empty until annotated). */
  notes: NoteUse[];
  /** Term id → every block id where it occurs (empty until annotated). */
  termUses: Map<string, string[]>;
  files: { zh: VFile; en?: VFile };
}
