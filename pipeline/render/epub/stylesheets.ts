/**
 * The EPUB's stylesheets: templates/styles/base.css and epub.css as styles.ts lowers them (postcss).
 * They are the install's own — the same for every report, book and project — so they are kept: in
 * memory for the process (the dev server rebuilds the EPUB at every save) and, beside the installed
 * packages (core/cache.ts installCacheDir, where the faces' coverage records are kept), for every later
 * build of the install. A build that finds them loads neither postcss nor its plugins and lowers nothing
 * (~0.1 s of loading and ~0.1 s of lowering in a cold EPUB of the long report on a loaded machine). The
 * record's key: both sources' text, styles.ts's code and the versions of the postcss packages it runs.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installCacheDir, keepCacheFile, moduleCodeHash, packageVersion, recallPromise, siblingModule } from '../../core/cache.ts';
import type { Stylesheet } from './styles.ts';
import type { HanTag } from '../../../templates/font-usage.ts';

const STYLES = fileURLToPath(new URL('../../../templates/styles/', import.meta.url));
const require = createRequire(import.meta.url);
const lowering = ['postcss', 'postcss-calc', 'postcss-selector-parser', 'postcss-value-parser'];
/** By key (a few: the dev server may see the stylesheets edited). */
const kept = new Map<string, Promise<Stylesheet[]>>();

/** The stylesheets of the book of a report whose Chinese is in `han` (a book in traditional characters names the TC faces). */
export async function epubStylesheets(han: HanTag = 'zh-Hans'): Promise<Stylesheet[]> {
  const sources: Array<{ name: string; css: string }> = [];
  for (const name of ['base', 'epub']) {
    const file = `${STYLES}${name}.css`;
    if (!existsSync(file)) {
      if (name === 'epub') throw new Error(`Missing the EPUB stylesheet ${file}`);
      continue;
    }
    sources.push({ name, css: await readFile(file, 'utf8') });
  }
  const code = [moduleCodeHash(siblingModule(import.meta.url, 'styles')), ...lowering.map((pkg) => `${pkg}@${packageVersion(pkg)}`)];
  const key = createHash('sha256').update(JSON.stringify({ sources, code, han })).digest('hex').slice(0, 40);
  return recallPromise(kept, 4, key, () => keptOrLowered(sources, key, han));
}

async function keptOrLowered(sources: Array<{ name: string; css: string }>, key: string, han: HanTag): Promise<Stylesheet[]> {
  const dir = installCacheDir(require.resolve('postcss'));
  const record = dir && path.join(dir, `epub-styles-${key}.json`);
  if (record) {
    const read = await readFile(record, 'utf8').then((text) => JSON.parse(text) as unknown, () => undefined);
    if (Array.isArray(read) && read.length === sources.length && read.every((sheet: Partial<Stylesheet>) => typeof sheet?.css === 'string' && typeof sheet.href === 'string' && typeof sheet.id === 'string')) return read as Stylesheet[];
  }
  const { lowerStylesheets } = await import('./styles.ts');
  const sheets = lowerStylesheets(sources, han);
  if (record) await keepCacheFile(record, JSON.stringify(sheets));
  return sheets;
}
