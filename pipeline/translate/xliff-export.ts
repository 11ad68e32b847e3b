/**
 * `duizhao xliff export`: one XLIFF 2.0 `<unit>` per block (id = block id),
 * in Chinese order. Source and target are the blocks' inline Markdown as
 * written in zh.md / en.md (`**lead sentence.**`, links, emphasis survive as
 * plain Markdown text that CAT tools show and translators keep), so import
 * can put the target back verbatim. Segment state: initial (no English, or a
 * machine draft with subState `duizhao:mt`) / translated / reviewed.
 */
import js2xliff from 'xliff/js2xliff';
import { sourceHash } from '../model/hash.ts';
import type { EnState } from '../model/types.ts';
import { locateBlocks } from './en-file.ts';
import { metaKeys, readMeta } from './front-matter.ts';
import { protectAmp, setSegmentStates, toSegmentState, type UnitState } from './xliff-state.ts';

export interface ExportInput {
  slug: string;
  /** zh.md text */
  zh: string;
  /** en.md text, when it exists */
  en?: string;
  /** BCP 47 tags; defaults zh-CN → en */
  sourceLanguage?: string;
  targetLanguage?: string;
}

export async function exportXliff(input: Readonly<ExportInput>): Promise<string> {
  const zh = locateBlocks(input.zh, 'zh.md');
  const en = input.en === undefined ? undefined : locateBlocks(input.en, 'en.md');
  const enById = new Map(en?.spans.map((s) => [s.id, s] as const));
  const units: Record<string, XliffUnit> = {};
  const states = new Map<string, UnitState>();
  // Front matter first (units `meta-<key>`), as a translator reads the report.
  const zhMeta = readMeta(input.zh);
  const enMeta = input.en === undefined ? {} : readMeta(input.en);
  for (const key of metaKeys) {
    const source = zhMeta[key];
    if (source === undefined) continue;
    const target = enMeta[key];
    units[`meta-${key}`] = { source: protectAmp(source), ...(target !== undefined ? { target: protectAmp(target) } : {}), note: `front matter: ${key}` };
    states.set(`meta-${key}`, { state: target !== undefined ? 'translated' : 'initial' });
  }
  zh.spans.forEach((span, index) => {
    if (span.id in units) return; // duplicate id: `duizhao check` reports it
    const twin = enById.get(span.id);
    const paired = twin && twin.kind === span.kind;
    const notes = [span.kind === 'heading' ? `heading level ${span.depth}` : 'paragraph'];
    const current = sourceHash(zh.parsed[index].text);
    if (paired && twin.fields.src !== current) notes.push(`stale: the English was made from an earlier Chinese (src=${twin.fields.src ?? 'none'}, now ${current})`);
    if (paired && twin.fields.state === 'mt') notes.push('machine translation draft: review before use');
    units[span.id] = {
      source: protectAmp(span.content),
      ...(paired ? { target: protectAmp(twin.content) } : {}),
      note: notes.length === 1 ? notes[0] : notes,
    };
    states.set(span.id, toSegmentState(paired ? ((twin.fields.state as EnState | undefined) ?? 'translated') : undefined));
  });
  const xml = await js2xliff({
    sourceLanguage: input.sourceLanguage ?? 'zh-CN',
    targetLanguage: input.targetLanguage ?? 'en',
    resources: { [input.slug]: units },
  });
  return `${setSegmentStates(xml, states)}\n`;
}
