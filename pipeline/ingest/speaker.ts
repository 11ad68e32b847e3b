/**
 * The speaker of a report as a title block prints it: a role (place,
 * government, 代/代理, the office) and a name, glued or apart, letter-spaced
 * or not ("县长 屈凯军", "市长温国辉", "北京市市长 殷 勇"), alone on a line or
 * at the start of a flattened one. Used by title-block.ts and preamble.ts; a
 * photo caption naming who made the report, by index.ts.
 */
import { toSimplified } from '../model/han-forms.ts';
import { ADDRESSEES } from './salutation.ts';

/** The salutation anywhere in a flattened line, where the speaker before it ends. */
const addressees = new RegExp(ADDRESSEES);

/** (A committee's party secretary may deliver its report before the chair is elected: "市人大常委会党组书记 覃天卫".) */
/** (A committee's secretary-general explains its draft report to the committee: "市人大常委会秘书长 赵 英".) */
/** (A special administrative region's Chief Executive gives its policy address: "行政长官 林郑月娥".) */
/** (held-out round 47: a congress's special committee's chair, "市人大财政经济委员会主任委员 方明", was "…主任 委员方明".) */
/** (stop 56, mends: scribd.com, 香港's budget speech) a 司 of the SAR government (or a ministry) is led by its 司长: "財政司司長 曾俊華". */
/** (stop 53, blind: eghvdg.cn) a headquarters' commander reports too, the office after the first: "国务院副总理、国务院抗震救灾总指挥部副总指挥 回良玉". */
// (stop 58, blind: hts.gov.cn's budget report, the guard its ministry's signature needed) a minister and the auditor-general,
// "财政部部长 刘昆", "审计署审计长 胡泽君", who report the central budget and its audit (was: no speaker, the line a paragraph)
export const ROLE_WORDS = '(?:总指挥|部长|审计长|司长|指挥长|区长|市长|省长|县长|州长|旗长|镇长|乡长|盟长|主席|总理|检察长|院长|局长|厅长|署长|专员|委员长|主任委员|主任|组长|秘书长|党组书记|党组副书记|行政长官)';
/**
 * What may stand before the office: the place and body, maybe a site's mask over them ("****审计局局长 熊武", a tender
 * site's copy, held-out round 30); after it, a qualifier in brackets ("副区长(提名人选) 吴小军": a nominee reports).
 */
const ROLE = `(?:[\\p{Script=Han}、]|[*＊]{2,8}){0,24}?(?:代理|代)?${ROLE_WORDS}(?:[（(]\\p{Script=Han}{2,6}[）)])?`;
/** A speaker: role (place, government, 代/代理, the office) then a name of 2–4 characters, glued or spaced. */
/** (An anonymised name, "**", "XX", stands for the name: "旗 长  **".) */
const speakerRe = new RegExp(`^(${ROLE})\\s*([\\p{Script=Han}·]{2,5}|[*＊×Xx]{2,4})$`, 'u');
/** Role and name apart (spaces between them): a longer name, as many minority names are ("副旗长  阿拉腾宝力格"). */
const spacedSpeakerRe = new RegExp(`^(${ROLE})[\\s\u3000]+([\\p{Script=Han}·]{2,8})$`, 'u');

const roleRe = new RegExp(`^(?:[\\p{Script=Han}、]{0,24}?)(?:代理|代)?${ROLE_WORDS}$`, 'u');

/** A role alone on its line, no name ("代区长", "北京市市长"): the role, spaces dropped; else undefined. */
export function roleOf(text: string): string | undefined {
  const flat = text.replace(/[\s\u3000]+/g, '');
  return roleRe.test(toSimplified(flat)) ? flat : undefined;
}

/**
 * (stop 42, blind: 716232.com's copy of 湖北's 2013 report) A photo's caption glued before the speaker line, naming the same
 * person: "王国生作政府工作报告 省长 王国生" — the speaker is what follows it (the caption had made the role
 * "王国生作政府工作报告省长", and the issuer "王国生作政府工作报告人民政府").
 */
const captionBefore = /^(\p{Script=Han}{2,4})[作做]了?\S{0,12}?报告[\s\u3000]+(\S.*)$/u;

/**
 * (stop 49, mends49; blind48a's moxiqu.com, 缙云 2003: "缙云县人民政府县长 & 武 昌") A character reference that lost its name — "&nbsp;"
 * printed as a bare "&" — between the role and the name, spaces either side: the space it stood for. Only a lone "&" so set
 * ("R&D", "A&B" stay), and only here, where nothing but a role and a name may stand.
 */
const lostReference = /(?<=\p{Script=Han})[\s\u3000]+&[\s\u3000]+(?=\p{Script=Han})/u;

