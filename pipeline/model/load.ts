/**
 * Load `zh.md` (+ `en.md` when present) into one aligned Publication.
 * Alignment problems are not decided here (that is `check`): the model keeps
 * the Chinese order and attaches each English block by id.
 */
import path from 'node:path';
import type { FootnoteReference } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { markBrokenOff, startsMidOutline } from './broken-off.ts';
import { sourceHash } from './hash.ts';
import { metaKeys, type MetaKey } from './meta-keys.ts';
import { parseReportMarkdown, type ParsedBlock } from './parse.ts';
import { readReportFiles } from './read.ts';
import type { Block, EnState, Flow, Meta, OutlineEntry, Publication, ReportNote, Section } from './types.ts';

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

  const blocks: Block[] = [];
  const byId = new Map<string, Block>();
  for (const parsed of zh.blocks) {
    if (byId.has(parsed.attributes.id)) continue; // duplicate ids: reported by check/duplicate-id
    const block = toBlock(parsed, enById.get(parsed.attributes.id));
    byId.set(block.id, block);
    blocks.push(block);
  }
  const sections = sectionsOf(zh.flow, byId);
  const reportNotes = resolveNotes(blocks, byId, sections, zh.noteIds, en?.noteIds);
  // The EPUB and the PDF set a note at its call: one that nothing calls would be left out of them, so it is said here.
  for (const note of reportNotes) {
    if (note.calledFrom.length > 0) continue;
    const block = byId.get(note.id)!;
    const text = block.zhText.length > 16 ? `${block.zhText.slice(0, 16)}…` : block.zhText;
    zhFile.message(`Unexpected note \`${note.id}\` (“${text}”) that nothing in the text calls: the EPUB and PDF print a note at its call, so they would leave it out; call it (\`[^n]\` where the text refers to it) or make it a paragraph`, {
      place: { line: block.zhLine, column: 1 },
      ruleId: 'uncalled-note',
      source: 'model',
    });
  }

  const zhMeta = toMeta(zh.frontMatter);
  if (!zhMeta.title.trim()) {
    // every edition needs a title (cover, <title>, package metadata): a draft shows the slug meanwhile
    zhFile.message(`Missing \`title\` in the front matter of zh.md, expected the report's title as printed (such as \`title: 政府工作报告\` or \`title: 最高人民法院工作报告\`); the editions show \`${slug}\` meanwhile`, {
      place: { line: 1, column: 1 },
      ruleId: 'missing-title',
      source: 'model',
    }).fatal = false;
    zhMeta.title = slug;
  }
  markBrokenOff(blocks, zhMeta.scope);
  const front = sections.find((s) => s.id === 'front');
  if (front && startsMidOutline(blocks, zhMeta.scope)) front.excerptStart = true;
  const enMeta = en ? toMeta(en.frontMatter) : undefined;
  if (enFile && en && en.frontMatter.translation !== undefined && enMeta?.translation === undefined) {
    // the colophon's notice reads it: a value it does not know would call an official English unofficial, unsaid
    enFile.message(`Unexpected \`translation: ${String(en.frontMatter.translation)}\` in the front matter of en.md, expected \`official\` or \`partly official\` (or no \`translation\`: the editors' own English); the colophon calls the English an unofficial translation meanwhile`, {
      place: { line: 1, column: 1 },
      ruleId: 'translation-key',
      source: 'model',
    }).fatal = false;
  }
  const publication: Publication = {
    slug,
    meta: { zh: zhMeta, en: enMeta },
    blocks,
    sections,
    outline: outlineOf(blocks),
    reportNotes,
    notes: [],
    termUses: new Map(),
    files: { zh: zhFile, en: enFile },
  };
  const orphans = (en?.blocks ?? []).filter((b) => !zhIds.has(b.attributes.id));
  return { publication, orphans, parsed: { zh: zh.blocks, en: en?.blocks } };
}

function toBlock(parsed: ParsedBlock, twin: ParsedBlock | undefined): Block {
  const node = parsed.node;
  const block: Block = {
    id: parsed.attributes.id,
    kind: parsed.kind,
    depth: node.type === 'heading' ? node.depth : undefined,
    zh: node,
    anchor: parsed.attributes.id,
    zhText: parsed.text,
    lead: node.type === 'paragraph' && node.children[0]?.type === 'strong' && node.children.length > 1,
    sourceHash: sourceHash(parsed.text),
    section: 'front',
    zhLine: parsed.line,
  };
  // Same id, different kind: not paired (check/missing says so).
  if (twin && twin.kind === parsed.kind && twin.node.type === node.type) {
    block.en = twin.node;
    block.enText = twin.text;
    block.enLine = twin.line;
    block.enSourceHash = twin.attributes.fields.src;
    block.enState = (twin.attributes.fields.state as EnState | undefined) ?? 'translated';
  }
  return block;
}

