/**
 * What ingest says about the page's lines (index.ts's steps before the text is
 * read as blocks): each function says one step's findings on the file, with
 * the step's rule id, place and severity — `info` for what was removed or
 * repaired as it should be, a warning (`message`) for what the user must look
 * at, `fail` for a page that is no report. The texts live here, the flow in index.ts.
 */
import type { VFile } from 'vfile';
import { JUMP_FROM, JUMP_ONWARD } from './boilerplate.ts';
import { clip, SAY_A_PART, saidToBeAPart, SOURCE } from './messages.ts';
import type { SourceLine } from './types.ts';

/** A finding at a line and column of the page. */
interface At {
  line: number;
  column: number;
}

const PAGE = { line: 1, column: 1 };
const at = (where: At) => ({ line: where.line, column: where.column });

/** Refuse a page without Chinese: an English edition alone (a portal's English site), said so with what to do, or any other text. */
export function failWithoutChinese(file: VFile, text: string): void {
  // (stop 49, blind: xiuzhiben.com) A page in Japanese — a mirror's machine translation of a session's story, "…常州市人民代表大会
  // ?回会議が市行政センターで盛大に開幕した。" — has Han in it but is no Chinese text: kana, which Chinese never writes (the
  // katakana middle dot and long mark aside, "玛丽・居里"), a sixth of its characters or more (was: ingested as a Chinese page).
  const kana = text.match(/[\u3041-\u3096\u30a1-\u30fa]/gu)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (kana >= 20 && kana * 5 >= han) {
    file.fail('Unexpected text in Japanese, expected a Chinese report: kana make up a large share of its characters (a machine translation of a page, most likely); ingest the Chinese page', { place: PAGE, ruleId: 'no-chinese', source: SOURCE });
  }
  if (/\p{Script=Han}/u.test(text)) return;
  // (stop 54, blind: korean.people.com.cn, 人民网's Korean edition of a session's news) A page in Korean: Hangul, twenty syllables or
  // more and no Chinese — said as Korean (it was refused with no word of its language)
  if ((text.match(/\p{Script=Hangul}/gu)?.length ?? 0) >= 20) {
    file.fail('Unexpected text in Korean, expected a Chinese report: the page is written in Hangul (a Korean edition or translation of a page); ingest the Chinese page', { place: PAGE, ruleId: 'no-chinese', source: SOURCE });
    return;
  }
  // (stop 54, blind: truyentop.net) A page in Latin letters that is no English: a fifth of its words or more carry letters English
  // never writes (Vietnamese's "Báo cáo công tác chính quyền", a translation of a Chinese novel's chapter) — said as another
  // language, not as an English edition (it was)
  const words = text.match(/[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]{2,}/gu) ?? [];
  const accented = words.filter((w) => /[\u00C0-\u024F\u1E00-\u1EFF]/u.test(w)).length;
  if (accented >= 20 && accented * 5 >= words.length) {
    file.fail('Unexpected text without Chinese characters, expected a Chinese report: this page is in a language written in Latin letters other than English (a fifth of its words or more carry accented letters English never writes: a translation, most likely); ingest the Chinese page', { place: PAGE, ruleId: 'no-chinese', source: SOURCE });
    return;
  }
  const english = (text.match(/[A-Za-z]{2,}/g)?.length ?? 0) >= 40;
  file.fail(
    english
      ? 'Unexpected text without Chinese characters, expected a Chinese report: this page is in English only (an English edition); ingest the Chinese page, or a bilingual edition, whose English goes to en.md — an English-only page has no Chinese text to pair it with'
      : 'Unexpected text without Chinese characters, expected a Chinese report',
    { place: PAGE, ruleId: 'no-chinese', source: SOURCE },
  );
}

export function sayChunkNumbers(file: VFile, numbers: ReadonlyArray<At & { text: string }>): void {
  for (const n of numbers) {
    file.info(`Removed a document site's chunk number and joined its chunk to the text before it: “${n.text}…” (not the report's numbering)`, { place: at(n), ruleId: 'chunks', source: SOURCE });
  }
}

export function sayFlattened(file: VFile, split: number): void {
  if (split === 0) return;
  file.info(`Split ${split} line(s) that held a whole page at its lost line breaks (the spaces after a sentence, around outline numbering and where Chinese meets an English sentence; between a title and 各位代表; before a first heading glued after a sentence)`, {
    place: PAGE,
    ruleId: 'flattened',
    source: SOURCE,
  });
}

/** (stop 58) Lines of cells a single space apart read as a table's rows (spaced-row.ts): said once, at the first. */
export function saySpacedRows(file: VFile, rows: readonly SourceLine[]): void {
  if (rows.length === 0) return;
  const first = rows[0];
  file.info(`Read ${rows.length} line(s) of cells set apart by spaces as table rows, the cells kept apart with bars (a table flattened into the text; the spaces were closed up as wraps, gluing the cells): “${first.text.trim()}”`, {
    place: { line: first.line, column: first.column },
    ruleId: 'table-row',
    source: SOURCE,
  });
}

