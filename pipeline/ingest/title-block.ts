/**
 * The title block of a report: the occasion line (…年…月…日在…会议上), the
 * title above it and the speaker beside or below it, wherever a page puts
 * them — a subtitle with or without ——, split over two lines, the date alone
 * on a line, in brackets after the title, with the speaker's role and name
 * glued after it. Everything of the page's head above the block (site
 * names, aggregator headings and summaries) is page chrome. Found by its
 * anchor, the occasion; pages without one are read by metadata.ts alone.
 */
import { isHan } from './chars.ts';
import { looseDate } from './dates.ts';
import { documentWord, joinSpaced } from './document-title.ts';
import { roleOf, speakerOf, speakerPrefix } from './speaker.ts';
import { ADDRESSEES, ADDRESSEES_PRINTED, DEPUTIES_PLURAL } from './salutation.ts';
import { toSimplified } from '../model/han-forms.ts';

const Y = '(?:[0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4})';
const N = '[0-9０-９一二三四五六七八九十]{1,3}';
/** A month or a day a draft leaves blank ("2021 年 xx 月 xx 日"): its year is known, the day is not. */
const BLANK = '[xX×＊*]{1,2}|[_＿]{1,4}';
const DATE = `${Y}\\s*年?\\s*(?:${N}|${BLANK})\\s*月?\\s*(?:${N}|${BLANK})\\s*日`;
/** The occasion itself; the place (group 1) is the text between 在 and the session's ordinal. */
const occasionRe = new RegExp(`${DATE}\\s*(?:上午|下午)?\\s*在\\s*((?:(?!${DATE}).){2,60}?(?:会议|會議))\\s*上`, 'u');
const dateOnlyRe = new RegExp(`^${DATE}$`, 'u');
/**
 * The label of a congress's (or committee's) session file printed above a report's title: "桃江县第十八届人民代表大会第一次会议文件之一",
 * also by the short names ("宁波市十六届人大常委会第十二次会议文件"). Simplified text, spaces removed.
 */
export const congressFile = /(?:人民代表大会|常务委员会|人大常委会|人大|政治协商会议|政协).*会议(?:文件|材料)(?:之[一二三四五六七八九十]+)?$/;
/** An occasion printed without its date ("——在科右前旗第十八届人民代表大会第三次会议上"), the whole line. */
const datelessRe = /^(?:[—―─━－-]{1,4}\s*)?(在\s*.{2,60}?(?:会议|會議)\s*上)$/u;
/** A standing committee's session after the date, without 在…上: "2024年11月27日县十八届人大常委会第二十三次会议". */
const bareSessionRe = new RegExp(`^${DATE}\\s*(?:(?!在)[\\p{Script=Han}0-9])*?(?:第[一二三四五六七八九十百0-9]+次)(?:会议|會議)$`, 'u');
/** Its date, alone in brackets on a line near it: "（2024年3月12日）". */
const bracketDateRe = new RegExp(`^[（(]\\s*${DATE}\\s*[）)]$`, 'u');
/** What may stand before the occasion on its line: a subtitle dash (or what a mirror made of it), a bracket. */
const leadMarks = /^(?:[—―─━－\-]{1,4}|\?{1,2}？?|？{1,2}|;{1,4}|[（(])\s*/u;
/** A lost character's placeholder after a Chinese line's last word: " ?". */
const lostAtEnd = /(?<=[\p{Script=Han}）)])[\s\u3000]+[?？]{1,2}$/u;
/** A salutation opening a line ("各位代表、各位委员:", or one opening with 主席): the report's text starts there. */
const salutation = new RegExp(`^(?:${ADDRESSEES}|主席)`, 'u');
/** A salutation alone on its line, also the older "代表们:" ("各位代表:", "各位委员、同志们:"). */
const greetingAlone = new RegExp(`^(?:${ADDRESSEES}|${DEPUTIES_PLURAL})[^。；，,：:]{0,12}[:：]$`, 'u');
/** The salutation anywhere in a line (a flattened one). */
const addressees = new RegExp(ADDRESSEES, 'u');
/** A name glued before the salutation: group 1. */
const nameBeforeSalutation = new RegExp(`^(\\p{Script=Han}{2,4}?)(?=${ADDRESSEES_PRINTED})`, 'u');
/** A numbered heading's opening ("一、", "（一）"): the report's text. */
const numberedHeading = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/u;
/** What an occasion line may name after 会议上: the kind of speech made there ("…会议上的报告", "…会议上的讲话"), the whole rest of the line. */
const deliveredAt = /^的\s*\p{Script=Han}{0,8}?(?:报告|報告|讲话|講話)$/u;
/** A news text's label before the report it quotes: "原文如下:", "全文如下：". */
const fullTextFollows = /(?:原文|全文)如下\s*[:：]?$/u;
/**
 * A document named by its occasion, the whole line: "在第十一届全国人民代表大会第三次会议上的政府工作报告",
 * "市长在X市人民代表大会第一次会议上的政府工作报告(2022年政府工作报告)" (a role before it, a document site's
 * name for it in brackets after). Group 1 is the occasion, group 2 the title.
 */
