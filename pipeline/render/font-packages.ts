/**
 * The npm package of each font family: the only fonts the editions use (there is
 * no font setting; config.fonts was validated but never used, and was removed).
 * Its own module so the build's preflight can check them without loading fontkit.
 */
import type { FontFamilyName } from './fonts.ts';

export const fontPackages: Readonly<Record<FontFamilyName, string>> = {
  'Noto Serif SC': '@fontsource/noto-serif-sc',
  'Noto Sans SC': '@fontsource/noto-sans-sc',
  'Noto Serif TC': '@fontsource/noto-serif-tc',
  'Noto Sans TC': '@fontsource/noto-sans-tc',
  'Source Serif 4': '@fontsource/source-serif-4',
  'Source Sans 3': '@fontsource/source-sans-3',
};
