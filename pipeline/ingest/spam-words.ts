/**
 * Gambling spam a copying site wove into the report's words (stop 40): mirrors that copy government pages to rank in
 * search insert lottery and betting phrases — into the headline, even inside a word ("政府工黄大仙救世作报告", "…民生改善成
 * 亮点管家婆正版今晚开奖结果", "原创 新疆马会传真内部绝密信封资料“两会”", guibinke.net, myjjjc.com). No report uses these
 * words; where one stands is no report's text as delivered. Said, with each phrase and its line, not removed: where an
 * insertion ends inside the report's words cannot be told from the page, so the editor takes them out (or finds the
 * report's own page). Not a lottery a report speaks of: 福利彩票, 体育彩票, 彩票销售 are not read, nor 香港赛马会 or 黄大仙区 (a district and a
 * charity trust the Hong Kong policy address names), nor 博彩 or 赌场 (Macau's policy address speaks of its gaming concessions, a report of gambling dens closed).
 */
import type { DraftBlock, ReportMeta } from './types.ts';

/** Phrases of lottery and betting spam (the Mark Six, its tip sheets and their sellers' names). */
const SPAM = /管家婆|六合(?:彩|宝典)|黄大仙(?![区區祠庙廟])|(?<!赛)马会(?:传真|资料|开奖|内部)?|(?:今晚|最新)?开奖(?:结果|记录|直播|号码)|一肖一码|一码一肖|[一二三四五六]肖[一二三四五六]?[码特]|特马|内部(?:绝密|精准)(?:信封)?资料|资料大全|天天彩|白小姐|曾道人|(?:澳门|新澳|香港)(?:彩|今晚|正版|精准|免费|资料|六合)/gu;
/** Characters quoted either side of a phrase. */
const CONTEXT = 3;
/** The front matter's fields the title block's spam shows in (its lines are gone from the text). */
const FIELDS = ['title', 'issuer', 'occasion', 'speaker'] as const;

export interface SpamPhrase {
  /** where: a block of the text, or a front-matter field */
  at: DraftBlock | (typeof FIELDS)[number];
  /** the phrase with a few characters either side, as printed */
  words: string;
}

function phrasesIn(text: string): string[] {
  return [...text.matchAll(SPAM)].map((m) => text.slice(Math.max(0, m.index! - CONTEXT), m.index! + m[0].length + CONTEXT).trim());
}

/** Every spam phrase in the page's front matter and text, in reading order ([] for a report's own text). */
export function spamPhrases(meta: Readonly<ReportMeta>, blocks: readonly DraftBlock[]): SpamPhrase[] {
  const found: SpamPhrase[] = [];
  for (const field of FIELDS) {
    const value = meta[field];
    if (typeof value === 'string') found.push(...phrasesIn(value).map((words) => ({ at: field, words })));
  }
  for (const block of blocks) if (block.kind !== 'box-end') found.push(...phrasesIn(block.text).map((words) => ({ at: block, words })));
  return found;
}
