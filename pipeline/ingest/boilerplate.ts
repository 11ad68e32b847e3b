/**
 * Site boilerplate: the lines a report page carries that are not the report
 * (menus, breadcrumbs, print/close links, counters, disclaimers, comment
 * boxes, PDF page footers). Every removed line is returned with its line
 * number so the caller can report it: nothing vanishes unseen.
 *
 * Patterns are anchored (at the start of the line) or limited to short
 * lines, so a report sentence that merely mentions 评论 or 首页 survives.
 */
import { documentWord } from './document-title.ts';
import { SURNAMES } from './surnames.ts';
import { toSimplified } from '../model/han-forms.ts';
import { creditCaption, dayAndTime, isCaptionWords, isPreviewWall, isReporterAlone, issuedLine, issuingOffice, listHeader, NOVEL_SHELF, NOVEL_SITE, rules } from './boilerplate-rules.ts';
import { dayInFigures, stampLabel, timeOfDay } from './stamp-row.ts';
import type { RemovedLine, SourceLine } from './types.ts';

/**
 * A journal index's abstract: "<正>" opens the text, after an optional label (简介:, 摘要:). (stop 53, blind: zf.alljournals.cn)
 * a layout table's bar between the label and the marker, "摘 要: | <正> 1月15日下午,…" (label and marker were kept in the text).
 */
const abstractMarker = /^\s*(?:(?:摘\s*要|简\s*介|內容摘要|内容摘要|内容简介)\s*[:：]?\s*(?:[|｜]\s*)?)?<正>\s*/u;

/**
 * (stop 41) A site's abstract over the text, its label and its sentences on one line: "【摘要】:2020 年,我们众志成城、…"
 * (高县年鉴's page). It is the site's when every sentence of it stands again in the lines below (the site made it of the
 * text's own sentences); an abstract that says anything of its own stays, label and all.
 */
const abstractLabel = /^[【\[（(]?(?:摘\s*要|内容摘要|内容提要|提\s*要)[】\]）)]?\s*[:：]\s*(?=\S)/u;
/** A text's letters and figures only (spaces, marks and punctuation set differently by a site and by its copy). */
const wordsOf = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, '');

function repeatedBelow(abstract: string, lines: readonly SourceLine[], from: number): boolean {
  const sentences = abstract.split(/(?<=[。！？!?；;])/u).map(wordsOf).filter((s) => s !== '');
  if (sentences.length === 0) return false;
  const below = wordsOf(toSimplified(lines.slice(from).map((l) => l.text).join('')));
  return sentences.every((sentence) => below.includes(sentence));
}

/** A unit alone: what a chart's axis prints over its figures (亿元, 万人, %), no figure and no word with it. */
const unitAlone = /^(?:[%％‰]|[（(](?:[%％‰]|(?:万|亿|千)?(?:元|人|户|吨|亩))[）)]|(?:万|亿|千|百)?(?:元|人|户|吨|亩|公顷|千瓦时|千瓦|辆|平方米|立方米|美元|人次|标准箱))$/u;

/**
 * (stop 57) The indexes of lines that are a chart's unit labels: a run of one to six unit-only lines with a line of prose before
 * it ending its sentence (20 characters or more) and a line of prose after it (20 or more, no unit alone) — the chart stood
 * between two paragraphs.
 */
function chartUnitLines(lines: readonly SourceLine[]): Set<number> {
  const found = new Set<number>();
  const nonBlank = [...lines.entries()].filter(([, l]) => l.text.trim() !== '');
  const prose = (text: string) => [...text].filter((c) => /\p{Script=Han}/u.test(c)).length >= 20;
  for (let k = 0; k < nonBlank.length; k++) {
    if (!unitAlone.test(nonBlank[k][1].text.trim())) continue;
    let end = k;
    while (end + 1 < nonBlank.length && unitAlone.test(nonBlank[end + 1][1].text.trim())) end++;
    const before = nonBlank[k - 1]?.[1].text.trim();
    const after = nonBlank[end + 1]?.[1].text.trim();
    if (end - k < 6 && before !== undefined && after !== undefined && prose(before) && /[。！？]["”’」）)]?$/u.test(before) && prose(after)) {
      for (let j = k; j <= end; j++) found.add(nonBlank[j][0]);
    }
    k = end;
  }
  return found;
}

/**
 * (stop 60, blind: gongwen.com.cn, a document library's copy of a city's 2022 report) the library's stats and buttons over the
 * preview, one a line: "VIP专免", "2024-01-12", "999+", "47.17KB", "35 页", "海报", "侵权投诉" — each alone may be something else
 * (a day, a count), so only a run of four or more such lines near the page's top, one at least a library's own word (VIP, 海报,
 * 侵权投诉) or a file size, is taken (they were seven paragraphs when no title block under them took them as the page's head).
 */
const libraryStat = /^(?:VIP\s*(?:专免|專免|免费|免費|专享|專享)|海报|海報|侵权投诉|侵權投訴|举报|舉報|[0-9]{1,4}\+|[0-9]{1,4}(?:\.[0-9]{1,2})?\s*(?:KB|MB|K|M)|[0-9]{1,4}\s*页|[0-9]{4}-[0-9]{2}-[0-9]{2})$/iu;
const libraryWord = /^(?:VIP|海报|海報|侵权投诉|侵權投訴|[0-9]{1,4}(?:\.[0-9]{1,2})?\s*(?:KB|MB))/iu;

function libraryStats(lines: readonly SourceLine[]): Set<number> {
  const found = new Set<number>();
  const nonBlank = [...lines.entries()].filter(([, l]) => l.text.trim() !== '').slice(0, 30);
  for (let k = 0; k < nonBlank.length; k++) {
    if (!libraryStat.test(nonBlank[k][1].text.trim())) continue;
    let end = k;
    while (end + 1 < nonBlank.length && libraryStat.test(nonBlank[end + 1][1].text.trim())) end++;
    const run = nonBlank.slice(k, end + 1);
    if (run.length >= 4 && run.some(([, l]) => libraryWord.test(l.text.trim()))) for (const [i] of run) found.add(i);
    k = end;
  }
  return found;
}

/** A wiki's tagline under an article's name (zh.wikipedia and its mirrors). */
const wikiTagline = /^来自维基百科[，,]\s*自由的百科全书$/u;
/** A wiki's maintenance notice: "此条目需要补充更多来源。", its date in brackets and a template's bar after it or not. */
const wikiNotice = /^(?:此|本)条目(?:需要|需|可能|没有|已|的|存在)[^。]{2,40}。\s*(?:[（(][0-9]{4}年[0-9]{1,2}月(?:[0-9]{1,2}日)?[）)])?\s*[|｜]?$/u;
/** A wiki's edit link as its section heading's line under it: "编辑", "[编辑]", "编辑源代码". */
const editLink = /^[\[［]?(?:编辑|編輯)(?:源代码|源代碼)?[\]］]?$/u;

/**
 * (stop 57) The indexes of a wiki's section edit links: an edit link alone right under a short line with no clause mark (the
 * section's name), two or more on the page — one alone may be a cell of a table printed one cell a line, or a byline's label.
 */
function wikiEditLinks(lines: readonly SourceLine[]): Set<number> {
  const nonBlank = [...lines.entries()].filter(([, l]) => l.text.trim() !== '');
  const found = nonBlank
    .filter(([, l], k) => editLink.test(l.text.trim()) && k > 0 && nonBlank[k - 1][1].text.trim().length <= 20 && !/[，。；：,;:！？]/u.test(nonBlank[k - 1][1].text) && !editLink.test(nonBlank[k - 1][1].text.trim()))
    .map(([i]) => i);
  return new Set(found.length >= 2 ? found : []);
}

/** A document library's label glued before the text it introduces: "文档介绍:——2009年5月16日在昔阳县…". */
const documentLabel = /^\s*(?:资源描述|文档介绍|內容介紹|内容介绍|文档简介|文檔介紹|資源描述)\s*[:：]\s*(?=\S)/u;

/**
 * (stop 56, blind: 2015.1651ky.com) A site's lead label in corner brackets before the story's first words on their line, "【快印客导读】3月12日
 * 上午,十三届全国人大二次会议…": the site's name maybe and 导读 (was: kept in the first paragraph). A report's line never opens so.
 */
const leadLabel = /^\s*【\s*\p{Script=Han}{0,8}?(?:导读|導讀)\s*】\s*(?=\S)/u;

/**
 * (stop 57, mends: www.cititic.com, stop 56's gap) An aggregator's source label and the outlet's name, a space apart before the story's
 * words on their line: "消息来源:上海证券报 新华社北京3月8日电 最高人民检察院检察长…" (was: kept, run into the text as "消息来源:上海证券报新华社北京
 * 3月8日电…" once the spaces between Han characters were closed). The name one word (no space, no clause mark, 2–20 characters); what
 * follows prose — thirty Han characters or more with a sentence's or clause's mark (a stamp row, "来源:新华网 发布时间:…", is not).
 */
const sourceLead = /^\s*(?:消息|新闻|新聞|稿件|信息|文章)?(?:来源|來源)\s*[:：]\s*[^\s。！？!?，,；;:：、]{2,20}[ \u3000\u00a0]+(?=\S)/u;
function sourceBeforeText(text: string): RegExpExecArray | null {
  const match = sourceLead.exec(text);
  if (!match) return null;
  const rest = text.slice(match.index + match[0].length);
  return (rest.match(/\p{Script=Han}/gu) ?? []).length >= 30 && /[。，,；;！？!?]/u.test(rest) && !/^\S{0,8}(?:时间|時間|日期|作者|编辑|編輯|责任编辑)\s*[:：]/u.test(rest) ? match : null;
}

/**
 * A news page's credit in brackets after a sentence's end, ending its line: "（来源：新华网 编辑：小唐）",
 * "(记者 张三)" is not one (no label). Its words may hold a lost character's "?" or a reading in brackets.
 * (Stop 45, blind: ccwb.yunnan.cn) Or unbracketed after a space, "…第一方阵。 本报记者 熊波 通讯员 杨帆": the reporters' names alone;
 * (tcrd.cn) or two names or more alone in brackets, "…参加座谈会。 (姚艺迪 曹姗 吴磐)" (one name alone may be a word: "(草案)").
 */
// (stop 47, blind: hainan.sina.com) "（通讯员：黄艳艳 胡阳）": the correspondents', after a colon
// (stop 51, blind: nmgzyyy.com, dxsbao.com) roles and names a slash apart, "（审核/陈旭 供稿/赵琦）", "(文/郭子毓)"; (ex.chinadaily.com.cn)
// the outlet's station alone, "（中国日报云南记者站）"
// (stop 51, blind: www1.indianrestaurantgz.com, a provincial paper's story) the paper's three-level review glued to the last sentence,
// no space, no bracket: "…目标以内。贵州日报天眼新闻记者王瑶编辑王远柏二审谢巍娥三审袁燕" — the outlet and reporter, then 编辑 (or
// 一审), 二审, 三审 each with a name, ending the line (was: kept, the page warned as cut off mid-sentence)
// (stop 55, mends; blind54b's chongqing.baogaosu.com) the source and the editor unbracketed, a space after the last sentence: "…而努力
// 奋斗! 来源:巫山县法院 责任编辑:宣传处" — both labels, each with a value without a space or a clause's mark (was: kept, the page
// warned as cut off mid-sentence)
const creditAtEnd = /(?<=[。！？!?”』」])\s*([（(]\s*(?:来源|稿源|信息来源|文章来源|编辑|责编|责任编辑|记者|作者|通讯员)\s*[:：](?:[^（）()\n]|[（(][^（）()\n]{0,12}[)）]){1,60}[)）]|[（(]\s*(?:文|图|文图|图文|摄影|摄|撰稿|供稿|审核|初审|复审|终审|编辑|责编|校对)\s*[/／]\s*(?![表附略见图文])\p{Script=Han}{2,4}(?:\s+(?:文|图|文图|图文|摄影|摄|撰稿|供稿|审核|初审|复审|终审|编辑|责编|校对)\s*[/／]\s*(?![表附略见图文])\p{Script=Han}{2,4}){0,4}\s*[）)]|[（(]\s*\p{Script=Han}{2,12}记者站\s*[）)]|[（(]\s*\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){1,3}\s*[）)]|(?<=\s)(?:本报|本台|本刊)?记者\s*\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4})*?(?:\s*通讯员\s*\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4})*)?|(?:\p{Script=Han}{0,12}?记者\s*\p{Script=Han}{2,3}?\s*)?(?:编辑|责编|一审)\s*[:：]?\s*\p{Script=Han}{2,3}?\s*二审\s*[:：]?\s*\p{Script=Han}{2,3}?\s*三审\s*[:：]?\s*\p{Script=Han}{2,3}|(?<=\s)(?:来源|稿源|信息来源|文章来源)\s*[:：]\s*[^\s。！？!?，,；;:：]{2,20}\s+(?:责任编辑|责编|编辑|作者)\s*[:：]\s*[^\s。！？!?，,；;:：]{2,12})\s*$/u;

/**
 * (stop 46, blind: caiyes.cn, a Discuz forum's thread) A forum's anti-copy noise: random runs of one or two ASCII characters
 * between spaces, hidden on the page and printed by its copy ("; b/ R+ p( X9 q0 z: ~6 x5 E) d") — alone on a line, after a
 * sentence's end or before the line's words. Six tokens or more, three of them with a symbol and two with a letter: a row of
 * figures ("12 34 56 78 90 11") or of initials is no noise.
 */
