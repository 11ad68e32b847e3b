/**
 * Paragraph text → headings and paragraphs. Government outline numbering is
 * kept in the heading text and decides the level: 一、 → ##, （一） → ###,
 * 1. / 1、 → ####, （1） → #####. A run-in heading ("（一）战疫情促发展，交出
 * ……高分报表。精准有效抓防控……") becomes a heading and a paragraph. Lead
 * sentences (a short topic sentence opening a paragraph) are marked.
 */
import { escapeRegExp, hanOf } from './chars.ts';
import type { DraftBlock, NumberingStyle } from './types.ts';

const CN = '[一二三四五六七八九十百零〇]+';
/**
 * (Ingest gaps, stop 24) A paragraph's opening "　（一）" of a GBK page read one byte off — a site cutting its text a byte
 * into the line — garbles its first characters: the full-width space's second byte and the bracket's first read as "。",
 * the bracket's second byte and the numeral's first as a bopomofo or pinyin letter (row A8), the numeral's second and the
 * closing bracket's first as one character, the closing bracket's second with the next character's first as a row-A9
 * sign ("?。ㄒ唬﹫猿贮h建為先" for "（一）堅持黨建為先", "。ㄒ唬┙濟運行" for "（一）經濟運行"). The forms are those bytes read
 * as GBK (test/ingest-gaps-shifted-number.test.ts derives them with iconv-lite); a numeral whose shifted pair GBK does
 * not map (二 三 六 十: FE A3, FD A3, F9 A3, AE A3) shows its row-A8 letter and a "?" or a private-use character. No text opens so: the garbled number
 * stands for （n）, kept as printed (what it garbled cannot be read back), and ingest warns at the line.
 */
export const SHIFTED_NUMBERS: Record<string, number> = { ㄒ唬: 1, ǘ: 2, ㄈ: 3, ㄋ模: 4, ㄎ澹: 5, ㄆ撸: 7, ò耍: 8, ň牛: 9, ㄊ: 10 };

function shiftedNumber(): RegExp {
  const forms = Object.keys(SHIFTED_NUMBERS).sort((a, b) => b.length - a.length).join('|');
  // (The full-width space's first byte alone reads as "?" or is dropped; the row-A9 sign after the number stays with the text.)
  // (stop 54, mends54; blind53a's www.moonvisionstudio.com) 六's pairs, A8 C1 and F9 A3, GBK maps to no character at all: the
  // page shows "。" and then, at once, the closing bracket's second byte read with the next character's first — a sign of
  // row A9 (a box-drawing line, an ideographic description sign or a small form: "?。﹩优f機場…" for "（六）啟動舊機場…"), then
  // a character (a table's border, "。┌──┐", is no number).
  return new RegExp(`^[?？\uFFFD]?。(?:(?:${forms})(?=[^\\s。！？，])|[\uE000-\uF8FF?？\uFFFD]{0,2}(?=${ROW_A9}\\p{Script=Han}))`, 'u');
}

/** (stop 54) The signs GBK's row A9 holds (iconv-lite): box-drawing lines, ideographic description signs, small forms. */
const ROW_A9 = '[\\u2500-\\u254B\\u2FF0-\\u2FFB\\uFE30\\uFE49-\\uFE6B]';

const shifted = shiftedNumber();

/** The GBK-shifted number a text opens with ("。ㄒ唬" for （一）), or undefined. */
export function shiftedNumberOf(text: string): { label: string; ordinal: number } | undefined {
  const label = shifted.exec(text)?.[0];
  return label ? { label, ordinal: ordinalOf(label) } : undefined;
}

/** Numbering styles with their conventional depth (used when a text is an excerpt and cannot tell its own order). */
const levels: Array<[RegExp, number, NumberingStyle]> = [
  [new RegExp(`^第${CN}(?:部分|章|篇)[\\s\\u3000]*`), 2, 'part'],
  // 一、 (and the occasional 一． / 一.)
  [new RegExp(`^(?:${CN}[、．]|${CN}\\.(?![0-9]))`), 2, 'han'],
  [new RegExp(`^（${CN}）`), 3, 'paren-han'],
  // (Ingest gaps, stop 24) "?。ㄒ唬﹫猿…": the indented "　（一）" of a GBK page read one byte off (shiftedNumber).
  [shifted, 3, 'paren-han'],
  [/^[0-9０-９]{1,2}(?:[.．](?![0-9０-９])|、)/, 4, 'arabic'],
  [/^（[0-9０-９]{1,2}）/, 5, 'paren-arabic'],
];

