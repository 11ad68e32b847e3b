/**
 * What a line of a page's head is, as metadata.ts reads the head of a page without a title block: a line shaped like a
 * title, a title's continuation, a body line (where the head ends), a date or speaker line under the title, a
 * session's file label, a portal's place name, an essay site's compilation headings; and the patterns metadata.ts
 * reads a head's lines with as they stand (a 发文字号, a 版头, a subtitle, the salutation, a stamp …).
 */
import { findDate } from './dates.ts';
import { isHan } from './chars.ts';
import { toSimplified } from '../model/han-forms.ts';
import { headingDepth } from './structure.ts';
import { congressFile } from './title-text.ts';
import { documentWord, joinSpaced, probe, titlePrefix } from './document-title.ts';
import { actHeadline } from './act-headline.ts';
import { ADDRESSEES } from './salutation.ts';
import { ROLE_WORDS, speakerOf } from './speaker.ts';

/**
 * A speaker's line under a title: a role (speaker.ts's role words, or a party secretary's 书记) and a name, apart. (stop 56, blind:
 * www.xjsw.gov.cn) The party's office before the government's, apart by 、, "市委常委、常务副市长 王荣" (it was a paragraph, no speaker).
 */
export const speakerLine = new RegExp(`^((?:[\\p{Script=Han}（）()]{2,30}?(?:、[\\p{Script=Han}]{0,12}?)?)?(?:代理)?(?:代)?(?:${ROLE_WORDS}|书记))[\\s\u3000]+([\\p{Script=Han}·]{2,5}|[Xx×＊*]{2,4})$`, 'u');
/** A template's date with month and day left blank: "2014年 月 日" (no date to read). */
export const blankDate = /^[（(]?\s*[0-9]{4}\s*年\s+月\s*日\s*[）)]?$/;
export const dateOnly = /^[（(]\s*([^（）()]{6,24})\s*[）)]$/;
/** A place's name alone (a portal's name above the title: "中山翠亨新区"). */
const placeName = /^\p{Script=Han}{2,10}(?:新区|开发区|高新区|自治区|自治州|自治县|[省市区县州旗盟])$/u;

/**
 * A place's name alone over a title that names the place itself ("中山翠亨新区" over "翠亨新区2022年工作总结…"):
 * the portal's name. ("海淀区" over "政府工作报告" is the first line of the title.)
 */
export function isPortalPlace(text: string, title: string): boolean {
  const place = probe(text);
  if (!placeName.test(place)) return false;
  const named = probe(title);
  for (let n = place.length; n >= 3; n--) if (named.includes(place.slice(-n))) return true;
  return false;
}

/** A session's file label: "…人民代表大会第一次会议文件之一", "…人大常委会第十二次会议文件". */
export function isCongressFile(text: string): boolean {
  return congressFile.test(probe(text).replace(/[\s\u3000]+/g, ''));
}

/** A day alone on its line ("2023年9月28日"), as a title block prints it under the speaker. */
export function isDayAlone(text: string): boolean {
  return /^\S{8,16}$/.test(text) && findDate(text)?.length === text.length;
}

/** A line of a title block under the title: a date (blank or not) or a speaker. */
export function isDateOrSpeaker(text: string): boolean {
  return blankDate.test(text) || dateOnly.test(text) || (/^\S{8,16}$/.test(text) && findDate(text)?.length === text.length) || speakerLine.test(toSimplified(text.replace(/\s+/g, ' ')));
}

/** A year alone on its line, as a cover prints it over the unit's name: "2024年度", "2023年", "二〇二四年度". */
const coverYear = /^(?:(?:19|20)[0-9]{2}|[一二〇○零][〇○零一二三四五六七八九]{3})年度?$/u;
/** The kind a disclosed budget book names itself by: "部门决算", "单位预算", "财政总决算", "部门预算（草案）". */
const accountsKind = /(?:预算|决算|预决算)(?:[（(]?草案[）)]?)?$/u;

