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

window.duizhaoLayout = async function duizhaoLayout() {
  const started = performance.now();
  await window.PagedPolyfill.preview();
  const layoutMs = Math.round(performance.now() - started);
  const pages = Array.from(document.querySelectorAll('.pagedjs_page'));
  for (const page of pages) {
    const first = page.querySelector('.pagedjs_page_content .chapter-head');
    if (first) page.classList.add('dz-chapter-start');
  }
  const pageOf = {};
  pages.forEach((page, index) => {
    for (const el of page.querySelectorAll('[id]')) {
      if (el.closest('[data-split-from]') && el.id in pageOf) continue;
      if (!(el.id in pageOf)) pageOf[el.id] = index + 1;
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
  return { pages: pages.length, pageOf, strayNotes, layoutMs };
};