const occasionTitleRe = /^(?:\p{Script=Han}{0,12}?)(在\s*[^，,。；：:在]{2,40}?(?:会议|會議)\s*上)的\s*([^，,。；：:的]{2,20}?(?:报告|報告))(?:\s*[（(][^（）()]{1,30}[）)])?$/u;
/** A subtitle whose last character was lost ("——2022 1 20 日在省第人民会第会议": 上 gone with the session's numbers), the whole line. */
const clippedOccasionRe = new RegExp(`^[—―─━－\\-]{1,4}\\s*(${DATE}\\s*在\\s*(?:(?!${DATE}).){2,60}?(?:会议|會議))$`, 'u');
/** The same without the dash: the whole line a date, 在, the congress and its session's ordinal ("2019年2月26日在镇第十四届人民代表大会第三次会议"). */
const clippedSessionRe = new RegExp(`^(${DATE}\\s*在\\s*[^，,。；：:]{2,40}?(?:代表大会|代表大會|委员会|委員會)\\s*第[一二三四五六七八九十百0-9]+次(?:全体)?(?:会议|會議))$`, 'u');

const nameOnly = /^[\p{Script=Han}]{2,4}$/u;
/** Words a salutation may open with, no name: "尊敬的各位代表", "同志们、各位代表". */
const notAName = /的$|^(?:现在|同志|尊敬|亲爱|親愛|女士|先生|朋友|在座|我们|我們|今天)/u;
/** A government, a space, a person's name (a minority name may be long): "镶黄旗人民政府 好毕斯哈拉图". */
const governmentByline = /^(\S{2,20}?(?:人民政府|行政公署|行署))[\s\u3000]+([\p{Script=Han}·]{2,8})$/u;
/** What names an office, not a person: "办公室", "财政局". */
const office = /(?:室|局|厅|部|委|会|处|办|所|中心|政府)$/u;
/** A draft's mark alone on a line under its title block: "(征求意见稿)" — part of the printed title. */
const draftMark = /^[（(]\s*((?:征求意见|讨论|送审|代拟|修改|审议|初)稿|草案)\s*[）)]$/u;
const organisation = /(人民政府|国务院|委员会|人大常委会|办公厅|办公室)$/;
/** What may stand alone where the speaker would, as the report's author: a government, or a bureau ("南开区财政局"). */
const author = /(人民政府|国务院|委员会|人大常委会|办公厅|办公室|行署|[^\s]局|[^\s]厅)$/;
/** A line with no Chinese in it: the English twin of a line of a bilingual edition. */
const englishOnly = (text: string) => !/\p{Script=Han}/u.test(text) && /[A-Za-z]{2}/.test(text);
/** What a page puts between its title and the occasion: a URL, a date, a source ("http://… 2008-01-21 17:47:05 来源:福建日报"). */
const stampLine = /(https?:\/\/|www\.|[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}|来源|來源|发布|發佈)/u;
/** A document's name (document-title.ts's words), also as a site heads the full text ("…工作报告全文"). */
const namesDocument = (text: string) => documentWord.test(text) || /报告全文$/.test(text);