/** The numbering at the start of outline-numbered text: style and number (一 → 1, 12 → 12). */
export function numberingOf(text: string): { style: NumberingStyle; ordinal: number } | undefined {
  for (const [re, , style] of levels) {
    const match = re.exec(text);
    if (match) return { style, ordinal: ordinalOf(match[0]) };
  }
  return undefined;
}

/** The number a label stands for: its figures, or its Chinese numeral up to 九十九 (一 … 十一 … 九十九). */
export function ordinalOf(label: string): number {
  const shifted = /。(.+)$/u.exec(label)?.[1];
  if (shifted && SHIFTED_NUMBERS[shifted] !== undefined) return SHIFTED_NUMBERS[shifted];
  // (stop 54) "。" with no letter after it (what GBK could not map dropped or shown as "?"): 六, the one numeral so read
  if (/^[?？\uFFFD]?。[\uE000-\uF8FF?？\uFFFD]{0,2}$/u.test(label)) return 6;
  const digits = /[0-9０-９]+/.exec(label);
  if (digits) return Number(digits[0].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  const han = /[一二三四五六七八九十百零〇]+/.exec(label)?.[0] ?? '';
  const value: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (han === '十') return 10;
  if (han.startsWith('十')) return 10 + (value[han[1]] ?? 0);
  if (han.includes('十')) return (value[han[0]] ?? 0) * 10 + (value[han[2]] ?? 0);
  return value[han] ?? 0;
}


/** The outline number at the start of `text` ("（一）", "1."), or ''. */
function numbering(text: string): string {
  for (const [re] of levels) {
    const match = re.exec(text);
    if (match) return match[0];
  }
  return '';
}

/** Heading depth of outline-numbered text (after punctuation normalization), else undefined. */
export function headingDepth(text: string): number | undefined {
  for (const [re, depth] of levels) if (re.test(text)) return depth;
  return undefined;
}

/** A heading line is short and has no sentence inside it. */
const MAX_HEADING = 60;
/** A run-in heading sentence is short too. */
const MAX_RUN_IN = 50;
/** A question's word (a heading asking one: "…关注哪些词?", "为什么要加快发展?"). */
const questionWord = /[吗嗎呢哪谁誰]|什么|什麼|怎么|怎麼|怎样|怎樣|如何|为何|為何|为什么|為什麼|多少|是否|能否|几何|幾何/u;
/** A lead sentence: a short topic statement. */
const MAX_LEAD_HAN = 24;
/**
 * Openings of ordinary first sentences, not topic statements: "今年是党的二十大
 * 召开之年。" or "这是极不平凡的一年。" are not set in bold in printed reports; nor the
 * term's span opening a review, "本届政府任期自2006年10月至本次大会届满。" (held-out round 32).
 */
// (stop 57, mends: ccxi.gov.cn, stop 56's gap) nor a sentence about the document itself, "本报告根据《中华人民共和国政府信息公开条例》规定
// 编制。" (a disclosure report's opening; it was made a bold lead): what the report is, no topic over a part
const notLead = /^(今年|明年|去年|当前|目前|这|此|我们|五年来|过去|本届|本屆|同时|但|因此|总之|其中|截至|各位|现在|为|据|在|本(?:年度)?(?:报告|報告|年报|年報))/;
const MIN_LEAD_HAN = 4;

const terminal = /[。！？]/;
/** A part's name that a report runs its text into after a colon: "2017年国民经济和社会发展计划执行情况", "2023年预算执行情况", "2024年工作回顾". */
const partRunIn = /^(?:(?:19|20)[0-9]{2}年度?)?[\p{Script=Han}、]{2,30}?(?:执行情况|完成情况|工作回顾)$/u;

export interface StructureNote {
  kind: 'run-in' | 'numbered-paragraph' | 'numbered-item' | 'list' | 'unnumbered-heading' | 'enumeration' | 'paragraph-numbers' | 'heading-mark';
  line: number;
  column: number;
  /** run-in, heading-mark: the mark that ended the heading's sentence (or the colon after a part's name), left off the heading (headingMarks). */
  mark?: string;
}

/**
 * (stop 51, mends51; new user round 30's "（三）全面推进政务公开，打造阳光型政府。") The marks a heading leaves off, said: a heading
 * set on its own line takes no full stop (GB/T 15834: 标题末尾通常不用句号), so ingest leaves the "。" that ended a numbered
 * heading's sentence — or a run-in heading's, split from its paragraph, or the colon after a part's name — off the heading, and
 * (was) said nothing of it: the one place the structure reading dropped characters of the text unsaid (an audit of every
 * fixture input and the blind pages of stop 50, 777 pages, comparing the paragraphs' characters with the blocks': every
 * character missing was such a mark). Run after the outline is read (outline.ts turns headings back into paragraphs with their
 * marks): a run-in split that stands says its mark with the split; a whole-line heading that left a mark off is said on its own.
 */
export function headingMarks(drafts: readonly DraftBlock[], notes: StructureNote[]): void {
  for (const [i, d] of drafts.entries()) {
    if (d.kind !== 'heading') continue;
    const whole = d.runIn?.trim();
    const mark = d.cut !== undefined && drafts[i + 1]?.kind === 'paragraph' ? d.cut : whole?.startsWith(d.text) ? whole.slice(d.text.length).trim() : '';
    if (mark === '') continue;
    const split = d.cut !== undefined ? notes.find((n) => n.kind === 'run-in' && n.line === d.line && n.column === d.column) : undefined;
    if (split) split.mark = mark;
    else notes.push({ kind: 'heading-mark', line: d.line, column: d.column, mark });
  }
}

export function structure(text: string, line: number, column: number, notes: StructureNote[]): DraftBlock[] {
  const depth = headingDepth(text);
  const numbered = numberingOf(text);
  const label = numbering(text);
  // "一、 二、三次产业结构比…": the next ordinal right after the first is an enumeration (first, second and third industries), not heading 一.
  const after = text.slice(label.length).trim();
  if (numbered?.style === 'han' && numberingOf(after)?.style === 'han' && numberingOf(after)!.ordinal === numbered.ordinal + 1) {
    notes.push({ kind: 'enumeration', line, column });
    return [paragraph(text, line, column)];
  }
  // "一、2017年工作回顾2017年是新一届政府开局之年。" (a flattened page): the heading ends where its year opens the text
  // again (a year in Chinese numerals too: "一、一九八六年的主要工作情况一九八六年,…").
  const glued = numbered ? new RegExp(`^(${escapeRegExp(label)}\\s*\\S{0,6}?([0-9]{4}|[〇零○一二三四五六七八九]{4})年\\p{Script=Han}{2,12}?)(?=\\2年)`, 'u').exec(text) : null;
  if (depth !== undefined && numbered && glued && !/[，,。；：:]/.test(glued[1])) {
    notes.push({ kind: 'run-in', line, column });
    return [{ kind: 'heading', depth, text: glued[1], line, column, numbering: numbered }, paragraph(text.slice(glued[1].length), line, column)];
  }
  // (stop 50, mends50; blind49b's zjxj.gov.cn) "（一）强化组织领导,不断完善…工作机制一是领导高度重视。…二是完善工作制度,…": a heading
  // the page ran into its text where it lost the heading's break, the text opening on its first point, 一是 — the heading ends
  // where 一是 opens (was: "…工作机制一是领导高度重视" the heading). Only with 二是 after it (the points counted on), and no
  // sentence's end in the heading, and not a word ending in 一 (统一是…, 唯一是…).
  const firstPoint = numbered ? new RegExp(`^(${escapeRegExp(label)}\\s*\\p{Script=Han}[^。！？；!?;]{3,${MAX_RUN_IN}}?)(?<![统統唯之第万萬同单單专專归歸合划劃])(?=一是)`, 'u').exec(text) : null;
  if (depth !== undefined && numbered && firstPoint && text.indexOf('二是', firstPoint[1].length) !== -1) {
    notes.push({ kind: 'run-in', line, column });
    return [{ kind: 'heading', depth, text: firstPoint[1], line, column, numbering: numbered }, paragraph(text.slice(firstPoint[1].length), line, column)];
  }
  // (stop 46; held-out round 47, ezrd.gov.cn) "一、2017年国民经济和社会发展计划执行情况:全年实现地区生产总值增长…": a plan's or
  // budget's part heading run into its text after a colon — the part's name (a year maybe, then what was carried out or
  // reviewed: …执行情况, …完成情况, …工作回顾) is the heading, the sentences after the colon its paragraph. Only a part's
  // number (一、) and only those names: a colon after other numbered words ("一、加强组织领导：…", "一、今年主要预期目标:") is
  // left as it was.
  const colonAt = numbered?.style === 'han' ? text.search(/[：:]/u) : -1;
  const partName = colonAt > label.length ? text.slice(label.length, colonAt).trim() : '';
  if (depth !== undefined && partName && partRunIn.test(partName) && firstSentenceEnd(text.slice(colonAt + 1)) !== -1) {
    notes.push({ kind: 'run-in', line, column });
    return [{ kind: 'heading', depth, text: text.slice(0, colonAt).trim(), line, column, numbering: numbered!, cut: text[colonAt] }, paragraph(text.slice(colonAt + 1).trim(), line, column)];
  }
  // (held-out round 41) "一、本级收入 |": a table flattened one cell a line, each cell with its border after it — a numbered
  // row label of the table, no heading.
  if (numbered && /\S\s*[|｜]$/u.test(text.trim())) return [paragraph(text, line, column)];
  // (After the number: a GBK-shifted one holds a "。" of its own.)
  const fromLabel = firstSentenceEnd(text.slice(label.length));
  const end = fromLabel === -1 ? -1 : fromLabel + label.length;
  // A heading says something after its number: "1.！发展" is not "1." + "发展".
  if (depth !== undefined && numbered && hanOf((end === -1 ? text : text.slice(0, end)).replace(label, '')).length >= 2) {
    const head = end === -1 ? text.trim() : text.slice(0, end);
    const heading = (headText: string): DraftBlock => ({ kind: 'heading', depth, text: headText, line, column, numbering: numbered, runIn: text });
    if (isItem(text, head, label, numbered.style)) {
      notes.push({ kind: 'numbered-item', line, column });
      return [paragraph(text, line, column)];
    }
    if (end === -1) {
      if (text.length <= MAX_HEADING) return [heading(text.trim())];
    } else {
      const rest = text.slice(end + 1).trim();
      // (stop 49, blind: stufic.com) A heading asking its question keeps its mark, "1.《2022年政府工作报告》关注哪些词?" (was: the
      // "?" dropped with the full stop a heading leaves off, unsaid) — when a question's word is in it: a document site prints "?"
      // where it lost a character ("一、过去五年,我们众志成城,砥砺前行 ?"), left off as before; a full stop or a semicolon is too.
      // (stop 51, mends51) An exclamation mark stays too: a heading may end in one (GB/T 15834: 标题末尾…有时根据需要可用问号、叹号); what
      // is left off is said (headingMarks).
      if (head.length <= MAX_RUN_IN && rest === '') return [heading((/[？?]/u.test(text[end]) && questionWord.test(head)) || text[end] === '！' ? head + text[end] : head)];
      if (head.length <= MAX_RUN_IN) {
        notes.push({ kind: 'run-in', line, column });
        // Its paragraph follows: not a line of a list (and not to be restored as one).
        return [{ ...heading(head), runIn: undefined, cut: text[end] }, paragraph(rest, line, column)];
      }
    }
    notes.push({ kind: 'numbered-paragraph', line, column });
  }
  return [paragraph(text, line, column)];
}

/**
 * Numbered text that is a list item or a note, never a heading (it keeps its
 * final 。): it ends in ；, a 1./（1） entry defines a term ("1.“六稳”：…"),
 * states an amount in its first sentence ("2.…收入9265.21万元。"), or a 1./（1）
 * entry is one whole sentence that reads as one (a comma inside, or long) rather
 * than a short title.
 */
function isItem(text: string, head: string, label: string, style: NumberingStyle): boolean {
  // "（2）深化营商环境改革；" is an item; a run-in heading's paragraph that ends in ； after whole sentences is not.
  if (/[；;]$/.test(text.trim()) && !/[。！？]/.test(text.trim().slice(0, -1))) return true;
  if (style !== 'arabic' && style !== 'paren-arabic') return false;
  if (/[：:]/.test(head.slice(label.length))) return true;
  // (held-out round 33) A first sentence stating an amount ("2.全年实现财政非税收入9265.21万元。具体为:…", a budget report's
  // account): an item of the account, not a topic heading (a topic names no sum: "1.实施“十大工程”。").
  if (amount.test(head.slice(label.length))) return true;
  const whole = head.length >= text.trim().length - 1;
  return whole && /[。！？]$/.test(text.trim()) && (/[，,；]/.test(head) || head.length > 30);
}

function paragraph(text: string, line: number, column: number): DraftBlock {
  const lead = leadLength(text);
  return lead ? { kind: 'paragraph', text, lead, line, column } : { kind: 'paragraph', text, line, column };
}

/**
 * Index of the first sentence-final mark outside quotes and brackets, or -1.
 * Quotes matter: "坚持“三防”" is not the end of anything.
 */
function firstSentenceEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '“' || char === '（' || char === '《' || char === '「' || char === '‘') depth++;
    else if ((char === '”' || char === '）' || char === '》' || char === '」' || char === '’') && depth > 0) depth--;
    else if (depth === 0 && terminal.test(char)) return i;
  }
  return -1;
}


