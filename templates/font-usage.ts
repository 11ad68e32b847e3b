/**
 * Which face renders which text, read from a rendered hast tree, so that
 * pipeline/render/fonts.ts subsets each face to exactly its characters.
 * The rules mirror templates/styles/base.css (keep them in step):
 * - Chinese (`:lang(zh)`, not `zh-Latn` pinyin): Noto Serif SC 400 for text, Noto Sans SC 700 for
 *   anything bold (headings, lead sentences: 黑体 as printed reports do), Noto Sans SC 400 for UI.
 * - Everything else: Source Serif 4 (400/700, italic) for text, Source Sans 3 (400/700) for
 *   headings and UI; characters the Latin face lacks fall back to the Noto face.
 * - What the Noto CJK face lacks (Ⅲ, ⑲), Noto Sans Symbols draws (symbolsFamily; fonts.ts mergeRequests).
 * - A report in traditional characters (its Chinese tagged zh-Hant; base.css `html[data-han='zh-Hant']`): Noto
 *   Serif TC and Noto Sans TC in place of the SC faces, throughout its documents: traditional characters in the
 *   forms of traditional printing (Taiwan's standard forms), not in the mainland's forms the SC faces give them.
 *   (Hong Kong's own standard, Noto's HK faces, differs from Taiwan's in a few hundred forms; not used.)
 */
import type { Element, Nodes, Root } from 'hast';

export type FontFamilyName = 'Noto Serif SC' | 'Noto Sans SC' | 'Noto Serif TC' | 'Noto Sans TC' | 'Source Serif 4' | 'Source Sans 3' | 'Noto Sans Symbols';

/**
 * The last face of every Chinese stack (base.css --han-serif, --han-sans): what the Chinese faces lack and it draws. The
 * @fontsource Noto CJK faces have no Roman numerals (Ⅰ–Ⅻ, ⅰ–ⅻ: 地表水Ⅲ类, in nearly every report's environment section) and
 * no circled numbers past ⑱; this one has the Number Forms and Enclosed Alphanumerics blocks (400 and 700, upright).
 */
export const symbolsFamily: FontFamilyName = 'Noto Sans Symbols';

/** The script of a document's Chinese (model/script.ts chineseTag), which chooses its Chinese faces. */
export type HanTag = 'zh-Hans' | 'zh-Hant';

/** The Chinese faces of a document whose Chinese is in `han`: serif for text, sans for headings, bold and UI. */
export function hanFamilies(han: HanTag): { serif: FontFamilyName; sans: FontFamilyName } {
  return han === 'zh-Hant' ? { serif: 'Noto Serif TC', sans: 'Noto Sans TC' } : { serif: 'Noto Serif SC', sans: 'Noto Sans SC' };
}

/**
 * The families that may draw a document's character, in base.css's order: its Chinese faces, the SC ones after the TC
 * ones (what a TC face lacks, base.css sets in the SC face), then the Latin faces, then the symbols face. What `no-glyph` checks and names
 * (core/glyphs.ts, render/fonts.ts charactersWithoutGlyph).
 */
export function drawingFamilies(han: HanTag): FontFamilyName[] {
  const own = hanFamilies(han);
  const simplified = hanFamilies('zh-Hans');
  return [...new Set<FontFamilyName>([own.serif, own.sans, simplified.serif, simplified.sans, 'Source Serif 4', 'Source Sans 3', symbolsFamily])];
}

/** The attribute the layouts put on a document's `<html>` for base.css to choose its Chinese faces (none for zh-Hans). */
export function hanAttribute(han: HanTag | string | undefined): { dataHan?: 'zh-Hant' } {
  return han === 'zh-Hant' ? { dataHan: 'zh-Hant' } : {};
}
export type FontWeight = 400 | 600 | 700;
export type FontStyle = 'normal' | 'italic';

/** One face and the text it must render. */
export interface FontRequest {
  family: FontFamilyName;
  weight: FontWeight;
  /** Default `normal`. The CJK packages have no italic (browsers slant them). */
  style?: FontStyle;
  text: string;
  /** Face for characters this one lacks (e.g. Han in English text): they are added to its request. */
  fallback?: { family: FontFamilyName; weight: FontWeight; style?: FontStyle };
}

/** Elements set in the sans face. */
export const sansTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'nav', 'button', 'dt', 'label', 'summary', 'figcaption', 'th']);
/** Classes set in the sans face (UI chrome). */
export const sansClasses = new Set(['ui', 'pop-title', 'pending-label', 'scope-badge', 'note-ref', 'anchor', 'gloss-uses', 'draft-banner', 'block-title', 'rn-label', 'rn-ref', 'rn-back']);
/** Elements set bold. */
export const boldTags = new Set(['strong', 'b', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'th']);
/** Classes set bold outside bold elements. */
export const boldClasses = new Set(['note-term', 'gloss-zh', 'gloss-en', 'pop-title', 'block-title']);
/** Classes set in the regular weight inside bold elements. */
export const regularClasses = new Set(['pinyin']);
/** Elements that hold no rendered text. */
const skipTags = new Set(['script', 'style', 'template', 'head', 'title', 'meta', 'link']);

