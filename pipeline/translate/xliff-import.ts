/**
 * `duizhao xliff import`: write the targets of an XLIFF 2.0 or 1.2 file back
 * into en.md, keeping every word or refusing the whole file.
 *
 * - Segments of a unit are joined (a space between English sentences);
 *   inline codes become Markdown again through mdast, and text Markdown
 *   would misread is escaped (mdast-util-to-markdown).
 * - Only blocks whose text or state changed are touched (content span and
 *   attribute), so an unchanged round trip leaves en.md byte-identical; a
 *   block en.md lacks is inserted in Chinese order, a table, list, box or note
 *   en.md has none of is written from zh.md's (insert.ts).
 * - `src=` is the hash of the unit's source: when the Chinese changed after
 *   export, the old hash is recorded and `check` reports the block stale.
 * - The result is validated before it is returned: the new en.md must parse
 *   to the same blocks plus the inserted ones, each imported block to exactly
 *   the English of its unit. Anything else — and any code that cannot be
 *   converted — is a fatal message at the unit's line:column, and `value` is
 *   the en.md given, untouched.
 * - The English it writes passes the per-block QA a translator can break in
 *   a CAT tool (`number-mismatch`: a changed figure; `markup-parity`: a bold
 *   lead sentence whose tags were dropped) or the file is refused, so a bad
 *   target never reaches en.md (`ignore=number-mismatch` in en.md still
 *   silences a figure checked by hand).
 * - A file from another report is refused: a front-matter unit whose Chinese
 *   is not this report's, or a file none of whose units is a block of zh.md.
 */
import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { buildPublication, type LoadResult } from '../model/load.ts';
import { parseReportMarkdown, type ParsedBlock } from '../model/parse.ts';
import { sourceHash } from '../model/hash.ts';
import { blockFindings } from '../check/index.ts';
import type { Glossary, TermMatcher } from '../glossary/types.ts';
import type { EnState } from '../model/types.ts';
import { applyEdits, attributeEdit, locateBlocks, type Edit } from './en-file.ts';
import { reviewableMetaKeys, type ReviewableMetaKey, type TranslatableMetaKey } from '../model/meta-keys.ts';
import { readMeta, readMetaSources, readReviewedMeta, sameSources, writeMeta, writeMetaSources, writeReviewedMeta } from './front-matter.ts';
import { InlineCodeError, inlineCodes, inlineText, inlineToPhrasing, phrasingToInline, samePhrasing } from './inline.ts';
import { insertBlocks, type NewBlock, type Unplaced } from './insert.ts';
import { translatableUnits, unitKindName, unitMarkdown } from './units.ts';
import { chineseCharacter, type ReadDoc, type ReadUnit, type SourceCodes, type XliffVersion } from './xliff-doc.ts';
import type { ReportUnit } from './cat-units.ts';
import { readXliff12 } from './xliff12.ts';
import { readXliff20 } from './xliff20.ts';
import { attribute, parseXml, refuse } from './xml.ts';

export interface ImportInput {
  /** XLIFF text and its path (for messages) */
  xliff: string;
  xliffPath?: string;
  /** report slug; default: the XLIFF `<file id>` (2.0) / `<file original>` (1.2) */
  slug?: string;
  zh: string;
  /** current en.md text; undefined when it does not exist yet */
  en?: string;
  /** refuse English that fails the per-block QA (a changed figure, a dropped bold lead); default true */
  check?: boolean;
  /** the term base: English that leaves out a term's approved rendering is written with a warning at its unit */
  glossary?: Glossary;
  matcher?: TermMatcher;
}

export interface ImportResult {
  slug: string;
  version: XliffVersion;
  /** the new en.md text (the given one when the import is refused) */
  value: string;
  /** what en.md had and this import changed: `meta-<key>` for a front-matter value (first), then the ids of blocks whose English, state or `src=` changed */
  updated: string[];
  /** blocks en.md lacked, inserted in Chinese order */
  inserted: string[];
  /** each updated block (of `updated`): whether its English changed, its state before and after (a reviser's file marks reviewed the English it leaves as it is) */
  changes: BlockChange[];
  /** messages; any fatal one means the import was refused */
  file: VFile;
}

/** What an import did to a block en.md had: its English rewritten or not, its state before and after (the same when unchanged). */
export interface BlockChange {
  id: string;
  english: boolean;
  from: EnState;
  to: EnState;
}

