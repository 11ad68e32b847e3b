/**
 * woff.ts inflates each WOFF table into one buffer of its unpacked size (zlib's
 * chunkSize): at the default 16 KB chunks, the four CJK faces' ~12 MB of tables came
 * back to Node's main thread as ~750 stream callbacks, then concatenated (issue 16,
 * the cold EPUB). The bytes are woff.test.ts's; this pins the chunking.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, it, vi } from 'vitest';

const calls: Array<{ packed: number; chunkSize?: number }> = [];
vi.mock('node:zlib', async (importOriginal) => {
  const zlib = await importOriginal<typeof import('node:zlib')>();
  const inflate = ((data: Buffer, options: unknown, callback?: unknown) => {
    const opts = typeof options === 'function' ? {} : (options as { chunkSize?: number });
    calls.push({ packed: data.length, chunkSize: opts.chunkSize });
    return (zlib.inflate as (...args: unknown[]) => void)(data, options, callback);
  }) as typeof zlib.inflate;
  return { ...zlib, default: { ...zlib, inflate }, inflate };
});

const { woffToSfnt } = await import('../pipeline/render/woff.ts');
const require = createRequire(import.meta.url);

it('inflates each table of a CJK face in one piece (chunkSize ≥ its unpacked size)', async () => {
  const dir = path.join(path.dirname(require.resolve('@fontsource/noto-serif-sc/package.json')), 'files');
  const woff = readFileSync(path.join(dir, 'noto-serif-sc-chinese-simplified-400-normal.woff'));
  const sfnt = await woffToSfnt(woff);
  const numTables = woff.readUInt16BE(12);
  const unpacked = new Map<number, number>(); // packed length → unpacked length, from the WOFF directory
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    unpacked.set(woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12));
  }
  expect(calls.length).toBeGreaterThan(0);
  for (const call of calls) expect(call.chunkSize ?? 16 * 1024).toBeGreaterThanOrEqual(unpacked.get(call.packed)!);
  expect(sfnt.length).toBeGreaterThan(woff.length);
});