export function sayBilingualHead(file: VFile, split: number): void {
  if (split === 0) return;
  file.info(`Split ${split} line(s) of the head where Chinese meets English: a bilingual edition's title block run onto one line, each field then its English`, { place: PAGE, ruleId: 'bilingual-head', source: SOURCE });
}

/** Pictures' places run into the text as Markdown ("![]()"), taken out (image-marks.ts). */
export function sayImageMarks(file: VFile, removed: { first?: At; count: number }): void {
  if (removed.first) file.info(`Removed ${removed.count} picture mark(s) run into the text (“![]()”: a picture's place as the page's text gives it, no word of the report)`, { place: removed.first, ruleId: 'image-marks', source: SOURCE });
}

/** (stop 50) Markdown table rule rows ("---|---|") where no table was read, emptied (pipe-table.ts takeTableRules). */
export function sayTableRules(file: VFile, taken: ReadonlyArray<At & { text: string }>): void {
  if (taken.length > 0) file.info(`Removed ${taken.length} Markdown table rule row(s) (“${clip(taken[0].text)}”: the format under a table's first row as a page saved as text gives it, no word of the report)`, { place: at(taken[0]), ruleId: 'table-rule', source: SOURCE });
}

/** (stop 50) A numbered heading printed twice in a row, its second copy out (doubled-headings.ts). */
export function sayDoubledHeadings(file: VFile, taken: ReadonlyArray<At & { text: string }>): void {
  for (const t of taken) file.info(`Removed a heading's second copy run on after it (“${clip(t.text)}” printed twice in a row: a document site's doubled heading); the first copy stays`, { place: at(t), ruleId: 'doubled-heading', source: SOURCE });
}

/** (stop 53) A line printed again on the next line (doubled-headings.ts takeDoubledLines). */
export function sayDoubledLines(file: VFile, taken: ReadonlyArray<At & { text: string; teaser?: boolean; summary?: boolean }>): void {
  for (const t of taken) if (t.summary) file.info(`Removed the page's summary over the text (“${clip(t.text)}”, cut off mid-word: the lines under it print it whole and go on); the text stays whole`, { place: at(t), ruleId: 'doubled-line', source: SOURCE });
  else if (t.teaser) file.info(`Removed a line's first copy, cut off (“${clip(t.text)}”: the next line prints it whole and goes on — a search page's snippet printed again); the whole copy stays`, { place: at(t), ruleId: 'doubled-line', source: SOURCE });
  else file.info(`Removed a line's second copy (“${clip(t.text)}” printed twice in a row: a page that printed an answer or a caption again); the first copy stays`, { place: at(t), ruleId: 'doubled-line', source: SOURCE });
}

/** (stop 41) A page's HTML printed as its text: its tags out (printed-markup.ts). */
export function sayPrintedMarkup(file: VFile, taken: { first?: At; count: number; quoted?: readonly string[]; marks?: number }): void {
  // (stop 47, blind: bbs.seclub.cn) the tags the page printed, quoted (it quoted "<p style=…>", "</span>" whatever they were: "<br />")
  const quoted = (taken.quoted ?? []).map((t) => `“${t}”`).join(', ');
  // (stop 51) lines of a mirror's decoy tags, the list marks before some of them gone with them
  const marks = taken.marks ? `; ${taken.marks} of the lines of tags began with a list's mark (“• ”, “1. ”), taken with them` : '';
  if (taken.first) file.info(`Removed ${taken.count} HTML tag(s) printed in the text (${quoted}: the page's markup, copied as if it were words — a forum's archive of a post pasted as HTML, or a mirror's decoy tags); the paragraphs are read at its block tags${marks}`, { place: taken.first, ruleId: 'printed-markup', source: SOURCE });
}

/** (stop 60) A forum editor's BBCode printed in the text (printed-markup.ts takePrintedBBCode). */
export function sayPrintedBBCode(file: VFile, taken: { first?: At; count: number; quoted?: readonly string[] }): void {
  if (taken.first) file.info(`Removed ${taken.count} BBCode tag(s) printed in the text (${(taken.quoted ?? []).map((t) => `“${t}”`).join(', ')}: a forum editor's styling, copied as if it were words)`, { place: taken.first, ruleId: 'printed-markup', source: SOURCE });
}

/** (stop 51) A word processor's field codes printed in the text (printed-markup.ts takePrintedFieldCodes). */
export function sayPrintedFieldCodes(file: VFile, taken: { first?: At; count: number }): void {
  if (taken.first) file.info(`Removed ${taken.count} word-processor field code(s) printed in the text (“PAGEREF _Toc25831 h 3”: a table of contents pasted with its fields shown — a bookmark's name and the page it pointed to, no words of the report)`, { place: taken.first, ruleId: 'printed-markup', source: SOURCE });
}

