/**
 * XLIFF 1.2 (OASIS), which every CAT tool reads. Spans are `<g>`,
 * placeholders `<x/>`; their Markdown rides in `dz:start`/`dz:end`/`dz:data`
 * attributes (1.2 allows attributes of other namespaces on inline elements),
 * so a link keeps its URL. Terms and context are `<note>`s, memory matches
 * `<alt-trans match-quality>`.
 *
 * Import also reads the codes other tools write: `<bx/>`/`<ex/>` and `<bpt>`/`<ept>`
 * pairs and `<ph>` (memoQ's bilingual XLIFF; their native content is ignored, the
 * code is the source's of that id or type).
 *
 * Every `<trans-unit>` has a `<target>`: the English, or — untranslated — a
 * copy of the source with `state="needs-translation"`, because OmegaT
 * translates the *target* of an XLIFF 1.2 file (a unit without one is not a
 * segment for it). Import skips a target that is still that copy, unless the
 * source has no Chinese in it (a figure such as 2.3 is its own English).
 * (stop 54, round 33's gap) `sourceCopy: false` leaves that copy out — the unit
 * has no `<target>` — for a tool that reads a target as a translation: xliff2po
 * made each copy a fuzzy msgstr in Chinese (pocount: 0 untranslated; a PO editor
 * showed the Chinese to overwrite), and without it writes `msgstr ""`.
 */
import type { Element, ElementContent } from 'xast';
import type { VFile } from 'vfile';
import { x } from 'xastscript';
import { inlineCodes, inlineText, type Inline } from './inline.ts';
import { InlineReader, SpanStack, type OpenCode } from './inline-reader.ts';
import { chineseCharacter, joinSegments, resolveSpan, type CodeHint, type ReadDoc, type ReadUnit, type SourceCodes, type XliffDoc, type XliffUnit } from './xliff-doc.ts';
import { isFuzzyPoEntry, isPoHeader, overTemplate, poLocation, unprefixXliff } from './po2xliff.ts';
import { originalSlug, type ReportUnit } from './cat-units.ts';
import { mxliffPrefix, prepareMxliff } from './mxliff.ts';
import { prepareSdlxliff, sdlPrefix, sdlState } from './sdlxliff.ts';
import { fromState12, toState12 } from './xliff-state.ts';
import { termLabel } from './units.ts';
import { attribute, child, children, placeOf, serializeXml } from './xml.ts';

const ns = { core: 'urn:oasis:names:tc:xliff:document:1.2', dz: 'urn:duizhao:xliff' };
const ctypes: Record<string, string> = { strong: 'bold', emphasis: 'italic', link: 'link', break: 'lb', image: 'image' };
const named: Record<string, string> = { bold: 'strong', italic: 'emphasis', lb: 'break' };

export function writeXliff12(doc: XliffDoc, { sourceCopy = true }: { sourceCopy?: boolean } = {}): string {
  return serializeXml(
    x('xliff', { version: '1.2', xmlns: ns.core, 'xmlns:dz': ns.dz }, [
      x('file', { original: doc.slug, 'source-language': doc.srcLang, 'target-language': doc.trgLang, datatype: 'plaintext' }, [
        x('body', doc.units.map((unit) => writeUnit(unit, sourceCopy))),
      ]),
    ]),
  );
}

function writeUnit(unit: XliffUnit, sourceCopy: boolean): Element {
  const target = unit.target && unit.state !== 'untranslated' ? unit.target : unit.source;
  const state = toState12(unit.target ? unit.state : 'untranslated');
  // the copy left out on request; a unit with no Chinese (a figure) keeps it: it is its own English, as import reads it
  const copyLeftOut = !sourceCopy && target === unit.source && chineseCharacter.test(inlineText(unit.source));
  // approved="yes" (1.2: passed its final review) on a reviewed block: translate-toolkit reads every other unit with a target as fuzzy
  // xml:space="preserve" where the text holds a space other than one plain space (表1　…, a slogan's 　): OmegaT collapses
  // the white space of a unit without it, so its segment had a plain space and a memory entry with the 　 never matched
  // (new user round 6); only there, so every other unit is written as before
  const preserve = [unit.source, target].some((inline) => /[^\S ]| {2}/.test(inlineText(inline)));
  return x('trans-unit', { id: unit.id, resname: unit.id, ...(unit.target && unit.state === 'reviewed' ? { approved: 'yes' } : {}), ...(preserve ? { 'xml:space': 'preserve' } : {}) }, [
    x('source', writeInline(unit.source)),
    ...(copyLeftOut ? [] : [x('target', state, writeInline(target))]),
    // from="developer": the author XLIFF tools and translate-toolkit (xliff2po → `#.` comments) read as the tool's context
    ...unit.notes.map((n) => x('note', { from: 'developer', annotates: 'general' }, n)),
    ...unit.terms.map((t) => x('note', { from: 'developer', annotates: 'source' }, `${termLabel(t)} → ${t.en}${t.note ? ` — ${t.note}` : ''}`)),
    ...unit.matches.map((m) =>
      x('alt-trans', { 'match-quality': m.similarity.toFixed(1).replace(/\.0$/, ''), origin: m.origin }, [x('source', writeInline(m.source)), x('target', writeInline(m.target))]),
    ),
  ]);
}

