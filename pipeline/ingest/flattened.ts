/**
 * Pages flattened onto one line: a portal column or a news page that turned
 * every line break of the report into a space ("…各位代表: 现在，…意见。 一、本届
 * 政府工作回顾 本届政府自…"). Chinese text puts no space between sentences, so a
 * space on such a line is a lost break when it
 * - follows a sentence end or a colon (…意见。␣一、本届政府工作回顾 / 各位代表:␣), or
 * - ends a heading: text that opens with outline numbering and has no
 *   sentence in it (一、本届政府工作回顾␣本届政府自…).
 * (A space before outline numbering alone is no break: a PDF's re-placed
 * digits give "2022 一、年工作回顾".)
 * - or, on a bilingual edition, stands where Chinese and an English sentence
 *   meet (…委员提出意见。␣Fellow Deputies, On behalf of…␣一、…): an English run of
 *   five words or more, between Chinese on one side and a space on the other.
 * Other spaces stay (hard-wrap spaces inside words in PDF text, letter spacing
 * in a title). Only long lines with several such breaks are split; the pieces
 * keep their line number and column, and nothing is dropped but the spaces.
 */
import { compact, headlineVerb } from './document-title.ts';
import { isHeadlineTicker } from './boilerplate-rules.ts';
import { isPartHeading, isPartName } from './head-lines.ts';
import { ADDRESSEES } from './salutation.ts';
import { isTitleLike } from './title-text.ts';
import type { SourceLine } from './types.ts';
import { siteStampAtStart } from './watermark.ts';

/** A line this long, with this many breaks, is a flattened page rather than a long paragraph. */
const MIN_LENGTH = 200;
const MIN_BREAKS = 3;
const MAX_HEADING = 40;

const CN = '[一二三四五六七八九十]{1,3}';
const outline = new RegExp(`^(?:${CN}、|[（(]${CN}[）)]|[0-9]{1,2}[.．、](?![0-9])|[（(][0-9]{1,2}[）)])(?=\\p{Script=Han}|“|[0-9])`, 'u');
const ended = /[。！？；：:!?;][”’」）)]?$/u;
const sentence = /[。！？；!?;]/u;

/**
 * A document site's numbered chunks: the text cut at arbitrary points into long lines numbered
 * "1、" "2、" "3、" ("…走在全国前" / "3、列。…"). A run of two or more such lines, numbered from 1
 * without a gap, each long (the page's last one may be short when the page is cut inside it), where a
 * chunk ends mid-sentence, is one text: the numbers go (returned with the start of their chunk, to be
 * reported) and the chunks are joined.
 */
const MIN_CHUNK = 150;
const chunkNumber = /^([0-9]{1,3})、/;

export function joinChunks(lines: readonly SourceLine[]): { lines: SourceLine[]; numbers: SourceLine[] } {
  const texts = lines.map((l, i) => ({ i, text: l.text.trim() })).filter((x) => x.text !== '');
  const run: number[] = [];
  for (const [k, x] of texts.entries()) {
    const n = Number(chunkNumber.exec(x.text)?.[1]);
    // (The page's last chunk may be short when the page is cut inside it: it ends mid-sentence, as the chunk before it
    // does — "…安装了4组健身" / "3、路径,…社区干部不辞辛苦,千方百".)
    const cut = k === texts.length - 1 && run.length >= 2 && !/[。！？；”.!?]$/u.test(x.text) && !/[。！？；”]$/u.test(lines[run[run.length - 1]].text.trim());
    if (n === run.length + 1 && (x.text.length >= MIN_CHUNK || cut)) run.push(x.i);
    else if (run.length < 2) run.length = 0;
    else break;
  }
  const midSentence = run.slice(0, -1).some((i) => !/[。！？；”]$/u.test(lines[i].text.trim()));
  if (run.length < 2 || !midSentence) return { lines: [...lines], numbers: [] };
  const numbers: SourceLine[] = [];
  const out: SourceLine[] = [];
  const first = lines[run[0]];
  let text = '';
  for (const i of run) {
    const line = lines[i];
    const number = chunkNumber.exec(line.text.trimStart())![0];
    const lead = line.text.length - line.text.trimStart().length;
    // The number with the text it opened, for the message: "2、话、重要指示批示精神…".
    numbers.push({ ...line, text: line.text.trim().slice(0, 40), column: line.column + lead });
    text += line.text.trimStart().slice(number.length).trimEnd();
  }
  lines.forEach((line, i) => {
    if (i === run[0]) out.push({ ...first, text });
    else if (!run.includes(i)) out.push(line);
  });
  return { lines: out, numbers };
}

/**
 * A numbered heading glued to its paragraph by a space on a line of its own (the break before the text lost, the
 * rest of the page not flattened): "一、围绕中心,服务大局,政治协商逐步规范 五年来,区政协重视…,认真建言献策。" — a
 * heading with no sentence end, then a text of sentences that ends one. (Not a heading with a space inside it,
 * "一、加快发展 改善民生", nor an item ending no sentence.)
 */