/** (stop 50) A style sheet's rules printed in the text (printed-markup.ts takePrintedStyles). */
export function sayPrintedStyles(file: VFile, taken: { first?: At; count: number }): void {
  if (taken.first) file.info(`Removed ${taken.count} run(s) of a style sheet's rules printed in the text (“.TRS_Editor P{line-height:1;…}”: the page's styles, copied as if they were words)`, { place: taken.first, ruleId: 'printed-markup', source: SOURCE });
}

export function sayPinyin(file: VFile, first: At | undefined, count: number): void {
  if (first) file.info(`Removed ${count} pinyin annotation(s) a converter glued after characters (經(jīng)濟 → 經濟)`, { place: first, ruleId: 'pinyin', source: SOURCE });
}

/** (stop 48) HTML character references printed as text ("&nbsp;", "&ldquo;"), decoded (char-refs.ts). */
export function sayCharacterReferences(file: VFile, decoded: { first?: At & { text: string }; count: number }): void {
  if (decoded.first) file.info(`Decoded ${decoded.count} HTML character reference(s) the page printed as text (市长&nbsp;王明 → 市长 王明; the first: “${decoded.first.text}”)`, { place: at(decoded.first), ruleId: 'character-reference', source: SOURCE });
}

/** (round 31) The commas the same converter doubled, removed (pinyin.ts removeDoubledCommas). */
export function sayDoubledCommas(file: VFile, removed: { first?: At; count: number }): void {
  if (removed.first) file.info(`Removed ${removed.count} comma(s) the same converter doubled before another mark (一年來,,我們 → 一年來,我們; 開局,。 → 開局。)`, { place: removed.first, ruleId: 'pinyin', source: SOURCE });
}

export function sayMojibake(file: VFile, garbled: ReadonlyArray<At & { garbled: string; text: string; repaired: boolean; replaced?: 'Big5' | 'GBK' }>): void {
  for (const g of garbled) {
    const place = at(g);
    if (g.replaced)
      file.message(
        `Unexpected garbled line: “${clip(g.garbled)}” is nothing but replacement marks (characters a UTF-8 copy could not decode, U+FFFD) read as ${g.replaced}, every character of it lost: removed — if it held the report's words, take them from another copy of the page`,
        { place, ruleId: 'mojibake', source: SOURCE },
      );
    else if (g.repaired) file.info(`Repaired a line garbled as mojibake (UTF-8 read as GBK): “${clip(g.garbled)}” → “${clip(g.text)}”`, { place, ruleId: 'mojibake', source: SOURCE });
    else
      file.message(
        `Unexpected garbled line (UTF-8 read as GBK, with bytes lost): removed, as it cannot be restored; what can be read of it: “${clip(g.text.replace(/\uFFFD/gu, '?'))}” — if it is the report's text, take it from another copy of the page`,
        { place, ruleId: 'mojibake', source: SOURCE },
      );
  }
}

export function sayLostBytes(file: VFile, lost: ReadonlyArray<At & { context: string }>): void {
  for (const b of lost) {
    file.message(
      `Unexpected broken characters in the text: “…${b.context}…” — a “?” and a stray Latin byte between Chinese characters are what is left of one or two characters the page's encoding lost (e.g. 。縣 → ??h); kept as found: check this sentence against another copy of the page and correct zh.md`,
      { place: at(b), ruleId: 'lost-bytes', source: SOURCE },
    );
  }
}

/** (stop 57) A digitised paper's geta marks, "〓", each a character its font lacked (lost-bytes.ts findMissingGlyphs), kept as printed. */
export function sayMissingGlyphs(file: VFile, found: (At & { count: number; places: ReadonlyArray<{ line: number; context: string }> }) | undefined): void {
  if (!found) return;
  const quoted = found.places.map((p) => `“…${p.context}…” (line ${p.line})`).join(', ');
  file.message(
    `Unexpected missing characters in the text: ${found.count} “〓” — the mark a digitised paper or a database prints for a character its font lacked, each one a character lost: ${quoted}${found.count > found.places.length ? ' and more' : ''}; kept as found: take the words from another copy of the page and correct zh.md`,
    { place: at(found), ruleId: 'lost-bytes', source: SOURCE },
  );
}

/** (stop 53) A run of characters read one byte off as GBK (lost-bytes.ts findShiftedRuns), kept as printed. */
export function sayShiftedRuns(file: VFile, runs: ReadonlyArray<At & { garbled: string; reading: string }>): void {
  for (const r of runs) {
    file.message(
      `Unexpected garbled characters in the text: “${r.garbled}” — characters read one byte off (a byte the page's GBK copy lost), which read one byte on as “${r.reading}”; the words there are lost (the run cannot be read back whole), kept as printed: check this sentence against another copy of the page and correct zh.md`,
      { place: at(r), ruleId: 'lost-bytes', source: SOURCE },
    );
  }
}

