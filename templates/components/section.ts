/**
 * A top-level section: its heading block and what follows it (blocks, lists, tables, quotations, boxes).
 * The text before the first heading (the model's `front` section) is no titled part of the report: a `div`,
 * or a `section` named by `label` where the edition gives it a name (the EPUB's opening document). When that text is
 * where an excerpt starts mid-outline, it opens with the excerpt's start mark (excerpt-start.ts), in every edition.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Section } from '../../pipeline/model/types.ts';
import type { BlockOptions } from './bilingual-block.ts';
import { excerptStartMark } from './excerpt-start.ts';
import { flowElements } from './flow.ts';
import type { TemplateOptions } from './types.ts';

export function section(sec: Section, options: TemplateOptions, blockOptions: BlockOptions = {}, label?: string): Element {
  const blocks = new Map(sec.blocks.map((block) => [block.id, block]));
  const tag = sec.heading || label ? 'section' : 'div';
  const mark = excerptStartMark(sec, options);
  return h(`${tag}.section`, { dataSection: sec.id, ariaLabel: sec.heading ? undefined : label }, [...(mark ? [mark] : []), ...flowElements(sec.body, blocks, options, blockOptions)]);
}
