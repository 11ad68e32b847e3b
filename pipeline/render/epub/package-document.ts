/**
 * The EPUB package document (`package.opf`): metadata in both languages,
 * accessibility metadata, manifest and spine. Built as xast, serialized by
 * xast-util-to-xml.
 */
import { createHash } from 'node:crypto';
import type { Element } from 'xast';
import type { Publisher } from '../../config/types.ts';
import type { Lang, Meta, Publication } from '../../model/types.ts';
import { chineseTag, nameTag } from '../../model/script.ts';
import type { EpubStrings } from './strings.ts';
import { langOrder, type EpubVariant } from './variant.ts';
import { x, xmlDocument } from './xml.ts';

export interface ManifestItem {
  id: string;
  /** Relative to the package document. */
  href: string;
  mediaType: string;
  properties?: string;
  /** In the spine, in this order (items without `spine` are resources). */
  spine?: boolean;
  /** `linear="no"` in the spine (e.g. an aside document). Default: linear. */
  nonLinear?: boolean;
}

export interface PackageInput {
  pub: Publication;
  variant: EpubVariant;
  items: readonly ManifestItem[];
  /** `dcterms:modified` (SOURCE_DATE_EPOCH or the content's date). */
  modified: Date;
  strings: Record<Lang, EpubStrings>;
  /** Who publishes the edition (config `publisher`): dc:publisher. Default: the report's issuer. */
  publisher?: Publisher;
}

/** The tag of the report's own text (its title, its issuer, the book's language): zh-Hant for a report in traditional characters. */
const textLang = (pub: Publication, lang: Lang): string => (lang === 'zh' ? chineseTag(pub) : 'en');

/**
 * A stable identifier for this edition of this report: a name-based UUID
 * (RFC 4122 version 5 layout) of the slug, variant and source URL, so a
 * rebuild keeps the id reading systems use to match annotations.
 */
