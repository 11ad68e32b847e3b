/**
 * A front-matter key that zh.md gives in Chinese and en.md gives no English for
 * (absent, or empty), said on en.md: at its key when it is there, else at the
 * closing fence (where it would go), with zh.md's key as the `cause`. Shared by
 * `notes-heading` and `front-matter-english`.
 */
import { VFileMessage } from 'vfile-message';
import type { TranslatableMetaKey } from '../model/meta-keys.ts';
import { frontMatterKeyLine } from './place.ts';
import type { RuleContext, RuleId } from './types.ts';

export interface MissingKey {
  ruleId: RuleId;
  key: TranslatableMetaKey;
  /** What the cause calls zh.md's value ("The heading at zh.md:4:1: “名词解释”"). */
  label: string;
  /** The reason after "Missing `key` in the English front matter, " (or "Empty …"). */
  expected: (zhValue: string) => string;
}

/** Whether en.md lacks the English of `key` (its value in zh.md being Chinese); reported if so. */
export function reportMissingKey({ publication, report }: RuleContext, { ruleId, key, label, expected }: Readonly<MissingKey>): void {
  const { meta, files } = publication;
  const zhValue = meta.zh[key];
  if (!zhValue || !/\p{Script=Han}/u.test(zhValue) || !meta.en || !files.en || meta.en[key]?.trim()) return;
  const zhLine = frontMatterKeyLine(files.zh, key) ?? 1;
  const cause = new VFileMessage(`The ${label} at ${files.zh.basename ?? 'zh.md'}:${zhLine}:1: “${zhValue}”`, { place: { line: zhLine, column: 1 }, source: 'check' });
  cause.file = files.zh.path;
  const enLine = frontMatterKeyLine(files.en, key);
  report({
    ruleId,
    file: 'en',
    place: { line: enLine ?? files.en.data.frontMatter?.closeLine ?? 1, column: 1 },
    reason: `${enLine ? 'Empty' : 'Missing'} \`${key}\` in the English front matter, ${expected(zhValue)}`,
    cause,
  });
}
