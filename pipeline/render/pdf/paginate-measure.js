/* global window, document, getComputedStyle, CSSPageRule */
/**
 * paginate.js, part 1 of 3: measuring. The page area's geometry from the
 * stylesheet's `@page` rules, and the flow as *units* in reading order (the
 * lines of every block of inline content, every block that must not break
 * inside), each with the elements that start and end with it. Plain browser
 * JavaScript, served as /print/paginate-measure.js; its functions are shared
 * with the other two parts on `window.DuizhaoPaginate`.
 */
(function paginateMeasure() {
  'use strict';

  const BLOCK = new Set(['block', 'list-item', 'table', 'flex', 'grid', 'flow-root', 'table-row-group', 'table-header-group', 'table-footer-group', 'table-row', 'table-caption']);
  const FORCED = new Set(['page', 'always', 'left', 'right', 'recto', 'verso']);
  const AVOID = new Set(['avoid', 'avoid-page']);
  const NOTE = '.footnote';
  const visible = (s) => /[^\s\u00AD]/.test(s);

  /**
   * Page geometry from the stylesheet's `@page` rules, in CSS pixels. Read by a probe of the root (paginate.js reads
   * it in the head, before the body is parsed: the probe's layout is then all there is to lay out).
   */
  function pageGeometry() {
    const probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;visibility:hidden;';
    (document.body ?? document.documentElement).appendChild(probe);
    const px = (len) => {
      probe.style.width = len;
      return probe.getBoundingClientRect().width;
    };
    let size = '210mm 297mm';
    const margin = { top: '0', right: '0', bottom: '0', left: '0' };
    for (const sheet of document.styleSheets) {
      let rules;
      try { rules = sheet.cssRules; } catch { continue; }
      for (const rule of rules) {
        if (!(rule instanceof CSSPageRule) || rule.selectorText !== '') continue;
        if (rule.style.getPropertyValue('size')) size = rule.style.getPropertyValue('size');
        for (const side of Object.keys(margin)) {
          const v = rule.style.getPropertyValue('margin-' + side);
          if (v) margin[side] = v;
        }
      }
    }
    const [w, h] = size.trim().split(/\s+/);
    const g = {
      width: px(w) - px(margin.left) - px(margin.right),
      height: px(h || w) - px(margin.top) - px(margin.bottom),
      top: px(margin.top),
      left: px(margin.left),
    };
    probe.remove();
    return g;
  }

  // ---------- Measuring ----------

  /**
   * One Range for every measure (set anew at each use): Chromium keeps every Range of the document live until it is
   * collected and updates each at every change of the DOM (a page's clone made, a note moved), so a Range per block
   * measured made cutting the pages slower with every block.
   */
  const range = document.createRange();

  /** Line boxes of the inline content `nodes` (text and atomic inlines) of one block, top to bottom. */
  function lineBoxes(nodes) {
    const rects = [];
    for (const node of nodes) {
      if (node.nodeType === 3) {
        if (!visible(node.data)) continue;
        range.selectNodeContents(node);
      } else range.selectNode(node);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) rects.push(r);
    }
    rects.sort((a, b) => a.top - b.top);
    const lines = [];
    for (const r of rects) {
      const last = lines[lines.length - 1];
      const overlap = last ? Math.min(last.bottom, r.bottom) - Math.max(last.top, r.top) : 0;
      if (last && overlap > Math.min(r.height, last.bottom - last.top) / 2) {
        last.top = Math.min(last.top, r.top);
        last.bottom = Math.max(last.bottom, r.bottom);
      } else lines.push({ top: r.top, bottom: r.bottom });
    }
    return lines;
  }

  /** Text nodes and atomic inline elements under `el`, in order; footnote bodies left out. */
  function inlineLeaves(el) {
    const out = [];
    const walk = (n) => {
      for (let c = n.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) out.push(c);
        else if (c.nodeType === 1) {
          if (c.matches(NOTE)) continue;
          const d = getComputedStyle(c).display;
          if (d === 'none') continue;
          if (d.startsWith('inline-') || c.tagName === 'IMG' || c.tagName === 'svg') out.push(c);
          else walk(c);
        }
      }
    };
    walk(el);
    return out;
  }

  /**
   * The flow as a list of units in reading order: the lines of each block of
   * inline content, and each block that must not break inside. Each unit knows
   * the elements that start with it and end with it, so a break before it can
   * read their `break-before`/`break-after`, and where its box starts and ends.
   */
  function measure(root, pageHeight) {
    const units = [];
    const tables = new Map(); // table element → its header row group's height
    const boxes = new Map(); // element → its border box and top margin, read as it is visited
    let pendingStarts = [];
    const emit = (unit) => {
      unit.starts = pendingStarts;
      pendingStarts = [];
      unit.ends = [];
      units.push(unit);
    };
    const visit = (el) => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || el.matches(NOTE)) return;
      const rect = el.getBoundingClientRect();
      boxes.set(el, { rect, marginTop: parseFloat(style.marginTop) || 0 });
      pendingStarts.push(el);
      const before = units.length;
      const childBlocks = Array.from(el.children).some((c) => !c.matches(NOTE) && BLOCK.has(getComputedStyle(c).display));
      const tablePart = ['TR', 'THEAD', 'TFOOT', 'CAPTION', 'IMG'].includes(el.tagName);
      const keep = AVOID.has(style.breakInside) && rect.height < pageHeight * 0.8;
      const twoD = /grid|flex/.test(style.display);
      if (tablePart || keep || twoD || (!childBlocks && !visible(el.textContent))) {
        if (el.tagName === 'THEAD') tables.set(el.closest('table'), rect.height);
        emit({ kind: 'block', el, top: rect.top, bottom: rect.bottom });
      } else if (!childBlocks && style.display !== 'table') {
        const lines = lineBoxes(inlineLeaves(el));
        const top = rect.top + parseFloat(style.paddingTop) + parseFloat(style.borderTopWidth);
        const bottom = rect.bottom - parseFloat(style.paddingBottom) - parseFloat(style.borderBottomWidth);
        if (lines.length <= 1) emit({ kind: 'block', el, top: rect.top, bottom: rect.bottom });
        else {
          const orphans = parseInt(style.orphans, 10) || 2;
          const widows = parseInt(style.widows, 10) || 2;
          lines.forEach((line, i) => {
            const lineTop = i === 0 ? top : (lines[i - 1].bottom + line.top) / 2;
            const lineBottom = i === lines.length - 1 ? bottom : (line.bottom + lines[i + 1].top) / 2;
            emit({ kind: 'line', el, line: i, lines: lines.length, orphans, widows, glyphTop: line.top, top: lineTop, bottom: lineBottom });
          });
        }
      } else {
        for (const child of el.childNodes) {
          if (child.nodeType === 1) visit(child);
          else if (child.nodeType === 3 && visible(child.data)) {
            // Text directly in a block with block children: lines of its own.
            for (const line of lineBoxes([child])) emit({ kind: 'line', el, line: 0, lines: 1, orphans: 1, widows: 1, glyphTop: line.top, top: line.top, bottom: line.bottom, text: child });
          }
        }
      }
      if (units.length > before) units[units.length - 1].ends.push(el);
      else pendingStarts = pendingStarts.filter((e) => e !== el);
    };
    for (const child of root.children) visit(child);
    // Rows that a cell above reaches into with its rowspan: a page must not break before them.
    const spannedRows = new Set();
    for (const group of root.querySelectorAll('thead, tbody, tfoot')) {
      let reach = -1;
      Array.from(group.rows).forEach((row, i) => {
        if (i <= reach) spannedRows.add(row);
        for (const cell of row.cells) reach = Math.max(reach, i + Math.max(1, cell.rowSpan) - 1);
      });
    }
    for (const u of units) {
      u.startTop = u.starts.length ? Math.min(u.top, boxes.get(u.starts[0]).rect.top) : u.top;
      const outer = u.ends[u.ends.length - 1];
      u.endBottom = outer ? Math.max(u.bottom, boxes.get(outer).rect.bottom) : u.bottom;
      u.marginTop = u.starts.reduce((m, e) => Math.max(m, boxes.get(e).marginTop), 0);
      const table = u.el.closest('table');
      u.tableHead = u.el.tagName === 'TR' && table && tables.has(table) && !u.el.closest('thead') ? tables.get(table) : 0;
      u.spanned = spannedRows.has(u.el);
    }
    return units;
  }

  window.DuizhaoPaginate = { BLOCK, FORCED, AVOID, NOTE, visible, pageGeometry, lineBoxes, inlineLeaves, measure };
})();
