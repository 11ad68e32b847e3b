/**
 * Recording what the English of a block is a translation of, touching nothing
 * else in en.md:
 * - `duizhao review`: the English was reviewed against the current Chinese —
 *   `src=` the current hash, `state=reviewed`;
 * - `duizhao translated`: English written (or updated) by hand translates the
 *   current Chinese, not yet reviewed — `src=` the current hash, `state=translated`.
 */
import { VFile } from 'vfile';
import { sourceHash } from '../model/hash.ts';
import { reviewableMetaKeys, type ReviewableMetaKey, type TranslatableMetaKey } from '../model/meta-keys.ts';
import { applyEdits, attributeEdit, locateBlocks, type Edit } from './en-file.ts';
import { readMeta, readMetaSources, readReviewedMeta, sameSources, writeMetaSources, writeReviewedMeta } from './front-matter.ts';

export interface ReviewResult {
  /** the new en.md text */
  value: string;
  /** ids whose attribute changed */
  changed: string[];
  /** ids asked for that have no English (or no Chinese) — messages on `file` */
  file: VFile;
}

/**
 * @param zh   zh.md text
 * @param en   en.md text
 * @param ids  block ids to mark (`meta-<key>` for a front-matter value: title, subtitle, issuer …, translator_note), or
 *             `'all'` for every English block with a Chinese twin and every front-matter value en.md has
 */
export function markReviewed(zh: string, en: string, ids: readonly string[] | 'all', enPath = 'en.md'): ReviewResult {
  return recordSource(zh, en, ids, 'reviewed', enPath);
}

/**
 * `duizhao translated`: the named blocks get `src=` and `state=translated`. With
 * `'all'`, only the blocks whose `src=` is missing or stale change (a reviewed or
 * machine-drafted block whose source did not change keeps its state).
 */
export function markTranslated(zh: string, en: string, ids: readonly string[] | 'all', enPath = 'en.md'): ReviewResult {
  return recordSource(zh, en, ids, 'translated', enPath);
}

function recordSource(zh: string, en: string, ids: readonly string[] | 'all', state: 'reviewed' | 'translated', enPath: string): ReviewResult {
  const zhBlocks = new Map(locateBlocks(zh, 'zh.md').parsed.map((b) => [b.attributes.id, b] as const));
  const { spans, file } = locateBlocks(en, enPath);
  // A front matter that does not parse is read as empty: marking would then write front_matter_reviewed and a
  // front_matter_src missing the values it could not read, beside the unreadable ones, each run again (the file worse, the
  // values' records lost). Refused: en.md untouched, the parse error said at its line.
  if (file.messages.some((m) => m.fatal && m.ruleId === 'front-matter')) {
    file.message(`Cannot mark anything ${state}: the front matter of en.md does not parse (above); en.md not changed — correct it and run again`, {
      place: { line: 1, column: 1 },
      ruleId: 'review-front-matter',
      source: 'translate',
    }).fatal = true;
    return { value: en, changed: [], file };
  }
  const enMeta = readMeta(en);
  const zhMeta = readMeta(zh);
  const present = reviewableMetaKeys.filter((key) => enMeta[key]);
  // The Chinese each English value is made from (front_matter_src), recorded as a block's src= is: by either mark.
  const sourcesBefore = readMetaSources(en);
  const sources: Partial<Record<TranslatableMetaKey, string>> = { ...sourcesBefore };
  const currentSource = (key: ReviewableMetaKey) => (key === 'translator_note' || !zhMeta[key] ? undefined : sourceHash(zhMeta[key]));
  // `translated --all`, as for blocks: the values whose record is missing or stale (a reviewed value whose Chinese did not
  // change keeps its review; one with no record yet keeps it too, gaining the record).
  const sinceChanged = (key: ReviewableMetaKey) => currentSource(key) !== undefined && sources[key as TranslatableMetaKey] !== currentSource(key);
  const wanted =
    ids === 'all'
      ? [...(state === 'reviewed' ? present : present.filter(sinceChanged)).map((key) => `meta-${key}`), ...spans.map((s) => s.id)]
      : ids;
  const edits: Edit[] = [];
  const changed: string[] = [];
  const done = new Set<string>();
  // Front-matter values have no attribute: their reviews are the list front_matter_reviewed (a reviewed one marked
  // translated again leaves it).
  const reviewedBefore = readReviewedMeta(en);
  const reviewedMeta = new Set<ReviewableMetaKey>(reviewedBefore);
  for (const id of wanted) {
    if (done.has(id)) continue;
    done.add(id);
    if (id.startsWith('meta-')) {
      const key = id.slice(5) as ReviewableMetaKey;
      if (!present.includes(key)) {
        const known = (reviewableMetaKeys as readonly string[]).includes(key);
        file.message(`Cannot mark \`${id}\` as ${state}: ${known ? `en.md has no ${key} in its front matter` : `expected a front-matter value, one of ${reviewableMetaKeys.map((k) => `meta-${k}`).join(', ')}`}`, {
          ruleId: 'review-unknown-id',
          source: 'translate',
        }).fatal = true;
        continue;
      }
      const src = currentSource(key);
      const recorded = key === 'translator_note' ? undefined : sources[key];
      const newSource = src !== undefined && recorded !== src;
      if (newSource) sources[key as TranslatableMetaKey] = src;
      // (with --all, a value that only gains its first record keeps its state)
      const keepState = state === 'translated' && ids === 'all' && recorded === undefined;
      const stateChanges = !keepState && (state === 'reviewed') !== reviewedMeta.has(key);
      if (stateChanges) {
        if (state === 'reviewed') reviewedMeta.add(key);
        else reviewedMeta.delete(key);
      }
      if (newSource || stateChanges) changed.push(id);
      continue;
    }
    const span = spans.find((s) => s.id === id);
    const source = zhBlocks.get(id);
    if (!span || !source) {
      file.message(`Cannot mark \`${id}\` as ${state}: ${span ? 'its id is not in zh.md' : 'en.md has no block with this id'}`, {
        place: span ? { line: span.line, column: 1 } : undefined,
        ruleId: 'review-unknown-id',
        source: 'translate',
      }).fatal = true;
      continue;
    }
    const src = sourceHash(source.text);
    if (state === 'translated' && ids === 'all' && span.fields.src === src) continue;
    const edit = attributeEdit(span, { src, state });
    if (!edit) continue;
    edits.push(edit);
    changed.push(id);
  }
  const value = applyEdits(en, edits);
  const reviewedAfter = reviewableMetaKeys.filter((key) => reviewedMeta.has(key));
  const withReviews = reviewedAfter.join() === reviewedBefore.join() ? value : writeReviewedMeta(value, reviewedAfter);
  return { value: sameSources(sources, sourcesBefore) ? withReviews : writeMetaSources(withReviews, sources), changed, file };
}
