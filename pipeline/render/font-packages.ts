/**
 * The npm package of each font family: the only fonts the editions use (there is
 * no font setting; config.fonts was validated but never used, and was removed).
 * Its own module so the build's preflight can check them without loading fontkit.
 */
import type { FontFamilyName, FontStyle, FontWeight } from './fonts.ts';

export const fontPackages: Readonly<Record<FontFamilyName, string>> = {
  'Noto Serif SC': '@fontsource/noto-serif-sc',
  'Noto Sans SC': '@fontsource/noto-sans-sc',
  'Noto Serif TC': '@fontsource/noto-serif-tc',
  'Noto Sans TC': '@fontsource/noto-sans-tc',
  'Source Serif 4': '@fontsource/source-serif-4',
  'Source Sans 3': '@fontsource/source-sans-3',
  'Noto Sans Symbols': '@fontsource/noto-sans-symbols',
};

/** The script whose every character a CJK package also ships in one file (@fontsource's `chinese-simplified` …); none for the others. */
const wholeScript: Partial<Readonly<Record<FontFamilyName, 'simplified' | 'traditional'>>> = {
  'Noto Serif SC': 'simplified',
  'Noto Sans SC': 'simplified',
  'Noto Serif TC': 'traditional',
  'Noto Sans TC': 'traditional',
};

/** The name (under the package's `files/`) of a face's file of its whole script, `noto-serif-tc-chinese-traditional-400-normal.woff2`; undefined for a face that has none. */
export function wholeScriptFile(family: FontFamilyName, weight: FontWeight, style: FontStyle): string | undefined {
  const script = wholeScript[family];
  return script && `${fontPackages[family].replace(/^@fontsource\//u, '')}-chinese-${script}-${weight}-${style}.woff2`;
}
