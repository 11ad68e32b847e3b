/* global window, document, getComputedStyle, performance, NodeFilter, Range */
/**
 * The paginator of the PDF edition. Runs inside the print tab (plain browser
 * JavaScript, served as /print/paginate.js); print-page.ts calls
 * `window.duizhaoLayout()` once the fonts are ready.
 *
 * It lays the document out once as one long column of the page's width, reads
 * where every line and every unbreakable block fell, measures every footnote
 * once, decides the page breaks in plain arithmetic (footnotes on the page of
 * their call, widows and orphans, headings kept with their text, forced and
 * avoided breaks from the stylesheet's `break-*` properties), and then cuts the
 * document into one box per page (`.dz-page`: the text, then its footnotes at
 * the foot). Chromium's own print engine prints the boxes, one per sheet, with
 * the stylesheet's `@page` margins and margin boxes (page numbers); the running
 * heads are named pages written here (`@page dz-h3:right { @top-right { … } }`),
 * since Chromium has no `string-set`. Each page is checked after it is built;
 * a page whose text came out taller than planned is planned again from there.
 *
 * Then, as before: page references are filled from where things fell
 * (`[data-page-ref]`, `[data-page-refs]`, whose width is reserved in CSS), and a
 * report says where every id landed and any typesetting fault (a footnote away
 * from its call, a one-line paragraph fragment, a heading at a page foot).
 */
