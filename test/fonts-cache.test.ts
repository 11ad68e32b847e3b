/**
 * The font-subset cache (pipeline/render/fonts.ts) and the print page's fonts
 * (pipeline/render/pdf/fonts-css.ts): a subset is made once per (font file,
 * characters) and then read from memory or from `<cacheDir>/fonts/`; a new
 * character makes a new subset of that face only; the print fonts cover every
 * character of the document plus what the paginator and the stylesheet may add.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as fontkit from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearSubsetMemory, faceRecordKey, subsetFonts, type FontRequest } from '../pipeline/render/fonts.ts';
import { printFonts } from '../pipeline/render/pdf/fonts-css.ts';
import { repo } from './build-helpers.ts';

let cacheDir: string;
beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'dz-font-cache-'));
});
afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

const listCache = async () => (await readdir(path.join(cacheDir, 'fonts')).catch(() => [] as string[])).filter((f) => f.endsWith('.woff2')).sort();

describe('font subset cache', () => {
  const zh: FontRequest = { family: 'Noto Serif SC', weight: 400, text: '接诉即办，三城一区。' };
  const en: FontRequest = { family: 'Source Serif 4', weight: 400, text: 'Handling complaints upon receipt' };

  it('stores each subset on disk and serves it from there in a later process', async () => {
    clearSubsetMemory();
    const first = await subsetFonts([zh, en], { cacheDir });
    const stored = await listCache();
    expect(stored.length).toBe(first.files.length);
    expect(first.files.length).toBeGreaterThanOrEqual(2);

    // Mark one stored subset: if the next run reads the disk cache, it gets the mark back.
    const marked = path.join(cacheDir, 'fonts', stored[0]);
    const original = await readFile(marked);
    await writeFile(marked, Buffer.concat([original, Buffer.from('MARK')]));
    clearSubsetMemory(); // as a new process would start
    const second = await subsetFonts([zh, en], { cacheDir });
    expect(second.files.some((f) => f.data.subarray(-4).toString() === 'MARK')).toBe(true);
    await writeFile(marked, original);
    expect(await listCache()).toEqual(stored);
  });

  it('makes a new subset only for the face whose characters changed', async () => {
    clearSubsetMemory();
    const before = await listCache();
    const result = await subsetFonts([{ ...zh, text: zh.text + '放管服' }, en], { cacheDir });
    const after = await listCache();
    const added = after.filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    // the new subset is the Chinese face's and holds the new characters
    const file = result.files.find((f) => f.family === 'Noto Serif SC')!;
    const font = fontkit.create(file.data) as fontkit.Font;
    for (const char of '放管服接诉') expect(font.hasGlyphForCodePoint(char.codePointAt(0)!), char).toBe(true);
    expect(await readFile(path.join(cacheDir, 'fonts', added[0]))).toEqual(file.data);
  });

  it('gives the same bytes from the cache as made afresh', async () => {
    clearSubsetMemory();
    const cached = await subsetFonts([zh, en], { cacheDir });
    clearSubsetMemory();
    const fresh = await subsetFonts([zh, en]);
    expect(cached.css).toBe(fresh.css);
    expect(cached.files.map((f) => f.data.toString('base64'))).toEqual(fresh.files.map((f) => f.data.toString('base64')));
  });

  it('keeps working when the cache folder cannot be written', async () => {
    clearSubsetMemory();
    const blocked = path.join(cacheDir, 'not-a-dir');
    await writeFile(blocked, 'a file where the cache folder should be');
    const result = await subsetFonts([zh], { cacheDir: blocked });
    expect(result.files.length).toBeGreaterThan(0);
  });
});

describe('a build whose subsets are cached (a one-paragraph edit)', () => {
  // A fresh process each time, as each build is: which font libraries it loaded, and the bytes it served.
  const run = async (dir: string, index: string): Promise<{ loaded: string[]; bytes: string }> => {
    const script = `
      const { subsetFonts } = await import(${JSON.stringify(path.join(repo, 'pipeline/render/fonts.ts'))});
      const { createRequire } = await import('node:module');
      const { createHash } = await import('node:crypto');
      const result = await subsetFonts([
        { family: 'Noto Serif SC', weight: 400, text: '接诉即办，三城一区。' },
        { family: 'Noto Sans SC', weight: 700, text: '政府工作报告' },
        { family: 'Source Serif 4', weight: 400, text: 'Handling complaints upon receipt' },
      ], { cacheDir: ${JSON.stringify(dir)}, format: 'truetype' });
      // (their package.json files, read for cache keys, are not the libraries)
      const loaded = Object.keys(createRequire(import.meta.url).cache).map((file) => /node_modules\\/(fontkit|subset-font)\\/(?!package\\.json$)/.exec(file)?.[1]).filter(Boolean);
      const bytes = createHash('sha256').update(result.css).update(Buffer.concat(result.files.map((f) => f.data))).digest('hex');
      console.log(JSON.stringify({ loaded: [...new Set(loaded)].sort(), bytes }));
    `;
    const env = { ...process.env, DUIZHAO_FACE_INDEX: index };
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repo, env });
    return JSON.parse(stdout.trim().split('\n').pop()!) as { loaded: string[]; bytes: string };
  };

  it('loads neither fontkit nor HarfBuzz, and serves the same bytes; a damaged coverage record is read from the font again', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dz-font-faces-'));
    const index = path.join(dir, 'install-index');
    try {
      const cold = await run(dir, index);
      expect(cold.loaded).toEqual(['fontkit', 'subset-font']);
      const records = (await readdir(path.join(dir, 'fonts'))).filter((f) => /^face-[0-9a-f]{40}\.json$/.test(f));
      expect(records).toHaveLength(2); // the two CJK faces' whole files
      expect((await readdir(index)).sort()).toEqual(records.sort()); // and the install's copies
      const warm = await run(dir, index);
      expect(warm).toEqual({ loaded: [], bytes: cold.bytes });
      // A record that cannot be read (a torn or foreign file) costs time, never a wrong subset.
      for (const record of records) {
        await writeFile(path.join(dir, 'fonts', record), '{"file": "noto');
        await writeFile(path.join(index, record), '{"file": "noto');
      }
      const again = await run(dir, index);
      expect(again).toEqual({ loaded: ['fontkit'], bytes: cold.bytes });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reads the faces' coverage from the install in a new project's first build (fontkit not loaded, the subsets made)", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dz-font-faces-'));
    const index = path.join(dir, 'install-index');
    try {
      const first = await run(path.join(dir, 'project-1'), index);
      expect(first.loaded).toEqual(['fontkit', 'subset-font']);
      const second = await run(path.join(dir, 'project-2'), index);
      expect(second).toEqual({ loaded: ['subset-font'], bytes: first.bytes });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the print fonts' read-ahead (what the tab's fonts need, got ready while Chromium opens it)", () => {
  // A fresh process each time, as each build is: which font libraries the read-ahead loaded, and which subsets it made.
  const readAhead = async (dir: string): Promise<{ loaded: string[]; made: number }> => {
    const script = `
      const { printFonts } = await import(${JSON.stringify(path.join(repo, 'pipeline/render/pdf/fonts-css.ts'))});
      const { createRequire } = await import('node:module');
      const { readdir } = await import('node:fs/promises');
      const fonts = await printFonts(['<p lang="zh-Hans">中关村</p><p lang="en">report</p>'], ${JSON.stringify(dir)});
      await fonts.readAhead();
      const loaded = Object.keys(createRequire(import.meta.url).cache).map((file) => /node_modules\\/(subset-font)\\/(?!package\\.json$)/.exec(file)?.[1]).filter(Boolean);
      const made = (await readdir(${JSON.stringify(path.join(dir, 'fonts'))}).catch(() => [])).filter((f) => f.endsWith('.ttf')).length;
      console.log(JSON.stringify({ loaded: [...new Set(loaded)], made }));
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repo });
    return JSON.parse(stdout.trim().split('\n').pop()!) as { loaded: string[]; made: number };
  };

  it('loads HarfBuzz and makes no subset when the subsets are not kept; loads nothing when they all are', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dz-read-ahead-'));
    try {
      expect(await readAhead(dir)).toEqual({ loaded: ['subset-font'], made: 0 });
      const script = `
        const { printFonts } = await import(${JSON.stringify(path.join(repo, 'pipeline/render/pdf/fonts-css.ts'))});
        const fonts = await printFonts(['<p lang="zh-Hans">中关村</p><p lang="en">report</p>'], ${JSON.stringify(dir)});
        await Promise.all(Object.values(fonts.files).map((make) => make()));
      `;
      await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repo });
      // every subset on disk: a build whose subsets are cached loads no font library for the read-ahead
      expect(await readAhead(dir)).toMatchObject({ loaded: [] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('print fonts', () => {
  it('cover every character of the document, in every face, plus what the page may add', async () => {
    const doc = '<p lang="zh-Hans">海淀区“两区”建设&#x3001;中关村</p><p lang="en">Zhongguancun — 2021&nbsp;report</p>';
    const fonts = await printFonts([doc], cacheDir);
    const faces = new Map<string, Set<number>>();
    for (const rule of fonts.css.matchAll(/font-family:"([^"]+)";font-style:(\w+);font-weight:(\d+);[^}]*src:url\("([^"]+)"\)/g)) {
      const [, family, style, weight, url] = rule;
      expect(fonts.files[url], url).toBeDefined();
      const font = fontkit.create(await fonts.files[url]()) as fontkit.Font;
      const key = `${family} ${weight} ${style}`;
      const set = faces.get(key) ?? new Set<number>();
      // A chunk whose unicode-range claims characters its glyphs lack subsets to an
      // empty cmap (fontkit cannot read one): the browser falls through to the next face.
      const characters = (() => {
        try {
          return font.characterSet;
        } catch {
          return [];
        }
      })();
      for (const cp of characters) set.add(cp);
      faces.set(key, set);
    }
    // Chinese faces hold the Chinese of the document (and the decoded entity 、)
    for (const face of ['Noto Serif SC 400 normal', 'Noto Serif SC 700 normal', 'Noto Sans SC 400 normal', 'Noto Sans SC 700 normal']) {
      for (const char of '海淀区两区建设中关村“”、') expect(faces.get(face)?.has(char.codePointAt(0)!), `${face} ${char}`).toBe(true);
    }
    // Latin faces hold the Latin of the document; what paginate.js adds
    // (U+2010 at a break, the en dash of page ranges) is in the face or in the
    // Chinese face that follows it in print.css's stack
    const has = (face: string, char: string) => faces.get(face)?.has(char.codePointAt(0)!) ?? false;
    for (const face of ['Source Serif 4 400 normal', 'Source Serif 4 400 italic', 'Source Sans 3 700 normal', 'DZ Latin in Han 400 normal']) {
      for (const char of 'Zhongguancun2021report?') expect(has(face, char), `${face} ${char}`).toBe(true);
    }
    for (const [latin, han] of [['Source Serif 4 400 normal', 'Noto Serif SC 400 normal'], ['Source Sans 3 700 normal', 'Noto Sans SC 700 normal']]) {
      for (const char of '—\u2010\u2011\u2013\u00a0') expect(has(latin, char) || has(han, char), `${latin} / ${han} U+${char.codePointAt(0)!.toString(16)}`).toBe(true);
    }
    expect(fonts.css).toMatch(/font-family:"DZ Latin in Han"[^}]*unicode-range:U\+20-7E/);
    expect(fonts.css).not.toMatch(/url\((?!"\/print\/fonts\/)/);
    // TrueType (no brotli to pay for: the files never leave the machine)
    const made = await Promise.all(Object.values(fonts.files).map((make) => make()));
    for (const data of made) expect(data.subarray(0, 4).toString('hex')).toBe('00010000');
    expect(made.reduce((sum, data) => sum + data.length, 0)).toBeLessThan(600_000);
  });

  it('are made when first asked for, once: the print page makes only the files Chromium asks for', async () => {
    clearSubsetMemory();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dz-print-fonts-'));
    try {
      const made = async () => (await readdir(path.join(dir, 'fonts')).catch(() => [] as string[])).filter((f) => f.endsWith('.ttf'));
      const fonts = await printFonts(['<p lang="zh-Hans">中关村</p><p lang="en">report</p>'], dir);
      const urls = Object.keys(fonts.files);
      expect(urls.length).toBeGreaterThan(2);
      expect(await made()).toEqual([]); // planned, none made
      const first = await fonts.files[urls[0]]();
      expect(await made()).toHaveLength(1);
      expect(await fonts.files[urls[0]]()).toBe(first); // the same bytes for every tab (one base64 encoding)
      expect(await made()).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a CJK face\'s kept coverage', () => {
  it('is keyed by what reads it too: fontkit\'s version (the cmap) and woff.ts (which file HarfBuzz reads, the twin or the WOFF2)', async () => {
    const whole = path.join(repo, 'node_modules/@fontsource/noto-serif-sc/files/noto-serif-sc-chinese-simplified-400-normal.woff2');
    const key = await faceRecordKey(whole, '@fontsource/noto-serif-sc@x/files/noto-serif-sc-chinese-simplified-400-normal.woff2');
    const manifest = JSON.parse(await readFile(path.join(repo, 'node_modules/fontkit/package.json'), 'utf8')) as { version: string };
    expect(key).toContain(`fontkit@${manifest.version}`);
    const woff = createHash('sha256').update(await readFile(path.join(repo, 'pipeline/render/woff.ts'))).digest('hex');
    expect(key).toContain(woff);
  });
});
