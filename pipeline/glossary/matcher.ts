/**
 * The term matcher: one Aho–Corasick automaton for the Chinese forms (term +
 * aliases) and one for the English forms (approved rendering + variants),
 * both built once per glossary. Selection is longest match first, without
 * overlaps, so 一刻钟社区服务圈 never also yields a shorter term inside it.
 */
import { recall } from '../core/cache.ts';
import { buildAutomaton, longestNonOverlapping, selectLongest, type AutomatonHit } from './aho-corasick.ts';
import { coordinations, expanded, memberIndex, printed, withHits } from './coordination.ts';
import { balanceQuotes, enPatternKey, foldEn, foldZh, isWordChar, zhPatternKey, type Folded } from './fold.ts';
import { splitRenderings } from './split.ts';
import type { Glossary, TermMatcher, TermOccurrence } from './types.ts';

/** Pseudo term id of exclusion patterns (not a valid entry id, so it cannot clash). */
const excluded = ' excluded';

/**
 * Texts folded and scanned, per matcher and language (most recently used last). A block's text is asked
 * about several times: by the term-mismatch check (its English once per term of its Chinese), then by the
 * glossary notes (annotate), and the dev server asks again at every save about the blocks that did not change.
 */
const SCANNED_TEXTS = 4096;

export function createMatcher(glossary: Pick<Glossary, 'entries'>): TermMatcher {
  // Exclusions are patterns of their own that win by length and are then dropped.
  const zh = indexForms(
    glossary.entries.flatMap((e): Array<[string, string[]]> => [[e.id, [e.zh, ...e.aliases]], [excluded, e.exclude ?? []]]),
    zhPatternKey,
  );
  const en = indexForms(glossary.entries.map((e) => [e.id, withPluralHeads(withSingulars([e.en, ...e.variants].map(enPatternKey)))]), (key) => key);
  // The forms each entry lists (as against those derived from them above): a match of any other is inflected.
  const listedForms = new Set(glossary.entries.flatMap((e) => [e.en, ...e.variants].map((form) => `${e.id}\n${enPatternKey(form)}`)));
  const splitForms = splitRenderings(glossary.entries.map((e) => [e.id, [e.en, ...e.variants].map(enPatternKey)]));
  const zhAutomaton = buildAutomaton(zh.keys);
  const enAutomaton = buildAutomaton(en.keys);
  // Only the selection of the English hits depends on the terms asked about (findEn(text, [termId])).
  const members = memberIndex(zh.keys, (pattern) => zh.ids[pattern][0] !== excluded);
  const zhScans = new Map<string, TermOccurrence[]>();
  const enScans = new Map<string, { folded: Folded; hits: AutomatonHit[] }>();

  return {
    findZh(text: string): TermOccurrence[] {
      const found = recall(zhScans, SCANNED_TEXTS, text, () => {
        const folded = foldZh(text);
        const raw = zhAutomaton.scanRaw(folded.key);
        const shared = coordinations(text, folded.key, folded.map, zh.keys, members);
        const literal = raw.count;
        const all = shared.length > 0 ? withHits(raw, shared) : raw;
        const kept = [...selectLongest(all, folded.key.length)];
        // Two members of one coordination that are both terms (二十届二中、三中全会 with both sessions in the term base)
        // share its span: both are kept.
        const spans = new Set(kept.filter((k) => k >= literal).map((k) => `${all.start[k]}:${all.end[k]}`));
        for (let k = literal; k < all.count; k++) {
          if (!kept.includes(k) && spans.has(`${all.start[k]}:${all.end[k]}`) && kept.every((j) => j < literal || shared[j - literal].member !== shared[k - literal].member)) kept.push(k);
        }
        kept.sort((a, b) => all.start[a] - all.start[b] || a - b);
        const occurrences: TermOccurrence[] = [];
        const seen = new Set<string>();
        for (const k of kept) {
          const termId = zh.ids[all.pattern[k]][0];
          if (termId === excluded) continue;
          const occ = occurrence(text, folded, { start: all.start[k], end: all.end[k] }, termId);
          if (k < literal) {
            occurrences.push({ ...occ, form: printed(occ.text) });
            continue;
          }
          const key = `${occ.start}:${termId}`;
          if (seen.has(key)) continue;
          seen.add(key);
          occurrences.push({ ...occ, form: expanded(text, folded.map, shared[k - literal]) });
        }
        return occurrences;
      });
      return [...found];
    },
    findEn(text: string, termIds?: readonly string[]): TermOccurrence[] {
      const allowed = termIds ? new Set(termIds) : undefined;
      const { folded, hits } = recall(enScans, SCANNED_TEXTS, text, () => {
        const folded = foldEn(text);
        return { folded, hits: enAutomaton.scan(folded.key) };
      });
      const candidates: Array<AutomatonHit & { termId: string; inflected: boolean }> = [];
      for (const hit of hits) {
        const termId = allowed ? en.ids[hit.pattern].find((id) => allowed.has(id)) : en.ids[hit.pattern][0];
        if (termId === undefined) continue;
        const end = wordEnd(folded.key, hit.end);
        if (end === undefined || (isWordChar(folded.key[hit.start]) && isWordChar(folded.key[hit.start - 1]))) continue;
        // (the text matched, a plural's -s or -es after the pattern included: "people's congresses" is listed itself)
        const inflected = !listedForms.has(`${termId}\n${folded.key.slice(hit.start, end)}`);
        candidates.push({ ...hit, end, termId, inflected });
      }
      const kept = longestNonOverlapping(candidates, folded.key.length);
      return kept.map((hit) => ({ ...occurrence(text, folded, hit, hit.termId), ...(hit.inflected ? { inflected: true } : {}) }));
    },
    findEnSplit(text: string, termId: string): boolean {
      const forms = splitForms.get(termId);
      if (forms === undefined) return false;
      const { folded } = recall(enScans, SCANNED_TEXTS, text, () => {
        const folded = foldEn(text);
        return { folded, hits: enAutomaton.scan(folded.key) };
      });
      return forms.test(folded.key);
    },
  };
}

