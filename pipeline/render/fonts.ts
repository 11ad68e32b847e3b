/**
 * Font subsetting shared by the three editions. The @fontsource packages ship
 * woff2 chunks split by unicode-range; for each requested face we pick the chunks
 * holding characters actually used, subset each one to exactly those characters
 * (subset-font / HarfBuzz, TrueType outlines kept so Chromium embeds CID TrueType
 * in PDFs; WOFF2 for the HTML edition, woff2.ts) and emit @font-face rules with
 * the matching unicode-range. HarfBuzz reads each CJK face's big file from its
 * WOFF 1.0 twin, unpacked with Node's zlib (woff.ts, subsetSource): the same font
 * as the WOFF2, without a whole-font brotli decode in WebAssembly.
 * Same text in → same bytes out (file names carry a content hash).
 *
 * Subsetting is still a good part of the HTML and EPUB render time, so each
 * subset is cached: in memory for the process (the dev server, the EPUB after
 * the HTML) and, given `cacheDir`, on disk across builds (`.cache/duizhao/fonts/`).
 * The key is the font file (package, version, file), the exact characters, the
 * subsetter's version and the output encoder: an edit that brings no new
 * character reuses every subset; one that does re-subsets only that face.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { installCacheDir, keepCacheFile, moduleCodeHash, packageVersion, recallPromise, siblingModule } from '../core/cache.ts';
import { fontkit, subsetFont, subsetterVersion, type Font } from './font-libraries.ts';
import { fontPackages, wholeScriptFile } from './font-packages.ts';
import { isWoff, sameFont, woffToSfnt } from './woff.ts';
import { sfntToWoff2, woff2Encoder } from './woff2.ts';
import { codePointsOf, firstScreenParts, glyphCandidates, rangePredicate, spanningRange, unicodeRange } from './font-ranges.ts';

export { unicodeRange } from './font-ranges.ts';

import { drawingFamilies, hanFamilies, symbolsFamily, type FontFamilyName, type FontRequest, type FontStyle, type FontWeight, type HanTag } from '../../templates/font-usage.ts';

// The templates choose the faces (font-usage.ts owns these types); this module finds and subsets them.
export type { FontFamilyName, FontRequest, FontStyle, FontWeight, HanTag };

/**
 * Every face the stylesheets use (base.css, print.css) for a document whose Chinese is in `han`: what the print page
 * subsets and the dev server preloads. The Chinese faces are the script's (font-usage.ts hanFamilies).
 */
export function facesFor(han: HanTag = 'zh-Hans'): ReadonlyArray<{ family: FontFamilyName; weight: FontWeight; style: FontStyle }> {
  const { serif, sans } = hanFamilies(han);
  return [
    { family: serif, weight: 400, style: 'normal' },
    { family: serif, weight: 700, style: 'normal' },
    { family: sans, weight: 400, style: 'normal' },
    { family: sans, weight: 700, style: 'normal' },
    { family: 'Source Serif 4', weight: 400, style: 'normal' },
    { family: 'Source Serif 4', weight: 400, style: 'italic' },
    { family: 'Source Serif 4', weight: 600, style: 'normal' },
    { family: 'Source Serif 4', weight: 700, style: 'normal' },
    { family: 'Source Sans 3', weight: 400, style: 'normal' },
    { family: 'Source Sans 3', weight: 600, style: 'normal' },
    { family: 'Source Sans 3', weight: 700, style: 'normal' },
  ];
}

/**
 * The symbols face's, for what the Chinese faces lack (font-usage.ts symbolsFamily): not among facesFor's, which the
 * print page gives every character — it would set Latin and punctuation the Chinese faces lack in it before Source
 * Serif 4. A request is given it only what mergeRequests routes to it.
 */
const symbolsFaces = [
  { family: symbolsFamily, weight: 400, style: 'normal' },
  { family: symbolsFamily, weight: 700, style: 'normal' },
] as const;

