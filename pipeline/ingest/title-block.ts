/**
 * The title block of a report: the occasion line (…年…月…日在…会议上), the
 * title above it and the speaker beside or below it, wherever a page puts
 * them — a subtitle with or without ——, split over two lines, the date alone
 * on a line, in brackets after the title, with the speaker's role and name
 * glued after it. Everything of the page's head above the block (site
 * names, aggregator headings and summaries) is page chrome. Found by its
 * anchor, the occasion; pages without one are read by metadata.ts alone.
 * Its parts: the occasion line (occasion.ts), the title (title-text.ts), what a page
 * prints between the two (title-furniture.ts).
 */
import { sourceRow } from './date-stamp.ts';
import { looseDate } from './dates.ts';
import { disclosureStart } from './disclosure.ts';
import { compact, joinSpaced, probe } from './document-title.ts';
import { withoutBullet } from './head-lines.ts';
import { dateOnlyRe, leadMarks, occasionAt, roleBeforeSalutation } from './occasion.ts';
import { roleOf, speakerOf, speakerPrefix } from './speaker.ts';
import { ADDRESSEES, ADDRESSEES_PRINTED, DEPUTIES_PLURAL, salutationStart } from './salutation.ts';
import { isAnnouncement, isButton, isLink, isStamp, numberBefore } from './title-furniture.ts';
import { bodyNameAlone, bodyOverBareName, isBodyOverTerm, namesBody, isTitleLike, isTitleStart, organisation, titleIn, undoubled, wholeTitle } from './title-text.ts';

/** A lost character's placeholder after a Chinese line's last word: " ?". */
const lostAtEnd = /(?<=[\p{Script=Han}）)])[\s\u3000]+[?？]{1,2}$/u;
/** (stop 54) One lost character's placeholder glued to a line ending in a document's name: "政府工作報告?". */
const lostAfterName = /(?<=^[\s\u3000]*\p{Script=Han}{0,20}(?:工作报告|工作報告|政府工作报告|政府工作報告))[?？]$/u;
/** A salutation alone on its line, also the older "代表们:" ("各位代表:", "各位委员、同志们:"). */
const greetingAlone = new RegExp(`^(?:${ADDRESSEES}|${DEPUTIES_PLURAL})[^。；，,：:]{0,12}[:：]$`, 'u');
/** The salutation anywhere in a line (a flattened one). */
const addressees = new RegExp(ADDRESSEES, 'u');
/** A name glued before the salutation: group 1. */
const nameBeforeSalutation = new RegExp(`^(\\p{Script=Han}{2,4}?)(?=${ADDRESSEES_PRINTED})`, 'u');
/** A numbered heading's opening ("一、", "（一）"): the report's text. */
const numberedHeading = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/u;
/** A news text's label before the report it quotes: "原文如下:", "全文如下：". */
const fullTextFollows = /(?:原文|全文)如下\s*[:：]?$/u;

const nameOnly = /^[\p{Script=Han}]{2,4}$/u;
/** A name and the report it delivered, the whole rest of the occasion's line: "许勤作政府工作报告", "李强作了《政府工作报告》". */
const nameDelivers = /^([\p{Script=Han}]{2,4}?)\s*(?:作|做)了?\s*《?\s*\p{Script=Han}{0,8}(?:报告|報告)\s*》?$/u;
/** Words a salutation may open with, no name: "尊敬的各位代表", "同志们、各位代表". */
const notAName = /的$|^(?:现在|同志|尊敬|亲爱|親愛|女士|先生|朋友|在座|我们|我們|今天)/u;
/**
 * A government, a space, a person's name (a minority name may be long): "镶黄旗人民政府 好毕斯哈拉图". (Stop 53, new user
 * round 33: fangxian.gov.cn) Or a government's department that reports for it, its head's name after it and no office
 * between — "房县发展和改革局 刘明德", "市财政局 张三", "区卫生健康委员会 李四" (a county's plan, budget or special report made by
 * the department on the government's behalf): the same byline, the department the issuer, as it is when it stands alone there. The name may be letter-spaced ("李 华").
 */
