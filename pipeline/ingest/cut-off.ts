/**
 * A page cut off mid-sentence — a copy that stops at a size limit, the first page of a
 * paginated mirror, a scrape that timed out — ends its last paragraph without a sentence
 * end (…城建六大攻坚行动和房). The editions would print it as the whole report: ingest says so.
 */
import { hanOf } from './chars.ts';
import type { DraftBlock } from './types.ts';

/** Fewer Han characters than this is a closing line (a signature, a date), not running text. */
const RUNNING_TEXT = 20;
/** What a sentence, a quotation or a bracketed date may end with (full and half width). */
const SENTENCE_END = /[。！？；…!?;.”’」』）)】〕］\]》]$/u;

/** The report's last block when it is running text that stops mid-sentence. */
export function cutOffEnd(blocks: readonly DraftBlock[]): DraftBlock | undefined {
  const last = blocks.filter((b) => b.kind !== 'box-end').at(-1);
  if (!last || !['paragraph', 'item', 'quote', 'note'].includes(last.kind)) return undefined;
  const text = last.text.trim();
  return hanOf(text).length >= RUNNING_TEXT && !SENTENCE_END.test(text) ? last : undefined;
}
