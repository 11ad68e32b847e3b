/**
 * What a page prints between a report's title and its occasion line, none of it the report's: a stamp (a URL, a
 * date, a source), a link (点击查看…), buttons (【字体：大 中 小】, 分享：), an announcement's number and date.
 * Used by title-block.ts.
 */
import { isHan } from './chars.ts';
import { looseDate } from './dates.ts';
import { probe } from './document-title.ts';

/** What a page puts between its title and the occasion: a URL, a date, a source ("http://… 2008-01-21 17:47:05 来源:福建日报"). */
const stampLine = /(https?:\/\/|www\.|[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}|来源|來源|发布|發佈)/u;

/** An announcement's number ("2019年第43号(总第221号)", "郑审〔2019〕43号"), at the start of a line. */
export const numberBefore = /^(?:[0-9]{4}年第[0-9]{1,4}号(?:\s*[（(]总第[0-9]{1,5}号[）)])?|\p{Script=Han}{1,10}[〔［\[][0-9]{4}[〕］\]][0-9]{1,4}号)\s*/u;

/** An announcement's number alone, or its date in brackets ("(二〇一九年十二月三十日公告)"): furniture between a title and its occasion. */
export function isAnnouncement(text: string): boolean {
  const line = text.trim();
  const number = numberBefore.exec(line);
  if (number && number[0].length === line.length) return true;
  return /^[（(][^（）()]{6,24}(?:公告|发布|發佈|印发)[）)]$/u.test(line) && looseDate(line) !== undefined;
}

/** A link a news column prints under its heading: "點擊查閱更多2023年地方政府工作報告", "点击查看原文". */
export function isLink(text: string): boolean {
  return /^(?:点击|点此)/u.test(probe(text)) && !/[。；]/.test(text);
}

/**
 * A page's buttons, whole or as the page splits them ("列印", "字號:", "• 字体大小:[" / "• ]",
 * "【字体：大 中 小】", "分享："): nothing but a button's word, a colon, 大/中/小, brackets and bullets.
 */
export function isButton(text: string): boolean {
  const word = probe(text).replace(/[\s\u3000•·:：\[\]【】()（）|｜]/gu, '');
  return /^(?:(?:字体大小|字体|字号|打印|列印|打印本页|关闭|关闭窗口)?[大中小]{0,3}|分享到?)$/u.test(word) && /\S/.test(text);
}

/** A line of page furniture between a title and its occasion: a URL, a date or a source, not a sentence. */
export function isStamp(text: string): boolean {
  return stampLine.test(text) && !/[。；]/.test(text) && [...text].filter(isHan).length * 2 < text.replace(/\s/g, '').length;
}