/**
 * (stop 47; the lead's blind pages 46, daying.gov.cn) A cover printed over three lines, the year alone first — "2024年度" /
 * "四川省大英县财政局" / "部门决算" — one title: how many lines under the year (one or two) go on it, the last naming the
 * document (a document's word, or a budget book's kind: …预算, …决算); 0 when the line is no year alone or nothing under it
 * names a document (a year over a heading or a sentence stays as it was). The lines between are a name (no clause, no date,
 * no number of a heading) naming no document of their own.
 */
export function coverUnderYear(year: string, next: readonly string[]): number {
  if (!coverYear.test(probe(year))) return 0;
  for (let n = 0; n < Math.min(2, next.length); n++) {
    const text = next[n];
    if (headingDepth(text) !== undefined || titlePrefix.test(text) || !isTitleShaped(text) || isBody(text) || /[，,。；：:|｜]/u.test(text) || findDate(text)) return 0;
    const name = probe(text);
    if (documentWord.test(name) || accountsKind.test(name)) return joinSpaced(year + next.slice(0, n + 1).join('')).length <= 50 ? n + 1 : 0;
  }
  return 0;
}

/** How many of the next lines (up to three) continue a title: title-like, unnumbered, the last one naming the document; 0 if none does. */
export function titleContinuation(next: readonly string[]): number {
  for (let n = 0; n < next.length; n++) {
    const text = next[n];
    if (headingDepth(text) !== undefined || titlePrefix.test(text) || !isTitleShaped(text) || isBody(text)) return 0;
    // (the lead's blind pages, stop 44: rd.wuxi.gov.cn) A news headline of its own — the session opened, or clauses of acts
    // ("…隆重开幕 郁家树主持大会毛小平作政府工作报告") — is no part of a title over it.
    if (/(?:开幕|闭幕)$/u.test(probe(text)) || actHeadline.test(toSimplified(text.trim()))) return 0;
    if (documentWord.test(probe(text))) return n + 1;
    // (stop 51, mends51; blind50a's yjs.hebei.gov.cn) or, as a dashed subtitle, an explanation of a named document — "抓住用好…机遇" /
    // "奋力开创…新局面" / "——2019年《河北省政府工作报告》解读": the explanation's name, the slogan over it (was: the slogan's first
    // line the title, its second a paragraph, the name a heading)
    if (subtitleStart.test(text) && /》(?:的)?(?:政策)?解读$/u.test(probe(text))) return n + 1;
    // A dated line ("每周一学（2023年3月13日-3月19日）") is a heading of its own, not a title's first part.
    if (findDate(text)) return 0;
  }
  return 0;
}

/**
 * An essay site's compilation under a topic heading: "关于福州市政府工作报告" — 关于 and a name with no 的 before it, no
 * document's own title (a title that opens with 关于 ends "…的报告") — and, below it, the same words with a piece's
 * number ("关于福州市政府工作报告篇1", "…篇一"): the site's heading and its item label, neither the report's title.
 * (A heading that is a document's name, "杭州市政協工作報告" over "…篇1", is the name the page gives the document.)
 * The indices of both.
 */
export function compilationHeads(head: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < head.length; k++) {
    const heading = joinSpaced(head[k]);
    if (heading.length < 4 || !/^(?:关于|關於)[^的]+$/u.test(heading)) continue;
    for (let j = k + 1; j < head.length; j++) {
      const rest = joinSpaced(head[j]);
      if (rest.startsWith(heading) && /^篇(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})$/u.test(rest.slice(heading.length))) out.add(k).add(j);
    }
  }
  return out;
}

/**
 * An occasion in brackets under the title: "（2022年1月6日在丰台区第十七届人民代表大会第一次会议上）", also with its
 * 上 left out ("( 2017年11月1日在第十二屆全國人民代表大會常務委員會第三十次會議)", a law database's copy), or the
 * meeting that reviewed the report as a disclosure page notes it ("(经区第十九届人大常委会第十二次会议审议)"): the
 * occasion as printed inside the brackets.
 */
