/**
 * The outline from the document's own numbering, over all blocks at once:
 * - a run of three or more numbered lines of one style with nothing between
 *   them is a list (a table of contents, enumerated items), not headings;
 * - a short unnumbered line standing before a long paragraph, in a text whose
 *   other headings are numbered after it, is a heading of its own (some
 *   reports leave their top level unnumbered);
 * - levels follow the order in which numbering styles first appear
 *   (一、 → （一） → 1. → （1）, or 1、 first: then 1、 is the top level),
 *   unless the text starts mid-outline (its first heading is not number one:
 *   an excerpt), where each style keeps its conventional depth;
 * - an annex after the report ("附件1" over its title) is a top-level heading
 *   of its own, and the annex's outline (its 一、 …) nests one level under it.
 * Changes the blocks in place; every decision is noted for the messages.
 */
import { actHeadline } from './act-headline.ts';
import { toSimplified } from '../model/han-forms.ts';
import { hanOf } from './chars.ts';
import { datelineAlone, isPartHeading, isPartName } from './head-lines.ts';
import { isNotesHeading } from './notes.ts';
import { headingDepth, numberingOf, parallelOpening, type StructureNote } from './structure.ts';
import type { DraftBlock, NumberingStyle } from './types.ts';

const LIST_RUN = 3;
const MAX_DEPTH = 6;

/**
 * `paragraphNumbers`: the document numbers its paragraphs, not its outline (a special administrative region's policy
 * address: chapters "(一)…", every paragraph "1.", "2.", … "277." through the address) — every "N." block is a paragraph.
 */
export function outlineLevels(blocks: DraftBlock[], notes: StructureNote[], paragraphNumbers = false): void {
  if (paragraphNumbers) keepNumberedParagraphs(blocks, notes);
  joinNumberedParagraphs(blocks, notes);
  joinSplitLeads(blocks);
  markParallelOpenings(blocks);
  demoteLists(blocks, notes);
  continueItems(blocks, notes);
  demoteCellLabels(blocks, notes);
  promoteUnnumbered(blocks, notes);
  promoteDashHeadings(blocks, notes);
  promoteNumberedTopics(blocks, notes);
  promoteAnnexes(blocks, notes);
  // The report, then each annex: its own outline, one level under the annex's heading.
  let part: DraftBlock[] = [];
  let top = 2;
  for (const b of [...blocks, undefined]) {
    if (b !== undefined && !(b.kind === 'heading' && b.numbering?.style === 'annex')) {
      if (b.kind === 'heading' && b.numbering) part.push(b);
      continue;
    }
    levels(part, top);
    nestRestartedSections(part);
    part = [];
    top = 3;
  }
}

/** Levels in the order the numbering styles first appear, from `top`; an excerpt (not starting at number one) keeps the conventional depths, under an annex one deeper. */
function levels(headings: DraftBlock[], top: number): void {
  if (headings.length === 0) return;
  if (headings[0].numbering!.ordinal !== 1) {
    if (top > 2) for (const h of headings) h.depth = Math.min(MAX_DEPTH, (h.depth ?? 2) + top - 2);
    return;
  }
  const order: NumberingStyle[] = [];
  for (const h of headings) if (!order.includes(h.numbering!.style)) order.push(h.numbering!.style);
  for (const h of headings) h.depth = Math.min(MAX_DEPTH, top + order.indexOf(h.numbering!.style));
}

/** A part of the report named after its period and kind of work: "2024年主要工作", "过去五年工作回顾", "2025年工作建议". */
const partName = /^(?:(?:19|20)[0-9]{2}年度?|过去的?(?:一年|五年)|今后(?:一年|五年)|今年|本届政府)?的?\p{Script=Han}{0,4}?(?:工作回顾|工作安排|工作任务|主要任务|目标任务|主要工作|工作建议)$/u;

/**
 * "一、2024年主要工作" (a part, named as one) and, before any 二、, "一、坚持…" again: the page numbers the part's sections
 * as it numbers the parts (绍兴's congress standing committee, held-out round 30). The sections — and what is under them —
 * go one level down, until the next 一、-style heading named as a part ("二、2025年工作建议"), which is the next part.
 */
