/**
 * The front matter written: the page's fields merged with the --meta file's (whose values win, each override said),
 * and the fields every report has (a missing one is a warning, said by index.ts).
 */
import type { VFile } from 'vfile';
import { toSimplified } from '../model/han-forms.ts';
import type { ReportMeta } from './types.ts';
import { clip, SOURCE } from './messages.ts';
import { adoptionDay } from './head-lines.ts';

/** Front-matter fields every report has; each one the page does not give is a warning. */
export const MISSABLE: ReadonlyArray<[keyof ReportMeta, string]> = [
  ['title', 'title'],
  ['issuer', 'issuer (…人民政府)'],
  ['date', 'date'],
  ['occasion', 'occasion (…年…月…日在…会议上)'],
  ['speaker', 'speaker (role and name)'],
];

/**
 * A title naming a written account of a year's work and its plan, filed, never delivered at a meeting ("…街道办事处2025年工作总结及
 * 2026年工作计划"); or a communiqué a bureau publishes ("巫溪县2024年国民经济和社会发展统计公报", "…环境状况公报": new user round 28
 * — a statistics bureau's communiqué was told it lacked an occasion and a speaker); or an annual report an office files and posts
 * ("…2023年度政府信息公开工作年度报告", "…工作年报": new user round 29 — every government body publishes one by 31 January, under
 * the disclosure regulations; no one delivers it). (stop 49, blind) Any 公报 or 公告
 * ("…审计结果公告"), a government's report on building law-based government filed with the Party committee and the congress's
 * standing committee ("嘉善县人民政府关于2022年度法治政府建设情况的报告", "…法治政府建设年度报告") and a disclosure of budgets or final
 * accounts ("双牌县2022年度政府决算公开"): published, none delivered by a speaker.
 */
// (stop 51, blind: bangbanw.com, m.changxiang.cc) an environment bureau's monitoring bulletin named by what it states, "2021年12月县
// (市)环境质量状况", "…全国环境空气质量状况" — published like a 公报 (a report on it delivered to a standing committee ends 的报告).
// (stop 52, blind: www.hhmz.gov.cn) a department's or unit's own budget or final-accounts book, "蒙自市林业和草原局2023年度部门决算",
// "…2024年单位预算" — posted under the budget-disclosure rules, like "…决算公开" (a report on the accounts to a sitting ends 的报告)
// (stop 53, blind: xxgk.yczf.gov.cn) and a government's own final-accounts or budget book, "阳城县2023年政府决算", "…财政预算", as a
// department's (stop 52).
// (stop 53, blind: www.sangco.com.cn, laobiganer.com) an opinion or a measure a government issues, "東莞市人民政府關于貫徹落實《…》的
// 實施意見", "…关于…的实施办法" — issued like its notice or decision, never delivered (was: occasion and speaker asked); and a
// written plan in its other common word, "镇2023年工作总结和2024年工作谋划", "…工作打算" (as 工作计划, 工作思路)
// (stop 54, blind: www.xjboz.gov.cn) and a department's account of its final accounts, "2018年度…电子政务办公室部门决算公开说明",
// "…预算情况说明": published with its tables, never delivered (was: occasion and speaker asked)
// (new user round 37, idiamond.net; held-out 48's www.qinyang.gov.cn) and an account of the suggestions or proposals handled, named so
// — "市六屆人大二次會議代表建議辦理總體情況", "关于市八届人大三次会议代表建议批评和意见的办理情况": posted under the disclosure column
// (建议提案办理), never delivered; "…办理情况的报告", read to a standing committee's sitting, is asked as before
// (stop 56, mends: czj.pds.gov.cn, stop 55's gap) and a committee's plan of its work over years, "…关于国有资产管理情况监督工作的五年规划
// (2023—2027)": adopted and published, never delivered (was: occasion and speaker asked)
const writtenAccount =
  /(?:工作总结|工作计划|工作安排|工作思路|工作要点|工作谋划|工作打算|公报|公告|年度报告|工作年报|环境(?:空气)?质量状况|法治政府建设(?:工作)?(?:情况)?的?报告|(?:预算|决算|预决算)公开|(?:预算|决算|预决算)(?:公开)?(?:情况)?说明|(?:部门|单位|政府|财政)(?:预算|决算|预决算)|关于[^。，；]{2,80}的(?:决议|决定|通知|意见|实施意见|办法|实施办法|实施细则|规定|方案|实施方案)|(?:建议|提案|议案)[^。，；]{0,40}?的?办理(?:工作)?(?:总体)?情况|关于[^。，；]{2,80}的(?:五年)?(?:工作)?规划(?:[（(][0-9]{4}\s*[—–－~至-]\s*[0-9]{4}\s*年?[）)])?)$/u;

