// Duizhao HTML edition: views, copy links, glossary popovers, TOC highlight.
// Loaded synchronously in <head> so the remembered view applies before first paint;
// everything touching the body waits for DOMContentLoaded. No network, no eval.
(function () {
  'use strict';
  var root = document.documentElement;
  var VIEWS = ['parallel', 'zh', 'en'];
  var KEY = 'duizhao:view';
  root.classList.remove('no-js');
  root.classList.add('js');

  function storedView() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function urlView() {
    try { return new URL(location.href).searchParams.get('view'); } catch (e) { return null; }
  }
  function initialView() {
    var fromUrl = urlView();
    if (VIEWS.indexOf(fromUrl) >= 0) return fromUrl;
    var stored = storedView();
    return VIEWS.indexOf(stored) >= 0 ? stored : 'parallel';
  }
  root.setAttribute('data-view', initialView());

  /**
   * The links that open one popover (glossary terms, the report's notes) and the popover itself:
   * ARIA state on the links; on closing, focus back to the link that opened it (`currentTrigger()`).
   */
  function wirePopover(linkSelector, id, currentTrigger) {
    var links = document.querySelectorAll(linkSelector);
    for (var i = 0; i < links.length; i++) {
      links[i].setAttribute('aria-haspopup', 'dialog');
      links[i].setAttribute('aria-expanded', 'false');
      links[i].setAttribute('aria-controls', id);
    }
    var element = document.getElementById(id);
    if (element) {
      element.addEventListener('toggle', function (event) {
        var opener = currentTrigger();
        if (event.newState === 'closed' && opener) {
          opener.setAttribute('aria-expanded', 'false');
          if (element.contains(document.activeElement) || document.activeElement === document.body) opener.focus({ preventScroll: true });
        }
      });
      element.querySelector('.pop-close').addEventListener('click', function () { element.hidePopover(); });
      element.querySelector('.pop-more').addEventListener('click', function () { element.hidePopover(); });
    }
    return element;
  }

  function setView(view, focusBlock) {
    if (VIEWS.indexOf(view) < 0) return;
    // Keep the reader's place: remember the block at the top, restore it after the switch.
    var anchor = focusBlock || topBlock();
    root.setAttribute('data-view', view);
    try { localStorage.setItem(KEY, view); } catch (e) { /* storage may be disabled */ }
    try {
      var url = new URL(location.href);
      if (view === 'parallel') url.searchParams.delete('view'); else url.searchParams.set('view', view);
      history.replaceState(history.state, '', url.href);
    } catch (e) { /* file:// in some browsers */ }
    var buttons = document.querySelectorAll('.view-switch button');
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-view') === view));
    if (anchor) anchor.scrollIntoView({ block: 'start' });
  }

  function topBlock() {
    var blocks = document.querySelectorAll('[data-block]');
    for (var i = 0; i < blocks.length; i++) {
      if (blocks[i].getBoundingClientRect().bottom > 80) return i === 0 && window.scrollY < 10 ? null : blocks[i];
    }
    return null;
  }

  var toastTimer;
  function toast(message) {
    var el = document.getElementById('toast');
    if (!el) return;
    el.textContent = message;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { el.textContent = ''; }, 2000);
  }

  function copyLink(anchor) {
    var id = anchor.getAttribute('href').slice(1);
    var url = new URL(location.href);
    url.hash = id;
    history.replaceState(history.state, '', url.href);
    var target = document.getElementById(id);
    if (target) target.scrollIntoView({ block: 'start' });
    var done = function () { toast(document.body.getAttribute('data-copied') || 'Link copied'); };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(url.href).then(done, done);
    else done();
    // :target does not update on replaceState; mark it ourselves.
    var old = document.querySelector('.is-target');
    if (old) old.classList.remove('is-target');
    if (target) target.classList.add('is-target');
  }

  // ---- Glossary popover ----
  var popover, trigger;
  function openPopover(term) {
    popover = popover || document.getElementById('term-popover');
    var entry = document.getElementById(term.getAttribute('href').slice(1));
    if (!popover || !entry || typeof popover.showPopover !== 'function') return false;
    var body = popover.querySelector('.pop-body');
    body.textContent = '';
    var title = document.createElement('p');
    title.className = 'pop-title';
    title.id = 'pop-title';
    var dt = entry.querySelector('dt');
    if (dt) for (var c = 0; c < dt.childNodes.length; c++) title.appendChild(dt.childNodes[c].cloneNode(true));
    body.appendChild(title);
    var notes = entry.querySelectorAll('.gloss-note');
    var view = root.getAttribute('data-view');
    for (var i = 0; i < notes.length; i++) {
      var lang = notes[i].getAttribute('lang');
      if ((view === 'en' && lang !== 'en' && notes.length > 1) || (view === 'zh' && lang === 'en' && notes.length > 1)) continue;
      body.appendChild(notes[i].cloneNode(true));
    }
    var more = popover.querySelector('.pop-more');
    more.setAttribute('href', '#' + entry.id);
    if (trigger && trigger !== term) trigger.setAttribute('aria-expanded', 'false');
    trigger = term;
    term.setAttribute('aria-expanded', 'true');
    if (popover.matches(':popover-open')) popover.hidePopover();
    popover.showPopover();
    place(term);
    popover.querySelector('.pop-close').focus({ preventScroll: true });
    return true;
  }
  function place(term, pop) {
    pop = pop || popover;
    if (window.matchMedia('(max-width: 40em)').matches) { pop.style.top = ''; pop.style.left = ''; return; }
    var r = term.getBoundingClientRect();
    var w = pop.offsetWidth, h = pop.offsetHeight;
    var left = Math.min(Math.max(8, r.left), window.innerWidth - w - 8);
    var top = r.bottom + 8 + h > window.innerHeight ? Math.max(8, r.top - h - 8) : r.bottom + 8;
    pop.style.left = left + 'px';
    pop.style.top = top + 'px';
  }

  // ---- Popover of a note in the original (the report's own notes, listed after the text) ----
  var notePopover, noteTrigger;
  function openNote(ref) {
    notePopover = notePopover || document.getElementById('note-popover');
    var note = document.getElementById(ref.getAttribute('href').slice(1));
    if (!notePopover || !note || typeof notePopover.showPopover !== 'function') return false;
    var body = notePopover.querySelector('.pop-body');
    body.textContent = '';
    var view = root.getAttribute('data-view');
    var sides = note.children;
    for (var i = 0; i < sides.length; i++) {
      var lang = sides[i].getAttribute('lang');
      if ((view === 'en' && lang !== 'en') || (view === 'zh' && lang === 'en')) continue;
      var copy = sides[i].cloneNode(true);
      var back = copy.querySelector('.rn-back');
      if (back) { var mark = document.createElement('span'); mark.className = 'rn-back'; mark.textContent = back.textContent; back.replaceWith(mark); }
      body.appendChild(copy);
    }
    notePopover.querySelector('.pop-more').setAttribute('href', '#' + note.id);
    if (noteTrigger && noteTrigger !== ref) noteTrigger.setAttribute('aria-expanded', 'false');
    noteTrigger = ref;
    ref.setAttribute('aria-expanded', 'true');
    if (notePopover.matches(':popover-open')) notePopover.hidePopover();
    notePopover.showPopover();
    place(ref, notePopover);
    notePopover.querySelector('.pop-close').focus({ preventScroll: true });
    return true;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var view = root.getAttribute('data-view');
    var buttons = document.querySelectorAll('.view-switch button');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-view') === view));
      buttons[i].addEventListener('click', function (event) { setView(event.currentTarget.getAttribute('data-view')); });
    }
    popover = wirePopover('a.term', 'term-popover', function () { return trigger; });
    notePopover = wirePopover('a.rn-ref', 'note-popover', function () { return noteTrigger; });
    document.addEventListener('click', function (event) {
      var target = event.target.closest ? event.target.closest('a.term, a.anchor, a.rn-ref') : null;
      if (!target) return;
      if (target.classList.contains('anchor')) { event.preventDefault(); copyLink(target); return; }
      if (target.classList.contains('rn-ref')) { if (openNote(target)) event.preventDefault(); return; }
      if (openPopover(target)) event.preventDefault();
    });
    var sidebar = document.querySelector('details.sidebar');
    var wide = window.matchMedia('(min-width: 64em)');
    var syncSidebar = function () { if (sidebar && wide.matches) sidebar.open = true; };
    syncSidebar();
    if (wide.addEventListener) wide.addEventListener('change', syncSidebar);
    if (sidebar) sidebar.addEventListener('click', function (event) {
      // On phones, close the contents after following an entry.
      if (!wide.matches && event.target.closest && event.target.closest('.toc a')) sidebar.open = false;
    });
    highlightToc();
  });

  // The font files the first screen did not ask for (the rest of each CJK face: render/fonts.ts firstScreen),
  // fetched once the page has loaded: a block is laid out only near the screen (screen.css content-visibility),
  // and scrolling then finds its glyphs here instead of showing a fallback face while they load.
  window.addEventListener('load', function () {
    if (!document.fonts || !document.fonts.forEach) return;
    var later = window.requestIdleCallback || function (fn) { setTimeout(fn, 200); };
    later(function () {
      document.fonts.forEach(function (face) { if (face.status === 'unloaded') face.load().then(null, function () {}); });
    });
  });

  // Mark the TOC entry of the section being read.
  function highlightToc() {
    if (!('IntersectionObserver' in window)) return;
    var links = {};
    var all = document.querySelectorAll('.toc a[href^="#"]');
    for (var i = 0; i < all.length; i++) links[all[i].getAttribute('href').slice(1)] = all[i];
    var current;
    var observer = new IntersectionObserver(function (entries) {
      for (var k = 0; k < entries.length; k++) {
        var link = links[entries[k].target.id];
        if (!link || !entries[k].isIntersecting) continue;
        if (current) current.removeAttribute('aria-current');
        link.setAttribute('aria-current', 'true');
        current = link;
      }
    }, { rootMargin: '0px 0px -70% 0px' });
    for (var id in links) { var el = document.getElementById(id); if (el) observer.observe(el); }
  }
})();
