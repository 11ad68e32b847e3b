/**
 * The PDF outline (bookmarks) as a book's: one entry per heading, nested by
 * heading level, the contents / glossary / colophon at the top level, no entry
 * for the cover.
 *
 * Chromium (`page.pdf({ outline: true })`) makes one bookmark per heading
 * *element*, so a bilingual heading block (a Chinese `<h2>` and an English
 * `<h2>`) gives two sibling bookmarks, and the cover's `<h1>` becomes the parent
 * of everything. We keep the HTML as it is — two headings, each tagged in its
 * own language, which is right for screen readers and the structure tree — and
 * rewrite `/Outlines` after printing: the publication says which heading blocks
 * exist, their depth and their text (`outlinePlan`); Chromium's entries say where
 * each heading landed (`/Dest`, and `/SE`, the structure element, kept).
 * The entries are matched in order by their text; a heading without its entry
 * is an error, never a silently flat outline.
 */
import { h } from 'hastscript';
import type { Root } from 'hast';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import type { EditionLanguage } from '../../config/types.ts';
import type { Lang, Publication } from '../../model/types.ts';
import { smartQuotes } from './typography.ts';

export interface OutlineHeading {
  id: string;
  /** Markdown depth: 2 = 一、, 3 = （一）, … */
  depth: number;
  /** Bookmark title. */
  title: string;
  /** Text of each printed heading element of the block, in print order (what Chromium's entries are matched against). */
  sides: Array<{ lang: Lang; text: string }>;
}

export interface OutlinePlan {
  headings: OutlineHeading[];
  /** The document titles (the cover's heading, which gets no bookmark). */
  coverTitles: string[];
}

/** English outline numbering: `I. `, `(I) `, `1. `, `(1) `. */
const englishNumber = /^\s*(?:[IVXLCDM]+\.|\([IVXLCDM]+\)|\d+\.|\(\d+\))\s+/;

function curlyQuotes(text: string): string {
  const tree: Root = { type: 'root', children: [h('p', { lang: 'en' }, text)] };
  smartQuotes(tree);
  const p = tree.children[0];
  return p.type === 'element' && p.children[0]?.type === 'text' ? p.children[0].value : text;
}

/**
 * Bilingual title: the Chinese heading with its numbering, `·`, the English
 * heading without its numbering (the same position, said once) — e.g.
 * `（四）深化改革，区域发展竞争力进一步彰显 · Deepening reform and …`.
 */
export function outlinePlan(pub: Publication, languages: EditionLanguage): OutlinePlan {
  const headings: OutlineHeading[] = [];
  for (const block of pub.blocks) {
    if (block.kind !== 'heading') continue;
    const zh = block.zhText.trim();
    const en = block.enText ? curlyQuotes(block.enText.trim()) : undefined;
    const langs: Lang[] = languages === 'bilingual' ? ['zh', 'en'] : [languages];
    // a heading without English prints the Chinese in the English slot (behind a "pending" label)
    const sides = langs.map((lang) => ({ lang, text: lang === 'zh' ? zh : (en ?? zh) }));
    const title = languages === 'zh' ? zh : languages === 'en' ? (en ?? zh) : en ? `${zh} · ${en.replace(englishNumber, '')}` : zh;
    headings.push({ id: block.id, depth: block.depth ?? 2, title, sides });
  }
  const coverTitles = [pub.meta.zh.title, pub.meta.en?.title].filter((t): t is string => Boolean(t));
  return { headings, coverTitles };
}

/** Letters only (no digits: a footnote call inside a heading must not break the match). */
const key = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}]/gu, '');
const clean = (text: string): string => text.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

interface Entry {
  title: string;
  dest?: PDFObject;
  se?: PDFObject;
  level: number;
  kids: Entry[];
}

function decode(value: PDFObject | undefined): string {
  return value instanceof PDFHexString || value instanceof PDFString ? value.decodeText() : '';
}

/** Chromium's items in document order, and every item's ref (to delete). */
function readItems(doc: PDFDocument, root: PDFDict): { items: PDFDict[]; refs: PDFRef[] } {
  const items: PDFDict[] = [];
  const refs: PDFRef[] = [];
  const walk = (first: PDFObject | undefined): void => {
    let ref = first instanceof PDFRef ? first : undefined;
    while (ref) {
      const item = doc.context.lookup(ref, PDFDict);
      refs.push(ref);
      items.push(item);
      walk(item.get(PDFName.of('First')));
      const next = item.get(PDFName.of('Next'));
      ref = next instanceof PDFRef ? next : undefined;
    }
  };
  walk(root.get(PDFName.of('First')));
  return { items, refs };
}

