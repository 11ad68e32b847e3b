/**
 * Translatable units: the ONE place that maps the Publication model to the
 * units every exchange format carries (XLIFF 2.0 / 1.2, TMX), and a unit's
 * English back to what en.md holds. A new block kind (table cell, list item,
 * note definition, box title …) is added here — in `blockUnits` (model →
 * units) and `unitMarkdown` (English → en.md) — and every format follows.
 */
import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { zhPatternKey } from '../glossary/fold.ts';
import { formPinyin } from '../glossary/form-pinyin.ts';
import type { Glossary, TermMatcher } from '../glossary/types.ts';
import type { Block, Publication } from '../model/types.ts';
import { phrasingToMarkdown } from './inline.ts';
import { translatableMetaKeys, type ReviewableMetaKey, type TranslatableMetaKey } from '../model/meta-keys.ts';
import { sourceHash, staleMetaKeys } from '../model/hash.ts';
import { readMeta, readReviewedMeta } from './front-matter.ts';
import type { UnitState } from './xliff-state.ts';

export interface UnitTerm {
  termId: string;
  /** the term as the unit's source writes it (an alias such as 经营主体; a coordination's member with its head and tail, 二十届三中全会) */
  zh: string;
  /** the term base's own term, when the source writes another form (经营主体 for 市场主体) */
  term?: string;
  /** the pinyin of `zh`, when the term base gives it (the term's own, or an alias's `alias_pinyin`) */
  pinyin?: string;
  /** the pinyin of `term`, when the form has none of its own (glossary/form-pinyin.ts) */
  termPinyin?: string;
  /** approved English rendering */
  en: string;
  /** what a foreign reader needs (note_en) */
  note?: string;
}

export interface TranslationUnit {
  /** block id, or `meta-<key>` for a front-matter value */
  id: string;
  /** block kind (`heading`, `paragraph` …) or `meta` */
  kind: string;
  /** what the translator needs to know: block kind, section, stale or draft English */
  context: string[];
  source: PhrasingContent[];
  target?: PhrasingContent[];
  state: UnitState;
  /** glossary terms found in the source, with their approved renderings */
  terms: UnitTerm[];
  /** plain text of the source (what `src=` hashes) */
  sourceText: string;
}

export interface UnitOptions {
  /** the term base as this report reads it (its level's notes: glossary/report-level.ts, applied by the caller) */
  glossary?: Pick<Glossary, 'byId'>;
  matcher?: TermMatcher;
}

/** Every translatable unit of a publication, front matter first, then blocks in Chinese order. */
export function translatableUnits(publication: Publication, options: Readonly<UnitOptions> = {}): TranslationUnit[] {
  // Front matter as written (the model fills a missing title with the slug for the editions: not a text to translate).
  const zhMeta = readMeta(String(publication.files.zh.value));
  const enMeta = publication.files.en ? readMeta(String(publication.files.en.value)) : undefined;
  const reviewed = publication.files.en ? readReviewedMeta(String(publication.files.en.value)) : [];
  // A stale value's key → the hash en.md recorded of the Chinese its English was made from (front_matter_src).
  const recorded = publication.meta.en?.front_matter_src ?? {};
  const staleRecords = new Map(staleMetaKeys(publication.meta).map((key) => [key, recorded[key]!]));
  const units = [...metaUnits(zhMeta, enMeta, reviewed, staleRecords), ...publication.blocks.flatMap((block) => blockUnits(block, publication))];
  for (const unit of units) unit.terms = termsOf(unit.sourceText, options);
  return units;
}

function metaUnits(
  zh: Partial<Record<ReviewableMetaKey, string>>,
  en: Partial<Record<ReviewableMetaKey, string>> | undefined,
  reviewed: readonly ReviewableMetaKey[],
  staleRecords: ReadonlyMap<TranslatableMetaKey, string>,
): TranslationUnit[] {
  const units = translatableMetaKeys.flatMap((key): TranslationUnit[] => {
    const source = zh[key];
    if (!source) return [];
    const target = en?.[key] || undefined;
    // (as a block's: the English made from an earlier Chinese, by the hash en.md recorded — front_matter_src)
    const was = target ? staleRecords.get(key) : undefined;
    const stale = was ? [`stale: the English was made from an earlier Chinese (front_matter_src ${was}, now ${sourceHash(source)})`] : [];
    return [{
      id: `meta-${key}`,
      kind: 'meta',
      context: [`front matter: ${key}`, ...stale],
      source: [{ type: 'text', value: source }],
      target: target ? [{ type: 'text', value: target }] : undefined,
      state: target ? (reviewed.includes(key) ? 'reviewed' : 'translated') : 'untranslated',
      terms: [],
      sourceText: source,
    }];
  });
  // The translator's note (en.md's, printed in the colophon) has no Chinese: it travels as a unit whose source is the note
  // as exported, so that a reviser working in the CAT tool revises it there too (stop 53: it travelled in no CAT file, and
  // two rounds' notes saying "not reviewed" were corrected in en.md by hand). Last, after the values that have Chinese.
  const note = en?.translator_note;
  if (note) {
    units.push({
      id: 'meta-translator_note',
      kind: 'meta',
      context: ["front matter: translator_note — the translator's note, printed in the colophon; English with no Chinese: the source is the note as exported, revise the target"],
      source: [{ type: 'text', value: note }],
      target: [{ type: 'text', value: note }],
      state: reviewed.includes('translator_note') ? 'reviewed' : 'translated',
      terms: [],
      sourceText: note,
    });
  }
  return units;
}