function nestRestartedSections(headings: DraftBlock[]): void {
  const han = (h: DraftBlock) => h.numbering?.style === 'han';
  const named = (h: DraftBlock) => partName.test(h.text.replace(/^[一二三四五六七八九十]+[、.．]\s*/u, '').trim());
  for (let i = 0; i < headings.length; i++) {
    if (!han(headings[i]) || headings[i].numbering!.ordinal !== 1 || !named(headings[i])) continue;
    const j = headings.findIndex((h, k) => k > i && han(h));
    if (j < 0 || headings[j].numbering!.ordinal !== 1 || named(headings[j])) continue;
    let k = j;
    for (; k < headings.length && !(han(headings[k]) && named(headings[k])); k++) headings[k].depth = Math.min(MAX_DEPTH, (headings[k].depth ?? 2) + 1);
    i = k - 1;
  }
}

/** The topic statements a portal may set apart from their paragraphs: "一是联合港澳承办十五运会和残特奥会。", "这是经济实力持续提升的五年。". */
const splitLeadKinds: readonly RegExp[] = [/^[一二三四五六七八九十]是[^，,。；;：:！？]{3,24}[。！]$/u, /^(?:这|這)是[^，,。；;：:！？]{2,24}的(?:五年|一年)[。！]$/u];

/** A document that numbers its paragraphs: each "N." heading is a paragraph again — a run-in one joined to the paragraph split from it. */
function keepNumberedParagraphs(blocks: DraftBlock[], notes: StructureNote[]): void {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const head = blocks[i];
    if (head.kind !== 'heading' || head.numbering?.style !== 'arabic') continue;
    const runIn = head.cut !== undefined && blocks[i + 1]?.kind === 'paragraph';
    const text = runIn ? head.text + head.cut + blocks[i + 1].text : (head.runIn ?? head.text + (head.cut ?? ''));
    blocks.splice(i, runIn ? 2 : 1, { kind: 'paragraph', text, line: head.line, column: head.column });
    const split = notes.findIndex((n) => n.kind === 'run-in' && n.line === head.line && n.column === head.column);
    if (split >= 0) notes.splice(split, 1, { kind: 'paragraph-numbers', line: head.line, column: head.column });
    else notes.push({ kind: 'paragraph-numbers', line: head.line, column: head.column });
  }
}

/** A label, a colon and a sentence of two clauses or more after it: "主动公开的途径：中心网站、官方微博…，发布…". */
const labelledSentence = /^[^：:]{2,30}[：:][^：:]*[，,、][^：:]*[，,；;、][^：:]*$|^[^：:]{2,30}[：:][^：:]{6,}[，,][^：:]{4,}$/u;

/**
 * Paragraph numbers, not an outline: a run of three or more numbered blocks of one style whose ordinals follow one
 * another (1. 2. 3. …, as a special administrative region's policy address numbers every paragraph), most of them
 * whole paragraphs kept as text (structure.ts: a first sentence too long for a heading) — a run-in heading among
 * them is a numbered paragraph too: it and the paragraph split from it are one paragraph again.
 */