function writeInline(inline: readonly Inline[]): ElementContent[] {
  return inline.map((item): ElementContent => {
    if (item.type === 'text') return { type: 'text', value: item.value };
    const ctype = ctypes[item.kind] ?? `x-${item.kind.toLowerCase()}`;
    if (item.type === 'ph') return x('x', { id: item.id, ctype, 'dz:data': item.data });
    return x('g', { id: item.id, ctype, 'dz:start': item.start, 'dz:end': item.end }, writeInline(item.children));
  });
}

/**
 * Read an XLIFF 1.2 document (root already parsed); problems are fatal messages on `file`. A Trados Studio
 * file (`.sdlxliff`) gets the report's names back first from `reportUnits` (sdlxliff.ts), a Phrase TMS file
 * (`.mxliff`) its units (mxliff.ts).
 */
export function readXliff12(root: Element, file: VFile, codesOf: (unitId: string) => SourceCodes = () => new Map(), reportUnits?: readonly ReportUnit[]): ReadDoc {
  unprefixXliff(root);
  const sdl = sdlPrefix(root);
  if (sdl !== undefined && reportUnits) prepareSdlxliff(root, file, reportUnits);
  // (Phrase TMS's .mxliff: one trans-unit per segment, tags as text; mxliff.ts makes the report's units of it)
  const phrase = sdl === undefined ? mxliffPrefix(root) : undefined;
  if (phrase !== undefined && reportUnits) prepareMxliff(root, file, reportUnits, phrase);
  const files = children(root, 'file');
  const trgLang = files[0] ? attribute(files[0], 'target-language') : undefined;
  const units = new Map<string, ReadUnit>();
  for (const fileElement of files) {
    for (const unit of transUnits(child(fileElement, 'body') ?? fileElement)) {
      // (translate="no": not for translation — Trados keeps such units for the document's structure)
      if (isPoHeader(unit) || attribute(unit, 'translate') === 'no') continue;
      try {
        const entry = readUnit(unit, file, trgLang, codesOf);
        if (sdl !== undefined) sdlState(unit, entry, sdl, file);
        const earlier = units.get(entry.id);
        // po2xliff appends the PO's entries after its template's units: a PO entry is the translation.
        const fromPo = poLocation(unit) !== undefined;
        const read = fromPo ? overTemplate({ ...entry, fromPo }, earlier) : entry;
        if (earlier && !fromPo) {
          file.message(`Unexpected second unit \`${read.id}\` (the first at line ${earlier.place?.line ?? '?'}), expected each block once; the later one is read`, { place: read.place, ruleId: 'xliff-duplicate-id', source: 'translate' });
        }
        if (isFuzzyPoEntry(unit) && read !== earlier && read.target !== undefined && !read.untranslated) {
          file.message(`Fuzzy PO entry \`${read.id}\` (approved="no") not imported: a draft, as msgfmt leaves it out; clear its fuzzy flag in the PO editor to import it`, { place: read.place, ruleId: 'xliff-fuzzy', source: 'translate' });
          read.untranslated = true;
        }
        units.delete(read.id);
        units.set(read.id, read);
      } catch (error) {
        if (!(error as { file?: unknown }).file) throw error;
      }
    }
  }
  const original = files[0] ? attribute(files[0], 'original') : undefined;
  return { version: '1.2', slug: sdl !== undefined || phrase !== undefined ? originalSlug(original) : original, srcLang: files[0] ? attribute(files[0], 'source-language') : undefined, trgLang, units: [...units.values()], place: files[0] ? placeOf(files[0]) : undefined };
}

function* transUnits(element: Element): Generator<Element> {
  for (const c of children(element)) {
    if (c.name === 'trans-unit') yield c;
    else if (c.name === 'group') yield* transUnits(c);
  }
}

