/**
 * The pinyin a note, the glossary list and an XLIFF hint show beside a term written in one of its forms (new user,
 * round 19 left an alias's note without any: 经营主体 for 市场主体). The term's own form (in either script) reads as the
 * entry's pinyin; an alias reads as its own pinyin when the term base gives it (`alias_pinyin`), else the headword is
 * named beside it with the headword's pinyin (经营主体 = 市场主体 shì chǎng zhǔ tǐ) — the headword's pinyin under the
 * alias alone would misread it.
 */
import { zhPatternKey } from './fold.ts';
import type { GlossaryEntry } from './types.ts';

export interface FormPinyin {
  /** the pinyin to show, when the term base has one */
  pinyin?: string;
  /** the headword, when the pinyin (or the lack of one) is the headword's and not the form's: named beside the form */
  term?: string;
}

export function formPinyin(entry: Pick<GlossaryEntry, 'zh' | 'pinyin' | 'alias_pinyin'>, form: string): FormPinyin {
  const key = zhPatternKey(form);
  if (key === zhPatternKey(entry.zh)) return { pinyin: entry.pinyin || undefined };
  const own = Object.entries(entry.alias_pinyin ?? {}).find(([alias]) => zhPatternKey(alias) === key)?.[1];
  return own ? { pinyin: own } : { pinyin: entry.pinyin || undefined, term: entry.zh };
}