const spacedHeading = new RegExp(`^(\\s*${CN}、(?=\\p{Script=Han}|“|[0-9])[^。！？；!?;\\s]{2,${MAX_HEADING - 2}}\\p{Script=Han})[ \\t\\u3000\\u00a0]+((?=\\p{Script=Han})[^\\s]{8,}[。！？][”’」）)]?)$`, 'u');

/**
 * (held-out round 49, hlgyp.cn) The same where a hard wrap left spaces inside a quoted term, in the heading and in its text
 * ("一、“十三 五”工作回顾 回顾 “十三 五”,是全镇…的五年,也是…。"): the heading's spaces only inside its quotation marks, then a
 * space and a text of clauses (two commas at least, forty characters or more) that ends a sentence — the first such space.
 * (Not "一、加快发展 改善民生,促进和谐。": a space outside quotation marks is the heading's own.)
 */
const quotedSpacedHeading = new RegExp(`^(\\s*${CN}、(?=\\p{Script=Han}|“|[0-9])(?:[^。！？；!?;，,：:\\s“”]|“[^”。！？；，,：:]{1,12}”){2,${MAX_HEADING - 2}}?(?<=\\p{Script=Han}|”))[ \\t\\u3000\\u00a0]+((?=\\p{Script=Han}|“).{38,}[。！？][”’」）)]?)$`, 'u');

/** A quoted-space heading and its text (quotedSpacedHeading), its text a run of clauses; or null. */
function quotedSpaced(text: string): RegExpExecArray | null {
  const match = quotedSpacedHeading.exec(text);
  if (!match || !/\s/u.test(match[1].trim()) || (match[2].match(/[，,]/gu)?.length ?? 0) < 2) return null;
  return match;
}

/**
 * A page flattened with no space left at all: the title runs into the salutation
 * ("2023X市政府工作报告各位代表:现在,我代表…"). A long line that opens with a short
 * text ending in 报告 (and a document site's name for it in brackets: "…报告(2022年政府工作报告)")
 * right before 各位代表: (or 各位代表，同志们:; stop 40, a 述职报告's 各位领导、同志们:) is split there (title, then the text).
 */
const titleThenSalutation = new RegExp(
  String.raw`^(\s*[^\s。！？；，,:：]{4,60}?报告(?:材料)?(?:[（(][^（）()\s。，,]{1,20}[）)])?)(工作总结|工作汇报|总结|范文)?(?=\s*(?:${ADDRESSEES}(?:[，,、]?${ADDRESSEES}|[，,、](?:同志们|朋友们))?|各位领导[，,、](?:同志们|朋友们))\s*[:：])`,
  'u',
);
/**
 * (stop 42; the lead's blind page of stop 41, www.wnwk.com) The same with a full stop for the salutation's colon
 * ("区人民政府年度工作报告材料各位代表。现在,我代表…"): read as the salutation only right before the report's opening
 * words (现在, 我代表, 我受, 受…委托), and split from them as well as from the title — glued to either, "各位代表。" reads as
 * a sentence of it (the title a bold lead sentence, no title found). Group 1 the title, group 2 the salutation.
 */
const titleThenSalutationStop = new RegExp(
  String.raw`^(\s*[^\s。！？；，,:：]{4,60}?报告(?:材料)?)((?:${ADDRESSEES}(?:[，,、]?${ADDRESSEES}|[，,、](?:同志们|朋友们))?|各位领导[，,、](?:同志们|朋友们))\s*。)(?=\s*(?:现在|我代表|我受|受))`,
  'u',
);
/**
 * (held-out round 41) A speech's name run into its salutation on a flattened preview, the name hard-wrapped with spaces
 * inside it ("XX 区长在 XX 区人民政府 2026 年工作务虚 会上的讲话 同志们: 今天…"): a text with no sentence or clause mark
 * ending in "…上的讲话" (发言, 致辞), right before 同志们: (or 各位领导、同志们:, 各位代表:) is the name on its own line.
 */
const titleThenComrades = new RegExp(
  String.raw`^(\s*[^。！？；，,:：]{4,60}?上的(?:讲话|发言|致辞)稿?)(?=\s*(?:各位领导[，,、]\s*)?(?:同志们|${ADDRESSEES})\s*[:：])`,
  'u',
);

/**
 * (stop 51, mends51; blind50b's xiezuofangchengshi.com) A speech's or report's name, its day, then the salutation, all run
 * together on a page with no break left: "在市政协五届一次常委会议上的讲话2022年06月23日各位常委、同志们:本次会议是…" — the name, the
 * day and the text apart (was: one paragraph, no title). The salutation: 同志们 (after 各位… maybe) or 各位代表/委员 and a colon.
 * Group 1 the name, group 2 the day.
 */
const titleDateSalutation = new RegExp(
  String.raw`^(\s*[^\s。！？；，,:：]{4,60}?(?:上的(?:讲话|发言|致辞)稿?|报告))([0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)(?=(?:各位[\p{Script=Han}]{1,4}[，,、])?(?:同志们|${ADDRESSEES})\s*[:：])`,
  'u',
);
/**
 * (stop 51, mends51; blind50b's mishuzj.com, once its watermark is out) A document's name in its 关于…的 form run into its opening
 * sentence's year: "湖北省人民政府关于2023年度法治政府建设情况的报告2023年,省政府坚持…" — the name, then the text (was: one paragraph,
 * no title). Only the 关于…的报告/通知/意见/决定 form (a name, never a sentence) before "2023年，", "2023年以来，", "一年来，", "今年以来，".
 */