/** Top-level sections (by the highest heading level present), each with its units and its structure. */
function sectionsOf(flow: Flow[], byId: Map<string, Block>): Section[] {
  const headings = flow.filter((f) => f.type === 'block' && byId.get(f.id)?.kind === 'heading').map((f) => byId.get(f.id)!.depth ?? 7);
  const topDepth = Math.min(7, ...headings);
  const sections: Section[] = [];
  let current: Section | undefined;
  const placed = new Set<string>();
  for (const item of flow) {
    const head = item.type === 'block' ? byId.get(item.id) : undefined;
    if (head?.kind === 'heading' && head.depth === topDepth && !placed.has(head.id)) {
      current = { id: head.id, heading: head, blocks: [], body: [] };
      sections.push(current);
    } else if (!current) {
      current = { id: 'front', blocks: [], body: [] };
      sections.push(current);
    }
    current.body.push(item);
    for (const [id, anchor] of unitsOf(item)) {
      const block = byId.get(id);
      if (!block || placed.has(id)) continue;
      placed.add(id);
      block.section = current.id;
      block.anchor = anchor;
      current.blocks.push(block);
    }
    if (item.type === 'box') {
      const table = item.children.find((c) => c.type === 'table');
      // its first table, also after the box's paragraphs (a unit line: 表1　…, 单位：亿元, then the table; new user round 6)
      if (table?.type === 'table') table.caption = item.id;
    }
  }
  return sections;
}

/** Unit ids of a flow item in reading order, each with the id of the element that a link to it targets. */
export function unitsOf(item: Flow): Array<[id: string, anchor: string]> {
  switch (item.type) {
    case 'block':
      return [[item.id, item.id]];
    case 'list':
      return item.items.map((id) => [id, item.id]);
    case 'table':
      return item.rows.flat().flatMap((slot) => (slot.id ? [[slot.id, item.id] as [string, string]] : []));
    case 'quote':
      return item.children.flatMap(unitsOf);
    case 'box':
      return [[item.id, item.id], ...item.children.flatMap(unitsOf)];
  }
}

/**
 * The report's own notes: number them in definition order, point every
 * footnote reference at its definition's unit id (`data.noteId`), and put each
 * note in the section that first calls it (its document in the EPUB).
 */
function resolveNotes(blocks: Block[], byId: Map<string, Block>, sections: Section[], zhIds: Map<string, string>, enIds?: Map<string, string>): ReportNote[] {
  const notes = blocks.filter((b) => b.kind === 'note');
  const calledFrom = new Map<string, string[]>(notes.map((n) => [n.id, []]));
  for (const block of blocks) {
    visit(block.zh, 'footnoteReference', (ref: FootnoteReference) => {
      const noteId = zhIds.get(ref.identifier);
      if (!noteId) return;
      ref.data = { ...ref.data, noteId };
      const list = calledFrom.get(noteId);
      if (list && !list.includes(block.id)) list.push(block.id);
    });
    if (block.en) {
      visit(block.en, 'footnoteReference', (ref: FootnoteReference) => {
        const noteId = enIds?.get(ref.identifier);
        if (noteId) ref.data = { ...ref.data, noteId };
      });
    }
  }
  if (notes.length > 0 && sections.length === 0) sections.push({ id: 'front', blocks: [], body: [] });
  return notes.map((note, i) => {
    const callers = calledFrom.get(note.id) ?? [];
    const section = sections.find((s) => s.id === (callers[0] ? byId.get(callers[0])?.section : undefined)) ?? sections[sections.length - 1];
    note.section = section.id;
    section.blocks.push(note);
    return { id: note.id, number: i + 1, sectionId: section.id, calledFrom: callers };
  });
}

function toMeta(data: Record<string, unknown>): Meta {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (!(metaKeys as readonly string[]).includes(key)) extra[key] = value;
  // Only a key of metaKeys is read: a field added to Meta is added there, or it would land in `extra` too.
  const str = (key: MetaKey): string | undefined => {
    const value = data[key];
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return value === undefined || value === null ? undefined : String(value);
  };
  const scope = str('scope');
  const translation = str('translation');
  return {
    title: str('title') ?? '',
    subtitle: str('subtitle'),
    issuer: str('issuer'),
    date: str('date'),
    occasion: str('occasion'),
    speaker: str('speaker'),
    source: str('source'),
    scope: scope === 'excerpt' || scope === 'full' ? scope : undefined,
    scope_note: str('scope_note'),
    notes_heading: str('notes_heading'),
    translator_note: str('translator_note'),
    translator: str('translator'),
    translation: translation === 'official' || translation === 'partly official' ? translation : undefined,
    front_matter_reviewed: Array.isArray(data.front_matter_reviewed) ? data.front_matter_reviewed.map(String) : undefined,
    front_matter_src: sourcesOf(data.front_matter_src),
    draft: data.draft === true ? true : undefined,
    extra,
  };
}

/**
 * `front_matter_src`'s map of key → hash. Only string values: the writer quotes each hash, and one written unquoted that YAML
 * read as a number ("01234567" → 1234567) is no record to trust (as translate/front-matter.ts readMetaSources reads it).
 */
function sourcesOf(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
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
