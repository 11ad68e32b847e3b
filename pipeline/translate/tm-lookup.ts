/**
 * Memory look-up for `xliff export --tm`: each untranslated unit's source is
 * compared with every memory entry's source (character edit distance on the
 * plain text, the usual fuzzy score for Chinese: 100 × (1 − distance ÷ longer
 * length)); entries from 70 up are offered, best first. A score of 100 needs
 * the same text *and* the same codes; its English pre-fills the target,
 * with the codes renumbered to the new source's. The front matter's values (title, issuer, occasion, scope note) are
 * looked up as the text's units are.
 */
import { readFile } from 'node:fs/promises';
import { distance } from 'fastest-levenshtein';
import { VFile } from 'vfile';
import { inlineCodes, inlineText, type Inline } from './inline.ts';
import { readTmx, type MemoryUnit } from './tmx.ts';
import type { TranslationUnit } from './units.ts';
import type { UnitMatch } from './xliff-doc.ts';
import { alignCodeIds } from './xliff-export.ts';
import { parseXml } from './xml.ts';

export interface LookupOptions {
  /** lowest score offered (0–100); default 70 */
  threshold?: number;
  /** most matches per unit; default 3 */
  limit?: number;
}

/** A look-up over the memory in a TMX file (unreadable entries are skipped). */
export async function memoryLookup(tmxPath: string, options: Readonly<LookupOptions> = {}): Promise<(unit: TranslationUnit, source: Inline[]) => UnitMatch[]> {
  return createLookup(await readMemory(tmxPath), options);
}

/** What a memory gave an export: its entries read (both languages), the units looked up, pre-filled (exact) and offered near matches only. */
export interface LookupTally {
  entries: number;
  looked: number;
  exact: number;
  near: number;
}

/**
 * (new user round 36) A look-up that counts what it gives, for `xliff export --tm`'s line on the memory: a memory that gave
 * nothing — its entries not Chinese and English, or none like this report's text — was silent (a TMX from po2tmx pre-filled
 * no unit and the export said only "Wrote …").
 */
export function tallied(memory: readonly MemoryUnit[], options: Readonly<LookupOptions> = {}): { lookup: (unit: TranslationUnit, source: Inline[]) => UnitMatch[]; tally: LookupTally } {
  const inner = createLookup(memory, options);
  const tally: LookupTally = { entries: memory.length, looked: 0, exact: 0, near: 0 };
  const lookup = (unit: TranslationUnit, source: Inline[]) => {
    const found = inner(unit, source);
    tally.looked++;
    if (found[0]?.similarity === 100) tally.exact++;
    else if (found.length > 0) tally.near++;
    return found;
  };
  return { lookup, tally };
}

/** The export's line on the memory: what it held and what it gave ("warning" when it gave nothing). */
export function tallyText(tmxPath: string, tally: Readonly<LookupTally>): string {
  if (tally.entries === 0) return `Warning: ${tmxPath}: no entry with both a Chinese (zh) and an English (en) <tuv>: nothing pre-filled`;
  const gave = `${tally.exact} of ${tally.looked} untranslated unit(s) pre-filled from exact matches, ${tally.near} more offered near matches`;
  return `${tally.exact + tally.near === 0 && tally.looked > 0 ? 'Warning: ' : ''}${tmxPath}: ${tally.entries} memory entr${tally.entries === 1 ? 'y' : 'ies'}; ${gave}`;
}

/** The memory in a TMX file as entries (unreadable entries are skipped). */
export async function readMemory(tmxPath: string): Promise<MemoryUnit[]> {
  const file = new VFile({ path: tmxPath, value: await readFile(tmxPath, 'utf8') });
  return readTmx(parseXml(String(file.value), file, 'TMX memory'), file);
}

export function createLookup(memory: readonly MemoryUnit[], options: Readonly<LookupOptions> = {}): (unit: TranslationUnit, source: Inline[]) => UnitMatch[] {
  const threshold = options.threshold ?? 70;
  const limit = options.limit ?? 3;
  const entries = memory.map((m) => ({ m, text: inlineText(m.source), codes: codeShape(m.source) }));
  // (new user round 35) The front matter's values are looked up too, as the memory holds them (tm export writes the title,
  // issuer, occasion and scope note; an OmegaT project's memory every unit): a report exported again, or last year's with the
  // same issuer, gets its title and issuer back (was: every front-matter unit empty beside the text's exact matches).
  return (_unit, source) => {
    const text = inlineText(source);
    const shape = codeShape(source);
    const scored: UnitMatch[] = [];
    const seen = new Set<string>();
    for (const { m, text: other, codes } of entries) {
      const longer = Math.max(text.length, other.length);
      if (longer === 0 || Math.min(text.length, other.length) / longer < threshold / 100) continue;
      let similarity = text === other ? 100 : Math.floor(1000 * (1 - distance(text, other) / longer)) / 10;
      if (similarity === 100 && codes !== shape) similarity = 99;
      const key = `${other}\u0000${inlineText(m.target)}`;
      if (similarity < threshold || seen.has(key)) continue;
      seen.add(key);
      scored.push({ similarity, origin: m.id, source: m.source, target: alignCodeIds(source, structuredClone(m.target)) });
    }
    return scored.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
  };
}

function codeShape(inline: readonly Inline[]): string {
  return inlineCodes(inline).map((c) => c.kind).join(',');
}
