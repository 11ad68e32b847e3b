/**
 * `markup-parity`: the inline formatting a reader sees must survive the
 * translation. A paragraph whose Chinese opens with a bold lead sentence
 * opens with a bold lead sentence in English too (and not the other way
 * round), and a `**` / `__` left as text (an emphasis marker whose partner
 * was dropped, or escaped on import) is an error: it prints as asterisks.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Block } from '../../model/types.ts';
import { mappedText } from '../place.ts';
import type { Rule } from '../types.ts';

const strayMarker = /\*\*|__/;

export const markupParityRule: Rule = ({ publication, report }) => {
  for (const block of publication.blocks) {
    const en = block.en;
    if (!en || block.kind !== 'paragraph' || en.type !== 'paragraph') continue;
    const place = en.position?.start ?? { line: block.enLine ?? 1, column: 1 };
    const enLead = opensWithLead(en);
    if (block.lead !== enLead) {
      report({
        ruleId: 'markup-parity',
        file: 'en',
        place,
        reason: block.lead
          ? `Unexpected English of \`${block.id}\` without its bold lead sentence, expected the lead sentence in bold as in the Chinese (“${leadText(block)}”)`
          : `Unexpected bold lead sentence in the English of \`${block.id}\`, expected none: the Chinese opens without one`,
        block,
      });
    }
    const enFile = publication.files.en;
    visit(en, 'text', (node) => {
      const match = strayMarker.exec(node.value);
      if (!match) return;
      const mapped = enFile ? mappedText({ type: 'paragraph', children: [node] }, enFile) : undefined;
      report({
        ruleId: 'markup-parity',
        file: 'en',
        place: mapped ? mapped.placeAt(mapped.text.indexOf(match[0])) : (node.position?.start ?? place),
        reason: `Unexpected \`${match[0]}\` as text in the English of \`${block.id}\` (unbalanced emphasis), expected bold or emphasis with both markers, or none`,
        block,
      });
    });
  }
};

function opensWithLead(paragraph: Paragraph): boolean {
  const children = paragraph.children.filter((c: PhrasingContent) => !(c.type === 'text' && c.value.trim() === ''));
  return children[0]?.type === 'strong' && children.length > 1;
}

function leadText(block: Block): string {
  const first = block.zh.children[0];
  return first && 'children' in first ? first.children.map((c) => ('value' in c ? c.value : '')).join('') : '';
}
