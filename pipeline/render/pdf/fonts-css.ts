/**
 * Fonts of the print document: the @fontsource faces print.css uses, subset to
 * the report's characters (never a system font: Chromium embeds system CJK fonts
 * as Type 3), served from memory at `/print/fonts/` (see print-page.ts).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { facesFor, planSubsets, unicodeRange, type FontRequest, type HanTag } from '../fonts.ts';

const require = createRequire(import.meta.url);

/** Where the print origin serves the subsets; a file's name there carries its characters' hash (planSubsets). */
export const printFontsPath = '/print/fonts/';

/** Folder of an installed package (its `exports` may hide package.json from require.resolve). */
export function packageRoot(name: string): string {
  for (const dir of require.resolve.paths(name) ?? []) {
    if (existsSync(path.join(dir, name, 'package.json'))) return path.join(dir, name);
  }
  throw new Error(`Package ${name} is not installed (needed by the PDF edition); run npm install.`);
}

/**
 * Characters always kept in every face, whatever the text: what the stylesheet
 * and paginate.js may set without it being in the document (page numbers,
 * leaders, the U+2010 hyphen paginate.js sets at a break, the en dash of page
 * ranges, CJK and full-width punctuation). A character missing from every
 * embedded face would make Chromium fall back to a system font — a Type 3 font
 * in the PDF — so the set errs on the side of too much.
 */
const ALWAYS = [
  [0x20, 0x7e], [0xa0, 0xff], [0x2010, 0x2027], [0x2030, 0x203a], [0x2044, 0x2044], [0x2212, 0x2212],
  [0x3000, 0x303f], [0xff01, 0xff5e],
].flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');

/**
 * "DZ Latin in Han" is Source Serif 4 limited to ASCII and Latin-1: Chinese text
 * lists it first so Latin words and numbers inside Chinese get the Latin face,
 * while CJK punctuation (including the curly quotes “ ” that Chinese uses
 * full-width) stays in the Chinese face (Noto Serif SC, or TC: font-usage.ts hanFamilies).
 */
const latinInHan = (cp: number): boolean => (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || cp === 0x2010 || cp === 0x2011 || cp === 0x2030 || cp === 0x2044;

export interface PrintFonts {
  /** The @font-face rules, served as `/print/fonts.css`. */
  css: string;
  /**
   * URL path (`/print/fonts/<name>.ttf`) → the font's bytes, made on first call (the
   * print page makes only the files Chromium asks for; both PDFs get the same bytes).
   */
  files: Record<string, () => Promise<Buffer>>;
  /** Whether every character of `html` is in the subsets (another document of the report may use them). */
  covers(html: string): boolean;
  /** Gets ready what making the files not yet made will take (render/fonts.ts SubsetPlan.readAhead). */
  readAhead(): Promise<void>;
}

/**
 * Each code point of `html`, character references decoded — but printable ASCII, which every plan holds (ALWAYS):
 * most of an English document, and a call each was ~10 ms of CPU of the plan, cold.
 */
function forEachCodePoint(html: string, see: (cp: number) => void): void {
  const decoded = html.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)));
  for (let i = 0; i < decoded.length; i += 1) {
    const cp = decoded.codePointAt(i)!;
    if (cp >= 0x20 && cp <= 0x7e) continue;
    if (cp > 0xffff) i += 1;
    see(cp);
  }
}

/**
 * The print document's fonts subset to the characters of `texts` (the print HTML
 * of every PDF of a report, its stylesheets): one small file per face instead of
 * the ~100 unicode-range chunks of each @fontsource CJK face that Chromium would
 * otherwise fetch, decode and hold in memory (the PDF embeds subsets either way).
 * Subsets are cached (render/fonts.ts), so a rebuild that brings no new character
 * makes none.
 */
export async function printFonts(texts: readonly string[], cacheDir?: string, han: HanTag = 'zh-Hans'): Promise<PrintFonts> {
  // One bit per code point seen (a Set of a report's every character took ~0.1 s).
  const seen = new Uint8Array(0x110000 >> 3);
  const see = (cp: number) => (seen[cp >> 3] |= 1 << (cp & 7));
  const has = (cp: number) => (seen[cp >> 3] & (1 << (cp & 7))) !== 0;
  for (const char of ALWAYS) see(char.codePointAt(0)!);
  for (const text of texts) forEachCodePoint(text, see);
  const characters: string[] = [];
  // By byte: most of the 139,264 bytes are empty (a code point at a time was ~15 ms of CPU, cold).
  for (let byte = 0; byte < seen.length; byte += 1) {
    if (seen[byte] === 0) continue;
    for (let bit = 0; bit < 8; bit += 1) if (seen[byte] & (1 << bit)) characters.push(String.fromCodePoint((byte << 3) | bit));
  }
  const text = characters.sort().join(''); // in UTF-16 order, as the cache keys were made
  const requests: FontRequest[] = facesFor(han).map((face) => ({ ...face, text }));
  // TrueType, not WOFF2: the files never leave the machine, and brotli would be most of the subsetting time.
  const subset = await planSubsets(requests, { urlPrefix: printFontsPath, display: 'block', format: 'truetype', cacheDir });
  const rules = [subset.css];
  for (const file of subset.files) {
    if (file.family !== 'Source Serif 4' || file.style !== 'normal') continue;
    const inHan = [...file.characters].map((c) => c.codePointAt(0)!).filter(latinInHan).sort((a, b) => a - b);
    if (inHan.length === 0) continue;
    rules.push(`@font-face{font-family:"DZ Latin in Han";font-style:normal;font-weight:${file.weight};font-display:block;src:url("${printFontsPath}${file.name}") format("truetype");unicode-range:${unicodeRange(inHan)}}`);
  }
  const files: Record<string, () => Promise<Buffer>> = {};
  for (const file of subset.files) files[`${printFontsPath}${file.name}`] = file.data;
  const covers = (html: string): boolean => {
    let all = true;
    forEachCodePoint(html, (cp) => {
      if (!has(cp)) all = false;
    });
    return all;
  };
  return { css: rules.join('\n') + '\n', files, covers, readAhead: subset.readAhead };
}
