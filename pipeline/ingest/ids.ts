/** Block ids: derived once from each block's text (see model/hash.ts), unique within the file. */
import { newBlockId } from '../model/hash.ts';
import type { DraftBlock } from './types.ts';

export interface IdentifiedBlock extends DraftBlock {
  /** '' for blocks that are not units (`box-end`, `notes-heading`, `table`: its cells have ids) */
  id: string;
  /** table: the id of each cell with text, by row and column */
  cellIds?: Array<Array<string | undefined>>;
}

const unitKind = { heading: 'heading', paragraph: 'paragraph', quote: 'paragraph', item: 'item', note: 'note', box: 'title' } as const;

export function assignIds(blocks: readonly DraftBlock[]): IdentifiedBlock[] {
  const taken = new Set<string>();
  const next = (kind: Parameters<typeof newBlockId>[0], text: string): string => {
    const id = newBlockId(kind, text, taken);
    taken.add(id);
    return id;
  };
  return blocks.map((block) => {
    if (block.kind === 'table') {
      const cellIds = (block.rows ?? []).map((row) => row.map((cell) => ('text' in cell && cell.text !== '' ? next('cell', cell.text) : undefined)));
      return { ...block, id: '', cellIds };
    }
    if (block.kind === 'box-end' || block.kind === 'notes-heading') return { ...block, id: '' };
    return { ...block, id: next(unitKind[block.kind], block.text) };
  });
}