export function bracketedOccasion(text: string): string | undefined {
  const delivered = /^[（(]\s*(.{6,}?上)\s*[）)]$/u.exec(text);
  if (delivered && /会|會/.test(delivered[1])) return delivered[1];
  const inner = /^[（(]\s*([^（）()]{6,}?)\s*[）)]$/u.exec(text)?.[1];
  if (!inner) return undefined;
  const s = toSimplified(inner);
  if (/会议$/u.test(s) && findDate(s)?.index === 0 && /在/u.test(s)) return inner;
  if (/^经[^，,。；]{4,40}会议审议$/u.test(s)) return inner;
  return undefined;
}

/**
 * (stop 45) Words saying a document, or what it publishes, was adopted: the line's last words 通过 / 批准 (审议通过, 表决通过),
 * in brackets or after a dash — "（2023年1月7日…会议通过）", "——2024年财政总决算于2024年7月30日县十七届人大常委会常务委员会第二十八次
 * 会议审议通过" (held-out round 46, 通道's accounts under the package's name). An adoption is no occasion: nothing was delivered
 * there (bracketedOccasion reads "经…会议审议", a report reviewed at a sitting; metadata.ts's dashed occasion skips these).
 */
export const adoptedWords = /(?:通过|通過|批准)\s*[)）]?$/u;

/**
 * The day of an adoption note (ISO), the document's own date (`written`): "（2023年1月7日…会议通过）", the day first in brackets
 * (stop 44, finish-metadata.ts), or a dashed line naming what was adopted and the day, "——X于2024年7月30日…会议审议通过" (stop 45).
 * (stop 56, blind: a mirror of tiandeng.gov.cn) Or the same note with its brackets left off, the day first and 通过 last, nothing
 * else: "2024年10月18日天等县第十七届人民代表大会常务委员会第二十四次会议通过" under "2023年天等县决算(草案)的报告" (was: no date, and an
 * occasion and a speaker asked). Read simplified.
 */
export function adoptionDay(text: string): string | undefined {
  const s = toSimplified(text.trim());
  const day = String.raw`([0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)`;
  const note = new RegExp(String.raw`^[（(]\s*${day}[^（）()]{2,60}?(?:会议|大会)(?:审议)?(?:通过|批准)\s*[）)]$|^(?:——|－－|--|—|―)\s*(?:[^（）()，,。；：:]{2,30}?于\s*)?${day}[^（）()，,。；：:]{2,60}?(?:会议|大会)(?:审议|表决)?(?:通过|批准)$|^${day}[^（）()，,。；：:]{2,60}?(?:会议|大会)(?:审议|表决)?(?:通过|批准)$`, 'u').exec(s);
  const words = note?.[1] ?? note?.[2] ?? note?.[3];
  return words ? findDate(words)?.iso : undefined;
}

/**
 * A part of a report named on its own line, unnumbered ("2015年工作回顾", "过去五年工作回顾", "2024年工作安排"): the
 * text's first heading when a page starts with it, never the title.
 */
export function isPartHeading(text: string): boolean {
  return /^(?:(?:19|20)[0-9]{2}年度?|过去的?(?:一年|五年)|今后(?:一年|五年)|今年|本届政府)?\p{Script=Han}{0,4}?(?:工作回顾|工作安排|工作任务|主要任务|目标任务)$/u.test(probe(text));
}

/**
 * (held-out round 47) A part's name alone on its line, as isPartHeading reads one, or a standing committee's "主要工作" ("主要工作",
 * "2024年主要工作", "过去一年的主要工作": its report's first part): never the title (山西's congress paper opening at "主要工作").
 * Not in isPartHeading itself: flattened.ts cuts glued text at that shape's shortest reading, and "主要工作任务…" goes on.
 */
export function isPartName(text: string): boolean {
  return isPartHeading(text) || /^(?:(?:19|20)[0-9]{2}年度?|过去的?一年|一年来|过去五年|本届)?的?主要工作$/u.test(probe(text));
}

/** A compilation's name, counting its pieces, maybe with the page ("乡2023年政府工作报告-10篇(第20/30页)"): the site's, no report's title. */
export function isCompilationName(text: string): boolean {
  return /[0-9一二三四五六七八九十]{1,3}篇(?:[0-9]+万字)?[）)]?\s*(?:[（(]第\s*[0-9]+\s*[\/／]\s*[0-9]+\s*页[）)])?$/u.test(probe(text)) && /[0-9一二三四五六七八九十]篇/u.test(probe(text));
}

