/**
 * The HTML edition's stylesheet, minified from its syntax tree (postcss, with
 * postcss-selector-parser and postcss-value-parser for the insides of rules
 * and declarations): comments dropped, no whitespace around braces,
 * semicolons, commas and child combinators, other whitespace collapsed to one
 * space. Nothing is renamed, merged or reordered.
 */
import postcss, { type ChildNode, type Container } from 'postcss';
import selectorParser from 'postcss-selector-parser';
import valueParser from 'postcss-value-parser';
import { recall } from '../../core/cache.ts';

/**
 * Stylesheets minified as one (their concatenation), each part's statements
 * kept for the next call: the templates' base and screen CSS come back
 * unchanged on every page and every save in the dev server, and re-parsing
 * them was ~100 ms of each HTML render. Parts are whole statements, so
 * minifying them apart gives the bytes minifying their concatenation gives.
 */
export function minifyStylesheets(parts: readonly string[]): string {
  return `${parts.map(partStatements).join('')}\n`;
}

/** Minified statements of recent stylesheet parts, most recently used last (bounded: a dev server runs for hours). */
const minified = new Map<string, string>();
const MINIFIED_ENTRIES = 16;

function partStatements(css: string): string {
  return recall(minified, MINIFIED_ENTRIES, css, () => {
    const root = postcss.parse(css);
    root.walkComments((comment) => {
      comment.remove();
    });
    return statements(root, false);
  });
}

/** The children of a block; inside braces the last declaration needs no semicolon. */
function statements(container: Container, inBlock: boolean): string {
  const nodes = container.nodes ?? [];
  return nodes
    .map((node, i) => {
      const text = statement(node);
      const needsSemicolon = node.type === 'decl' || (node.type === 'atrule' && !node.nodes);
      return needsSemicolon && (!inBlock || i < nodes.length - 1) ? `${text};` : text;
    })
    .join('');
}

function statement(node: ChildNode): string {
  switch (node.type) {
    case 'rule':
      return `${selectors(node.selector)}{${statements(node, true)}}`;
    case 'atrule': {
      const params = node.params ? ` ${value(node.params)}` : '';
      return `@${node.name}${params}${node.nodes ? `{${statements(node, true)}}` : ''}`;
    }
    case 'decl':
      return `${node.prop}${spaces(node.raws.between ?? ':')}${value(node.value)}${node.important ? spaces(node.raws.important ?? ' !important') : ''}`;
    default:
      return '';
  }
}

/** A selector list: no space after commas or around `>`; other combinators keep one space each side. */
function selectors(list: string): string {
  return selectorParser((root) => {
    root.walk((node) => {
      if (node.type === 'selector') {
        node.spaces.before = '';
        node.spaces.after = '';
        const first = node.first;
        if (first) first.spaces.before = '';
        const last = node.last;
        if (last) last.spaces.after = '';
      } else if (node.type === 'combinator') {
        const descendant = node.value.trim() === '';
        if (descendant) node.value = ' ';
        node.spaces.before = descendant || node.value === '>' ? '' : spaces(node.spaces.before);
        node.spaces.after = descendant || node.value === '>' ? '' : spaces(node.spaces.after);
        if (node.rawSpaceBefore !== undefined) node.rawSpaceBefore = node.spaces.before;
        if (node.rawSpaceAfter !== undefined) node.rawSpaceAfter = node.spaces.after;
      } else {
        node.spaces.before = spaces(node.spaces.before);
        node.spaces.after = spaces(node.spaces.after);
      }
    });
  }).processSync(list, { lossless: true });
}

/** A declaration value or at-rule prelude: no space around commas, other whitespace collapsed. */
function value(text: string): string {
  const parsed = valueParser(text);
  parsed.walk((node) => {
    if (node.type === 'space') node.value = ' ';
    else if (node.type === 'div') {
      node.before = node.value === ',' ? '' : spaces(node.before);
      node.after = node.value === ',' ? '' : spaces(node.after);
    } else if (node.type === 'function') {
      node.before = spaces(node.before);
      node.after = spaces(node.after);
    } else if (node.type === 'string') node.value = spaces(node.value);
  });
  return valueParser.stringify(parsed.nodes).trim();
}

/** Any run of whitespace as one space. */
function spaces(text: string): string {
  return text.replace(/\s+/g, ' ');
}
