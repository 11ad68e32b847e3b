/**
 * `duizhao glossary import`: terms a translator or terminologist keeps in a CAT tool, brought into glossary.yaml.
 * The export went one way only (TBX, CSV); a term added in OmegaT's glossary pane, or a term base kept in memoQ or
 * MultiTerm, had to be copied into the YAML by hand.
 *
 * Read, each term with its line and column in the file:
 * - TBX (`.tbx`, `.xml`): TBX-Basic in its martif form, as memoQ, MultiTerm, OmegaT and export-tbx.ts write it. Per
 *   termEntry, the simplified Chinese langSet's (`zh`, `zh-CN`, `zh-Hans`…, before a `zh-TW`/`zh-Hant` one; with its
 *   traditional langSet's other forms as aliases) preferred term (administrativeStatus preferredTerm…, else the first) and
 *   its other terms as aliases, its definitions as note_zh (another Chinese langSet's too, unless the same written in the other characters), a term's note "Pinyin: …" as its pinyin; the English langSets'
 *   (`en*`, every one: en-US and en-GB) preferred term and their other terms as variants, their definitions as note_en
 *   (each distinct one) with the definitions' source. The notes for a national report (export-tbx.ts nationalNote) go
 *   back to note_en_national / note_zh_national. A term marked deprecated or superseded (administrativeStatus,
 *   normativeAuthorization: memoQ's forbidden terms) is refused: the glossary has no field for a form not to use.
 * - CSV (`.csv`): the export's header, memoQ's columns named by language, or OmegaT's headerless source,target,comment (readCsv).
 * - Excel (`.xlsx`): memoQ's Excel export (the same columns as its CSV), its first sheet's rows read as a CSV's
 *   (import-xlsx.ts sheetRows, then readSheetTerms).
 * - OmegaT's glossary (`.txt`, `.tsv`, `.tab`, `.utf8`): a line per term, `source<TAB>target[<TAB>comment]`, as its
 *   glossary pane writes `glossary/glossary.txt`; the comment is the English note. Lines opening with `#` are comments.
 *
 * Merged, all or nothing (no silent loss): a term new to the glossary (its Chinese neither an entry's term nor an
 * alias) becomes a new entry at the end of the file; a term the glossary holds with everything the file gives is
 * already there; a term the glossary holds otherwise (another English, a variant, alias or note it lacks) is a
 * conflict, told at the file's line with what the glossary says (its line in glossary.yaml), and then nothing is
 * written. The new entries are appended as text: the file's own comments and layout stay as they were.
 */
import { basename, extname } from 'node:path';
import type { Element } from 'xast';
import type { VFile } from 'vfile';
import { pinyin as pinyinOf } from 'pinyin-pro';
import { stringify } from 'yaml';
import { attribute, children, descendants, parseXml, placeOf, textOf } from '../translate/xml.ts';
import { csvColumns, parseCsv } from './export-csv.ts';
import { nationalLabel, nationalNote } from './export-tbx.ts';
import { zhPatternKey } from './fold.ts';
import { simplifiedToTraditional } from '../model/opencc.ts';
import { idPattern } from './schema.ts';
import type { Glossary, GlossaryEntry } from './types.ts';

/** The fields of an entry a term file can give. */
export type ImportedFields = Pick<GlossaryEntry, 'zh' | 'en' | 'variants' | 'aliases'> &
  Partial<Pick<GlossaryEntry, 'id' | 'pinyin' | 'note_en' | 'note_zh' | 'note_en_national' | 'note_zh_national' | 'source' | 'alias_pinyin'>>;

/** One term read from a term file, with where it starts there. */
export interface ImportedTerm extends ImportedFields {
  place: { line: number; column: number };
}

export type TermFileFormat = 'tbx' | 'csv' | 'xlsx' | 'omegat';

/** The format of a term file, by its extension; undefined for one not read. */
export function termFileFormat(path: string): TermFileFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.tbx' || ext === '.xml') return 'tbx';
  if (ext === '.csv') return 'csv';
  // (New user round 41) memoQ exports and imports a term base as an Excel workbook too: the same table as its CSV, a
  // header row naming the fields, an entry a row (read by import-xlsx.ts, then as a CSV's rows: readSheetTerms)
  if (ext === '.xlsx') return 'xlsx';
  if (['.txt', '.tsv', '.tab', '.utf8'].includes(ext)) return 'omegat';
  return undefined;
}

/** Every term in `file` (its value: the file's text), or fatal messages on it for what cannot be read. */
/** How to read a term file: `withoutForbidden`, a term its term base rules out is left out and said, not refused (`--without-forbidden`). */
export interface ReadOptions {
  withoutForbidden?: boolean;
}

export function readTerms(file: VFile, format: TermFileFormat, options: ReadOptions = {}): ImportedTerm[] {
  const text = String(file.value).replace(/^\uFEFF/, '');
  if (format === 'tbx') return readTbx(parseXml(text, file, 'TBX term base'), file, options);
  if (format === 'csv') return readCsv(text, file, options);
  if (format === 'xlsx') {
    fatal(file, 'Unexpected Excel workbook read as text: read its rows with sheetRows (import-xlsx.ts), then readSheetTerms', { line: 1, column: 1 }, 'import-xlsx');
    return [];
  }
  return readOmegat(text, file);
}

function fatal(file: VFile, reason: string, place: { line: number; column: number } | undefined, ruleId: string): void {
  const message = file.message(reason, { place, ruleId, source: 'glossary' });
  message.fatal = true;
}

