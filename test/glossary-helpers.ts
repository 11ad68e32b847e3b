/**
 * Shared test helpers for the glossary tests (test/glossary-matcher.test.ts, test/glossary-matcher-scans.test.ts,
 * test/glossary-coordination.test.ts): one factory for a glossary entry, not a copy per file.
 */
import type { GlossaryEntry } from '../pipeline/glossary/index.ts';

/** A glossary entry with the fields a matcher reads and the rest empty; its English is its id unless given. */
export const entry = (id: string, zh: string, en: string = id, more: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id,
  zh,
  en,
  pinyin: '',
  variants: [],
  note_en: '',
  source: "translator's rendering",
  aliases: [],
  ...more,
});
