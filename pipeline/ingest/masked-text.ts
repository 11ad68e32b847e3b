/**
 * A masked copy or a writing site's template rather than the report as delivered: names, places,
 * years or figures replaced by a run of X or × ("2008年是××歷史上", "中共xx区委", "20XX年工作回顾",
 * "镇党委“XXX、XXX”", "202x年", "增长x.x%", "突破X亿元", "在X市", "以***同志为核心", "**镇人民政府", "增长*%", a speaker
 * "镇长 XX" or "旗长 **"). Such pages (范文 and 文库 sites, masked
 * uploads) read like a report, and ingest makes them one; translated and published, their masks
 * would stand as the report's words. A run of two or more X (Latin, full width) or × beside a Han
 * character or a Chinese punctuation mark (or after a figure: 20XX年) is a mask, and so is a speaker's
 * name made of X, × or asterisks (a draft's blank month and day, 2021年xx月xx日, are not): across the 361 real pages of the ingest corpus these occur only on
 * such copies (34 pages), never in a report's own text. A single X elsewhere is not read (X射线, X光), nor 某某
 * (a court's or procuratorate's report names parties so: 苏某某), nor an English twin's "XX" between
 * Latin words, nor a figure's × (120×80米).
 */
import type { DraftBlock, ReportMeta } from './types.ts';

/** Han characters and Chinese punctuation (CJK symbols, full-width forms, curly quotes). */
const CHINESE = '[\\p{Script=Han}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20“”‘’]';
/**
 * Two or more X or × with Chinese after them, or after Chinese or a figure — not a month's or a day's
 * blank (2021年xx月xx日): a draft leaves its date so, and that is the report (said as a missing date).
 * And single masks where a report has a figure or a place: a year's last digit (202x年), a share (x.x%),
 * an amount (X亿元, 增长X%), a unit's place after Chinese (在X市, 2020年X区).
 */
const MASK = new RegExp(
  [
    // (stop 54, blind: www.np.gov.cn) not a run of x that starts a Latin word or a mailbox's name: "电子邮箱：xxgk@np.gov.cn" (xxgk,
    // 信息公开's initials, a disclosure office's address everywhere) — a figure's mask before its decimal point, "xxx.xx亿元", still is
    `(?:(?<=${CHINESE}|[0-9])[×xXＸｘ]{2,}(?![A-Za-z0-9@])|[×xXＸｘ]{2,}(?=${CHINESE}))(?![月日])`,
    '[×xXＸｘ]\\.[×xXＸｘ]+',
    '(?<=[0-9]{3})[xXｘＸ](?=年)',
    '(?<![A-Za-z])[×xXＸｘ](?=[亿万千%％])',
    // (stop 61, blind: m.wnwk.com) in small letters too, "2022年x镇政府工作报告", "我代表x镇人民政府" (a library's copy): after a
    // Han character or a year, before a unit — never inside a Latin word
    '(?<=\\p{Script=Han}|[0-9]年)[XＸxｘ](?=[省市县区镇乡州旗盟])',
    // (stop 61, blind: dawenge.com, a document site's compilation) one letter for 党 before its congress, "全面贯彻X的二十大精神", "D的
    // 十九大" (the copy's filter masks the word): after a Han character, before 的 and the congress's ordinal, never inside a Latin word
    '(?<=\\p{Script=Han})[XＸDＤ](?=的(?:十|二十)[一二三四五六七八九]?大)',
    // asterisks: three or more beside Chinese (***同志, ****人大常委会), two before a unit or a year (**镇, **年) —
    // not two before other words, which a page copied from Markdown may carry as bold (**深化改革**)
    `(?<=${CHINESE}|[0-9])[*＊]{3,}|[*＊]{3,}(?=${CHINESE})`,
    '(?<![*＊])[*＊]{2}(?=[省市县区镇乡州旗盟村年])',
    // one asterisk for a figure: "地区生产总值*亿元，同比增长*%", "分别达到*元" (a writing site's speech, laowenbi.com 2026)
    '(?<![*＊A-Za-z])[*＊](?![*＊])(?=[亿万千百%％元])',
    // (held-out round 33) one asterisk alone in brackets before a unit: "〔*〕街道党工委" (a writing site's copy, 92read.com) —
    // not a note's call after a figure or before punctuation ("增长5%(*)。")
    '[〔［【\\[(（][*＊][〕］】\\])）](?=[省市县区镇乡街州旗盟村])',
    // (stop 41, blind: alatiku.com) an ellipsis in brackets where a place's or a company's name stands: "〔...〕乡坚持以…",
    // "乡内〔...〕农产品加工有限公司" — a writing site's cut name (a report's own elision in a quotation stands before no unit)
    '[〔［【\\[(（](?:\\.{3,6}|[…⋯]{1,2})[〕］】\\])）](?=[省市县区镇乡街州旗盟村]|[^。，；、]{1,12}?公司)',
  ].join('|'),
  'gu',
);
/**
 * (held-out round 33) Two asterisks between Chinese words, the only two of their paragraph: the place left out
 * ("我们**经济社会快速发展", a writing site's copy, liuxuequn.com) — Markdown's bold comes in pairs (**深化改革**).
 */