const jammerRun = String.raw`(?:[\x21-\x7e]{1,2}[ \t]+){5,}[\x21-\x7e]{1,2}`;
const jammerAlone = new RegExp(`^\\s*${jammerRun}\\s*$`, 'u');
const jammerAfter = new RegExp(`(?<=[。！？；;.!?])[ \\t]*(${jammerRun})[ \\t]*$`, 'u');
const jammerBefore = new RegExp(`^[ \\t]*(${jammerRun}[ \\t]+(?:[A-Za-z](?=[0-9]))?)(?=\\S)`, 'u');
const JAMMER = "a forum's anti-copy noise, random letters and symbols";
// (stop 58, blind: bbs.china-ws.org) "…使延边蜚声中外。 ; e4 M8 ]7 y1 n2 g": fewer symbols, but a letter glued to a digit in three
// tokens or more — no word, initials or figures come as "e4 M8 y1"
function isJammer(run: string): boolean {
  const tokens = run.trim().split(/[ \t]+/u);
  const symbols = tokens.filter((t) => /[^A-Za-z0-9]/u.test(t)).length;
  if (symbols >= 3 && tokens.filter((t) => /[A-Za-z]/u.test(t)).length >= 2) return true;
  return symbols >= 1 && tokens.filter((t) => /^(?:[A-Za-z][0-9]|[0-9][A-Za-z])$/u.test(t)).length >= 3;
}

/** A stored copy's date stamp before the page's first words: "date 2025-10-24 " (its published day). */
const storedDate = /^\s*date\s+[0-9]{4}-[0-9]{2}-[0-9]{2}(?:\s+|$)/u;

/**
 * (stop 53, blind: cmr2025.libanghong.com) A forum's text view of a thread (動網 Dvbbs's "TopicOther.asp", a template of many
 * forums): its head line names the forum, the board and the thread, each with its address, "以文本方式查看主题 - 网院部落
 * (http://…/index.asp) -- 『 大话茶艺社 』 (http://…) ---- 两会政府工作报告,要的不仅仅是掌声 (http://…) |" — the thread's name
 * stays (the page's title), the rest goes; each post opens on its author and time, "-- 作者:我心飞扬 -- 发布时间:2007/3/9 13:12:24 --",
 * before its words (both were paragraphs, the post's words glued to its author). A layout cell's bar ends each line.
 */
const forumTextView = /^(\s*以文本方式查看主题\s*[-－—]\s*.{1,240}?\s*[-－—]{3,4}\s*)(.+?)(\s*[（(]\s*https?:\/\/[^\s)）]+\s*[)）]\s*[|｜]?\s*)$/u;
const forumPostHead = /^\s*--\s*作者\s*[:：]\s*\S{1,30}\s*--\s*发布时间\s*[:：]\s*[0-9]{4}[-/][0-9]{1,2}[-/][0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s*--\s*/u;
const trailingCellBar = /\s*[|｜]\s*$/u;

/** The text view's chrome off its lines, said; the thread's name and the posts' words kept where they stand. */
function forumTextViewChrome(lines: SourceLine[], removed: BoilerplateResult['removed']): void {
  if (!lines.some((l) => /^\s*以文本方式查看主题/u.test(l.text))) return;
  for (const [index, line] of lines.entries()) {
    const text = toSimplified(line.text);
    const head = forumTextView.exec(text);
    if (head) {
      removed.push({ line: line.line, column: line.column, text: line.text.slice(0, head[1].length).trim(), rule: 'navigation', label: "a forum's text view: its forum and board" });
      const end = head[1].length + head[2].length;
      removed.push({ line: line.line, column: line.column + end, text: line.text.slice(end).trim(), rule: 'navigation', label: "a forum's text view: the thread's address" });
      lines[index] = { ...line, text: line.text.slice(head[1].length, end), column: line.column + head[1].length };
      continue;
    }
    const post = forumPostHead.exec(text);
    if (!post) continue;
    removed.push({ line: line.line, column: line.column, text: line.text.slice(0, post[0].length).trim(), rule: 'byline', label: "a forum post's author and time" });
    let rest = line.text.slice(post[0].length);
    const bar = trailingCellBar.exec(rest);
    if (bar) rest = rest.slice(0, bar.index);
    lines[index] = { ...line, text: rest, column: line.column + post[0].length };
  }
}

/** A newspaper's jump marker where an article continues from another page: "(紧接第3版)", "（上接第二版）". */
/** ("(上接15版)": 第 left out, round 24.) */
/** (stop 45, blind: daily.cnnb.com.cn) Or unbracketed, the continued piece's number after it: "上接第1版① 区人民法院院长…" — the
 * paper's 上接 or 紧接 and a space or a circled number after 版 (a sentence's "上接第1版" goes on with its words). */
const jumpMarker = /^\s*(?:[（(](?:紧接|緊接|上接|接|续|續)第?\s*[0-9０-９A-Z一二三四五六七八九十]{1,4}\s*[版]\s*[）)]|(?:紧接|緊接|上接)第?\s*[0-9０-９A-Z一二三四五六七八九十]{1,4}\s*版(?:[①-⑳]\s*|\s+))\s*/u;

/** The same where the article goes on on another page, ending its line: "(下转第2版)", "（转A3版）". */
// (stop 60, blind: bjmtgnews.com, a district paper's page) with the photographer's credit of the picture under it after the mark,
// "…而努力奋斗! (下转第3版)金谊平摄" (both were kept in the text, the report said to stop mid-sentence)
const jumpOnward = /\s*[（(](?:下转|下轉|转|轉|转至|轉至|见|見)第?\s*[0-9０-９A-Z一二三四五六七八九十]{1,4}\s*版\s*[）)](?:\s*\p{Script=Han}{2,4}\s*[摄攝])?\s*$/u;
/** The labels the jump markers are removed with (the report's text is on another page of the paper: index.ts says so unless both are here). */
export const JUMP_FROM = 'newspaper jump marker: continued from another page';
export const JUMP_ONWARD = 'newspaper jump marker: continued on another page';

/** A table of contents' label alone on its line: "目录", "目 录", "目錄/提綱:……" (a writing site's outline of the text). */
const contentsLabel = /^(?:目\s*录|提\s*纲|目录\s*[\/／]\s*提纲)\s*[:：]?\s*(?:…+|\.{3,})?$/u;
/**
 * A contents line: a numbered item (一、 （一）、 1、 1.), or the ellipsis that ends an outline. (A budget book's contents
 * by parts, "第一部分 报告" over its tables, is not read here: the title block under it takes it with the page's head,
 * and its part labels keep the head's lines apart from the title.)
 */
// (stop 46, blind: daying.gov.cn, a department's final accounts) or any line with a dot leader and its page number, "第一部分 部门
// 概况……………4", "二、机构设置………6" — the contents of a printed book, numbered or not
// (stop 52, blind: qiantufanwen.com) or its page number after a space, no leader: "1.2023“两会”解读政府工作报告要点之一:2022年
// 工作回顾 2" under "目录" (the item's own figures, "1.2023…", no longer hide it)
const contentsItem = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]、?|[0-9]{1,2}、|[0-9]{1,2}[.．](?![0-9]))|^(?:…+|\.{3,})$|^[^。；;！？!?]{1,40}?(?:…{2,}|\.{4,}|·{4,})\s*[0-9]{1,3}$|^[^。；;！？!?]{1,64}?\S\s+[0-9]{1,3}$/u;
/**
 * (stop 60, blind: alatiku.com, a writing site's compilation of five courts' reports) Contents whose items each end in a page number,
 * the numbers rising: "目录" / "1.潮州市中级人民法院工作报告 2" / "2.达州市中级人民法院工作报告 12" / … — a printed book's, even under
 * the site's blurb (the text begun: it was kept, each number glued to its report's name, "…工作报告2"). How many such items follow;
 * none when nothing follows them: a page that is only a compilation's contents is a list of reports, said so (list-page.ts;
 * test/ingest-blind38.test.ts, sucai198.com), not a page emptied of its text.
 */
const labelledPagedItem = /^[^。；;！？!?]{1,64}?(?:\S\s+|…{2,}|\.{4,}|·{4,})\s*([0-9]{1,3})$/u;
function pagedContentsItems(lines: readonly SourceLine[], from: number): number {
  let n = 0;
  let last = 0;
  for (let j = from; j < lines.length; j++) {
    const t = toSimplified(lines[j].text.trim());
    if (t === '') continue;
    const page = labelledPagedItem.exec(t);
    if (!page || Number(page[1]) <= last) return lines.slice(j).some((l) => l.text.trim() !== '') ? n : 0;
    last = Number(page[1]);
    n++;
  }
  return 0;
}
/** A stamp between a contents label and its items, "公开时间:2025年9月1日": the page's, read past (and removed as page info). */
const contentsStamp = /^(?:公开|发布|更新|印发)?(?:时间|日期)\s*[:：]\s*[0-9]{4}/u;
/** How many contents items follow a label (blank lines skipped), up to the first other line. */
function contentsItems(lines: readonly SourceLine[], from: number): number {
  let n = 0;
  for (let j = from; j < lines.length; j++) {
    const t = toSimplified(lines[j].text.trim());
    // (a stamp between the label and its items, "公开时间:2025年9月1日", is the page's: read past it)
    if (t === '' || contentsStamp.test(t)) continue;
    if (!contentsItem.test(t)) break;
    n++;
  }
  return n;
}

/**
 * (stop 60, mends60; mmtar.com, a wiki's page) A wiki's table of contents: its label alone ("目录") over ONE line of its sections
 * numbered from 1 in order, each a short name a space after its number — "1 基本信息 2 机构简介 3 历史沿革 … 14 著名人物" — four or
 * more. Such a wiki prints it after the article's summary, so it is read anywhere in the page (the contents before the text are
 * read below); the label and the line's indices (was: "目录" a paragraph and "1基本信息2机构简介…" one run together, said cut off).
 */
function wikiContents(lines: readonly SourceLine[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!contentsLabel.test(toSimplified(lines[i].text.trim()))) continue;
    let j = i + 1;
    while (j < lines.length && lines[j].text.trim() === '') j++;
    if (j >= lines.length) continue;
    const cells = lines[j].text.trim().split(/[\s\u3000]+/u);
    if (cells.length < 8 || cells.length % 2 !== 0) continue;
    let ok = true;
    for (let k = 0; k < cells.length; k += 2) {
      if (cells[k] !== String(k / 2 + 1) || !/^[\p{Script=Han}A-Za-z·、（）()]{2,12}$/u.test(cells[k + 1]) || !/\p{Script=Han}/u.test(cells[k + 1])) { ok = false; break; }
    }
    if (ok) found.add(i).add(j);
  }
  return found;
}

/** Fewest numbered lines in a row for a table of contents without its label. */
const CONTENTS_RUN = 3;
/** A contents item is a heading's words: short, no sentence in it. */
const contentsItemLine = /^[^。；;！？!?]{1,40}$/u;

/** A publication's part label: "第一部分 决算报告", "第二部分 决算表格(详见附件)". */
const partLabel = /^第[一二三四五六七八九十]{1,3}部分[\s：:]*\S/u;
/** A part label's number: "第一部分：…" → 一. */
const partNumber = (text: string) => /^第([一二三四五六七八九十]{1,3})部分/u.exec(text)?.[1];
/** A contents line: no sentence in it (two table names run together on one line may pass 40 characters). */
const contentsRunLine = /^[^。；;！？!?]{1,64}$/u;
/** Lines that may stand between a contents label and its first part: a note ("——…会议审议通过"), a date line. */
const NOTES_BEFORE_PARTS = 2;

/**
 * (held-out round 46) A publication's table of contents by its PARTS, under its label ("目 录"): part labels with numbered
 * lines under them ("第一部分 决算报告", "第二部分 决算表格(详见附件)", "1、…录入表" …), before any running text, up to the
 * first part label printed again alone on its line (where that part begins: its heading, kept). A note or two between
 * the label and the first part ("——2024年财政总决算于…会议审议通过") is no item: kept. The items' indices; none when the
 * first part is never printed again (a part label may stand alone: nothing proves the lines under it a contents).
 */
function partedContents(lines: readonly SourceLine[], from: number): number[] {
  const items: number[] = [];
  let first: string | undefined;
  let notes = 0;
  for (let j = from; j < lines.length; j++) {
    const t = toSimplified(lines[j].text.trim());
    if (t === '') continue;
    // (stop 51, mends51; blind50b's huangshigang.gov.cn) or its number printed again, the part named shorter where it begins
    // ("第一部分:黄石港区建设局概况" in the contents, "第一部分 部门概况" over the text): a contents lists its parts once, in order
    if (first !== undefined && (t === first || partNumber(t) === partNumber(first))) return items.length >= CONTENTS_RUN ? items : [];
    if (!contentsRunLine.test(t)) return [];
    if (partLabel.test(t)) {
      first ??= t;
      items.push(j);
    } else if (first !== undefined && contentsItem.test(t)) items.push(j);
    else if (first === undefined && ++notes <= NOTES_BEFORE_PARTS) continue;
    else return [];
  }
  return [];
}

/**
 * A table of contents with no label, at the top of the page (a document site prints the text's outline over it): a run of
 * three numbered lines or more before any running text, whose first line the text repeats, alone on its line, below
 * the run (its heading). A report that opens on its first heading has that heading once. Its lines' indices.
 */
function unlabelledContents(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  const texts = lines.map((l) => toSimplified(l.text.trim()));
  const start = texts.findIndex((t) => t !== '');
  // (before it, a line of running text: the report has begun, its numbered lines are its own)
  if (start < 0 || !contentsItem.test(texts[start])) return out;
  const run: number[] = [];
  for (let j = start; j < texts.length; j++) {
    if (texts[j] === '') continue;
    if (!contentsItem.test(texts[j]) || !contentsItemLine.test(texts[j])) break;
    run.push(j);
  }
  if (run.length < CONTENTS_RUN) return out;
  const first = texts[run[0]];
  if (!texts.slice(run[run.length - 1] + 1).includes(first)) return out;
  for (const k of run) out.add(k);
  return out;
}

