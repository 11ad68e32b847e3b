/**
 * HTML page → text lines. Main-content extraction: navigation, header,
 * footer, scripts, styles, forms, sidebars, share bars and comment boxes are
 * dropped; every block element and <br> starts a new line (a paragraph
 * boundary). Lines keep the HTML source line they came from. Also picks up
 * the page's <title> and canonical URL as metadata fallbacks.
 */
import type { Element, Nodes, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { DISCLOSURE_KEYS } from './disclosure.ts';
import { parseTitle } from './document-title.ts';
import type { ReportMeta, SourceLine } from './types.ts';

const dropTags = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'form', 'aside', 'iframe', 'select', 'button', 'input',
  'textarea', 'object', 'embed', 'svg', 'canvas', 'map', 'head', 'menu', 'dialog',
]);
const blockTags = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'blockquote', 'pre', 'center', 'address', 'figure', 'figcaption',
  'hr', 'body', 'html', 'caption', 'td', 'th',
]);
/** Site chrome by id/class: menus, breadcrumbs, share bars, comment boxes, footers. */
const chrome =
  /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|position|location|footer|foot|bottom|copyright|sidebar|side|share|bdshare|toolbar|tools|comments?|pinglun|reply|login|search|related|reldocuments|pager|pagination|ad|ads|banner|topbar|top-bar|gotop|print|qrcode|weixin|weibo|alert|mengban)($|[\s_-])/i;

/** Outside an <article>/<main>: the page's own header and logo. */
const pageChrome = /(^|[\s_-])(header|head|top|logo|site-?name|site-?title)($|[\s_-])/i;

export function looksLikeHtml(fileName: string, input: Uint8Array): boolean {
  if (/\.(x?html?|shtml|asp|aspx|jsp|php)$/i.test(fileName)) return true;
  // Otherwise (also .txt: pages are often saved under any name) sniff the start.
  const head = Buffer.from(input.buffer, input.byteOffset, Math.min(input.byteLength, 1024)).toString('latin1');
  return /^(\ufeff|\xef\xbb\xbf)?\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)\b/i.test(head);
}

/** An element dropped as page chrome, reported like a removed line. */
export interface DroppedElement {
  line: number;
  column: number;
  text: string;
  /** e.g. `<nav>`, `<div class="footer">`. */
  label: string;
}

/** Code and document head: dropped silently, they are not text of the page. */
const silent = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'canvas', 'object', 'embed', 'map']);

/**
 * @param reported what text of a dropped element is worth a message (default: Chinese text; the reader of an
 *   official English page, translate/english-page.ts, reports dropped English too)
 */
export function htmlLines(html: string, transform?: (tree: Root) => void, reported: RegExp = /\p{Script=Han}/u): { lines: SourceLine[]; meta: ReportMeta; dropped: DroppedElement[] } {
  const tree = fromHtml(html);
  // Structures (tables, lists, quotations, note calls) are taken out first (structures.ts).
  transform?.(tree);
  const meta = pageMeta(tree);
  const lines: SourceLine[] = [];
  const removed: DroppedElement[] = [];
  let current: SourceLine | undefined;
  const breakLine = () => {
    current = undefined;
  };
  /** A dropped element with text is reported like a removed line (scripts and styles are not text). */
  const report = (node: Element): void => {
    const text = silent.has(node.tagName) ? '' : toString(node).replace(/\s+/g, ' ').trim();
    if (reported.test(text)) {
      removed.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, text, label: describe(node) });
    }
  };
  /** Characters of each line set in bold (<strong>, <b>) and not: a line all in bold is marked (`bold`). */
  const weight = new Map<SourceLine, { bold: number; plain: number }>();
  const walk = (node: Nodes, insideArticle: boolean, bold = false): void => {
    if (node.type === 'text') {
      let text = node.value.replace(/[\r\n\t ]+/g, ' ');
      if (text.trim() === '' && !current) return;
      if (!current) {
        // (a line starts at its first printed character)
        text = text.replace(/^ +/, '');
        current = { text: '', ...firstCharacter(node), hardBreak: true };
        lines.push(current);
        weight.set(current, { bold: 0, plain: 0 });
      }
      current.text += text;
      weight.get(current)![bold ? 'bold' : 'plain'] += text.replace(/\s+/g, '').length;
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (dropped(node, insideArticle)) {
        // A script inside a line ("点击数：<script …></script>次", "今天是<script>") is no boundary; chrome with text is.
        if (!silent.has(node.tagName)) breakLine();
        return report(node);
      }
      if (node.tagName === 'br') return breakLine();
      // A data row (索引号 | 000014349/…) is one line; a layout row holding
      // paragraphs (old table-based sites) is walked like any container.
      if (node.tagName === 'tr' && !hasBlockInside(node)) {
        breakLine();
        const cells: Element[] = [];
        for (const cell of node.children) {
          if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
          if (dropped(cell, insideArticle)) report(cell);
          else cells.push(cell);
        }
        if (cells.length > 0) lines.push(rowLine(node, cells));
        return breakLine();
      }
    }
    const block = node.type === 'element' && blockTags.has(node.tagName);
    if (block) breakLine();
    const article = insideArticle || (node.type === 'element' && (node.tagName === 'article' || node.tagName === 'main'));
    const strong = bold || (node.type === 'element' && (node.tagName === 'strong' || node.tagName === 'b'));
    for (const child of node.children) walk(child as Nodes, article, strong);
    if (block) breakLine();
  };
  walk(tree, false);
  for (const [line, { bold, plain }] of weight) if (bold > 0 && plain === 0) line.bold = true;
  return { lines: lines.filter((l) => l.text.trim() !== ''), meta, dropped: removed };
}

