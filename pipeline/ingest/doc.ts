/**
 * An old Word document (.doc, Word 97–2003; WPS's .wps is the same binary
 * format) as downloaded → HTML for the HTML path, as docx.ts does for a .docx:
 * word-extractor (pure JS, MIT) reads the OLE file and its piece table — the
 * text of the body, the footnotes, the endnotes, the headers and footers, with
 * tracked deletions taken out — and this module reads what it leaves: where the
 * notes are called (the body's note marks), the tables (cell marks, one <tr>
 * per row), the automatic numbering of the paragraphs (doc-numbers.ts: 一、
 * （一） 1. as Word prints them) and the heading styles (<h1>…<h9>). One line
 * per paragraph, so a message's line is the paragraph's number in the document.
 *
 * Every character of the body and the notes comes through (only Word's
 * control marks go); the page headers and footers are left out and said, as
 * are comments, pictures and drawn objects.
 */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type WordOleExtractor from 'word-extractor/lib/word-ole-extractor.js';
import { commentsNotice, DocxError, furnitureNotice, NOTES_HEADING, numberingNotice, type DocxHtml, type DocxNotice } from './docx.ts';
import { readNumbering, type DocNumbering } from './doc-numbers.ts';

/** A piece of the document's text (word-extractor's piece table; its type in word-extractor.d.ts). */
type Piece = WordOleExtractor.Piece;

