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
 * - anything else → the entry as read (a lost code is for the QA to refuse).
 */
export function overTemplate(entry: ReadUnit, template: ReadUnit | undefined): ReadUnit {
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
