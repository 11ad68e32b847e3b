/**
 * A news page or a live transcript that carries a report: a headline, a lede
 * (and the chair's words) above the report's salutation, the speaker's label
 * glued before it. Called by metadata.ts once the head is read, when no title
 * block (occasion) was found.
 */
import { essaySuffix, siteLabel } from './head-lines.ts';
import { headingDepth } from './structure.ts';
import { toSimplified } from '../model/han-forms.ts';
import { ROLE_WORDS, speakerOf, speakerOfCaption } from './speaker.ts';
import { ADDRESSEES_OR_LEGISLATORS, ADDRESSEES_PRINTED } from './salutation.ts';
import { documentWord, joinSpaced, parseTitle, paywallLabel } from './document-title.ts';
import { findDate } from './dates.ts';
import type { RemovedLine, ReportMeta, SourceLine } from './types.ts';

/** A speaker's label before the salutation: "全國政協主席 俞正聲:", a transcript's "[最高人民法院院長 王勝俊]", "[溫家寶]:". */
const speakerLabel = new RegExp(String.raw`^(?:[\[［【]([^\]］】]{2,30})[\]］】]\s*[:：]?|([^:：\[\]［］【】]{2,30}?)[:：])\s*(?=${ADDRESSEES_PRINTED})`, 'u');
/** A transcript's tag that is a name alone: "[溫家寶]:". */
const bareName = /^[\p{Script=Han}·]{2,5}$/u;
/** A lede's verbs before the one it names: "聽取國務院總理溫家寶作…" → the role starts after 聽取. */
const ledeVerb = /^.*(?:听取|聽取|请|請|由|宣布|主持|出席|发布|發布|刊发|刊發|播发|播發)/u;
/** A news lede that dates the report: the day, the session, and who made the report ("…會議…聽取…溫家寶作政府工作報告"). */
const ledeDate = /^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日[^。]*?(?:人民代表大[会會]|人大)[^。]*?(?:会议|會議|全体会议|全體會議|开幕会|開幕會)[^。]*?[作做][^。，,；;]{0,30}?(?:报告|報告)/u;
const greeting = new RegExp(`^${ADDRESSEES_PRINTED}[^:：。，,]{0,10}[:：]`, 'u');
/** The report's opening sentence: "我代表…向大会报告工作", "我受…委托，向大会报告". */
const openingWords = /我(?:代表|受)[^。]{0,60}?向大[会會]/u;
/** "《政府工作报告》全文：": a news page's label over the text it carries. */
const fullTextLabel = /^《(.{2,40}?)》\s*全文\s*[:：]?$/u;
/** "以下是政府工作報告全文：", "以下为《…》全文：": a lede's last words, the label over the text. */
const followingLabel = /^(?:以下(?:是|为|為)|下面是)\s*《?([^《》]{2,40}?)》?\s*全文\s*[:：]?$/u;
/**
 * "以下是行政長官林鄭月娥今日(十月六日)上午向立法會發表《行政長官2021年施政報告》的發言全文:": a press release's lede
 * naming who gave the speech (before the day or place) and the document in 《》, the label over the text.
 */
const speechLabel = /^(?:以下(?:是|为|為)|下面是)([^《》。；]{0,60}?)《([^《》]{2,40})》\s*的?(?:发言|發言|讲话|講話|致辞|致辭)?全文\s*[:：]?$/u;
/** A news lede's last words handing over to the report it quotes: "…作政府工作报告。他说——", "在回顾2013年工作时,李强说——". */
const quoteIntro = /(?:说|說)\s*[—―]{1,2}\s*$/u;
/**
 * A news lede's last line handing over to the text it carries: "全國政協主席王滬寧代表政協第十四屆全國委員會常務委員會作工作報告："
 * (on the simplified probe). Who it names makes the report; the body it names is the title's: "…常務委員會工作報告".
 */