/** Read either XLIFF version; a file that is not XLIFF 1.2/2.x throws (message on `file`). */
export function readXliff(xliff: string, file: VFile, codesOf?: (unitId: string) => SourceCodes, reportUnits?: readonly ReportUnit[]): ReadDoc {
  const root = parseXml(xliff, file, 'XLIFF');
  const version = attribute(root, 'version') ?? '';
  if (root.name === 'xliff' && version === '1.2') return readXliff12(root, file, codesOf, reportUnits);
  if (root.name === 'xliff' && version.startsWith('2.')) return readXliff20(root, file, codesOf);
  // (translate-toolkit's po2xliff writes 1.1 when it has no template: its units name no block)
  const hint = root.name === 'xliff' && version === '1.1' ? ' (po2xliff without a template writes 1.1: convert with `po2xliff -t <the exported .xlf> <file.po> <out.xlf>`)' : '';
  throw refuse(file, `Cannot read the XLIFF: unexpected \`<${root.name} version="${version}">\`, expected \`<xliff version="1.2">\` or \`<xliff version="2.0">\`${hint}`, undefined, 'xliff-version');
}

export async function importXliff(input: Readonly<ImportInput>): Promise<ImportResult> {
  const file = new VFile({ path: input.xliffPath ?? 'translation.xlf', value: input.xliff });
  const { publication } = buildPublication(input.slug ?? '', new VFile({ path: 'zh.md', value: input.zh }), input.en === undefined ? undefined : new VFile({ path: 'en.md', value: input.en }));
  const units = new Map(translatableUnits(publication).map((u) => [u.id, u] as const));
  // Codes a file names only by id (a CAT tool's bare `<pc id="1">`) are the Chinese block's codes, numbered as export numbers them.
  const codesOf = (id: string): SourceCodes => new Map(inlineCodes(phrasingToInline(units.get(id)?.source ?? [])).map((c) => [c.id, c] as const));
  // (a Trados file names units and tags its own way: they are found by the report's Chinese and codes, sdlxliff.ts)
  const reportUnits = [...units.values()].map((u) => {
    const source = phrasingToInline(u.source);
    return { id: u.id, text: inlineText(source), codes: inlineCodes(source) };
  });
  const doc = readXliff(input.xliff, file, codesOf, reportUnits);
  const slug = input.slug ?? doc.slug ?? '';
  const original = input.en ?? '';
  const refused = (): ImportResult => ({ slug, version: doc.version, value: original, updated: [], inserted: [], changes: [], file });
  if (file.messages.some((m) => m.fatal)) return refused();

  const en = input.en === undefined ? undefined : locateBlocks(input.en, 'en.md');
  // An en.md whose front matter does not parse reads as having none: the import then appended every front-matter value
  // and record again below the unreadable lines (duplicate keys, the file worse) and said nothing. Refused, en.md untouched.
  const badFrontMatter = en?.file.messages.filter((m) => m.fatal && m.ruleId === 'front-matter') ?? [];
  if (badFrontMatter.length > 0) {
    const said = badFrontMatter.map((m) => `en.md:${m.line ?? 1}:${m.column ?? 1}: ${m.reason}`).join('; ');
    file.message(`Cannot import: the front matter of en.md does not parse (${said}); en.md not changed — correct it and import again`, {
      ruleId: 'xliff-en-front-matter',
      source: 'translate',
    }).fatal = true;
    return refused();
  }
  const enSpans = new Map(en?.spans.map((s) => [s.id, s] as const));
  const enBlocks = new Map<string, ParsedBlock>();
  for (const block of en?.parsed ?? []) if (!enBlocks.has(block.attributes.id)) enBlocks.set(block.attributes.id, block);
  const enMeta = input.en === undefined ? {} : readMeta(input.en);
  // Front matter has no attribute for its state: the values en.md records reviewed (front_matter_reviewed), changed here
  // as a block's state=, by the file's state of unit meta-<key>.
  const reviewedBefore = input.en === undefined ? [] : readReviewedMeta(input.en);
  const reviewedMeta = new Set<ReviewableMetaKey>(reviewedBefore);

  const edits: Edit[] = [];
  const updated: string[] = [];
  const changes: BlockChange[] = [];
  const additions = new Map<string, NewBlock>();
  const intended = new Map<string, { phrasing: PhrasingContent[]; read: ReadUnit }>();
  const metaUpdates: Partial<Record<ReviewableMetaKey, string>> = {};
  const sourcesBefore = input.en === undefined ? {} : readMetaSources(input.en);
  const metaSources: Partial<Record<TranslatableMetaKey, string>> = { ...sourcesBefore };
  const metaChanged: string[] = [];
  /** Blocks whose English this import writes, made from the current Chinese (their QA must pass). */
  const written = new Set<string>();
  /** Reviewed blocks whose English the file leaves as it is but marks not reviewed: their reviews are withdrawn. */
  const withdrawn: ReadUnit[] = [];
  const blockUnits = doc.units.filter((read) => !read.id.startsWith('meta-'));
  if (blockUnits.length > 0 && !blockUnits.some((read) => units.has(read.id))) {
    refuse(file, `None of the ${blockUnits.length} unit(s) of this file is a block of ${slug} (zh.md), expected the XLIFF exported from ${slug}: a file from another report?`, doc.place, 'xliff-other-report');
    return refused();
  }
  for (const read of doc.units) {
    // (the translator's note of a file imported into an en.md that has none yet: no unit of this report, written as it is)
    const unit = units.get(read.id) ?? (read.id === 'meta-translator_note' ? noteUnit : undefined);
    if (!unit) {
      file.message(`Unexpected unit \`${read.id}\`: no block with this id in zh.md; not imported`, { place: read.place, ruleId: 'xliff-unknown-id', source: 'translate' });
      continue;
    }
    if (read.target === undefined || read.untranslated) continue;
    if (inlineText(read.target).trim() === '' && inlineCodes(read.target).length === 0) {
      if (unit.target) file.message(`Empty target for \`${read.id}\`, expected its English; en.md keeps the current text`, { place: read.place, ruleId: 'xliff-empty-target', source: 'translate' });
      continue;
    }
    let phrasing: PhrasingContent[];
    try {
      phrasing = trim(inlineToPhrasing(read.target), unit.kind === 'heading' || unit.kind === 'meta');
    } catch (error) {
      if (!(error instanceof InlineCodeError)) throw error;
      refuse(file, `Cannot import \`${read.id}\`: ${error.message}`, read.place, 'xliff-inline');
      continue;
    }
    if (unit.kind === 'meta') {
      const key = read.id.slice(5) as ReviewableMetaKey;
      if (!(reviewableMetaKeys as readonly string[]).includes(key)) continue;
      const fileSource = inlineText(read.source);
      const text = toString(phrasing);
      const current = enMeta[key];
      if (key === 'translator_note') {
        // The note's source is the note as exported: en.md's note changed since (by hand) and the file's changed too is
        // two revisions of one text, refused rather than one silently lost.
        if (current !== undefined && spacing(fileSource) !== spacing(current)) {
          // (the file's note as exported, en.md's edited since: en.md's stands, and the file's state was given to another text)
          if (spacing(text) === spacing(fileSource) || text === current) continue;
          refuse(file, `Cannot import \`${read.id}\`: en.md's translator's note changed since this file was exported (the file's source “${fileSource}”, en.md “${current}”), and the file changes it too; expected one of the two: export again and revise there, or revise en.md`, read.place, 'xliff-note-changed');
          continue;
        }
      } else if (spacing(fileSource) !== spacing(unit.sourceText)) {
        // Front matter has no src= to record a change by: a Chinese that is not this report's is refused.
        refuse(file, `Cannot import \`${read.id}\`: the file's Chinese “${fileSource}” is not the ${key} of ${slug} in zh.md (“${unit.sourceText}”), expected a file exported from this report (another report's file, or the Chinese changed since export: export again)`, read.place, 'xliff-other-report');
        continue;
      }
      if (phrasing.some((n) => n.type !== 'text')) {
        refuse(file, `Cannot import \`${read.id}\`: front matter is plain text, expected no inline codes in its target`, read.place, 'xliff-inline');
        continue;
      }
      const english = text !== current;
      if (english) metaUpdates[key] = text;
      const was: EnState = current !== undefined && reviewedMeta.has(key) ? 'reviewed' : 'translated';
      const now: EnState = read.state === 'reviewed' ? 'reviewed' : 'translated';
      if (now === 'reviewed') reviewedMeta.add(key);
      else reviewedMeta.delete(key);
      if (!english && was === 'reviewed' && now !== 'reviewed') withdrawn.push(read);
      if (english || was !== now) {
        // (the Chinese this English is made from: the file's, which is zh.md's — else refused above; the note has none).
        // Only a value the file writes or confirms: an unchanged round trip leaves en.md as it was, a stale record too.
        if (key !== 'translator_note') metaSources[key] = sourceHash(unit.sourceText);
        metaChanged.push(read.id);
        if (current !== undefined) changes.push({ id: read.id, english, from: was, to: now });
      }
      continue;
    }
    const sourceText = toString({ type: 'paragraph', children: inlineToPhrasing(read.source) }).normalize('NFC');
    let src = sourceHash(unit.sourceText);
    if (spacing(sourceText) !== spacing(unit.sourceText)) {
      src = sourceHash(sourceText);
      file.message(`Source of \`${read.id}\` changed since this XLIFF was exported; recorded \`src=\` of the exported source, so \`duizhao check\` reports it as stale`, { place: read.place, ruleId: 'xliff-source-changed', source: 'translate' });
    }
    intended.set(read.id, { phrasing, read });
    const current = src === sourceHash(unit.sourceText);
    const span = enSpans.get(read.id);
    const twin = enBlocks.get(read.id);
    if (span && twin && twin.kind === unit.kind) {
      const current = (span.fields.state as EnState | undefined) ?? 'translated';
      const same = samePhrasing(twin.node.children, phrasing);
      if (same && read.state === current) continue;
      if (same && current === 'reviewed') withdrawn.push(read);
      if (!same) {
        edits.push({ start: span.contentStart, end: span.contentEnd, text: unitMarkdown(unit.kind, phrasing) });
        warnLostCodes(read, file);
        if (current) written.add(read.id);
      }
      const attr = attributeEdit(span, { src, state: read.state === 'translated' ? (span.fields.state === undefined ? undefined : 'translated') : read.state });
      if (attr) edits.push(attr);
      updated.push(read.id);
      changes.push({ id: read.id, english: !same, from: current, to: read.state });
    } else if (!span) {
      // (a cell, item, title or note goes in with its structure, written from zh.md's when en.md has none of it: insert.ts)
      warnLostCodes(read, file);
      if (current) written.add(read.id);
      additions.set(read.id, {
        content: unitMarkdown(unit.kind, phrasing),
        fields: { src, ...(read.state === 'translated' ? {} : { state: read.state }) },
        sourceCopy: JSON.stringify(read.target) === JSON.stringify(read.source),
      });
    }
  }
  if (file.messages.some((m) => m.fatal)) return refused();
  if (withdrawn.length > 0) {
    // A file exported before the review (or a CAT tool that keeps the state it was given) says "translated" (or "mt") of
    // English that was reviewed since: told once, at the first such unit, so that the reviews are not lost unnoticed.
    const marked = [...new Set(withdrawn.map((read) => (read.state === 'mt' ? 'mt (a machine draft)' : read.state)))].join(' or ');
    file.message(
      `${withdrawn.length} reviewed unit(s) whose English this file leaves unchanged are marked ${marked} in it, not reviewed: their reviews are withdrawn (${withdrawn.map((read) => read.id).join(', ')}); if they still stand, \`duizhao review ${slug} --all\` (or the ids) records them again`,
      { place: withdrawn[0].place, ruleId: 'xliff-review-withdrawn', source: 'translate' },
    );
  }

  const { value: withBlocks, inserted, unplaced, waiting } = insertBlocks(input.zh, applyEdits(original, edits), additions);
  for (const { id, reason } of unplaced) {
    const kind = units.get(id)?.kind;
    refuse(file, `Cannot import \`${id}\` (${unitKindName(kind ?? '')}): ${reason}`, intended.get(id)?.read.place, 'xliff-no-place');
  }
  // Units whose target is their source as it was (figures, dashes) in a structure that cannot be written yet: said once per
  // reason, not refused (new user, round 15: OmegaT's console mode filled three paragraphs from last year's memory and
  // left the table's figures as they were — the whole import was refused for want of the table's title).
  const waitingByReason = new Map<string, Unplaced[]>();
  for (const w of waiting) waitingByReason.set(w.reason, [...(waitingByReason.get(w.reason) ?? []), w]);
  for (const [reason, ids] of waitingByReason) {
    const named = ids.map((w) => `\`${w.id}\``);
    file.message(
      `Not imported yet: ${named.length > 3 ? `${named.slice(0, 3).join(', ')} and ${named.length - 3} more` : named.join(', ')} (their source as it was: figures, dashes) — ${reason.replace(/: translate it too, then import again$/, '')}; they go in with it`,
      { place: intended.get(ids[0].id)?.read.place, ruleId: 'xliff-waiting', source: 'translate' },
    );
  }
  if (file.messages.some((m) => m.fatal)) return refused();
  updated.unshift(...metaChanged);
  const reviewedAfter = reviewableMetaKeys.filter((key) => reviewedMeta.has(key));
  const withMeta = writeMeta(withBlocks, metaUpdates);
  const withReviews = reviewedAfter.join() === reviewedBefore.join() ? withMeta : writeReviewedMeta(withMeta, reviewedAfter);
  const value = sameSources(metaSources, sourcesBefore) ? withReviews : writeMetaSources(withReviews, metaSources);
  validate(value, en?.parsed ?? [], inserted, intended, file);
  if (file.messages.some((m) => m.fatal)) return refused();
  // The report as it would be written, read once for both: the errors that refuse the file, the term warnings.
  const check = input.check !== false || input.matcher ? buildPublication(slug, new VFile({ path: 'zh.md', value: input.zh }), new VFile({ path: 'en.md', value })) : undefined;
  // (new user round 32) and the front-matter values it writes, each at its unit (meta-<key>): was written unchecked, and `check`
  // then refused the title's figures ("二次会议" → "… Third Session") that the import had let through.
  const metaWritten = doc.units.filter((read) => read.id.startsWith('meta-') && read.id !== 'meta-translator_note' && Object.hasOwn(metaUpdates, read.id.slice(5)));
  const checked = new Set([...written, ...metaWritten.map((read) => read.id)]);
  const places = new Map([...metaWritten.map((read) => [read.id, { read }] as const), ...intended]);
  if (check && input.check !== false) refuseFailingBlocks(check, checked, places, file, new Set(enBlocks.keys()));
  if (file.messages.some((m) => m.fatal)) return refused();
  if (check && input.matcher) warnTerms(check, written, intended, file, { glossary: input.glossary, matcher: input.matcher });
  // (stop 56) Chinese left in the English this import writes — a block, a front-matter value or the translator's note — told
  // at its unit; was imported silently, and `check` then refused en.md (a reviser's note naming 行业 bare, round 34)
  const noteWritten = doc.units.filter((read) => read.id === 'meta-translator_note' && Object.hasOwn(metaUpdates, 'translator_note'));
  if (check) warnUntranslated(check, new Set([...checked, ...noteWritten.map((read) => read.id)]), new Map([...places, ...noteWritten.map((read) => [read.id, { read }] as const)]), file);
  return { slug, version: doc.version, value, updated, inserted, changes, file };
}

