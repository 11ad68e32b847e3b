/**
 * Phrase TMS's (formerly Memsource's) bilingual file, `.mxliff`: XLIFF 1.2 with the `m:` namespace
 * (`http://www.memsource.com/mxlf/2.0`), read by the 1.2 reader after this module has made the report's units of
 * it again (new user, round 10; `test/xliff-mxliff.test.ts`). What Phrase does to the XLIFF 1.2 it was given
 * (duizhao's export), and what import does about it:
 *
 * - `<file original>` is the name of the file uploaded (`wuhan-2021.xlf`): the report is that name without its
 *   extension (cat-units.ts's `originalSlug`).
 * - one `<trans-unit>` per Phrase *segment* (Phrase segments a unit at 。), ids Phrase's own (`<task>:<n>`), each
 *   in a `<group>`, the segments of one paragraph sharing `m:para-id`: a paragraph's segments are joined again
 *   (the Chinese without a space, the English with one) and the unit found by its Chinese (cat-units.ts). When
 *   the paragraph's Chinese is no unit of the report, the segments from there on are joined until they are one;
 *   a segment that is part of none stays unknown (`xliff-unknown-id`).
 * - tags are text in Phrase's notation: `{1>…<1}` a paired code, `{1}` a standalone one, `{b>…<b}` Phrase's own
 *   bold (`i` italic), numbered anew in each segment; a numbered tag is defined in the segment's
 *   `<m:tunit-metadata>` (`<m:mark id="1"><m:content>` holding the export's `<g id="1" … dz:start="**">`). A tag
 *   whose definition is the export's XLIFF gets it back; another is the unit's code in the same place (the n-th
 *   tag of the Chinese is its n-th code); a tag of the English its Chinese segment lacks is refused at the
 *   segment's `<target>`. `{j}` marks where two segments were joined in Phrase (Ctrl+J): white space.
 * - the state, from each segment's `m:confirmed`, the workflow step it was confirmed in (0: not confirmed; a
 *   revision step's file writes its own level, `m:confirmed="2"`, for what its reviser confirmed): every segment
 *   confirmed → translated; reviewed only in a revision step's file (`m:level` 2 or more on the root) and when every
 *   segment was confirmed in a revision step (2 or more) — a translator's confirmation carried into the reviser's
 *   file (`m:confirmed="1"`) is no review, and is imported as translated; a unit with a segment not
 *   confirmed is not imported (half a block is no English), and when the unit has English a warning names the
 *   segment (`xliff-unconfirmed`); a unit never translated (empty targets) says nothing. `m:locked` is read like
 *   any segment, by its confirmation.
 */
import type { Element, ElementContent } from 'xast';
import type { VFile } from 'vfile';
import { plain, ReportUnitFinder, xliffElement, type ReportUnit } from './cat-units.ts';
import { chineseCharacter } from './xliff-doc.ts';
import { attribute, child, children, descendants, namespacePrefix, placeOf, refuse, textOf } from './xml.ts';

const phraseNamespace = 'http://www.memsource.com/mxlf/2.0';

/** The prefix the file gives Phrase's namespace (`m`), or undefined: not an MXLIFF. */
export function mxliffPrefix(root: Element): string | undefined {
  return namespacePrefix(root, phraseNamespace);
}

/** Phrase's tag notation: `{1>` `<1}` (paired, numbered or Phrase's own `b`/`i`…), `{1}` (standalone), `{j}` (a join). */
const tagPattern = /\{(\d+|[A-Za-z])>|<(\d+|[A-Za-z])\}|\{(\d+)\}|\{j\}/g;
/** Phrase's own formatting tags, the XLIFF 1.2 `ctype` they are. */
const letterTypes: Record<string, string> = { b: 'bold', B: 'bold', i: 'italic', I: 'italic', u: 'underlined', U: 'underlined' };

type Token = { type: 'text'; value: string } | { type: 'open' | 'close' | 'ph'; key: string; attributes: Record<string, string> };

/** One Phrase segment: its trans-unit, Chinese and English as Phrase's text, and the workflow step that confirmed it (0: none). */
interface Segment {
  unit: Element;
  source: string;
  target?: Element;
  english: string;
  confirmedAt: number;
}

/**
 * Make the report's units of a Phrase file, in place: each `<body>` holds one `<trans-unit id=…>` per unit of
 * the report the file translates (its segments joined, tags as XLIFF codes, the state on its `<target>`), or the
 * segments' own trans-unit where their Chinese is no unit of the report (unknown).
 */
