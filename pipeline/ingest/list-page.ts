/**
 * A page with no running text but a list of reports ("2023年政府工作报告 2023-01-18" line after
 * line): a column's list, a site's index — what a new user saves when the link they followed was
 * the list, not the report. Ingest would write the titles as a paragraph of a report titled by the
 * first. Said when the page's text holds three or more reports' titles and not one sentence, and no
 * salutation. (A page cut a few words into the report — "主任、各位副主任" — names no reports;
 * cut-off.ts says that.)
 */
import { toSimplified } from '../model/han-forms.ts';
import { ADDRESSEES_OR_LEGISLATORS, DEPUTIES_PLURAL } from './salutation.ts';
import type { DraftBlock } from './types.ts';

/** As many reports' titles as make a list. */
const LIST = 3;
/** What ends a sentence (full and half width). */
const SENTENCE_END = /[。！？；!?;]/u;
const SALUTATION = new RegExp(`^(?:${ADDRESSEES_OR_LEGISLATORS}|${DEPUTIES_PLURAL})`, 'u');
/** A report's title: its year, then a name ending in 报告 ("2023年政府工作报告", "2022年国民经济和社会发展计划执行情况的报告"). */
// (stop 38: or a place's government work report without its year, as a compilation's contents list them: "安徽省政府工作报告")
const REPORT_TITLE = /(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年(?:度)?[\p{Script=Han}（）()、]{0,30}?报告|\p{Script=Han}{1,12}?(?:省|市|县|区|州|旗|盟)(?:人民)?政府工作报告/gu;
/**
 * A compilation's contents ("2024年省市级政府工作报告汇编65篇": "1. 安徽省政府工作报告 5", …): this many blocks of a report's
 * name and no sentence each make the page a list, whatever else it says (its stamp line's "预计阅读时长2520分钟。").
 */
const COMPILATION = 10;

export interface ListPage {
  /** the first block of the page */
  block: DraftBlock;
  /** the reports' titles, as printed */
  titles: string[];
}

/** The page's list of reports, or undefined when the page has running text (or lists fewer). */
export function listPage(blocks: readonly DraftBlock[]): ListPage | undefined {
  const shown = blocks.filter((b) => b.kind !== 'box-end' && b.text.trim() !== '');
  if (shown.length === 0 || shown.some((b) => SALUTATION.test(toSimplified(b.text.trim())))) return undefined;
  // (the probe maps one character to one: its offsets are the text's)
  const titlesOf = (b: DraftBlock) => [...toSimplified(b.text).matchAll(REPORT_TITLE)].map((m) => b.text.slice(m.index, m.index + m[0].length));
  const titles = shown.flatMap(titlesOf);
  if (!shown.some((b) => SENTENCE_END.test(b.text))) return titles.length >= LIST ? { block: shown[0], titles } : undefined;
  const listed = shown.filter((b) => !SENTENCE_END.test(b.text) && titlesOf(b).length > 0);
  return listed.length >= COMPILATION ? { block: shown[0], titles: listed.flatMap(titlesOf) } : undefined;
}