/** The body starts at a salutation, a numbered heading or a sentence. */
export function isBody(text: string): boolean {
  // (a half-width ; after Chinese text ends a clause too: "“生态有为”的历史跨越;坚持…", as many pages print it; not !,
  // which ends many a headline: "干的漂亮!…")
  return /[。；！？]|[\p{Script=Han}”];/u.test(text) || headingDepth(text.replace(/^\(/, '（').replace(/^([（][^)）]+)\)/, '$1）')) !== undefined || /^(各位|主席)/.test(text) || text.length > 80 || wrappedClauses(text);
}

/**
 * (stop 52, blind: cqybzx.gov.cn, a journal's flipbook page whose text goes on from the page before) A hard-wrapped line of
 * running text: clauses a pause apart, the line ending on a pause mark, its sentence going on under it — "志、气象等工作取得了新进展,
 * 工会、妇女、儿童、" (it was removed with the line under it as the page's head, the report's words lost). No head line — a title,
 * an occasion, a name — ends on 、; one ends on a comma only as an addressee wrapped, "各乡镇人民政府，县政府各部门，", not read here.
 */
function wrappedClauses(text: string): boolean {
  return /\p{Script=Han}、$/u.test(text) && /[，,]/u.test(text) && text.length >= 12;
}

/** A line shaped like a title: 4 to 70 characters with Han in them, not ending in a clause's mark. */
export function isTitleShaped(text: string): boolean {
  const joined = joinSpaced(text);
  // (stop 41, blind: fjzhxww.com, "•  秀美政和 让你的生活慢下来" over the headline) a line behind a list's bullet is an item of
  // the site's lists (its slogan, a menu), never a title
  return joined.length >= 4 && joined.length <= 70 && !/[，,。；：:]$/.test(joined) && !bulletedLine.test(joined) && [...joined].some(isHan) && !datelineAlone.test(toSimplified(joined)) && !dayAlone.test(joined) && !severalSentences(joined) && !placeTag.test(joined) && !tableRow(joined);
}

/**
 * (stop 57, blind: yixing.gov.cn) A row of a table's cells, three cells or more with words in them between bars: "主题(一) | 其他 |
 * 主题(二) | 其他 | 体裁 | 其他 | |" (a disclosure table's row of labels and values under its other rows), never a title (it was the
 * page's title). Two stay a headline's ("中國經濟圓桌會|政府工作報告起草組成員:…", a column's name before it), and a title in its
 * table's cell with empty ones after it ("…草案的报告 | ||") a title.
 */
const tableRow = (text: string) => text.split(/[|｜]/u).filter((cell) => cell.trim() !== '').length >= 3;

/**
 * (stop 57, blind: pssjk.bnu.edu.cn) A place's name set between interpuncts, "·吉林省·": a yearbook's or a database's region tag over
 * the piece (a section of entries by province), never a title (it was the page's title, "吉林省·") — a place's name, its level's
 * word at its end, and the closing interpunct (a title never ends in one).
 */
const placeTag = /^[·•・]?\s*\p{Script=Han}{1,12}?(?:省|市|县|縣|区|區|州|旗|盟|地区|地區)\s*[·•・]$/u;

/**
 * (stop 50, mends50; blind49a's stufic.com) A lede of sentences, a clause in them: "2022年全国两会落下帷幕,过去五年中,哪些词频频写入
 * 政府工作报告?哪些新词和新提法引发社会关注?" — two questions (or more) and a comma, never a title (it was the page's title). A
 * headline of cries, "干的漂亮！天水市政府奮力拼搏五年，結果讓人大吃一驚！" (a clickbait mirror's, ingest corpus), stays one; so does
 * one question, "若比較連續兩年的…,會有哪些不一樣的發現?" (a headline may ask one).
 */
function severalSentences(text: string): boolean {
  const asks = text.match(/[？?]+(?=.)/gu)?.length ?? 0;
  return asks >= 1 && /[？?]$/u.test(text) && /[，,]/u.test(text);
}

