/**
 * An official English translation as it is published — a page of english.www.gov.cn, Xinhua, China
 * Daily, a province's English site, or its text saved to a file — read the way ingest reads a report
 * page: the same decoder (UTF-8 ± BOM, UTF-16, a declared charset), the same HTML → lines (the same
 * site chrome dropped, and reported here when it holds English too), then:
 *
 * - a line with Chinese in it is the page's furniture (a Chinese site's menu, its byline, the Chinese
 *   speaker line over the English), left out and reported at its line;
 * - the English title block (Report on the Work of the Government / Delivered at … / Li Keqiang /
 *   Premier of the State Council) is read as ingest reads a bilingual edition's (twins.ts
 *   `readTitleTwin`), among the first lines;
 * - a line without a letter (a dateline "26/1/2005 10:38", a page number) is the page's too, left out and reported;
 * - the page's headline printed again over the title block (REPORT ON THE WORK OF THE GOVERNMENT twice), or naming it
 *   with a few words more ("Report on the Work of the Jiaxing Municipal Government(2025)"), is left out and reported; an occasion printed after the speaker and without "Delivered" ("at the Third Session / of the
 *   Twelfth Shanghai Municipal People’s Congress / on January 18, 2005", Eastday 2005) is read with the title block;
 * - every other line is a paragraph or a heading of the translation, with its line:column.
 *
 * A Word file or a PDF is refused with what to do: `align` reads web pages and text.
 */
import { DecodeError, decode, fileKind } from '../ingest/decode.ts';
import { htmlLines, looksLikeHtml } from '../ingest/html.ts';
import { textLines } from '../ingest/lines.ts';
import { isStructureToken, takeStructures, type Place, type TakenStructures } from '../ingest/structures.ts';
import { isEnglish, readTitleTwin, type TitleTwin } from '../ingest/twins.ts';

/** An English salutation: a few words in capitals and a comma or colon ("Fellow Deputies,", "Dear Members:"). */
const SALUTATION = /^(?:[A-Z][a-z]+ ){0,3}(?:Deputies|Delegates|Members|Representatives|Colleagues)[,:]$/;

export interface EnglishParagraph {
  text: string;
  line: number;
  column: number;
  /** opens with a list mark (a bullet left out, or a dash kept): an item, never the run-on of the paragraph before */
  item?: boolean;
  /** a table or a list of the page (HTML `<table>` of data, `<ul>`/`<ol>`), its text the cells' or items' run together */
  structure?: EnglishStructure;
}

/** A cell of the page's table: its text, its place (line, column in the page), its grid column (0-based) and spans. */
export interface EnglishCell extends Place {
  text: string;
  gridColumn: number;
  rowSpan: number;
  colSpan: number;
}

export type EnglishStructure =
  /** rows of the cells the page prints (a position another cell spans over holds none) */
  | { kind: 'table'; caption?: string; rows: EnglishCell[][] }
  | { kind: 'list'; ordered: boolean; items: EnglishParagraph[] };

export interface LeftOut extends EnglishParagraph {
  /** `chinese`: a line of the page in Chinese; `chrome`: site chrome the HTML reader drops (a menu, a footer) */
  why: 'chinese' | 'chrome';
  /** for chrome: the element, e.g. `<div class="footer">` */
  label?: string;
}

export interface EnglishPage {
  /** a text file's lines wrapped at a width, read as paragraphs: how many lines were joined into how many paragraphs */
  unwrapped?: { lines: number; paragraphs: number };
  format: 'html' | 'text';
  encoding: string;
  /** the page's canonical URL, when it names one */
  source?: string;
  title?: TitleTwin;
  paragraphs: EnglishParagraph[];
  leftOut: LeftOut[];
}

/** Why a file cannot be read as an English page; the message is user-facing. */
export class EnglishPageError extends Error {
  constructor(
    message: string,
    readonly ruleId: string,
  ) {
    super(message);
    this.name = 'EnglishPageError';
  }
}

