/**
 * Front-matter metadata from the head of a report page: title (category
 * prefixes such as "(北京市)" removed, letter spacing joined), date,
 * occasion subtitle ("——2021年12月15日在…会议上", possibly over two lines),
 * speaker ("海淀区人民政府区长 王合生"), issuer, and the fields of a
 * government-information disclosure table (索引号, 文号, 生成日期 …).
 * Lines used here leave the body and are reported as moved. What a line of the head is:
 * head-lines.ts; what the head leaves unset, filled after it: finish-metadata.ts.
 */
import { bylineOf } from './byline.ts';
import { findDate } from './dates.ts';
import { toSimplified } from '../model/han-forms.ts';
import { headingDepth } from './structure.ts';
import type { IssuerNote } from './issuer.ts';
import type { TakenFromText } from './opening-fields.ts';
import { coverNoticeTitle, disclosureStart, isCoverNoticeLine, isIssuingSentence, normalizeDisclosure, readDisclosure, takeCoverNotice } from './disclosure.ts';
import { isNotesHeading } from './notes.ts';
import { findTitleBlock, fullTextLabel } from './title-block.ts';
import { bodyNameAlone, isSessionOverAct, namesBody, restartsName } from './title-text.ts';
import { isReporterAlone } from './boilerplate-rules.ts';
import { roleOf, speakerOf } from './speaker.ts';
import { findInfobox, readWikisourceHeader } from './infobox.ts';
import { startAtSalutation } from './preamble.ts';
import { compact, documentWord, joinSpaced, parseTitle, probe, sectionSuffix, titlePrefix } from './document-title.ts';
import { setDate } from './date-priority.ts';
import { actHeadline, headlineParts, isSessionHeadline } from './act-headline.ts';
import { ACT_LINE } from './boilerplate.ts';
import { finishMetadata } from './finish-metadata.ts';
import { isPartyTheme } from './party-congress.ts';
import { adoptedWords, adoptionDay, datelineAlone, datelineOpening, adoptionNote, aboutReport, bulletedLine, siteLabel, blankDate, bracketedOccasion, chairLines, compilationHeads, coverUnderYear, dateOnly, documentNumber, greetingLine, isDocumentNumber, introducedName, isBody, isCompilationName, isCongressFile, isDatedTitle, isDateOrSpeaker, isDayAlone, isPartName, isPortalPlace, isTitleShaped, isWritingBlurb, namesDocument, noteCall, occasionWords, organisation, redHeader, salutationLine, sessionName, siteName, speakerLine, stamp, subtitleStart, titleContinuation, writingSite } from './head-lines.ts';
import type { RemovedLine, ReportMeta, SourceLine } from './types.ts';

/**
 * (stop 58, blind: www.adgong.com) A writing site's tag after a headline, "滨城区2007年政府工作报告【完整版】": the headline still names
 * its document (was: joined to the report's own title under it, "…【完整版】政府工作报告").
 */
const withoutSiteTag = (title: string): string => title.replace(/\s*[【\[（(](?:完整版|全文|精选|精選|最新|原文|最新版|word版|Word版|PDF版|下载版)[】\]）)]\s*$/u, '');

/** A headline of two to four parallel phrases apart by spaces, four to eight Han characters each: "群策群力 奋力争先". */
const phraseHeadline = /^\p{Script=Han}{4,8}(?:[ \u3000]+\p{Script=Han}{4,8}){1,3}$/u;

/**
 * (stop 48) A phrase of a slogan printed alone on its line: four to twenty Han characters (or parallel phrases apart by spaces), no
 * document's, organisation's, site's or writing site's name, no session's opening or closing.
 */
function sloganPhrase(text: string): boolean {
  const joined = joinSpaced(text);
  return (/^\p{Script=Han}{4,20}$/u.test(joined) || phraseHeadline.test(text.trim())) && !documentWord.test(probe(text)) && !organisation.test(probe(text)) && !siteName.test(probe(text)) && !writingSite.test(probe(text)) && !/(?:开幕|闭幕)$/u.test(probe(text));
}

/** A site's headline opening with its column in 【】: "【年度大会】在…上的重要讲话", "【政府工作报告】2020年政府工作报告(…)". */
const columnHeadline = /^【[^】]{1,8}】\s*\S/u;

/** An occasion's tail at a cut page's top: a session's ordinal and 会议上, no 在 or date before it (held-out round 47). */
const occasionTail = /^[^，,。；：:在0-9０-９年]{0,30}?第[一二三四五六七八九十百]+次(?:全体)?(?:会议|會議)上(?=\p{Script=Han})/u;

export interface MetadataResult {
  meta: ReportMeta;
  /** Head lines that became front matter. */
  moved: RemovedLine[];
  /** The body: every line not moved. */
  body: SourceLine[];
  /** The issuer's place taken from the text's words, or the candidates when it named none unambiguously (issuer.ts). */
  issuerNotes?: IssuerNote[];
  /** Fields read from the text's first lines, the page printing none (opening-fields.ts): said where taken. */
  fromText?: FromText[];
  /** A lede over the text that names the report's day with no year: quoted by the missing date and occasion. */
  bodyLede?: { words: string; line: number };
  /** (stop 45) A news headline's kicker (引题) over the title, kept in the text; its deck (副题) after it, the subtitle (stop 46): each said. */
  headline?: HeadlineParts;
}

type HeadlinePart = { line: number; column: number; text: string };
export interface HeadlineParts {
  kicker?: HeadlinePart;
  deck?: HeadlinePart;
}

export type FromText = TakenFromText & { field: 'title' | 'speaker' };

/** A deck as the front matter holds it: its clauses apart by one ideographic space, as a printed headline sets them ("群策群力　奋力争先"). */
/** (stop 57) The session's acts in a row, their spaces lost: "王宪魁主持陆昊作政府工作报告杜宇新等出席" — two acts or more, each a name (2–4). */
const actChain = /^(?:[\p{Script=Han}·]{2,4}?(?:主持(?:大会|会议|开幕式)?|(?:向大会)?作[\p{Script=Han}]{2,20}?报告|等?出席(?:会议|大会)?|(?:发表)?讲话)){2,5}$/u;

/**
 * (stop 58) A deck naming who attended: names only (two to twelve of two to four characters, 、 or · between them or none), then 到会祝贺,
 * 到会, 等出席, 出席(会议|大会|开幕式), 列席会议 — no word of a headline (会, 的, 在, 报告, 政府) before the act.
 */
const attendanceAct = /^([\p{Script=Han}、·]{4,60}?)(?:等?到会祝贺|等?到会|等?出席(?:会议|大会|开幕式|闭幕式)?|等?列席(?:会议|大会)?)$/u;
const attendanceDeck = { test: (text: string) => { const m = attendanceAct.exec(text); return m !== null && !/会|的|在|报告|政府|代表|人民|工作|主持|讲话/u.test(m[1]); } };

function deckOf(text: string): string {
  return text.trim().replace(/\s+/gu, '\u3000');
}

/**
 * The title printed again with its dashed subtitle, the issuers and the day on one line (a flattened title block): the subtitle,
 * the issuers and the day, or undefined. The title's words must open the line (a note's call in brackets, "[1]", and the
 * brackets' widths aside); the subtitle is one word after the dash; the rest is a communiqué's byline (byline.ts).
 */
function restatedHead(title: string, text: string): { deck: string; issuer: string; date: string } | undefined {
  const plain = (s: string) => probe(s.replace(/\[[0-9]{1,2}\]/gu, '')).replace(/\s+/gu, '').replace(/（/gu, '(').replace(/）/gu, ')');
  const line = text.trim().replace(/\[[0-9]{1,2}\]/gu, '');
  const dash = /\s(——|－－|--|[─━]{2})/u.exec(line);
  if (!dash || plain(line.slice(0, dash.index)) !== plain(title)) return undefined;
  const after = /^(\S{2,30})\s+(.+)$/u.exec(line.slice(dash.index + dash[0].length).trim());
  if (!after || /[。；;，,！？!?：:]/u.test(after[1])) return undefined;
  const byline = bylineOf(after[2]);
  return byline?.issuer && byline.date ? { deck: after[1], issuer: byline.issuer, date: byline.date } : undefined;
}

/**
 * A year in a line ("…街道办事处2023年度政府", "二〇二三年"): an organ's name holds none — a line with one that ends in 政府 is
 * the upper half of a title broken inside a word ("…2023年度政府" / "信息公开工作年度报告": 政府信息公开, new user round 29),
 * not the issuer over the document's name.
 */
const yearIn = /(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年/u;

/**
 * A gazette's issue number in brackets closing a page's heading, "(2001年24号)", "（2019年第3号）", or the year alone a site's
 * heading adds, "中國人權事業的進展(1995年)": the site's or the gazette's, not the name's.
 */
const gazetteIssue = /\s*[（(](?:19|20)[0-9]{2}\s*年(?:\s*第?\s*[0-9]{1,3}\s*[号號])?[）)]$/u;

/** A fiscal year alone, a budget's cover line (simplified): "二○一○至一一财政年度", "2010-11财政年度", "2024至25年度". */
const fiscalYearLine = /^(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})\s*(?:至|-|－|—|\/)\s*(?:[0-9]{2,4}|[〇○零一二三四五六七八九]{2,4})\s*(?:财政)?年度$/u;

/** How far into the page the head may reach (non-blank lines). */
const HEAD_LINES = 30;
/** The end of a resolution's or decision's name cut off before its 的, alone on its line (simplified): "的决议(草案)". */
const actTail = /^的(?:决议|决定)(?:[（(]草案[)）])?$/u;
/**
 * A line of a session headline's deck under it (the persons' acts): clauses apart by spaces (act-headline.ts actHeadline), or
 * (stop 49, blind: www.haichengzx.com) one clause, its acts run together — "孙巨先出席大会周晓皙作人大常委会工作报告闻然作政府工作报告"
 * — read with the headline as one (headlineParts); never a clause of the session's own event ("…开幕 …闭幕": a second headline).
 */
/**
 * (stop 56, mends: cn.govopendata.com's 人民日报 of 1997-03-02, stop 55's gap) A headline telling the session's own event alone
 * ("八届全国人大五次会议在京开幕") is a title of its own: the decks under it ("会议开始时全体起立…默哀" / "乔石主持会议李鹏代表国务院
 * 作政府工作报告") are no lines of a name broken over lines, though the last names the report (was: the three run into one title).
 */