export function prepareMxliff(root: Element, file: VFile, reportUnits: readonly ReportUnit[], prefix: string): void {
  const finder = new ReportUnitFinder(reportUnits);
  const review = Number(attribute(root, `${prefix}:level`) ?? '1') >= 2;
  for (const fileElement of children(root, 'file')) {
    const body = child(fileElement, 'body');
    if (!body) continue;
    const segments = descendants(body, 'trans-unit')
      .filter((unit) => attribute(unit, 'translate') !== 'no')
      .map((unit): Segment => {
        const target = child(unit, 'target');
        return { unit, source: textOf(child(unit, 'source') ?? unit), target, english: target ? textOf(target) : '', confirmedAt: confirmationStep(attribute(unit, `${prefix}:confirmed`)) };
      });
    const units: Element[] = [];
    for (let i = 0; i < segments.length; ) {
      const taken = paragraph(segments, i, prefix, finder);
      const report = taken.length > 0 ? finder.find(chineseOf(taken)) : undefined;
      const parts = report ? taken : [segments[i]];
      i += parts.length;
      try {
        units.push(report ? reportUnit(parts, report, review, prefix, file) : { ...parts[0].unit, children: children(parts[0].unit).filter((c) => c.name === 'source' || c.name === 'target') });
      } catch (error) {
        // (refused at its place: the message is on the file, the unit left out)
        if (!(error as { file?: unknown }).file) throw error;
      }
    }
    body.children = units;
  }
}

/**
 * The segments of the unit starting at `from`: its paragraph (the segments sharing its `m:para-id`) when their
 * Chinese is a unit of the report; else the fewest segments from there whose Chinese is one; else none.
 */
function paragraph(segments: readonly Segment[], from: number, prefix: string, finder: ReportUnitFinder): Segment[] {
  const para = attribute(segments[from].unit, `${prefix}:para-id`);
  let end = from + 1;
  while (para !== undefined && end < segments.length && attribute(segments[end].unit, `${prefix}:para-id`) === para) end++;
  if (finder.has(chineseOf(segments.slice(from, end)))) return segments.slice(from, end);
  const longest = Math.max(...finder.units.map((u) => plain(u.text).length));
  for (let stop = from + 1; stop <= segments.length; stop++) {
    const taken = segments.slice(from, stop);
    const text = plain(chineseOf(taken));
    if (finder.has(text)) return taken;
    if (text.length > longest) break;
  }
  return [];
}

/** The Chinese of segments, without Phrase's tags: what the unit is found by. */
function chineseOf(segments: readonly Segment[]): string {
  return segments.map((s) => s.source.replace(tagPattern, '')).join('');
}

/** The report's unit made of its Phrase segments. */
function reportUnit(segments: readonly Segment[], report: ReportUnit, review: boolean, prefix: string, file: VFile): Element {
  const place = segments[0].unit.position;
  const sourceTokens: Token[] = [];
  const targetTokens: Token[] = [];
  let codesBefore = 0;
  for (const segment of segments) {
    // A segment's tags are numbered from 1: each tag is the code its definition names, else the code in its place in the unit.
    const marks = tagDefinitions(segment.unit, prefix);
    const keys = [...segment.source.matchAll(tagPattern)].map((m) => m[1] ?? m[3]).filter((key): key is string => key !== undefined);
    const order = [...new Set(keys)];
    const base = codesBefore;
    const codeOf = (key: string): Record<string, string> | undefined => {
      const defined = marks.get(key);
      if (defined) return defined;
      const index = order.indexOf(key);
      const code = index < 0 ? undefined : report.codes[base + index];
      if (!code) return undefined;
      return { id: code.id, ...(letterTypes[key] ? { ctype: letterTypes[key] } : {}) };
    };
    codesBefore += order.length;
    sourceTokens.push(
      ...tokens(segment.source, codeOf, '', (tag) =>
        refuse(file, `Cannot import \`${report.id}\`: its Chinese segment (${attribute(segment.unit, 'id')}) has the tag \`${tag}\`, which is none of the codes of the report's unit, expected the tags of the exported XLIFF; a file Phrase made of another export?`, placeOf(segment.unit), 'xliff-inline'),
      ),
    );
    if (sourceTokens.length > 0 && targetTokens.length > 0 && !/\s$/.test(lastText(targetTokens)) && !/^\s/.test(segment.english) && segment.english !== '') targetTokens.push({ type: 'text', value: ' ' });
    targetTokens.push(
      ...tokens(segment.english, codeOf, ' ', (tag) =>
        refuse(file, `Cannot import \`${report.id}\`: its English has the tag \`${tag}\` that its Chinese segment (${attribute(segment.unit, 'id')}) lacks, expected the tags of the Chinese; correct the target in Phrase (the tags of the source, Ctrl+Shift+…) and download the bilingual MXLIFF again`, placeOf(segment.target ?? segment.unit), 'xliff-inline'),
      ),
    );
  }
  const target = targetElement(segments, report, review, file);
  return {
    type: 'element',
    name: 'trans-unit',
    attributes: { id: report.id },
    children: [
      { type: 'element', name: 'source', attributes: {}, children: build(sourceTokens, place, () => undefined) },
      ...(target ? [{ ...target, children: build(targetTokens, segments[0].target?.position ?? place, (tag) => refuse(file, `Cannot import \`${report.id}\`: its English opens the tag \`{${tag}>\` and never closes it, expected \`<${tag}}\` after the text it encloses; correct the target in Phrase and download the bilingual MXLIFF again`, placeOf(segments[0].target ?? segments[0].unit), 'xliff-inline')) }] : []),
    ],
    position: place,
  };
}