/**
 * (new user round 32, jszx.gov.cn) A document whose text opens with its adoption note, "（2024年1月25日政协江苏省第十三届委员会第二次
 * 会议通过）" (a CPPCC proposals committee's report on its review of the session's proposals, a congress committee's review
 * report): adopted at the sitting, as the note says — not delivered there; no occasion and no speaker are missing (was: both
 * asked). The note dates the document (finish-metadata.ts) and stays text. A day alone in brackets adopts nothing.
 */
function adoptedOpening(opening: string): boolean {
  const first = opening.split('\n').map((l) => l.trim()).find((l) => l !== '');
  return first !== undefined && adoptionDay(first) !== undefined;
}

/**
 * (stop 50, mends50; blind49b's ynwd.gov.cn) A report addressed to the bodies it is filed with — its first line a salutation
 * naming them, "中共武定县委、县人民政府:", "市委、市政府：", "县人民政府：", and "现将…报告如下" in its opening — is submitted in
 * writing, not delivered at a sitting: no occasion and no speaker are missing (was: both asked). A salutation to people
 * ("各位代表：", "主任、各位副主任、秘书长、各位委员：") is a delivered report's, and one to the congress's standing committee a
 * report for its sitting.
 */
const BODY = String.raw`\p{Script=Han}{0,16}?(?:党委|党组|委员会|[市县区州旗省镇乡]?委|人民政府|政府|办事处|[局厅])`;
const addressedTo = new RegExp(String.raw`^(?:中共)?${BODY}(?:\s*[、，,和及]\s*(?:中共)?${BODY})*\s*[:：]$`, 'u');

function addressedUp(opening: string): boolean {
  const lines = opening.split('\n').map((l) => toSimplified(l.trim())).filter((l) => l !== '');
  // (not the congress's standing committee, "渠县人大常委会：…报告如下，请予审议": a report for deliberation at its sitting, where
  // it is delivered — held-out rounds 8 and 33)
  return lines.length > 0 && lines[0].length <= 40 && addressedTo.test(lines[0]) && !/人大|人民代表大会|常务委员会|常委会|政协/u.test(lines[0]) && /报告如下/u.test(lines.slice(1, 6).join(''));
}

/**
 * (stop 50, blind: tpsnm.com, luchovivas.com, jsxishan.gov.cn — three 街道 offices' disclosure annual reports, their titles lost) a
 * disclosure annual report's own opening, as the format the State Council's office set has every one begin: "…编制本报告。",
 * "本年度报告是根据《中华人民共和国政府信息公开条例》…编制", "现编制《北杜街道办事处2023年政府信息公开工作年度报告》"; or a
 * government's law-based government report's "现将…法治政府建设情况报告如下" — published, like its title would say. (A delivered
 * report's "现将…报告如下" names no such report.) Read in the text's first lines only.
 */