/** (stop 54) A run of random characters a document library salted its preview with (lost-bytes.ts findNoiseRuns), kept as printed. */
export function sayNoiseRuns(file: VFile, runs: ReadonlyArray<At & { run: string; length: number }>): void {
  for (const r of runs) {
    file.message(
      `Unexpected run of random characters in the text: “${r.run}…”, ${r.length} characters with no mark between them, few of them common words — what a document library salts its preview with against copying, not the report's words; kept as printed (the report's words glued to either end cannot be told apart by rule): take them out of zh.md, checking against another copy of the report`,
      { place: at(r), ruleId: 'random-characters', source: SOURCE },
    );
  }
}

/** (stop 49) Dates whose 月 the page lost ("728日"), kept as printed (lost-bytes.ts findLostMonths). */
export function sayLostMonths(file: VFile, lost: ReadonlyArray<At & { date: string }>): void {
  for (const d of lost) {
    file.message(
      `Unexpected date without its month: “${d.date}” — the page writes none of its dates with 月 (7月28日 printed “728日”), so the character was lost; kept as printed, as which figures are the month cannot be known from here: check the date against another copy of the page and correct zh.md`,
      { place: at(d), ruleId: 'lost-month', source: SOURCE },
    );
  }
}

export function sayOmissions(file: VFile, notices: ReadonlyArray<At & { text: string; characters?: number; excerpt?: boolean; button?: boolean }>): void {
  for (const n of notices) {
    if (n.button) {
      file.info(`Removed a site's button printed inside the sentence (“${clip(n.text)}”: it revealed text the site hid, shown after it), the sentence kept whole around it`, { place: at(n), ruleId: 'omitted-text', source: SOURCE });
      continue;
    }
    if (n.excerpt) {
      file.message(
        `Unexpected excerpt: the page's note “${clip(n.text)}” says what follows is selected from the report (parts of it left out, not marked where), removed as the page's words — ingest the whole text, or ${SAY_A_PART}`,
        { place: at(n), ruleId: 'omitted-text', source: SOURCE },
      );
      continue;
    }
    const how = n.characters === undefined ? 'part of the report' : `${n.characters} characters`;
    file.message(
      `Unexpected gap in the report: the site left out ${how} here (“${clip(n.text)}”), removed as its notice; the text before and after it is incomplete — ingest the whole text, or say it is a part (\`scope: excerpt\` and a \`scope_note\` in the --meta file or zh.md)`,
      { place: at(n), ruleId: 'omitted-text', source: SOURCE },
    );
  }
}

/** (stop 42) A labelled abstract over the text that is not made of the text's sentences (boilerplate.ts): kept, said where it stands. */
export function sayKeptAbstracts(file: VFile, abstracts: ReadonlyArray<At & { text: string }>): void {
  for (const a of abstracts) {
    file.message(
      `Unexpected abstract before the report's text: “${clip(a.text)}” — a site's or a journal's summary under its label, not the report's words; kept, because it says things the text below does not (an abstract made of the text's own sentences is removed). Delete it from zh.md unless the report prints it`,
      { place: at(a), ruleId: 'abstract-label', source: SOURCE },
    );
  }
}

export function sayDumpFurniture(file: VFile, taken: ReadonlyArray<At & { where: 'header' | 'footer'; page: number; text: string }>): void {
  for (const f of taken) {
    file.info(`Removed the PDF's running ${f.where} on page ${f.page}: “${f.text}” (repeated at the ${f.where === 'header' ? 'top' : 'foot'} of its pages)`, { place: at(f), ruleId: 'pdf-furniture', source: SOURCE });
  }
}

export function sayPageNotes(file: VFile, notes: ReadonlyArray<At & { mark: string; page: number; text: string; call: At }>): void {
  for (const n of notes) {
    file.info(`Read the page-foot note ${n.mark} of page ${n.page} as a note of the report, called where its mark stands in the text (line ${n.call.line}, column ${n.call.column}): “${clip(n.text)}”`, {
      place: at(n),
      ruleId: 'page-notes',
      source: SOURCE,
    });
  }
}

/** (PDF dumps, round 5) A page-foot note continued at the next page's foot (page-notes.ts). */
export function sayContinuedNotes(file: VFile, continued: ReadonlyArray<At & { mark: string; page: number; lines: number }>): void {
  for (const c of continued) {
    file.info(`Read ${c.lines} line(s) at the foot of page ${c.page} as the rest of the page-foot note ${c.mark} of the page before (continued there, set in the notes' type)`, { place: at(c), ruleId: 'page-notes', source: SOURCE });
  }
}