function sessionOpened(title: string): boolean {
  return isSessionHeadline(title) && !/\s/u.test(title.trim());
}
function deckLine(title: string, text: string): boolean {
  const line = toSimplified(text.trim());
  if (line.split(/\s+/u).some((c) => /(?:开幕|闭幕|召开|举行)$/u.test(c))) return false;
  return actHeadline.test(line) || headlineParts(`${title.trim()} ${text.trim()}`)?.main === title.trim();
}
export function extractMetadata(input: readonly SourceLine[]): MetadataResult {
  const original = [...input];
  const { lines, merged } = normalizeDisclosure(input, HEAD_LINES * 3);
  const meta: ReportMeta = {};
  const moved: RemovedLine[] = [];
  const used = new Set<number>(merged);
  // A value line merged into its label's line: the label's line reports both.
  for (const i of merged) moved.push({ line: original[i].line, text: original[i].text.trim(), rule: 'metadata' });
  const printed = lines.map((l, i) => ({ l, i, text: l.text.trim() })).filter((x) => x.text !== '');
  // A wiki's infobox near the top (after the summary it prints first): its name, issuer and date; its lines leave the page.
  const box = findInfobox(printed.slice(0, HEAD_LINES).map((x) => x.text));
  // (stop 60, mends60; mmtar.com, a wiki's page on the 兵团) each item says where its value went: a field read into the front
  // matter, or none (外文名, a 中文名 naming no document) — such an item is removed, said as removed (sayMoved), not as moved.
  const taken = new Set<string>();
  if (box?.title && documentWord.test(probe(box.title))) { Object.assign(meta, parseTitle(box.title), { date: undefined }); taken.add('title'); }
  if (box?.issuer) { meta.issuer = box.issuer; taken.add('issuer'); }
  if (box?.date && findDate(box.date)) { setDate(meta, findDate(box.date)?.iso, 'written'); taken.add('date'); }
  if (box?.occasion && /会议|大会/u.test(probe(box.occasion)) && meta.occasion === undefined) { meta.occasion = box.occasion.replace(/\s+/gu, ''); taken.add('occasion'); }
  if (box?.speaker && meta.speaker === undefined) { meta.speaker = speakerOf(box.speaker) ?? box.speaker.trim(); taken.add('speaker'); }
  for (const k of box?.used ?? []) {
    used.add(printed[k].i);
    const item = box!.items.find((x) => x.at === k);
    // (the first value of a field is the one read: a second 中文名 is not)
    const first = item?.field !== undefined && box!.items.find((x) => x.field === item.field) === item;
    const infobox = item === undefined ? { heading: true } : { field: first && taken.has(item.field!) ? item.field : undefined, value: item.value };
    moved.push({ line: printed[k].l.line, text: printed[k].text, rule: 'metadata', infobox });
  }
  // A Wikisource header line near the top: its issuer, speaker and date; the line leaves the page.
  for (const x of printed.slice(0, HEAD_LINES)) {
    const header = used.has(x.i) ? undefined : readWikisourceHeader(x.text);
    if (!header) continue;
    used.add(x.i);
    moved.push({ line: x.l.line, text: x.text, rule: 'metadata' });
    meta.issuer ??= header.issuer;
    if (header.speaker) meta.speaker ??= header.speaker;
    if (header.date) setDate(meta, findDate(header.date)?.iso, 'written');
    break;
  }
  const nonBlank = printed.filter((x) => !used.has(x.i));
  const take = (k: number, rule: string, notice?: boolean) => {
    // (a line the wrapped-bracket reading below took with the line over it is not said twice)
    const again = used.has(nonBlank[k].i) && moved.some((m) => m.line === nonBlank[k].l.line && m.text === nonBlank[k].text && m.rule === rule);
    used.add(nonBlank[k].i);
    if (!again) moved.push({ line: nonBlank[k].l.line, text: nonBlank[k].text, rule, ...(notice ? { notice } : {}) });
    // (stop 57, mends: jiubao.dongyingnews.cn, stop 56's gap) a bracket the line opens and leaves open, closed at the start of the
    // next line by a few words alone — "(一九九三年三月十二日东营市第三届人民代表大会第一次会议" / "通过)", a session line a copy
    // wrapped: the tail is the same note's, moved with it (was: "通过）" the text's first paragraph)
    const tail = nonBlank[k + 1];
    if (rule === 'metadata' && tail !== undefined && !used.has(tail.i) && /[（(][^）)]*$/u.test(nonBlank[k].text) && /^\s*[^（）()\s]{1,10}\s*[）)]\s*$/u.test(tail.text)) {
      used.add(tail.i);
      moved.push({ line: tail.l.line, text: tail.text, rule });
    }
  };
  /** (stop 52) Line k stands right under the title: the line before it was taken, and it is the title or the title's end. */
  const underTitle = (k: number) => {
    const before = probe(nonBlank[k - 1].text).replace(/[\s\u3000]+/gu, '');
    return used.has(nonBlank[k - 1].i) && before.length >= 4 && probe(meta.title ?? '').replace(/[\s\u3000]+/gu, '').endsWith(before.slice(-8));
  };
  /** (stop 52) The last line read as the issuers' byline (its index in nonBlank). */
  let bylineIssuerAt = -2;
  /** The head's non-blank lines' texts (nonBlank's entries are never changed: `lines` is). */
  const texts = nonBlank.map((x) => x.text);
  const block = findTitleBlock(texts);
  if (block) {
    // Above the block: disclosure fields are kept, the rest is the page's head (site, aggregator heading, summary).
    // A notice issuing the report whose title is above the page's top ("各乡镇人民政府…：" / "…现印发给你们…" /
    // "中宁县人民政府" / "2026年2月9日", no 关于印发…的通知 line: new user, round 22) leaves as the page's head does,
    // and is said as the notice's text.
    const issuedAbove = texts.slice(0, block.start).some(isIssuingSentence);
    for (let k = 0; k < block.start; k++) {
      const text = nonBlank[k].text;
      // (a line of text opening with a label's word, its "value" a sentence: the page's head, said with its words)
      if (disclosureStart.test(probe(text))) take(k, readDisclosure(joinSpaced(text), meta) > 0 ? 'page-head' : 'metadata');
      else if (!meta.cover_notice && coverNoticeTitle.test(probe(text))) {
        takeCoverNotice(text, meta);
        take(k, 'metadata');
      } else if (isCoverNoticeLine(text) && meta.cover_notice) take(k, 'cover-notice');
      else take(k, 'page-head', issuedAbove && !meta.cover_notice && isCoverNoticeLine(text));
    }
    for (const k of block.used) take(k, 'metadata');
    // (the portal's disclosure rows between the title and the occasion are read as its fields, held-out round 42)
    // (in the page's order: the fields as the table prints them)
    for (const k of [...(block.chrome ?? [])].sort((x, y) => x - y)) {
      if (disclosureStart.test(probe(nonBlank[k].text))) take(k, readDisclosure(joinSpaced(nonBlank[k].text), meta) > 0 ? 'page-head' : 'metadata');
      else take(k, 'page-head');
    }
    if (block.title) Object.assign(meta, parseTitle(block.title), { date: undefined });
    // No title in the block, the name introduced right over it ("以下是:…政府工作報告(全文)"): that name is the title.
    const introduced = !block.title && block.start > 0 ? introducedName.exec(nonBlank[block.start - 1].text) : null;
    if (introduced && documentWord.test(toSimplified(parseTitle(introduced[1]).title ?? ''))) {
      meta.title = parseTitle(introduced[1]).title;
      const label = moved.find((m) => m.line === nonBlank[block.start - 1].l.line);
      if (label) label.rule = 'metadata';
    }
    // (held-out round 48, www.fanwen112.com) No title in the block, the page's heading right over it naming the full text it carries,
    // in one wording or several the site set apart by bars ("2015年政府工作报告全文|2015年南京市鼓楼区政府工作报告全文"): the fullest
    // name is the title (the site's "…全文" says what document the page is; a heading naming none is left, stop 39's design).
    const headed = !meta.title && block.start > 0 ? fullTextNames(nonBlank[block.start - 1].text) : undefined;
    if (headed) {
      meta.title = headed;
      const label = moved.find((m) => m.line === nonBlank[block.start - 1].l.line);
      if (label) label.rule = 'metadata';
    }
    // (stop 56, mends: xietusu.cn, a 范文 page's 1995 national report, stop 55's gap) No title in the block, a writing site's item
    // label right over it naming the piece, "1995年政府工作報告篇1" (the site's heading and blurb above): the name without the label
    // is the title (was: none — the heading and the label both the site's heads, the title lost).
    const piece = !meta.title && block.start > 0 ? /^(\S.{3,40}?)\s*篇(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})$/u.exec(joinSpaced(nonBlank[block.start - 1].text)) : null;
    if (piece && documentWord.test(probe(piece[1])) && !siteLabel.test(probe(piece[1])) && !/[，,。；：:！？]/u.test(piece[1])) {
      meta.title = parseTitle(piece[1]).title;
      const label = moved.find((m) => m.line === nonBlank[block.start - 1].l.line);
      if (label) label.rule = 'metadata';
    }
    // (stop 56, blind: www.fzcangshan.gov.cn, xietusu.cn, jiubao.dongyingnews.cn) Still no title, the page's headline higher in its
    // head — a document's name alone on its line over the portal's source line and font bar ("2017年政府工作报告" / "来源:政府办
    // 发布时间:…" / "加大字体 缩小字体…" / "(2017年1月4日在…会议上)"), over a writing site's intro and its piece's count ("1995年政府工作
    // 報告篇1"), a resolution's name over its session line: the nearest such name is the title (was: removed as the page's head, the
    // page left with no title). A headline telling news of the report ("…代表作政府工作报告") or a sentence is no document's name.
    for (let k = block.start - 1; !meta.title && k >= 0; k--) {
      const label = moved.find((m) => m.line === nonBlank[k].l.line && m.text === nonBlank[k].text && m.rule === 'page-head');
      const name = label ? headlineName(nonBlank[k].text) : undefined;
      if (label && name) {
        meta.title = name;
        label.rule = 'metadata';
      }
    }
    if (block.issuer) meta.issuer = block.issuer;
    meta.occasion = block.occasion;
    setDate(meta, block.date, block.dateApart ? 'title' : 'occasion');
    if (block.speaker) meta.speaker = block.speaker;
    if (block.rest) {
      // A flattened page: what followed the block on its line is the body's start.
      const k = block.rest.index;
      used.delete(nonBlank[k].i);
      // Only the line's start moved ("黎作凤" of "黎作凤各位委员、同志们:"): the message quotes that, not the text kept.
      const entry = moved.find((m) => m.line === nonBlank[k].l.line && m.text === nonBlank[k].text);
      const at = nonBlank[k].text.lastIndexOf(block.rest.text);
      if (entry && at > 0) entry.text = nonBlank[k].text.slice(0, at).trim();
      const line = lines[nonBlank[k].i];
      lines[nonBlank[k].i] = { ...line, text: block.rest.text, column: line.column + Math.max(0, line.text.lastIndexOf(block.rest.text)) };
    }
    if (block.lede) {
      // A news lede's occasion: the rest of its line is the news item's, reported as the page's head.
      const k = block.lede.index;
      const entry = moved.find((m) => m.line === nonBlank[k].l.line && m.text === nonBlank[k].text);
      const at = nonBlank[k].text.lastIndexOf(block.lede.text);
      if (entry && at > 0) entry.text = nonBlank[k].text.slice(0, at).trim();
      moved.push({ line: nonBlank[k].l.line, text: block.lede.text, rule: 'page-head' });
    }
    if (block.label !== undefined) {
      const name = fullTextLabel.exec(probe(nonBlank[block.label].text))?.[1];
      const titled = !meta.title && name !== undefined && documentWord.test(name);
      if (titled) meta.title = parseTitle(fullTextLabel.exec(nonBlank[block.label].text.trim())?.[1] ?? name).title;
      take(block.label, titled ? 'metadata' : 'page-head');
    }
    return finishMetadata(meta, moved, lines, used);
  }

  // A site name ("海淀区人民政府网") can look like a title; a line naming a
  // document (…工作报告) is preferred when the head has one.
  // A cover notice (…关于印发…的通知, its addressee, 现将…, signature) comes before the report's own title.
  let titleAt = -1;
  let noticeAt = -1;
  /** A compilation's name with its count at k, right over a piece's name (a document's, no count). */
  const compilationOverPiece = (k: number) => {
    const next = nonBlank[k + 1]?.text;
    return next !== undefined && isTitleShaped(nonBlank[k].text) && isCompilationName(nonBlank[k].text) && isTitleShaped(next) && !isCompilationName(next) && documentWord.test(probe(next));
  };
  /** A document number alone at k, a title-shaped line right under it. */
  const numberOverTitle = (k: number) => k + 1 < nonBlank.length && isDocumentNumber(nonBlank[k].text.replace(/\s+/g, '')) && isTitleShaped(nonBlank[k + 1].text);
  /**
   * (stop 56, blind: ixbang.com, a copy of 青海's 青政办〔2023〕28号 whose name the copy lost) A document number alone over the
   * notice's addressees, "青政办〔2023〕28号" / "各市、自治州人民政府,省政府各委、办、厅、局:": its 文号, never the title (it was the title).
   */
  const numberOverAddressee = (k: number) => k + 1 < nonBlank.length && isDocumentNumber(nonBlank[k].text.replace(/\s+/g, '')) && /^各[^。；;]{1,80}[：:]$/u.test(probe(nonBlank[k + 1].text).trim());
  /** A 版头 at k: "…文件" right over the 发文字号. */
  const redHeadAt = (k: number) => k + 1 < nonBlank.length && redHeader.test(probe(nonBlank[k].text)) && isDocumentNumber(nonBlank[k + 1].text.replace(/\s+/g, ''));
  /**
   * (stop 49, blind: www.69525.cn) A resolution's name under the session's line, cut before its 的: "關于《金雞鎮政府工作報告》" /
   * "的決議(草案)" — the lines after k that make the act's name, and that name (the one line alone when nothing goes on it).
   */
  // The decks under a session's headline at k: how many lines (one to four) before a line opening with the story's dateline, each
  // a deck — no sentence's stop, a line's length at most — or 0.
  const decksOverDateline = (k: number): number => {
    for (let n = 1; n <= 4 && k + n + 1 < nonBlank.length; n++) {
      const deck = nonBlank[k + n].text;
      if (used.has(nonBlank[k + n].i) || deck.length > 100 || /[。！？!?；;]/u.test(deck) || datelineOpening.test(deck)) return 0;
      if (datelineOpening.test(nonBlank[k + n + 1].text)) return n;
    }
    return 0;
  };
  const actAfter = (k: number): { text: string; lines: number } | undefined => {
    const first = nonBlank[k + 1]?.text;
    if (first === undefined) return undefined;
    const second = nonBlank[k + 2]?.text;
    return second !== undefined && /^关于/u.test(probe(compact(first))) && actTail.test(probe(compact(second))) ? { text: compact(first) + compact(second), lines: 2 } : { text: first, lines: 1 };
  };
  // (stop 54, blind: jxxfw.com, a journal index's abstract of a 1952 report) or the salutation opening with the chair, "主席、各位代表:"
  // (stop 60, blind: www.ppdoc.com, a journal index's excerpt of 1996's final accounts report) or a standing committee's, opening with
  // its chairman, "委员长、各位副委员长、秘书长、各位委员:" (the index's "论文部分内容阅读" was the title). Not a local one's "主任、各位
  // 副主任、…": its reports are named 汇报, no document word, and their title lines must stay (held-out round 48)
  const greeted = nonBlank
    .slice(0, HEAD_LINES)
    .some((x) => salutationLine.test(probe(x.text)) || /^主席[、，,]\s*各位(?:代表|委员)/u.test(probe(x.text)) || /^委员长[、，,]\s*各位副委员长[、，,][^。：:]{0,12}?各位委员\s*[:：]/u.test(probe(x.text)));
  const pieces = compilationHeads(nonBlank.slice(0, HEAD_LINES).map((x) => x.text));
  for (let k = 0; k < Math.min(nonBlank.length, HEAD_LINES); k++) {
    if (pieces.has(k) || (pieces.size > 0 && /小编/.test(nonBlank[k].text))) continue;
    if (disclosureStart.test(probe(nonBlank[k].text))) continue;
    if (isCongressFile(nonBlank[k].text)) continue;
    if (redHeadAt(k) || (k > 0 && redHeadAt(k - 1))) continue;
    // (stop 53, blind: htgfsre.cn, www.sangco.com.cn) a 公文's number alone over its name, no 版头 above it — "滬府發〔2017〕92號" /
    // "上海市人民政府印發《…》的通知", "東府〔2021〕54號" / "東莞市人民政府關于…的實施意見": the number is the document's 文号, read
    // below; the title starts under it (was: the number the title's first line, glued to the name)
    if (numberOverTitle(k)) continue;
    // (the session's line over its resolution's name, the name over two lines: the title starts at the session, stop 49)
    const act = actAfter(k);
    if (act && act.lines === 2 && isSessionOverAct(nonBlank[k].text, act.text)) {
      titleAt = k;
      break;
    }
    if (noticeAt === -1 && coverNoticeTitle.test(probe(nonBlank[k].text))) {
      noticeAt = k;
      continue;
    }
    const inNotice = noticeAt !== -1;
    if (inNotice && isCoverNoticeLine(nonBlank[k].text)) continue;
    // (held-out round 33: a writing site's blurb over the document's own title is no start of the text.)
    if ((isBody(nonBlank[k].text) && !isWritingBlurb(nonBlank[k].text)) || isNotesHeading(nonBlank[k].text)) break;
    if (compilationOverPiece(k)) continue;
    // (stop 54, mends54; blind53a's wsb.ln.gov.cn) or its outline or abstract, the word unbracketed: "辽宁省政府工作报告梗概"
    if (isTitleShaped(nonBlank[k].text) && documentWord.test(probe(nonBlank[k].text).replace(/[（(][^（）()]*[）)]$/, '').replace(sectionSuffix, '').replace(/(?<=报告)(?:梗概|摘要|摘登)$/u, ''))) {
      titleAt = k;
      break;
    }
    // A title over three or four lines starts at its first ("国务院关于在海南…" / "暂时调整实施《…" / "…的决定").
    if (isTitleShaped(nonBlank[k].text) && !siteName.test(probe(nonBlank[k].text)) && titleContinuation(nonBlank.slice(k + 1, k + 4).map((x) => x.text)) > 1) {
      titleAt = k;
      break;
    }
  }
  // A notice with no report title after it is the document itself.
  if (titleAt === -1) titleAt = noticeAt;
  // An aggregator's headings above the report's own title block: the title is the last document name
  // before the body that stands right over a date or speaker line ("XX镇政府工作报告" / "2014年 月 日" / "镇长 XX").
  let headAt = titleAt;
  if (titleAt !== -1) {
    for (let k = titleAt + 1; k + 1 < Math.min(nonBlank.length, HEAD_LINES); k++) {
      const text = nonBlank[k].text;
      if (isBody(text)) break;
      // A news column's heading that carries the report's date (and speaker) in brackets is the report's own title.
      if (isTitleShaped(text) && ((documentWord.test(probe(text)) && isDateOrSpeaker(nonBlank[k + 1].text)) || isDatedTitle(text))) titleAt = k;
    }
  }

  /** A compilation's name was read at the head: a line under it names a document, or it is no title. */
  let compiled = false;
  /** A news headline's kicker over the title and deck under it, kept in the text (said by index.ts). */
  const headline: HeadlineParts = {};
  /** The kicker's last line read (its index in nonBlank): a kicker over lines is one. */
  let kickerLast = -1;
  for (let k = 0; k < Math.min(nonBlank.length, HEAD_LINES); k++) {
    const text = nonBlank[k].text;
    const labelled = joinSpaced(text);
    // (stop 54, blind: enerteksolarenergy.com) An agency's dateline alone between the headline and the headline printed again, "(兩會受權
    // 發布)…的決議" / "新華社北京3月11日電" / "…的決議" / "(2022年3月11日…通過)": the page's head, and the copy under it is read as the
    // title's (below), the lines under the copy as its title block's (was: the dateline a paragraph that ended the head, the adoption
    // note under the copy unread, no date)
    const copyUnder = nonBlank[k + 1]?.text;
    if (meta.title && datelineAlone.test(toSimplified(text.trim())) && copyUnder !== undefined && isTitleShaped(copyUnder) && probe(joinSpaced(copyUnder)).replace(noteCall, '') === probe(meta.title)) {
      take(k, 'page-head');
      continue;
    }
    // (and a site editor's blurb over the pieces — "下面学习啦小编给大家分享几篇…,一起看一下吧!" — is no title either)
    if (pieces.has(k) || (pieces.size > 0 && !meta.title && /小编/.test(text))) {
      take(k, 'page-head');
      continue;
    }
    if (redHeadAt(k)) {
      meta.issuer ??= redHeader.exec(probe(text))![1];
      take(k, 'metadata');
      continue;
    }
    // (stop 53, blind: www.wzrd.gov.cn) an office's name alone opening the page, the report's salutation right under it (a line
    // between at most) — "温州市中级人民法院" / "(" / "主任、副主任、秘书长、各位委员:": who reports, no title (was: the title)
    const reporter = !meta.title && !meta.issuer && k <= 1 && !documentWord.test(probe(text)) ? bylineOf(text) : undefined;
    if (reporter?.issuer && reporter.date === undefined && nonBlank.slice(k + 1, k + 3).some((x) => /^[^。，,]{0,30}?各位(?:代表|委员)[^。]{0,12}[:：]\s*$/u.test(probe(x.text)))) {
      meta.issuer = reporter.issuer;
      take(k, 'metadata');
      continue;
    }
    // (stop 53, blind: htgfsre.cn) the document's number alone over its name: its 文号, not the name's first line
    if (!meta.title && ((titleAt > k && numberOverTitle(k)) || numberOverAddressee(k))) {
      meta.disclosure ??= {};
      const number = text.replace(/\s+/g, '');
      if (meta.disclosure['发文字号'] !== number) meta.disclosure['文号'] ??= number;
      take(k, documentNumber.test(number) ? 'metadata' : 'garbled-number');
      continue;
    }
    if (disclosureStart.test(probe(text))) {
      take(k, readDisclosure(labelled, meta) > 0 ? 'page-head' : 'metadata');
      continue;
    }
    if (!meta.cover_notice && coverNoticeTitle.test(probe(text)) && titleAt !== k) {
      takeCoverNotice(text, meta);
      take(k, 'metadata');
      continue;
    }
    if (meta.cover_notice && !meta.title && isCoverNoticeLine(text)) {
      take(k, 'cover-notice');
      continue;
    }
    // The body starts here; a notes section's heading (《政府工作报告》名词解释) is not the report's title.
    // (A note in brackets under the title may end its sentence inside them: "(摘自…作的工作報告。)" is no body text.)
    const bracketedNote = /^[（(][^（）()]*[）)]$/u.test(text) && meta.title !== undefined && !meta.occasion && bylineOf(text) !== undefined;
    // (held-out round 33) A writing site's blurb above the document's own title: the site's, not the text's start.
    // (stop 41, blind: alatiku.com, the blurb between the site's heading and the title printed again; m.zhaozongjie.com, the
    // blurb over a piece whose title is glued to its text — a blurb anywhere in the head, its words no report's)
    if (isWritingBlurb(text)) {
      take(k, 'page-head');
      continue;
    }
    // The session chair's name and words before the report ("张春贤" / "…现在开会。" / "现在进行第一项议程：请…作…报告。"):
    // the head's furniture, reported; the speaker's line under them is read below.
    const chair = chairLines(texts, k);
    if (chair > 0) {
      for (let n = 0; n < chair; n++) take(k + n, 'chair');
      k += chair - 1;
      continue;
    }
    // (stop 47; the lead's blind pages 46, soso.bot) A headline printed again glued to the story's first sentence, its bar gone
    // ("财政预算案2024|陈茂波称…收窄赤字" over "财政预算案2024陈茂波称…收窄赤字财政司司长陈茂波说,…"): the copy is the page's head,
    // the text starts after it (was: the copy the text's first words). Only a headline's (a title naming no document: a
    // report's first sentence may open with its own name, "2024年政府工作报告提出…").
    const copyEnd = meta.title !== undefined && k > 0 && moved.at(-1)?.rule === 'metadata' && moved.at(-1)?.line === nonBlank[k - 1].l.line ? gluedHeadline(meta.title, text) : 0;
    if (copyEnd > 0) {
      const line = lines[nonBlank[k].i];
      const at = line.text.indexOf(text);
      moved.push({ line: line.line, text: text.slice(0, copyEnd), rule: 'page-head' });
      lines[nonBlank[k].i] = { ...line, text: text.slice(copyEnd), column: line.column + Math.max(0, at) + copyEnd };
      break;
    }
    // (stop 56, mends: www.wvyxus.live, stop 55's gap) A blurb paragraph between the page's heading and the document's own title
    // block printed under it — "中國人權事業的進展(1995年)" / "1991年以來的四年,…" / "中國人權事業的進展" / "國務院新聞辦公室" /
    // "(1995年12月27日)": the blurb stays in the text, the block under it is read (was: the head ended at the blurb, the block
    // kept as paragraphs). Only the heading printed again alone right under the paragraph, a line of the block under that.
    const copyUnderBlurb = meta.title !== undefined && isBody(text) && nonBlank[k + 2] !== undefined && isTitleShaped(nonBlank[k + 1].text) && !isBody(nonBlank[k + 2].text) && probe(joinSpaced(nonBlank[k + 1].text)) !== '' && [probe(meta.title), probe(meta.title).replace(gazetteIssue, '')].includes(probe(joinSpaced(nonBlank[k + 1].text)));
    if (copyUnderBlurb) continue;
    if ((isBody(text) && !bracketedNote) || isNotesHeading(text)) break;
    // (stop 60, mends60; blind59a's hbhonghui.com, a copy of 甘肃's 实施意见 on the 农垦) the document's number and its day on one line
    // under its name, "甘发〔2016〕26号 2016年8月30日": its 文号 and the day it was made (was: a paragraph, "甘发〔2016〕26号2016年8月30日",
    // the page undated)
    const numberDay = /^(\S{1,20}?〔[0-9]{4}〕[0-9]{1,4}号)[\s\u3000]+((?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)$/u.exec(text.trim());
    if (numberDay && meta.title && isDocumentNumber(numberDay[1]) && findDate(numberDay[2])) {
      meta.disclosure ??= {};
      if (meta.disclosure['发文字号'] !== numberDay[1]) meta.disclosure['文号'] ??= numberDay[1];
      setDate(meta, findDate(numberDay[2])?.iso, 'written');
      take(k, 'metadata');
      continue;
    }
    // A document number on its own line: 海政发〔2016〕45号
    // (stop 52, blind: code.fabao365.com) or in brackets under the name, "(鄂州政办发〔2010〕10号)": the number without them
    const bare = text.replace(/\s+/g, '').replace(/^[（(](.+〔[0-9]{4}〕[0-9]+号)[）)]$/u, '$1');
    if (isDocumentNumber(bare) && (meta.title || (k > 0 && redHeadAt(k - 1)))) {
      meta.disclosure ??= {};
      // (Already the disclosure table's 发文字号: the same number, not a second field.)
      if (meta.disclosure['发文字号'] !== text) meta.disclosure['文号'] ??= bare === text.replace(/\s+/g, '') ? text : bare;
      // (stop 55) its 〕 and 号 lost: kept as printed, said (line-messages.ts sayMoved)
      take(k, documentNumber.test(bare) ? 'metadata' : 'garbled-number');
      continue;
    }
    // Under a title without an occasion, a name alone over the day in brackets ("海青" / "(2018年2月3日)"): who made the report.
    const dated = nonBlank[k + 1] ? dateOnly.exec(nonBlank[k + 1].text) : null;
    if (meta.title && !meta.occasion && !meta.speaker && /^[\p{Script=Han}·]{2,5}$/u.test(text) && !organisation.test(probe(text)) && dated && findDate(dated[1])?.length === dated[1].trim().length) {
      meta.speaker = text;
      take(k, 'metadata');
      continue;
    }
    // Under a title without an occasion: the issuers' byline, a month-only date, a note naming day and speaker (byline.ts).
    const byline = meta.title && !meta.occasion ? bylineOf(text) : undefined;
    // (stop 56, mends: law148.infoeach.com, stop 55's gap) A law database's issuer line under an act whose title opens with its own
    // body, a session ("第九届全国人民代表大会第五次会议关于…的决议" / "全国人民代表大会常务委员会"): the title's body adopted it and is
    // the issuer; the database's line (printed under every NPC document it holds) is the page's head (was: the issuer).
    const actingSession = meta.title !== undefined ? /^\p{Script=Han}{0,30}?第[一二三四五六七八九十]{1,3}[届屆]\p{Script=Han}{2,30}?第[一二三四五六七八九十]{1,3}次会议(?=关于)/u.exec(probe(compact(meta.title)))?.[0] : undefined;
    const sessionActs = byline?.issuer !== undefined && !byline.date && !byline.speaker && actingSession !== undefined && probe(byline.issuer) !== actingSession;
    if (sessionActs) {
      take(k, 'page-head');
      continue;
    }
    if (byline) {
      // (stop 52, blind: 599325.com) the issuers one a line, "石嘴山市统计局" / "石嘴山市第七次全国人口普查领导小组办公室": all of them
      // (was: the last only)
      if (byline.issuer) meta.issuer = bylineIssuerAt === k - 1 && meta.issuer ? `${meta.issuer} ${byline.issuer}` : byline.issuer;
      if (byline.issuer) bylineIssuerAt = k;
      if (byline.speaker) meta.speaker ??= byline.speaker;
      setDate(meta, byline.date, byline.dateSource ?? 'title');
      take(k, 'metadata');
      continue;
    }
    const date = dateOnly.exec(text);
    // (held-out round 49, m.2021vvv.com's 广东 2003: "(2003年1月13日 盧瑞華)" where the title block stands, no title or occasion
    // printed) the day and the speaker's name in brackets, apart by a space: both read (the name was lost with the line)
    const dayAndName = date && !meta.speaker ? datedName(date[1]) : undefined;
    if (dayAndName) {
      meta.speaker = dayAndName.speaker;
      setDate(meta, dayAndName.iso, 'title');
      take(k, 'metadata');
      continue;
    }
    // (stop 59, blind: www.matsu-news.gov.tw) the day behind the list bullet of the page's meta list, "• 2020-06-11" under the
    // headline (it was a paragraph, the page undated): the bullet is the list's, the day the page's
    const bulletDay = /^[•·●▪]\s*([0-9]{4}-[0-9]{1,2}-[0-9]{1,2})$/u.exec(text)?.[1];
    if (bulletDay && findDate(bulletDay)) {
      setDate(meta, findDate(bulletDay)!.iso, 'published');
      take(k, 'metadata');
      continue;
    }
    if ((date && findDate(date[1])) || (/^\S{8,16}$/.test(text) && findDate(text)?.length === text.length)) {
      // "2026-02-03" alone under an e-paper's or portal's heading, or a machine's "2025年01月22日" (a month or day
      // zero-padded) over it: the page's issue date; a report dates itself in words ("2024年3月12日").
      setDate(meta, findDate(text)!.iso, /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$|^[0-9]{4}年(?:0[0-9]月[0-9]{1,2}日|[0-9]{1,2}月0[0-9]日)$/.test(text) ? 'published' : 'title');
      take(k, 'metadata');
      continue;
    }
    // "（2022年1月6日在丰台区第十七届人民代表大会第一次会议上）", "(经区第十九届人大常委会第十二次会议审议)"
    const bracketed = bracketedOccasion(text);
    if (bracketed && !meta.occasion) {
      meta.occasion = bracketed.replace(/\s+/g, '');
      setDate(meta, findDate(meta.occasion)?.iso, 'occasion');
      take(k, 'metadata');
      continue;
    }
    // (stop 43, blind: www.draemp.gov.mo — not a section's dashed subtitle over its text, "——2026年特区发展面对的内外形势": an
    // occasion names a meeting, a day or ends in 上)
    // (stop 45: a dashed adoption note under the title — "——2024年财政总决算于2024年7月30日…会议审议通过", held-out round 46's
    // 通道 — is no occasion: its day dates the document, `written`, as finish-metadata.ts reads the bracketed note; the line
    // leaves the head, said as the note it is)
    const adoptedOn = subtitleStart.test(text) ? adoptionDay(text) : undefined;
    if (adoptedOn) {
      setDate(meta, adoptedOn, 'written');
      take(k, 'adoption-note');
      continue;
    }
    // (stop 57, blind: m.handmsg.com) a news story's dashed deck naming the session as news — "——政協第十一屆陜西省委員會第五次會議
    // 勝利閉幕", "——…大会隆重开幕" — is no occasion: an occasion says where the report was made (在…上, a day), a deck what the
    // session did (was: the front matter's occasion "政協第十一屆…會議勝利閉幕"). The line is left to the lines after it.
    const sessionNews = subtitleStart.test(text) && !/[0-9０-９〇零一二三四五六七八九十]\s*日|在/u.test(text) && /(?:会议|大会)(?:胜利|隆重|圆满|顺利)?(?:闭幕|开幕|召开|举行|结束)$/u.test(probe(text));
    if (sessionNews && !meta.occasion) {
      take(k, 'page-head');
      continue;
    }
    if (subtitleStart.test(text) && !meta.occasion && !adoptedWords.test(text) && /会议|會議|大会|大會|上$|[0-9０-９〇零一二三四五六七八九十]\s*日/u.test(text)) {
      let occasion = text.replace(subtitleStart, '').trim();
      take(k, 'metadata');
      // A subtitle wrapped over two lines: "——2021年12月15日在…代表大会" + "第一次会议上".
      const next = nonBlank[k + 1]?.text;
      if (!/上$/.test(occasion) && next && next.length <= 30 && /上$/.test(next) && !isBody(next)) {
        occasion += next;
        take(++k, 'metadata');
      }
      meta.occasion = occasion.replace(/\s+/g, '');
      setDate(meta, findDate(meta.occasion)?.iso, 'occasion');
      continue;
    }
    // (stop 53, blind: zztongyun.com) the title block printed again on one line under the page's title: the title (a note's call
    // after it or not), the dashed subtitle, the issuers and the day — "第七次全国人口普查公报[1](第二号) ——全国人口情况 国家统计局
    // 国务院第七次全国人口普查领导小组办公室 2021年5月11日": each read (was: a paragraph, no issuer, no date)
    const restated = meta.title && !meta.subtitle && !meta.occasion && !meta.issuer ? restatedHead(meta.title, text) : undefined;
    if (restated) {
      meta.subtitle = deckOf(restated.deck);
      meta.issuer = restated.issuer;
      setDate(meta, restated.date, 'title');
      take(k, 'metadata');
      continue;
    }
    // (stop 52, blind: 599325.com, www.huangshan.gov.cn) a dashed subtitle right under the title that names no occasion — a census
    // communiqué's "——全市人口情况", a review's "——市八届人大常委会2024年工作综述": the title's subtitle, the issuers and day under it
    // read on (was: a paragraph, and the head's reading ended at it)
    // — only where the head goes on under it (the issuers' byline or the day: "——全市人口情况" / "石嘴山市统计局"), or where it names
    // the piece's kind ("…工作综述", "…纪实"): a part of a policy address under its part's title, "——2026年特区发展面对的内外形势",
    // opens its text (stop 43's www.draemp.gov.mo)
    if (meta.title && !meta.subtitle && !meta.occasion && k > 0 && underTitle(k) && subtitleStart.test(text) && !adoptedWords.test(text)) {
      const deck = text.replace(subtitleStart, '').trim();
      const next = nonBlank[k + 1]?.text.trim() ?? '';
      const headGoesOn = next !== '' && (bylineOf(next)?.issuer !== undefined || dateOnly.test(next) || findDate(next)?.length === next.length);
      const namesKind = /(?:综述|綜述|纪实|紀實|侧记|側記|巡礼|巡禮)$/u.test(deck);
      if (deck.length >= 2 && deck.length <= 40 && !/[。；;，,！？!?：:]/u.test(deck) && (headGoesOn || namesKind)) {
        meta.subtitle = deckOf(deck);
        take(k, 'metadata');
        continue;
      }
    }
    const spaced = text.replace(/\s+/g, ' ');
    // (The speaker the headline named already, "…院长周强同志作…报告": the line names them again, read as the front matter's.)
    const named = meta.speaker !== undefined && meta.speaker.replace(/\s+/g, '') === spaced.replace(/\s+/g, '');
    if (speakerLine.test(toSimplified(spaced)) && (!meta.speaker || named)) {
      const cut = spaced.lastIndexOf(' ');
      meta.speaker = `${spaced.slice(0, cut).replace(/\s+/g, '')} ${spaced.slice(cut + 1)}`;
      take(k, 'metadata');
      continue;
    }
    // (stop 56, mends: paper.ce.cn, 经济日报's e-paper, stop 55's gap) A reporter's credit right under the headline, "本报记者 董庆森",
    // over the story's prose and no salutation: the story's byline, removed and said (was: a paragraph). A reprint that sets it where
    // a speaker's line stands, over the report's salutation, is read as before.
    if (meta.title && k > 0 && used.has(nonBlank[k - 1].i) && isReporterAlone(text) && nonBlank[k + 1] !== undefined && isBody(nonBlank[k + 1].text) && !nonBlank.slice(k + 1, k + 4).some((x) => greetingLine.test(probe(x.text)) || salutationLine.test(probe(x.text)))) {
      take(k, 'byline');
      continue;
    }
    // (stop 56, mends: scribd.com's 香港 budget speech, stop 55's gap) A speaker's line right under the title, its letter spacing
    // gone uneven in the copy, "財 政司司 長曾 俊華": the role and the name read with the spaces out (speaker.ts speakerOf; was a
    // paragraph). Only right under a line the head took, and only a line with spaces in it (a glued one is read as before),
    // sixteen characters at most and no 等, 在, 和 (not "段寿华 周先荣 李映忠等在主席台就座", held-out round 44: no role 主席 and name 台就座).
    const unevenSpeaker = meta.title && !meta.speaker && k > 0 && used.has(nonBlank[k - 1].i) && /\p{Script=Han}[ \u3000]+\p{Script=Han}/u.test(text) && text.replace(/\s+/gu, '').length <= 16 && !/[等在和与及]/u.test(text) ? speakerOf(text) : undefined;
    if (unevenSpeaker) {
      meta.speaker = unevenSpeaker;
      take(k, 'metadata');
      continue;
    }
    // (held-out round 47, ezrd.gov.cn) A page opening inside its title block: the occasion's tail, cut off before its date and
    // 在, glued to the speaker ("第二次会议主席团第三次会议上市人大财政经济委员会主任委员方明") — the speaker is what follows 会议上;
    // the tail alone names no session (its place and day are gone), so no occasion is read from it. Not a line with 在 or a
    // date (a whole occasion, read as one), nor one whose rest is no speaker.
    const cutTail = !meta.title && !meta.speaker && !meta.occasion ? occasionTail.exec(joinSpaced(text)) : null;
    const tailSpeaker = cutTail ? speakerOf(joinSpaced(text).slice(cutTail[0].length)) : undefined;
    if (tailSpeaker) {
      meta.speaker = tailSpeaker;
      take(k, 'metadata');
      continue;
    }
    // A speaker line right over the salutation (or over the date alone, then the salutation): any role speaker.ts knows
    // ("衢州市审计局局长 刘石平"), role and name glued too ("银川市人民政府市长陶少华"); also under an occasion the title block
    // could not anchor ("——年11月27日在…会议上" / "省审计厅厅长胡章胜": a copy lost its year).
    const greetedAt = nonBlank[k + 1] && isDayAlone(nonBlank[k + 1].text) ? k + 2 : k + 1;
    if (!meta.speaker && nonBlank[greetedAt] && greetingLine.test(probe(nonBlank[greetedAt].text))) {
      const speaker = speakerOf(text);
      if (speaker) {
        meta.speaker = speaker;
        take(k, 'metadata');
        continue;
      }
    }
    // (stop 47; the lead's blind pages 46, gyzzzx.com "[俞正聲]"; mends46's m.ericfola.com "張軍：") A transcript's label naming who
    // speaks — a name alone in brackets or before a colon — right over the salutation under the title: the speaker, its words
    // kept in the front matter (was: removed as the page's head). The same label again in the text stays there as text.
    const label = meta.title && !meta.speaker && nonBlank[k + 1] && greetingLine.test(probe(nonBlank[k + 1].text)) ? transcriptLabel.exec(text.trim()) : null;
    if (label && !labelWord.test(toSimplified(label[1] ?? label[2])) && !greetingLine.test(probe(label[1] ?? label[2]))) {
      meta.speaker = label[1] ?? label[2];
      take(k, 'metadata');
      continue;
    }
    // (round 27) A name alone, letter-spaced, right over the salutation under the title and its date ("李 万 廷" under
    // "(2009年2月13日)"): the speaker, a bare name (an unspaced line of two to four characters may be a word: "全文").
    if (!meta.speaker && meta.title && meta.date && nonBlank[k + 1] && greetingLine.test(probe(nonBlank[k + 1].text)) && /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){1,3}$/u.test(text.trim())) {
      meta.speaker = joinSpaced(text);
      take(k, 'metadata');
      continue;
    }
    // (stop 41, blind: fjzhxww.com) "•  秀美政和 让你的生活慢下来" at the top of a news page, over its headline: a line behind a
    // list's bullet, no sentence in it, before any title — the site's slogan or a menu's item, neither the title nor the report's
    if (!meta.title && bulletedLine.test(text) && !/[，,。；;！!？?]/u.test(text) && joinSpaced(text).length <= 40) {
      take(k, 'page-head');
      continue;
    }
    // (stop 47; the lead's blind pages 46, joammi.com) A name cut short with an ellipsis, no sentence in it ("财政预算审计执行审计和
    // 财政决算审计的联系区..." over the article's own headline): a link's truncated title (a related article's), never the page's
    // title — the page's head (was: the title).
    if (!meta.title && truncatedName.test(text.trim()) && isTitleShaped(text.trim().replace(/(?:\.{3,}|…+)$/u, ''))) {
      take(k, 'page-head');
      continue;
    }
    // The session's file label over the title ("宁波市十六届人大常委会第十二次会议文件"): the printed file's, not the title.
    if (isCongressFile(text)) {
      take(k, 'page-head');
      continue;
    }
    // The title printed again (a page heading, then the report's own copy): the copy goes; a
    // shorter copy ("2011年行署工作报告", then "行 署 工 作 报 告") is the report's own title.
    // (A note's call after the copy, "…统计公报[1]", is no part of the name.)
    // (held-out round 41: the copy hard-wrapped with spaces inside its words, "XX 区长在 XX 区人民政府 2026 年工作务虚 会上的讲话",
    // a flattened preview's — the same name once they are gone.)
    // (stop 47, mends46's gap; www.gov.cn's 1954 resolution) The page's short headline, then the document's own name printed
    // in full under it, on one line or over two ("關於政府工作報告的決議" over "中華人民共和國第一屆全國人民代表大會" / "第一次會議
    // 關於政府工作報告的決議"): the full name is the title, the headline its shortening, the page's head (was: the headline).
    const fuller = meta.title !== undefined && k > 0 && moved.at(-1)?.rule === 'metadata' && moved.at(-1)?.line === nonBlank[k - 1].l.line ? fullerName(meta.title, text, nonBlank[k + 1]?.text) : 0;
    if (fuller > 0) {
      moved.at(-1)!.rule = 'page-head';
      meta.title = joinSpaced(text) + (fuller === 2 ? joinSpaced(nonBlank[k + 1].text) : '');
      take(k, 'metadata');
      if (fuller === 2) take(++k, 'metadata');
      continue;
    }
    const spacedCopy = meta.title !== undefined && probe(meta.title) === toSimplified(compact(text));
    // (stop 46, blind: hkcd.com) — and a title that was the page's own name, the site's after a dash or a bar ("政府2023年2月22日
    // 發表《財政預算案》-香港商报" over the headline printed again without it): the copy is the title
    const siteNamed = meta.title !== undefined && probe(meta.title).startsWith(probe(text)) && /^\s*[-_|｜—–]{1,2}\s*[^\s。，；,]{2,16}$/u.test(probe(meta.title).slice(probe(text).length));
    // (stop 55, blind: www.weimomishe.com, a mirror of the NPC Standing Committee's gazette) — the page's heading closed by the
    // gazette's issue number in brackets, "…关于批准2000年中央决算的决议(2001年24号)", over the issuer and the document's own name:
    // the number is the gazette's, no part of the name (was: the copy kept as the first paragraph, the day under it unread); so
    // a white paper's heading with its year, "中國人權事業的進展(1995年)" over its own title block (www.wvyxus.live)
    const issueNumbered = meta.title !== undefined && gazetteIssue.test(probe(meta.title)) && probe(meta.title).replace(gazetteIssue, '').endsWith(probe(text).replace(noteCall, ''));
    // (stop 57, blind: xuncaibao.com, a writing site's copy) — or the document's own name printed under the site's keyword headline,
    // the same words once the headline's leading year and the particle 的 are out of both: "区五年法治政府建设工作情况的报告" under
    // "2023年区五年法治政府建设工作情况报告" (was: a heading over the text, every heading of the report a level down); the copy names
    // no year of its own (a year's other report under it is another document)
    const bareName = (name: string) => probe(name).replace(noteCall, '').replace(/^(?:19|20)[0-9]{2}年度?/u, '').replace(/的/gu, '');
    const restatedName = meta.title !== undefined && isTitleShaped(text) && documentWord.test(probe(text)) && !/^(?:19|20)[0-9]{2}年/u.test(probe(text)) && bareName(text).length >= 8 && bareName(meta.title) === bareName(text);
    if (meta.title && isTitleShaped(text) && (probe(meta.title).endsWith(probe(text).replace(noteCall, '')) || spacedCopy || siteNamed || issueNumbered || restatedName)) {
      if (!spacedCopy) meta.title = joinSpaced(text).replace(noteCall, '');
      // (new user round 29, dongzhi.gov.cn) the name taken from the page's breadcrumb ("…> 木塔乡人民政府2024年政府信息公开工作年度
      // 报告") and printed again under it: the issuer it names is read as from any title line (was: none, the copy's issuer unread)
      meta.issuer ??= parseTitle(meta.title).issuer;
      take(k, 'page-head');
      continue;
    }
    // The report's own title under the page's name for it: a slogan, then "——" and the document's name
    // ("当创业先锋 做创新龙头 努力实现高新区发展的新跨越 ——宁波国家高新区2007年工作总结和2008年工作安排" under "…工作安排报告").
    const subtitled = meta.title ? /^[^。；，,]{4,40}?\s*——\s*([^。；，,—]{8,40})$/u.exec(text) : null;
    // (stop 47) The slogan before the dash is the subtitle, as round 27's over its dashed name (below): kept, said as moved.
    if (subtitled && probe(meta.title!).startsWith(probe(subtitled[1]))) {
      const slogan = text.slice(0, text.lastIndexOf(subtitled[1])).replace(/\s*——\s*$/u, '');
      if (!meta.subtitle && isTitleShaped(slogan) && !documentWord.test(probe(slogan))) {
        meta.subtitle = deckOf(slogan);
        take(k, 'metadata');
      } else take(k, 'page-head');
      continue;
    }
    // The title printed again over two lines ("关于开州区2022年预算执行情况和" / "2023年预算草案的报告" under the
    // page's one-line heading): the copy goes.
    const lower = nonBlank[k + 1]?.text;
    if (meta.title && lower !== undefined && !isBody(lower) && probe(joinSpaced(text) + joinSpaced(lower)) === probe(meta.title)) {
      take(k, 'page-head');
      take(++k, 'page-head');
      continue;
    }
    // (stop 51, blind: www.zizhou.gov.cn) — or over two lines with a word lost between them, a styled span the copy dropped
    // ("子洲县二〇" / "国民经济和社会发展统计公报" under "子洲县二〇二三年国民经济和社会发展统计公报"): the first line the title's
    // start, the second its end, the two three quarters of it at least — the copy goes, and the issuer and date lines under it
    // are read as the title block's (was: the two pieces, the bureau and the day kept as the text's first paragraphs).
    if (meta.title && lower !== undefined && !isBody(text) && !isBody(lower) && brokenCopy(probe(meta.title), probe(joinSpaced(text)), probe(joinSpaced(lower)))) {
      take(k, 'page-head');
      take(++k, 'page-head');
      continue;
    }
    // Before the report's own title block: the aggregator's document names above it are its head.
    if (titleAt > headAt && k >= headAt && k < titleAt && isTitleShaped(text) && documentWord.test(probe(text).replace(/[（(][^（）()]*[）)]$/, ''))) {
      take(k, 'page-head');
      continue;
    }
    // A report's text follows (各位代表：) and no line of the head names a document: a line naming none is the
    // page's (a journal index's "论文部分内容阅读", a clickbait headline), not a title the report printed.
    // (stop 43: a Party congress's report is titled by the congress's theme, a slogan ending in 奋斗 over an opening made for a
    // Party committee — "勇担新使命 奋进新征程 …而努力奋斗" over "现在,我代表中共天津市滨海新区第三届委员会向大会作报告": the title.)
    if (!meta.title && titleAt === -1 && greeted && isTitleShaped(text) && headingDepth(text) === undefined && !namesDocument.test(probe(text)) && !isPartyTheme(text, texts.slice(k + 1, k + 8))) {
      take(k, 'page-head');
      continue;
    }
    // "乡2023年政府工作报告-10篇(第20/30页)": a compilation's name over one of its pieces, the site's heading.
    // (Under it, a line that names no document is the site's too — "联系客服提示-办公文库—…", its service links — no title.)
    // (round 27) "鄉鎮人大主席團工作報告(三篇)" right over "崔家橋鎮人大主席團工作報告": a compilation's name with its count, then its
    // first piece's name — the site's heading, then the title.
    if (!meta.title && compilationOverPiece(k)) {
      take(k, 'page-head');
      continue;
    }
    if (!meta.title && titleAt === -1 && isTitleShaped(text) && isCompilationName(text)) {
      take(k, 'page-head');
      compiled = true;
      continue;
    }
    // "梨树县第十八届人民代表大会第一次会议" alone over the text, no report's name on the page: a session page's heading
    // (its topic), no title — the session with no day and no 在…上 is no occasion either.
    // (Not the first line of a resolution's name, the act under it: "…第三次会议" over "关于政府工作报告的决议", stop 46.)
    if (!meta.title && titleAt === -1 && sessionName.test(probe(text)) && !(nonBlank[k + 1] && isSessionOverAct(text, nonBlank[k + 1].text))) {
      take(k, 'page-head');
      continue;
    }
    if (!meta.title && isTitleShaped(text) && aboutReport.test(probe(text))) {
      take(k, 'page-head');
      continue;
    }
    // (held-out round 38) A name in the site's words ("开发区管委会年度工作总结范文(2)", a paged copy's page 2): the site's label, no title.
    if (!meta.title && isTitleShaped(text) && siteLabel.test(probe(text))) {
      take(k, 'page-head');
      continue;
    }
    // (held-out round 40) "【年度大会】在高新区2026年度工作总结暨表彰会议上的重要讲话" over a stamp and "在高新区2026年度工作会议上的讲话":
    // the site's headline, its column in 【】 before the piece's name — the site's heading; the document's own name a few lines
    // below it is the title (a headline alone, "【政府工作报告】2020年政府工作报告(…)", is one when no name follows).
    if (!meta.title && isTitleShaped(text) && columnHeadline.test(text) && nonBlank.slice(k + 1, k + 4).some((x) => isTitleShaped(x.text) && !columnHeadline.test(x.text) && documentWord.test(probe(joinSpaced(x.text))))) {
      take(k, 'page-head');
      // (its date line under it made it the title's place: the name below takes it)
      if (titleAt === k) titleAt = -1;
      continue;
    }
    // (stop 45) A news headline's kicker (引题): a line naming no document right over the session's own headline — "坚持科学发展观
    // 统领全局 为率先基本实现现代化合力奋斗" over "无锡市十三届人大四次会议隆重开幕 郁家树主持大会毛小平作政府工作报告" (the lead's blind
    // pages, stop 44: rd.wuxi.gov.cn) — is neither the title nor its first line: the headline under it is the title; the kicker
    // stays in the text, said (zh.md has no subtitle field).
    // (stop 48, mends48; blind47b's ndytng.com) A kicker of up to three lines, a slogan set line by line ("坚定捍卫“两个确立” 坚决
    // 做到“两个维护”" / "坚定不移沿着…阔步前进" / "奋力开创…新局面" over "中国共产党天津市第十二次代表大会隆重开幕"): each line the
    // kicker's, the headline under the last the title (was: the kicker's first line the title, the headline a paragraph).
    const kickerShaped = (line: string) => isTitleShaped(line) && !documentWord.test(probe(line)) && !organisation.test(probe(line)) && !sessionName.test(probe(line)) && !siteName.test(probe(line)) && !stamp.test(line) && !/[:：|｜>]/u.test(line) && !isSessionHeadline(line);
    let headlineAt = -1;
    for (let j = k + 1; j <= k + 3 && j < nonBlank.length; j++) {
      if (isSessionHeadline(nonBlank[j].text)) {
        headlineAt = j;
        break;
      }
      if (!kickerShaped(nonBlank[j].text)) break;
    }
    if (!meta.title && headlineAt !== -1 && (titleAt === -1 || titleAt === headlineAt) && kickerShaped(text) && titleContinuation([nonBlank[headlineAt].text]) === 0) {
      const column = nonBlank[k].l.column + Math.max(0, nonBlank[k].l.text.indexOf(text));
      // (a kicker's later lines join the first's, apart by an ideographic space, as a deck's parts are)
      headline.kicker = headline.kicker && kickerLast === k - 1 ? { ...headline.kicker, text: `${headline.kicker.text}\u3000${text.trim()}` } : { line: nonBlank[k].l.line, column, text };
      kickerLast = k;
      continue;
    }
    // (stop 45, blind: cyberctm.com) A channel's name alone as the head's first line, a headline under it ("新聞" over "發表施政報告
    // 特首下月十七日"): the site's, as above a title found — it had made the headline a heading. (Not over a document's name: a
    // writing site's "范文" over its keyword label "市长政府工作报告全文" is left to the rules below, which read the label.)
    if (!meta.title && titleAt === -1 && k === 0 && /^\p{Script=Han}{2,4}$/u.test(text) && !organisation.test(probe(text)) && nonBlank[1] && isTitleShaped(nonBlank[1].text) && !isPartName(nonBlank[1].text) && headingDepth(nonBlank[1].text) === undefined && !documentWord.test(probe(nonBlank[1].text).replace(/全文$/u, ''))) {
      take(k, 'page-head');
      continue;
    }
    // (stop 47, blind: yogviha.cn) A news agency's name alone at the page's top, "中國新聞社" over a mirror of its story: the site's
    // masthead, no title (it was the title; the story's headline under it is one)
    if (!meta.title && /^\p{Script=Han}{2,8}(?:新闻社|通讯社)$/u.test(probe(text))) {
      take(k, 'page-head');
      if (titleAt === k) titleAt = -1;
      continue;
    }
    // (stop 52, mends52; blind51a's syjyzs888.com) A site's masthead at the page's top: its name, "…网" alone on the first line, and
    // its slogans under it, short phrases alone with no mark ("三八奇趣网" / "汇聚全球精彩分享" / "领您探索未知国度"), over the story's
    // headline — the site's, not the title (was: the title "三八奇趣网", the slogans paragraphs). Not a name with a document's word.
    const sloganAlone = (line: string | undefined) => line !== undefined && /^\p{Script=Han}{4,12}$/u.test(line.trim()) && !documentWord.test(probe(line)) && !organisation.test(probe(line));
    if (!meta.title && k === 0 && /^\p{Script=Han}{2,10}$/u.test(text.trim()) && /(?:网|網|网站|網站)$/u.test(text.trim()) && !documentWord.test(probe(text)) && sloganAlone(nonBlank[k + 1]?.text)) {
      take(k, 'site-name');
      if (titleAt === k) titleAt = -1;
      while (sloganAlone(nonBlank[k + 1]?.text) && k < 3) {
        take(++k, 'site-name');
        if (titleAt === k) titleAt = -1;
      }
      continue;
    }
    // (A line with a colon or a bar, "凹丫丫旗下网站:四字成语大全 - …", is a site's line, not the upper half of the title under it.)
    // ("2015年工作回顾" at the top of an excerpt: the text's first part heading, no title; "主要工作" too, held-out round 47.)
    // (stop 49, blind: www.o6s1.cn) Nor a line the next line goes on, opening with a comma or an enumeration comma ("會議聽取了…
    // 審查區人民政府工作報告" / "、區2021年國民經濟…的報告、…"): the page broke its sentence there (it was the title, the rest a paragraph).
    // (stop 56, mends: www.fso.gov.hk's blog, stop 55's gap) An office's header, its role alone at the page's top ("财政司司长" over
    // the column and the post): the site's, no title (was: the title). Not a role with a name, a speaker's line.
    if (!meta.title && k <= 2 && roleOf(text) !== undefined && nonBlank.slice(k + 1, k + 4).some((x) => isTitleShaped(x.text))) {
      take(k, 'site-name');
      continue;
    }
    // (the same page) and a blog's column over the post's title, "司长随笔" / "预算案的颜色": the column is the site's (was: the title,
    // the post's own a paragraph) — a name ending 随笔, 专栏, 博客, 网志, 札记 or 手记, alone, a title-shaped line under it.
    if (!meta.title && k <= 3 && /^\p{Script=Han}{0,8}(?:随笔|专栏|博客|网志|札记|手记)$/u.test(probe(text)) && nonBlank[k + 1] !== undefined && isTitleShaped(nonBlank[k + 1].text) && !isBody(nonBlank[k + 1].text)) {
      take(k, 'page-head');
      continue;
    }
    if (!meta.title && isTitleShaped(text) && !isPartName(text) && !adoptionNote.test(text) && !(compiled && !documentWord.test(probe(text))) && !/^[，,、]/u.test(nonBlank[k + 1]?.text.trim() ?? '') && (titleAt === -1 || titleAt === k || (titleAt === k + 1 && !siteName.test(probe(text)) && !writingSite.test(probe(text)) && !stamp.test(text) && !/[:：|｜]/.test(text) && !titlePrefix.test(nonBlank[k + 1].text) && !isPortalPlace(text, nonBlank[k + 1].text) && !restartsName(text, nonBlank[k + 1].text)))) {
      let title = text;
      const next = nonBlank[k + 1]?.text;
      // "开发区年度述职报告述职报告范文大全" over "开发区年度述职报告": the site's heading (the name and its own words), then the name.
      if (next && !documentWord.test(probe(title)) && isTitleShaped(next) && documentWord.test(probe(next)) && probe(title).startsWith(probe(next)) && probe(title) !== probe(next)) {
        take(k, 'page-head');
        continue;
      }

      take(k, 'metadata');
      const titleStart = k;
      // (stop 45) The session's headline and its deck (副题) on one line — "无锡市十三届人大四次会议隆重开幕 郁家树主持大会毛小平作政府
      // 工作报告", "…第五次會議開幕　江濤出席　胡宏林作政府工作報告　陽承凡主持": the session's event is the title; the persons' acts
      // after it its deck, the subtitle (stop 46: it stayed in the text while zh.md had no such field), said.
      const split = headlineParts(text);
      if (split) {
        title = split.main;
        moved[moved.length - 1].text = split.main;
        const line = lines[nonBlank[k].i];
        const column = line.column + Math.max(0, line.text.lastIndexOf(split.deck));
        headline.deck = { line: line.line, column, text: split.deck };
        meta.subtitle = deckOf(split.deck);
      }
      // (stop 56, mends: cn.govopendata.com's 人民日报 of 1997-03-02) The session's own event as the headline, its decks under it line
      // by line down to the story's dateline — "会议开始时全体起立为…默哀" / "乔石主持会议李鹏代表国务院作政府工作报告" / "江泽民…等出席"
      // / "大会号召,…不断推向前进" / "新华社北京3月1日电…": the decks (no sentence's stop in them, four lines at most) the subtitle, said
      // (was: the first two run into the title, the others a heading and a paragraph).
      const decks = !split && sessionOpened(title) ? decksOverDateline(k) : 0;
      if (decks > 0) {
        const parts = nonBlank.slice(k + 1, k + 1 + decks);
        headline.deck = { line: parts[0].l.line, column: parts[0].l.column + Math.max(0, parts[0].l.text.indexOf(parts[0].text)), text: parts.map((x) => x.text).join('\u3000') };
        meta.subtitle = deckOf(parts.map((x) => x.text).join(' '));
        for (const x of parts) used.add(x.i);
        k += decks;
      }
      // (stop 46; the lead's blind pages 45, jccq.gov.cn) A resolution's name over two lines, the session that adopted it first
      // ("晋城市城区第十七届人民代表大会第三次会议" / "关于政府工作报告的决议"): one title (title-text.ts isSessionOverAct).
      const act = actAfter(k);
      if (act && isSessionOverAct(title, act.text)) {
        title = joinSpaced(title) + joinSpaced(act.text);
        for (let n = 0; n < act.lines; n++) take(++k, 'metadata');
      } else if (organisation.test(probe(title)) && !yearIn.test(title) && next && !titlePrefix.test(next) && isTitleShaped(next) && (documentWord.test(probe(next)) || resolutionName.test(probe(next)))) {
        // (stop 47, mends46's gap) "…人民代表大会常务委员会" over "关于批准2023年市级决算的决议": the committee that adopted the
        // resolution is its issuer, the resolution's name the title (was: the committee's name the title, the name a paragraph).
        meta.issuer = joinSpaced(title);
        title = next;
        take(++k, 'metadata');
      } else if (next && fiscalYearLine.test(probe(compact(title))) && isTitleShaped(next) && (documentWord.test(probe(compact(next))) || /(?:预算案|预算|决算)$/u.test(probe(compact(next)))) && !fiscalYearLine.test(probe(compact(next)))) {
        // (stop 56, mends: scribd.com's copy of 香港's 2010–11 budget speech, stop 55's gap) A budget's fiscal year alone over the
        // document's name, "二○一○至一一財政年度" / "政府財政預算案": one title (was: the year alone the title, the name a paragraph).
        title = compact(title) + compact(next);
        take(++k, 'metadata');
      } else if (next && coverUnderYear(title, nonBlank.slice(k + 1, k + 3).map((x) => x.text)) > 0) {
        // (stop 47) A cover's year alone over the unit's name and the book's kind ("2024年度" / "四川省大英县财政局" / "部门决算"):
        // one title (head-lines.ts coverUnderYear; was the year alone, the unit the issuer, the kind a paragraph).
        const lines = coverUnderYear(title, nonBlank.slice(k + 1, k + 3).map((x) => x.text));
        // (a department's or unit's own budget book, "部门决算", "单位预算": the line over the kind names whose — its issuer, as before)
        if (lines === 2 && /^(?:部门|单位)(?:预算|决算)/u.test(probe(nonBlank[k + 2].text))) meta.issuer = joinSpaced(nonBlank[k + 1].text);
        title = joinSpaced(title);
        for (let n = 0; n < lines; n++) {
          title += joinSpaced(nonBlank[k + 1].text);
          take(++k, 'metadata');
        }
      } else if (next && /(?:关于|關於)[^。，,；：:的]{0,30}$/u.test(probe(compact(title))) && /^[^。，,；：:]{2,40}的(?:决议|決議|决定|決定)$/u.test(compact(next))) {
        // (stop 49, blind: zylycs.com) A resolution's name broken inside its 关于 clause: "绿园区人大常委会关于批准" / "2017年区本级财政决算的
        // 决议" — one title (was: the first line alone the title, the rest a paragraph; 决议 is no document word alone, resolutionName)
        title = compact(title) + compact(next);
        take(++k, 'metadata');
      } else if (!documentWord.test(probe(withoutSiteTag(title))) && !siteName.test(probe(title)) && !(next && isSessionHeadline(title) && headlineParts(`${title.trim()} ${next.trim()}`)?.main === title.trim()) && !sessionOpened(title)) {
        // (the session's headline over its deck is no title over two lines: the deck is read under it, below — stop 49)
        // A title over two to four lines, only the last naming the document ("国务院关于在海南…先行区" / "暂时调整实施《…法" /
        // "实施条例》有关规定的决定"); a line under which nothing names one is a title of its own.
        const rest = titleContinuation(nonBlank.slice(k + 1, k + 4).map((x) => x.text));
        // (stop 54, blind: www.fzja.gov.cn) "政府信息公开" over "福州市晋安区2016年政府信息公开工作年度报告": a line that holds the line over
        // it in full is a title of its own, the upper line the page's column — a title broken over two lines never repeats its first
        // half (was: the two glued, "政府信息公开福州市…").
        const upper = probe(title).replace(/\s+/gu, '');
        const column = rest === 1 && upper.length >= 4 && probe(nonBlank[k + 1].text).replace(/\s+/gu, '').includes(upper);
        if ((rest > 0 && findDate(title) && rest === 1) || column) {
          // "每周一学（2023年3月13日-3月19日）" over "2023年国务院政府工作报告": a dated post heading, then the document's name.
          moved.pop();
          used.delete(nonBlank[k].i);
          take(k, 'page-head');
          continue;
        }
        // (round 27) A slogan over the document's name printed as a "——" subtitle ("为促进我县经济平稳较快发展做出新贡献" /
        // "——政协第八届芮城县委员会常务委员会工作报告"): the name is the title, the slogan the page's head (as 宁波's, below).
        const named = rest > 0 ? nonBlank[k + rest].text.trim() : '';
        // (stop 47) The slogan is the subtitle: the document's name stays the title — what the catalogue, the scorer, the
        // issuer's rules and the PDF's metadata read, and what every other report of the kind is titled by — and the slogan,
        // the report's own words printed with its name, is kept and printed with it (was: removed as the page's head).
        // (stop 48, blind: inrrp.com.cn, a forestry bureau's 职代会 report) or a name with its year and its meeting's words in it, no
        // occasion ("在…会议上"), under a slogan printed one phrase a line — "先行先试促三增" / "再接再厉抓落实" / "建设最具发展力的现代
        // 国有林区示范局" / "——中条林局2012年工作会议暨五届五次职代会工作报告" (was: the last phrase and the name the title, the phrases
        // above removed as the page's head)
        const phrased = occasionWords.test(named) && documentWord.test(probe(named)) && !/在[^。]{2,40}?(?:会议|大会)上/u.test(probe(named)) && sloganPhrase(title) && k > 0 && !used.has(nonBlank[k - 1].i) && sloganPhrase(nonBlank[k - 1].text);
        // (stop 51) an explanation's name under its slogan, "——2019年《河北省政府工作报告》解读", the report's name in it: the same
        const explained = /》(?:的)?(?:政策)?解读$/u.test(probe(named));
        if (subtitleStart.test(named) && (!occasionWords.test(named) || phrased || explained)) {
          moved.pop();
          used.delete(nonBlank[k].i);
          // (a slogan over two lines, parallel phrases first: "同心同德共克时艰   竭智尽职谋求发展" / "为促进…做出新贡献")
          let from = k > 0 && !used.has(nonBlank[k - 1].i) && phraseHeadline.test(nonBlank[k - 1].text) ? k - 1 : k;
          // (stop 48) a slogan of up to three lines over the phrase before the dash, each a phrase alone
          if (phrased) while (from > 0 && k - from < 3 && !used.has(nonBlank[from - 1].i) && sloganPhrase(nonBlank[from - 1].text)) from--;
          for (let n = from; n < k + rest; n++) take(n, 'metadata');
          meta.subtitle = deckOf(nonBlank.slice(from, k + rest).map((x) => x.text).join(' '));
          k += rest;
          take(k, 'metadata');
          title = named.replace(/^[—―－-]+/u, '').trim();
        } else
          for (let n = 0; n < rest; n++) {
            title += nonBlank[k + 1].text;
            take(++k, 'metadata');
          }
      }
      // (stop 48, blind: xianning.cjyun.org) The body's name alone over a title that opens with a place's committee and its term
      // ("中国人民政治协商会议" / "咸宁市第五届委员会第二次会议" / "关于提案审查情况的报告"): one title, the name its first words (was: a
      // paragraph, the title opening with "咸宁市第五届委员会")
      const top = titleStart > 0 ? nonBlank[titleStart - 1] : undefined;
      if (top !== undefined && !used.has(top.i) && bodyNameAlone(top.text) && /^\p{Script=Han}{0,12}?第[一二三四五六七八九十百]+[届屆]/u.test(compact(title)) && !namesBody(compact(title).replace(/(?:关于|關於).*$/u, ''))) {
        title = compact(top.text) + title;
        take(titleStart - 1, 'metadata');
      }
      const { date: titleDate, ...rest } = parseTitle(title);
      Object.assign(meta, rest);
      setDate(meta, titleDate, 'title');
      continue;
    }
    if (blankDate.test(text) && meta.title) {
      take(k, 'metadata');
      continue;
    }
    if (titleAt > k) {
      // Before the real title: a site name goes, anything else stays in the body.
      if (siteName.test(probe(text)) && text.length <= 30) take(k, 'site-name');
      // (held-out round 33) A writing site's heading for the piece ("(材料)…工作总结范文") above its own title: the site's.
      else if (isTitleShaped(text) && writingSite.test(probe(text))) take(k, 'page-head');
      // A channel's name alone ("新闻", "工作报告"): a word of two to four characters is no text of the report.
      else if (/^\p{Script=Han}{2,4}$/u.test(text) && !organisation.test(probe(text))) take(k, 'page-head');
      // A place's name alone right above the title ("中山翠亨新区"): the portal's name.
      else if (k + 1 === titleAt && isPortalPlace(text, nonBlank[k + 1].text)) take(k, 'site-name');
      // (held-out round 33) A heading right over the title that opens with the title's own first words ("城口县2025年度政府
      // 预算公开" over "城口县2024…的报告"): the page's heading for the item, not the text's.
      else if (k + 1 === titleAt && isTitleShaped(text) && restartsName(text, nonBlank[k + 1].text)) take(k, 'page-head');
      continue;
    }
    // (stop 45; new user round 24, 宁津报) A paper's headline of parallel phrases right under the document's name it printed
    // as the title — "群策群力 奋力争先" under "县政协常委会工作报告摘要" — the digest's deck (副题), no part of the report's name:
    // the subtitle (stop 46: it stayed in the text while zh.md had no such field), said. (A speaker's role and name apart are
    // the speaker's line.)
    const above = moved.at(-1);
    if (meta.title && !headline.deck && k > 0 && above?.rule === 'metadata' && above.line === nonBlank[k - 1].l.line && phraseHeadline.test(text.trim()) && !documentWord.test(probe(text)) && !organisation.test(probe(text)) && !speakerLine.test(toSimplified(text.trim()))) {
      headline.deck = { line: nonBlank[k].l.line, column: nonBlank[k].l.column + Math.max(0, nonBlank[k].l.text.indexOf(text)), text };
      meta.subtitle = deckOf(text);
      used.add(nonBlank[k].i);
    }
    // (stop 48, mends48; blind47b's ndytng.com) The session's headline as the title, and under it, on a line of its own, its deck
    // of the persons' acts — "李鸿忠代表中共天津市第十一届委员会向大会作报告 张工主持" — the subtitle, as the deck on the
    // headline's own line is (was: a paragraph). Not a clause of the session's own event ("…开幕 …闭幕": a second headline).
    // (stop 49, blind: www.haichengzx.com) or the deck of one clause, its acts run together with no space, "孙巨先出席大会周晓皙作人大
    // 常委会工作报告闻然作政府工作报告" under "海城市八届人大六次会议隆重开幕" (it was run into the title): the two lines read as one
    // headline's title and deck (act-headline.ts headlineParts)
    // (stop 49, blind: www.haichengzx.com) or the deck of one clause, its acts run together with no space, "孙巨先出席大会周晓皙作人大
    // 常委会工作报告闻然作政府工作报告" under "海城市八届人大六次会议隆重开幕" (it was run into the title) — when no second line of the
    // deck follows (a deck over two lines, held-out round 47's jqxf.gov.cn, stays in the text as before: read, its kicker's last
    // line would stand right over the story and be made a heading).
    else if (meta.title && !headline.deck && k > 0 && above?.rule === 'metadata' && above.line === nonBlank[k - 1].l.line && isSessionHeadline(meta.title) && (actHeadline.test(toSimplified(text.trim())) || (deckLine(meta.title, text) && !(nonBlank[k + 1] && deckLine(meta.title, nonBlank[k + 1].text)))) && !toSimplified(text.trim()).split(/\s+/u).some((c) => /(?:开幕|闭幕|召开|举行)$/u.test(c))) {
      headline.deck = { line: nonBlank[k].l.line, column: nonBlank[k].l.column + Math.max(0, nonBlank[k].l.text.indexOf(text)), text };
      meta.subtitle = deckOf(text);
      used.add(nonBlank[k].i);
    }
    // (stop 48, mends48; mends47's gap 6, news.jsw.com.cn) A headline set line by line, each line a person's act ("张庆生向大会作
    // 市人大常委会工作报告" / "茅仲华作市中级人民法院工作报告" / "俞波涛作市人民检察院工作报告"): the first the title, the lines
    // under it its deck, the subtitle, its parts apart by an ideographic space (boilerplate.ts headlineOfActs gave them back).
    else if (meta.title && !headline.deck && k > 0 && above?.rule === 'metadata' && above.line === nonBlank[k - 1].l.line && ACT_LINE.test(probe(meta.title)) && ACT_LINE.test(probe(text))) {
      let end = k;
      while (nonBlank[end + 1] && ACT_LINE.test(probe(nonBlank[end + 1].text)) && end - k < 3) end++;
      const parts = nonBlank.slice(k, end + 1).map((x) => x.text.trim());
      headline.deck = { line: nonBlank[k].l.line, column: nonBlank[k].l.column + Math.max(0, nonBlank[k].l.text.indexOf(text)), text: parts.join('\u3000') };
      meta.subtitle = parts.map(deckOf).join('\u3000');
      for (let j = k; j <= end; j++) used.add(nonBlank[j].i);
    }
    break;
  }
  startAtSalutation(nonBlank, lines, used, meta, moved, take);
  // (stop 57, mends: paulbertholy.com, stop 56's gap) A dashed subtitle read as the title — the copy lost the headline over it,
  // "——市人大常委會副主任賴慶潤調研我市上半年計劃執行情況": it is the subtitle (its dash off, as a subtitle is kept), and the title is
  // asked for (was: the title, its dash kept)
  const dashed = meta.title !== undefined && !meta.subtitle ? /^\s*(?:——|—|－－|--)\s*(\S.*)$/u.exec(meta.title) : null;
  if (dashed) {
    meta.subtitle = deckOf(dashed[1]);
    delete meta.title;
  }
  // (stop 58, mends: blind57b's zaojia.com) A story's deck read as the title — its headline lost, the first line the leaders who came,
  // "胡锦涛习近平吴邦国温家宝李克强张德江刘云山王岐山张高丽到会祝贺": names only, then the act of attending (到会祝贺, 等出席, 出席会议,
  // 列席会议) — no headline's words. It is the subtitle (the deck, as a headline's deck is kept), the title asked for (was: the title)
  if (meta.title !== undefined && !meta.subtitle && attendanceDeck.test(probe(meta.title).replace(/[\s\u3000]+/gu, ''))) {
    meta.subtitle = deckOf(meta.title);
    delete meta.title;
  }
  // (stop 57, mends: epaper.hljnews.cn, stop 56's gap) A headline printed on one line with its deck, the deck a chain of the session's
  // acts with their spaces lost — "凝神聚焦发力 奋力开创龙江振兴发展新局面 王宪魁主持陆昊作政府工作报告杜宇新等出席": the part after the
  // last space the deck (the subtitle, said), the phrases before it the title (was: all of it the title)
  if (meta.title && !meta.subtitle && !headline.deck) {
    const titleWords = probe(meta.title).replace(/[\s\u3000]+/gu, '');
    const printed = moved.find((m) => m.rule === 'metadata' && probe(m.text).replace(/[\s\u3000]+/gu, '') === titleWords);
    const parts = printed ? printed.text.trim().split(/[\s\u3000]+/u) : [];
    const last = parts.at(-1) ?? '';
    if (parts.length >= 2 && actChain.test(probe(last)) && !actChain.test(probe(parts[0])) && printed) {
      const row = nonBlank.find((x) => x.l.line === printed.line);
      meta.title = meta.title.slice(0, meta.title.length - last.length).replace(/[\s\u3000]+$/u, '');
      meta.subtitle = deckOf(last);
      headline.deck = { line: printed.line, column: (row?.l.column ?? 1) + Math.max(0, (row?.l.text ?? '').lastIndexOf(last)), text: last };
    }
  }
  const finished = finishMetadata(meta, moved, lines, used);
  return headline.kicker || headline.deck ? { ...finished, headline } : finished;
}

