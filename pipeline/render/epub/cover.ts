/**
 * The cover image: an SVG with the title, issuer and date of the title block,
 * set in the book's typefaces and converted to outlines with fontkit, so it
 * needs no font, no browser and is byte-for-byte reproducible.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { keepCacheFile, moduleCodeHash, packageVersion } from '../../core/cache.ts';
import { fontkit, subsetFont, type Font, type PathCommand } from '../font-libraries.ts';
import type { Element } from 'xast';
import type { Lang, Publication } from '../../model/types.ts';
import type { Translate } from '../types.ts';
import { rangePredicate } from '../font-ranges.ts';
import { cssChunks, sourceFont, subsetSource, type FontFamilyName, type HanTag } from '../fonts.ts';
import { fontPackages, wholeScriptFile } from '../font-packages.ts';
import { hanFamilies } from '../../../templates/font-usage.ts';
import { chineseTag } from '../../model/script.ts';
import { x, xmlDocument } from './xml.ts';
import { reportDateText } from '../../../templates/components/report-date.ts';

const WIDTH = 1600;
const HEIGHT = 2400;
const MEASURE = 1240;
const RED = '#9e1b20';
const INK = '#2a2623';

/**
 * A cover's faces: Chinese and English, bold and regular; `-Hant` on the cover of a report in traditional characters,
 * whose Chinese (and any Han in its English) is drawn in Noto Serif TC.
 */
type Face = `${'zh' | 'en'}${'' | '-Hant'}-${'bold' | 'regular'}`;

/** The faces a cover whose Chinese is in `han` draws with: Chinese bold, Chinese regular, English bold, English regular. */
function coverFaces(han: HanTag | undefined): [Face, Face, Face, Face] {
  return han === 'zh-Hant' ? ['zh-Hant-bold', 'zh-Hant-regular', 'en-Hant-bold', 'en-Hant-regular'] : ['zh-bold', 'zh-regular', 'en-bold', 'en-regular'];
}

/** The Chinese face of a cover's face (the English faces' fallback): the serif of its script (font-usage.ts hanFamilies). */
function hanFamily(face: Face): FontFamilyName {
  return hanFamilies(face.includes('-Hant') ? 'zh-Hant' : 'zh-Hans').serif;
}