interface Style {
  zh: boolean;
  sans: boolean;
  bold: boolean;
  italic: boolean;
}

/**
 * Font requests for all text in `tree`. `rootLang` is the `<html lang>` (default `en`); `han` the script of the
 * document's Chinese, which chooses its Chinese faces (hanFamilies).
 * One request per face (and fallback). With `limit`, only the first `limit` characters of the
 * tree's text (document order) are read: the start of a page (fonts.ts firstScreen).
 * With `traditionalElements` (the HTML edition: screen.css `[lang='zh-Hant']`), words tagged zh-Hant in a document in
 * simplified are set in the TC faces too — a traditional report's title in a mixed site's catalogue.
 */
export function fontRequestsFromHast(
  tree: Root | Element,
  rootLang = 'en',
  extra: FontRequest[] = [],
  limit = Infinity,
  han: HanTag = 'zh-Hans',
  traditionalElements = false,
): FontRequest[] {
  const buckets = new Map<string, { request: Omit<FontRequest, 'text'>; text: string[] }>();
  // A style is five bits (ZH, SANS, BOLD, ITALIC, HANT); each of the 32 finds its bucket once (a whole
  // book has tens of thousands of text nodes: a request and its key made for each was most of the walk).
  const bucketOf: Array<{ text: string[] } | undefined> = [];
  const bucketFor = (bits: number) => {
    const style: Style = { zh: (bits & ZH) !== 0, sans: (bits & SANS) !== 0, bold: (bits & BOLD) !== 0, italic: (bits & ITALIC) !== 0 };
    const request = requestOf(style, hanFamilies(bits & HANT ? 'zh-Hant' : 'zh-Hans'));
    const key = `${request.family}|${request.weight}|${request.style ?? 'normal'}|${request.fallback?.family ?? ''}|${request.fallback?.weight ?? ''}`;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { request, text: [] }));
    return (bucketOf[bits] = bucket);
  };
  let read = 0;
  const walk = (node: Nodes, style: number) => {
    if (read >= limit) return;
    if (node.type === 'text') {
      read += node.value.length;
      (bucketOf[style] ?? bucketFor(style)).text.push(node.value);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let next = style;
    if (node.type === 'element') {
      if (skipTags.has(node.tagName) || node.properties.hidden !== undefined && node.properties.hidden !== false) return;
      const classes = (node.properties.className as string[] | undefined) ?? [];
      const lang = node.properties.lang;
      let sans = sansTags.has(node.tagName);
      let bold = boldTags.has(node.tagName);
      let regular = false;
      // a quotation's English is set in italic (base.css blockquote.quote)
      let italic = node.tagName === 'em' || node.tagName === 'i';
      for (const c of classes) {
        if (sansClasses.has(c)) sans = true;
        if (boldClasses.has(c)) bold = true;
        if (regularClasses.has(c)) regular = true;
        if (c === 'quote') italic = true;
      }
      next = (typeof lang === 'string' ? (isHan(lang) ? ZH : 0) : style & ZH) | (style & HANT);
      if (traditionalElements && typeof lang === 'string' && /^zh-Hant\b/iu.test(lang)) next |= HANT;
      if (sans || style & SANS) next |= SANS;
      if (!regular && (bold || style & BOLD)) next |= BOLD;
      if (italic || style & ITALIC) next |= ITALIC;
    }
    for (const child of node.children) walk(child as Nodes, next);
  };
  walk(tree, (isHan(rootLang) ? ZH : 0) | (han === 'zh-Hant' ? HANT : 0));
  const requests: FontRequest[] = [...buckets.values()].map(({ request, text }) => ({ ...request, text: text.join('') }));
  return [...requests, ...extra];
}

const ZH = 1;
const SANS = 2;
const BOLD = 4;
const ITALIC = 8;
/** Chinese in the faces of traditional forms (the document's script, or words tagged zh-Hant: `traditionalElements`). */
const HANT = 16;

/** The face (and the fallback) that sets text of this style. */
function requestOf(style: Style, families: ReturnType<typeof hanFamilies>): Omit<FontRequest, 'text'> {
  const cjk = { family: style.bold || style.sans ? families.sans : families.serif, weight: style.bold ? (700 as const) : (400 as const) };
  if (style.zh) return cjk;
  return { family: style.sans ? 'Source Sans 3' : 'Source Serif 4', weight: style.bold ? 700 : 400, style: style.italic && !style.sans ? 'italic' : 'normal', fallback: cjk };
}

function isHan(lang: string): boolean {
  return /^zh(?!-Latn)/i.test(lang);
}
