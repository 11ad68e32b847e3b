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
import { reviewableMetaKeys, type ReviewableMetaKey } from '../model/meta-keys.ts';
import { applyEdits, attributeEdit, locateBlocks, type Edit } from './en-file.ts';
import { readMeta, readReviewedMeta, writeReviewedMeta } from './front-matter.ts';

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
  const enMeta = readMeta(en);
  const present = reviewableMetaKeys.filter((key) => enMeta[key]);
  const wanted = ids === 'all' ? [...(state === 'reviewed' ? present.map((key) => `meta-${key}`) : []), ...spans.map((s) => s.id)] : ids;
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
      if ((state === 'reviewed') === reviewedMeta.has(key)) continue;
      if (state === 'reviewed') reviewedMeta.add(key);
      else reviewedMeta.delete(key);
      changed.push(id);
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
  return { value: reviewedAfter.join() === reviewedBefore.join() ? value : writeReviewedMeta(value, reviewedAfter), changed, file };
}