export interface SubsetFile {
  /** File name, e.g. `noto-serif-sc-400-normal-12-1a2b3c4d.woff2`. */
  name: string;
  data: Buffer;
  family: FontFamilyName;
  weight: FontWeight;
  style: FontStyle;
  /** Characters in this file. */
  characters: string;
}

/** A subset decided (its name, face and characters), made when `data` is first called. */
export type PlannedSubset = Omit<SubsetFile, 'data'> & { data: () => Promise<Buffer> };

export interface SubsetPlan {
  /** @font-face rules; `src` is `<urlPrefix><name>`. */
  css: string;
  files: PlannedSubset[];
  /**
   * Gets ready what making the files will take, making none: the source of each face a file not yet made
   * (in memory or on disk) is cut from — a CJK face's WOFF twin unpacked on the thread pool — and HarfBuzz,
   * loaded and compiled on a subset of nothing. Nothing when every file is kept (a build whose subsets are
   * cached loads no font library). The print page calls it while Chromium opens the tab that will ask for
   * the files (render/pdf/index.ts): in a cold build, ~0.3 s of CPU out of the time the tab waits for them.
   */
  readAhead(): Promise<void>;
}

export interface SubsetResult {
  /** @font-face rules; `src` is `<urlPrefix><name>`. */
  css: string;
  files: SubsetFile[];
  /** Total bytes of all files. */
  bytes: number;
}

export interface SubsetOptions {
  /** Prefix of each font URL in the CSS, relative to the stylesheet. Default `fonts/`. */
  urlPrefix?: string;
  /** `font-display` value. Default `swap`. */
  display?: string;
  /** Output format. Default `woff2`. */
  format?: SubsetFormat;
  /** Folder for subsets kept across builds (e.g. `.cache/duizhao`); without it only the in-memory cache is used. */
  cacheDir?: string;
  /**
   * The HTML page's two economies (default off: the EPUB and the print page keep one file and exact ranges).
   * `compactRanges`: each rule's unicode-range spans the gaps between the page's own characters (a
   * character the page does not show cannot pick a face), so a CJK face's rule names a few ranges where
   * it listed every character (~16 KB of a whole report's style.css). `firstScreen`: the requests of
   * the page's first screen (the start of the page, render/html/assets.ts): a face subset from one
   * whole-face file (the CJK faces) is cut in two — the characters those requests give that face, and
   * the others — so a browser that lays out only the first screen (screen.css content-visibility)
   * downloads the first file only; app.js loads the others once the page has loaded.
   */
  compactRanges?: boolean;
  firstScreen?: readonly FontRequest[];
}

interface Chunk {
  /** The file subset: the package's WOFF2, or its WOFF 1.0 twin (subsetSource). */
  file: string;
  /** The CJK face's one file with all of simplified Chinese (what `firstScreen` cuts in two). */
  whole?: boolean;
  id: string;
  /** What identifies the file's content in cache keys: package@version/<chunk>, or package@version/files/<file> for a twin. */
  identity: string;
  covers: (cp: number) => boolean;
}

const require = createRequire(import.meta.url);

/**
 * `woff2` for what the HTML edition's readers download (woff2.ts: the glyf transform and
 * Node's brotli at quality 5, not subset-font's wawoff2 at quality 11, ~1 s CPU for the
 * Haidian page's fonts); `truetype` for the EPUB and the print page.
 */
export type SubsetFormat = 'woff2' | 'truetype';
const extensions: Record<SubsetFormat, string> = { woff2: 'woff2', truetype: 'ttf' };
/** What makes each format's bytes, for cache keys. */
const encoders: Record<SubsetFormat, string> = { woff2: woff2Encoder, truetype: 'truetype' };
const chunkCache = new Map<string, Promise<Chunk[]>>();
/** In-memory subsets of this process, most recently used last (bounded: the dev server runs for hours). */
const memory = new Map<string, Promise<Buffer>>();
const MEMORY_ENTRIES = 96;
/** WOFF twins unpacked to sfnt (sourceFont), most recently used last: the four CJK faces, ~3.5 MB each. */
const unpacked = new Map<string, Promise<Buffer>>();
const UNPACKED_ENTRIES = 4;

