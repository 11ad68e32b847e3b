/**
 * WOFF 1.0 → sfnt (pipeline/render/woff.ts), what the subsetter reads instead of
 * brotli-decoding each @fontsource WOFF2: the same bytes as fontverter's own
 * (JavaScript) converter, the same font as the WOFF2 twin (for the CJK files it
 * is used for, not for the Latin chunks, whose twins are another build), the same
 * glyphs in every subset, and a clear refusal of a broken file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { sourceFont, subsetSource } from '../pipeline/render/fonts.ts';
import { isWoff, sameFont, woffToSfnt } from '../pipeline/render/woff.ts';
import { readTables } from '../pipeline/render/woff2.ts';

const require = createRequire(import.meta.url);
const subsetFont = require('subset-font') as (font: Buffer, text: string, options: { targetFormat: 'truetype' }) => Promise<Uint8Array>;
const wawoff2 = require('wawoff2') as { decompress(data: Buffer): Promise<Uint8Array> };
// fontverter's WOFF converter (a dependency of subset-font): an independent implementation to compare with.
const woffTool = require('woff2sfnt-sfnt2woff') as { toSfnt(data: Buffer): Buffer };

const files = (pkg: string) => path.join(path.dirname(require.resolve(`@fontsource/${pkg}/package.json`)), 'files');
const cjk = path.join(files('noto-serif-sc'), 'noto-serif-sc-chinese-simplified-700-normal');
/** The files the editions read from their WOFF twins: every CJK face the stylesheets use. */
const simplified = ['noto-serif-sc', 'noto-sans-sc'].flatMap((pkg) => [400, 700].map((weight) => path.join(files(pkg), `${pkg}-chinese-simplified-${weight}-normal`)));
const latin = path.join(files('source-serif-4'), 'source-serif-4-latin-400-italic');
const text = '海淀区人民政府工作报告，“接诉即办”——2021年12月15日 Government Work Report, ﬁnal “quotes” 1–2';


/** Every glyph of a font as drawn: outline, advance and the characters mapped to it. */
function glyphs(data: Uint8Array): string[] {
  const font = fontkit.create(Buffer.from(data)) as fontkit.Font;
  const chars = new Map<number, number[]>();
  for (const cp of font.characterSet) {
    const id = font.glyphForCodePoint(cp).id;
    chars.set(id, [...(chars.get(id) ?? []), cp]);
  }
  return Array.from({ length: font.numGlyphs }, (_, id) => {
    const glyph = font.getGlyph(id);
    return `${id} ${glyph.advanceWidth} [${chars.get(id)?.join(',') ?? ''}] ${glyph.path.toSVG()}`;
  });
}