/** (PDF dumps, round 5) A page's foot that reads as notes numbered 1, 2 … whose calls were not each found once (page-notes.ts): kept as text. */
export function sayUnsafeFeet(file: VFile, feet: ReadonlyArray<At & { page: number; marks: string[]; why: string }>): void {
  for (const u of feet) {
    file.message(
      `Unexpected foot of page ${u.page} that reads as notes numbered ${u.marks.join(', ')} (a word processor's footnotes), not read as notes: ${u.why} — its lines are kept as text where they stand; make the calls [1], [2] … and the notes [^n] by hand`,
      { place: at(u), ruleId: 'page-notes', source: SOURCE },
    );
  }
}

/** (PDF dumps, round 6) A 注：/说明： block at a page's foot or the text's end read as one paragraph after the paragraph of the line over it (remarks.ts). */
export function sayRemarks(file: VFile, remarks: ReadonlyArray<At & { page?: number; lines: number; last: number; after: number; broke: boolean; mid?: boolean; text: string }>): void {
  for (const r of remarks) {
    const where = r.mid ? (r.page === undefined ? 'in the text, the text going on under them' : `in the middle of page ${r.page}, the text going on under them`) : r.page === undefined ? 'at the end of the text' : `at the foot of page ${r.page}`;
    const put = r.broke ? `put after the paragraph the page broke there (its line ${r.after} goes on on the next page)` : `kept after the paragraph over it (line ${r.after})`;
    file.info(`Read ${r.lines} line(s) ${where} (lines ${r.line}–${r.last}) as one block of remarks, not headings: ${put}: “${clip(r.text)}”`, { place: at(r), ruleId: 'remarks', source: SOURCE });
  }
}

/** (PDF dumps, round 6) A -layout dump's simple table read as a table (layout-table.ts `layoutStructures`), and a table's rest on the next page under its repeated header row. */
export function sayLayoutStructures(file: VFile, tables: ReadonlyArray<At & { last: number; rows: number; columns: number; how: 'spaces' | 'rows' | 'cells' }>, continued: ReadonlyArray<At & { header: string }>): void {
  for (const t of tables) {
    const where = `lines ${t.line}–${t.last} as a table of ${t.rows} rows and ${t.columns} columns`;
    if (t.how === 'spaces') file.info(`Read ${where} (its cells kept apart by runs of spaces)`, { place: at(t), ruleId: 'layout-table', source: SOURCE });
    else if (t.how === 'rows') file.info(`Read ${where} (a page's table flattened to text: a row a line, its cells kept apart by “|”)`, { place: at(t), ruleId: 'pipe-table', source: SOURCE });
    else {
      file.message(
        `Unexpected table flattened to text a cell a line (each closed by “|”) in lines ${t.line}–${t.last}: the text does not say where a row ends, so it was read as ${t.columns} columns — the fewest that give a header row of words and columns all of figures or all of words under it (${t.rows} rows). Check it against the page, or rebuild it in zh.md as a :::box with a table`,
        { place: at(t), ruleId: 'pipe-table', source: SOURCE },
      );
    }
  }
  for (const c of continued) file.info(`Read the table at line ${c.line} as the rest of the table before it, over a page break; its header row, repeated there (“${c.header}”), left out`, { place: at(c), ruleId: 'layout-table', source: SOURCE });
}

export function sayLayoutColumns(file: VFile, runs: ReadonlyArray<At & { last: number; gutter: number }>): void {
  for (const c of runs) {
    file.info(`Read lines ${c.line}–${c.last} as two columns side by side (a pdftotext -layout dump; the gutter at column ${c.gutter}): the left column's lines, then the right column's`, { place: at(c), ruleId: 'layout-columns', source: SOURCE });
  }
}

export function sayLayoutTables(file: VFile, tables: ReadonlyArray<At & { last: number; columns: number }>): void {
  for (const t of tables) {
    file.message(
      `Unexpected table set with spaces in lines ${t.line}–${t.last} (up to ${t.columns} cells a line; a PDF's table whose cells wrap over lines, or a pdftotext -layout dump's): read as text, every word kept, but each line's cells run together and a wrapped cell's parts stand lines apart — rebuild it in zh.md as a :::box with a table (the PDF shows it), or ingest the .docx or the page the report was published on`,
      { place: at(t), ruleId: 'layout-table', source: SOURCE },
    );
  }
}

export function sayPlainTables(file: VFile, tables: ReadonlyArray<At & { last: number; cells: number; figures: number }>): void {
  for (const t of tables) {
    file.message(
      `Unexpected table with a cell a line in lines ${t.line}–${t.last} (${t.cells} short lines, ${t.figures} of them figures: a plain pdftotext dump's table): read as one paragraph per cell, the rows lost — the dump does not say which cells make a row, and may even set text printed under the table among its cells. Ingest the PDF itself or a \`pdftotext -layout\` dump (each row on its line), or rebuild the table in zh.md as a :::box with a table`,
      { place: at(t), ruleId: 'plain-table', source: SOURCE },
    );
  }
}