/**
 * The unit's `<target>` with its state, or undefined when the unit is not imported: a segment not confirmed (named
 * when the unit has English), or no English at all.
 */
function targetElement(segments: readonly Segment[], report: ReportUnit, review: boolean, file: VFile): Element | undefined {
  const english = (segment: Segment) => segment.english.trim() !== '' && !(segment.english.trim() === segment.source.trim() && chineseCharacter.test(segment.source));
  const open = segments.find((segment) => segment.confirmedAt === 0);
  if (open) {
    if (!segments.some(english)) return undefined;
    const what = english(open) ? 'is not confirmed in Phrase (m:confirmed="0")' : 'has no English yet';
    file.message(
      `Segment ${attribute(open.unit, 'id')} of \`${report.id}\` ${what}, expected every segment of the unit confirmed: the unit is not imported and en.md keeps what it has; ${english(open) ? 'confirm the segment in Phrase (Ctrl+Enter)' : 'translate and confirm the segment in Phrase'}, download the bilingual MXLIFF again and import it`,
      { place: placeOf(open.unit), ruleId: 'xliff-unconfirmed', source: 'translate' },
    );
    return undefined;
  }
  if (!segments.some((segment) => segment.target)) return undefined;
  return { type: 'element', name: 'target', attributes: { state: review && segments.every((segment) => segment.confirmedAt >= 2) ? 'signed-off' : 'translated' }, children: [] };
}

/** `m:confirmed` as the workflow step that confirmed the segment: "1" the translation step, "2" a revision step, "0"/absent none. */
function confirmationStep(value: string | undefined): number {
  const step = Number(value ?? '0');
  return Number.isInteger(step) && step > 0 ? step : 0;
}

/** Tag number → the XLIFF element its `<m:mark>` in `<m:tunit-metadata>` holds (the export's `<g …>`/`<x …/>`). */
function tagDefinitions(unit: Element, prefix: string): Map<string, Record<string, string>> {
  const found = new Map<string, Record<string, string>>();
  const metadata = child(unit, `${prefix}:tunit-metadata`);
  for (const mark of metadata ? children(metadata, `${prefix}:mark`) : []) {
    const content = child(mark, `${prefix}:content`);
    const element = content ? xliffElement(textOf(content)) : undefined;
    const id = attribute(mark, 'id');
    if (id !== undefined && element) found.set(id, element);
  }
  return found;
}

/** Phrase's text as tokens: text and tags (each with the XLIFF attributes of its code); `{j}` is `join`. */
function tokens(text: string, codeOf: (key: string) => Record<string, string> | undefined, join: string, unknown: (tag: string) => Error): Token[] {
  const result: Token[] = [];
  let last = 0;
  const pushText = (value: string) => {
    if (value !== '') result.push({ type: 'text', value });
  };
  for (const match of text.matchAll(tagPattern)) {
    pushText(text.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[0] === '{j}') {
      // (the join of two segments: the white space between them, none where the text has its own)
      const before = text.slice(0, match.index);
      const after = text.slice(last);
      if (!/\s$/.test(before) && !/^\s/.test(after)) pushText(join);
      continue;
    }
    const key = match[1] ?? match[2] ?? match[3];
    const attributes = codeOf(key);
    if (!attributes) throw unknown(match[0]);
    result.push({ type: match[1] !== undefined ? 'open' : match[2] !== undefined ? 'close' : 'ph', key, attributes });
  }
  pushText(text.slice(last));
  return result;
}

function lastText(tokens: readonly Token[]): string {
  const last = tokens.at(-1);
  return last?.type === 'text' ? last.value : 'x';
}

/**
 * XLIFF 1.2 content of tokens: a paired tag a `<g>` around what it encloses, a standalone one an `<x/>`. A close
 * that closes no open tag is left to the reader as an `<ex/>` (which it refuses at its place); a tag left open is
 * `unclosed`'s error.
 */
function build(list: readonly Token[], position: Element['position'], unclosed: (key: string) => Error | undefined): ElementContent[] {
  const root: ElementContent[] = [];
  const stack: Array<{ key: string; element: Element }> = [];
  const add = (node: ElementContent) => (stack.at(-1)?.element.children ?? root).push(node);
  for (const token of list) {
    if (token.type === 'text') add({ type: 'text', value: token.value });
    else if (token.type === 'ph') add({ type: 'element', name: 'x', attributes: { ...token.attributes }, children: [], position });
    else if (token.type === 'open') {
      const element: Element = { type: 'element', name: 'g', attributes: { ...token.attributes }, children: [], position };
      add(element);
      stack.push({ key: token.key, element });
    } else if (stack.at(-1)?.key === token.key) stack.pop();
    else add({ type: 'element', name: 'ex', attributes: { rid: token.attributes.id }, children: [], position });
  }
  const open = stack.at(-1);
  if (open) {
    const error = unclosed(open.key);
    if (error) throw error;
  }
  return root;
}