/** A printed book's contents line with no leader: a heading's words, a space, its page number ("关永光:政府工作报告 3"). */
const pagedItem = /^[^。；;！？!?]{1,64}?\S\s+([0-9]{1,3})$/u;
/** Fewest such lines in a row, at the top of the page, for a book's contents with no label. */
const PAGED_RUN = 5;

/**
 * (stop 52, blind: qianqiantushu.com, a yearbook's contents on an e-book reader) A book's table of contents with no label at
 * the top of the page: a run of PAGED_RUN lines or more before any running text, each a heading's words and a page number
 * after a space ("特载 3", "关永光:政府工作报告 3", "大事记 19", "1995年大事记 19"), the numbers never going down — pages, in
 * the book's order, two headings on one page somewhere among them. A report's lines do not end in a bare figure after a space,
 * five in a row, rising; a table's column of figures rises at every line. Its lines' indices.
 */
function pagedContents(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  const run: number[] = [];
  let page = 0;
  for (let j = 0; j < lines.length; j++) {
    const t = toSimplified(lines[j].text.trim());
    if (t === '') continue;
    const m = pagedItem.exec(t);
    if (!m || Number(m[1]) < page) break;
    page = Number(m[1]);
    run.push(j);
  }
  // (a contents lists two headings on one page somewhere, and its pages go on: a run of figures rising at every line, "粮食产量 8",
  // "棉花产量 16", …, is a table's column, no book's pages)
  const pages = run.map((k) => Number(pagedItem.exec(toSimplified(lines[k].text.trim()))![1]));
  const repeats = pages.some((p, i) => i > 0 && p === pages[i - 1]);
  if (run.length >= PAGED_RUN && repeats && pages[pages.length - 1] > pages[0]) for (const k of run) out.add(k);
  return out;
}

/** Comment boxes: from their header on, the rest of the page is readers' input. */
/** ("边看边聊": a video portal's chat box under the article.) */
// (stop 48, blind: ourchinastory.com) "我要回应" over its box, "(可输入500字)"
// (stop 52, blind: www.hnsjb.cn, a provincial paper's mobile page) "精彩评论" over its box, "热门评论", "最新评论", "全部评论"
// (stop 52, blind: unclezhai.com) "发表回复", a blog's comment form's heading (WordPress's words, on every site it runs)
const commentsHeader = /^(留言与评论|发表评论|发表回复|网友评论|我要评论|我要回应|评论列表|读者留言|我要留言|网友留言|相关评论|边看边聊$|(?:精彩|热门|最新|全部)评论$)/;

/**
 * A related-links box after the text: its label alone on a line ("相关链接>>", "相关报道：", "相关附件>>"). Once the
 * report's text has run (RELATED_AFTER Han characters of running text above it), the rest of the page is that box
 * and the page's furniture under it (linked titles, print/close links, a share summary repeating the title and the
 * opening): a report does not go on after its page's related links. Before that (a sidebar above the text) only the
 * label's own line goes (the pager rule).
 */
// (held-out round 33: "小编精心推荐", a writing site's box of its editor's picks.)
// (stop 47, blind: cq.cri.cn) between dashes, "—  相关新闻  —"
const relatedHeader = /^(?:[-—–]+\s*)?(?:相关链接|相关附件|相关报道|相关阅读|相关文章|相关新闻|相关稿件|延伸阅读|推荐阅读|热点推荐|相关推荐|新闻推荐|小编推荐|小编精心推荐|最新更新|最新文章)\s*(?:[:：>》»]*|\s*[-—–]+)$/;
const RELATED_AFTER = 300;
/**
 * (stop 60, blind: lianghui.people.com.cn, a story on the 2013 proposals report) a session's special page's box of picked stories under
 * the text, its label naming the event: "全国政协十二届一次会议开幕会新闻精选" over "贾庆林:五年来政协…" (each kept as a paragraph).
 */
const PICKS_AFTER = 100;
const picksHeader = /^\p{Script=Han}{2,24}?(?:新闻精选|精选新闻|精彩推荐|新闻链接)$/u;

/** A news story's dateline opening its first paragraph: an agency's or a paper's "…社北京3月8日电", "…网…日电", "本报讯", "…网讯". */
const storyDateline = /^(?:\p{Script=Han}{1,4}社|\p{Script=Han}{2,6}网)\s*\p{Script=Han}{2,8}?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日\s*电|^(?:本[报台网刊]|\p{Script=Han}{2,10}?(?:网|报|台|客户端))(?:\p{Script=Han}{0,8}?(?:\d{1,2}月\d{1,2}日)?)?讯/u;

/** A stamp label alone on its line ("责任编辑：", "来源:", "时间：", a news credit's opening "(來源:"): its value stands on the next line. */
const labelAlone = new RegExp(`^[【\\[（(]?${stampLabel}\\s*[:：]$`, 'u');
/** That value: a name, a date or a source — short, no clause or sentence mark (a lost character's "?" aside: "新華網？?"). */
// (stop 46, blind: zb.gov.cn) or a day and its time of day, "2024年04月06日 16:34" (its colon no clause's)
/** A day with its weekday in brackets, alone: "2014年11月20日(星期四)" (date-stamp.ts reads it as a release's posting day). */
export const releaseDay = /^(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日\s*[（(]星期[一二三四五六日天][）)]$/u;
/** A label alone whose value is a time or a day (更新时间, 发布日期, 时间): its value has figures in it. */
const timeLabel = /(?:时间|日期|时期)\s*[:：]?\s*$/u;
const labelValue = new RegExp(String.raw`^[^。，；：:,;！？!?]{1,16}(?:[?？]{2,})?$|^${dayInFigures}\s+${timeOfDay}$`, 'u');

/** Two figures or more and nothing else, on one line: a page's counters. */
const counterRow = /^[0-9]{1,9}(?:[ \t\u3000]+[0-9]{1,9})+$/u;

export interface BoilerplateResult {
  kept: SourceLine[];
  removed: Array<RemovedLine & { label: string; column: number }>;
  /** (stop 42) A labelled abstract before the text that says something of its own, kept (label and all): to be said where it stands. */
  abstracts: Array<{ line: number; column: number; text: string }>;
}

/** A breadcrumb's separator alone on its line (a trail the page prints one item a line). */
const crumbSeparator = /^(?:>>?|＞|»|›|→|\/)$/u;
/** A breadcrumb's item: a short name, no sentence or clause. */
const crumbItem = /^[\p{Script=Han}A-Za-z0-9·]{1,12}$/u;

/**
 * A breadcrumb printed one item a line: "首页" / ">" / "政府信息公开" / ">" / "政府工作报告" — two separators or more
 * alone on their lines, each between two short names. Its lines' indices.
 */
function verticalTrails(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  const texts = lines.map((l) => toSimplified(l.text.trim()));
  for (let i = 0; i < texts.length; i++) {
    if (!crumbItem.test(texts[i])) continue;
    let j = i;
    while (j + 2 < texts.length && crumbSeparator.test(texts[j + 1]) && crumbItem.test(texts[j + 2])) j += 2;
    if (j - i >= 4) for (let k = i; k <= j; k++) out.add(k);
    i = Math.max(i, j);
  }
  return out;
}

/** A menu's or a tab strip's item as a page's list prints it: "- 征集公告", "• 图解" — a bullet and a short name, no sentence. */
// (stop 45, blind: cyberctm.com) or a Latin name up to 16 letters, "• MediaOutReach", "• EQSGroup"
const menuItem = /^[-*•●▪·]\s*(?:[\p{Script=Han}A-Za-z0-9]{1,8}|[A-Za-z][A-Za-z0-9.&]{1,15})$/u;
/** A menu's section label, a short word alone over its items: "媒體", "分類" (cyberctm.com's sidebar). */
const menuLabel = /^\p{Script=Han}{2,4}$/u;
/** Fewest items in a row for a menu (two bulleted words may be a report's own short list). */
const MENU_ITEMS = 3;

/**
 * A menu or a tab strip printed one item a line as a list — "- 征集公告" / "- 草案内容" / "- 起草说明" / "- 征集意见"
 * (a portal's tabs under the title; before, they were joined to the title and the last one made a paragraph). Its lines'
 * indices (blank lines between items allowed).
 */
function listedMenus(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  /** The line before the run: one ending in a colon leads into a list of the text's own ("重点支持：" / "- 教育" / …). */
  let before = '';
  const close = () => {
    if (run.length >= MENU_ITEMS && !/[:：]$/u.test(before)) for (const k of run) out.add(k);
    run = [];
  };
  for (const [index, line] of lines.entries()) {
    const text = toSimplified(line.text.trim());
    if (text === '') continue;
    if (menuItem.test(text)) run.push(index);
    // (a section's label between items, or over the first, goes with them when an item follows it)
    else if (menuLabel.test(text) && menuItem.test(toSimplified(lines.slice(index + 1).find((l) => l.text.trim() !== '')?.text.trim() ?? ''))) run.push(index);
    else {
      close();
      before = text;
    }
  }
  close();
  // (stop 50, blind: ccass.org.cn, a site's copy of a 2009 session story) or unbulleted at the very top of the page, before
  // anything else: "重要公告" / "特别关注" / "媒体关注" / "售后服务" over the story's dateline (they were the title and two headings)
  // — four lines or more of two to four characters each, no document's name among them, a line of text right under them
  // (stop 51, mends51; blind50a's zhgfanyi.com) the names letter-spaced too, "词  典" / "发  现" / "登 录" / "注 册", and a picture's
  // alt word among them ("banner"): one Latin word, the Han names four at least; with six names or more the line under them
  // may be a short title ("2021年政府工作报告全文（一）": eight names over it were seven paragraphs)
  const filled = [...lines.entries()].filter(([, l]) => l.text.trim() !== '');
  const compact = (k: number) => toSimplified(filled[k][1].text.trim()).replace(/[ \u3000]+/gu, '');
  // (a portal's column "重要公告", "通知公告" is a name too: an announcement's own title names what it announces, longer)
  const hanName = (k: number) => /^\p{Script=Han}{2,4}$/u.test(compact(k)) && (!documentWord.test(compact(k)) || /公告$/u.test(compact(k)));
  let top = 0;
  let han = 0;
  for (; top < filled.length; top++) {
    if (hanName(top)) han++;
    else if (!/^[A-Za-z]{3,12}$/u.test(compact(top))) break;
  }
  const under = top < filled.length ? filled[top][1].text.trim().length : 0;
  if (han >= TOP_MENU_ITEMS && (under >= 20 || (han >= 6 && under >= 8))) for (let k = 0; k < top; k++) out.add(filled[k][0]);
  // (stop 59, mends59; blind58a's linxia.gov.cn, a disclosure portal's side menu over its list — "政府信息公开" / "法定主动公开内容" /
  // "政府公报" / "政府信息公开年报" / "依申请公开" / "县市部门公开平台" over "序号 标题 发文字号 …": its first three were joined into the
  // title) a portal's column names are longer: six lines or more at the very top, each two to eight Han characters and nothing
  // else, all different, one at most naming a document, the line under them eight characters or more
  else {
    let wide = 0;
    const seen = new Set<string>();
    // (each name whole on its line, no space in it: "无障碍 长者模式" is two of a toolbar's, the menu rule above's)
    for (; wide < filled.length && /^\p{Script=Han}{2,8}$/u.test(filled[wide][1].text.trim()) && !seen.has(compact(wide)); wide++) seen.add(compact(wide));
    const named = [...seen].filter((name) => documentWord.test(name)).length;
    const below = wide < filled.length ? filled[wide][1].text.trim().length : 0;
    if (wide >= WIDE_MENU_ITEMS && named <= 1 && below >= 8) {
      for (let k = 0; k < wide; k++) out.add(filled[k][0]);
      // (the list's column header under the menu, over the one item the page opened, goes with it: "序号 标题 发文字号 成文日期 发布日期")
      if (listHeader(filled[wide][1].text)) out.add(filled[wide][0]);
    }
  }
  return out;
}
/** Fewest column names of up to eight characters for a portal's menu at the page's top (a title broken over lines takes fewer). */
const WIDE_MENU_ITEMS = 6;
/** Fewest unbulleted items for a menu at the page's top (three short lines may be a cover's: a place, a year, a title). */
const TOP_MENU_ITEMS = 4;

/**
 * (stop 50, blind: hprc.cssn.cn) A portal's menu printed as rows of its section names between bars: "重要新闻 | 影像记录 |  教育指南"
 * / "中国概况 | 人物长廊 | 大事年表" / … — three items or more a row, each a short name (two to eight characters, letter-spaced or not,
 * two of them Han; a figure in it, "60年图片", but never a figure alone), no bar opening or closing the row (a table's row has one, its cells figures); two such rows or more one after another
 * (three of the rows had been joined into the title). A table's header row alone over its figures is no run.
 */
const pipeMenuRow = (text: string): boolean => {
  if (/^[|｜]|[|｜]$/u.test(text)) return false;
  const items = text.split(/[|｜]/u).map((item) => item.replace(/[\s\u3000]+/gu, ''));
  // (a name may hold a figure, "60年图片", never be one)
  return items.length >= 3 && items.length <= 10 && items.every((item) => /^(?:[\p{Script=Han}0-9]{2,8}|[A-Za-z]{2,12})$/u.test(item) && (item.match(/\p{Script=Han}/gu) ?? []).length >= 2 || /^[A-Za-z]{2,12}$/u.test(item));
};
function pipeMenus(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) for (const k of run) out.add(k);
    run = [];
  };
  for (const [index, line] of lines.entries()) {
    const text = toSimplified(line.text.trim());
    if (text === '') continue;
    if (pipeMenuRow(text)) run.push(index);
    else close();
  }
  close();
  return out;
}

