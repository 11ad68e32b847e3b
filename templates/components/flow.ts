/**
 * The structures around units (pipeline/model `Flow`): lists, quotations,
 * tables and boxed sections (专栏), for every edition.
 *
 * - list:  `div.block.block-list#list-…` with one `ul|ol` per shown language
 *          (`.zh` / `.en`, as the two sides of a paragraph block);
 * - table: `div.block.block-table#table-…` with one `div.table-scroll` per shown
 *          language holding a whole `table` (caption, `thead` with `th scope=col`,
 *          row headers `th scope=row|rowgroup`, `rowspan` / `colspan`); the scroll
 *          box is a focusable, labelled region on screen so a 320 px phone scrolls
 *          the table, never the page;
 * - quote: `blockquote.quote` around its blocks;
 * - box:   `div.box[role=region][aria-labelledby=<title id>]`, its title a `div.block.block-title`; in print, a table right under
 *          the title (or under its unit line) carries the title and unit line as its `caption` instead (printedCaption).
 */
import { brokenOffMark } from './broken-off.ts';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toString } from 'mdast-util-to-string';
import { tableNoteLine, tableUnitLine } from '../../pipeline/model/table-lines.ts';
import type { Block, Flow, FlowBox, FlowList, FlowTable, Lang, TableSlot } from '../../pipeline/model/types.ts';
import { bilingualBlock, blockSide, type BlockOptions } from './bilingual-block.ts';
import { inlineContent } from './inline.ts';
import { chineseBeside, shownLangs, uiLabel } from './label.ts';
import { textTag, type TemplateOptions } from './types.ts';
import { typographicQuotesOf } from '../typographic-quotes.ts';


export function flowElements(items: readonly Flow[], blocks: ReadonlyMap<string, Block>, options: TemplateOptions, blockOptions: BlockOptions = {}): Element[] {
  return items.flatMap((item, i): Element[] => {
    switch (item.type) {
      case 'block': {
        const block = blocks.get(item.id);
        if (!block) return [];
        const element = bilingualBlock(block, options, blockOptions);
        // set flush right over its table, not indented like running text (styles/base.css; new user round 6)
        if (items[i + 1]?.type === 'table' && block.kind === 'paragraph' && tableUnitLine.test(block.zhText.trim())) (element.properties.className as string[]).push('table-unit');
        // its note under it (注：…) in the table's type, unindented, not justified (new user round 14: set as running text,
        // at 390 px its first line spread eleven characters over the width)
        if (items[i - 1]?.type === 'table' && block.kind === 'paragraph' && tableNoteLine.test(block.zhText.trim())) (element.properties.className as string[]).push('table-note');
        return [element];
      }
      case 'list':
        return [listBlock(item, blocks, options)];
      case 'table':
        return [tableBlock(item, blocks, options)];
      case 'quote':
        return [h('blockquote.quote', flowElements(item.children, blocks, options, blockOptions))];
      case 'box': {
        // A box is a region named by its title (the accessibility tree of `section` with a name), not a section of the
        // outline: its title is a line of the text, not a heading (the Nu HTML Checker warns of a section without one).
        const title = blocks.get(item.id);
        const children = flowElements(item.children, blocks, options, blockOptions);
        const titled = title && options.edition === 'print' ? titledTable(item, blocks) : undefined;
        if (title && titled) {
          // print: the title and unit line print as the table's caption (printedCaption), not as paragraphs of their own
          const id = (el: Element) => el.properties.id;
          return [h('div.box', { role: 'region', ariaLabelledBy: [item.id] }, children.flatMap((el) =>
            id(el) === titled.unit?.id ? [] : id(el) === titled.table.id ? [tableBlock(titled.table, blocks, options, { title, unit: titled.unit })] : [el]))];
        }
        return [h('div.box', { role: title ? 'region' : undefined, ariaLabelledBy: title ? [item.id] : undefined }, [
          ...(title ? [bilingualBlock(title, options, blockOptions)] : []),
          ...children,
        ])];
      }
    }
  });
}

/** One unit's content in one language; the Chinese behind a "translation pending" marker when the English is missing. */
export function unitContent(block: Block, lang: Lang, options: TemplateOptions, marker = true): ElementContent[] {
  if (lang === 'zh' || block.en) return [...inlineContent(lang === 'zh' ? block.zh : block.en!, lang, block.id, options), ...brokenOffMark(block, lang, options)];
  if (marker && chineseBeside(options)) return [h('span.pending-label', uiLabel(options, 'pending', 'en'))];
  const chinese = h('span', { lang: textTag(options, 'zh') }, inlineContent(block.zh, 'en', block.id, options));
  return marker ? [h('span.pending-label', uiLabel(options, 'pending', 'en')), { type: 'text', value: ' ' }, chinese] : [chinese];
}

function listBlock(list: FlowList, blocks: ReadonlyMap<string, Block>, options: TemplateOptions): Element {
  const sides = shownLangs(options).map((lang) =>
    h(list.ordered ? 'ol' : 'ul', { lang: textTag(options, lang), className: [lang], start: list.start }, list.items.flatMap((id) => {
      const block = blocks.get(id);
      if (!block) return [];
      return [h('li', { className: lang === 'en' && !block.en ? ['pending'] : undefined }, unitContent(block, lang, options))];
    })));
  return h('div.block.block-list', { id: list.id, dataBlock: list.id }, sides);
}

/**
 * The box's table whose title (the box's) stands right above it, or above its unit line (单位：万元) right above it:
 * the box's first table, first in the box or after its unit line alone. (A table after the box's paragraphs keeps its
 * title apart.)
 */