/**
 * A font package's CSS (@fontsource's `400.css` …): each @font-face rule's woff2 file (under `files/`) and its
 * unicode-range, in the order listed. Read here for the faces' chunks, and by the EPUB cover for a character its
 * faces' first files lack.
 */
export function cssChunks(css: string): Array<{ file: string; range?: string }> {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap((match) => {
    const src = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(match[1]);
    if (!src) return [];
    const range = /unicode-range:\s*([^;]+);/.exec(match[1]);
    return [{ file: src[1], ...(range ? { range: range[1] } : {}) }];
  });
}

/** Chunks of one face, in the order the package's CSS lists them. */
function chunksOf(family: FontFamilyName, weight: FontWeight, style: FontStyle, cacheDir?: string): Promise<Chunk[]> {
  const key = `${family}|${weight}|${style}`;
  let chunks = chunkCache.get(key);
  if (!chunks) {
    chunks = (async () => {
      const manifest = require.resolve(`${fontPackages[family]}/package.json`);
      const dir = path.dirname(manifest);
      const pkg = `${fontPackages[family]}@${(require(manifest) as { version: string }).version}`;
      const cssPath = path.join(dir, `${weight}${style === 'italic' ? '-italic' : ''}.css`);
      const css = await readFile(cssPath, 'utf8').catch((error: Error) => {
        throw new Error(`Could not read the font faces of ${family} ${weight} ${style} from ${cssPath}: ${error.message}`, { cause: error });
      });
      const numbered: Chunk[] = cssChunks(css).map(({ file, range }) => {
        const id = path.basename(file, '.woff2');
        return { file: path.join(dir, 'files', file), id, identity: `${pkg}/${id}`, covers: range ? rangePredicate(range) : () => true };
      });
      // The CJK packages also ship one file with all of simplified Chinese (~8,000 characters; the TC faces: of
      // traditional Chinese). Subsetting that one file gives one font file per face instead of one per numbered
      // chunk (each file costs ~1 KB of tables on top of its glyphs). Coverage is read from its cmap.
      const name = wholeScriptFile(family, weight, style);
      const whole = name && path.join(dir, 'files', name);
      if (!whole || !existsSync(whole)) return numbered;
      const { file, covered } = await wholeFace(whole, `${pkg}/files/${path.basename(whole)}`, cacheDir);
      const id = path.basename(whole, '.woff2');
      const wholeScriptChunk: Chunk = { file, whole: true, id, identity: `${pkg}/files/${path.basename(file)}`, covers: (cp) => covered.has(cp) };
      return [wholeScriptChunk, ...numbered];
    })();
    chunkCache.set(key, chunks);
  }
  return chunks;
}

/**
 * Where the install keeps its faces' coverage records: `node_modules/.cache/duizhao/` beside
 * the font packages (the folder npm tools keep their caches in), so that a new project's
 * first build does not read the CJK faces' cmaps again (fontkit's loading and four ~3.5 MB
 * fonts unpacked: ~0.3 s of Node's thread before the first PDF can lay out). A record is the
 * installed font's, keyed by it (faceRecordKey). `DUIZHAO_FACE_INDEX` names another folder.
 */
function faceIndexOf(fontFile: string): string | undefined {
  return process.env.DUIZHAO_FACE_INDEX || installCacheDir(fontFile);
}

