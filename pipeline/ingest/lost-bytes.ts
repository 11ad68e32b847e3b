/**
 * Characters a page's encoding broke and nobody can restore: a double-byte
 * character (GBK/Big5) whose lead byte was lost survives as "?" and its trail
 * byte read as ASCII ("…全市第一??h域經濟…": 。縣 → "??h"; "…第一?,F代服務…":
 * 。現 → "?,F"). The text is left as it is (no guess), and each place is a
 * warning, so the reader checks that sentence against another copy. Two "?"
 * before a character, or "?," before a letter, glued between Chinese
 * characters: a question ("怎么办?AI赋能", "为什么?A股") is none.
 */
import iconv from 'iconv-lite';
import { COMMON_HAN } from './common-han.ts';
import { shiftedNumberOf } from './structure.ts';
import { replacementRuns } from './mojibake.ts';
import type { SourceLine } from './types.ts';

// (stop 41, blind: sjmsw.net, a converter's copy — "擔(dān)當" with its lead bytes lost: "勇?lián)姑?,以實干") A "?" then a
// pinyin syllable with its tone and the annotation's closing bracket, or a "?" glued to a comma, between Chinese characters:
// no punctuation puts a question mark before a comma.
// (stop 42, blind: m.974sport.com, 秀山's session news — "溫暖民心??偨Y(jié)工作": 。總結 with a lead byte lost, a Han
// character and a letter read from the trail bytes, the converter's pinyin glued to the letter) "??", one or two Han
// characters, then a letter, its annotation with it. (stop 42, blind: glencoetuneup.com, "…李肖鋒主持?h委副書記": 。縣 with
// one "?" left) One "?" and a lower-case letter: a question before a Latin word capitalises it or spaces it ("为什么?A股").
// (stop 50, mends50; blind48a's huiluntai.com, a Hong Kong paper's "…的過程?!裹S良浩說": 。」黃 with bytes lost) One "?", an ASCII
// mark, a Han character or two and a letter: the same trail bytes after a mark's ("?!" before a word is a question's, but no
// question puts a Latin letter after the word that follows it). (blind49a's bcjhc.cn, "湖北日?qǐng)?bào)(荊楚網)": two lost
// characters in a row, each "?" and its annotation) a run of them, between Chinese characters or before a bracket.
const broken = /(?<=\p{Script=Han})(?:\?{2,3}\p{Script=Han}{1,2}[A-Za-z](?:\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\))?|\?[!-/:;<=>@\[-`{-~]\p{Script=Han}{1,2}[A-Za-z]|\?{2,3}[!-~]|\?[a-z]|\?,[A-Za-z]|(?:\?[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\))+|\?[,，])(?=\p{Script=Han}|(?<=\))[(（])/gu;

// (stop 59, mends59; blind58a's youngwriting.cn, a pinyin converter's copy of a development zone's story — "…增長極?!?”，就是扛好“一份使命”",
// three times, for "增長極。“1”，就是…": 。“1 each printed as an ASCII mark) After a Han character, "?", one ASCII mark, "?" and a closing
// quote (after a Han character or a closing quote: "爭做“增長極”?!?”"): no question ends a sentence so and then closes a quotation it never opened with a mark's trail byte between. "?!" alone,
// "?!”" (a real interrobang before its quote) and "為什麼???我們" (the rule above) are not this one's.
const brokenBeforeQuote = /(?<=[\p{Script=Han}”」])\?[!-/:;<=>@]\?(?=[”"」』])/gu;

export interface LostBytes {
  line: number;
  column: number;
  /** The broken characters with a few characters of context on either side. */
  context: string;
}

export function findLostBytes(lines: readonly SourceLine[]): LostBytes[] {
  const found: LostBytes[] = [];
  for (const l of lines) {
    for (const match of [...l.text.matchAll(broken), ...l.text.matchAll(brokenBeforeQuote)].sort((a, b) => a.index! - b.index!)) {
      const at = match.index!;
      found.push({ line: l.line, column: l.column + at, context: l.text.slice(Math.max(0, at - 4), at + match[0].length + 4) });
    }
  }
  return found;
}

/**
 * (stop 49, mends49; blind48b's yhrd.cn "728日下午，板桥街道召开…" and bsqfy.ahcourt.gov.cn "1226日上午，在…会议上" / "截止到1130日，")
 * Dates whose 月 the page lost, every one of them: a month and a day run together before 日 ("728日" for 7月28日, "1226日" for
 * 12月26日). Nothing restores which digits were the month (ingest never invents a date): the text is kept as printed and each
 * place said, so the reader checks it against another copy. Only where the page writes no date with its 月 anywhere (a page
 * that has "3月4日" lost nothing), the digits read as a month (1–12) and a day (10–31) — three figures, or four opening with
 * 10–12 — and stand where a day does: after a sentence's start or a preposition of time (于, 在, 至, 到, 自, 从, 截至/截止) or a year ("2019年1226日"), before
 * the time of day or a comma ("728日下午", "1130日，"). A span of days, "历时120日", "在120日内", is none.
 */
const monthless = /(?<=^|[\s。，,；;：:、（(“"]|[于在至到自从年]|截至|截止)(1[0-2][0-3]\d|[1-9][1-3]\d)日(?=上午|下午|晚上?|早上|凌晨|中午|傍晚|[，,、至起—－-])/gu;
/** A date with its 月: the page lost none. */
const withMonth = /\d{1,2}\s*月\s*\d{1,2}\s*日/u;

export interface LostMonth {
  line: number;
  column: number;
  /** The date as printed, "728日". */
  date: string;
}

export function findLostMonths(lines: readonly SourceLine[]): LostMonth[] {
  if (lines.some((l) => withMonth.test(l.text))) return [];
  const found: LostMonth[] = [];
  for (const l of lines) {
    for (const match of l.text.matchAll(monthless)) {
      const day = Number(match[1].slice(-2));
      if (day < 10 || day > 31) continue;
      found.push({ line: l.line, column: l.column + match.index!, date: match[0] });
    }
  }
  return found;
}

/**
 * (stop 53, mends53; blind52a's m.xomn.cn "…居於榜首!笆濉逼陂g,我國經濟" — 。“十三五”期間 —, markspestcontrol.com's credit
 * "…貢獻。ㄉ讨輩^(qū)廣播電視臺" — （商州區 —, blind52b's szbaichuanju.net "…以及情形;ず蜕ㄉ璧确矫。" — 保护和生态建设等方面 —; the
 * fixtures' 西藏 2024 mirror "!八拇蠊こ獭薄傲?xiàng)" — “四大工程”“六項 —, blind49a's "簇?fù)碇鴳覓煸谥飨_(tái)" — 擁著懸掛在主席臺)
 * A run of characters a GBK round trip read one byte off: a byte lost, each character after it is made of the second byte
 * of one and the first of the next, until the text falls back into step (at an ASCII character, or a byte dropped again).
 * What it garbled is gone from the page — the run itself cannot be read back whole (bytes are lost at both ends, and the
 * converter's traditional forms and pinyin were laid over it) — but it shows: its characters are odd in Chinese prose (a
 * kana, a bopomofo letter, a Greek or box sign, a character outside both the GB2312 and the Big5 frequent sets), and read one
 * byte on they turn into ordinary words — most of them among the commonest characters, or marks (“ ” （ ） ，) the run
 * did not have. Said at its place with what it reads as one byte on; the text is kept as printed (never repaired: the words
 * are not all there). Not: a name with a rare character ("蒙鑫淼"), a rare word ("笃信笃行"), Japanese (a line of kana), a
 * Russian word, a run "?" already marks (findLostBytes), a garbled outline number at a line's start (structure.ts says it).
 */
const ODD_SIGN = /[\u3040-\u30ff\u3100-\u312f\u0370-\u03ff\u0400-\u04ff\u2460-\u24ff\u2500-\u257f]/u;
const HAN = /\p{Script=Han}/u;
/** ASCII marks a copy printed for the full-width ones the garbled bytes read as (the run's bytes are the full-width forms'). */
const FULL_WIDTH: Record<string, string> = { '!': '！', ';': '；', ',': '，', ':': '：', '(': '（', ')': '）' };
const MARKS = /[“”（），。、]/gu;

/** A character of ordinary Chinese prose: GB2312's first level (B0A1–D7FE), Big5's frequent set (A440–C67E), a common mark. */
function ordinary(c: string): boolean {
  if (/[“”‘’（），。、；：！？《》]/u.test(c)) return true;
  const gb = iconv.encode(c, 'gbk');
  if (gb.length === 2 && gb[0] >= 0xb0 && gb[0] <= 0xd7 && gb[1] >= 0xa1 && iconv.decode(gb, 'gbk') === c) return true;
  const big5 = iconv.encode(c, 'big5');
  if (big5.length !== 2 || iconv.decode(big5, 'big5') !== c) return false;
  const code = big5[0] * 256 + big5[1];
  return code >= 0xa440 && code <= 0xc67e;
}
const odd = (c: string) => (HAN.test(c) && !ordinary(c)) || ODD_SIGN.test(c);
const commonShare = (s: string) => {
  const han = [...s].filter((c) => HAN.test(c));
  return han.filter((c) => COMMON_HAN.has(c)).length / Math.max(1, han.length);
};
const marksIn = (s: string) => s.match(MARKS)?.length ?? 0;

/** The run's reading one byte on (a last byte alone dropped), if it is one: ordinary, common words where the run was odd. */
function oneByteOn(run: readonly string[]): string | undefined {
  if (run.length < 3 || !run.some((c) => HAN.test(c))) return undefined;
  const text = run.join('');
  const bytes = iconv.encode(text, 'gbk');
  if (iconv.decode(bytes, 'gbk') !== text) return undefined;
  const reading = iconv.decode(bytes.subarray(1), 'gbk').replace(/\uFFFD$/u, '');
  const chars = [...reading];
  if (chars.length < run.length - 1 || !chars.every(ordinary) || chars.filter((c) => HAN.test(c)).length < 2) return undefined;
  const odds = run.filter(odd).length;
  const signs = run.filter((c) => ODD_SIGN.test(c)).length;
  // two odd characters, or one sign of a row no prose uses, or one odd character where the reading gains two marks
  if (signs === 0 && odds < 2 && !(odds === 1 && marksIn(reading) - marksIn(text) >= 2)) return undefined;
  // with no such sign, the run opens where the byte was lost: on a full-width mark read with the next character's first byte
  if (signs === 0 && !/^[\u3000-\u303f\uff00-\uffef]/u.test(run[0])) return undefined;
  if (odds / run.length < 0.2) return undefined;
  const share = commonShare(reading);
  return share >= 0.5 && share > commonShare(text) ? reading : undefined;
}

export interface ShiftedRun {
  line: number;
  column: number;
  /** The run as printed (its full-width marks as the bytes read). */
  garbled: string;
  /** What it reads as one byte on. */
  reading: string;
}

export function findShiftedRuns(lines: readonly SourceLine[]): ShiftedRun[] {
  const found: ShiftedRun[] = [];
  for (const l of lines) {
    // a line of Japanese: its kana are its words
    if ((l.text.match(/[\u3040-\u30ff]/gu)?.length ?? 0) >= 5) continue;
    const points = [...l.text];
    const chars = points.map((c) => FULL_WIDTH[c] ?? c);
    const offsets: number[] = [];
    for (let i = 0, at = 0; i < points.length; at += points[i].length, i++) offsets.push(at);
    const quoted = [...l.text.matchAll(broken)].map((m) => [m.index!, m.index! + m[0].length]);
    const outline = shiftedNumberOf(l.text.trimStart());
    for (let k = 0; k < chars.length; k++) {
      if (!odd(chars[k])) continue;
      let best: { i: number; j: number; reading: string } | undefined;
      for (let i = Math.max(0, k - 3); i <= k; i++) {
        // a run opens on a character or a mark the lost byte garbled, not on one of the sentence's own
        if (!(odd(chars[i]) || /[\u3000-\u303f\uff00-\uffef]/u.test(chars[i]))) continue;
        for (let j = k + 1; j <= Math.min(chars.length, k + 9); j++) {
          if (/[\x00-\x7f]/u.test(chars[j - 1])) break;
          const reading = oneByteOn(chars.slice(i, j));
          if (reading && (!best || j > best.j || (j === best.j && i < best.i))) best = { i, j, reading };
        }
      }
      if (!best) continue;
      const [start, end] = [offsets[best.i], offsets[best.j - 1] + 1];
      k = best.j;
      if (quoted.some(([a, b]) => a - 8 < end && start < b + 8)) continue;
      if (outline && start < l.text.length - l.text.trimStart().length + outline.label.length + 4) continue;
      found.push({ line: l.line, column: l.column + start, garbled: l.text.slice(start, end), reading: best.reading });
    }
  }
  return found;
}

export interface NoiseRun {
  line: number;
  column: number;
  /** The run's first characters, for the message. */
  run: string;
  /** How many characters the run holds. */
  length: number;
}

/**
 * (stop 54, mends54; blind53a's m.31doc.com, a document library's preview of 武汉's 2005 report) A document library salts its
 * preview with runs of characters drawn at random, an anti-copy measure ("1、涧孪锌钞妇撕撞玛炉磕揪履吵…武汉市2005年政府工作报告",
 * "…牢牢把握改革发展霍涅懈牟纂宰钠份撮廉鹿馏…"): a run of 24 Han characters or more with no mark between them, every one of
 * GB2312's first level (a garbled page's characters are not: mojibake.ts's), fewer than three in ten of them among the commonest
 * (common-han.ts). Measured over the fixture inputs and the blind pages of stops 47–53: such runs 0.15 and 0.21 common; the
 * report's own unbroken runs (a name list, a byline's names and roles, a title) 0.42 or more. The run is kept as printed (the
 * report's words on either side of it are glued to it and cannot be told apart from it by rule), and said.
 */
export function findNoiseRuns(lines: readonly SourceLine[]): NoiseRun[] {
  const found: NoiseRun[] = [];
  for (const l of lines) {
    for (const m of l.text.matchAll(/\p{Script=Han}{24,}/gu)) {
      const chars = [...m[0]];
      if (commonShare(m[0]) >= 0.3 || !chars.every(ordinary)) continue;
      found.push({ line: l.line, column: l.column + m.index!, run: chars.slice(0, 8).join(''), length: chars.length });
    }
  }
  return found;
}

/**
 * (stop 57, blind: meta.librarydata.cn, a library's record of 辽阳日报's 1990 story on the session) The geta mark, "〓" (U+3013), one or two together:
 * the mark a digitised paper or a database prints for a character its font lacked — "1989年是〓不寻常
 * 的一年", "习仲〓、彭冲" — each one a character lost (it was kept with nothing said). Nothing restores it: kept as printed, and the
 * page's marks said once, how many and where the first three stand.
 */
export interface MissingGlyphs {
  line: number;
  column: number;
  /** How many marks the page holds beside its characters. */
  count: number;
  /** The first three, each with a few characters either side and its line. */
  places: Array<{ line: number; context: string }>;
}

/** (one or two together, anywhere — "杨尚昆、〓、乔石", a name lost whole between its commas; three or more in a row are a rule drawn across the page) */
const geta = /(?<!〓)〓{1,2}(?!〓)/gu;

export function findMissingGlyphs(lines: readonly SourceLine[]): MissingGlyphs | undefined {
  let found: MissingGlyphs | undefined;
  for (const l of lines) {
    for (const match of l.text.matchAll(geta)) {
      const at = match.index!;
      found ??= { line: l.line, column: l.column + at, count: 0, places: [] };
      found.count += match[0].length;
      if (found.places.length < 3) found.places.push({ line: l.line, context: l.text.slice(Math.max(0, at - 4), at + match[0].length + 4) });
    }
  }
  return found;
}

/**
 * (stop 58, blind: e-go.org.tw) Replacement marks read as Big5 (嚙踝蕭) or GBK (锟斤拷) inside a line of text (mojibake.ts
 * replacementRuns; a line of nothing but them is taken out there): the characters there are lost, kept as printed and said.
 */
export interface ReplacedRun {
  line: number;
  column: number;
  run: string;
  encoding: 'Big5' | 'GBK';
}

export function findReplacedRuns(lines: readonly SourceLine[]): ReplacedRun[] {
  const found: ReplacedRun[] = [];
  for (const l of lines) for (const r of replacementRuns(l.text)) found.push({ line: l.line, column: l.column + r.index, run: r.run, encoding: r.encoding });
  return found;
}