/** How many English lines from the top the title block may start after (a "Full text:" line, a dateline). */
const TITLE_WITHIN = 4;
/** A site's stamp: its label (a date, the source, a count of views, the editor), a colon and a short value, no sentence. */
const STAMP_LINE = /^(?:release date|date|published(?: on)?|publish(?:ed)? time|updated(?: on)?|posted(?: on)?|time|source|from|views|clicks|editor|author|written by)\s*[:：]\s*[^.!?]{1,60}$/i;

export function readEnglishPage(input: Uint8Array, fileName: string): EnglishPage {
  const kind = fileKind(input);
  if (kind) {
    throw new EnglishPageError(
      `Unexpected ${kind === 'pdf' ? 'PDF' : 'Word'} file, expected the English as a web page (.html) or text: save the page (or copy its text into a .txt file) and align that`,
      'align-format',
    );
  }
  const html = looksLikeHtml(fileName, input);
  let decoded;
  try {
    decoded = decode(input, { html });
  } catch (error) {
    if (error instanceof DecodeError) throw new EnglishPageError(error.message, error.ruleId);
    throw error;
  }
  const leftOut: LeftOut[] = [];
  let lines: EnglishParagraph[];
  let source: string | undefined;
  let taken: TakenStructures = { structures: [] };
  if (html) {
    // tables of data and lists are taken whole (ingest's structures.ts, for Latin text), each one line at its place
    const read = htmlLines(decoded.text, (tree) => (taken = takeStructures(tree, { script: /[A-Za-z]/, quotes: false, callsInCells: true })), /[\p{Script=Han}A-Za-z]/u);
    source = read.meta.source;
    lines = read.lines.map((l) => ({ text: l.text, line: l.line, column: l.column }));
    leftOut.push(...read.dropped.map((d) => ({ text: d.text, line: d.line, column: d.column, why: 'chrome' as const, label: d.label })));
  } else {
    lines = textLines(decoded.text).map((l) => ({ text: l.text, line: l.line, column: l.column }));
  }
  const english: EnglishParagraph[] = [];
  const afterBlank = new Set<EnglishParagraph>();
  let blank = false;
  for (const l of lines) {
    const text = l.text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    if (text === '') {
      blank = true;
      continue;
    }
    if (isStructureToken(text)) {
      const structure = englishStructure(taken.structures[Number(/\d+/.exec(text)![0])], l);
      if (structure) english.push({ ...l, text: structureText(structure), structure });
      blank = false;
      continue;
    }
    if (blank) afterBlank.add(l);
    blank = false;
    if (/\p{Script=Han}/u.test(text)) leftOut.push({ ...l, text, why: 'chinese' });
    else if (isEnglish(text)) {
      // a bullet before an item (Eastday's "*Stable and sound economic growth …") is the page's list mark, not text
      const mark = /^([*•·▪●◆■])\s*/.exec(text);
      if (mark) leftOut.push({ text: mark[1], line: l.line, column: l.column + l.text.indexOf(mark[1]), why: 'chrome', label: 'a list mark before the item' });
      const p = { ...l, text: mark ? text.slice(mark[0].length) : text, ...(mark ? { item: true } : /^[–—-]\s/.test(text) ? { item: true } : {}) };
      if (afterBlank.has(l)) afterBlank.add(p);
      english.push(p);
    }
    else leftOut.push({ ...l, text, why: 'chrome', label: /\d/.test(text) ? 'a line without a word (a dateline, a page number)' : undefined });
  }
  // A headline stamped with its date after a bar ("Report on the Work of the Supreme People's Procuratorate| November
  // 29, 2023", en.spp.gov.cn): the date is the page's, left out and reported at its column.
  for (const p of english.slice(0, TITLE_WITHIN)) {
    const stamp = /\s*\|\s*((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s*\d{4}|\d{4}-\d{1,2}-\d{1,2})\s*$/.exec(p.text);
    if (!stamp || stamp.index === 0) continue;
    leftOut.push({ text: stamp[1], line: p.line, column: p.column + stamp.index + stamp[0].indexOf(stamp[1]), why: 'chrome', label: 'a date stamped on the headline' });
    p.text = p.text.slice(0, stamp.index);
  }
  // A site's stamp line among the first lines — a label and its value, no sentence ("Release date:2025-03-20 10:22",
  // jiaxing.gov.cn; "Date: 2023-01-29", "Source: Beijing Foreign Affairs Office", "Views: 1") — is the page's, left out
  // and reported (new user round 18: "Release date:…" was taken for English before the text).
  for (const p of english.slice(0, TITLE_WITHIN + 2)) {
    if (!STAMP_LINE.test(p.text)) continue;
    leftOut.push({ ...p, why: 'chrome', label: 'the page’s stamp (a date, a source, a count)' });
    english.splice(english.indexOf(p), 1);
  }
  // The title block, among the first lines (a "Full text:" line or a dateline may come first: they stay paragraphs, and are reported if nothing takes them).
  // (new user round 20) Further down only where the salutation follows the block: a site's menu of six lines over it.
  const salutationAt = english.findIndex((l) => SALUTATION.test(l.text));
  for (let start = 0; start < Math.min(Math.max(TITLE_WITHIN, salutationAt), english.length); start++) {
    const read = readTitleTwin(english.slice(start));
    const twin = read.twin;
    if (start >= TITLE_WITHIN && !SALUTATION.test(read.rest[0]?.text ?? '')) continue;
    // (new user round 20) a title alone is the title block where the salutation follows it ("Report on the Work of the
    // Supreme People's Court" / "Fellow Deputies,", en.chinacourt.org 2014: no occasion, no speaker printed)
    if (!twin || (!twin.occasion && !twin.speaker && !(twin.title && SALUTATION.test(read.rest[0]?.text ?? '')))) continue;
    const { paragraphs: rest, unwrapped } = unwrapText(twin.occasion ? read.rest : occasionAfter(twin, read.rest));
    // the page's headline over the title block: its title again, or a line naming it ("Full text of the Report on the
    // Work of the Guangdong Government (2024)", "Governor Ma Delivers Report on the Work of the Government")
    const before = english.slice(0, start).filter((l) => {
      if (!twin.title || !namesTitle(l.text, twin.title)) return true;
      leftOut.push({ ...l, why: 'chrome', label: squash(l.text) === squash(twin.title) ? 'the page’s headline, the title again' : 'the page’s headline, naming the report' });
      return false;
    });
    return { format: html ? 'html' : 'text', encoding: decoded.encoding, source, title: twin, paragraphs: [...before, ...rest], leftOut: sorted(leftOut), ...(unwrapped && { unwrapped }) };
  }
  const { paragraphs, unwrapped } = unwrapText(english);
  return { format: html ? 'html' : 'text', encoding: decoded.encoding, source, paragraphs, leftOut: sorted(leftOut), ...(unwrapped && { unwrapped }) };

  /**
   * A text file wrapped at a width (the page's source as saved, a mail): a line that does not end a sentence runs on
   * into the next when that one opens in lower case or — in a file wrapped at a width, where 40% of the lines reach
   * near it (60% of the longest line) without ending a sentence — the line reaches near the width.
   * A blank line always ends a paragraph; a line ending a sentence always does (its paragraph may go on in the page —
   * a text file cannot say, and the aligner joins such halves). HTML paragraphs are the page's own: never joined.
   */
  function unwrapText(list: EnglishParagraph[]): Pick<EnglishPage, 'paragraphs' | 'unwrapped'> {
    if (html || list.length < 2) return { paragraphs: list };
    const width = Math.max(...list.map((p) => p.text.length));
    const ends = (text: string) => /[.!?:;]["”’)\]]*$/.test(text);
    // wrapped at a width: many lines run to near it without ending a sentence (Eastday's source: 18 of 30), not a few headings
    const wrapped = list.filter((p) => p.text.length >= 0.6 * width && !ends(p.text)).length >= 0.4 * list.length;
    const out: EnglishParagraph[] = [];
    let previous: EnglishParagraph | undefined;
    let joined = 0;
    for (const p of list) {
      const last = out.at(-1);
      const runsOn =
        last && previous && !afterBlank.has(p) && !p.item && !ends(previous.text) && (/^[a-z(]/.test(p.text) || (wrapped && previous.text.length >= 0.6 * width));
      if (runsOn) {
        out[out.length - 1] = { ...last, text: `${last.text} ${p.text}` };
        joined++;
      } else out.push(p);
      previous = p;
    }
    return { paragraphs: out, ...(joined > 0 && { unwrapped: { lines: out.length + joined, paragraphs: out.length } }) };
  }
}

const clean = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

/** A structure taken from the page as align reads it: cells with their places and grid columns, items as paragraphs. */
function englishStructure(structure: TakenStructures['structures'][number] | undefined, at: Place): EnglishStructure | undefined {
  if (structure?.kind === 'list') {
    return { kind: 'list', ordered: structure.ordered, items: structure.items.map((text, k) => ({ text: clean(text), ...(structure.places?.[k] ?? at) })) };
  }
  if (structure?.kind !== 'table') return undefined;
  const rows = structure.rows.map((row, r) =>
    // (a position the page's row leaves empty at its end, filled in to the table's width, is no cell of the page)
    row.flatMap((cell, c): EnglishCell[] => ('text' in cell && (structure.places?.[r]?.[c] || !structure.places) ? [{ text: clean(cell.text), gridColumn: c, rowSpan: cell.rowSpan, colSpan: cell.colSpan, ...(structure.places?.[r]?.[c] ?? at) }] : [])),
  );
  return { kind: 'table', ...(structure.caption ? { caption: clean(structure.caption) } : {}), rows };
}

/** A structure's text as one paragraph: its cells or items, in reading order. */
export function structureText(structure: EnglishStructure): string {
  return structure.kind === 'list' ? structure.items.map((i) => i.text).join(' ') : [structure.caption ?? '', ...structure.rows.flat().map((c) => c.text)].filter(Boolean).join(' ');
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** How many words a headline may add to the title's: the place, its level, the year ("Jiaxing Municipal", "(2025)"). */
const HEADLINE_EXTRA = 6;

/**
 * A headline naming the title: holding it ("Full text of the Report on the Work of the Government"), or its words in order
 * with a few more among them — "Report on the Work of the Jiaxing Municipal Government(2025)" over the title block's
 * "Report on the Work of the Government" (new user round 18, jiaxing.gov.cn: was English before the text).
 */
function namesTitle(line: string, title: string): boolean {
  if (squash(line).includes(squash(title))) return true;
  const words = (text: string) => squash(text).split(/[^a-z0-9’']+/).filter(Boolean);
  const [lineWords, titleWords] = [words(line), words(title)];
  let matched = 0;
  for (const word of lineWords) if (word === titleWords[matched]) matched++;
  return titleWords.length > 0 && matched === titleWords.length && lineWords.length - titleWords.length <= HEADLINE_EXTRA;
}

/**
 * An occasion printed after the speaker, without "Delivered": "at the Third Session / of the Twelfth Shanghai Municipal
 * People’s Congress / on January 18, 2005" — lines from one starting "at the" up to the one naming the year (at most 4),
 * read into the title block; the lines after are the rest.
 */
function occasionAfter(twin: TitleTwin, rest: EnglishParagraph[]): EnglishParagraph[] {
  if (!/^at the\b/i.test(rest[0]?.text ?? '')) return rest;
  const end = rest.slice(0, 4).findIndex((l) => /\b(?:19|20)\d\d\b/.test(l.text));
  const lines = rest.slice(0, end + 1);
  if (end < 0 || !/\b(?:Session|Congress|Meeting|Conference|Plenary)\b/.test(lines.map((l) => l.text).join(' '))) return rest;
  twin.occasion = lines.map((l) => l.text).join(' ');
  twin.lines.push(...lines);
  return rest.slice(end + 1);
}

function sorted(list: LeftOut[]): LeftOut[] {
  return list.sort((a, b) => a.line - b.line || a.column - b.column);
}