/** The translator's note read from a file into an en.md that has none: plain English, its source whatever the file says. */
const noteUnit: ReturnType<typeof translatableUnits>[number] = { id: 'meta-translator_note', kind: 'meta', context: [], source: [], state: 'untranslated', terms: [], sourceText: '' };

/** The QA a translator can break in a CAT tool, on the blocks this import writes: each error refuses the file at its unit. */
function refuseFailingBlocks(check: LoadResult, written: ReadonlySet<string>, intended: ReadonlyMap<string, { read: ReadUnit }>, file: VFile, inEn: ReadonlySet<string>): void {
  for (const error of blockFindings(check, 'error', ['number-mismatch', 'markup-parity'], written)) {
    const read = intended.get(error.blockId)?.read;
    // (a block en.md does not have yet has no attribute to write ignore= in: it gets there unchecked first)
    const fix =
      error.blockId.startsWith('meta-')
        ? 'correct the target in the CAT tool'
        : error.ruleId === 'number-mismatch'
        ? inEn.has(error.blockId)
          ? 'correct the target in the CAT tool (or, if the English is right, write ignore=number-mismatch in its en.md attribute)'
          : 'correct the target in the CAT tool (or, if the English is right, import with --no-check, then write ignore=number-mismatch in its en.md attribute)'
        : read?.fromPo
          ? 'a PO cannot carry it (xliff2po flattens inline codes to text): translate this block in the XLIFF itself (Weblate and Poedit open XLIFF 1.2 with its codes), or import with --no-check and set the bold in en.md'
          : 'correct the target in the CAT tool';
    refuse(file, `Cannot import \`${error.blockId}\`: ${error.reason} (${error.ruleId}); ${fix}`, read?.place, 'xliff-check');
  }
}