export interface TitleBlock {
  /** Index (into the lines given) of the first line of the block. */
  start: number;
  /** Indices of the lines the block used. */
  used: number[];
  title?: string;
  /** An issuer printed on its own line above the title. */
  issuer?: string;
  occasion?: string;
  date?: string;
  /** The date stood apart from the occasion (in brackets, or alone on its line under the speaker): front matter date_source: title. */
  dateApart?: boolean;
  speaker?: string;
  /** Page furniture inside the block (a URL/date/source line between title and occasion). */
  chrome?: number[];
  /** Text that followed the block on its last line (a flattened page): goes back to the body. */
  rest?: { index: number; text: string };
}

/** Head text as compared: letter spacing joined, traditional keyword characters simplified. */
const probe = (text: string) => toSimplified(joinSpaced(text));

/**
 * Finds the title block among the first lines of the page (`texts`: the
 * trimmed non-blank lines, in order). The head ends at the salutation
 * (各位代表：) when there is one near the top.
 */
export function findTitleBlock(lines: readonly string[], headLines = 40): TitleBlock | undefined {
  // "政府工作报告 ?", "荣县人民政府县长 郑小清 ?": a character the source lost, a "?" after a space at the end of the
  // line, is no part of the title block (the lines used still leave the body whole, as moved).
  // ("  • 政府工作报告" / "  • ——2001年…会议上": a yearbook site prints the block as a list; the bullet is no part of it.)
  const texts = lines.map((t) => t.replace(lostAtEnd, '').replace(/^[•●◆■▪][\s\u3000]*/u, ''));
  let end = Math.min(texts.length, headLines);
  const greeting = texts.slice(0, end).findIndex((t) => salutation.test(probe(t)));
  // (A salutation on the first line: the text starts there, no title block precedes it.)
  if (greeting >= 0) end = greeting;
  const candidates: Array<{ k: number; clean: boolean }> = [];
  for (let k = 0; k < end; k++) {
    const match = occasionAt(texts, k);
    if (match) candidates.push({ k, clean: match.clean });
  }
  if (candidates.length === 0) return undefined;
  // A page summary ("《…》2024年1月23日在…会议上，…省长…作报告") comes before the real block: take the last clean one.
  let chosen = [...candidates].reverse().find((c) => c.clean) ?? candidates[0];
  // The block printed twice in a row (title, occasion, speaker, occasion, speaker): the first copy, under its title.
  chosen = candidates.find((c) => c.clean && texts[c.k] === texts[chosen.k]) ?? chosen;
  let block = readBlock(texts, chosen.k);
  // A periodical's header block (title, occasion, "2015-03-29夏立华", the author, "·本刊特稿·"), then the document's own
  // block again with its speaker: the copy that names the speaker is the document's, everything above it the page's head.
  if (!block.speaker) {
    const again = candidates.find((c) => c.k > chosen.k && c.clean && texts[c.k] === texts[chosen.k]);
    const copy = again ? readBlock(texts, again.k) : undefined;
    if (copy?.speaker) block = copy;
  }
  // No speaker under the block, but one right over the salutation a few lines down (a law site's author row, summary,
  // the headline again and a blurb between, "湖北省高级人民法院院长游全荣" / "代表们:"): the speaker, and what stands between
  // is the page's — the report's text starts at its salutation.
  if (!block.speaker) {
    const last = Math.max(...block.used);
    const greeted = texts.findIndex((t, j) => j > last + 1 && j <= last + 9 && greetingAlone.test(probe(t)));
    const speaker = greeted > 0 ? speakerOf(texts[greeted - 1]) : undefined;
    const between = texts.slice(last + 1, Math.max(last + 1, greeted - 1));
    // (Page furniture shows itself: a posting time, or the occasion printed again in a summary or the headline repeated.
    // A sentence alone there is text: the search for a speaker ends at it.)
    const day = block.occasion ? looseDate(block.occasion) : undefined;
    const furniture = between.some((t) => /[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}/.test(t) || (day !== undefined && looseDate(t) === day));
    if (speaker && furniture && !between.some((t) => numberedHeading.test(t.trim()))) {
      block.speaker = speaker;
      block.used.push(greeted - 1);
      for (let i = last + 1; i < greeted - 1; i++) (block.chrome ??= []).push(i);
    }
  }
  // Its lines printed again after it, before the text starts (a portal's heading over its breadcrumb, then the
  // article's own title block), are furniture.
  const printed = new Set(block.used.map((i) => texts[i]));
  const greeted = greeting >= 0 ? greeting : Math.max(...block.used) + 1;
  for (let i = Math.max(...block.used) + 1; i < end && (i < greeted || printed.has(texts[i])); i++) if (printed.has(texts[i])) (block.chrome ??= []).push(i);
  return block;
}

