/**
 * XML plumbing shared by the XLIFF 2.0, XLIFF 1.2 and TMX readers/writers (and ingest's .docx reader):
 * xast in (xast-util-from-xml, positions kept for messages), xast out
 * (xastscript + xast-util-to-xml), never string templates.
 */
import type { Element, Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { toXml } from 'xast-util-to-xml';
import type { VFile } from 'vfile';
import { pretty } from '../glossary/export-tbx.ts';

/** The prefix `root` declares for the namespace `uri` (`xmlns:sdl="…"` → `sdl`), or undefined: the file does not use it. */
export function namespacePrefix(root: Element, uri: string): string | undefined {
  for (const [name, value] of Object.entries(root.attributes)) {
    if (name.startsWith('xmlns:') && value === uri) return name.slice(6);
  }
  return undefined;
}

/** A document with the XML declaration, block elements indented (inline content untouched). */
export function serializeXml(root: Element): string {
  const tree: Root = {
    type: 'root',
    children: [{ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' }, { type: 'text', value: '\n' }, pretty(root), { type: 'text', value: '\n' }],
  };
  // xast-util-to-xml escapes `<`, `&` and quotes only: a `]]>` in text (not allowed in XML content)
  // and a carriage return (which XML parsers normalize away) are written as references here.
  // A line break or a tab inside an attribute's value is one too: a parser reads it as a space (XML 1.0 §3.3.3,
  // attribute-value normalization) — an XLIFF 1.2 inline code's `dz:data` holding a code span broken over a line came back
  // with a space, and the import rewrote a block nobody had edited (xliff-property, seed 2134120511).
  const marked = structuredClone(tree);
  const marks = attributeMarks(marked);
  let xml = toXml(marks ? marked : tree, { closeEmptyElements: true, tightClose: true }).replace(/]]>/g, ']]&#x3E;').replace(/\r/g, '&#xD;');
  if (marks) xml = xml.replaceAll(marks.newline, '&#xA;').replaceAll(marks.tab, '&#x9;');
  return xml;
}

/**
 * Put a mark for each line break and tab in the attribute values of `tree` (in place: a copy), two characters the tree has nowhere
 * else, so that the serialized text can carry them as references; undefined when no attribute holds either.
 */
function attributeMarks(tree: Root): { newline: string; tab: string } | undefined {
  const elements: Element[] = [];
  const chars = new Set<string>();
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type === 'element') {
        elements.push(child);
        for (const value of Object.values(child.attributes ?? {})) if (typeof value === 'string') for (const c of value) chars.add(c);
        walk(child);
      } else if ('value' in child && typeof child.value === 'string') for (const c of child.value) chars.add(c);
    }
  };
  walk(tree);
  if (!chars.has('\n') && !chars.has('\t')) return undefined;
  // private-use characters, the first two the document does not use
  const free: string[] = [];
  for (let code = 0xe000; free.length < 2 && code <= 0xf8ff; code++) if (!chars.has(String.fromCharCode(code))) free.push(String.fromCharCode(code));
  const [newline, tab] = free;
  for (const element of elements) {
    for (const [name, value] of Object.entries(element.attributes ?? {})) {
      if (typeof value === 'string' && /[\n\t]/.test(value)) element.attributes[name] = value.replaceAll('\n', newline).replaceAll('\t', tab);
    }
  }
  return { newline, tab };
}

/**
 * Parse XML into xast; a syntax error becomes a fatal message on `file` at
 * its line:column and an Error carrying the file.
 */
export function parseXml(value: string, file: VFile, what: string): Element {
  let tree: Root;
  try {
    tree = fromXml(value);
  } catch (error) {
    const cause = error as { reason?: string; message: string; place?: { line: number; column: number }; cause?: unknown };
    // The parser's own words ("Missing end tag for element trans-unit"), not the wrapper's ("Could not parse XML with …").
    const detail = cause.cause instanceof Error ? cause.cause.message.split('\n')[0].replace(/\s*\(line \d+, column \d+\)$/, '') : undefined;
    const truncated = /(?:<\/[^<>]+>|\/>)\s*$/.test(value) ? '' : ': the file ends before its root element is closed (truncated, or still being written?)';
    throw refuse(file, `Cannot read the ${what}: ${detail ?? cause.reason ?? cause.message}${truncated}`, cause.place, 'xml-parse');
  }
  const root = tree.children.find((c): c is Element => c.type === 'element');
  if (!root) throw refuse(file, `Cannot read the ${what}: no root element`, undefined, 'xml-parse');
  return root;
}

/** A fatal message on `file` and the Error to throw for it. */
export function refuse(file: VFile, reason: string, place: { line: number; column: number } | undefined, ruleId: string): Error {
  const message = file.message(reason, { place, ruleId, source: 'translate' });
  message.fatal = true;
  return Object.assign(new Error(`${file.path}${place ? `:${place.line}:${place.column}` : ''}: ${reason}`), { file });
}

/** Child elements named `name` (all child elements without a name). */
export function children(element: Element, name?: string): Element[] {
  return element.children.filter((c): c is Element => c.type === 'element' && (name === undefined || c.name === name));
}

export function child(element: Element, name: string): Element | undefined {
  return children(element, name)[0];
}

/** Every element named `name` below `node` (itself included), in document order. */
export function descendants(node: Root | Element, name: string): Element[] {
  const found: Element[] = [];
  const walk = (n: Root | Element): void => {
    if (n.type === 'element' && n.name === name) found.push(n);
    for (const c of n.children) if (c.type === 'element') walk(c);
  };
  walk(node);
  return found;
}

export function attribute(element: Element, name: string): string | undefined {
  const value = element.attributes[name];
  return value === undefined || value === null ? undefined : String(value);
}

/** Text content (all descendant text). */
export function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}

/** Start of a node, for messages. */
export function placeOf(node: { position?: { start: { line: number; column: number } } }): { line: number; column: number } | undefined {
  return node.position ? { line: node.position.start.line, column: node.position.start.column } : undefined;
}