const governmentByline = /^(\S{2,20}?(?:人民政府|行政公署|行署|[^\s局]局|委员会|[^\s厅]厅))[\s\u3000]+([\p{Script=Han}·](?:[\s\u3000]?[\p{Script=Han}·]){1,7})$/u;
/** What names an office, not a person: "办公室", "财政局". */
const office = /(?:室|局|厅|部|委|会|处|办|所|中心|政府)$/u;
/** A draft's mark alone on a line under its title block: "(征求意见稿)" — part of the printed title. */
const draftMark = /^[（(]\s*((?:征求意见|讨论|送审|代拟|修改|审议|初)稿|草案)\s*[）)]$/u;
/** What may stand alone where the speaker would, as the report's author: a government, or a bureau ("南开区财政局"). */
// (stop 58, blind: hts.gov.cn) or a ministry or the audit office, "财政部" under the occasion of the central budget's report (was:
// the speaker, a name of three characters, and no issuer)
const author = /(人民政府|国务院|委员会|人大常委会|办公厅|办公室|行署|[^\s]局|[^\s]厅|[^\s]{2}部|审计署)$/;
/** A line with no Chinese in it: the English twin of a line of a bilingual edition. */
const englishOnly = (text: string) => !/\p{Script=Han}/u.test(text) && /[A-Za-z]{2}/.test(text);

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
  /** The rest of a news lede that gave the occasion ("中商情報網訊:<occasion>《…》,《報告》包括…"): the page's, not the body. */
  lede?: { index: number; text: string };
  /** A label naming the text right under the block ("《青海省政府工作報告》全文"): its name is the title when the block has none. */
  label?: number;
}

/**
 * A news item's dateline before the occasion on its line: "中商情報網訊:", "本报讯", "新华社北京3月5日电" — the line is the
 * news lede that reports the session, not the report's subtitle (held-out round 29).
 */
const newsDateline = /(?:讯|訊|电|電)\s*[:：]?$/u;
const datelineShape = /^[\p{Script=Han}0-9（）()]{2,24}(?:讯|訊|电|電)\s*[:：]?$/u;
/** A label naming the text that follows: "《青海省政府工作報告》全文", "《政府工作报告》全文如下：". */
export const fullTextLabel = /^《([^《》]{4,40})》\s*(?:全文|原文)(?:如下)?\s*[:：]?$/u;

/**
 * Finds the title block among the first lines of the page (`texts`: the
 * trimmed non-blank lines, in order). The head ends at the salutation
 * (各位代表：) when there is one near the top.
 */
export function findTitleBlock(lines: readonly string[], headLines = 40): TitleBlock | undefined {
  // "政府工作报告 ?", "荣县人民政府县长 郑小清 ?": a character the source lost, a "?" after a space at the end of the
  // line, is no part of the title block (the lines used still leave the body whole, as moved).
  // ("  • 政府工作报告" / "  • ——2001年…会议上": a yearbook site prints the block as a list; the bullet is no part of it.)
  // (stop 54, mends54; blind53a's essenceofearthcosmetics.com) or glued to a document's name, "政府工作報告?" (a title asks no
  // question of its document word): the name is the title — the line's message quotes it with its "?" (was: the title removed
  // as the page's head)
  const texts = lines.map((t) => withoutBullet(t.replace(lostAtEnd, '').replace(lostAfterName, '')));
  let end = Math.min(texts.length, headLines);
  const greeting = texts.slice(0, end).findIndex((t) => salutationStart.test(probe(t)));
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
    // (held-out round 41: a news app's posting time with no year, "03-25 08:04", alone on its line, is one too.)
    const furniture = between.some((t) => /[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}/.test(t) || /^[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}$/.test(t.trim()) || (day !== undefined && looseDate(t) === day));
    if (speaker && furniture && !between.some((t) => numberedHeading.test(t.trim()))) {
      block.speaker = speaker;
      block.used.push(greeted - 1);
      for (let i = last + 1; i < greeted - 1; i++) (block.chrome ??= []).push(i);
    }
  }
  // Its lines printed again after it, before the text starts (a portal's heading over its breadcrumb, then the
  // article's own title block), are furniture.
  // A label naming the text right under the block, no salutation between ("《青海省政府工作報告》全文" over "一、…").
  const after = Math.max(...block.used, ...(block.chrome ?? [])) + 1;
  if (after < texts.length && after !== greeting && fullTextLabel.test(probe(texts[after]))) block.label = after;
  const printed = new Set(block.used.map((i) => texts[i]));
  const greeted = greeting >= 0 ? greeting : Math.max(...block.used) + 1;
  for (let i = Math.max(...block.used) + 1; i < end && (i < greeted || printed.has(texts[i])); i++) if (printed.has(texts[i])) (block.chrome ??= []).push(i);
  return block;
}

