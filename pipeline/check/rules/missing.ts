/**
 * `missing`: a Chinese block with no English twin. Reported on en.md where
 * the twin belongs (before the next aligned English block), with the Chinese
 * block as cause; on zh.md when there is no en.md at all.
 */
import type { Heading } from 'mdast';
import type { Rule } from '../types.ts';
import { blockStart, excerpt, zhCause } from '../place.ts';

export const missingRule: Rule = ({ publication, enAttributes, report }) => {
  const { blocks, files } = publication;
  const enFile = files.en;
  for (const [index, block] of blocks.entries()) {
    if (block.en) continue;
    if (!enFile) {
      report({
        ruleId: 'missing',
        file: 'zh',
        place: blockStart(block.zh, block.zhLine),
        reason: `Unexpected untranslated ${block.kind} \`${block.id}\` (“${excerpt(block.zhText)}”), expected its English in en.md`,
        block,
      });
      continue;
    }
    const twin = enAttributes.get(block.id);
    if (twin) {
      // Same id, different kind: the model does not pair them.
      const enKind = twin.node.type === 'heading' ? `heading (level ${(twin.node as Heading).depth})` : 'paragraph';
      report({
        ruleId: 'missing',
        file: 'en',
        place: blockStart(twin.node, twin.line),
        reason: `Unexpected ${enKind} for \`${block.id}\`, expected a ${block.kind} like its Chinese twin`,
        cause: zhCause(block, files.zh),
        block,
      });
      continue;
    }
    const next = blocks.slice(index + 1).find((b) => b.en);
    const place = next ? blockStart(next.en, next.enLine ?? 1) : endOf(String(enFile.value));
    report({
      ruleId: 'missing',
      file: 'en',
      place,
      reason: `Missing English for ${block.kind} \`${block.id}\` (“${excerpt(block.zhText)}”), expected a block \`{#${block.id} src=${block.sourceHash}}\` ${next ? `before \`${next.id}\`` : 'at the end'}`,
      cause: zhCause(block, files.zh),
      block,
    });
  }
};

function endOf(value: string): { line: number; column: number } {
  const lines = value.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
