/**
 * A page cut off mid-sentence — a copy that stops at a size limit, the first page of a
 * paginated mirror, a scrape that timed out — ends its last paragraph without a sentence
 * end (…城建六大攻坚行动和房). The editions would print it as the whole report: ingest says so.
 * Also where the cut is not the page's end: a paragraph stopping mid-word where the text
 * cannot go on — before a heading, a box, the notes section, or the page's English — and a
 * table whose last row is cut short, a text that stops at a heading with nothing under it, and a
 * short last paragraph that stops inside a quotation it opened. And a text that starts mid-outline with no
 * opening of its own — the second page of a paginated copy (…&pagenum=2): running text, then its first numbered
 * heading, which is not number one (四、…).
 */
import { creditCaption } from './boilerplate-rules.ts';
import { hanOf, isHan } from './chars.ts';
import { ADDRESSEES, DEPUTIES_PLURAL, salutationStart } from './salutation.ts';
import { numberingOf } from './structure.ts';
import type { DraftBlock, NumberingStyle } from './types.ts';

/** Fewer Han characters than this is a closing line (a signature, a date), not running text. */
const RUNNING_TEXT = 20;
/** What a sentence, a quotation or a bracketed date may end with (full and half width). */
// (the lead's blind pages, stop 44: vakiodaily.net) A news story's end mark after its last sentence, "…的原因。◇" (■, □, ◆ too).
const SENTENCE_END = /[。！？；…!?;.”’」』）)】〕］\]》](?:\s*[◇◆□■△▲])?$/u;
/**
 * An aggregator's or a preview's cut, marked: "…全社会研发经费支出相当 ..." (reportify.ai's copy of Shanghai's 2026 report) —
 * an ellipsis after a word, no sentence end before it. (Not "……" after a sentence's end.)
 */
const CUT_WITH_ELLIPSIS = /(?<=[\p{Script=Han}0-9A-Za-z，,、])\s*(?:\.{3,}|…+)$/u;
/** A paragraph announcing what follows (…汇报如下, …报告以下情况): complete before a heading, though unpunctuated. */
const ANNOUNCES = /(?:如下|以下|下列)[^\p{Script=Han}]*$/u;

/** Where the text is cut: the block, and what comes after it (`end` for the report's end). */
export interface CutOff {
  block: DraftBlock;
  before: 'end' | 'end-heading' | 'heading' | 'box' | 'notes' | 'other-language' | 'table' | 'start';
  /** For a `start`: the text's first numbered heading, not number one, and how many blocks of text stand before it. */
  first?: { heading: DraftBlock; above: number };
}

/**
 * Every place the report's text is cut: its last block of running text stopping mid-sentence
 * (or a table whose last row is short), and a paragraph stopping mid-word — on a Han character,
 * a figure or a letter, no mark at all — before a break the sentence cannot run across. A
 * paragraph that the next one goes on (a document site's chunks, a wrap) is no cut: nothing
 * tells a gap there from a continuation.
 */
export function cutOffs(blocks: readonly DraftBlock[]): CutOff[] {
  const shown = blocks.filter((b) => b.kind !== 'box-end');
  const found: CutOff[] = [];
  const start = startsMidOutline(shown);
  if (start) found.push(start);
  shown.forEach((block, i) => {
    if (i === shown.length - 1) return;
    if (block.kind !== 'paragraph' && block.kind !== 'quote') return;
    const before = breakAfter(shown[i + 1]);
    const text = block.text.trim();
    // (a clause before its English twin may end in a comma: the twin goes on with it)
    if (before && (midWord(text) || (before !== 'other-language' && midClause(text)))) found.push({ block, before });
  });
  const last = shown.at(-1);
  if (last?.kind === 'table' && last.shortLastRow) found.push({ block: last, before: 'table' });
  // "…社会大局和谐稳定。" / "(一)产业": a heading with nothing under it ends no report — the page stops where its section begins.
  else if (last?.kind === 'heading' && shown.some((b) => b.kind === 'paragraph' && hanOf(b.text).length >= RUNNING_TEXT)) found.push({ block: last, before: 'end-heading' });
  else if (last && ['paragraph', 'item', 'quote', 'note'].includes(last.kind)) {
    const text = last.text.trim();
    // (a short one too when it stops inside a quotation it opened: "…打造“D旗")
    // (and a short one that is the next of a run of numbered items ending their sentences: "7.…99.45%。" / "8.农林水事务支出651.4万元，为";
    // or the first words under a heading: "一、省本级决算草案和财税管理审计情况" / "重" — a closing line follows text, not a heading)
    // (or the text stops in its salutation, nothing of the report after it: "主任、各位副主任" — a page cut there)
    // (new user round 29, a 政府信息公开工作年度报告 cut inside its table: "行政许可 | 0 | 0 | 0 |" / "其他对" — a few words right
    // under a table, no mark of any kind, no cell bar: its next row's first cell, cut; a source line "资料来源：…" has its colon)
    const short = openQuotation(text) || nextItemOf(text, shown.at(-2)) || (shown.at(-2)?.kind === 'heading' && /\p{Script=Han}$/u.test(text)) || unfinishedSalutation(text, shown) || nextTopicOf(text, shown.at(-2)) || rowAfterTable(text, shown.at(-2));
    // (stop 54, blind: www.bilezu.com) not a news photo's caption closing the page, its photographer's credit after the sentence's
    // stop, "…代区长冯强做政府工作报告。南海网记者 马寿青 摄": the credit ends it (it was said cut off)
    // (stop 59, mends59; blind58a's www.yinbiaojingling.com: a zh/en line cut at the page's end, "…挑戰。Inpursuing…challenges.世界經濟
    // 增長低迷，國際經貿摩擦加劇，國內經" — its run-together English taken out, the Chinese after it is a piece of the line's running
    // text however short, and was said cut before the English was taken out)
    const piece = last.midLine === true;
    const credited = creditCaption(text) !== undefined;
    if (!credited && (((hanOf(text).length >= RUNNING_TEXT || short || piece) && (!SENTENCE_END.test(text) || CUT_WITH_ELLIPSIS.test(text))) || midClause(text))) found.push({ block: last, before: 'end' });
  }
  return found;
}

