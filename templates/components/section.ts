/** A top-level section: its heading block and the blocks under it. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Section } from '../../pipeline/model/types.ts';
import { bilingualBlock, type BlockOptions } from './bilingual-block.ts';
import type { TemplateOptions } from './types.ts';

export function section(sec: Section, options: TemplateOptions, blockOptions: BlockOptions = {}): Element {
  return h('section.section', { dataSection: sec.id }, sec.blocks.map((block) => bilingualBlock(block, options, blockOptions)));
}