function joinNumberedParagraphs(blocks: DraftBlock[], notes: StructureNote[]): void {
  const members: Array<{ i: number; style: NumberingStyle; ordinal: number; runIn: boolean; whole?: boolean }> = [];
  for (const [i, b] of blocks.entries()) {
    if (b.kind === 'heading' && b.numbering && b.cut !== undefined && blocks[i + 1]?.kind === 'paragraph') members.push({ i, ...b.numbering, runIn: true });
    // (stop 59, mends59; blind58b's news.iaiso.net, a centre's disclosure report — "（三）主动***息的途径：中心网站、官方微博主动***息，
    // 发布中心资讯、答复公积金咨询等。" a heading, its 。 left off, between "（二）主动***息的主要类别情况：2020年中心…" and "（四）…"
    // kept as paragraphs) a whole line read as a heading that is a label, a colon and a sentence with its clauses is one of the
    // numbered paragraphs too, when most of its run are
    else if (b.kind === 'heading' && b.numbering && b.cut === undefined && labelledSentence.test((b.runIn ?? b.text).trim())) members.push({ i, ...b.numbering, runIn: true, whole: true });
    else if (b.kind === 'paragraph' && !b.english && headingDepth(b.text) !== undefined) {
      const n = numberingOf(b.text);
      if (n) members.push({ i, ...n, runIn: false });
    }
  }
  const joins: number[] = [];
  const wholes: number[] = [];
  for (let a = 0; a < members.length; ) {
    let z = a + 1;
    while (z < members.length && members[z].style === members[z - 1].style && members[z].ordinal === members[z - 1].ordinal + 1) z++;
    const run = members.slice(a, z);
    // (stop 60, mends60; blind59b's tech.efang.tv, an explainer's four numbered facts: "1、白皮书是政府或议会正式发表的…报告书的别称。
    // 作为…" and "2、…" split as run-in headings, "3、…" and "4、…" kept as paragraphs) half the run paragraphs, and each run-in's head
    // a long sentence (15 characters or more: a run-in heading names a task in a few words), is a run of numbered paragraphs too
    const paragraphsIn = run.filter((m) => !m.runIn).length;
    const longHeads = run.every((m) => !m.runIn || m.whole || [...blocks[m.i].text.replace(/^\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*/u, '')].length >= 15);
    if (run.length >= 3 && (2 * paragraphsIn > run.length || (run.length >= 4 && 2 * paragraphsIn === run.length && longHeads))) {
      joins.push(...run.filter((m) => m.runIn && !m.whole).map((m) => m.i));
      wholes.push(...run.filter((m) => m.whole).map((m) => m.i));
    }
    a = z;
  }
  for (const i of wholes) {
    const head = blocks[i];
    blocks[i] = { kind: 'paragraph', text: (head.runIn ?? head.text).trim(), line: head.line, column: head.column };
    notes.push({ kind: 'paragraph-numbers', line: head.line, column: head.column });
  }
  for (const i of joins.reverse()) {
    const [head, rest] = [blocks[i], blocks[i + 1]];
    blocks.splice(i, 2, { kind: 'paragraph', text: head.text + head.cut + rest.text, line: head.line, column: head.column });
    // (its split is undone: the note saying it was made goes, one saying why it was kept whole takes its place)
    const split = notes.findIndex((n) => n.kind === 'run-in' && n.line === head.line && n.column === head.column);
    if (split >= 0) notes.splice(split, 1, { kind: 'paragraph-numbers', line: head.line, column: head.column });
  }
}

/**
 * Leads a page printed as paragraphs of their own (a portal's bold line over the text, where the printed report runs
 * it in): a one-sentence paragraph of a parallel kind ("一是…。", "这是…的五年。"), two of the kind or more in the
 * text, each over a paragraph of text (40 characters or more) that does not open with another — joined to that
 * paragraph as its lead. A run of such items one after the other is a list and stays, as does a lone one.
 */
function joinSplitLeads(blocks: DraftBlock[]): void {
  for (const kind of splitLeadKinds) {
    const alone = (i: number) => blocks[i]?.kind === 'paragraph' && kind.test(blocks[i].text.trim());
    const at: number[] = [];
    for (let i = 0; i < blocks.length - 1; i++) {
      const next = blocks[i + 1];
      // (a bilingual edition's paragraphs keep their English twins: not joined)
      if (!alone(i) || alone(i - 1) || next.kind !== 'paragraph' || next.text.length < 40 || kind.test(next.text.split(/(?<=[。！？])/u)[0]) || blocks[i].english || next.english) continue;
      at.push(i);
    }
    if (at.length < 2) continue;
    for (const i of at.reverse()) {
      const [lead, next] = [blocks[i], blocks[i + 1]];
      const text = lead.text.trim();
      blocks.splice(i, 2, { ...next, text: text + next.text, lead: text.length, line: lead.line, column: lead.column });
    }
  }
}

/**
 * Parallel openings ("五年感恩奋进，脱贫攻坚全面胜利，…。" / "五年感恩奋进，经济实力赶超跨越，…。"): two paragraphs or more
 * one after the other, each opening with the same clause in a short statement over more text (structure.ts,
 * parallelOpening), are leads, as the printed report sets them. A lone one, or a paragraph with a lead already, is none.
 */
