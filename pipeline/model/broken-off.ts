/**
 * Where an excerpt's copy breaks off: the report published as a part (`scope: excerpt`) whose last paragraph stops
 * mid-sentence — a page cut at a size limit ("…督查典型案例推广，再获"), the first page of a paginated mirror. Every
 * edition marks that paragraph's end (templates/components/broken-off.ts), so a reader does not take its last words for
 * a sentence's end. Ingest says the same of the page it reads (ingest/cut-off.ts, a warning naming `scope: excerpt`);
 * this reads the published zh.md, whatever made it.
 */
import type { Block } from './types.ts';

/** A clause left open: a comma or an enumeration comma, or a quotation opened and not closed ("打造“D旗"). */
const openClause = /[，、,]$/u;
/**
 * Running text stopping on a word, a figure or a letter (no sentence end, colon, closing quote or bracket); a figure's
 * percent or per-mille sign is part of the figure ("…分别比上年增长21.9%", new user round 25: ingest's cut-off.ts said it was
 * cut, the editions printed it unmarked).
 */
const onWord = /(?:[\p{Script=Han}\p{L}\p{N}]|\p{N}[%％‰‱])$/u;
/** A date or a signature's date alone is no sentence (2025年2月11日, 二〇二五年二月). */
const dateEnd = /[年月日]$/u;

export function isBrokenOff(text: string): boolean {
  const trimmed = text.trimEnd();
  if (openClause.test(trimmed)) return true;
  const opened = (trimmed.match(/[“「『]/gu) ?? []).length;
  const closed = (trimmed.match(/[”」』]/gu) ?? []).length;
  if (opened > closed && onWord.test(trimmed)) return true;
  const han = (trimmed.match(/\p{Script=Han}/gu) ?? []).length;
  return onWord.test(trimmed) && han >= 10 && !dateEnd.test(trimmed);
}

/**
 * A few words alone right under a table, no mark, figure or bar: its next row's first cell, cut ("行政许可 | 0 | 0 | 0" /
 * "其他对", new user round 29 — a 政府信息公开工作年度报告 cut in its table; ingest's cut-off.ts said so, the editions printed
 * "其他对" unmarked). A source line under a table has its colon ("资料来源：…"), a note its 注.
 */
const rowCut = /^\p{Script=Han}{1,12}$/u;

/** Marks the last block of an excerpt's text (its notes apart) when it is a paragraph or an item that breaks off. */
export function markBrokenOff(blocks: readonly Block[], scope: string | undefined): void {
  if (scope !== 'excerpt') return;
  const text = blocks.filter((b) => b.kind !== 'note');
  const last = text.at(-1);
  if (!last || (last.kind !== 'paragraph' && last.kind !== 'item')) return;
  if (isBrokenOff(last.zhText) || (last.kind === 'paragraph' && text.at(-2)?.kind === 'cell' && rowCut.test(last.zhText.trim()))) last.brokenOff = true;
}

/** A numbering of the outline's two top styles that is not number one: "四、", "（三）" (the ingest's cut-off.ts reads it so). */
const laterPart = /^(?:[二三四五六七八九十]+[、.．]|[（(][二三四五六七八九十]+[）)])/u;

/**
 * An excerpt whose text starts mid-outline: its first block is running text and its first heading is numbered, not number
 * one ("扎实做好执法检查。…" before "四、深化和拓展代表工作…", new user round 23; Haidian's excerpt before "（四）深化改革…").
 * What stands before that heading is the end of a part the copy does not hold, not the report's opening.
 */
export function startsMidOutline(blocks: readonly Block[], scope: string | undefined): boolean {
  if (scope !== 'excerpt') return false;
  const text = blocks.filter((b) => b.kind !== 'note');
  const heading = text.find((b) => b.kind === 'heading');
  return (text[0]?.kind === 'paragraph' || text[0]?.kind === 'item') && heading !== undefined && laterPart.test(heading.zhText.trim());
}
