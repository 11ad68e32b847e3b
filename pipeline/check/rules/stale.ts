/**
 * `stale`: the Chinese changed after the English was written — the `src=`
 * recorded in en.md is not the hash of the current Chinese text. Fix: update
 * the English, then `duizhao review <slug> <id>` records the new hash.
 */
import type { Rule } from '../types.ts';
import { blockStart, zhCause } from '../place.ts';

export const staleRule: Rule = ({ publication, report }) => {
  for (const block of publication.blocks) {
    if (!block.en) continue;
    const place = blockStart(block.en, block.enLine ?? 1);
    const cause = zhCause(block, publication.files.zh);
    if (!block.enSourceHash) {
      report({
        ruleId: 'stale',
        file: 'en',
        place,
        reason: `Missing \`src=\` on \`${block.id}\`, expected \`src=${block.sourceHash}\` (the hash of the Chinese it translates)`,
        cause,
        block,
      });
    } else if (block.enSourceHash !== block.sourceHash) {
      report({
        ruleId: 'stale',
        file: 'en',
        place,
        reason: `Unexpected stale English for \`${block.id}\`: translated from \`src=${block.enSourceHash}\`, the Chinese is now \`${block.sourceHash}\`; update it, then run \`duizhao review ${publication.slug} ${block.id}\``,
        cause,
        block,
      });
    }
  }
};