/**
 * Chinese left in the English a unit writes (check's `untranslated`, an error there): written, and told here at the unit,
 * so the translator or reviser corrects it in the CAT tool before `check` refuses en.md. A gloss — the Chinese in
 * parentheses after its English, or quoted in the translator's note — is no finding (the rule's own exceptions).
 */
function warnUntranslated(check: LoadResult, written: ReadonlySet<string>, intended: ReadonlyMap<string, { read: ReadUnit }>, file: VFile): void {
  for (const error of blockFindings(check, 'error', ['untranslated'], written)) {
    file.message(`${error.reason} (${error.ruleId}); imported — correct the target in the CAT tool, or en.md`, { place: intended.get(error.blockId)?.read.place, ruleId: 'xliff-untranslated', source: 'translate' });
  }
}

/**
 * A term of the Chinese whose approved English the new English lacks: written (a warning in
 * `check` too), told here at the unit, so the translator sees it in the CAT round trip (new user,
 * round 6: was imported silently, only `check` said it, at en.md).
 */
function warnTerms(check: LoadResult, written: ReadonlySet<string>, intended: ReadonlyMap<string, { read: ReadUnit }>, file: VFile, options: { glossary?: Glossary; matcher: TermMatcher }): void {
  for (const warning of blockFindings(check, 'warning', ['term-mismatch'], written, options)) {
    file.message(`${warning.reason} (${warning.ruleId}); imported — correct the target in the CAT tool, or en.md`, { place: intended.get(warning.blockId)?.read.place, ruleId: 'xliff-term', source: 'translate' });
  }
}

