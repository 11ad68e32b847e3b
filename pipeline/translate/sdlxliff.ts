/**
 * Trados Studio's bilingual file (`.sdlxliff`): XLIFF 1.2 with the `sdl:` namespace, read by the 1.2 reader
 * after this module has put the report's names back (new user, round 8). What Trados does to the XLIFF 1.2 it
 * opened (duizhao's export), and what import does about it:
 *
 * - `<file original>` is the path of the file Trados opened (`C:\…\shandong-2021.xlf`): the report is its name
 *   without the folder and the extension (cat-units.ts's `originalSlug`).
 * - every `<trans-unit id>` is Trados's own (a GUID), so a unit is found by its Chinese: the report's unit
 *   with the same text (spacing aside), the first not yet taken from where the last one was found (a unit
 *   whose id is the report's is taken as it is). A unit whose Chinese is no unit of the report stays unknown
 *   (`xliff-unknown-id`).
 * - inline codes are Trados's own tags: `<g id="100">` and `<x id="101"/>`, numbered by Trados, the markup they
 *   stand for in the header's `<tag-defs>` (`<tag id="100"><bpt>&lt;g id="1" ctype="bold" dz:start="**" …&gt;`).
 *   A tag whose definition is an XLIFF `<g>`/`<x>` gets that element's id and attributes back; another is the
 *   report unit's code in the same place (the n-th tag of the Chinese is its n-th code); one with neither is
 *   left to the reader, which refuses it at its line:column.
 * - the segments are `<mrk mtype="seg" mid>` in `<seg-source>` and `<target>` (a tag enclosing a whole segment
 *   stays outside its `<mrk>`: `<g id="100"><mrk mid="3">…</mrk></g>`); each segment's confirmation level is
 *   `<sdl:seg id=mid conf=…>` in the unit's `<sdl:seg-defs>` (`sdlState`).
 * - units Trados keeps for structure only are `translate="no"` (the 1.2 reader skips them).
 * - revisions not yet accepted (`<mrk mtype="x-sdl-added">`, `x-sdl-deleted`) are refused: which of the two
 *   texts is the English is the reviser's call, made in Trados (accept or reject, then save).
 */
import type { Element } from 'xast';
import type { VFile } from 'vfile';
import type { EnState } from '../model/types.ts';
import { ReportUnitFinder, xliffElement, type ReportUnit } from './cat-units.ts';
import { chineseCharacter, type ReadUnit } from './xliff-doc.ts';
import { attribute, child, children, descendants, namespacePrefix, placeOf, refuse, textOf } from './xml.ts';

const sdlNamespace = 'http://sdl.com/FileTypes/SdlXliff/1.0';

/** The prefix the file gives Trados's namespace (`sdl`), or undefined: not an SDLXLIFF. */
export function sdlPrefix(root: Element): string | undefined {
  return namespacePrefix(root, sdlNamespace);
}

/**
 * Put the report's names back into a Trados file, in place: each translatable unit's block id (found by its
 * Chinese), each tag's code id (and its Markdown, from the tag definitions). Revisions not accepted are refused.
 */
export function prepareSdlxliff(root: Element, file: VFile, reportUnits: readonly ReportUnit[]): void {
  const finder = new ReportUnitFinder(reportUnits);
  for (const fileElement of children(root, 'file')) {
    const tags = tagDefinitions(fileElement);
    for (const unit of descendants(fileElement, 'trans-unit')) {
      if (attribute(unit, 'translate') === 'no') continue;
      const source = child(unit, 'source');
      if (!source) continue;
      const report = finder.find(textOf(source), attribute(unit, 'id'));
      if (!report) continue;
      unit.attributes.id = report.id;
      renameTags(unit, source, tags, report);
      for (const mrk of descendants(child(unit, 'target') ?? unit, 'mrk')) {
        const type = attribute(mrk, 'mtype');
        if (type === 'x-sdl-added' || type === 'x-sdl-deleted') {
          refuse(file, `Cannot import \`${report.id}\`: its target has a tracked change not yet accepted or rejected (\`<mrk mtype="${type}">\`), expected the final English; accept or reject the revisions in Trados Studio (Review › Accept/Reject), save, and import again`, placeOf(mrk), 'xliff-revision');
          break;
        }
      }
    }
  }
}

/** Tag id → the XLIFF element it stands for, when its definition is one (`<g …>` of a `<bpt>`, `<x …/>` of a `<ph>`). */
function tagDefinitions(fileElement: Element): Map<string, Record<string, string>> {
  const found = new Map<string, Record<string, string>>();
  const header = child(fileElement, 'header');
  for (const defs of header ? children(header, 'tag-defs') : []) {
    for (const tag of children(defs, 'tag')) {
      const id = attribute(tag, 'id');
      const start = child(tag, 'bpt') ?? child(tag, 'ph') ?? child(tag, 'st');
      const element = start ? xliffElement(textOf(start)) : undefined;
      if (id !== undefined && element) found.set(id, element);
    }
  }
  return found;
}