const handOver = /(?:代表([^。，,；;：:]{2,30}?))?(?<!工)[作做](?:了)?((?:政府)?工作)?(报告)\s*[:：]$/du;
/** The lede names the report being made: "…作政府工作报告", "…向大会作报告". */
const reportMade = /[作做][^。，,；;]{0,12}?(?:报告|報告)/u;
/** (held-out round 36) The lede lists the report's parts: "政府工作报告分三个部分:A、B、C。", "报告共分为四个部分:…". */
const partsListed = /(?:共?分为?|共?分為|包括)[^。；;:：]{0,6}?部分\s*[:：]([^。]*)/u;
/**
 * Who made it, as the lede names them, role and name before the verb — and the day, when the lede gives it there:
 * "浙江省省长吕祖善作…", "省长李强代表省人民政府向大会作…", "香港行政长官林郑月娥已于当地时间2018年10月10日宣读完其…施政报告".
 */
const ledeMaker = new RegExp(
  `(\\p{Script=Han}{0,12}?(?:代理|代)?${ROLE_WORDS}[\\p{Script=Han}·]{2,4}?)(?:已|今天|今日)?(?:[于於](?:当地时间|當地時間)?([0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日))?(?:代表[^。，,；;]{2,20}?)?(?:向大[会會])?(?:宣读完?|宣讀完?|发表|發表|(?<!工)[作做])[^。，,；;]{0,16}?(?:报告|報告)`,
  'u',
);