/**
 * A ——-led statement in a list of achievements (——经济运行总体平稳。…): set in bold in printed reports. (Round 27, 阿城's gap:
 * a copy typing the dash as three hyphens right before the words, "---撤市设区的五年，…的五年。"; not a rule or a table's
 * border, "---" or "---|---", which no word follows.)
 */
const dashLead = /^(——|──|――|—|-{3}(?=\p{Script=Han}))/u;
/** An amount of money or a percentage: 13432万元, 5.2亿元, 0.8%. */
const amount = /[0-9０-９](?:[0-9０-９.,．]*)\s*(?:(?:万亿|亿|万|千)?元|[%％])/u;
/**
 * The parallel openings of a review (五年来，我们…，…。 / 这一年，我们…): a lead
 * when the sentence names an action and its result (two clauses or more). A short
 * circumstance the period faced may stand before the 我们 ("一年来，面对经济下行挑战，我们迎难而上。",
 * held-out round 40); a circumstance of leadership or method ("在…领导下", "按照…") opens the review's narrative, not a lead.
 */
// (held-out round 43: and 一年來, 五年來 … as a traditional page prints them — 這五年, 過去五年 were there, 一年來 was not)
const anaphora = /^(五年来|四年来|三年来|两年来|一年来|五年來|四年來|三年來|兩年來|一年來|这五年|這五年|这一年|這一年|过去五年|過去五年|过去一年|過去一年|过去的一年|過去的一年|过去的五年|過去的五年)[，,]\s*(?:(?:面对|面對|面临|面臨)[^，,。；;：:！？0-9０-９]{2,14}[，,]\s*)?(我们|我們)/;
/** A parallel opening states an action and its result briefly; a longer sentence is narrative. */
const MAX_ANAPHORA_HAN = 36;
/**
 * (stop 42) The length of a parallel opening, the leader named with his title counted as the title alone — "习近平总书记" is one
 * term, as the Thought's full name is (thoughtName): held-out round 43's "一年來，我們牢記習近平總書記殷殷囑托，推動…取得新成效。"
 * is 37 Han characters printed, 34 so counted.
 */
