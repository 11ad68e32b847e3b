/**
 * Translation memory in TMX 1.4b. `memoryUnits` takes every translated unit
 * of a publication (units.ts; machine drafts and stale English left out) at
 * paragraph level, and — for blocks — at sentence level (align.ts), each a
 * `<tu>` with `<prop type="x-duizhao-level">`. Inline codes are `<bpt>`/
 * `<ept>` and `<ph>` whose content is the XLIFF 1.2 code (`<g id="1"
 * ctype="bold" …>`, `<x …/>`): the memory is of the XLIFF exchange, and a CAT
 * tool reading TMX at level 2 (OmegaT: "ext_tmx_show_level2") sees the same
 * `<g0>` tag as in the XLIFF, so its exact matches apply.
 */
import type { Element, ElementContent } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { toXml } from 'xast-util-to-xml';
import type { VFile } from 'vfile';
import { x } from 'xastscript';
import type { TermMatcher } from '../glossary/types.ts';
import type { Publication } from '../model/types.ts';
import { staleMetaKeys } from '../model/hash.ts';
import { version } from '../version.ts';
import { alignSentences, sentenceStarts } from './align.ts';
import { inlineText, phrasingToInline, type Inline, type InlineSpan } from './inline.ts';
import { translatableUnits } from './units.ts';
import { joinSegments, resolvePlaceholder, resolveSpan, type SourceCodes } from './xliff-doc.ts';
import { attribute, children, placeOf, refuse, serializeXml } from './xml.ts';

export interface MemoryUnit {
  /** `<slug>/<unit id>` (sentence level: `…#<n>`) */
  id: string;
  /** report slug the translation comes from */
  origin: string;
  level: 'paragraph' | 'sentence';
  source: Inline[];
  target: Inline[];
}

/** Every translated unit of a publication, paragraph level then its sentences. */
export function memoryUnits(publication: Publication, options: { matcher?: TermMatcher } = {}): MemoryUnit[] {
  const result: MemoryUnit[] = [];
  const stale = new Set(publication.blocks.filter((b) => b.en && b.enSourceHash !== b.sourceHash).map((b) => b.id));
  // (a front-matter value made from an earlier Chinese, by the hash en.md recorded: front_matter_src)
  for (const key of staleMetaKeys(publication.meta)) stale.add(`meta-${key}`);
  for (const unit of translatableUnits(publication)) {
    // (the translator's note is English with no Chinese: no entry of a Chinese → English memory)
    if (!unit.target || unit.state === 'mt' || stale.has(unit.id) || unit.id === 'meta-translator_note') continue;
    const source = phrasingToInline(unit.source);
    const target = phrasingToInline(unit.target);
    const id = `${publication.slug}/${unit.id}`;
    result.push({ id, origin: publication.slug, level: 'paragraph', source, target });
    if (unit.kind === 'meta') continue;
    const zh = sentences(source, 'zh');
    const en = sentences(target, 'en');
    if (zh.length < 2 && en.length < 2) continue; // one sentence: the paragraph entry is the sentence entry
    alignSentences(zh.map((s) => inlineText(s)), en.map((s) => inlineText(s)), options).forEach((bead, n) => {
      if (bead.zh.length === 0 || bead.en.length === 0) return;
      result.push({ id: `${id}#${n + 1}`, origin: publication.slug, level: 'sentence', source: joinSegments(bead.zh.map((i) => zh[i]), 'zh'), target: joinSegments(bead.en.map((i) => en[i]), 'en') });
    });
  }
  return result;
}

/** Inline content cut at sentence starts (a span crossing a boundary is cut too, in both pieces). */
export function sentences(inline: readonly Inline[], lang: 'zh' | 'en'): Inline[][] {
  const starts = sentenceStarts(inlineText(inline), lang);
  const text = inlineText(inline);
  return starts.map((start, i) => trimInline(sliceInline(inline, start, starts[i + 1] ?? text.length + 1)));
}

function sliceInline(inline: readonly Inline[], start: number, end: number): Inline[] {
  const result: Inline[] = [];
  let at = 0;
  for (const item of inline) {
    if (item.type === 'text') {
      const from = Math.max(start, at);
      const to = Math.min(end, at + item.value.length);
      if (from < to) result.push({ type: 'text', value: item.value.slice(from - at, to - at) });
      at += item.value.length;
    } else if (item.type === 'ph') {
      if (at >= start && at < end) result.push(item);
    } else {
      const length = inlineText(item.children).length;
      if (at < end && at + length > start) result.push({ ...item, children: sliceInline(item.children, start - at, end - at) });
      at += length;
    }
  }
  return result;
}