/**
 * The new en.md must parse to the blocks it had plus the inserted ones, in
 * the same kinds, each imported block to exactly its unit's English.
 */
function validate(value: string, before: readonly ParsedBlock[], inserted: readonly string[], intended: ReadonlyMap<string, { phrasing: PhrasingContent[]; read: ReadUnit }>, file: VFile): void {
  const after = parseReportMarkdown(new VFile({ path: 'en.md', value })).blocks;
  const afterById = new Map(after.map((b) => [b.attributes.id, b] as const));
  const expected = [...before.map((b) => b.attributes.id), ...inserted];
  const place = (id: string) => intended.get(id)?.read.place;
  for (const id of expected) {
    const block = afterById.get(id);
    const was = before.find((b) => b.attributes.id === id);
    if (!block) refuse(file, `Cannot import \`${id}\` without loss: en.md would lose block \`${id}\``, place(id), 'xliff-validate');
    else if (was && was.node.type !== block.node.type) refuse(file, `Cannot import \`${id}\` without loss: en.md would read block \`${id}\` as a ${block.node.type}, expected a ${was.node.type}`, place(id), 'xliff-validate');
  }
  if (after.length !== expected.length) refuse(file, `Cannot import without loss: en.md would have ${after.length} blocks, expected ${expected.length}`, undefined, 'xliff-validate');
  for (const [id, { phrasing, read }] of intended) {
    const block = afterById.get(id);
    if (block && !samePhrasing(block.node.children, phrasing)) refuse(file, `Cannot import \`${id}\` without loss: en.md would read it back as “${toString(block.node)}”, expected “${toString({ type: 'paragraph', children: phrasing })}”`, read.place, 'xliff-validate');
  }
}