const anaphoraLength = (sentence: string): number => hanOf(sentence.replace(/习近平(?=总书记)|習近平(?=總書記)/gu, '')).length;
/**
 * Two parallel actions, then their result: "沉着应对、同心战疫，人民健康有效保障。" —
 * phrases of the same length (a 四字格 pair) joined by 、, one comma, a short
 * result clause that is no "我们…" narrative, nor a definition ("围绕中心、服务大局，是政协履行职能的重要原则。").
 */
const pairedLead = /^(\p{Script=Han}{3,6})、(\p{Script=Han}{3,6})[，,](?!我|并|和|但|是)\p{Script=Han}{4,12}[。！]$/u;
/**
 * An action and its aim, as a section's run-in topics open ("精准防控疫情，守护群众生命健康。",
 * "聚焦农业农村，加快乡村振兴步伐。"): two short clauses of Han only, the second no
 * "我们…"/"并…" narrative, the first no circumstance ("面对…", "随着…", "…中/后/来").
 */
// (stop 42: held-out round 43's "回顾一年来的工作，我们的发展根基更加坚实。" — 我们的 opens the result's subject, a possession, not
// the narrative's 我们 and what they did)
const actionAimLead = /^(?!面对|随着|按照|根据|通过|经过|对于|关于|由于|虽然|尽管|如果|全年|一年|今后)(\p{Script=Han}{4,8})[，,](?!我(?!们的|們的)|并|和|但|要|将|还|也|又|就|是|共|累计|同比|比上年|增长|下降)\p{Script=Han}{5,12}[。！]$/u;
/**
 * (new user, round 24) An action and the field where it shows, as a plan's run-in topics open: "深化党的建设，在加强思想政治引领上
 * 实现新提升。", "精准建言献策，在围绕中心服务大局上取得新成效。" — a short clause, then 在…上 and what is gained there, Han only,
 * no circumstance first (the exceptions of actionAimLead); the result clause longer than actionAimLead's twelve.
 */
