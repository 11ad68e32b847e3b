/**
 * Colophon: source, issuer, date, scope, translation status, translator's note,
 * build date, notice. Values appear in each shown language.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { isUndatedEdition } from '../../pipeline/model/edition-date.ts';
import { nameTag } from '../../pipeline/model/script.ts';
import { reviewableMetaKeys } from '../../pipeline/model/meta-keys.ts';
import type { BlockKind, Lang, Meta, Publication } from '../../pipeline/model/types.ts';
import { bilingualLabel, headingTag, shownLangs } from './label.ts';
import { reportDate } from './report-date.ts';
import { textTag, type TemplateOptions } from './types.ts';

export interface TranslationStatus {
  total: number;
  translated: number;
  reviewed: number;
  machine: number;
  /** What is counted: “paragraphs” / 段 for a report of headings and paragraphs, else “units of text (…kinds)” / 项（…） (locales: colophon.units…) */
  unitsEn: string;
  unitsZh: string;
  /** The measure word of the other counts (段 or 项) */
  unitZh: string;
  /** The front-matter values en.md has (title, subtitle, issuer …, the translator's note), and how many are reviewed (`front_matter_reviewed`) */
  frontMatter: number;
  frontMatterReviewed: number;
}

/** The kinds of unit, in the order the colophon lists them (their names: locales, colophon.unitKinds). */
const kinds: ReadonlyArray<BlockKind> = ['heading', 'paragraph', 'item', 'title', 'cell', 'note'];

export function translationStatus(pub: Publication, t: TemplateOptions['t']): TranslationStatus {
  const translated = pub.blocks.filter((b) => b.en);
  // A heading is counted as a paragraph, as ever; a table cell or a note is not one: the count names what it counts.
  const present = kinds.filter((kind) => pub.blocks.some((b) => b.kind === kind));
  const paragraphsOnly = present.every((kind) => kind === 'heading' || kind === 'paragraph');
  const units = (lang: Lang) => paragraphsOnly
    ? t[lang]('colophon.units')
    : t[lang]('colophon.unitsOfKinds', { kinds: present.map((kind) => t[lang](`colophon.unitKinds.${kind}`)).join(t[lang]('colophon.unitKindSeparator')) });
  // The front matter is no block: its reviews are counted apart (stop 54: a reviewer's confirmation of the title was
  // recorded nowhere, and the colophon counted blocks only).
  const en = pub.meta.en;
  const values = reviewableMetaKeys.filter((key) => en?.[key]);
  return {
    frontMatter: values.length,
    frontMatterReviewed: values.filter((key) => en?.front_matter_reviewed?.includes(key)).length,
    total: pub.blocks.length,
    translated: translated.length,
    reviewed: translated.filter((b) => b.enState === 'reviewed').length,
    machine: translated.filter((b) => b.enState === 'mt').length,
    unitsEn: units('en'),
    unitsZh: units('zh'),
    unitZh: t.zh(paragraphsOnly ? 'colophon.unit' : 'colophon.unitOfKinds'),
  };
}

/**
 * The sentence that says where the translation stands, no more: a review is
 * claimed only for blocks recorded `state=reviewed` (`duizhao review`), never for
 * English recorded with `duizhao translated`.
 */
export function translationStatusKey(status: TranslationStatus): string {
  if (status.translated < status.total) return 'colophon.translationStatus';
  if (status.reviewed === 0) return 'colophon.translationUnreviewed';
  return 'colophon.translationComplete'; // "…, 10 reviewed": the count says how far the review went
}

/**
 * The status sentence in one language: the blocks' (translationStatusKey), then the front matter's reviews when there are
 * any ("…, 14 reviewed; the title and the rest of the front matter reviewed (5 values)", "…; 2 of 5 front-matter values reviewed"); none reviewed,
 * nothing is added — the count of blocks claims no review of the title.
 */
export function translationStatusText(status: TranslationStatus, lang: Lang, t: TemplateOptions['t']): string {
  const blocks = t[lang](translationStatusKey(status), { ...status });
  if (status.frontMatterReviewed === 0) return blocks;
  const key = status.frontMatterReviewed === status.frontMatter ? 'colophon.frontMatterReviewed' : 'colophon.frontMatterPartlyReviewed';
  return blocks + t[lang](key, { ...status });
}

