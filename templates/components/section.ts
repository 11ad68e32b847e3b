/** A top-level section: its heading block and what follows it (blocks, lists, tables, quotations, boxes). */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Section } from '../../pipeline/model/types.ts';
import type { BlockOptions } from './bilingual-block.ts';
import { flowElements } from './flow.ts';
import type { TemplateOptions } from './types.ts';

export function section(sec: Section, options: TemplateOptions, blockOptions: BlockOptions = {}): Element {
  const blocks = new Map(sec.blocks.map((block) => [block.id, block]));
  return h('section.section', { dataSection: sec.id }, flowElements(sec.body, blocks, options, blockOptions));
}