// (a site's slogan and address glued before it, "秘书之家—全网资源每日更新www.mishuzj.com", goes with the name: watermark.ts takes it out)
const aboutTitleThenYear = /^(\s*(?:[^\s。！？；，,:：]{0,30}?www\.[\w-]+(?:\.[a-z]{2,4}){1,2})?[^\s。！？；，,:：]{0,30}?关于[^\s。！？；，,:：]{4,60}?的(?:报告|通知|意见|决定))(?=(?:[0-9]{4}年(?:以来)?|一年来|今年以来)[，,])/u;
/**
 * A document site's first line: its category between hyphens, then a report's name glued to its opening words
 * ("-精品合同推荐- 2008年街道办工作总结一年来,振兴街道办事处…"): the category, the name and the text apart.
 */
const titleThenOpening = /^(\s*-[\p{Script=Han}]{2,10}-)\s*([0-9]{4}年度?[^\s。！？；，,:：]{2,24}?(?:工作总结|工作报告))(?=(?:一年来|过去的?一年|今年以来|[0-9]{4}年以来)[，,])/u;

/**
 * A page whose title runs straight into its first numbered heading, nothing between them (a document site's
 * preview: "政府工作报告一、基本情况。2023年,…"): a text ending in 报告 that reads as a title (no clause mark in it),
 * right before "一、" and a heading's Han text, is the title on a line of its own (on a line of any length: the heading's
 * text may be cut short). (Not before an enumeration, "…报告一、二季度…", "一、二、三产业";
 * a year in numerals is a heading's, "一、二〇二三年工作回顾".)
 */
const titleThenHeading = /^(\s*[^\s。！？；，,:：、]{4,50}?(?:报告|報告))(?=一、(?![二三四五六七八九十](?![〇○零]))\p{Script=Han})/u;

/**
 * (stop 41, blind: m.zhaozongjie.com) A writing site's piece, its name and item label glued to its text ("乡镇政府工作报告篇一2020年
 * 是…"): the name (a title), the label (the site's: boilerplate-rules.ts) and the text apart.
 */
const titleThenPiece = /^(\s*[^\s。！？；，,:：、]{4,50}?(?:报告|報告|总结|總結|讲话|講話))(篇(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2}))(?=[0-9]{4}年|\p{Script=Han}|“)/u;

/**
 * (stop 56, mends: www.snxx.gov.cn, stop 55's gap) A 发文字号 glued before the document's name on one line, whole or with its 〕
 * and 号 lost ("西政发〔20233西乡县人民政府关于印发《…》的通知"): the number on a line of its own (metadata.ts reads it as the
 * 文号, and says a garbled one), the name after it. Only before a name of the 公文's shape, "…关于…的通知/决定/意见/…", so a
 * sentence or headline opening with a number stays whole. Group 1 the number.
 */
const numberThenTitle =
  /^(\s*\p{Script=Han}{1,10}[〔［\[]\s*[0-9]{4}\s*(?:[〕］\]]\s*[0-9]{1,4}\s*[号號]?|[0-9]{1,4}\s*[号號]?))(?=\p{Script=Han}[^。！？；，,：:\s]{0,40}?(?:关于|關於)[^。！？；\s]{2,80}?的(?:通知|决定|決定|意见|意見|批复|批覆|通报|通報|公告|决议|決議|报告|報告|函)$)/u;

/** A 发文字号 glued before the document's name (numberThenTitle): the number, then the name; or undefined. */
function splitNumberFromTitle(line: SourceLine): SourceLine[] | undefined {
  const glued = numberThenTitle.exec(line.text);
  if (!glued) return undefined;
  const at = glued[1].length;
  return [{ ...line, text: glued[1] }, { ...line, text: line.text.slice(at), column: line.column + at, hardBreak: true }];
}

/** The title glued to the first heading, split off (title, then the text from its 一、), or undefined. */
export function splitTitleFromHeading(line: SourceLine): SourceLine[] | undefined {
  const piece = titleThenPiece.exec(line.text);
  if (piece && isTitleLike(piece[1].trim()) && !headlineVerb.test(piece[1])) {
    const at = piece[0].length;
    return [{ ...line, text: piece[1] }, { ...line, text: piece[2], column: line.column + piece[1].length, hardBreak: true }, { ...line, text: line.text.slice(at), column: line.column + at, hardBreak: true }];
  }
  const glued = titleThenHeading.exec(line.text);
  // (Not a clause naming the report, "各代表团分组审议政府工作报告一、…": a headline's verb is in no title.)
  if (!glued || !isTitleLike(glued[1].trim()) || headlineVerb.test(glued[1])) return undefined;
  const at = glued[1].length;
  return [{ ...line, text: glued[1] }, { ...line, text: line.text.slice(at), column: line.column + at, hardBreak: true }];
}