/**
 * A CJK face's whole file: the file HarfBuzz reads for it (subsetSource) and the code points
 * its cmap maps. Read from the font once (the WOFF twin unpacked with Node's zlib, ~25 ms, and
 * its cmap read with fontkit, which decodes a WOFF2 with a JavaScript brotli) and kept, given
 * `cacheDir`, in `fonts/face-<key>.json`: a later build whose subsets are cached reads no font
 * file and never loads fontkit (~0.3 s of a one-paragraph edit). The key: faceRecordKey.
 */
async function wholeFace(whole: string, identity: string, cacheDir: string | undefined): Promise<{ file: string; covered: Set<number> }> {
  const twin = twinOf(whole);
  const key = createHash('sha256').update(await faceRecordKey(whole, identity)).digest('hex').slice(0, 40);
  // The install's record first (a new project's first build has none of its own), then the project's.
  const records = [faceIndexOf(whole), cacheDir && path.join(cacheDir, 'fonts')].filter((dir): dir is string => Boolean(dir)).map((dir) => path.join(dir, `face-${key}.json`));
  for (const record of records) {
    const kept = await readFile(record, 'utf8').then((text) => JSON.parse(text) as { file?: unknown; ranges?: unknown }).catch(() => undefined);
    if (kept && typeof kept.file === 'string' && Array.isArray(kept.ranges) && (kept.file === path.basename(whole) || kept.file === path.basename(twin))) {
      const covered = new Set<number>();
      const ranges = kept.ranges as number[];
      for (let i = 0; i + 1 < ranges.length; i += 2) for (let cp = ranges[i]; cp <= ranges[i + 1]; cp += 1) covered.add(cp);
      return { file: path.join(path.dirname(whole), kept.file), covered };
    }
  }
  const file = await subsetSource(whole);
  const font = fontkit().create(file === whole ? await readFile(file) : await sourceFont(file)) as Font;
  const codePoints = [...new Set(font.characterSet)].sort((a, b) => a - b);
  const ranges: number[] = [];
  for (const cp of codePoints) {
    if (ranges.length > 0 && ranges[ranges.length - 1] === cp - 1) ranges[ranges.length - 1] = cp;
    else ranges.push(cp, cp);
  }
  const record = JSON.stringify({ file: path.basename(file), ranges });
  await Promise.all(records.map((kept) => keepCacheFile(kept, record)));
  return { file, covered: new Set(codePoints) };
}

/**
 * What a face's kept coverage (wholeFace) is made from, hashed for its key: the file's identity and the
 * sizes of the file and its twin, and what reads them — fontkit (the cmap; its version) and woff.ts (whether
 * the twin is the same font, and its unpacking; its code). Exported for tests.
 */
export async function faceRecordKey(whole: string, identity: string): Promise<string> {
  const twin = twinOf(whole);
  const sizes = await Promise.all([whole, twin].map((file) => stat(file).then((s) => s.size, () => -1)));
  return [identity, ...sizes, `fontkit@${packageVersion('fontkit')}`, faceReaderCode()].join('\0');
}

let faceReader: string | undefined;

/** The hash of woff.ts (woff.js in the compiled tree), read once. */
function faceReaderCode(): string {
  return (faceReader ??= moduleCodeHash(siblingModule(import.meta.url, 'woff')));
}

/** The WOFF 1.0 file a @fontsource WOFF2 may have beside it (its twin: subsetSource). */
function twinOf(woff2: string): string {
  return woff2.replace(/\.woff2$/, '.woff');
}

/**
 * What HarfBuzz should read for a @fontsource WOFF2 file: its WOFF 1.0 twin when
 * the package ships one that is the same font (woff.ts, sameFont: the CJK
 * `chinese-simplified` files, several MB each), else the WOFF2 itself (the
 * numbered and Latin chunks, tens of KB, whose twins are another build).
 */
export async function subsetSource(woff2: string): Promise<string> {
  const twin = twinOf(woff2);
  if (twin === woff2 || !existsSync(twin)) return woff2;
  const [a, b] = await Promise.all([readFile(twin), readFile(woff2)]);
  return sameFont(a, b) ? twin : woff2;
}

