/**
 * (New user round 20) A bilingual page whose English is wrapped at a width, each English paragraph starting on its Chinese
 * line: "2013年主要工作 Review" / "of Work in 2013", "最高人民法院工作报告 Report" / "on the Work of the Supreme People’s Court"
 * (a translation-study site's copy of the Supreme People's Court's 2014 report). The English words at the end of a Chinese
 * line, where the next line is English going on in mid-sentence (no Han, opening on a small letter — no English sentence,
 * heading or title opens so), are the start of that English: they are taken off the Chinese line (which else kept them,
 * "2013年主要工作Review", and lost its heading) and made a line of their own that the next line goes on
 * (`wrapsOn`: toParagraphs joins it). Only on a page holding English (200 letters or more); a Latin term inside a Chinese
 * sentence (GDP, 5G) is followed by Chinese, not by an English line, and stays.
 */
import type { SourceLine } from './types.ts';

const MIN_ENGLISH_LETTERS = 200;
const han = /\p{Script=Han}/u;
/** English words ending the line after Chinese (and a space): no Han after them, no sentence end, comma or colon closing them. */
const trailingEnglish = /(?<=\p{Script=Han}[^\p{Script=Han}A-Za-z]*?)[ \t\u00a0\u3000]+((?:[—–]+[ \t]*)?[A-Z][A-Za-z'’\-]*(?:[ \t]+[A-Za-z][A-Za-z'’\-]*)*)[ \t]*$/u;

export function splitWrappedEnglish(lines: readonly SourceLine[]): { lines: SourceLine[]; moved: number } {
  const letters = lines.reduce((n, l) => n + (l.text.match(/[A-Za-z]/g)?.length ?? 0), 0);
  if (letters < MIN_ENGLISH_LETTERS) return { lines: [...lines], moved: 0 };
  const out: SourceLine[] = [];
  let moved = 0;
  for (const [n, line] of lines.entries()) {
    const next = lines.slice(n + 1).find((l) => l.text.trim() !== '');
    const run = han.test(line.text) && next && !han.test(next.text) && /^[a-z]/.test(next.text.trimStart()) ? trailingEnglish.exec(line.text) : null;
    if (!run) {
      out.push(line);
      continue;
    }
    const at = run.index + run[0].indexOf(run[1]);
    out.push({ ...line, text: line.text.slice(0, run.index) }, { ...line, text: run[1], column: line.column + at, hardBreak: true, wrapsOn: true });
    moved++;
  }
  return { lines: out, moved };
}
