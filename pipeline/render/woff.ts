/**
 * WOFF 1.0 → sfnt (TrueType/OpenType), with Node's own zlib.
 *
 * Each @fontsource file exists as WOFF2 and as a WOFF 1.0 twin. HarfBuzz
 * subsets an sfnt, so the source must be unpacked first: a WOFF2 needs a whole
 * brotli decode plus the glyf reconstruction in WebAssembly (~300 ms CPU for
 * one CJK face), a WOFF 1.0 only one zlib inflate per table (~25 ms, on the thread pool). The WOFF
 * twin also holds the original glyf bytes, where a WOFF2 decoder rebuilds them
 * (same outlines, other flag encoding) and marks `head` as transformed.
 *
 * fontverter's converter (woff2sfnt-sfnt2woff) does the same with a JavaScript
 * inflate and a byte-by-byte copy, 20× slower; this one gives the same bytes.
 * Format: https://www.w3.org/TR/WOFF/ (header 44 bytes, a 20-byte directory
 * entry per table, each table zlib-compressed unless that would not shrink it).
 */
import { promisify } from 'node:util';
import { inflate as inflateCallback, type ZlibOptions } from 'node:zlib';

/**
 * zlib inflate on libuv's thread pool: the tables of several faces unpack at once, beside the main thread.
 * Each table is inflated into one buffer of its unpacked size (`chunkSize`): at zlib's default 16 KB
 * chunks, the four CJK faces' ~12 MB of tables came back to the main thread as ~750 chunks, each a stream
 * callback, then concatenated (main-thread CPU for the four: 90 → 20-30 ms, the process's 180 → 115 ms, medians).
 */
const inflate = promisify(inflateCallback) as (data: Buffer, options: ZlibOptions) => Promise<Buffer>;

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

interface WoffTable {
  tag: number;
  offset: number;
  compLength: number;
  origLength: number;
  checksum: number;
}

const align4 = (n: number): number => (n + 3) & ~3;
/** Tags with a one-byte code in a WOFF2 table directory (WOFF2 §4.2), in code order. */
export const WOFF2_KNOWN_TAGS = [
  'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT',
  'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH',
  'CBDT', 'CBLC', 'COLR', 'CPAL', 'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc', 'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar',
  'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx', 'opbd', 'prop', 'trak', 'Zapf', 'Silf', 'Glat', 'Gloc', 'Feat', 'Sill',
];
const tagName = (tag: number): string => String.fromCharCode(tag >>> 24, (tag >>> 16) & 0xff, (tag >>> 8) & 0xff, tag & 0xff);

/** Flavor and table lengths of a WOFF 1.0 or WOFF2 file, from its header and directory (nothing is decompressed). */
function tableLengths(data: Buffer): { flavor: number; lengths: Map<string, number> } | undefined {
  const lengths = new Map<string, number>();
  const signature = data.length >= 48 ? data.toString('latin1', 0, 4) : '';
  if (signature === 'wOFF') {
    for (let i = 0; i < data.readUInt16BE(12); i++) lengths.set(data.toString('latin1', WOFF_HEADER + i * WOFF_ENTRY, WOFF_HEADER + i * WOFF_ENTRY + 4), data.readUInt32BE(WOFF_HEADER + i * WOFF_ENTRY + 12));
  } else if (signature === 'wOF2') {
    let at = 48;
    const base128 = () => {
      let value = 0;
      for (let n = 0; n < 5; n++) {
        const byte = data[at++];
        value = value * 128 + (byte & 0x7f);
        if (!(byte & 0x80)) return value;
      }
      return value;
    };
    for (let i = 0; i < data.readUInt16BE(12); i++) {
      const flags = data[at++];
      const known = flags & 0x3f;
      const tag = known === 63 ? data.toString('latin1', at, (at += 4)) : WOFF2_KNOWN_TAGS[known];
      lengths.set(tag, base128());
      const version = flags >> 6;
      // glyf and loca are transformed at version 0, every other table at any other version.
      if ((tag === 'glyf' || tag === 'loca') === (version === 0)) base128();
    }
  } else return undefined;
  return { flavor: data.readUInt32BE(4), lengths };
}

