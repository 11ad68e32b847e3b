/**
 * Typographic normalization of one paragraph's text: NFC, half-width
 * punctuation in Chinese context made full-width, spurious spaces inside
 * Chinese (PDF extraction, letter-spaced titles) removed. Half-width stays
 * inside numbers and Latin text (28.9万, 2.63, 5A, 1,000, 10:30) and URLs.
 *
 * Works on UTF-16 code units for speed (megabytes of text); a surrogate
 * (a rare Han character outside the BMP) counts as Chinese context.
 */
import { toHalfWidth } from '../model/han-forms.ts';
import { actHeadlineSpaces } from './act-headline.ts';
import { namesOnLine } from './surnames.ts';
import type { NormalizeCounts } from './types.ts';

export function emptyCounts(): NormalizeCounts {
  return { punctuation: 0, spaces: 0, nfc: 0, width: 0, joinedLines: 0, pinyin: 0 };
}

/** Small form variants and the marks they stand for (the small full stop ﹒ left alone: a figure's point or a list's). */
const SMALL_FORMS: Record<string, string> = { '﹐': '，', '﹑': '、', '﹔': '；', '﹕': '：', '﹖': '？', '﹗': '！', '﹙': '（', '﹚': '）', '﹛': '｛', '﹜': '｝', '﹝': '〔', '﹞': '〕' };

const fullWidth: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };

/** URLs and e-mail addresses keep their ASCII punctuation. */
const protectedSpan = /(?:https?|ftp):\/\/[\x21-\x7e]+|www\.[\w-]+\.[\x21-\x7e]+|[\w.+-]+@[\w-]+\.[\w.-]+/g;

/**
 * Marks a page lost at the start of a paragraph: `??` where a copy through a
 * narrow encoding could not keep the full-width indentation (　　) — a Chinese paragraph
 * never opens with an ASCII question mark. Only before Chinese text or punctuation; the
 * caller reports what it removed.
 */
export function lostIndent(text: string): { text: string; removed: string } {
  // (a space after them too, the indent's last character a plain space — then a figure may follow: "??? 3月5日9時…";
  // not "?2017年的目标是什么", a question; (stop 47, blind: bkw8.com) or before an ASCII bracket, "????(唐堅 吳文繼…)")
  // (stop 50, blind: haowenren.com) or a space between the marks, before a dash too: "? ? ——坚决打赢疫情防控遭遇战…" (its indent's
  // characters each lost, the spaces between them kept — it was joined to the paragraph before, "？?" kept in the text, unsaid)
  // (stop 56, blind: bilew.cn, a spun copy of 绵阳's yearbook) or the indent alone on a line between paragraphs, "??" (its line's
  // only characters — it was a paragraph "??"): all of it is what the page lost
  if (/^\?(?:[ \u00a0]?\?){1,3}$/u.test(text)) return { text: '', removed: text };
  const match = /^\?(?:[ \u00a0]?\?){0,3}(?:[ \u00a0](?=[\u3001-\u303f\u3400-\u9fff\uff01-\uff5e\u201c\u2018\u2014\u2015(0-9])|(?=[\u3001-\u303f\u3400-\u9fff\uff01-\uff5e\u201c\u2018\u2014\u2015(]))/u.exec(text);
  return match ? { text: text.slice(match[0].length), removed: match[0] } : { text, removed: '' };
}

export function normalizeText(input: string, counts: NormalizeCounts): string {
  let text = input.normalize('NFC');
  if (text !== input) counts.nfc += Math.max(1, Math.abs(input.length - text.length));
  // Zero-width spaces and stray BOMs from web editors: invisible, but they break search and ids.
  if (/[\u200b-\u200d\u2060\ufeff\u00ad]/.test(text)) {
    const before = text.length;
    text = text.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
    counts.spaces += before - text.length;
  }
  // Full-width digits and Latin letters as ASCII (Chinese typesetting sets figures and Latin
  // half-width: GB/T 15835 for figures), so that 68.9万 is one figure for the number check and search.
  text = toHalfWidth(text, () => counts.width++);
  // (stop 61, blind: bkwu.com.cn, a traditional-character copy of 上海 2003) Unicode's small form variants of Chinese punctuation
  // (U+FE50–FE5E, vertical-text and Big5-era forms: "一﹑五年工作的回顧", "金融﹑商貿﹑房地產") as the marks they are, so a numbered
  // heading reads as one (was: a paragraph "一﹑五年工作的回顧")
  if (/[\ufe50-\ufe5e]/u.test(text)) text = text.replace(/[\ufe50-\ufe5e]/gu, (c) => { const m = SMALL_FORMS[c]; if (!m) return c; counts.width++; return m; });
  const hasPunct = /[,:;!?()]/.test(text);
  const hasSpace = /[ \u3000\u00a0\t\u2002\u2003]/.test(text);
  const hasQuote = text.includes('"');
  if (!hasPunct && !hasSpace && !hasQuote) return text;
  const keep = protectedMask(text);
  if (hasQuote) text = curlQuotes(text, keep, counts);
  if (hasPunct) text = convertPunctuation(text, keep, counts);
  if (hasSpace) text = removeSpaces(text, keep, counts);
  return text;
}

/**
 * A table cell that is a negative figure alone, printed with a hyphen (-31, －19.6: the page's hyphen-minus or its
 * full-width form －), gets the minus sign (−31): a figure's sign is no hyphen (new user round 21, a budget
 * table's 比上年增长（%） column; the English cell writes −31). Counted as punctuation.
 */
export function cellMinus(text: string, counts: NormalizeCounts): string {
  if (!/^[-\u2010\u2011\ufe63\uff0d]\s*\d[\d,.]*%?$/u.test(text)) return text;
  counts.punctuation++;
  return `\u2212${text.slice(1).trimStart()}`;
}

function protectedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  if (!/https?:|ftp:|www\.|@/.test(text)) return mask;
  for (const match of text.matchAll(protectedSpan)) mask.fill(1, match.index, match.index! + match[0].length);
  return mask;
}

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdfff) || c === 0x3007;
}