/** A row of a portal's meta list (its bullet taken off or not): its source ("• 来源:市审计局"), or a bullet with a dash alone ("• -"). */
function isMetaRow(text: string): boolean {
  return (sourceRow.test(text.trim()) && !/[。；，]/u.test(text) && text.trim().length <= 40) || /^(?:[•·●▪]\s*)?[-—–]?$/u.test(text.trim());
}

/** A row of a disclosure table's pairs ("索引号:…  发布机构:…"), no sentence in it. */
function isDisclosureRow(text: string): boolean {
  return disclosureStart.test(probe(text)) && !/[。；]/u.test(text);
}

function readBlock(texts: readonly string[], k: number): TitleBlock {
  const match = occasionAt(texts, k)!;
  const used = [];
  for (let i = k; i <= match.last; i++) used.push(i);
  const block: TitleBlock = { start: k, used, occasion: joinSpaced(match.occasion.replace(/^\s+/, '')) };
  const date = match.date ?? looseDate(match.dateLine === undefined ? match.occasion : texts[match.dateLine]);
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
    // (held-out round 42) Or a row of the page's disclosure metadata ("体裁分类:政府工作报告  索引号:zfb/1772241758091", under a
    // posting row): the portal's, read as disclosure fields (metadata.ts), never the title.
    // (stop 41, blind: www.gz.gov.cn) Or the portal's meta list a row a line: "• 2026-01-04" / "• 来源:市审计局" / "• 分享到" / "• -".
    while (over2 > k - 9 && texts[over2] !== undefined && texts[over2 - 1] !== undefined && (isLink(texts[over2]) || isButton(texts[over2]) || isAnnouncement(texts[over2]) || isDisclosureRow(texts[over2]) || isMetaRow(texts[over2]) || (!isTitleLike(texts[over2]) && isStamp(texts[over2])))) over2--;
    // "2019年第43号(总第221号)郑州市关于…的报告": the announcement's number glued before the title is no part of it.
    const numbered = texts[over2] !== undefined ? numberBefore.exec(texts[over2].trim()) : null;
    const unnumbered = numbered ? texts[over2].trim().slice(numbered[0].length) : undefined;
    if (over2 < t && (isTitleLike(texts[over2]) || (unnumbered !== undefined && isTitleLike(unnumbered)))) {
      block.chrome = [];
      for (let c = t; c > over2; c--) block.chrome.push(c);
      t = over2;
    }
    let above = t === over2 && unnumbered !== undefined && isTitleLike(unnumbered) ? unnumbered : texts[t];
    // (stop 54, mends54; blind53a's 16fw.com) the title in a template's brackets, "【2011辽宁省政府工作报告】" over "——2011年1月21日在
    // 辽宁省第十一届人民代表大会第四次会议上": the name inside them is the title (was: removed as the page's head, no title)
    const bracketed = above !== undefined ? /^\s*[【〖]([^【】〖〗]+)[】〗]\s*$/u.exec(above)?.[1] : undefined;
    if (bracketed !== undefined && !isTitleLike(above!) && isTitleLike(bracketed)) above = bracketed;
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
        // (stop 48, blind: xianning.cjyun.org) "中国人民政治协商会议" / "咸宁市第五届委员会第二次会议" / "关于提案审查情况的报告": the body's
        // name alone over the committee's term and session that do not name it — one title over three lines (was: its first line a
        // paragraph, the title opening with "咸宁市第五届委员会")
        else if (top !== undefined && bodyNameAlone(top) && /[届屆]/u.test(upper) && !namesBody(upper)) {
          block.title = compact(top) + block.title;
          block.start = --t;
          used.push(t);
        }
      }
      // "北京市海淀区人民政府" above "政 府 工 作 报 告": the issuer, then the title.
      const issuer = texts[t - 1];
      // (PDF dumps, round 4) "中国人民政治协商会议" / "常宁市第十一届委员会常务委员会" / "工 作 报 告": a title that is the document
      // word alone (工作报告, 报告: it names no body) is the body's name over it, one title over two or three lines.
      const bodyName = bodyOverBareName(texts, t, block.title);
      if (bodyName) {
        block.title = bodyName.title;
        block.start = t - bodyName.lines;
        for (let i = t - bodyName.lines; i < t; i++) used.push(i);
      } else if (issuer !== undefined && organisation.test(probe(issuer)) && joinSpaced(issuer).length <= 30) {
        block.issuer = joinSpaced(issuer);
        block.start = t - 1;
        used.push(t - 1);
        // (stop 48) the body's name alone over the committee's line that does not name it ("中国人民政治协商会议" / "咸宁市第五届
        // 委员会常务委员会" / "关于提案工作情况的报告"): one name over two lines, the issuer's (was: the committee alone, the body's
        // name removed as the page's head)
        const body = texts[t - 2];
        if (body !== undefined && bodyNameAlone(body) && /[届屆]/u.test(issuer) && !namesBody(issuer)) {
          block.issuer = compact(body) + block.issuer;
          block.start = t - 2;
          used.push(t - 2);
        }
      }
    }
  }
  // The speaker: after the occasion on its line, else on the next line (role and name, or a name alone).
  let rest = match.suffix;
  // (stop 54, mends54; blind53a's xinjiapo.news) a flattened block whose speaker has the page's heading, printed above the block,
  // glued after the name: "…会议上 甘肃省省长 唐仁健2020年甘肃省《政府工作报告》" — the heading's copy is the page's, not the
  // speaker's nor the text's first words (was: no speaker, the line a paragraph)
  const heading = rest ? texts.slice(Math.max(0, k - 6), k).map((t) => t.trim()).find((t) => t.length >= 6 && rest!.endsWith(t) && rest!.length > t.length + 1) : undefined;
  if (rest && heading && speakerPrefix(rest.slice(0, -heading.length).trim())?.length === rest.slice(0, -heading.length).trim().length) rest = rest.slice(0, -heading.length).trim();
  if (rest) {
    const speaker = speakerPrefix(rest);
    // "…会议上许勤作政府工作报告" (a university's copy of Shenzhen 2013, align round 3): the name and what was delivered, no role.
    const delivered = speaker ? undefined : nameDelivers.exec(rest);
    if (speaker) {
      block.speaker = speaker.speaker;
      rest = rest.slice(speaker.length).trim();
    } else if (delivered && !notAName.test(delivered[1])) {
      block.speaker = delivered[1];
      rest = '';
    } else {
      // (stop 60, blind) the role alone glued before the salutation, its name left blank ("…会议上旗长各位代表:现在,…"): the
      // role as printed, as when it stands alone over the salutation (was: the whole line a paragraph, no occasion)
      const role = roleBeforeSalutation.exec(rest)?.[1];
      const printed = role !== undefined ? roleOf(role) : undefined;
      if (printed !== undefined) {
        block.speaker = printed;
        rest = rest.slice(role!.length).trim();
      }
    }
    if (rest) {
      if (newsDateline.test(match.prefix) && datelineShape.test(match.prefix)) block.lede = { index: match.last, text: rest };
      else block.rest = { index: match.last, text: rest };
    }
  } else {
    // On the next line, or the one after an English line (bilingual editions).
    // The block printed again right under it (a portal's article heading and subtitle over its 发布时间 row, then
    // the document's own title block): the copy is furniture, the speaker stands under it.
    const copies = new Set([block.title, block.occasion].filter((t) => t !== undefined).map((t) => probe(compact(t!))));
    for (let i = match.last + 1; i < Math.min(texts.length, match.last + 5); i++) {
      const next = texts[i];
      if (i === match.dateLine) continue;
      if (salutationStart.test(probe(next))) break;
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
      const spelled = governmentByline.exec(next.trim());
      const byline = spelled ? [spelled[0], spelled[1], spelled[2].replace(/[\s\u3000]+/gu, '')] : undefined;
      // (Not an office or a role, "省财政厅 厅长", nor a date in Chinese numerals, "二〇二四年".)
      if (byline && !office.test(byline[2]) && roleOf(byline[2]) === undefined && !byline[2].includes('〇')) {
        block.speaker = `${joinSpaced(byline[1])} ${byline[2]}`;
        block.issuer ??= joinSpaced(byline[1]);
        used.push(i);
        break;
      }
      // The role alone on a line, the name alone on the next ("代区长" / "刘庆").
      const roleAlone = roleOf(next);
      const named = texts[i + 1] !== undefined && !salutationStart.test(probe(texts[i + 1])) && nameOnly.test(joinSpaced(texts[i + 1])) ? joinSpaced(texts[i + 1]) : undefined;
      if (roleAlone && named) {
        block.speaker = `${roleAlone} ${named}`;
        used.push(i, i + 1);
        break;
      }
      // The role alone right over the salutation, the name left blank ("绍兴市柯桥区财政局局长    " / "各位代表:"): the role as printed.
      if (roleAlone && (texts[i + 1] === undefined || salutationStart.test(probe(texts[i + 1])))) {
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