/** A table's next row cut in its first cell: a few Han words alone under the table, no mark, figure or bar ("其他对"). */
function rowAfterTable(text: string, before: DraftBlock | undefined): boolean {
  return before?.kind === 'table' && /^\p{Script=Han}{1,12}$/u.test(text);
}

/**
 * The text starts inside the report's outline, its beginning not on the page: running text (a paragraph of twenty Han
 * characters or more, no salutation, no heading) stands before the first numbered heading, and that heading is not
 * number one — "扎实做好执法检查。…" … "四、深化和拓展代表工作…" (lawcdsy.net's second page of the NPC Standing Committee's
 * 2026 report, new user round 23). A page whose first words are a salutation or a heading is not read so: a report
 * with an opening, or an excerpt that starts at a heading (the outline keeps its depths, outline.ts), says where it starts.
 */
function startsMidOutline(shown: readonly DraftBlock[]): CutOff | undefined {
  const i = shown.findIndex((b) => b.kind === 'heading');
  if (i === 0) return startsAtSubheading(shown);
  if (i < 0) return undefined;
  const heading = shown[i];
  const numbering = heading.numbering;
  if (!numbering || !OUTLINE_STYLES.has(numbering.style) || numbering.ordinal === 1) return undefined;
  const above = shown.slice(0, i);
  if (!above.every((b) => b.kind === 'paragraph') || hanOf(above[0].text).length < RUNNING_TEXT) return undefined;
  if (above.some((b) => salutationStart.test(b.text.trim()) || committeeOrOlderSalutation.test(b.text.trim()))) return undefined;
  return { block: above[0], before: 'start', first: { heading, above: above.length } };
}
/**
 * (stop 44: cdn.gcs.gov.mo, part five of Macao's 2026 policy address, "(五)社會民生工作逐步優化" over its text) The text opens at
 * a heading of the outline's second level, （五）, numbered past one, and no heading of the level above it (一、) stands anywhere
 * on the page: a section cut from the report, whatever precedes it elsewhere. (A text opening at 三、 is not read so — an excerpt
 * starting at a part of its own, the guard of the first rule; nor one whose （一） opens it, nor one with a part heading.)
 */
function startsAtSubheading(shown: readonly DraftBlock[]): CutOff | undefined {
  const heading = shown[0];
  if (heading.numbering?.style !== 'paren-han' || heading.numbering.ordinal === 1) return undefined;
  if (shown.some((b) => b.kind === 'heading' && b.numbering?.style === 'han')) return undefined;
  // (running text under it: a heading alone, or over a list, is no report's section)
  if (!shown.some((b) => b.kind === 'paragraph' && hanOf(b.text).length >= RUNNING_TEXT)) return undefined;
  return { block: heading, before: 'start', first: { heading, above: 0 } };
}

/** The outline's own numbering (一、, （一）): a list's "2." is no part of a report's outline. */
const OUTLINE_STYLES = new Set<NumberingStyle>(['han', 'paren-han']);