const LONE_PAIR = new RegExp(`(?<=${CHINESE})(?<![*＊])[*＊]{2}(?![*＊])(?=${CHINESE})`, 'gu');
const PAIRS = /(?<![*＊])[*＊]{2}(?![*＊])/gu;
/**
 * (stop 47, blind: 363616.com) One asterisk alone between two Han characters where a word was cut out, "国务院总理*代表国务院向大会做
 * *工作报告", "经济*改革", "1995年国务院*工作报告" (a site's filter blanking names and words it will not print): a mask when the page
 * has three or more — one alone may be a note's call inside a sentence.
 */
const LONE_STAR = /(?<=\p{Script=Han})(?<![*＊])[*＊](?![*＊])(?=\p{Script=Han})/gu;
const LONE_STARS = 3;
/** A speaker's name that is only a mask: "镇长 XX", "旗长 **". */
const MASKED_NAME = /\s[×xXＸｘ*＊]{2,}$/u;
/** Characters quoted either side of a mask. */
const CONTEXT = 4;
/** The front matter's fields a page's masks show in. */
const FIELDS = ['title', 'issuer', 'occasion', 'speaker'] as const;

export interface Mask {
  /** where: a block of the text, or a front-matter field (the title block's lines are gone from the text) */
  at: DraftBlock | (typeof FIELDS)[number];
  /** the mask with a few characters either side, as printed */
  words: string;
}

/** The masks in a text, each quoted with up to four characters either side (quotes never overlap). */
function masksIn(text: string, stars = false): string[] {
  const spans = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const plain = spans(text.matchAll(MASK));
  const starred = stars ? spans(text.matchAll(LONE_STAR)).filter((l) => !plain.some((m) => l.start < m.end && m.start < l.end)) : [];
  const masks = [...plain, ...starred].sort((a, b) => a.start - b.start);
  // (a lone pair that is a mask already, "我代表**镇人民政府", is quoted once)
  const lone = (text.match(PAIRS) ?? []).length === 1 ? spans(text.matchAll(LONE_PAIR)).filter((l) => !masks.some((m) => l.start < m.end && m.start < l.end)) : [];
  const found = [...masks, ...lone].sort((a, b) => a.start - b.start);
  let quoted = 0; // where the last quote ended
  return found.map(({ start, end }, n) => {
    const from = Math.max(quoted, start - CONTEXT);
    quoted = Math.min(n + 1 < found.length ? found[n + 1].start : text.length, end + CONTEXT);
    return text.slice(from, quoted).trim();
  });
}

/** Every mask in the page's front matter and text, in reading order ([] for a report's own text). */
export function maskedText(meta: Readonly<ReportMeta>, blocks: readonly DraftBlock[]): Mask[] {
  const masks: Mask[] = [];
  const texts = [...FIELDS.map((f) => meta[f]).filter((v): v is string => typeof v === 'string'), ...blocks.filter((b) => b.kind !== 'box-end').map((b) => b.text)];
  const stars = texts.reduce((n, t) => n + (t.match(LONE_STAR) ?? []).length, 0) >= LONE_STARS;
  for (const field of FIELDS) {
    const value = meta[field];
    if (typeof value !== 'string') continue;
    const words = masksIn(value, stars);
    if (field === 'speaker' && words.length === 0 && MASKED_NAME.test(value)) words.push(value);
    masks.push(...words.map((w) => ({ at: field, words: w })));
  }
  for (const block of blocks) if (block.kind !== 'box-end') masks.push(...masksIn(block.text, stars).map((words) => ({ at: block, words })));
  return masks;
}