/**
 * Where a text node's first printed character is: after the white space it may start with ("<br>\n　　现在，…": the
 * line after the break, not the break's), as line and column of the page.
 */
function firstCharacter(node: Text): { line: number; column: number } {
  const start = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
  const lead = /^[\r\n\t ]*/.exec(node.value)![0];
  const breaks = lead.split('\n').length - 1;
  if (breaks === 0) return { line: start.line, column: start.column + lead.length };
  return { line: start.line + breaks, column: 1 + lead.length - lead.lastIndexOf('\n') - 1 };
}

function describe(node: Element): string {
  const props = node.properties ?? {};
  const className = Array.isArray(props.className) ? props.className.join(' ') : '';
  if (typeof props.id === 'string' && props.id) return `<${node.tagName} id="${props.id}">`;
  return className ? `<${node.tagName} class="${className}">` : `<${node.tagName}>`;
}

function hasBlockInside(node: Element): boolean {
  return node.children.some(
    (child) => child.type === 'element' && ((child.tagName !== 'td' && child.tagName !== 'th' && (blockTags.has(child.tagName) || child.tagName === 'br')) || hasBlockInside(child)),
  );
}

/** Whether an element is page chrome (dropped with its content), inside or outside an <article>/<main>. */
export function dropped(node: Element, insideArticle: boolean): boolean {
  if (dropTags.has(node.tagName)) return true;
  // <header>/<footer> of the page are chrome; inside an <article> they hold its title and date.
  if ((node.tagName === 'header' || node.tagName === 'footer') && !insideArticle) return true;
  const props = node.properties ?? {};
  const names = [props.id, ...(Array.isArray(props.className) ? props.className : [props.className])]
    .filter((v) => typeof v === 'string' && v !== '')
    .join(' ');
  if (names && (chrome.test(names) || (!insideArticle && pageChrome.test(names)))) return true;
  return props.hidden === true || /display\s*:\s*none/i.test(String(props.style ?? ''));
}

/** A table row: "索引号 | 000014349/…" cells become "索引号：000014349/…", other cells are spaced. */
function rowLine(row: Element, cells: Element[]): SourceLine {
  const texts = cells.map((c) => toString(c).replace(/\s+/g, ' ').trim());
  let text = '';
  for (let i = 0; i < texts.length; i++) {
    const key = texts[i].replace(/[:：]$/, '');
    if ((DISCLOSURE_KEYS as readonly string[]).includes(key) && i + 1 < texts.length) {
      text += `${text ? '  ' : ''}${key}：${texts[++i]}`;
    } else if (texts[i]) text += `${text ? '  ' : ''}${texts[i]}`;
  }
  return { text, line: row.position?.start.line ?? 1, column: row.position?.start.column ?? 1, hardBreak: true, tableRow: true };
}

/** <title> (site suffix removed) and the canonical URL, as fallbacks. */
function pageMeta(tree: Root): ReportMeta {
  const meta: ReportMeta = {};
  const visit = (node: Nodes): void => {
    if (node.type === 'element') {
      if (node.tagName === 'title' && !meta.title) {
        // "报告标题_海淀区人民政府网" / "报告标题 - 网站名" / "报告标题--栏目--人民网": the site name goes;
        // a hyphen inside (2021-2025年) stays.
        const title = toString(node).replace(/\s+/g, ' ').trim().split(/\s*[_|｜]\s*|\s+[-—–]+\s+|\s*-{2,}\s*/)[0];
        if (title) Object.assign(meta, parseTitle(title));
        if (meta.date) meta.date_source = 'title';
      }
      const p = node.properties ?? {};
      if (node.tagName === 'link' && String(p.rel ?? '').includes('canonical') && typeof p.href === 'string' && /^https?:/.test(p.href)) meta.source = p.href;
      if (node.tagName === 'meta' && p.property === 'og:url' && typeof p.content === 'string' && /^https?:/.test(p.content)) meta.source ??= p.content;
      if (node.tagName === 'body') return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return meta;
}