/** A value trimmed (a note keeps its own line breaks), undefined when empty. */
const clean = (value: string | undefined) => value?.trim() || undefined;
/** A term's text: its spaces and line breaks (a pretty-printed file's) one space. */
const termText = (value: string | undefined) => clean(value?.replace(/\s+/g, ' '));

/**
 * The folded keys of simplified forms and of their traditional writing (OpenCC's s2t, as export-tbx.ts writes the
 * zh-Hant langSet): a traditional form with one of these keys says nothing new. Both, as fold.ts leaves a character
 * with two simplified forms as it is (劃 is 划 or 画: 計劃 folds to no simplified key).
 */
function writtenForms(simplified: readonly string[]): Set<string> {
  return new Set(simplified.flatMap((form) => [zhPatternKey(form), zhPatternKey(simplifiedToTraditional(form))]));
}

/** A language tag for Chinese in traditional characters (Taiwan, Hong Kong, Macao, or Hant named). */
const traditionalTag = /^zh-(?:tw|hk|mo|hant)(?:-|$)/i;

/**
 * (New user round 40) A term its term base rules out, with --without-forbidden: left out, said at its place as a warning
 * (the CAT tool keeps it; the glossary has no field for a form not to use).
 */
function leaveOut(file: VFile, term: string, status: string, place: { line: number; column: number }): void {
  file.message(`Left out term “${term}”, which its term base marks ${status} (a form not to use): not imported (--without-forbidden); the CAT tool keeps it`, { place, ruleId: 'import-deprecated', source: 'glossary' });
}

/** The refusal's way out, said in every import-deprecated error. */
const forbiddenAdvice = `delete it from this file (keep it in the CAT tool) or import with --without-forbidden to leave it out (said), or say it in the entry's note, and import again`;

function readTbx(root: Element, file: VFile, options: ReadOptions): ImportedTerm[] {
  const terms: ImportedTerm[] = [];
  const skipped = new Map<string, number>();
  const readByScript = new Map<string, Array<{ line: number; column: number }>>();
  for (const entry of descendants(root, 'termEntry')) {
    const place = placeOf(entry) ?? { line: 1, column: 1 };
    const langSets = children(entry, 'langSet').map((set) => ({ set, lang: (attribute(set, 'xml:lang') ?? attribute(set, 'lang') ?? '').toLowerCase() }));
    // each langSet's terms read once: those its term base accepts (the preferred first), and those it rules out
    const termsBySet = new Map(langSets.map(({ set }) => [set, tbxTerms(set)]));
    const accepted = (set: Element) => (termsBySet.get(set) ?? []).filter((t) => !t.deprecated);
    // The simplified langSet before a traditional one, whichever comes first (a memoQ term base for zh-TW and zh-CN
    // projects lists zh-TW first); a term base with only traditional characters gives its terms as they are.
    const chinese = langSets.filter(({ lang }) => lang === 'zh' || lang.startsWith('zh-'));
    const simplifiedSet = chinese.find(({ lang }) => !traditionalTag.test(lang))?.set;
    // (New user round 39) No langSet named Chinese, two langSets, one all Han and the other all Latin: the tags do not
    // say the languages (translate-toolkit's csv2tbx, the term base of a Pootle or Virtaal user, tags its CSV's source
    // `en` and its target `xx` whatever they are, and has no option to name them) — the terms' script does: read by it, said.
    const byScript = chinese.length === 0 ? scriptLangSets(langSets, accepted) : undefined;
    if (byScript) {
      const key = `${byScript.zh.lang || '(none)'}\u0000${byScript.en.lang || '(none)'}`;
      readByScript.set(key, [...(readByScript.get(key) ?? []), place]);
    }
    const zhSet = byScript?.zh.set ?? simplifiedSet ?? chinese[0]?.set;
    // every English langSet (en-US and en-GB in a memoQ term base for both): the first's terms first, the others' as variants
    const enSets = byScript ? [byScript.en.set] : langSets.filter(({ lang }) => lang === 'en' || lang.startsWith('en-')).map(({ set }) => set);
    const enSet = enSets[0];
    const others = byScript ? [] : langSets.filter(({ lang }) => !lang.startsWith('zh') && !lang.startsWith('en')).map(({ lang }) => lang || '(none)');
    for (const lang of others) skipped.set(lang, (skipped.get(lang) ?? 0) + 1);
    if (!zhSet || !enSet) {
      const found = langSets.map(({ lang }) => lang || '(none)').join(', ');
      fatal(file, `Unexpected termEntry without ${zhSet ? 'an English' : 'a Chinese'} langSet (xml:lang ${zhSet ? 'en…' : 'zh…'}; its langSets: ${found}): a term with no ${zhSet ? 'rendering' : 'Chinese'} is no glossary entry — export the term base with its languages named (without them, a termEntry is read by its terms' script only when it has two langSets, one all Han and the other all Latin)`, place, 'import-incomplete');
      continue;
    }
    const zh = accepted(zhSet);
    const en = uniqueTerms(enSets.flatMap(accepted));
    // (stop 59) a term its term base marks deprecated or superseded (a memoQ "forbidden" term, MultiTerm's) was read as one
    // more accepted form — the check would then pass the rendering the terminologist had ruled out. The glossary has no
    // field for a form not to use: refused at the term, not turned into a variant or an alias.
    const ruledOut = [...(byScript ? [zhSet] : chinese.map(({ set }) => set)), ...enSets].flatMap((set) => termsBySet.get(set) ?? []).filter((t) => t.deprecated);
    if (ruledOut.length > 0 && options.withoutForbidden) {
      for (const t of ruledOut) leaveOut(file, t.term, t.deprecated!, t.place ?? place);
    } else if (ruledOut.length > 0) {
      for (const t of ruledOut) {
        fatal(file, `Unexpected term “${t.term}”, which its term base marks ${t.deprecated} (a form not to use): the glossary has no field for one, and importing it would make it an accepted ${hasHan(t.term) ? 'alias' : 'variant'} — ${forbiddenAdvice}`, t.place ?? place, 'import-deprecated');
      }
      continue;
    }
    // A traditional langSet beside the simplified one (export-tbx.ts writes one, memoQ keeps a zh-TW project's): its
    // forms that fold to none of the simplified ones (fold.ts: a traditional character folds to its simplified one) are
    // other ways of writing the term — aliases, not dropped.
    if (simplifiedSet) {
      const written = writtenForms(zh.map((t) => t.term));
      for (const { set } of chinese.filter(({ set }) => set !== simplifiedSet)) {
        for (const form of accepted(set)) if (!written.has(zhPatternKey(form.term))) (written.add(zhPatternKey(form.term)), zh.push(form));
      }
    }
    if (zh.length === 0 || en.length === 0) {
      fatal(file, `Unexpected termEntry without a ${zh.length === 0 ? 'Chinese' : 'English'} <term>`, place, 'import-incomplete');
      continue;
    }
    // the other Chinese langSets' definitions too (a zh-TW project's, a second simplified one's): each one that is not the
    // main langSet's written in the other characters (was: dropped unsaid)
    const mainZhNotes = tbxDefinitions(zhSet);
    const writtenNotes = writtenForms(mainZhNotes.map((n) => n.text));
    const otherZhNotes = chinese.filter(({ set }) => set !== zhSet).flatMap(({ set }) => tbxDefinitions(set)).filter((n) => !writtenNotes.has(zhPatternKey(n.text)));
    const zhNotes = [...mainZhNotes, ...otherZhNotes];
    const enNotes = enSets.flatMap((set) => tbxDefinitions(set));
    const id = attribute(entry, 'id');
    const source = [...new Set(enNotes.flatMap((n) => (n.source ? [n.source] : [])))].join('; ') || undefined;
    const aliasPinyin = Object.fromEntries(zh.slice(1).flatMap((t) => (t.pinyin ? [[t.term, t.pinyin]] : [])));
    terms.push({
      place,
      ...(id ? { id } : {}),
      zh: zh[0].term,
      aliases: zh.slice(1).map((t) => t.term),
      ...(zh[0].pinyin ? { pinyin: zh[0].pinyin } : {}),
      ...(Object.keys(aliasPinyin).length > 0 ? { alias_pinyin: aliasPinyin } : {}),
      en: en[0].term,
      variants: en.slice(1).map((t) => t.term),
      ...definitionsAs(zhNotes, 'note_zh', 'note_zh_national', nationalLabel.zh),
      ...definitionsAs(enNotes, 'note_en', 'note_en_national', nationalLabel.en),
      ...(source ? { source } : {}),
    });
  }
  for (const [key, places] of readByScript) {
    const [zhLang, enLang] = key.split('\u0000');
    file.info(
      `Read by their script: in ${places.length} termEntr${places.length === 1 ? 'y' : 'ies'} (from ${places[0].line}:${places[0].column}) no langSet is tagged Chinese — the langSet tagged ${zhLang} holds Chinese and is read as zh, the one tagged ${enLang} English, read as en (translate-toolkit's csv2tbx tags its CSV's source and target so); check the terms`,
      { place: places[0], ruleId: 'import-language-script', source: 'glossary' },
    );
  }
  for (const [lang, count] of skipped) {
    file.info(`Not read: the langSet ${lang} of ${count} termEntr${count === 1 ? 'y' : 'ies'} — the glossary holds Chinese and English only`, { place: { line: 1, column: 1 }, ruleId: 'import-language', source: 'glossary' });
  }
  return terms;
}

