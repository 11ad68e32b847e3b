/**
 * Where a report file's front matter is: remark-frontmatter's `yaml` node, the
 * one reading of its `---` fences. The model records it on the file it parses
 * (`file.data.frontMatter`, parse.ts); check points at it (a key en.md lacks goes
 * before the closing fence); XLIFF reads and edits the YAML between the fences
 * of a file's text (translate/front-matter.ts), found by the same parser.
 */
import type { Yaml } from 'mdast';
import { location } from 'vfile-location';

export interface FrontMatterPlace {
  /** Offset of the YAML text's start: the line after the opening fence. */
  start: number;
  /** Offset of the YAML text's end: the start of the closing fence's line. */
  end: number;
  /** Line of the opening fence (1: the front matter opens a file). */
  openLine: number;
  /** Line of the closing `---`. */
  closeLine: number;
}

declare module 'vfile' {
  interface DataMap {
    /** The file's front matter, when it has one (set by the model's parse). */
    frontMatter: FrontMatterPlace;
  }
}

/** The place of a parsed `yaml` node in the text it was parsed from. */
export function frontMatterPlace(node: Yaml, value: string): FrontMatterPlace | undefined {
  const position = node.position;
  if (!position) return undefined;
  const where = location(value);
  const start = where.toOffset({ line: position.start.line + 1, column: 1 });
  const end = where.toOffset({ line: position.end.line, column: 1 });
  if (start === undefined || end === undefined) return undefined;
  return { start, end, openLine: position.start.line, closeLine: position.end.line };
}