/**
 * (stop 46, blind: bbs.comefromchina.com, a forum thread quoting the session's transcript) A forum's card of its poster, one
 * field a line: "注册" / "2002-10-07" / "消息" / "402,402" / "荣誉分数" / "76" — a label of a member's record, then its value alone
 * (figures, a date), two such pairs or more; and the poster's name, rank and group right over them ("guest" / "Moderator" /
 * "管理成员": short lines, no sentence). A report prints no such label alone over a bare figure.
 */
const forumLabel = /^(?:注册|注册时间|注册日期|消息|帖子|主题|回帖|精华|积分|威望|金钱|贡献|荣誉分数|反应分数|声望点数|得分|点数|在线时间|最后登录|阅读权限|用户组|性别|来自|所在地)$/u;
const forumValue = /^(?:[0-9][0-9,.]*\s*(?:小时|分钟|天)?|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2})?|[男女保密]|\p{Script=Han}{1,6})$/u;
/** Fewest label-value pairs for a card. */
const CARD_PAIRS = 2;

function forumCards(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  const filled = [...lines.entries()].filter(([, l]) => l.text.trim() !== '').map(([index, l]) => ({ index, text: toSimplified(l.text.trim()) }));
  let k = 0;
  while (k < filled.length) {
    const pairs: number[] = [];
    /** Whether a value of the card is a figure or a date (a card of words alone is no member's record). */
    let figured = false;
    let j = k;
    while (j + 1 < filled.length && forumLabel.test(filled[j].text) && forumValue.test(filled[j + 1].text) && !forumLabel.test(filled[j + 1].text)) {
      pairs.push(filled[j].index, filled[j + 1].index);
      figured ||= /[0-9]/u.test(filled[j + 1].text);
      j += 2;
    }
    if (pairs.length >= CARD_PAIRS * 2 && figured) {
      for (const p of pairs) out.add(p);
      // the poster's name, rank and group over the card: up to three short lines with no sentence mark
      for (let b = k - 1; b >= Math.max(0, k - 3); b--) {
        if (filled[b].text.length > 16 || /[。，；：:！？,;!?、]/u.test(filled[b].text)) break;
        out.add(filled[b].index);
      }
      k = j;
    } else k++;
  }
  return out;
}

/**
 * A site's or broadcaster's name printed three times or more over and under the text, alone on its line ("無綫新聞 TVB
 * News" twice over a TV news page's text and three times under it): short, Han and a Latin word, no sentence in it. (A
 * line of the text repeated, "(掌聲)", has no Latin name; a name printed twice may be the text's.)
 */
function repeatedNames(lines: readonly SourceLine[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const text = toSimplified(line.text.trim());
    if (text.length > 24 || !/[A-Za-z]{2,}/.test(text) || !/\p{Script=Han}/u.test(text) || /[，。；：:！？、,;!?]/u.test(text)) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([text]) => text));
}

/** A font-size button's label alone on its line: 大, 中 or 小. */
// (stop 47, blind: xyzy.jxfy.gov.cn) each with the bar after it: "大 |" / "中 |" / "小"
const sizeButton = /^[大中小]\s*[|｜]?$/u;

/**
 * The page's font-size buttons printed one a line — "…点击量:472 大" / "中" / "小" (the first glued to the stamp row
 * over them) or "大" / "中" / "小": a run of two labels or more, each alone on its line. Its lines' indices.
 */
function sizeButtons(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  const texts = lines.map((l) => l.text.trim());
  for (let i = 0; i < texts.length; i++) {
    let j = i;
    while (j < texts.length && sizeButton.test(texts[j])) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) out.add(k);
    i = j;
  }
  return out;
}

/**
 * A reading page's control label alone on its line, a bullet before it or not: "• 字体大小:", "• 主题模式:", "• 恢复默认"; (stop 59,
 * blind: m.hefanxs.cc, a novel site's mobile chapter) its toolbar's "字体" and "关灯" (night mode), each alone.
 */
const readerControl = /^(?:[-•·●]\s*)?(?:字体大小|字号大小|文字大小|主题模式|阅读模式|背景颜色|背景色|恢复默认|默认|字体|关灯|开灯|夜间模式|日间模式|护眼模式)\s*[:：]?$/u;
/**
 * What such a control shows, alone on its line: its buttons "-" and "+" (A- A+) and the size between them, "18"; (stop 59) and
 * under a novel site's toolbar its links to the book, "返回目录 阅读足迹 更多章节", and the chapter's page count, "第(1/3)页".
 */
const readerControlValue = /^(?:[-+－＋]|A[-+]|[0-9]{1,2}|(?:返回目录|章节目录|阅读足迹|更多章节|加入书签|上一章|下一章|返回书页)(?:\s+(?:返回目录|章节目录|阅读足迹|更多章节|加入书签|上一章|下一章|返回书页))*|第\s*[（(]\s*[0-9]{1,3}\s*[/／]\s*[0-9]{1,3}\s*[)）]\s*页)$/u;

/**
 * (stop 53, blind: www.88xiaoshuo.com, a novel site's chapter) A reading page's controls printed one a line over the text:
 * "• 主题模式:" / "• 字体大小:" / "-" / "18" / "+" / "• 恢复默认" (each was a paragraph). A run from a control's label, with
 * two labels or more, or a label and its buttons, blank lines between allowed. Its lines' indices.
 */
function readerControls(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  const texts = lines.map((l) => toSimplified(l.text.trim()));
  for (let i = 0; i < texts.length; i++) {
    if (!readerControl.test(texts[i])) continue;
    const run = [i];
    let labels = 1;
    let j = i + 1;
    for (; j < texts.length && j <= i + 16; j++) {
      if (texts[j] === '') continue;
      if (readerControl.test(texts[j])) labels++;
      else if (!readerControlValue.test(texts[j])) break;
      run.push(j);
    }
    if (labels >= 2 || (run.length >= 2 && /字体大小|字号大小|文字大小/u.test(texts[i]))) for (const k of run) out.add(k);
    i = Math.max(i, run.at(-1)!);
  }
  return out;
}

/**
 * (stop 41, blind: a portal's read-aloud widget, "语音朗读,设置朗读按钮,默认不" / "朗读,老年人用户单击按钮即可对当前" / "区域内容
 * 进行朗读,再次点击," / "取消朗读。") The help text of the page's read-aloud button, hard-wrapped over a few lines: from a line
 * opening with 语音朗读 or naming the 朗读按钮 to the line that ends it, when the lines joined tell of the button. Its lines' indices.
 */
function readAloudNotices(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  const texts = lines.map((l) => toSimplified(l.text.trim()));
  for (let i = 0; i < texts.length; i++) {
    if (!/^语音朗读|朗读按钮/u.test(texts[i])) continue;
    let joined = '';
    for (let j = i; j < Math.min(texts.length, i + 6) && texts[j] !== ''; j++) {
      joined += texts[j];
      if (joined.length > 120) break;
      if (/朗读[。.]?$/u.test(texts[j]) && /(?:按钮|点击|单击)/u.test(joined) && (joined.match(/朗读/gu)?.length ?? 0) >= 3) {
        for (let k = i; k <= j; k++) out.add(k);
        i = j;
        break;
      }
    }
  }
  return out;
}

/**
 * A broadcast script's marks opening a line: a sound bite's (同期声, 同期, 现场同期, in brackets or before a colon) and the
 * voice-over's (解说, 画外音). "同期" alone needs its brackets or a colon ("同期增长…" is the text's). (stop 49, blind49a:
 * www.ynmh.gov.cn) And a county station's web copy of its script: the anchor's intro "【导语】", a segment of pictures "【图文】",
 * "【口播】" — in 【】 only (they were the paragraphs' first words).
 */
const SOUND_BITE = /^\s*(?:[【\[［（(]\s*(?:现场|采访)?(?:同期声?|解说|画外音)\s*[】\]］）)]\s*[:：]?|【\s*(?:导语|图文|口播)\s*】\s*[:：]?|(?:现场|采访)?同期声\s*[:：]?|(?:现场|采访)?同期\s*[:：]|(?:解说|画外音)\s*[:：])\s*/u;

/**
 * (stop 49, mends49; blind48a's gzzfzx.cn, a county TV station's story: "同期声:人大代表 李勋祥" over the deputy's words) A TV
 * story's script keeps its production marks — a sound bite's "同期声:", "【同期】", the voice-over's "【解说】", "解说:" — before
 * whom it gives the word to: the marks are the station's, not the story's words, and leave the line; who speaks stays, as the
 * page prints it (was: a paragraph "同期声：人大代表李勋祥"). A line of the mark alone goes whole.
 */
function soundBiteMarks(lines: SourceLine[], removed: BoilerplateResult['removed']): void {
  for (const [index, line] of lines.entries()) {
    const mark = SOUND_BITE.exec(toSimplified(line.text));
    if (!mark) continue;
    const from = line.text.length - line.text.trimStart().length;
    removed.push({ line: line.line, column: line.column + from, text: line.text.slice(from, mark[0].length).trim(), rule: 'page-info', label: "broadcast script's mark, 同期声 or 解说" });
    lines[index] = { ...line, text: line.text.slice(mark[0].length), column: line.column + mark[0].length };
  }
}

const nameAlone = /^\p{Script=Han}{2,4}$/u;
function nameByline(text: string): boolean {
  const t = toSimplified(text.trim());
  const boxed = /^[□■]\s*(\p{Script=Han}{2,4})$/u.exec(t);
  if (boxed) return true;
  return nameAlone.test(t) && SURNAMES.has(t[0]) && !/(?:报告|报道|会议|讲话|工作|政府|前言|概述|目录|附件|说明|通知|决议|公报|简介|导读|导语|摘要|提要|正文|全文|阅读)$/u.test(t);
}
/** The next lines (a stamp line or two between allowed) hold a story's prose: forty Han characters or more with a sentence's stop, no address. */
function proseFollows(lines: readonly SourceLine[], index: number): boolean {
  let seen = 0;
  for (let j = index + 1; j < lines.length && seen < 3; j++) {
    const t = lines[j].text.trim();
    if (t === '') continue;
    seen++;
    if ((t.match(/\p{Script=Han}/gu)?.length ?? 0) >= 40 && /[。！？]/u.test(t)) return !/^(?:各位|同志们|女士们|尊敬的|亲爱的)/u.test(toSimplified(t));
    if (!/(?:[0-9]{4}\s*[-年/.]\s*[0-9]{1,2}|来源|來源|发布|發布|作者|编辑|編輯)/u.test(t)) return false;
  }
  return false;
}

