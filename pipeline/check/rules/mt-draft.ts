/**
 * `mt-draft`: an unreviewed machine-translation draft (`state=mt`). Never
 * published by a strict build; a draft build lets it through (info).
 */
import type { Rule } from '../types.ts';
import { blockStart } from '../place.ts';

export const mtDraftRule: Rule = ({ publication, report }) => {
  for (const block of publication.blocks) {
    if (!block.en || block.enState !== 'mt') continue;
    report({
      ruleId: 'mt-draft',
      file: 'en',
      place: blockStart(block.en, block.enLine ?? 1),
      reason: `Unexpected machine-translation draft \`${block.id}\` (\`state=mt\`), expected a human-reviewed translation; revise it, then run \`duizhao review ${publication.slug} ${block.id}\``,
      block,
    });
  }
};
