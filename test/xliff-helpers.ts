/**
 * What the tests of a CAT tool's file read back from the en.md an import writes (xliff-sdlxliff, xliff-mxliff):
 * its blocks by id, and where a text stands in a file, as the messages give places.
 */
import { expect } from 'vitest';
import { VFile } from 'vfile';
import { parseReportMarkdown } from '../pipeline/model/index.ts';

/** en.md's blocks by id. */
export function blocks(en: string) {
  return new Map(parseReportMarkdown(new VFile({ path: 'en.md', value: en })).blocks.map((b) => [b.attributes.id, b] as const));
}

/** Where `needle` starts in `text`, as line:column (1-based), for the messages' places. */
export function placeOf(text: string, needle: string): string {
  const at = text.indexOf(needle);
  expect(at).toBeGreaterThan(-1);
  const before = text.slice(0, at).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}
