/**
 * A picture's place as a page's text renders it in Markdown with no words: "![]()" (or "![](/upload/1.jpg)"), run into
 * the text of a flattened page between its paragraphs and captions ("…贡献智慧和力量。 ![]() 后宅镇代表团 ![]() 分组讨论中，…").
 * No word of the report: taken out of the line and counted, so that its "!" is not read as the caption's full stop
 * (代表团 → "代表团！"). A line of such marks alone is furniture already (boilerplate-rules.ts's image-name rule, its
 * `imageMarksLine`: left to it here); a mark with alt text keeps its words (left as printed).
 */
import { imageMarksLine } from './boilerplate-rules.ts';
import { takeOutOfLines, type ColumnShift } from './pinyin.ts';
import type { SourceLine } from './types.ts';

const emptyImage = /[ \t\u3000]*!\[[ \t\u3000]*\]\([^)\s]{0,300}\)/gu;

export function removeImageMarks(lines: SourceLine[]): { first?: { line: number; column: number }; count: number; shifts: ColumnShift[] } {
  const shifts: ColumnShift[] = [];
  // (a line of marks only stays for the furniture rule, which reports it with its line)
  return { ...takeOutOfLines(lines, emptyImage, shifts, (text) => !text.includes('![') || imageMarksLine.test(text.trim())), shifts };
}