/** (stop 58) The next non-empty line is a story's prose: forty Han characters or more with a sentence's stop, opening with its day. */
/** A caption's words naming what the picture shows as a place or a view: 会场, 现场, 全景, 一角, 掠影, 合影 … */
const sceneCaption = /(?:会场|现场|全景|一角|场景|掠影|剪影|合影|合照|留影|全貌|外景|镜头|画面|侧记)$/u;
function headlineOverProse(lines: readonly SourceLine[], index: number): boolean {
  const next = lines.slice(index + 1).find((l) => l.text.trim() !== '');
  if (!next) return false;
  const t = toSimplified(next.text.trim());
  return (t.match(/\p{Script=Han}/gu)?.length ?? 0) >= 40 && /[。！？]/u.test(t) && /^(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日/u.test(t);
}

export function removeBoilerplate(input: readonly SourceLine[]): BoilerplateResult {
  const kept: SourceLine[] = [];
  const removed: BoilerplateResult['removed'] = [];
  // (stop 46, blind: udn.com, hk.crntt.com) A stored copy's date stamp opening the page's first line, "date 2025-10-24 快訊": the
  // day the page was published, in the copy's own words; the line's words after it stay and are read as any line is.
  const lines = [...input];
  const first = lines.findIndex((l) => l.text.trim() !== '');
  const stored = first === -1 ? null : storedDate.exec(lines[first].text);
  if (stored) {
    const line = lines[first];
    removed.push({ line: line.line, column: line.column + stored[0].indexOf('date'), text: stored[0].trim(), rule: 'page-info', label: 'date/source/print line' });
    lines[first] = { ...line, text: line.text.slice(stored[0].length), column: line.column + stored[0].length };
  }
  forumTextViewChrome(lines, removed);
  soundBiteMarks(lines, removed);
  const abstracts: BoilerplateResult['abstracts'] = [];
  const trail = verticalTrails(lines);
  const buttons = sizeButtons(lines);
  const controls = readerControls(lines);
  const readAloud = readAloudNotices(lines);
  const menus = listedMenus(lines);
  const menuRows = pipeMenus(lines);
  const outline = unlabelledContents(lines);
  const paged = pagedContents(lines);
  const names = repeatedNames(lines);
  const cards = forumCards(lines);
  const chartUnits = chartUnitLines(lines);
  const wikiEdits = wikiEditLinks(lines);
  const oneLineContents = wikiContents(lines);
  const stats = libraryStats(lines);
  let inComments = false;
  let inRelated = false;
  let inWall = false;
  /** (stop 59) Under a disclaimer's label alone at the page's end ("免責聲明:"): the notice's lines, to the end. */
  let inDisclaimer = false;
  let inContents = false;
  /** Under an e-paper's "本版标题导航": its list of the page's headlines. */
  let inHeadlines = false;
  /** (held-out round 46) The items of a contents by parts, once its label is read. */
  const parts = new Set<number>();
  /** Han characters of running text so far (lines of 20 or more). */
  let text = 0;
  /** A kept line has opened a news story with its dateline ("新华社北京3月8日电", "本报讯"): the story's text is running. */
  let storyOpened = false;
  /** The label whose value may stand on the next line. */
  let awaiting: string | undefined;
  /** Kept lines that ended at a "(下转…)" mid-sentence, and lines that began at an "(上接…)". */
  const brokenOnward = new Set<SourceLine>();
  const goneOnFrom = new Set<SourceLine>();
  /** A line's words alone (Han, letters, figures), to find a caption's sentence printed again. */
  const bare = (text: string) => toSimplified(text).replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
  const bareLines = lines.map((l) => bare(l.text));
  /** A sentence of the caption, 8 characters or more, on another line of the page or twice on its own. */
  const printedElsewhere = (words: string, at: number): boolean =>
    words
      .split(/[。！]/u)
      .map(bare)
      .filter((sentence) => sentence.length >= 8)
      .some((sentence) => bareLines.some((other, k) => (k === at ? other.indexOf(sentence) !== other.lastIndexOf(sentence) : other.includes(sentence))));
  /** (stop 57) The page holds a story's own prose: a line of forty Han characters or more with a sentence's stop, no caption. */
  let besideMemo: boolean | undefined;
  const storyBeside = (): boolean =>
    (besideMemo ??= lines.some((l) => {
      const t = toSimplified(l.text.trim());
      return t.length <= 20000 && (t.match(/\p{Script=Han}/gu)?.length ?? 0) >= 40 && /[。！？]/u.test(t) && creditCaption(t) === undefined;
    }));
  for (const [index, line] of lines.entries()) {
    const trimmed = line.text.trim();
    // (a menu's letter-spaced first item, "首 页 区县招商 产业园区 …", read as 首页)
    const probe = toSimplified(trimmed).replace(/^首\s+页(?=\s|$)/u, '首页');
    if (trimmed === '') {
      kept.push(line);
      continue;
    }
    // (stop 58, mends: blind57a's taihe100.com and shwhcc.com, blind57b's joypost.co) a column's or a story's author alone on its line at
    // the top of the text — "□李妹妍" (the box a paper prints before a byline), "吳鐸思" under the headline, "余榮讓" as a Macao column's
    // first line (they were the text's first paragraphs): a name of two to four Han characters (with the box, or opening with a common
    // surname), nothing but a title above it, and the story's prose next (a stamp line between allowed) — not an address ("同志们：…")
    if (nameByline(trimmed) && kept.filter((k) => k.text.trim() !== '').length <= 1 && proseFollows(lines, index)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'byline', label: "an author's name alone over the text" });
      continue;
    }
    // (stop 50, blind: chinaidr.com) a dash alone on the page's first line, over its title: a menu's empty item, no word (it kept the
    // title from being read). Only above everything: in a table printed one cell a line, "-" is a cell's "none".
    if (/^[-–]$/u.test(trimmed) && kept.every((l) => l.text.trim() === '')) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'separator', label: 'separator line' });
      continue;
    }
    // (stop 50, blind: zguosxw.com) "分享到:" / "0": the share button's count alone on the line under it (it was a paragraph)
    if (/^[0-9]{1,6}$/u.test(trimmed) && removed.at(-1)?.rule === 'social' && /^分享/u.test(removed.at(-1)!.text) && kept.every((k) => k.line < removed.at(-1)!.line || k.text.trim() === '')) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'social', label: "the share button's count" });
      continue;
    }
    if (jammerAlone.test(trimmed) && isJammer(trimmed)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'page-info', label: JAMMER });
      continue;
    }
    // (stop 45, blind: zyrb.com, 中原日报's page) "本报记者 康 宁" as the page's first line, no title above it: the story's byline
    // (under a title, where a reprint may set it as a speaker's line stands, the rules leave it to metadata.ts)
    if (kept.every((k) => k.text.trim() === '') && removed.length === 0 && isReporterAlone(trimmed)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'byline', label: 'reporter byline over the text' });
      continue;
    }
    // (stop 45, blind: www.macaodaily.com) "本版標題導航" and the page's headlines under it, one a line, up to the first line that is
    // no short headline (a sentence, a long line): the e-paper's navigation of this page, not the article's text
    if (/^(?:本版标题导航|标题导航)$/u.test(probe)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'navigation', label: "e-paper's headline list" });
      inHeadlines = true;
      continue;
    }
    if (inHeadlines && trimmed.length <= 30 && !/[。，；！？,;!?|｜\[\]]/u.test(trimmed)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'navigation', label: "e-paper's headline list" });
      continue;
    }
    inHeadlines = false;
    if (cards.has(index)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'navigation', label: "forum poster's card" });
      continue;
    }
    if (readAloud.has(index)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'navigation', label: 'read-aloud button\'s notice' });
      continue;
    }
    if (buttons.has(index)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'page-info', label: 'font-size button, one a line' });
      continue;
    }
    if (controls.has(index)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'page-info', label: "reading page's controls, one a line" });
      continue;
    }
    if (trail.has(index)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'breadcrumb', label: 'breadcrumb, one item a line' });
      continue;
    }
    // (before the text has run only — a title block's long line is not yet the text: a report's own short list stays)
    if (menuRows.has(index) && text < RELATED_AFTER) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'navigation', label: 'menu rows between bars' });
      continue;
    }
    if (menus.has(index) && text < RELATED_AFTER) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'navigation', label: 'menu, one item a line' });
      continue;
    }
    const pending = awaiting;
    awaiting = undefined;
    // (stop 46: a line of the text that opens with those words, "发表评论文章30余篇，…", is no header — the header is short, no sentence)
    if (!inComments && commentsHeader.test(probe) && probe.length <= 24 && !/[。，；,;]/u.test(probe)) inComments = true;
    if (inComments) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'comments', label: 'comment box' });
      continue;
    }
    // (the picks' box after a short story too — its label names a box, and the lines under it are headlines with no full stop)
    const picks = picksHeader.test(probe) && text >= PICKS_AFTER && lines.slice(index + 1).every((l) => !/[。！？]/u.test(l.text) && l.text.trim().length <= 60);
    if (!inRelated && ((text >= RELATED_AFTER && relatedHeader.test(probe)) || picks)) inRelated = true;
    if (inRelated) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'related', label: 'related links and the page under them' });
      continue;
    }
    // (held-out round 42) A row of bare counters before the text ("1580 1580 112638" over a school site's title: its visits, its
    // clicks): figures alone, two or more, no word — not a row of years (a table's head, "2023 2024 2025").
    if (text === 0 && counterRow.test(probe) && !probe.split(/\s+/u).every((n) => /^(?:19|20)[0-9]{2}$/u.test(n))) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'counter', label: 'bare counters over the text' });
      continue;
    }
    // (held-out round 42) A preview wall after the text has run ("文稿预览结束,查看原文请点击下方加入会员全站免费下载"): the text
    // stops there; what follows is the wall's notices ("1. 本文稿内容较多,…", "…如有侵权请联系站长删除!"), the site's breadcrumb
    // and its buttons ("赞助会员请点击:开通会员", "×") — the page's, however they are worded.
    // (stop 59, blind: cloudninemall.com, a copy of law-lib.com's record) A disclaimer's label alone after the text ("免責聲明:"), then its
    // notice broken over short lines to the page's end ("本站(", "law-lib.com)法規文件均轉載自:", "政府網、政報、媒"): the label was removed,
    // its lines kept as paragraphs of the text. The notice only — what follows is short (200 Han characters or fewer), no heading.
    if (!inDisclaimer && text > 0 && /^[【\[（(]?\s*(?:免责声明|版权声明|郑重声明|特别声明|声明)\s*[】\]）)]?\s*[:：]?$/u.test(probe)) {
      const rest = lines.slice(index + 1).map((l) => l.text.trim()).filter(Boolean);
      const han = rest.join('').match(/\p{Script=Han}/gu)?.length ?? 0;
      if (rest.length > 0 && rest.length <= 8 && han <= 200 && rest.some((l) => /本站|本网|转载|轉載|版权|版權|来源|來源|所有|侵权|侵權/u.test(l)) && !rest.some((l) => /^[一二三四五六七八九十]+、/u.test(l))) inDisclaimer = true;
    }
    // (stop 59, blind: info.gov.hk mirrored at hanweb.kanhan.com) the day under a press release's end mark "完", with its weekday,
    // "2014年11月20日(星期四)": the release's posting day, the page's stamp (date-stamp.ts reads it); it was the text's last paragraph
    if (releaseDay.test(probe)) {
      let k = index - 1;
      while (k >= 0 && lines[k].text.trim() === '') k--;
      if (k >= 0 && /^[（(]?完[）)]?$/u.test(lines[k].text.trim())) {
        removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'page-info', label: "a press release's day under its end mark" });
        continue;
      }
    }
    if (inDisclaimer) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'disclaimer', label: 'disclaimer and its notice to the end' });
      continue;
    }
    if (!inWall && text > 0 && isPreviewWall(probe)) inWall = true;
    if (inWall) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'document-site', label: 'preview wall and the page under it' });
      continue;
    }
    // (never a heading, nor a line naming a document: a label left empty over the report's title)
    // (stop 55, mends55; blind54a's yzxinmingsfscw.com) nor a document's name in letter spacing, "政 府 工 作 报 告" under a cut font
    // control "【字体:" (it was removed as the control's value, the title lost)
    // (stop 59, blind: ht.sanya.gov.cn) nor, under a time's label ("更新时间:" left empty), a line with no figure: "三亚市海棠区人民政府"
    // over "2015年政府信息公开工作年度报告" is the title block's issuer line, no update time (it was removed as that label's value)
    if (pending && labelValue.test(probe) && !/^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]/.test(probe) && !documentWord.test(probe) && !documentWord.test(probe.replace(/(?<=\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu, '')) && !(timeLabel.test(toSimplified(pending)) && !/[0-9０-９〇年月日:：]/u.test(probe))) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'page-info', label: `the value of “${pending}”` });
      continue;
    }
    // Before the text: a table of contents ("目录", "目錄/提綱:……") and the numbered lines under it, the page's (the report
    // follows; its own headings are read there) — not from the report's text on (a contents label inside it stays).
    if (text === 0 && outline.has(index)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'contents', label: 'table of contents before the text, its first line the text\'s heading' });
      continue;
    }
    if (oneLineContents.has(index)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'contents', label: "a wiki's table of contents, its sections numbered on one line under its label" });
      continue;
    }
    if ((text === 0 && contentsLabel.test(probe) && contentsItems(lines, index + 1) >= 2) || (contentsLabel.test(probe) && pagedContentsItems(lines, index + 1) >= 2)) inContents = true;
    else if (inContents && !contentsItem.test(probe) && !contentsStamp.test(probe)) inContents = false;
    else if (text === 0 && contentsLabel.test(probe)) {
      const items = partedContents(lines, index + 1);
      if (items.length > 0) for (const k of [index, ...items]) parts.add(k);
    }
    if (text === 0 && paged.has(index)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'contents', label: 'a book\'s table of contents before the text (headings and their page numbers)' });
      continue;
    }
    if ((inContents && !contentsStamp.test(probe)) || parts.has(index)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'contents', label: 'table of contents before the text' });
      continue;
    }
    // ("• 微信", "• 【字体:": a button behind a list bullet)
    const bulleted = /^[•●▪]\s+(?=\S)/u.exec(probe);
    const next = lines.slice(index + 1).find((l) => l.text.trim() !== '');
    if (issuingOffice.test(probe) && next && issuedLine.test(toSimplified(next.text.trim()))) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'colophon', label: '公文 版记' });
      continue;
    }
    // (held-out round 49, hlgyp.cn) A full stop alone on its line under a line that already ends its sentence ("…综合实力位居全市
    // 前列。" / "。"): a stray mark, no word. (Under a line that does not — a note hard-wrapped before its last "。" — it is the
    // sentence's end, and stays.)
    if (/^[。．]$/u.test(probe) && /[。！？；.!?]["”’」』）)]?$/u.test(lines.slice(0, index).reverse().find((l) => l.text.trim() !== '')?.text.trim() ?? '')) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'separator', label: 'stray full stop after a sentence' });
      continue;
    }
    // (stop 57, blind: www.hbjs.gov.cn) A chart's unit labels left as lines where the chart stood — "亿元", "%", "%" between a
    // statistical communiqué's paragraphs (the portal drew the chart; the copy kept its axis labels): no word of the text. Only a
    // run of unit-only lines between two lines of prose (the one before ending its sentence): one cell a line of a flattened table
    // ("地区生产总值" / "亿元" / "151.99") has short lines around it, and stays.
    // (stop 57, blind: zhwiki.oracleblog.org, wikiwand.com) a wiki mirror's section edit links, "编辑" alone under each section's
    // name, and its tagline "来自维基百科，自由的百科全书": the wiki's, no word of the article (was: paragraphs, one per section).
    // (and its maintenance notice over the article, "此条目需要补充更多来源。(2018年12月13日)|": the wiki's, dated by its editors)
    if (wikiEdits.has(index) || wikiTagline.test(probe) || wikiNotice.test(probe)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'navigation', label: wikiEdits.has(index) ? "a wiki's section edit link" : wikiNotice.test(probe) ? "a wiki's maintenance notice" : "a wiki's tagline" });
      continue;
    }
    if (stats.has(index)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'document-site', label: "a document library's stats and buttons" });
      continue;
    }
    if (chartUnits.has(index)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'chart-label', label: "a chart's unit label left between the paragraphs" });
      continue;
    }
    if (names.has(probe)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'masthead', label: "the site's name, printed again and again" });
      continue;
    }
    // (stop 47, blind: 124.42.81.250, 028news.net, j.mingriaudio.com, atoomu.net) A line closed by a photographer's credit after its
    // sentence's stop is a picture's caption; it goes where nothing is lost — a sentence of it printed again elsewhere on the page
    // (the story's lede, the headline, or the caption itself twice over, "X。人民网吴宇扬扬 摄 X。人民网吴宇扬扬 摄"), or it says it shows
    // a picture (图为) — else it stays, and news-story.ts reads its credit (a page of captions alone, stop 36)
    // (stop 57, mends: epaper.hljnews.cn, m.orobotics.cn — stop 56's gaps) or the page holds a story's own text beside it (a line of
    // prose, forty Han characters or more with a sentence's stop, no caption): the captions over it are no part of it — "王宪魁主持
    // 省十二届人大六次会议开幕式。本报记者邵国良刘心杨摄", "汶川縣體育館。 本報記者 余坪 攝" (they were paragraphs); a page of captions
    // alone keeps them
    // (stop 61, blind: heilongjiang.dbw.cn) in a layout table's cell too, its bar after the credit: "齐齐哈尔代表团分组审议政府工作报告。
    // 东北网记者李博摄 |" (they were paragraphs)
    const captionWords = creditCaption(probe.replace(/\s*[|｜]\s*$/u, ''));
    if (captionWords !== undefined && (/图为|上图|下图/u.test(captionWords) || printedElsewhere(captionWords, index) || (captionWords.length <= 40 && storyBeside()))) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'caption', label: 'photo caption' });
      continue;
    }
    // (stop 47, blind: the caption of the story's own sentence, yn-zhenkang's "县长张德花代表县人民政府向大会作政府工作报告。" printed twice in a
    // row — under the picture, then as the text's sentence, which boilerplate-rules.ts keeps: the first copy is the caption)
    if (next && next.text.trim() === trimmed && isCaptionWords(probe)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'caption', label: 'photo caption' });
      continue;
    }
    if (dayAndTime.test(probe) && !/[:：]\s*$/u.test(lines.slice(0, index).findLast((l) => l.text.trim() !== '')?.text ?? '')) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'page-info', label: 'date/time stamp' });
      continue;
    }
    // (stop 48, blind: 58.40.17.181, 青浦人民代表大会志) "Qinpu Renming DaiBiao DaHui Zhi": the site's (or book's) name spelled in
    // pinyin over its Chinese, before any text — four words or more, each made of pinyin syllables only (no English word is)
    if (text === 0 && isPinyinName(trimmed)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'site-name', label: "the site's name in pinyin" });
      continue;
    }
    // (stop 48, blind: xuanzhou.gov.cn) "政务" / "微信" / "政务" / "微博": a portal's share box, each account's kind on a line over its
    // platform — the kind alone goes with the platform's line under it
    if (/^政务$/u.test(probe) && /^(?:微信|微博|头条|抖音)$/u.test(toSimplified(lines.slice(index + 1).find((l) => l.text.trim() !== '')?.text.trim() ?? ''))) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'social', label: 'social media link' });
      continue;
    }
    // (stop 50, mends50; blind48b's eryuan.gov.cn) A portal's stamp set as a bulleted list under the headline — "• 洱源县人民政府" /
    // "• 发布时间:2023年01月16日" / "• 来源:洱源发布": its first item the publisher, a body's name alone (it was the text's first
    // paragraph). Only over a bulleted 发布时间/发布日期/来源 item.
    if (bulleted && next && /^\p{Script=Han}{2,20}?(?:人民政府|政府|局|委员会|办公室|人大常委会|人民法院|人民检察院|办事处)$/u.test(probe.slice(bulleted[0].length)) && /^[•●▪]\s*(?:发布|发表|公开|更新)?(?:时间|日期)\s*[:：]|^[•●▪]\s*(?:信息)?来源\s*[:：]/u.test(toSimplified(next.text.trim()))) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'page-info', label: "the publisher, the first item of the page's stamp list" });
      continue;
    }
    const hit = rules.find((r) => r.test(probe)) ?? (bulleted ? rules.find((r) => r.test(probe.slice(bulleted[0].length))) : undefined);
    // (stop 47, blind: qc.idea-sf.com, an agency's story of the presidium's meeting) A caption's words closed by the sentence's stop
    // with no photographer's credit, once the story has opened with its dateline, are the story's one-sentence paragraph:
    // "新华社北京3月8日电 …举行第二次会议。…" / "主席团常务主席赵乐际主持会议。" (it was removed as a caption). Above the dateline (a
    // picture's captions over the story, "李燦光主持大會。" / "香格里拉網訊 …") they are captions.
    if (hit?.rule === 'caption' && storyOpened && /。$/u.test(probe) && !/[摄攝]/u.test(probe)) {
      kept.push(line);
      continue;
    }
    // (stop 58, mends: blind57a's www.hxgk.cn) A caption's words as the page's very first line, no stop and no credit, the story's
    // prose right under it — "全国人大常委会委员长吴邦国作工作报告" over "3月9日上午9时，…举行。…": the story's headline (it was removed
    // as a photo caption, no title left). A caption under a picture closes with its stop or its credit, or stands among others.
    // A caption naming a scene, not an event (开幕会会场, 大会现场, 会场一角: stop 45's lxtdedu.com), stays a caption.
    if (hit?.rule === 'caption' && kept.every((k) => k.text.trim() === '') && removed.length === 0 && !/[。．.!！)）|｜]$/u.test(probe) && !/[摄攝]/u.test(probe) && !sceneCaption.test(probe) && headlineOverProse(lines, index)) {
      kept.push(line);
      continue;
    }
    if (hit) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: hit.rule, label: hit.label });
      // (stop 46, blind: zb.gov.cn) behind a list's bullet too, "• 发布日期:" over its value
      if (labelAlone.test(bulleted ? probe.slice(bulleted[0].length) : probe)) awaiting = trimmed;
      continue;
    }
    const label = text === 0 ? abstractLabel.exec(probe) : null;
    if (label && repeatedBelow(probe.slice(label[0].length), lines, index + 1)) {
      removed.push({ line: line.line, column: line.column, text: trimmed, rule: 'abstract-label', label: "the site's abstract, every sentence of it in the text below" });
      continue;
    }
    // (stop 42) One that says anything the text does not is kept — it may be the only place a word stands — but said: a site's or a
    // journal's summary is not the report's words.
    if (label) abstracts.push({ line: line.line, column: line.column + line.text.indexOf(trimmed), text: trimmed });
    const han = (probe.match(/\p{Script=Han}/gu) ?? []).length;
    if (han >= 20) text += han;
    if (storyDateline.test(probe)) storyOpened = true;
    // "简介:<正>各位代表:…": a journal index's label and its "<正>" (start of the text) marker before the report's words.
    // "(紧接第3版)实施…": an e-paper's jump marker before the continued text.
    // "文档介绍:——2009年5月16日在…": a document library's label before the text it shows.
    const abstract = abstractMarker.exec(line.text);
    const jump = abstract ? undefined : jumpMarker.exec(line.text);
    const docLabel = abstract || jump ? undefined : documentLabel.exec(line.text);
    const lead = abstract || jump || docLabel ? undefined : leadLabel.exec(line.text);
    const source = abstract || jump || docLabel || lead ? undefined : sourceBeforeText(line.text);
    const marker = abstract ?? jump ?? docLabel ?? lead ?? source;
    let rest = line;
    if (marker) {
      const [rule, label] = abstract ? ['abstract-label', 'journal index abstract marker'] : jump ? ['page-info', JUMP_FROM] : docLabel ? ['document-site', 'document library label'] : lead ? ['page-info', "a site's lead label"] : ['page-info', "an aggregator's source label before the text"];
      removed.push({ line: line.line, column: line.column + marker.index, text: marker[0].trim(), rule, label });
      rest = { ...line, text: line.text.slice(marker.index + marker[0].length), column: line.column + marker.index + marker[0].length };
    }
    const noiseBefore = jammerBefore.exec(rest.text);
    if (noiseBefore && isJammer(noiseBefore[1])) {
      removed.push({ line: rest.line, column: rest.column + noiseBefore.index, text: noiseBefore[1].trim(), rule: 'page-info', label: JAMMER });
      rest = { ...rest, text: rest.text.slice(noiseBefore[0].length), column: rest.column + noiseBefore[0].length };
    }
    const noiseAfter = jammerAfter.exec(rest.text);
    if (noiseAfter && isJammer(noiseAfter[1])) {
      removed.push({ line: rest.line, column: rest.column + noiseAfter.index + noiseAfter[0].indexOf(noiseAfter[1]), text: noiseAfter[1], rule: 'page-info', label: JAMMER });
      rest = { ...rest, text: rest.text.slice(0, noiseAfter.index) };
    }
    // "…體現了政協特色和時代特點。 (來源: 新華網 編輯:小唐)": a news page's credit after the text's last sentence, on its line.
    // (the probe maps one character to one: its offsets are the line's)
    const credit = creditAtEnd.exec(toSimplified(rest.text));
    if (credit) {
      const from = credit.index + credit[0].indexOf(credit[1]);
      removed.push({ line: rest.line, column: rest.column + from, text: rest.text.slice(from, from + credit[1].length), rule: 'page-info', label: 'news credit after the text' });
      rest = { ...rest, text: rest.text.slice(0, credit.index) };
    }
    // (stop 46, blind: soso.bot) "…最合适做的措施。2024-02-2821:40:27": the post's time stamp glued after the text's last sentence
    // (its date and time run together, or a space apart) — a time of day to the second is no sentence's
    const stamped = /(?<=[。！？!?”」』])\s*([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s*[0-9]{1,2}:[0-9]{2}:[0-9]{2})\s*$/u.exec(rest.text);
    if (stamped) {
      const from = stamped.index + stamped[0].indexOf(stamped[1]);
      removed.push({ line: rest.line, column: rest.column + from, text: stamped[1], rule: 'page-info', label: 'date/source/print line' });
      rest = { ...rest, text: rest.text.slice(0, stamped.index) };
    }
    // (stop 53, blind: www.gzfuluhua.cn) a headline with the page's stamp run on after it, a space apart — "2022年上半年上海市生產總值
    // 2022-07-19 來源:市統計局": the posting day and the source leave the line, the headline stays (was: the title, stamp and all).
    // A headline's length, no sentence's mark in it.
    const runOn = /\s+([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s+(?:来源|來源)\s*[:：]\s*[^\s。，,；;]{1,20})\s*$/u.exec(rest.text);
    if (runOn && runOn.index <= 60 && /\p{Script=Han}{4}/u.test(rest.text.slice(0, runOn.index)) && !/[。！？!?；;，,]/u.test(rest.text.slice(0, runOn.index))) {
      removed.push({ line: rest.line, column: rest.column + runOn.index + runOn[0].indexOf(runOn[1]), text: runOn[1], rule: 'page-info', label: 'date/source/print line' });
      rest = { ...rest, text: rest.text.slice(0, runOn.index) };
    }
    // "…增长5.2%。(下转第2版)": the jump where the article goes on on another page.
    const onward = jumpOnward.exec(rest.text);
    if (onward) {
      const from = onward.index + onward[0].length - onward[0].trimStart().length;
      removed.push({ line: rest.line, column: rest.column + from, text: onward[0].trim(), rule: 'page-info', label: JUMP_ONWARD });
      rest = { ...rest, text: rest.text.slice(0, onward.index) };
      if (!SENTENCE_END.test(rest.text.trim())) brokenOnward.add(rest);
    }
    // (stop 45, blind: szdiy168.com) "…提供更加有力的司法保障。 |": the bar closing the layout table's cell the whole text stood in, after
    // a paragraph's last sentence — no other bar on the line, and a paragraph's length (a pipe table's cell a line is a word or a figure).
    // (stop 47, blind: qjzj.net) after a closing bracket too, a story's credit its last words: "…作出新的贡献。(记者 王道) |" (the text
    // was said to stop mid-sentence)
    const cellBar = /(?<=[。！？!?”」』）)])\s*[|｜]\s*$/u.exec(rest.text);
    if (cellBar && !/[|｜]/u.test(rest.text.slice(0, cellBar.index)) && han >= 40) {
      const from = cellBar.index + cellBar[0].length - cellBar[0].trimStart().length;
      removed.push({ line: rest.line, column: rest.column + from, text: cellBar[0].trim(), rule: 'page-info', label: "a layout table's cell border" });
      rest = { ...rest, text: rest.text.slice(0, cellBar.index) };
    }
    // (stop 48, blind: ventaj.com) "| 昨日,出席…": the bar opening the layout table's cell the text stood in, before a paragraph's
    // first words — no other bar on the line, a paragraph's length (as the closing bar above)
    const openBar = /^\s*[|｜]\s*(?=[\p{Script=Han}“「《（(0-9])/u.exec(rest.text);
    if (openBar && !/[|｜]/u.test(rest.text.slice(openBar[0].length)) && han >= 40) {
      removed.push({ line: rest.line, column: rest.column + rest.text.indexOf(openBar[0].trim()), text: openBar[0].trim(), rule: 'page-info', label: "a layout table's cell border" });
      rest = { ...rest, text: rest.text.slice(openBar[0].length), column: rest.column + openBar[0].length };
    }
    if (jump) goneOnFrom.add(rest);
    kept.push(rest);
  }
  mastheadOverBreadcrumb(kept, removed);
  creditsAfterStory(kept, removed);
  linksAfterLabel(kept, removed);
  headlinesAfterEditor(kept, removed);
  appNotice(kept, removed);
  appSlogan(kept, removed);
  formInvitation(kept, removed);
  pictureLabels(kept, removed);
  tagList(kept, removed);
  readerChrome(kept, removed);
  wikiNeighbours(kept, removed);
  datelineOverResolution(kept, removed);
  headlineOfActs(kept, removed);
  return { kept: joinedAtJumps(kept, brokenOnward, goneOnFrom), removed, abstracts };
}

