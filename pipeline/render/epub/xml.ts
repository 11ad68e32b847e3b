/**
 * XML serialization for the EPUB: hast (from the shared components) → xast →
 * well-formed XHTML, and a tiny xast builder for the package document.
 * No string templating: every text and attribute is escaped on serialization.
 */
import type { Element as HastElement, ElementContent as HastContent, Root as HastRoot } from 'hast';
import { toXast } from 'hast-util-to-xast';
import type { Element, ElementContent, Nodes, Root } from 'xast';

const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const OPS_NS = 'http://www.idpf.org/2007/ops';

type Child = ElementContent | string | undefined | false | null | Child[];

/** Build an xast element: `x('dc:title', { id: 't' }, 'Title')`. Undefined attributes are dropped. */
export function x(name: string, attributes: Record<string, string | undefined> = {}, ...children: Child[]): Element {
  const defined: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) defined[key] = value;
  return { type: 'element', name, attributes: defined, children: flatten(children) };
}

function flatten(children: Child[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) out.push(...flatten(child));
    else if (typeof child === 'string') out.push({ type: 'text', value: child });
    else out.push(child);
  }
  return out;
}

/** Serialize an xast element as a standalone XML document (declaration + root). */
export function xmlDocument(root: Element, doctype?: string): string {
  return `${serializeXml(xmlTree(root, doctype))}\n`;
}

/** The tree of a standalone XML document: declaration, doctype if any, root. */
export function xmlTree(root: Element, doctype?: string): Root {
  return {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
      { type: 'text', value: '\n' },
      ...(doctype ? [{ type: 'doctype', name: doctype } as const, { type: 'text', value: '\n' } as const] : []),
      root,
    ],
  };
}

/**
 * Serialize a hast `<html>` element as an XHTML5 document. hast-util-to-xast
 * puts the XHTML namespace on the root; we add the `epub:` prefix declaration
 * and copy `lang` to `xml:lang` on every element that carries one (EPUB reading
 * systems read `xml:lang`, HTML tooling reads `lang`).
 */
export function xhtmlDocument(html: HastElement): string {
  return `${serializeXml(xhtmlTree(html))}\n`;
}

/** xhtmlDocument's tree (it marks `html` with `xml:lang`). */
export function xhtmlTree(html: HastElement): Root {
  mirrorLang(html);
  const xast = toXast({ type: 'root', children: [html] } satisfies HastRoot) as Root;
  const root = xast.children.find((n): n is Element => n.type === 'element');
  if (!root) throw new Error('Expected an <html> element to serialize');
  root.attributes = { xmlns: XHTML_NS, 'xmlns:epub': OPS_NS, ...root.attributes };
  return xmlTree(root, 'html');
}

function mirrorLang(node: HastElement): void {
  const lang = node.properties?.lang;
  if (typeof lang === 'string') node.properties.xmlLang = lang;
  for (const child of node.children as HastContent[]) if (child.type === 'element') mirrorLang(child);
}

// xast → XML text, as xast-util-to-xml writes it with `closeEmptyElements` (test/epub-xml.test.ts
// compares the two on every document of the Haidian and long-report books). Not that library
// itself: it compiles a new RegExp for every attribute value it escapes (value.js passes a fresh
// subset array, so stringify-entities' cache never hits), half its time on the long report's
// ~0.76 MB of XHTML (~0.1 s of the cold EPUB job).
/** Characters XML 1.0 does not allow; dropped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const reference = (char: string) => `&#x${char.charCodeAt(0).toString(16).toUpperCase()};`;
// Most texts and values hold nothing to escape: one test, and the string as it is (two replacements each
// were most of the serializer's time); names are few and escaped once each.
const TEXT_ESCAPES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F&<]/;
const VALUE_ESCAPES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F<&"]/;
const escapeText = (value: string) => (TEXT_ESCAPES.test(value) ? value.replace(NOT_XML, '').replace(/[&<]/g, reference) : value);
const escapeValue = (value: string) => `"${VALUE_ESCAPES.test(value) ? value.replace(NOT_XML, '').replace(/[<&"]/g, reference) : value}"`;
const names = new Map<string, string>();
const escapeName = (value: string) => {
  let name = names.get(value);
  if (name === undefined) {
    name = value.replace(NOT_XML, '').replace(/[\t\n "&'/<=>]/g, reference);
    if (names.size < 10_000) names.set(value, name);
  }
  return name;
};

export function serializeXml(node: Nodes): string {
  switch (node.type) {
    case 'root':
      return node.children.map(serializeXml).join('');
    case 'element': {
      const name = escapeName(node.name);
      const content = node.children.map(serializeXml).join('');
      let attributes = '';
      for (const [key, value] of Object.entries(node.attributes ?? {})) {
        if (value !== null && value !== undefined) attributes += ` ${escapeName(key)}=${escapeValue(String(value))}`;
      }
      return content ? `<${name}${attributes}>${content}</${name}>` : `<${name}${attributes} />`;
    }
    case 'text':
      return escapeText(node.value ?? '');
    case 'instruction': {
      const value = (node.value ?? '').replace(NOT_XML, '').replace(/\?>/g, '?&#x3E;');
      return `<?${escapeName(node.name) || 'x'}${value ? ` ${value}` : ''}?>`;
    }
    case 'doctype': {
      const name = escapeName(node.name);
      const publicId = node.public ? ` PUBLIC ${escapeValue(node.public)}` : node.system ? ' SYSTEM' : '';
      return `<!DOCTYPE${name ? ` ${name}` : ''}${publicId}${node.system ? ` ${escapeValue(node.system)}` : ''}>`;
    }
    case 'comment':
      return `<!--${(node.value ?? '').replace(NOT_XML, '').replace(/-/g, reference)}-->`;
    case 'cdata':
      return `<![CDATA[${(node.value ?? '').replace(NOT_XML, '').replace(/]]>/g, ']]&#x3E;')}]]>`;
    default: {
      // hast `raw` nodes come through hast-util-to-xast as they are: text, escaped (no dangerous XML)
      const other = node as { type: string; value?: string };
      if (other.type === 'raw') return escapeText(other.value ?? '');
      throw new Error(`Cannot serialize a \`${other.type}\` node as XML`);
    }
  }
}
