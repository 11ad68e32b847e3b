/**
 * `repeated-word`: the same word twice in a row in the English ("the the",
 * "to to"), the commonest slip of a translator editing a sentence (pofilter's
 * `doublewords`). Case and a line break between the two do not matter; a
 * figure twice ("5 5") is the number check's. Grammatical doubles stay quiet
 * ("had had", "that that").
 */
import type { Rule } from '../types.ts';
import { mappedText } from '../place.ts';

const doubled = /\b([A-Za-z]+(?:['’][a-z]+)?)\s+\1\b/gi;
const grammatical = new Set(['had', 'that']);

export const repeatedWordRule: Rule = ({ publication, report }) => {
  const enFile = publication.files.en;
  if (!enFile) return;
  for (const block of publication.blocks) {
    if (!block.en) continue;
    const { text, placeAt } = mappedText(block.en, enFile);
    for (const match of text.matchAll(doubled)) {
      const word = match[1];
      if (grammatical.has(word.toLowerCase())) continue;
      report({
        ruleId: 'repeated-word',
        file: 'en',
        place: placeAt(match.index),
        reason: `Unexpected repeated word \`${match[0].replace(/\s+/g, ' ')}\` in the English of \`${block.id}\`, expected \`${word}\` once`,
        block,
      });
    }
  }
};
