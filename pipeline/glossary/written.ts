/**
 * The glossary's Chinese terms as a report in traditional characters writes them. The term base is written in
 * simplified characters and the matcher folds scripts (fold.ts), so 一国两制 finds 一國兩制; an edition of such a report
 * shows each term as its text does (new user, round 16: a Hong Kong policy address showed 一国两制, 超级联系人 in
 * its glossary and notes). The form printed where the term was matched is taken — the first Chinese occurrence,
 * in reading order, that is the entry's own term character for character (not an alias, no quotes taken in) —
 * else the term converted with OpenCC (model/opencc.ts simplifiedToTraditional, as the edition's own words are).
 */
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { simplifiedToTraditional } from '../model/opencc.ts';
import { chineseTag } from '../model/script.ts';
import type { Publication } from '../model/types.ts';
import { foldZh } from './fold.ts';
import type { Glossary } from './types.ts';

/**
 * Term id → the term as the report's text writes it, for each term the report uses; undefined for a report in
 * simplified characters (its terms are shown as the term base writes them).
 */
export function termsAsWritten(pub: Publication, glossary: Pick<Glossary, 'byId'> | undefined): ReadonlyMap<string, string> | undefined {
  if (!glossary || chineseTag(pub) !== 'zh-Hant') return undefined;
  const printed = new Map<string, string>();
  for (const block of pub.blocks) {
    visit(block.zh, 'termRef', (node) => {
      const entry = glossary.byId.get(node.termId);
      if (!entry || printed.has(node.termId)) return;
      const text = toString(node);
      if (text.length === entry.zh.length && foldZh(text).key === foldZh(entry.zh).key) printed.set(node.termId, text);
    });
  }
  const written = new Map<string, string>();
  for (const termId of pub.termUses.keys()) {
    const entry = glossary.byId.get(termId);
    if (entry) written.set(termId, printed.get(termId) ?? simplifiedToTraditional(entry.zh));
  }
  return written;
}