/** Our entries, flat with levels, from Chromium's items and the plan. */
export function planEntries(titles: string[], plan: OutlinePlan): Array<{ index: number; title: string; level: number }> {
  const out: Array<{ index: number; title: string; level: number }> = [];
  const expected = plan.headings.flatMap((heading) => heading.sides.map((side, i) => ({ heading, side, first: i === 0 })));
  const coverKeys = plan.coverTitles.map(key).filter(Boolean);
  let next = 0;
  let coverDone = false;
  const open: number[] = []; // depths of the headings enclosing the next one
  titles.forEach((raw, index) => {
    const title = clean(raw);
    const want = expected[next];
    if (want && key(title).includes(key(want.side.text))) {
      next += 1;
      if (!want.first) return; // the other language of the same heading: one bookmark
      while (open.length > 0 && open.at(-1)! >= want.heading.depth) open.pop();
      out.push({ index, title: want.heading.title, level: open.length });
      open.push(want.heading.depth);
      return;
    }
    if (!coverDone && coverKeys.some((k) => key(title).startsWith(k))) {
      coverDone = true; // the cover needs no bookmark
      return;
    }
    open.length = 0; // contents, glossary, colophon: top level
    out.push({ index, title, level: 0 });
  });
  if (next < expected.length) {
    const { heading, side } = expected[next];
    throw new Error(`PDF outline: Chromium made no bookmark for heading ${heading.id} (${side.lang}) “${side.text}”; bookmarks: ${titles.map(clean).join(' | ')}`);
  }
  return out;
}

/** Replace Chromium's `/Outlines` with the book outline of `plan`. */
export function rewriteOutline(doc: PDFDocument, plan: OutlinePlan): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!root) {
    if (plan.headings.length === 0) return;
    throw new Error('PDF outline: Chromium wrote no /Outlines');
  }
  const { items, refs } = readItems(doc, root);
  const flat = planEntries(items.map((item) => decode(item.get(PDFName.of('Title')))), plan);
  const top: Entry[] = [];
  const stack: Entry[] = [];
  for (const { index, title, level } of flat) {
    const item = items[index];
    const entry: Entry = { title, dest: item.get(PDFName.of('Dest')), se: item.get(PDFName.of('SE')), level, kids: [] };
    stack.length = level;
    (stack.at(-1)?.kids ?? top).push(entry);
    stack.push(entry);
  }
  for (const ref of refs) doc.context.delete(ref);
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  for (const name of ['First', 'Last', 'Count']) root.delete(PDFName.of(name));
  if (top.length === 0) return;
  const level = writeLevel(doc, top, doc.context.getObjectRef(root) ?? doc.context.register(root));
  root.set(PDFName.of('First'), level.first);
  root.set(PDFName.of('Last'), level.last);
  root.set(PDFName.of('Count'), PDFNumber.of(level.visible));
}

/**
 * Writes `entries` as the children of `parent`: their refs and how many items
 * are visible under the parent when it is open (its `/Count`). Top-level entries
 * are open, so a chapter shows its sections; deeper entries are closed.
 */
function writeLevel(doc: PDFDocument, entries: Entry[], parent: PDFRef): { first: PDFRef; last: PDFRef; visible: number } {
  const refs = entries.map(() => doc.context.nextRef());
  let visible = 0;
  entries.forEach((entry, i) => {
    const dict = doc.context.obj({});
    dict.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
    dict.set(PDFName.of('Parent'), parent);
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]);
    if (i + 1 < refs.length) dict.set(PDFName.of('Next'), refs[i + 1]);
    if (entry.dest) dict.set(PDFName.of('Dest'), entry.dest);
    if (entry.se) dict.set(PDFName.of('SE'), entry.se);
    visible += 1;
    if (entry.kids.length > 0) {
      const kids = writeLevel(doc, entry.kids, refs[i]);
      const open = entry.level === 0;
      dict.set(PDFName.of('First'), kids.first);
      dict.set(PDFName.of('Last'), kids.last);
      // open: the items visible below it; closed: minus those that opening it would show
      dict.set(PDFName.of('Count'), PDFNumber.of(open ? kids.visible : -kids.visible));
      if (open) visible += kids.visible;
    }
    doc.context.assign(refs[i], dict);
  });
  return { first: refs[0], last: refs.at(-1)!, visible };
}
