/**
 * `number-mismatch`: every figure in the Chinese must appear, converted, in
 * the English, and the English must not add figures (see numbers/).
 */
import { findEnNumbers } from '../numbers/en.ts';
import { compareNumbers } from '../numbers/match.ts';
import { findZhNumbers } from '../numbers/zh.ts';
import { blockStart, mappedText, zhCause } from '../place.ts';
import type { Rule } from '../types.ts';

export const numberMismatchRule: Rule = ({ publication, report }) => {
  const enFile = publication.files.en;
  if (!enFile) return;
  for (const block of publication.blocks) {
    if (!block.en) continue;
    const { text, placeAt } = mappedText(block.en, enFile);
    const zh = findZhNumbers(block.zhText);
    const problems = compareNumbers(zh, findEnNumbers(text), text);
    for (const problem of problems) {
      const cause = zhCause(block, publication.files.zh);
      if (problem.kind === 'missing') {
        report({
          ruleId: 'number-mismatch',
          file: 'en',
          place: blockStart(block.en, block.enLine ?? 1),
          reason: `Missing number in \`${block.id}\`: the Chinese has \`${problem.zh!.raw}\`, expected \`${problem.expected}\` in the English`,
          cause,
          block,
        });
      } else if (problem.kind === 'approximation') {
        report({
          ruleId: 'number-mismatch',
          file: 'en',
          place: placeAt(problem.en!.index),
          reason: `Unexpected exact \`${problem.en!.raw}\` in \`${block.id}\`, expected \`${problem.expected}\` (the Chinese says \`${problem.zh!.raw}\`)`,
          cause,
          block,
        });
      } else {
        const zhList = zh.length > 0 ? [...new Set(zh.map((z) => z.raw))].join(', ') : 'none';
        report({
          ruleId: 'number-mismatch',
          file: 'en',
          place: placeAt(problem.en!.index),
          reason: `Unexpected number \`${problem.en!.raw}\` in \`${block.id}\`, expected only figures from the Chinese (${zhList})`,
          cause,
          block,
        });
      }
    }
  }
};
