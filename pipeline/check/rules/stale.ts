/**
 * `stale`: the Chinese changed after the English was written — the `src=`
 * recorded in en.md is not the hash of the current Chinese text. Fix: update
 * the English, then `duizhao review <slug> <id>` records the new hash.
 * The front matter's values the same way, by the hashes en.md records in
 * `front_matter_src` (a value with no record is not checked: en.md written
 * before the record was, or by hand).
 */
import { VFileMessage } from 'vfile-message';
import { sourceHash, staleMetaKeys } from '../../model/hash.ts';
import type { Rule } from '../types.ts';
import { blockStart, frontMatterKeyLine, zhCause } from '../place.ts';

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
  const { meta, files } = publication;
  if (!files.en) return;
  for (const key of staleMetaKeys(meta)) {
    const zhValue = meta.zh[key]!;
    const was = meta.en!.front_matter_src![key];
    const now = sourceHash(zhValue);
    const zhLine = frontMatterKeyLine(files.zh, key) ?? 1;
    const cause = new VFileMessage(`The ${key.replace('_', ' ')} at ${files.zh.basename ?? 'zh.md'}:${zhLine}:1: “${zhValue}”`, { place: { line: zhLine, column: 1 }, source: 'check' });
    cause.file = files.zh.path;
    report({
      ruleId: 'stale',
      file: 'en',
      place: { line: frontMatterKeyLine(files.en, key) ?? 1, column: 1 },
      reason: `Unexpected stale English for \`${key}\` (\`meta-${key}\`): translated from \`${was}\` in front_matter_src, zh.md's ${key.replace('_', ' ')} is now \`${now}\`; update it, then run \`duizhao review ${publication.slug} meta-${key}\``,
      cause,
      metaKey: key,
    });
  }
};