function markParallelOpenings(blocks: DraftBlock[]): void {
  const opening = (b: DraftBlock | undefined) => (b?.kind === 'paragraph' && !b.lead && !b.english ? parallelOpening(b.text) : undefined);
  for (let i = 0; i < blocks.length; ) {
    const first = opening(blocks[i]);
    let j = i + 1;
    while (first && opening(blocks[j])?.opening === first.opening) j++;
    if (first && j - i >= 2) for (let k = i; k < j; k++) blocks[k].lead = opening(blocks[k])!.length;
    i = first ? j : i + 1;
  }
}

/** "附件1", "附件二": an annex's label alone on its line. */
const annexLabel = /^附件\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?$/u;

/**
 * An annex after the report: its label alone on a line ("附件1") over its title
 * (a short line, no sentence in it: "2026年省十件民生实事") — one top-level
 * heading "附件1　2026年省十件民生实事". A label over the notes heading
 * (附件2 / 名词解释) is the notes section's (notes.ts); a label over running
 * text, or with nothing after it, stays text.
 */
function promoteAnnexes(blocks: DraftBlock[], notes: StructureNote[]): void {
  for (let i = 1; i < blocks.length - 1; i++) {
    const [b, title] = [blocks[i], blocks[i + 1]];
    const label = annexLabel.exec(b.text.trim());
    if (!label || b.kind !== 'paragraph' || !['paragraph', 'heading'].includes(title.kind) || (title.kind === 'heading' && title.numbering?.style !== 'none')) continue;
    const name = title.text.trim();
    if (isNotesHeading(name) || name.length > 40 || hanOf(name).length < 4 || /[。！？；：:，,]/.test(name)) continue;
    notes.push({ kind: 'unnumbered-heading', line: b.line, column: b.column });
    const unnumbered = notes.findIndex((n) => n.kind === 'unnumbered-heading' && n.line === title.line && n.column === title.column);
    if (unnumbered >= 0) notes.splice(unnumbered, 1);
    const ordinal = label[1] ? (numberingOf(`${label[1]}、`)?.ordinal ?? Number(label[1])) : 1;
    blocks.splice(i, 2, { kind: 'heading', depth: 2, text: `${b.text.trim()}\u3000${name}`, line: b.line, column: b.column, numbering: { style: 'annex', ordinal } });
  }
}

/**
 * `b` made a block of another kind (`block`: its kind and text): it keeps its place in the input and its
 * English twin (a bilingual edition's, twins.ts); every other field of `b` is dropped.
 */
function remade(b: DraftBlock, block: Omit<DraftBlock, 'line' | 'column' | 'english'>): DraftBlock {
  return { ...block, line: b.line, column: b.column, ...(b.english && { english: b.english }) };
}

function demoteLists(blocks: DraftBlock[], notes: StructureNote[]): void {
  for (let i = 0; i < blocks.length; ) {
    const style = blocks[i].kind === 'heading' ? blocks[i].numbering?.style : undefined;
    let j = i;
    // A heading split from its paragraph (runIn unset) has text after it: it ends a run.
    while (style && j < blocks.length && blocks[j].kind === 'heading' && blocks[j].numbering?.style === style && blocks[j].runIn !== undefined) j++;
    if (style && j - i >= LIST_RUN) {
      notes.push({ kind: 'list', line: blocks[i].line, column: blocks[i].column });
      for (let k = i; k < j; k++) {
        const b = blocks[k];
        blocks[k] = remade(b, { kind: 'paragraph', text: b.runIn! });
      }
    }
    i = Math.max(j, i + 1);
  }
}

/**
 * The next of a run of numbered items ("7.城乡社区事务支出144.2万元，为调整预算的99.45%。" kept as an item) is an item too,
 * though cut where it reads as a heading line ("8.农林水事务支出651.4万元，为": a page cut there) — the same numbering,
 * the next number, right after the item.
 */