interface OccasionMatch {
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
}

function occasionAt(texts: readonly string[], k: number): OccasionMatch | undefined {
  const line = texts[k];
  let joined = line;
  let last = k;
  let match = occasionRe.exec(line);
  // Split over two lines: "——2025年1月14日在北京市第十六届" + "人民代表大会第三次会议上", or the date alone above "在…会议上".
  if (!match && k + 1 < texts.length && texts[k + 1].length <= 40) {
    const stripped = line.replace(leadMarks, '');
    if (dateOnlyRe.test(stripped) || new RegExp(`^${DATE}\\s*在`, 'u').test(stripped)) {
      joined = line + texts[k + 1];
      match = occasionRe.exec(joined);
      last = k + 1;
    }
  }
  if (!match) {
    const titled = occasionTitleRe.exec(line.trim());
    if (titled) return { last: k, prefix: '', occasion: titled[1], suffix: '', clean: true, title: compact(titled[2]) };
    const clipped = clippedOccasionRe.exec(line.trim()) ?? clippedSessionRe.exec(line.trim());
    if (clipped) return { last: k, prefix: '', occasion: clipped[1], suffix: '', clean: true };
    return datelessAt(texts, k);
  }
  const prefix = joined.slice(0, match.index).replace(/[\s—―─━－\-?？;（(]+$/u, '').trim();
  // "——2024年12月22日在政协岳阳市…会议上的报告": the occasion naming what was delivered there — its words are the line's, no text.
  const suffix = joined.slice(match.index + match[0].length).replace(/^\s*[）)]/u, '').trim().replace(deliveredAt, '');
  const titleBefore = prefix === '' || (prefix.length <= 40 && !/[，,。；]/.test(prefix));
  const speakerAfter = suffix === '' || speakerOf(suffix) !== undefined || salutation.test(probe(suffix));
  return { last, prefix, occasion: match[0], suffix, clean: titleBefore && speakerAfter && !/[。；]/.test(match[0]) };
}

/** "——在…会议上" with its date in brackets on one of the next two lines (the speaker may come between). */
function datelessAt(texts: readonly string[], k: number): OccasionMatch | undefined {
  const session = texts[k].trim().replace(leadMarks, '');
  if (bareSessionRe.test(session)) return { last: k, prefix: '', occasion: session, suffix: '', clean: true };
  // A PDF's byline: the speaker's name, then the date and the session ("温家宝 2011 年 3 月 5 日 第十一届全国人民代表大会第四次会议").
  const byline = /^(\p{Script=Han}{2,4})[\s\u3000]+(?=[0-9０-９])/u.exec(session);
  if (byline && bareSessionRe.test(session.slice(byline[0].length))) {
    return { last: k, prefix: '', occasion: session.slice(byline[0].length), suffix: '', clean: true, speaker: byline[1] };
  }
  const match = datelessRe.exec(texts[k].trim());
  if (!match) return undefined;
  for (let j = k + 1; j <= k + 2 && j < texts.length; j++) {
    if (bracketDateRe.test(texts[j].trim())) return { last: k, prefix: '', occasion: match[1], suffix: '', clean: true, dateLine: j };
  }
  // A subtitle "—在3月2日政协…会议上" (no date, or no year) right under the title: the occasion as printed.
  if (/^[—―─━－-]/u.test(texts[k].trim()) && k > 0 && isTitleLike(texts[k - 1])) return { last: k, prefix: '', occasion: match[1], suffix: '', clean: true };
  return undefined;
}

