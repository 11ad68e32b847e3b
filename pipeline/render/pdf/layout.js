/* global window, document */
/**
 * Runs inside the print tab (plain browser JavaScript, served as /print/layout.js).
 * 1. Paged.js paginates the document (footnotes, running heads, named pages).
 * 2. Page references are filled from where things really fell:
 *    `[data-page-ref=id]` → that element's page; `[data-page-refs="id id …"]`
 *    → the distinct pages, collapsed into ranges ("3, 5–7").
 *    Their width is reserved in CSS, so filling them cannot move a line.
 * 3. Returns a report (page of every id, footnotes that strayed) for the tests.
 */
window.PagedConfig = { auto: false };

/**
 * Geometry in reading order. Paged.js lays a page out in a fixed-height
 * multi-column box: what does not fit flows into further columns to the right,
 * whose tops are the page top again. So while a break is being decided, "after
 * the break" means later in (column, top) order, never simply "lower".
 * `colOf(rect)` gives a rect's column (0 = the page itself).
 */
function columnsOf(rendered) {
  const box = (rendered && rendered.closest('.pagedjs_page_content')) || rendered;
  if (!box) return () => 0;
  const b = box.getBoundingClientRect();
  const stride = b.width + (parseFloat(getComputedStyle(box).columnGap) || 0);
  return (r) => (stride > 0 ? Math.max(0, Math.floor((r.left + r.width / 2 - b.left) / stride)) : 0);
}

/** Text nodes of `el` that are set in its lines (not footnote bodies waiting to be moved). */
function textNodes(el) {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement.closest('.footnote, [data-note="footnote"]') && !el.closest('.footnote') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  return nodes;
}

/** A rect is on a line when they overlap by half the smaller height (a raised note call still is). */
const inLine = (line, col, r) => col === line.col && Math.min(line.bottom, r.bottom) - Math.max(line.top, r.top) > Math.min(r.height, line.bottom - line.top) / 2;
const afterLine = (line, col, r) => col > line.col || (col === line.col && !inLine(line, col, r) && r.top + r.height / 2 > line.bottom);

/** Line boxes of an element in reading order (rects on one line merged; superscripts do not make lines). */
function lineBoxes(el, colOf = () => 0) {
  const range = document.createRange();
  const rects = [];
  for (const node of textNodes(el)) {
    if (!/[^\s\u00AD]/.test(node.data)) continue; // blank text makes no line
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) rects.push({ col: colOf(r), top: r.top, bottom: r.bottom, height: r.height });
  }
  rects.sort((a, b) => a.col - b.col || a.top - b.top);
  const lines = [];
  for (const r of rects) {
    const last = lines[lines.length - 1];
    if (last && inLine(last, r.col, r)) last.bottom = Math.max(last.bottom, r.bottom);
    else lines.push({ col: r.col, top: r.top, bottom: r.bottom });
  }
  return lines;
}

/** Box of one visible, non-blank character, or undefined. */
function charRect(node, i) {
  if (/\s|\u00AD/.test(node.data[i])) return undefined;
  const range = document.createRange();
  range.setStart(node, i);
  range.setEnd(node, i + 1);
  const r = range.getBoundingClientRect();
  return r.height > 0 && r.width > 0 ? r : undefined;
}

/** First visible character of `el` on `line` or later: where a break before that line goes. */
function positionAt(el, line, colOf) {
  const range = document.createRange();
  for (const node of textNodes(el)) {
    range.selectNodeContents(node);
    const rects = Array.from(range.getClientRects()).filter((r) => r.height > 0);
    const last = rects[rects.length - 1];
    if (!last || !(inLine(line, colOf(last), last) || afterLine(line, colOf(last), last))) continue;
    for (let i = 0; i < node.length; i++) {
      const r = charRect(node, i);
      if (r && (inLine(line, colOf(r), r) || afterLine(line, colOf(r), r))) return { node, offset: i, rect: r };
    }
  }
  return undefined;
}

/**
 * The first visible character at or after the start of `overflow`, whatever the
 * shape of the range: Paged.js starts it in a text node when it cuts a text, and
 * before an element or a whole text node (e.g. the text after a footnote call)
 * when that starts past the page.
 */
function breakChar(overflow, rendered) {
  const s = overflow.startContainer;
  const walker = document.createTreeWalker(rendered, NodeFilter.SHOW_TEXT);
  let node = s;
  let from = overflow.startOffset;
  if (s.nodeType !== 3) {
    from = 0;
    let n = s.childNodes[overflow.startOffset];
    if (!n) { // the break is at the end of `s`: what follows it
      for (n = s; n && n !== rendered && !n.nextSibling;) n = n.parentNode;
      n = n && n !== rendered ? n.nextSibling : null;
    }
    if (!n) return undefined;
    walker.currentNode = n;
    node = n.nodeType === 3 ? n : walker.nextNode();
  }
  for (; node; from = 0, walker.currentNode = node, node = walker.nextNode()) {
    if (node.parentElement.closest('.footnote, [data-note="footnote"]')) continue;
    for (let i = from; i < node.length; i++) {
      const rect = charRect(node, i);
      if (rect) return { node, offset: i, rect };
    }
  }
  return undefined;
}

