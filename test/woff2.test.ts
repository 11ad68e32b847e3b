/**
 * The WOFF2 encoder of the HTML edition (pipeline/render/woff2.ts, woff2-glyf.ts):
 * what Google's decoder (wawoff2, the code browsers run) and fontkit unpack is
 * the subset it was given, glyph for glyph and table for table, at a size close
 * to Google's encoder at quality 11.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { sourceFont } from '../pipeline/render/fonts.ts';
import { readTables, sfntToWoff2 } from '../pipeline/render/woff2.ts';
import { repo } from './build-helpers.ts';

const require = createRequire(import.meta.url);
const subsetFont = require('subset-font') as (font: Buffer, text: string, options: { targetFormat: 'truetype' }) => Promise<Uint8Array>;
const wawoff2 = require('wawoff2') as { compress(data: Buffer): Promise<Uint8Array>; decompress(data: Buffer): Promise<Uint8Array> };

const file = (pkg: string, name: string) => path.join(path.dirname(require.resolve(`@fontsource/${pkg}/package.json`)), 'files', `${name}.woff`);
const HAN = '海淀区人民政府工作报告接诉即办放管服改革三城一区中关村科学城创新发展国际一流和谐宜居之都首善之区';
const LATIN = 'Government Work Report — “Handling complaints upon receipt”: éüñÅç ﬁ 2021–2022, 100 million yuan (%)';

async function subset(pkg: string, name: string, text: string): Promise<Buffer> {
  return Buffer.from(await subsetFont(await sourceFont(file(pkg, name)), text, { targetFormat: 'truetype' }));
}


/** The glyphs of glyf, as loca cuts it. */
function glyphList(t: Map<string, Buffer>): Buffer[] {
  const long = t.get('head')!.readInt16BE(50) === 1;
  const loca = t.get('loca')!;
  const offset = (i: number) => (long ? loca.readUInt32BE(4 * i) : 2 * loca.readUInt16BE(2 * i));
  return Array.from({ length: t.get('maxp')!.readUInt16BE(4) }, (_, i) => t.get('glyf')!.subarray(offset(i), offset(i + 1)));
}

