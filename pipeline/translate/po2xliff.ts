/**
 * What translate-toolkit's `po2xliff -t <export>.xlf <name>.po` writes (3.8, the gettext round
 * trip of a Weblate or Poedit translator: `xliff2po` → PO → `po2xliff`), read by the 1.2 reader:
 *
 * - the template's units are left as they were (targets: the exported copies of the source) and
 *   the PO's entries are appended as a second `<file original="<name>.po" datatype="po">`;
 * - those `<trans-unit>`s are prefixed elements of the XLIFF 1.1 namespace (`<ns0:trans-unit
 *   xmlns:ns0="urn:oasis:names:tc:xliff:document:1.1">`, their `<target>` unprefixed);
 * - their `id` is po2xliff's own number: the block is named only by the PO's `#:` line, kept as
 *   `<context-group name="po-reference"><context context-type="sourcefile">p-…</context>`;
 * - a fuzzy entry is `approved="no"` (gettext's tools leave fuzzy entries out), the PO header
 *   a unit of `restype="x-gettext-domain-header"`.
 */
import type { Element } from 'xast';
import { inlineCodes, inlineText, type Inline } from './inline.ts';
import type { ReadUnit } from './xliff-doc.ts';
import { attribute, children, textOf } from './xml.ts';

const xliffNamespace = /^urn:oasis:names:tc:xliff:document:1\.[012]$/;

/** Elements of an XLIFF 1.x namespace written with a prefix (`ns0:trans-unit`) renamed to their local name, in place. */
export function unprefixXliff(element: Element, prefixes: ReadonlyMap<string, string> = new Map()): void {
  const scope = new Map(prefixes);
  for (const [name, value] of Object.entries(element.attributes)) {
    if (name.startsWith('xmlns:') && typeof value === 'string') scope.set(name.slice(6), value);
  }
  const colon = element.name.indexOf(':');
  if (colon > 0 && xliffNamespace.test(scope.get(element.name.slice(0, colon)) ?? '')) element.name = element.name.slice(colon + 1);
  for (const c of children(element)) unprefixXliff(c, scope);
}

/** The block id po2xliff kept from the PO's `#:` line, if the unit came from a PO entry. */
export function poLocation(unit: Element): string | undefined {
  for (const group of children(unit, 'context-group')) {
    if (attribute(group, 'name') !== 'po-reference') continue;
    const context = children(group, 'context').find((c) => attribute(c, 'context-type') === 'sourcefile');
    const text = context ? textOf(context).trim() : undefined;
    if (text) return text;
  }
  return undefined;
}

/** The PO header po2xliff writes as a unit: no block. */
export function isPoHeader(unit: Element): boolean {
  return attribute(unit, 'restype') === 'x-gettext-domain-header';
}

/** A PO entry still marked fuzzy (a draft gettext's tools do not use). */
export function isFuzzyPoEntry(unit: Element): boolean {
  return poLocation(unit) !== undefined && attribute(unit, 'approved') === 'no';
}

/**
 * A PO entry read over the template's unit of the same block (xliff2po flattened the unit's
 * inline codes to their text, dropping placeholders such as note calls):
 * - the English unchanged since export → the template's unit (its codes and state);
 * - the English edited, the exported English opening with a code around text (the bold lead
 *   sentence) that still opens the new English, and/or ending with placeholders (note calls)
 *   → those codes put back there; the template's source (with its codes) is the source;
 * - the block untranslated at export (the template's target a copy of its source), the source opening with a bold lead
 *   sentence — bold around the Chinese's whole first sentence, text after it — and the English now a first sentence and
 *   more: that bold around the English's first sentence (new user round 33: every lead of a report translated in a PO
 *   was refused, the PO having no English to carry the bold back from);
 * - anything else → the entry as read (a lost code is for the QA to refuse).
 */
export function overTemplate(entry: ReadUnit, template: ReadUnit | undefined): ReadUnit {
  // (an untranslated template unit: the copy of its source, or — `xliff export --no-source-copy`, stop 54 — no target at all)
  if (template && (template.untranslated || template.target === undefined) && entry.target && inlineCodes(entry.target).length === 0) return withLeadOf(entry, template);
  const before = template && !template.untranslated ? template.target : undefined;
  if (!before || !entry.target || inlineCodes(entry.target).length > 0) return entry;
  let text = inlineText(entry.target);
  if (text === inlineText(before)) return template!;
  const head: Inline[] = [];
  const lead = before[0];
  if (lead?.type === 'span' && inlineText(lead.children) !== '' && text.startsWith(inlineText(lead.children))) {
    head.push(lead);
    text = text.slice(inlineText(lead.children).length);
  }
  let end = before.length;
  while (end > 0 && before[end - 1].type === 'ph') end -= 1;
  const tail = before.slice(Math.max(end, head.length));
  if (head.length === 0 && tail.length === 0) return entry;
  const source = inlineText(entry.source) === inlineText(template!.source) ? template!.source : entry.source;
  return { ...entry, source, target: [...head, ...(text ? [{ type: 'text' as const, value: text }] : []), ...tail] };
}

/** A Chinese sentence's end, and an English one's: its stop (and closing quotes or brackets), a space after it. */
const zhSentence = /^[^。！？]*[。！？][”’」』）)]*$/u;
const enSentence = /^.+?[.!?]["”’)]*(?=\s+\S)/su;
const enStops = /[.!?]["”’)]*\s+(?=\S)/gu;
const zhStops = /[。！？][”’」』）)]*(?=\S)/gu;
/** Sentences in a text: its stops between sentences, and one more. */
const sentences = (text: string, stops: RegExp) => (text.trim().match(stops)?.length ?? 0) + 1;

/** The untranslated template's bold lead sentence put around the English's first sentence (see overTemplate). */
function withLeadOf(entry: ReadUnit, template: ReadUnit): ReadUnit {
  const [lead, ...rest] = template.source;
  if (lead?.type !== 'span' || lead.kind !== 'strong' || lead.children.some((c) => c.type !== 'text')) return entry;
  if (!zhSentence.test(inlineText(lead.children)) || inlineText(rest).trim() === '') return entry;
  const text = inlineText(entry.target!);
  const first = enSentence.exec(text);
  // (Only where the English has as many sentences as the Chinese, so that its first is the lead's: a lead the translator
  // ran into the next sentence gets no bold, and the QA refuses the block as before.)
  if (!first || sentences(text, enStops) !== sentences(inlineText(template.source), zhStops)) return entry;
  const source = inlineText(entry.source) === inlineText(template.source) ? template.source : entry.source;
  return { ...entry, source, target: [{ ...lead, children: [{ type: 'text', value: first[0] }] }, { type: 'text', value: text.slice(first[0].length) }] };
}
