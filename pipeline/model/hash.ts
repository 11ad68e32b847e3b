import { createHash } from 'node:crypto';

/** Hash of a block's Chinese plain text: what `src=` in en.md records. */
export function sourceHash(plainText: string): string {
  return createHash('sha256').update(plainText.normalize('NFC').trim(), 'utf8').digest('hex').slice(0, 8);
}

/**
 * A new block id, derived once (at ingest) from the block's text; never
 * recomputed afterwards. `taken` avoids collisions deterministically.
 */
export function newBlockId(kind: 'heading' | 'paragraph' | 'item' | 'cell' | 'title' | 'note', plainText: string, taken: ReadonlySet<string>): string {
  const prefix = { heading: 'h', paragraph: 'p', item: 'li', cell: 'c', title: 'b', note: 'fn' }[kind];
  const base = `${prefix}-${createHash('sha256').update(plainText.normalize('NFC').trim(), 'utf8').digest('hex').slice(0, 6)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