/**
 * (stop 48, mends48; blind47a's 363616.com) An encyclopedia copy's own section titles, numbered in figures with 、 and a short name
 * alone ("1、导语" over the salutation, "2、工作回顾" over the report's "一、1994年国内工作的回顾"), on a page whose infobox (中文名 …) was
 * read: the encyclopedia's, not the report's outline — out of the text, said as the page's (was: headings the report's parts
 * were nested under). Only on such a page: a report's own "1、…" headings are its own. (stop 49) Said as the encyclopedia's section
 * titles inside the text, not with the page head's words ("above the report") that fit the "1、导语" over the salutation only.
 */
export function baikeSections(body: readonly SourceLine[], moved: RemovedLine[]): SourceLine[] {
  if (!moved.some((m) => m.rule === 'metadata' && /^中文名\s*[:：]/u.test(m.text))) return [...body];
  return body.map((l) => {
    const text = l.text.trim();
    if (!/^[0-9]{1,2}[、.．]\s*\p{Script=Han}{2,6}$/u.test(text)) return l;
    moved.push({ line: l.line, text, rule: 'page-head', section: true });
    return { ...l, text: '' };
  });
}

/** A resolution's name: "关于批准2023年市级决算的决议" (only so: 决议 made a document word everywhere read an e-paper's page row over a resolution as its title's first line, held-out 38's 绛县 page). */
const resolutionName = /^(?:关于|關於)[^，,。；：:]{2,60}的(?:决议|決議)$/u;

