/**
 * The keys of a report's front matter, owned here beside `Meta` (types.ts), which
 * they are the fields of: the model reads these (load.ts, every other key goes to
 * `extra`), XLIFF exchanges the translatable ones (translate/front-matter.ts) and
 * check reads the English ones for Chinese left in them (check/rules/untranslated.ts), and the editions set
 * their quotes as the text's (templates/typographic-quotes.ts).
 */
import type { Meta } from './types.ts';

/** Text in the report's language, whose English en.md holds under the same key (XLIFF units `meta-<key>`), in the order they are exchanged. */
export const translatableMetaKeys = ['title', 'subtitle', 'issuer', 'occasion', 'speaker', 'scope_note', 'notes_heading'] as const;

/** en.md only: the translator's own words (unofficial translation, of what, by whom). */
export const translatorMetaKeys = ['translator_note', 'translator'] as const;

/** Every key in en.md whose value is English text: the translated ones, then the translator's. */
export const englishMetaKeys = [...translatableMetaKeys, ...translatorMetaKeys] as const;

/** Every key the model reads into a field of `Meta`; the front matter's other keys (索引号, 文号 …) are kept in `extra`. */
export const metaKeys = ['title', 'subtitle', 'issuer', 'date', 'occasion', 'speaker', 'source', 'scope', 'scope_note', 'notes_heading', ...translatorMetaKeys, 'translation', 'front_matter_reviewed', 'front_matter_src', 'draft'] as const satisfies readonly Exclude<keyof Meta, 'extra'>[];

/**
 * The front-matter values a reviser reviews (en.md `front_matter_reviewed`), each a CAT unit `meta-<key>`: the translated
 * ones and the translator's note (English with no Chinese: its unit's source is the note as exported).
 */
export const reviewableMetaKeys = [...translatableMetaKeys, 'translator_note'] as const;
export type ReviewableMetaKey = (typeof reviewableMetaKeys)[number];

export type MetaKey = (typeof metaKeys)[number];
export type TranslatableMetaKey = (typeof translatableMetaKeys)[number];