/**
 * A font file as HarfBuzz takes it: a WOFF 1.0 unpacked to its sfnt with Node's
 * zlib (~25 ms for a CJK face, where subset-font would brotli-decode a WOFF2 in
 * WebAssembly, ~300 ms, or inflate a WOFF in JavaScript); other formats as read.
 */
export function sourceFont(file: string): Promise<Buffer> {
  const unpack = (data: Buffer) => (isWoff(data) ? woffToSfnt(data, file) : data);
  // Only the WOFF twins are kept: the WOFF2 chunks are small and would push them out.
  if (!file.endsWith('.woff')) return readFile(file).then(unpack);
  // Kept for the next subset of the same face (the EPUB's, its cover's, the print page's): a few, most recent last.
  return recallPromise(unpacked, UNPACKED_ENTRIES, file, () => readFile(file).then(unpack));
}


/** Subset every requested face to its text. Requests for the same face are merged. */
export async function subsetFonts(requests: readonly FontRequest[], options: Readonly<SubsetOptions> = {}): Promise<SubsetResult> {
  const plan = await planSubsets(requests, options);
  const files: SubsetFile[] = [];
  for (const { data, ...file } of plan.files) files.push({ ...file, data: await data() });
  return { css: plan.css, files, bytes: files.reduce((sum, f) => sum + f.data.length, 0) };
}

/**
 * Which subset files the requests need (names, faces, characters and the CSS), without
 * making any: each is made when its `data` is first called. The print page makes only
 * those Chromium asks for (16 of Haidian's 50: a face's small chunks hold characters
 * that are always kept but seldom set).
 */
export async function planSubsets(requests: readonly FontRequest[], options: Readonly<SubsetOptions> = {}): Promise<SubsetPlan> {
  const urlPrefix = options.urlPrefix ?? 'fonts/';
  const merged = await mergeRequests(requests, options.cacheDir);
  const early = options.firstScreen && (await mergeRequests(options.firstScreen, options.cacheDir));
  // Every face's chunks at once: the CJK faces' WOFF twins unpack on the thread pool together (woff.ts).
  await Promise.all([...merged.values()].map((request) => chunksOf(request.family, request.weight, request.style ?? 'normal', options.cacheDir)));
  const files: PlannedSubset[] = [];
  /** What each file is cut from (readAhead). */
  const sources: Array<{ chunk: Chunk; characters: string; format: SubsetFormat }> = [];
  const rules: string[] = [];
  // Every character the page shows, in any face (compactRanges: the gaps between them are free).
  const shown = options.compactRanges ? codePointsOf([...merged.values()].map((request) => request.text).join('')) : undefined;
  for (const key of [...merged.keys()].sort()) {
    const request = merged.get(key)!;
    const style = request.style ?? 'normal';
    let remaining = codePointsOf(request.text);
    for (const chunk of await chunksOf(request.family, request.weight, style, options.cacheDir)) {
      if (remaining.length === 0) break;
      const used = remaining.filter((cp) => chunk.covers(cp));
      if (used.length === 0) continue;
      remaining = remaining.filter((cp) => !chunk.covers(cp));
      const parts = chunk.whole && early ? firstScreenParts(used, early.get(key)?.text ?? '') : [used];
      for (const part of parts) {
        const characters = String.fromCodePoint(...part);
        const format = options.format ?? 'woff2';
        let made: Promise<Buffer> | undefined;
        const data = () => (made ??= subsetChunk(chunk, characters, format, options.cacheDir));
        sources.push({ chunk, characters, format });
        const hash = createHash('sha256').update(characters).digest('hex').slice(0, 8);
        const name = `${chunk.id}-${hash}.${extensions[format]}`;
        files.push({ name, data, family: request.family, weight: request.weight, style, characters });
        rules.push(
          `@font-face{font-family:"${request.family}";font-style:${style};font-weight:${request.weight};font-display:${options.display ?? 'swap'};` +
            `src:url("${urlPrefix}${name}") format("${format}");unicode-range:${shown ? spanningRange(part, shown) : unicodeRange(part)}}`,
        );
      }
    }
  }
  const readAhead = async (): Promise<void> => {
    const kept = await Promise.all(sources.map(({ chunk, characters, format }) => isKept(subsetKey(chunk, characters, format), format, options.cacheDir)));
    const missing = sources.filter((_, n) => !kept[n]);
    if (missing.length === 0) return;
    const unpacking = [...new Set(missing.filter(({ chunk }) => chunk.whole).map(({ chunk }) => chunk.file))].map((file) => sourceFont(file));
    // HarfBuzz meanwhile on Node's thread; from a WOFF2 chunk when one is missing, so that its decoder loads too.
    const small = missing.find(({ chunk }) => !chunk.whole);
    const font = small ? await readFile(small.chunk.file) : await unpacking[0];
    await subsetFont(font, '', { targetFormat: 'truetype' });
    await Promise.all(unpacking);
  };
  return { css: rules.join('\n') + '\n', files, readAhead };
}