/** The break a sentence cannot run across, if the block after a paragraph is one. */
function breakAfter(next: DraftBlock): CutOff['before'] | undefined {
  if (next.kind === 'heading') return 'heading';
  if (next.kind === 'box') return 'box';
  if (next.kind === 'note' || next.kind === 'notes-heading') return 'notes';
  // (Running text in another language: five words or more, not a site's "CCTV.com - ERROR".)
  if (next.kind === 'paragraph' && hanOf(next.text) === '' && (next.text.match(/\p{L}{2,}/gu)?.length ?? 0) >= 5) return 'other-language';
  return undefined;
}

/** The next numbered item ("8.…") right after one ("7.…。") that ends its sentence. */
function nextItemOf(text: string, before: DraftBlock | undefined): boolean {
  if (before?.kind !== 'paragraph') return false;
  // (Numbered as the outline reads it, structure.ts: "8." / "8、", not the figure "8.5亿".)
  const [n, m] = [numberingOf(text), numberingOf(before.text.trim())];
  return n?.style === 'arabic' && m?.style === 'arabic' && n.ordinal === m.ordinal + 1 && SENTENCE_END.test(before.text.trim());
}

/**
 * The first words of the next topic after a paragraph that opens with its lead sentence ("**用心用情化解矛盾风险。**…。" /
 * "助力营造一流营", held-out round 30): a short line stopping on a Han character where the page was cut — a report's closing
 * line under its text is a signature or a formula, not the words of a topic.
 */
function nextTopicOf(text: string, before: DraftBlock | undefined): boolean {
  return before?.kind === 'paragraph' && before.lead !== undefined && /\p{Script=Han}$/u.test(text) && !closingLine.test(text);
}
/** What may close a report under its last paragraph: thanks, a formula, a signature (an organ's name), a name alone, a date. */
const closingLine = /^(?:谢谢|特此报告|以上报告|请予审议|请审议)|(?:人民政府|委员会|常务委员会|人民法院|人民检察院|办公室|[局厅院委署府])$|^\p{Script=Han}{2,4}$|[0-9０-９〇零一二三四五六七八九十]\s*日$/u;

/** The text's only paragraph a salutation with no mark after it ("主任、各位副主任", "各位代表"): cut in the salutation. */
function unfinishedSalutation(text: string, shown: readonly DraftBlock[]): boolean {
  return (salutationStart.test(text) || committeeOrOlderSalutation.test(text)) && /\p{Script=Han}$/u.test(text) && hanOf(text).length < RUNNING_TEXT && shown.filter((b) => b.kind === 'paragraph').length === 1;
}

/** Salutations salutation.ts's salutationStart does not open with: a standing committee's "主任、…", the older "代表们". */
const committeeOrOlderSalutation = new RegExp(`^(?:主任、|${DEPUTIES_PLURAL})`, 'u');

/** More opening quotation marks than closing ones: the text stops inside a quotation. */
function openQuotation(text: string): boolean {
  return (text.match(/[“「『]/gu)?.length ?? 0) > (text.match(/[”」』]/gu)?.length ?? 0);
}

/** A paragraph is never ended by a comma or an enumeration comma, however short (这五年，): but a salutation may be (各位代表，). */
function midClause(text: string): boolean {
  return /[，、,]$/.test(text) && !SALUTATION.test(text);
}
const SALUTATION = new RegExp(`^(?:${ADDRESSEES}|同志们|${DEPUTIES_PLURAL}|女士们、先生们|朋友们)[，,]$`);

/**
 * (stop 54, mends54; blind53a's www.caidian.gov.cn, a notice issuing the tasks its report set) A document's name alone on its line,
 * no mark in it, ending in the kind of document it is: "2023年区《政府工作报告》确定的主要目标任务责任分解方案" under the notice's
 * signature — the attachment's title, over its first heading (it was warned of as a paragraph cut mid-word).
 */
function documentName(text: string): boolean {
  return text.length <= 60 && !/[，,。；;：:！？、]/u.test(text) && /(?:报告|報告|方案|意见|意見|通知|办法|辦法|规划|規劃|决定|決定|清单|清單|计划|計劃|要点|要點|细则|細則|规定|規定|纲要|綱要|公报|公報)$/u.test(text);
}

/** Running text whose last character is a Han character, a figure or a letter: no mark ends it. */
function midWord(text: string): boolean {
  if (hanOf(text).length < RUNNING_TEXT || ANNOUNCES.test(text) || documentName(text)) return false;
  const last = text.at(-1)!;
  return isHan(last) || /[\p{Nd}\p{L}%]/u.test(last);
}