/**
 * (held-out round 48, e.wenmi.ren) A report to a standing committee, its name printed again glued to the committee's
 * salutation ("2010年市第十四届人大四次会议代表建议处理情况汇报主任、各位副主任,各位委员:"): a name ending in 报告 or 汇报
 * with no clause mark in it, right before the salutation to the chair, the vice-chairs (the secretary-general) and the
 * members, is the name on its own line. Group 1 the name.
 */
const titleThenCommittee = new RegExp(
  String.raw`^(\s*[^\s。！？；，,:：]{4,60}?(?:报告|汇报|報告|匯報))(?=\s*主任[、，,]\s*(?:各位)?副主任(?:[、，,]\s*秘书长)?[、，,]\s*各位(?:委员|委員)\s*[:：])`,
  'u',
);

/**
 * (held-out round 49, hlgyp.cn) The title printed again, letter-spaced, glued to the report's opening words by dots ("XX 镇 2022
 * 政府工作报告 ….现在,我代表镇人民政府,…"): a name ending in 报告 with no clause mark, then an ellipsis or dots, right before
 * the opening words (现在, 我代表, 我受, 受…委托). Group 1 the name, group 2 the dots.
 */
const titleThenDots = /^(\s*[^。！？；，,:：…]{4,60}?(?:报告|報告))(\s*[…．.。]{2,6}\s*)(?=现在|我代表|我受|受)/u;

/** The name glued to the opening words by dots (titleThenDots): the name, the dots (the boilerplate rules take them), the text; or undefined. */
function splitTitleAtDots(line: SourceLine): SourceLine[] | undefined {
  const glued = titleThenDots.exec(line.text);
  if (!glued || !isTitleLike(glued[1].trim()) || headlineVerb.test(glued[1])) return undefined;
  const at = glued[0].length;
  return [
    { ...line, text: glued[1] },
    { ...line, text: glued[2].trim(), column: line.column + glued[1].length, hardBreak: true },
    { ...line, text: line.text.slice(at), column: line.column + at, hardBreak: true },
  ];
}

/** The name glued to a standing committee's salutation (titleThenCommittee): the name, then the salutation and text; or undefined. */
function splitTitleAtCommittee(line: SourceLine): SourceLine[] | undefined {
  const glued = titleThenCommittee.exec(line.text);
  // (Not isTitleLike: a report to the committee is often named 汇报, no document word of the title rules.)
  if (!glued || headlineVerb.test(glued[1])) return undefined;
  const at = glued[1].length;
  return [{ ...line, text: glued[1] }, { ...line, text: line.text.slice(at), column: line.column + at, hardBreak: true }];
}

/** The title glued to a salutation ending in a full stop, before the opening words: title, salutation, text; or undefined. */
function splitTitleAtStop(line: SourceLine): SourceLine[] | undefined {
  const stop = titleThenSalutationStop.exec(line.text);
  if (!stop) return undefined;
  const at = stop[0].length;
  return [
    { ...line, text: stop[1] },
    { ...line, text: stop[2], column: line.column + stop[1].length, hardBreak: true },
    { ...line, text: line.text.slice(at), column: line.column + at, hardBreak: true },
  ];
}

/**
 * The title glued to the salutation (or to its first heading), split off (its own line), a document site's category glued
 * after it ("…政府工作报告工作总结各位代表:") on a line of its own for the boilerplate rules.
 */
function splitTitle(line: SourceLine): SourceLine[] | undefined {
  // (held-out round 43) A site's anti-copy stamp glued before the title: on a line of its own (the boilerplate rules take it),
  // the title after it read as at the line's start.
  const stamped = siteStampAtStart(line.text);
  if (stamped) {
    const at = stamped.stamp.length;
    const rest: SourceLine = { ...line, text: stamped.rest, column: line.column + at, hardBreak: true };
    return [{ ...line, text: stamped.stamp }, ...(splitTitle(rest) ?? [rest])];
  }
  const opening = titleThenOpening.exec(line.text);
  if (opening) {
    const at = opening[0].length;
    const title = at - opening[2].length;
    return [
      { ...line, text: opening[1] },
      { ...line, text: opening[2], column: line.column + title, hardBreak: true },
      { ...line, text: line.text.slice(at), column: line.column + at, hardBreak: true },
    ];
  }
  const dated = titleDateSalutation.exec(line.text);
  if (dated) {
    const at = dated[0].length;
    return [
      { ...line, text: dated[1] },
      { ...line, text: dated[2], column: line.column + dated[1].length, hardBreak: true },
      { ...line, text: line.text.slice(at), column: line.column + at, hardBreak: true },
    ];
  }
  const about = aboutTitleThenYear.exec(line.text);
  if (about) return [{ ...line, text: about[1] }, { ...line, text: line.text.slice(about[1].length), column: line.column + about[1].length, hardBreak: true }];
  const stop = splitTitleAtStop(line) ?? splitTitleAtCommittee(line) ?? splitTitleAtDots(line);
  if (stop) return stop;
  const glued = titleThenSalutation.exec(line.text) ?? titleThenComrades.exec(line.text);
  if (!glued) return splitTitleFromHeading(line);
  const out: SourceLine[] = [{ ...line, text: glued[1] }];
  let at = glued[1].length;
  if (glued[2]) {
    out.push({ ...line, text: glued[2], column: line.column + at, hardBreak: true });
    at += glued[2].length;
  }
  out.push({ ...line, text: line.text.slice(at), column: line.column + at, hardBreak: true });
  return out;
}

