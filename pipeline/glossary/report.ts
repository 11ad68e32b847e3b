/**
 * Reports built on the matcher: glossary entries no report uses (info), and
 * the terms of a Chinese block whose approved English (or a variant) is
 * missing from its English twin — the core of the `term-mismatch` rule.
 */
import type { VFile } from 'vfile';
import type { Publication } from '../model/types.ts';
import type { Glossary, GlossaryEntry, TermMatcher, TermOccurrence } from './types.ts';

/** Entries used in none of the publications (by their `termUses`, or by matching when not annotated). */
export function unusedEntries(glossary: Glossary, pubs: readonly Publication[], matcher?: TermMatcher): GlossaryEntry[] {
  const used = new Set<string>();
  for (const pub of pubs) {
    if (pub.termUses.size > 0 || !matcher) for (const id of pub.termUses.keys()) used.add(id);
    else for (const block of pub.blocks) for (const occ of matcher.findZh(block.zhText)) used.add(occ.termId);
  }
  return glossary.entries.filter((entry) => !used.has(entry.id));
}

/** Info messages on the glossary file, at each unused entry. */
export function reportUnused(file: VFile, glossary: Glossary, unused: readonly GlossaryEntry[], where = 'the reports'): void {
  for (const entry of unused) {
    const point = glossary.positions?.get(entry.id);
    const message = file.message(`Unused glossary entry \`${entry.id}\` (${entry.zh}): it occurs in none of ${where}`, {
      place: point,
      ruleId: 'unused-entry',
      source: 'glossary',
    });
    message.fatal = undefined;
  }
}

export interface TermMismatch {
  /** the Chinese occurrence (first one in the block) */
  occurrence: TermOccurrence;
  entry: GlossaryEntry;
  /** the forms that would have been accepted */
  expected: string[];
}

/**
 * Terms found in `zhText` whose approved rendering or variants occur nowhere
 * in `enText`, whole or split by a modifier before its last word (split.ts). Each term is
 * searched on its own (`findEn(en, [id])`), so a longer rendering of another term cannot hide it.
 */
export function findTermMismatches(zhText: string, enText: string, glossary: Glossary, matcher: TermMatcher): TermMismatch[] {
  const mismatches: TermMismatch[] = [];
  const seen = new Set<string>();
  for (const occurrence of matcher.findZh(zhText)) {
    if (seen.has(occurrence.termId)) continue;
    seen.add(occurrence.termId);
    const entry = glossary.byId.get(occurrence.termId);
    if (!entry) continue;
    if (matcher.findEn(enText, [entry.id]).length > 0 || matcher.findEnSplit?.(enText, entry.id)) continue;
    mismatches.push({ occurrence, entry, expected: [entry.en, ...entry.variants] });
  }
  return mismatches;
}
