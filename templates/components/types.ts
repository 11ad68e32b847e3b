/**
 * Options every component takes. One object, built once per edition render.
 */
import { formPinyin } from '../../pipeline/glossary/form-pinyin.ts';
import { simplifiedToTraditional } from '../../pipeline/model/opencc.ts';
import type { Glossary, GlossaryEntry } from '../../pipeline/glossary/types.ts';
import type { Block, Lang } from '../../pipeline/model/types.ts';
import type { Translate } from '../i18n.ts';
import type { EditionLanguage, Publisher } from '../../pipeline/config/types.ts';

/** Which edition a component renders for; changes glossary terms and links. */
export type TemplateEdition = 'html' | 'epub' | 'print';

export interface TemplateOptions {
  edition: TemplateEdition;
  /** UI strings per language (templates/i18n.ts createTranslators()). */
  t: Record<Lang, Translate>;
  /** Draft build: blocks without English show the Chinese and a "translation pending" marker. */
  draft: boolean;
  /** Term base, for notes and the appendix. Without it terms render as plain spans and the appendix is empty. */
  glossary?: Glossary;
  /** Languages shown. Default `bilingual`. `zh` / `en` omit the other language's child entirely. */
  languages?: EditionLanguage;
  /**
   * A bilingual edition shown in Chinese only because no English exists yet (the
   * EPUB of a report straight out of ingest): every block still without English
   * carries the "translation pending" marker, in Chinese (译文待补), as does the
   * title block. Default false.
   */
  markPending?: boolean;
  /** URL of a block (TOC, appendix back links). Default `#<id>`; EPUB passes `<file>.xhtml#<id>`. */
  blockHref?: (blockId: string, anchor?: string) => string;
  /** URL of a glossary appendix entry. Default `#g-<termId>`. */
  termHref?: (termId: string) => string;
  /** URL of a note (print/epub note lists). Default `#<noteId>`. */
  noteHref?: (noteId: string) => string;
  /** print only: put the note text inline after the first use as `<span class="footnote">` (paginate.js sets it at the foot of the page). */
  inlineNotes?: boolean;
  /** Heading level of component titles (Contents, Glossary, Notes, colophon). Default 2. */
  headingLevel?: number;
  /**
   * The report's own notes by unit id (report-note.ts `reportNoteIndex(pub)`): their number and
   * both sides. Without it a call to a report note renders as its bare number.
   */
  reportNotes?: ReadonlyMap<string, { number: number; block: Block }>;
  /** Who publishes the edition (config `publisher`): the colophon names it. Default: none. */
  publisher?: Publisher;
  /** URL of the report's page in the hosted HTML edition (EPUB and PDF: `site.baseUrl`): the colophon links it. Default: none. */
  onlineUrl?: string;
  /** Language tag of the report's Chinese text (pipeline/model/script.ts `chineseTag`): zh-Hant for a report in traditional characters. Default `zh-Hans`. */
  zhTag?: string;
  /**
   * The glossary's Chinese terms as the report's text writes them, by term id (pipeline/glossary/written.ts
   * `termsAsWritten`): set for a report in traditional characters, whose glossary list and notes show each term so
   * and tagged `zhTag`. Default: the term as the term base writes it, tagged zh-Hans.
   */
  termsWritten?: ReadonlyMap<string, string>;
}

export const hrefs = {
  /** A block's place: `anchor` is the element that carries it when that is not the block itself (a list item: its list). */
  block: (o: TemplateOptions, id: string, anchor = id): string => (o.blockHref ? o.blockHref(id, anchor) : `#${anchor}`),
  term: (o: TemplateOptions, termId: string): string => (o.termHref ? o.termHref(termId) : `#${glossaryEntryId(termId)}`),
  note: (o: TemplateOptions, noteId: string): string => (o.noteHref ? o.noteHref(noteId) : `#${noteId}`),
};

/** id of a term's glossary appendix entry. */
export function glossaryEntryId(termId: string): string {
  return `g-${termId}`;
}

/** id of the element of a term occurrence (for back links from the appendix). */
export function occurrenceId(blockId: string, lang: Lang, termId: string): string {
  return `${blockId}-${lang}-${termId}`;
}

/** BCP 47 tag written into `lang` attributes of UI strings (templates/locales: simplified Chinese, English). */
export const langTag: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

/**
 * A glossary entry's Chinese term as the edition shows it, with its language tag and pinyin (`termsWritten`, else the
 * term base's); for an alias without pinyin of its own, the headword (`term`) whose pinyin it is (glossary/form-pinyin.ts).
 */
export function termZh(options: Pick<TemplateOptions, 'zhTag' | 'termsWritten'>, entry: GlossaryEntry): { text: string; lang: string; pinyin?: string; term?: string } {
  const written = options.termsWritten?.get(entry.id);
  if (written === undefined) return { text: entry.zh, lang: langTag.zh, pinyin: entry.pinyin || undefined };
  return { text: written, lang: textTag(options, 'zh'), ...formPinyin(entry, written) };
}

/**
 * A glossary entry's Chinese note as the edition prints it: the term base writes it in simplified characters; an edition of a
 * report in traditional characters (`zhTag` zh-Hant) prints it converted with OpenCC, tagged zh-Hant, as its UI strings
 * (new user round 27: Macao's 繁體 text with its glossary notes in 简体; round 16 had left them so).
 */
export function noteZh(options: Pick<TemplateOptions, 'zhTag'>, note: string): { text: string; lang: string } {
  return options.zhTag === 'zh-Hant' ? { text: simplifiedToTraditional(note), lang: 'zh-Hant' } : { text: note, lang: langTag.zh };
}

/** BCP 47 tag of the report's own text in one language: its Chinese in the report's script (`zhTag`), or English. */
export function textTag(options: Pick<TemplateOptions, 'zhTag'>, lang: Lang): string {
  return lang === 'zh' ? (options.zhTag ?? langTag.zh) : langTag.en;
}