/** An English run this long (in words) is a sentence of its own, not a name inside a Chinese one ("Made in China 2025"). */
const ENGLISH_WORDS = 5;
const hanEnd = /\p{Script=Han}[。！？；：:，,、”’」）)]?$/u;
const hanStart = /^[“‘「（(]?\p{Script=Han}/u;

/** The English text at the start (or end) of a piece of line, up to its first (last) Chinese character. */
function englishRun(text: string, atEnd: boolean): boolean {
  const run = atEnd ? /[^\p{Script=Han}]*$/u.exec(text)![0] : /^[^\p{Script=Han}]*/u.exec(text)![0];
  const words = run.split(/\s+/).filter((w) => w !== '');
  // (A figure next to the Chinese belongs to it: "…GVERNENT 2016 年 3 月 5 日在…".)
  const edge = atEnd ? words.at(-1) : words[0];
  return edge !== undefined && /[A-Za-z]/.test(edge) && words.filter((w) => /[A-Za-z]/.test(w)).length >= ENGLISH_WORDS;
}

/**
 * A heading followed on its line by its English twin (a bilingual PDF's text): "一、“十一五”时期…的回顾 1. Review
 * of National Economic…", "一、2018 年工作回顾 I." (the English wrapped onto the next line).
 */
/**
 * (stop 55, blind: qz26.com, a writing site's copy of a forestry bureau's account) The site's address glued before a heading, its
 * copy-guard: "www.qz26.com(五)林业科技培训工作" — the address on a line of its own (the boilerplate rules take it, said), the heading
 * after it kept. Only a bare address (www. or http) and an outline number right after it: an address opening a sentence stays.
 */
const hostBeforeHeading = new RegExp(`^(\\s*(?:https?:\\/\\/)?www\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+\\/?)(?=\\s*(?:[（(]${CN}[）)]|${CN}、|[0-9]{1,2}[.、．](?![0-9]))\\s*\\p{Script=Han})`, 'iu');
const headingTwin = new RegExp(`^(\\s*(?:${CN}、|[（(]${CN}[）)])[^。！？；]{1,${MAX_HEADING}}?\\p{Script=Han})\\s+((?:[IVX]{1,6}|[0-9]{1,2})\\.(?:\\s+[A-Z][A-Za-z][^\\p{Script=Han}]*)?)$`, 'u');

/**
 * A page flattened with no space left has no gap to split at; its first heading still shows where a break
 * was lost: right after a sentence end, "一、" or "（一）" opening either a heading glued to a text that
 * reopens with its year ("…意见。一、2022年主要工作2022年以来,…", "…审议。一、一九八六年的主要工作情况一九八六年,…")
 * or, after "（一）", a run-in heading sentence ("…X亿元。(一)抢抓“双区”建设重大机遇,发展环境愈发优越。一批…").
 * (Not "一、" and a sentence: a heading glued to its text, "一、过去五年工作回顾本届政府任期自…。", would become
 * one heading; nor an enumeration, "一、二、三次产业", nor a list of clauses, "（一）加强组织领导,二、压实…".)
 */
const YEAR = '(?:[0-9]{4}|[〇零○一二三四五六七八九]{4})';
const firstHeading = new RegExp(
  `(?<=[。！？])(?=(?:一、|[（(]一[）)])\\S{0,6}?(${YEAR})年\\p{Script=Han}{2,12}?\\1年|[（(]一[）)](?:(?![一二三四五六七八九十]、|[（(][一二三四五六七八九十][）)])[^。！？；]){4,48}。)`,
  'gu',
);

/**
 * An unnumbered part heading glued between two sentences, its text reopening with the heading's first words:
 * "…提出意见。过去五年和2021年工作回顾过去五年,面对…" (broken before and after the heading).
 */
const partHeading = /(?<=[。！？])((\p{Script=Han}{2,4})[^。！？；，,：:]{2,16}?(?:回顾|情况|安排|任务|目标|要求))(?=\2)/gu;
/** The same opening a piece of a page flattened with spaces, the space kept before its paragraph (its head maybe a year, "2025年"). */
const spacedPartHeading = /^(([0-9]{4}年|\p{Script=Han}{2,4})[^。！？；，,：:\s]{2,16}?(?:回顾|情况|安排|任务|目标|要求))[ \t\u3000\u00a0]+(?=\2)/u;
/** A piece's first words before a gap, as a part's name may be (isPartHeading decides). */
const spacedPartName = /^([^。！？；，,：:\s]{4,24})[ \t\u3000\u00a0]+(?=\S)/u;

/**
 * A bilingual edition flattened with no space left: a heading glued between a sentence and its English twin, the
 * twin opening with the same number in Roman numerals, then the Chinese text again ("…提出意见。一、过去五年工作回顾I.
 * Review of Work in the Past Five Years第十一届…"): broken before the heading, before the twin and after it.
 */
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const twinGlued = /(?<=[。！？])([一二三四五六七八九十]、[^。！？；，,:：A-Za-z]{2,30}?\p{Script=Han})((I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s?[A-Z][^\p{Script=Han}]{8,120}?)(?=\p{Script=Han})/gu;

/**
 * (held-out round 32) The first numbered heading glued between two sentences when it names a part of the report
 * (head-lines' isPartHeading, strict: a year or a period, then 工作回顾/工作安排…) and the text goes on right after the
 * part's name: "…提出意见。一、2023 年工作回顾过去一年十分艰难,…" — broken before the number and after the name (its
 * shortest reading: "工作回顾" ends it).
 */
const firstNumber = /(?<=[。！？])(?:一、|[（(]一[）)])/gu;
const PART_NAME = 24;

function namedPartCuts(text: string): number[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(firstNumber)) {
    const from = m.index! + m[0].length;
    for (let end = from + 4; end <= Math.min(text.length - 1, from + PART_NAME); end++) {
      if (!isPartHeading(compact(text.slice(from, end))) || !/\p{Script=Han}/u.test(text[end])) continue;
      cuts.push(m.index!, end);
      break;
    }
  }
  return cuts;
}

function headingBreaks(line: SourceLine): SourceLine[] {
  if (line.text.length < MIN_LENGTH) return [line];
  const out: SourceLine[] = [];
  let start = 0;
  const cuts = [...line.text.matchAll(firstHeading)].map((m) => m.index!);
  cuts.push(...namedPartCuts(line.text));
  for (const m of line.text.matchAll(partHeading)) cuts.push(m.index!, m.index! + m[1].length);
  for (const m of line.text.matchAll(twinGlued)) {
    // (The same number: 一、 over I., 二、 over II.)
    if (ROMAN['一二三四五六七八九十'.indexOf(m[1][0])] !== m[3]) continue;
    cuts.push(m.index!, m.index! + m[1].length, m.index! + m[1].length + m[2].length);
  }
  for (const at of [...new Set(cuts)].sort((a, b) => a - b)) {
    out.push(start === 0 ? { ...line, text: line.text.slice(0, at) } : { ...line, text: line.text.slice(start, at), column: line.column + start, hardBreak: true });
    start = at;
  }
  if (start === 0) return [line];
  out.push({ ...line, text: line.text.slice(start), column: line.column + start, hardBreak: true });
  return out;
}

/**
 * (stop 61, blind: dawenge.com, a document site's compilation of standing committees' reports) A part's name run onto the end of
 * the opening formula, its break lost: "现在，我受市人大常委会委托，向大会报告工作，请予审议。过去一年的主要工作" over "2023年，是…" — the
 * name (isPartName, its shortest reading) a line of its own, and what follows it on the line when that opens the part's text with
 * its year or period ("2023年，", "一年来，"). Only right after 请予审议。 (请审议。, …提出意见。): the formula that ends the opening.
 */
const openingEnd = /请予?审议[^。！？]{0,30}?。|提出意见。/gu;

function partAfterOpening(line: SourceLine): SourceLine[] | undefined {
  for (const m of line.text.matchAll(openingEnd)) {
    const from = m.index! + m[0].length;
    for (let end = from + 4; end <= Math.min(line.text.length, from + PART_NAME); end++) {
      if (!isPartName(compact(line.text.slice(from, end)))) continue;
      const rest = line.text.slice(end);
      if (rest.trim() !== '' && !/^\s*(?:(?:19|20)[0-9]{2}年(?:度|以来)?[，,是]|一年来|过去的?一年[，,]|今年以来)/u.test(rest)) break;
      const cut: SourceLine[] = [
        { ...line, text: line.text.slice(0, from) },
        { ...line, text: line.text.slice(from, end), column: line.column + from, hardBreak: true },
      ];
      if (rest.trim() !== '') cut.push({ ...line, text: rest, column: line.column + end, hardBreak: true });
      return cut;
    }
  }
  return undefined;
}

/** Splits flattened lines at their lost breaks; returns the lines and how many were split. */
export function splitFlattened(lines: readonly SourceLine[]): { lines: SourceLine[]; split: number } {
  const out: SourceLine[] = [];
  let split = 0;
  for (const line of lines) {
    // (stop 56) a news site's ticker of headlines is no flattened page: the boilerplate rules take it whole
    if (isHeadlineTicker(line.text)) {
      out.push(line);
      continue;
    }
    const pieces = line.text.length >= MIN_LENGTH ? piecesOf(line.text) : [];
    if (pieces.length < MIN_BREAKS + 1) {
      // (A title glued to its first heading is split on a short line too: the heading's text may be cut short; so is one glued
      // to "各位代表。" before the opening words, a paragraph of its own under it.)
      // (held-out round 48: so is one glued to a standing committee's salutation; round 49: one glued to the opening words by dots.)
      const glued = line.text.length >= MIN_LENGTH ? splitTitle(line) : (splitNumberFromTitle(line) ?? splitTitleFromHeading(line) ?? splitTitleAtStop(line) ?? splitTitleAtCommittee(line) ?? splitTitleAtDots(line));
      const host = glued ? null : hostBeforeHeading.exec(line.text);
      if (host) {
        split++;
        const at = host[1].length;
        out.push({ ...line, text: host[1] }, { ...line, text: line.text.slice(at), column: line.column + at, hardBreak: true });
        continue;
      }
      const twin = glued ? null : headingTwin.exec(line.text);
      if (twin) {
        split++;
        const at = line.text.length - twin[2].length;
        out.push({ ...line, text: twin[1] }, { ...line, text: twin[2], column: line.column + at, hardBreak: true });
        continue;
      }
      if (glued) {
        split++;
        // (The text after the title may still hide its first heading's lost break.)
        out.push(...glued.slice(0, -1), ...headingBreaks(glued[glued.length - 1]));
        continue;
      }
      const spaced = spacedHeading.exec(line.text) ?? quotedSpaced(line.text);
      if (spaced) {
        split++;
        const at = line.text.length - spaced[2].length;
        out.push({ ...line, text: spaced[1] }, { ...line, text: spaced[2], column: line.column + at, hardBreak: true });
        continue;
      }
      const part = partAfterOpening(line);
      if (part) {
        split++;
        out.push(...part);
        continue;
      }
      const headed = headingBreaks(line);
      if (headed.length > 1) split++;
      out.push(...headed);
      continue;
    }
    split++;
    pieces.forEach((p, i) => {
      const piece: SourceLine = { ...line, text: p.text, column: line.column + p.start, ...(i > 0 ? { hardBreak: true } : {}) };
      // (stop 54, blind: longjing.gov.cn, a news page flattened with its paragraphs apart by a space) a part heading opening a
      // piece, a space and its paragraph reopening with the heading's first words: "2025年及“十四五”工作回顾 2025年,市政府…" —
      // the heading a line of its own (it was glued to its paragraph)
      // (stop 60, blind: wenku365.com, a document site's copy of a 镇's report flattened with two spaces for each break) a part's
      // name as isPartHeading reads one, then the gap and its paragraph: "过去五年的工作回顾  20xx年以来,本届政府…" — the heading a
      // line of its own whatever its paragraph opens with (was: "过去五年的工作回顾20xx年以来,…" one paragraph)
      const named = i > 0 ? spacedPartName.exec(piece.text) : null;
      const headed = i > 0 ? (spacedPartHeading.exec(piece.text) ?? (named && isPartHeading(named[1]) && sentence.test(piece.text.slice(named[0].length)) ? named : null)) : null;
      if (headed) {
        const at = headed[0].length;
        out.push({ ...piece, text: headed[1] }, { ...piece, text: piece.text.slice(at), column: piece.column + at, hardBreak: true });
        return;
      }
      // The first piece may still hold the title glued to the salutation.
      out.push(...((i === 0 ? splitTitle(piece) : undefined) ?? [piece]));
    });
  }
  return { lines: out, split };
}

/** A contents' label alone: "目录", "(目录)", "目 录". */
const contentsLabel = /^[（(]?目\s?录[）)]?$/u;
/** A closing quotation mark or bracket: the sentence before the space ends after it ("…點贊’。 ”一直…"), not before. */
const closingMark = /^[”’」』）)】〕]/u;
/** Question marks alone, the characters a narrow encoding lost ("??? 3月5日…", its full-width indent): no sentence. */
const lostMarks = /^[?？]+$/u;

