/**
 * A note that fits the report's level. Some terms read differently in a national report (the State Council's, the
 * NPC Standing Committee's, the Supreme People's Court's) and in a local one: 人大's note for a district's report
 * says "each level … has a people's congress, the local legislature", which is wrong-footed in the NPC's own report
 * (stop 42/43's left items). The term base holds both, as data: `note_en` / `note_zh` for a local report (and any
 * report whose level is not known), `note_en_national` / `note_zh_national` for a national one. The level is applied
 * once per report, where its term list is made: a build's jobs for the report (core/plan.ts: the render context every
 * edition gets) and an XLIFF export (translate/xliff-export.ts). Renderers and units.ts read the glossary they are given.
 */
import { toSimplified } from '../model/han-forms.ts';
import type { Meta } from '../model/types.ts';
import type { Glossary, GlossaryEntry } from './types.ts';

export type ReportLevel = 'national' | 'local';

/** The central bodies that issue or deliver national reports, at the start of an issuer or a title (read simplified: han-forms.ts). */
const nationalBody = /^(?:中华人民共和国)?(?:国务院|全国人民代表大会|全国人大|最高人民法院|最高人民检察院|中国人民政治协商会议全国委员会|全国政协|中共中央|中国共产党中央委员会|财政部|审计署|国家发展和改革委员会)/u;
/** A national session the report is delivered at: the NPC's, the CPPCC National Committee's, a Party national congress (read simplified). */
const nationalSession = /全国人民代表大会|全国人大|全国委员会|全国政协|全国代表大会/u;

/**
 * Whether a report is national or local, from its Chinese front matter: national when its issuer is a central body,
 * or it was delivered at a national session (a body the list lacks reporting to the NPC or its Standing Committee:
 * 审计署 named otherwise, a ministry), or — no issuer given — its title starts with a central body's name; else local.
 */
export function reportLevel(meta: Pick<Meta, 'issuer' | 'occasion' | 'title'> | undefined): ReportLevel {
  if (!meta) return 'local';
  const issuer = meta.issuer?.trim();
  if (issuer && nationalBody.test(toSimplified(issuer))) return 'national';
  if (meta.occasion && nationalSession.test(toSimplified(meta.occasion))) return 'national';
  return !issuer && nationalBody.test(toSimplified(meta.title?.trim() ?? '')) ? 'national' : 'local';
}

/** The entry as a report of this level reads it: its national notes in place of its notes (each falling back to its own). */
export function entryForLevel(entry: GlossaryEntry, level: ReportLevel): GlossaryEntry {
  if (level !== 'national' || (!entry.note_en_national && !entry.note_zh_national)) return entry;
  return { ...entry, note_en: entry.note_en_national ?? entry.note_en, note_zh: entry.note_zh_national ?? entry.note_zh };
}

/**
 * The glossary as a report reads it (`meta`: zh.md's front matter): the same object for a local report or a glossary
 * without national notes, else a view whose entries carry their national notes. Called once per report (see above).
 */
export function glossaryForReport<G extends Pick<Glossary, 'byId'> & Partial<Pick<Glossary, 'entries'>>>(glossary: G, meta: Pick<Meta, 'issuer' | 'occasion' | 'title'> | undefined): G {
  if (reportLevel(meta) !== 'national') return glossary;
  const entries = [...glossary.byId.values()];
  if (!entries.some((entry) => entry.note_en_national || entry.note_zh_national)) return glossary;
  const byId = new Map(entries.map((entry) => [entry.id, entryForLevel(entry, 'national')]));
  return { ...glossary, byId, ...(glossary.entries ? { entries: glossary.entries.map((entry) => byId.get(entry.id) ?? entryForLevel(entry, 'national')) } : {}) };
}
