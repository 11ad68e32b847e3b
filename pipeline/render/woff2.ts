/**
 * sfnt (TrueType) → WOFF2, compressed with Node's own brotli at a chosen quality.
 *
 * subset-font hands its WOFF2 output to wawoff2 (Google's encoder in
 * WebAssembly), which always compresses at brotli quality 11: ~0.8 s CPU for the
 * Haidian Noto Serif SC subset alone. What makes WOFF2 small is mostly its glyf
 * transform (outlines split into streams of contour counts, point counts, flags
 * and packed coordinates), not the last brotli qualities: measured on the Haidian
 * subsets, transform + quality 5 is 5% bigger than wawoff2's file and ~100× faster
 * to compress, where no transform at quality 11 is 19% bigger. So this encoder
 * does the glyf/loca transform (WOFF2 §5.1, https://www.w3.org/TR/WOFF2/) and
 * leaves every other table as it is (null transform).
 *
 * The decoder rebuilds an equivalent glyf (same points, contours, instructions,
 * bounding boxes and composites) and its loca; test/woff2.test.ts decodes the
 * output with Google's decoder and fontkit and compares every glyph.
 */
import { brotliCompressSync, constants } from 'node:zlib';
import { WOFF2_KNOWN_TAGS as KNOWN_TAGS } from './woff.ts';
import { moduleCodeHash } from '../core/cache.ts';
import { glyfModule, transformGlyf } from './woff2-glyf.ts';

export interface Woff2Options {
  /** Brotli quality, 0–11. Default 5 (see the module comment). */
  quality?: number;
}

const DEFAULT_QUALITY = 5;

/** What identifies this encoder's output in cache keys: its code (this module and the glyf transform's) and its quality. */
export const woff2Encoder = `woff2 q${DEFAULT_QUALITY} ${moduleCodeHash(import.meta.url, glyfModule).slice(0, 16)}`;

interface Table {
  tag: string;
  /** Length of the table in the sfnt. */
  origLength: number;
  /** What goes into the compressed stream: the table, or its transform. */
  data: Buffer;
  transformed: boolean;
}

const align4 = (n: number): number => (n + 3) & ~3;

/** UIntBase128 (WOFF2 §4.1): 7 bits a byte, most significant first, high bit set on all but the last. */
function base128(value: number): number[] {
  const bytes = [value & 0x7f];
  for (let rest = Math.floor(value / 128); rest > 0; rest = Math.floor(rest / 128)) bytes.unshift((rest & 0x7f) | 0x80);
  return bytes;
}

/** The tables of an sfnt, by tag. */
export function readTables(sfnt: Buffer): Map<string, Buffer> {
  const tables = new Map<string, Buffer>();
  const count = sfnt.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const offset = sfnt.readUInt32BE(at + 8);
    const length = sfnt.readUInt32BE(at + 12);
    if (offset + length > sfnt.length) throw new Error(`Could not encode WOFF2: table ${sfnt.toString('latin1', at, at + 4)} runs past the end of the font`);
    tables.set(sfnt.toString('latin1', at, at + 4), sfnt.subarray(offset, offset + length));
  }
  return tables;
}

/** An sfnt (TrueType or CFF outlines) as a WOFF2 file. The same input gives the same bytes. */
export function sfntToWoff2(sfnt: Buffer, options: Readonly<Woff2Options> = {}): Buffer {
  const flavor = sfnt.readUInt32BE(0);
  const source = readTables(sfnt);
  const glyf = source.get('glyf');
  const loca = source.get('loca');
  const head = source.get('head');
  const tables: Table[] = [...source].map(([tag, data]) => ({ tag, origLength: data.length, data, transformed: false }));
  if (glyf && loca && head) {
    const maxp = source.get('maxp');
    if (!maxp) throw new Error('Could not encode WOFF2: a TrueType font without a maxp table');
    const result = transformGlyf(glyf, loca, head.readInt16BE(50), maxp.readUInt16BE(4));
    // head.flags bit 11: the font went through a lossless transform (OpenType `head`);
    // indexToLocFormat: the loca the decoder will write.
    const newHead = Buffer.from(head);
    newHead.writeUInt16BE(newHead.readUInt16BE(16) | 0x0800, 16);
    newHead.writeInt16BE(result.indexFormat, 50);
    for (const table of tables) {
      if (table.tag === 'head') table.data = newHead;
      if (table.tag === 'glyf') Object.assign(table, { data: result.glyf, transformed: true });
      // The decoder rebuilds loca from glyf: nothing of it is stored, only the length it will have.
      if (table.tag === 'loca') Object.assign(table, { data: Buffer.alloc(0), transformed: true, origLength: (result.numGlyphs + 1) * (result.indexFormat ? 4 : 2) });
    }
  }
  // Tag order, with loca right after glyf (the decoder rebuilds them together), as Google's encoder writes them.
  tables.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const locaAt = tables.findIndex((t) => t.tag === 'loca' && t.transformed);
  if (locaAt >= 0) tables.splice(tables.findIndex((t) => t.tag === 'glyf') + 1, 0, ...tables.splice(locaAt, 1));

  const directory: number[] = [];
  for (const table of tables) {
    const known = KNOWN_TAGS.indexOf(table.tag);
    // Transform version 0 is the glyf/loca transform for those two and the null transform for every other table.
    directory.push(known >= 0 ? known : 63);
    if (known < 0) directory.push(...Buffer.from(table.tag, 'latin1'));
    directory.push(...base128(table.origLength));
    if (table.transformed) directory.push(...base128(table.data.length));
  }
  const stream = Buffer.concat(tables.map((t) => t.data));
  const compressed = brotliCompressSync(stream, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: options.quality ?? DEFAULT_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_FONT,
      [constants.BROTLI_PARAM_SIZE_HINT]: stream.length,
    },
  });
  const headerLength = 48 + directory.length;
  const length = align4(headerLength + compressed.length);
  const out = Buffer.alloc(length); // zero padding to a multiple of 4 at the end
  out.write('wOF2', 0, 'latin1');
  out.writeUInt32BE(flavor, 4);
  out.writeUInt32BE(length, 8);
  out.writeUInt16BE(tables.length, 12);
  // totalSfntSize: the decoded font's size, from the lengths the decoder is told.
  out.writeUInt32BE(12 + 16 * tables.length + tables.reduce((sum, t) => sum + align4(t.origLength), 0), 16);
  out.writeUInt32BE(compressed.length, 20);
  out.writeUInt16BE(1, 24); // majorVersion, minorVersion: 1.0, as Google's encoder writes; no metadata, no private block
  Buffer.from(directory).copy(out, 48);
  compressed.copy(out, headerLength);
  return out;
}