/** A term that is Chinese: Han characters, no Latin letter. */
const hanOnly = (term: string) => /\p{Script=Han}/u.test(term) && !/\p{Script=Latin}/u.test(term);
/** A term that is English (or another language in Latin letters): Latin letters, no Han character. */
const latinOnly = (term: string) => /\p{Script=Latin}/u.test(term) && !/\p{Script=Han}/u.test(term);

/**
 * Two langSets, none tagged Chinese, whose terms say their languages: every term of one Han (no Latin letter), every term
 * of the other Latin (no Han) — that one the English. Undefined for any other shape (one langSet, three, both Latin:
 * a term base of other languages is no Chinese one, refused as before).
 */
function scriptLangSets(
  langSets: ReadonlyArray<{ set: Element; lang: string }>,
  accepted: (set: Element) => TbxTerm[],
): { zh: { set: Element; lang: string }; en: { set: Element; lang: string } } | undefined {
  if (langSets.length !== 2) return undefined;
  const all = (set: Element, test: (term: string) => boolean) => {
    const terms = accepted(set).map((t) => t.term);
    return terms.length > 0 && terms.every(test);
  };
  const zh = langSets.find(({ set }) => all(set, hanOnly));
  const en = langSets.find((candidate) => candidate !== zh && all(candidate.set, latinOnly));
  return zh && en ? { zh, en } : undefined;
}

interface TbxTerm {
  term: string;
  pinyin?: string;
  /** What its status says when it rules the term out (administrativeStatus or normativeAuthorization): `deprecated`, `superseded`. */
  deprecated?: string;
  place?: { line: number; column: number };
}

/**
 * A langSet's terms (tig, or ntig's termGrp), the preferred one first, each with the pinyin its note gives; one its status
 * rules out (deprecatedTerm, supersededTerm) says so (`deprecated`, with its place).
 */
