/**
 * The PDF outline (bookmarks) as a book's: one entry per heading, nested by
 * heading level, the contents / glossary / colophon at the top level, no entry
 * for the cover. Headings only: a bold lead sentence is no entry (outline-plan.ts).
 *
 * Chromium (`page.pdf({ outline: true })`) makes one bookmark per heading
 * *element*, so a bilingual heading block (a Chinese `<h2>` and an English
 * `<h2>`) gives two sibling bookmarks, and the cover's `<h1>` becomes the parent
 * of everything. We keep the HTML as it is — two headings, each tagged in its
 * own language, which is right for screen readers and the structure tree — and
 * rewrite `/Outlines` after printing: the publication says which entries there
 * are, their depth and titles (outline-plan.ts); Chromium's bookmarks say where
 * each heading landed (`/Dest`, and `/SE`, the structure element, kept).
 * Bookmarks are matched in order by their text; a heading
 * without its bookmark is an error, never a silently flat outline.
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import type { OutlinePlan } from './outline-plan.ts';

export type { OutlinePlan } from './outline-plan.ts';

/** Letters only (no digits: a footnote call inside a heading must not break the match). */
const key = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}]/gu, '');
const clean = (text: string): string => text.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

/** One entry of the new outline: a Chromium bookmark (`item`, its index in document order). */
export interface FlatEntry {
  title: string;
  level: number;
  item: number;
}

/** Our entries, flat with levels, from Chromium's bookmark titles (document order) and the plan. */
export function planEntries(titles: string[], plan: OutlinePlan): FlatEntry[] {
  const out: FlatEntry[] = [];
  const headings = plan.entries.flatMap((entry) => entry.sides.map((side, i) => ({ entry, side, first: i === 0 })));
  const coverKeys = plan.coverTitles.map(key).filter(Boolean);
  let next = 0; // next heading side to find
  let coverDone = false;
  const open: number[] = []; // depths of the headings enclosing the next entry
  titles.forEach((raw, item) => {
    const title = clean(raw);
    const want = headings[next];
    if (want && key(title).includes(key(want.side.text))) {
      next += 1;
      if (!want.first) return; // the other language of the same heading: one bookmark
      while (open.length > 0 && open.at(-1)! >= want.entry.depth) open.pop();
      out.push({ title: want.entry.title, level: open.length, item });
      open.push(want.entry.depth);
      return;
    }
    if (!coverDone && coverKeys.some((k) => key(title).startsWith(k))) {
      coverDone = true; // the cover needs no bookmark
      return;
    }
    open.length = 0; // contents, glossary, colophon: top level
    out.push({ title, level: 0, item });
  });
  if (next < headings.length) {
    const { entry, side } = headings[next];
    throw new Error(`PDF outline: Chromium made no bookmark for heading ${entry.id} (${side.lang}) “${side.text}”; bookmarks: ${titles.map(clean).join(' | ')}`);
  }
  return out;
}

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

/** Chromium's bookmarks in document order, and every one's ref (to delete). */
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

/** Replace Chromium's `/Outlines` with the book outline of `plan`. */
export function rewriteOutline(doc: PDFDocument, plan: OutlinePlan): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!root) {
    if (plan.entries.length === 0) return;
    throw new Error('PDF outline: Chromium wrote no /Outlines');
  }
  const { items, refs } = readItems(doc, root);
  const flat = planEntries(items.map((item) => decode(item.get(PDFName.of('Title')))), plan);
  const top: Entry[] = [];
  const stack: Entry[] = [];
  for (const { title, level, item } of flat) {
    const from = items[item];
    const entry: Entry = {
      title,
      level,
      dest: from.get(PDFName.of('Dest')),
      se: from.get(PDFName.of('SE')),
      kids: [],
    };
    stack.length = level;
    (stack.at(-1)?.kids ?? top).push(entry);
    stack.push(entry);
  }
  for (const ref of refs) doc.context.delete(ref);
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  for (const name of ['First', 'Last', 'Count']) root.delete(PDFName.of(name));
  if (top.length === 0) return;
  const written = writeLevel(doc, top, doc.context.getObjectRef(root) ?? doc.context.register(root));
  root.set(PDFName.of('First'), written.first);
  root.set(PDFName.of('Last'), written.last);
  root.set(PDFName.of('Count'), PDFNumber.of(written.visible));
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
