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

/** A term the reports' English gives in more than one of its listed forms: each form (lower case) with where it stands. */
export interface TermRenderings {
  entry: GlossaryEntry;
  /** form → the blocks (`slug#id`) whose English writes it for the term, in report and block order */
  forms: Map<string, string[]>;
}

/**
 * Terms rendered in more than one of their listed forms (the approved rendering and its variants) across the blocks of the
 * publications — what a reviser looks for across reports (stop 59): `check` accepts any variant, so "the new development
 * pattern" in one report and "the new pattern of development" in another pass unseen. Forms are compared in lower case (a
 * heading's capitals are no other rendering); a form the matcher derives (a plural, `inflected`) is not counted.
 * (stop 60) Nor are two ways of writing one rendering: a curly apostrophe is the straight one ("people’s congress"); an
 * initialism is the form it abbreviates ("GDP", "gross domestic product"; "CPPCC", "Chinese People's Political Consultative
 * Conference") — the key is the spelt-out form, the label both;
 * and a block's form is the first that renders this term, not a form standing inside another term's rendering ("Xi Jinping"
 * in "Xi Jinping Thought on Socialism …" when the block's 习近平总书记 is "General Secretary Xi Jinping" further on).
 */
export function termRenderings(glossary: Glossary, pubs: readonly Publication[], matcher: TermMatcher): TermRenderings[] {
  const found = new Map<string, Map<string, { spellings: Set<string>; where: string[] }>>();
  for (const pub of pubs) {
    for (const block of pub.blocks) {
      if (!block.enText) continue;
      const ids = new Set(matcher.findZh(block.zhText).map((occ) => occ.termId));
      if (ids.size === 0) continue;
      const others = matcher.findEn(block.enText);
      for (const id of ids) {
        const entry = glossary.byId.get(id);
        const hits = matcher.findEn(block.enText, [id]).filter((occ) => occ.termId === id && !occ.inflected);
        const hit = hits.find((h) => !others.some((o) => o.termId !== id && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start)) ?? hits[0];
        if (!hit || !entry) continue;
        const spelling = hit.text.toLowerCase().replace(/[‘’]/gu, "'");
        const form = spelledOut(spelling, [entry.en, ...entry.variants]);
        const forms = found.get(id) ?? new Map<string, { spellings: Set<string>; where: string[] }>();
        found.set(id, forms);
        const seen = forms.get(form) ?? { spellings: new Set<string>(), where: [] };
        forms.set(form, seen);
        seen.spellings.add(spelling);
        seen.where.push(`${pub.slug}#${block.id}`);
      }
    }
  }
  return glossary.entries.flatMap((entry) => {
    const forms = found.get(entry.id);
    if (!forms || forms.size < 2) return [];
    // the label: the form, and the initialism beside it where the reports write that too ("gross domestic product / gdp")
    return [{ entry, forms: new Map([...forms].map(([form, { spellings, where }]) => [[form, ...[...spellings].filter((s) => s !== form)].join(' / '), where])) }];
  });
}

/** Words an initialism may leave out ("PRC": People's Republic of China). */
const unlettered = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'a', 'an']);

/** The spelt-out form a one-word initialism (lower case) abbreviates among the entry's listed forms, or the form itself. */
function spelledOut(form: string, listed: readonly string[]): string {
  if (!/^[a-z]{2,}$/u.test(form)) return form;
  for (const candidate of listed) {
    const words = candidate.toLowerCase().split(/[\s-]+/u).filter((w) => /^[a-z]/u.test(w));
    if (words.length < 2) continue;
    const initials = (ws: string[]) => ws.map((w) => w[0]).join('');
    if (initials(words) === form || initials(words.filter((w) => !unlettered.has(w))) === form) return candidate.toLowerCase().replace(/^(?:the|a|an) /u, '');
  }
  return form;
}

/** Info messages on the glossary file, at each entry the reports render in more than one form. */
export function reportRenderings(file: VFile, glossary: Glossary, renderings: readonly TermRenderings[]): void {
  for (const { entry, forms } of renderings) {
    const list = [...forms].map(([form, where]) => `“${form}” (${where.length > 3 ? `${where.slice(0, 3).join(', ')} and ${where.length - 3} more` : where.join(', ')})`);
    const message = file.message(
      `Term \`${entry.id}\` (${entry.zh}) is rendered ${forms.size} ways in the reports' English: ${list.join('; ')} — check whether they should agree (the approved rendering is “${entry.en}”)`,
      { place: glossary.positions?.get(entry.id), ruleId: 'term-renderings', source: 'glossary' },
    );
    message.fatal = undefined;
  }
}
