/* global window, document, getComputedStyle, Range */
/**
 * paginate.js, part 2 of 3: the pages. Which breaks are forced, avoided or
 * allowed (the stylesheet's `break-*`, `orphans`/`widows`, rowspans, words
 * hyphenated across lines), where each page breaks (plan: footnotes on the page
 * of their call), the page boxes cut out of the flow, and the running heads as
 * named pages. Plain browser JavaScript, served as /print/paginate-pages.js.
 */
(function paginatePages() {
  'use strict';

  const { FORCED, AVOID, NOTE, inlineLeaves } = window.DuizhaoPaginate;

  /** Whether the page may break before unit `i`: 'forced', 'avoid' or 'allow'. */
  function breakBefore(units, i) {
    const u = units[i];
    const prev = units[i - 1];
    const starts = u.starts.map(breaks);
    const ends = prev.ends.map(breaks);
    if (starts.some((b) => FORCED.has(b.before)) || ends.some((b) => FORCED.has(b.after))) return 'forced';
    if (starts.some((b) => AVOID.has(b.before)) || ends.some((b) => AVOID.has(b.after)) || u.spanned) return 'avoid';
    if (lonelyRow(u.el) || tableHead(prev.el) || shortTwin(u, prev)) return 'avoid';
    if (u.kind === 'line' && prev.kind === 'line' && prev.el === u.el && !u.text) {
      if (u.line < u.orphans || u.lines - u.line < u.widows) return 'avoid';
      // whether the line above ends inside a word is read only for the breaks a page might take (plan)
      u.inWord = undefined;
    }
    return 'allow';
  }

  /**
   * A break before body row `el` that would leave one row of a table of four or more alone on a
   * page (its first or its last): the rows' widows and orphans (new user, round 5: a six-row box
   * table ran on to the next page with its last row alone). Avoided, so a page breaks there only
   * when no other break fits.
   */
  function lonelyRow(el) {
    if (el.tagName !== 'TR' || !el.parentElement || el.parentElement.tagName !== 'TBODY') return false;
    const rows = el.parentElement.rows;
    if (rows.length < 4) return false;
    const i = Array.prototype.indexOf.call(rows, el);
    return i === 1 || i === rows.length - 1;
  }

  /**
   * A table's caption or header row: a page must not end right after it, away from the table's first body row
   * (looked at, round 8: a box title and its table's visually hidden caption alone at a page foot, the table on
   * the next page; a header row alone at a page foot). The caption is a unit of its own even when hidden, so
   * the box title's `break-after: avoid` did not reach the table.
   */
  function tableHead(el) {
    return el.tagName === 'CAPTION' || el.tagName === 'THEAD';
  }

  /** Lines of a Chinese side short enough to stay with its English (as `orphans` keeps a paragraph's first two lines). */
  const SHORT_TWIN_LINES = 2;

  /**
   * A break before the English side of a bilingual block whose Chinese side is a line or two: that Chinese
   * would stand alone at the page foot, its English over the page (looked at, round 8: a box's note line 注：…
   * at the foot of page 5, its English alone in the box's continuation on page 6). Avoided, so the pair moves
   * together; a longer Chinese side may still end a page, its English opening the next.
   */
  function shortTwin(u, prev) {
    const en = u.starts.find((el) => el.getAttribute('lang') === 'en' && el.parentElement?.classList.contains('block'));
    const zh = en?.previousElementSibling;
    // the Chinese side's own lines (a paragraph or heading), not a table or list ending there
    if (!zh || !/^zh-Han[st]$/.test(zh.getAttribute('lang') ?? '') || prev.el !== zh) return false;
    return (prev.kind === 'line' ? prev.lines : 1) <= SHORT_TWIN_LINES;
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

  // Ranges made once and set anew at each use (Chromium updates every live Range of the document at every change of
  // the DOM; see paginate-measure.js): where a line starts, the page's share of the flow, an element cut.
  const startRange = document.createRange();
  const pageRange = document.createRange();
  const elementRange = document.createRange();

  /** Where a break before line unit `u` falls: the text node and offset of the line's first character. */
  function lineStart(u) {
    const nodes = inlineLeaves(u.el).filter((n) => n.nodeType === 3);
    const range = startRange;
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

  /** lineStart of `u`, found once. */
  function startOf(u) {
    if (!('start' in u)) u.start = lineStart(u);
    return u.start;
  }

  /** Whether the line before `u` ends inside a word (a page must not end in a hyphenated word). */
  function lineEndsInWord(u) {
    const at = startOf(u);
    if (!at) return false;
    const before = at.offset > 0 ? at.node.data[at.offset - 1] : '';
    return before === '\u00AD' || (/[A-Za-z]/.test(before) && /[A-Za-z]/.test(at.node.data[at.offset]));
  }

  // ---------- Planning ----------

  /**
   * Page breaks. A page takes units while their height, plus
   * the footnotes called in them, fits; it ends at the last break that is allowed
   * (not avoided); a forced break always ends it. `shrink[i]` is a correction, in
   * pixels, for a page starting at unit i that came out taller than measured.
   */
  function plan(units, notes, height, shrink) {
    const breaks = [];
    let s = 0;
    while (s < units.length) {
      const avail = height - (shrink[s] || 0);
      let noteHeight = 0;
      let best = -1;
      let lastFit = -1;
      const allowed = [];
      const top = units[s].startTop - (units[s].breakKind === 'forced' ? units[s].marginTop : 0);
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
      const at = startOf(u);
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
    const range = pageRange;
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
    const element = elementRange;
    for (const clone of fragment.querySelectorAll('[data-dz]')) {
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
    // A table cut across pages keeps its columns: each fragment gets the whole table's column widths.
    for (const table of fragment.querySelectorAll('table[data-split-from], table[data-split-to]')) {
      const orig = index[table.getAttribute('data-dz')];
      if (orig) keepColumns(table, orig);
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

  /**
   * Fixes the columns of `clone`, a fragment of `orig`, at the widths `orig` has in the flow (laid out whole at
   * the page's width, where its rows were measured). Laid out from its own rows, a fragment of an automatic
   * table gets other widths: the columns moved from one page to the next (looked at, round 8), and its rows
   * were not as tall as measured. A column that no cell starts (always inside a colspan) leaves it as it is.
   */
  function keepColumns(clone, orig) {
    const box = orig.getBoundingClientRect();
    const columns = Math.max(0, ...Array.from(orig.rows, (row) => Array.from(row.cells).reduce((n, c) => n + Math.max(1, c.colSpan), 0)));
    const edges = new Set();
    for (const row of orig.rows) for (const cell of row.cells) edges.add(Math.round((cell.getBoundingClientRect().left - box.left) * 100) / 100);
    const lefts = Array.from(edges).sort((a, b) => a - b);
    if (columns === 0 || lefts.length !== columns) return;
    const group = document.createElement('colgroup');
    lefts.forEach((left, i) => {
      const col = document.createElement('col');
      col.style.width = ((i + 1 < lefts.length ? lefts[i + 1] : box.width) - left) + 'px';
      group.appendChild(col);
    });
    let before = clone.firstChild;
    while (before && before.nodeType === 1 && before.tagName === 'CAPTION') before = before.nextSibling;
    clone.insertBefore(group, before);
    clone.style.tableLayout = 'fixed';
    clone.style.width = box.width + 'px';
  }

  /**
   * A footnote at the foot of its page is an `aside` (as the EPUB's `aside[epub:type=footnote]`), not the `span` it is
   * in the text, where a block could not stand inside a paragraph: Chromium tags an `aside` /Aside, and the finishing
   * (postprocess.ts tagNotes) makes each one a /Note with its id. Same attributes and children, so it looks the same.
   */
  function asAside(note) {
    const aside = document.createElement('aside');
    for (const { name, value } of note.attributes) aside.setAttribute(name, value);
    aside.append(...note.childNodes);
    return aside;
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
      for (const n of notes) area.appendChild(asAside(n));
      page.appendChild(area);
    }
    return page;
  }

  // ---------- Running heads (named pages) ----------

  const cssString = (s) => '"' + s.replace(/[\s\u00AD]+/g, (m) => (/\s/.test(m) ? ' ' : '')).trim().replace(/["\\]/g, '\\$&') + '"';

  /** Whether a block of the page's text stands before `el` on it (the salutation over Part I's heading). */
  const blockBefore = (page, el) =>
    Array.from(page.querySelectorAll('.block')).some((b) => !b.contains(el) && (b.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);

  /**
   * `text` as it stands on one line of the running head (the page's width, the head's type: print.css .dz-run-probe):
   * whole, or its longest start that fits with an ellipsis — whole words where it has spaces, characters where it has
   * none (new user, round 15: an English plan report's title, “Report on the Implementation of Chongqing's 2021 Plan
   * for National Economic and Social Development and on the 2022 Draft Plan”, wrapped to a second line on every left page).
   */
  function oneLine(text, width, side) {
    const probe = document.createElement('span');
    probe.className = 'dz-run-probe ' + side;
    document.body.appendChild(probe);
    const fits = (t) => {
      probe.textContent = t;
      return probe.getBoundingClientRect().width <= width;
    };
    let line = text.replace(/[\s\u00AD]+/g, (m) => (/\s/.test(m) ? ' ' : '')).trim();
    if (!fits(line)) {
      const spaced = line.includes(' ');
      const parts = spaced ? line.split(' ') : Array.from(line);
      const cut = () => parts.join(spaced ? ' ' : '').replace(/[\s,;:.、，；：]+$/, '') + '…';
      while (parts.length > 1 && !fits(cut())) parts.pop();
      line = cut();
    }
    probe.remove();
    return line;
  }

  function runningHeads(pages, title, cover) {
    const width = pages.length ? pages[0].getBoundingClientRect().width : 0;
    const head = (text, side) => cssString(width ? oneLine(text, width, side) : text);
    const rules = [];
    const names = new Map();
    const start = cover && cover.querySelector('.run-section');
    let section = start ? start.textContent : '';
    pages.forEach((page) => {
      // The head names what the page starts with: a section whose title opens the page, else the one running on from
      // the page before — also where a section starts lower down (the salutation running into Part I: print.css lets
      // the first chapter follow the text before it on its page).
      const here = page.querySelector('.run-section');
      const first = here && !blockBefore(page, here) ? here.textContent : section;
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
          : `@page ${name}:left { @top-left { content: ${head(title, 'left')}; } } @page ${name}:right { @top-right { content: ${head(first, 'right')}; } }`);
      }
      page.style.page = names.get(key);
    });
    const style = document.createElement('style');
    style.textContent = rules.join('\n');
    document.head.appendChild(style);
  }

  Object.assign(window.DuizhaoPaginate, { breakBefore, plan, boundary, cut, pageBox, runningHeads });
})();
