/**
 * Fill the blocks en.md lacks with machine-translation drafts (`state=mt`,
 * `src=` of the current Chinese), in Chinese order, touching nothing else.
 */
import { VFile } from 'vfile';
import type { Glossary, TermMatcher } from '../../glossary/types.ts';
import { sourceHash } from '../../model/hash.ts';
import { locateBlocks } from '../en-file.ts';
import { insertBlocks, type NewBlock } from '../insert.ts';
import type { MtBlock, MtConstraint, MtProvider } from './types.ts';

export interface FillOptions {
  zh: string;
  en?: string;
  provider: MtProvider;
  glossary?: Glossary;
  /** finds the terms of each block; without it, a term is passed when its zh (or an alias) occurs */
  matcher?: TermMatcher;
  /** only these ids (default: every missing block) */
  ids?: readonly string[];
  signal?: AbortSignal;
}

export async function fillMissing(options: Readonly<FillOptions>): Promise<{ value: string; filled: string[]; file: VFile }> {
  const file = new VFile({ path: 'en.md', value: options.en ?? '' });
  const zh = locateBlocks(options.zh, 'zh.md');
  const present = new Set(options.en === undefined ? [] : locateBlocks(options.en, 'en.md').spans.map((s) => s.id));
  const blocks: Array<MtBlock & { text: string }> = [];
  zh.spans.forEach((span, i) => {
    if (present.has(span.id) || blocks.some((b) => b.id === span.id)) return;
    if (options.ids && !options.ids.includes(span.id)) return;
    // Drafts go in as new blocks: items, cells, titles and notes live inside their structure in en.md, so they are not drafted.
    if (span.kind !== 'heading' && span.kind !== 'paragraph') return;
    blocks.push({ id: span.id, kind: span.kind, source: span.content, text: zh.parsed[i].text });
  });
  if (blocks.length === 0) return { value: options.en ?? '', filled: [], file };
  const glossary = new Map<string, MtConstraint[]>();
  for (const block of blocks) glossary.set(block.id, termsOf(block.text, options.glossary, options.matcher));
  const results = await options.provider.translate(blocks, { glossary, signal: options.signal });
  const additions = new Map<string, NewBlock>();
  for (const result of results) {
    const block = blocks.find((b) => b.id === result.id);
    if (!block || !result.text.trim()) continue;
    additions.set(block.id, { content: result.text.trim(), fields: { src: sourceHash(block.text), state: 'mt' } });
  }
  const { value, inserted } = insertBlocks(options.zh, options.en, additions);
  for (const block of blocks) {
    if (!additions.has(block.id)) file.message(`No draft for \`${block.id}\` from ${options.provider.name}`, { ruleId: 'mt-empty', source: 'translate' });
  }
  return { value, filled: inserted, file };
}

function termsOf(text: string, glossary: Glossary | undefined, matcher: TermMatcher | undefined): MtConstraint[] {
  if (!glossary) return [];
  const ids = matcher
    ? [...new Set(matcher.findZh(text).map((o) => o.termId))]
    : glossary.entries.filter((e) => [e.zh, ...e.aliases].some((form) => text.includes(form))).map((e) => e.id);
  return ids.flatMap((id) => {
    const entry = glossary.byId.get(id);
    return entry ? [{ zh: entry.zh, en: entry.en, variants: entry.variants }] : [];
  });
}