/** "县长 屈凯军", "市长温国辉", "北京市市长 殷 勇" → "role name" (spaces inside each part dropped); else undefined. */
export function speakerOf(given: string): string | undefined {
  const text = given.replace(lostReference, ' ');
  const trimmed = text.trim();
  const captioned = captionBefore.exec(toSimplified(trimmed));
  if (captioned) {
    const after = speakerOf(trimmed.slice(trimmed.length - captioned[2].length));
    if (after !== undefined && toSimplified(after).replace(/\s+/gu, '').endsWith(captioned[1])) return after;
  }
  const flat = text.replace(/[\s\u3000]+/g, '');
  // (A salutation is nobody: "主任、各位副主任各位委员" with its colon lost is no role 主任…副主任 and name 各位委员 — held-out round 32.)
  if (/各位/u.test(flat)) return undefined;
  const match = speakerRe.exec(toSimplified(flat));
  if (!match) {
    // Only the last run of spaces kept: the one between the role and the name.
    const spaced = text.trim().replace(/[\s\u3000]+(?=\S+$)/u, '\u0000').replace(/[\s\u3000]+/g, '').replace('\u0000', ' ');
    const apart = spacedSpeakerRe.exec(toSimplified(spaced));
    return apart ? `${spaced.slice(0, apart[1].length)} ${spaced.slice(apart[1].length + 1)}` : undefined;
  }
  return `${flat.slice(0, match[1].length)} ${flat.slice(match[1].length)}`;
}

/** A speaker at the start of a longer text (a flattened page): "县长 屈凯军 各位代表：…", "广 东 省 省 长 马 兴 瑞". */
export function speakerPrefix(text: string): { speaker: string; length: number } | undefined {
  const whole = speakerOf(text);
  if (whole) return { speaker: whole, length: text.length };
  const greeting = addressees.exec(text);
  if (greeting && greeting.index > 0) {
    const speaker = speakerOf(text.slice(0, greeting.index));
    if (speaker) return { speaker, length: greeting.index };
  }
  const parts = text.split(/(?<=\S)\s+(?=\S)/u);
  for (let n = Math.min(8, parts.length); n >= 1; n--) {
    const head = parts.slice(0, n).join(' ');
    const speaker = speakerOf(head);
    if (speaker) return { speaker, length: head.length };
  }
  return undefined;
}

/**
 * A newspaper's photo caption over the text it carries names who made the report: "叶建春作政府工作报告。本报…记者
 * 林 君摄" → "叶建春" (a name alone: a caption gives no role). Only when the report it names is the page's title
 * (or the page has none), so a caption about another report (a chair's "…作常委会工作报告") names nobody here. (Stop 44,
 * blind: jlsyzy.e-court.gov.cn) A caption whose name the page lost, "在大会上作法院工作报告", names nobody: no name opens with 在.
 */
export function speakerOfCaption(caption: string, title: string | undefined): string | undefined {
  // (stop 60, blind: fangyuanxl.com's copy of 台州's session story) the caption's "图为" (the picture shows) is no part of the name:
  // "图为张兵市长作政府工作报告" (was: the speaker "市长 图为张兵")
  const words = caption.trim().replace(pictureShows, '');
  const match = new RegExp(`^(?![在向于从])(\\p{Script=Han}{2,4}?)((?:代理|代)?${ROLE_WORDS})?(?:同志)?(?:代表\\p{Script=Han}{2,24}?)?(?:向大会)?作《?([\\p{Script=Han}“”]{2,30}?报告)》?。?`, 'u').exec(toSimplified(words));
  if (!match) return undefined;
  const named = match[3].replace(/[“”]/g, '');
  const own = title === undefined || toSimplified(title).replace(/\s+/g, '').endsWith(named);
  if (!own) return undefined;
  const name = words.slice(0, match[1].length);
  // "杜家毫省長作政府工作報告。": the role the caption gives after the name is the speaker's role.
  return match[2] ? `${words.slice(match[1].length, match[1].length + match[2].length)} ${name}` : name;
}

/** A caption's opening words saying what the picture shows: "图为", "上图为", "圖為" (then who or what). */
export const pictureShows = /^(?:[上下左右]?(?:图|圖)(?:为|為)|(?:图|圖)中(?:为|為))\s*(?=\p{Script=Han})/u;

/**
 * (stop 49, blind: rdlz.hainanpc.gov.cn) A portal's stamp row naming its author by role and name — "作者 :海南省省长 刘赐贵 编辑 :
 * 来源 :海南省人大常委会 发布时间 :2016年01月27日" under the occasion of a report that prints no speaker line: the speaker (the row
 * is the site's, removed; the speaker was lost with it). Only a role and a name (speakerOf): "作者:本站", "作者:张三" name no one's office.
 */
export function speakerOfStampAuthor(text: string): string | undefined {
  const author = /(?:^|\s)作者\s*[:：]\s*(\S[^:：]*?)(?=\s+(?:编辑|編輯|责编|責編|责任编辑|責任編輯|来源|來源|发布时间|發布時間|时间|時間|浏览|瀏覽|点击|點擊)\s*[:：]|\s*$)/u.exec(text.trim());
  return author ? speakerOf(author[1]) : undefined;
}