export function sayKeywordChains(file: VFile, chains: ReadonlyArray<At & { text: string; alone: boolean }>): void {
  for (const c of chains) {
    file.info(`Removed a site's keyword chain (short phrases joined by underscores, a tag line no report prints)${c.alone ? ', alone on its line' : ' from the end of the line'}: “${c.text}”`, { place: at(c), ruleId: 'keyword-chain', source: SOURCE });
  }
}

export function sayEditLinks(file: VFile, links: ReadonlyArray<At & { text: string }>): void {
  for (const l of links) {
    file.info(`Removed a wiki's section edit link glued to the start of the line under a heading: “${l.text}”`, { place: at(l), ruleId: 'edit-link', source: SOURCE });
  }
}

export function sayPageNumbers(file: VFile, numbers: ReadonlyArray<At & { number: number | string }>): void {
  for (const n of numbers) {
    file.info(`Removed the page number ${n.number} glued before the first line of its page (a PDF's numbering)`, { place: at(n), ruleId: 'page-number', source: SOURCE });
  }
}

export function sayGluedFolios(file: VFile, numbers: ReadonlyArray<At & { number: number | string }>): void {
  for (const n of numbers) {
    file.info(`Removed the page number ${n.number} in its dashes glued to the end of a line, where a sentence breaks off (a printed page's foot)`, { place: at(n), ruleId: 'page-number', source: SOURCE });
  }
}

export function sayLoneFolios(file: VFile, numbers: ReadonlyArray<At & { number: number | string }>): void {
  for (const n of numbers) {
    file.info(`Removed the page number ${n.number} alone on its line, where a sentence breaks off (a printed page's foot)`, { place: at(n), ruleId: 'page-number', source: SOURCE });
  }
}

/**
 * (held-out round 44) Said where it was taken: at the first line's mark, with the line:column of each (the first twelve,
 * then how many more) — it was said at the page's 1:1 with a count only, so the words a line lost could not be found.
 */
export function sayWatermarks(file: VFile, marks: readonly string[], count: number, places: ReadonlyArray<At> = [], input: (p: At) => At = (p) => p, inside = 0): void {
  if (marks.length > 0) {
    const shown = places.slice(0, 12).map(input).map((p) => `${p.line}:${p.column}`).join(', ');
    const more = places.length > 12 ? ` and ${places.length - 12} more` : '';
    const where = places.length > 0 ? ` (at ${shown}${more})` : '';
    // (stop 50: a slogan and its address taken from inside lines, said as such)
    const from = inside === 0 ? `from the end of ${count} line(s)` : inside === count ? `from inside the text, ${count} time(s)` : `from the end of ${count - inside} line(s) and from inside the text ${inside} time(s)`;
    file.info(`Removed a site's watermark ${from}: ${marks.map((m) => `“${m}”`).join(', ')}${where}`, { place: places[0] ? at(places[0]) : PAGE, ruleId: 'watermark', source: SOURCE });
  }
}

export function sayRemoved(file: VFile, removed: ReadonlyArray<At & { text: string; rule: string; label: string }>): void {
  for (const r of removed) {
    // (stop 54) a bracket alone on its line: the words it enclosed are lost — a warning, not the site's furniture
    if (r.rule === 'lost-text') file.message(`Unexpected bracket alone on its line, “${r.text.trim()}”: what is left of a line whose words the page lost (an occasion in brackets, or a numbered line cut after its bracket); removed — check the original page for the words and write them in zh.md`, { place: at(r), ruleId: r.rule, source: SOURCE });
    else file.info(`Removed site boilerplate (${r.label}): “${clip(r.text)}”`, { place: at(r), ruleId: r.rule, source: SOURCE });
  }
}

/**
 * A newspaper's jump markers (boilerplate.ts): "(紧接第3版)" with no "(下转…)" before it in the file — the report's
 * text before it is on another page of the paper — and "(下转第2版)" with no "(上接…)" after it — the rest is.
 * Pages pasted in order pair them up and say nothing. A part the editor means (`scope: excerpt` with a
 * `scope_note`) is said as info. True when the text was said to begin on another page (its start is said: cut-off.ts
 * need not say it starts mid-outline).
 */
export function sayJumps(file: VFile, removed: ReadonlyArray<At & { text: string; label: string }>, meta: Readonly<Record<string, unknown>> | undefined): boolean {
  const onward: Array<At & { text: string }> = [];
  const unpaired: Array<At & { text: string; from: boolean }> = [];
  for (const r of [...removed].sort((a, b) => a.line - b.line || a.column - b.column)) {
    if (r.label === JUMP_ONWARD) onward.push(r);
    else if (r.label === JUMP_FROM && onward.pop() === undefined) unpaired.push({ ...r, from: true });
  }
  unpaired.push(...onward.map((r) => ({ ...r, from: false })));
  const said = saidToBeAPart(meta);
  for (const jump of unpaired) {
    const where = jump.from ? `begins on another page of the paper (“${clip(jump.text)}”): the report's text before it is not here` : `goes on on another page of the paper (“${clip(jump.text)}”): the rest of the report is not here`;
    if (said) file.info(`The text ${where}, as the scope note says: the editions print it as an excerpt`, { place: at(jump), ruleId: 'cut-off', source: SOURCE });
    else file.message(`Unexpected jump: the text ${where}; add that page's text where the marker is (pages in order, one file), or ${SAY_A_PART}`, { place: at(jump), ruleId: 'cut-off', source: SOURCE });
  }
  return unpaired.some((jump) => jump.from);
}