export async function docHtml(input: Uint8Array): Promise<DocxHtml> {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  // word-extractor is loaded on first use (as pdf.js is): only a .doc needs it.
  const { default: WordOleExtractor } = await import('word-extractor/lib/word-ole-extractor.js');
  const { default: BufferReader } = await import('word-extractor/lib/buffer-reader.js');
  /** word-extractor's OLE extractor, keeping the OLE file it opened and its WordDocument stream (for the table stream). */
  class Extractor extends WordOleExtractor {
    wordDocument?: Buffer;
    ole?: unknown;
    override documentStream(document: unknown, name: string): Promise<unknown> {
      this.ole = document;
      return super.documentStream(document, name);
    }
    override extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown> {
      this.wordDocument = buffer;
      return super.extractWordDocument(document, buffer);
    }
  }
  const extractor = new Extractor();
  const reader = new BufferReader(bytes);
  try {
    await reader.open();
    await extractor.extract(reader);
  } catch (error) {
    const message = (error as Error).message;
    if (!extractor.ole) throw new DocxError(`Unexpected damaged .doc: it is not a readable OLE compound file (${message}); download it again, or open it in Word or WPS and save it as .docx or PDF`, 'doc-damaged');
    if (!extractor.wordDocument) {
      throw new DocxError('Unexpected OLE file that is not a Word document (no WordDocument stream: an Excel or PowerPoint file?); ingest takes a .doc, .docx, PDF, or the report as text or HTML', 'binary');
    }
    throw new DocxError(`Unexpected damaged .doc: ${message}; open it in Word or WPS and save it again as .docx or PDF`, 'doc-damaged');
  }
  const word = extractor.wordDocument!;
  if (word.readUInt16LE(2) < 0xc1) throw new DocxError('Unexpected Word 6 or Word 95 document (older than Word 97): ingest reads Word 97–2003 .doc files; open it in Word or WPS and save it as .docx or PDF', 'doc-old');
  const flags = word.readUInt16LE(0x0a);
  if (flags & 0x0100) throw new DocxError('Unexpected password-protected .doc: ingest cannot open it; open it in Word or WPS with its password and save it without one (as .docx or PDF)', 'doc-encrypted');
  const table = await extractor.streamBuffer(await extractor.documentStream(extractor.ole, flags & 0x0200 ? '1Table' : '0Table'));

  const pieces = extractor._pieces;
  const b = extractor._boundaries;
  const range = (start: number, length: number) => textRange(pieces, start, start + length);
  const body = range(0, b.ccpText);
  let at = b.ccpText;
  const footnotes = range(at, b.ccpFtn);
  at += b.ccpFtn;
  const headers = range(at, b.ccpHdd);
  at += b.ccpHdd;
  const annotations = range(at, b.ccpAtn);
  at += b.ccpAtn;
  const endnotes = range(at, b.ccpEdn);
  at += b.ccpEdn;
  const textBoxes = range(at, b.ccpTxbx);

  // The body's paragraphs: each ends with its mark (\r; \n where word-extractor marked a table row's end; \f a page or section break).
  const paragraphs: Array<{ start: number; mark: number }> = [];
  for (let cp = 0, start = 0; cp <= body.length; cp++) {
    if (cp < body.length && !/[\r\n\f]/.test(body[cp])) continue;
    if (cp > start || cp < body.length) paragraphs.push({ start, mark: cp });
    start = cp + 1;
  }
  let numbering: DocNumbering;
  try {
    numbering = readNumbering(word, table, paragraphs, (cp) => filePos(pieces, cp));
  } catch (error) {
    throw new DocxError(`Unexpected damaged .doc: its paragraph or list tables cannot be read (${(error as Error).message}); open it in Word or WPS and save it again as .docx`, 'doc-damaged');
  }

  const notices: DocxNotice[] = [];
  const notes = notesInCallOrder(body, noteTexts(footnotes), noteTexts(endnotes), noteRefs(word, table, 2), noteRefs(word, table, 46));
  const nodes: Array<Element | string> = [];
  let rows: Element[] = [];
  const objects: number[] = [];
  let numbered = 0;
  let called = 0;
  const call = () => ++called;
  const flushTable = () => {
    if (rows.length > 0) nodes.push(h('table', rows), '\n');
    rows = [];
  };
  paragraphs.forEach((p, i) => {
    const raw = body.slice(p.start, p.mark);
    if (/[\x01\x08]/.test(raw)) objects.push(i + 1);
    if (raw.includes('\x07')) {
      // A table row: each cell ends with \x07 (the row's own end mark is the \n word-extractor wrote).
      const cells = raw.split('\x07');
      if (cells.at(-1) === '') cells.pop();
      rows.push(h('tr', cells.map((cell) => h('td', inline(cell, call)))));
      return;
    }
    flushTable();
    const { label, heading } = numbering.paragraphs[i];
    if (label) numbered++;
    nodes.push(h(heading ? `h${heading}` : 'p', label || undefined, inline(raw, call)), '\n');
  });
  flushTable();
  // Text boxes are a story of their own, with no place in the body's text that this reader knows: kept after the body, said.
  const boxed = textBoxes.split(/[\r\n\f]/).map((l) => inline(l, call)).filter((c) => c.some((n) => typeof n === 'string' && n.trim() !== ''));
  if (boxed.length > 0) {
    for (const children of boxed) nodes.push(h('p', children), '\n');
    notices.push({ paragraph: paragraphs.length + 1, reason: `Unexpected ${boxed.length} paragraph(s) in text boxes: kept after the body's last paragraph (a .doc keeps them apart from the text); move them to their place in zh.md`, ruleId: 'doc-text-box', severity: 'warning' });
  }
  // Each note mark of the body is a footnote's or an endnote's call, by its position (PlcffndRef, PlcfendRef); else in order, footnotes first, said.
  if (!notes.placed || (called !== notes.texts.length && notes.texts.length > 0)) {
    notices.push({ paragraph: 1, reason: `Unexpected ${notes.texts.length} note(s) in the document and ${called} note call(s) in its text that its tables do not match: the notes are linked in order, footnotes first; check that each is called where the document calls it`, ruleId: 'doc-notes', severity: 'warning' });
  }
  if (notes.texts.length > 0) {
    nodes.push(h('h2', NOTES_HEADING), '\n');
    notes.texts.forEach((note, i) => nodes.push(h('p', `[${i + 1}]${note}`), '\n'));
  }

  if (objects.length > 0) {
    notices.push({
      paragraph: objects[0],
      reason: `Unexpected ${objects.length} picture(s), drawing(s) or text box(es) anchored in the document (paragraph${objects.length > 1 ? 's' : ''} ${objects.join(', ')}): a picture or drawing is not carried over — zh.md holds the report's text (a text box's text is, after the body: doc-text-box); add what they show by hand if it is the report's (a chart's figures as a table)`,
      ruleId: 'doc-object',
      severity: 'warning',
    });
  }
  if (numbered > 0) notices.push(numberingNotice(numbered, 'doc-numbering'));
  // word-extractor blanks tracked deletions to NUL.
  const deleted = body.split('\x00').length - 1;
  if (deleted > 0) notices.push({ paragraph: 1, reason: `Read the document with its tracked changes accepted: ${deleted} deleted character(s) left out, insertions kept`, ruleId: 'doc-tracked-changes', severity: 'info' });
  const furniture = furnitureNotice(furnitureLines(headers), 'doc-header-footer');
  if (furniture) notices.push(furniture);
  // The comments story holds every comment, each opening with its mark (wherever its anchor is): they are counted there.
  if (/[\p{L}\p{N}]/u.test(annotations)) {
    const marked = annotations.includes('\x05');
    notices.push(commentsNotice(marked ? storyEntries(annotations, '\x05') : storyEntries(`\x05${annotations}`, '\x05'), 'doc-comments', marked));
  }

  const html = toHtml(h(null, nodes));
  return { html: `<!doctype html><html><head><meta charset="utf-8"></head><body>${html}</body></html>\n`, notices };
}