function tbxTerms(langSet: Element): TbxTerm[] {
  const found = [...children(langSet, 'tig'), ...children(langSet, 'ntig')].flatMap((group) => {
    const [termElement] = descendants(group, 'term');
    const term = termText(termElement && textOf(termElement));
    if (!term) return [];
    const statuses = descendants(group, 'termNote')
      .filter((n) => ['administrativeStatus', 'normativeAuthorization'].includes(attribute(n, 'type') ?? ''))
      .map((n) => textOf(n).trim());
    const deprecated = statuses.map((status) => /^(deprecated|superseded)Term/iu.exec(status)?.[1].toLowerCase()).find(Boolean);
    const pinyin = descendants(group, 'note').map((n) => /^Pinyin:\s*(.+)$/iu.exec(textOf(n).trim())?.[1]).find(Boolean);
    const place = placeOf(termElement) ?? placeOf(group);
    return [{ term, pinyin: clean(pinyin), preferred: statuses.some((status) => /^preferredTerm/iu.test(status)), deprecated, place }];
  });
  const preferred = found.findIndex((t) => t.preferred && !t.deprecated);
  if (preferred > 0) found.unshift(...found.splice(preferred, 1));
  return found.map(({ term, pinyin, deprecated, place }) => ({ term, ...(pinyin ? { pinyin } : {}), ...(deprecated ? { deprecated, place } : {}) }));
}

/** Terms with the same text once (two English langSets giving the same rendering), the first kept. */
function uniqueTerms(terms: readonly TbxTerm[]): TbxTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => !seen.has(t.term.toLowerCase()) && Boolean(seen.add(t.term.toLowerCase())));
}

interface TbxDefinition {
  text: string;
  source?: string;
  national: boolean;
}

/** A langSet's definitions (descrip type="definition", alone or in a descripGrp with its source and note). */
function tbxDefinitions(langSet: Element): TbxDefinition[] {
  const groups = children(langSet, 'descripGrp');
  const alone = children(langSet, 'descrip').filter((d) => attribute(d, 'type') === 'definition');
  return [
    ...groups.flatMap((group) => {
      const descrip = children(group, 'descrip').find((d) => attribute(d, 'type') === 'definition');
      const text = clean(descrip && textOf(descrip));
      if (!text) return [];
      const admin = children(group, 'admin').find((a) => attribute(a, 'type') === 'source');
      const source = clean(admin && textOf(admin));
      return [{ text, source, national: children(group, 'note').some((n) => textOf(n).trim() === nationalNote) }];
    }),
    ...alone.flatMap((d) => {
      const text = clean(textOf(d));
      return text ? [{ text, national: false }] : [];
    }),
  ];
}

/**
 * A langSet's definitions as the entry's notes: the plain ones (a termEntry with two, or one in each English langSet:
 * each distinct one, a blank line between them — was: the first only, the others dropped unsaid) and the national ones.
 */
function definitionsAs(notes: readonly TbxDefinition[], key: 'note_zh' | 'note_en', nationalKey: 'note_zh_national' | 'note_en_national', label: string): Partial<ImportedFields> {
  const joined = (texts: string[]) => [...new Set(texts)].join('\n\n') || undefined;
  const plain = joined(notes.filter((n) => !n.national).map((n) => n.text));
  const national = joined(notes.filter((n) => n.national).map((n) => (n.text.startsWith(label) ? n.text.slice(label.length) : n.text)));
  return { ...(plain ? { [key]: plain } : {}), ...(national ? { [nationalKey]: national } : {}) };
}

/** The character between a CSV file's fields: of comma, semicolon and tab, the one its first line (outside quotes) holds most of. */
function csvDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0].replace(/"(?:[^"]|"")*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** What a CSV column holds: a field of the export's own header, or a language's term or definition, or a CAT tool's bookkeeping. */
type CsvColumn =
  | { kind: 'field'; name: Exclude<(typeof csvColumns)[number], 'zh' | 'en'> }
  | { kind: 'term' | 'definition'; lang: 'zh' | 'zh-hant' | 'en' }
  | { kind: 'entry-note' }
  | { kind: 'bookkeeping' }
  | { kind: 'forbidden' }
  | { kind: 'unknown' };

/**
 * memoQ's columns that keep no word of the term base: its ids, time stamps, users and Term_Info (matching and usage
 * flags, `1;0;…`). Read past; a value in any other column the glossary has no field for is refused, not dropped.
 */
const bookkeeping = /^(?:entry_(?:id|clientid|projectid|created|creator|lastmodified|modifier)|term_info)$/i;

/**
 * A column's language from its name: a code (zh, zh-CN, zh_TW, en-GB, chi, eng) or a name (Chinese (PRC), Chinese_Taiwan,
 * English (United States), 简体中文, 英文), as memoQ, Excel and translators name them; `_Def` after it is the language's
 * definition (memoQ).
 */
