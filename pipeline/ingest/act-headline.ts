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
 * 召开 / 举行 too: "政协十一届常委会第四次会议在京召开 贾庆林主持".
 */
const word = String.raw`[^\s，。；：！？,;:!?]`;
const clause = String.raw`(?=${word}{4})${word}*?(?:主持|出席|列席|讲话|开幕|闭幕|召开|举行|(?<![工合协写创操运制])作${word}{0,20}?报告|报告${word}{0,8}?工作)${word}*`;

/** The headline (simplified): two clauses at least, spaces between them and nothing else, a line's length. */
export const actHeadline = new RegExp(`^(?=.{9,80}$)${clause}(?:\\s+${clause})+$`, 'u');

/** Where the spaces between a headline's clauses start, or none when the text is no such headline (read simplified). */
export function actHeadlineSpaces(text: string): Set<number> {
  if (text.length > 100 || !actHeadline.test(toSimplified(text.trim()))) return new Set();
  return new Set([...text.matchAll(/(?<=\S)\s+(?=\S)/gu)].map((gap) => gap.index));
}
