/**
 * HTML structures the line-based ingest would flatten: data tables (with
 * `rowspan` / `colspan`), lists, block quotations and `<sup>` note markers.
 *
 * `takeStructures(tree)` runs on the page's tree before it becomes lines
 * (html.ts): each structure's content is replaced by one placeholder line
 * (`DZSTRUCTURE<n>END`, which boilerplate removal and normalization leave
 * alone); the structure itself is kept aside. `restoreStructures(drafts)` puts
 * them back as draft blocks where the placeholder paragraph ended up, so page
 * chrome around them is still dropped by the usual rules, and no text is lost:
 * a placeholder that did not survive as its own paragraph gives its text back
 * as a paragraph.
 */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { dropped } from './html.ts';
import { DISCLOSURE_KEYS } from './disclosure.ts';
import { cellMinus, normalizeText } from './normalize.ts';
import type { DraftBlock, DraftCell, NormalizeCounts, SourceLine } from './types.ts';

/** Where a cell or an item starts in the page (line, column of its element). */
export interface Place {
  line: number;
  column: number;
}

export type Structure =
  /** `places`: each row's cells' places in an HTML page, spanned positions undefined (align's English page names a cell by it) */
  | { kind: 'table'; caption?: string; rows: DraftCell[][]; shortLastRow?: boolean; places?: Array<Array<Place | undefined>> }
  /** `places`: each item's place in an HTML page */
  | { kind: 'list'; ordered: boolean; items: string[]; places?: Place[] }
  | { kind: 'quote'; paragraphs: string[] };

export interface TakeOptions {
  /** read a `<sup>` note call in a table's cell as a call, `[2]` (default false: ingest's tables are read as they were) */
  callsInCells?: boolean;
  /** take block quotations (default true; an English page's are read as paragraphs, as before structures were taken) */
  quotes?: boolean;
  /**
   * The script of the report's text: a list is taken when its items have text of it outside links (a menu is a list of
   * links), a quotation's paragraphs when they have it. Default Han; the reader of an official English page
   * (translate/english-page.ts) takes Latin.
   */
  script?: RegExp;
}

export interface TakenStructures {
  structures: Structure[];
}

const token = (n: number) => `DZSTRUCTURE${n}END`;
/** The placeholder line of the n-th structure (also for a text input whose structures were read apart: a PDF's tables, pdf.ts). */
export const structureToken = token;
/** Whether a line is a placeholder alone. */
export const isStructureToken = (text: string): boolean => /^\s*DZSTRUCTURE\d+END\s*$/.test(text);
const tokenPattern = /DZSTRUCTURE(\d+)END/;
const blockInside = new Set(['p', 'div', 'table', 'ul', 'ol', 'blockquote', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl']);
const flat = (node: Nodes): string => toString(node).replace(/\s+/g, ' ').trim();

/** Take the structures out of the tree (in place), leaving one placeholder line each. */
export function takeStructures(tree: Root, options: Readonly<TakeOptions> = {}): TakenStructures {
  const script = options.script ?? /\p{Script=Han}/u;
  const structures: Structure[] = [];
  const placeholder = (node: Element, structure: Structure, wrap: (p: Element) => ElementContent) => {
    const p: Element = { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: token(structures.length), position: node.position }], position: node.position };
    structures.push(structure);
    node.children = [wrap(p)];
  };
  const walk = (node: Nodes, insideArticle: boolean): void => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      // Page chrome is left as it is: html.ts drops it and reports its text.
      if (dropped(node, insideArticle)) return;
      if (node.tagName === 'sup') return markNoteCall(node);
      if (node.tagName === 'table') {
        // (a note call in a cell, `2020<sup>2</sup>`, is read as one: the table is not walked further)
        if (options.callsInCells) visit(node, 'element', (sup) => (sup.tagName === 'sup' ? markNoteCall(sup) : undefined));
        const table = dataTable(node);
        if (table) {
          placeholder(node, table, (p) => ({ type: 'element', tagName: 'tbody', properties: {}, children: [{ type: 'element', tagName: 'tr', properties: {}, children: [{ type: 'element', tagName: 'td', properties: {}, children: [p] }] }] }));
          return;
        }
      }
      if ((node.tagName === 'ul' || node.tagName === 'ol') && simpleList(node, script)) {
        const lis = elements(node).filter((li) => li.tagName === 'li' && flat(li) !== '');
        placeholder(node, { kind: 'list', ordered: node.tagName === 'ol', items: lis.map(flat), places: lis.map(placeOf) }, (p) => ({ type: 'element', tagName: 'li', properties: {}, children: [p] }));
        return;
      }
      if (node.tagName === 'blockquote' && options.quotes !== false) {
        const paragraphs = quoteParagraphs(node, script);
        if (paragraphs.length > 0) {
          placeholder(node, { kind: 'quote', paragraphs }, (p) => p);
          return;
        }
      }
    }
    const article = insideArticle || (node.type === 'element' && (node.tagName === 'article' || node.tagName === 'main'));
    for (const child of node.children) walk(child as Nodes, article);
  };
  walk(tree, false);
  return { structures };
}

