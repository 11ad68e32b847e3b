/**
 * Characters no font of the editions draws, told before any rendering (`no-glyph`, a warning: a strict build fails
 * on it). The editions set a report in their own faces (templates/font-usage.ts, render/fonts.ts); a character none of
 * them has — a rare Han character of a name or a place (镩, an extension-B one), a Roman numeral (Ⅲ), an emoji — is
 * drawn by whatever font the reader's system has, the PDF's by the build machine's, or as an empty box, and nothing
 * said so. Each is told at its first place in zh.md or en.md, with how many times it occurs.
 *
 * Every build checks every report, a no-op rebuild too, so the answer is kept: the report's characters beyond
 * printable ASCII and the fonts (their packages' versions, the coverage code) make its key, and the faces' coverage
 * (~0.3 s to read) is read only when that set is new.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { glyphCandidates } from '../render/font-ranges.ts';
import { fontPackages } from '../render/font-packages.ts';
import { drawingFamilies, type HanTag } from '../../templates/font-usage.ts';
import { keepCacheFile, moduleCodeHash, packageVersion, siblingModule } from './cache.ts';

/** The fonts' identity in a kept answer's key: their packages' versions and the code that reads their coverage. */
let fontsIdentity: string | undefined;
function fontsKey(): string {
  fontsIdentity ??= [
    ...Object.values(fontPackages).map((pkg) => `${pkg}@${packageVersion(pkg)}`),
    moduleCodeHash(new URL(`../render/fonts${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url), siblingModule(import.meta.url, 'glyphs')),
  ].join('\0');
  return fontsIdentity;
}

/** The characters of `text` no face draws: kept under `cacheDir` (glyphs/<key>.json), else read from the faces. */
async function keptWithoutGlyph(candidates: readonly number[], han: HanTag, cacheDir: string | undefined): Promise<string[]> {
  if (candidates.length === 0) return [];
  const key = createHash('sha256').update(`${han}\0${fontsKey()}\0${candidates.join(',')}`).digest('hex').slice(0, 40);
  const kept = cacheDir ? path.join(cacheDir, 'glyphs', `${key}.json`) : undefined;
  if (kept) {
    const answer = await readFile(kept, 'utf8').then((text) => JSON.parse(text) as unknown).catch(() => undefined);
    if (Array.isArray(answer) && answer.every((c) => typeof c === 'string')) return answer as string[];
  }
  const fonts = await import('../render/fonts.ts');
  const missing = await fonts.withoutGlyph(candidates, han, cacheDir);
  if (kept) await keepCacheFile(kept, JSON.stringify(missing));
  return missing;
}

/** `no-glyph` warnings on `files` (zh.md, en.md) for each character no face of the editions draws. */
export async function reportCharactersWithoutGlyph(files: readonly VFile[], han: HanTag, cacheDir?: string): Promise<number> {
  const texts = files.map((file) => String(file.value));
  const missing = await keptWithoutGlyph(glyphCandidates(texts.join('\n')), han, cacheDir);
  for (const char of missing) {
    const at = texts.findIndex((text) => text.includes(char));
    if (at < 0) continue;
    const text = texts[at];
    const times = texts.reduce((n, each) => n + each.split(char).length - 1, 0);
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    files[at].message(
      `Unexpected character “${char}” (${code}${times > 1 ? `, ${times} times` : ''}) that no font of the editions draws (${drawingFamilies(han).join(', ')}): the HTML and the EPUB show it in the reader's own font, the PDF in this machine's, or as an empty box — ${/\p{Script=Han}/u.test(char) ? 'a Han character their files do not carry: check the PDF where it stands' : 'write it otherwise if it has another form, else check the PDF where it stands'}`,
      { place: location(files[at]).toPoint(text.indexOf(char)), ruleId: 'no-glyph', source: 'build' },
    ).fatal = false;
  }
  return missing.length;
}
