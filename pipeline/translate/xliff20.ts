/**
 * XLIFF 2.0 (OASIS, core + glossary and translation-candidates modules).
 * Spans are `<pc>`, placeholders `<ph/>`, their Markdown in the unit's
 * `<originalData>` (dataRefStart/dataRefEnd/dataRef). Terms per unit in
 * `<gls:glossary>`, memory matches in `<mtc:matches>`. The reader also takes
 * what CAT tools write: several `<segment>`s and `<ignorable>`s, `<pc>`
 * without data (resolved by id against the source, or by `xlf:b`/`xlf:i`),
 * `<sc/>`/`<ec/>` pairs, `<mrk>` annotations and `<cp>` characters.
 */
import type { Element, ElementContent } from 'xast';
import type { VFile } from 'vfile';
import { x } from 'xastscript';
import { inlineCodes, type Inline } from './inline.ts';
import { InlineReader, SpanStack, type OpenCode } from './inline-reader.ts';
import { joinSegments, resolveSpan, type CodeHint, type ReadDoc, type ReadUnit, type SourceCodes, type UnitMatch, type XliffDoc, type XliffUnit } from './xliff-doc.ts';
import { fromState20, toState20 } from './xliff-state.ts';
import { termLabel } from './units.ts';
import { attribute, child, children, placeOf, refuse, serializeXml, textOf } from './xml.ts';

const ns = {
  core: 'urn:oasis:names:tc:xliff:document:2.0',
  gls: 'urn:oasis:names:tc:xliff:glossary:2.0',
  mtc: 'urn:oasis:names:tc:xliff:matches:2.0',
};

const subTypes: Record<string, [string, string?]> = {
  strong: ['fmt', 'xlf:b'],
  emphasis: ['fmt', 'xlf:i'],
  delete: ['fmt'],
  link: ['link'],
  break: ['fmt', 'xlf:lb'],
  image: ['image'],
};

export function writeXliff20(doc: XliffDoc): string {
  return serializeXml(
    x('xliff', { xmlns: ns.core, 'xmlns:gls': ns.gls, 'xmlns:mtc': ns.mtc, version: '2.0', srcLang: doc.srcLang, trgLang: doc.trgLang }, [
      x('file', { id: doc.slug }, doc.units.map((unit) => writeUnit(unit))),
    ]),
  );
}

function writeUnit(unit: XliffUnit): Element {
  const data = new OriginalData();
  const source = x('source', writeInline(unit.source, data));
  const target = unit.target && unit.state !== 'untranslated' ? x('target', writeInline(unit.target, data)) : undefined;
  const { state, subState } = toState20(unit.state);
  return x('unit', { id: unit.id }, [
    unit.matches.length > 0 ? x('mtc:matches', unit.matches.map((m) => writeMatch(m))) : undefined,
    unit.terms.length > 0
      ? x('gls:glossary', unit.terms.map((t) => x('gls:glossEntry', [
          x('gls:term', { source: 'content/glossary.yaml' }, termLabel(t)),
          x('gls:translation', t.en),
          t.note ? x('gls:definition', t.note) : undefined,
        ])))
      : undefined,
    unit.notes.length > 0 ? x('notes', unit.notes.map((n) => x('note', { category: 'context' }, n))) : undefined,
    data.element(),
    x('segment', { id: 's1', state, subState }, [source, target]),
  ]);
}

function writeMatch(match: UnitMatch): Element {
  const data = new OriginalData();
  const source = x('source', writeInline(match.source, data));
  const target = x('target', writeInline(match.target, data));
  const score = match.similarity.toFixed(1).replace(/\.0$/, '');
  return x('mtc:match', { ref: '#s1', type: 'tm', similarity: score, matchQuality: score, origin: match.origin }, [data.element(), source, target]);
}

/** `<originalData>`: one `<data>` per distinct Markdown string of the unit's codes. */
class OriginalData {
  private readonly ids = new Map<string, string>();
  add(markdown: string): string {
    let id = this.ids.get(markdown);
    if (!id) this.ids.set(markdown, (id = `d${this.ids.size + 1}`));
    return id;
  }
  element(): Element | undefined {
    if (this.ids.size === 0) return undefined;
    return x('originalData', [...this.ids].map(([markdown, id]) => x('data', { id }, markdown)));
  }
}

function writeInline(inline: readonly Inline[], data: OriginalData): ElementContent[] {
  return inline.map((item): ElementContent => {
    if (item.type === 'text') return { type: 'text', value: item.value };
    const [type, subType] = subTypes[item.kind] ?? ['other'];
    if (item.type === 'ph') return x('ph', { id: item.id, type, subType, dataRef: data.add(item.data) });
    return x('pc', { id: item.id, type, subType, dataRefStart: data.add(item.start), dataRefEnd: data.add(item.end) }, writeInline(item.children, data));
  });
}

