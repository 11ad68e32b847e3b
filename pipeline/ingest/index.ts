/**
 * The ingest stage: a raw report page (text or HTML, any common Chinese
 * encoding) → zh.md in the content format. Pure: returns the Markdown, a
 * summary and a VFile carrying every message (each removed line as an info
 * message with its line number). Unusable input fails with a fatal message
 * (VFileMessage thrown by `file.fail`).
 */
import { VFile } from 'vfile';
import { removeBoilerplate } from './boilerplate.ts';
import { isTitleLike } from './title-text.ts';
import { takeDumpFurniture } from './dump-furniture.ts';
import { readTableRowsRemoved } from './disclosure.ts';
import { hanOf } from './chars.ts';
import { DecodeError, decode, type FileKind } from './decode.ts';
import { dateFromStamp, occasionAlone, occasionFromHead, occasionOnPublished, type StampDate } from './date-stamp.ts';
import { findDate } from './dates.ts';
import { issuerOfPublisher, issuerOfSessionsSpecial, issuerOfSource } from './issuer.ts';
import { htmlLines, looksLikeHtml } from './html.ts';
import { assignIds, type IdentifiedBlock } from './ids.ts';
import { textLines } from './lines.ts';
import { findInjectedSpam } from './injected-spam.ts';
import { findForeignScript } from './foreign-script.ts';
import { baikeSections, extractMetadata } from './metadata.ts';
import { takeTranscriptLabels } from './transcript-labels.ts';
import { joinChunks, splitFlattened } from './flattened.ts';
import { takeDoubledHeadings, takeDoubledLines } from './doubled-headings.ts';
import { splitBilingualHead } from './bilingual-head.ts';
import { splitWrappedEnglish } from './wrapped-english.ts';
import { emptyCounts, lostIndent, normalizeText } from './normalize.ts';
import { readSpacedRows } from './spaced-row.ts';
import { takeGluedFolios, takeLoneFolios, takePageNumbers } from './page-numbers.ts';
import { toParagraphs } from './paragraphs.ts';
import { serialize } from './serialize.ts';
import { removeImageMarks } from './image-marks.ts';
import { inputColumn, inputColumns, removeDoubledCommas, removePinyin, type ColumnShift } from './pinyin.ts';
import { decodeCharacterReferences } from './char-refs.ts';
import { removeEditLinks, removeKeywordChains, removeWatermarks } from './watermark.ts';
import { takeLiveText } from './live-text.ts';
import { setDate } from './date-priority.ts';
import { findLostBytes, findLostMonths, findMissingGlyphs, findNoiseRuns, findReplacedRuns, findShiftedRuns } from './lost-bytes.ts';
import { repairMojibake } from './mojibake.ts';
import { speakerOfCaption, speakerOfStampAuthor } from './speaker.ts';
import { toSimplified } from '../model/han-forms.ts';
import { headingMarks, structure, type StructureNote } from './structure.ts';
import { outlineLevels } from './outline.ts';
import { restoreStructures, structureBreaks, takeStructures, type TakenStructures } from './structures.ts';
import { findBoxes } from './boxes.ts';
import { cutOffs } from './cut-off.ts';
import { isResolution, newsStory, resolutionOf, titleResolvingOrgan } from './news-story.ts';
import { newYearMessage } from './new-year-message.ts';
import { academicPaper, articleDocument, articlesDocument, callForViews, codeDocument, definitionArticle, examQuestion, explanationDocument, narrativeDocument, otherDocument, planDocument, writtenByNoIssuer } from './other-document.ts';
import { NOVEL_SITE } from './boilerplate-rules.ts';
import { listPage } from './list-page.ts';
import { blankFigures } from './blank-figures.ts';
import { lostMarks } from './lost-marks.ts';
import { maskedText } from './masked-text.ts';
import { spunText } from './spun-text.ts';
import { columnsInterleaved, columnsReadAcross, splitLayoutColumns } from './columns.ts';
import { takeOmissions } from './omission.ts';
import { takePrintedBBCode, takePrintedFieldCodes, takePrintedMarkup, takePrintedStyles } from './printed-markup.ts';
import { CALL_TOKEN, extractNotes, strayMarkers } from './notes.ts';
import { takePageNotes } from './page-notes.ts';
import { takeRemarks } from './remarks.ts';
import { layoutStructures, layoutTables, plainTables } from './layout-table.ts';
import { spannedRows, takeTableRules } from './pipe-table.ts';
import { takeTwins } from './twins.ts';
import { englishMarkdown } from './english.ts';
import { blurbNamesWritten, definedOf, mergeMeta } from './front-matter.ts';
import { reportTwins } from './twin-messages.ts';
import { holdTitleFigures, pairTwin } from './twin-pairing.ts';
import { isMarkdownName, markdownToHtml, sayMarkdownFrontMatter } from './markdown.ts';
import type { DraftBlock, IngestSummary, RemovedLine, ReportMeta } from './types.ts';
import { inReadingOrder, SOURCE } from './messages.ts';
import {
  failWithoutChinese, sayBilingualHead, sayCaptionSpeaker, sayStampSpeaker, sayTakenFromText, sayChunkNumbers, sayDumpFurniture, sayFlattened, saySpacedRows, sayInjectedSpam, sayForeignScript, sayKeywordChains, sayEditLinks, sayLayoutColumns,
  sayLayoutTables, sayPlainTables, sayTableRules, sayDoubledHeadings, sayDoubledLines, sayLoneFolios, sayGluedFolios, sayLostBytes, sayMissingGlyphs, sayLostMonths, sayReplacedRuns, sayLatin1Read, sayShiftedRuns, sayNoiseRuns, sayMojibake, sayMoved, sayHeadlineParts, sayOmissions, sayContinuedNotes, sayPageNotes, sayRemarks, sayLayoutStructures, sayPageNumbers, sayPinyin, sayCharacterReferences, sayImageMarks, sayKeptAbstracts, sayPrintedMarkup, sayPrintedBBCode, sayPrintedFieldCodes, sayPrintedStyles, sayDoubledCommas, sayRemoved, sayJumps, sayTwoColumns, sayUnsafeFeet, sayWatermarks,
} from './line-messages.ts';
import {
  englishButForAName, failWithoutText, sayCutOffs, sayDamagedOccasion, sayIssuerPlace, sayListPage, sayBlankFigures, sayLostMarks, saySpunText, sayMaskedText, sayNewsStory, sayNewYearMessage, sayOtherDocument, sayIssuerOfOtherDocument, sayLostIndent, sayLostText, sayMissingFields, sayNotes, sayShiftedNumbers, sayStrayMarkers, sayStructureNotes,
  sayUncalledPageNotes,
} from './block-messages.ts';