/** The speaker (and the day the report was made) a lede names, when one of `head` names them (ledeMaker). */
function readLede(head: readonly string[], meta: ReportMeta): void {
  for (const text of head) {
    const maker = ledeMaker.exec(toSimplified(text));
    // (the verbs before the one it names are the lede's: "3月13日發布總理李強…" → 總理李強)
    const speaker = maker ? speakerOf(text.slice(maker.index, maker.index + maker[1].length).replace(ledeVerb, '')) : undefined;
    if (!speaker) continue;
    meta.speaker ??= speaker;
    const day = maker![2] ? findDate(maker![2]) : undefined;
    if (day && !meta.date) Object.assign(meta, { date: day.iso, date_source: 'occasion' });
    return;
  }
}
/** The head's line the title was read from (moved to the front matter), if one was — `before` a line, when given. */
function titleLine(moved: readonly RemovedLine[], title: string | undefined, before = Infinity): RemovedLine | undefined {
  return title === undefined ? undefined : moved.find((m) => m.rule === 'metadata' && joinSpaced(m.text) === title && m.line < before);
}
/** Where the lede's "who" ends: the day, a place, a bracket, the verb. */
const ledeWhoEnd = /(?:今日|今天|昨日|昨天|日前|本月|[0-9一二三四五六七八九十]{1,3}月|[（(]|在|于|於|向|发表|發表|所作)/u;
/** A salutation the text may open with, a legislature's too ("立法會主席、各位議員、各位市民:"). */
const anySalutation = new RegExp(`^(?:[^。；，,]{0,12}[、，,])?${ADDRESSEES_OR_LEGISLATORS}`, 'u');
/** How far below the first line of text the salutation may stand (a news headline, lede and summary above it). */
const PREAMBLE_LINES = 12;

/**
 * A news page or a live transcript that carries a report: a lede (and the
 * chair's words) above the report's salutation, and the speaker's label glued
 * before it. When the salutation is followed by the report's opening words
 * ("我代表…向大会报告"), nothing above it is the report's (no heading stands
 * there): those lines are the page's head, a news headline is not the title,
 * "《…》全文：" names the report, and the label is the speaker.
 */
export function startAtSalutation(
  nonBlank: ReadonlyArray<{ l: SourceLine; i: number; text: string }>,
  lines: SourceLine[],
  used: Set<number>,
  meta: ReportMeta,
  moved: RemovedLine[],
  take: (k: number, rule: string) => void,
): void {
  const first = nonBlank.findIndex((x) => !used.has(x.i));
  if (first < 0) return;
  for (let s = first; s < Math.min(nonBlank.length, first + PREAMBLE_LINES); s++) {
    const text = nonBlank[s].text;
    const label = speakerLabel.exec(toSimplified(text));
    const rest = label ? text.slice(label[0].length) : text;
    // (A copy that opens at the report's first sentence, its salutation left out: "現在,我代表鎮人民政府向大會作工作報告,…";
    // not one under a salutation the greeting does not take, "各位代表" or "各位代表," and a translation: the text starts there.)
    const opens = s > first && openingStart.test(toSimplified(text)) && !nonBlank.slice(first, s).some((x) => anySalutation.test(toSimplified(x.text)));
    if (!greeting.test(toSimplified(rest)) && !opens) continue;
    // (Its opening words in the first or, after a welcome, the second paragraph: "金秋十月,…表示衷心感謝" / "今天,我代表…向大會作…";
    // without them, a label right over the salutation may still name the text: "《行政长官2018年施政报告》全文".)
    if (!openingWords.test(toSimplified(rest + (nonBlank[s + 1]?.text ?? '') + (nonBlank[s + 2]?.text ?? '')))) break;
    const tag = label ? text.slice(0, label[0].length).replace(/^[\[［【]|[\]］】]?\s*[:：]?\s*$/gu, '').trim() : '';
    // A transcript's tag with the name alone ("[溫家寶]:"): the role from the lede above ("…聽取國務院總理溫家寶作…"), else the name.
    const named = label?.[1] !== undefined && bareName.test(tag) ? roleFromLede(tag, nonBlank.slice(first, s).map((x) => x.text)) ?? tag : undefined;
    const speaker = label ? (speakerOf(tag) ?? named) : undefined;
    if (label && !speaker) return;
    // (A compilation's item label, "第一篇:镇政府年度工作报告", "1.… 篇一", is numbered like a part, and is no heading.)
    if (nonBlank.slice(first, s).some((x) => headingDepth(x.text) !== undefined && !itemLabel(x.text))) return;
    // The lede's day is the day the report was made when it says so (the session, who 作 the report): the occasion's date.
    if (!meta.date) {
      const lede = nonBlank.slice(first, s).map((x) => toSimplified(x.text)).find((t) => ledeDate.test(t) && (!speaker || t.includes(toSimplified(speaker.split(' ').pop()!))));
      const day = lede ? findDate(lede) : undefined;
      if (day && day.index === 0) Object.assign(meta, { date: day.iso, date_source: 'occasion' });
    }
    // The document's own head right over the salutation — its title, the speaker, the day in brackets — under a site's
    // name for the page that is not the document's ("政协新乐市…工作总结" over 武陵源's "…第一次会议" / "常务委员会工作报告" /
    // "区政协…常务副主席 卓乐知" / "(2007年12月11日)"): the title block the head did not find at the top.
    const block = s > first ? ownBlock(nonBlank.slice(first, s).map((x) => (used.has(x.i) ? undefined : x.text))) : undefined;
    if (block) {
      const page = titleLine(moved, meta.title);
      if (page) page.rule = 'page-head';
      Object.assign(meta, { title: block.title, speaker: block.speaker, date: block.date, date_source: 'title' });
      for (let k = s - block.lines; k < s; k++) take(k, 'metadata');
    }
    // The document's own name right over the salutation, under the site's names for the page (essaySiteTitle).
    const own = !block && s > first && !used.has(nonBlank[s - 1].i) ? ownName(nonBlank[s - 1].text, meta.title) : undefined;
    if (own !== undefined) {
      const page = titleLine(moved, meta.title);
      if (page && own !== meta.title) page.rule = 'page-head';
      meta.title = own;
      take(s - 1, 'metadata');
    }
    for (let k = first; k < s; k++) {
      // (A line the head already took — the title, a line of it — is reported once.)
      if (used.has(nonBlank[k].i)) continue;
      const named = fullTextLabel.exec(nonBlank[k].text);
      // The speaker's line right over the salutation, under a headline the head reader stopped at ("龚正市长在…的政府工作
      // 报告(2024年)" / "上海市市长 龚 正" / "各位代表:"): the speaker, not the page's head.
      const over = k === s - 1 && !meta.speaker && !speaker ? speakerOf(nonBlank[k].text) : undefined;
      if (named && !meta.title) {
        meta.title = named[1];
        take(k, 'metadata');
      } else if (k === s - 1 && meta.title && isOwnName(nonBlank[k].text, meta.title)) {
        // "镇政府2017工作报告" (an upload's name, a year put in) over "镇政府工作报告" glued before 各位代表: the document's own title.
        const upload = titleLine(moved, meta.title);
        if (upload) upload.rule = 'page-head';
        meta.title = joinSpaced(nonBlank[k].text);
        take(k, 'metadata');
      } else if (over) {
        meta.speaker = over;
        take(k, 'metadata');
      } else take(k, 'page-head');
    }
    // A name in the site's words ("县政府报告范文", "鎮長工作報告范文", "…15篇"): the site's label, no title the page prints.
    if (meta.title && siteLabel.test(toSimplified(joinSpaced(meta.title)))) {
      const label = titleLine(moved, meta.title);
      if (label) label.rule = 'page-head';
      delete meta.title;
    }
    // A headline over news prose names no document: it is the page's, not the report's title.
    if (s > first && meta.title && !documentWord.test(toSimplified(joinSpaced(meta.title)).replace(/[（(][^（）()]*[）)]$/, ''))) {
      const headline = titleLine(moved, meta.title);
      if (headline) headline.rule = 'page-head';
      delete meta.title;
    }
    // A news lede above the salutation naming who made the report ("《新華社》…發布總理李強代表國務院…所作的《政府工作報告》
    // 全文。"): the speaker, when nothing nearer named one.
    if (!speaker && s > first) readLede(nonBlank.slice(first, s).map((x) => x.text), meta);
    if (speaker) {
      meta.speaker ??= speaker;
      const line = lines[nonBlank[s].i];
      moved.push({ line: line.line, text: text.slice(0, label![0].length).trim(), rule: 'metadata' });
      const at = line.text.indexOf(rest);
      lines[nonBlank[s].i] = { ...line, text: rest, column: line.column + Math.max(0, at) };
      // The same tag (or the name alone) before each later paragraph of the transcript: the speaker's, not the text.
      if (label?.[1] !== undefined) untag(lines, nonBlank[s].i + 1, [tag, speaker.split(' ').pop()!], moved);
    }
    return;
  }
  startAtLabel(nonBlank, first, used, meta, moved, take);
}

/**
 * A news page that gives the text without its salutation: a lede, then
 * "以下是政府工作報告全文：" and the report from its first paragraph. The
 * lines above the label are the page's head; the label names the report.
 */
function startAtLabel(
  nonBlank: ReadonlyArray<{ l: SourceLine; i: number; text: string }>,
  first: number,
  used: Set<number>,
  meta: ReportMeta,
  moved: RemovedLine[],
  take: (k: number, rule: string) => void,
): void {
  for (let s = first; s < Math.min(nonBlank.length - 1, first + PREAMBLE_LINES); s++) {
    // A news portal's live piece of the report: a lede naming the report being made, its last words handing over to
    // the report's ("他说——"), a sentence of the report next. The lede is the page's; who it says made the report speaks.
    // (or its last line hands over with a colon, "…作工作報告：", the text next from its first heading or sentence)
    const handing = handOver.exec(toSimplified(nonBlank[s].text.trim()));
    const next = nonBlank[s + 1].text;
    if ((quoteIntro.test(nonBlank[s].text) && /[。！!；;]/u.test(next)) || (handing && (/[。！!；;]/u.test(next) || headingDepth(next) !== undefined))) {
      const head = nonBlank.slice(first, s + 1);
      if (!reportMade.test(toSimplified(head.map((x) => x.text).join(''))) || head.some((x) => headingDepth(x.text) !== undefined)) return;
      readLede(head.map((x) => x.text), meta);
      // The body it names, when the page named no document: "代表政協…常務委員會作工作報告" → "政協…常務委員會工作報告".
      if (handing?.[1] && !meta.title) {
        const text = nonBlank[s].text.trim();
        const named = parseTitle([1, 2, 3].map((g) => (handing.indices![g] ? text.slice(...handing.indices![g]!) : '')).join(''));
        meta.title = named.title;
        if (named.issuer) meta.issuer ??= named.issuer;
      }
      for (let k = first; k <= s; k++) if (!used.has(nonBlank[k].i)) take(k, 'page-head');
      return;
    }
    // (held-out round 36) A newspaper's abridged text under its story: a lede naming the report being made and listing its
    // parts ("周乃翔代表省人民政府向大會作政府工作報告。政府工作報告分三個部分:2025年及…工作回顧、…"), right over the first
    // part's heading. The headline and the lede are the page's; who the lede says made the report speaks.
    const parts = partsListed.exec(toSimplified(nonBlank[s].text));
    const depth = headingDepth(nonBlank[s + 1].text);
    if (parts && depth !== undefined && reportMade.test(toSimplified(nonBlank[s].text))) {
      const part = toSimplified(nonBlank[s + 1].text.trim().replace(/^[一二三四五六七八九十]+[、.．]\s*/u, ''));
      if (!part || !parts[1].trim().startsWith(part)) return;
      if (nonBlank.slice(first, s).some((x) => headingDepth(x.text) !== undefined)) return;
      if (meta.title && !documentWord.test(toSimplified(joinSpaced(meta.title)))) {
        const headline = titleLine(moved, meta.title);
        if (headline) headline.rule = 'page-head';
        delete meta.title;
      }
      const head = nonBlank.slice(first, s + 1).map((x) => x.text);
      readLede(head, meta);
      // (A lede giving the name alone, "周乃翔代表省人民政府向大會作…報告": the name, as a photo caption gives it.)
      meta.speaker ??= head.flatMap((t) => t.split(/(?<=[。！!])/u)).map((t) => speakerOfCaption(t, meta.title)).find((x) => x !== undefined);
      for (let k = first; k <= s; k++) if (!used.has(nonBlank[k].i)) take(k, 'page-head');
      return;
    }
    // A label right over the salutation naming the text: a press release's lede ("以下是行政長官林鄭月娥…發表《…》的發言全文:",
    // naming who gave it) or a news page's "《行政长官2018年施政报告》全文" (a legislature's salutation, no "我代表…向大会"
    // after it). The heading above (taken for the title) is the page's; the headline, buttons, lede and caption are.
    const label = fullTextLabel.exec(nonBlank[s].text.trim());
    const speech = label ? undefined : speechLabel.exec(nonBlank[s].text.trim());
    const document = label?.[1] ?? speech?.[2];
    if (document !== undefined && documentWord.test(toSimplified(document)) && anySalutation.test(toSimplified(nonBlank[s + 1].text))) {
      if (nonBlank.slice(first, s).some((x) => headingDepth(x.text) !== undefined)) return;
      const heading = titleLine(moved, meta.title, nonBlank[s].l.line);
      if (heading) heading.rule = 'page-head';
      if (heading || !meta.title) meta.title = document;
      // Who gave it: the one the release's lede names before the day, or the news lede's reader (and the day it was read).
      if (speech) {
        const who = speech[1].split(ledeWhoEnd)[0];
        const speaker = who ? speakerOf(who) : undefined;
        if (speaker) meta.speaker ??= speaker;
      } else readLede(nonBlank.slice(first, s).map((x) => x.text), meta);
      for (let k = first; k < s; k++) if (!used.has(nonBlank[k].i)) take(k, 'page-head');
      take(s, 'metadata');
      return;
    }
    const named = followingLabel.exec(nonBlank[s].text);
    if (!named || !documentWord.test(toSimplified(named[1]))) continue;
    // The text follows: a sentence, not a heading or another label.
    if (!/[。；]/.test(nonBlank[s + 1].text)) return;
    if (nonBlank.slice(first, s).some((x) => headingDepth(x.text) !== undefined)) return;
    for (let k = first; k < s; k++) if (!used.has(nonBlank[k].i)) take(k, 'page-head');
    meta.title ??= named[1];
    take(s, 'metadata');
    return;
  }
}

/** "溫家寶" and a lede "…聽取國務院總理溫家寶作政府工作報告…" → "國務院總理 溫家寶" (the role printed right before the name). */
function roleFromLede(name: string, head: readonly string[]): string | undefined {
  for (const text of head) {
    const at = text.indexOf(name);
    if (at < 0) continue;
    const before = /[\p{Script=Han}、]{2,30}$/u.exec(text.slice(0, at))?.[0];
    const role = before?.replace(ledeVerb, '');
    const speaker = role ? speakerOf(`${role}${name}`) : undefined;
    if (speaker) return speaker;
  }
  return undefined;
}

/** Removes a transcript's speaker tag ("[王勝俊]", "[溫家寶]:") from the start of the lines from `from` on, each reported. */
function untag(lines: SourceLine[], from: number, names: readonly string[], moved: RemovedLine[]): void {
  const wanted = new Set(names.map((n) => toSimplified(n.replace(/\s+/g, ''))));
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    const tag = /^\s*[\[［【]([^\]］】]{2,30})[\]］】]\s*[:：]?\s*/u.exec(line.text);
    if (!tag || !wanted.has(toSimplified(tag[1].replace(/\s+/g, '')))) continue;
    moved.push({ line: line.line, text: tag[0].trim(), rule: 'transcript-tag' });
    lines[i] = { ...line, text: line.text.slice(tag[0].length), column: line.column + tag[0].length };
  }
}

