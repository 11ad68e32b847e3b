/**
 * (stop 38) A New Year message rather than a report: a congress standing committee's 新年贺词 (thrd.gov.cn: "当初升的太阳普照
 * 神州大地，新的一年如约而至。…我们向全县人大代表、人大工作者以及全县广大人民群众致以新春的问候和最美好的祝福。", no title)
 * or a government's 新年致辞. It looks back on the year's work and forward to the next as a report does, in its own voice
 * ("我代表…", which keeps news-story.ts silent), so ingest read it as one. But it opens greeting the new year, or is named a
 * New Year message, and it presents nothing to a session. Said when one of the text's first paragraphs greets the new year
 * (or a head line or the title names the message), no paragraph presents a report ("向大会报告", "请予审议") and the title
 * names no report — a report that mentions the new year ("新年伊始", "新的一年") or greets it at its end is no message.
 */
import { toSimplified } from '../model/han-forms.ts';
import type { DraftBlock, SourceLine } from './types.ts';

/** How far into the text the greeting may stand: a salutation ("同志们、朋友们：") or a line of wishes may come first. */
const OPENING = 3;
/** The new year, the Spring Festival (simplified). */
const NEW_YEAR = '(?:新年|新春|元旦|春节|新的一年|辞旧迎新|新岁)';
/** Greeting it: "致以新春的问候和最美好的祝福", "值此元旦来临之际，…向全区人民致以诚挚的问候", "给大家拜年", "新年好！". */
const GREETS = new RegExp(`${NEW_YEAR}[^。！!]{0,60}?致以[^。！!]{0,30}(?:问候|祝福)|致以[^。！!]{0,16}?${NEW_YEAR}[^。！!]{0,16}(?:问候|祝福)|${NEW_YEAR}[^。！!]{0,40}?拜年|^(?:大家)?${NEW_YEAR}(?:快乐|好)[!！。]`, 'u');
/** The message named: 新年贺词, 新年致辞, 新春贺词, 新年献词, 新年寄语, 拜年信 (a head line or the title, not a sentence). */
const NAMED = /^[^。，；！!]{0,30}新(?:年|春)(?:贺词|贺辞|致辞|致词|献词|寄语|祝词|贺信)$|^[^。，；！!]{0,30}拜年信$/u;
/** A report presenting itself to a session: the speaker's "向大会报告工作，请予审议", "提请…审议". */
const PRESENTS = /向(?:大会|会议|常委会)报告|请予审议|请[^。，]{0,10}审议|提请[^。]{0,12}审议/u;

export interface NewYearMessage {
  /** where it shows: the greeting's paragraph, or the line naming the message */
  at: { line: number; column: number };
  /** the words, as printed */
  words: string;
  what: 'greets the new year' | 'names a New Year message';
}

/** The page's New Year message, or undefined when it is (or may be) a report. `head`: the head lines that left the text (metadata.ts). */
export function newYearMessage(blocks: readonly DraftBlock[], title: string | undefined, head: readonly SourceLine[] = []): NewYearMessage | undefined {
  const texts = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'quote').map((block) => ({ block, text: block.text.trim(), probe: toSimplified(block.text.trim()) }));
  if (texts.length === 0 || texts.some(({ probe }) => PRESENTS.test(probe))) return undefined;
  if (title !== undefined && /报告/u.test(toSimplified(title))) return undefined;
  for (const line of head) {
    const text = line.text.trim();
    if (NAMED.test(toSimplified(text))) return { at: { line: line.line, column: line.column + line.text.indexOf(text) }, words: text, what: 'names a New Year message' };
  }
  for (const { block, text, probe } of texts.slice(0, OPENING)) {
    if (NAMED.test(probe)) return { at: block, words: text, what: 'names a New Year message' };
    const greeting = GREETS.exec(probe);
    // (the probe maps one character to one: its offsets are the text's)
    if (greeting) return { at: block, words: text.slice(greeting.index, greeting.index + greeting[0].length), what: 'greets the new year' };
  }
  return undefined;
}