/** A pinyin syllable, its tone unmarked: an initial or none, a final. */
const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)';
const pinyinWord = new RegExp(`^(?:${PINYIN_SYLLABLE}(?![aeiouv]))+$`, 'i');

/** A name spelled in pinyin: four words or more of Latin letters, each made of pinyin syllables, nothing else on the line. */
function isPinyinName(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.length >= 4 && text.length <= 80 && words.every((w) => /^[A-Za-z]{1,12}$/u.test(w) && pinyinWord.test(w));
}

/** A person's act at the session, a headline's clause (simplified): "张庆生向大会作市人大常委会工作报告", "陈苏主持大会". */
export const ACT_LINE = /^[\p{Script=Han}·]{2,4}(?:向(?:大会|会议))?(?:作|做)[^\s。，；：！？,;:!?]{2,30}报告$|^[\p{Script=Han}·]{2,4}主持(?:大会|会议)?$/u;

/**
 * (stop 48, mends48; mends47's gap 6, news.jsw.com.cn: "张庆生向大会作市人大常委会工作报告" / "茅仲华作市中级人民法院工作报告" /
 * "俞波涛作市人民检察院工作报告" over "金山网讯 1月8日下午,…") The page's first lines, two or more, each a person's act and nothing
 * else, before anything else and over the story's text: the story's headline set line by line, not photo captions (a caption
 * stands by its picture inside the text) — given back to the head, where the first is read as the title and the rest as its
 * deck (was: all removed as captions, no title).
 */
