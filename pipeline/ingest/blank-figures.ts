/**
 * Figures lost from the text: a document site's extraction, or a copy whose numbers were stripped, leaves a report's
 * sentences with their units and no figures — "同比增长16%；，%，" (昔阳县 2009 on a document site: most numbers gone), "占财政总收入的 %",
 * "投入经费万多元", "公开率达。" (a paginated essay site's copy of a 街道办事处's report). Every word ingest keeps is
 * there, yet translated and published the sentences would state nothing, and no check can see it (a figure missing on
 * both sides is equal). A per cent sign with no figure before it, a rate that reaches nothing, and an amount in 万元 or
 * 亿元 after a verb of spending or reaching with no figure before it are read as blanks; two or more on a page are said.
 * Not blanks: "亿元以上企业", "亿元项目", "万元地区生产总值能耗" (a class, not an amount), "上亿元", "数十万元", a masked
 * figure (X%, *亿元: masked-text.ts says those).
 */
import type { DraftBlock } from './types.ts';

/** What a figure ends with, or stands for, right before a unit (digits, Chinese numerals, a mask, 多/余/几 after them). */
const FIGURE_END = '0-9０-９.．一二三四五六七八九十百千万亿两几数余多半〇零xXｘＸ×*＊上近逾超';
const BLANK = new RegExp(
  [
    // "，%；", "的 %": a per cent sign after no figure (not a unit's label: "增长（%）", "单位：%"; (stop 61, mends61) nor a
    // figure's sign printed twice, "森林覆盖率达到21.88%%": the figure is there, the second sign stands after the first)
    `(?<![${FIGURE_END}（(：:]\\s*)(?<![0-9０-９][%％])[%％]`,
    // "公开率达。", "比重提高到，": a rate or share reaching nothing
    '(?:率|比重|占比)(?:达到?|为|提高到|提升到)(?=[。，；、])',
    // "投入经费万多元", "投入多万元", "完成投资亿元，": an amount after spending or reaching, its figure gone
    `(?:投入|投资|完成|实现|达到?|筹集|争取|拨付|发放|累计|共计|总额|资金|经费)\\p{Script=Han}{0,4}?(?<![${FIGURE_END}])(?:多|余)?[万亿](?:多|余)?元(?!以上|以下|级|企业|项目|楼|镇|村|产业|大关|台阶|的?台阶|地区生产总值|生产总值|GDP)`,
    // (stop 41, blind: alatiku.com, "实现地区生产总值（GDP）约亿元") "about" a unit with no figure: 约 stands before a figure, always
    // (约 "about", not the 约 of a word: 签约亿元以上项目, 节约, 合约, 履约 …)
    '(?<![签合节制履条契预特邀集公])约(?:多|余)?[万亿](?:多|余)?(?:元|人|亩|吨|户)',
    // (stop 49, mends49; blind48b's esk365.com, a chair's script with its attendance left to fill in: "因事、因病缺席 名,实到代表 名")
    // a head count at a sitting with no figure: who attends or is absent, then the measure word and a mark
    '(?:应到|实到|应出席|实际出席|出席|缺席|到会|请假|列席)(?:会议|大会)?(?:代表|委员|人员)?(?=[名人][，,。；、])',
    // (stop 60, blind: nayishi.com's copy of a 旗's report, its years stripped with their 年: "，预计全旗地区生产总值达到24.4亿元，比增加
    // 11.13亿元") a comparison with nothing to compare with — 比 right before the change (not 同比, 环比, 相比, 对比, 占比, 之比, 可比 (按可比价格),
    // 无比) — and a sentence opening on 年 alone ("年，是我镇…的一年", "年是…") or on a comma: the year before it gone
    '(?<![同环相对占之分无好类可正反])比(?=(?:增加|增长|下降|减少|提高|上升|降低)[0-9０-９.．一二三四五六七八九十百千万亿两几]*[%％个万亿元倍])',
    '(?<=^|[。；！？])年(?=[，,]|是)',
    // (stop 61, blind: gwyoo.com's 范文 copy, "一、年工作回顾" over "年是新世纪以来经济发展最为困难的一年") a numbered heading or
    // paragraph opening on 年 alone after its number, then its work or a comma — the year before 年 gone (not 年度, 年轻, 年底 …)
    '(?<=^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])\\s*)年(?=工作|主要|以来|[，,]|是)',
    '^[，,](?=\\p{Script=Han})',
  ].join('|'),
  'gu',
);
/** Blanks on a page before it is said (one may be a typo of the report's own). */
export const BLANKS_SAID = 2;
/** Characters quoted before a blank. */
const CONTEXT = 8;

export interface BlankFigure {
  block: DraftBlock;
  /** the blank with the words before it, as printed */
  words: string;
}

/** A block whose text is the report's words (a paragraph, heading, quote, list item or note; not a table, box mark or notes heading). */
export function holdsWords(block: DraftBlock): boolean {
  return block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'quote' || block.kind === 'item' || block.kind === 'note';
}

/** The page's blank figures in reading order, or [] when fewer than BLANKS_SAID. */
export function blankFigures(blocks: readonly DraftBlock[]): BlankFigure[] {
  const found: BlankFigure[] = [];
  for (const block of blocks) {
    if (!holdsWords(block)) continue;
    for (const m of block.text.matchAll(BLANK)) found.push({ block, words: block.text.slice(Math.max(0, m.index - CONTEXT), m.index + m[0].length).trim() });
  }
  return found.length >= BLANKS_SAID ? found : [];
}