const actionFieldLead = /^(?!面对|随着|按照|根据|通过|经过|对于|关于|由于|虽然|尽管|如果|全年|一年|今后)(\p{Script=Han}{4,8})[，,]在\p{Script=Han}{2,14}上\p{Script=Han}{2,8}[。！]$/u;
/**
 * A period's opening over a short topic statement, without "我们": "五年来，综合实力大幅提升。" (the
 * parallel openings of a review, each over its paragraph). "一年来，主要做了以下工作。" announces a list. Up to twelve
 * characters: "五年来，创新驱动发展战略深入实施。" (held-out round 37, 黑龙江 2023); "过去五年，是…的五年。" characterises the
 * period and opens the review (periodOpening).
 */
const periodTopic = /^(五年来|四年来|三年来|两年来|一年来|五年來|四年來|三年來|兩年來|一年來|这五年|這五年|这一年|這一年|过去五年|過去五年)[，,](?!我|主要|重点|着重|集中|是)\p{Script=Han}{4,12}[。！]$/u;
/**
 * The parallel characterisations of a term ("这是坚持全面开放，发展争先进位的五年。" / "这是坚持创新引领，…的五年。"):
 * two phrases before "的五年"; "这是极不平凡的一年。" (one phrase) is an ordinary opening.
 */