// (stop 53, blind: theturbokitty.com) or an opening citing the format the report follows, "…《国务院办公厅政府信息与政务公开办公室关于印发
// 〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔2021〕30号)等相关规定，现将我局2023年度政府公开信息工作情况
// 报告如下" — its words swapped, the format's name still there (a delivered report cites no disclosure report's format)
// (stop 55, blind: ahhyzk.com, a mirror of 伊宁县's 2014 disclosure report) the same sentence without its 本报告, "根据《中华人民共和国政府
// 信息公开条例》(以下简称《条例》)要求,由伊宁县人民政府办公室编制。" — the regulation named and who compiled it (was: occasion and speaker asked)
// (stop 55, mends55; blind54b's www.jxfc.gov.cn, a city's notice issuing a plan, its title lost) or a notice's own issuing sentence,
// "经市政府同意，现将《…工作方案》印发给你们" — issued, never delivered; not a notice issuing a report (the report under it may be
// one delivered at a sitting)
// (stop 59, blind: zgtc.gov.cn, a province's guideline on the law-based government report) or a normative document's own purpose
// clause, "为…，根据…和其他有关规定，制定本工作指引。" (制定本方案, 本办法, 本细则 …): made and issued, never delivered (was: occasion
// and speaker asked)
const writtenOpening =
  /[，,]\s*(?:特)?制定本(?:工作|实施)?(?:指引|办法|方案|细则|规定|规则|意见|规划|计划|制度|条例|准则|标准)[。；]|现将《[^》]{2,80}?(?<!报告)》(?:等[^。]{0,20}?)?印发给你们|(?:根据|依据|按照)《中华人民共和国政府信息公开条例》[^。]{0,120}?由[^。]{2,40}?编制|政府信息公开工作年度报告格式|国办公开办函\s*〔\s*2021\s*〕\s*30\s*号|编制本(?:年度)?报告|本(?:年度)?报告(?:是)?(?:由[^。]{2,40}?)?(?:根据|依据|按照)[^。]{0,240}?编制|编制《[^》]{2,60}(?:年度报告|工作年报)》|编制[^。《》]{0,40}?政府信息公开(?:工作)?(?:年度)?(?:报告|年报)|(?:现|特|予以|向社会)公布[^。]{0,40}?政府信息公开(?:工作)?(?:年度)?(?:报告|年报)|现将[^。]{0,60}(?:法治政府建设|政府信息公开)(?:工作)?(?:情况)?(?:年度)?报告如下/u;

/**
 * (stop 51, blind: zjwy.gov.cn, weishan.gov.cn, luozhuang.gov.cn, chengxiang.gov.cn, zhangwan.gov.cn, yngm.gov.cn — seven disclosure
 * annual reports of 乡 governments and county bureaus, their titles lost) the same opening in the other words the format's users
 * write it: "本报告由高楼乡人民政府按照…要求编制", "编制城厢区卫生健康局2023年度政府信息公开工作报告", "现公布我乡2023年政府信息公开
 * 工作年度报告", "向社会公布2022年…政府信息公开工作年度报告", "现将2023年区卫生健康局政府信息公开工作报告如下" (writtenOpening
 * above); or, with no such sentence, the format's own sections under its first heading: "(一)主动公开…" then "(二)依申请公开…",
 * the two the State Council office's format (国办公开办函〔2021〕30号) puts first in every one — no delivered report is laid out
 * so (was: an occasion and a speaker asked of each).
 */
/**
 * (stop 55, blind: 111.229.73.81, www.qdndz.gov.cn — two counties' 统计公报, their titles lost) a statistical bulletin's own first
 * section, "一、综合" alone on its line, its figures the region's product (生产总值): the bulletin every statistics bureau publishes
 * so — never a report delivered at a sitting (was: an occasion and a speaker asked).
 */
const statisticalSections = (opening: string) => /(?:^|\n)\s*一\s*[、.．]\s*综\s*合\s*(?:\n|$)/u.test(opening) && /生产总值/u.test(opening);

/**
 * (stop 56, mends: youyang.gov.cn, m.hqbet6098.com — stop 55's gaps, a statistics bureau's quarterly and half-year releases, no
 * title read) a release of a part of the year's economy: in its first three lines a quarter, a half or months of the year
 * ("一季度", "上半年", "前三季度", "1-9月") right before the region's product (生产总值) and its figure in 亿元 — what a statistics
 * release opens on; a report reviews the whole year, under its salutation (was: an occasion and a speaker asked).
 */
function periodRelease(opening: string): boolean {
  const head = opening.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, 3).join('\n');
  if (/(?:各位代表|各位委员|各位副主任)[^。\n]{0,12}[:：]/u.test(head)) return false;
  return /(?:[一二三四]季度|前三季度|上半年|[1１一][-－—~～至][0-9０-９一二三四五六七八九十]{1,2}月)[，,]?[^。\n]{0,16}?(?:地区)?生产总值[^。\n]{0,6}?[0-9.]+亿元/u.test(head);
}

/**
 * (stop 55, blind: www.wvyxus.live, a white paper of 国务院新闻办公室) a document its issuer publishes and never delivers: an
 * information office's (新闻办公室, the white papers' issuer) or a statistics bureau's (统计局, the bulletins') — no occasion and no
 * speaker are missing (was: both asked), unless the text opens on a sitting's salutation.
 */
