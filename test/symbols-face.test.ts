/**
 * What the Chinese faces lack and Noto Sans Symbols draws is set in it (stop 59; font-usage.ts symbolsFamily, fonts.ts
 * mergeRequests). No @fontsource Noto CJK face has a Roman numeral (地表水Ⅲ类, in nearly every report's environment
 * section) or a circled number past ⑱: the HTML and the EPUB showed them in the reader's own font, the PDF in the build
 * machine's DejaVu, and `no-glyph` warned on every such report. Only what the Chinese faces lack goes to it: not Latin,
 * not punctuation (Source Serif 4's), not what a Chinese face's numbered chunk draws (①, ●, ★).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subsetFonts, type FontRequest } from '../pipeline/render/fonts.ts';
import { printFonts } from '../pipeline/render/pdf/fonts-css.ts';
import { lowerStylesheets } from '../pipeline/render/epub/styles.ts';
import { fontkit } from '../pipeline/render/font-libraries.ts';

const byFace = (files: Awaited<ReturnType<typeof subsetFonts>>['files']) => {
  const faces: Record<string, string> = {};
  for (const file of files) faces[`${file.family} ${file.weight}`] = [...((faces[`${file.family} ${file.weight}`] ?? '') + file.characters)].sort().join('');
  return faces;
};

describe('the symbols face: what the Chinese faces lack', () => {
  let cacheDir: string;
  let faceIndex: string;
  const installIndex = process.env.DUIZHAO_FACE_INDEX;
  beforeAll(async () => {
    cacheDir = await mkdtemp(path.join(os.tmpdir(), 'dz-symbols-'));
    // the faces' coverage records in a folder of this test's (not the install's, which may hold them already)
    faceIndex = await mkdtemp(path.join(os.tmpdir(), 'dz-symbols-index-'));
    process.env.DUIZHAO_FACE_INDEX = faceIndex;
  });
  afterAll(async () => {
    if (installIndex === undefined) delete process.env.DUIZHAO_FACE_INDEX;
    else process.env.DUIZHAO_FACE_INDEX = installIndex;
    await Promise.all([cacheDir, faceIndex].map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('Roman numerals and ⑲ in Chinese text, bold, traditional and English text go to it; ①, ●, ★, Latin and punctuation do not', async () => {
    const requests: FontRequest[] = [
      { family: 'Noto Serif SC', weight: 400, text: '地表水达到或好于Ⅲ类水体比例⑲①，“引号”——…●★' },
      { family: 'Noto Sans TC', weight: 700, text: '臺灣Ⅱ類標题' },
      { family: 'Source Serif 4', weight: 400, text: 'Class Ⅳ water, café “x” —', fallback: { family: 'Noto Serif SC', weight: 400 } },
    ];
    const result = await subsetFonts(requests, { cacheDir });
    const faces = byFace(result.files);
    expect(faces['Noto Sans Symbols 400']).toBe([...'ⅢⅣ⑲'].sort().join(''));
    expect(faces['Noto Sans Symbols 700']).toBe('Ⅱ');
    expect(faces['Noto Serif SC 400']).toContain('①');
    expect(faces['Noto Serif SC 400']).toContain('●');
    expect(faces['Source Serif 4 400']).toContain('é');
    // its rules claim only those characters, so the browser sets nothing else in it
    const rules = result.css.split('\n').filter((rule) => rule.includes('"Noto Sans Symbols"'));
    expect(rules.map((rule) => /unicode-range:([^}]+)/.exec(rule)?.[1]).sort()).toEqual(['U+2161', 'U+2162-2163,U+2472']);
    // and the subset draws them: its cmap has each
    const symbols = result.files.find((file) => file.family === 'Noto Sans Symbols' && file.weight === 400)!;
    const font = fontkit().create(symbols.data) as { hasGlyphForCodePoint(cp: number): boolean };
    for (const char of 'ⅢⅣ⑲') expect(font.hasGlyphForCodePoint(char.codePointAt(0)!)).toBe(true);
  });

  it('a text without such a character asks nothing of it', async () => {
    const result = await subsetFonts([{ family: 'Noto Serif SC', weight: 400, text: '海淀区政府工作报告①●★→，“”' }], { cacheDir });
    expect(result.files.map((file) => file.family)).not.toContain('Noto Sans Symbols');
  });

  it('a numbered chunk’s coverage, read to know it draws ● and not ⑲, is kept as the whole faces’ is (a later build loads no fontkit for it)', async () => {
    const records = await Promise.all((await readdir(faceIndex)).map((name) => readFile(path.join(faceIndex, name), 'utf8').then((text) => JSON.parse(text) as { file: string; ranges: number[] })));
    const holds = (ranges: number[], cp: number) => ranges.some((lo, n) => n % 2 === 0 && cp >= lo && cp <= ranges[n + 1]);
    const bullet = records.find((record) => record.file === 'noto-serif-sc-105-400-normal.woff2');
    expect(bullet && holds(bullet.ranges, 0x25cf)).toBe(true);
    const circled = records.find((record) => record.file === 'noto-serif-sc-106-400-normal.woff2');
    expect(circled && holds(circled.ranges, 0x2460) && !holds(circled.ranges, 0x2472)).toBe(true);
  });

  it('the print page sets Ⅲ in it and in no other face (its weights); a print page without one has no rule for it', async () => {
    const withNumeral = await printFonts(['<p lang="zh-Hans">地表水Ⅲ类</p>'], cacheDir);
    const rules = withNumeral.css.split('\n').filter((rule) => rule.includes('U+2162'));
    // its weights the print faces ask for (400, 700; 600 for Source Serif 4's 600), and no Chinese or Latin face's rule
    expect(rules.length).toBeGreaterThanOrEqual(2);
    for (const rule of rules) expect(rule).toContain('font-family:"Noto Sans Symbols"');
    expect((await printFonts(['<p lang="zh-Hans">地表水</p>'], cacheDir)).css).not.toContain('Noto Sans Symbols');
  });

  it('every stack of the editions has it right after the Chinese faces (the EPUB’s lowered stylesheets too)', () => {
    const styles = path.join(import.meta.dirname, '../templates/styles');
    const sources = ['base', 'epub'].map((name) => ({ name, css: readFileSync(path.join(styles, `${name}.css`), 'utf8') }));
    for (const han of ['zh-Hans', 'zh-Hant'] as const) {
      const [lowered] = lowerStylesheets(sources, han);
      const stacks = [...lowered.css.matchAll(/font-family:\s*([^;}]+)/g)].map((m) => m[1]).filter((stack) => /Noto S(?:erif|ans) [ST]C/.test(stack));
      expect(stacks.length).toBeGreaterThan(3);
      for (const stack of stacks) expect(stack).toMatch(/"Noto S(?:erif|ans) [ST]C", "Noto Sans Symbols"/);
    }
  });
});