const periodCharacter = /^(这|這)是\p{Script=Han}{2,10}[，,]\p{Script=Han}{2,10}的(?:五年|四年|三年|一年)[。！]$/u;
/**
 * A parallel characterisation of a period ("这五年，是发展质量效益显著提升的五年。"), a lead as the 我们 openings are;
 * 这 repeats it ("过去五年，是…的五年。" opens the review: no lead).
 */
const periodLead = /^(这五年|這五年|这一年|這一年)[，,]\s*是[^，,。；]{2,30}的(?:五年|一年)[。！]$/u;
/**
 * The same period characterised by two phrases, as "这是…，…的五年。" ("过去的五年，是生态建设取得显著成效，人民幸福指数不断
 * 提高的五年。", one of a review's parallel topics): a lead; with one phrase it opens the review ("过去五年，是…极不平凡的五年。"),
 * and so does the term characterised twice, "…的五年，也是…的五年。" (held-out round 37, 海口 2022).
 */
const periodTwoPhrases = /^(?:过去的?|過去的?|这|這)(?:五年|一年)[，,]\s*是\p{Script=Han}{2,16}[，,](?!也是)\p{Script=Han}{2,16}的(?:五年|一年)[。！]$/u;
/**
 * An enumerated topic statement with a clause after it, each over its paragraph: "一是创新和完善宏观调控，经济保持平稳运行。"
 * (one comma, no figure; a "…；二是…" enumeration inside one sentence is none).
 */
const enumeratedLead = /^[一二三四五六七八九十]是[^，,。；;：:！？]{3,24}[，,][^，,。；;：:！？]{3,24}[。！]$/u;
/**
 * A purpose topic, as a committee's report opens its sub-topics: "为提高农民培训实效出谋献策。" — 为 and what it works
 * for, one short sentence with no comma ("为此，…", "为了…" and "为确保…，…" are ordinary openings).
 */
const purposeTopic = /^为(?!此|了|[^，,；;：:。]*[，,])[^，,；;：:。！？]{3,23}[。！]$/u;
/**
 * A topic set in a field of work, as the procuratorate's and the courts' reports head their paragraphs: "在依法履职战疫和促进
 * 经济恢复中弘扬伟大抗疫精神。" — 在…中 and what is done there, one short sentence with no comma and no figure (held-out
 * round 29). "在市委的坚强领导下，…", "在…中，…" (a comma) and "在此…" are ordinary openings.
 */
const fieldTopic = /^在(?!此)[^，,；;：:。！？0-9０-９]{2,16}中[^，,；;：:。！？0-9０-９]{3,14}[。！]$/u;
/** (stop 42) After a dash: 我们 and what they did, no figure in that clause, then the rest — a review's topic and its result. */
const ownAct = /^(?:我们|我們)(?:坚持|坚定|紧扣|紧盯|聚焦|围绕|着力|全力|持续|大力|深入|扎实|加快|突出|狠抓|强化|推动|坚决)[^，,。；;：:！？0-9０-９]{2,16}[，,][^。；;！？]{2,40}[。！]/u;
/** A period characterised by one phrase, "过去五年，是…的五年。": a lead only after a dash (an item of a dash-led list). */
const dashPeriodCharacter = /^(?:过去的?|過去的?|这|這)(?:五年|一年)[，,]\s*是[^，,。；]{2,30}的(?:五年|一年)[。！]$/u;
/** "2020年是极不平凡的一年。": a year's opening sentence, not a topic statement. */
const yearOpening = /^(?:[0-9]{4}|今|去|明)年(?:是|在|，|,)/;
/** An opening that characterises a period, its subject short: "“十一五”时期是我国发展进程中极不平凡的五年。" (no topic statement). */
const periodOpening = /^[^，,。；]{1,12}是[^，,。；]{2,30}的(?:一年|两年|三年|五年|十年|时期|阶段)[。！]$/u;

/** More closing quotation marks or brackets than opening ones, counted from the start (a text that begins inside one). */
function unopenedClose(sentence: string): boolean {
  for (const [open, close] of ['“”', '‘’', '（）', '《》', '「」']) {
    let depth = 0;
    for (const c of sentence) {
      if (c === open) depth++;
      else if (c === close && --depth < 0) return true;
    }
  }
  return false;
}

