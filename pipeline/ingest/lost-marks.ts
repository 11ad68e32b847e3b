/**
 * Marks lost between figures (model/lost-marks.ts): "20221-12月" (2022年1-12月: 年 lost), "GB 30952012" (GB 3095—2012: the
 * dash lost), as a copy whose extraction dropped some characters leaves them. Every character ingest was given is kept, yet
 * the text now prints figures that cannot be — a month 20221, a standard numbered 30952012 — and a reader of the Chinese
 * edition sees them so. Said at each place, so the editor puts the mark back from the report's own page or says so in the
 * translator's note (check reads the figures as meant). Not lost: "2022年1-12月", "12个月", "GB 3095—2012", "GB3838-2002",
 * "GB 18918" (a number without its year).
 *
 * (stop 52, mends52: round 31's other losses, each one a careful reader sees, none guessed back — ingest never writes the
 * lost character in, it says the place)
 * - a bracket opened and never closed in a paragraph that goes on to end its sentence: "一氧化碳（CO24小时平均…浓度为1.2毫克/立方米，
 *   臭氧（O3）日最大…。" (the "）" after CO lost), "增长7.3%（不含嘉兴港区、嘉兴电厂，实现生产总值698.5亿元，…。" (a watermarked
 *   mirror's). A title's 《 likewise. Not lost: a paragraph cut off inside its bracket (cut-off.ts says it), a numbering's
 *   half bracket "1）" (a close with no open is a style), a bracket holding a full stop "（注：…。）".
 * - a rate whose figure has lost its unit: "降尘量为2.2/平方千米•月" (吨 lost: 2.2吨/平方千米•月), "月均值為5.3/平方公里·月" — a
 *   figure then a slash then the unit of the denominator, nothing measured over it. Not: "5微克/立方米", "2/3", "2022/5/1".
 * - a document's year glued to what followed it in the bracket after its name: "《地表水环境质量评价办法（试行）》（20113）" (a
 *   bracket after a title holds its year or its number — 2011 and 3 with the separator lost; what stood there is not guessed).
 *   Not: "《…》（2011）", "《…》（2011年）", an address's postal code "（200031）" (after no title).
 * - a paragraph opening on 、, its number lost ("、经济建设和社会事业取得新成绩"), and a "?" opening a paragraph or alone in it (a
 *   character the copy could not encode: "?2023年度）").
 */
import type { DraftBlock } from './types.ts';
import { holdsWords } from './blank-figures.ts';
import { gluedFigures } from '../model/lost-marks.ts';

/** Characters quoted before a place. */
const CONTEXT = 6;

export interface LostMark {
  block: DraftBlock;
  /** the glued figures with the words before them, as printed */
  words: string;
  /** what it reads as: the two figures meant (figures run together only) */
  meant?: string[];
  /** the text as it was before the mark was lost: "2022年1-12月", "GB 3095—2012" (figures run together only) */
  restored?: string;
  kind: 'year-month' | 'standard-year' | 'unclosed-bracket' | 'rate-without-unit' | 'glued-in-bracket' | 'lost-number' | 'question-mark' | 'glued-date' | 'glued-pollutant' | 'glued-rates' | 'glued-decimals';
}

/** Brackets whose close a copy loses (round and title brackets; quotation marks open paragraphs of a long quotation unclosed, by rule). */
const PAIRS: Record<string, string> = { '（': '）', '(': ')', '《': '》' };
const CLOSES = new Set(Object.values(PAIRS));
const SENTENCE_END = /[。！？!?]/u;

/** Each bracket opened in the text and never closed, when the text ends a sentence after it (a paragraph cut inside its bracket is cut-off.ts's). */
function unclosedBrackets(text: string): number[] {
  const open: Array<{ at: number; close: string }> = [];
  const unclosed: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (PAIRS[ch]) open.push({ at: i, close: PAIRS[ch] });
    else if (CLOSES.has(ch)) {
      // a close pairs with the nearest bracket of its kind opened; those opened after it are left open
      const k = open.findLastIndex((o) => o.close === ch || (o.close !== '》' && ch !== '》'));
      if (k >= 0) unclosed.push(...open.splice(k).slice(1).map((o) => o.at));
    }
  }
  unclosed.push(...open.map((o) => o.at));
  return unclosed.filter((at) => SENTENCE_END.test(text.slice(at))).sort((a, b) => a - b);
}

