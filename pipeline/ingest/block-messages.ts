/**
 * What ingest says about the text read as blocks and about the front matter
 * (index.ts's steps from the paragraphs on): each function says one step's
 * findings on the file, with the step's rule id, place and severity. The texts
 * live here, the flow in index.ts; the page's lines are line-messages.ts's.
 */
import { toSimplified } from '../model/han-forms.ts';
import type { VFile } from 'vfile';
import type { CutOff } from './cut-off.ts';
import { missableFor } from './front-matter.ts';
import { issuerWanted } from './issuer-kind.ts';
import type { IssuerNote } from './issuer.ts';
import type { ListPage } from './list-page.ts';
import type { BlankFigure } from './blank-figures.ts';
import type { LostMark } from './lost-marks.ts';
import type { SpunWord } from './spun-text.ts';
import type { Mask } from './masked-text.ts';
import type { NewYearMessage } from './new-year-message.ts';
import type { OtherDocument } from './other-document.ts';
import { clip, SAY_A_PART, saidToBeAPart, SOURCE } from './messages.ts';
import { sessionLede, siteHeadline } from './removed-head.ts';
import type { StoryParagraph } from './news-story.ts';
import type { NotesResult } from './notes.ts';
import { shiftedNumberOf, type StructureNote } from './structure.ts';
import type { DraftBlock, RemovedLine } from './types.ts';

/** A finding at a line and column of the page. */
interface At {
  line: number;
  column: number;
}

const PAGE = { line: 1, column: 1 };
const at = (where: At) => ({ line: where.line, column: where.column });

export function sayLostIndent(file: VFile, removed: string, paragraph: At): void {
  file.info(`Removed “${removed}” at the start of a paragraph: characters the page lost, most likely its full-width indentation`, {
    place: at(paragraph),
    ruleId: 'lost-indent',
    source: SOURCE,
  });
}