function continueItems(blocks: DraftBlock[], notes: StructureNote[]): void {
  for (let i = 1; i < blocks.length; i++) {
    const [before, b] = [blocks[i - 1], blocks[i]];
    if (b.kind !== 'heading' || !b.numbering || b.runIn === undefined || before.kind !== 'paragraph') continue;
    const item = notes.some((n) => n.kind === 'numbered-item' && n.line === before.line && n.column === before.column);
    const previous = numberingOf(before.text);
    if (!item || previous?.style !== b.numbering.style || previous.ordinal + 1 !== b.numbering.ordinal) continue;
    notes.push({ kind: 'numbered-item', line: b.line, column: b.column });
    blocks[i] = remade(b, { kind: 'paragraph', text: b.runIn });
  }
}

/** A table's cell printed alone on its line: a figure ("929393", "3.98%", "-12.5"). */
const figureCell = /^[-+]?[0-9][0-9.,，]*%?$/u;

/**
 * "一、本级收入" between bare figures ("929393" / "一、本级收入" / "230000"): a table printed one cell a line, the line a
 * row's label — no heading.
 */
function demoteCellLabels(blocks: DraftBlock[], notes: StructureNote[]): void {
  for (let i = 1; i < blocks.length - 1; i++) {
    const [before, b, after] = [blocks[i - 1], blocks[i], blocks[i + 1]];
    if (b.kind !== 'heading' || !b.numbering || b.runIn === undefined) continue;
    if (before.kind !== 'paragraph' || after.kind !== 'paragraph' || !figureCell.test(before.text.trim()) || !figureCell.test(after.text.trim())) continue;
    notes.push({ kind: 'numbered-item', line: b.line, column: b.column });
    blocks[i] = remade(b, { kind: 'paragraph', text: b.runIn });
  }
}

/** Only Han text, figures and quotes: no sentence, no clause, no date or organisation line. */
const headingShape = /^[\p{Script=Han}0-9０-９〇○Ｏ“”《》、·]+$/u;
/** (new user, round 24) A headline of 四字格 phrases, the ideographic space normalize.ts keeps between them: "凝心聚力　建言资政". */
const fourCharPhrases = /^\p{Script=Han}{4}(?:\u3000\p{Script=Han}{4})+$/u;
/** A section's kicker: a 四字格 phrase, or two a space apart ("砥砺初心", "凝心聚力　建言资政"). */
const kickerPhrase = /^\p{Script=Han}{4}(?:[ \u3000]\p{Script=Han}{4})?$/u;
/** (A salutation after its first addressee, "主任、各位副主任各位委员" with its colon lost, is none either — held-out round 32.) */
// (stop 49, blind: m.xiaomonv0755.com, a communiqué's "圖1 三次產業增加值及其增長速度") nor a figure's or a table's caption, the chart or
// table itself lost from the page ("图2：2011-2015…比重", "表3 …排名"): it was a heading
const notHeading = /(人民政府|委员会|办公室|会议上|會議上)$|^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$|(?:^|[、，,])各位|^[图圖表]\s*[0-9０-９]{1,2}(?![0-9０-９])/u;
/**
 * (new user, round 24) A part of the report named by its year, a colon and what the year's work is for — "2025年：为建设“活力
 * 新城、幸福宁津”贡献政协智慧和力量", as a paper's digest of a report heads its review and its plans: a phrase, quoted names and
 * 、 allowed, no clause mark, longer than the 24 characters an unnumbered heading is held to.
 */
const yearPart = /^(?:19|20)[0-9]{2}年[:：][\p{Script=Han}“”《》、·]{6,36}$/u;

/** The report's call to the deputies or members alone on its line, inside the text: "各位代表！" (the opening salutation ends in a colon). */
const midCall = /^各位(?:代表|委员|委員)[！!]$/u;

