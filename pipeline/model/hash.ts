import { createHash } from 'node:crypto';
import { translatableMetaKeys, type TranslatableMetaKey } from './meta-keys.ts';
import type { Meta } from './types.ts';

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

/**
 * The front-matter values whose English was made from an earlier Chinese: en.md gives the value and records in
 * `front_matter_src` a hash that is not the hash of zh.md's value (a value with no record is not one). What `check`'s
 * `stale` rule and summary, the CAT units' context and the memory all ask.
 */
export function staleMetaKeys(meta: { zh: Meta; en?: Meta }): TranslatableMetaKey[] {
  const recorded = meta.en?.front_matter_src;
  if (!recorded) return [];
  return translatableMetaKeys.filter((key) => {
    const zh = meta.zh[key];
    return Boolean(zh && recorded[key] && meta.en?.[key]?.trim() && recorded[key] !== sourceHash(zh));
  });
}