/** The document's name as a site's title gives it with a year put inside it: "镇政府工作报告" under "镇政府2017工作报告". */
function isOwnName(text: string, title: string): boolean {
  const own = joinSpaced(text);
  const stripped = joinSpaced(title).replace(/(?<=\p{Script=Han})[0-9]{4}年?度?(?=\p{Script=Han})/u, '');
  return stripped !== joinSpaced(title) && own === stripped && documentWord.test(toSimplified(own));
}

/** The report's opening sentence at a line's start, with no salutation before it. */
const openingStart = /^(?:现在[，,]\s*)?我(?:代表|受)[^。]{0,60}?向大[会會]/u;
/** A compilation's piece number: 1, 12, 一, 十二. */
const pieceNumber = String.raw`(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})`;
/** A site's own words in its name for a page: 范文, a collection's count, 全文 (not a document's). */
const siteWords = new RegExp(String.raw`(?:范文|範文|大全|精选|精選|合集|汇编|彙編)|${pieceNumber}篇$|全文$`, 'u');

/**
 * A compilation's item label: "篇1" (no name), "第一篇:镇政府年度工作报告", "第1篇 政府工作报告(5)工作总结",
 * "1.政协新乐市…工作总结 篇一", "关于福州市政府工作报告篇1". Undefined when the line is none; else the name it gives
 * the piece, if any (its number and the site's category after a document's name, "工作总结"/"范文", off).
 */