/**
 * A paragraph's first sentence as one of a run of parallel openings ("五年感恩奋进，脱贫攻坚全面胜利，全面小康同步建成。" /
 * "五年感恩奋进，经济实力赶超跨越，发展质量不断提高。", each over its paragraph): its opening clause (Han only, 2–8
 * characters, no ordinary opening such as 同时/我们/这) and the sentence's length — a short statement (one comma or more,
 * no figure, at most 30 Han characters) with more text after it. outline.ts marks a run of two or more sharing the opening.
 */
export function parallelOpening(text: string): { opening: string; length: number } | undefined {
  const end = firstSentenceEnd(text);
  if (end === -1) return undefined;
  const sentence = text.slice(0, end + 1);
  const han = hanOf(sentence).length;
  const opening = /^(\p{Script=Han}{2,8})[，,]/u.exec(sentence)?.[1];
  // (a statement: it ends in 。 or ！ and says something after its opening — "一年來，我們？" is a lost character's "?")
  if (!opening || !/[。！]$/u.test(sentence) || han - opening.length < 6) return undefined;
  if (notLead.test(sentence) || /[0-9０-９]/.test(sentence) || han > 30 || unopenedClose(sentence)) return undefined;
  if (hanOf(text.slice(end + 1)).length < han) return undefined;
  return { opening, length: end + 1 };
}

/** Length (in UTF-16 units) of the lead sentence, including its 。, or 0. */
export function leadLength(text: string): number {
  const end = firstSentenceEnd(text);
  if (end === -1 || end === text.length - 1) return 0;
  // The rest must be more text, not just a closing quote or bracket, nor a news agency's end mark "（完）" (the lead's blind
  // pages, stop 44: a 中新社 story's last sentence had been made a lead).
  if (!/\p{Script=Han}/u.test(text.slice(end + 1).replace(/[（(]完[）)]\s*$/u, ''))) return 0;
  const sentence = text.slice(0, end + 1);
  // (new user round 34) "（1）资产负债情况。资产总额…。（2）生产经营情况。…（3）收益分配情况。…": a paragraph running its own numbered
  // items on, the next number right after a sentence's end, is a list inside the paragraph — bold on its first label alone
  // would set one item apart from its siblings (was: "（1）资产负债情况。" bold, （2） and （3） plain): no lead.
  if (runsOnItsItems(text)) return 0;
  // A sentence that closes a quotation it never opened ("控双达标”一等奖。") is the tail of one a page cut: no topic statement.
  if (unopenedClose(sentence)) return 0;
  // (stop 59, mends59; blind58a's youngwriting.cn "增長極?!?”，就是扛好…": 。“1 lost, each printed as a mark) A "?" with more marks
  // glued after it is no sentence's end but characters a copy lost (lost-bytes.ts says them): no topic statement ends there.
  if (/[?？]/u.test(text[end]) && /^[!?！？]/u.test(text.slice(end + 1))) return 0;
  // (new user round 27) The speaker's own voice after it — "特區政府施政已走過二十年的歷程。我很榮幸，…" (Macao's Chief
  // Executive at the close of his term): a speech's narrative, no topic statement over its account. 我 alone, not 我们 or
  // a body's 我市, 我院, 我委 … (no lead of the ingest corpus's goldens is followed by 我 at all).
  if (speakerSpeaks.test(text.slice(end + 1))) return 0;
  const han = hanOf(sentence).length;
  if (dashLead.test(text)) {
    const statement = text.replace(dashLead, '');
    // "——这五年，我们坚定不移转变发展方式，高质量发展之路越走越宽广。": a parallel opening led by a dash.
    if (anaphora.test(statement)) return (sentence.match(/[，,]/g)?.length ?? 0) >= 2 && anaphoraLength(sentence) <= MAX_ANAPHORA_HAN ? end + 1 : 0;
    // "——过去五年，综合实力实现稳步提升。": a period's opening over a short topic, led by a dash (过去 opens no lead otherwise).
    if (periodTopic.test(sentence.replace(dashLead, ''))) return end + 1;
    // "——过去五年，是全市经济快速增长的五年。": the period characterised, one item of a dash-led list (without the dash it
    // opens the review: periodOpening); one phrase, no figures.
    if (dashPeriodCharacter.test(sentence.replace(dashLead, ''))) return han <= MAX_ANAPHORA_HAN && !/[0-9０-９]/.test(sentence) ? end + 1 : 0;
    // (a statement of amounts, a budget report's item "——非税收入13432万元，增长0.8%。其中：…", is none: new user round 14;
    // a figure that names, "——第一件是以快制快，坚决打赢“0801”疫情防控阻击战。", may stand in one)
    // (stop 42: held-out round 43's "——我们坚持扬优聚势稳增长，完成地区生产总值314.7亿元、增长7.3%。" — what we did, a clause with
    // no figure, then what it came to: a topic and its figures, as "——我们…" openings of a review read; not an amount stated first)
    if (ownAct.test(statement)) return han >= MIN_LEAD_HAN && han <= 40 ? end + 1 : 0;
    return han >= MIN_LEAD_HAN && han <= 40 && !notLead.test(statement) && !yearOpening.test(statement) && !amount.test(sentence) ? end + 1 : 0;
  }
  if (periodLead.test(sentence) || periodTwoPhrases.test(sentence)) return han <= MAX_ANAPHORA_HAN ? end + 1 : 0;
  if (anaphora.test(text)) return (sentence.match(/[，,]/g)?.length ?? 0) >= 2 && anaphoraLength(sentence) <= MAX_ANAPHORA_HAN ? end + 1 : 0;
  if (periodTopic.test(sentence) || periodCharacter.test(sentence)) return end + 1;
  // (a statement of figures, "二是一般性转移支付收入266266万元，同比增长13.29%。", is none)
  if (enumeratedLead.test(sentence) && han <= MAX_ANAPHORA_HAN && !/[0-9０-９]/.test(sentence)) return end + 1;
  if (yearOpening.test(text) || (notLead.test(text) && !purposeTopic.test(sentence) && !fieldTopic.test(sentence)) || periodOpening.test(sentence)) return 0;
  // A quoted term may open a lead ("“稳”的态势巩固延续。"); a quotation may not.
  if (text.startsWith('“') && !/^“[^”]{1,12}”\p{Script=Han}/u.test(text)) return 0;
  const pair = pairedLead.exec(sentence);
  if (pair && pair[1].length === pair[2].length && han <= MAX_LEAD_HAN) return end + 1;
  const actionAim = actionAimLead.exec(sentence);
  if (actionAim && !/[中后来时上下里]$/u.test(actionAim[1]) && hanOf(text.slice(end + 1)).length >= 2 * han) return end + 1;
  const actionField = actionFieldLead.exec(sentence);
  if (actionField && !/[中后来时上下里]$/u.test(actionField[1]) && han <= MAX_LEAD_HAN && hanOf(text.slice(end + 1)).length >= 2 * han) return end + 1;
  if (/[，,；;：:]/.test(sentence)) return 0;
  // (held-out round 39) The Thought's full name is one term: "以习近平新时代中国特色社会主义思想统揽和指导人大工作。" is a short
  // topic statement, its length counted with the name as four characters.
  const counted = hanOf(sentence.replace(thoughtName, '思想思想')).length;
  if (counted < MIN_LEAD_HAN || counted > MAX_LEAD_HAN) return 0;
  // "重点对区本级财政预算执行情况进行了审计。从审计情况看，…": what was done to what (对…进行了…), an account of the work —
  // the section's topic is in what follows (held-out round 30, 鹤山区's audit work report).
  if (doneTo.test(sentence)) return 0;
  // (held-out round 33) a statement of an amount, a budget report's item ("2.全年实现财政非税收入9265.21万元。具体为:…"), is
  // none, as with a dash (above)
  if (amount.test(sentence)) return 0;
  return end + 1;
}