function readUnit(unit: Element, file: VFile, trgLang: string | undefined, codesOf: (unitId: string) => SourceCodes): ReadUnit {
  // (a unit po2xliff made from a PO entry names its block only in the PO's `#:` line)
  const id = poLocation(unit) ?? attribute(unit, 'id') ?? '';
  const known = codesOf(id);
  const reader = new InlineReader12(file, id);
  const source = reader.read(child(unit, 'source'), known);
  const codes: SourceCodes = new Map([...known, ...inlineCodes(source).map((c) => [c.id, c] as const)]);
  const targetElement = child(unit, 'target');
  // A tool that segments (seg-source + <mrk mtype="seg">) keeps the segments inside <target>: read them in order.
  const segments = targetElement ? children(targetElement, 'mrk').filter((m) => attribute(m, 'mtype') === 'seg') : [];
  const target = !targetElement
    ? undefined
    : segments.length > 0 && segments.length === children(targetElement).length
      ? joinSegments(segments.map((m) => reader.read(m, codes)), trgLang)
      : reader.read(targetElement, codes);
  const state = targetElement ? attribute(targetElement, 'state') : undefined;
  // The exported copy of the source is no translation — of Chinese. A unit with no Chinese in it (a figure: 2.3, —, 60.6*)
  // has its copy for its English; OmegaT leaves the copy, and its state, as they were.
  const copy = target !== undefined && inlineText(target) === inlineText(source) && JSON.stringify(target) === JSON.stringify(source) && chineseCharacter.test(inlineText(source));
  return {
    id,
    source,
    // (an empty <target></target> is a segment the translator emptied: import reports it where en.md has English — new user round 6;
    // was read as no target at all, said nothing)
    target,
    state: fromState12(state, targetElement ? attribute(targetElement, 'state-qualifier') : undefined, attribute(unit, 'mq:status')),
    untranslated: copy,
    place: placeOf(unit),
  };
}

/** XLIFF 1.2's codes: `<g>`, `<x/>` (and memoQ's `<ph>`), the split pairs `<bx/>`/`<ex/>` and `<bpt>`/`<ept>`. */
class InlineReader12 extends InlineReader {
  protected readonly pairedName = 'g';
  // (<ph>: memoQ's standalone code, its native code inside not read: the source's code of that id or ctype.)
  protected readonly placeholderNames = ['x', 'ph'];
  protected readonly expected = 'text, <g>, <x/>, <bx/>/<ex/>, <bpt>/<ept>, <ph> or <mrk>';
  protected readonly kindAttribute = 'ctype';
  protected readonly kindExamples = 'bold, italic, link';

  protected hint(node: Element, id: string): CodeHint {
    return { id, start: attribute(node, 'dz:start'), end: attribute(node, 'dz:end'), data: attribute(node, 'dz:data'), named: named[attribute(node, 'ctype') ?? ''] };
  }

  protected other(node: Element, id: string, stack: SpanStack<Element>, codes: SourceCodes): boolean {
    if (node.name === 'bx' || node.name === 'bpt') {
      // (<bpt>: a paired code holding the tool's native code, memoQ's `{}` or the <g> it stands for: the source's code of that id.)
      const span = resolveSpan({ id, named: named[attribute(node, 'ctype') ?? ''] }, codes, []);
      if (!span) throw this.unknown(node);
      stack.start(span, node);
    } else if (node.name === 'ex') {
      const rid = attribute(node, 'rid');
      if (rid === undefined || !stack.end((start) => start.name === 'bx' && attribute(start, 'rid') === rid)) {
        throw this.misplaced(node, `Unexpected \`<ex>\` in unit \`${this.unitId}\`, expected it to close the last open \`<bx>\` (same rid)`);
      }
    } else if (node.name === 'ept') {
      if (!stack.end((start) => start.name === 'bpt' && attribute(start, 'id') === id)) {
        throw this.misplaced(node, `Unexpected \`<ept id="${id}">\` in unit \`${this.unitId}\`, expected it to close the last open \`<bpt>\` (same id)`);
      }
    } else return false;
    return true;
  }

  protected unclosedReason(open: OpenCode): string {
    const [start, end] = open.where.name === 'bpt' ? ['bpt', 'ept'] : ['bx', 'ex'];
    return `Unclosed \`<${start} id="${open.span.id}">\` in unit \`${this.unitId}\`, expected a matching \`<${end}>\``;
  }
}
