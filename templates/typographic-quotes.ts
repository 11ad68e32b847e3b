/**
 * Typographic quotes for every edition: straight quotes (`"` `'`) in English text
 * become “ ” ‘ ’, as a publisher would set them. The editions call it on the
 * tree they compose from the shared components (HTML page, EPUB documents,
 * print documents), so they print the same quotes for the same source.
 *
 * The decision (opening or closing, apostrophe) is retext-smartypants's, read in
 * the whole text of a paragraph, heading, list item, cell… across its inline
 * elements, so a quote next to a bold lead, a term or a note call reads its
 * context; each quote is decided from the characters on either side when they
 * settle it (plainQuote: an apostrophe inside a word …), else on a window of its
 * neighbours in that text (curlByWindows: the same quote as the whole text gives,
 * faster), and a double quote opening before a mark (`"** Goose"`) opens, where
 * retext would close it (openBeforeMarks).
 * What it leaves alone:
 * - text that is not English (`lang` other than `en`): Chinese has its own “ ”
 *   already, and a straight quote in Chinese has no spaces to tell opening from
 *   closing; full-width marks (＂ ＇「」) are never touched;
 * - code, scripts and styles, and text that is a URL (the colophon's source link);
 * - the head (`<title>`): its text comes from displayPublication, already set.
 * The Chinese around English still counts as context. A note printed inline
 * (print: `span.footnote`) is text of its own, and the sentence goes on after it.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { englishMetaKeys } from '../pipeline/model/meta-keys.ts';
import type { Block, Meta, OutlineEntry, Publication } from '../pipeline/model/types.ts';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';

/** Quotes only: dashes, ellipses and backticks stay as the translator wrote them. */
const processor = retext().use(retextSmartypants, { quotes: true, dashes: false, ellipses: false, backticks: false });

/** Elements that continue the text around them (the others start a text of their own). */
const phrasing = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'i', 'mark', 'q', 'ruby', 'rp', 'rt', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);
/** Elements whose text is not prose. */
const verbatim = new Set(['code', 'kbd', 'pre', 'samp', 'script', 'style', 'template', 'textarea', 'head']);
const url = /^[a-z][a-z\d+.-]*:\/\/\S*$/i;

interface Segment {
  node: Text;
  /** English text (prose unless it is a URL): its quotes are set; the others are context only. */
  english: boolean;
}

/** Curl the straight quotes of the English text in `tree`, in place. */
export function typographicQuotes(tree: Root | Element): void {
  const runs: Segment[][] = [];
  const walk = (parent: Root | Element, lang: string | undefined, run: Segment[]): void => {
    for (const child of parent.children) {
      if (child.type === 'text') run.push({ node: child, english: lang === 'en' });
      else if (child.type === 'element') {
        if (verbatim.has(child.tagName)) continue;
        const own = typeof child.properties.lang === 'string' ? child.properties.lang : lang;
        if (child.tagName === 'br') run.push({ node: { type: 'text', value: '\n' }, english: false });
        else if (phrasing.has(child.tagName) && !isInlineNote(child)) walk(child, own, run);
        else {
          const inner: Segment[] = [];
          runs.push(inner);
          walk(child, own, inner);
        }
      }
    }
  };
  const top: Segment[] = [];
  runs.push(top);
  walk(tree, tree.type === 'element' && typeof tree.properties.lang === 'string' ? tree.properties.lang : undefined, top);
  for (const run of runs) setRun(run);
}

/** A note the print edition sets inside the sentence that calls it (`span.footnote`): its text starts afresh. */
function isInlineNote(element: Element): boolean {
  const className = element.properties.className;
  return Array.isArray(className) && className.includes('footnote');
}