function headlineOfActs(kept: SourceLine[], removed: BoilerplateResult['removed']): void {
  const firstKept = kept.find((l) => l.text.trim() !== '');
  const top = removed.filter((r) => !firstKept || r.line < firstKept.line).sort((a, b) => a.line - b.line);
  if (top.length < 2 || !firstKept || !top.every((r) => r.rule === 'caption' && ACT_LINE.test(toSimplified(r.text.trim())))) return;
  if (!/[。，]/u.test(firstKept.text)) return;
  for (const r of top) removed.splice(removed.indexOf(r), 1);
  const at = kept.indexOf(firstKept);
  kept.splice(at, 0, ...top.map((r) => ({ line: r.line, column: r.column, text: r.text })));
}

/** A document's name opening with its year: "1993年政府工作报告", "1994年中华人民共和国国务院政府工作报告". Group 1 the year. */
const YEARED_NAME = /^([0-9]{4})年[^\s。，；：:]{2,40}(?:报告|公报|纲要|规划|决议|讲话)$/u;

/**
 * (stop 48, mends48; blind47a's zhonghuashu.com, a Wikisource mirror: "1993年政府工作报告 1994年中华人民共和国国务院政府工作报告" /
 * "1994年3月10日" / "1995年政府工作报告" / "本作品收录于…") A wiki's header of a page in a series: the previous page's link, the
 * page's own name, then (after its date) the next page's link — reports of the same kind a year apart. The links are the
 * wiki's navigation, the name in the middle the page's (was: the next report's link the title, the page's name removed with
 * the previous link as the page's head).
 */
function wikiNeighbours(kept: SourceLine[], removed: BoilerplateResult['removed']): void {
  const head = kept.filter((l) => l.text.trim() !== '').slice(0, 6);
  for (const [i, l] of head.entries()) {
    const parts = toSimplified(l.text.trim()).split(/\s+/u);
    if (parts.length === 3 && oneLineNeighbours(kept, removed, l, parts)) return;
    if (parts.length !== 2) continue;
    const [prev, own] = parts.map((p) => YEARED_NAME.exec(p));
    if (!prev || !own || Number(prev[1]) !== Number(own[1]) - 1) continue;
    const next = head.slice(i + 1, i + 4).find((x) => Number(YEARED_NAME.exec(toSimplified(x.text.trim()))?.[1]) === Number(own[1]) + 1);
    if (!next) return;
    const text = l.text.trim();
    const gap = /\s+/u.exec(text)!;
    const start = l.text.indexOf(text);
    removed.push({ line: l.line, column: l.column + start, text: text.slice(0, gap.index), rule: 'navigation', label: "wiki's link to the previous page" });
    kept[kept.indexOf(l)] = { ...l, text: text.slice(gap.index + gap[0].length), column: l.column + start + gap.index + gap[0].length };
    kept.splice(kept.indexOf(next), 1);
    removed.push({ line: next.line, column: next.column, text: next.text.trim(), rule: 'navigation', label: "wiki's link to the next page" });
    return;
  }
}

/**
 * (stop 61, blind: taiwan.cn's copy of xinhuanet's "新华网北京3月16日电 第十届全国人民代表大会第五次会议关于政府工作报告的决议") A news
 * agency's dateline printed on the title line of a resolution it carries: an agency or site (…社, …网) with a place and a day, 电,
 * a space, then the resolution's name ("…关于…的决议"). The dateline is the agency's, taken out where it stands; the name is the
 * title (was: the title and the resolving session, the issuer, "新华网北京3月16日电第十届全国人民代表大会第五次会议"). Only on a line
 * of the page's head, before any sentence.
 */
const AGENCY_DATELINE = /^(\p{Script=Han}{1,6}(?:社|网|網)\p{Script=Han}{2,8}?[0-9]{1,2}月[0-9]{1,2}日[电電])\s+(?=[^\s。，,；;]{6,100}?關?[关關]于[^。，,；;]{2,80}的[决決][议議]$)/u;
function datelineOverResolution(kept: SourceLine[], removed: BoilerplateResult['removed']): void {
  for (const l of kept.slice(0, 6)) {
    if (/[。；]/u.test(l.text)) return;
    const text = l.text.trim();
    const dateline = AGENCY_DATELINE.exec(text);
    if (!dateline) continue;
    const start = l.text.indexOf(text);
    removed.push({ line: l.line, column: l.column + start, text: dateline[1], rule: 'page-info', label: "news agency's dateline" });
    kept[kept.indexOf(l)] = { ...l, text: text.slice(dateline[0].length), column: l.column + start + dateline[0].length };
    return;
  }
}

/**
 * (stop 61, blind: zh.wikisource.org's 文成縣 page, "2012年文成縣人民政府工作報告 2013年文成縣人民政府工作報告 2014年文成縣人民政府工作報告")
 * The same header on ONE line: the previous page's link, the page's own name and the next page's link, a year apart each. The
 * links are taken out where they stand, the name in the middle kept (was: the whole line the title, the next year's report's).
 */
function oneLineNeighbours(kept: SourceLine[], removed: BoilerplateResult['removed'], l: SourceLine, parts: readonly string[]): boolean {
  const years = parts.map((p) => Number(YEARED_NAME.exec(p)?.[1]));
  if (!years.every((y) => y > 0) || years[1] !== years[0] + 1 || years[2] !== years[1] + 1) return false;
  const text = l.text.trim();
  const start = l.text.indexOf(text);
  const gaps = [...text.matchAll(/\s+/gu)];
  const ownAt = gaps[0].index! + gaps[0][0].length;
  const nextAt = gaps[1].index! + gaps[1][0].length;
  removed.push({ line: l.line, column: l.column + start, text: text.slice(0, gaps[0].index), rule: 'navigation', label: "wiki's link to the previous page" });
  removed.push({ line: l.line, column: l.column + start + nextAt, text: text.slice(nextAt), rule: 'navigation', label: "wiki's link to the next page" });
  kept[kept.indexOf(l)] = { ...l, text: text.slice(ownAt, gaps[1].index), column: l.column + start + ownAt };
  return true;
}

/**
 * (stop 48, mends48; blind47a's m.nuoha.vip, an e-book reader's page of a county's 人大志: "书城政治彭阳县人大志" / "6261900000044" /
 * "第44章 工作报告(7)" over the chapter's text) An e-book reader's chrome over the text, before any sentence: its trail from the
 * store ("书城" and the category and book after it, spaces or none), a chapter's id (ten figures or more alone), and under them the
 * book's chapter line ("第44章 …", the part the page shows in brackets) — the reader's and the book's, not the report's title
 * (was: the trail and the id paragraphs, the chapter line the title).
 */
function readerChrome(kept: SourceLine[], removed: BoilerplateResult['removed']): void {
  const head: SourceLine[] = [];
  for (const l of kept) {
    if (l.text.trim() === '') continue;
    if (/[。；！？]/u.test(l.text) || head.length >= 4) break;
    head.push(l);
  }
  const trail = head.filter((l) => /^书城(?:\s*[>＞/|｜»]?\s*[\p{Script=Han}A-Za-z0-9]{1,16}){1,4}$/u.test(toSimplified(l.text.trim())));
  const id = head.filter((l) => /^[0-9]{10,}$/u.test(l.text.trim()));
  if (trail.length === 0) return;
  const after = head.slice(head.indexOf(trail[0]) + 1).filter((l) => !id.includes(l));
  const chapter = after[0] && /^第[0-9]{1,4}[章节回]\s*\S[^。，；]{0,30}$/u.test(after[0].text.trim()) ? after[0] : undefined;
  // (stop 54, blind: m.shexun.cn) the store's fiction shelf, "书城小说蹉跎政绩" (书城, 小说, the book): a novel's chapter — said as a novel
  // site's page (other-document.ts), as its banner is
  const shelf = (l: SourceLine) => (NOVEL_SHELF.test(toSimplified(l.text.trim())) ? NOVEL_SITE : "e-book reader's trail");
  for (const [l, rule, label] of [...trail.map((l) => [l, 'navigation', shelf(l)] as const), ...id.map((l) => [l, 'page-info', "e-book reader's chapter id"] as const), ...(chapter ? [[chapter, 'page-head', "e-book's chapter heading (the book's, not the report's title)"] as const] : [])]) {
    kept.splice(kept.indexOf(l), 1);
    removed.push({ line: l.line, column: l.column, text: l.text.trim(), rule, label });
  }
}

/** A credit line of a broadcast or news story: a production role, its colon, names only ("记者: 田", "制作:张 宇 张若男", "责编：王亚丽"). */
const CREDIT_ROLE = '(?:记者|编辑|责编|责任编辑|制作|摄像|摄影|剪辑|初审|复审|终审|审核|审校|校对|监制|主编|编审|出品|策划|通讯员|播音|配音|后期|主播|撰稿)';
const CREDIT = new RegExp(`^${CREDIT_ROLE}\\s*[:：]\\s*[\\p{Script=Han}·]{1,4}(?:[\\s、，,]+[\\p{Script=Han}·]{1,4}){0,5}$`, 'u');
/**
 * (stop 59, blind: www.zltqrd.gov.cn) The credits set on one line after the story, each role with one name, apart by spaces: "撰稿:
 * 于代兄 编辑:包晓峰 责编:达来 审核:梅英" (it was a paragraph, its names run together "于代兄编辑：包晓峰") — two roles or more, nothing
 * else on the line.
 */
const CREDITS_ROW = new RegExp(`^${CREDIT_ROLE}\\s*[:：]\\s*[\\p{Script=Han}·]{1,4}(?:\\s+${CREDIT_ROLE}\\s*[:：]\\s*[\\p{Script=Han}·]{1,4})+$`, 'u');

/**
 * (stop 48, mends48; blind47a's jlntv.cn, a TV station's story: "记者: 田" / "制作:张 宇 张若男" / "初审:张" / "复审:王亚丽" / "终审:
 * 张冬梅", then "热门" / "热点新闻" / "点播栏目") A story's credits, two lines or more in a run, each a production role and names
 * only: the station's or paper's, no words of the text (was: "记者：田" and "制作：张宇张若男" paragraphs — "记者:" alone may be an
 * interview's label, hence the run, and names only after it). Short labels with no mark, alone after the credits at the page's
 * end, are the site's menu (its 热门, 点播栏目).
 */
function creditsAfterStory(kept: SourceLine[], removed: BoilerplateResult['removed']): void {
  const credit = (text: string) => CREDIT.test(toSimplified(text.trim()));
  const lines = [...kept.filter((l) => l.text.trim() !== '').map((l) => ({ line: l, text: l.text.trim(), gone: false })), ...removed.map((r) => ({ line: undefined, at: r.line, text: r.text, gone: true }))];
  const order = lines.map((x) => ({ ...x, at: x.line?.line ?? (x as { at: number }).at })).sort((a, b) => a.at - b.at);
  for (const x of order) {
    if (x.gone || !x.line || !CREDITS_ROW.test(toSimplified(x.text))) continue;
    kept.splice(kept.indexOf(x.line), 1);
    removed.push({ line: x.line.line, column: x.line.column, text: x.text, rule: 'page-info', label: "story's credits" });
    x.gone = true;
  }
  for (let i = 0; i < order.length; i++) {
    if (!credit(order[i].text)) continue;
    let j = i;
    while (j + 1 < order.length && credit(order[j + 1].text)) j++;
    if (j === i) continue;
    for (const x of order.slice(i, j + 1)) {
      if (x.gone || !x.line) continue;
      kept.splice(kept.indexOf(x.line), 1);
      removed.push({ line: x.line.line, column: x.line.column, text: x.text, rule: 'page-info', label: "story's credits" });
    }
    const tail = order.slice(j + 1);
    if (tail.length > 0 && tail.length <= 6 && tail.every((x) => !x.gone && x.text.length <= 6 && /^[\p{Script=Han}A-Za-z0-9\s]+$/u.test(x.text))) {
      for (const x of tail) {
        kept.splice(kept.indexOf(x.line!), 1);
        removed.push({ line: x.line!.line, column: x.line!.column, text: x.text, rule: 'navigation', label: "site's menu after the story's credits" });
      }
    }
    i = j;
  }
}

/**
 * (stop 61, blind: lx.hhlxcourt.gov.cn, a court's story) The links under a links list's label alone on its line ("友情链接", removed as
 * the pager's), to the page's end: "云南法院网红河中院泸西之窗泸西县人民法院三公开平台" — the sites' names run together, no clause mark
 * (it was the text's last paragraph). Six lines at most, each eighty characters or fewer, nothing but such lines after the label.
 */
function linksAfterLabel(kept: SourceLine[], removed: BoilerplateResult['removed']): void {
  const label = removed.find((r) => r.label === 'links list' && /^(?:友情链接|网站群链接|政府网站链接|相关网站)\s*[:：]?$/u.test(r.text.trim()));
  if (!label) return;
  const after = kept.filter((l) => l.line > label.line && l.text.trim() !== '');
  if (after.length === 0 || after.length > 6 || !after.every((l) => l.text.trim().length <= 80 && !/[，。；：！？,;:!?]/u.test(l.text))) return;
  for (const l of after) {
    kept.splice(kept.indexOf(l), 1);
    removed.push({ line: l.line, column: l.column, text: l.text.trim(), rule: 'pager', label: 'links under the links list\'s label' });
  }
}

