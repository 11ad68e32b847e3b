/**
 * Positions for messages: block starts, text offsets inside blocks, and the
 * Chinese twin given as a `cause`.
 */
import type { PhrasingContent } from 'mdast';
import { VFileMessage } from 'vfile-message';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Block, UnitNode } from '../model/types.ts';

export interface Place {
  line: number;
  column: number;
  offset?: number;
}

/** Start of a block node (falls back to its line). */
export function blockStart(node: UnitNode | undefined, line: number): Place {
  const start = node?.position?.start;
  return start ? { line: start.line, column: start.column, offset: start.offset } : { line, column: 1 };
}

/**
 * The plain text of a block (text + inline code, in order) with a way back
 * from a text index to a file position. Escapes and entities make a text node
 * shorter than its source; positions inside such nodes may then drift by a
 * few columns, never by a line.
 */
export interface MappedText {
  text: string;
  placeAt(index: number): Place;
}

export function mappedText(node: UnitNode, file: VFile): MappedText {
  const segments: Array<{ start: number; offset: number | undefined; line: number }> = [];
  let text = '';
  const walk = (children: PhrasingContent[]) => {
    for (const child of children) {
      if (child.type === 'text' || child.type === 'inlineCode') {
        segments.push({ start: text.length, offset: child.position?.start.offset, line: child.position?.start.line ?? 1 });
        text += child.value;
      } else if ('children' in child) {
        walk(child.children as PhrasingContent[]);
      }
    }
  };
  walk(node.children as PhrasingContent[]);
  const where = location(file);
  const fallback = blockStart(node, node.position?.start.line ?? 1);
  return {
    text,
    placeAt(index) {
      let segment = segments[0];
      for (const candidate of segments) if (candidate.start <= index) segment = candidate;
      if (!segment || segment.offset === undefined) return fallback;
      const offset = segment.offset + (index - segment.start);
      const point = where.toPoint(offset);
      return point ? { line: point.line, column: point.column, offset } : fallback;
    },
  };
}

/** A short excerpt for messages. */
export function excerpt(text: string, max = 24): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** The Chinese twin of a block, as a message usable as `cause`. */
export function zhCause(block: Block, zhFile: VFile): VFileMessage {
  const place = blockStart(block.zh, block.zhLine);
  const name = zhFile.basename ?? 'zh.md';
  const cause = new VFileMessage(`Chinese twin at ${name}:${place.line}:${place.column}: “${excerpt(block.zhText)}”`, {
    place,
    source: 'check',
  });
  cause.file = zhFile.path;
  return cause;
}


/** The line of `key:` inside a parsed file's front matter (model/front-matter.ts), undefined when it has no such key. */
export function frontMatterKeyLine(file: VFile, key: string): number | undefined {
  const place = file.data.frontMatter;
  if (!place) return undefined;
  const lines = String(file.value).slice(place.start, place.end).split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? undefined : place.openLine + 1 + index;
}
