/**
 * A rendering split by a modifier. Chinese puts what a term is about before the whole term (经济社会 + 高质量发展), and
 * English then puts it inside the term, before its last word: “high-quality economic and social development”, “the rural
 * revitalization and development strategy”. Found in English where the rendering's words but the last stand, then one
 * to MAX_WORDS words (commas after them allowed: “economic, social and cultural”), then its last word (plural allowed),
 * in the folded text (fold.ts: lower case, dashes and spaces one space, quotes gone) — nothing across a sentence end,
 * a bracket or a colon. New user round 25: `term-mismatch` refused “high-quality economic and social development”,
 * the usual rendering of 经济社会高质量发展, and a strict build failed on it.
 */

/** Most words put in: a modifier of a few words, not a clause. */
const MAX_WORDS = 4;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Term id → one pattern over the folded English, for the terms that have a rendering of two or more words. */
export function splitRenderings(entries: ReadonlyArray<readonly [string, readonly string[]]>): Map<string, RegExp> {
  const patterns = new Map<string, RegExp>();
  for (const [id, keys] of entries) {
    const alternatives: string[] = [];
    for (const key of keys) {
      const words = key.split(' ').filter((w) => w.length > 0);
      if (words.length < 2) continue;
      const head = words.slice(0, -1).map(escape).join(' ');
      const last = escape(words[words.length - 1]);
      alternatives.push(`${head}(?: [\\p{L}\\p{N}'-]+,?){1,${MAX_WORDS}} ${last}(?:s|es)?`);
    }
    if (alternatives.length > 0) patterns.set(id, new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u'));
  }
  return patterns;
}