/**
 * (stop 49, mends49; blind48a's ydrb.yunpaper.cn, an e-paper app's page: "云报平台" / "这已经是最后一期了哦!" / "我知道了" / "内容详情") An
 * app's notice and its dismiss button at the page's head: the line right over the button ("我知道了", "知道了", removed as a button,
 * stamp-row.ts) is what the notice said to the reader — short, in the reader's second person or with a spoken particle (您, 你,
 * …哦!, …啦) — the app's, never the page's headline (was: a paragraph "这已经是最后一期了哦！"). Only before the text's first sentence.
 */
function appNotice(kept: SourceLine[], removed: BoilerplateResult['removed']): void {
  const firstSentence = kept.find((l) => /[。]/u.test(l.text) && l.text.trim().length >= 20)?.line ?? Infinity;
  for (const button of removed.filter((r) => /^(?:我知道了|知道了)[!！]?$/u.test(r.text.trim()) && r.line < firstSentence)) {
    const over = kept.filter((l) => l.line < button.line && l.text.trim() !== '').at(-1);
    if (!over) continue;
    const text = over.text.trim();
    if (text.length > 30 || !/[您你]|[哦啦呢吧呀喔][!！~～。.]?$/u.test(text)) continue;
    kept.splice(kept.indexOf(over), 1);
    removed.push({ line: over.line, column: over.column, text, rule: 'page-info', label: "app's notice over its dismiss button" });
  }
}

/**
 * (stop 55, blind: www.81.cn, 解放军报's e-paper: "解放军报客户端" / "兵在掌上阅 亮剑弹指间") An app's slogan under its name: the line
 * right under an app named alone (removed as its promotion, boilerplate-rules.ts) — two or three short phrases of Han characters
 * set apart by spaces, no mark — at the page's head, before the text's first sentence, is the app's, never the page's title (was:
 * the title). A line with a clause or a stop, or one not under such a name, stays.
 */
function appSlogan(kept: SourceLine[], removed: BoilerplateResult['removed']): void {
  const firstSentence = kept.find((l) => /[。]/u.test(l.text) && l.text.trim().length >= 20)?.line ?? Infinity;
  for (const app of removed.filter((r) => r.label === 'app promotion' && /客户端$/u.test(r.text.trim()) && r.line < firstSentence)) {
    const under = kept.find((l) => l.line > app.line && l.text.trim() !== '');
    if (!under || under.line >= firstSentence) continue;
    const text = under.text.trim();
    if (!/^\p{Script=Han}{3,8}(?:\s+\p{Script=Han}{3,8}){1,2}$/u.test(text)) continue;
    kept.splice(kept.indexOf(under), 1);
    removed.push({ line: under.line, column: under.column, text, rule: 'home-link', label: "the app's slogan under its name" });
  }
}

/**
 * (stop 49, mends49; blind48a's shouxian.gov.cn: "为进一步了解掌握社会公众对政策执行效果的反馈与评价，请您对该政策的制定及执行提出宝贵的意见
 * 或建议。我们将及时收集并分析，共同助力政策不断完善。" over "• 姓  名:" / "• 联系方式:" / "• *内  容:") A feedback form's invitation: the
 * line right over the form's first field (removed as the form's, boilerplate-rules.ts), asking the reader (请您, 欢迎您) for
 * opinions or suggestions — the portal's, not the document's (was: the text's last paragraph).
 */
function formInvitation(kept: SourceLine[], removed: BoilerplateResult['removed']): void {
  const field = removed.filter((r) => r.label === "a feedback form's field").sort((a, b) => a.line - b.line)[0];
  if (!field) return;
  const over = kept.filter((l) => l.line < field.line && l.text.trim() !== '').at(-1);
  if (!over || removed.some((r) => r.line > over.line && r.line < field.line && r.label !== 'site contact line')) return;
  const text = over.text.trim();
  if (text.length > 160 || !/请您|欢迎您|敬请/u.test(text) || !/意见|建议|评价|反馈/u.test(text)) return;
  kept.splice(kept.indexOf(over), 1);
  removed.push({ line: over.line, column: over.column, text, rule: 'captcha', label: "a feedback form's invitation" });
}

/**
 * (stop 49, mends49; blind48a's ourchinastory.com) A picture's numbered label right over its credit ("2024政府工作报告01" over "(当代中国
 * 制图)", removed as the picture's credit): the picture's name, not the text's — short, no mark in it, ending in the picture's number.
 */
function pictureLabels(kept: SourceLine[], removed: BoilerplateResult['removed']): void {
  for (const credit of removed.filter((r) => r.label === "picture's credit")) {
    const over = kept.filter((l) => l.line < credit.line && l.text.trim() !== '').at(-1);
    if (!over || over.line < credit.line - 2) continue;
    const text = over.text.trim();
    if (text.length > 24 || /[，,。；;：:！？!?、（）()]/u.test(text) || !/\p{Script=Han}[\s_-]?[0-9]{1,3}$/u.test(text)) continue;
    kept.splice(kept.indexOf(over), 1);
    removed.push({ line: over.line, column: over.column, text, rule: 'caption', label: "picture's label" });
  }
}

/**
 * (stop 50, blind: news.sd.cn) A news page's tag list under the story: "标签:" alone on its line, then its tags one a line — "个百分点"
 * / "同比下降" / "环境质量", words the site picked from the text — to the page's end. Only when every line after the label is a
 * short phrase (twelve characters at most, no mark of a sentence or a clause), at most ten of them: a report's "关键词：" over a
 * paragraph stays.
 */
function tagList(kept: SourceLine[], removed: BoilerplateResult['removed']): void {
  // (stop 54, blind: sjz.hebccw.cn) "关键词" alone, its colon lost, over "石家庄 政府工作报告" (the tags on a line, apart by spaces):
  // a news page's keyword box, the same list
  const at = kept.findIndex((l) => /^(?:(?:标签|標簽|标记|Tags?)\s*[:：]|(?:关键词|關鍵詞|关键字|關鍵字)\s*[:：]?)$/iu.test(l.text.trim()));
  if (at < 1) return;
  const after = kept.slice(at + 1).filter((l) => l.text.trim() !== '');
  if (after.length > 10 || !after.every((l) => { const t = l.text.trim(); return t.length <= 12 && !/[，,。；;：:！？!?、]/u.test(t); })) return;
  for (const line of [kept[at], ...after]) removed.push({ line: line.line, column: line.column, text: line.text.trim(), rule: 'navigation', label: 'tag list' });
  kept.splice(at);
}

/** An editor's credit alone on its line, maybe bracketed: "责任编辑:张建利", "【责任编辑：王 丽】", "(编辑:李明)". */
const EDITOR = /^[\[［【(（]?\s*(?:责任编辑|责编|编辑)\s*[:：]\s*[\p{Script=Han}·]{1,4}(?:[\s、，,]+[\p{Script=Han}·]{1,4}){0,3}\s*[\]］】)）]?$/u;

/**
 * (stop 49, mends49; blind48b's m.news.shi-fen.com: a resolution's text, "责任编辑:张建利", then "独家视频丨全球发展高层对话会开始 18个与会国
 * 领导人集体“云合影” (受权发布)中华人民共和国主席令(第一一六号)") An editor's credit closes a story's or a document's text; what the
 * page prints after it, to its end, is the site's — its related headlines, run together on a line or one a line (was: a
 * paragraph of the report). Only when the credit follows the text (a sentence before it), and every line after it is short of
 * a sentence — no 。！？； nor a clause's comma in it, at most four lines of 120 characters — so a text that goes on after a
 * credit stays, even a sentence that lost its full stop (held-out round 14's repaired "…各项工作取得新进展，经济社会发展平稳").
 */
function headlinesAfterEditor(kept: SourceLine[], removed: BoilerplateResult['removed']): void {
  const editor = removed.filter((r) => EDITOR.test(toSimplified(r.text.trim()))).at(-1);
  if (!editor || !kept.some((l) => l.line < editor.line && /[。！？]/u.test(l.text))) return;
  const after = kept.filter((l) => l.line > editor.line && l.text.trim() !== '');
  if (after.length === 0 || after.length > 4) return;
  if (!after.every((l) => l.text.trim().length <= 120 && !/[。！？；!?;，,]/u.test(l.text))) return;
  for (const l of after) {
    kept.splice(kept.indexOf(l), 1);
    removed.push({ line: l.line, column: l.column, text: l.text.trim(), rule: 'navigation', label: "related headlines after the editor's credit" });
  }
}

/**
 * (stop 48, mends48; blind47b's sczyb.com: "• 欢迎访问…官网!" / "项目立办   品牌兴办队伍强办   制度管办" / "您当前所在位置:首页 > …" /
 * the story's headline) A site lays out its masthead — its name, its slogan — above the breadcrumb, and the page's own headline
 * under it: the lines left above the page's first breadcrumb, one or two short lines of phrases with no sentence mark and naming
 * no document, when a headline-shaped line stands under the breadcrumb, are the site's, never the title (was: the slogan the
 * title, the headline a paragraph). A document's name above the breadcrumb ("2023年政府工作报告" over "当前位置：首页 > …") stays.
 */
function mastheadOverBreadcrumb(kept: SourceLine[], removed: BoilerplateResult['removed']): void {
  const crumb = removed.find((r) => r.rule === 'breadcrumb');
  if (!crumb) return;
  const above = kept.filter((l) => l.line < crumb.line && l.text.trim() !== '');
  const below = kept.filter((l) => l.line > crumb.line && l.text.trim() !== '');
  // (stop 49, blind: mdrd.gov.cn) The column's name printed over its breadcrumb and again as the breadcrumb's last step, "决议决定" over
  // "当前位置: 首页 > 决议决定" over "关于政府工作报告的决议": the column's heading, never the title, though it names a document
  // (was: title "决议决定", the resolution's own title a paragraph).
  // (stop 51, blind: art.ccnu.edu.cn) or as a step inside it when no headline stands under the trail, the text running at once:
  // "新闻资讯" over "主页 > 新闻资讯 > 新 闻 > 正文" over "35日上午9时,…" (was: title "新闻资讯"). With a line of the page's own under the
  // trail ("范文" / "位置:首页 > 范文 > 工作报告" / "市长政府工作报告全文") the page's head is read as a whole, as before.
  const steps = crumb.text.split(/\s*(?:>>|>|＞|»|→|-{1,2}>)\s*/u).map((step) => step.trim());
  const last = steps.at(-1);
  const column =
    above.length === 1 &&
    below.length > 0 &&
    ((last !== undefined && last.length >= 2 && above[0].text.trim() === last) ||
      (/[。，,]/u.test(below[0].text) && steps.slice(1, -1).some((step) => step.length >= 2 && step === above[0].text.trim())));
  if (column) {
    const line = above[0];
    kept.splice(kept.indexOf(line), 1);
    removed.push({ line: line.line, column: line.column, text: line.text.trim(), rule: 'page-head', label: "column's name over its breadcrumb" });
    return;
  }
  // (stop 48, blind48a: qdhnews.com.cn, three lines — the site's name, its slogan, a button: "视界千岛湖" / "快·准·活·美" / "点击打开")
  if (above.length === 0 || above.length > 3 || below.length < 2) return;
  // (stop 59, blind: bsmz.net, a writing site) or its motto of four-character phrases apart by 、, "荟聚奇文、博采众长、见贤思齐" (it
  // was the title)
  const motto = (text: string) => /^\p{Script=Han}{4}(?:[、，,\s]\p{Script=Han}{4}){1,4}$/u.test(text);
  const phrases = (text: string) => motto(text) || (text.length <= 40 && !/[。，,；;！!？?：:、《》“”"()（）]/u.test(text) && !documentWord.test(toSimplified(text).replace(/\s+/gu, '')));
  if (!above.every((l) => phrases(l.text.trim()))) return;
  // (the headline under the breadcrumb: a short line with no sentence in it, over a line of running text — or the breadcrumb's
  // last step printed again, "… > 范文素材 > 新疆兵团民情日记" over "新疆兵团民情日记", whatever stands under it: a stamp row there)
  const headline = below[0].text.trim();
  const echoed = last !== undefined && last.length >= 2 && headline === last;
  if (headline.length > 60 || /[。；;！!？?]/u.test(headline) || !(echoed || /[。，,]/u.test(below[1].text))) return;
  for (const line of above) {
    kept.splice(kept.indexOf(line), 1);
    removed.push({ line: line.line, column: line.column, text: line.text.trim(), rule: 'page-head', label: "site's masthead or slogan above its breadcrumb" });
  }
}

/** What ends a sentence, or a paragraph, before a jump marker. */
const SENTENCE_END = /[。！？!?；;：:…”」』）)]$/u;

/**
 * Pages pasted in order: a paragraph the paper broke at its jump — "…地区生产总值增长(下转第2版)" / "(上接第1版)5.2%，…"
 * — is one paragraph again (the second part's text on the first part's line; only blank lines between them).
 */
function joinedAtJumps(kept: SourceLine[], brokenOnward: ReadonlySet<SourceLine>, goneOnFrom: ReadonlySet<SourceLine>): SourceLine[] {
  if (brokenOnward.size === 0) return kept;
  const joined: SourceLine[] = [];
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i];
    let next = i + 1;
    while (next < kept.length && kept[next].text.trim() === '') next++;
    if (brokenOnward.has(line) && next < kept.length && goneOnFrom.has(kept[next])) {
      joined.push({ ...line, text: line.text.trimEnd() + kept[next].text.trimStart() });
      i = next;
      continue;
    }
    joined.push(line);
  }
  return joined;
}