/** How outline numbering and run-in headings were read (structure.ts, outline.ts). */
export function sayStructureNotes(file: VFile, notes: readonly StructureNote[]): void {
  for (const n of notes) {
    const reason =
      n.kind === 'run-in'
        ? `Split a run-in heading into a heading and a paragraph${n.mark ? `, leaving off the “${n.mark}” ${/[:：]/u.test(n.mark) ? 'after the heading' : 'that ended its sentence'} (a heading takes none; write it back in zh.md if the report's heading keeps it)` : ''}`
        : n.kind === 'heading-mark'
          ? /[？?]/u.test(n.mark ?? '')
            ? `Left off the “${n.mark}” that ended the heading: no question word in it, most likely a character the page lost (as a document site prints one); write the heading as the report has it in zh.md`
            : `Left off the “${n.mark}” that ended the heading: a heading on its own line takes no full stop (GB/T 15834); write it back in zh.md if the report's heading keeps it`
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
    file.info(reason, { place: at(n), ruleId: n.kind, source: SOURCE });
  }
}

/** (Ingest gaps, stop 24) A heading numbered with a GBK-shifted （n）: kept as printed, said so the user can mend it. */
// (stop 54, mends54; blind53a's www.moonvisionstudio.com) a paragraph opening on one too — an item too long for a heading,
// "?。ㄈ┲?chuàng)建以廣州國際生物島…" (its garbled characters were said nowhere)
export function sayShiftedNumbers(file: VFile, drafts: readonly DraftBlock[]): void {
  for (const d of drafts) {
    const shifted = d.kind === 'heading' || d.kind === 'paragraph' ? shiftedNumberOf(d.text) : undefined;
    if (!shifted) continue;
    const numeral = '一二三四五六七八九十'[shifted.ordinal - 1];
    file.message(
      `Unexpected garbled outline number “${shifted.label}” read as （${numeral}）: the page's “　（${numeral}）” read one byte off as GBK (a site cutting its text a byte into the line), which also garbled the first characters after it; kept as printed — write the number and those characters as the original report has them in zh.md`,
      { place: at(d), ruleId: 'shifted-number', source: SOURCE },
    );
  }
}

/**
 * (stop 55, blind: breakinglatest.news, an English news site's story of a district delegation reviewing Hengyang's report) A page
 * in English with a name or two in Chinese — twenty Han characters or fewer ("…Government Portal-[雁峰区] The Yanfeng District
 * delegation reviewed…"), read as English by failWithoutText's measure — is refused before it is read (it was read as a bilingual
 * edition, its English said glued inside "Chinese lines", its Chinese the district's name).
 */
export function englishButForAName(page: string): boolean {
  const han = page.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = page.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  const letters = page.match(/[A-Za-z]/g)?.length ?? 0;
  return han > 0 && han <= 20 && words >= 100 && (words >= 4 * han || letters >= 12 * han);
}

export function failWithoutText(file: VFile, page = ''): never {
  // (stop 50, mends50; blind49a's 99.wendadaohang.com, a Q&A site's English translation of 嘉兴's 2006 report under the asker's
  // line "这是06年政府工作雇员的报告. 加分后还有07年的") A page in English but for a line or two of Chinese — fewer than 60 Han
  // characters, 100 English words or more and four a character at least — is said to be in English (was: "everything in it is
  // site boilerplate or metadata"); the rule id stays, so the command's hint (align an official English page) still follows.
  const han = page.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = page.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  // (stop 52, mends52; blind51a's whswwb.org.cn, 武汉 2015 in English under the 外事办's breadcrumb, title and stamp: 40 Han, 144
  // words as counted, the copy having run many together, "onFebruary", "theMunicipal") or its Latin letters twelve a character
  const letters = page.match(/[A-Za-z]/g)?.length ?? 0;
  const why = han < 60 && words >= 100 && (words >= 4 * han || letters >= 12 * han) ? `it is in English (${words} English words) but for ${han} Chinese character(s), a note or the site's chrome — an English edition has no Chinese text to pair it with; ingest the Chinese page, or a bilingual edition, whose English goes to en.md` : 'everything in it is site boilerplate or metadata';
  return file.fail(`Unexpected page without report text: ${why}`, { place: PAGE, ruleId: 'no-content', source: SOURCE });
}

export function sayLostText(file: VFile): void {
  file.message('Unexpected loss of Chinese text between the page and zh.md (an ingest bug); compare the output with the source', {
    place: PAGE,
    ruleId: 'lost-text',
    source: SOURCE,
  });
}

/** The page-foot notes whose call was not in the report's text (it was in the title block). */
export function sayUncalledPageNotes(file: VFile, notes: ReadonlyArray<At & { mark: string; page: number; call: At }>, uncalled: readonly number[]): void {
  for (const k of uncalled) {
    const n = notes[k];
    file.message(`Unexpected page-foot note ${n.mark} of page ${n.page} whose call (line ${n.call.line}, column ${n.call.column}) is not in the report's text (it is in the title block): the note is kept, not called — add its call ([^n]) by hand where it belongs`, {
      place: at(n),
      ruleId: 'page-notes',
      source: SOURCE,
    });
  }
}

/** The notes section read (notes.ts), and its entries nothing calls. */
export function sayNotes(file: VFile, noted: NotesResult): void {
  if (noted.notes > 0) {
    const how = noted.byTerm > 0 ? `${noted.calls} called by their markers, ${noted.byTerm} after the first occurrence of their term` : `${noted.calls} called from the text`;
    const sectionNotes = noted.notes - (noted.pageNotes?.notes ?? 0);
    if (sectionNotes > 0) file.info(`Read the notes section (${noted.heading}): ${sectionNotes} note(s), ${how}`, { place: PAGE, ruleId: 'notes', source: SOURCE });
  }
  // (stop 39, blind: bx2200.com's 6th page of a report split over pages — its 名词解释 and no text: said as such, before each note's own warning)
  const firstNote = Math.min(...noted.unlinked.map((n) => n.line));
  const textBefore = noted.drafts.some((d) => (d.kind === 'paragraph' || d.kind === 'quote' || d.kind === 'item') && d.line < firstNote);
  if (noted.unlinked.length > 1 && !textBefore) {
    file.message(
      `Unexpected page holding only a notes section (${noted.kept}, ${noted.unlinked.length} notes) and no text of the report: a later page of a report split over pages, or the notes published apart — ingest the page(s) with the report's text (join the pages into one file), or keep this page only if the notes are what you mean to publish`,
      { place: at(noted.unlinked[0]), ruleId: 'notes-only', source: SOURCE },
    );
  }
  for (const note of noted.unlinked) {
    const what = note.term ? `its term “${clip(note.term)}” does not occur in the text` : 'it names no term (术语：…)';
    file.message(
      `Unexpected note ${note.label} that nothing calls: no marker [${note.label}] and ${what}; the notes section (${noted.kept}) is kept as a titled list, its notes not linked — add the calls ([^n]) by hand, or ingest the page that holds the report's text`,
      { place: at(note), ruleId: 'note-unlinked', source: SOURCE },
    );
  }
}

/** Note markers in the text that no note answers (notes.ts strayMarkers). */
export function sayStrayMarkers(file: VFile, strays: ReadonlyArray<At & { marker: string }>): void {
  for (const stray of strays) {
    file.message(
      `Unexpected note marker ${stray.marker} with no note on the page: no notes section (注释, 名词解释 …) holds entry ${stray.marker}; kept as text — ingest the page with the report's notes, or add the note ([^n]: …) by hand`,
      { place: at(stray), ruleId: 'note-marker-unlinked', source: SOURCE },
    );
  }
}

/**
 * Where the report's text is cut (cut-off.ts). When the --meta file already says the text is a part, with a note
 * saying which, an end cut is what it says — told, no warning (new user round 10); a cut inside the text is still
 * a warning: the note may not say that text is missing there.
 */
export function sayCutOffs(file: VFile, cuts: readonly CutOff[], meta: Readonly<Record<string, unknown>> | undefined): void {
  const excerpt = `ingest the whole page, or ${SAY_A_PART}`;
  const said = saidToBeAPart(meta);
  for (const { block, before, first } of cuts) {
    if (before === 'start') {
      if (!first) continue;
      const heading = `“${clip(first.heading.text.trim())}” (line ${first.heading.line})`;
      // (stop 44: or the text opens at a sub-heading, （五）, with no part heading, 一、, on the page — a section cut from the report)
      const what =
        first.above === 0
          ? `its first words are a heading of the outline's second level, ${heading}, not number one, and no heading of the level above it (一、…) is on the page`
          : `its first numbered heading, ${heading}, is not number one, and ${first.above === 1 ? 'a paragraph stands' : `${first.above} paragraphs stand`} before it under no heading of ${first.above === 1 ? 'its' : 'their'} own`;
      const looks = first.above === 0 ? "the page looks like one section of the report, the report's beginning and its part heading not on it; ingest the whole report" : "the page looks like a later page of a paginated copy (…&pagenum=2), the report's beginning not on it; ingest its pages in order from the first (one file)";
      if (said) file.info(`The report starts mid-outline, as the scope note says (${what}): the editions print it as an excerpt`, { place: at(block), ruleId: 'cut-off', source: SOURCE });
      else file.message(`Unexpected start of the report mid-outline: ${what} — ${looks}, or ${SAY_A_PART}`, { place: at(block), ruleId: 'cut-off', source: SOURCE });
      continue;
    }
    const end = `“…${block.text.trim().slice(-12)}”`;
    const reason =
      before === 'end'
        ? `Unexpected end of the report mid-sentence (${end}): the page looks cut off; ${excerpt}`
        : before === 'end-heading'
          ? `Unexpected end of the report at a heading with nothing under it (${end}): the page looks cut off; ${excerpt}`
          : before === 'table'
            ? `Unexpected end of the report inside a table (its last row has fewer cells than the table): the page looks cut off; ${excerpt}`
            : `Unexpected paragraph stopping ${/[，、,]$/.test(block.text.trim()) ? 'mid-sentence' : 'mid-word'} (${end}) before ${{ heading: 'a heading', box: 'a box', notes: 'the notes section', 'other-language': 'text in another language' }[before]}: the page looks cut here, text missing; ${excerpt}`;
    if (said && (before === 'end' || before === 'end-heading' || before === 'table')) {
      const where = before === 'end' ? `mid-sentence (${end})` : before === 'end-heading' ? `at a heading with nothing under it (${end})` : 'inside a table';
      file.info(`The report ends ${where}, as the scope note says: the editions print it as an excerpt`, { place: at(block), ruleId: 'cut-off', source: SOURCE });
      continue;
    }
    file.message(reason, { place: at(block), ruleId: 'cut-off', source: SOURCE });
  }
}

/** The first three of what a warning quotes, then how many more: "“a” (line 1), “b” (line 2), “c” (line 4) and 2 more". */
function firstQuoted<T>(items: readonly T[], quote: (item: T) => string): string {
  return `${items.slice(0, 3).map(quote).join(', ')}${items.length > 3 ? ` and ${items.length - 3} more` : ''}`;
}

/** A news story, notice or agenda about the report rather than its text (news-story.ts): said once, at its first paragraph that tells of the report. */
export function sayNewsStory(file: VFile, story: readonly StoryParagraph[]): void {
  if (story.length === 0) return;
  const told = firstQuoted(story, (p) => `“${clip(p.words)}” (line ${p.block.line}: ${p.what})`);
  // (stop 48) a session's resolution on the report (news-story.ts resolutionOf): said as what it is, the same rule
  const resolution = story[0].what === "the session's resolution on it";
  file.message(
    `${resolution ? "Unexpected resolution on the report (a session's 决议) rather than the report's text" : "Unexpected news story or notice about the report rather than the report's text"}: ${told}, and nowhere the speaker's own voice (a salutation, “我代表…向大会报告”); ingest the report's full text (its 全文, on the issuer's site), or keep this page only if ${resolution ? 'the resolution' : 'a story'} is what you mean to publish`,
    { place: at(story[0].block), ruleId: 'news-story', source: SOURCE },
  );
}

/** A New Year message rather than a report (new-year-message.ts): said once, where it greets the new year or is named. */
export function sayNewYearMessage(file: VFile, message: NewYearMessage | undefined): void {
  if (!message) return;
  file.message(
    `Unexpected New Year message rather than a report: “${clip(message.words)}” (line ${message.at.line}: ${message.what}) and nowhere a report presented to a session (“向大会报告”, “请予审议”) — a congress standing committee's or a government's 新年贺词 or 新年致辞 looks back on the year's work as a report does, but is no report; ingest the report's own text (its 全文, on the issuer's site), or keep this page only if the message is what you mean to publish`,
    { place: at(message.at), ruleId: 'new-year-message', source: SOURCE },
  );
}

/** A page whose title names another kind of document (other-document.ts): said once, where it is named. */
export function sayOtherDocument(file: VFile, other: OtherDocument | undefined): void {
  if (!other) return;
  file.message(
    `Unexpected document of another kind than a report: “${clip(other.words)}” names ${other.kind} — ingest the report's own text (its 全文, on the issuer's site), or keep this page only if this document is what you mean to publish`,
    { place: at(other.at), ruleId: 'other-document', source: SOURCE },
  );
}

/** (stop 51) The body a reader's reflections or a post names in its words, not taken as its issuer (other-document.ts writtenByNoIssuer). */
export function sayIssuerOfOtherDocument(file: VFile, issuer: string, other: OtherDocument): void {
  file.info(
    `Not taken as the issuer: “${issuer}”, read from the page's words, is the issuer of the report the page speaks of, not of the page — the page is ${other.kind}, which no government issues; add \`issuer\` to the --meta file if the page names who wrote it`,
    { place: at(other.at), ruleId: 'issuer-not-taken', source: SOURCE },
  );
}

/** A page with no running text but a list of reports (list-page.ts): said once, at its first block. */
export function sayListPage(file: VFile, list: ListPage | undefined): void {
  if (!list) return;
  const quoted = list.titles.slice(0, 3).map((t) => `“${clip(t)}”`).join(', ');
  file.message(
    `Unexpected list of reports rather than a report: ${list.titles.length} reports' titles (${quoted}${list.titles.length > 3 ? ', …' : ''}) and no report's text — a column's list, an index page or a compilation's contents; open the report's own page and ingest that`,
    { place: at(list.block), ruleId: 'list-page', source: SOURCE },
  );
}

/** Figures lost from the text (blank-figures.ts): said once, quoting up to three blanks with their lines, at the first. */
export function sayBlankFigures(file: VFile, blanks: readonly BlankFigure[]): void {
  if (blanks.length === 0) return;
  const quoted = firstQuoted(blanks, (b) => `“${clip(b.words)}” (line ${b.block.line})`);
  file.message(
    `Unexpected figures missing from the text, ${blanks.length} blanks: ${quoted} — a unit or a rate with no figure, or a comparison with no year, as a document site's extraction or a stripped copy leaves them; translated, these sentences would state nothing. Find the report's own page (on the issuer's site) or its PDF, or put the figures back in zh.md from it`,
    { place: at(blanks[0].block), ruleId: 'blank-figures', source: SOURCE },
  );
}

/**
 * Figures glued where a mark between them was lost, and marks lost beside a figure or a bracket (lost-marks.ts): said at each
 * place, as its block, quoting the words, with what the figures now read as; a lost character is never written back.
 */
export function sayLostMarks(file: VFile, lost: readonly LostMark[]): void {
  const put = 'put it back in zh.md from the report\'s own page, or say so in the translator\'s note';
  for (const mark of lost) {
    const words = `“${clip(mark.words)}”`;
    let reason: string;
    if (mark.kind === 'year-month' || mark.kind === 'standard-year') {
      const [a, b] = mark.meant ?? [];
      const kind = mark.kind === 'year-month' ? `a year glued to its month (年 lost: ${mark.restored})` : `a standard's number glued to its year (the dash between them lost: ${mark.restored})`;
      reason = `Unexpected figures run together: ${words} — ${kind}, as a copy that dropped some characters leaves it. Check reads the figures as meant (${a} and ${b}), but the Chinese edition prints them run together: put the mark back in zh.md from the report's own page, or say so in the translator's note`;
    } else if (mark.kind === 'unclosed-bracket') {
      reason = `Unexpected bracket never closed: ${words} — opened and not closed before the paragraph ends its sentence, as a copy that dropped a character leaves it (the close, or the words and close after a formula or a name); which character was lost is not guessed: ${put}`;
    } else if (mark.kind === 'rate-without-unit') {
      reason = `Unexpected figure with no unit over its slash: ${words} — a rate's figure with the unit of what is measured lost (as in “5微克/立方米”), as a copy that dropped a character leaves it; the unit is not guessed: ${put}`;
    } else if (mark.kind === 'lost-number') {
      reason = `Unexpected paragraph opening on an enumeration comma: ${words} — the number before it lost (as “三、”), as a copy that dropped a character leaves it; the number is not guessed: ${put}`;
    } else if (mark.kind === 'glued-date') {
      const [year, rest] = mark.meant ?? [];
      reason = `Unexpected date without its 年, 月 and 日: ${words} — a year (${year}) run into a month and a day (${rest}), the characters between them lost, as a copy that dropped some characters leaves it; which digits are the month is not guessed: ${put}`;
    } else if (mark.kind === 'glued-pollutant') {
      reason = `Unexpected figures run together: ${words} — a particulate's name (PM10, PM2.5) glued to its figure, the mark or words between them lost, as a copy that dropped some characters leaves it; the Chinese edition prints them run together: ${put}`;
    } else if (mark.kind === 'glued-rates') {
      reason = `Unexpected figures run together: ${words} — a per cent run straight into the next rate, the mark between them (、, 和 or a full stop) lost, as a copy that dropped some characters leaves it; which mark is not guessed: ${put}`;
    } else if (mark.kind === 'glued-decimals') {
      reason = `Unexpected figures run together: ${words} — decimal figures with the mark between them lost (a ratio's colons, 、), one figure printed with two decimal points or more, as a copy that dropped some characters leaves it; which mark and where each figure ends are not guessed: ${put}`;
    } else if (mark.kind === 'question-mark') {
      reason = `Unexpected question mark where no sentence opens: ${words} — a character (or more) the copy could not encode, printed as “?”; what stood there is not guessed: ${put}`;
    } else {
      const [year, rest] = mark.meant ?? [];
      reason = `Unexpected figures run together in the bracket after a title: ${words} — a year (${year}) glued to what followed it (${rest}), its separator lost, as a copy that dropped characters leaves it; what stood there is not guessed: ${put}`;
    }
    file.message(reason, { place: at(mark.block), ruleId: 'lost-marks', source: SOURCE });
  }
}

/** A copy whose words a site replaced by near-synonyms (spun-text.ts): said once, quoting up to three, each with the term it stands for. */
export function saySpunText(file: VFile, spun: readonly SpunWord[]): void {
  if (spun.length === 0) return;
  const quoted = firstQuoted(spun, (w) => `“${clip(w.words)}” for ${w.term} (line ${w.block.line})`);
  file.message(
    `Unexpected words replaced by near-synonyms, ${spun.length} of them: ${quoted} — a document site's rewriting of the text so that it is not found as a copy, not the report as delivered: its fixed terms are wrong, and so would a translation of it be; find the report's own page (on the issuer's site) before translating`,
    { place: at(spun[0].block), ruleId: 'spun-text', source: SOURCE },
  );
}

/** A masked copy or a template (masked-text.ts): said once, quoting up to three masks, at the text's first (or the page's start when only the front matter has them). */
export function sayMaskedText(file: VFile, masks: readonly Mask[], given?: Readonly<Record<string, unknown>>): void {
  if (masks.length === 0) return;
  const where = (m: Mask) => (typeof m.at === 'string' ? `the ${m.at}` : `line ${m.at.line}`);
  const quoted = firstQuoted(masks, (m) => `“${clip(m.words)}” (${where(m)})`);
  const first = masks.find((m) => typeof m.at !== 'string')?.at;
  // (new user round 38, gaozihui.com) The editor who keeps a writing site's masked copy knowingly says so in the --meta file's
  // scope note — "该网站以“*”遮去年份和数字，原样照录" — as a cut page is said to be a part (sayCutOffs): told, no warning (was: the
  // same warning on every ingest, the note read for the cut and not for the masks). A note naming no mask still warns.
  if (maskedSaid(given)) {
    file.info(`Masked text kept, as the scope note says: ${quoted}`, { place: typeof first === 'object' ? at(first) : PAGE, ruleId: 'masked-text', source: SOURCE });
    return;
  }
  file.message(
    `Unexpected masked text: ${quoted} — names, places or figures replaced by XX, ×× or asterisks (or cut to an ellipsis in brackets), as a writing site's template or a masked copy prints them, not the report as delivered; find the report's own page (on the issuer's site) before translating, or keep this one only if a template is what you mean to publish`,
    { place: typeof first === 'object' ? at(first) : PAGE, ruleId: 'masked-text', source: SOURCE },
  );
}

/** The --meta file's scope note says the copy's masks are kept: it names masking (遮去, 隐去, 屏蔽, 打码, masked) or quotes a mask (“*”, XX, ××). */
function maskedSaid(given: Readonly<Record<string, unknown>> | undefined): boolean {
  const note = given?.scope_note;
  if (typeof note !== 'string') return false;
  const said = toSimplified(note);
  return /遮去|遮盖|遮住|隐去|屏蔽|打码|替换|\bmask/iu.test(said) && /[“"'‘「]\s*(?:\*+|[Xx×]{1,3})\s*[”"'’」]|以\s*(?:\*+|[Xx×]{1,3})|\bmask/iu.test(said);
}

/** The issuer's place from the text's words (issuer.ts): said when taken; when the text named none unambiguously (and the issuer is still the page's unit), the candidates. */
export function sayIssuerPlace(file: VFile, notes: readonly IssuerNote[], unitOnly: boolean): void {
  for (const note of notes) {
    if (note.taken) file.info(`Took the issuer's place ${note.taken} from the text's words (the page gives the unit, not its place): ${note.reason}`, { place: PAGE, ruleId: 'issuer-place', source: SOURCE });
    else if (unitOnly) file.message(`Unexpected issuer without its place: the page gives the unit only, and ${note.reason}; add \`issuer\` to the --meta file or to zh.md`, { place: PAGE, ruleId: 'issuer-place', source: SOURCE });
  }
}

/**
 * The fields the report should have (front-matter.ts missableFor) that neither the page nor the --meta file gave. A missing
 * title says which head line was taken as the site's name for the page rather than the report's title, at that line (so the
 * editor sees what ingest did and can take it back); a missing date or occasion, the news lede that tells the session's day.
 */
export function sayMissingFields(file: VFile, meta: Readonly<Record<string, unknown>>, moved: readonly RemovedLine[] = [], bodyLede?: { words: string; line: number }, opening = '', writtenBlurb = false): void {
  // (A written account, "…2025年工作总结及2026年工作计划", is filed, not delivered: no occasion or speaker is missing.)
  for (const [field, label] of missableFor(meta, opening, writtenBlurb)) {
    if (meta[field] !== undefined && meta[field] !== '') continue;
    // (stop 43) The issuer asked for as the report's own type implies (…人民法院 for a court's), and a body the report names by
    // its unit alone, with no place found for it, said so ("我代表市中级人民法院": the page names no city).
    const wanted = field === 'issuer' ? issuerWanted(meta, opening) : undefined;
    const what = wanted ? `issuer (${wanted.kind})` : label;
    if (wanted?.bare) {
      file.message(
        `Unexpected page without a recognisable ${what}: the report names its body by its ${wanted.bare.kindAlone ? 'kind' : 'unit'} alone, “${wanted.bare.name}” (${wanted.bare.where}), and no place for it was found — none in a title or an occasion, none the text's words name unambiguously; add \`issuer\` to the --meta file or to zh.md (the body's full name, its place first)`,
        { place: PAGE, ruleId: 'missing-issuer', source: SOURCE },
      );
      continue;
    }
    const headline = field === 'title' ? siteHeadline(moved) : undefined;
    // (stop 43: or a lede kept as the text's first paragraph, which named the speaker — its day with no year)
    const removedLede = field === 'date' || field === 'occasion' ? sessionLede(moved) : undefined;
    const lede = removedLede ?? (field === 'date' || field === 'occasion' ? bodyLede : undefined);
    if (lede) {
      file.message(
        `Unexpected page without a recognisable ${what}: the news lede ${removedLede ? 'above' : 'opening'} the text tells of a sitting, “${clip(lede.words)}”, but in a story's words${/[0-9０-９]{4}年/u.test(lede.words) ? '' : ' and with no year'} — not read as the report's ${field}; if the report was delivered at that sitting, add \`${field}\` to the --meta file or to zh.md`,
        { place: { line: lede.line, column: 1 }, ruleId: `missing-${field}`, source: SOURCE },
      );
    } else if (headline) {
      file.message(
        `Unexpected page without a recognisable ${what}: the line above the text, “${clip(headline.text)}”, was removed as the page's head — the site's name for the page (a label, a paraphrasing headline, a compilation's name) — not taken as the report's title; add \`${field}\` to the --meta file or to zh.md (that line's words, if they are the report's title)`,
        { place: { line: headline.line, column: 1 }, ruleId: `missing-${field}`, source: SOURCE },
      );
    } else file.message(`Unexpected page without a recognisable ${what}; add \`${field}\` to the --meta file or to zh.md`, { place: PAGE, ruleId: `missing-${field}`, source: SOURCE });
  }
}

/**
 * An occasion whose page lost a number (ybrd.gov.cn: "——20211月12日在延边朝鲜族自治州第十五届人民代表大会第次会议上": no 年 after
 * the year, no numeral in 第次): kept as printed — a number cannot be guessed — and said at its line, so the editor writes it.
 */
const damagedOccasion = /第(?:次|届)|(?<![0-9])[0-9]{5,}月/gu;
export function sayDamagedOccasion(file: VFile, occasion: string | undefined, moved: readonly RemovedLine[]): void {
  const found = occasion ? [...occasion.matchAll(damagedOccasion)].map((m) => m[0]) : [];
  if (!occasion || found.length === 0) return;
  const line = moved.find((m) => m.rule === 'metadata' && m.text.replace(/\s+/g, '').includes(found[0]))?.line ?? 1;
  file.message(
    `Unexpected occasion with a number lost on the page: “${clip(occasion)}” (${found.map((f) => `“${f}”`).join(', ')}) — kept as printed; write it as the report has it (\`occasion\` in zh.md or the --meta file)`,
    { place: { line, column: 1 }, ruleId: 'occasion-damaged', source: SOURCE },
  );
}