function itemLabel(text: string): { name?: string } | undefined {
  const line = joinSpaced(text);
  if (new RegExp(`^篇${pieceNumber}$`, 'u').test(line)) return {};
  const numbered = new RegExp(`^第${pieceNumber}篇\\s*[:：]?\\s*(\\S.{1,60})$`, 'u').exec(line) ?? new RegExp(`^(?:[0-9]{1,2}[.．、]\\s*)?(\\S.{1,60}?)\\s*篇${pieceNumber}$`, 'u').exec(line);
  if (!numbered) return undefined;
  const name = numbered[1].replace(/(?<=(?:报告|報告)(?:[（(][0-9]{1,2}[）)])?)(?:工作总结|工作總結|总结|總結|范文|範文)$/u, '');
  return { name };
}

/**
 * The document's own name printed right over the salutation on an essay or document site, under the site's names
 * for the page: the title — a bare name ("政府工作报告" under "道外区2009年政府工作报告" and its teaser; "县政府报告"
 * under "县政府报告范文"), or the name an item label gives its piece ("第1篇 政府工作报告(5)工作总结" under the
 * site's heading "政府工总结报告"). Only when the page's name for it (its site marks and paywall label, "VIP专享",
 * off) ends with it, or no line named the document (the page's first line read as its name names none: "电脑桌面");
 * never a line in the site's words ("县政府报告范文", "…篇1").
 */