/**
 * (stop 47) The document's own name under a short headline that is its end: 1 when `text` alone is it, 2 when `text` and `lower`
 * are its two lines (a session over its act: title-text.ts isSessionOverAct), 0 otherwise. The name a document's (its word,
 * or a resolution's) and longer than the headline.
 */
function fullerName(title: string, text: string, lower: string | undefined): number {
  const short = probe(title);
  const names = (name: string) => name.length > short.length && name.endsWith(short) && (documentWord.test(name) || resolutionName.test(name.replace(/^.*?(?=关于)/u, '')));
  if (isTitleShaped(text) && !isBody(text) && names(probe(text))) return 1;
  if (lower !== undefined && isSessionOverAct(text, lower) && names(probe(joinSpaced(text) + joinSpaced(lower)))) return 2;
  return 0;
}

/** A transcript's label: a name alone in brackets ("[俞正聲]", "【张军】") or before a colon ("張軍："). Group 1 or 2 the name. */
export const transcriptLabel = /^(?:[\[［【]([\p{Script=Han}·]{2,5})[\]］】]|([\p{Script=Han}·]{2,5})[:：])$/u;
/** A label's word that names no person: an editor's note, a host, a summary, a part of the page. */
export const labelWord = /(?:编者按|按语|主持人|记者|摘要|导语|提要|附件|注释|说明|旁白|备注|简介|全文|原文|正文|目录|内容)$/u;

