/**
 * (stop 41, blind: www.wnwk.com/doc/630156.html) A copy whose words a document site replaced by near-synonyms so that it is not
 * found as a duplicate — "科学开展观" for 科学发展观, "根底设施" for 基础设施, "效劳" for 服务, "工作回忆" for 工作回顾 — and every word
 * of it is kept, yet it is not the report as delivered: its fixed terms are wrong, and a translation of it would be of the
 * site's words. Only forms no report prints are read (a report's own "高质量开展…帮扶" carries out, 开展; so does "创新开展"):
 * two or more on a page are said, at the first, with what each stands for.
 */
import { holdsWords } from './blank-figures.ts';
import type { DraftBlock } from './types.ts';

/** The site's forms of fixed terms, each with the term it replaced. */
const SPUN: ReadonlyArray<{ form: RegExp; term: string }> = [
  { form: /科学开展观/gu, term: '科学发展观' },
  { form: /新开展理念/gu, term: '新发展理念' },
  { form: /国民经济和社会开展/gu, term: '国民经济和社会发展' },
  { form: /根底设施/gu, term: '基础设施' },
  { form: /(?:公共|政务|便民)效劳|效劳(?:业|型政府|中心|体系|水平|质量)/gu, term: '服务' },
  { form: /(?<=年|时期|五年)工作回忆/gu, term: '工作回顾' },
  // (stop 53, mends53; blind52b's www.szbaichuanju.net, a spun copy of CCTV's story on the 2022 central final accounts — "中央一样平常
  // 公共预算收入", "向天下人大常委会作…报告", "包管性安居工程", "粮食清静", "区域协调生长", "比预算数镌汰24.76亿元": the same tool's
  // forms of 一般, 全国, 保障, 安全, 发展 and 减少 in fixed terms; 镌汰 is no word at all)
  { form: /一样平常公共预算/gu, term: '一般公共预算' },
  { form: /天下人大|天下人民代表大会|天下政协/gu, term: '全国' },
  { form: /包管性(?:安居|住房)/gu, term: '保障性' },
  { form: /粮食清静|清静生产(?:事故|责任)/gu, term: '安全' },
  { form: /(?:区域协调|高质量|可持续|经济社会|绿色)生长/gu, term: '发展' },
  { form: /镌汰/gu, term: '减少' },
];
/** Spun forms on a page before it is said (one may be a typo of the report's own). */
export const SPUN_SAID = 2;
/** Characters quoted before a form. */
const CONTEXT = 6;

export interface SpunWord {
  block: DraftBlock;
  /** the form with the words before it, as printed */
  words: string;
  term: string;
}

/** The page's spun forms in reading order, or [] when fewer than SPUN_SAID. */
export function spunText(blocks: readonly DraftBlock[]): SpunWord[] {
  const found: SpunWord[] = [];
  for (const block of blocks) {
    if (!holdsWords(block)) continue;
    const at: Array<{ index: number; length: number; term: string }> = [];
    for (const { form, term } of SPUN) for (const m of block.text.matchAll(form)) at.push({ index: m.index, length: m[0].length, term });
    at.sort((a, b) => a.index - b.index);
    for (const m of at) found.push({ block, words: block.text.slice(Math.max(0, m.index - CONTEXT), m.index + m.length).trim(), term: m.term });
  }
  return found.length >= SPUN_SAID ? found : [];
}
