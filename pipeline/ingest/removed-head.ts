/**
 * What the page's head, removed above the text, tells about the front matter ingest could not find (stop 39): the site's
 * name for the page where a title would be, and a news lede's sitting. Neither is read into the front matter; the missing
 * fields' warnings quote them (block-messages.ts sayMissingFields), so the editor sees what ingest did.
 */
import { toSimplified } from '../model/han-forms.ts';
import { isTitleShaped } from './head-lines.ts';
import type { RemovedLine } from './types.ts';

/** A piece of writing named, in either script: 报告, 汇报, 讲话, 总结, 范文 … */
const namesPiece = /报告|報告|汇报|匯報|讲话|講話|发言|發言|致辞|致辭|总结|總結|范文|範文|述职|述職|计划|計劃/u;

/**
 * A head line removed as the site's name for the piece that a reader would take for its title (stop 39: yimiaomei.com's
 * "区长在代表会上工作汇报", a paraphrase; a template's "XX年XX区政府工作报告范文", the site's label): one line, title-shaped, no
 * sentence, no site's bar or colon ("快捷搜索:论文 合同 演讲 心得"), naming a piece of writing.
 */
export function siteHeadline(moved: readonly RemovedLine[]): RemovedLine | undefined {
  // (a link to more, "(点击查阅更多2016年地方政府工作报告)", is the site's menu, no name for this page)
  return moved.find((m) => m.rule === 'page-head' && isTitleShaped(m.text) && !/[，,。；;！？!?：:|｜>＞]/u.test(m.text) && namesPiece.test(m.text) && !/点击|點擊|查阅|查閱|更多/u.test(m.text));
}

/** A day, then a session opening or held on it (the day's year, when printed, with it). */
const sessionOpened = /(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[^。；;月]{0,60}?(?:会议|大会)[^。；;月]{0,30}?(?:开幕|召开|举行)/u;

/**
 * A news lede above the text telling the day its session opened (stop 39: hk.crntt.com's "中評社北京3月4日電（記者…）3月4日
 * 下午，全國政協十四屆四次會議在北京人民大會堂開幕。" over "…代表…常務委員會作工作報告："), removed as the page's head: the
 * sentence from its last day on, read on the simplified probe (one character for one, so its offsets are the text's). It is
 * not read as the report's date or occasion — it prints no year (a dateline's day) and is a story's words, not the occasion the
 * report prints, and a page may tell of one sitting over a report of another — but the missing date and occasion quote it.
 */
export function sessionLede(moved: readonly RemovedLine[]): { words: string; line: number } | undefined {
  for (const m of moved) {
    if (m.rule !== 'page-head') continue;
    const found = sessionOpened.exec(toSimplified(m.text));
    if (found) return { words: m.text.slice(found.index, found.index + found[0].length), line: m.line };
  }
  return undefined;
}
