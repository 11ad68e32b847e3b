/**
 * (stop 38) A news headline of clauses set apart by spaces, each with its own act — "王衍詩主持 孫志洋作政府工作報告
 * 郭永航李貽偉等出席" (a Macau or Hong Kong paper's): who chaired, who delivered the report, who attended. Its spaces part
 * clauses; they are no letter spacing (document-title.ts joinSpaced keeps them, one each) and no wrap (normalize.ts keeps
 * them, one ideographic space each); the headline is a story's (news-story.ts).
 */
import { toSimplified } from '../model/han-forms.ts';

/**
 * A clause with a person's act at a session (simplified): 主持, 出席, 列席, 讲话, 作…报告 (not the 作 of 工作报告, 合作,
 * 写作 …), 报告…工作 (stop 41: "齐建新报告政府工作"), and the session's own 开幕 / 闭幕 ("…第五次会议开幕"), a person before it — four characters at least ("王衍诗主持"), no sentence's mark (a headline has none: "…作工作报告，
 * 请予审议， 并请…列席人员提出意见。" is a sentence with a wrap's space). (The lead's blind pages, stop 44) The session's
 * 召开 / 举行 too: "政协十一届常委会第四次会议在京召开 贾庆林主持". (Stop 45) Who sat on the platform, "韩志业等在主席台就座", too.
 * (Stop 45, blind: a Now 新聞台 story) 发表…报告, a Hong Kong paper's word for delivering it: "全國政協會議開幕 王滬寧發表工作報告".
 */
const word = String.raw`[^\s，。；：！？,;:!?]`;
// (stop 50, blind: snjxww.cn, gxrd.gov.cn) A delegation's deliberation: "郑利作审议发言", "周军饶红梅参加审议", "李克强参加审议" — a
// deputy's speech (作…发言) and a leader joining the deliberation (参加审议, 参加讨论).
// (stop 59, blind: bdzx.gov.cn) the leaders come to greet the session, "宋太平李谦李光耀等到会祝贺" (到会祝贺): the deck "崔启慧作工作报告
// 陈占国主持大会 刘建立作提案工作报告 宋太平李谦李光耀等到会祝贺" was run together, its clauses' bounds lost.
// (stop 60, blind: lilun.fzzfw.com.cn, xgll.com.cn) the session's review of the other reports, "审查计划和预算报告", and a senior
// official's guidance, "袁光翰到会指导": "尤权主持 苏树林作政府工作报告 审查计划和预算报告" was made a heading of the story's text
const clause = String.raw`(?=${word}{4})${word}*?(?:主持|出席|列席|就座|讲话|开幕|闭幕|召开|举行|到会祝贺|到会指导|(?:审查|审议)${word}{0,20}?报告|(?<![工合协写创操运制])作${word}{0,20}?报告|发表${word}{0,20}?报告|报告${word}{0,8}?工作|(?<![工合协写创操运制])作${word}{0,6}?发言|参加${word}{0,4}?(?:审议|讨论))${word}*`;

/** The headline (simplified): two clauses at least, spaces between them and nothing else, a line's length. */
export const actHeadline = new RegExp(`^(?=.{9,80}$)${clause}(?:\\s+${clause})+$`, 'u');

/** Where the spaces between a headline's clauses start, or none when the text is no such headline (read simplified). */
export function actHeadlineSpaces(text: string): Set<number> {
  if (text.length > 100 || !actHeadline.test(toSimplified(text.trim()))) return new Set();
  return new Set([...text.matchAll(/(?<=\S)\s+(?=\S)/gu)].map((gap) => gap.index));
}

/** A session's own event ending a headline's clause (simplified): it opened, closed, was held. */
const sessionEvent = /(?:开幕|闭幕|召开|举行)$/u;

/** A news headline that is the session's own event, alone ("无锡市十三届人大四次会议隆重开幕") or as its first clause. */
export function isSessionHeadline(text: string): boolean {
  const s = toSimplified(text.trim());
  return (s.length <= 60 && !/[\s，。；：！？,;:!?]/u.test(s) && sessionEvent.test(s) && /会议|会|大会/u.test(s)) || headlineParts(text) !== undefined;
}

/**
 * (stop 45) A news page's headline on one line, its main title then its deck (副题): an act headline whose first clause is the
 * session's own event — "无锡市十三届人大四次会议隆重开幕 郁家树主持大会毛小平作政府工作报告", "…第五次会议开幕 江濤出席
 * 胡宏林作政府工作報告 陽承凡主持" — the main title that clause, the deck the persons' acts after it (as printed). None when the
 * first clause is a person's act ("贾庆林作…报告 俞正声主持会议 …": a deck alone, its main title not on the line), or when a
 * later clause is the session's event too ("…3月4日開幕 3月10日閉幕": one headline).
 */
export function headlineParts(text: string): { main: string; deck: string } | undefined {
  const line = text.trim();
  if (line.length > 100 || !actHeadline.test(toSimplified(line))) return undefined;
  const gap = /\s+/u.exec(line);
  if (!gap) return undefined;
  const main = line.slice(0, gap.index);
  const first = toSimplified(main);
  // (stop 50, blind: snjxww.cn, gxrd.gov.cn) or a delegation's meeting held to deliberate the report, "直管市林区代表团举行全体会议审议
  // 省政府工作报告 郑利作审议发言 周军饶红梅参加审议", "广西代表团举行全体会议审议政府工作报告 李克强参加审议" (the clauses were run
  // together as the title): the meeting held (举行…会议) is the event
  const held = /(?:举行|召开)\p{Script=Han}{0,8}?(?:会议|大会)/u.test(first);
  if (!((sessionEvent.test(first) && /会议|大会/u.test(first)) || held) || /主持|出席|列席|就座|讲话|参加|发言/u.test(first)) return undefined;
  const deck = line.slice(gap.index + gap[0].length);
  // (every clause after it a person's act: "…3月4日開幕 3月10日閉幕" is one headline of the session's two days)
  if (toSimplified(deck).split(/\s+/u).some((c) => sessionEvent.test(c))) return undefined;
  return { main, deck };
}

