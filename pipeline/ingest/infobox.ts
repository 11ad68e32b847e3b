/**
 * A wiki's infobox (an encyclopedia mirror's "基本介紹" / "基本信息" and its "- 中文名:…" items), which such a
 * page prints after the article's summary, so the report's name, issuer and date come AFTER text:
 * "中文名" → title (when it names a document), "汇报单位" / "发布单位" / "制定机关" → issuer, "报告时间" /
 * "发布时间" → date. Only under its heading, with two or more items of keys an infobox uses: "key:value"
 * lines elsewhere are text. Used by metadata.ts.
 */
import { toSimplified } from '../model/han-forms.ts';
import { speakerOf } from './speaker.ts';

const heading = /^(?:基本介绍|基本信息|基本资料)$/u;
const item = /^[-•·*]?\s*(\p{Script=Han}{2,6})\s*[:：]\s*(\S.*)$/u;
const KEYS: Record<string, 'title' | 'issuer' | 'date' | 'occasion' | 'speaker' | undefined> = {
  中文名: 'title',
  外文名: undefined,
  汇报单位: 'issuer',
  发布单位: 'issuer',
  制定机关: 'issuer',
  报告类型: undefined,
  报告时间: 'date',
  发布时间: 'date',
  // (stop 48, mends48; blind47a's 363616.com, a baike copy: "报告场合:第八届全国人民代表大会第三次会议", "报告人:国务院总理*")
  报告场合: 'occasion',
  报告人: 'speaker',
  // (stop 51, blind: zhongdou1.com, a baike copy of 济南's 2000 report) "• 时间:2000年", "• 机构:济南政府", "• 类型:工作报告": the
  // year, the body as the wiki shortens it, the kind — read past (none is the page's date or issuer as a report prints it)
  时间: undefined,
  机构: undefined,
  类型: undefined,
};

export interface Infobox {
  /** Indices (into the lines given) of the heading and its items. */
  used: number[];
  /** (stop 60) Each item's line (an index into the lines given), its field (none for 外文名, 类型 …) and its value. */
  items: Array<{ at: number; field?: 'title' | 'issuer' | 'date' | 'occasion' | 'speaker'; value: string }>;
  title?: string;
  issuer?: string;
  date?: string;
  occasion?: string;
  speaker?: string;
}

/** The first infobox among the lines (trimmed, non-blank), or undefined. */
export function findInfobox(lines: readonly string[]): Infobox | undefined {
  for (let h = 0; h < lines.length; h++) {
    if (!heading.test(toSimplified(lines[h]).replace(/\s+/g, ''))) continue;
    const box: Infobox = { used: [h], items: [] };
    for (let k = h + 1; k < lines.length; k++) {
      const m = item.exec(lines[k]);
      const key = m ? toSimplified(m[1]) : undefined;
      if (!m || key === undefined || !(key in KEYS)) break;
      box.used.push(k);
      const field = KEYS[key];
      box.items.push({ at: k, field, value: m[2].trim() });
      if (field) box[field] ??= m[2].trim();
    }
    if (box.used.length >= 3) return box;
  }
  // (stop 48, mends48; blind47a's 363616.com) A baike copy's infobox printed with no heading, its items one a line under the
  // summary: "中文名:1995年国务院*工作报告" / "报告场合:…" / "报告人:…" — an item of 中文名 first, two more items of the keys above
  // right under it (was: each a paragraph of the text).
  for (let h = 0; h < lines.length; h++) {
    const m = item.exec(lines[h]);
    if (!m || toSimplified(m[1]) !== '中文名') continue;
    const box: Infobox = { used: [h], title: m[2].trim(), items: [{ at: h, field: 'title', value: m[2].trim() }] };
    for (let k = h + 1; k < lines.length; k++) {
      const n = item.exec(lines[k]);
      const key = n ? toSimplified(n[1]) : undefined;
      if (!n || key === undefined || !(key in KEYS)) break;
      box.used.push(k);
      const field = KEYS[key];
      box.items.push({ at: k, field, value: n[2].trim() });
      if (field) box[field] ??= n[2].trim();
    }
    if (box.used.length >= 3) return box;
  }
  return undefined;
}

/**
 * A Wikisource header as its mobile page prints it, one line: the page's name, "制定机关:" the issuer, the speaker in
 * brackets ("(主讲人为时黎平县县长崔华明)": who was then 县长), the date, and the table cell's bar —
 * "2022年黎平县人民政府工作报告 制定机关:黎平县人民政府(主讲人为时黎平县县长崔华明) 2022年2月16日 |".
 */
const wikisourceHeader = /^(?<name>\S.{1,60}?)\s+制定机关\s*[:：]\s*(?<issuer>[^\s（(|｜]{2,40})\s*(?:[（(]\s*主讲人为?(?:时任|当时|时)?(?<speaker>[^（）()]{3,30})[）)])?\s*(?<date>[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)?\s*[|｜]?\s*$/du;

export interface WikisourceHeader {
  issuer: string;
  speaker?: string;
  /** As printed ("2022年2月16日"). */
  date?: string;
}

/** A Wikisource header line (above), or undefined. */
export function readWikisourceHeader(line: string): WikisourceHeader | undefined {
  const text = line.trim();
  const simplified = toSimplified(text);
  const m = wikisourceHeader.exec(simplified);
  if (!m?.groups || !m.indices?.groups) return undefined;
  // The page's own characters (traditional ones kept), where the simplified probe kept its length.
  const printed = (group: string) => {
    const at = m.indices!.groups![group];
    if (!at) return undefined;
    return simplified.length === text.length ? text.slice(at[0], at[1]) : m.groups![group];
  };
  const speaker = printed('speaker');
  return { issuer: printed('issuer')!, speaker: speaker ? speakerOf(speaker) : undefined, date: printed('date') };
}
