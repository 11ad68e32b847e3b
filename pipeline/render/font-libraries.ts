/**
 * The two font libraries, loaded on first use: fontkit (glyph outlines for the EPUB cover,
 * a face's cmap) and subset-font (HarfBuzz in WebAssembly). Loading them took 0.25-0.5 s of
 * Node's thread in every build that rendered anything; a build whose subsets, face coverage
 * and cover come from the cache (a one-paragraph edit, the dev server) now loads neither.
 */
import { createRequire } from 'node:module';
import v8 from 'node:v8';
import type * as Fontkit from 'fontkit';
import { packageVersion } from '../core/cache.ts';

export type { Font, PathCommand } from 'fontkit';

const require = createRequire(import.meta.url);

let fontkitModule: typeof Fontkit | undefined;

/** fontkit (its CommonJS build, so that the EPUB cover can open a font synchronously). */
export function fontkit(): typeof Fontkit {
  return (fontkitModule ??= require('fontkit') as typeof Fontkit);
}

// subset-font ships no type declarations; this is the part of its API we use.
type SubsetFont = (font: Buffer, text: string, options: { targetFormat: 'truetype' }) => Promise<Uint8Array>;
let subsetFontModule: SubsetFont | undefined;

/** HarfBuzz's subset of `font` to the characters of `text`. */
export function subsetFont(font: Buffer, text: string, options: { targetFormat: 'truetype' }): Promise<Uint8Array> {
  if (!subsetFontModule) {
    // subset-font instantiates HarfBuzz (680 KB of WebAssembly) with WebAssembly.instantiate. Compiled
    // asynchronously, V8 finishes the module on a worker thread and the main thread sat waiting for it
    // at its next await, 0.4-0.5 s in every process that subsets a font (strace: the main thread in a
    // futex wait while one worker compiled; test/fonts-wasm.test.ts). Compiled synchronously, the first
    // subset takes as long (~55 ms) and nothing waits. A process-wide V8 setting, set before HarfBuzz loads.
    v8.setFlagsFromString('--no-wasm-async-compilation');
    // And kept in V8's baseline code (Liftoff): tiering its hot functions up to TurboFan cost ~0.2 s of
    // CPU on V8's background threads for a few subsets (~0.8 s in a cold EPUB of the long report, on a
    // loaded 2-core machine), taken from the thread pool unpacking the fonts, for a subsetter that runs a
    // few dozen times per build; the main thread's time per subset stays the same (medians: 8 CJK subsets
    // 170 ms with tier-up, 183 ms without). Same bytes out (test/build-identical.test.ts); the flag's place before
    // HarfBuzz loads: test/fonts-wasm.test.ts.
    v8.setFlagsFromString('--liftoff-only');
    subsetFontModule = require('subset-font') as SubsetFont;
  }
  return subsetFontModule(font, text, options);
}

/** subset-font's version, for cache keys (its package file only: HarfBuzz is not loaded). */
export const subsetterVersion = packageVersion('subset-font');