function isCjkPunctCode(c: number): boolean {
  return (
    (c > 0x3000 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2026 || c === 0x2014 || c === 0x00b7
  );
}

const isCjkCode = (c: number) => isHanCode(c) || isCjkPunctCode(c);
const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
const isLetterCode = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isSpaceCode = (c: number) => c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x09 || c === 0x2002 || c === 0x2003;

/** Code of the nearest non-space character before/after `from`, or -1. */
function neighbour(text: string, from: number, step: 1 | -1): number {
  for (let i = from + step; i >= 0 && i < text.length; i += step) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) return c;
  }
  return -1;
}

/** The text before `end` ends in a figure (digits, its point, a percent sign) right after Chinese text: …下降17.2%. */
function endsChineseFigure(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && /[0-9.%‰]/.test(text[start - 1])) start--;
  return start < end && isDigitCode(text.charCodeAt(start)) && isCjkCode(neighbour(text, start, -1));
}

function convertPunctuation(text: string, keep: Uint8Array, counts: NormalizeCounts): string {
  // Bracket pairs decide together: （海淀） or (GDP) inside Chinese both become full-width.
  const decided = new Map<number, boolean>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (keep[i]) continue;
    const c = text.charCodeAt(i);
    if (c === 0x28) open.push(i);
    else if (c === 0x29 && open.length > 0) {
      const start = open.pop()!;
      let chinese = isCjkCode(neighbour(text, start, -1)) || isCjkCode(neighbour(text, i, 1));
      for (let k = start + 1; !chinese && k < i; k++) chinese = isCjkCode(text.charCodeAt(k));
      decided.set(start, chinese);
      decided.set(i, chinese);
    }
  }
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const wide = fullWidth[char];
    if (wide === undefined || keep[i]) continue;
    const before = neighbour(text, i, -1);
    const after = neighbour(text, i, 1);
    let convert: boolean;
    if (decided.has(i)) convert = decided.get(i)!;
    else if (char === '(' || char === ')') convert = isCjkCode(before) || isCjkCode(after);
    // 表2:2024年… — the colon of a table's or box's label, though a year follows (new user round 6)
    else if (char === ':' && /^(?:专栏|附表|附图|表|图)\s*[0-9０-９]{1,3}$/.test(text.slice(0, i))) convert = true;
    // "增速超过50%,16个市县…": after a percentage no thousands separator, the clause's comma before the next figure and its word.
    else if (char === ',' && (before === 0x25 || before === 0x2030) && isDigitCode(after) && /^,[0-9.]+%?\p{Script=Han}/u.test(text.slice(i))) convert = true;
    // "下降17.2%;" ending the line: the clause's mark after a figure that ends a Chinese clause (new user round 14).
    else if (after === -1 && endsChineseFigure(text, i)) convert = true;
    // 1,000 / 10:30 / 1:1 stay half-width between digits.
    else if (isDigitCode(before) && isDigitCode(after) && !isSpaceCode(text.charCodeAt(i + 1))) convert = false;
    else convert = isCjkCode(before) || (isHanCode(after) && !isLetterCode(before));
    if (convert) {
      out += text.slice(last, i) + wide;
      last = i + 1;
      counts.punctuation++;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * ASCII double quotes in Chinese text (全面实现"十一五"规划目标, a page typed on a Latin keyboard; “三个代表"重要思想, a copy
 * that lost its closing marks) are the Chinese quotation marks. Read in order with the curled ones: an ASCII quote
 * after an open “ closes it (”); else it opens one (“), and its closing ASCII quote makes the pair only when the
 * quoted text holds a Han character. A quoted Latin phrase ("Belt and Road"), an inch mark (55") or a quote left
 * open stays as written.
 */
function curlQuotes(text: string, keep: Uint8Array, counts: NormalizeCounts): string {
  const curled = new Map<number, string>();
  let open: number | undefined; // index of the open quote, or undefined
  let asciiOpen = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (keep[i]) continue;
    if (c === '“') [open, asciiOpen] = [i, false];
    else if (c === '”') open = undefined;
    else if (c !== '"') continue;
    else if (open !== undefined && !asciiOpen) {
      curled.set(i, '”');
      open = undefined;
    } else if (open !== undefined) {
      if (/\p{Script=Han}/u.test(text.slice(open + 1, i))) curled.set(open, '“').set(i, '”');
      open = undefined;
    } else [open, asciiOpen] = [i, true];
  }
  if (curled.size === 0) return text;
  counts.punctuation += curled.size;
  let out = '';
  for (let i = 0; i < text.length; i++) out += curled.get(i) ?? text[i];
  return out;
}

/** A quotation (“…”, 「…」, 『…』) or a title in 《…》 on one line, its text as group 1–4. */
const quotation = /“([^“”\n]*)”|《([^《》\n]*)》|「([^「」\n]*)」|『([^『』\n]*)』/g;
/**
 * A quotation made of phrases set apart by spaces (“贯彻二十大 锚定新目标 奋力闯创干”,
 * 《中共中央 国务院关于…的意见》): each phrase two characters or more, no clause mark
 * (a quoted sentence), each space between two Han characters.
 */
const phrases = /^[^\s，。；：！？,.;:!?]{2,}(?:[ \u3000\u00a0\t\u2002\u2003]+[^\s，。；：！？,.;:!?]{2,})+$/u;
const spaceRun = /[ \u3000\u00a0\t\u2002\u2003]+/g;

/**
 * Where a space between Chinese words is the text's own: between the phrases of a quoted
 * slogan or title (a typesetter sets one ideographic space there, as the page meant). A
 * hard wrap's space inside a word (PDF extraction: 经济社 会, 列席人 员) is not: a piece of
 * one character (“六 个打造”) is no phrase, and a paragraph with a space between Han
 * characters outside such quotations is a dump whose spaces are all wraps. Returns the
 * start of each space run to keep.
 */
function phraseSpaces(text: string): Set<number> {
  const kept = new Set<number>();
  if (!/[“《「『]/.test(text)) return kept;
  const inside = new Uint8Array(text.length);
  for (const match of text.matchAll(quotation)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (!phrases.test(inner)) continue;
    const start = match.index! + 1;
    const runs = [...inner.matchAll(spaceRun)];
    if (!runs.every((r) => isHanCode(inner.charCodeAt(r.index! - 1)) && isHanCode(inner.charCodeAt(r.index! + r[0].length)))) continue;
    for (const r of runs) kept.add(start + r.index!);
    inside.fill(1, start, start + inner.length);
  }
  if (kept.size === 0) return kept;
  for (const wrap of text.matchAll(/\p{Script=Han}[ \u3000\u00a0\t\u2002\u2003]+(?=\p{Script=Han})/gu)) if (!inside[wrap.index!]) return new Set();
  return kept;
}

/**
 * The space between a box's or a table's label and its title (专栏1　过去五年主要经济指标, 表1　2023年…):
 * the label's own, set as one ideographic space as the typesetter does, not a wrap to join (new user,
 * round 5: the caption came out as 专栏1过去五年主要经济指标). Group 1: the label.
 * (stop 41) So is the space after an article's number, as rules set it (第一条　为规范…; was 第一条为规范…).
 */
const labelSpace = /^((?:专栏|附表|附图|表|图)\s*[0-9０-９一二三四五六七八九十]{1,3}|第[一二三四五六七八九十百零〇]{1,4}[条條])[ \u3000\u00a0\t\u2002\u2003]+(?=\S)/u;

/**
 * (stop 60, blind: m.bidcenter.com.cn, a county's statistical communiqué) The space after a paragraph's run-in subject, "人口　年末全县常住
 * 人口94.5万人，…", "国民经济　根据地区生产总值统一核算…", "粮食　全年农作物播种面积…": a communiqué's label for what the paragraph
 * counts, set apart by a space as its own word (was joined, "人口年末全县常住人口…", the label read into the sentence). The label two to six
 * Han characters at the line's start, a sentence after it (Han, then a clause mark, twenty characters or more), and no other space
 * between Han characters on the line (a dump's hard wraps put one in every line; "经济社 会发展…" is no label). Returns where the space
 * starts, or -1.
 */
function runInLabelSpace(text: string): number {
  const found = /^(\p{Script=Han}{2,6})[ \u3000\u00a0\t\u2002\u2003]+(?=\p{Script=Han})/u.exec(text);
  if (!found) return -1;
  // (a story's credit is no subject: "记者张尚东 通讯员刘珍妮报道:3月5日…")
  if (/^(?:记者|記者|通讯员|通訊員|本报|本報|本台|新华社|新華社|特约|特約|实习生|實習生)/u.test(found[1])) return -1;
  const rest = text.slice(found[0].length);
  if (/^(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影)/u.test(rest)) return -1;
  // (its first clause eight characters or more: a garbled column's "多支线 航运成；港口团…" is no subject and its sentence)
  const clause = /[，。；,;]/u.exec(rest);
  if (rest.length < 20 || !clause || clause.index < 8) return -1;
  if (/\p{Script=Han}[ \u3000\u00a0\t\u2002\u2003]+\p{Script=Han}/u.test(rest)) return -1;
  return found[1].length;
}

/**
 * (stop 40, blind: a ministry's press release copied with its numbers letter-spaced, "7月2 2 日", "202 5 年", wfkjcs.com) A
 * space at i..j between two digit runs splits one number of a date when the runs together are a year (19xx, 20xx) before
 * 年, a month (1–12) before 月, or a day (1–31) before 日 or 号 — the digits before not themselves after a space-split run.
 */
function splitsDateNumber(text: string, i: number, j: number): boolean {
  let start = i;
  while (start > 0 && isDigitCode(text.charCodeAt(start - 1))) start--;
  // (the run stops at a non-digit: a space with a digit before it makes this run itself one after a split)
  if (start > 1 && isSpaceCode(text.charCodeAt(start - 1)) && isDigitCode(text.charCodeAt(start - 2))) return false;
  let end = j;
  while (end < text.length && isDigitCode(text.charCodeAt(end))) end++;
  let unit = end;
  while (unit < text.length && isSpaceCode(text.charCodeAt(unit))) unit++;
  // (ASCII digits on both sides: the caller splits only between two)
  const value = text.slice(start, i) + text.slice(j, end);
  const n = Number(value);
  switch (text[unit]) {
    case '年':
      return /^(?:19|20)[0-9]{2}$/u.test(value);
    case '月':
      return value.length <= 2 && n >= 1 && n <= 12;
    case '日':
    case '号':
      return value.length <= 2 && n >= 1 && n <= 31;
    default:
      return false;
  }
}

/**
 * (new user, round 24) A headline of parallel phrases set apart by spaces, "群策群力 奋力争先" (a paper's headline over its digest
 * of a report; was 群策群力奋力争先): the whole line two or more phrases of four Han characters each (四字格, as such headlines are
 * made; not a wrapped title's halves, "县国民经济和社会 发展计划执行情况", eight and eight, nor letter spacing's single
 * characters). Returns where each space run starts.
 */
function parallelPhraseSpaces(text: string): number[] {
  const parts = text.trim().split(/[ \u3000\u00a0\t\u2002\u2003]+/u);
  // (held-out round 46: "第一部分 决算报告" is a part's label and its title, read joined — no parallel phrases)
  if (parts.length < 2 || !parts.every((p) => /^\p{Script=Han}{4}$/u.test(p)) || parts.some((p) => /^第/u.test(p))) return [];
  return [...text.matchAll(/(?<=\p{Script=Han})[ \u3000\u00a0\t\u2002\u2003]+(?=\p{Script=Han})/gu)].map((gap) => gap.index);
}

/**
 * A space next to a Chinese character or full-width punctuation is an
 * artefact (PDF extraction, letter spacing): official Chinese text is set
 * without spaces, also around numbers and Latin (5G基站, 增长7.1%). Spaces
 * between two Latin words stay (runs become one). The space between the
 * phrases of a quoted slogan or title stays, as one ideographic space
 * (`phraseSpaces`), and so do the space after a box's or a table's label (`labelSpace`) and the spaces between a news
 * headline's clauses, each with its own act ("王衍诗主持　孙志洋作政府工作报告", act-headline.ts).
 */
/**
 * (stop 57, mends: stats.hainan.gov.cn, stop 56's gap) A line that is only organ names apart by spaces, "海南省统计局 国家统计局海南调查
 * 总队" (a joint communiqué's issuers): each space between two complete names separates them — no typesetting gap to close (was: joined,
 * "海南省统计局国家统计局海南调查总队", two issuers read as one). Each name four Han characters or more ending as an organ does (…局, …厅,
 * …调查(总)队, …委员会, …人民政府, …办公厅/室, …院, 国务院); two to four of them; letter spacing ("海 南 省 统 计 局") has pieces
 * too short. Returns the start of each space run (kept as one space).
 */
const organName = /^\p{Script=Han}{2,24}(?:局|厅|廳|调查总队|調查總隊|调查队|調查隊|委员会|委員會|人民政府|办公室|辦公室|检察院|檢察院|法院|国务院|國務院)$/u;
function organSpaces(text: string): Set<number> {
  const found = new Set<number>();
  const parts = text.trim().split(/[ \u3000\u00a0\t\u2002\u2003]+/u);
  if (parts.length < 2 || parts.length > 4 || !parts.every((part) => part.length >= 4 && organName.test(part))) return found;
  for (const run of text.trim().matchAll(/[ \u3000\u00a0\t\u2002\u2003]+/gu)) found.add(run.index! + (text.length - text.trimStart().length));
  return found;
}

/**
 * (stop 59, mends59: the lead's watch item on stop 58's spaced-row.ts) A line of names printed a few to a line, "丁仲礼 习近平 马兴瑞 王沪宁
 * 王晨" (surnames.ts namesOnLine): each space between two names separates them (was: joined, "丁仲礼习近平马兴瑞王沪宁王晨", where no reader
 * can tell one name from the next). Returns the start of each space run (kept as one space).
 */
function nameSpaces(text: string): Set<number> {
  const found = new Set<number>();
  if (!namesOnLine(text)) return found;
  for (const run of text.trim().matchAll(/[ \u3000\u00a0\t\u2002\u2003]+/gu)) found.add(run.index! + (text.length - text.trimStart().length));
  return found;
}

function removeSpaces(text: string, keep: Uint8Array, counts: NormalizeCounts): string {
  const phraseBreaks = phraseSpaces(text);
  // (stop 38) a headline's spaces between clauses each with its own act ("王衍诗主持 孙志洋作政府工作报告 …") are the text's too
  for (const at of actHeadlineSpaces(text)) phraseBreaks.add(at);
  const label = labelSpace.exec(text);
  if (label) phraseBreaks.add(label[1].length);
  const runIn = runInLabelSpace(text);
  if (runIn > 0) phraseBreaks.add(runIn);
  for (const at of parallelPhraseSpaces(text)) phraseBreaks.add(at);
  const organBreaks = organSpaces(text);
  for (const at of nameSpaces(text)) organBreaks.add(at);
  let out = '';
  let last = 0;
  let i = 0;
  while (i < text.length) {
    if (!isSpaceCode(text.charCodeAt(i)) || keep[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
    if (organBreaks.has(i)) {
      if (j - i > 1 || text[i] !== ' ') {
        out += text.slice(last, i) + ' ';
        last = j;
        counts.spaces += j - i - (text[i] === ' ' ? 1 : 0);
      }
      i = j;
      continue;
    }
    if (phraseBreaks.has(i)) {
      if (j - i > 1 || text[i] !== '\u3000') {
        out += text.slice(last, i) + '\u3000';
        last = j;
        counts.spaces += j - i;
      }
      i = j;
      continue;
    }
    const left = i > 0 ? text.charCodeAt(i - 1) : -1;
    const right = j < text.length ? text.charCodeAt(j) : -1;
    const drop =
      left === -1 ||
      right === -1 ||
      (isCjkCode(left) && (isCjkCode(right) || isDigitCode(right) || isLetterCode(right))) ||
      ((isDigitCode(left) || isLetterCode(left)) && isCjkCode(right)) ||
      isCjkPunctCode(left) ||
      isCjkPunctCode(right) ||
      (isDigitCode(left) && isDigitCode(right) && splitsDateNumber(text, i, j));
    const keepOne = !drop && (j - i > 1 || text[i] !== ' ');
    if (drop || keepOne) {
      out += text.slice(last, i) + (drop ? '' : ' ');
      last = j;
      counts.spaces += drop ? j - i : j - i - (text[i] === ' ' ? 1 : 0);
    }
    i = j;
  }
  return last === 0 && out === '' ? text : out + text.slice(last);
}