export type { IngestSummary, RemovedLine, ReportMeta } from './types.ts';
export { MAX_INPUT_BYTES } from './decode.ts';

export interface IngestOptions {
  /** Name of the input file (for messages and format detection). */
  fileName: string;
  /** Report slug (recorded in no file; used for messages). */
  slug: string;
  /** Front-matter values that win over what the page gives (title, issuer, date, occasion, speaker, source, scope, scope_note …). */
  meta?: Record<string, unknown>;
  /** Input format; default: from the file name, else sniffed. */
  format?: 'text' | 'html';
  /** Text input only: structures read apart from the text (a PDF's tables: files.ts), each standing in it as its placeholder line (`structureToken`). */
  structures?: TakenStructures;
  /** Text input only: a PDF's running heads pdf.ts took out (files.ts), at the line of their page — a newspaper's date there completes an occasion's month and day. */
  pageHeads?: ReadonlyArray<{ text: string; line: number; column: number }>;
}

export interface IngestResult {
  markdown: string;
  file: VFile;
  summary: IngestSummary;
  /** The front matter written (page fields merged with --meta), before YAML. */
  frontMatter: Record<string, unknown>;
  /** The blocks written, in order (plain text, heading depth, lead length, id). */
  blocks: IdentifiedBlock[];
  /** A bilingual edition: en.md holding the page's own English (twins.ts), and how many blocks it gives English. */
  english?: { markdown: string; blocks: number };
  /** A .docx or PDF (files.ts `ingestFile`): the HTML or text read from it, whose lines the messages' lines are, and a PDF line's page. */
  extracted?: { kind: FileKind; ext: 'html' | 'txt'; text: string; pageOfLine?: number[] };
}

/** A day alone on its line, "2020年12月21日", "2020-12-21": its ISO date; else undefined. */
/** A date-stamp note (date-stamp.ts): a warning where the occasion the title block prints lost its 年 and 月, else an info. */
function sayStampNote(file: VFile, note: NonNullable<StampDate['note']>): void {
  const options = { place: { line: note.line, column: note.column }, ruleId: note.ruleId, source: SOURCE };
  if (note.warn) file.message(note.reason, options);
  else file.info(note.reason, options);
}

function dateAlone(text: string): string | undefined {
  const trimmed = text.trim();
  const found = findDate(trimmed);
  return found && found.index === 0 && found.length === trimmed.length ? found.iso : undefined;
}

