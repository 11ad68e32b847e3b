/**
 * Parse one report Markdown file (zh.md or en.md) into front matter,
 * attributed units and the structure around them (flow.ts). Pure: messages
 * go on the VFile.
 */
import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { recall } from '../core/cache.ts';
import { location } from 'vfile-location';
import { parseDocument } from 'yaml';
import type { BlockAttributes } from './attributes.ts';
import { restoreInlineDirectives } from './directives.ts';
import { frontMatterPlace, type FrontMatterPlace } from './front-matter.ts';
import { readFlow } from './flow.ts';
import type { BlockKind, Flow, UnitNode } from './types.ts';

export interface ParsedBlock {
  node: UnitNode;
  kind: BlockKind;
  attributes: BlockAttributes;
  text: string;
  line: number;
}

export interface ParsedFile {
  frontMatter: Record<string, unknown>;
  /** Every unit in file order (note definitions where they are written). */
  blocks: ParsedBlock[];
  /** The structure of the text (note definitions are not part of it). */
  flow: Flow[];
  /** Footnote identifier (as normalized by mdast) → unit id of its definition. */
  noteIds: Map<string, string>;
}

// remark-cjk-friendly: CommonMark does not close `**…。**` when Han text follows
// directly (the closing run is not right-flanking after punctuation), which is
// exactly how lead sentences are written; see the markdown-cjk-friendly spec.
// GFM: tables and footnotes (strikethrough only with `~~`: `1~3年` is a range);
// directives: the `:::box` container of a boxed section (专栏).
const processor = unified()
  .use(remarkParse)
  .use(remarkCjkFriendly)
  .use(remarkGfm, { singleTilde: false })
  .use(remarkDirective)
  .use(remarkFrontmatter, ['yaml']);

/** Markdown text → mdast, read exactly as report files are (for inline snippets). */
export function parseMarkdown(value: string): Root {
  const tree = processor.parse(value) as Root;
  restoreInlineDirectives(tree, value);
  return tree;
}

/** Where a report file's text has its front matter (the same parse as the model's), if it has one. */
export function locateFrontMatter(value: string): FrontMatterPlace | undefined {
  const node = (processor.parse(value) as Root).children[0];
  return node?.type === 'yaml' ? frontMatterPlace(node, value) : undefined;
}

/** What parsing a file gave (a copy no caller holds), with the messages it added to the file and the place of its front matter. */
interface KeptParse {
  value: string;
  parsed: ParsedFile;
  messages: VFileMessage[];
  frontMatter: unknown;
}

/**
 * Report files parsed in this process, by path (the text they had; most recently used last). The dev
 * server builds at every save: the file not saved (zh.md when the English was edited, every other
 * report's) is not parsed again (~20 ms for Haidian's zh.md, ~50 for its en.md on a loaded 2-core
 * machine), only copied (structuredClone, ~1 ms: the callers may change what they are given).
 */
const keptParses = new Map<string, KeptParse>();
const KEPT_PARSES = 64;

/** A report file (zh.md or en.md) parsed, or its parse kept from the same path and text (messages given again). */
export function parseReportMarkdown(file: VFile): ParsedFile {
  const value = String(file.value);
  if (!file.path) return parseAnew(file, value);
  if (keptParses.get(file.path)?.value !== value) keptParses.delete(file.path);
  let fresh: ParsedFile | undefined;
  const kept = recall(keptParses, KEPT_PARSES, file.path, () => {
    const before = file.messages.length;
    fresh = parseAnew(file, value);
    return { value, parsed: structuredClone(fresh), messages: file.messages.slice(before), frontMatter: file.data.frontMatter };
  });
  if (fresh) return fresh;
  file.messages.push(...kept.messages);
  if (kept.frontMatter !== undefined) file.data.frontMatter = kept.frontMatter as FrontMatterPlace;
  return structuredClone(kept.parsed);
}

function parseAnew(file: VFile, value: string): ParsedFile {
  const tree = processor.parse(file) as Root;
  restoreInlineDirectives(tree, value);
  let frontMatter: Record<string, unknown> = {};
  const rest = tree.children.filter((node) => {
    if (node.type !== 'yaml') return true;
    const place = frontMatterPlace(node, value);
    if (place) file.data.frontMatter = place;
    frontMatter = parseFrontMatter(node.value, file, place?.openLine ?? 1);
    return false;
  });
  const { blocks, flow, noteIds } = readFlow(rest, file);
  return { frontMatter, blocks, flow, noteIds };
}

function parseFrontMatter(value: string, file: VFile, startLine: number): Record<string, unknown> {
  const doc = parseDocument(value, { prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      // (prettyErrors off, the error has no linePos: its place is found from its offset, the line and column of the value
      // at fault — was 1:1 of the YAML, the front matter's first line, whatever the line)
      const at = error.linePos?.[0] ? undefined : location(value).toPoint(Math.max(0, Math.min(error.pos?.[0] ?? 0, value.length)));
      const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [at?.line ?? 1, at?.column ?? 1];
      // a plain value holding ": " (a colon and a space) reads as a nested key: say what to do, not only the parser's words
      const hint = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? ' (a value with “: ” in it must be quoted: key: "…")' : '';
      const message = file.message(`Invalid front matter: ${error.message.split('\n')[0]}${hint}`, {
        place: { line: startLine + line, column },
        ruleId: 'front-matter',
        source: 'model',
      });
      message.fatal = true;
    }
    return {};
  }
  const data = doc.toJS() as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    file.message('Unexpected front matter, expected a YAML mapping (key: value)', {
      place: { line: startLine, column: 1 },
      ruleId: 'front-matter',
      source: 'model',
    }).fatal = true;
    return {};
  }
  return data as Record<string, unknown>;
}
