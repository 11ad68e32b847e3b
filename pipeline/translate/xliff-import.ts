/**
 * `duizhao xliff import`: write the targets of an XLIFF 2.0 file back into
 * en.md. Only changed blocks are touched (content span and attribute), so an
 * unchanged round trip leaves en.md byte-identical. A block en.md lacks is
 * inserted in Chinese order. `src=` records the hash of the Chinese the unit
 * was translated from (the XLIFF `<source>`), so `stale` still catches a
 * source that changed after export. Problems are messages on the XLIFF file.
 */
import { VFile } from 'vfile';
import xliff2js from 'xliff/xliff2js';
import { sourceHash } from '../model/hash.ts';
import type { EnState } from '../model/types.ts';
import { applyEdits, attributeEdit, locateBlocks, type BlockSpan, type Edit } from './en-file.ts';
import { insertBlocks, type NewBlock } from './insert.ts';
import { metaKeys, readMeta, writeMeta, type MetaKey } from './front-matter.ts';
import { fromSegmentState, readSegmentStates } from './xliff-state.ts';

export interface ImportInput {
  /** XLIFF text and its path (for messages) */
  xliff: string;
  xliffPath?: string;
  /** report slug; default: the XLIFF `<file id>` */
  slug?: string;
  zh: string;
  /** current en.md text; undefined when it does not exist yet */
  en?: string;
}

export interface ImportResult {
  slug: string;
  /** the new en.md text */
  value: string;
  updated: string[];
  inserted: string[];
  /** messages (unknown ids, empty targets, changed sources) */
  file: VFile;
}

export async function importXliff(input: Readonly<ImportInput>): Promise<ImportResult> {
  const file = new VFile({ path: input.xliffPath ?? 'translation.xlf', value: input.xliff });
  const doc = await parseXliff(input.xliff, file);
  const fileIds = Object.keys(doc.resources ?? {});
  const slug = input.slug ?? fileIds[0] ?? '';
  const units = doc.resources?.[slug] ?? {};
  if (fileIds.length > 0 && !(slug in (doc.resources ?? {}))) warn(file, `No \`<file id="${slug}">\` in the XLIFF (it has ${fileIds.join(', ')})`, 'xliff-file', input.xliff, 'file');
  const states = readSegmentStates(input.xliff);
  const zh = locateBlocks(input.zh, 'zh.md');
  const zhById = new Map<string, { span: BlockSpan; text: string }>();
  zh.spans.forEach((span, i) => {
    if (!zhById.has(span.id)) zhById.set(span.id, { span, text: zh.parsed[i].text });
  });
  const en = input.en === undefined ? { spans: [] as BlockSpan[] } : locateBlocks(input.en, 'en.md');
  const enById = new Map(en.spans.map((s) => [s.id, s] as const));

  const edits: Edit[] = [];
  const updated: string[] = [];
  const additions = new Map<string, NewBlock>();
  const metaUpdates: Partial<Record<MetaKey, string>> = {};
  const enMeta = input.en === undefined ? {} : readMeta(input.en);
  for (const [id, unit] of Object.entries(units)) {
    const key = id.startsWith('meta-') ? (id.slice(5) as MetaKey) : undefined;
    if (key && (metaKeys as readonly string[]).includes(key)) {
      const target = textOf(unit.target)?.trim();
      if (target && target !== enMeta[key]) metaUpdates[key] = target;
      continue;
    }
    if (!zhById.has(id)) warn(file, `Unexpected unit \`${id}\`: no block with this id in zh.md; not imported`, 'xliff-unknown-id', input.xliff, id);
  }
  for (const { span: zhSpan, text: zhText } of zhById.values()) {
    const twin = enById.get(zhSpan.id);
    const unit = units[zhSpan.id];
    const target = unit ? textOf(unit.target) : undefined;
    if (!unit) continue;
    if (target === undefined || target.trim() === '') {
      if (twin) warn(file, `Empty target for \`${zhSpan.id}\`, expected its English; en.md keeps the current text`, 'xliff-empty-target', input.xliff, zhSpan.id);
      continue;
    }
    const content = zhSpan.kind === 'heading' ? target.replace(/\s*\n\s*/g, ' ').trim() : target.trim();
    const source = textOf(unit.source) ?? '';
    const src = source === zhSpan.content ? sourceHash(zhText) : plainHash(source);
    if (source !== zhSpan.content) {
      warn(file, `The Chinese of \`${zhSpan.id}\` changed since this XLIFF was exported; recorded \`src=\` of the exported source, so \`duizhao check\` reports it as stale`, 'xliff-source-changed', input.xliff, zhSpan.id);
    }
    const state = fromSegmentState(states.get(zhSpan.id));
    if (twin) {
      const current = (twin.fields.state as EnState | undefined) ?? 'translated';
      if (content === twin.content && state === current) continue;
      if (content !== twin.content) edits.push({ start: twin.contentStart, end: twin.contentEnd, text: content });
      const attr = attributeEdit(twin, { src, state: state === 'translated' ? (twin.fields.state === undefined ? undefined : 'translated') : state });
      if (attr) edits.push(attr);
      updated.push(zhSpan.id);
    } else {
      additions.set(zhSpan.id, { content, fields: { src, ...(state === 'translated' ? {} : { state }) } });
    }
  }
  const { value, inserted } = insertBlocks(input.zh, applyEdits(input.en ?? '', edits), additions);
  updated.unshift(...Object.keys(metaUpdates).map((key) => `meta-${key}`));
  return { slug, value: writeMeta(value, metaUpdates), updated, inserted, file };
}

async function parseXliff(xml: string, file: VFile): Promise<XliffJs> {
  let doc: XliffJs | Error;
  try {
    doc = await xliff2js(xml);
  } catch (error) {
    doc = error as Error;
  }
  if (doc instanceof Error || !doc || !doc.resources) {
    const reason = doc instanceof Error ? doc.message.split('\n')[0] : 'no XLIFF 2.x `<xliff version="2.0">` root';
    const message = file.message(`Cannot read the XLIFF: ${reason}`, { ruleId: 'xliff-parse', source: 'translate' });
    message.fatal = true;
    throw Object.assign(new Error(`${file.path}: ${message.reason}`), { file });
  }
  return doc;
}

/** Unit text: the library gives a string, or an array when inline elements occur. */
function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((part) => (typeof part === 'string' ? part : '')).join('');
  return String(value);
}

function plainHash(markdown: string): string {
  const { parsed } = locateBlocks(`${markdown.replace(/\s*\n\s*/g, ' ')} {#x}`, 'source');
  return sourceHash(parsed[0]?.text ?? markdown);
}

function warn(file: VFile, reason: string, ruleId: string, xml: string, id: string): void {
  const at = xml.indexOf(id === 'file' ? '<file' : `id="${id}"`);
  const before = at < 0 ? '' : xml.slice(0, at);
  const line = before.split('\n').length;
  const column = at < 0 ? 1 : at - before.lastIndexOf('\n');
  file.message(reason, { place: { line, column }, ruleId, source: 'translate' });
}