function languageColumn(name: string): CsvColumn | undefined {
  const definition = /[\s_-]?def(?:inition)?$/i.exec(name);
  const base = (definition ? name.slice(0, definition.index) : name).trim().toLowerCase();
  const kind = definition ? 'definition' : 'term';
  const traditional = /(?:^zh[-_](?:tw|hk|mo|hant)|taiwan|hong[\s_]?kong|macao|macau|traditional|繁)/i.test(base);
  if (/^(?:zh(?:[-_].+)?|chi|zho|chinese(?:[\s_(].*)?|(?:简体|繁體|繁体)?中文(?:.*)?|汉语|漢語)$/i.test(base)) return { kind, lang: traditional ? 'zh-hant' : 'zh' };
  if (/^(?:en(?:[-_].+)?|eng|english(?:[\s_(].*)?|英文|英语|英語)$/i.test(base)) return { kind, lang: 'en' };
  return undefined;
}

/**
 * (New user round 40) A term's forbidden flag as a column of its own: memoQ's term property "Forbidden", as its CSV and
 * Excel import settings map a column to it and a terminologist's sheet names it (`Forbidden`, `Term_Forbidden`,
 * `English_Forbidden`, `禁用`). Like Term_Info and Term_Example, it belongs to the term in the nearest language column
 * before it (memoQ writes a term's fields after the term).
 */
const forbiddenColumn = /^(?:(?:.+[\s_-])?(?:term[\s_-]?)?forbidden(?:[\s_-]?term)?|(?:.+[\s_-])?禁用(?:术语|詞|词)?)$/iu;
/** A forbidden flag's value: yes (memoQ's True, 1, ✓, the word itself), no (False, 0, empty), or unreadable (undefined). */
function forbiddenValue(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (/^(?:1|yes|y|true|x|✓|✔|forbidden|是|禁用)$/u.test(v)) return true;
  if (/^(?:0|no|n|false|-|否|)$/u.test(v)) return false;
  return undefined;
}
/**
 * memoQ's Term_Info, where it spells the flag out (`Forbidden`, `Forbidden=True`, `IsForbidden: yes`, 禁用) rather than
 * in its compact code: a term it marks forbidden. A code of figures is not decoded (read past, said with a warning).
 */
function termInfoForbidden(value: string): boolean {
  const spelled = /(?:^|[^\p{L}])(?:is)?forbidden(?:\s*[:=]\s*(\S+))?/iu.exec(value);
  if (spelled) return spelled[1] === undefined || forbiddenValue(spelled[1].replace(/[;,|].*$/u, '')) !== false;
  return /禁用/u.test(value);
}

function csvColumn(name: string): CsvColumn {
  const lower = name.trim().toLowerCase();
  if ((csvColumns as readonly string[]).includes(lower) && lower !== 'zh' && lower !== 'en') return { kind: 'field', name: lower as Exclude<(typeof csvColumns)[number], 'zh' | 'en'> };
  if (lower === 'entry_note') return { kind: 'entry-note' };
  if (forbiddenColumn.test(lower)) return { kind: 'forbidden' };
  if (bookkeeping.test(lower)) return { kind: 'bookkeeping' };
  return languageColumn(name) ?? { kind: 'unknown' };
}

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);
/** translate-toolkit's CSV columns of a comment (csvl10n), read as the note. */
const toolkitComment = /^(?:comment|comments|translator_comments|developer_comments)$/;
/** translate-toolkit's CSV columns that keep no word of the term (a location in the source file, an id, a context, a fuzzy flag). */
const toolkitBookkeeping = /^(?:location|id|context|fuzzy)$/;

/**
 * A CSV term base: the export's own header (zh, en, pinyin, note, …), or columns named by language as memoQ writes them
 * (Entry_ID, Entry_Note, then per language `<Language>_Def`, `<Language>`, Term_Info, Term_Example, a language's column
 * again for each further term), or no header at all — `source,target[,comment]`, as OmegaT reads a glossary.csv —
 * when the first row's first cell is Chinese and its second is not. Comma, semicolon or tab between fields.
 */
function readCsv(text: string, file: VFile, options: ReadOptions): ImportedTerm[] {
  const lines: number[] = [];
  const rows = parseCsv(text, lines, csvDelimiter(text));
  return readTable(rows, lines, file, options, 'CSV');
}

/**
 * (New user round 41) A term base's sheet — memoQ's Excel export, or a terminologist's workbook — as rows of cells'
 * text (import-xlsx.ts sheetRows: its row numbers are the messages' lines): read as a CSV's rows are, the same columns
 * (memoQ's by language, the export's own, translate-toolkit's or none), the same refusals (forbidden terms, unknown
 * columns) and warnings (Term_Info).
 */
export function readSheetTerms(rows: readonly (readonly string[])[], file: VFile, options: ReadOptions = {}): ImportedTerm[] {
  return readTable(rows.map((row) => [...row]), rows.map((_, i) => i + 1), file, options, 'sheet');
}

function readTable(rows: string[][], lines: number[], file: VFile, options: ReadOptions, kind: 'CSV' | 'sheet'): ImportedTerm[] {
  const header = rows[0] ?? [];
  const headerless = header.length >= 2 && header.length <= 3 && hasHan(header[0]) && !hasHan(header[1]) && /\p{L}/u.test(header[1]);
  // (New user round 39) translate-toolkit's CSV (csvl10n: what csv2tbx reads and po2csv writes) names its columns source,
  // target, comment or location: with no zh or en column, source is the Chinese, target the English, a comment the note
  // (a last "Source: …" part the entry's source, as OmegaT's), a location or id read past and said.
  const names = header.map((h) => h.trim().toLowerCase());
  const toolkit = !headerless && names.includes('source') && names.includes('target') && !names.includes('zh') && !names.includes('en');
  const columns = headerless
    ? ([{ kind: 'term', lang: 'zh' }, { kind: 'term', lang: 'en' }, { kind: 'field', name: 'note' }] as CsvColumn[])
    : toolkit
      ? names.map((name): CsvColumn => (name === 'source' ? { kind: 'term', lang: 'zh' } : name === 'target' ? { kind: 'term', lang: 'en' } : toolkitComment.test(name) ? { kind: 'field', name: 'note' } : toolkitBookkeeping.test(name) ? { kind: 'bookkeeping' } : { kind: 'unknown' }))
      : header.map(csvColumn);
  const body = headerless ? rows : rows.slice(1);
  const lineOf = (index: number) => lines[headerless ? index : index + 1] ?? index + (headerless ? 1 : 2);
  const header_ = (at: number) => (header[at] ?? '').trim();
  const zhAt = columns.findIndex((c) => c.kind === 'term' && c.lang === 'zh') >= 0 ? 'zh' : 'zh-hant';
  const has = (lang: string) => columns.some((c) => c.kind === 'term' && c.lang === lang);
  if (!has(zhAt) || !has('en')) {
    fatal(file, `Unexpected ${kind} header${header.length > 0 ? ` (${header.map((h) => quote(h.trim())).join(', ')})` : ''}, expected a header row naming ${csvColumns.join(', ')} (zh and en at least), as \`duizhao glossary export --format csv\` writes it; or columns named by language (Chinese, English, zh-CN, en-US; memoQ's export${kind === 'sheet' ? ', as CSV or Excel' : ''}); or no header, \`source,target[,comment]\` with the Chinese first (OmegaT's glossary.csv)`, { line: 1, column: 1 }, 'import-header');
    return [];
  }
  const ignored = new Map<string, number>();
  // (new user round 41) where a flag stands: a CSV row's field by number, a sheet's cell by its column's letters, as the
  // spreadsheet names it ("column X", not "the row's field 24")
  const fieldAt = (n: number) => (kind === 'sheet' ? `column ${columnLetters(n)}` : `the row's field ${n}`);
  const list = (value: string | undefined) => (value ?? '').split(';').map((v) => v.trim()).filter(Boolean);
  const terms = body.flatMap((row, index) => {
    if (row.every((cell) => cell.trim() === '')) return [];
    const place = { line: lineOf(index), column: 1 };
    const forms: Record<'zh' | 'zh-hant' | 'en', string[]> = { zh: [], 'zh-hant': [], en: [] };
    const definitions: Record<'zh' | 'zh-hant' | 'en', string[]> = { zh: [], 'zh-hant': [], en: [] };
    const fields: Partial<ImportedFields> & { variants: string[]; aliases: string[] } = { variants: [], aliases: [] };
    const refused: string[] = [];
    // (New user round 40) the terms a forbidden flag rules out — memoQ's Forbidden property, in a column of its own or
    // spelled in Term_Info — each with the column of its flag: the glossary has no field for a form not to use, and read
    // as a term it became an accepted alias or variant (as TBX's deprecated terms were before stop 59)
    const ruledOut: { term: string; lang: 'zh' | 'zh-hant' | 'en'; cell: number; header: string }[] = [];
    const termBefore = (at: number) => {
      for (let i = at - 1; i >= 0; i--) {
        const column = columns[i];
        if (column?.kind === 'term') {
          const term = termText(row[i]);
          return term ? { term, lang: column.lang } : undefined;
        }
      }
      return undefined;
    };
    row.forEach((cell, at) => {
      const value = clean(cell);
      if (!value) return;
      const column = columns[at] ?? { kind: 'unknown' };
      const name = header_(at);
      if (column.kind === 'forbidden' || (column.kind === 'bookkeeping' && /^term_info$/i.test(name))) {
        const flag = column.kind === 'forbidden' ? forbiddenValue(value) : termInfoForbidden(value) || undefined;
        if (flag === true) {
          const term = termBefore(at);
          if (term) ruledOut.push({ ...term, cell: at + 1, header: name });
          else refused.push(`${quote(name)}: ${quote(value)} (a forbidden flag with no term column before it)`);
          return;
        }
        if (column.kind === 'forbidden') {
          if (flag === undefined) refused.push(`${quote(name)}: ${quote(value)} (a forbidden flag that reads as neither yes nor no)`);
          return;
        }
      }
      if (column.kind === 'term') forms[column.lang].push(termText(value)!);
      else if (column.kind === 'definition') definitions[column.lang].push(value);
      else if (column.kind === 'entry-note') {
        // (New user round 40) memoQ's entry note is where its help tells a terminologist to put "a reference to the
        // source of the terms": a last "Source: …" (来源：…) part is the entry's source, as in OmegaT's comment (was: all
        // of it the note, and every entry then warned of a missing source the CSV had given)
        const { note, source } = noteAndSource(value);
        if (note) (hasHan(note) ? definitions.zh : definitions.en).push(note);
        if (source && !fields.source) fields.source = source;
      }
      else if (column.kind === 'bookkeeping') ignored.set(name, (ignored.get(name) ?? 0) + 1);
      else if (column.kind === 'field') {
        if (column.name === 'variants' || column.name === 'aliases') fields[column.name].push(...list(value));
        // OmegaT's comment, as in its glossary.txt (readOmegat), and translate-toolkit's: a last "Source: …" part is the entry's source
        else if (headerless || toolkit) {
          const { note, source } = noteAndSource(value);
          Object.assign(fields, note ? { note_en: note } : {}, source ? { source } : {});
        } else Object.assign(fields, { [csvFieldKeys[column.name]]: value });
      } else refused.push(`${header[at] === undefined ? `column ${at + 1} (past the header's ${header.length})` : quote(header[at].trim())}: ${quote(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`);
    });
    if (refused.length > 0) {
      fatal(file, `Unexpected value in a column the glossary has no field for, ${refused.join('; ')} — nothing is dropped: move it into a note column (note, note_zh, or a language's _Def) or clear it, and import again`, place, 'import-column');
      return [];
    }
    if (ruledOut.length > 0 && options.withoutForbidden) {
      for (const t of ruledOut) {
        leaveOut(file, t.term, `forbidden (${quote(t.header)}, ${fieldAt(t.cell)})`, place);
        const at = forms[t.lang].indexOf(t.term);
        if (at >= 0) forms[t.lang].splice(at, 1);
      }
    } else if (ruledOut.length > 0) {
      for (const t of ruledOut) {
        fatal(file, `Unexpected term “${t.term}”, which its term base marks forbidden (${quote(t.header)}, ${fieldAt(t.cell)}; a form not to use): the glossary has no field for one, and importing it would make it an accepted ${hasHan(t.term) ? 'alias' : 'variant'} — ${forbiddenAdvice}`, place, 'import-deprecated');
      }
      return [];
    }
    const zhForms = forms.zh.length > 0 ? forms.zh : forms['zh-hant'];
    if (zhForms.length === 0 || forms.en.length === 0) {
      fatal(file, `Unexpected row without ${zhForms.length > 0 ? 'an English rendering' : 'a Chinese term'}`, place, 'import-incomplete');
      return [];
    }
    const written = writtenForms(zhForms);
    const extraHant = forms.zh.length > 0 ? forms['zh-hant'].filter((form) => !written.has(zhPatternKey(form))) : [];
    const noteZh = definitions.zh.length > 0 ? definitions.zh : definitions['zh-hant'];
    const term: ImportedTerm = {
      ...fields,
      place,
      zh: zhForms[0],
      en: forms.en[0],
      aliases: [...new Set([...zhForms.slice(1), ...extraHant, ...fields.aliases])],
      variants: [...new Set([...forms.en.slice(1), ...fields.variants])],
    };
    if (noteZh.length > 0 && !term.note_zh) term.note_zh = noteZh.join('\n\n');
    if (definitions.en.length > 0 && !term.note_en) term.note_en = definitions.en.join('\n\n');
    return [term];
  });
  for (const [column, count] of ignored) {
    // (New user round 40) memoQ's Term_Info holds the term's forbidden flag among its other properties; where its code is
    // not spelled out (termInfoForbidden) the flag is not read — said as a warning, not as bookkeeping, so a forbidden
    // term cannot pass unsaid
    if (/^term_info$/i.test(column)) {
      file.message(`Not read: Term_Info in ${count} row(s), memoQ's term properties (matching, case, forbidden…) in a code this import does not decode: a term it marks forbidden would be imported as an accepted one — check the term base has none in this file, or export memoQ's TBX (its forbidden terms are refused) or a Forbidden column`, { place: { line: 1, column: 1 }, ruleId: 'import-term-info', source: 'glossary' });
      continue;
    }
    file.info(`Not read: ${column} in ${count} row(s), a CAT tool's bookkeeping (ids, dates, users, matching flags) the glossary has no field for`, { place: { line: 1, column: 1 }, ruleId: 'import-bookkeeping', source: 'glossary' });
  }
  return terms;
}

/** A spreadsheet's name for its column `n` (1 → A, 26 → Z, 27 → AA). */
export function columnLetters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

/** The export's CSV columns other than zh, en, variants and aliases (lists, read apart), as the entry's keys. */
const csvFieldKeys: Record<Exclude<(typeof csvColumns)[number], 'zh' | 'en' | 'variants' | 'aliases'>, keyof ImportedFields> = {
  id: 'id',
  pinyin: 'pinyin',
  note: 'note_en',
  note_zh: 'note_zh',
  source: 'source',
  note_national: 'note_en_national',
  note_zh_national: 'note_zh_national',
};

function readOmegat(text: string, file: VFile): ImportedTerm[] {
  return text.split(/\r?\n/).flatMap((line, index) => {
    const place = { line: index + 1, column: 1 };
    if (line.trim() === '' || line.trimStart().startsWith('#')) return [];
    const [zh, en, ...comment] = line.split('\t').map((part) => part.trim());
    if (!zh || !en) {
      fatal(file, `Unexpected line without ${zh ? 'a target term after a tab' : 'a source term'}, expected \`source<TAB>target[<TAB>comment]\` (OmegaT's glossary)`, place, 'import-incomplete');
      return [];
    }
    // (new user round 38) OmegaT's pane has one comment field: a source the translator gives there, "…; Source: https://…" or
    // "来源：…", last, is the entry's source (was: all of it the note, and the entry then warned of a missing source nothing in
    // OmegaT can give)
    const { note, source } = noteAndSource(clean(comment.join(' ')));
    return [{ place, zh, en, variants: [], aliases: [], ...(note ? { note_en: note } : {}), ...(source ? { source } : {}) }];
  });
}

/** A comment's last part opening "Source:" (or 来源：/出处：) as the source, the rest the note. */
export function noteAndSource(comment: string | undefined): { note?: string; source?: string } {
  if (!comment) return {};
  const m = /(?:^|[;；。.]\s*|\s)(?:source|来源|來源|出处|出處)\s*[:：]\s*(\S.*)$/iu.exec(comment);
  if (!m) return { note: comment };
  // (a sentence's stop before it stays the note's)
  const note = clean(comment.slice(0, m.index + (/^[。.]/u.test(m[0]) ? 1 : 0)).replace(/[;；,，]\s*$/u, ''));
  return { ...(note ? { note } : {}), source: m[1].trim() };
}

export interface MergeResult {
  /** new entries, in the file's order */
  added: ImportedFields[];
  /** terms the glossary already holds as the file gives them */
  unchanged: number;
}

/** The file's terms against the glossary: new entries, or conflicts as fatal messages on `file` (see the module's comment). */
export function mergeTerms(glossary: Pick<Glossary, 'entries' | 'positions'>, terms: readonly ImportedTerm[], file: VFile, glossaryPath: string): MergeResult {
  const byZh = new Map<string, GlossaryEntry | ImportedFields>();
  for (const entry of glossary.entries) for (const form of [entry.zh, ...entry.aliases]) if (!byZh.has(zhPatternKey(form))) byZh.set(zhPatternKey(form), entry);
  const ids = new Set(glossary.entries.map((e) => e.id));
  const added: ImportedFields[] = [];
  let unchanged = 0;
  for (const term of terms) {
    const held = [term.zh, ...term.aliases].map((form) => byZh.get(zhPatternKey(form))).find(Boolean);
    if (!held) {
      const { place: _place, ...fields } = term;
      const entry = { ...fields, id: newId(term, ids) };
      // (new user round 38) a term file with no pinyin (OmegaT's glossary has no field for it): the reading pinyin-pro gives, with
      // tone marks as the glossary writes it, told at the term's line to be checked (was: the entry warned of a missing pinyin
      // that the id had just been made from)
      if (!entry.pinyin) {
        // (new user round 40) a term of two phrases, 人民至上、生命至上: the pause mark as the glossary writes it, "…, …"
        // (was "rén mín zhì shàng 、 shēng mìng zhì shàng", the Chinese mark between spaces)
        entry.pinyin = pinyinOf(entry.zh, { toneType: 'symbol', nonZh: 'consecutive' }).replace(/\s*[、，,]\s*/gu, ', ').replace(/\s*[；;]\s*/gu, '; ').trim();
        file.info(`Pinyin “${entry.pinyin}” of ${entry.zh} read by pinyin-pro (the file gives none): check it, a character may read otherwise here`, { place: term.place, ruleId: 'import-pinyin', source: 'glossary' });
      }
      ids.add(entry.id);
      added.push(entry);
      for (const form of [entry.zh, ...entry.aliases]) byZh.set(zhPatternKey(form), entry);
      continue;
    }
    const differs = differences(held, term);
    if (differs.length === 0) {
      unchanged++;
      continue;
    }
    const fromFile = added.includes(held as ImportedFields);
    const known = fromFile ? undefined : glossary.positions?.get(held.id!);
    const where = fromFile ? `an earlier term of this file (${quote(held.zh)})` : `${glossaryPath}${known ? `:${known.line}` : ''} (entry ${held.id})`;
    fatal(file, `Unexpected ${differs.join('; ')} for ${term.zh}: ${where} gives ${quote(held.en)}${held.variants.length > 0 ? ` (variants ${held.variants.map(quote).join(', ')})` : ''} — nothing imported; make the two agree (edit ${basename(glossaryPath)} or this file) and import again`, term.place, 'import-conflict');
  }
  return { added, unchanged };
}

const quote = (text: string) => `“${text}”`;

/** What `term` gives that `held` lacks or says otherwise, in words. */
function differences(held: GlossaryEntry | ImportedFields, term: ImportedFields): string[] {
  const same = (a: string | undefined, b: string | undefined) => (a ?? '').replace(/\s+/g, ' ').trim() === (b ?? '').replace(/\s+/g, ' ').trim();
  const english = new Set([held.en, ...held.variants].map((e) => e.trim().toLowerCase()));
  const chinese = new Set([held.zh, ...held.aliases].map(zhPatternKey));
  const out: string[] = [];
  const newEnglish = [term.en, ...term.variants].filter((e) => !english.has(e.trim().toLowerCase()));
  if (newEnglish.length > 0) out.push(`English ${newEnglish.map(quote).join(', ')}`);
  const newChinese = [term.zh, ...term.aliases].filter((z) => !chinese.has(zhPatternKey(z)));
  if (newChinese.length > 0) out.push(`Chinese form ${newChinese.map(quote).join(', ')}`);
  for (const key of ['pinyin', 'note_en', 'note_zh', 'note_en_national', 'note_zh_national', 'source'] as const) {
    if (term[key] && !same(term[key], held[key])) out.push(`${key} ${quote(term[key]!)}${held[key] ? ` (the glossary's: ${quote(held[key]!)})` : ''}`);
  }
  for (const [alias, reading] of Object.entries(term.alias_pinyin ?? {})) {
    if (!same(reading, held.alias_pinyin?.[alias])) out.push(`pinyin ${quote(reading)} of the alias ${alias}`);
  }
  return out;
}

/** The file's own id when it is a valid one not taken; else one from the term's pinyin (its own, or pinyin-pro's reading), made unique. */
function newId(term: ImportedFields, taken: ReadonlySet<string>): string {
  if (term.id && idPattern.test(term.id) && !taken.has(term.id)) return term.id;
  const reading = term.pinyin ?? pinyinOf(term.zh, { toneType: 'none', nonZh: 'consecutive' });
  const base = reading.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ü/g, 'v').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const stem = /^[a-z]/.test(base) ? base : `term-${base || 'x'}`.replace(/-+$/, '');
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  return id;
}

/** glossary.yaml's text with `entries` appended, in the file's layout (a blank line before each entry). */
export function appendEntries(yamlText: string, entries: readonly ImportedFields[]): string {
  if (entries.length === 0) return yamlText;
  const order: Array<keyof ImportedFields> = ['id', 'zh', 'pinyin', 'en', 'variants', 'note_en', 'note_zh', 'note_en_national', 'note_zh_national', 'source', 'aliases', 'alias_pinyin'];
  const blocks = entries.map((entry) => {
    const ordered = Object.fromEntries(order.flatMap((key) => {
      const value = entry[key];
      return value === undefined || (Array.isArray(value) && value.length === 0) ? [] : [[key, value]];
    }));
    return stringify([ordered], { lineWidth: 0 });
  });
  const head = yamlText.trimEnd();
  // An empty file, or one holding only comments: the list starts there.
  return `${head}${head ? '\n\n' : ''}${blocks.join('\n')}`;
}