function setRun(run: Segment[]): void {
  // Which segments are set: English, not a URL (asked only of a run with a quote to set).
  if (!run.some((segment) => segment.english && /["']/.test(segment.node.value))) return;
  const set = run.map((segment) => segment.english && !url.test(segment.node.value.trim()));
  if (!run.some((segment, index) => set[index] && /["']/.test(segment.node.value))) return;
  const text = run.map((segment) => segment.node.value).join('');
  const curled = curl(text);
  let at = 0;
  for (const [index, segment] of run.entries()) {
    const end = at + segment.node.value.length;
    if (set[index]) segment.node.value = curled.slice(at, end);
    at = end;
  }
}

/** Texts already set: each edition of a report sets the same paragraphs. */
const done = new Map<string, string>();

function curl(text: string): string {
  let out = done.get(text);
  if (out === undefined) {
    out = openBeforeMarks(text, curlByWindows(text));
    if (done.size > 20_000) done.clear();
    done.set(text, out);
  }
  return out;
}

/** Words (whitespace-separated) on either side of a quote that retext is given with it. */
const CONTEXT_WORDS = 3;
const straightQuote = /["']/g;
const latinLetter = /^[A-Za-z]$/;

/**
 * retext-smartypants's quotes for `text`, each decided on a window of the quote's
 * neighbours: the whitespace-separated words around it, CONTEXT_WORDS on either side
 * (the whole text when it is that short). retext decides a quote from the nodes next to
 * it in its sentence (the one before, the next two), so a window that holds those gives
 * the same quote as the whole paragraph — test/typographic-quotes.test.ts compares the
 * two on every English text of the repository's reports and on random texts. Parsing
 * whole paragraphs with retext took ~0.5 s of the long report's cold EPUB (its target is
 * 1.5 s); a window is a few words, and windows repeat (“three preventions”).
 */
export function curlByWindows(text: string): string {
  let result = text;
  for (const match of text.matchAll(straightQuote)) {
    const at = match.index;
    const known = plainQuote(match[0], text[at - 1], text[at + 1]);
    if (known) {
      result = `${result.slice(0, at)}${known}${result.slice(at + 1)}`;
      continue;
    }
    const start = windowStart(text, at);
    const end = windowEnd(text, at + 1);
    const decided = curlWindow(text.slice(start, end))[at - start];
    if (decided !== text[at]) result = `${result.slice(0, at)}${decided}${result.slice(at + 1)}`;
  }
  return result;
}

/**
 * The quote retext sets in the plain cases, decided from the characters on either side, without
 * parsing (most quotes of a report): an apostrophe inside a word (district's) is ’; a quote after
 * a letter and before a space, a mark that ends a phrase or the end closes (”, ’); a double quote
 * at the start or after a space and before a letter opens (“; a single one there may be 's, which
 * retext closes at a sentence's start). Anything else (a digit, a bracket, another quote next to
 * it) is left to retext. Tested equal to retext with the windows.
 */
function plainQuote(quote: string, before: string | undefined, after: string | undefined): string | undefined {
  const [open, close] = quote === '"' ? ['\u201c', '\u201d'] : ['\u2018', '\u2019'];
  const letterBefore = before !== undefined && latinLetter.test(before);
  const letterAfter = after !== undefined && latinLetter.test(after);
  if (quote === "'" && letterBefore && letterAfter) return close;
  if (letterBefore && (after === undefined || /^[\s.,;:!?)]$/.test(after))) return close;
  if (quote === '"' && (before === undefined || /^\s$/.test(before)) && letterAfter) return open;
  return undefined;
}

/** Where the window of a quote at `at` starts: after the CONTEXT_WORDS-th gap before it, or at 0. */
function windowStart(text: string, at: number): number {
  let index = at;
  for (let gaps = 0; index > 0; index -= 1) {
    if (/\s/.test(text[index - 1]) && !/\s/.test(text[index])) {
      gaps += 1;
      if (gaps > CONTEXT_WORDS) return index;
    }
  }
  return 0;
}

/** Where the window of a quote ending at `from` ends: before the CONTEXT_WORDS-th gap after it, or at the end. */
function windowEnd(text: string, from: number): number {
  let index = from;
  for (let gaps = 0; index < text.length; index += 1) {
    if (/\s/.test(text[index]) && (index === 0 || !/\s/.test(text[index - 1]))) {
      gaps += 1;
      if (gaps > CONTEXT_WORDS) return index;
    }
  }
  return text.length;
}

/** Windows already set (a report repeats its quoted terms). */
const windows = new Map<string, string>();

function curlWindow(window: string): string {
  let out = windows.get(window);
  if (out === undefined) {
    out = String(processor.processSync(window));
    // one quote for one quote: the offsets of the segments stay valid
    if (out.length !== window.length) throw new Error(`typographic quotes changed the length of “${window.slice(0, 40)}…”`);
    if (windows.size > 50_000) windows.clear();
    windows.set(window, out);
  }
  return out;
}

/** retext's quotes decided on the whole text at once (what curlByWindows must equal; for tests). */
export function curlWhole(text: string): string {
  return String(processor.processSync(text));
}

/**
 * retext-smartypants closes a double quote that a mark follows (`"** Goose"`, `"[...] plan"` → ”…): a straight quote
 * at the start or after a space or an opening bracket, with no space after it, opens (“).
 */
function openBeforeMarks(text: string, out: string): string {
  let fixed = out;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    if (out[i] !== '\u201d' || !(i === 0 || /[\s([{\u2014\u2013]/.test(text[i - 1])) || i + 1 >= text.length || /[\s"]/.test(text[i + 1])) continue;
    fixed = `${fixed.slice(0, i)}\u201c${fixed.slice(i + 1)}`;
  }
  return fixed;
}

/** The same for a line of text (a bookmark, a title) outside a tree. */
export function typographicQuotesOf(text: string): string {
  const node: Text = { type: 'text', value: text };
  typographicQuotes({ type: 'element', tagName: 'p', properties: { lang: 'en' }, children: [node as ElementContent] });
  return node.value;
}


const displayed = new WeakMap<Publication, Publication>();
const isDisplay = new WeakSet<Publication>();

/**
 * The publication as the editions show it: the English metadata (title, issuer,
 * occasion, notes…), each block's plain English (`enText`, which the EPUB's
 * document titles and the PDF's bookmarks read) and the outline's English with
 * their quotes set (typographicQuotesOf), as the body text is set in its tree.
 * Display only: the model keeps what the translator wrote (`"`, `'`), which check,
 * XLIFF and TMX read. Every renderer calls it where it starts (HTML page and
 * catalogue, EPUB, print document, PDF metadata and bookmarks), so the <title>, the
 * og tags and JSON-LD, the OPF's dc:title, the XHTML titles, the PDF's Info and
 * outline print the quotes the pages print. The input is not changed; the same
 * publication gives the same copy (and a copy gives itself).
 */
export function displayPublication(pub: Publication): Publication {
  if (isDisplay.has(pub)) return pub;
  let out = displayed.get(pub);
  if (out) return out;
  const blocks: Block[] = pub.blocks.map((block) => (block.enText && /["']/.test(block.enText) ? { ...block, enText: typographicQuotesOf(block.enText) } : block));
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const changed = blocks.some((block, i) => block !== pub.blocks[i]);
  out = {
    ...pub,
    meta: { zh: pub.meta.zh, ...(pub.meta.en ? { en: displayMeta(pub.meta.en) } : {}) },
    blocks,
    sections: changed
      ? pub.sections.map((sec) => ({ ...sec, heading: sec.heading && byId.get(sec.heading.id), blocks: sec.blocks.map((b) => byId.get(b.id) ?? b) }))
      : pub.sections,
    outline: pub.outline.map(displayOutline),
  };
  displayed.set(pub, out);
  isDisplay.add(out);
  return out;
}

function displayMeta(meta: Meta): Meta {
  const out: Meta = { ...meta };
  // Every English field of the front matter is shown to readers (title page, <title>, OPF, PDF Info, og tags, the notes' title…).
  for (const key of englishMetaKeys) {
    const value = out[key];
    if (typeof value === 'string' && /["']/.test(value)) out[key] = typographicQuotesOf(value);
  }
  return out;
}

function displayOutline(entry: OutlineEntry): OutlineEntry {
  return { ...entry, en: entry.en && /["']/.test(entry.en) ? typographicQuotesOf(entry.en) : entry.en, children: entry.children.map(displayOutline) };
}