/**
 * Whether a paragraph opening with an item's number (（1）, 1., （一）) holds the next item of that numbering after one of its
 * sentences ends: "（1）…。…（2）…" — its items run on inside it.
 */
function runsOnItsItems(text: string): boolean {
  const first = numberingOf(text);
  if (!first || (first.style !== 'paren-arabic' && first.style !== 'arabic' && first.style !== 'paren-han')) return false;
  for (const match of text.matchAll(/[。！？；]\s*/gu)) {
    const next = numberingOf(text.slice(match.index + match[0].length));
    if (next && next.style === first.style && next.ordinal === first.ordinal + 1) return true;
  }
  return false;
}

/**
 * The speaker's own 我 opening the next sentence, a word after it: not 我们/我們, nor a body or place of the speaker's (我市,
 * 我国, 我院, 我委 …), nor a 我 the page was cut after (held-out round 40's "…显著提升。我", its 我们 cut: a lead as before).
 */
const speakerSpeaks = /^\s*我(?![们們市县縣区區省国國州旗镇鎮乡鄉村院会會部局委党黨厅廳司所处處办辦团團校社军軍盟街])(?=\p{Script=Han})/u;

/** The Thought's full name, a term however long it is printed (held-out round 39). */
const thoughtName = /习近平新时代中国特色社会主义思想/gu;

/** An account of what was done to what: "(重点)对…进行了审计/检查/调查。" */
const doneTo = /^(?:重点|主要|先后|分别|依法)?对[^，,。；]{2,30}?进行了\p{Script=Han}{2,6}[。！]$/u;
