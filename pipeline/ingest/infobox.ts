/**
 * A wiki's infobox (an encyclopedia mirror's "基本介紹" / "基本信息" and its "- 中文名:…" items), which such a
 * page prints after the article's summary, so the report's name, issuer and date come AFTER text:
 * "中文名" → title (when it names a document), "汇报单位" / "发布单位" / "制定机关" → issuer, "报告时间" /
 * "发布时间" → date. Only under its heading, with two or more items of keys an infobox uses: "key:value"
 * lines elsewhere are text. Used by metadata.ts.
 */
import { toSimplified } from '../model/han-forms.ts';

const heading = /^(?:基本介绍|基本信息|基本资料)$/u;
const item = /^[-•·*]?\s*(\p{Script=Han}{2,6})\s*[:：]\s*(\S.*)$/u;
const KEYS: Record<string, 'title' | 'issuer' | 'date' | undefined> = {
  中文名: 'title',
  外文名: undefined,
  汇报单位: 'issuer',
  发布单位: 'issuer',
  制定机关: 'issuer',
  报告类型: undefined,
  报告时间: 'date',
  发布时间: 'date',
};

export interface Infobox {
  /** Indices (into the lines given) of the heading and its items. */
  used: number[];
  title?: string;
  issuer?: string;
  date?: string;
}

/** The first infobox among the lines (trimmed, non-blank), or undefined. */
export function findInfobox(lines: readonly string[]): Infobox | undefined {
  for (let h = 0; h < lines.length; h++) {
    if (!heading.test(toSimplified(lines[h]).replace(/\s+/g, ''))) continue;
    const box: Infobox = { used: [h] };
    for (let k = h + 1; k < lines.length; k++) {
      const m = item.exec(lines[k]);
      const key = m ? toSimplified(m[1]) : undefined;
      if (!m || key === undefined || !(key in KEYS)) break;
      box.used.push(k);
      const field = KEYS[key];
      if (field) box[field] ??= m[2].trim();
    }
    if (box.used.length >= 3) return box;
  }
  return undefined;
}