/** A figure, a slash, the unit of the denominator: the numerator's unit lost ("2.2/平方千米"). */
const RATE_WITHOUT_UNIT = /(?<![0-9０-９A-Za-z/／._\-:：])[0-9０-９]+(?:[.．][0-9０-９]+)?[/／](?=(?:平方|立方)?(?:千米|公里|米|厘米|公顷|亩|人|年|月|日|天|小时|户|吨|升|千克|公斤|秒|分钟)(?![0-9０-９]))/gu;

/** A bracket after a title (its year or number) holding a year glued to more digits: "《…》（20113）". */
const GLUED_IN_BRACKET = /》[（(]((?:19|20)[0-9]{2})([0-9]{1,4})[）)]/gu;

/**
 * (stop 53, mends53; blind52b's www.4321666.com, 寧強縣's bulletin — "漢中市生態環境局寧強分局2024123" for …分局 2024年1月23日 or
 * 12月3日; blind52a's ybq.gov.cn notice's "2021319") A short line, a name then a date whose 年, 月 and 日 were all lost: a year,
 * then three or four digits that read as a month and a day, ending the line. Which digits were the month is not guessed.
 */
const GLUED_DATE = /(?<=^[^。，；！？,;!?]{0,36}\p{Script=Han})((?:19|20)[0-9]{2})([0-9]{3,4})$/u;
const monthDay = (digits: string) => [1, 2].some((m) => {
  const [month, day] = [Number(digits.slice(0, m)), Number(digits.slice(m))];
  return digits.length - m <= 2 && digits[m] !== '0' && month >= 1 && month <= 12 && day >= 1 && day <= 31;
});

/**
 * (stop 53, mends53; the same bulletin's "PM1042ug/m3PM2.525ug/m3" — PM10 42ug/m3, PM2.5 25ug/m3) A particulate's name glued
 * to its figure and unit: no report prints "PM1042": the mark or words between (为, ：, a space) were lost.
 */
const GLUED_POLLUTANT = /PM(?:10|2\.5)(?=[0-9])([0-9]+(?:\.[0-9]+)?)\s*(?:ug|μg|µg|微克|毫克|mg)/gu;

/**
 * (stop 58, blind: www.tzfyw.gov.cn, a court's report — "分别上升16%14.1%", "分别上升28.7%20.8%全市…") A per cent run straight into
 * the next figure's per cent: no report prints two rates with nothing between them — the 、 (or 和, a full stop) between them was lost.
 * A run of three ("分别增长4.4%5.9%5.8%") is one place.
 */
const GLUED_RATES = /(?<![0-9０-９.．])[0-9]+(?:[.．][0-9]+)?[%％](?:[0-9]+(?:[.．][0-9]+)?[%％])+/gu;

/**
 * (stop 59, mends59; blind58a's www.adgong.com, a writing site's copy of 滨城区's 2007 report — "三次产业结构调整为7.0454.9338.03" for
 * 7.04:54.93:38.03, the ratio's colons lost) Decimal figures run together: one figure with two decimal points or more, a part between
 * them of four digits or more (the first figure's decimals and the next one's whole part). Not: a date "2023.12.28", a version or a
 * section's number "1.2.3", an address "192.168.1.1" (no part of four digits), a figure inside a word or a link (a letter, "/", ":"
 * or "@" beside it). Which mark (a colon, 、, a full stop) is not guessed.
 */
const GLUED_DECIMALS = /(?<![0-9０-９.．A-Za-z/:@_\-])[0-9]{1,3}\.[0-9]+(?:\.[0-9]+)+(?![0-9.．A-Za-z/@_\-])/gu;
const gluedDecimals = (figure: string) => {
  const parts = figure.split('.');
  return parts.slice(1, -1).some((part) => part.length >= 4);
};

