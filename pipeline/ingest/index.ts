/**
 * The ingest stage: a raw report page (text or HTML, any common Chinese
 * encoding) → zh.md in the content format. Pure: returns the Markdown, a
 * summary and a VFile carrying every message (each removed line as an info
 * message with its line number). Unusable input fails with a fatal message
 * (VFileMessage thrown by `file.fail`).
 */
import { VFile } from 'vfile';
import { removeBoilerplate } from './boilerplate.ts';
import { takeDumpFurniture } from './dump-furniture.ts';
import { readTableRowsRemoved } from './disclosure.ts';
import { hanOf } from './chars.ts';
import { DecodeError, decode, type FileKind } from './decode.ts';
import { dateFromStamp } from './date-stamp.ts';
import { issuerOfPublisher } from './issuer.ts';
import { htmlLines, looksLikeHtml } from './html.ts';
import { assignIds, type IdentifiedBlock } from './ids.ts';
import { textLines } from './lines.ts';
import { findInjectedSpam } from './injected-spam.ts';
import { extractMetadata } from './metadata.ts';
import { joinChunks, splitFlattened } from './flattened.ts';
import { splitBilingualHead } from './bilingual-head.ts';
import { emptyCounts, lostIndent, normalizeText } from './normalize.ts';
import { takeLoneFolios, takePageNumbers } from './page-numbers.ts';
import { toParagraphs } from './paragraphs.ts';
import { serialize } from './serialize.ts';
import { removePinyin } from './pinyin.ts';
import { removeKeywordChains, removeWatermarks } from './watermark.ts';
import { findLostBytes } from './lost-bytes.ts';
import { repairMojibake } from './mojibake.ts';
import { speakerOfCaption } from './speaker.ts';
import { shiftedNumberOf, structure, type StructureNote } from './structure.ts';
import { outlineLevels } from './outline.ts';
import { restoreStructures, structureBreaks, takeStructures, type TakenStructures } from './structures.ts';
import { findBoxes } from './boxes.ts';
import { cutOffs } from './cut-off.ts';
import { columnsInterleaved, columnsReadAcross, splitLayoutColumns } from './columns.ts';
import { takeOmissions } from './omission.ts';
import { CALL_TOKEN, extractNotes, strayMarkers } from './notes.ts';
import { takePageNotes } from './page-notes.ts';
import { layoutTables } from './layout-table.ts';
import { takeTwins } from './twins.ts';
import { englishMarkdown } from './english.ts';
import { definedOf, mergeMeta, MISSABLE } from './front-matter.ts';
import { figureMismatch, reportTwins } from './twin-messages.ts';
import type { DraftBlock, IngestSummary, RemovedLine, ReportMeta } from './types.ts';
import { clip, SOURCE } from './messages.ts';
import {
  failWithoutChinese, sayBilingualHead, sayCaptionSpeaker, sayChunkNumbers, sayDumpFurniture, sayFlattened, sayInjectedSpam, sayKeywordChains, sayLayoutColumns,
  sayLayoutTables, sayLoneFolios, sayLostBytes, sayMojibake, sayMoved, sayOmissions, sayPageNotes, sayPageNumbers, sayPinyin, sayRemoved, sayTwoColumns, sayWatermarks,
} from './line-messages.ts';

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

