/**
 * The script of a report's Chinese — simplified (zh-Hans) or traditional (zh-Hant) — and so the language tag
 * every edition writes on its Chinese text (HTML `lang`, EPUB `dc:language` and `xml:lang`, the PDF's `/Lang`).
 * A report copied from a Hong Kong, Taiwan or Big5 mirror is in traditional characters (new user, round 12: the
 * CPPCC's 2010 proposals report), and tagging it zh-Hans told screen readers and reading systems otherwise.
 *
 * Read from the text, one count against the other with OpenCC's character tables: characters that exist only
 * in traditional writing (國 會 議: TSCharacters maps them to another character) against characters that exist
 * only in simplified writing (国 会 议: STCharacters maps them to another). A simplified report quoting a title
 * in traditional characters, or a traditional one with a few simplified forms, keeps the script of the most.
 */
import { openccTable } from './opencc.ts';
import type { Publication } from './types.ts';

export type ChineseTag = 'zh-Hans' | 'zh-Hant';

let tables: { traditionalOnly: Set<string>; simplifiedOnly: Set<string> } | undefined;

/** Characters OpenCC's `file` maps to another (the first candidate differs from the character itself). */
function changedBy(file: string): Set<string> {
  return new Set(openccTable(file).filter(([from, to]) => [...from].length === 1 && to[0] !== from).map(([from]) => from));
}

/** OpenCC's two character tables read (~40 ms): the dev server does it while the user reads, not at the first save. */
export function loadScriptTables(): NonNullable<typeof tables> {
  return (tables ??= { traditionalOnly: changedBy('TSCharacters.txt'), simplifiedOnly: changedBy('STCharacters.txt') });
}

/** How many of the text's characters exist only in traditional writing, and how many only in simplified writing. */
function scriptCounts(text: string): { traditional: number; simplified: number } {
  const tables = loadScriptTables();
  let traditional = 0;
  let simplified = 0;
  for (const char of text) {
    if (tables.traditionalOnly.has(char)) traditional++;
    else if (tables.simplifiedOnly.has(char)) simplified++;
  }
  return { traditional, simplified };
}

/** zh-Hant when more of the text's characters are traditional-only than simplified-only; else zh-Hans. */
export function chineseScript(text: string): ChineseTag {
  const { traditional, simplified } = scriptCounts(text);
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}

/**
 * The tag of a name in Chinese set among text in `context`'s script — the edition's publisher (config `publisher.zh`) in
 * a masthead, a catalogue, a colophon, an EPUB's dc:publisher: its own script when its characters tell one (香港大學 is
 * traditional on any page), else the script around it (政策研究所 is written alike in both). Was: zh-Hans in the
 * masthead, the site's script in the catalogue, the report's in the colophon — one name, up to three tags (stop 51's review).
 */
export function nameTag(name: string, context: string): ChineseTag {
  const { traditional, simplified } = scriptCounts(name);
  if (traditional === simplified) return context === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}

const memo = new WeakMap<Publication, ChineseTag>();

/** The language tag of a report's Chinese: its title and every unit's text. */
export function chineseTag(pub: Publication): ChineseTag {
  let tag = memo.get(pub);
  if (!tag) {
    tag = chineseScript([pub.meta.zh.title ?? '', ...pub.blocks.map((b) => b.zhText)].join('\n'));
    memo.set(pub, tag);
  }
  return tag;
}

/**
 * The source language tag a CAT tool is given for a report's Chinese (XLIFF 1.2 `source-language`, 2.0 `srcLang`,
 * OmegaT's `source_lang`). A report in simplified characters is `zh-CN`, as before. One in traditional characters
 * is no "Chinese (PRC)" text (memoQ and Trados showed round 27's Macao address so): the region its issuer names —
 * 澳門 zh-MO, 香港 zh-HK, 臺灣/台灣 zh-TW — else, when no issuer is given, the region of its source's host (.mo, .hk,
 * .tw); else `zh-Hant` (a mainland report from a Big5 or Hong Kong mirror: the script is known, the region is not).
 * One in simplified characters whose issuer names Macao, Hong Kong or Taiwan is `zh-Hans-MO`, `zh-Hans-HK`, `zh-Hans-TW`.
 * OmegaT 3.6 reads each (its console mode, `Language`: a language and a country or script subtag).
 */
export function sourceLanguageTag(pub: Publication): string {
  const issuer = pub.meta.zh.issuer;
  // (new user round 29; round 28's gap) simplified characters from Macao, Hong Kong or Taiwan — gov.mo's and gov.hk's zh-hans
  // pages — are no "Chinese (PRC)" text either: the script and the region its issuer names, zh-Hans-MO (was: zh-CN). Only the
  // issuer tells it: a mainland report in simplified characters on a .hk mirror stays zh-CN.
  if (chineseTag(pub) !== 'zh-Hant') {
    const region = issuer ? regionOfName(issuer) : undefined;
    return region ? `zh-Hans-${region.slice(3)}` : 'zh-CN';
  }
  if (issuer) return regionOfName(issuer) ?? 'zh-Hant';
  return regionOfHost(pub.meta.zh.source) ?? 'zh-Hant';
}

const regionNames: ReadonlyArray<readonly [RegExp, string]> = [
  [/澳[門门]|Maca[ou]/i, 'zh-MO'],
  [/香港|Hong Kong/i, 'zh-HK'],
  [/[臺台][灣湾]|[臺台]北市|Taiwan/i, 'zh-TW'],
];

function regionOfName(name: string): string | undefined {
  return regionNames.find(([pattern]) => pattern.test(name))?.[1];
}

function regionOfHost(source: string | undefined): string | undefined {
  const host = source && /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(source.trim())?.[1];
  const tld = host?.toLowerCase().split('.').pop();
  return tld === 'mo' ? 'zh-MO' : tld === 'hk' ? 'zh-HK' : tld === 'tw' ? 'zh-TW' : undefined;
}
