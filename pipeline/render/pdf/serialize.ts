/**
 * The print document's HTML, written as hast-util-to-html writes it with its default options (the same bytes:
 * test/print-serialize.test.ts holds them equal on every print document of Haidian and the fixtures' reports),
 * with less work per node: each property's attribute name and kind (property-information) looked up once per
 * process, not once per attribute, and a value or text with nothing to escape copied as it is (hast-util-to-html
 * makes an options object and runs a replacement for every attribute name, value and text). The bilingual print
 * document is made on Node's thread before the first tab; hast-util-to-html took 64–106 ms of it, cold.
 *
 * It knows the HTML the print document is made of: elements in the HTML namespace, text, the root. Any other
 * node (an `svg`, a `template`, a comment, raw HTML, a doctype) sends the whole tree to hast-util-to-html.
 */
import type { Element, Nodes, Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlVoidElements } from 'html-void-elements';
import { find, html } from 'property-information';

/** A property as it is written: its attribute name (escaped as hast-util-to-html escapes names) and its kind. */
interface Attribute {
  name: string;
  boolean: boolean;
  overloadedBoolean: boolean;
  commaSeparated: boolean;
  /** The attribute's own name, which a boolean property may carry as its value. */
  attribute: string;
}

class Unsupported extends Error {}

const voids = new Set(htmlVoidElements);
const attributes = new Map<string, Attribute>();
// hast-util-to-html's `name` subset (no parse errors, no dangerous characters) and its references: `&#x` + upper-case hex + `;`.
const nameEscapes = /[\0\t\n\f\r "&'/<=>`]/g;
const valueEscapes = /[\0"&'`]/g;
const valueEscaped = /[\0"&'`]/;
const textEscapes = /[<&]/g;
const textEscaped = /[<&]/;
const escapeText = (text: string): string => (textEscaped.test(text) ? text.replace(textEscapes, reference) : text);
const reference = (character: string): string => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`;

function attributeOf(key: string): Attribute {
  let known = attributes.get(key);
  if (known) return known;
  const info = find(html, key);
  const attribute: Attribute = {
    name: info.attribute.replace(nameEscapes, reference),
    boolean: info.boolean,
    overloadedBoolean: info.overloadedBoolean,
    commaSeparated: info.commaSeparated,
    attribute: info.attribute,
  };
  // property-information's `find` keeps a global expression's state between calls for dashed `data-` names: not kept.
  if (!key.includes('-')) attributes.set(key, attribute);
  return attribute;
}

function serializeAttribute(key: string, raw: Properties[string]): string {
  const info = attributeOf(key);
  let value = raw;
  if (info.overloadedBoolean && (value === info.attribute || value === '')) value = true;
  else if ((info.boolean || info.overloadedBoolean) && (typeof value !== 'string' || value === info.attribute || value === '')) value = Boolean(value);
  if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value))) return '';
  if (value === true) return info.name;
  const text = Array.isArray(value)
    ? info.commaSeparated
      ? (value[value.length - 1] === '' ? [...value, ''] : value).join(', ').trim()
      : value.join(' ').trim()
    : String(value);
  return `${info.name}="${valueEscaped.test(text) ? text.replace(valueEscapes, reference) : text}"`;
}

function element(node: Element, out: string[]): void {
  const { tagName } = node;
  if (tagName === 'svg' || tagName === 'template') throw new Unsupported();
  out.push('<', tagName);
  const { properties } = node;
  for (const key in properties) {
    const value = properties[key];
    if (value === null || value === undefined) continue;
    const written = serializeAttribute(key, value);
    if (written) out.push(' ', written);
  }
  out.push('>');
  const raw = tagName === 'script' || tagName === 'style';
  // Whether anything is written inside: a void element with content is closed, as hast-util-to-html closes it.
  let content = false;
  for (const child of node.children) {
    if (child.type === 'text') {
      const text = raw ? child.value : escapeText(child.value);
      if (text) content = true;
      out.push(text);
    } else if (child.type === 'element') {
      element(child, out);
      content = true;
    } else throw new Unsupported();
  }
  if (!voids.has(tagName.toLowerCase()) || content) out.push('</', tagName, '>');
}

/** `tree` as hast-util-to-html writes it with no options. */
export function printHtml(tree: Root | Element): string {
  const out: string[] = [];
  try {
    for (const node of (tree.type === 'root' ? tree.children : [tree]) as Nodes[]) {
      if (node.type === 'element') element(node, out);
      else if (node.type === 'text') out.push(escapeText(node.value));
      else throw new Unsupported();
    }
  } catch (error) {
    if (error instanceof Unsupported) return toHtml(tree);
    throw error;
  }
  return out.join('');
}
