/**
 * `term-mismatch`: a glossary term in the Chinese block whose approved
 * English (or an accepted variant) is not in the English block, whole or split by a
 * modifier before its last word (glossary/split.ts). Skipped when no matcher is given
 * (no glossary yet).
 */
import type { Rule } from '../types.ts';
import { blockStart, zhCause } from '../place.ts';

export const termMismatchRule: Rule = ({ publication, options, report }) => {
  const { matcher, glossary } = options;
  if (!matcher) return;
  for (const block of publication.blocks) {
    if (!block.en || block.enText === undefined) continue;
    const seen = new Set<string>();
    for (const occurrence of matcher.findZh(block.zhText)) {
      if (seen.has(occurrence.termId)) continue;
      seen.add(occurrence.termId);
      if (matcher.findEn(block.enText, [occurrence.termId]).length > 0 || matcher.findEnSplit?.(block.enText, occurrence.termId)) continue;
      const entry = glossary?.byId.get(occurrence.termId);
      const expected = entry ? [entry.en, ...entry.variants].map((e) => `“${e}”`).join(' or ') : `the approved rendering of \`${occurrence.termId}\``;
      report({
        ruleId: 'term-mismatch',
        file: 'en',
        place: blockStart(block.en, block.enLine ?? 1),
        reason: `Unexpected rendering of term \`${occurrence.text}\` (${occurrence.termId}) in \`${block.id}\`, expected ${expected}`,
        cause: zhCause(block, publication.files.zh),
        block,
      });
    }
  }
};
