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
      const enKind = twin.kind === 'heading' ? `heading (level ${(twin.node as Heading).depth})` : twin.kind === 'item' ? 'list item' : twin.kind;
      report({
        ruleId: 'missing',
        file: 'en',
        place: blockStart(twin.node, twin.line),
        reason: `Unexpected ${enKind} for \`${block.id}\`, expected a ${block.kind} like its Chinese twin${numberedListHint(block.kind, twin.kind, String(enFile.value), twin.line)}`,
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

/**
 * (round 16) A paragraph that opens with its own number, as a policy address numbers its paragraphs (“1. The
 * current-term Government…”), is a numbered list to Markdown: say so, and how to keep the number in the paragraph.
 */
function numberedListHint(zhKind: string, enKind: string, enSource: string, line: number): string {
  if (zhKind !== 'paragraph' || enKind !== 'item') return '';
  const opening = /^\s*(\d{1,9})([.)])\s+(\S.{0,20})/u.exec(enSource.split('\n')[line - 1] ?? '');
  if (!opening) return '';
  const [, number, mark, words] = opening;
  return ` (Markdown reads a line opening “${number}${mark} ” as a numbered list: write \`${number}\\${mark} ${words}…\` to keep the number in the paragraph)`;
}

function endOf(value: string): { line: number; column: number } {
  const lines = value.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