/**
 * (stop 48, blind: zhengxie.bjdch.gov.cn) A day alone, month and day in figures, no year: "4月10日" — the first words of a story's
 * sentence its page broke after them ("4月10日" / ",体育馆路街道开展…活动。"), never a title (it was the page's title, the
 * sentence left opening with its comma). (stop 49, blind: www.o6s1.cn) The day with its time of day, "4月28日上午" over
 * "會議聽取了…" — the same sentence's first words (it was the title's first half).
 */
const dayAlone = /^[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日(?:\s*(?:上午|下午|中午|晚上|晚间|早上|凌晨|傍晚)(?:\s*[0-9]{1,2}\s*[时時点點](?:[0-9]{1,2}分)?)?)?$/u;

/** A news story's dateline opening a line: "新华社北京3月1日电", "本报讯", "本报16日讯", "人民网北京3月5日电", "中新社…电". */
export const datelineOpening = /^(?:本[报報](?:[0-9]{1,2}日)?[讯訊]|(?:新华社|新華社|中新社|\p{Script=Han}{2,6}[网網])\p{Script=Han}{0,6}[0-9]{1,2}月[0-9]{1,2}日[电電讯訊])/u;

/**
 * (stop 47, blind: jjckb.xinhuanet.com) A news story's dateline alone on its line, its text under it: "新华网北京3月16日电",
 * "中新社北京三月五日电", "本报北京3月11日讯" — the agency's or paper's, the city, the day and 电/讯; never a title (it was the
 * page's title, the story printing no headline).
 */
export const datelineAlone = /^(?:\p{Script=Han}{1,4}社|\p{Script=Han}{2,8}?(?:网|报|台)|本[报台网刊])\p{Script=Han}{0,8}?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯)$/u;

/** A list's bullet opening a line, and the space after it (an ideographic space too: \s holds U+3000). */
const BULLET = /^[•●▪◆■]\s*/u;
/** A line behind a list's bullet: an item of a list, never a title. */
export const bulletedLine = new RegExp(`${BULLET.source}(?=\\S)`, 'u');
/**
 * The line without its list bullet (stop 42: title-block.ts had its own copy of the bullet): a bullet alone on its line gives
 * '' — where a yearbook site prints the title block as a list ("  • 政府工作报告" / "  • ——2001年…会议上"), an empty item is
 * no line of the block — while `bulletedLine` wants an item behind the bullet.
 */
export const withoutBullet = (text: string): string => text.replace(BULLET, '');

/**
 * A document's adoption note in brackets, or either half of one split over two lines: "(2024年1月19日…会议通过)",
 * "(2026年1月23日昭通市第五届人民代表大会" / "第八次会议第四次全体会议通过)" — a resolution's, under its title; never a title.
 * (An occasion, "（2024年1月12日在…会议上）", has 在 after its day: bracketedOccasion reads it.)
 */
export const adoptionNote = /^[（(]\s*[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日(?!\s*在)[^（）()]*(?:[)）])?$|^[^（）()]*(?:通过|通過|批准)\s*[)）]$/u;

// The lines metadata.ts reads in a head as they stand: a 发文字号, a 版头, a subtitle or occasion, an organ, a site's name, the salutation, a stamp, a dated title, a session's name.
// (stop 53, blind: htgfsre.cn, www.sangco.com.cn) or in traditional characters, "滬府發〔2017〕92號", "東府〔2021〕54號"
// (stop 54, blind: yangxian.gov.cn) in the 公文's own brackets with its 号 lost, "洋政办发〔2025〕5" (the copy dropped the last span)
export const documentNumber = /^[\p{Script=Han}]{1,10}(?:[〔［\[]\s*[0-9]{4}\s*[〕］\]]\s*[0-9]+\s*[号號]?|[（(]\s*[0-9]{4}\s*[）)]\s*[0-9]+\s*[号號])$/u;
/**
 * (stop 55, mends: www.snxx.gov.cn "西政发〔20233", www.haose21.com "國辦公開辦函〔202130") A 发文字号 whose 〕 and 号 the copy lost:
 * the year's four figures run on into the number, nothing closing the bracket. Read where a number is read, and said (a
 * warning): the lost marks are never written back.
 */
