// Paged.js handlers for tables and boxes, inlined into the print document (table-headers.ts) after
// the Paged.js script when the text has a table or a box (document.ts).
//
// - Paged.js does not repeat a table's header row on the pages a table runs on
//   to (its chunker rebuilds the split `table` and `tbody`, not the `thead`).
//   As the first node of a continued table is laid out on a new page, the table
//   gets a copy of its header, so the page is measured with it. Footnote bodies
//   in the copy are dropped (they are placed already), and so are ids and
//   Paged.js refs, so nothing is named twice.
// - A boxed section whose title went over to the next page leaves an empty framed
//   fragment behind; it is hidden (the page is laid out, nothing else moves).
(function registerTableHandlers() {
  'use strict';
  var Paged = window.Paged;

  class RepeatingTableHeaders extends Paged.Handler {
    renderNode(clone, node) {
      if (!clone || clone.nodeType !== 1) return;
      var table = clone.closest('table');
      if (!table || !table.hasAttribute('data-split-from') || table.querySelector(':scope > thead')) return;
      var source = node.closest && node.closest('table');
      var head = source && source.querySelector(':scope > thead');
      if (!head) return;
      var copy = head.cloneNode(true);
      copy.querySelectorAll('.footnote').forEach(function (note) { note.remove(); });
      [copy].concat(Array.from(copy.querySelectorAll('*'))).forEach(function (el) {
        el.removeAttribute('data-ref');
        el.removeAttribute('id');
      });
      copy.setAttribute('data-repeated-header', '');
      table.insertBefore(copy, table.firstChild);
    }
  }

  class EmptyBoxFragments extends Paged.Handler {
    afterPageLayout(page) {
      page.querySelectorAll('section.box').forEach(function (box) {
        if (box.textContent.trim() === '') box.style.display = 'none';
      });
    }
  }

  Paged.registerHandlers(RepeatingTableHeaders, EmptyBoxFragments);
})();
