/**
 * Lines → paragraphs. Paragraphs end at blank lines, at HTML block
 * boundaries and at indented lines; a line broken only by soft wrapping (PDF
 * extraction, fixed-width text) is re-joined with the next one.
 */
import { namesOnLine } from './surnames.ts';
import { bulletedLine, datelineOpening } from './head-lines.ts';
import { transcriptLabel } from './metadata.ts';
import { headingDepth, leadLength, shiftedNumberOf } from './structure.ts';
import type { SourceLine } from './types.ts';

/** A statement of program code opening a line (Python's import, def, class, return; a C include; a JavaScript declaration). */
export const codeStatement = /^(?:import\s+[A-Za-z_][\w.]*(?:\s+as\s+[A-Za-z_]\w*)?\s*$|from\s+[A-Za-z_][\w.]*\s+import\s+\S|def\s+[A-Za-z_]\w*\s*\(.*\)\s*:|class\s+[A-Za-z_]\w*\s*[(:]|return(?:\s+[\w.()[\]"']+)?\s*$|print\s*\(.*\)$|#include\s*<|(?:const|let|var)\s+[A-Za-z_$][\w$]*\s*=)/u;

/** A page count at a line's end, "(2 / 4)": the part of a paged chapter the page shows. */
const PAGE_COUNT_END = /[（(]\s*[0-9]{1,2}\s*[\/／]\s*[0-9]{1,2}\s*[）)]$/u;

export interface RawParagraph {
  text: string;
  line: number;
  column: number;
  /** Every line of it set in bold (HTML). */
  bold?: boolean;
  /** Where each joined line starts in `text` (after the first): its offset and its place in the input, for messages about a part of the paragraph (`placeAt`). */
  joins?: { offset: number; line: number; column: number }[];
  /** Chinese cut out of a flattened bilingual line after an English segment (twins.ts): it goes on with the line's text. */
  midLine?: boolean;
}

/** The place in the input of a character of a paragraph (its offset in `text`), across the lines it joined. */
export function placeAt(p: RawParagraph, offset: number): { line: number; column: number } {
  let at = { offset: 0, line: p.line, column: p.column };
  for (const j of p.joins ?? []) if (j.offset <= offset) at = j;
  return { line: at.line, column: at.column + offset - at.offset };
}

interface Open extends RawParagraph {
  /** A short numbered heading line: it stands alone unless wrapped at full width. */
  standalone: boolean;
  /** Its last line was a fragment the page's markup broke out of a sentence (brokenByMarkup): the sentence goes on. */
  broken?: boolean;
  /** Length of the paragraph's last physical line. */
  lastLine: number;
  /** Its last line is English a wrap broke off in mid-sentence (wrapped-english.ts): the next line goes on it. */
  wrapsOn?: boolean;
}

/** A line this much shorter than a full line ended its paragraph: soft wrapping fills lines. */
const SHORT_LINE = 0.6;

// (stop 50, blind: haowenren.com) or the indent's characters lost, two marks or more before the line's words, "? ? ——坚决打赢…"
// (normalize.ts lostIndent takes them out, and says so)
const indent = /^[ \u3000\u00a0\t]{2,}|^[\u3000\t]|^\?(?:[ \u00a0]?\?){1,3}[ \u00a0]?(?=[\u3001-\u303f\u3400-\u9fff\uff01-\uff5e\u201c\u2018\u2014\u2015(])/u;
/**
 * A line ending here ends its sentence (so a following line is a new paragraph when nothing else tells); a
 * half-width colon, semicolon or exclamation mark after Chinese text too ("…主要表现在:", as many pages print it).
 * (Not "?": a lost character reads "?" on damaged pages.)
 */
const sentenceEnd = /([。！？；：…]|[。！？][”’」』）)]|[\p{Script=Han}”’」』）)][:;!])$/u;
/** Whether a text's last line ends its sentence — also with a space before its closing quote ("…有追求的。 ”", a news page's). */
// (stop 36) — and a news photo's caption closed by its credit, "…审议政府工作报告。本报记者 吕建荣摄": the next line is the next caption.
const endsSentence = (text: string): boolean => sentenceEnd.test(text.replace(/[ \u3000\u00a0]+(?=[”’」』）)]$)/u, '').slice(-2)) || photoCredit.test(text);
const photoCredit = /[。！？]\s*(?:\p{Script=Han}{0,6}(?:记者|記者|通讯员|通訊員))\s*\p{Script=Han}{2,4}(?:[、\s]\s*\p{Script=Han}{2,4})*\s*[摄攝]$/u;
/** A transcript's note of the hall's response after a sentence ends it too: "…重大成就。(掌聲)". */
const responseEnd = /[。！？][（(](?:长时间|長時間)?(?:热烈的?|熱烈的?)?(?:掌声|掌聲|笑声|笑聲)[）)]$/u;

/**
 * Scraped text sometimes runs paragraphs together on one line, each still
 * opening with its two-ideographic-space indent: "…成果。　　公共服务…". A
 * sentence end followed by such an indent starts a new paragraph. (So does a
 * Chinese sentence end followed by two plain spaces, what a document site's
 * preview makes of a break and an indent: "…又好又快发展。  县域综合实力显著增强。")
 */
const runTogether = /(?<=[。！？；：”])[\u3000]{2,}(?=\S)|(?<=[。！？])[ \u00a0]{2,}(?=[\p{Script=Han}“（(])/gu;

function splitRunTogether(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    if (!/\u3000\u3000|[。！？][ \u00a0]{2}/u.test(line.text)) {
      out.push(line);
      continue;
    }
    let start = 0;
    for (const match of line.text.matchAll(runTogether)) {
      if (match.index! === 0 || line.text.slice(0, match.index).trim() === '') continue;
      const segment = { ...line, text: line.text.slice(start, match.index), column: line.column + start };
      out.push(start === 0 ? segment : { ...segment, hardBreak: true });
      start = match.index!;
    }
    out.push(start === 0 ? line : { ...line, text: line.text.slice(start), column: line.column + start, hardBreak: true });
  }
  return out;
}

/** A day and its time of day, alone: "4月28日上午". */
const dayWithTime = /^[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*(?:上午|下午|中午|晚上|晚间|早上|凌晨|傍晚)$/u;

export function toParagraphs(input: readonly SourceLine[]): { paragraphs: RawParagraph[]; joined: number } {
  const lines = splitRunTogether(input);
  const indentMarksParagraphs = indentationIsMeaningful(lines);
  const width = wrapWidth(lines);
  const unwrapped = linesAreParagraphs(lines, width);
  const paragraphs: RawParagraph[] = [];
  let current: Open | undefined;
  let joined = 0;
  let blank = false;
  for (const [k, source] of lines.entries()) {
    const trimmed = source.text.trim();
    if (trimmed === '') {
      blank = true;
      continue;
    }
    // In indented text (PDF extraction) blank lines also surround page
    // footers inside a paragraph: an unfinished paragraph goes on.
    // A page that opens mid-sentence after its page number (page-numbers.ts) goes on with the paragraph left unfinished.
    const pageGoesOn = source.continuesPage === true && current !== undefined && !current.standalone && !endsSentence(current.text) && !numbered(trimmed);
    // A document's page end inside a sentence, a blank line between its halves ("…由“十五”末的" / "12.8亿元增加到…"): a
    // paragraph never ends on the particle 的, and the page goes on with a figure — the sentence goes on.
    const figureGoesOn = blank && current !== undefined && !current.standalone && /\p{Script=Han}的$/u.test(current.text) && /^[0-9０-９]/u.test(trimmed) && !numbered(trimmed);
    // (held-out round 32) A sentence a blank line cut ("…在区人大常委会的导下," / "认真学习贯彻…", "…实现社会消费品" / "零售总额5.03亿元,…"):
    // the paragraph stopped on a comma, or in mid-word after running prose, and the line after it is prose again — it goes on.
    const clauseGoesOn = blank && current !== undefined && !current.standalone && clauseCut(current.text, trimmed);
    // (PDF dumps, round 7) A dump's page break inside a sentence: a plain dump sets blank lines round the running header and
    // footer it had (dump-furniture.ts took them out), and has no indentation to tell paragraphs by. The page's first line
    // goes on a paragraph whose last line was a full one and which stopped inside its sentence, unless it is numbered.
    const pageBreakGoesOn =
      blank &&
      source.pageStart === true &&
      current !== undefined &&
      !current.standalone &&
      current.lastLine >= width * SHORT_LINE &&
      !endsSentence(current.text) &&
      continues(current.text, source.text, trimmed, indentMarksParagraphs);
    // (stop 48, blind: zhengxie.bjdch.gov.cn) A line opening on a comma or an enumeration comma goes on the line before it, however
    // short that is ("4月10日" / ",体育馆路街道开展…活动。"): no paragraph starts with one — the page broke its sentence there.
    // (stop 52, mends52; blind51a's wandouwx.com) Not onto a line ending in a page count, "第2409章(2 / 4)": a paged chapter's head,
    // and the comma opens the page's first sentence, begun on the page before.
    // (stop 54, blind: m.pinggu.org, a forum's copy of a PDF) or on a closing bracket or a semicolon, "（以下简称《条例》" /
    // "）和《市政府信息公开规定》", "…50个专门的信息申请受理点" / "；开辟了…": no paragraph opens with one either.
    const commaGoesOn = current !== undefined && !current.standalone && !endsSentence(current.text) && /^[，,、；;）)]/u.test(trimmed) && !PAGE_COUNT_END.test(current.text);
    // (stop 50, mends50; blind49a's www.o6s1.cn) A day with its time of day alone on its line, "4月28日上午", over a line of words:
    // the sentence's first words, the page broke it after them ("4月28日上午" / "會議聽取了…") — it goes on (was: a paragraph of
    // its own). Not over a numbered line, nor across a blank line.
    const dayGoesOn = current !== undefined && !blank && !current.standalone && dayWithTime.test(current.text) && /^\p{Script=Han}/u.test(trimmed) && !numbered(trimmed);
    // (stop 55, mends; blind54a's dlnp.com.cn) A dialogue's turn: its words go on their speaker's label (transcript-labels.ts), a
    // blank line between them or not — "江澤林：" / "下面我簡要通報…" is one paragraph (was: the label a paragraph of its own).
    const turnGoesOn = source.afterLabel === true && current !== undefined && /[:：]$/u.test(current.text) && !current.joins;
    if (blank && !pageGoesOn && !figureGoesOn && !clauseGoesOn && !pageBreakGoesOn && !commaGoesOn && !turnGoesOn && !(indentMarksParagraphs && current && !endsSentence(current.text))) current = undefined;
    blank = false;
    const lead = source.text.length - source.text.trimStart().length;
    if (turnGoesOn) {
      append(current!, source, trimmed, lead);
      joined++;
      continue;
    }
    // (new user round 20) English words a bilingual page's wrap left on a Chinese line: the English line after goes on them.
    if (current?.wrapsOn && !source.hardBreak) {
      append(current, source, trimmed, lead);
      current.wrapsOn = false;
      joined++;
      continue;
    }
    // A sentence the page's inline markup broke over lines ("…发展的" / "主要目标" / "是：…", "…成效，PM" / "2.5" / "年平均浓度…"):
    // the fragment, and the line after it, go on the paragraph.
    if (current && !source.hardBreak && (current.broken ? !numbered(trimmed) : brokenByMarkup(current.text, trimmed))) {
      current.broken = !current.broken && !endsSentence(trimmed);
      append(current, source, trimmed, lead);
      joined++;
      continue;
    }
    if (current) current.broken = false;
    // A numbered heading wrapped over two lines ("二、加快建立…提升养老服务供给水" / "平。"): its tail goes on it, and it stands alone after.
    if (current && !blank && !source.hardBreak && wrappedHeading(current, source.text, trimmed, lines[k + 1]?.text, width, indentMarksParagraphs)) {
      append(current, source, trimmed, lead);
      current.standalone = true;
      joined++;
      continue;
    }
    // (PDF dumps, round 5) pdftotext breaks a line before a quoted phrase ("…出台稳增长“21条”" / "“18条”等政策，…",
    // "…视听大会，" / "《哪吒2》创造多"): two short lines, the first inside its sentence, the second opening on “ or 《, no
    // longer together than a full line, are one line — its length the two together.
    // (stop 54, blind: expagr.com; stop 53's zjw.cn) Not on a page whose lines are its paragraphs, none wrapped: a crosshead
    // there, "展望与规划:2023年的目标与任务", stands over a paragraph opening on 《 or “ (it was joined to it)
    const quoteBreak = current !== undefined && !blank && !source.hardBreak && !current.standalone && !unwrapped && quoteBroken(current.text, current.lastLine, trimmed, width);
    if (quoteBreak) {
      const before = current!.lastLine;
      append(current!, source, trimmed, lead);
      current!.lastLine += before;
      joined++;
      continue;
    }
    if (
      current &&
      !source.hardBreak &&
      !current.standalone &&
      (pageGoesOn || figureGoesOn || clauseGoesOn || pageBreakGoesOn || commaGoesOn || dayGoesOn || (current.lastLine >= width * SHORT_LINE && continues(current.text, source.text, trimmed, indentMarksParagraphs)))
    ) {
      append(current, source, trimmed, lead);
      joined++;
      continue;
    }
    // (held-out round 40: "一、以稳定大局为首任,全面加强各项审判工作为改革、发展、" — a numbered line stopping on a clause mark is cut
    // inside its sentence, no heading standing alone: the next line goes on it)
    const standalone = numbered(trimmed) && !/[。！？；]/.test(trimmed) && !/[、，,]$/u.test(trimmed) && trimmed.length < width * 0.85;
    current = { text: trimmed, line: source.line, column: source.column + lead, standalone, lastLine: source.text.trimEnd().length, bold: source.bold === true, ...(source.wrapsOn ? { wrapsOn: true } : {}) };
    paragraphs.push(current);
  }
  return { paragraphs: paragraphs.map(({ text, line, column, bold, joins }) => ({ text, line, column, ...(bold ? { bold } : {}), ...(joins ? { joins } : {}) })), joined };
}

/**
 * (PDF dumps, round 3) The tail of a numbered heading wrapped at the page's width: the
 * heading one line so far (its number, no mark ending it or a clause: it was cut, not
 * finished) reaching three quarters of a full line or more, its indentation counted; the
 * line after it short (half a line at most), not numbered, ending the heading's sentence
 * (。！？ or nothing) and, where indentation marks paragraphs, not indented and followed by
 * a line that is (a new paragraph), a blank line or the end. A body paragraph's first line
 * under a heading is indented there, or a full line: never taken.
 */
function wrappedHeading(current: Open, raw: string, trimmed: string, after: string | undefined, width: number, indentMode: boolean): boolean {
  if (current.joins || !numbered(current.text) || /[。！？；：，、,;:]$/u.test(current.text) || current.lastLine < width * 0.75) return false;
  if (trimmed.length > width * 0.5 || numbered(trimmed) || /[，、；：,;:]$/u.test(trimmed)) return false;
  if (!indentMode) return true;
  return !indent.test(raw) && (after === undefined || after.trim() === '' || indent.test(after) || numbered(after.trim()));
}

/** A line goes on the open paragraph: joined to its text, where it starts kept (placeAt). */
function append(current: Open, source: SourceLine, trimmed: string, lead: number): void {
  const text = join(current.text, trimmed);
  (current.joins ??= []).push({ offset: text.length - trimmed.length, line: source.line, column: source.column + lead });
  current.text = text;
  current.lastLine = trimmed.length;
  current.bold &&= source.bold === true;
}

/**
 * (held-out round 32) A paragraph a blank line broke inside a sentence: the part before ends on a comma (ten characters or
 * more, no salutation: "各位代表，" over its first sentence stays apart), or runs on for 60 characters or more with its
 * clauses and stops on a character in mid-word; the part after is prose — not numbered, opening on a character or a
 * figure, 20 characters or more with a clause mark (no heading, title or name line). A subtitle "——…，…" is no sentence.
 */
function clauseCut(previous: string, next: string): boolean {
  // (stop 54, mends54; blind53a's blingdoc.com, a compilation's copy of 怀柔 2023) or the part before stops on a quoted term after
  // running prose, no mark before the closing quote ("…建立了…“七有”“五性”"), and the part after is the sentence's end — a short
  // clause of prose ending it ("监测评价总指数稳居全市前两名。", was a paragraph of its own)
  if (quoteCut(previous, next)) return true;
  if (numbered(next) || !/^[\p{Script=Han}0-9０-９]/u.test(next) || next.length < 20 || !/[，,；;、]/u.test(next)) return false;
  if (/^[—―─━-]/u.test(previous) || /^各位/u.test(previous)) return false;
  // (stop 56, mends: www.snxx.gov.cn, stop 55's gap) Nor a notice's closing charge, its full stop lost ("…现将…一览表》印发给你们请认真
  // 贯彻执行" / "全县各级各部门要把…"): the formula ends the sentence, so the paragraph — the next one was run into it.
  if (noticeCharge.test(previous)) return false;
  // (stop 46, blind: renrendoc.com, a bilingual copy with its English run together) not an English line ending on a comma over the
  // Chinese paragraph after it ("FellowDeputies," / "现在，我代表国务院…"): a Chinese sentence goes on only a Chinese clause
  if (!/\p{Script=Han}/u.test(previous.slice(-40))) return false;
  if (/[，,]$/u.test(previous)) return previous.length >= 10;
  // (held-out round 35) Not a section's summary printed as a line of its own without its full stop (no sentence ends in
  // it), over a paragraph opening with its lead ("…努力让法治成为海南自贸港的鲜明底色和最强内核" / "着力防范化解重大风险。…").
  if (!/[。！？]/u.test(previous) && leadLength(next) > 0) return false;
  // (held-out round 42) Nor a paragraph opening with its lead over another opening with one, the page's markup having lost the
  // first's closing mark ("**五年来,我们稳经济、促增长,…。**…高质量发展根基越来越坚实" / "五年来,我们抓转型、调结构,…。…"):
  // parallel paragraphs, each its own.
  if (leadLength(previous) > 0 && leadLength(next) > 0) return false;
  return previous.length >= 60 && /\p{Script=Han}$/u.test(previous) && (previous.match(/[，,；;]/gu) ?? []).length >= 2;
}

/** A 公文's closing charge at a paragraph's end: "请认真贯彻执行", "请遵照执行", "望抓好落实", "特此通知". */
const noticeCharge = /(?:[请請望][^，,。；;：:]{0,8}(?:贯彻执行|貫徹執行|遵照执行|遵照執行|贯彻落实|貫徹落實|抓好落实|抓好落實|认真执行|認真執行|遵照办理|遵照辦理)|特此(?:通知|公告|通告|函告|批复|批覆))$/u;

/** (stop 54) A paragraph stopping on a closing quote inside its sentence, the next a short clause ending it (clauseCut). */
function quoteCut(previous: string, next: string): boolean {
  return (
    /\p{Script=Han}[”’」』]$/u.test(previous) &&
    previous.length >= 60 &&
    (previous.slice(-60).match(/[，,；;、]/gu) ?? []).length >= 2 &&
    /^\p{Script=Han}[^。！？；;，,“”]{3,30}[。！？]$/u.test(next) &&
    !numbered(next)
  );
}

/**
 * A line that stops inside a sentence: on a word that cannot end one (的, a
 * conjunction or preposition waiting for its object) or on a Latin letter or
 * figure (PM, before its subscript), after running text (ten characters or more).
 */
const stopsMidSentence = /[的和与及或对把被将从以于“《（(A-Za-z0-9]$/u;
/** A fragment an inline element made a line of its own: short, no clause or sentence mark. */
const fragment = /^[^。！？；，、：:,;!?]{1,10}$/u;

function brokenByMarkup(previous: string, next: string): boolean {
  const figures = /^[0-9.．%％]+$/.test(next);
  // (Chinese text on both sides: an English line and the name under it are not one sentence.)
  return (
    previous.length >= 10 &&
    stopsMidSentence.test(previous) &&
    /\p{Script=Han}/u.test(previous.slice(-12)) &&
    fragment.test(next) &&
    (figures || (/\p{Script=Han}/u.test(next) && !numbered(next)))
  );
}

/**
 * (round 5) A line a dump broke before a quoted phrase: the one before inside its sentence, the next opening on “ or 《
 * (no numbered line), the two no longer than a full line (a heading over a paragraph's first, full, line is longer).
 */
function quoteBroken(previous: string, lastLine: number, next: string, width: number): boolean {
  return /^[“《]/u.test(next) && !endsSentence(previous) && !responseEnd.test(previous.slice(-12)) && !numbered(next) && lastLine + next.length <= width + 1;
}

/**
 * Latin prose: three words or more ("Fellow Deputies, On behalf of…"), or words a broken
 * PDF dump ran together ("REPORTONTHEWORKOFTHEGOVERNMENT", "FellowDeputies").
 */
const latinProse = /[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}|[A-Za-z]{14,}/;

/**
 * (stop 57, mends: bilew.cn, stop 56's gap) A line of only the lost indentation, "??" (its full-width spaces each read as "?"): a line of
 * its own, never the end of the paragraph over it nor the start of the one under it — normalize.ts lostIndent drops and says it alone
 * (was: in indented text it was joined to the paragraph above, "…下降29.1%。？?", the marks kept, unsaid).
 */
const indentAlone = /^\?(?:[ \u00a0]?\?){1,3}$/u;

function continues(previous: string, raw: string, trimmed: string, indentMode: boolean): boolean {
  if (indentAlone.test(trimmed) || indentAlone.test(previous.trim())) return false;
  if (indentMode && indent.test(raw)) return false;
  // A bilingual edition: a Chinese line and its English twin are never one paragraph (only the ends are looked at).
  const hanBefore = /\p{Script=Han}/u.test(previous.slice(-40));
  const hanAfter = /\p{Script=Han}/u.test(trimmed);
  if ((!hanBefore && hanAfter && latinProse.test(previous.slice(-80))) || (hanBefore && !hanAfter && latinProse.test(trimmed))) return false;
  if (numbered(trimmed)) return false;
  // (stop 52, mends52; blind51a's huaxiayun.net, a student's Python homework on the report's word counts) a statement of program
  // code is a line of its own, as the program prints it: "from wordcloud import WordCloud" / "import matplotlib.pyplot as plt"
  // were joined into one line, "# Step 1：…" and "def load_report():" too
  if (codeStatement.test(trimmed)) return false;
  // (stop 61, blind: tjgb.hongheiku.com) a table's row written with its bars (spaced-row.ts) after another is a row of its own: two rows
  // of a statistical table, "| 交通运输、仓储和邮政业 | 9100 | -5.5 |" / "| 第一产业 | 29811 | 4.0 |", were one paragraph
  if (/^[|｜]/u.test(trimmed) && /[|｜]$/u.test(previous.trimEnd())) return false;
  // (stop 43, blind: a city paper's digest of the report, "●地区生产总值完成515.47亿元,同比(下同)增长2.5%" / "●省、江门市…")
  // a line behind a list's bullet opens an item of its own, as a numbered one does: items were joined two by two
  if (bulletedLine.test(trimmed)) return false;
  // (stop 56, mends: cn.govopendata.com's 人民日报 of 1997-03-02, stop 55's gap) a story's dateline opens its text: the line over it
  // (a headline's last deck, "大会号召,…不断推向前进", printed without a stop) ends there — it was run into the dateline's paragraph.
  // (Not after 据 or 援引, where a sentence quotes the agency.)
  if (datelineOpening.test(trimmed) && !/[据據引]$/u.test(previous)) return false;
  // (stop 59, blind: www.kmcc.gov.tw, a council's interpellation transcript) a speaker's label alone, "楊縣長鎮浯:", after a turn
  // ending on a question or an exclamation typed in ASCII, "…縣長有何感想?": the next turn opens there (was: the label run into
  // the question's paragraph, "縣長有何感想？楊縣長鎮浯：", the answer under it taken for a lead sentence). An ASCII "?" after Han is
  // no sentence end otherwise (a character lost to the encoding may print as one).
  if (transcriptLabel.test(trimmed) && /\p{Script=Han}[?!]$/u.test(previous.trimEnd())) return false;
  if (indentMode) return true;
  // Only the end matters; slicing keeps this constant-time on long paragraphs.
  return !endsSentence(previous) && !responseEnd.test(previous.slice(-12));
}

const numberStart = /^[一二三四五六七八九十百零〇第（(0-9０-９]/;

function numbered(text: string): boolean {
  // (stop 54, mends54; blind53a's www.moonvisionstudio.com) an item's "　（二）" read one byte off as GBK, "?。ǘ┩七M…": a number
  // too, opening an item of its own — it was joined to the item before, its garbled number said nowhere
  if (shiftedNumberOf(text)) return true;
  if (!numberStart.test(text)) return false;
  // "24. 3亿元": a decimal a PDF split with a space, not item 24.
  if (/^[0-9０-９]+\s*[.．]\s+[0-9０-９]/u.test(text)) return false;
  return headingDepth(text.replace(/^\(/, '（').replace(/^(（[^)）]{1,4})\)/, '$1）')) !== undefined;
}

/**
 * Join wrapped lines: nothing between Chinese characters or digits (a number
 * wrapped as "2" + "9支" is 29), one space between Latin words.
 */
function join(left: string, right: string): string {
  if (isLatinLetter(left.at(-1)) && isLatinLetter(right[0])) return `${left} ${right}`;
  // (stop 59, mends59) a list of names printed a few to a line goes on with a space between the lines' names, as between a line's
  // own (normalize.ts keeps them): was "…赵四海刘德华…", two names run into one
  if (namesOnLine(right) && namesOnLine(left.trim().split(/[ \u3000\u00a0\t\u2002\u2003]+/u).slice(-3).join(' '))) return `${left.trimEnd()} ${right}`;
  return left + right;
}

function isLatinLetter(char: string | undefined): boolean {
  return char !== undefined && ((char >= 'A' && char <= 'Z') || (char >= 'a' && char <= 'z'));
}

/**
 * Indentation marks paragraph starts when the text has runs of lines without
 * blank lines between them and a fair share of those lines are indented.
 */
function indentationIsMeaningful(lines: readonly SourceLine[]): boolean {
  let inRuns = 0;
  let indented = 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].text.trim() === '' || lines[i - 1].text.trim() === '') continue;
    inRuns++;
    if (indent.test(lines[i].text)) indented++;
  }
  return inRuns > 0 && indented >= 2 && indented / inRuns >= 0.1;
}

/**
 * (stop 54) A text whose lines are its paragraphs, none wrapped at a width: of its long lines (half the typical full line or
 * more, two at least), three in four or more end a sentence — a wrapped text's long lines stop inside their sentences, but
 * for each paragraph's last.
 */
function linesAreParagraphs(lines: readonly SourceLine[], width: number): boolean {
  const long = lines.map((l) => l.text.trim()).filter((t) => t.length > 0 && t.length >= width * 0.5);
  return long.length >= 2 && long.filter((t) => endsSentence(t)).length >= long.length * 0.75;
}

/** The typical full line length (the 90th percentile), for telling wrapped headings. */
function wrapWidth(lines: readonly SourceLine[]): number {
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length * 0.9)] : 0;
}