function ownName(text: string, pageTitle: string | undefined): string | undefined {
  const item = itemLabel(text);
  if (item) {
    const name = item.name === undefined ? undefined : titleOf(item.name);
    // (The piece named as the heading names the page, "镇政府年度工作报告" over "第一篇:镇政府年度工作报告": the heading stays.)
    return name !== undefined && (pageTitle === undefined || toSimplified(name) !== toSimplified(pageTitle)) ? name : undefined;
  }
  const own = titleOf(text);
  if (own === undefined || siteWords.test(toSimplified(joinSpaced(text)))) return undefined;
  if (pageTitle === undefined) return own;
  const page = toSimplified(joinSpaced(pageTitle)).replace(/(?:[【\[［][^】\]］]*[】\]］]|[（(][^（）()]*[）)])+$/u, '').replace(essaySuffix, '').replace(paywallLabel, '');
  // (A page's name for itself that names no document — a site's "电脑桌面" box over "2026年横州市政府工作报告" — is no name of it.)
  return page.endsWith(toSimplified(own)) || !documentWord.test(page) ? own : undefined;
}

/** A session's name alone on its line, a title's first line: "政协武陵源区第四届委员会第一次会议". */
const sessionLine = /^\p{Script=Han}{4,24}第[一二三四五六七八九十]{1,3}次(?:会议|會議)$/u;