/** A Han character (the unified ideographs and their extensions, the compatibility ideographs): what a TC face may lack. */
const isHanCodePoint = (cp: number) => (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3ffff);
/** The face of simplified forms that sets what a face of traditional forms lacks. */
const simplifiedFace: Partial<Record<FontFamilyName, FontFamilyName>> = { 'Noto Serif TC': 'Noto Serif SC', 'Noto Sans TC': 'Noto Sans SC' };

/**
 * The code points of `codePoints` a face does not draw: beyond its whole-script file's cmap (a face with one), and not in
 * the cmap of the numbered chunk whose range holds them (a chunk's unicode-range is a
 * block: 标 U+6807 and ⑲ U+2473 lie within the ranges of files that have no glyph for them). A code point beyond the whole
 * file (any, for a face without one) reads the coverage of its chunk (chunkCoverage), so mergeRequests asks only about
 * those another face might draw.
 */
async function lackedBy(family: FontFamilyName, weight: FontWeight, style: FontStyle, codePoints: readonly number[], cacheDir: string | undefined): Promise<number[]> {
  if (codePoints.length === 0) return [];
  const chunks = await chunksOf(family, weight, style, cacheDir);
  const whole = chunks.find((chunk) => chunk.whole);
  const beyond = whole ? codePoints.filter((cp) => !whole.covers(cp)) : codePoints;
  if (beyond.length === 0) return [];
  const holding = chunks.filter((chunk) => !chunk.whole && beyond.some((cp) => chunk.covers(cp)));
  const drawnBy = await Promise.all(holding.map((chunk) => chunkCoverage(chunk, cacheDir)));
  return beyond.filter((cp) => !holding.some((chunk, n) => chunk.covers(cp) && (drawnBy[n]?.has(cp) ?? true)));
}

/**
 * The code points a numbered chunk's cmap maps, kept as a whole file's are (wholeFace: the install's record, then the
 * project's), so that a report with ● or ⑲ in it does not load fontkit in every build to ask its chunk (~0.3 s).
 */
const chunkCoverages = new Map<string, Promise<Set<number> | undefined>>();
function chunkCoverage(chunk: Chunk, cacheDir: string | undefined): Promise<Set<number> | undefined> {
  let coverage = chunkCoverages.get(chunk.file);
  // a chunk whose cmap cannot be read is taken at its range's word (undefined), as the subsetting takes it
  if (!coverage) chunkCoverages.set(chunk.file, (coverage = wholeFace(chunk.file, chunk.identity, cacheDir).then(({ covered }) => covered, () => undefined)));
  return coverage;
}

