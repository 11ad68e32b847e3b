/**
 * A picture's place as a page's text renders it in Markdown with no words: "![]()" (or "![](/upload/1.jpg)"), run into
 * the text of a flattened page between its paragraphs and captions ("…贡献智慧和力量。 ![]() 后宅镇代表团 ![]() 分组讨论中，…").
 * No word of the report: taken out of the line and counted, so that its "!" is not read as the caption's full stop
 * (代表团 → "代表团！"). A line of such marks alone is furniture already (boilerplate-rules.ts, image-name); a mark with
 * alt text keeps its words (left as printed).
 */
import { takeOut, type ColumnShift } from './pinyin.ts';
import type { SourceLine } from './types.ts';

const emptyImage = /[ \t\u3000]*!\[[ \t\u3000]*\]\([^)\s]{0,300}\)/gu;

export function removeImageMarks(lines: SourceLine[]): { first?: { line: number; column: number }; count: number; shifts: ColumnShift[] } {
  const shifts: ColumnShift[] = [];
  let first: { line: number; column: number } | undefined;
  let count = 0;
  for (const line of lines) {
    if (!line.text.includes('![')) continue;
    // (a line of marks only stays for the furniture rule, which reports it with its line)
    if (/^(?:\s*!\[[^\]]{0,40}\]\([^)\s]{0,200}\)\s*[|｜]?)+\s*$/u.test(line.text)) continue;
    const at = { line: line.line, column: line.column };
    const taken = takeOut(line, emptyImage, shifts);
    if (taken === 0) continue;
    first ??= at;
    count += taken;
  }
  return { first, count, shifts };
}