/**
 * A page must not end in a hyphenated word (the reader would turn the page in
 * mid-word): a break inside a Latin word moves to the start of that word.
 */
function noHyphenAtPageEnd(overflow) {
  const node = overflow.startContainer;
  const offset = overflow.startOffset;
  if (node.nodeType !== 3 || offset === 0) return undefined;
  const text = node.data;
  if (!/[A-Za-z\u00AD\u00C0-\u024F]/.test(text[offset - 1]) || !/[A-Za-z\u00AD\u00C0-\u024F]/.test(text[offset] || '')) return undefined;
  let start = offset;
  while (start > 0 && /[A-Za-z\u00AD\u00C0-\u024F]/.test(text[start - 1])) start--;
  if (start === 0) return undefined; // the word began in an earlier node: leave it
  const moved = document.createRange();
  moved.setStart(node, start);
  moved.setEnd(overflow.endContainer, overflow.endOffset);
  return moved;
}

/** Whether `container` has visible text before `node` (so a break before `node` leaves something). */
function hasTextBefore(node, container) {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEndBefore(node);
  return range.toString().replace(/[\s\u00AD]/g, '') !== '';
}

const isHeading = (el) => /^H[1-6]$/.test(el.tagName) || /\bblock-h\d\b/.test(el.className) || getComputedStyle(el).breakAfter === 'avoid';

/**
 * Where a paragraph that must go over whole starts: before the outermost element
 * that begins with it (no empty shells left behind), and before the headings
 * just above it (a heading stays with its text). Undefined when nothing would be
 * left on the page.
 */
function wholeStart(p, rendered) {
  let target = p;
  for (let moved = true; moved;) {
    moved = false;
    while (target.parentElement && target.parentElement !== rendered && rendered.contains(target.parentElement) && !hasTextBefore(target, target.parentElement)) target = target.parentElement;
    const prev = target.previousElementSibling;
    if (prev && isHeading(prev)) {
      target = prev;
      moved = true;
    }
  }
  return hasTextBefore(target, rendered) ? target : undefined;
}

/** Visible text of `el` (footnote bodies excluded), to compare a fragment with its source. */
const plainText = (el) => textNodes(el).map((n) => n.data).join('').replace(/[\s\u00AD\u2011]/g, '');

/**
 * Widows and orphans (Paged.js ignores the `widows`/`orphans` properties):
 * when a page break falls inside a paragraph, at least two of its lines stay on
 * the page and at least two go over; otherwise the break moves up a line, or
 * before the whole paragraph (and the headings above it). This runs on every
 * overflow Paged.js finds, whatever the shape of its range — including a break
 * decided by the footnote area growing, where the text after a note call lies
 * wholly past the page and the range starts before that text node.
 */
function registerWidowsOrphans() {
  if (window.duizhaoHandlersRegistered) return;
  window.duizhaoHandlersRegistered = true;
  const MIN = 2;
  class WidowsOrphans extends window.Paged.Handler {
    onOverflow(overflow, rendered) {
      if (!overflow) return undefined;
      let result = this.widowsOrphans(overflow, rendered) || overflow;
      result = noHyphenAtPageEnd(result) || result;
      // Paged.js appends a hyphen (U+2011) when the text before the break is empty
      // (its test reads `undefined` as a word character): a break at the very start
      // of a text node is moved before the node, so nothing is hyphenated.
      if (result.startContainer.nodeType === 3 && result.startOffset === 0) {
        const before = document.createRange();
        before.setStartBefore(result.startContainer);
        before.setEnd(result.endContainer, result.endOffset);
        result = before;
      }
      return result;
    }

    /** Lines of the paragraph not laid out yet (Paged.js checks for overflow every ~1500 characters). */
    unrendered(p) {
      const source = this.chunker && this.chunker.source;
      const original = source && p.dataset.ref && source.querySelector('[data-ref="' + p.dataset.ref + '"]');
      if (!original) return 0;
      const all = plainText(original);
      const here = plainText(p);
      return all.endsWith(here) ? 0 : Math.max(0, all.length - all.indexOf(here) - here.length);
    }

    widowsOrphans(overflow, rendered) {
      const at = breakChar(overflow, rendered);
      const p = at && at.node.parentElement.closest('p[lang]');
      if (!p || !rendered.contains(p) || p.closest('.footnote')) return undefined;
      const colOf = columnsOf(rendered);
      const col = colOf(at.rect);
      const mid = at.rect.top + at.rect.height / 2;
      const lines = lineBoxes(p, colOf);
      const before = lines.filter((l) => l.col < col || (l.col === col && l.bottom < mid)).length;
      let after = lines.length - before;
      if (before === 0 || after === 0) return undefined;
      // A paragraph only partly laid out: more than a line still to come means
      // at least two lines go over.
      const perLine = plainText(p).length / lines.length;
      if (this.unrendered(p) > perLine) after = Math.max(after, MIN);
      const moved = document.createRange();
      moved.setEnd(overflow.endContainer, overflow.endOffset);
      if (before < MIN || (after < MIN && before - (MIN - after) < MIN)) {
        const target = wholeStart(p, rendered);
        if (!target) return undefined;
        moved.setStartBefore(target);
        return moved;
      }
      if (after >= MIN) return undefined;
      const pos = positionAt(p, lines[lines.length - MIN], colOf);
      if (!pos) return undefined;
      moved.setStart(pos.node, pos.offset);
      return moved;
    }
  }
  window.Paged.registerHandlers(WidowsOrphans);
}