export function ingest(input: Uint8Array, options: Readonly<IngestOptions>): IngestResult {
  const file = new VFile({ path: options.fileName });
  const place = { line: 1, column: 1 };
  const html = options.format ? options.format === 'html' : looksLikeHtml(options.fileName, input);
  let decoded;
  try {
    decoded = decode(input, { html });
  } catch (error) {
    if (error instanceof DecodeError) file.fail(error.message, { place, ruleId: error.ruleId, source: SOURCE });
    throw error;
  }
  failWithoutChinese(file, decoded.text);

  let taken: TakenStructures = (!html && options.structures) || { structures: [] };
  const extracted = html ? htmlLines(decoded.text, (tree) => (taken = takeStructures(tree))) : { lines: structureBreaks(textLines(decoded.text), taken), meta: {} as ReportMeta, dropped: [] };
  const counts = emptyCounts();
  // A document site's numbered chunks joined, then a page flattened onto one line: its lost line breaks back (flattened.ts).
  const chunks = joinChunks(extracted.lines);
  if (chunks.numbers.length > 0) extracted.lines = chunks.lines;
  sayChunkNumbers(file, chunks.numbers);
  const unflattened = splitFlattened(extracted.lines);
  if (unflattened.split > 0) extracted.lines = unflattened.lines;
  sayFlattened(file, unflattened.split);
  // "政府工作报告 REPORT ON THE WORK OF THE GOVERNMENT ――2019 年3月5日在…": a bilingual title block run onto a line, split into its fields.
  const bilingualHead = splitBilingualHead(extracted.lines);
  if (bilingualHead.split > 0) extracted.lines = bilingualHead.lines;
  sayBilingualHead(file, bilingualHead.split);
  sayPinyin(file, removePinyin(extracted.lines, counts), counts.pinyin);
  // "瀵逛笉璧凤紝…": a line of UTF-8 read as GBK by a widget — repaired when it reads back whole, else taken out as damage.
  const mojibake = repairMojibake(extracted.lines);
  extracted.lines = mojibake.lines;
  sayMojibake(file, mojibake.garbled);
  // "…全市第一??h域經濟…": characters a GBK/Big5 round trip broke (a lead byte lost), left as they are and said.
  sayLostBytes(file, findLostBytes(extracted.lines));
  // "……(…省略912字,正式会员可完整阅读)……": the site's notice out of the text, the text on either side kept apart.
  const omissions = takeOmissions(extracted.lines);
  extracted.lines = omissions.lines;
  sayOmissions(file, omissions.notices);
  // A PDF dump's running headers and footers (a browser's print header and footer, "- 3 -"): the lines by its page breaks that repeat.
  const dumped = takeDumpFurniture(extracted.lines);
  extracted.lines = dumped.lines;
  sayDumpFurniture(file, dumped.taken);
  // "①“两重”：是指…" at a page's foot, "…“两重”①…" in its text: a PDF's page-foot notes out of the text, their calls made tokens (page-notes.ts).
  const footed = html ? { lines: extracted.lines, notes: [] } : takePageNotes(extracted.lines);
  extracted.lines = footed.lines;
  sayPageNotes(file, footed.notes);
  // "  我代表…,向        全市广大干部群众,…": a -layout dump's two columns side by side, read one after the other.
  const layout = splitLayoutColumns(extracted.lines);
  extracted.lines = layout.lines;
  sayLayoutColumns(file, layout.runs);
  // "收            调整预算                     支            调整预算": a table of many columns set with spaces, read as text — said where.
  if (!html) sayLayoutTables(file, layoutTables(extracted.lines));
  const watermarks = removeWatermarks(extracted.lines);
  // "…代市长 周军波资料库_模版下载_资料共享": a document site's keyword chain glued to a line's end, or alone on a line.
  sayKeywordChains(file, removeKeywordChains(extracted.lines));
  // "  2 发展提质扩面，…": a PDF's page numbers glued before each page's first line.
  sayPageNumbers(file, takePageNumbers(extracted.lines));
  // "…物价总体平稳，城" / "1": a printed page's number alone on its line, the sentence broken off over it.
  sayLoneFolios(file, takeLoneFolios(extracted.lines));
  const { kept, removed } = removeBoilerplate(extracted.lines);
  for (const line of watermarks.emptied) removed.push({ line: line.line, column: line.column, text: line.text.trim(), rule: 'watermark', label: 'watermark' });
  sayWatermarks(file, watermarks.marks, watermarks.count);
  for (const d of extracted.dropped) {
    removed.push({ line: d.line, column: d.column, text: d.text, rule: 'page-chrome', label: `page chrome ${d.label}` });
  }
  sayRemoved(file, removed);
  sayTwoColumns(file, columnsReadAcross(kept), columnsInterleaved(kept));
  sayInjectedSpam(file, findInjectedSpam(kept));
  // (a page-foot note called from the title block — the title, the occasion, the speaker, over the first line of running
  // text: the front matter holds no call, so its token leaves those lines, and the note is said uncalled below)
  if (footed.notes.length > 0) {
    const head = kept.findIndex((l) => /[，。；]/.test(l.text) || l.text.trim().length >= 40);
    for (const [i, l] of kept.entries()) if (i < head && /[\uE000-\uE3FF]/u.test(l.text)) kept[i] = { ...l, text: l.text.replace(CALL_TOKEN, '') };
  }
  const { meta: found, moved, body, issuerNotes } = extractMetadata(kept);
  // No speaker line: a news photo's caption over the text may name who made the report ("叶建春作政府工作报告。…摄").
  const caption = found.speaker ? undefined : removed.find((r) => r.rule === 'caption' && speakerOfCaption(r.text, found.title));
  if (caption) {
    found.speaker = speakerOfCaption(caption.text, found.title);
    sayCaptionSpeaker(file, found.speaker!, caption);
  }
  readTableRowsRemoved(removed, moved, found);
  // "本文地址：http://…" is boilerplate, but it says where the page came from.
  const url = removed.find((r) => r.rule === 'url' && /https?:\/\/\S+/.test(r.text));
  if (url && !found.source) found.source = /https?:\/\/[\x21-\x7e]+/.exec(url.text)![0];
  // "发布时间：2023-02-27 09:10:38" is boilerplate too, but when nothing better dates the report it is the publication date.
  if (!found.date) {
    const stamp = dateFromStamp(removed, found, body, moved.filter((m) => m.rule === 'page-head' || m.rule === 'site-name').map((m) => m.text));
    if (stamp?.date) Object.assign(found, { date: stamp.date, date_source: stamp.dateSource });
    if (stamp?.note) file.info(stamp.note.reason, { place: { line: stamp.note.line, column: stamp.note.column }, ruleId: stamp.note.ruleId, source: SOURCE });
  }
  // "梨树县人民政府 2017-01-10 16:56:00": the portal's publisher, when nothing else names the issuer (issuer.ts).
  if (!found.issuer) {
    const publisher = issuerOfPublisher(
      removed.map((r) => r.text),
      body.slice(0, 40).map((l) => l.text).join('\n'),
    );
    if (publisher) found.issuer = publisher;
  }
  sayMoved(file, moved);

  const { paragraphs: all, joined } = toParagraphs(body);
  counts.joinedLines = joined;
  // A bilingual edition: the English twins out of the Chinese text, for en.md (twins.ts).
  const twins = takeTwins(all);
  const paragraphs = twins.paragraphs;
  const notes: StructureNote[] = [];
  const drafts: DraftBlock[] = [];
  for (const p of paragraphs) {
    const indent = lostIndent(p.text);
    if (indent.removed) {
      file.info(`Removed “${indent.removed}” at the start of a paragraph: characters the page lost, most likely its full-width indentation`, {
        place: { line: p.line, column: p.column },
        ruleId: 'lost-indent',
        source: SOURCE,
      });
    }
    const text = normalizeText(indent.text, counts);
    if (text === '') continue;
    const made = structure(text, p.line, p.column, notes);
    // A paragraph the page set all in bold stays marked while it is one paragraph (outline.ts reads it).
    if (p.bold && made.length === 1 && made[0].kind === 'paragraph') made[0].bold = true;
    // Chinese a flattened bilingual line goes on with after its English (twins.ts) is the line's text, no heading of its own.
    if (p.midLine) for (const b of made) if (b.kind === 'paragraph') b.midLine = true;
    const twin = twins.twinOf.get(p);
    const figures = twin && made.length === 1 ? figureMismatch(made[0].text, twin.text) : undefined;
    if (twin && made.length === 1 && made[0].kind === 'heading' && /[.;!?]["”’)]?$/.test(twin.text)) {
      // A heading's English is a heading, not a sentence ("Let me begin with a review of our work in 2016."): the page's English is out of step here.
      twins.unclear.push({ why: 'sentence-after-heading', paragraphs: [twin] });
    } else if (twin && figures) {
      // The figures disagree: the two are not the same passage (a page cut in one language, the English out of step) or the translation differs — not for ingest to decide.
      twins.unclear.push({ why: 'figures', paragraphs: [twin], detail: figures });
    } else if (twin && made.length === 1) made[0].english = { ...twin, text: twin.text.normalize('NFC') };
    else if (twin) {
      // A run-in heading split from its paragraph: which part of the English is whose is not clear.
      twins.unclear.push({ why: 'split', paragraphs: [twin] });
    }
    drafts.push(...made);
  }
  outlineLevels(drafts, notes);
  for (const n of notes) {
    const reason =
      n.kind === 'run-in'
        ? 'Split a run-in heading into a heading and a paragraph'
        : n.kind === 'numbered-item'
          ? 'Kept numbered text as a paragraph: it reads as a list item or a note, not a heading'
          : n.kind === 'list'
            ? 'Kept a run of numbered lines as paragraphs: they are a list, not headings'
            : n.kind === 'unnumbered-heading'
              ? 'Made a short unnumbered line before the text a heading'
              : n.kind === 'enumeration'
                ? 'Kept numbered text as a paragraph: the next number follows the first (一、二、三次产业), an enumeration, not a heading'
                : n.kind === 'paragraph-numbers'
                  ? 'Kept numbered text as a paragraph: most of the numbered paragraphs around it are whole paragraphs, so the numbers number paragraphs, not headings'
                  : 'Kept outline-numbered text as a paragraph: it is too long for a heading';
    file.info(reason, { place: { line: n.line, column: n.column }, ruleId: n.kind, source: SOURCE });
  }
  // (Ingest gaps, stop 24) A heading numbered with a GBK-shifted （n）: kept as printed, said so the user can mend it.
  for (const d of drafts) {
    const shifted = d.kind === 'heading' ? shiftedNumberOf(d.text) : undefined;
    if (!shifted) continue;
    const numeral = '一二三四五六七八九十'[shifted.ordinal - 1];
    file.message(
      `Unexpected garbled outline number “${shifted.label}” read as （${numeral}）: the page's “　（${numeral}）” read one byte off as GBK (a site cutting its text a byte into the line), which also garbled the first characters after it; kept as printed — write the number and those characters as the original report has them in zh.md`,
      { place: { line: d.line, column: d.column }, ruleId: 'shifted-number', source: SOURCE },
    );
  }
  if (drafts.length === 0) {
    file.fail('Unexpected page without report text: everything in it is site boilerplate or metadata', { place, ruleId: 'no-content', source: SOURCE });
  }
  // Nothing lost: every Han character of the body must reach the blocks, in order.
  const before = hanOf(body.map((l) => l.text).join(''));
  const after = hanOf(drafts.map((d) => d.text).join(''));
  if (before.normalize('NFC') !== after) {
    file.message('Unexpected loss of Chinese text between the page and zh.md (an ingest bug); compare the output with the source', {
      place,
      ruleId: 'lost-text',
      source: SOURCE,
    });
  }

  // Tables, lists, quotations, boxed sections and the report's own notes (structures.ts, boxes.ts, notes.ts).
  const noted = extractNotes(
    restoreStructures(drafts, taken, counts),
    footed.notes.map((n) => ({ text: normalizeText(n.text, counts), line: n.line, column: n.column })),
  );
  for (const k of noted.pageNotes?.uncalled ?? []) {
    const n = footed.notes[k];
    file.message(`Unexpected page-foot note ${n.mark} of page ${n.page} whose call (line ${n.call.line}, column ${n.call.column}) is not in the report's text (it is in the title block): the note is kept, not called — add its call ([^n]) by hand where it belongs`, {
      place: { line: n.line, column: n.column },
      ruleId: 'page-notes',
      source: SOURCE,
    });
  }
  const boxed = findBoxes(noted.drafts);
  if (noted.heading) found.notes_heading = noted.heading;
  if (noted.notes > 0) {
    const how = noted.byTerm > 0 ? `${noted.calls} called by their markers, ${noted.byTerm} after the first occurrence of their term` : `${noted.calls} called from the text`;
    const sectionNotes = noted.notes - (noted.pageNotes?.notes ?? 0);
    if (sectionNotes > 0) file.info(`Read the notes section (${noted.heading}): ${sectionNotes} note(s), ${how}`, { place, ruleId: 'notes', source: SOURCE });
  }
  for (const note of noted.unlinked) {
    const what = note.term ? `its term “${clip(note.term)}” does not occur in the text` : 'it names no term (术语：…)';
    file.message(
      `Unexpected note ${note.label} that nothing calls: no marker [${note.label}] and ${what}; the notes section (${noted.kept}) is kept as a titled list, its notes not linked — add the calls ([^n]) by hand, or ingest the page that holds the report's text`,
      { place: { line: note.line, column: note.column }, ruleId: 'note-unlinked', source: SOURCE },
    );
  }

  // (in a section kept as a list, the markers are text beside their entries: reported there)
  if (noted.kept === undefined) {
    for (const stray of strayMarkers(noted.drafts)) {
      file.message(
        `Unexpected note marker ${stray.marker} with no note on the page: no notes section (注释, 名词解释 …) holds entry ${stray.marker}; kept as text — ingest the page with the report's notes, or add the note ([^n]: …) by hand`,
        { place: { line: stray.line, column: stray.column }, ruleId: 'note-marker-unlinked', source: SOURCE },
      );
    }
  }

  const excerpt = 'ingest the whole page, or say it is a part (`scope: excerpt` and a `scope_note` in the --meta file or zh.md)';
  for (const { block, before } of cutOffs(boxed.drafts)) {
    const end = `“…${block.text.trim().slice(-12)}”`;
    const reason =
      before === 'end'
        ? `Unexpected end of the report mid-sentence (${end}): the page looks cut off; ${excerpt}`
        : before === 'end-heading'
          ? `Unexpected end of the report at a heading with nothing under it (${end}): the page looks cut off; ${excerpt}`
          : before === 'table'
            ? `Unexpected end of the report inside a table (its last row has fewer cells than the table): the page looks cut off; ${excerpt}`
            : `Unexpected paragraph stopping ${/[，、,]$/.test(block.text.trim()) ? 'mid-sentence' : 'mid-word'} (${end}) before ${{ heading: 'a heading', box: 'a box', notes: 'the notes section', 'other-language': 'text in another language' }[before]}: the page looks cut here, text missing; ${excerpt}`;
    // (the --meta file already says the text is a part, with a note saying which: an end cut is what it says — told, no warning;
    // new user round 10. A cut inside the text is still a warning: the note may not say that text is missing there.)
    const said = options.meta?.scope === 'excerpt' && typeof options.meta.scope_note === 'string' && options.meta.scope_note.trim() !== '';
    if (said && (before === 'end' || before === 'end-heading' || before === 'table')) {
      const where = before === 'end' ? `mid-sentence (${end})` : before === 'end-heading' ? `at a heading with nothing under it (${end})` : 'inside a table';
      file.info(`The report ends ${where}, as the scope note says: the editions print it as an excerpt`, { place: { line: block.line, column: block.column }, ruleId: 'cut-off', source: SOURCE });
      continue;
    }
    file.message(reason, { place: { line: block.line, column: block.column }, ruleId: 'cut-off', source: SOURCE });
  }

  const page: ReportMeta = { ...extracted.meta, ...definedOf(found) };
  // (a page-foot note's call in the title block: the front matter holds no call)
  for (const [key, value] of Object.entries(page)) if (typeof value === 'string' && /[\uE000-\uE3FF]/u.test(value)) (page as Record<string, unknown>)[key] = value.replace(CALL_TOKEN, '');
  // Same typography as the body (关于…(试行)的通知 → （试行）); the speaker keeps its space.
  for (const key of ['title', 'issuer', 'occasion'] as const) if (page[key]) page[key] = normalizeText(page[key], counts);
  // A date given in the meta file is the editor's: where the page had its own no longer matters.
  if (options.meta?.date !== undefined && options.meta.date_source === undefined) delete page.date_source;
  const meta = mergeMeta(page, options.meta ?? {}, file);
  // The issuer's place from the text's words (issuer.ts): said when taken; when the text named none unambiguously, the candidates.
  for (const note of options.meta?.issuer === undefined ? (issuerNotes ?? []) : []) {
    if (note.taken) file.info(`Took the issuer's place ${note.taken} from the text's words (the page gives the unit, not its place): ${note.reason}`, { place, ruleId: 'issuer-place', source: SOURCE });
    else if (meta.issuer === found.issuer) file.message(`Unexpected issuer without its place: the page gives the unit only, and ${note.reason}; add \`issuer\` to the --meta file or to zh.md`, { place, ruleId: 'issuer-place', source: SOURCE });
  }
  for (const [field, what] of MISSABLE) {
    if (meta[field] !== undefined && meta[field] !== '') continue;
    file.message(`Unexpected page without a recognisable ${what}; add \`${field}\` to the --meta file or to zh.md`, { place, ruleId: `missing-${field}`, source: SOURCE });
  }
  const blocks = assignIds(boxed.drafts);
  const markdown = serialize(meta, blocks);
  // The title block's English is held to the same figures as a paragraph's (check compares title and occasion too).
  for (const key of ['title', 'occasion'] as const) {
    const en = twins.title?.[key];
    const zh = typeof meta[key] === 'string' ? (meta[key] as string) : undefined;
    const detail = en && zh ? figureMismatch(zh, en) : undefined;
    if (!detail) continue;
    const at = twins.title!.lines[0] ?? { line: 1, column: 1 };
    twins.unclear.push({ why: 'figures', detail: `its ${key}: ${detail}`, paragraphs: [{ text: en!, line: at.line, column: at.column }] });
    delete twins.title![key];
  }
  const english = twins.bilingual ? englishMarkdown(markdown, meta, blocks, twins.title) : undefined;
  reportTwins(file, twins, english?.blocks ?? 0);
  const headings = blocks.filter((b) => b.kind === 'heading').length;
  const summary: IngestSummary = {
    encoding: decoded.encoding,
    format: html ? 'html' : 'text',
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
  inReadingOrder(file);
  return { markdown, file, summary, frontMatter: meta, blocks, english };
}

/** A file's messages in reading order (line, then column), whichever step raised them. */
export function inReadingOrder(file: VFile): void {
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
