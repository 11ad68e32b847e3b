/**
 * The term base contract (content/glossary.yaml after validation), shared by
 * the glossary stage, the `term-mismatch` check and the templates.
 */
export interface GlossaryEntry {
  /** stable ASCII id, e.g. `fang-guan-fu` */
  id: string;
  /** the Chinese term as it appears in reports, e.g. 放管服 */
  zh: string;
  /** Hanyu Pinyin with tone marks, e.g. fàng guǎn fú */
  pinyin: string;
  /** approved English rendering */
  en: string;
  /** other English forms accepted in running text */
  variants: string[];
  /** one to three sentences for a foreign reader */
  note_en: string;
  note_zh?: string;
  /**
   * The notes for a national report (the State Council's, the NPC's …) where the term reads otherwise there; `note_en` /
   * `note_zh` are then a local report's. A build's render context and an XLIFF export carry them for a national report
   * (`glossaryForReport`, report-level.ts, applied once per report).
   */
  note_en_national?: string;
  note_zh_national?: string;
  /** where the rendering comes from (URL / publication) or "translator's rendering" */
  source: string;
  /** other Chinese forms in running text (short or split forms) */
  aliases: string[];
  /** pinyin of aliases, alias → pinyin (经营主体: jīng yíng zhǔ tǐ): shown where the text writes that alias (form-pinyin.ts) */
  alias_pinyin?: Record<string, string>;
  /**
   * Longer Chinese strings in which the term is NOT meant, e.g. 个人大 for 人大
   * (个人 + 大…): text matching one of them yields no occurrence.
   */
  exclude?: string[];
}

export interface Glossary {
  entries: GlossaryEntry[];
  byId: Map<string, GlossaryEntry>;
  /** where each entry starts in glossary.yaml (1-based), when loaded from a file */
  positions?: Map<string, { line: number; column: number }>;
}

/** One occurrence of a term in a text (UTF-16 offsets into the plain text). */
export interface TermOccurrence {
  termId: string;
  start: number;
  end: number;
  /** the matched text (term, alias, rendering or variant) */
  text: string;
  /**
   * Chinese: the form of the term the text writes there, in its own characters — the matched text without quotes
   * (经营主体 for an alias, 熱綫 in a traditional text), or for a member of a coordination the member with its shared
   * head and tail (二十届三中全会 in 二十届二中、三中全会: coordination.ts).
   */
  form?: string;
  /**
   * English: the match is a form the matcher derives from a listed one (its rendering or a variant), not the listed form
   * itself — a singular of a plural form or the reverse ("Deputy" of "deputies"), a plural after it ("consortiums"), a
   * plural head ("Plenary Sessions of …"). The glossary notes give a listed form the note first (annotate.ts).
   */
  inflected?: boolean;
}

export interface TermMatcher {
  /** All terms in a Chinese text: longest match first, no overlaps, aliases included. */
  findZh(text: string): TermOccurrence[];
  /** The approved rendering or a variant of the given terms (default: all) in an English text. */
  findEn(text: string, termIds?: readonly string[]): TermOccurrence[];
  /**
   * Whether an English text holds the rendering of a term of two or more words with a modifier put in before its last
   * word (split.ts): “high-quality economic and social development” for 经济社会高质量发展. Asked by the term check only,
   * after `findEn` found nothing; the notes are placed where `findEn` finds the rendering whole.
   */
  findEnSplit?(text: string, termId: string): boolean;
}