/** A family's @fontsource package, as `fontsource` opens it (`noto-serif-tc`). */
function packageOf(family: FontFamilyName): string {
  return fontPackages[family].replace(/^@fontsource\//u, '');
}

const require = createRequire(import.meta.url);
const fontCache = new Map<string, Font>();
const packageDirs = new Map<string, string>();

/** A @fontsource file's path (the package's folder resolved once: shaping asks for it at every candidate line). */
function fontsourceFile(pkg: string, file: string): string {
  let dir = packageDirs.get(pkg);
  if (!dir) {
    dir = path.dirname(require.resolve(`@fontsource/${pkg}/package.json`));
    packageDirs.set(pkg, dir);
  }
  return path.join(dir, 'files', file);
}

function fontsource(pkg: string, file: string): Font {
  const full = fontsourceFile(pkg, file);
  let font = fontCache.get(full);
  if (!font) {
    try {
      font = fontkit().openSync(full) as Font;
    } catch (error) {
      throw new Error(`Could not open the font ${full} for the EPUB cover; is @fontsource/${pkg} installed?`, { cause: error });
    }
    fontCache.set(full, font);
  }
  return font;
}

/** Opens a @fontsource file: `fontsource`, or (cachedCoverSvg) the file subset to the cover's characters. */
type OpenFont = (pkg: string, file: string) => Font;

/** The files of a face, in the order they are tried for each character (fontsource splits a family by script). */
function faceFiles(face: Face): Array<[pkg: string, file: string]> {
  const weight = face.endsWith('bold') ? 700 : 400;
  const family = hanFamily(face);
  const pkg = packageOf(family);
  const sc = [wholeScriptFile(family, weight, 'normal')!, `${pkg}-latin-${weight}-normal.woff2`].map((f): [string, string] => [pkg, f]);
  const latinWeight = weight === 700 ? 600 : 400;
  const latin = [`source-serif-4-latin-${latinWeight}-normal.woff2`, `source-serif-4-latin-ext-${latinWeight}-normal.woff2`].map((f): [string, string] => ['source-serif-4', f]);
  return face.startsWith('zh') ? [...sc, ...latin] : [...latin, ...sc];
}

function faces(face: Face, open: OpenFont): Font[] {
  return faceFiles(face).map(([pkg, file]) => open(pkg, file));
}

/** A Noto Serif package's numbered chunks at a weight, each with the unicode-range its package's CSS gives it (read once). */
const numbered = new Map<string, Array<{ file: string; covers: (cp: number) => boolean }>>();

function numberedChunks(pkg: string, weight: number): Array<{ file: string; covers: (cp: number) => boolean }> {
  let chunks = numbered.get(`${pkg}/${weight}`);
  if (!chunks) {
    const css = readFileSync(path.resolve(path.dirname(fontsourceFile(pkg, 'x')), '..', `${weight}.css`), 'utf8');
    chunks = cssChunks(css).flatMap(({ file, range }) => (range ? [{ file, covers: rangePredicate(range) }] : []));
    numbered.set(`${pkg}/${weight}`, chunks);
  }
  return chunks;
}

/**
 * The font for a character none of the face's files has (faceFiles): its Noto Serif's numbered chunk whose unicode-range
 * holds it — the whole-corpus sweep of stop 36: 二○二三's ○ (U+25CB, for 〇), in chunk 88, was drawn as a blank advance.
 */
function chunkFont(face: Face, cp: number, open: OpenFont): Font | undefined {
  const pkg = packageOf(hanFamily(face));
  const chunk = numberedChunks(pkg, face.endsWith('bold') ? 700 : 400).find((c) => c.covers(cp));
  const font = chunk && open(pkg, chunk.file);
  return font && maps(font, cp) ? font : undefined;
}

interface Shaped {
  d: string;
  width: number;
}

/**
 * Whether `font` maps `cp`. A file subset to none of the cover's characters (subsetOpener) has no cmap, and
 * fontkit throws on asking it; such a file maps nothing (whole-corpus sweep, stop 36: a title's 二○二三, U+25CB,
 * is in none of the first files, so the last was asked and the EPUB failed).
 */
function maps(font: Font, cp: number): boolean {
  try {
    return font.hasGlyphForCodePoint(cp);
  } catch {
    return false;
  }
}

/**
 * Outline one line of text at `size`, starting at x=0 on the baseline y=0; with
 * `outline: false` only its width (what line breaking asks for every candidate line:
 * the outlines and their path data were most of the cover's time).
 */
function shape(text: string, face: Face, size: number, open: OpenFont, outline = true): Shaped {
  const fonts = faces(face, open);
  const runs: Array<{ font: Font; text: string }> = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const font = fonts.find((f) => maps(f, cp)) ?? chunkFont(face, cp, open) ?? fonts[0];
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += ch;
    else runs.push({ font, text: ch });
  }
  let pen = 0;
  const parts: string[] = [];
  for (const run of runs) {
    const scale = size / run.font.unitsPerEm;
    const layout = run.font.layout(run.text);
    layout.glyphs.forEach((glyph, i) => {
      const pos = layout.positions[i];
      if (outline) parts.push(pathData(glyph.path.commands, scale, pen + pos.xOffset * scale, -pos.yOffset * scale));
      pen += pos.xAdvance * scale;
    });
  }
  return { d: parts.join(''), width: pen };
}

const r = (n: number) => String(Math.round(n * 10) / 10);

function pathData(commands: PathCommand[], scale: number, ox: number, oy: number): string {
  const pt = (ax: number, ay: number) => `${r(ox + ax * scale)} ${r(oy - ay * scale)}`;
  return commands
    .map((c) => {
      const a = c.args;
      switch (c.command) {
        case 'moveTo': return `M${pt(a[0], a[1])}`;
        case 'lineTo': return `L${pt(a[0], a[1])}`;
        case 'quadraticCurveTo': return `Q${pt(a[0], a[1])} ${pt(a[2], a[3])}`;
        case 'bezierCurveTo': return `C${pt(a[0], a[1])} ${pt(a[2], a[3])} ${pt(a[4], a[5])}`;
        default: return 'Z';
      }
    })
    .join('');
}