function publishingIssuer(issuer: unknown, opening: string): boolean {
  if (typeof issuer !== 'string' || !/(?:新闻办公室|新闻办|统计局)$/u.test(toSimplified(issuer))) return false;
  return !/(?:各位代表|各位委员|各位副主任)[^。\n]{0,12}[:：]/u.test(opening);
}

/**
 * (new user round 37, idiamond.net — a mirror of a city's disclosure page "建议提案办理 / 总体情况", no title) A government's account
 * of the suggestions or proposals it handled, as it posts one under its disclosure column: in its first lines the number it was given
 * ("交由市政府系统办理的议案1件、代表建议93件", "交由市政府办理的提案共92件") and the results by class — "已经解决或基本解决…的
 * （A类）54件", "（甲类）", "（B类）33件" — with no salutation and no one delivering it ("我代表…", "受…委托"): published, never delivered
 * (was: an occasion and a speaker asked). The same account read to a standing committee's sitting opens on its salutation, "主任、
 * 各位副主任，各位委员：", or says who delivers it — asked as before.
 */
function suggestionsHandled(opening: string): boolean {
  const head = opening.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, 3).join('\n');
  if (/(?:各位代表|各位委员|各位副主任|主任)[^。\n]{0,12}[:：]|我代表|受[^。\n]{1,20}?委托/u.test(head)) return false;
  const given = /(?:议案|建议|提案)[^。；;\n]{0,8}?[0-9]+\s*件/u.test(head) && /办理|承办|办复/u.test(head);
  const classed = /(?:已经|已)?解决或基本解决[^。；;\n]{0,40}?[（(]\s*[A-DＡ-Ｄ甲乙丙丁]\s*类\s*[）)]\s*[0-9]+\s*件/u.test(head);
  return given && classed;
}

/**
 * (new user round 39, hsrdw.gov.cn) A people's congress committee's investigation report — titled "…的调查报告", "…调研报告",
 * "…视察报告", as a congress's site posts it under 调查报告 or 调研成果 — written by the team that went out, filed with the standing
 * committee before its hearing: with no salutation and no one delivering it in its first lines ("我代表…", "受…委托"), no occasion
 * and no speaker are missing (was: both asked). One read to the sitting, "主任、各位副主任、秘书长、各位委员：", is asked as before.
 */
function surveyReport(title: string, opening: string): boolean {
  if (!/(?:调查|调研|视察)报告$/u.test(title)) return false;
  const head = opening.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, 3).join('\n');
  return !/(?:各位代表|各位委员|各位副主任|主任)[^。\n]{0,12}[:：]|我代表|受[^。\n]{1,20}?委托/u.test(head);
}

const disclosureSections = (opening: string) =>
  /(?:^|\n)\s*[（(]一[）)]\s*(?:政府信息)?主动公开/u.test(opening) && /(?:^|\n)\s*[（(]二[）)]\s*(?:政府信息)?依申请公开/u.test(opening);

/**
 * The fields this report should have: MISSABLE, without an occasion and a speaker for a written account or a published
 * communiqué — its title says so (a resolution, a decision or a notice, "…关于…的决议", is adopted or issued, never delivered
 * either: stop 50, blind, xnsrd.gov.cn and yongchang.gov.cn) or, with no title found, the text's own opening does.
 */
/**
 * (stop 54, mends54; blind53b's wengzun.com, a writing site's copy of a town's annual summary, its title lost) A writing site's blurb
 * over the text naming what it gives, "下面是小编为大家整理的2023年乡镇年度工作总结,供大家参考。": the piece's name, read for its kind
 * where the page prints no title — a written account (工作总结, 工作计划 …) is filed, not delivered (was: occasion and speaker asked,
 * "现将…具体汇报如下" being a speech's words too).
 */
export function blurbNamesWritten(blurb: string): boolean {
  const name = /整理(?:了|出)?的(?:一篇|几篇|多篇)?(.{4,60}?)(?:范文|模板|全文|[（(]\s*[0-9]{1,3}\s*篇\s*[）)])?\s*[,，。]?\s*(?:供|希望|欢迎|仅供)/u.exec(toSimplified(blurb))?.[1];
  return name !== undefined && writtenAccount.test(name.trim());
}