/** A name cut short where a list's link ends it: Han text, no clause mark, then "..." or "…" ("…的联系区..."). */
const truncatedName = /^[^，,。；;：:！!？?]{4,60}\p{Script=Han}(?:\.{3,}|…{1,2})$/u;

/** A headline's own characters, as a copy may print them without the bar, dash or spaces between its parts. */
const headlineApart = /[\s\u3000|｜_\-—–·•]/u;

/**
 * Where a copy of the headline `title` ends that opens `text` and runs on into its first sentence ("财政预算案2024陈茂波称…赤字"
 * opening "…赤字财政司司长陈茂波说,…。" under "财政预算案2024|陈茂波称…赤字"); 0 when `text` opens with no such copy. The title a
 * headline (12 characters or more, naming no document), the copy its characters in order (its bars, dashes and spaces may be
 * left out), a sentence after it opening with a Han character or a figure.
 */
function gluedHeadline(title: string, text: string): number {
  const want = [...title].filter((c) => !headlineApart.test(c));
  if (want.length < 12 || documentWord.test(probe(title))) return 0;
  let at = 0;
  for (const c of want) {
    while (at < text.length && headlineApart.test(text[at]) && text[at] !== c) at++;
    if (text[at] !== c) return 0;
    at++;
  }
  const rest = text.slice(at);
  return /^[\p{Script=Han}0-9“]/u.test(rest) && /[。！？]/u.test(rest) && rest.length >= 10 ? at : 0;
}

