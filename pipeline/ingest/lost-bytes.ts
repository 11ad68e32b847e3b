/**
 * Characters a page's encoding broke and nobody can restore: a double-byte
 * character (GBK/Big5) whose lead byte was lost survives as "?" and its trail
 * byte read as ASCII ("…全市第一??h域經濟…": 。縣 → "??h"; "…第一?,F代服務…":
 * 。現 → "?,F"). The text is left as it is (no guess), and each place is a
 * warning, so the reader checks that sentence against another copy. Two "?"
 * before a character, or "?," before a letter, glued between Chinese
 * characters: a question ("怎么办?AI赋能", "为什么?A股") is none.
 */
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

export interface LostBytes {
  line: number;
  column: number;
  /** The broken characters with a few characters of context on either side. */
  context: string;
}

export function findLostBytes(lines: readonly SourceLine[]): LostBytes[] {
  const found: LostBytes[] = [];
  for (const l of lines) {
    for (const match of l.text.matchAll(broken)) {
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
