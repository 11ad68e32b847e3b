/**
 * `order`: English blocks out of the Chinese order, and English headings at
 * another level than their Chinese twin. The blocks that stay put are the
 * longest run already in Chinese order; every other block is reported, so a
 * single moved paragraph gives a single message.
 */
import type { Heading } from 'mdast';
import type { Rule } from '../types.ts';
import { blockStart, zhCause } from '../place.ts';

export const orderRule: Rule = ({ publication, parsed, report }) => {
  const zhIndex = new Map(publication.blocks.map((b, i) => [b.id, i] as const));
  const byId = new Map(publication.blocks.map((b) => [b.id, b] as const));
  const seen = new Set<string>();
  const enAligned = (parsed.en ?? []).filter((b) => {
    const keep = zhIndex.has(b.attributes.id) && !seen.has(b.attributes.id);
    seen.add(b.attributes.id);
    return keep;
  });
  const keep = longestIncreasing(enAligned.map((b) => zhIndex.get(b.attributes.id)!));
  enAligned.forEach((en, i) => {
    if (keep.has(i)) return;
    const block = byId.get(en.attributes.id)!;
    const zhPos = zhIndex.get(block.id)!;
    const previous = zhPos > 0 ? publication.blocks[zhPos - 1].id : undefined;
    report({
      ruleId: 'order',
      file: 'en',
      place: blockStart(en.node, en.line),
      reason: `Unexpected \`${block.id}\` here, expected it ${previous ? `after \`${previous}\`` : 'first'} (the Chinese order)`,
      cause: zhCause(block, publication.files.zh),
      block,
    });
  });
  for (const block of publication.blocks) {
    if (block.kind !== 'heading' || !block.en || block.en.type !== 'heading') continue;
    const depth = (block.en as Heading).depth;
    if (depth === block.depth) continue;
    report({
      ruleId: 'order',
      file: 'en',
      place: blockStart(block.en, block.enLine ?? 1),
      reason: `Unexpected heading level ${depth} for \`${block.id}\`, expected level ${block.depth} like the Chinese`,
      cause: zhCause(block, publication.files.zh),
      block,
    });
  }
};

/** Indices of one longest strictly increasing subsequence (patience sorting). */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < value) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = i;
  });
  const result = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) result.add(i);
  return result;
}
