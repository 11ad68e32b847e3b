/**
 * `duizhao review`: after updating the English of a stale block, record that
 * it now translates the current Chinese — rewrite `src=` to the current hash
 * and set `state=reviewed`, touching nothing else in en.md.
 */
import { VFile } from 'vfile';
import { sourceHash } from '../model/hash.ts';
import { applyEdits, attributeEdit, locateBlocks, type Edit } from './en-file.ts';

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
 * @param ids  block ids to mark, or `'all'` for every English block with a Chinese twin
 */
export function markReviewed(zh: string, en: string, ids: readonly string[] | 'all', enPath = 'en.md'): ReviewResult {
  const zhBlocks = new Map(locateBlocks(zh, 'zh.md').parsed.map((b) => [b.attributes.id, b] as const));
  const { spans, file } = locateBlocks(en, enPath);
  const wanted = ids === 'all' ? spans.map((s) => s.id) : ids;
  const edits: Edit[] = [];
  const changed: string[] = [];
  const done = new Set<string>();
  for (const id of wanted) {
    if (done.has(id)) continue;
    done.add(id);
    const span = spans.find((s) => s.id === id);
    const source = zhBlocks.get(id);
    if (!span || !source) {
      file.message(`Cannot mark \`${id}\` as reviewed: ${span ? 'its id is not in zh.md' : 'en.md has no block with this id'}`, {
        place: span ? { line: span.line, column: 1 } : undefined,
        ruleId: 'review-unknown-id',
        source: 'translate',
      }).fatal = true;
      continue;
    }
    const edit = attributeEdit(span, { src: sourceHash(source.text), state: 'reviewed' });
    if (!edit) continue;
    edits.push(edit);
    changed.push(id);
  }
  return { value: applyEdits(en, edits), changed, file };
}