export function bookIdentifier(pub: Publication, variant: EpubVariant): string {
  const name = `duizhao:${pub.slug}:${variant}:${pub.meta.zh.source ?? ''}`;
  const hash = createHash('sha1').update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `2021-12-15T00:00:00Z` (no milliseconds: the form EPUB requires). */
export function w3cDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function packageDocument(input: PackageInput): string {
  const { pub, variant, items } = input;
  const langs = langOrder(variant, pub);
  const primary = langs[0];
  const meta = (lang: Lang): Meta | undefined => (lang === 'zh' ? pub.meta.zh : pub.meta.en);

  const metadata: Element[] = [
    x('dc:identifier', { id: 'pub-id' }, bookIdentifier(pub, variant)),
    ...langs.flatMap((lang, i) => titleAndRefinements(meta(lang)?.title, lang, i, langs, textLang(pub, lang))),
    ...langs.map((lang) => x('dc:language', {}, textLang(pub, lang))),
    ...agents(pub, langs, input.publisher),
    pub.meta.zh.date ? x('dc:date', {}, pub.meta.zh.date) : undefined,
    pub.meta.zh.source ? x('dc:source', {}, pub.meta.zh.source) : undefined,
    x('dc:rights', { 'xml:lang': textLang(input.pub, primary) }, rightsOf(input.strings[primary], pub.meta.en?.translation)),
    x('meta', { property: 'dcterms:modified' }, w3cDateTime(input.modified)),
    ...accessibility(input, primary),
  ].filter((e): e is Element => e !== undefined);

  const manifest = items.map((item) =>
    x('item', { id: item.id, href: item.href, 'media-type': item.mediaType, properties: item.properties }),
  );
  const spine = items
    .filter((item) => item.spine)
    .map((item) => x('itemref', { idref: item.id, linear: item.nonLinear ? 'no' : undefined }));

  const opf = x(
    'package',
    {
      xmlns: 'http://www.idpf.org/2007/opf',
      version: '3.0',
      'unique-identifier': 'pub-id',
      'xml:lang': textLang(pub, primary),
      dir: 'ltr',
    },
    x('metadata', { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, metadata),
    x('manifest', {}, manifest),
    x('spine', { 'page-progression-direction': 'ltr' }, spine),
  );
  return xmlDocument(opf);
}

function titleAndRefinements(title: string | undefined, lang: Lang, index: number, langs: Lang[], tag: string): Element[] {
  if (!title) return [];
  const id = `title-${lang}`;
  return [
    x('dc:title', { id, 'xml:lang': tag }, title),
    // Both titles are the book's main title (it is one bilingual book);
    // display-seq says which a reading system shows first.
    x('meta', { refines: `#${id}`, property: 'title-type' }, 'main'),
    langs.length > 1 ? x('meta', { refines: `#${id}`, property: 'display-seq' }, String(index + 1)) : undefined,
  ].filter((e): e is Element => e !== undefined);
}

/** Issuer as creator (author); the edition's publisher, else the issuer, as publisher; translator as contributor (marc:relators trl). */
function agents(pub: Publication, langs: Lang[], publisher: Publisher | undefined): Element[] {
  const out: Element[] = [];
  const issuers = langs.map((lang) => [lang, (lang === 'zh' ? pub.meta.zh : pub.meta.en)?.issuer] as const).filter(([, v]) => v);
  issuers.forEach(([lang, issuer], i) => {
    const id = `creator-${lang}`;
    out.push(
      x('dc:creator', { id, 'xml:lang': textLang(pub, lang) }, issuer),
      x('meta', { refines: `#${id}`, property: 'role', scheme: 'marc:relators' }, 'aut'),
    );
    if (issuers.length > 1) out.push(x('meta', { refines: `#${id}`, property: 'display-seq' }, String(i + 1)));
  });
  // The issuer as the report tags it (was: zh-Hans for a report in traditional characters, beside its dc:creator's zh-Hant);
  // the edition's publisher in its name's own script (model/script.ts nameTag).
  const publishers = publisher ? langs.map((lang) => [lang, publisher[lang]] as const).filter(([, v]) => v) : issuers;
  for (const [lang, name] of publishers) out.push(x('dc:publisher', { 'xml:lang': lang === 'zh' && publisher ? nameTag(name!, chineseTag(pub)) : textLang(pub, lang) }, name));
  const translator = pub.meta.en?.translator;
  if (translator && langs.includes('en')) {
    out.push(
      x('dc:contributor', { id: 'translator', 'xml:lang': 'en' }, translator),
      x('meta', { refines: '#translator', property: 'role', scheme: 'marc:relators' }, 'trl'),
    );
  }
  return out;
}

/**
 * Accessibility metadata (EPUB Accessibility 1.1), true of what this renderer
 * makes: text with a described cover image, a nested TOC and landmarks, a
 * logical reading order, language on every block, no fixed layout and no media.
 */
function accessibility(input: PackageInput, primary: Lang): Element[] {
  const features = ['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText', 'displayTransformability', 'horizontalWriting'];
  return [
    x('meta', { property: 'schema:accessMode' }, 'textual'),
    x('meta', { property: 'schema:accessMode' }, 'visual'),
    x('meta', { property: 'schema:accessModeSufficient' }, 'textual'),
    ...features.map((feature) => x('meta', { property: 'schema:accessibilityFeature' }, feature)),
    x('meta', { property: 'schema:accessibilityHazard' }, 'none'),
    x('meta', { property: 'schema:accessibilitySummary', 'xml:lang': textLang(input.pub, primary) }, input.strings[primary].accessibilitySummary),
    x('meta', { property: 'dcterms:conformsTo' }, 'EPUB Accessibility 1.1 - WCAG 2.1 Level AA'),
    x('meta', { property: 'a11y:certifiedBy' }, input.strings[primary].certifiedBy),
  ];
}

/** The rights statement for whose the English is (en.md's `translation`). */
function rightsOf(strings: EpubStrings, translation: Meta['translation']): string {
  return translation === 'official' ? strings.rightsOfficial : translation === 'partly official' ? strings.rightsPartlyOfficial : strings.rights;
}