/**
 * (stop 55, mends55; blind54b's lwstw.com, law629.infoeach.com, www.hnrmzy.com) A law or a regulation — its name, "中华人民共和国
 * 全国人民代表大会和地方各级人民代表大会代表法(第四章)", "福建省…暂行条例", "…实施细则", maybe a part or a revision in brackets
 * after it — is adopted and published, never delivered (was: occasion and speaker asked). With no title read, its text's own
 * articles say so: the text opens on a chapter or an article ("第一章 总则", "第二十条 …") and a second article follows within its
 * first lines — no report opens so.
 */
const lawName = /^\p{Script=Han}{2,40}?(?:法|条例|实施细则|细则|暂行规定|规定|暂行办法|办法|规则)(?:\s*[（(][^（）()]{1,20}[）)])?$/u;
const article = /^第[一二三四五六七八九十百零〇]{1,5}条[\s\u3000]/u;
function lawText(opening: string): boolean {
  const lines = opening.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, 12);
  const opensOnPart = lines.length > 0 && (article.test(lines[0]) || /^第[一二三四五六七八九十百零〇]{1,4}章[\s\u3000]*\p{Script=Han}{2,12}$/u.test(lines[0]));
  return opensOnPart && lines.filter((l) => article.test(l)).length >= 2;
}

export function missableFor(meta: Readonly<Record<string, unknown>>, opening = '', writtenBlurb = false): ReadonlyArray<[keyof ReportMeta, string]> {
  // (stop 53, blind: zztongyun.com) a communiqué's number in brackets after its name, "第七次全国人口普查公报（第二号）": the name's
  // kind is read before it (was: occasion and speaker asked)
  // (new user round 41) or printed after it without brackets, "阿坝州第七次全国人口普查公报第二号" (a 公报's or 公告's number only)
  const title = typeof meta.title === 'string' ? toSimplified(meta.title).replace(/\s*[（(]\s*第\s*[一二三四五六七八九十百0-9]{1,4}\s*[号號]\s*[）)]$/u, '').replace(/(公报|公告)第\s*[一二三四五六七八九十百0-9]{1,4}\s*号$/u, '$1') : '';
  // (stop 50, mends50: or addressed up to the bodies it is filed with, addressedUp above)
  const said = toSimplified(opening);
  const written = (title !== '' ? writtenAccount.test(title) || lawName.test(title) : writtenOpening.test(said) || disclosureSections(said) || statisticalSections(said) || periodRelease(said) || suggestionsHandled(said) || writtenBlurb) || addressedUp(opening) || adoptedOpening(opening) || publishingIssuer(meta.issuer, said) || lawText(said) || surveyReport(title, said);
  return written ? MISSABLE.filter(([field]) => field !== 'occasion' && field !== 'speaker') : MISSABLE;
}

/** The page's fields with the meta file's over them (a disclosure merged key by key); each override said, a scope or date the content model would refuse warned of. */
export function mergeMeta(found: ReportMeta, given: Record<string, unknown>, file: VFile): Record<string, unknown> {
  const out: Record<string, unknown> = { ...found };
  for (const [key, value] of Object.entries(given)) {
    if (key === 'disclosure' && value && typeof value === 'object' && found.disclosure) {
      out.disclosure = { ...found.disclosure, ...(value as Record<string, unknown>) };
      continue;
    }
    const had = out[key];
    if (had !== undefined && String(had) !== String(value)) {
      file.info(`Front matter \`${key}\` taken from the meta file (“${clip(String(value))}”) instead of the page (“${clip(String(had))}”)`, {
        place: { line: 1, column: 1 },
        ruleId: 'meta-override',
        source: SOURCE,
      });
    }
    out[key] = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  }
  // The content model reads these strictly; say so now rather than lose them silently later.
  if (out.scope !== undefined && out.scope !== 'full' && out.scope !== 'excerpt') {
    file.message(`Unexpected \`scope: ${String(out.scope)}\`, expected \`full\` or \`excerpt\``, { place: { line: 1, column: 1 }, ruleId: 'meta-value', source: SOURCE });
  }
  if (out.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(out.date))) {
    file.message(`Unexpected \`date: ${String(out.date)}\`, expected an ISO date (YYYY-MM-DD)`, { place: { line: 1, column: 1 }, ruleId: 'meta-value', source: SOURCE });
  }
  return out;
}

/** The fields that hold a value (neither undefined nor empty). */
export function definedOf(meta: ReportMeta): ReportMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== '')) as ReportMeta;
}
