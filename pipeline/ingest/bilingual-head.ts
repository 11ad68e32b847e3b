/**
 * (Ingest gaps, stop 24) A bilingual edition's title block run onto one line or a few, each Chinese field followed by its
 * English ("政府工作报告 REPORT ON THE WORK OF THE GOVERNMENT ――2019 年3月5日在…会议上 Delivered at the Second Session…",
 * "…on March 5," / "2019 国务院总理 李克强 Li Keqiang Premier of the State Council 各位代表: Fellow Deputies, 现在,…"): the
 * title-block reader takes a line as one field, so the title, the occasion and the speaker were lost in the English around
 * them. The head's lines, up to the salutation, are split where Chinese meets an English run of three words or more, each
 * part a line of its own at its place in the input — as a page printing the block one field a line gives it. A figure
 * between the two goes with the Chinese when a date unit follows it ("GVERNENT 2016 年 3 月" → "2016 年 3 月…"), else with the
 * English ("…arh 5, 2016 国务院总理…" → "…arh 5, 2016"); a year opening a line after an English line that stops at "March 5,"
 * is that date's year, and goes back to it. Only on a page that holds English (200 letters or more), only before a
 * salutation standing within its first twelve lines: the text's own lines are paired with their English later (twins.ts);
 * a page with no salutation there (a part of a report, a glued bilingual text) has no head to split.
 */
import { ADDRESSEES_PRINTED } from './salutation.ts';
import { isTitleLike } from './title-text.ts';
import type { SourceLine } from './types.ts';

/** How many non-blank lines the head may run to before the salutation. */
const HEAD_LINES = 12;
const MIN_ENGLISH_LETTERS = 200;
const WORD = String.raw`\(?[A-Za-z][A-Za-z'’\-]*\)?`;
/** An English run: a word, then words or figures ("the 12th", "March 5, 2016"), not a figure a date unit follows. */
const englishRun = new RegExp(String.raw`${WORD}(?:[,.;:]?[ \t]+(?:${WORD}|[0-9]{1,4}(?:st|nd|rd|th)?(?![0-9]*[ \t]*[年月日号])))+[,.;:]?`, 'gu');
const salutation = new RegExp(`${ADDRESSEES_PRINTED}[^:：。，,]{0,10}[:：]`, 'u');
const han = /\p{Script=Han}/u;
/** An English date stopped before its year ("…on March 5,"), and a line opening with that year before Chinese. */
const dateWithoutYear = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|[A-Za-z]{2,9})\s+[0-9]{1,2},$/u;
const yearFirst = /^(\s*)((?:19|20)[0-9]{2})[ \t]+(?=\p{Script=Han})(?![年月])/u;

export function splitBilingualHead(lines: readonly SourceLine[]): { lines: SourceLine[]; split: number } {
  const letters = lines.reduce((n, l) => n + (l.text.match(/[A-Za-z]/g)?.length ?? 0), 0);
  if (letters < MIN_ENGLISH_LETTERS) return { lines: [...lines], split: 0 };
  // (The head is what stands before the salutation, within the first lines: a page without one there has no head to split.)
  const last = lines.findIndex((l) => salutation.test(l.text));
  if (last < 0) return splitGluedTitle(lines);
  if (lines.slice(0, last).filter((l) => l.text.trim() !== '').length >= HEAD_LINES) return { lines: [...lines], split: 0 };
  const out: SourceLine[] = [];
  let split = 0;
  for (const [n, line] of lines.entries()) {
    if (n > last || line.text.trim() === '') {
      out.push(line);
      continue;
    }
    const at = n === last ? salutation.exec(line.text) : null;
    const head = at ? line.text.slice(0, at.index) : line.text;
    let start = 0;
    const pieces: SourceLine[] = [];
    const piece = (from: number, to: number) => {
      const text = line.text.slice(from, to);
      if (text.trim() === '') return;
      const lead = text.length - text.trimStart().length;
      pieces.push({ ...line, text: text.trim(), column: line.column + from + lead, ...(pieces.length > 0 || from > 0 ? { hardBreak: true } : {}) });
    };
    // "2019 国务院总理 …" after "…on March 5,": the year is the English date's.
    const year = yearFirst.exec(head);
    const previous = out.findLast((l) => l.text.trim() !== '');
    if (year && previous && !han.test(previous.text) && dateWithoutYear.test(previous.text.trimEnd())) {
      previous.text = `${previous.text.trimEnd()} ${year[2]}`;
      start = year[0].length;
    }
    for (const run of head.matchAll(englishRun)) {
      const words = run[0].match(/[A-Za-z]{1,}/g)?.length ?? 0;
      if (words < 3 || run.index! < start) continue;
      // (Inside Chinese, "GDP 增长", or a title's Latin name without Chinese after or before it, is no field of its own.)
      if (!han.test(head.slice(0, run.index)) && !han.test(head.slice(run.index! + run[0].length))) continue;
      piece(start, run.index!);
      piece(run.index!, run.index! + run[0].length);
      start = run.index! + run[0].length;
    }
    if (pieces.length === 0 && start === 0) {
      out.push(line);
      continue;
    }
    piece(start, line.text.length);
    split++;
    out.push(...pieces);
  }
  return { lines: out, split };
}

/**
 * (stop 54, mends54; blind53a's wsb.ln.gov.cn, a foreign affairs office's bilingual outline of 辽宁's 2019 report) A page with no
 * salutation (an outline, a part): its title glued to its English, "辽宁省政府工作报告梗概Outline of the Report on the Work of Liaoning
 * Provincial Government", among the head's first lines — a document's name (title-text.ts isTitleLike), then an English run of four
 * words or more to the line's end. Split into the two, as a page printing the title and its English one a line gives them (it was a
 * paragraph, the page untitled).
 */
const gluedTitle = /^(\s*)(\p{Script=Han}[^A-Za-z\n]{3,60}?)[ \t]*([A-Z][A-Za-z'’\-]*(?:[ \t]+[A-Za-z'’\-]+){3,}[.]?)[ \t]*$/u;

function splitGluedTitle(lines: readonly SourceLine[]): { lines: SourceLine[]; split: number } {
  let seen = 0;
  for (const [n, line] of lines.entries()) {
    if (line.text.trim() === '') continue;
    if (++seen > HEAD_LINES) break;
    const glued = gluedTitle.exec(line.text);
    // (a document's name, or its outline or abstract: "…报告梗概", "…报告摘要")
    if (!glued || !(isTitleLike(glued[2]) || /(?:报告|報告|公报|公報|规划|規劃|纲要|綱要)(?:梗概|摘要|摘登|要点|要點|全文|解读|解讀)$/u.test(glued[2].trim()))) continue;
    const english = line.text.lastIndexOf(glued[3]);
    const chinese: SourceLine = { ...line, text: glued[2].trim(), column: line.column + glued[1].length };
    const twin: SourceLine = { ...line, text: glued[3], column: line.column + english, hardBreak: true };
    return { lines: [...lines.slice(0, n), chinese, twin, ...lines.slice(n + 1)], split: 1 };
  }
  return { lines: [...lines], split: 0 };
}
