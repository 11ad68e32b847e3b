/**
 * The mark where an excerpt's copy starts inside the report (pipeline/model/broken-off.ts startsMidOutline: running text
 * before a first heading numbered past one, "四、…" or "（四）…"): a line of text, in each shown language, before that text
 * — 〔节选起始：此前的报告原文未收录〕 · [Start of the excerpt: …] — so a reader does not take its first words for the
 * report's opening. Text, not a rule drawn in CSS: screen readers and a PDF's text read it where it stands. The twin of
 * the mark where the copy breaks off (broken-off.ts). Every edition gets it from `section` (section.ts).
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Section } from '../../pipeline/model/types.ts';
import { bilingualLabel } from './label.ts';
import type { TemplateOptions } from './types.ts';

export function excerptStartMark(sec: Section, options: TemplateOptions): Element | undefined {
  if (!sec.excerptStart) return undefined;
  return h('p.excerpt-start.ui', bilingualLabel(options, 'excerptStart'));
}