export function colophon(pub: Publication, options: TemplateOptions, buildDate: Date, id = 'colophon'): Element {
  const langs = shownLangs(options);
  const rows: ElementContent[] = [];
  // `report`: the values are the report's own words (its issuer, its scope note); the others are the edition's UI
  // strings — both in the report's script (zh-Hant for traditional characters: templates/i18n.ts), so tagged alike.
  const row = (key: string, values: Partial<Record<Lang, ElementContent | string | undefined>>, zhTag = textTag(options, 'zh')) => {
    const shown = langs.filter((lang) => values[lang] !== undefined);
    if (shown.length === 0) return;
    rows.push(h('div.colophon-row', [
      h('dt', bilingualLabel(options, key)),
      ...shown.map((lang) => h('dd', { lang: lang === 'zh' ? zhTag : textTag(options, lang) }, values[lang]!)),
    ]));
  };
  const { zh, en } = pub.meta;
  const source = zh.source;
  if (source) {
    const link = /^https?:\/\//.test(source) ? h('a', { href: source, rel: 'external noopener' }, source) : source;
    rows.push(h('div.colophon-row', [h('dt', bilingualLabel(options, 'colophon.source')), h('dd.source', link)]));
  }
  if (options.onlineUrl) rows.push(h('div.colophon-row', [h('dt', bilingualLabel(options, 'colophon.online')), h('dd.source', h('a', { href: options.onlineUrl }, options.onlineUrl))]));
  row('colophon.issuer', { zh: zh.issuer, en: en?.issuer });
  // The publisher's name, a name of the edition's, not the report's words: tagged in its own script (model/script.ts nameTag).
  const publisher = options.publisher;
  if (publisher) row('colophon.publisher', { zh: publisher.zh, en: publisher.en }, publisher.zh ? nameTag(publisher.zh, textTag(options, 'zh')) : undefined);
  const found = reportDate(pub);
  if (found) row(found.published ? 'colophon.published' : 'colophon.date', { zh: options.t.zh('date', { date: found.date }), en: options.t.en('date', { date: found.date }) });
  const scope = zh.scope ?? en?.scope;
  if (scope) {
    // The scope note usually names the scope itself (节选，… / Excerpt, …); the label only stands in for a missing note.
    const label = (lang: Lang, note?: string) => note ?? options.t[lang](scope === 'full' ? 'colophon.scopeFull' : 'colophon.scopeExcerpt');
    row('colophon.scope', { zh: label('zh', zh.scope_note), en: label('en', en?.scope_note) });
  }
  const status = translationStatus(pub, options.t);
  row('colophon.translation', {
    zh: translationStatusText(status, 'zh', options.t),
    en: [translationStatusText(status, 'en', options.t), en?.translator_note].filter(Boolean).join('. '),
  });
  if (en?.translator) row('colophon.translator', { en: en.translator, zh: en.translator });
  // The edition's date: SOURCE_DATE_EPOCH when the publisher sets it, else the report's own date (core/jobs.ts
  // buildDateFor), so that two builds of the same text are byte-identical. Labelled the edition's date
  // (版本日期), not the day it was built, which it need not be.
  // (new user round 30) No date given — no SOURCE_DATE_EPOCH, none of the report's own: the fixed stand-in the PDFs and the EPUB
  // carry dates nothing, and is not printed (was: "Edition date 1 January 2000" under an undated report).
  const built = buildDate.toISOString().slice(0, 10);
  if (!isUndatedEdition(buildDate)) row('colophon.built', { zh: options.t.zh('date', { date: built }), en: options.t.en('date', { date: built }) });
  return h('footer.colophon', { id }, [
    h(headingTag(options), { className: ['colophon-title'] }, bilingualLabel(options, 'colophon.heading')),
    h('dl.colophon-list', rows),
    ...langs.map((lang) => h('p.notice', { lang: textTag(options, lang) }, options.t[lang](noticeKey(en?.translation)))),
    h('p.software', { lang: textTag(options, langs.includes('en') ? 'en' : 'zh') }, options.t[langs.includes('en') ? 'en' : 'zh']('colophon.software')),
  ]);
}

/** The notice on whose the English is: the official translation, the official in part, or (absent) the editors' own. */
function noticeKey(translation: Meta['translation']): string {
  return translation === 'official' ? 'colophon.noticeOfficial' : translation === 'partly official' ? 'colophon.noticePartlyOfficial' : 'colophon.notice';
}