/** Each Trados tag of the unit gets the id (and Markdown) of the report's code it stands for. */
function renameTags(unit: Element, source: Element, tags: ReadonlyMap<string, Record<string, string>>, report: ReportUnit): void {
  const order: string[] = [];
  for (const tag of [...descendants(source, 'g'), ...descendants(source, 'x')].sort(byPlace)) {
    const id = attribute(tag, 'id');
    if (id !== undefined && !order.includes(id)) order.push(id);
  }
  const renamed = new Map<string, Record<string, string>>();
  order.forEach((id, i) => {
    const defined = tags.get(id);
    if (defined) renamed.set(id, defined);
    else if (report.codes[i]) renamed.set(id, { id: report.codes[i].id });
  });
  for (const part of ['source', 'seg-source', 'target']) {
    const element = child(unit, part);
    if (!element) continue;
    for (const tag of [...descendants(element, 'g'), ...descendants(element, 'x')]) {
      const attributes = renamed.get(attribute(tag, 'id') ?? '');
      if (attributes) tag.attributes = { ...attributes };
    }
  }
}

function byPlace(a: Element, b: Element): number {
  const pa = a.position?.start.offset ?? 0;
  const pb = b.position?.start.offset ?? 0;
  return pa - pb;
}

/** Trados's confirmation levels (`<sdl:seg conf>`): a reviewer's approval is a review; a confirmed translation is one. */
const reviewed = new Set(['ApprovedTranslation', 'ApprovedSignOff']);
/** (RejectedSignOff: the sign-off was refused, the translation stands, not reviewed.) */
const translated = new Set(['Translated', 'RejectedSignOff']);

/**
 * A unit's state from its segments' confirmation levels: every segment approved → reviewed; every segment
 * confirmed → translated. A unit with a segment not confirmed (Draft, RejectedTranslation, or no level: not
 * translated) is not imported — a unit is one block, and half a block is no English — and, when that segment has
 * English in it, a warning names the segment (`xliff-unconfirmed`).
 */
export function sdlState(unit: Element, entry: ReadUnit, prefix: string, file: VFile): void {
  const levels = new Map<string, string | undefined>();
  const defs = child(unit, `${prefix}:seg-defs`);
  for (const seg of defs ? children(defs, `${prefix}:seg`) : []) levels.set(attribute(seg, 'id') ?? '', attribute(seg, 'conf'));
  const target = child(unit, 'target');
  const segments = target ? descendants(target, 'mrk').filter((m) => attribute(m, 'mtype') === 'seg') : [];
  if (segments.length === 0 || entry.target === undefined || entry.untranslated) return;
  const sources = new Map(descendants(child(unit, 'seg-source') ?? unit, 'mrk').map((m) => [attribute(m, 'mid') ?? '', textOf(m)] as const));
  const states: EnState[] = [];
  const open: Array<{ segment: Element; mid: string; level?: string; english: boolean }> = [];
  let anyEnglish = false;
  for (const segment of segments) {
    const mid = attribute(segment, 'mid') ?? '';
    const level = levels.get(mid);
    const text = textOf(segment).trim();
    // (a target still empty, or the source copied in — Trados's origin="source" — is no English yet)
    const english = (text !== '' || children(segment).length > 0) && !(text === (sources.get(mid) ?? '').trim() && chineseCharacter.test(text));
    anyEnglish ||= english;
    if (level && reviewed.has(level)) states.push('reviewed');
    else if (level && translated.has(level)) states.push('translated');
    else open.push({ segment, mid, level, english });
  }
  if (open.length > 0) {
    entry.untranslated = true;
    // Nothing translated in the unit: no English yet, nothing to say. Otherwise the first open segment is named.
    if (!anyEnglish) return;
    const first = open[0];
    const what = first.english ? `is ${first.level ? `\`${first.level}\`` : 'not confirmed (no confirmation level)'} in Trados` : 'has no English yet';
    file.message(
      `Segment ${first.mid} of \`${entry.id}\` ${what}, expected every segment of the unit Translated or Approved: the unit is not imported and en.md keeps what it has; ${first.english ? 'confirm the segment in Trados Studio (Ctrl+Enter)' : 'translate and confirm the segment in Trados Studio'}, save and import again`,
      { place: placeOf(first.segment), ruleId: 'xliff-unconfirmed', source: 'translate' },
    );
    return;
  }
  entry.state = states.every((s) => s === 'reviewed') ? 'reviewed' : 'translated';
}
