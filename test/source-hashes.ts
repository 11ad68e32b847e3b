/**
 * Fixtures' en.md write `src=SRC:<id>` for "the current hash of that Chinese block" (test/fixtures/check/,
 * test/fixtures/xliff/): filled in here, so that a fixture's Chinese can be edited without hashing by hand.
 */
import { VFile } from 'vfile';
import { parseReportMarkdown, sourceHash } from '../pipeline/model/index.ts';

/** The source hash of each block of a zh.md, by id (an id's first block). */
export function sourceHashes(zh: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const b of parseReportMarkdown(new VFile({ value: zh })).blocks) if (!hashes.has(b.attributes.id)) hashes.set(b.attributes.id, sourceHash(b.text));
  return hashes;
}

/** en.md with each `SRC:<id>` the hash of that block of zh.md (its text, or its hashes); `unknown` for an id zh.md lacks. */
export function withSourceHashes(en: string, zh: string | ReadonlyMap<string, string>): string {
  const hashes = typeof zh === 'string' ? sourceHashes(zh) : zh;
  return en.replace(/SRC:([\w-]+)/g, (_, id: string) => hashes.get(id) ?? 'unknown');
}
