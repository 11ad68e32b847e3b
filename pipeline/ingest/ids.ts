/** Block ids: derived once from each block's text (see model/hash.ts), unique within the file. */
import { newBlockId } from '../model/hash.ts';
import type { DraftBlock } from './types.ts';

export interface IdentifiedBlock extends DraftBlock {
  id: string;
}

export function assignIds(blocks: readonly DraftBlock[]): IdentifiedBlock[] {
  const taken = new Set<string>();
  return blocks.map((block) => {
    const id = newBlockId(block.kind, block.text, taken);
    taken.add(id);
    return { ...block, id };
  });
}