export const garbledDocumentNumber = /^[\p{Script=Han}]{1,10}[〔［\[]\s*[0-9]{4}\s*[0-9]{1,4}\s*[号號]?$/u;
/** A 发文字号 as printed or with its 〕 and 号 lost (spaces already out). */
export const isDocumentNumber = (text: string): boolean => documentNumber.test(text) || garbledDocumentNumber.test(text);
/** (PDF dumps, round 2) A 公文's 版头, "丰都县人民政府文件" printed in red over its 发文字号: the issuing organ, no title. */
export const redHeader = /^(\p{Script=Han}{2,40}?)\s*文\s*件$/u;
/**
 * A subtitle's dash as pages print it: "——", full- or half-width hyphens, one dash, or (stop 48, a forum's copy,
 * sjzyihang.com: "──第十六屆人民代表大會第二次會議上") the box-drawing "──"/"━━" a mirror put in its place.
 */
export const subtitleStart = /^(——|－－|--|—|―|[─━]{1,2})/;
/** An occasion's words ("在…会议上", a day): a "——" line holding them is the occasion, not a document's name. */
export const occasionWords = /会议|會議|大会|大會|[0-9]{4}\s*年/u;
export const organisation = /(人民政府|政府|委员会|人大常委会|办公厅|办公室|人民代表大会)$/;
export const siteName = /(网|网站|站|门户|官网|平台|首页)$/;
/**
 * The page's head or chrome naming a writing-material site: its channel or tag (范文, 文库, 文秘), its editor's blurb
 * (小编, 公务员之家整理的…), its name (…总结范文网, 写写帮文库, 天天范文).
 */
export const writingSite = /范文|範文|文库|文庫|文秘|小编|小編|公务员之家|公務員之家|写写帮|寫寫幫/u;
/** A writing site's word after a document's name: …范文, …范文大全. */
export const essaySuffix = /(?:范文|範文)(?:大全)?$/u;
/** A page's name in the site's words: …范文, …范文大全, a collection's count (…15篇, (共6篇)), a paged copy's page after 范文 (…范文(2), held-out round 38). */
export const siteLabel = new RegExp(String.raw`${essaySuffix.source}|(?:范文|範文)[（(][0-9]{1,2}[）)]$|[0-9]{1,3}篇$|[（(]共[0-9]{1,3}篇[）)]$`, 'u');
/**
 * (held-out round 33) A writing site's blurb over the piece — a teaser, then "下面是网友为您整理分享的“…”相关范文阅读,供您参考!"
 * — that reads as text: a site's word, its gathering the piece, its offer to the reader. (A text's own "下面是区人大常委会整理的
 * 有关情况,供大家参考。" names no site.)
 */
// (stop 53, mends53; blind52b's juzijia.cn, a writing site's copy in traditional characters: "前言:本站為你精心整理了增強法治區政構建
// 意見范文,希望能為你的創作提供參考價值,…") the words read in simplified forms, and the offer as this site family words it — its
// hope to give the reader's writing a reference (提供参考价值)
export const isWritingBlurb = (text: string): boolean => {
  if (text.length > 300) return false;
  const simplified = toSimplified(text);
  return writingSite.test(simplified) && /整理|分享|收集|准备/u.test(simplified) && /供(?:大家|您|你)参考|欢迎(?:阅读|参考)|希望对|仅供参考|提供参考价值/u.test(simplified);
};
/** A document's name anywhere in a line ("…政府工作报告—全文", "…工作报告全文汇编"). */
export const namesDocument = /(报告|讲话|发言|公报|纲要|规划|决定|意见|通知|办法|方案|说明|总结|部署)/;
/** The salutation a report's text opens with. */
export const salutationLine = new RegExp(`^(?:${ADDRESSEES})`);
/** The salutation, or a standing committee's form of it: "主任、各位副主任、秘书长,各位委员:". */
export const greetingLine = new RegExp(`${salutationLine.source}|^主任[、，,][^。；]{0,30}?各位委员`);
/** A page's time stamp or source line ("2023-02-07| 来源:北辰遴选"): never the first line of a title. */
export const stamp = /(来源|來源|发布|發佈|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})/u;
/** A note's call at the end of a line: [1], 〔2〕, ③. */
export const noteCall = /(?:\[[0-9]{1,2}\]|〔[0-9]{1,2}〕|[①-⑳])$/u;
/** A document name with its date (and speaker) in brackets: "广东省政府工作报告(2023年1月12日 王伟中)". */
export const isDatedTitle = (text: string) => {
  const joined = joinSpaced(text);
  const bracket = /[（(]\s*([^（）()]{6,24})\s*[）)]$/.exec(joined);
  return bracket !== null && findDate(bracket[1]) !== undefined && documentWord.test(probe(joined.slice(0, bracket.index)));
};
/**
 * (round 29) A headline about a part of the report: its name, then a year or "中的", then what part — "儋州政府工作报告2022主要工作任务",
 * "政府工作报告中的民生实事" — a page's heading, no title (simplified text: probe()).
 */