function trimInline(inline: Inline[]): Inline[] {
  const copy = structuredClone(inline);
  const edge = (list: Inline[], side: 'start' | 'end'): void => {
    const item = side === 'start' ? list[0] : list[list.length - 1];
    if (item?.type === 'text') item.value = side === 'start' ? item.value.trimStart() : item.value.trimEnd();
    else if (item?.type === 'span') edge(item.children, side);
  };
  edge(copy, 'start');
  edge(copy, 'end');
  return copy.filter((item) => !(item.type === 'text' && item.value === ''));
}

export interface TmxOptions {
  srcLang?: string;
  trgLang?: string;
}

export function writeTmx(units: readonly MemoryUnit[], options: Readonly<TmxOptions> = {}): string {
  const srcLang = options.srcLang ?? 'zh-CN';
  const trgLang = options.trgLang ?? 'en';
  return serializeXml(
    x('tmx', { version: '1.4' }, [
      x('header', { creationtool: 'Duizhao', creationtoolversion: version, segtype: 'paragraph', 'o-tmf': 'Duizhao', adminlang: 'en', srclang: srcLang, datatype: 'xliff' }),
      x('body', units.map((unit) =>
        x('tu', { tuid: unit.id, segtype: unit.level }, [
          x('prop', { type: 'x-duizhao-report' }, unit.origin),
          x('prop', { type: 'x-duizhao-level' }, unit.level),
          x('tuv', { 'xml:lang': srcLang }, [x('seg', segContent(unit.source, { next: 1 }))]),
          x('tuv', { 'xml:lang': trgLang }, [x('seg', segContent(unit.target, { next: 1 }))]),
        ]),
      )),
    ]),
  );
}

const ctypes: Record<string, string> = { strong: 'bold', emphasis: 'italic', link: 'link', break: 'lb', image: 'image' };

function segContent(inline: readonly Inline[], pair: { next: number }): ElementContent[] {
  return inline.flatMap((item): ElementContent[] => {
    if (item.type === 'text') return [{ type: 'text', value: item.value }];
    const ctype = ctypes[item.kind] ?? `x-${item.kind.toLowerCase()}`;
    if (item.type === 'ph') return [x('ph', { x: item.id, type: ctype }, nativeTag(x('x', { id: item.id, ctype, 'dz:data': item.data })))];
    const i = String(pair.next++);
    const open = toXml(x('g', { id: item.id, ctype, 'dz:start': item.start, 'dz:end': item.end })).replace(/<\/g>$/, '');
    return [x('bpt', { i, x: item.id, type: ctype }, open), ...segContent(item.children, pair), x('ept', { i }, '</g>')];
  });
}

/** The XLIFF 1.2 code as text (what `<bpt>`/`<ph>` hold), serialized by xast. */
function nativeTag(element: Element): string {
  return toXml(element, { closeEmptyElements: true, tightClose: true });
}

/** Read a TMX (ours or another tool's, levels 1 and 2): entries with both languages. */
export function readTmx(root: Element, file: VFile, options: Readonly<TmxOptions> = {}): MemoryUnit[] {
  const trgLang = (options.trgLang ?? 'en').toLowerCase();
  // (new user round 36) The header's srclang names the source only when it names another language than the target's: the
  // TMX spec allows "*all*" (each entry's languages its own), and translate-toolkit's po2tmx writes srclang="en" whatever
  // its --source-language, its zh-CN entries beside the English. The memory is of Chinese reports, so those read as zh-CN
  // (was: the English read as both sides, every entry's "source" English, no match for any unit — and nothing said).
  const declared = (options.srcLang ?? attribute(children(root, 'header')[0] ?? root, 'srclang') ?? 'zh-CN').toLowerCase();
  const srcLang = declared === '*all*' || declared.split('-')[0] === trgLang.split('-')[0] ? 'zh-cn' : declared;
  const units: MemoryUnit[] = [];
  const body = children(root, 'body')[0];
  for (const tu of body ? children(body, 'tu') : []) {
    const tuvs = children(tu, 'tuv');
    const lang = (tuv: Element) => (attribute(tuv, 'xml:lang') ?? attribute(tuv, 'lang') ?? '').toLowerCase();
    const pick = (wanted: string) => tuvs.find((t) => lang(t) === wanted) ?? tuvs.find((t) => lang(t).split('-')[0] === wanted.split('-')[0]);
    const zh = pick(srcLang);
    const en = pick(trgLang);
    if (!zh || !en) continue;
    const props = new Map(children(tu, 'prop').map((p) => [attribute(p, 'type'), p.children.map((c) => (c.type === 'text' ? c.value : '')).join('')] as const));
    try {
      const source = readSeg(children(zh, 'seg')[0], file, new Map());
      const codes: SourceCodes = new Map(collectCodes(source));
      units.push({ id: attribute(tu, 'tuid') ?? '', origin: props.get('x-duizhao-report') ?? 'memory', level: props.get('x-duizhao-level') === 'sentence' ? 'sentence' : 'paragraph', source, target: readSeg(children(en, 'seg')[0], file, codes) });
    } catch (error) {
      if (!(error as { file?: unknown }).file) throw error;
      file.messages[file.messages.length - 1].fatal = false; // one unreadable entry: skipped, the memory still serves
    }
  }
  return units;
}