function titledTable(box: FlowBox, blocks: ReadonlyMap<string, Block>): { table: FlowTable; unit?: Block } | undefined {
  const [first, second] = box.children;
  if (first?.type === 'table' && first.caption === box.id) return { table: first };
  const unit = first?.type === 'block' ? blocks.get(first.id) : undefined;
  if (second?.type === 'table' && second.caption === box.id && unit?.kind === 'paragraph' && tableUnitLine.test(unit.zhText.trim())) return { table: second, unit };
  return undefined;
}

/**
 * In print, the title of a box's table and its unit line are the table's caption, in the table's language: Chromium
 * tags a caption /Caption inside the /Table (PDF/UA) only when all its content is inline (a block inside, a `p`, and it
 * drops the /Caption), so each is the `span` of its side (blockSide), set on a line of its own by print.css. The
 * units' ids are on the first table's caption (where a link to them lands), as on their blocks before.
 */
function printedCaption(parts: { title: Block; unit?: Block }, lang: Lang, options: TemplateOptions, first: boolean): Element {
  const part = (block: Block, className: string): Element => {
    const side = blockSide(block, lang, options);
    return h('span', { ...side.properties, className: [...(side.properties.className as string[]), className], ...(first ? { id: block.id, dataBlock: block.id } : {}) }, side.children);
  };
  return h('caption.table-title', [part(parts.title, 'caption-title'), ...(parts.unit ? [part(parts.unit, 'caption-unit')] : [])]);
}

function tableBlock(table: FlowTable, blocks: ReadonlyMap<string, Block>, options: TemplateOptions, printed?: { title: Block; unit?: Block }): Element {
  const captionBlock = table.caption ? blocks.get(table.caption) : undefined;
  const screen = options.edition !== 'print';
  const sides = shownLangs(options).map((lang, index) => {
    // A box's title is the caption of its table; it stands right above, so the caption is for assistive technology only.
    // The EPUB cannot hide an element from sight alone (no positioning there: the page is the reading system's), so
    // there the table is named by aria-label instead (new user round 6: was a caption seen twice, the box title repeated).
    // (an attribute: its quotes are set here, typographicQuotes sets the text's)
    const name = captionBlock ? (lang === 'zh' || !captionBlock.en ? toString(captionBlock.zh) : typographicQuotesOf(toString(captionBlock.en))) : uiLabel(options, 'table', lang);
    const named = captionBlock !== undefined && options.edition === 'epub';
    const caption = printed
      ? [printedCaption(printed, lang, options, index === 0)]
      : named
      ? []
      : captionBlock
      ? [h('caption.visually-hidden', unitContent(captionBlock, lang, options, false))]
      : // (new user round 29's gap, closed in round 30) A table with no title of its own — the heading above names it — has no
        // caption: a bare "表" / "Table" printed over it named nothing (was: in every edition, over the table's first row). On
        // screens its scroller is still labelled ("Table, scrolls sideways").
        [];
    const rows = table.rows.map((slots) => h('tr', slots.map((slot) => cell(slot, lang, blocks, options))));
    const headerRows = table.headerRows ?? 1;
    const element = h('table', { className: [lang], ...(named ? { ariaLabel: name } : {}) }, [...caption, h('thead', rows.slice(0, headerRows)), h('tbody', rows.slice(headerRows))]);
    return h('div.table-scroll', {
      lang: textTag(options, lang),
      className: [lang],
      ...(screen ? { tabIndex: 0, role: 'region', ariaLabel: uiLabel(options, 'tableScroll', lang, { caption: name }) } : {}),
    }, element);
  });
  return h('div.block.block-table', { id: table.id, dataBlock: table.id, className: printed ? ['titled'] : undefined }, sides);
}

/**
 * A cell that is one short word — a term of up to four Han characters (预期性, 经济发展) or one Latin word of up to
 * 14 letters (Anticipatory, Binding) — is not broken across lines: in a narrow column of the PDF's automatic table
 * layout it came out '预期 / 性', '经济发 / 展', 'Anti- / cip- / atory' (looked at, round 8). Longer text wraps as before.
 */
export function shortCell(text: string): boolean {
  const t = text.trim();
  if (t === '' || /\s/u.test(t)) return false;
  const han = (t.match(/\p{Script=Han}/gu) ?? []).length;
  return han > 0 ? han <= 4 && [...t].length <= 6 : [...t].length <= 14;
}

function cell(slot: TableSlot, lang: Lang, blocks: ReadonlyMap<string, Block>, options: TemplateOptions): Element {
  const block = slot.id ? blocks.get(slot.id) : undefined;
  const pending = block && lang === 'en' && !block.en;
  const scope = slot.header === 'col' && slot.colSpan > 1 ? 'colgroup' : slot.header;
  const text = block ? toString(lang === 'zh' || !block.en ? block.zh : block.en) : '';
  // `stub`: a header row's cell of the first column (the one a narrow screen keeps in view; a second header row's first
  // cell is in the second column when 指标 spans down into it)
  const stub = slot.header === 'col' && slot.column === 0;
  const classes = [...(slot.align ? [`align-${slot.align}`] : []), ...(pending ? ['pending'] : []), ...(!slot.align && shortCell(text) ? ['short'] : []), ...(stub ? ['stub'] : [])];
  return h(slot.header ? 'th' : 'td', {
    scope,
    rowSpan: slot.rowSpan > 1 ? slot.rowSpan : undefined,
    colSpan: slot.colSpan > 1 ? slot.colSpan : undefined,
    // (none: no attribute, not class="")
    className: classes.length > 0 ? classes : undefined,
  }, block ? unitContent(block, lang, options, false) : []);
}