/** Read an XLIFF 2.x document (root already parsed); problems are fatal messages on `file`. */
export function readXliff20(root: Element, file: VFile, codesOf: (unitId: string) => SourceCodes = () => new Map()): ReadDoc {
  const files = children(root, 'file');
  const trgLang = attribute(root, 'trgLang');
  const units: ReadUnit[] = [];
  for (const fileElement of files) {
    for (const unit of descendants(fileElement, 'unit')) {
      try {
        units.push(readUnit(unit, file, trgLang, codesOf));
      } catch (error) {
        if (!(error as { file?: unknown }).file) throw error;
      }
    }
  }
  return { version: '2.0', slug: files[0] ? attribute(files[0], 'id') : undefined, srcLang: attribute(root, 'srcLang'), trgLang, units, place: files[0] ? placeOf(files[0]) : undefined };
}

function* descendants(element: Element, name: string): Generator<Element> {
  for (const c of children(element)) {
    if (c.name === name) yield c;
    else if (c.name === 'group') yield* descendants(c, name);
  }
}

function readUnit(unit: Element, file: VFile, trgLang: string | undefined, codesOf: (unitId: string) => SourceCodes): ReadUnit {
  const id = attribute(unit, 'id') ?? '';
  const known = codesOf(id);
  const originalData = new Map(children(child(unit, 'originalData') ?? unit, 'data').map((d) => [attribute(d, 'id') ?? '', textOf(d)] as const));
  const parts = children(unit).filter((c) => c.name === 'segment' || c.name === 'ignorable');
  const reader = new InlineReader20(file, id, originalData);
  const sources: Inline[][] = [];
  for (const part of parts) sources.push(reader.read(child(part, 'source'), known));
  const codes: SourceCodes = new Map([...known, ...inlineCodes(sources.flat()).map((c) => [c.id, c] as const)]);
  const targets: Inline[][] = [];
  let translated = 0;
  let lowest: { state?: string; subState?: string } | undefined;
  parts.forEach((part, index) => {
    if (part.name === 'ignorable') return targets.push(sources[index]);
    const target = child(part, 'target');
    if (target) translated++;
    targets.push(target ? reader.read(target, codes) : []);
    const state = { state: attribute(part, 'state'), subState: attribute(part, 'subState') };
    if (!lowest || rank(state.state) < rank(lowest.state)) lowest = state;
  });
  const segments = parts.filter((p) => p.name === 'segment').length;
  if (translated > 0 && translated < segments) {
    const missing = parts.find((p) => p.name === 'segment' && !child(p, 'target'))!;
    throw refuse(file, `Unit \`${id}\` has a segment without a target, expected every segment translated (importing it would drop the English of that sentence)`, placeOf(missing), 'xliff-partial-unit');
  }
  return {
    id,
    source: joinSegments(sources, 'zh'),
    target: translated > 0 ? joinSegments(targets, trgLang) : undefined,
    state: fromState20(lowest?.state, lowest?.subState),
    untranslated: false,
    place: placeOf(unit),
  };
}

function rank(state: string | undefined): number {
  return ['initial', 'translated', 'reviewed', 'final'].indexOf(state ?? 'translated');
}

/** XLIFF 2.0's codes: `<pc>`, `<ph/>` (Markdown in the unit's originalData), the split pair `<sc/>`/`<ec/>`, `<cp>`. */
class InlineReader20 extends InlineReader {
  protected readonly pairedName = 'pc';
  protected readonly placeholderNames = ['ph'];
  protected readonly expected = 'text, <pc>, <ph>, <sc>/<ec>, <mrk> or <cp>';
  protected readonly kindAttribute = 'type';
  protected readonly kindExamples = 'bold, emphasis, link';

  constructor(
    file: VFile,
    unitId: string,
    private readonly data: ReadonlyMap<string, string>,
  ) {
    super(file, unitId);
  }

  protected hint(node: Element, id: string, code: 'paired' | 'placeholder'): CodeHint {
    const named = { 'xlf:b': 'strong', 'xlf:i': 'emphasis', 'xlf:lb': 'break' }[attribute(node, 'subType') ?? ''];
    const data = (ref: string) => {
      const key = attribute(node, ref);
      return key === undefined ? undefined : this.data.get(key);
    };
    if (code === 'placeholder') return { id, data: data('dataRef'), named };
    return { id, start: data('dataRefStart'), end: data('dataRefEnd'), named };
  }

  protected other(node: Element, id: string, stack: SpanStack<Element>, codes: SourceCodes): boolean {
    if (node.name === 'sc' && attribute(node, 'isolated') !== 'yes') {
      const span = resolveSpan({ id, named: this.hint(node, id, 'placeholder').named }, codes, []);
      if (!span) throw this.unknown(node);
      stack.start(span, node);
    } else if (node.name === 'ec' && attribute(node, 'isolated') !== 'yes') {
      if (!stack.end((start) => start.name === 'sc' && attribute(start, 'id') === attribute(node, 'startRef'))) {
        throw this.misplaced(node, `Unexpected \`<ec startRef="${attribute(node, 'startRef')}">\` in unit \`${this.unitId}\`, expected it to close the last open \`<sc>\``);
      }
    } else if (node.name === 'cp') stack.push({ type: 'text', value: String.fromCodePoint(Number.parseInt(attribute(node, 'hex') ?? '0', 16)) });
    else if (node.name !== 'sm' && node.name !== 'em') return false;
    return true;
  }

  protected unclosedReason(open: OpenCode): string {
    return `Unclosed \`<sc id="${open.span.id}">\` in unit \`${this.unitId}\`, expected a matching \`<ec>\``;
  }
}