/** A code of the source the new English lacks (a dropped bold, link …) is worth a warning; `check` decides on lead sentences. */
function warnLostCodes(read: ReadUnit, file: VFile): void {
  const kept = new Set(inlineCodes(read.target ?? []).map((c) => c.id));
  for (const code of inlineCodes(read.source)) {
    if (!kept.has(code.id)) file.message(`Target of \`${read.id}\` lacks code ${code.id} of the source (${code.kind}): the English loses that formatting`, { place: read.place, ruleId: 'xliff-missing-code', source: 'translate' });
  }
}

/**
 * Text compared for "the source changed": runs of white space are one space, and none
 * beside Chinese characters or punctuation (an `<ignorable>` space a CAT tool keeps between
 * two Chinese segments is layout, not a change of the Chinese).
 */
function spacing(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(besideChinese, '$1');
}

const besideChinese = new RegExp(` ?(${chineseCharacter.source}) ?`, 'gu');

/** Leading and trailing whitespace of a block's English (and, for one-line units, inner line breaks) go. */
function trim(phrasing: PhrasingContent[], oneLine: boolean): PhrasingContent[] {
  const nodes = structuredClone(phrasing);
  const texts: Array<{ value: string }> = [];
  const collect = (list: PhrasingContent[]) => {
    for (const node of list) {
      if (node.type === 'text') texts.push(node);
      else if ('children' in node) collect(node.children as PhrasingContent[]);
    }
  };
  collect(nodes);
  if (oneLine) for (const t of texts) t.value = t.value.replace(/\s*\n\s*/g, ' ');
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (first?.type === 'text') first.value = first.value.trimStart();
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return nodes.filter((n) => !(n.type === 'text' && n.value === ''));
}