/** `<sup>1</sup>`, `<sup>[1]</sup>`, `<sup>①</sup>` → the text `[1]` / `①` that notes.ts reads as a call. */
function markNoteCall(sup: Element): void {
  const text = flat(sup);
  const digits = /^[[〔(（]?(\d{1,2})[\]〕)）]?$/.exec(text);
  if (digits) sup.children = [{ type: 'text', value: `[${digits[1]}]`, position: sup.position }];
}

function elements(node: Element): Element[] {
  return node.children.filter((c): c is Element => c.type === 'element');
}

function placeOf(node: Element): Place {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function simpleList(list: Element, script: RegExp): boolean {
  const items = elements(list).filter((c) => c.tagName === 'li');
  if (items.length === 0 || items.length !== elements(list).length) return false;
  // Menus are lists of links; a list of the report's text has Han text outside links.
  const hasText = items.some((li) => script.test(flat({ ...li, children: li.children.filter((c) => !(c.type === 'element' && c.tagName === 'a')) })));
  return hasText && items.every((li) => !li.children.some((c) => c.type === 'element' && blockInside.has(c.tagName)));
}

function quoteParagraphs(quote: Element, script: RegExp): string[] {
  const out: string[] = [];
  let loose = '';
  for (const child of quote.children) {
    if (child.type === 'element' && (child.tagName === 'p' || child.tagName === 'div')) {
      if (loose.trim()) out.push(loose.trim());
      loose = '';
      if (elements(child).some((c) => blockInside.has(c.tagName))) return [];
      out.push(flat(child));
    } else if (child.type === 'element' && child.tagName === 'br') {
      if (loose.trim()) out.push(loose.trim());
      loose = '';
    } else if (child.type === 'element' && blockInside.has(child.tagName)) {
      return []; // a nested structure: walked as a container instead
    } else {
      loose += toString(child as Nodes);
    }
  }
  if (loose.trim()) out.push(loose.trim());
  return out.map((p) => p.replace(/\s+/g, ' ')).filter((p) => script.test(p));
}

/** A table of data (not page layout, not the disclosure box): its grid with spans, or undefined. */
function dataTable(table: Element): Structure | undefined {
  const rows: Element[] = [];
  const collect = (node: Element) => {
    for (const child of elements(node)) {
      if (child.tagName === 'tr') rows.push(child);
      else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) collect(child);
    }
  };
  collect(table);
  if (rows.length < 2) return undefined;
  const cellsOf = (tr: Element) => elements(tr).filter((c) => c.tagName === 'td' || c.tagName === 'th');
  if (Math.max(...rows.map((tr) => cellsOf(tr).length)) < 2) return undefined;
  if (rows.some((tr) => cellsOf(tr).some((cell) => elements(cell).some((c) => blockInside.has(c.tagName) && c.tagName !== 'p' && c.tagName !== 'div') || elements(cell).filter((c) => c.tagName === 'p' || c.tagName === 'div').length > 1))) return undefined;
  const text = flat(table);
  if (DISCLOSURE_KEYS.some((key) => text.includes(key))) return undefined;
  // The grid, with the positions a spanning cell covers marked.
  const grid: DraftCell[][] = [];
  const places: Array<Array<Place | undefined>> = [];
  rows.forEach((tr, r) => {
    grid[r] ??= [];
    places[r] ??= [];
    let c = 0;
    for (const cell of cellsOf(tr)) {
      while (grid[r][c]) c++;
      places[r][c] = placeOf(cell);
      const rowSpan = Math.max(1, Math.min(rows.length - r, Number(cell.properties.rowSpan ?? 1) || 1));
      const colSpan = Math.max(1, Math.min(50, Number(cell.properties.colSpan ?? 1) || 1));
      grid[r][c] = { text: flat(cell), rowSpan, colSpan };
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          if (dr === 0 && dc === 0) continue;
          grid[r + dr] ??= [];
          grid[r + dr][c + dc] = { spannedBy: dc > 0 ? 'col' : 'row' };
        }
      }
      c += colSpan;
    }
  });
  const width = Math.max(...grid.map((row) => row.length));
  // The last row with fewer cells than the table (none spanned into the gap): a page cut inside the table (cut-off.ts).
  const last = grid[grid.length - 1];
  const shortLastRow = last.filter(Boolean).length < width;
  for (const row of grid) for (let c = 0; c < width; c++) row[c] ??= { text: '', rowSpan: 1, colSpan: 1 };
  const captionElement = elements(table).find((c) => c.tagName === 'caption');
  let caption = captionElement ? flat(captionElement) || undefined : undefined;
  // (stop 60, lead) A first row of one cell across the whole table, over a header row and data — "2022年主要经济指标完成情况"
  // in a `<td colspan=3>` — is the table's title, as a `<caption>` is: it was the table's header row, so the real header
  // (指标 | 完成值 | 增长（%）) was read as data, its column units (%) unread by the number check, and the title a column header.
  const first = grid[0][0];
  if (!caption && grid.length >= 3 && 'text' in first && first.colSpan >= width && first.rowSpan === 1 && titleRow(first.text)) {
    caption = first.text;
    grid.shift();
    places.shift();
  }
  return { kind: 'table', caption, rows: grid, places, ...(shortLastRow ? { shortLastRow } : {}) };
}