describe('WOFF 1.0 to sfnt', () => {
  it('gives the bytes of fontverter’s converter, for a CJK and a Latin face', async () => {
    for (const file of [cjk, latin]) {
      const woff = readFileSync(`${file}.woff`);
      expect(isWoff(woff)).toBe(true);
      const sfnt = await woffToSfnt(woff);
      expect(sfnt.equals(woffTool.toSfnt(woff)), file).toBe(true);
      expect(sfnt.readUInt32BE(0)).toBe(0x00010000); // TrueType outlines
    }
  });

  it.each(simplified.map((face) => [path.basename(face), face]))('%s: the twin is the WOFF2’s font, every table the same but glyf, loca and head, every glyph drawn the same', async (_, face) => {
    const fromWoff = await woffToSfnt(readFileSync(`${face}.woff`));
    const fromWoff2 = Buffer.from(await wawoff2.decompress(readFileSync(`${face}.woff2`)));
    expect(sameFont(readFileSync(`${face}.woff`), readFileSync(`${face}.woff2`))).toBe(true);
    expect(await subsetSource(`${face}.woff2`)).toBe(`${face}.woff`);
    const a = readTables(fromWoff);
    const b = readTables(fromWoff2);
    expect([...a.keys()]).toEqual([...b.keys()]);
    const differing = [...a.keys()].filter((tag) => !a.get(tag)!.equals(b.get(tag)!));
    // The WOFF2 decoder rebuilds glyf (and so loca) from its transformed streams and sets
    // head.flags bit 11 ("lossless transform applied"); nothing else may differ.
    expect(differing).toEqual(['glyf', 'head', 'loca']);
    const headA = Buffer.from(a.get('head')!);
    const headB = Buffer.from(b.get('head')!);
    expect(headB.readUInt16BE(16) & ~0x0800).toBe(headA.readUInt16BE(16));
    for (const head of [headA, headB]) head.fill(0, 8, 12).fill(0, 16, 18); // checksumAdjustment, flags
    expect(headA.equals(headB)).toBe(true);
    // Subsets of both draw every glyph the same (the subsets' glyf bytes differ only in how flags are run-length coded).
    // A sample of the whole face: every 40th character it maps.
    const sample = String.fromCodePoint(...(fontkit.create(fromWoff) as fontkit.Font).characterSet.filter((_, i) => i % 40 === 0));
    const [subsetA, subsetB] = await Promise.all([subsetFont(fromWoff, text + sample, { targetFormat: 'truetype' }), subsetFont(fromWoff2, text + sample, { targetFormat: 'truetype' })]);
    const drawn = glyphs(subsetA);
    expect(drawn.length).toBeGreaterThan(200);
    expect(drawn).toEqual(glyphs(subsetB));
  }, 180_000);

  it('is not used where the twin is another build of the font (Latin and numbered chunks)', async () => {
    for (const face of [latin, path.join(files('source-sans-3'), 'source-sans-3-latin-400-normal'), path.join(files('noto-serif-sc'), 'noto-serif-sc-119-400-normal')]) {
      expect(sameFont(readFileSync(`${face}.woff`), readFileSync(`${face}.woff2`)), face).toBe(false);
      expect(await subsetSource(`${face}.woff2`)).toBe(`${face}.woff2`);
    }
    // The same tables, one of another length (those twins also lack tables: this checks the lengths).
    const woff = Buffer.from(readFileSync(`${cjk}.woff`));
    const name = Array.from({ length: woff.readUInt16BE(12) }, (_, i) => 44 + 20 * i).find((at) => woff.toString('latin1', at, at + 4) === 'name')!;
    woff.writeUInt32BE(woff.readUInt32BE(name + 12) + 4, name + 12);
    expect(sameFont(woff, readFileSync(`${cjk}.woff2`))).toBe(false);
    expect(sameFont(readFileSync(`${cjk}.woff`), readFileSync(`${cjk}.woff2`))).toBe(true);
  });

  it('is what sourceFont reads for a WOFF, and leaves other formats as they are', async () => {
    expect((await sourceFont(`${latin}.woff`)).equals(await woffToSfnt(readFileSync(`${latin}.woff`)))).toBe(true);
    expect((await sourceFont(`${latin}.woff2`)).equals(readFileSync(`${latin}.woff2`))).toBe(true);
  });

  it('keeps the unpacked twins of the CJK faces for the next subset, whatever WOFF2 chunks are read between', async () => {
    const twin = `${simplified[0]}.woff`;
    const first = await sourceFont(twin);
    const latinFiles = ['latin-400-normal', 'latin-700-normal', 'latin-ext-400-normal', 'latin-400-italic', 'latin-600-normal'].map((name) => path.join(files('source-serif-4'), `source-serif-4-${name}.woff2`));
    for (const file of latinFiles) await sourceFont(file);
    for (const face of simplified.slice(1, 4)) await sourceFont(`${face}.woff`);
    expect(await sourceFont(twin)).toBe(first); // the same buffer: not unpacked again
  });

  it('refuses a broken file, naming it and the table', async () => {
    const woff = readFileSync(`${latin}.woff`);
    await expect(woffToSfnt(readFileSync(`${latin}.woff2`), 'x.woff2')).rejects.toThrow('Could not unpack the WOFF font x.woff2: no WOFF signature');
    await expect(woffToSfnt(woff.subarray(0, woff.length - 100), 'cut.woff')).rejects.toThrow(/cut\.woff: table \S+ runs past the end of the file/);
    const garbled = Buffer.from(woff);
    const entries = Array.from({ length: woff.readUInt16BE(12) }, (_, i) => 44 + 20 * i);
    const compressed = entries.find((at) => woff.readUInt32BE(at + 8) < woff.readUInt32BE(at + 12))!;
    const offset = woff.readUInt32BE(compressed + 4);
    garbled.fill(0x55, offset, offset + 8);
    await expect(woffToSfnt(garbled, 'garbled.woff')).rejects.toThrow(/garbled\.woff: table \S+ does not inflate/);
  });
});