function readBlock(texts: readonly string[], k: number): TitleBlock {
  const match = occasionAt(texts, k)!;
  const used = [];
  for (let i = k; i <= match.last; i++) used.push(i);
  const block: TitleBlock = { start: k, used, occasion: joinSpaced(match.occasion.replace(/^\s+/, '')) };
  const date = looseDate(match.dateLine === undefined ? match.occasion : texts[match.dateLine]);
  if (date) block.date = date;
  if (match.dateLine !== undefined) {
    block.dateApart = true;
    used.push(match.dateLine);
  }
  // The title: before the occasion on its line, else the line just above (with an issuer line above it).
  // The speaker's role and name may stand before the occasion instead ("长沙市人民政府市长张剑飞2010年1月16日在…").
  const speakerFirst = match.prefix && !titleIn(match.prefix) ? speakerOf(match.prefix) : undefined;
  if (match.title) block.title = match.title;
  else if (match.prefix && !speakerFirst) {
    // "…发布,报告指出…。 原文如下: 2023年1月12日在…": a news text ends in a label before the occasion; no title is printed.
    const title = fullTextFollows.test(match.prefix) ? undefined : titleIn(match.prefix);
    if (title) block.title = undoubled(title);
  } else {
    // A URL, date or source line may stand between the title and the occasion.
    let t = k - 1;
    // A bilingual edition: the title's English twin between the title and the occasion.
    let over = t;
    while (texts[over] !== undefined && englishOnly(texts[over]) && over > k - 4) over--;
    if (over < t && texts[over] !== undefined && isTitleLike(texts[over])) t = over;
    // Up to eight lines of furniture between them: a stamp (URL, date, source), a link ("點擊查閱更多…") or buttons
    // ("列印", "字號:", a portal's 【字体：/ 大 / 中 / 小 / 】 / 分享： one a line).
    let over2 = t;
    // (An announcement's number and date: "2019年第43号(总第221号)", "(二〇一九年十二月三十日公告)".)
    while (over2 > k - 9 && texts[over2] !== undefined && texts[over2 - 1] !== undefined && (isLink(texts[over2]) || isButton(texts[over2]) || isAnnouncement(texts[over2]) || (!isTitleLike(texts[over2]) && isStamp(texts[over2])))) over2--;
    // "2019年第43号(总第221号)郑州市关于…的报告": the announcement's number glued before the title is no part of it.
    const numbered = texts[over2] !== undefined ? numberBefore.exec(texts[over2].trim()) : null;
    const unnumbered = numbered ? texts[over2].trim().slice(numbered[0].length) : undefined;
    if (over2 < t && (isTitleLike(texts[over2]) || (unnumbered !== undefined && isTitleLike(unnumbered)))) {
      block.chrome = [];
      for (let c = t; c > over2; c--) block.chrome.push(c);
      t = over2;
    }
    let above = t === over2 && unnumbered !== undefined && isTitleLike(unnumbered) ? unnumbered : texts[t];
    // "关于新邵县2023年财政决算草案的" + "报 告": the document word alone on the second line.
    if (above !== undefined && /^(报告|報告)$/.test(joinSpaced(above)) && texts[t - 1] !== undefined && /的$/.test(compact(texts[t - 1])) && isTitleLike(compact(texts[t - 1]) + '报告')) {
      used.push(t);
      t--;
      above = compact(texts[t]) + joinSpaced(texts[t + 1]);
    }
    // A title over several lines ("中国人民政治协商会议" / "常宁市第十一届委员会常务委员会" / "工 作 报 告") that the page
    // also prints whole as its heading above: the lines joined.
    const whole = above !== undefined && isTitleLike(above) ? wholeTitle(texts, t) : undefined;
    if (whole) {
      block.title = whole.title;
      block.start = whole.first;
      for (let i = whole.first; i <= t; i++) used.push(i);
    } else if (above !== undefined && isTitleLike(above)) {
      block.title = undoubled(compact(above));
      block.start = t;
      used.push(t);
      // A title printed over two lines: "关于珠海市2020年度市本级预算执行和" + "其他财政收支的审计工作报告".
      const upper = texts[t - 1];
      if (upper !== undefined && (isTitleStart(upper, block.title) || isBodyOverTerm(upper, block.title))) {
        block.title = compact(upper) + block.title;
        block.start = --t;
        used.push(t);
        // Over three lines: "关于绍兴市柯桥区2021年财政" / "预算执行情况及2022年财政" / "预算草案的报告" — the first opens with 关于.
        const top = texts[t - 1];
        if (top !== undefined && /^(?:关于|關於)/u.test(compact(top)) && isTitleStart(top, block.title)) {
          block.title = compact(top) + block.title;
          block.start = --t;
          used.push(t);
        }
      }
      // "北京市海淀区人民政府" above "政 府 工 作 报 告": the issuer, then the title.
      const issuer = texts[t - 1];
      if (issuer !== undefined && organisation.test(probe(issuer)) && joinSpaced(issuer).length <= 30) {
        block.issuer = joinSpaced(issuer);
        block.start = t - 1;
        used.push(t - 1);
      }
    }
  }
  // The speaker: after the occasion on its line, else on the next line (role and name, or a name alone).
  let rest = match.suffix;
  if (rest) {
    const speaker = speakerPrefix(rest);
    if (speaker) {
      block.speaker = speaker.speaker;
      rest = rest.slice(speaker.length).trim();
    }
    if (rest) block.rest = { index: match.last, text: rest };
  } else {
    // On the next line, or the one after an English line (bilingual editions).
    // The block printed again right under it (a portal's article heading and subtitle over its 发布时间 row, then
    // the document's own title block): the copy is furniture, the speaker stands under it.
    const copies = new Set([block.title, block.occasion].filter((t) => t !== undefined).map((t) => probe(compact(t!))));
    for (let i = match.last + 1; i < Math.min(texts.length, match.last + 5); i++) {
      const next = texts[i];
      if (i === match.dateLine) continue;
      if (salutation.test(probe(next))) break;
      if (copies.has(probe(compact(next.replace(leadMarks, ''))))) {
        (block.chrome ??= []).push(i);
        continue;
      }
      // "(征求意见稿)" alone under the block: the draft's mark, part of its title.
      const mark = draftMark.exec(joinSpaced(next));
      if (mark && block.title && !block.title.includes(mark[1])) {
        block.title += joinSpaced(next);
        used.push(i);
        continue;
      }
      // A government and a name, no role ("镶黄旗人民政府 好毕斯哈拉图"): the byline as printed, the government the issuer.
      const byline = governmentByline.exec(next.trim());
      if (byline && !office.test(byline[2])) {
        block.speaker = `${joinSpaced(byline[1])} ${byline[2]}`;
        block.issuer ??= joinSpaced(byline[1]);
        used.push(i);
        break;
      }
      // The role alone on a line, the name alone on the next ("代区长" / "刘庆").
      const roleAlone = roleOf(next);
      const named = texts[i + 1] !== undefined && !salutation.test(probe(texts[i + 1])) && nameOnly.test(joinSpaced(texts[i + 1])) ? joinSpaced(texts[i + 1]) : undefined;
      if (roleAlone && named) {
        block.speaker = `${roleAlone} ${named}`;
        used.push(i, i + 1);
        break;
      }
      // The role alone right over the salutation, the name left blank ("绍兴市柯桥区财政局局长    " / "各位代表:"): the role as printed.
      if (roleAlone && (texts[i + 1] === undefined || salutation.test(probe(texts[i + 1])))) {
        block.speaker = roleAlone;
        used.push(i);
        break;
      }
      // The issuing government (or bureau) alone where a speaker would stand ("南宁市邕宁区人民政府", "南开区财政局"): the issuer.
      // A role and a name come first ("市长 王建厅": a name ending in 厅), then a bureau ("区财政局"), then a name alone.
      // ("(国务院总理 赵紫阳)": the speaker in brackets under the occasion.)
      const bracketed = /^[（(]\s*([^（）()]{4,30}?)\s*[）)]$/u.exec(next.trim());
      const role = speakerOf(next) ?? (bracketed ? speakerOf(bracketed[1]) : undefined);
      if (!role && !block.issuer && author.test(probe(next)) && joinSpaced(next).length <= 30 && !/[，,。；：:\s]/.test(joinSpaced(next))) {
        block.issuer = joinSpaced(next);
        used.push(i);
        continue;
      }
      // ("×××": an anonymised name alone.)
      const speaker = role ?? (nameOnly.test(joinSpaced(next)) || /^[×＊*]{2,4}$/u.test(joinSpaced(next)) ? joinSpaced(next) : undefined);
      if (speaker) {
        block.speaker = speaker;
        used.push(i);
        // "国务院总理温家宝" / "2010年3月5日": the date alone on the line under the speaker.
        const dated = texts[i + 1] !== undefined && !block.date && dateOnlyRe.test(texts[i + 1].trim()) ? looseDate(texts[i + 1]) : undefined;
        if (dated) {
          block.date = dated;
          block.dateApart = true;
          used.push(i + 1);
        }
        break;
      }
      // "最高人民检察院检察长贾春旺 各位代表: 现在，…": the speaker opens a flattened line.
      const opening = addressees.test(next) ? speakerPrefix(next) : undefined;
      if (opening && opening.length < next.length) {
        block.speaker = opening.speaker;
        used.push(i);
        block.rest = { index: i, text: next.slice(opening.length).trim() };
        break;
      }
      // "黎作凤各位委员、同志们:": a name alone (no role) glued before the salutation on the first line under the block.
      const glued = nameBeforeSalutation.exec(next.trim());
      if (glued && !notAName.test(glued[1]) && !office.test(glued[1])) {
        block.speaker = glued[1];
        used.push(i);
        block.rest = { index: i, text: next.trim().slice(glued[1].length) };
        break;
      }
      if (/\p{Script=Han}/u.test(next)) break;
    }
  }
  block.speaker ??= speakerFirst ?? match.speaker;
  used.sort((a, b) => a - b);
  return block;
}

