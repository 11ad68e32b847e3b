/**
 * Assets of an HTML edition folder: one stylesheet (subset @font-face + base +
 * screen), the page script, the icon and the subset fonts. All paths relative.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fontRequestsFromHast, type HanTag } from '../../../templates/font-usage.ts';
import { subsetFonts, writeFontFiles, type FontRequest } from '../fonts.ts';
import { minifyStylesheets } from './minify-css.ts';

const stylesDir = fileURLToPath(new URL('../../../templates/styles/', import.meta.url));
const clientDir = fileURLToPath(new URL('./client/', import.meta.url));

const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#8c1d18"/>' +
  '<rect x="8" y="8" width="6" height="16" rx="1.5" fill="#fdfcf9"/><rect x="18" y="8" width="6" height="16" rx="1.5" fill="#fdfcf9" opacity=".7"/></svg>\n';

/**
 * Characters of the page's text (document order: the bar, the contents, the title block, the first
 * blocks) whose glyphs go in each CJK face's first file (fonts.ts firstScreen): what Chromium lays
 * out of a whole report at 390 and 1440 px with screen.css's content-visibility, with room to spare.
 */
export const FIRST_SCREEN = 16000;

export interface WrittenAsset {
  /** Path relative to the folder the page lives in. */
  path: string;
  bytes: number;
}

/** base.css and screen.css, as every page's style.css carries them after its @font-face rules. */
async function templateStylesheets(): Promise<string> {
  const [base, screen] = await Promise.all(['base.css', 'screen.css'].map((name) => readFile(path.join(stylesDir, name), 'utf8')));
  return `${base}\n${screen}`;
}

/**
 * Minify the templates' stylesheets now, so that the next page render finds
 * them done: the dev server calls it while the user reads (its first HTML
 * build usually comes from the cache and renders nothing).
 */
export async function preloadStylesheets(): Promise<void> {
  minifyStylesheets([await templateStylesheets()]);
}

/** Write `assets/` beside a page whose body is `tree` (its Chinese in `han`, default zh-Hans); `extra` adds text the script shows. */
export async function writeAssets(dir: string, tree: Root | Element, options: { script: boolean; extra?: FontRequest[]; cacheDir?: string; han?: HanTag }): Promise<WrittenAsset[]> {
  const assetsDir = path.join(dir, 'assets');
  await mkdir(assetsDir, { recursive: true });
  const fonts = await subsetFonts(fontRequestsFromHast(tree, 'en', options.extra ?? [], Infinity, options.han, true), {
    urlPrefix: 'fonts/',
    cacheDir: options.cacheDir,
    compactRanges: true,
    firstScreen: fontRequestsFromHast(tree, 'en', [], FIRST_SCREEN, options.han, true),
  });
  await writeFontFiles(fonts, path.join(assetsDir, 'fonts'));
  // The @font-face rules change with the page's text; the templates' stylesheets do not (minified once per process).
  const css = minifyStylesheets([fonts.css, await templateStylesheets()]);
  const written: WrittenAsset[] = [];
  const put = async (name: string, data: string | Buffer) => {
    await writeFile(path.join(assetsDir, name), data);
    written.push({ path: `assets/${name}`, bytes: Buffer.byteLength(data) });
  };
  await put('style.css', css);
  await put('icon.svg', ICON_SVG);
  if (options.script) await put('app.js', await readFile(path.join(clientDir, 'app.js'), 'utf8'));
  for (const file of fonts.files) written.push({ path: `assets/fonts/${file.name}`, bytes: file.data.length });
  return written;
}
