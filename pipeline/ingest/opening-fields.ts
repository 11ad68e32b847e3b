/**
 * Front matter a page's head does not print but the report's first lines give (stop 43): the title the speaker names in
 * the opening sentence ("我受区政府委托,向大会作关于…的报告,请予审查"), and the speaker (and day) a lede over the text names
 * in the third person ("1月24日,赞皇县人民法院院长张大为向赞皇县第十七届人民代表大会第五次会议报告法院工作"). Used by
 * finish-metadata.ts; what was taken is said at its place (line-messages.ts sayTakenFromText).
 */
import { toSimplified } from '../model/han-forms.ts';
import { findDate } from './dates.ts';
import { ROLE_WORDS, speakerOf } from './speaker.ts';
import type { SourceLine } from './types.ts';

/** How many of the body's first non-blank lines are read (a salutation, then the opening). */
const OPENING_LINES = 3;

/**
 * The speaker's own opening sentence naming the report made to the session: 我受…委托 / 我代表… / 现在, … 向大会作
 * "关于…的报告" or "《…》" (group 1: the name, on the simplified probe, whose offsets are the page's).
 */
const namedInOpening =
  /^(?:现在[，,]\s*)?(?:我|受)[^。；]{0,40}?向(?:大会|会议|本次会议)[作做]了?\s*(?:(关于[^。；，,《》“”]{4,80}?的报告)|《([^。；《》]{4,80}?报告)》)/u;

/**
 * (stop 55, blind: www.jiedong.gov.cn, 揭东区公路局's disclosure annual report, its title lost) a disclosure annual report's opening
 * publishing it by name: "现公布揭东区公路局2015年度政府信息公开工作年度报告" — the body, the year and the report (group 1). "我局…",
 * "本级…" name no body.
 */
/* (stop 60, blind: www.zijin.gov.cn, a town's 2012 disclosure report) or the year first, then the body: "现公布2012年凤安镇政府信息公开
 * 工作年度报告" (it was left with no title). */
const publishedInOpening =
  /(?:现|特)(?:予以|予)?(?:向社会)?公布\s*((?![我本该])[^。；，,《》“”\s]{2,30}?[0-9]{4}年度?政府信息公开(?:工作)?(?:年度)?报告|[0-9]{4}年度?(?![度我本该])[^。；，,《》“”\s（()）]{2,30}?政府信息公开(?:工作)?(?:年度)?报告)/u;

export interface TakenFromText {
  value: string;
  /** The words it was read from, as the page prints them. */
  words: string;
  line: number;
  column: number;
}

/** The title the opening sentence names, when the page prints none. */
export function titleOfOpening(body: readonly SourceLine[]): TakenFromText | undefined {
  for (const l of body.filter((x) => x.text.trim() !== '').slice(0, OPENING_LINES)) {
    const text = l.text.trim();
    const found = namedInOpening.exec(toSimplified(text)) ?? publishedInOpening.exec(toSimplified(text));
    if (!found) continue;
    const name = found[1] ?? found[2];
    const at = found.index + found[0].lastIndexOf(name);
    return { value: text.slice(at, at + name.length), words: text.slice(0, found.index + found[0].length), line: l.line, column: l.column + l.text.indexOf(text) + at };
  }
  return undefined;
}

/**
 * A lede in the third person naming who made the report to the session: role and name, then 向…会议/大会 and 报告…工作 or
 * 作…报告 (group 1: role and name; group 2: the day before them, when the lede opens with it).
 */
const ledeReports = new RegExp(
  `^(?:((?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日)(?:上午|下午|晚)?[，,]?\\s*)?(\\p{Script=Han}{2,24}?(?:代理|代)?${ROLE_WORDS}[\\p{Script=Han}·]{2,4}?)(?:同志)?(?:代表[^。；，,]{2,24}?)?向[^。；]{2,50}?(?:会议|大会)(?:[^。；，,]{0,6}?报告[^。；，,]{0,8}?工作|[作做][^。；，,]{0,16}?报告)`,
  'u',
);

export interface LedeSpeaker extends TakenFromText {
  /** The day the lede gives, as printed ("1月24日"), and its ISO date when it has a year. */
  day?: string;
  iso?: string;
}

/** The speaker a lede opening the body names (the first non-blank line only: a lede stands over the text). */
export function speakerOfLede(body: readonly SourceLine[]): LedeSpeaker | undefined {
  const l = body.find((x) => x.text.trim() !== '');
  if (!l) return undefined;
  const text = l.text.trim();
  // (the speaker's own words are no lede: 我代表…向大会报告工作)
  if (/^(?:现在[，,])?我/u.test(text)) return undefined;
  const found = ledeReports.exec(toSimplified(text));
  if (!found) return undefined;
  const start = found[0].indexOf(found[2]);
  const speaker = speakerOf(text.slice(start, start + found[2].length));
  if (!speaker) return undefined;
  const day = found[1] ? text.slice(0, found[1].length) : undefined;
  const iso = day && /年/u.test(day) ? findDate(day)?.iso : undefined;
  return { value: speaker, words: text.slice(0, found[0].length), line: l.line, column: l.column + l.text.indexOf(text), ...(day ? { day } : {}), ...(iso ? { iso } : {}) };
}