/**
 * A page heading naming the full text it carries, one wording or several set apart by bars: "2015年政府工作报告全文|2015年南京市
 * 鼓楼区政府工作报告全文" → the fullest name that is a document's ("2015年南京市鼓楼区政府工作报告"); undefined for any other line.
 */
function fullTextNames(text: string): string | undefined {
  const parts = text.split(/\s*[|｜]\s*/u).map((p) => p.trim());
  if (parts.length === 0 || parts.length > 4 || !parts.every((p) => /^[^，,。；：:\s]{4,40}?(?:全文|[（(]全文[）)])$/u.test(p))) return undefined;
  const names = parts.map((p) => parseTitle(p.replace(/(?:全文|[（(]全文[）)])$/u, '')).title ?? '').filter((n) => documentWord.test(toSimplified(n)) && isTitleShaped(n));
  return names.length === parts.length ? names.reduce((a, b) => (b.length > a.length ? b : a)) : undefined;
}

/**
 * (stop 56) A document's name alone on a line of the page's head, as the title block would print it: "2017年政府工作报告",
 * "1995年政府工作報告篇1" (a writing site's count of its pieces off), "…会议关于政府工作报告的决议"; no clause mark, no news verb
 * ("作政府工作报告", "审议…报告", "热议"), or undefined.
 */
