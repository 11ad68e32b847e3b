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