/** A unit's kind as a message names it ("Cannot import `c-3` (table cell)", "the box title `t-1` has no English"). */
export function unitKindName(kind: string): string {
  return ({ item: 'list item', cell: 'table cell', title: 'box title' } as Record<string, string>)[kind] ?? kind;
}

/** What a translator is told a unit is, beyond headings and paragraphs. */
const kindContext: Partial<Record<Block['kind'], string>> = {
  item: 'list item',
  cell: 'table cell (one line; a unit such as （亿元） → (100 million yuan) applies to the column)',
  title: 'box title (专栏: the title of a boxed section)',
  note: "note in the original (the report's own footnote, not the edition's)",
};

/** The units of one block (headings, paragraphs, items, cells, titles, notes: one unit each). */
function blockUnits(block: Block, publication: Publication): TranslationUnit[] {
  const context = [kindContext[block.kind] ?? (block.kind === 'heading' ? `heading level ${block.depth}` : block.lead ? 'paragraph opening with a bold lead sentence (keep it bold)' : 'paragraph')];
  const section = publication.sections.find((s) => s.id === block.section)?.heading;
  if (section && section.id !== block.id) context.push(`section: ${section.zhText}${section.en ? ` / ${toString(section.en)}` : ''}`);
  if (block.en && block.enSourceHash !== block.sourceHash) context.push(`stale: the English was made from an earlier Chinese (src=${block.enSourceHash ?? 'none'}, now ${block.sourceHash})`);
  if (block.enState === 'mt') context.push('machine translation draft: review before use');
  // The editions mark where an excerpt's copy breaks off; the translator is told so, to stop the English at the same word.
  if (block.brokenOff) context.push('the copy breaks off here mid-sentence: end the English where the Chinese ends (the editions mark the break)');
  // And where an excerpt's copy starts inside the report (model/broken-off.ts startsMidOutline): its first unit is no opening.
  const front = publication.sections.find((s) => s.id === block.section);
  if (front?.excerptStart && front.blocks.find((b) => b.kind !== 'note') === block) context.push("the copy starts here, inside the report: the text before it (the report's opening and earlier parts) is not in the source");
  return [{
    id: block.id,
    kind: block.kind,
    context,
    source: block.zh.children,
    target: block.en?.children,
    state: block.en ? (block.enState ?? 'translated') : 'untranslated',
    terms: [],
    sourceText: block.zhText,
  }];
}

function termsOf(text: string, options: Readonly<UnitOptions>): UnitTerm[] {
  if (!options.matcher || !options.glossary) return [];
  const seen = new Set<string>();
  const terms: UnitTerm[] = [];
  for (const hit of options.matcher.findZh(text)) {
    const entry = options.glossary.byId.get(hit.termId);
    if (!entry || seen.has(entry.id)) continue;
    seen.add(entry.id);
    // the form the source writes (new user round 19: "市场主体 → market entities" for a source saying 经营主体)
    const zh = hit.form ?? entry.zh;
    const term = zhPatternKey(zh) === zhPatternKey(entry.zh) ? undefined : entry.zh;
    // (one reading of whose pinyin it is, as the notes and the glossary list show it: form-pinyin.ts)
    const reading = formPinyin(entry, zh);
    const pinyin = reading.term === undefined ? { pinyin: reading.pinyin } : { termPinyin: reading.pinyin };
    terms.push({ termId: entry.id, zh, term, ...pinyin, en: entry.en, note: entry.note_en || undefined });
  }
  return terms;
}

/**
 * A unit's English as en.md writes it (the block's inline Markdown, escaped
 * by mdast-util-to-markdown); a heading is one line. Front-matter units are
 * plain YAML strings and are not written through here.
 */
export function unitMarkdown(kind: string, phrasing: readonly PhrasingContent[]): string {
  const markdown = phrasingToMarkdown(phrasing);
  if (kind === 'paragraph') return markdown;
  // One line: a heading, a list item, a note, a cell (its `|` escaped), a box title (its `]` escaped).
  const line = markdown.replace(/[ \t]*\n[ \t]*/g, ' ');
  if (kind === 'cell') return line.replace(/(?<!\\)\|/g, '\\|');
  if (kind === 'title') return line.replace(/(?<!\\)\]/g, '\\]');
  return line;
}

/**
 * A term as a glossary hint names it: the source's form with its pinyin, the term base's own term when that differs
 * (经营主体 (jīng yíng zhǔ tǐ) = 市场主体), the pinyin after the term it reads (经营主体 = 市场主体 (shì chǎng zhǔ tǐ) when the
 * alias has none of its own).
 */
export function termLabel(term: Readonly<UnitTerm>): string {
  const read = (pinyin: string | undefined) => (pinyin ? ` (${pinyin})` : '');
  return `${term.zh}${read(term.pinyin)}${term.term ? ` = ${term.term}${read(term.termPinyin)}` : ''}`;
}