/** Where a glyph's instruction length is: after the end points (simple) or the last component (composite). */
function instructionsAt(glyph: Buffer): number | undefined {
  const contours = glyph.readInt16BE(0);
  if (contours >= 0) return 10 + 2 * contours;
  let at = 10;
  let flags: number;
  do {
    flags = glyph.readUInt16BE(at);
    at += 4 + (flags & 1 ? 4 : 2) + (flags & 0x08 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
  } while (flags & 0x20);
  return flags & 0x100 ? at : undefined;
}

function instructionsOf(glyph: Buffer): Buffer {
  const at = glyph.length > 0 ? instructionsAt(glyph) : undefined;
  return at === undefined ? Buffer.alloc(0) : glyph.subarray(at + 2, at + 2 + glyph.readUInt16BE(at));
}

/** A glyph (without instructions) given `program`. */
function withInstructions(glyph: Buffer, program: Buffer): Buffer {
  const length = Buffer.alloc(2);
  length.writeUInt16BE(program.length);
  if (glyph.readInt16BE(0) >= 0) {
    const at = instructionsAt(glyph)!;
    expect(glyph.readUInt16BE(at)).toBe(0);
    return Buffer.concat([glyph.subarray(0, at), length, program, glyph.subarray(at + 2)]);
  }
  expect(instructionsAt(glyph)).toBeUndefined();
  const copy = Buffer.from(glyph);
  let at = 10;
  let last = 10;
  for (let flags = 0x20; flags & 0x20; ) {
    last = at;
    flags = copy.readUInt16BE(at);
    at += 4 + (flags & 1 ? 4 : 2) + (flags & 0x08 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
  }
  copy.writeUInt16BE(copy.readUInt16BE(last) | 0x100, last);
  return Buffer.concat([copy.subarray(0, at), length, program]);
}

/** An sfnt of `t` with `glyphs` as its glyf (long loca offsets). */
function sfnt(t: Map<string, Buffer>, glyphs: Buffer[]): Buffer {
  const padded = glyphs.map((g) => Buffer.concat([g, Buffer.alloc((4 - (g.length % 4)) % 4)]));
  const loca = Buffer.alloc(4 * (glyphs.length + 1));
  padded.reduce((offset, g, i) => (loca.writeUInt32BE(offset + g.length, 4 * (i + 1)), offset + g.length), 0);
  const head = Buffer.from(t.get('head')!);
  head.writeInt16BE(1, 50);
  const all = new Map(t).set('glyf', Buffer.concat(padded)).set('loca', loca).set('head', head);
  const tags = [...all.keys()].sort();
  const directory = Buffer.alloc(12 + 16 * tags.length);
  directory.writeUInt32BE(0x00010000, 0);
  directory.writeUInt16BE(tags.length, 4);
  const parts: Buffer[] = [directory];
  let offset = directory.length;
  tags.forEach((tag, i) => {
    const data = all.get(tag)!;
    directory.write(tag, 12 + 16 * i, 'latin1');
    directory.writeUInt32BE(offset, 12 + 16 * i + 8);
    directory.writeUInt32BE(data.length, 12 + 16 * i + 12);
    const padding = Buffer.alloc((4 - (data.length % 4)) % 4);
    parts.push(data, padding);
    offset += data.length + padding.length;
  });
  return Buffer.concat(parts);
}

/** Every glyph as drawn: outline, advance, bounding box, and the characters mapped to it. */
function glyphs(data: Buffer): string[] {
  const font = fontkit.create(data) as fontkit.Font;
  const chars = new Map<number, number[]>();
  for (const cp of font.characterSet) {
    const id = font.glyphForCodePoint(cp).id;
    chars.set(id, [...(chars.get(id) ?? []), cp]);
  }
  return Array.from({ length: font.numGlyphs }, (_, id) => {
    const glyph = font.getGlyph(id);
    const box = glyph.bbox;
    return `${id} ${glyph.advanceWidth} [${chars.get(id)?.join(',') ?? ''}] ${box.minX},${box.minY},${box.maxX},${box.maxY} ${glyph.path.toSVG()}`;
  });
}

/** Decoded by Google's decoder: every glyph and every table but glyf, loca and head as in `ttf`. */
async function expectSameFont(ttf: Buffer, woff2: Buffer): Promise<Buffer> {
  expect(woff2.toString('latin1', 0, 4)).toBe('wOF2');
  expect(woff2.length % 4).toBe(0);
  expect(woff2.readUInt32BE(8)).toBe(woff2.length);
  const decoded = Buffer.from(await wawoff2.decompress(woff2));
  const drawn = glyphs(ttf);
  expect(glyphs(decoded)).toEqual(drawn);
  expect(glyphs(woff2)).toEqual(drawn); // fontkit's own WOFF2 decoder
  const before = readTables(ttf);
  const after = readTables(decoded);
  // contour counts and bounding boxes as stored in each glyph's header
  const headers = (t: Map<string, Buffer>) => glyphList(t).map((g) => g.subarray(0, 10).toString('hex'));
  expect(headers(after)).toEqual(headers(before));
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [tag, data] of before) if (!['glyf', 'loca', 'head'].includes(tag)) expect(after.get(tag)!.equals(data), tag).toBe(true);
  return decoded;
}

describe('WOFF2 encoder', () => {
  it('keeps every glyph and table of a CJK subset, at most 8% bigger than Google’s encoder at quality 11', async () => {
    const ttf = await subset('noto-serif-sc', 'noto-serif-sc-chinese-simplified-700-normal', HAN + LATIN);
    const woff2 = sfntToWoff2(ttf);
    const decoded = await expectSameFont(ttf, woff2);
    // head: the transform bit set, nothing else changed (the decoder rewrites checkSumAdjustment).
    const head = Buffer.from(readTables(decoded).get('head')!);
    const original = Buffer.from(readTables(ttf).get('head')!);
    expect(head.readUInt16BE(16)).toBe(original.readUInt16BE(16) | 0x0800);
    for (const h of [head, original]) h.fill(0, 8, 12).fill(0, 16, 18);
    expect(head.equals(original)).toBe(true);
    const google = Buffer.from(await wawoff2.compress(ttf));
    expect(woff2.length).toBeLessThan(1.08 * google.length);
    expect(woff2.length).toBeLessThan(0.6 * ttf.length);
  });

  it('keeps the composite glyphs of a Latin face', async () => {
    const ttf = await subset('source-serif-4', 'source-serif-4-latin-400-italic', LATIN);
    const contours = glyphList(readTables(ttf)).map((glyph) => (glyph.length > 0 ? glyph.readInt16BE(0) : 0));
    expect(contours.filter((n) => n < 0).length, 'composite glyphs').toBeGreaterThan(3);
    await expectSameFont(ttf, sfntToWoff2(ttf));
  });

  it('writes long loca offsets when the rebuilt glyf might not fit short ones, and only then', async () => {
    // 300 characters: ~96 KB of glyf with short offsets. Rebuilt with the decoder's 4-byte
    // padding and flag coding it could pass 128 KB, the most short offsets address, so the
    // encoder asks for long ones; 20 characters stay short.
    const han = [...new Set(readFileSync(path.join(repo, 'content/reports/haidian-2021/zh.md'), 'utf8'))].filter((c) => c.codePointAt(0)! >= 0x4e00);
    const font = 'noto-serif-sc-chinese-simplified-400-normal';
    const [mid, small] = await Promise.all([subset('noto-serif-sc', font, han.slice(0, 300).join('')), subset('noto-serif-sc', font, han.slice(0, 20).join(''))]);
    const indexFormat = (sfnt: Buffer) => readTables(sfnt).get('head')!.readInt16BE(50);
    expect([indexFormat(mid), indexFormat(small)]).toEqual([0, 0]);
    expect(readTables(mid).get('glyf')!.length).toBeGreaterThan(80_000);
    const [decodedMid, decodedSmall] = [await expectSameFont(mid, sfntToWoff2(mid)), await expectSameFont(small, sfntToWoff2(small))];
    expect([indexFormat(decodedMid), indexFormat(decodedSmall)]).toEqual([1, 0]);
    const glyphCount = (sfnt: Buffer) => readTables(sfnt).get('maxp')!.readUInt16BE(4);
    expect(readTables(decodedMid).get('loca')!.length).toBe(4 * (glyphCount(mid) + 1));
  });

  it('keeps glyph instructions and a bounding box wider than the points', async () => {
    // The @fontsource faces carry no glyph instructions and only tight boxes: give a simple and a composite glyph some.
    const ttf = await subset('source-serif-4', 'source-serif-4-latin-400-italic', LATIN);
    const t = readTables(ttf);
    const glyphs = glyphList(t);
    const simple = glyphs.findIndex((g) => g.length > 0 && g.readInt16BE(0) > 0);
    const composite = glyphs.findIndex((g) => g.length > 0 && g.readInt16BE(0) < 0);
    expect([simple, composite].every((g) => g > 0)).toBe(true);
    const program = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff));
    glyphs[simple] = withInstructions(glyphs[simple], program(300)); // 300: a two-byte 255UInt16
    glyphs[composite] = withInstructions(glyphs[composite], program(7));
    glyphs[simple].writeInt16BE(glyphs[simple].readInt16BE(2) - 40, 2); // xMin 40 units left of the outline
    const hinted = sfnt(t, glyphs);
    const decoded = readTables(Buffer.from(await wawoff2.decompress(sfntToWoff2(hinted))));
    const back = glyphList(decoded);
    expect(back[simple].subarray(0, 10)).toEqual(glyphs[simple].subarray(0, 10));
    expect(instructionsOf(back[simple])).toEqual(program(300));
    expect(instructionsOf(back[composite])).toEqual(program(7));
    expect(back.map(instructionsOf).filter((i) => i.length > 0)).toHaveLength(2);
  });

  it('gives the same bytes for the same font', async () => {
    const ttf = await subset('source-sans-3', 'source-sans-3-latin-700-normal', LATIN);
    expect(sfntToWoff2(ttf).equals(sfntToWoff2(ttf))).toBe(true);
  });
});