/** Two columns of a page read across (each line a line of both) or interleaved (a plain dump alternating them). */
export function sayTwoColumns(file: VFile, across: ReadonlyArray<At & { last: number }>, interleaved: ReadonlyArray<At & { last: number }>): void {
  for (const c of across) {
    file.message(
      `Unexpected two columns read across in lines ${c.line}–${c.last}: each line holds a line of the left column, a space and the line of the right column beside it (a two-column page's text extracted across), so the text there does not read in order — kept as found; ingest the PDF or a one-column copy of the page`,
      { place: at(c), ruleId: 'two-columns', source: SOURCE },
    );
  }
  for (const c of interleaved) {
    file.message(
      `Unexpected two columns interleaved in lines ${c.line}–${c.last}: one-line blocks between blank lines, most of them ending mid-sentence — a plain pdftotext dump of a two-column page alternating the columns' lines — so the text there does not read in order; kept as found (nothing tells which line is which column's): ingest the PDF, or its \`pdftotext -layout\` dump, which are read column after column`,
      { place: at(c), ruleId: 'two-columns', source: SOURCE },
    );
  }
}

export function sayInjectedSpam(file: VFile, found: ReadonlyArray<At & { words: readonly string[] }>): void {
  for (const spam of found) {
    file.message(
      `Unexpected gambling-site keywords in the text: ${spam.words.map((w) => `“${w}”`).join(', ')} — a mirror site's advertising injected into the report's sentence, most likely in place of the report's own words; kept as found (ingest cannot tell what they replaced): compare this line with the original page and correct zh.md by hand`,
      { place: at(spam), ruleId: 'injected-spam', source: SOURCE },
    );
  }
}

export function sayForeignScript(file: VFile, found: (At & { scripts: readonly string[]; lines: number }) | undefined): void {
  if (!found) return;
  const scripts = found.scripts.length === 1 ? `${found.scripts[0]} script` : `${found.scripts.slice(0, -1).join(', ')} and ${found.scripts.at(-1)} scripts`;
  file.message(
    `Unexpected text in ${scripts} among the Chinese: ${found.lines} line${found.lines === 1 ? '' : 's'} (the first here) — a translation printed beside the report, or its twin in a minority language; kept as found in the Chinese text: ingest the Chinese alone, or remove those lines from zh.md`,
    { place: at(found), ruleId: 'foreign-script', source: SOURCE },
  );
}

export function sayCaptionSpeaker(file: VFile, speaker: string, caption: At & { text: string }): void {
  file.info(`Took the speaker ${speaker} from the photo caption (the page prints no speaker line): “${clip(caption.text)}”`, {
    place: at(caption),
    ruleId: 'caption-speaker',
    source: SOURCE,
  });
}

/** (stop 49) The speaker read from a portal's stamp row naming its author by role and name (speaker.ts speakerOfStampAuthor). */
export function sayStampSpeaker(file: VFile, speaker: string, stamp: At & { text: string }): void {
  file.info(`Took the speaker ${speaker} from the page's author field (the page prints no speaker line): “${clip(stamp.text)}”`, {
    place: at(stamp),
    ruleId: 'stamp-speaker',
    source: SOURCE,
  });
}

/** (stop 43) A field read from the text's first lines, the page printing none (opening-fields.ts): said where it was read. */
export function sayTakenFromText(file: VFile, taken: ReadonlyArray<{ field: string; value: string; words: string; line: number; column: number }>): void {
  for (const t of taken) {
    file.info(`Took the ${t.field} ${t.value} from the text's words (the page prints no ${t.field} line): “${clip(t.words)}”`, {
      place: { line: t.line, column: t.column },
      ruleId: `${t.field}-from-text`,
      source: SOURCE,
    });
  }
}

/**
 * (stop 45) A news headline's kicker (引题) over the title (metadata.ts): kept in the text — said, so an editor moves it by hand
 * if the edition wants it on its title page. (Stop 46) Its deck (副题) after the title: the front matter's `subtitle`, said.
 */
export function sayHeadlineParts(file: VFile, parts: { kicker?: { line: number; column: number; text: string }; deck?: { line: number; column: number; text: string } } | undefined, title: string | undefined): void {
  if (!parts) return;
  for (const [part, name] of [[parts.kicker, 'kicker (引题) over'], [parts.deck, 'deck (副题) after']] as const) {
    if (!part) continue;
    const reason = part === parts.deck
      ? `Read the headline's deck (副题) after the title (${clip(title ?? '')}) as its subtitle (front matter \`subtitle\`, printed under the title): “${clip(part.text)}”`
      : `Kept in the text the headline's ${name} the title (${clip(title ?? '')}) (move it by hand if the edition wants it): “${clip(part.text)}”`;
    file.info(reason, {
      place: { line: part.line, column: part.column },
      ruleId: 'headline-parts',
      source: SOURCE,
    });
  }
}