/** Requests for the same face merged (family, weight, style), each fallback's share added to its face. */
async function mergeRequests(requests: readonly FontRequest[], cacheDir: string | undefined): Promise<Map<string, FontRequest>> {
  const merged = new Map<string, FontRequest>();
  const add = (request: FontRequest) => {
    const style = request.style ?? 'normal';
    const key = `${request.family}|${request.weight}|${style}`;
    const previous = merged.get(key);
    merged.set(key, { family: request.family, weight: request.weight, style, text: (previous?.text ?? '') + request.text });
  };
  // the symbols face's own blocks (Number Forms, Enclosed Alphanumerics …), not its Latin chunks: Latin and punctuation a
  // Chinese face lacks are Source Serif 4's, after it in the stacks
  const symbolChunks = (await chunksOf(symbolsFamily, 400, 'normal', cacheDir)).filter((chunk) => !/-latin(?:-ext)?-\d/.test(chunk.id));
  // A Chinese face's request, and the shares of what it lacks: (new user round 37) a face of traditional forms lacks the
  // simplified-only characters (标, 题, 为, 译 …): a scope note written in simplified in a report in traditional
  // characters printed blanks where they stood, in the HTML, the EPUB and the PDF, and no build message said so. What a
  // TC face lacks is set in its SC face (base.css lists it after the TC face). (stop 59) No Noto CJK face draws a Roman
  // numeral (地表水Ⅲ类) or ⑲: the reader's system drew them, the PDF in this machine's DejaVu. What the Chinese faces lack
  // and the symbols face's ranges hold is set in it (base.css: last of each Chinese stack).
  const addCovered = async (request: FontRequest) => {
    add(request);
    if (request.family === symbolsFamily) return;
    const style = request.style ?? 'normal';
    const simplified = simplifiedFace[request.family];
    // asked: a Han character when an SC face may draw it, another when the symbols face may (its ranges)
    const asked = codePointsOf(request.text).filter((cp) => (isHanCodePoint(cp) ? simplified !== undefined : symbolChunks.some((chunk) => chunk.covers(cp))));
    let lacks = await lackedBy(request.family, request.weight, style, asked, cacheDir);
    if (lacks.length === 0) return;
    if (simplified) {
      const other = await chunksOf(simplified, request.weight, style, cacheDir);
      const drawn = lacks.filter((cp) => isHanCodePoint(cp) && other.some((chunk) => chunk.covers(cp)));
      if (drawn.length > 0) add({ family: simplified, weight: request.weight, style, text: String.fromCodePoint(...drawn) });
      lacks = await lackedBy(simplified, request.weight, style, lacks.filter((cp) => !isHanCodePoint(cp)), cacheDir);
    }
    const symbols = lacks.filter((cp) => !isHanCodePoint(cp));
    if (symbols.length > 0) add({ family: symbolsFamily, weight: request.weight, style: 'normal', text: String.fromCodePoint(...symbols) });
  };
  for (const request of requests) {
    if (!request.fallback) {
      await addCovered(request);
      continue;
    }
    const chunks = await chunksOf(request.family, request.weight, request.style ?? 'normal', cacheDir);
    const missing = codePointsOf(request.text).filter((cp) => !chunks.some((chunk) => chunk.covers(cp)));
    add(request);
    if (missing.length > 0) await addCovered({ ...request.fallback, text: String.fromCodePoint(...missing) });
  }
  return merged;
}

/**
 * The characters of `text` that no face of the editions draws (font-usage.ts drawingFamilies: the Chinese faces of the report's script, the
 * SC faces after the TC ones, Source Serif 4 and Source Sans 3, Noto Sans Symbols), each once, in text order. Such a character is set
 * in whatever font the reader's system has for it — in the PDF, the build machine's — or as an empty box: a rare
 * character of a name or a place (an extension-B Han character), an emoji, a symbol. Read from each face's chunks
 * (their unicode-range, and the cmap of a chunk whose range holds it), as the subsetting reads them, so it costs no
 * font file a build does not read anyway.
 */
