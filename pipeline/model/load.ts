/**
 * Load `zh.md` (+ `en.md` when present) into one aligned Publication.
 * Alignment problems are not decided here (that is `check`): the model keeps
 * the Chinese order and attaches each English block by id.
 */
import path from 'node:path';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { sourceHash } from './hash.ts';
import { parseReportMarkdown, type ParsedBlock } from './parse.ts';
import { readReportFiles } from './read.ts';
import type { Block, EnState, Meta, OutlineEntry, Publication, Section } from './types.ts';

export interface LoadOptions {
  /** Folder holding zh.md and (optionally) en.md. */
  dir: string;
  /** Report slug; default: the folder's name. */
  slug?: string;
}

export interface LoadResult {
  publication: Publication;
  /** English blocks whose id is not in the Chinese (reported by check/orphan). */
  orphans: ParsedBlock[];
  /** Blocks of each file in file order, for alignment checks. */
  parsed: { zh: ParsedBlock[]; en?: ParsedBlock[] };
}

/**
 * Read a report folder (with the one strict reader, see read.ts) and load it.
 * Throws when a file cannot be read as UTF-8 text; check and build read the
 * files themselves and report that as a message instead.
 */
export async function loadPublication(options: Readonly<LoadOptions>): Promise<LoadResult> {
  const { zh, en } = await readReportFiles(options.dir);
  for (const file of [zh, en]) {
    const fatal = file?.messages.find((m) => m.fatal === true);
    if (fatal) throw new Error(`Could not load ${file!.path}:${fatal.line}:${fatal.column}: ${fatal.reason}`);
  }
  return buildPublication(options.slug ?? path.basename(options.dir), zh, en);
}

/** Pure core of loadPublication (also used by tests and the dev server). */
export function buildPublication(slug: string, zhFile: VFile, enFile?: VFile): LoadResult {
  const zh = parseReportMarkdown(zhFile);
  const en = enFile ? parseReportMarkdown(enFile) : undefined;
  const enById = new Map<string, ParsedBlock>();
  for (const block of en?.blocks ?? []) if (!enById.has(block.attributes.id)) enById.set(block.attributes.id, block);
  const zhIds = new Set(zh.blocks.map((b) => b.attributes.id));

  const topDepth = Math.min(7, ...zh.blocks.filter((b) => b.node.type === 'heading').map((b) => (b.node as Heading).depth));
  const blocks: Block[] = [];
  const sections: Section[] = [];
  let current: Section | undefined;
  const seen = new Set<string>();
  for (const parsed of zh.blocks) {
    if (seen.has(parsed.attributes.id)) continue; // duplicate ids: reported by check/duplicate-id
    seen.add(parsed.attributes.id);
    const node = parsed.node;
    const twin = enById.get(parsed.attributes.id);
    if (node.type === 'heading' && node.depth === topDepth) {
      current = { id: parsed.attributes.id, blocks: [] };
      sections.push(current);
    } else if (!current) {
      current = { id: 'front', blocks: [] };
      sections.push(current);
    }
    const block: Block = {
      id: parsed.attributes.id,
      kind: node.type === 'heading' ? 'heading' : 'paragraph',
      depth: node.type === 'heading' ? node.depth : undefined,
      zh: node,
      zhText: parsed.text,
      lead: node.type === 'paragraph' && node.children[0]?.type === 'strong' && node.children.length > 1,
      sourceHash: sourceHash(parsed.text),
      section: current.id,
      zhLine: parsed.line,
    };
    if (twin && twin.node.type === node.type) {
      block.en = twin.node;
      block.enText = twin.text;
      block.enLine = twin.line;
      block.enSourceHash = twin.attributes.fields.src;
      block.enState = (twin.attributes.fields.state as EnState | undefined) ?? 'translated';
    }
    if (block.kind === 'heading' && current.id === block.id) current.heading = block;
    current.blocks.push(block);
    blocks.push(block);
  }

  const zhMeta = toMeta(zh.frontMatter);
  if (!zhMeta.title.trim()) {
    // every edition needs a title (cover, <title>, package metadata): a draft shows the slug meanwhile
    zhFile.message(`Missing \`title\` in the front matter of zh.md, expected the report's title (\`title: 政府工作报告\`); the editions show \`${slug}\` meanwhile`, {
      place: { line: 1, column: 1 },
      ruleId: 'missing-title',
      source: 'model',
    }).fatal = false;
    zhMeta.title = slug;
  }
  const publication: Publication = {
    slug,
    meta: { zh: zhMeta, en: en ? toMeta(en.frontMatter) : undefined },
    blocks,
    sections,
    outline: outlineOf(blocks),
    notes: [],
    termUses: new Map(),
    files: { zh: zhFile, en: enFile },
  };
  const orphans = (en?.blocks ?? []).filter((b) => !zhIds.has(b.attributes.id));
  return { publication, orphans, parsed: { zh: zh.blocks, en: en?.blocks } };
}

const known = ['title', 'issuer', 'date', 'occasion', 'speaker', 'source', 'scope', 'scope_note', 'translator_note', 'translator', 'draft'] as const;

function toMeta(data: Record<string, unknown>): Meta {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (!(known as readonly string[]).includes(key)) extra[key] = value;
  const str = (key: string): string | undefined => {
    const value = data[key];
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return value === undefined || value === null ? undefined : String(value);
  };
  const scope = str('scope');
  return {
    title: str('title') ?? '',
    issuer: str('issuer'),
    date: str('date'),
    occasion: str('occasion'),
    speaker: str('speaker'),
    source: str('source'),
    scope: scope === 'excerpt' || scope === 'full' ? scope : undefined,
    scope_note: str('scope_note'),
    translator_note: str('translator_note'),
    translator: str('translator'),
    draft: data.draft === true ? true : undefined,
    extra,
  };
}

function outlineOf(blocks: Block[]): OutlineEntry[] {
  const roots: OutlineEntry[] = [];
  const stack: OutlineEntry[] = [];
  for (const block of blocks) {
    if (block.kind !== 'heading' || block.depth === undefined) continue;
    const entry: OutlineEntry = {
      id: block.id,
      depth: block.depth,
      zh: block.zhText,
      en: block.en ? toString(block.en) : undefined,
      children: [],
    };
    while (stack.length > 0 && stack[stack.length - 1].depth >= entry.depth) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].children : roots).push(entry);
    stack.push(entry);
  }
  return roots;
}