window.duizhaoLayout = async function duizhaoLayout() {
  registerWidowsOrphans();
  const started = performance.now();
  await window.PagedPolyfill.preview();
  const layoutMs = Math.round(performance.now() - started);
  // Paged.js names each footnote `note-<random uuid>` and links its own (hidden)
  // call to it; Chromium would turn those into named destinations and the PDF
  // would differ on every build. Our calls link to our stable ids instead.
  for (const call of document.querySelectorAll('a[data-footnote-call]')) call.removeAttribute('href');
  for (const note of document.querySelectorAll('.footnote[data-note-id]')) note.id = 'fn-' + note.getAttribute('data-note-id');
  const pages = Array.from(document.querySelectorAll('.pagedjs_page'));
  for (const page of pages) {
    // only when the chapter opens the page (not when it starts lower down)
    const first = page.querySelector('.pagedjs_page_content .text .block');
    if (first && first.classList.contains('chapter-head')) page.classList.add('dz-chapter-start');
  }
  const pageOf = {};
  pages.forEach((page, index) => {
    // Paged.js keeps the original id as data-id on every fragment (continuations
    // lose the id itself). A block whose lines all moved to the next page leaves an
    // empty shell here: an element is where its first text is.
    for (const el of page.querySelectorAll('[data-id], [id]')) {
      const id = el.getAttribute('data-id') || el.id;
      if (!(id in pageOf) && el.textContent.replace(/[\s\u00AD\u2010\u2011-]/g, '') !== '') pageOf[id] = index + 1;
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
  for (const note of document.querySelectorAll('.pagedjs_footnote_area [data-note-id]')) {
    const id = note.getAttribute('data-note-id');
    const call = document.querySelector('.pagedjs_area [data-note-call="' + id + '"]');
    const notePage = note.closest('.pagedjs_page');
    if (!call || call.closest('.pagedjs_page') !== notePage) strayNotes.push(id);
  }
  // Typesetting faults, measured on the laid-out pages (the tests require none):
  // a paragraph fragment of one line at a page foot or head (orphan / widow), and
  // a heading left alone at the foot of a page. The fragments of one paragraph
  // share Paged.js's data-ref, whatever element carries the split marks; a
  // fragment counts by its lines (an empty shell has none, a lone hyphen has one).
  const fragments = new Map();
  for (const p of document.querySelectorAll('.pagedjs_page_content p[lang]')) {
    if (p.closest('.footnote')) continue;
    const lines = lineBoxes(p).length;
    if (lines === 0) continue;
    const key = p.getAttribute('data-ref') || p;
    if (!fragments.has(key)) fragments.set(key, []);
    fragments.get(key).push({ p, lines });
  }
  const shortFragments = [];
  for (const parts of fragments.values()) {
    for (const { p, lines } of parts) {
      if (parts.length > 1 && lines === 1) shortFragments.push(p.closest('[data-block]')?.getAttribute('data-block') || '?');
    }
  }
  const strandedHeadings = [];
  for (const page of pages) {
    const blocks = Array.from(page.querySelectorAll('.pagedjs_page_content .text .block')).filter((b) => b.textContent.replace(/[\s\u00AD]/g, '') !== '');
    const last = blocks[blocks.length - 1];
    if (last && /\bblock-h\d\b/.test(last.className)) strandedHeadings.push(last.getAttribute('data-block'));
  }
  return { pages: pages.length, pageOf, strayNotes, layoutMs, shortFragments, strandedHeadings };
};