/** The head's lines metadata.ts took out of the text: removed as the page's, or moved to the front matter. */
export function sayMoved(file: VFile, moved: ReadonlyArray<{ line: number; text: string; rule: string; notice?: boolean; section?: boolean; infobox?: { heading?: boolean; field?: string; value?: string } }>, title?: string): void {
  const bare = (text: string) => text.replace(/[\s\u3000]+/gu, '');
  for (const m of moved) {
    const reason =
      // (stop 60, mends60; mmtar.com) a wiki infobox's heading, or an item whose value no front-matter field took (外文名:…): was
      // "Moved to front matter", though nothing of it was there
      m.infobox?.heading
        ? `Removed a wiki infobox's heading (its items follow it): “${clip(m.text)}”`
        : m.infobox && m.infobox.field === undefined
        ? title !== undefined && m.infobox.value !== undefined && bare(m.infobox.value) === bare(title)
          ? `Removed a wiki infobox's item whose value is the title already: “${clip(m.text)}”`
          : `Removed a wiki infobox's item, its value read into no front-matter field and not kept (copy it into zh.md if the edition wants it): “${clip(m.text)}”`
        : m.notice
        ? `Removed the text of the notice issuing the report (its title, …关于印发…的通知, is not on the page): “${clip(m.text)}”`
        : m.section
        ? `Removed the encyclopedia copy's own section title from the text (its numbered outline over the report's, not the report's heading): “${clip(m.text)}”`
        : m.rule === 'site-name'
        ? `Removed site boilerplate (site name): “${clip(m.text)}”`
        : m.rule === 'page-head'
          ? `Removed the page's head above the report (its title block or salutation): “${clip(m.text)}”`
          : m.rule === 'cover-notice'
            ? `Removed the cover notice's text (its title is kept as cover_notice): “${clip(m.text)}”`
            : m.rule === 'chair'
              ? `Removed the session chair's words before the report (the chair's name, the sitting's opening and agenda): “${clip(m.text)}”`
              : m.rule === 'adoption-note'
              ? `Read the adoption note under the title as the document's date (written), not as the occasion (nothing was delivered there), and removed it from the text: “${clip(m.text)}”`
              : m.rule === 'byline'
              ? `Removed the story's byline under its headline (a reporter's credit, no speaker's line: no salutation follows): “${clip(m.text)}”`
              : m.rule === 'transcript-tag'
              ? `Removed the live transcript's speaker tag before the text: “${clip(m.text)}”`
              : `Moved to front matter: “${clip(m.text)}”`;
    // (stop 55) a 发文字号 whose 〕 and 号 the copy lost: a warning, the number kept as printed
    if (m.rule === 'garbled-number') file.message(`Unexpected document number with its closing bracket and 号 lost, “${clip(m.text)}” (the year's figures run on into the number): moved to front matter as printed (disclosure 文号) and not read into the title — check the number on the original and correct it in zh.md`, { place: { line: m.line, column: 1 }, ruleId: m.rule, source: SOURCE });
    else file.info(reason, { place: { line: m.line, column: 1 }, ruleId: m.rule, source: SOURCE });
  }
}

/** (stop 58) Replacement marks read as Big5 or GBK inside a line (lost-bytes.ts findReplacedRuns), kept as printed. */
export function sayReplacedRuns(file: VFile, runs: ReadonlyArray<At & { run: string; encoding: 'Big5' | 'GBK' }>): void {
  for (const r of runs) {
    file.message(
      `Unexpected garbled characters in the text: “${clip(r.run)}” — replacement marks (characters a UTF-8 copy could not decode, U+FFFD) read as ${r.encoding}, the characters there lost; kept as printed: take the words from another copy of the page and correct zh.md`,
      { place: at(r), ruleId: 'lost-bytes', source: SOURCE },
    );
  }
}

/** (stop 58) A GBK page a copy had read as Latin-1, read back (decode.ts readBackLatin1). */
export function sayLatin1Read(file: VFile, garbled: { text: string; lost: number }): void {
  file.message(
    `Unexpected page garbled as Latin-1: its Chinese (GBK) bytes were read as Latin letters by a copy (“${clip(garbled.text.replace(/\s+/gu, ' '))}”); read back as GBK${garbled.lost > 0 ? `, but ${garbled.lost} character(s) could not be, each read as “?” with the character beside it maybe wrong` : ''}: check the text against another copy of the page`,
    { place: { line: 1, column: 1 }, ruleId: 'mojibake', source: SOURCE },
  );
}
