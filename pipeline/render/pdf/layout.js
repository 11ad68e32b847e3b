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

/** Line boxes of an element (rects on the same line merged; superscripts do not make lines). */
function lineBoxes(el) {
  const range = document.createRange();
  range.selectNodeContents(el);
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top);
  const lines = [];
  for (const r of rects) {
    const last = lines[lines.length - 1];
    if (last && r.top < last.bottom - 2) {
      last.top = Math.min(last.top, r.top);
      last.bottom = Math.max(last.bottom, r.bottom);
    } else lines.push({ top: r.top, bottom: r.bottom });
  }
  return lines;
}

/** First text position (node, offset) of `el` whose box starts at or below `top`. */
function positionAt(el, top) {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getBoundingClientRect();
      if (rect.height > 0 && rect.top >= top - 1) return { node, offset: i };
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

/**
 * Widows and orphans (Paged.js ignores the `widows`/`orphans` properties):
 * when a page break falls inside a paragraph, at least two of its lines stay on
 * the page and at least two go over; otherwise the break moves up a line, or
 * before the whole paragraph.
 */
function registerWidowsOrphans() {
  if (window.duizhaoHandlersRegistered) return;
  window.duizhaoHandlersRegistered = true;
  const MIN = 2;
  class WidowsOrphans extends window.Paged.Handler {
    onOverflow(overflow, rendered) {
      if (!overflow) return undefined;
      // Paged.js appends a hyphen (U+2011) when the text before the break is empty
      // (its test reads `undefined` as a word character): a break at the very start
      // of a text node is moved before the node, so nothing is hyphenated.
      if (overflow.startContainer.nodeType === 3 && overflow.startOffset === 0) {
        const before = document.createRange();
        before.setStartBefore(overflow.startContainer);
        before.setEnd(overflow.endContainer, overflow.endOffset);
        overflow = before;
      }
      const hyphenFree = noHyphenAtPageEnd(overflow) || overflow;
      return this.widowsOrphans(hyphenFree, rendered) || hyphenFree;
    }

    widowsOrphans(overflow, rendered) {
      const start = overflow.startContainer;
      const el = start.nodeType === 1 ? start : start.parentElement;
      const p = el && el.closest('p[lang]');
      if (!p || !rendered.contains(p) || p.closest('.footnote')) return undefined;
      const probe = document.createRange();
      const next = start.nodeType === 1 ? start.childNodes[overflow.startOffset] : undefined;
      if (next) probe.selectNode(next);
      else {
        probe.setStart(start, overflow.startOffset);
        if (start.nodeType === 3 && overflow.startOffset < start.length) probe.setEnd(start, overflow.startOffset + 1);
      }
      const breakRect = probe.getClientRects()[0];
      if (!breakRect || breakRect.height === 0) return undefined;
      const lines = lineBoxes(p);
      const before = lines.filter((l) => l.bottom <= breakRect.top + 1).length;
      const after = lines.length - before;
      if (before === 0 || after === 0) return undefined;
      const moved = document.createRange();
      moved.setEnd(overflow.endContainer, overflow.endOffset);
      if (before < MIN || before - (MIN - Math.min(after, MIN)) < MIN) {
        moved.setStartBefore(p);
        return moved;
      }
      if (after >= MIN) return undefined;
      const pos = positionAt(p, lines[lines.length - MIN].top);
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
  // a heading left alone at the foot of a page.
  const shortFragments = [];
  for (const p of document.querySelectorAll('.pagedjs_page_content p[lang]')) {
    if (p.closest('.footnote')) continue;
    const split = p.hasAttribute('data-split-to') || p.hasAttribute('data-split-from') ||
      (p.parentElement && (p.parentElement.hasAttribute('data-split-to') || p.parentElement.hasAttribute('data-split-from')));
    const lines = lineBoxes(p).length; // 0: an empty shell left behind by a moved paragraph, not a line
    if (split && lines === 1) shortFragments.push(p.parentElement.getAttribute('data-block') || p.closest('[data-block]')?.getAttribute('data-block') || '?');
  }
  const strandedHeadings = [];
  for (const page of pages) {
    const blocks = page.querySelectorAll('.pagedjs_page_content .text .block');
    const last = blocks[blocks.length - 1];
    if (last && /\bblock-h\d\b/.test(last.className)) strandedHeadings.push(last.getAttribute('data-block'));
  }
  return { pages: pages.length, pageOf, strayNotes, layoutMs, shortFragments, strandedHeadings };
};
