/**
 * Parse one report Markdown file (zh.md or en.md) into front matter and
 * attributed blocks. Pure: messages go on the VFile.
 */
import type { Heading, Paragraph, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import path from 'node:path';
import type { VFile } from 'vfile';
import { parseDocument } from 'yaml';
import { parseTrailingAttributes, type BlockAttributes } from './attributes.ts';

export interface ParsedBlock {
  node: Heading | Paragraph;
  attributes: BlockAttributes;
  text: string;
  line: number;
}

export interface ParsedFile {
  frontMatter: Record<string, unknown>;
  blocks: ParsedBlock[];
}

// remark-cjk-friendly: CommonMark does not close `**…。**` when Han text follows
// directly (the closing run is not right-flanking after punctuation), which is
// exactly how lead sentences are written; see the markdown-cjk-friendly spec.
const processor = unified().use(remarkParse).use(remarkCjkFriendly).use(remarkFrontmatter, ['yaml']);

/** Markdown text → mdast, read exactly as report files are (for inline snippets). */
export function parseMarkdown(value: string): Root {
  return processor.parse(value) as Root;
}

export function parseReportMarkdown(file: VFile): ParsedFile {
  const tree = processor.parse(file) as Root;
  let frontMatter: Record<string, unknown> = {};
  const blocks: ParsedBlock[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      frontMatter = parseFrontMatter(node.value, file, node.position?.start.line ?? 1);
      continue;
    }
    if (node.type === 'heading' || node.type === 'paragraph') {
      const block = attributed(node, file);
      if (block) blocks.push(block);
      continue;
    }
    if (node.type === 'html') {
      file.message(`Unexpected raw HTML block, expected a heading or paragraph; it is not published`, {
        place: node.position,
        ruleId: 'raw-html',
        source: 'model',
      });
      continue;
    }
    file.message(`Unexpected \`${node.type}\` block, expected a heading or paragraph with an id`, {
      place: node.position,
      ruleId: 'unsupported-block',
      source: 'model',
    }).fatal = true;
  }
  return { frontMatter, blocks };
}

function parseFrontMatter(value: string, file: VFile, startLine: number): Record<string, unknown> {
  const doc = parseDocument(value, { prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
      const message = file.message(`Invalid front matter: ${error.message.split('\n')[0]}`, {
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

/** Strip the trailing `{#id …}` from a block and return it with its attributes. */
function attributed(node: Heading | Paragraph, file: VFile): ParsedBlock | undefined {
  const last = lastText(node);
  const line = node.position?.start.line ?? 1;
  if (last) {
    const { text, attributes } = parseTrailingAttributes(last.value);
    if (attributes) {
      last.value = text.replace(/[ \t]+$/, '');
      if (last.value === '') removeNode(node, last);
      return { node, attributes, text: toString(node).normalize('NFC'), line };
    }
  }
  file.message(`Unexpected block without id, expected a trailing \`{#id}\` attribute (${missingIdFix(file)})`, {
    place: node.position,
    ruleId: 'missing-id',
    source: 'model',
  }).fatal = true;
  return undefined;
}

/** What to do about a block without id: zh.md gets new ids, an English block takes its Chinese twin's. */
function missingIdFix(file: VFile): string {
  const folder = file.path ? path.basename(path.dirname(file.path)) : '';
  return file.path && path.basename(file.path) === 'en.md'
    ? 'give it the id of its Chinese twin in zh.md'
    : `run \`duizhao ids ${folder && folder !== '.' ? folder : '<slug>'}\` to add the missing ids`;
}

function lastText(node: RootContent): Text | undefined {
  if (node.type === 'text') return node;
  if ('children' in node && node.children.length > 0) {
    return lastText(node.children[node.children.length - 1] as RootContent);
  }
  return undefined;
}

function removeNode(parent: RootContent, target: RootContent): boolean {
  if (!('children' in parent)) return false;
  const children = parent.children as RootContent[];
  const index = children.indexOf(target);
  if (index >= 0) {
    children.splice(index, 1);
    return true;
  }
  return children.some((child) => removeNode(child, target));
}
