/* global window, document, getComputedStyle, performance */
/**
 * The paginator of the PDF edition, part 3 of 3: the layout and its report. Runs
 * inside the print tab (plain browser JavaScript, served as /print/paginate.js
 * after paginate-measure.js and paginate-pages.js); print-page.ts calls
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
 * Then the page references are filled from where things fell
 * (`[data-page-ref]`, `[data-page-refs]`, whose width is reserved in CSS), and a
 * report says where every id landed and any typesetting fault (a footnote away
 * from its call, a one-line paragraph fragment, a heading at a page foot).
 */
(function paginator() {
  'use strict';

  const { NOTE, pageGeometry, lineBoxes, inlineLeaves, measure, breakBefore, plan, boundary, cut, pageBox, runningHeads } = window.DuizhaoPaginate;

  // ---------- The flow, made while the document loads ----------

  /**
   * The document as paginate.js measures it: everything but the cover moved into one column of the page's
   * width (`.dz-flow`), its footnotes hidden there and laid out at the same width in a note area of their own,
   * every element of the flow numbered (`data-dz`: a clone knows its original). Made as soon as the document is
   * parsed, before Chromium's first layout of it (the head's render-blocking `link rel=expect`, paginator.ts, holds
   * rendering until then): that layout (which the tab makes anyway, and which asks for the fonts) is the one measured,
   * not one of the unpaginated document at the window's width thrown away here.
   */
  function prepare(geometry) {
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
    return { geometry, body, cover, flow, index, noteArea, noteEls, noteClones };
  }

  // The page's geometry is read now, in the head (the stylesheets before this script have loaded; no body yet, so
  // reading it lays out nothing), and the flow made once the body is parsed.
  const geometry = pageGeometry();
  let prepared;
  const prepareOnce = () => (prepared ??= prepare(geometry));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', prepareOnce, { once: true });

  // ---------- The layout ----------

  window.duizhaoLayout = async function duizhaoLayout() {
    const started = performance.now();
    const { body, cover, flow, index, noteArea, noteEls, noteClones } = prepareOnce();
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
    for (let i = 0; i < units.length; i++) units[i].breakKind = i === 0 ? 'forced' : breakBefore(units, i);
    noteArea.remove();

    // Plan, build, check: a page that came out taller than planned is planned again from its start.
    const shrink = {};
    let overfull = [];
    let breaks;
    let pages;
    for (let round = 0; ; round++) {
      breaks = plan(units, notes, geometry.height, shrink);
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
      overfull = overflowingPages(built, breaks, units, shrink, cover ? 1 : 0);
      // A page that cannot be made to fit (a table row or a note taller than the page) is
      // reported, never cut: the renderer refuses to write that PDF.
      if (!overfull.length || round >= 6 || overfull.every((o) => o.alone)) break;
      flow.style.display = '';
      body.classList.add('dz-measuring');
    }
    const typesetting = faults(pages);
    flow.remove();
    for (const el of document.querySelectorAll('[data-dz]')) el.removeAttribute('data-dz');
    const titleEl = document.querySelector('.run-title');
    runningHeads(pages, titleEl ? titleEl.textContent : document.title, cover);
    const layoutMs = Math.round(performance.now() - started);
    const sheets = [cover, ...pages].filter(Boolean);
    // Chromium writes a named destination in the page area's coordinates, as if the
    // page had no margins; postprocess.ts moves each by its page's margins (in points).
    const pageMargins = sheets.map((sheet) => (sheet === cover ? [0, 0] : [geometry.top * 0.75, geometry.left * 0.75]));
    const overfullPages = overfull.map(({ page, excessPt, block }) => ({ page, excessPt, block }));
    return { ...report(sheets, layoutMs, typesetting), pageMargins, overfullPages };
  };

  // ---------- The report ----------

  /**
   * The built pages whose text and notes came out taller than the page area (Chromium
   * lays them all out here): each is given less room from its first unit on (`shrink`)
   * for the next plan. `alone`: the page holds one unit, which no plan can help.
   */
  function overflowingPages(built, breaks, units, shrink, before) {
    const over = [];
    built.forEach(({ box, s: start }, i) => {
      const excess = box.scrollHeight - box.clientHeight;
      if (excess <= 0.5) return;
      shrink[start] = (shrink[start] || 0) + excess + 1;
      const block = units[start].el.closest('[data-block]');
      over.push({ page: i + 1 + before, excessPt: Math.round(excess * 0.75), block: block ? block.getAttribute('data-block') : '', alone: breaks[i] - start === 1 });
    });
    return over;
  }

  /**
   * Typesetting faults, read while the pages are still laid out from the check (later
   * changes — the running heads, the page references — would make Chromium lay them
   * out again): one-line fragments of a split paragraph, and headings at a page foot.
   */
  function faults(pages) {
    const fragments = new Map();
    for (const p of document.querySelectorAll('.dz-page-text p[lang]')) {
      if (!p.hasAttribute('data-split-from') && !p.hasAttribute('data-split-to')) continue;
      const lines = lineBoxes(inlineLeaves(p)).length;
      if (lines === 1) fragments.set(p, p.closest('[data-block]')?.getAttribute('data-block') || '?');
    }
    const strandedHeadings = [];
    for (const page of pages) {
      const blocks = Array.from(page.querySelectorAll('.dz-page-text .text .block')).filter((b) => b.textContent.replace(/[\s\u00AD]/g, '') !== '');
      const last = blocks[blocks.length - 1];
      if (last && /\bblock-h\d\b/.test(last.className)) strandedHeadings.push(last.getAttribute('data-block'));
    }
    return { shortFragments: Array.from(fragments.values()), strandedHeadings };
  }

  function report(sheets, layoutMs, typesetting) {
    const pageOf = {};
    // An id stays on an element's first fragment only (cut), so it is on the page where the element starts.
    sheets.forEach((sheet, i) => {
      for (const el of [sheet, ...sheet.querySelectorAll('[id]')]) if (el.id && !(el.id in pageOf)) pageOf[el.id] = i + 1;
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
    // The footnotes' ids in the order Chromium writes their structure elements (reading order): the /ID of each /Note.
    const noteIds = Array.from(document.querySelectorAll('.dz-page-notes > aside'), (note) => note.id);
    return { pages: sheets.length, pageOf, strayNotes, noteIds, layoutMs, ...typesetting };
  }
})();