/**
 * A title block printed right over the salutation, its lines the last of `head` (undefined: a line the head took):
 * [a session's name,] the document's name, the speaker's role and name, the day alone in brackets — all three at least.
 */
function ownBlock(head: ReadonlyArray<string | undefined>): { title: string; speaker: string; date: string; lines: number } | undefined {
  const at = (back: number) => head[head.length - back];
  const day = at(1) === undefined ? undefined : /^[（(]\s*([^（）()]{6,20})\s*[）)]$/u.exec(joinSpaced(at(1)!));
  const date = day ? findDate(day[1]) : undefined;
  if (!date || date.length !== day![1].trim().length) return undefined;
  const speaker = at(2) === undefined ? undefined : speakerOf(at(2)!);
  const name = at(3) === undefined ? undefined : titleOf(at(3)!);
  if (!speaker || name === undefined || itemLabel(at(3)!) || siteWords.test(toSimplified(name))) return undefined;
  const session = at(4) !== undefined && sessionLine.test(toSimplified(joinSpaced(at(4)!))) ? joinSpaced(at(4)!) : undefined;
  return { title: (session ?? '') + name, speaker, date: date.iso, lines: session ? 4 : 3 };
}

/** A line that is a document's name alone: title-like, naming a document, short, no sentence or outline number. */
function titleOf(text: string): string | undefined {
  const name = joinSpaced(text).replace(/[（(]\s*[0-9]{1,2}\s*[）)]$/u, '').trim();
  if (name.length < 4 || name.length > 30 || /[，,。；：:！？]/.test(name) || headingDepth(name) !== undefined) return undefined;
  return documentWord.test(toSimplified(name)) ? name : undefined;
}