/** A table's first row that reads as its title: a short line, not a sentence, not its unit line (单位：万元) or a note. */
function titleRow(text: string): boolean {
  const t = text.trim();
  return [...t].length >= 4 && [...t].length <= 60 && !/[。；;：:]$/.test(t) && !/^[（(]?(?:单位|注|说明|备注|来源|资料来源)/.test(t);
}

/** Put the structures back where their placeholder paragraphs are. */
export function restoreStructures(drafts: DraftBlock[], taken: TakenStructures, counts: NormalizeCounts): DraftBlock[] {
  if (taken.structures.length === 0) return drafts;
  return drafts.flatMap((draft): DraftBlock[] => {
    const match = tokenPattern.exec(draft.text);
    if (!match) return [draft];
    const structure = taken.structures[Number(match[1])];
    const at = { line: draft.line, column: draft.column };
    const norm = (text: string) => normalizeText(text, counts);
    if (draft.text.trim() !== match[0] || !structure) {
      // Joined with other text: keep every word, as one paragraph.
      return [{ ...draft, kind: 'paragraph', text: norm(draft.text.replace(tokenPattern, structure ? flatText(structure) : '')) }];
    }
    switch (structure.kind) {
      case 'list':
        return structure.items.map((text) => ({ kind: 'item', ordered: structure.ordered, text: norm(text), ...at }));
      case 'quote':
        return structure.paragraphs.map((text) => ({ kind: 'quote', text: norm(text), ...at }));
      case 'table': {
        const rows = structure.rows.map((row) => row.map((cell) => ('text' in cell ? { ...cell, text: cellMinus(norm(cell.text), counts) } : cell)));
        const table: DraftBlock = { kind: 'table', text: rows.flat().map((c) => ('text' in c ? c.text : '')).join(''), rows, ...at, ...(structure.shortLastRow ? { shortLastRow: true } : {}) };
        if (!structure.caption) return [table];
        return [{ kind: 'box', text: norm(structure.caption), ...at }, table, { kind: 'box-end', text: '', ...at }];
      }
    }
  });
}

function flatText(structure: Structure): string {
  if (structure.kind === 'list') return structure.items.join('');
  if (structure.kind === 'quote') return structure.paragraphs.join('');
  return (structure.caption ?? '') + structure.rows.flat().map((c) => ('text' in c ? c.text : '')).join('');
}

/** A structure's placeholder line in text stands apart: it and the line after it start paragraphs, as block elements do in HTML. */
export function structureBreaks(lines: SourceLine[], taken: TakenStructures): SourceLine[] {
  if (taken.structures.length === 0) return lines;
  let after = false;
  for (const line of lines) {
    const token = isStructureToken(line.text);
    if (token || (after && line.text.trim() !== '')) {
      line.hardBreak = true;
      after = token;
    }
  }
  return lines;
}