(function paginator() {
  'use strict';

  const BLOCK = new Set(['block', 'list-item', 'table', 'flex', 'grid', 'flow-root', 'table-row-group', 'table-header-group', 'table-footer-group', 'table-row', 'table-caption']);
  const FORCED = new Set(['page', 'always', 'left', 'right', 'recto', 'verso']);
  const AVOID = new Set(['avoid', 'avoid-page']);
  const NOTE = '.footnote';
  const visible = (s) => /[^\s\u00AD]/.test(s);

  /** Page geometry from the stylesheet's `@page` rules, in CSS pixels. */
  function pageGeometry() {
    const probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;visibility:hidden;';
    document.body.appendChild(probe);
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

  /** Line boxes of the inline content `nodes` (text and atomic inlines) of one block, top to bottom. */
  function lineBoxes(nodes) {
    const range = document.createRange();
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
    let pendingStarts = [];
    const emit = (unit) => {
      unit.starts = pendingStarts;
      pendingStarts = [];
      unit.ends = [];
      unit.index = units.length;
      units.push(unit);
      return unit;
    };
    const visit = (el) => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || el.matches(NOTE)) return;
      const rect = el.getBoundingClientRect();
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
      u.startTop = u.starts.length ? Math.min(u.top, u.starts[0].getBoundingClientRect().top) : u.top;
      const outer = u.ends[u.ends.length - 1];
      u.endBottom = outer ? Math.max(u.bottom, outer.getBoundingClientRect().bottom) : u.bottom;
      u.marginTop = u.starts.reduce((m, e) => Math.max(m, parseFloat(getComputedStyle(e).marginTop) || 0), 0);
      const table = u.el.closest('table');
      u.tableHead = u.el.tagName === 'TR' && table && tables.has(table) && !u.el.closest('thead') ? tables.get(table) : 0;
      u.spanned = spannedRows.has(u.el);
    }
    return units;
  }

  /** Whether the page may break before unit `i`: 'forced', 'avoid' or 'allow'. */
  function breakBefore(units, i) {
    const u = units[i];
    const prev = units[i - 1];
    const starts = u.starts.map(breaks);
    const ends = prev.ends.map(breaks);
    if (starts.some((b) => FORCED.has(b.before)) || ends.some((b) => FORCED.has(b.after))) return 'forced';
    if (starts.some((b) => AVOID.has(b.before)) || ends.some((b) => AVOID.has(b.after)) || u.spanned) return 'avoid';
    if (u.kind === 'line' && prev.kind === 'line' && prev.el === u.el && !u.text) {
      if (u.line < u.orphans || u.lines - u.line < u.widows) return 'avoid';
      // whether the line above ends inside a word is read only for the breaks a page might take (plan)
      u.inWord = undefined;
    }
    return 'allow';
  }

  const breakStyles = new Map();
  /** An element's `break-before` and `break-after`, read once. */
  function breaks(el) {
    let b = breakStyles.get(el);
    if (!b) {
      const style = getComputedStyle(el);
      b = { before: style.breakBefore, after: style.breakAfter };
      breakStyles.set(el, b);
    }
    return b;
  }

  /** Whether a break before `u` would end the page inside a hyphenated word (read once, when asked). */
  function breaksWord(u) {
    if (!('inWord' in u)) return false;
    if (u.inWord === undefined) u.inWord = lineEndsInWord(u);
    return u.inWord;
  }

  /** Where a break before line unit `u` falls: the text node and offset of the line's first character. */
  function lineStart(u) {
    const nodes = inlineLeaves(u.el).filter((n) => n.nodeType === 3);
    const range = document.createRange();
    const mid = u.top; // the boundary between this line and the one above
    const onOrAfter = (node, i) => {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rects = Array.from(range.getClientRects()).filter((r) => r.height > 0);
      if (!rects.length) return undefined;
      const r = rects[rects.length - 1];
      return r.top + r.height / 2 > mid;
    };
    for (const node of nodes) {
      range.selectNodeContents(node);
      const rects = Array.from(range.getClientRects()).filter((r) => r.height > 0);
      if (!rects.length || rects[rects.length - 1].top + rects[rects.length - 1].height / 2 <= mid) continue;
      // the first character of `node` at or after the line
      let lo = 0;
      let hi = node.length;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        let probe = m;
        let verdict;
        while (probe < hi && (verdict = onOrAfter(node, probe)) === undefined) probe++;
        if (verdict === undefined || verdict) hi = m;
        else lo = probe + 1;
      }
      // skip what collapses at a line start
      while (lo < node.length && /[\s\u00AD]/.test(node.data[lo])) lo++;
      if (lo >= node.length) continue;
      return { node, offset: lo };
    }
    return undefined;
  }

  /** Whether the line before `u` ends inside a word (a page must not end in a hyphenated word). */
  function lineEndsInWord(u) {
    const at = u.start || (u.start = lineStart(u));
    if (!at) return false;
    const before = at.offset > 0 ? at.node.data[at.offset - 1] : '';
    return before === '\u00AD' || (/[A-Za-z]/.test(before) && /[A-Za-z]/.test(at.node.data[at.offset]));
  }

  // ---------- Planning ----------

  /**
   * Page breaks from unit `from` on. A page takes units while their height, plus
   * the footnotes called in them, fits; it ends at the last break that is allowed
   * (not avoided); a forced break always ends it. `shrink[i]` is a correction, in
   * pixels, for a page starting at unit i that came out taller than measured.
   */
  function plan(units, notes, height, from, shrink) {
    const breaks = [];
    let s = from;
    while (s < units.length) {
      const avail = height - (shrink[s] || 0);
      let noteHeight = 0;
      let best = -1;
      let lastFit = -1;
      const allowed = [];
      const top = units[s].startTop - (units[s].forcedBefore ? units[s].marginTop : 0);
      let b = s + 1;
      for (; b <= units.length; b++) {
        const u = units[b - 1];
        noteHeight += u.noteHeight;
        const used = u.endBottom - top + units[s].tableHead + (noteHeight ? noteHeight + notes.chrome : 0);
        if (used > avail && b > s + 1) break;
        lastFit = b;
        if (b === units.length) { best = b; break; }
        const kind = units[b].breakKind;
        if (kind === 'forced') { best = b; break; }
        if (kind === 'allow') allowed.push(b);
      }
      // the last allowed break that does not end the page inside a word
      if (best === -1) for (let k = allowed.length - 1; k >= 0 && best === -1; k--) if (!breaksWord(units[allowed[k]])) best = allowed[k];
      if (best === -1) best = lastFit; // nothing allowed fits: break where it fits (an avoided break)
      if (best <= s) best = s + 1; // a unit taller than the page goes on a page of its own
      breaks.push(best);
      s = best;
    }
    return breaks;
  }

  // ---------- Building ----------

  const splitMark = (el, side) => el.setAttribute(side === 'from' ? 'data-split-from' : 'data-split-to', '');

  /** Boundary point before unit `u` (before its outermost starting element, or at its line's first character). */
  function boundary(u) {
    if (u.starts.length) return { node: u.starts[0], before: true };
    if (u.kind === 'line') {
      const at = u.start || (u.start = lineStart(u));
      if (at) return { node: at.node, offset: at.offset };
    }
    return { node: u.el, before: true };
  }

  function setPoint(range, which, p) {
    if (p.before) range[which === 'start' ? 'setStartBefore' : 'setEndBefore'](p.node);
    else range[which === 'start' ? 'setStart' : 'setEnd'](p.node, p.offset);
  }

  /** The page's share of the flow, its ancestors cloned, split marks set. */
  function cut(root, units, s, e, index) {
    const range = document.createRange();
    if (s === 0) range.setStart(root, 0);
    else setPoint(range, 'start', boundary(units[s]));
    if (e >= units.length) range.setEnd(root, root.childNodes.length);
    else setPoint(range, 'end', boundary(units[e]));
    let fragment = range.cloneContents();
    // cloneContents() leaves out the range's common ancestor and what is above it: add them.
    for (let a = range.commonAncestorContainer; a && a !== root; a = a.parentNode) {
      if (a.nodeType !== 1) continue;
      const shell = a.cloneNode(false);
      shell.appendChild(fragment);
      fragment = document.createDocumentFragment();
      fragment.appendChild(shell);
    }
    // Which cloned elements are continued from the previous page or go on to the next.
    const element = document.createRange();
    const walkerOrig = [];
    for (const el of fragment.querySelectorAll('[data-dz]')) walkerOrig.push(el);
    for (const clone of walkerOrig) {
      const orig = index[clone.getAttribute('data-dz')];
      element.selectNode(orig);
      if (range.compareBoundaryPoints(Range.START_TO_START, element) > 0) {
        splitMark(clone, 'from');
        clone.removeAttribute('id');
      }
      if (range.compareBoundaryPoints(Range.END_TO_END, element) < 0) {
        splitMark(clone, 'to');
        if (clone.tagName === 'P' && getComputedStyle(orig).textAlign === 'justify') clone.style.textAlignLast = 'justify';
        const text = clone.lastChild;
        if (text && text.nodeType === 3 && text.data.endsWith('\u00AD')) text.data = text.data.slice(0, -1) + '\u2010';
      }
    }
    // Continued tables repeat their header row.
    for (const table of fragment.querySelectorAll('table[data-split-from]')) {
      if (table.querySelector(':scope > thead')) continue;
      const orig = index[table.getAttribute('data-dz')];
      const head = orig && orig.querySelector(':scope > thead');
      if (!head) continue;
      const copy = head.cloneNode(true);
      copy.querySelectorAll(NOTE).forEach((n) => n.remove());
      for (const el of [copy, ...copy.querySelectorAll('*')]) { el.removeAttribute('id'); el.removeAttribute('data-dz'); }
      copy.setAttribute('data-repeated-header', '');
      table.insertBefore(copy, table.firstChild);
    }
    // A page starting after an unforced break drops the top margins there; every page drops them at its foot.
    if (s > 0 && units[s].breakKind !== 'forced') {
      for (const el of units[s].starts) fragment.querySelector(`[data-dz="${el.getAttribute('data-dz')}"]`)?.setAttribute('data-page-top', '');
    }
    const last = units[e - 1];
    for (const el of last.ends) fragment.querySelector(`[data-dz="${el.getAttribute('data-dz')}"]`)?.setAttribute('data-page-bottom', '');
    // Footnote bodies leave the text for the foot of the page.
    const notes = Array.from(fragment.querySelectorAll(NOTE));
    for (const n of notes) n.remove();
    return { fragment, notes };
  }

  function pageBox(fragment, notes, geometry) {
    const page = document.createElement('div');
    page.className = 'dz-page';
    page.style.width = geometry.width + 'px';
    page.style.height = geometry.height + 'px';
    const text = document.createElement('div');
    text.className = 'dz-page-text';
    text.appendChild(fragment);
    page.appendChild(text);
    if (notes.length) {
      const area = document.createElement('div');
      area.className = 'dz-page-notes';
      for (const n of notes) area.appendChild(n);
      page.appendChild(area);
    }
    return page;
  }

  // ---------- Running heads (named pages) ----------

  const cssString = (s) => '"' + s.replace(/[\s\u00AD]+/g, (m) => (/\s/.test(m) ? ' ' : '')).trim().replace(/["\\]/g, '\\$&').replace(/\n/g, ' ') + '"';

  function runningHeads(pages, title, cover) {
    const rules = [];
    const names = new Map();
    const start = cover && cover.querySelector('.run-section');
    let section = start ? start.textContent : '';
    pages.forEach((page) => {
      const here = page.querySelector('.run-section');
      const first = here ? here.textContent : section;
      const last = page.querySelectorAll('.run-section');
      if (last.length) section = last[last.length - 1].textContent;
      // only when the chapter opens the page (not when it starts lower down)
      const opening = !!page.querySelector('.text .block')?.classList.contains('chapter-head');
      const key = opening ? 'open' : first;
      if (!names.has(key)) {
        const name = 'dz-head-' + names.size;
        names.set(key, name);
        rules.push(opening
          ? `@page ${name} { @top-left { content: none; } @top-right { content: none; } }`
          : `@page ${name}:left { @top-left { content: ${cssString(title)}; } } @page ${name}:right { @top-right { content: ${cssString(first)}; } }`);
      }
      page.style.page = names.get(key);
      if (opening) page.classList.add('dz-chapter-start');
    });
    const style = document.createElement('style');
    style.textContent = rules.join('\n');
    document.head.appendChild(style);
  }

  // ---------- The layout ----------

  window.duizhaoLayout = async function duizhaoLayout() {
    const started = performance.now();
    const geometry = pageGeometry();
    const body = document.body;
    const cover = body.querySelector(':scope > .cover');
    const flow = document.createElement('div');
    flow.className = 'dz-flow';
    for (const node of Array.from(body.childNodes)) if (node !== cover) flow.appendChild(node);
    body.appendChild(flow);
    body.classList.add('dz-measuring');
    flow.style.width = geometry.width + 'px';
    // Every element of the flow gets an index, so a clone knows its original.
    const index = [];
    for (const el of flow.querySelectorAll('*')) {
      el.setAttribute('data-dz', String(index.length));
      index.push(el);
    }
    // The footnotes, measured once, at the width of the page.
    const noteArea = document.createElement('div');
    noteArea.className = 'dz-page-notes';
    noteArea.style.width = geometry.width + 'px';
    const noteEls = Array.from(flow.querySelectorAll(NOTE));
    const noteClones = noteEls.map((n) => noteArea.appendChild(n.cloneNode(true)));
    body.appendChild(noteArea);
    const units = measure(flow, geometry.height);
    const areaStyle = getComputedStyle(noteArea);
    const notes = { chrome: ['marginTop', 'borderTopWidth', 'paddingTop', 'paddingBottom', 'borderBottomWidth'].reduce((s, p) => s + (parseFloat(areaStyle[p]) || 0), 0) };
    const noteHeight = new Map();
    noteClones.forEach((c, i) => {
      const st = getComputedStyle(c);
      noteHeight.set(noteEls[i], c.getBoundingClientRect().height + (parseFloat(st.marginTop) || 0) + (parseFloat(st.marginBottom) || 0));
    });
    // Each note belongs to the unit (line or block) of its call.
    for (const u of units) u.noteHeight = 0;
    const byEl = new Map();
    for (const u of units) {
      if (!byEl.has(u.el)) byEl.set(u.el, []);
      byEl.get(u.el).push(u);
    }
    for (const n of noteEls) {
      const call = n.previousElementSibling && n.previousElementSibling.matches('[data-note-call]') ? n.previousElementSibling : null;
      let host = n.parentElement;
      while (host && !byEl.has(host)) host = host.parentElement;
      const candidates = host ? byEl.get(host) : [];
      if (!candidates.length) continue;
      let unit = candidates[0];
      if (call && candidates.length > 1) {
        const r = call.getBoundingClientRect();
        const y = r.top + r.height / 2;
        unit = candidates.find((u) => y >= u.top && y < u.bottom) || candidates.find((u) => u.glyphTop >= r.top) || candidates[candidates.length - 1];
      }
      unit.noteHeight += noteHeight.get(n);
    }
    for (let i = 0; i < units.length; i++) {
      units[i].breakKind = i === 0 ? 'forced' : breakBefore(units, i);
      units[i].forcedBefore = units[i].breakKind === 'forced';
    }
    noteArea.remove();

    // Plan, build, check: a page that came out taller than planned is planned again from its start.
    const shrink = {};
    let overfull = [];
    let breaks;
    let pages;
    for (let round = 0; ; round++) {
      breaks = plan(units, notes, geometry.height, 0, shrink);
      // Resolve every line boundary while the flow is still laid out.
      for (const b of breaks) if (b < units.length) boundary(units[b]);
      const built = [];
      let s = 0;
      for (const e of breaks) {
        const { fragment, notes: pageNotes } = cut(flow, units, s, e, index);
        built.push({ box: pageBox(fragment, pageNotes, geometry), s });
        s = e;
      }
      if (pages) pages.forEach((p) => p.remove());
      pages = built.map((b) => b.box);
      const holder = document.createDocumentFragment();
      for (const p of pages) holder.appendChild(p);
      body.appendChild(holder);
      body.classList.remove('dz-measuring');
      flow.style.display = 'none';
      overfull = [];
      built.forEach(({ box, s: start }, i) => {
        const excess = box.scrollHeight - box.clientHeight;
        if (excess > 0.5) {
          shrink[start] = (shrink[start] || 0) + excess + 1;
          const block = units[start].el.closest('[data-block]');
          overfull.push({ page: i + 1 + (cover ? 1 : 0), excessPt: Math.round(excess * 0.75), block: block ? block.getAttribute('data-block') : '', alone: breaks[i] - start === 1 });
        }
      });
      // A page that cannot be made to fit (a table row or a note taller than the page) is
      // reported, never cut: the renderer refuses to write that PDF.
      if (!overfull.length || round >= 6 || overfull.every((o) => o.alone)) break;
      flow.style.display = '';
      body.classList.add('dz-measuring');
    }
    flow.remove();
    for (const el of document.querySelectorAll('[data-dz]')) el.removeAttribute('data-dz');
    for (const note of document.querySelectorAll('.dz-page-notes .footnote[data-note-id]')) note.id = 'fn-' + note.getAttribute('data-note-id');
    const titleEl = document.querySelector('.run-title');
    runningHeads(pages, titleEl ? titleEl.textContent : document.title, cover);
    const layoutMs = Math.round(performance.now() - started);
    const sheets = [cover, ...pages].filter(Boolean);
    // Chromium writes a named destination in the page area's coordinates, as if the
    // page had no margins; postprocess.ts moves each by its page's margins (in points).
    const pageMargins = sheets.map((sheet) => (sheet === cover ? [0, 0] : [geometry.top * 0.75, geometry.left * 0.75]));
    const overfullPages = overfull.map(({ page, excessPt, block }) => ({ page, excessPt, block }));
    return { ...report(sheets, pages, layoutMs), pageMargins, overfullPages };
  };

  // ---------- The report ----------

  function report(sheets, pages, layoutMs) {
    const pageOf = {};
    sheets.forEach((sheet, i) => {
      for (const el of [sheet, ...sheet.querySelectorAll('[data-id], [id]')]) {
        const id = el.getAttribute('data-id') || el.id;
        if (id && !(id in pageOf) && el.textContent.replace(/[\s\u00AD\u2010\u2011-]/g, '') !== '') pageOf[id] = i + 1;
      }
    });
    for (const el of document.querySelectorAll('[data-page-ref]')) {
      const n = pageOf[el.getAttribute('data-page-ref')];
      el.textContent = n === undefined ? '?' : String(n);
    }
    for (const el of document.querySelectorAll('[data-page-refs]')) {
      const nums = Array.from(new Set(el.getAttribute('data-page-refs').split(/\s+/).map((id) => pageOf[id]).filter((n) => n !== undefined))).sort((a, b) => a - b);
      const parts = [];
      for (let i = 0; i < nums.length; i++) {
        let j = i;
        while (j + 1 < nums.length && nums[j + 1] === nums[j] + 1) j++;
        parts.push(j > i ? nums[i] + '\u2013' + nums[j] : String(nums[i]));
        i = j;
      }
      el.textContent = parts.join(', ');
    }
    const strayNotes = [];
    for (const note of document.querySelectorAll('.dz-page-notes [data-note-id]')) {
      const id = note.getAttribute('data-note-id');
      const call = document.querySelector('.dz-page-text [data-note-call="' + id + '"]');
      if (!call || call.closest('.dz-page') !== note.closest('.dz-page')) strayNotes.push(id);
    }
    for (const call of document.querySelectorAll('.dz-page-text [data-note-call]')) {
      const id = call.getAttribute('data-note-call');
      if (!call.closest('.dz-page').querySelector('.dz-page-notes [data-note-id="' + id + '"]') && document.querySelector('[data-note-id="' + id + '"]')) strayNotes.push(id);
    }
    const fragments = new Map();
    for (const p of document.querySelectorAll('.dz-page-text p[lang]')) {
      if (!p.hasAttribute('data-split-from') && !p.hasAttribute('data-split-to')) continue;
      const lines = lineBoxes(inlineLeaves(p)).length;
      if (lines === 1) fragments.set(p, p.closest('[data-block]')?.getAttribute('data-block') || '?');
    }
    const shortFragments = Array.from(fragments.values());
    const strandedHeadings = [];
    for (const page of pages) {
      const blocks = Array.from(page.querySelectorAll('.dz-page-text .text .block')).filter((b) => b.textContent.replace(/[\s\u00AD]/g, '') !== '');
      const last = blocks[blocks.length - 1];
      if (last && /\bblock-h\d\b/.test(last.className)) strandedHeadings.push(last.getAttribute('data-block'));
    }
    return { pages: sheets.length, pageOf, strayNotes, layoutMs, shortFragments, strandedHeadings };
  }
})();
