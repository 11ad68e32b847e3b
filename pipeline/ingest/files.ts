/**
 * Files as government sites publish them: a Word document (.docx, or an old
 * .doc/.wps) or a PDF is turned into what the existing paths read — HTML
 * (docx.ts, doc.ts) or a PDF text dump (pdf.ts) — and ingested; anything else
 * goes to `ingest` as it is (text and HTML; RTF or a scan is refused there or
 * here with what to do).
 * Async, unlike `ingest`: the three readers are.
 */
import { VFile } from 'vfile';
import { fileKind } from './decode.ts';
import { docHtml } from './doc.ts';
import { DocxError, docxHtml } from './docx.ts';
import { ingest, type IngestOptions, type IngestResult } from './index.ts';
import { PdfError, pdfText } from './pdf.ts';
import { inReadingOrder, SOURCE } from './messages.ts';

/** Largest .docx or PDF accepted, in bytes: their fonts and images weigh far more than the text (a 47-page report printed with its CJK fonts: 0.8 MB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** (What a file is by its bytes: decode.ts, beside the signatures it refuses.) */
export { fileKind, type FileKind } from './decode.ts';

/**
 * Any input `ingest` takes, and .docx and PDF files. For those, `extracted` holds
 * the HTML or text the report was read from (messages' lines are its lines: a
 * docx paragraph, a PDF dump line, whose page `pageOfLine` gives).
 */
export async function ingestFile(input: Uint8Array, options: Readonly<IngestOptions>): Promise<IngestResult> {
  const kind = fileKind(input);
  if (kind === undefined) return ingest(input, options);
  const file = new VFile({ path: options.fileName });
  if (input.length > MAX_FILE_BYTES) {
    file.fail(`Unexpected input of ${(input.length / 1024 / 1024).toFixed(1)} MB, expected at most ${MAX_FILE_BYTES / 1024 / 1024} MB (one report as .docx or PDF)`, { place: { line: 1, column: 1 }, ruleId: 'too-large', source: SOURCE });
  }
  if (kind === 'docx' || kind === 'doc') {
    let read;
    try {
      read = kind === 'doc' ? await docHtml(input) : await docxHtml(input);
    } catch (error) {
      if (error instanceof DocxError) file.fail(error.message, { place: { line: error.paragraph ?? 1, column: 1 }, ruleId: error.ruleId, source: SOURCE });
      throw error;
    }
    const html = Buffer.from(read.html, 'utf8');
    const result = ingest(html, { ...options, format: 'html' });
    for (const n of read.notices) {
      const place = { line: n.paragraph, column: 1 };
      if (n.severity === 'info') result.file.info(n.reason, { place, ruleId: n.ruleId, source: SOURCE });
      else result.file.message(n.reason, { place, ruleId: n.ruleId, source: SOURCE });
    }
    inReadingOrder(result.file);
    return { ...result, summary: { ...result.summary, from: kind }, extracted: { kind, ext: 'html', text: read.html } };
  }
  let read;
  try {
    read = await pdfText(input);
  } catch (error) {
    if (error instanceof PdfError) file.fail(error.page ? `${error.message} (page ${error.page})` : error.message, { place: { line: 1, column: 1 }, ruleId: error.ruleId, source: SOURCE });
    throw error;
  }
  const pageHeads = read.furniture.filter((f) => f.where === 'header').map((f) => ({ text: f.text, line: firstLineOf(read.pageOfLine, f.page), column: 1 }));
  const result = ingest(Buffer.from(read.text, 'utf8'), { ...options, format: 'text', structures: read.structures, pageHeads });
  for (const f of read.furniture) {
    const why = f.why === 'running-head' ? 'in type smaller than the text, spread across the top of the page' : `repeated at the ${f.where === 'header' ? 'top' : 'foot'} of its pages`;
    result.file.info(`Removed the PDF's running ${f.where} on page ${f.page}: “${f.text}” (${why})`, {
      place: { line: firstLineOf(read.pageOfLine, f.page), column: 1 },
      ruleId: 'pdf-furniture',
      source: SOURCE,
    });
  }
  for (const t of read.continuedTables ?? []) {
    result.file.info(`Read the table at the top of page ${t.page} as the rest of the table the page before ended with; its header row, repeated there (“${t.header}”), left out`, {
      place: { line: t.line, column: 1 },
      ruleId: 'pdf-table',
      source: SOURCE,
    });
  }
  for (const c of read.columns) {
    result.file.info(`Read page ${c.page}'s two columns one after the other (the left column's lines, then the right column's; the lines as printed side by side are in source.pdf.txt's order)`, {
      place: { line: c.line, column: 1 },
      ruleId: 'pdf-columns',
      source: SOURCE,
    });
  }
  if (read.imagePages.length > 0) {
    result.file.message(
      `Unexpected page(s) without text in the PDF (${read.imagePages.join(', ')}): scanned images, and ingest does not do OCR — whatever they show is not in zh.md; if it is the report's text, type it in or ingest another copy`,
      { place: { line: firstLineOf(read.pageOfLine, read.imagePages[0]), column: 1 }, ruleId: 'pdf-scanned-page', source: SOURCE },
    );
  }
  inReadingOrder(result.file);
  return { ...result, summary: { ...result.summary, from: 'pdf', pages: read.pages }, extracted: { kind, ext: 'txt', text: read.shown, pageOfLine: read.pageOfLine } };
}

/** The dump's first line on a page (or the line before it, for a page left empty). */
function firstLineOf(pageOfLine: readonly number[], page: number): number {
  const at = pageOfLine.findIndex((p) => p >= page);
  return at < 0 ? Math.max(1, pageOfLine.length) : at + 1;
}
