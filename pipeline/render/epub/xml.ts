/**
 * XML serialization for the EPUB: hast (from the shared components) → xast →
 * well-formed XHTML, and a tiny xast builder for the package document.
 * No string templating: every text and attribute is escaped by xast-util-to-xml.
 */
import type { Element as HastElement, ElementContent as HastContent, Root as HastRoot } from 'hast';
import { toXast } from 'hast-util-to-xast';
import type { Element, ElementContent, Root } from 'xast';
import { toXml } from 'xast-util-to-xml';

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
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
      { type: 'text', value: '\n' },
      ...(doctype ? [{ type: 'doctype', name: doctype } as const, { type: 'text', value: '\n' } as const] : []),
      root,
    ],
  };
  return `${toXml(tree, { closeEmptyElements: true })}\n`;
}

/**
 * Serialize a hast `<html>` element as an XHTML5 document. hast-util-to-xast
 * puts the XHTML namespace on the root; we add the `epub:` prefix declaration
 * and copy `lang` to `xml:lang` on every element that carries one (EPUB reading
 * systems read `xml:lang`, HTML tooling reads `lang`).
 */
export function xhtmlDocument(html: HastElement): string {
  mirrorLang(html);
  const xast = toXast({ type: 'root', children: [html] } satisfies HastRoot) as Root;
  const root = xast.children.find((n): n is Element => n.type === 'element');
  if (!root) throw new Error('Expected an <html> element to serialize');
  root.attributes = { xmlns: XHTML_NS, 'xmlns:epub': OPS_NS, ...root.attributes };
  return xmlDocument(root, 'html');
}

function mirrorLang(node: HastElement): void {
  const lang = node.properties?.lang;
  if (typeof lang === 'string') node.properties.xmlLang = lang;
  for (const child of node.children as HastContent[]) if (child.type === 'element') mirrorLang(child);
}
