/**
 * A Party congress's report (党代会报告), delivered by the Party committee: its title is the congress's theme, a slogan that
 * names no document ("勇担新使命 奋进新征程 为全面建设美丽“滨城” …而努力奋斗"), and its speaker says whom it speaks for
 * ("现在,我代表中共天津市滨海新区第三届委员会向大会作报告"). Used by metadata.ts (the title) and issuer.ts (the issuer).
 */
import { toSimplified } from '../model/han-forms.ts';

/** The Party committee a report is made for, as the opening names it: "我代表中共天津市滨海新区第三届委员会" (group 1: the committee up to its term, group 2: 委员会). */
const committeeVoice = /我代表\s*((?:中共|中国共产党)\p{Script=Han}{2,20}?(?:省|市|县|区|州|旗|盟|镇|乡|新区|自治区|自治州|自治县))(?:第[一二三四五六七八九十]+届)?(委员会)/u;

/** A theme's end: "…而努力奋斗", "…而团结奋斗", "…而不懈奋斗", "…努力奋斗". */
const themeEnd = /(?:而|努力|团结|不懈|接续|共同)奋斗[!！]?$/u;

/**
 * The Party committee that makes the report, the page's words (the committee without its term, as a standing committee's is
 * named: 中共天津市滨海新区委员会), read from the body's opening; undefined when no place stands before the committee
 * ("我代表中共区委" names none).
 */
export function partyCommitteeOf(body: string): string | undefined {
  const opening = body.slice(0, 2000);
  const found = committeeVoice.exec(toSimplified(opening));
  if (!found) return undefined;
  // (toSimplified maps one character for one: the offsets are the page's)
  const start = found.index + found[0].indexOf(found[1]);
  return `${opening.slice(start, start + found[1].length)}${opening.slice(found.index + found[0].length - 3, found.index + found[0].length)}`;
}

/**
 * A line over the text that is a Party congress's theme, the report's title: one line, a slogan ending in 奋斗, no sentence
 * in it, with the report's own opening (within `following`, the next lines of the page) made for a Party committee.
 */
export function isPartyTheme(line: string, following: readonly string[]): boolean {
  const text = toSimplified(line.trim());
  if (!themeEnd.test(text) || /[。；;：:]/u.test(text) || text.length > 80) return false;
  return partyCommitteeOf(following.join('\n')) !== undefined;
}