function promoteUnnumbered(blocks: DraftBlock[], notes: StructureNote[]): void {
  // The first block too when the page's head is gone and numbered headings follow it ("2022年工作总结" over "一、…").
  const first = blocks.slice(1).some((b) => b.kind === 'heading' && b.numbering && b.numbering.style !== 'none') ? 0 : 1;
  let zeroPadded = false;
  for (let i = 0; i < blocks.length - 1; i++) {
    const b = blocks[i];
    // A bilingual edition: the heading's English twin comes before the text.
    let n = i + 1;
    while (n < Math.min(blocks.length - 1, i + 3) && blocks[n].kind === 'paragraph' && !/\p{Script=Han}/u.test(blocks[n].text) && /[A-Za-z]/.test(blocks[n].text)) n++;
    const next = blocks[n];
    // (Or a part of the report named over its first numbered heading: "2020年工作回顾" / "一、积极参与国家治理…",
    // held-out round 29 — the shape of head-lines' isPartHeading, strict: a year or a period, then 工作回顾/工作安排….)
    const overNumbered = next.kind === 'heading' && next.numbering?.style === 'han' && next.numbering.ordinal === 1 && isPartHeading(b.text);
    // (stop 55, mends55; blind54b's zblt.cc) Or over the report's call to the deputies alone on its line, "各位代表！", that opens the
    // part's prose — "过去一年及五年的主要工作" / "各位代表！" / "2021年是…": the part's name (was: a paragraph).
    const afterCall = blocks[n + 1];
    const overCall = next.kind === 'paragraph' && midCall.test(next.text.trim()) && afterCall?.kind === 'paragraph' && afterCall.text.length >= 40;
    if (b.kind !== 'paragraph' || b.midLine || ((next.kind !== 'paragraph' || next.text.length < 40) && !overNumbered && !overCall)) continue;
    // (stop 59, blind: bdzx.gov.cn) nor over a news headline's deck of acts, "崔启慧作工作报告　陈占国主持大会　…等到会祝贺" (no prose: its
    // clauses' spaces, kept, had made it forty characters long, and the slogan over it a heading)
    if (next.kind === 'paragraph' && actHeadline.test(toSimplified(next.text.trim()))) continue;
    // (stop 61, blind: big5.taiwan.cn, a traditional mirror's copy of a report's summary) a news dateline alone on its line,
    // "新華社北京3月8日電", is the story's, never a heading (was: "## 新華社北京3月8日電"; its simplified form stayed a paragraph)
    if (datelineAlone.test(toSimplified(b.text.trim()))) continue;
    const han = hanOf(b.text).length;
    // A template's placeholder number reads as a number: "xx年工作回顾", "20XX年工作回顾", "x届政府工作及“十四五”开局".
    // "回望2024：初心如磐担使命接续奋进谱新篇": a short label, a colon, a phrase — the colon is no clause mark.
    const shape = b.text.replace(/(?<![A-Za-z])[XxＸｘ]{1,4}(?=[年届屆次])/gu, '0').replace(/^([\p{Script=Han}0-9]{2,8})[:：](?=[\p{Script=Han}“]{6,}$)/u, '$1');
    // "01综合", "02农业": a section numbered with two digits glued to a short name (a statistical communiqué's);
    // "10教育" only after an "01…" ("12万人" alone is a figure).
    const padded = /^0[1-9]\p{Script=Han}{2,12}$/u.test(b.text) || (zeroPadded && /^[1-9][0-9]\p{Script=Han}{2,12}$/u.test(b.text));
    // A line the page set all in bold may carry a clause ("李克强在政府工作报告中指出，过去一年是…的一年"): no sentence end.
    const boldHeading = b.bold === true && han >= 4 && b.text.length <= 40 && !/[。！？；：:!?;]/.test(b.text) && !notHeading.test(b.text);
    // (The first block only when set in bold as a heading, unless numbered headings follow it — or it names a part of the
    // report, isPartHeading's strict shape, over prose: a page that starts at "2022年工作回顧", held-out round 32; or at a standing
    // committee's "主要工作", isPartName, held-out round 47.)
    const namedYear = yearPart.test(b.text);
    if (i < first && !boldHeading && !namedYear && !isPartName(b.text)) continue;
    // (stop 59, blind: zmdsqw.cn, a yearbook's county entry: "县委书记 秦世祥" / "人大常委会主任 (缺)" / "县 长 许青云(代)" / "政协主席
    // 贺应智" over the year's figures) the last of a run of short lines — two or more right above it, no mark of a sentence or a
    // clause in any, twelve characters at most as it is — is a list's last item, a roster's, no heading (was: "政协主席贺应智" a heading, the three above paragraphs)
    const shortLine = (x: DraftBlock | undefined) => x !== undefined && x.kind === 'paragraph' && !x.midLine && x.text.length <= 12 && !/[。！？；：:，,、!?;]/u.test(x.text);
    if (!boldHeading && !namedYear && shortLine(b) && shortLine(blocks[i - 1]) && shortLine(blocks[i - 2])) continue;
    if (!boldHeading && !namedYear && ((han < 4 && !padded) || b.text.length > 24 || !(headingShape.test(shape) || fourCharPhrases.test(b.text)) || notHeading.test(b.text))) continue;
    if (padded) zeroPadded = true;
    notes.push({ kind: 'unnumbered-heading', line: b.line, column: b.column });
    blocks[i] = remade(b, { kind: 'heading', depth: 2, text: b.text, numbering: { style: 'none', ordinal: 1 } });
  }
  // (stop 53, mends53; blind52a's 210.14.65.66, 常州 2015's 摘录 — "重大项目建设" over "重点推动东风、众泰、北汽、斯太尔等重大项目达产达效。",
  // "工业转型升级" over a sentence of 38 characters) The page's own unnumbered headings tell the shape of the others: where one was
  // read, a line of the same shape (a phrase of 4 to 24 characters, no mark of a clause) after a sentence's end or a heading,
  // over a sentence of prose shorter than the 40 characters asked above, heads too. Not: such a line before another short line
  // (a list of phrases) or over a heading (a section's name over its subhead, or a heading broken over two lines: which, is not
  // read), nor at the text's end, nor on a page with none read.
  const unnumberedAt = (x: DraftBlock | undefined) => x?.kind === 'heading' && x.numbering?.style === 'none';
  if (blocks.some(unnumberedAt)) {
    for (let i = 1; i < blocks.length - 1; i++) {
      const [above, b, next] = [blocks[i - 1], blocks[i], blocks[i + 1]];
      if (b.kind !== 'paragraph' || b.midLine || hanOf(b.text).length < 4 || b.text.length > 24 || !headingShape.test(b.text) || notHeading.test(b.text)) continue;
      if (!(above.kind === 'heading' || /[。！？]["”’」』）)]*$/u.test(above.text))) continue;
      const prose = next.kind === 'paragraph' && !next.midLine && next.text.length >= 12 && /[。！？；]["”’」』）)]*$/u.test(next.text);
      if (!prose) continue;
      notes.push({ kind: 'unnumbered-heading', line: b.line, column: b.column });
      blocks[i] = remade(b, { kind: 'heading', depth: 2, text: b.text, numbering: { style: 'none', ordinal: 1 } });
    }
  }
  // (stop 47; held-out round 48, hd.smeqh.com) A section's kicker (引题) as a paper's digest sets it over the section's headline:
  // a 四字格 phrase (or two, a space apart) alone right over an unnumbered heading that heads prose, at the text's start or after
  // a sentence's end — "砥砺初心" over "2019年经济 社会呈现新气象" — heads the section one level up (was: a paragraph). Not
  // over a numbered heading, nor a phrase with a mark or of another length (a line of the text, a salutation).
  for (let i = 0; i < blocks.length - 2; i++) {
    const [above, b, under, prose] = [blocks[i - 1], blocks[i], blocks[i + 1], blocks[i + 2]];
    if (b.kind !== 'paragraph' || b.midLine || !kickerPhrase.test(b.text.trim()) || notHeading.test(b.text)) continue;
    if (under.kind !== 'heading' || under.numbering?.style !== 'none' || prose.kind !== 'paragraph' || prose.text.length < 40) continue;
    if (above !== undefined && !(above.kind === 'paragraph' && /[。！？]["”’」』）)]*$/u.test(above.text))) continue;
    notes.push({ kind: 'unnumbered-heading', line: b.line, column: b.column });
    blocks[i] = remade(b, { kind: 'heading', depth: 2, text: b.text, numbering: { style: 'kicker', ordinal: 1 } });
  }
  // (round 31) A part of the report named on its own line ("2018年工作回顾", isPartHeading's strict shape) as the text's LAST
  // block, right after a paragraph of prose: the page is cut right after the part's name (the SPP 2019 on a think tank's
  // page, cut in the English of the part's first paragraph). Not after a short line (a contents list's last entry).
  const [before, last] = [blocks.at(-2), blocks.at(-1)];
  if (last?.kind === 'paragraph' && !last.midLine && before?.kind === 'paragraph' && before.text.length >= 40 && /[。！？]["”’」』）)]*$/u.test(before.text) && isPartHeading(last.text)) {
    notes.push({ kind: 'unnumbered-heading', line: last.line, column: last.column });
    blocks[blocks.length - 1] = remade(last, { kind: 'heading', depth: 2, text: last.text, numbering: { style: 'none', ordinal: 1 } });
  }
}

/** "——这一年，我们以发展眼光持续优化产业结构，基础支撑更加牢固": a dash, a phrase or two, no sentence end. */
const dashHeading = /^(?:——|──|――)[^。；！？：:]{6,40}$/u;

/**
 * "——五年来，我们坚持发展第一要务，经济发展实现新突破。": a dash, a phrase, a comma and a clause, one sentence — a section's
 * statement set alone on its line.
 */
const dashStatement = /^(?:——|──|――)[^。；！？：:，,]{2,30}[，,][^。；！？：:]{4,60}。$/u;
const dashStart = /^(?:——|──|――)/u;

/**
 * A "——…" line with no sentence end, alone between the text and a paragraph:
 * a sub-heading of its own level under the numbered ones. A "——…。" statement is a lead, and a wrapped line was joined to its
 * sentence before (paragraphs.ts) — unless it is a phrase and a clause ("——五年来，我们…，…新突破。") alone between prose and
 * its section's prose: then it heads that section as well. Not one of a run of "——" lines (a list of targets), nor after a
 * line ending in a colon (a list's lead-in), nor one with no comma (a split lead: "———主要经济指标增速位居全国第一方阵。").
 */
function promoteDashHeadings(blocks: DraftBlock[], notes: StructureNote[]): void {
  for (let i = 1; i < blocks.length; i++) {
    const [before, b, next] = [blocks[i - 1], blocks[i], blocks[i + 1]];
    if (b.kind !== 'paragraph' || b.midLine || hanOf(b.text).length < 6) continue;
    const statement =
      dashStatement.test(b.text) && (before.kind === 'heading' || (before.kind === 'paragraph' && !dashStart.test(before.text) && !/[:：]$/u.test(before.text)));
    if (!dashHeading.test(b.text) && !statement) continue;
    // (Ending the page, it may be a line cut off mid-sentence: "——改革开放迈出重".)
    if (next === undefined || next.kind !== 'paragraph' || next.text.length < 40) continue;
    if (statement && dashStart.test(next.text)) continue;
    notes.push({ kind: 'unnumbered-heading', line: b.line, column: b.column });
    blocks[i] = remade(b, { kind: 'heading', depth: 2, text: b.text, numbering: { style: 'dash', ordinal: 1 } });
  }
}

/**
 * "1.加强助企纾困，稳定宏观经济大盘。" alone between a heading and the prose it
 * heads: a sub-heading, though one comma-bearing sentence numbered 1. reads as
 * a list item on its own (structure.ts) — an item is followed by the next item,
 * not by a paragraph of text.
 */
function promoteNumberedTopics(blocks: DraftBlock[], notes: StructureNote[]): void {
  for (let i = 1; i < blocks.length - 1; i++) {
    const [before, b, next] = [blocks[i - 1], blocks[i], blocks[i + 1]];
    if (b.kind !== 'paragraph' || before.kind !== 'heading' || !before.numbering || before.numbering.style === 'none' || next.kind !== 'paragraph') continue;
    const numbering = numberingOf(b.text);
    const text = b.text.trim();
    if (numbering?.style !== 'arabic' || numbering.ordinal !== 1 || text.length > 30 || !/。$/.test(text) || /[。！？；：:]/.test(text.slice(0, -1))) continue;
    if (numberingOf(next.text) || next.text.length < 40) continue;
    const item = notes.findIndex((n) => n.kind === 'numbered-item' && n.line === b.line && n.column === b.column);
    if (item >= 0) notes.splice(item, 1);
    blocks[i] = remade(b, { kind: 'heading', depth: 4, text: text.slice(0, -1), numbering, runIn: b.text });
  }
}