/** Greedy line breaking: Chinese may break between any two characters, English between words. */
function wrap(text: string, face: Face, size: number, open: OpenFont): string[] {
  const units = face.startsWith('zh') ? Array.from(text) : text.split(/(?<=\s)/);
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const candidate = line + unit;
    if (line && shape(candidate.trimEnd(), face, size, open, false).width > MEASURE && !/^[，。、：；）”]/.test(unit)) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

interface Line { text: string; face: Face; size: number; color: string; gap: number }

export interface CoverInput {
  pub: Publication;
  langs: Lang[];
  t: Record<Lang, Translate>;
  /** Accessible name of the image. */
  alt: string;
}

/** What a cover prints, as plain data (what the cover worker is sent): per language shown, its title, issuer and date. */
export interface CoverText {
  alt: string;
  /** The script of the Chinese (model/script.ts chineseTag): zh-Hant draws it in Noto Serif TC. */
  han: HanTag;
  langs: Array<{ lang: Lang; title: string; issuer?: string; date?: string }>;
}

/** The texts coverSvg prints: the languages with a title (or Chinese), the date as each language writes it. */
export function coverText(input: CoverInput): CoverText {
  const { pub, langs, t } = input;
  const meta = (lang: Lang) => (lang === 'zh' ? pub.meta.zh : pub.meta.en);
  const shown = langs.filter((lang) => meta(lang)?.title);
  const titleLangs = shown.length > 0 ? shown : (['zh'] as Lang[]);
  return {
    alt: input.alt,
    han: chineseTag(pub),
    langs: titleLangs.map((lang) => {
      const m = meta(lang)!;
      return { lang, title: m.title, issuer: m.issuer, date: reportDateText(pub, t[lang]) };
    }),
  };
}

export function coverSvg(input: CoverInput, open: OpenFont = fontsource): string {
  return drawCover(coverText(input), open);
}

/** The cover of `text`, its glyphs from the fonts `open` gives. */
export function drawCover(text: CoverText, open: OpenFont = fontsource): string {
  const lines: Line[] = [];
  const [zhBold, zhRegular, enBold, enRegular] = coverFaces(text.han);
  for (const { lang, title } of text.langs) {
    const zh = lang === 'zh';
    const size = zh ? 118 : 66;
    for (const line of wrap(title, zh ? zhBold : enBold, size, open)) {
      lines.push({ text: line, face: zh ? zhBold : enBold, size, color: zh ? RED : INK, gap: size * 1.45 });
    }
    lines[lines.length - 1].gap += zh ? 60 : 40;
  }
  const foot: Line[] = [];
  for (const { lang, issuer, date } of text.langs) {
    const zh = lang === 'zh';
    for (const part of [issuer, date]) {
      if (part) for (const l of wrap(part, zh ? zhRegular : enRegular, zh ? 50 : 42, open)) foot.push({ text: l, face: zh ? zhRegular : enRegular, size: zh ? 50 : 42, color: INK, gap: (zh ? 50 : 42) * 1.6 });
    }
  }
  const paths: Element[] = [];
  const place = (list: Line[], top: number) => {
    let y = top;
    for (const line of list) {
      y += line.size;
      const shaped = shape(line.text, line.face, line.size, open);
      const x0 = (WIDTH - shaped.width) / 2;
      paths.push(x('path', { fill: line.color, transform: `translate(${r(x0)} ${r(y)})`, d: shaped.d }));
      y += line.gap - line.size;
    }
    return y;
  };
  place(lines, 560);
  const footHeight = foot.reduce((sum, l) => sum + l.gap, 0);
  place(foot, HEIGHT - 260 - footHeight);

  const svg = x(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', version: '1.1', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: String(WIDTH), height: String(HEIGHT), role: 'img', 'aria-labelledby': 'cover-title' },
    x('title', { id: 'cover-title' }, text.alt),
    x('rect', { width: String(WIDTH), height: String(HEIGHT), fill: '#fbf8f1' }),
    x('rect', { x: '0', y: '0', width: String(WIDTH), height: '48', fill: RED }),
    x('rect', { x: '180', y: '420', width: String(WIDTH - 360), height: '6', fill: RED }),
    x('rect', { x: '180', y: String(HEIGHT - 200), width: String(WIDTH - 360), height: '3', fill: RED }),
    ...paths,
  );
  return xmlDocument(svg);
}

const coverMemory = new Map<string, string>();


/**
 * Every face's files subset to `text` (HarfBuzz, TrueType out; the CJK files read
 * from their WOFF twins, render/fonts.ts subsetSource). fontkit decodes a WOFF2
 * with a JavaScript brotli: the whole CJK face cost ~0.8 s per cover, the four
 * Latin files ~0.1 s; their subsets a few ms each. The outlines, advances, cmap
 * and layout tables of the characters kept are the subset's as they were, so the
 * cover is the same, byte for byte (test/epub-units.test.ts compares it with
 * coverSvg on the whole fonts).
 */
export async function subsetOpener(text: string, han?: HanTag): Promise<OpenFont> {
  const subsets = new Map<string, Font>();
  const files = new Map(coverFaces(han).flatMap(faceFiles).map(([pkg, file]) => [file, pkg]));
  // Every file read (and the CJK twins unpacked on the thread pool) at once; HarfBuzz then subsets them one by one.
  const sources = await Promise.all([...files].map(async ([file, pkg]) => [file, await sourceFont(await subsetSource(fontsourceFile(pkg, file)))] as const));
  for (const [file, source] of sources) {
    const data = await subsetFont(source, text, { targetFormat: 'truetype' });
    subsets.set(file, fontkit().create(Buffer.from(data)) as Font);
  }
  return (pkg, file) => subsets.get(file) ?? fontsource(pkg, file);
}

/**
 * What a cover is drawn from, hashed for its cache key: the fields it prints, the fonts' versions, the font
 * libraries that draw it (fontkit: the outlines; subset-font: the subsets they are read from) and this file's code.
 * Exported for tests.
 */
export function coverKeyMaterial(input: CoverInput, fields: unknown): string {
  const versions = [hanFamilies('zh-Hans').serif, hanFamilies('zh-Hant').serif, 'Source Serif 4' as const].map((family) => (require(`${fontPackages[family]}/package.json`) as { version: string }).version);
  const libraries = ['fontkit', 'subset-font'].map((pkg) => `${pkg}@${packageVersion(pkg)}`);
  return JSON.stringify({ fields, zh: input.pub.meta.zh.title, han: chineseTag(input.pub), alt: input.alt, versions, libraries, code: moduleCodeHash(import.meta.url) });
}

/**
 * coverSvg, cached by what it draws (the cover only changes with the title,
 * issuer, date or this file's code), drawn from fonts subset to its text.
 */
export async function cachedCoverSvg(input: CoverInput, cacheDir?: string): Promise<string> {
  const { pub, langs, t } = input;
  const fields = langs.map((lang) => {
    const m = lang === 'zh' ? pub.meta.zh : pub.meta.en;
    return [lang, m?.title, m?.issuer, reportDateText(pub, t[lang])];
  });
  const key = createHash('sha256').update(coverKeyMaterial(input, fields)).digest('hex').slice(0, 40);
  const known = coverMemory.get(key);
  if (known) return known;
  const file = cacheDir ? path.join(cacheDir, 'covers', `${key}.svg`) : undefined;
  let svg: string | undefined;
  if (file) {
    try {
      svg = readFileSync(file, 'utf8');
    } catch {
      /* not cached yet */
    }
  }
  if (!svg) {
    svg = await drawCoverApart(coverText(input), JSON.stringify(fields));
    if (file) await keepCacheFile(file, svg);
  }
  coverMemory.set(key, svg);
  return svg;
}

/**
 * drawCover from fonts subset to `characters`, on a worker thread when the code runs compiled
 * (cover-worker.ts; the TypeScript sources, under the tests, draw it here). The cover is most of the
 * cold EPUB's font work that the book does not share — fontkit's loading (~0.12 s), the cover's
 * subsets and its drawing — and needs only its texts: apart, it is drawn on the second core while
 * this thread composes and serializes the book. Drawn here if the worker cannot run.
 */
export async function drawCoverApart(text: CoverText, characters: string): Promise<string> {
  const here = async () => drawCover(text, await subsetOpener(characters, text.han));
  const workerFile = new URL('./cover-worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.js')) return here();
  try {
    return await new Promise<string>((resolve, reject) => {
      const worker = new Worker(workerFile, { workerData: { text, characters } satisfies CoverJob });
      worker.once('message', (svg: string) => resolve(svg));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the cover worker stopped (exit code ${code})`)));
    });
  } catch {
    return here();
  }
}

/** What cover-worker.ts is given. */
export interface CoverJob {
  text: CoverText;
  characters: string;
}