/** Distinct folded keys, each with the term ids that use it (first one wins in Chinese). */
function indexForms(
  entries: Array<[string, string[]]>,
  keyOf: (form: string) => string,
): { keys: string[]; ids: string[][] } {
  const byKey = new Map<string, string[]>();
  for (const [id, forms] of entries) {
    for (const form of forms) {
      const key = keyOf(form);
      if (key.length === 0) continue;
      const ids = byKey.get(key) ?? [];
      if (!ids.includes(id)) ids.push(id);
      byKey.set(key, ids);
    }
  }
  return { keys: [...byKey.keys()], ids: [...byKey.values()] };
}

/**
 * A form ending in a plural is also accepted in the singular (`circles` →
 * `circle`, `communities` → `community`), and one ending in consonant + y in
 * the -ies plural (`community` → `communities`; plain -s/-es is handled at
 * match time by wordEnd).
 */
function withSingulars(keys: string[]): string[] {
  const more: string[] = [];
  for (const key of keys) {
    if (/[^aeiou]ies$/.test(key)) more.push(`${key.slice(0, -3)}y`);
    else if (/[^s's]s$/.test(key)) more.push(key.slice(0, -1));
    if (/[^aeiou]y$/.test(key)) more.push(`${key.slice(0, -1)}ies`);
  }
  return [...keys, ...more];
}

/**
 * A form whose head noun stands before "of" is also accepted with that noun in the plural — the English of a coordination
 * (二十届二中、三中全会, "the Second and Third Plenary Sessions of the 20th CPC Central Committee": new user round 29, round
 * 28's gap). Was: only "Third Plenary Sessions" matched (the plural at a match's end), the note stood on those words, and
 * "CPC Central Committee" inside the session's name took 党中央's first English mark.
 */
function withPluralHeads(keys: string[]): string[] {
  const more: string[] = [];
  for (const key of keys) {
    const head = /^(.*?\b)([a-z]+)( of .+)$/u.exec(key);
    if (!head || head[2].length < 3 || /s$/u.test(head[2])) continue;
    const plural = /[^aeiou]y$/u.test(head[2]) ? `${head[2].slice(0, -1)}ies` : /(?:sh|ch|x|z)$/u.test(head[2]) ? `${head[2]}es` : `${head[2]}s`;
    more.push(`${head[1]}${plural}${head[3]}`);
  }
  return [...keys, ...more];
}

/**
 * English matches must end at a word boundary; a plural `-s`/`-es` after the
 * form is accepted (`medical consortium` matches `medical consortiums`).
 * Returns the (possibly widened) end, or undefined when mid-word.
 */
function wordEnd(key: string, end: number): number | undefined {
  if (!isWordChar(key[end]) || !isWordChar(key[end - 1])) return end;
  if (key[end] === 's' && !isWordChar(key[end + 1])) return end + 1;
  if (key.startsWith('es', end) && !isWordChar(key[end + 2])) return end + 2;
  return undefined;
}

function occurrence(text: string, folded: Folded, hit: { start: number; end: number }, termId: string): TermOccurrence {
  const [start, end] = balanceQuotes(text, folded.map[hit.start], folded.map[hit.end - 1] + 1);
  return { termId, start, end, text: text.slice(start, end) };
}