export function ingest(input: Uint8Array, options: Readonly<IngestOptions>): IngestResult {
  const file = new VFile({ path: options.fileName });
  // A Markdown file (by its name) is decoded as text, then read as the HTML it means (markdown.ts).
  const fromMarkdown = options.format === undefined && isMarkdownName(options.fileName);
  const html = options.format ? options.format === 'html' : fromMarkdown || looksLikeHtml(options.fileName, input);
  let decoded;
  try {
    decoded = decode(input, { html: html && !fromMarkdown });
  } catch (error) {
    if (error instanceof DecodeError) file.fail(error.message, { place: { line: 1, column: 1 }, ruleId: error.ruleId, source: SOURCE });
    throw error;
  }
  // "ÔÚÖÚ¶àµÄ…": a GBK page a copy read as Latin-1, read back as GBK (decode.ts readBackLatin1) and said.
  if (decoded.garbled) sayLatin1Read(file, decoded.garbled);
  failWithoutChinese(file, decoded.text);
  const plainPage = html ? decoded.text.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]*>/giu, ' ') : decoded.text;
  if (englishButForAName(plainPage)) failWithoutText(file, plainPage);
  const markdownPage = fromMarkdown ? markdownToHtml(decoded.text) : undefined;
  if (markdownPage) sayMarkdownFrontMatter(file, markdownPage);
  const pageText = markdownPage?.html ?? decoded.text;

  let taken: TakenStructures = (!html && options.structures) || { structures: [] };
  // (round 6) a -layout dump's simple tables (cells kept apart by runs of spaces) read as tables, when no reader gave the text's structures
  const laid = html || options.structures ? undefined : layoutStructures(textLines(pageText), 0);
  // (new user round 29) a pipe table's label row across it, as the page's merged cell was (pipe-table.ts spannedRows)
  if (laid && laid.tables.length > 0) taken = { structures: laid.tables.map((t) => ({ kind: 'table' as const, rows: t.how === 'rows' ? spannedRows(t.cells) : t.cells.map((row) => row.map((text) => ({ text, rowSpan: 1, colSpan: 1 }))) })) };
  // (stop 50) a Markdown table's rule row, "---|---|", left where no table was read (above the text, over a disclosure table's rows): emptied and said
  const ruled = html ? undefined : takeTableRules(laid?.lines ?? textLines(pageText));
  const extracted = html || !ruled ? htmlLines(pageText, (tree) => (taken = takeStructures(tree))) : { lines: structureBreaks(ruled.lines, taken), meta: {} as ReportMeta, dropped: [] };
  if (laid) sayLayoutStructures(file, laid.tables, laid.continued);
  if (ruled) sayTableRules(file, ruled.taken);
  const counts = emptyCounts();
  // "![]()": a picture's place run into the text as Markdown, no word of it (image-marks.ts); taken out first, so that no
  // later step reads its "!" as a full stop. The columns of the messages after this are the page's again (inputColumns below).
  const images = removeImageMarks(extracted.lines);
  sayImageMarks(file, images);
  // "<p style=…><span …>…</span></p>": a page's HTML printed as its text (printed-markup.ts), cut at its block tags, its inline tags out.
  if (!html) {
    const markup = takePrintedMarkup(extracted.lines, images.shifts);
    extracted.lines = markup.lines;
    sayPrintedMarkup(file, markup.taken);
    sayPrintedStyles(file, takePrintedStyles(extracted.lines, images.shifts));
  }
  // "第一部分 单位概况 PAGEREF _Toc25831 h 3": a word processor's field codes printed in a pasted table of contents (printed-markup.ts)
  sayPrintedFieldCodes(file, takePrintedFieldCodes(extracted.lines, images.shifts));
  // "…所在地):[/color]汉语": a forum editor's BBCode printed in the text (printed-markup.ts)
  sayPrintedBBCode(file, takePrintedBBCode(extracted.lines, images.shifts));
  // "市长&nbsp;王明": HTML character references printed as text (a page escaped twice), each the character it names (char-refs.ts).
  const referenceShifts: ColumnShift[] = [];
  const references = decodeCharacterReferences(extracted.lines, referenceShifts);
  sayCharacterReferences(file, references.first ? { ...references, first: { ...references.first, column: inputColumn(references.first.line, references.first.column, images.shifts) } } : references);
  const afterImages = file.messages.length;
  // A document site's numbered chunks joined, then a page flattened onto one line: its lost line breaks back (flattened.ts).
  const chunks = joinChunks(extracted.lines);
  if (chunks.numbers.length > 0) extracted.lines = chunks.lines;
  sayChunkNumbers(file, chunks.numbers);
  const unflattened = splitFlattened(extracted.lines);
  if (unflattened.split > 0) extracted.lines = unflattened.lines;
  sayFlattened(file, unflattened.split);
  // "政府网站  每年4月1日之前 办公室" under "事项名称 事项类别 …": a table flattened with a space between cells, its rows kept as rows (spaced-row.ts)
  const spacedRows = readSpacedRows(extracted.lines);
  if (spacedRows.rows.length > 0) extracted.lines = spacedRows.lines;
  saySpacedRows(file, spacedRows.rows);
  // "二、加强学习培训…二、加强学习培训…": a numbered heading a document site printed twice in a row, one copy out (doubled-headings.ts)
  const doubledHeadings = takeDoubledHeadings(extracted.lines);
  if (doubledHeadings.taken.length > 0) extracted.lines = doubledHeadings.lines;
  sayDoubledHeadings(file, doubledHeadings.taken);
  // an answer, a chart's caption printed again on the next line: the second copy out (doubled-headings.ts takeDoubledLines)
  const doubledLines = takeDoubledLines(extracted.lines);
  if (doubledLines.taken.length > 0) extracted.lines = doubledLines.lines;
  sayDoubledLines(file, doubledLines.taken);
  // "2013年主要工作 Review" / "of Work in 2013": a bilingual page's English wrapped at a width, its first words on the Chinese line.
  const wrapped = splitWrappedEnglish(extracted.lines);
  if (wrapped.moved > 0) extracted.lines = wrapped.lines;
  // "政府工作报告 REPORT ON THE WORK OF THE GOVERNMENT ――2019 年3月5日在…": a bilingual title block run onto a line, split into its fields.
  const bilingualHead = splitBilingualHead(extracted.lines);
  if (bilingualHead.split > 0) extracted.lines = bilingualHead.lines;
  sayBilingualHead(file, bilingualHead.split);
  const pinyin = removePinyin(extracted.lines, counts);
  sayPinyin(file, pinyin.first, counts.pinyin);
  const commas = counts.pinyin > 0 ? removeDoubledCommas(extracted.lines) : undefined;
  if (commas) sayDoubledCommas(file, commas);
  /** The messages from here on count columns in lines the converter's marks were taken out of (pinyin.ts inputColumns). */
  const afterPinyin = file.messages.length;
  // "石泰峰:" / "…開幕！2026-03-04 15:03:06" / "王滬寧:" / "各位委員：我代表…": a live text of the session, the report its speaker's turns (live-text.ts).
  const live = takeLiveText(extracted.lines);
  extracted.lines = live.lines;
  if (live.speaker && !extracted.meta.speaker) extracted.meta.speaker = live.speaker;
  setDate(extracted.meta, live.day, 'published');
  // (stop 59, mends59; news.wenweipo.com's live text of the votes) no turn in the speaker's voice: the session's record, no report
  if (live.noReport !== undefined && live.taken.length > 0) {
    const first = live.taken[0];
    file.message(
      `Unexpected live text of the session with no report in it: ${live.noReport} turns (“${first.text}” first), none opening in a speaker's own voice (“我代表…报告”) — the session's record (the chair's words, the votes, the site's notes), not a report's text; the labels and times are taken out, the words kept as found. Ingest the report's full text (its 全文, on the issuer's site), or keep this page only if the record is what you mean to publish`,
      { place: { line: first.line, column: first.column }, ruleId: 'live-text', source: SOURCE },
    );
  }
  // "瀵逛笉璧凤紝…": a line of UTF-8 read as GBK by a widget — repaired when it reads back whole, else taken out as damage.
  const mojibake = repairMojibake(extracted.lines);
  extracted.lines = mojibake.lines;
  sayMojibake(file, mojibake.garbled);
  // "…全市第一??h域經濟…": characters a GBK/Big5 round trip broke (a lead byte lost), left as they are and said.
  sayLostBytes(file, findLostBytes(extracted.lines));
  // "…嚙踝蕭嚙緬…" / "锟斤拷": replacement marks of a UTF-8 copy read as Big5 or GBK, the characters lost: kept as printed and said.
  sayReplacedRuns(file, findReplacedRuns(extracted.lines));
  // "1989年是〓不寻常的一年": a digitised paper's marks for characters its font lacked, each a character lost: kept and said.
  sayMissingGlyphs(file, findMissingGlyphs(extracted.lines));
  // "…居於榜首!笆濉逼陂g,": a run read one byte off as GBK (。“十三五”期間), its words lost: kept as printed and said.
  sayShiftedRuns(file, findShiftedRuns(extracted.lines));
  // "1、涧孪锌钞妇撕撞玛炉磕…": a document library's anti-copy run of random characters, kept as printed and said.
  sayNoiseRuns(file, findNoiseRuns(extracted.lines));
  // "728日下午" on a page that writes no date with 月: the month's character lost, the date kept as printed and said.
  sayLostMonths(file, findLostMonths(extracted.lines));
  // "……(…省略912字,正式会员可完整阅读)……": the site's notice out of the text, the text on either side kept apart.
  const omissions = takeOmissions(extracted.lines);
  extracted.lines = omissions.lines;
  sayOmissions(file, omissions.notices);
  // A PDF dump's running headers and footers (a browser's print header and footer, "- 3 -"): the lines by its page breaks that repeat.
  const dumped = takeDumpFurniture(extracted.lines);
  extracted.lines = dumped.lines;
  sayDumpFurniture(file, dumped.taken);
  // "①“两重”：是指…" at a page's foot, "…“两重”①…" in its text: a PDF's page-foot notes out of the text, their calls made tokens (page-notes.ts).
  const footed = html ? { lines: extracted.lines, notes: [], unsafe: [], continued: [] } : takePageNotes(extracted.lines);
  extracted.lines = footed.lines;
  sayPageNotes(file, footed.notes);
  // (round 5) a note continued at the next page's foot; a foot that reads as notes numbered 1, 2 … but not safely, kept as text
  sayContinuedNotes(file, footed.continued);
  sayUnsafeFeet(file, footed.unsafe);
  // (round 6) "注：1.…" / "2.…" at a page's foot or the text's end: one block of remarks, put after the paragraph over it (remarks.ts)
  const remarked = html ? { lines: extracted.lines, remarks: [] } : takeRemarks(extracted.lines);
  extracted.lines = remarked.lines;
  sayRemarks(file, remarked.remarks);
  // "  我代表…,向        全市广大干部群众,…": a -layout dump's two columns side by side, read one after the other.
  const layout = splitLayoutColumns(extracted.lines);
  extracted.lines = layout.lines;
  sayLayoutColumns(file, layout.runs);
  // "收            调整预算                     支            调整预算": a table of many columns set with spaces, read as text — said where.
  if (!html) sayLayoutTables(file, layoutTables(extracted.lines));
  // (round 7) "指标" / "2026 年预期目标" / "生产总值增长" / "5％左右": a plain dump's table, a cell a line — said, its rows not in the dump.
  if (!html) sayPlainTables(file, plainTables(extracted.lines));
  const watermarks = removeWatermarks(extracted.lines);
  // "…代市长 周军波资料库_模版下载_资料共享": a document site's keyword chain glued to a line's end, or alone on a line.
  sayKeywordChains(file, removeKeywordChains(extracted.lines));
  // "内容" / "编辑政治": a wiki's section edit link glued to the line under each heading.
  sayEditLinks(file, removeEditLinks(extracted.lines));
  // "  2 发展提质扩面，…": a PDF's page numbers glued before each page's first line.
  sayPageNumbers(file, takePageNumbers(extracted.lines));
  // "…物价总体平稳，城" / "1": a printed page's number alone on its line, the sentence broken off over it.
  sayLoneFolios(file, takeLoneFolios(extracted.lines));
  // "…首次接待来函、来电-1-" / "和来办事人员…": a printed page's number in its dashes glued to the end of the page's last line.
  sayGluedFolios(file, takeGluedFolios(extracted.lines));
  const { kept, removed, abstracts } = removeBoilerplate(extracted.lines);
  sayKeptAbstracts(file, abstracts);
  for (const line of watermarks.emptied) removed.push({ line: line.line, column: line.column, text: line.text.trim(), rule: 'watermark', label: 'watermark' });
  for (const taken of live.taken) removed.push({ ...taken, rule: 'live-text' });
  // (the places listed in its words as the page has them; the message's own place is moved back with the others, below)
  sayWatermarks(file, watermarks.marks, watermarks.count, watermarks.places, (p) => ({ line: p.line, column: inputColumn(p.line, p.column, images.shifts, referenceShifts, pinyin.shifts, commas?.shifts ?? []) }), watermarks.inside ?? 0);
  for (const d of extracted.dropped) {
    removed.push({ line: d.line, column: d.column, text: d.text, rule: 'page-chrome', label: `page chrome ${d.label}` });
  }
  sayRemoved(file, removed);
  const begunElsewhere = sayJumps(file, removed, options.meta);
  sayTwoColumns(file, columnsReadAcross(kept), columnsInterleaved(kept));
  sayInjectedSpam(file, findInjectedSpam(kept));
  sayForeignScript(file, findForeignScript(kept));
  // (a page-foot note called from the title block — the title, the occasion, the speaker, over the first line of running
  // text: the front matter holds no call, so its token leaves those lines, and the note is said uncalled below)
  if (footed.notes.length > 0) {
    const head = kept.findIndex((l) => /[，。；]/.test(l.text) || l.text.trim().length >= 40);
    for (const [i, l] of kept.entries()) if (i < head && /[\uE000-\uE3FF]/u.test(l.text)) kept[i] = { ...l, text: l.text.replace(CALL_TOKEN, '') };
  }
  const { meta: found, moved, body: headless, issuerNotes, fromText, bodyLede, headline } = extractMetadata(kept);
  // (stop 48) a transcript's speaker labels in the text ("張軍：", "[吳邦國]認真…"): the speaker, out of the text (transcript-labels.ts)
  const labels = takeTranscriptLabels(baikeSections(headless, moved), found.speaker);
  const body = labels.body;
  // (stop 54, mends54; blind53a's m-zhuxi.cjyun.org, a county's mobile news page) a month, a day and a time alone opening the text
  // under the headline, "12-15 15:50": the page's posting time, no year (was a paragraph). Read only once the head is read — the
  // title block takes such a line as its furniture (title-block.ts; stop 53's rule before it lost held-out 41's speaker).
  const opener = body.findIndex((l) => l.text.trim() !== '');
  const posted = opener >= 0 ? /^([0-9]{1,2})-([0-9]{1,2})\s+([0-9]{1,2}):[0-5][0-9]$/u.exec(body[opener].text.trim()) : null;
  if (posted && Number(posted[1]) >= 1 && Number(posted[1]) <= 12 && Number(posted[2]) >= 1 && Number(posted[2]) <= 31 && Number(posted[3]) <= 23) {
    const [line] = body.splice(opener, 1);
    file.info(`Removed site boilerplate (date/time stamp): “${line.text.trim()}”`, { place: { line: line.line, column: line.column }, ruleId: 'page-info', source: SOURCE });
  }
  if (labels.speaker) found.speaker = labels.speaker;
  for (const t of labels.taken) moved.push({ line: t.line, text: t.text, rule: 'metadata' });
  sayTakenFromText(file, fromText ?? []);
  // No speaker line: a news photo's caption over the text may name who made the report ("叶建春作政府工作报告。…摄").
  const caption = found.speaker ? undefined : removed.find((r) => r.rule === 'caption' && speakerOfCaption(r.text, found.title));
  if (caption) {
    found.speaker = speakerOfCaption(caption.text, found.title);
    sayCaptionSpeaker(file, found.speaker!, caption);
  }
  // (stop 49) Nor a caption: a portal's stamp row naming its author by role and name, under a report's occasion ("作者 :海南省省长 刘赐贵 …").
  const stampRow = found.speaker || !found.occasion ? undefined : removed.find((r) => r.rule === 'page-info' && speakerOfStampAuthor(r.text));
  if (stampRow) {
    found.speaker = speakerOfStampAuthor(stampRow.text);
    sayStampSpeaker(file, found.speaker!, stampRow);
  }
  readTableRowsRemoved(removed, moved, found);
  // (stop 54, mends54; blind53a's m.31doc.com) No title read, a document library's page opening on the file's name over its
  // file-info row ("武汉市2005年政府工作报告.doc" / "上传人:… 文档编号:… 格式:DOC 页数:13"): the name without its extension is the
  // title — a fact the page prints, said (was: no title).
  if (!found.title) {
    const top = kept.find((l) => l.text.trim() !== '')?.line ?? Infinity;
    const named = removed.find((r) => r.rule === 'attachment' && r.line < top && /\.(?:docx?|pdf|wps|pptx?)$/iu.test(r.text.trim()));
    const name = named?.text.trim().replace(/\.(?:docx?|pdf|wps|pptx?)$/iu, '');
    if (named && name && isTitleLike(name) && removed.some((r) => r.rule === 'document-site' && r.line > named.line && r.line <= named.line + 3)) {
      found.title = name;
      file.info(`Read the title from the document library's file name over its file-info row: “${named.text.trim()}” → “${name}”`, { place: { line: named.line, column: named.column }, ruleId: 'metadata', source: SOURCE });
    }
  }
  // "本文地址：http://…" is boilerplate, but it says where the page came from.
  const url = removed.find((r) => r.rule === 'url' && /https?:\/\/\S+/.test(r.text));
  if (url && !found.source) found.source = /https?:\/\/[\x21-\x7e]+/.exec(url.text)![0];
  // "发布时间：2023-02-27 09:10:38" is boilerplate too, but when nothing better dates the report it is the publication date.
  if (!found.date) {
    // (PDF dumps, round 5: a newspaper's date in the running head over the page completes "在3月2日…")
    const heads = [...(options.pageHeads ?? []), ...moved.filter((m) => m.rule === 'page-head').map((m) => ({ text: m.text, line: m.line, column: 1 }))];
    // (stop 50) the headline's line: a bare posting time right under it is the article's (date-stamp.ts underHeadline)
    const squeeze = (t: string) => t.replace(/\s+/gu, '');
    const titleLine = found.title ? moved.find((m) => m.rule === 'metadata' && squeeze(m.text) !== '' && squeeze(found.title!).endsWith(squeeze(m.text)))?.line : undefined;
    const stamped = dateFromStamp(removed, found, body, moved.filter((m) => m.rule === 'page-head' || m.rule === 'site-name').map((m) => m.text), titleLine);
    const stamp = (stamped?.date ? stamped : occasionFromHead(found.occasion, heads)) ?? stamped;
    if (stamp?.date) Object.assign(found, { date: stamp.date, date_source: stamp.dateSource });
    if (stamp?.note) sayStampNote(file, stamp.note);
  }
  // (stop 57) a disclosure table's 发布日期 completes an occasion that lost its 年 and 月 (date-stamp.ts occasionOnPublished)
  if (found.date && found.date_source === 'published') {
    const squeeze = (t: string) => t.replace(/\s+/gu, '');
    const at = found.occasion ? moved.find((m) => m.rule === 'metadata' && squeeze(m.text).includes(squeeze(found.occasion!))) : undefined;
    const dated = occasionOnPublished(found.occasion, found.date, { line: at?.line ?? 1, column: 1 });
    if (dated?.date) Object.assign(found, { date: dated.date, date_source: dated.dateSource });
    if (dated?.note) sayStampNote(file, dated.note);
  }
  // (stop 58) nothing dates it, but the occasion's digits that lost their 年 and 月 read one way only (date-stamp.ts occasionAlone)
  if (!found.date) {
    const squeeze = (t: string) => t.replace(/\s+/gu, '');
    const at = found.occasion ? moved.find((m) => m.rule === 'metadata' && squeeze(found.occasion!).startsWith(squeeze(m.text).replace(/^——/u, ''))) : undefined;
    const dated = occasionAlone(found.occasion, { line: at?.line ?? 1, column: 1 });
    if (dated?.date) Object.assign(found, { date: dated.date, date_source: dated.dateSource });
    if (dated?.note) sayStampNote(file, dated.note);
  }
  // "梨树县人民政府 2017-01-10 16:56:00": the portal's publisher, when nothing else names the issuer (issuer.ts).
  if (!found.issuer) {
    const publisher = issuerOfPublisher(
      removed.map((r) => r.text),
      body.slice(0, 40).map((l) => l.text).join('\n'),
    );
    if (publisher) found.issuer = publisher;
  }
  // "来源:利辛县望疃镇人民政府" in the stamp, the title opening with that place: the issuer (issuer.ts, stop 50).
  if (!found.issuer) {
    const source = issuerOfSource(removed.filter((r) => r.rule === 'page-info').map((r) => r.text), found.title);
    if (source) found.issuer = source;
  }
  // "首页 > 专题报道 > 2015年商洛市两会专题报道 > …" over "我谨代表市人民政府": the place of the special's 两会 (issuer.ts).
  if (!found.issuer) {
    const special = issuerOfSessionsSpecial(
      removed.map((r) => r.text),
      body.slice(0, 40).map((l) => l.text).join('\n'),
    );
    if (special) found.issuer = special;
  }
  sayMoved(file, moved, found.title);
  sayHeadlineParts(file, headline, found.title);

  const { paragraphs: all, joined } = toParagraphs(body);
  counts.joinedLines = joined;
  // A bilingual edition: the English twins out of the Chinese text, for en.md (twins.ts).
  const twins = takeTwins(all);
  const paragraphs = twins.paragraphs;
  const notes: StructureNote[] = [];
  const drafts: DraftBlock[] = [];
  /** (round 6) After which draft each remark block goes: the last made from the paragraph holding the line over it. */
  const remarkAfter = new Map<number, number>();
  for (const p of paragraphs) {
    const indent = lostIndent(p.text);
    if (indent.removed) sayLostIndent(file, indent.removed, p);
    const text = normalizeText(indent.text, counts);
    if (text === '') continue;
    const made = structure(text, p.line, p.column, notes);
    // A paragraph the page set all in bold stays marked while it is one paragraph (outline.ts reads it).
    if (p.bold && made.length === 1 && made[0].kind === 'paragraph') made[0].bold = true;
    // Chinese a flattened bilingual line goes on with after its English (twins.ts) is the line's text, no heading of its own.
    if (p.midLine) for (const b of made) if (b.kind === 'paragraph') b.midLine = true;
    pairTwin(made, twins.twinOf.get(p), twins.unclear);
    drafts.push(...made);
    for (const [k, r] of remarked.remarks.entries()) if (p.line === r.after || p.joins?.some((j) => j.line === r.after)) remarkAfter.set(k, drafts.length);
  }
  // A policy address numbers its paragraphs ("行政長官2018年施政報告"); Macao's, by its fiscal year, is not known to.
  const policyAddress = found.title !== undefined && /施政报告/u.test(toSimplified(found.title)) && !/财政年度/u.test(toSimplified(found.title));
  outlineLevels(drafts, notes, policyAddress);
  headingMarks(drafts, notes);
  sayStructureNotes(file, notes);
  sayShiftedNumbers(file, drafts);
  // (the page's words, not its markup's: tags, scripts and styles out)
  if (drafts.length === 0) failWithoutText(file, pageText.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]*>/giu, ' '));
  // Nothing lost: every Han character of the body must reach the blocks, in order.
  const before = hanOf(body.map((l) => l.text).join(''));
  const after = hanOf(drafts.map((d) => d.text).join(''));
  if (before.normalize('NFC') !== after) sayLostText(file);
  // (round 6) each remark block after its paragraph (or, that paragraph gone — the title block, boilerplate — where it stood), never a heading
  for (const [k, r] of [...remarked.remarks.entries()].reverse()) {
    const at = remarkAfter.get(k) ?? (drafts.findIndex((d) => d.line > r.line) + 1 || drafts.length + 1) - 1;
    drafts.splice(at, 0, { kind: 'paragraph', text: normalizeText(r.text, counts), line: r.line, column: r.column });
  }

  // Tables, lists, quotations, boxed sections and the report's own notes (structures.ts, boxes.ts, notes.ts).
  const noted = extractNotes(
    restoreStructures(drafts, taken, counts),
    footed.notes.map((n) => ({ text: normalizeText(n.text, counts), line: n.line, column: n.column })),
  );
  sayUncalledPageNotes(file, footed.notes, noted.pageNotes?.uncalled ?? []);
  const boxed = findBoxes(noted.drafts);
  if (noted.heading) found.notes_heading = noted.heading;
  sayNotes(file, noted);
  // (in a section kept as a list, the markers are text beside their entries: reported there)
  if (noted.kept === undefined) sayStrayMarkers(file, strayMarkers(noted.drafts, body));
  // (a page said to begin on another page of the paper, "(紧接第3版)", is not said again to start mid-outline)
  sayCutOffs(file, cutOffs(boxed.drafts).filter((cut) => !(begunElsewhere && cut.before === 'start')), options.meta);
  // (the head's lines that became front matter — a news headline read as the title — are the story's too)
  const headLines = new Set(moved.map((m) => `${m.line}\t${m.text}`));
  // (and a reporter's byline over the text, removed as furniture: a story's tell)
  // (stop 46: a headline's deck read as the subtitle is the story's too, as the headline is)
  const deck = headline?.deck ? [{ line: headline.deck.line, column: headline.deck.column, text: headline.deck.text }] : [];
  // (stop 47: and a news photo's caption removed as furniture, "…报告。本报记者 吕建荣摄": a story's tell, as it was when it stayed)
  // (stop 52: and a novel site's banner or reader's notice, removed as furniture: other-document.ts reads the page as a story's)
  // (stop 58: and a reporter's credit after the text's last sentence, "(记者陈菲、罗争光)", removed as the page's: a report has none)
  const head = [...kept.filter((l) => headLines.has(`${l.line}\t${l.text.trim()}`)), ...deck, ...removed.filter((r) => r.rule === 'byline' || r.rule === 'caption' || r.label === NOVEL_SITE || (r.label === 'news credit after the text' && /记者|記者/u.test(r.text))).map((r) => ({ line: r.line, column: r.column, text: r.text }))];
  const story = newsStory(boxed.drafts, head, found.title);
  sayNewsStory(file, story);
  // (stop 49, mends49; blind48b's shengjing.city: "县第十八届人大常委会召开第二十七次会议" over "2020年12月21日") a news story's day alone
  // under its headline is the day the story was published, not a report's own date (a report dates itself under its title,
  // metadata.ts: 'title'); a resolution's is its own
  if (story.length > 0 && !isResolution(story) && found.date_source === 'title' && moved.some((m) => dateAlone(m.text) === found.date)) found.date_source = 'published';
  // (stop 48) a session's resolution on a report names the session (or organ) resolving: its issuer, where nothing else named one
  if (!found.issuer) {
    const resolving = resolutionOf(boxed.drafts, head, found.title)?.issuer;
    if (resolving) found.issuer = resolving;
  }
  // (stop 57, mends: jiubao.dongyingnews.cn, stop 56's gap) a resolution whose own title names the session resolving ("东营市第三届人民
  // 代表大会第一次会议关于政府工作报告的决议") is that session's, not the government's whose report it resolves on — the government read
  // from its text ("…市长代表市人民政府所作的政府工作报告") is the report's maker (was: issuer 东营市人民政府)
  const resolvingOrgan = found.title !== undefined && options.meta?.issuer === undefined ? titleResolvingOrgan(found.title) : undefined;
  if (resolvingOrgan && found.issuer && /(?:人民政府|政府)$/u.test(toSimplified(found.issuer))) found.issuer = resolvingOrgan;
  sayNewYearMessage(file, newYearMessage(boxed.drafts, found.title, head));
  const other = otherDocument(found.title, head) ?? articlesDocument(boxed.drafts) ?? definitionArticle(body) ?? articleDocument(boxed.drafts) ?? narrativeDocument(boxed.drafts) ?? explanationDocument(boxed.drafts) ?? planDocument(boxed.drafts) ?? callForViews(boxed.drafts) ?? examQuestion(boxed.drafts) ?? codeDocument(boxed.drafts) ?? academicPaper(extracted.lines);
  sayOtherDocument(file, other);
  // (stop 51) a reader's reflections, a post, a story: the body its words name issued the report it speaks of, not this page
  const issuerOfOther = writtenByNoIssuer(other) && options.meta?.issuer === undefined ? found.issuer : undefined;
  if (issuerOfOther) {
    sayIssuerOfOtherDocument(file, issuerOfOther, other!);
    delete found.issuer;
  }
  sayListPage(file, listPage(boxed.drafts));

  const page: ReportMeta = { ...extracted.meta, ...definedOf(found) };
  // (a page-foot note's call in the title block: the front matter holds no call)
  for (const [key, value] of Object.entries(page)) if (typeof value === 'string' && /[\uE000-\uE3FF]/u.test(value)) (page as Record<string, unknown>)[key] = value.replace(CALL_TOKEN, '');
  // Same typography as the body (关于…(试行)的通知 → （试行）); the speaker keeps its space.
  for (const key of ['title', 'issuer', 'occasion'] as const) if (page[key]) page[key] = normalizeText(page[key], counts);
  // (stop 47) A deck's parts are set apart by one ideographic space as ingest reads them (metadata.ts deckOf: its clauses, a slogan's
  // lines): each part normalized alone, the space between them kept ("同心同德共克时艰　竭智尽职谋求发展　为促进…" ran together).
  if (page.subtitle) page.subtitle = page.subtitle.split('\u3000').map((part) => normalizeText(part, counts)).join('\u3000');
  // A date given in the meta file is the editor's: where the page had its own no longer matters.
  if (options.meta?.date !== undefined && options.meta.date_source === undefined) delete page.date_source;
  const meta = mergeMeta(page, options.meta ?? {}, file);
  // The issuer's place from the text's words (issuer.ts): said when taken; when the text named none unambiguously, the candidates.
  sayIssuerPlace(file, options.meta?.issuer === undefined && !issuerOfOther ? (issuerNotes ?? []) : [], meta.issuer === found.issuer);
  // (stop 54) a writing site's blurb naming the piece a written account, where no title was read (front-matter.ts blurbNamesWritten)
  const writtenBlurb = !meta.title && removed.some((r) => r.rule === 'document-site' && blurbNamesWritten(r.text));
  sayMissingFields(file, meta, moved, bodyLede, body.slice(0, 12).map((l) => l.text).join('\n'), writtenBlurb);
  sayDamagedOccasion(file, options.meta?.occasion === undefined ? page.occasion : undefined, moved);
  sayMaskedText(file, maskedText(meta, boxed.drafts), options.meta);
  sayBlankFigures(file, blankFigures(boxed.drafts));
  sayLostMarks(file, lostMarks(boxed.drafts));
  saySpunText(file, spunText(boxed.drafts));
  const blocks = assignIds(boxed.drafts);
  const markdown = serialize(meta, blocks);
  // The title block's English is held to the same figures as a paragraph's (check compares title and occasion too).
  holdTitleFigures(twins, meta);
  const english = twins.bilingual ? englishMarkdown(markdown, meta, blocks, twins.title) : undefined;
  reportTwins(file, twins, english?.blocks ?? 0);
  const headings = blocks.filter((b) => b.kind === 'heading').length;
  const summary: IngestSummary = {
    encoding: decoded.encoding,
    format: fromMarkdown ? 'markdown' : html ? 'html' : 'text',
    blocks: blocks.reduce((n, b) => n + (b.id !== '' ? 1 : (b.cellIds?.flat().filter(Boolean).length ?? 0)), 0),
    headings,
    paragraphs: blocks.filter((b) => b.kind === 'paragraph').length,
    leads: blocks.filter((b) => b.lead).length,
    linesRemoved: [
      ...removed.map(({ line, text, rule }): RemovedLine => ({ line, text, rule })),
      ...omissions.notices.map(({ line, text }): RemovedLine => ({ line, text, rule: 'omitted-text' })),
      ...moved,
    ].sort((a, b) => a.line - b.line),
    normalized: counts,
  };
  inputColumns(file.messages.slice(afterImages, afterPinyin), images.shifts, referenceShifts);
  inputColumns(file.messages.slice(afterPinyin), images.shifts, referenceShifts, pinyin.shifts, commas?.shifts ?? []);
  inReadingOrder(file);
  return { markdown, file, summary, frontMatter: meta, blocks, english };
}
