/**
 * The WOFF2 glyf/loca transform (WOFF2 §5.1, https://www.w3.org/TR/WOFF2/#glyf_table_format):
 * the glyphs of a TrueType glyf table rewritten as seven streams (contour counts,
 * point counts, flags, packed coordinates, composites, bounding boxes,
 * instructions), which brotli compresses far better than the glyphs themselves.
 * The encoding of each value follows the spec's tables and Google's reference
 * encoder (woff2/src/transform.cc).
 */

/** This module's file, whose code is part of the WOFF2 encoder's identity in cache keys (woff2.ts). */
export const glyfModule = import.meta.url;

// Simple glyph flags (OpenType glyf).
const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const REPEAT = 0x08;
const X_SAME_OR_POSITIVE = 0x10;
const Y_SAME_OR_POSITIVE = 0x20;
const OVERLAP_SIMPLE = 0x40;
// Composite glyph flags.
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
const WE_HAVE_INSTRUCTIONS = 0x0100;

/** Bytes appended one by one, grown as needed. */
class Bytes {
  private buffer = Buffer.alloc(1024);
  length = 0;
  private room(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    const bigger = Buffer.alloc(Math.max(this.buffer.length * 2, this.length + n));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }
  u8(value: number): void {
    this.room(1);
    this.buffer[this.length++] = value;
  }
  u16(value: number): void {
    this.room(2);
    this.buffer.writeUInt16BE(value & 0xffff, this.length);
    this.length += 2;
  }
  /** 255UInt16 (WOFF2 §4.1). */
  u255(value: number): void {
    if (value < 253) this.u8(value);
    else if (value < 506) (this.u8(255), this.u8(value - 253));
    else if (value < 762) (this.u8(254), this.u8(value - 506));
    else (this.u8(253), this.u16(value));
  }
  bytes(data: Buffer): void {
    this.room(data.length);
    data.copy(this.buffer, this.length);
    this.length += data.length;
  }
  done(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

interface Streams {
  nContour: Bytes;
  nPoints: Bytes;
  flag: Bytes;
  glyph: Bytes;
  composite: Bytes;
  bbox: Bytes;
  instruction: Bytes;
}

/** One point delta as a flag byte and 1–4 coordinate bytes (WOFF2 §5.2, the triplet encoding). */
function writeTriplet(onCurve: boolean, dx: number, dy: number, s: Streams): void {
  const ax = Math.abs(dx);
  const ay = Math.abs(dy);
  const curve = onCurve ? 0 : 128;
  const xSign = dx < 0 ? 0 : 1;
  const ySign = dy < 0 ? 0 : 1;
  const signs = xSign + 2 * ySign;
  if (dx === 0 && ay < 1280) {
    s.flag.u8(curve + ((ay & 0xf00) >> 7) + ySign);
    s.glyph.u8(ay & 0xff);
  } else if (dy === 0 && ax < 1280) {
    s.flag.u8(curve + 10 + ((ax & 0xf00) >> 7) + xSign);
    s.glyph.u8(ax & 0xff);
  } else if (ax < 65 && ay < 65) {
    s.flag.u8(curve + 20 + ((ax - 1) & 0x30) + (((ay - 1) & 0x30) >> 2) + signs);
    s.glyph.u8((((ax - 1) & 0xf) << 4) | ((ay - 1) & 0xf));
  } else if (ax < 769 && ay < 769) {
    s.flag.u8(curve + 84 + 12 * (((ax - 1) & 0x300) >> 8) + (((ay - 1) & 0x300) >> 6) + signs);
    s.glyph.u8((ax - 1) & 0xff);
    s.glyph.u8((ay - 1) & 0xff);
  } else if (ax < 4096 && ay < 4096) {
    s.flag.u8(curve + 120 + signs);
    s.glyph.u8(ax >> 4);
    s.glyph.u8(((ax & 0xf) << 4) | (ay >> 8));
    s.glyph.u8(ay & 0xff);
  } else {
    s.flag.u8(curve + 124 + signs);
    s.glyph.u16(ax);
    s.glyph.u16(ay);
  }
}

/**
 * One simple glyph into the streams. Returns whether its bounding box must be
 * stored (it is not the box of its points), its first flag's overlap bit, and
 * an upper bound of the size the decoder gives it.
 */
function simpleGlyph(data: Buffer, contours: number, s: Streams): { explicitBox: boolean; overlap: boolean; rebuilt: number } {
  let at = 10;
  let previousEnd = -1;
  for (let c = 0; c < contours; c++) {
    const end = data.readUInt16BE(at);
    s.nPoints.u255(end - previousEnd);
    previousEnd = end;
    at += 2;
  }
  const points = previousEnd + 1;
  const instructionLength = data.readUInt16BE(at);
  const instructions = data.subarray(at + 2, at + 2 + instructionLength);
  at += 2 + instructionLength;
  const flags = new Uint8Array(points);
  for (let p = 0; p < points; ) {
    const flag = data[at++];
    flags[p++] = flag;
    if (flag & REPEAT) for (let r = data[at++]; r > 0 && p < points; r--) flags[p++] = flag;
  }
  const deltas = (short: number, same: number): Int32Array => {
    const out = new Int32Array(points);
    for (let p = 0; p < points; p++) {
      if (flags[p] & short) out[p] = flags[p] & same ? data[at++] : -data[at++];
      else if (!(flags[p] & same)) (out[p] = data.readInt16BE(at), (at += 2));
    }
    return out;
  };
  const xs = deltas(X_SHORT, X_SAME_OR_POSITIVE);
  const ys = deltas(Y_SHORT, Y_SAME_OR_POSITIVE);
  if (at > data.length) throw new Error('Could not encode WOFF2: a glyph runs past its end in glyf');
  let x = 0;
  let y = 0;
  let [xMin, yMin, xMax, yMax] = points > 0 ? [Infinity, Infinity, -Infinity, -Infinity] : [0, 0, 0, 0];
  for (let p = 0; p < points; p++) {
    writeTriplet((flags[p] & ON_CURVE) !== 0, xs[p], ys[p], s);
    x += xs[p];
    y += ys[p];
    if (x < xMin) xMin = x;
    if (x > xMax) xMax = x;
    if (y < yMin) yMin = y;
    if (y > yMax) yMax = y;
  }
  const box = [xMin, yMin, xMax, yMax];
  s.glyph.u255(instructionLength);
  s.instruction.bytes(instructions);
  const stored = [data.readInt16BE(2), data.readInt16BE(4), data.readInt16BE(6), data.readInt16BE(8)];
  return {
    explicitBox: stored.some((v, i) => v !== box[i]),
    overlap: points > 0 && (flags[0] & OVERLAP_SIMPLE) !== 0,
    rebuilt: 12 + 2 * contours + instructionLength + 5 * points + 3,
  };
}

/** One composite glyph: its component records as they are, its instructions apart. Returns an upper bound of its rebuilt size. */
function compositeGlyph(data: Buffer, s: Streams): number {
  let at = 10;
  let flags: number;
  do {
    flags = data.readUInt16BE(at);
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
  } while (flags & MORE_COMPONENTS);
  if (at > data.length) throw new Error('Could not encode WOFF2: a composite glyph runs past its end in glyf');
  s.composite.bytes(data.subarray(10, at));
  let instructions = 0;
  if (flags & WE_HAVE_INSTRUCTIONS) {
    instructions = data.readUInt16BE(at);
    s.glyph.u255(instructions);
    s.instruction.bytes(data.subarray(at + 2, at + 2 + instructions));
  }
  return at + 2 + instructions + 3;
}

export interface TransformedGlyf {
  glyf: Buffer;
  numGlyphs: number;
  /** The loca format the decoder will write: the font's, or long (1) if short offsets could not hold the rebuilt glyf. */
  indexFormat: number;
}

/** glyf + loca → the transformed glyf table (the transformed loca is empty). */
export function transformGlyf(glyf: Buffer, loca: Buffer, indexFormat: number, numGlyphs: number): TransformedGlyf {
  const offset = (i: number) => (indexFormat ? loca.readUInt32BE(4 * i) : 2 * loca.readUInt16BE(2 * i));
  if (loca.length < (numGlyphs + 1) * (indexFormat ? 4 : 2)) throw new Error('Could not encode WOFF2: loca is shorter than maxp.numGlyphs says');
  const s: Streams = { nContour: new Bytes(), nPoints: new Bytes(), flag: new Bytes(), glyph: new Bytes(), composite: new Bytes(), bbox: new Bytes(), instruction: new Bytes() };
  const bboxBitmap = Buffer.alloc(4 * Math.floor((numGlyphs + 31) / 32));
  const overlapBitmap = Buffer.alloc((numGlyphs + 7) >> 3);
  let overlaps = false;
  let rebuiltSize = 0;
  for (let g = 0; g < numGlyphs; g++) {
    const start = offset(g);
    const end = offset(g + 1);
    if (end < start || end > glyf.length) throw new Error(`Could not encode WOFF2: glyph ${g} has a bad loca entry`);
    // An empty glyph (no outline) is stored as 0 contours, as the reference encoder does.
    const contours = end - start >= 10 ? glyf.readInt16BE(start) : 0;
    s.nContour.u16(contours);
    if (contours === 0) continue;
    const data = glyf.subarray(start, end);
    let explicitBox = true;
    if (contours > 0) {
      const simple = simpleGlyph(data, contours, s);
      explicitBox = simple.explicitBox;
      rebuiltSize += simple.rebuilt;
      if (simple.overlap) {
        overlaps = true;
        overlapBitmap[g >> 3] |= 0x80 >> (g & 7);
      }
    } else {
      rebuiltSize += compositeGlyph(data, s); // a composite always stores its box
    }
    if (explicitBox) {
      bboxBitmap[g >> 3] |= 0x80 >> (g & 7);
      s.bbox.bytes(data.subarray(2, 10));
    }
  }
  // The decoder pads each glyph to 4 bytes; short offsets (2 × u16) reach 0x1FFFE at most.
  const format = indexFormat === 0 && rebuiltSize > 0x1fffe ? 1 : indexFormat;
  const streams = [s.nContour.done(), s.nPoints.done(), s.flag.done(), s.glyph.done(), s.composite.done(), Buffer.concat([bboxBitmap, s.bbox.done()]), s.instruction.done()];
  const header = Buffer.alloc(36);
  header.writeUInt16BE(0, 0); // reserved
  header.writeUInt16BE(overlaps ? 1 : 0, 2); // optionFlags: bit 0, an overlapSimpleBitmap follows the streams
  header.writeUInt16BE(numGlyphs, 4);
  header.writeUInt16BE(format, 6);
  streams.forEach((stream, i) => header.writeUInt32BE(stream.length, 8 + 4 * i));
  return { glyf: Buffer.concat([header, ...streams, ...(overlaps ? [overlapBitmap] : [])]), numGlyphs, indexFormat: format };
}