function headlineName(text: string): string | undefined {
  const name = joinSpaced(text.trim()).replace(/(?:篇[0-9一二三四五六七八九十]{1,3}|[（(]全文[）)]|全文)$/u, '');
  const simple = toSimplified(name);
  // (a site's title bar, "…政府工作报告文库_资料共享_统计公报", and a link's label, "點擊查閱更多2023年地方政府工作報告", are no name;
  // nor an essay site's "关于广州市政府工作报告", 关于 without its 的)
  if (!isTitleShaped(name) || /[，,。；;！？!?：:、|｜>_\s]/u.test(name) || name.length > 50) return undefined;
  if (!(documentWord.test(simple) || /(?:报告的)?决议$/u.test(simple)) || (/^关于/u.test(simple) && !/的/u.test(simple))) return undefined;
  if (/(?<!工)[作做](?!为)|听取|审议(?!通过)|讨论|热议|解读|聆听|学习|发布|召开|开幕|闭幕|点击|查阅|查看|更多|下载|阅读/u.test(simple.replace(/决议$/u, ''))) return undefined;
  return parseTitle(name).title === name ? name : undefined;
}

/** What a bracketed day beside a name never is: the name's place taken by an act or a document's word ("(2003年1月13日 通过)"). */
const actWord = /通过|印发|发布|公布|施行|实施|修订|修正|审议|批准|讲话|草案|会议|报告|定稿|初稿|起|止/u;