export function charactersWithoutGlyph(text: string, han: HanTag = 'zh-Hans', cacheDir?: string): Promise<string[]> {
  return withoutGlyph(glyphCandidates(text), han, cacheDir);
}

/** charactersWithoutGlyph of code points already chosen (font-ranges.ts glyphCandidates: core/glyphs.ts keys its kept answer by them). */
export async function withoutGlyph(candidates: readonly number[], han: HanTag = 'zh-Hans', cacheDir?: string): Promise<string[]> {
  if (candidates.length === 0) return [];
  // drawingFamilies' faces, in each weight and style the stylesheets use (a TC document's SC faces are facesFor('zh-Hans')'s)
  const families = drawingFamilies(han);
  const faces = new Map([...facesFor(han), ...facesFor('zh-Hans'), ...symbolsFaces].filter((face) => families.includes(face.family)).map((face) => [`${face.family}|${face.weight}|${face.style}`, face]));
  // what each face lacks asked of the next (lackedBy: a numbered chunk's range, then its cmap), in base.css's order
  let lacked: readonly number[] = candidates;
  for (const { family, weight, style } of faces.values()) {
    if (lacked.length === 0) break;
    lacked = await lackedBy(family, weight, style, lacked, cacheDir);
  }
  return lacked.map((cp) => String.fromCodePoint(cp));
}

/**
 * Read every face's chunk list and coverage now (~40 ms a CJK face), so that the
 * first render after it does not: the dev server calls it while the user reads.
 */
export async function preloadFaces(han: HanTag = 'zh-Hans'): Promise<void> {
  await Promise.all(facesFor(han).map(({ family, weight, style }) => chunksOf(family, weight, style).catch(() => undefined)));
}

/** Forget the in-memory subsets (the disk cache stays): for tests that must see a subset made or read again. */
export function clearSubsetMemory(): void {
  memory.clear();
}

/** What a subset is cached under: the subsetter, the encoder, the font file and the characters. */
function subsetKey(chunk: Chunk, characters: string, format: SubsetFormat): string {
  return createHash('sha256').update(`subset-font@${subsetterVersion}\0${encoders[format]}\0${chunk.identity}\0${characters}`).digest('hex');
}

/** The disk cache's file of a subset. */
function keptFile(key: string, format: SubsetFormat, cacheDir: string | undefined): string | undefined {
  return cacheDir ? path.join(cacheDir, 'fonts', `${key.slice(0, 40)}.${extensions[format]}`) : undefined;
}

/** Whether a subset is in memory or on disk (subsetChunk would not make it). */
async function isKept(key: string, format: SubsetFormat, cacheDir: string | undefined): Promise<boolean> {
  if (memory.has(key)) return true;
  const file = keptFile(key, format, cacheDir);
  return file !== undefined && (await stat(file).then((kept) => kept.size > 0, () => false));
}

/** One chunk subset to `characters`: from memory, from the disk cache, or made (and stored in both). */
function subsetChunk(chunk: Chunk, characters: string, format: SubsetFormat, cacheDir: string | undefined): Promise<Buffer> {
  const key = subsetKey(chunk, characters, format);
  const file = keptFile(key, format, cacheDir);
  return recallPromise(memory, MEMORY_ENTRIES, key, async () => {
    if (file) {
      const cached = await readFile(file).catch(() => undefined);
      if (cached && cached.length > 0) return cached;
    }
    const truetype = Buffer.from(await subsetFont(await sourceFont(chunk.file), characters, { targetFormat: 'truetype' }));
    const data = format === 'woff2' ? sfntToWoff2(truetype) : truetype;
    if (file) await keepCacheFile(file, data);
    return data;
  });
}

/** Write the subset files into `dir` (created if needed). */
export async function writeFontFiles(result: SubsetResult, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all(result.files.map((file) => writeFile(path.join(dir, file.name), file.data)));
}