/** The title's last line at `t` and up to three lines above it, joined, when a line higher up prints exactly that. */
function wholeTitle(texts: readonly string[], t: number): { title: string; first: number } | undefined {
  for (let n = 3; n >= 1; n--) {
    if (t - n < 1) continue;
    const joined = texts.slice(t - n, t + 1).map(compact).join('');
    if (!isTitleLike(joined)) continue;
    const heading = texts.slice(0, t - n).some((line) => probe(compact(line)) === probe(joined));
    if (heading) return { title: joined, first: t - n };
  }
  return undefined;
}

/** An announcement's number ("2019年第43号(总第221号)", "郑审〔2019〕43号"), at the start of a line. */
const numberBefore = /^(?:[0-9]{4}年第[0-9]{1,4}号(?:\s*[（(]总第[0-9]{1,5}号[）)])?|\p{Script=Han}{1,10}[〔［\[][0-9]{4}[〕］\]][0-9]{1,4}号)\s*/u;

/** An announcement's number alone, or its date in brackets ("(二〇一九年十二月三十日公告)"): furniture between a title and its occasion. */
function isAnnouncement(text: string): boolean {
  const line = text.trim();
  const number = numberBefore.exec(line);
  if (number && number[0].length === line.length) return true;
  return /^[（(][^（）()]{6,24}(?:公告|发布|發佈|印发)[）)]$/u.test(line) && looseDate(line) !== undefined;
}