export const aboutReport = /工作报告(?:(?:19|20)[0-9]{2}年?|中的|里的)\p{Script=Han}{2,12}$/u;

/** "以下是:2023年重慶市政府工作報告(全文)": an exam or news site's words introducing the text by its name, right over its title block. */
export const introducedName = /^(?:以下(?:是|为|為)|下面是)\s*[:：]\s*《?([^《》:：。，,]{4,40}?)》?\s*$/u;

/** A congress session's name alone: "梨树县第十八届人民代表大会第一次会议" (no 文件, no 上, no day). */
// (stop 45, blind: chrd.gov.cn) Its words before 第 are a place and a body, never a verb: "巢湖市散兵镇召开镇第十一届人民代表大会第五次会议" is a
// story's headline, the title of a news page.
export const sessionName = /^(?:(?!召开|举行|举办)\p{Script=Han}){2,20}?第[一二三四五六七八九十百零〇0-9]+届人民代表大会第[一二三四五六七八九十百零〇0-9]+次会议$/u;

/**
 * The session chair's words before the report a copy prints (what the chair said to open the sitting and call the
 * report): "…出席人数符合法定人数，现在开会。", "现在进行第一项议程：", "请最高人民法院院长周强同志作最高人民法院工作报告。",
 * "大会现在开幕". Read on the simplified probe.
 */
const chairWords = /现在开会|(?:大会|会议)现在开幕|第[一二三四五六七八九十]{1,3}项议程|(?:^|[。；：:，,])(?:下面|现在|首先)?[，,]?请\p{Script=Han}{2,40}?(?:作|做)\p{Script=Han}{0,30}?(?:报告|说明)[。！]?$/u;
/** The chair's name alone over those words ("张春贤"), or with the role ("全国人大常委会副委员长 张春贤"). */
const chairName = /^[\p{Script=Han}·]{2,5}$/u;

/**
 * How many lines from `k` are the session chair's, before the report (0 when none): the chair's name alone (or a
 * speaker line), then one or more lines of the chair's words, then — and only then — the speaker's line over the
 * salutation, or the salutation itself. A report quoting an agenda ("现在进行第一项议程" in its text) has no salutation
 * after it: nothing is the chair's. `texts` are the head's non-blank lines.
 */
export function chairLines(texts: readonly string[], k: number): number {
  let j = k;
  if (texts[j] !== undefined && (chairName.test(probe(texts[j])) || speakerOf(texts[j]) !== undefined) && texts[j + 1] !== undefined && chairWords.test(probe(texts[j + 1]))) j++;
  const from = j;
  // (The chair may greet the deputies too, "各位代表，今天的全体会议…现在开会。"; the report's own opening, 我代表…, is never his.)
  while (texts[j] !== undefined && j - from < 4 && chairWords.test(probe(texts[j])) && !/我(?:代表|受)/u.test(probe(texts[j]))) j++;
  if (j === from) return 0;
  const over = texts[j] !== undefined && speakerOf(texts[j]) !== undefined ? j + 1 : j;
  return texts[over] !== undefined && greetingLine.test(probe(texts[over])) ? j - k : 0;
}