/**
 * The inside of a bracket holding exactly a day and a name, apart by spaces, in either order ("2003年1月13日 盧瑞華", "温家宝
 * 2011年3月5日"): the day (ISO) and the speaker — a role and name, or a bare name of two to four characters that names no
 * body and no act.
 */
export function datedName(inner: string): { iso: string; speaker: string } | undefined {
  const parts = inner.trim().split(/[\s\u3000]+/u);
  if (parts.length !== 2) return undefined;
  for (const [day, name] of [[parts[0], parts[1]], [parts[1], parts[0]]]) {
    const found = findDate(day);
    if (!found || found.index !== 0 || found.length !== day.length) continue;
    const bare = /^\p{Script=Han}{2,4}$/u.test(name) && !organisation.test(probe(name)) && !actWord.test(toSimplified(name));
    const speaker = speakerOf(name) ?? (bare ? name : undefined);
    if (speaker) return { iso: found.iso, speaker };
  }
  return undefined;
}

/**
 * (stop 51) The title printed again over two lines with a word lost between them: `upper` its start, `lower` its end, neither
 * the whole (the exact copy is read above), together three quarters of it at least, the end four characters or more.
 */
function brokenCopy(title: string, upper: string, lower: string): boolean {
  if (upper.length < 2 || lower.length < 4 || upper.length + lower.length >= title.length) return false;
  return title.startsWith(upper) && title.endsWith(lower) && (upper.length + lower.length) * 4 >= title.length * 3;
}
