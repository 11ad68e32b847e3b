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
 * - every other line is a paragraph or a heading of the translation, with its line:column.
 *
 * A Word file or a PDF is refused with what to do: `align` reads web pages and text.
 */
import { DecodeError, decode, fileKind } from '../ingest/decode.ts';
import { htmlLines, looksLikeHtml } from '../ingest/html.ts';
import { textLines } from '../ingest/lines.ts';
import { isEnglish, readTitleTwin, type TitleTwin } from '../ingest/twins.ts';

export interface EnglishParagraph {
  text: string;
  line: number;
  column: number;
}

export interface LeftOut extends EnglishParagraph {
  /** `chinese`: a line of the page in Chinese; `chrome`: site chrome the HTML reader drops (a menu, a footer) */
  why: 'chinese' | 'chrome';
  /** for chrome: the element, e.g. `<div class="footer">` */
  label?: string;
}

export interface EnglishPage {
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
  if (html) {
    const read = htmlLines(decoded.text, undefined, /[\p{Script=Han}A-Za-z]/u);
    source = read.meta.source;
    lines = read.lines.map((l) => ({ text: l.text, line: l.line, column: l.column }));
    leftOut.push(...read.dropped.map((d) => ({ text: d.text, line: d.line, column: d.column, why: 'chrome' as const, label: d.label })));
  } else {
    lines = textLines(decoded.text).map((l) => ({ text: l.text, line: l.line, column: l.column }));
  }
  const english: EnglishParagraph[] = [];
  for (const l of lines) {
    const text = l.text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    if (text === '') continue;
    if (/\p{Script=Han}/u.test(text)) leftOut.push({ ...l, text, why: 'chinese' });
    else if (isEnglish(text) || /\d/.test(text)) english.push({ ...l, text });
    else leftOut.push({ ...l, text, why: 'chrome' });
  }
  // The title block, among the first lines (a "Full text:" line or a dateline may come first: they stay paragraphs, and are reported if nothing takes them).
  for (let start = 0; start < Math.min(TITLE_WITHIN, english.length); start++) {
    const { twin, rest } = readTitleTwin(english.slice(start));
    if (!twin || (!twin.occasion && !twin.speaker)) continue;
    return { format: html ? 'html' : 'text', encoding: decoded.encoding, source, title: twin, paragraphs: [...english.slice(0, start), ...rest], leftOut: sorted(leftOut) };
  }
  return { format: html ? 'html' : 'text', encoding: decoded.encoding, source, paragraphs: english, leftOut: sorted(leftOut) };
}

function sorted(list: LeftOut[]): LeftOut[] {
  return list.sort((a, b) => a.line - b.line || a.column - b.column);
}