/** The text between two character positions, across pieces (tracked deletions already blanked to NUL by word-extractor). */
function textRange(pieces: readonly Piece[], start: number, end: number): string {
  let out = '';
  for (const piece of pieces) {
    if (piece.endCp <= start || piece.startCp >= end) continue;
    out += piece.text.slice(Math.max(0, start - piece.startCp), Math.min(piece.text.length, end - piece.startCp));
  }
  return out;
}

/** Where a character is in the WordDocument stream (the paragraph properties are keyed by it). */
function filePos(pieces: readonly Piece[], cp: number): number | undefined {
  const piece = pieces.find((p) => p.startCp <= cp && cp < p.endCp);
  return piece ? piece.startFilePos + (cp - piece.startCp) * piece.bpc : undefined;
}

/** A paragraph's text as HTML: fields read as their result, note marks as <sup>[n]</sup>, line breaks as <br>, Word's other marks out. */
function inline(raw: string, call: () => number): Array<Element | string> {
  const out: Array<Element | string> = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push(buffer);
    buffer = '';
  };
  const fields = withoutFieldCodes(raw);
  for (const c of fields) {
    if (c === '\x02') {
      flush();
      out.push(h('sup', `[${call()}]`));
    } else if (c === '\x0b') {
      flush();
      out.push(h('br'));
    } else if (c === '\x1e') buffer += '-';
    else if (c === '\xa0') buffer += ' ';
    else if (c >= ' ' || c === '\t') buffer += c;
    // NUL (a tracked deletion), \x01 \x08 (pictures, drawn objects), \x05 (comment mark), \x1f (optional hyphen), \x07: out
  }
  flush();
  return out;
}

/** `\x13 code \x14 result \x15` → result (nested fields too); a field with no result → nothing. */
function withoutFieldCodes(raw: string): string {
  let out = '';
  const stack: Array<'code' | 'result'> = [];
  for (const c of raw) {
    if (c === '\x13') stack.push('code');
    else if (c === '\x14') {
      if (stack.length) stack[stack.length - 1] = 'result';
    } else if (c === '\x15') stack.pop();
    else if (stack.length === 0 || stack.every((s) => s === 'result')) out += c;
  }
  return out;
}

/** A notes story → one text per note: each note opens with its \x02 mark and runs to the next. */
function noteTexts(story: string): string[] {
  if (!story.includes('\x02')) return [];
  return storyEntries(story, '\x02');
}

/** A story of notes (\x02) or comments (\x05) → one text per entry: each opens with its mark and runs to the next. */
function storyEntries(story: string, mark: string): string[] {
  return story
    .split(mark)
    .slice(1)
    .map((entry) =>
      withoutFieldCodes(entry)
        .replace(/[\r\n\x0b\f]+/g, ' ')
        .replace(/[\x00-\x08\x0e-\x1f]/g, '')
        .trim(),
    );
}

/** The character positions of the body's footnote (FIB index 2, PlcffndRef) or endnote (46, PlcfendRef) calls. */
function noteRefs(word: Buffer, table: Buffer, index: number): number[] {
  const fc = word.readUInt32LE(0x9a + index * 8);
  const lcb = word.readUInt32LE(0x9a + index * 8 + 4);
  if (lcb < 4) return [];
  const n = (lcb - 4) / 6; // n + 1 CPs, n two-byte FRDs
  return Array.from({ length: n }, (_, i) => table.readUInt32LE(fc + i * 4));
}

/** The notes in the order the body calls them: each note mark found among the footnote or endnote calls by its position. */
function notesInCallOrder(body: string, footnotes: string[], endnotes: string[], footRefs: number[], endRefs: number[]): { texts: string[]; placed: boolean } {
  const marks: number[] = [];
  for (let cp = body.indexOf('\x02'); cp >= 0; cp = body.indexOf('\x02', cp + 1)) marks.push(cp);
  const texts: string[] = [];
  for (const cp of marks) {
    const f = footRefs.indexOf(cp);
    const e = endRefs.indexOf(cp);
    const note = f >= 0 ? footnotes[f] : e >= 0 ? endnotes[e] : undefined;
    if (note === undefined) return { texts: [...footnotes, ...endnotes], placed: false };
    texts.push(note);
  }
  if (texts.length !== footnotes.length + endnotes.length) return { texts: [...footnotes, ...endnotes], placed: false };
  return { texts, placed: true };
}

/** The header and footer stories' lines with text, fields as `{PAGE}`. */
function furnitureLines(story: string): string[] {
  const shown = story.replace(/\x13\s*(\w+)[^\x14\x15]*(?:\x14[^\x15]*)?\x15/g, '{$1}');
  return shown
    .split(/[\r\n\f]/)
    .map((l) => l.replace(/[\x00-\x08\x0e-\x1f]/g, '').trim())
    .filter((l) => /[\p{L}\p{N}]/u.test(l));
}