/** A link a news column prints under its heading: "點擊查閱更多2023年地方政府工作報告", "点击查看原文". */
function isLink(text: string): boolean {
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
function isStamp(text: string): boolean {
  return stampLine.test(text) && !/[。；]/.test(text) && [...text].filter(isHan).length * 2 < text.replace(/\s/g, '').length;
}

/** The first line of a title printed over two lines: a long title ("关于…") with no end of its own. */
function isTitleStart(upper: string, title: string): boolean {
  const u = compact(upper);
  // The label a printed report carries above its title ("县第十八届人民代表大会第一次会议文件(之一)"): the session's file, not half of the title.
  if (congressFile.test(toSimplified(u))) return false;
  // A page heading ("2023年…政府工作报告—全文") names a document itself: not half of a title.
  if (isTitleLike(upper) || organisation.test(probe(upper)) || /[，,。；：:|｜_—―－-]|报告|報告|全文/.test(u) || !/\p{Script=Han}$/u.test(u)) return false;
  // "文档库 最新最全的文档下载": words of three or more characters apart are a site's name and slogan, not letter spacing.
  if (/\p{Script=Han}{3}[\s\u3000]+\p{Script=Han}{3}/u.test(upper.trim())) return false;
  return (/^关于|^關於/.test(u) || u.length >= 12) && isTitleLike(u + title);
}

/**
 * The body's name on the line above a title that opens with its term ("中国人民政治协商会议" / "第七届磐安县委员会常务委员会工作报告",
 * "磐安县人民代表大会" / "第十五届常务委员会工作报告"): one name printed over two lines — a title never opens with a term alone.
 */
function isBodyOverTerm(upper: string, title: string): boolean {
  return /^第[一二三四五六七八九十百]+[届屆]/u.test(title) && /^\p{Script=Han}{0,12}(?:人民政治协商会议|政治协商会议|人民代表大会)$/u.test(toSimplified(compact(upper)));
}

function isTitleLike(text: string): boolean {
  const joined = joinSpaced(text);
  const p = toSimplified(joined).replace(/[（(][^（）()]*[）)]$/u, '');
  // A site's keyword string ("…报告文库_资料共享_统计公报") is not a title.
  // (A report "关于…的报告" may run long: an audit report and the rectification report it carries, 66 characters.)
  const longest = /^\p{Script=Han}{0,12}(?:关于|關於).+的(?:报告|報告)$/u.test(p) ? 90 : 50;
  return joined.length >= 4 && joined.length <= longest && !/[，,。；：:_|｜]/.test(joined) && [...joined].some(isHan) && namesDocument(p);
}

/**
 * A title before the occasion on a flattened line: its last document-naming
 * part ("(湖北省)2017年…工作报告(全文) 政 府 工 作 报 告" → 政府工作报告),
 * without a document site's chunk number ("1、2015 年 武 汉 市…").
 */
function titleIn(prefix: string): string | undefined {
  // A portal's date after the title ("政 府 工 作 报 告 2016-12-14") is not part of it.
  const cleaned = prefix.replace(/\s+[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$/u, '');
  const parts = cleaned.split(/(?<=[)）》])|\s{2,}/u).filter((p) => p.trim() !== '');
  for (let i = parts.length - 1; i >= 0; i--) {
    // Without a document site's chunk or page number ("1、2015 年…", "1政府工作报告"), nor the separator it prints
    // before the text ("1、-_政府工作报告2013年3月5日在…").
    // "新华网北京3月19日电 最高人民检察院工作报告": a dateline, one space, the title — the last word when it names a document.
    const words = parts[i].trim().split(/(?<=\S{2})\s+(?=\S{2})/u);
    if (words.length > 1 && isTitleLike(words.at(-1)!)) return compact(words.at(-1)!);
    const part = compact(parts[i]).replace(/^[0-9]{1,3}、(?=[0-9\p{Script=Han}])|^[0-9]{1,3}(?=\p{Script=Han})/u, '').replace(/^[-_]{1,3}(?=\p{Script=Han})/u, '');
    if (isTitleLike(part)) return part;
    // "湖北省高级人民法院地址,湖北省高级人民法院工作报告": a search keyword naming the same body, a comma, then the title.
    const keyword = /^([^，,。；：:]{4,24})[，,]([^，,。；：:]{4,40})$/u.exec(part);
    if (keyword && isTitleLike(keyword[2]) && sharedStart(keyword[1], keyword[2]) >= 4) return keyword[2];
  }
  return undefined;
}

/** How many characters two texts open with alike. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Spaces next to Han characters or digits dropped (PDF spacing, letter spacing). */
function compact(text: string): string {
  return text.replace(/[\s\u3000]+(?=[\p{Script=Han}0-9])|(?<=[\p{Script=Han}0-9])[\s\u3000]+/gu, '').trim();
}

/** "2021年政府工作报告政府工作报告": a document name printed twice, glued — the repeated name. */
export function undoubled(title: string): string {
  for (let n = Math.floor(title.length / 2); n >= 4; n--) {
    const tail = title.slice(-n);
    if (title.slice(0, -n).endsWith(tail) || (title.length - n > 0 && title.slice(0, -n).endsWith(tail.replace(/^[0-9]{4}年/, '')))) return tail;
  }
  return title;
}

/** The place of the occasion: "在广州市第十五届人民代表大会…" → 广州市; the national congress → 全国. */
export function occasionPlace(occasion: string): string | undefined {
  // (Without the term: "在X市人民代表大会第一次会议上" → X市; the term without 第: "在天水市七届人大一次会议上" → 天水市.)
  const match = /在\s*(.*?)\s*(?:第[一二三四五六七八九十百]+[届屆]|(?<=[省市县縣区區州旗盟])[一二三四五六七八九十百]+[届屆]|人民代表大[会會]第)/u.exec(occasion);
  if (match?.[1]) return match[1];
  if (/全国|全國/.test(occasion)) return '全国';
  return undefined;
}
