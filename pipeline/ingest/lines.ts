/** Plain text → numbered source lines. */
import type { SourceLine } from './types.ts';

export function textLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((line, i) => ({ text: line.replace(/\f/g, ''), line: i + 1, column: 1, ...(line.startsWith('\f') ? { pageStart: true } : {}) }));
}
