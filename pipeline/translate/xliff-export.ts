/**
 * `duizhao xliff export`: one unit per translatable unit (units.ts), in
 * Chinese order, as XLIFF 2.0 (default) or 1.2. Inline formatting travels as
 * inline codes (inline.ts) — no Markdown syntax or escapes in a segment —
 * with the same code id in source and target for the same code. Each unit
 * carries its context and the glossary terms its source contains; with a
 * memory, exact matches pre-fill the target (never as reviewed) and fuzzy
 * ones are offered as matches with their score.
 */
import { VFile } from 'vfile';
import { glossaryForReport } from '../glossary/report-level.ts';
import type { Glossary, TermMatcher } from '../glossary/types.ts';
import { buildPublication } from '../model/load.ts';
import { sourceLanguageTag } from '../model/script.ts';
import { inlineCodes, phrasingToInline, type Inline } from './inline.ts';
import { translatableUnits, type TranslationUnit } from './units.ts';
import type { UnitMatch, XliffUnit, XliffVersion } from './xliff-doc.ts';
import { writeXliff12 } from './xliff12.ts';
import { writeXliff20 } from './xliff20.ts';

export interface ExportInput {
  slug: string;
  /** zh.md text */
  zh: string;
  /** en.md text, when it exists */
  en?: string;
  /** XLIFF version; default `2.0` */
  version?: XliffVersion;
  /** BCP 47 tags; default the report's own (model/script.ts sourceLanguageTag: zh-CN, or zh-MO, zh-HK, zh-TW, zh-Hant for traditional characters, zh-Hans-MO … for simplified ones from those regions) → en */
  sourceLanguage?: string;
  targetLanguage?: string;
  /** term base and matcher: each unit lists the terms its source contains */
  glossary?: Pick<Glossary, 'byId'>;
  matcher?: TermMatcher;
  /**
   * XLIFF 1.2: an untranslated unit's target is a copy of its source (default `true`: OmegaT translates targets); `false`
   * writes no target there, for a tool that reads a target as the translation (xliff2po: a fuzzy msgstr in Chinese)
   */
  sourceCopy?: boolean;
  /** memory look-up for units without English: matches, best first (a 100 match pre-fills the target) */
  lookup?: (unit: TranslationUnit, source: Inline[]) => UnitMatch[];
}

export async function exportXliff(input: Readonly<ExportInput>): Promise<string> {
  return (await exportXliffWithLanguage(input)).xml;
}

/** The XLIFF and the source language it declares (the OmegaT project is given the same). */
export async function exportXliffWithLanguage(input: Readonly<ExportInput>): Promise<{ xml: string; srcLang: string }> {
  const { publication } = buildPublication(input.slug, new VFile({ path: 'zh.md', value: input.zh }), input.en === undefined ? undefined : new VFile({ path: 'en.md', value: input.en }));
  // the term base as this report reads it (a national report's notes: glossary/report-level.ts), once for all its units
  const glossary = input.glossary && glossaryForReport(input.glossary, publication.meta.zh);
  const units = translatableUnits(publication, { glossary, matcher: input.matcher }).map((unit) => toXliffUnit(unit, input.lookup));
  const doc = { slug: input.slug, srcLang: input.sourceLanguage ?? sourceLanguageTag(publication), trgLang: input.targetLanguage ?? 'en', units };
  return { xml: input.version === '1.2' ? writeXliff12(doc, { sourceCopy: input.sourceCopy }) : writeXliff20(doc), srcLang: doc.srcLang };
}

function toXliffUnit(unit: TranslationUnit, lookup: ExportInput['lookup']): XliffUnit {
  const source = phrasingToInline(unit.source);
  let target = unit.target ? alignCodeIds(source, phrasingToInline(unit.target)) : undefined;
  let state = unit.state;
  const matches = !target && lookup ? lookup(unit, source) : [];
  const exact = matches.find((m) => m.similarity >= 100);
  if (!target && exact) {
    target = exact.target;
    state = 'tm';
  }
  return { id: unit.id, notes: unit.context, terms: unit.terms, source, target, state, matches: matches.filter((m) => m !== exact) };
}

/**
 * Give the target's codes the ids of the source's codes of the same kind, in
 * order (the first bold of the English is the first bold of the Chinese);
 * codes the source lacks get fresh ids after the source's.
 */
export function alignCodeIds(source: readonly Inline[], target: Inline[]): Inline[] {
  const byKind = new Map<string, string[]>();
  for (const code of inlineCodes(source)) byKind.set(code.kind, [...(byKind.get(code.kind) ?? []), code.id]);
  let next = inlineCodes(source).reduce((max, c) => Math.max(max, Number(c.id)), 0) + 1;
  for (const code of inlineCodes(target)) code.id = byKind.get(code.kind)?.shift() ?? String(next++);
  return target;
}