/** Every place in the text where figures were glued by a lost mark, or a mark was lost beside a figure or a bracket, in reading order. */
export function lostMarks(blocks: readonly DraftBlock[]): LostMark[] {
  const found: LostMark[] = [];
  for (const block of blocks) {
    if (!holdsWords(block)) continue;
    const here: Array<LostMark & { index: number }> = [];
    for (const glued of gluedFigures(block.text)) {
      const [first, second] = glued.figures;
      const after = glued.index + glued.raw.length;
      // (a month's run goes on to its 月: "20221-12月", the range's end with it)
      const end = second.kind === 'month' ? block.text.indexOf('月', after) + 1 : after;
      const code = glued.raw.slice(0, first.index - glued.index);
      here.push({
        block,
        index: glued.index,
        meant: [first.digits, second.digits],
        restored: second.kind === 'month' ? `${first.digits}年${block.text.slice(second.index, end)}` : `${code}${first.digits}—${second.digits}`,
        kind: second.kind === 'month' ? 'year-month' : 'standard-year',
        words: block.text.slice(Math.max(0, glued.index - CONTEXT), end).trim(),
      });
    }
    for (const at of unclosedBrackets(block.text)) {
      here.push({ block, index: at, kind: 'unclosed-bracket', words: block.text.slice(Math.max(0, at - CONTEXT), at + 12).trim() });
    }
    for (const m of block.text.matchAll(RATE_WITHOUT_UNIT)) {
      here.push({ block, index: m.index, kind: 'rate-without-unit', words: block.text.slice(Math.max(0, m.index - CONTEXT), m.index + m[0].length + 4).trim() });
    }
    for (const m of block.text.matchAll(GLUED_IN_BRACKET)) {
      const title = block.text.lastIndexOf('《', m.index);
      here.push({ block, index: m.index, kind: 'glued-in-bracket', meant: [m[1], m[2]], words: block.text.slice(title >= 0 && m.index - title <= 30 ? title : Math.max(0, m.index - CONTEXT), m.index + m[0].length).trim() });
    }
    const date = GLUED_DATE.exec(block.text.trim());
    if (date && monthDay(date[2])) {
      const index = block.text.lastIndexOf(date[0]);
      here.push({ block, index, kind: 'glued-date', meant: [date[1], date[2]], words: block.text.slice(Math.max(0, index - CONTEXT), index + date[0].length).trim() });
    }
    for (const m of block.text.matchAll(GLUED_RATES)) {
      here.push({ block, index: m.index, kind: 'glued-rates', words: block.text.slice(Math.max(0, m.index - CONTEXT), m.index + m[0].length + 1).trim() });
    }
    for (const m of block.text.matchAll(GLUED_DECIMALS)) {
      if (gluedDecimals(m[0])) here.push({ block, index: m.index, kind: 'glued-decimals', words: block.text.slice(Math.max(0, m.index - CONTEXT), m.index + m[0].length + 1).trim() });
    }
    for (const m of block.text.matchAll(GLUED_POLLUTANT)) {
      here.push({ block, index: m.index, kind: 'glued-pollutant', words: block.text.slice(m.index, m.index + m[0].length + 3).trim() });
    }
    // (stop 52, mends52; held-out round 8's devzone review "、经济建设和社会事业取得新成绩" — its 一 lost —, blind51b's xpj8040.com
    // "、各環境要素質量狀況") a paragraph opening on an enumeration comma: the number before it lost (a line the page broke inside its
    // sentence goes on the line before, paragraphs.ts; this one stands after a sentence's end or a heading)
    if (/^[、]/u.test(block.text)) here.push({ block, index: 0, kind: 'lost-number', words: block.text.slice(0, 14).trim() });
    // (stop 52, mends52; blind51b's xpj8040.com "?2023年度）", "?" alone; blind50a's wwwk001k.com "? |") a question mark opening a
    // paragraph, or alone in it: no sentence opens on one — a character the copy could not encode (an indentation's, at a line's
    // start before a space, is lost-indent's)
    else if (/^[?？]+(?:\s*[|｜])?\s*$|^[?？](?=[0-9０-９（(\p{Script=Han}])/u.test(block.text)) here.push({ block, index: 0, kind: 'question-mark', words: block.text.slice(0, 14).trim() });
    found.push(...here.sort((a, b) => a.index - b.index).map(({ index: _, ...mark }) => mark));
  }
  return found;
}