/**
 * Whether a WOFF 1.0 file packs the same font as a WOFF2 file, as far as their
 * directories tell: the same flavor and tables, each of the same length but glyf
 * and loca (a WOFF2 encoder rewrites those). @fontsource's WOFF twins of its
 * `chinese-simplified` files pass (test/woff.test.ts compares their tables and
 * glyphs); those of its Latin and numbered chunks are another build of the font
 * (other name, STAT, hhea, outlines) and do not.
 */
export function sameFont(woff: Buffer, woff2: Buffer): boolean {
  const a = tableLengths(woff);
  const b = tableLengths(woff2);
  if (!a || !b || a.flavor !== b.flavor || a.lengths.size !== b.lengths.size) return false;
  return [...a.lengths].every(([tag, length]) => b.lengths.has(tag) && (tag === 'glyf' || tag === 'loca' || b.lengths.get(tag) === length));
}

/** True if `data` starts with the WOFF 1.0 signature. */
export function isWoff(data: Uint8Array): boolean {
  return data.length >= 4 && Buffer.from(data.buffer, data.byteOffset, 4).readUInt32BE(0) === WOFF_SIGNATURE;
}

/**
 * The sfnt a WOFF 1.0 file packs: the same header fields, directory (tags in
 * the WOFF's order, which the format requires to be ascending), checksums and
 * table bytes, each table 4-byte aligned with zero padding. Metadata and private
 * blocks are not part of the font and are dropped. Throws, naming `name`, on
 * anything that is not a well-formed WOFF.
 */
export async function woffToSfnt(woff: Buffer, name = 'font'): Promise<Buffer> {
  const fail = (reason: string): never => {
    throw new Error(`Could not unpack the WOFF font ${name}: ${reason}`);
  };
  if (woff.length < WOFF_HEADER || woff.readUInt32BE(0) !== WOFF_SIGNATURE) fail('no WOFF signature');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  if (numTables === 0 || WOFF_HEADER + numTables * WOFF_ENTRY > woff.length) fail(`bad table count ${numTables}`);
  const tables: WoffTable[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const table = {
      tag: woff.readUInt32BE(at),
      offset: woff.readUInt32BE(at + 4),
      compLength: woff.readUInt32BE(at + 8),
      origLength: woff.readUInt32BE(at + 12),
      checksum: woff.readUInt32BE(at + 16),
    };
    if (table.offset + table.compLength > woff.length) fail(`table ${tagName(table.tag)} runs past the end of the file`);
    if (table.compLength > table.origLength) fail(`table ${tagName(table.tag)} is longer compressed than uncompressed`);
    tables.push(table);
  }
  const unpacked = await Promise.all(
    tables.map(async (table) => {
      const packed = woff.subarray(table.offset, table.offset + table.compLength);
      if (table.compLength === table.origLength) return packed;
      return inflate(packed, { chunkSize: Math.max(table.origLength, 64) }).catch((error: Error) => fail(`table ${tagName(table.tag)} does not inflate (${error.message})`));
    }),
  );
  let size = SFNT_HEADER + numTables * SFNT_ENTRY;
  for (const table of tables) size += align4(table.origLength);
  const sfnt = Buffer.alloc(size);
  // searchRange etc.: the largest power of two ≤ numTables, as the OpenType header defines them.
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * SFNT_ENTRY;
  sfnt.writeUInt32BE(flavor, 0);
  sfnt.writeUInt16BE(numTables, 4);
  sfnt.writeUInt16BE(searchRange, 6);
  sfnt.writeUInt16BE(entrySelector, 8);
  sfnt.writeUInt16BE(numTables * SFNT_ENTRY - searchRange, 10);
  let offset = SFNT_HEADER + numTables * SFNT_ENTRY;
  tables.forEach((table, i) => {
    const data = unpacked[i];
    if (data.length !== table.origLength) fail(`table ${tagName(table.tag)} is ${data.length} bytes, its directory says ${table.origLength}`);
    const entry = SFNT_HEADER + i * SFNT_ENTRY;
    sfnt.writeUInt32BE(table.tag, entry);
    sfnt.writeUInt32BE(table.checksum, entry + 4);
    sfnt.writeUInt32BE(offset, entry + 8);
    sfnt.writeUInt32BE(table.origLength, entry + 12);
    data.copy(sfnt, offset);
    offset += align4(table.origLength);
  });
  return sfnt;
}