/** A document number in brackets, "(鄂州政办发〔2010〕10号)": a notice's, under its name. */
const bracketedNumber = /[（(]\s*\p{Script=Han}{1,12}〔\s*[0-9]{4}\s*〕\s*[0-9]{1,4}\s*号\s*[）)]/u;
/**
 * (stop 52, blind: code.fabao365.com, a law site's copy of 鄂州's 2010 notice on the report's tasks, flattened) The gaps around a
 * notice's number in brackets after its name: "…的通知␣(鄂州政办发〔2010〕10号)␣各区人民政府、…": the name, the number and the
 * addressees were one paragraph, no title read. Only a number set apart on both sides (a sentence citing one goes on: "…的通知
 * (…10号)。").
 */
function numbered(before: string, after: string): boolean {
  const opens = new RegExp(`^${bracketedNumber.source}(?=\\s|$)`, 'u');
  const closes = new RegExp(`${bracketedNumber.source}$`, 'u');
  return (opens.test(after) && /\p{Script=Han}[》」”]?$/u.test(before)) || (closes.test(before) && /^\p{Script=Han}/u.test(after));
}

function piecesOf(text: string): Array<{ text: string; start: number }> {
  const pieces: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const gap of text.matchAll(/[ \t\u3000\u00a0]+/g)) {
    const at = gap.index!;
    const before = text.slice(start, at);
    const after = text.slice(at + gap[0].length);
    if (before.trim() === '' || after === '') continue;
    // (stop 58, blind: web.xiaze.org, a county's statistical communiqué flattened) a part's heading letter-spaced as a communiqué
    // sets its two-character names, "一、综 合 经济总量日益壮大。…": the space inside the name is its spacing, no break (was: "一、综"
    // a paragraph and "合经济总量日益壮大。" the next one's bold lead)
    if (new RegExp(`(?:^|\\s)(?:${CN}、|[（(]${CN}[）)])\\p{Script=Han}$`, 'u').test(before) && /^\p{Script=Han}[ \t\u3000\u00a0]/u.test(after)) continue;
    // (Not the line's first piece: a document site's chunk number "1、" opens lines too.)
    // (Nor a space after a figure: PDF text spaces figures out, "一、2014 年工作回顾".)
    // (stop 52, mends52; blind51b's yj.gov.cn) The line's first piece may be a part's heading in Chinese numerals, "一、总体情况 本年度报告根据…"
    // (a disclosure report flattened from its first part): no chunk number is written so (was: "一、总体情况本年度报告…编制" a heading).
    const heading = (start > 0 || new RegExp(`^${CN}、`, 'u').test(before.trim())) && !/[0-9]$/.test(before) && outline.test(before.trim()) && !sentence.test(before) && before.trim().length <= MAX_HEADING;
    // A heading between two spaces, after a title that ends no sentence: "…工作安排 一、2007年工作回顾 2007年是…" (not after a
    // figure: "2022 一、年工作回顾", a PDF's re-placed digits).
    const word = /^\S+/u.exec(after)![0];
    const headingAhead = !/[0-9]$/.test(before) && outline.test(word) && !sentence.test(word) && word.length <= MAX_HEADING && /\p{Script=Han}$/u.test(word) && after.length > word.length;
    const language = (hanEnd.test(before) && englishRun(after, false)) || (hanStart.test(after) && englishRun(before, true));
    // (stop 52, mends52; blind50b's pdf.wenkuvip.com, a unit's final-accounts explanation dumped on one line) the contents' label between
    // spaces, "…2021 年度决算公开说明 (目录) 第一部分:基本情况 一、…": a line of its own — the name before it, the contents after (was:
    // the label and the first part run into the title)
    const contents = contentsLabel.test(word) || /(?:^|\s)[（(]?目\s?录[）)]?$/u.test(before);
    // (stop 55, blind: epaper.hljnews.cn, 黑龙江日报's story of the 2017 session flattened) a story's dateline after a space, its
    // headline before it: "…王宪魁主持陆昊作政府工作报告杜宇新等出席 本报16日讯(记者闫紫谦)凝心聚力绘蓝图,…" — the story's first
    // words on a line of their own (they were run into the headline): 本报讯, 本报16日讯, 新华社北京3月5日电, …网讯
    const dateline = /\p{Script=Han}$/u.test(before) && /^(?:本报(?:[0-9]{1,2}日)?讯|新华社\p{Script=Han}{0,6}[0-9]{1,2}月[0-9]{1,2}日电|\p{Script=Han}{2,8}(?:网|社)(?:[0-9]{1,2}月[0-9]{1,2}日)?讯)/u.test(after);
    // (stop 60, blind: sjzyihang.com, a forum's copy of a county's statistical communiqué flattened) the document's name opening the line,
    // a space and the text: "2023年宜章縣國民經濟和社會發展統計公報 2023年,宜章縣全面貫徹…" — the name a line of its own (it was run
    // into the first paragraph, the space closed, no title read). Only the line's first piece, a name (isTitleLike, no clause mark)
    // ending as a report or a communiqué does, and running text after it — its first word a clause ("2023年,宜章縣…"), not the title
    // block's next line (an occasion "——在…会议上", a day, a speaker: the title-block rules read those together)
    const named =
      start === 0 &&
      /(?:公报|公報|报告|報告)$/u.test(before.trim()) &&
      before.trim().length <= 60 &&
      !/[，,。！？；：:]/u.test(before) &&
      isTitleLike(before.trim()) &&
      /^[^\s—－-][^\s]{0,12}?[，,][^\s]{8,}/u.test(after);
    // A heading glued after a sentence, its text after the space: "…提供宝贵意见。一、加大环境整治力度,绿化美化社区 社区是…".
    const tail = /[。！？](?=[^。！？；]+$)/u.exec(before);
    const glued = tail ? before.slice(tail.index + 1) : '';
    const gluedHeading = glued !== '' && /\p{Script=Han}[”’」）)]?$/u.test(glued) && outline.test(glued) && !/^[0-9]/.test(glued) && !sentence.test(glued) && glued.length <= MAX_HEADING;
    if (gluedHeading && !language) {
      pieces.push({ text: before.slice(0, tail!.index + 1), start }, { text: glued, start: start + tail!.index + 1 });
      start = at + gap[0].length;
    } else if ((ended.test(before) && !closingMark.test(after) && !lostMarks.test(before.trim())) || heading || headingAhead || language || contents || dateline || named || numbered(before, after)) {
      pieces.push({ text: before, start });
      start = at + gap[0].length;
    }
  }
  pieces.push({ text: text.slice(start), start });
  return pieces;
}
