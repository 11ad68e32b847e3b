/**
 * @font-face rules for the print document, from the @fontsource packages in
 * node_modules (never a system font: Chromium embeds system CJK fonts as Type 3).
 * The fontsource CSS splits each face into unicode-range chunks, so Chromium
 * only loads the chunks the text uses, and Skia subsets what it embeds.
 * URLs point at the print origin's `/fonts/<package>/` mount (see print-page.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { subsetFonts, unicodeRange, type FontFamilyName, type FontRequest, type FontStyle, type FontWeight } from '../fonts.ts';

const require = createRequire(import.meta.url);

/** Faces the print stylesheet uses: package → CSS files (weight[-italic]). */
const faces: Record<string, string[]> = {
  'noto-serif-sc': ['400', '700'],
  'noto-sans-sc': ['400', '700'],
  'source-serif-4': ['400', '400-italic', '600', '700'],
  'source-sans-3': ['400', '600', '700'],
};

/** URL prefix → folder, for print-page mounts. */
export function fontMounts(): Record<string, string> {
  const mounts: Record<string, string> = {};
  for (const pkg of Object.keys(faces)) mounts[`/fonts/${pkg}/`] = packageDir(pkg);
  return mounts;
}

function packageDir(pkg: string): string {
  return packageRoot(`@fontsource/${pkg}`);
}

/** Folder of an installed package (its `exports` may hide package.json from require.resolve). */
export function packageRoot(name: string): string {
  for (const dir of require.resolve.paths(name) ?? []) {
    if (existsSync(path.join(dir, name, 'package.json'))) return path.join(dir, name);
  }
  throw new Error(`Package ${name} is not installed (needed by the PDF edition); run npm install.`);
}

/**
 * The rules. Besides the fontsource families, "DZ Latin in Han" is Source Serif 4
 * limited to ASCII letters and digits: Chinese text lists it first so Latin words
 * and numbers inside Chinese get the Latin face, while CJK punctuation (including
 * the curly quotes “ ” that Chinese uses full-width) stays in Noto Serif SC.
 */
export function fontFaceCss(): string {
  const parts: string[] = [];
  for (const [pkg, files] of Object.entries(faces)) {
    for (const file of files) {
      const css = readFileSync(path.join(packageDir(pkg), `${file}.css`), 'utf8');
      parts.push(css.replace(/url\(\.\/files\//g, `url(/fonts/${pkg}/files/`).replace(/font-display: swap;/g, 'font-display: block;'));
    }
  }
  for (const weight of [400, 600, 700]) {
    parts.push(`@font-face {
  font-family: 'DZ Latin in Han';
  font-style: normal;
  font-weight: ${weight};
  font-display: block;
  src: url(/fonts/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff2) format('woff2');
  unicode-range: U+0020-007E, U+00A0-00FF, U+2010-2011, U+2030, U+2044;
}`);
  }
  return parts.join('\n');
}

/** The faces print.css uses, as subset requests (the same list as `faces`). */
const printFaces: Array<{ family: FontFamilyName; weight: FontWeight; style: FontStyle }> = [
  { family: 'Noto Serif SC', weight: 400, style: 'normal' },
  { family: 'Noto Serif SC', weight: 700, style: 'normal' },
  { family: 'Noto Sans SC', weight: 400, style: 'normal' },
  { family: 'Noto Sans SC', weight: 700, style: 'normal' },
  { family: 'Source Serif 4', weight: 400, style: 'normal' },
  { family: 'Source Serif 4', weight: 400, style: 'italic' },
  { family: 'Source Serif 4', weight: 600, style: 'normal' },
  { family: 'Source Serif 4', weight: 700, style: 'normal' },
  { family: 'Source Sans 3', weight: 400, style: 'normal' },
  { family: 'Source Sans 3', weight: 600, style: 'normal' },
  { family: 'Source Sans 3', weight: 700, style: 'normal' },
];

/**
 * Characters always kept in every face, whatever the text: what the stylesheet,
 * Paged.js and layout.js may set without it being in the document (page numbers,
 * leaders, the U+2011 hyphen Paged.js adds at a break, the en dash of page
 * ranges, CJK and full-width punctuation). A character missing from every
 * embedded face would make Chromium fall back to a system font — a Type 3 font
 * in the PDF — so the set errs on the side of too much.
 */
const ALWAYS = [
  [0x20, 0x7e], [0xa0, 0xff], [0x2010, 0x2027], [0x2030, 0x203a], [0x2044, 0x2044], [0x2212, 0x2212],
  [0x3000, 0x303f], [0xff01, 0xff5e],
].flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');

/** DZ Latin in Han: the Latin face inside Chinese text (see fontFaceCss). */
const latinInHan = (cp: number): boolean => (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || cp === 0x2010 || cp === 0x2011 || cp === 0x2030 || cp === 0x2044;

export interface PrintFonts {
  /** The @font-face rules, served as `/print/fonts.css`. */
  css: string;
  /** URL path (`/print/fonts/<name>.ttf`) → font bytes. */
  files: Record<string, Buffer>;
  bytes: number;
}

/**
 * The print document's fonts subset to the characters of `texts` (the print HTML
 * of every PDF of a report, its stylesheets): one small file per face instead of
 * the ~100 unicode-range chunks of each @fontsource CJK face that Chromium would
 * otherwise fetch, decode and hold in memory (the PDF embeds subsets either way).
 * Subsets are cached (render/fonts.ts), so a rebuild that brings no new character
 * makes none.
 */
export async function printFonts(texts: readonly string[], cacheDir?: string): Promise<PrintFonts> {
  const characters = new Set<string>(ALWAYS);
  for (const text of texts) {
    const decoded = text.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)));
    for (const char of decoded) characters.add(char);
  }
  const text = [...characters].sort().join('');
  const requests: FontRequest[] = printFaces.map((face) => ({ ...face, text }));
  // TrueType, not WOFF2: the files never leave the machine, and brotli would be most of the subsetting time.
  const subset = await subsetFonts(requests, { urlPrefix: '/print/fonts/', display: 'block', format: 'truetype', cacheDir });
  const rules = [subset.css];
  for (const file of subset.files) {
    if (file.family !== 'Source Serif 4' || file.style !== 'normal') continue;
    const inHan = [...file.characters].map((c) => c.codePointAt(0)!).filter(latinInHan).sort((a, b) => a - b);
    if (inHan.length === 0) continue;
    rules.push(`@font-face{font-family:"DZ Latin in Han";font-style:normal;font-weight:${file.weight};font-display:block;src:url("/print/fonts/${file.name}") format("truetype");unicode-range:${unicodeRange(inHan)}}`);
  }
  const files: Record<string, Buffer> = {};
  for (const file of subset.files) files[`/print/fonts/${file.name}`] = file.data;
  return { css: rules.join('\n') + '\n', files, bytes: subset.bytes };
}
