/**
 * The glossary's Chinese terms as a report in traditional characters writes them. The term base is written in
 * simplified characters and the matcher folds scripts (fold.ts), so 一国两制 finds 一國兩制; an edition of such a report
 * shows each term as its text does (new user, round 16: a Hong Kong policy address showed 一国两制, 超级联系人 in
 * its glossary and notes). The form printed where the term was matched is taken — the first Chinese occurrence,
 * in reading order, that is the entry's own term character for character (not an alias, no quotes taken in) —
 * else the term converted with OpenCC (model/opencc.ts simplifiedToTraditional, as the edition's own words are).
 * In any report, a term written only in an alias's form is shown as that alias (new user, round 19: 经营主体).
 */
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { simplifiedToTraditional } from '../model/opencc.ts';
import { chineseTag } from '../model/script.ts';
import type { Publication } from '../model/types.ts';
import { printed } from './coordination.ts';
import { foldZh } from './fold.ts';
import type { Glossary } from './types.ts';

/**
 * Term id → the term as the report's text writes it, for each term the report uses whose form differs from the term
 * base's: in a report in traditional characters every term (the printed own term, else the term converted); in any
 * report, a term the text writes only in an alias's form (经营主体 for 市场主体: new user round 19's note was headed
 * "market entities 市场主体" for a text saying 经营主体), that alias as printed. Undefined when there is none.
 */
export function termsAsWritten(pub: Publication, glossary: Pick<Glossary, 'byId'> | undefined): ReadonlyMap<string, string> | undefined {
  if (!glossary) return undefined;
  const traditional = chineseTag(pub) === 'zh-Hant';
  const own = new Map<string, string>();
  const alias = new Map<string, string>();
  for (const block of pub.blocks) {
    visit(block.zh, 'termRef', (node) => {
      const entry = glossary.byId.get(node.termId);
      if (!entry || own.has(node.termId)) return;
      const text = toString(node);
      const key = foldZh(text).key;
      if (key === foldZh(entry.zh).key) {
        if (text.length === entry.zh.length) own.set(node.termId, text);
      } else if (!alias.has(node.termId) && entry.aliases.some((a) => foldZh(a).key === key)) {
        alias.set(node.termId, printed(text));
      }
    });
  }
  const written = new Map<string, string>();
  for (const termId of pub.termUses.keys()) {
    const entry = glossary.byId.get(termId);
    if (!entry) continue;
    // a term written in its own form somewhere is shown so; one only ever in an alias's, as the alias
    const form = own.has(termId) || !alias.has(termId) ? (traditional ? (own.get(termId) ?? simplifiedToTraditional(entry.zh)) : undefined) : alias.get(termId);
    if (form !== undefined) written.set(termId, form);
  }
  return written.size > 0 || traditional ? written : undefined;
}