function collectCodes(inline: readonly Inline[]): Array<[string, Exclude<Inline, { type: 'text' }>]> {
  return inline.flatMap((item): Array<[string, Exclude<Inline, { type: 'text' }>]> => (item.type === 'text' ? [] : item.type === 'span' ? [[item.id, item], ...collectCodes(item.children)] : [[item.id, item]]));
}

function readSeg(seg: Element | undefined, file: VFile, codes: SourceCodes): Inline[] {
  const root: InlineSpan = { type: 'span', id: '', kind: 'root', start: '', end: '', children: [] };
  const open: Array<{ span: InlineSpan; i?: string }> = [{ span: root }];
  const push = (item: Inline) => open[open.length - 1].span.children.push(item);
  for (const node of seg?.children ?? []) {
    if (node.type === 'text') push({ type: 'text', value: node.value });
    if (node.type !== 'element') continue;
    const content = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    if (node.name === 'bpt') {
      const native = nativeAttributes(`${content}</g>`);
      const id = native.id ?? attribute(node, 'x') ?? attribute(node, 'i') ?? '';
      const span = resolveSpan({ id, start: native['dz:start'], end: native['dz:end'], named: named[native.ctype ?? attribute(node, 'type') ?? ''] }, codes, []);
      if (!span) throw refuse(file, `Cannot read the memory: unknown paired code \`${content}\``, placeOf(node), 'tmx-inline');
      open.push({ span, i: attribute(node, 'i') });
    } else if (node.name === 'ept') {
      const top = open[open.length - 1];
      if (open.length === 1 || top.i !== attribute(node, 'i')) throw refuse(file, `Cannot read the memory: \`<ept i="${attribute(node, 'i')}">\` closes no open \`<bpt>\``, placeOf(node), 'tmx-inline');
      open.pop();
      push(top.span);
    } else if (node.name === 'ph') {
      const native = nativeAttributes(content);
      const ph = resolvePlaceholder({ id: native.id ?? attribute(node, 'x') ?? '', data: native['dz:data'], named: named[native.ctype ?? attribute(node, 'type') ?? ''] }, codes);
      if (!ph) throw refuse(file, `Cannot read the memory: unknown placeholder \`${content}\``, placeOf(node), 'tmx-inline');
      push(ph);
    } else if (node.name === 'hi') {
      push({ type: 'text', value: content });
    } else throw refuse(file, `Cannot read the memory: unexpected \`<${node.name}>\` in a segment`, placeOf(node), 'tmx-inline');
  }
  if (open.length > 1) throw refuse(file, 'Cannot read the memory: a `<bpt>` without its `<ept>`', placeOf(seg ?? { position: undefined }), 'tmx-inline');
  return root.children;
}

const named: Record<string, string> = { bold: 'strong', italic: 'emphasis', lb: 'break' };

/** Attributes of the native code a `<bpt>`/`<ph>` holds, when it is an XML tag (another tool's may be anything). */
function nativeAttributes(tag: string): Record<string, string | undefined> {
  try {
    const element = fromXml(tag).children.find((c): c is Element => c.type === 'element');
    return element ? Object.fromEntries(Object.entries(element.attributes).map(([k, v]) => [k, v ?? undefined])) : {};
  } catch {
    return {};
  }
}
