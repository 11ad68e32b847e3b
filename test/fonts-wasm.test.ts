/**
 * HarfBuzz's WebAssembly is compiled without leaving the main thread waiting
 * (render/fonts.ts sets --no-wasm-async-compilation): in a fresh process, the
 * first await after the first subset returns at once. Compiled asynchronously,
 * it waited 0.4-0.5 s for V8 to finish the module on a worker thread. Nor is it
 * tiered up to TurboFan on V8's background threads (--liftoff-only): ~0.2 s of CPU
 * for a few subsets, taken from the thread pool that unpacks the fonts.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types (it runs before anything is compiled)
import { compile } from '../pipeline/setup/compile.mjs';
import { repo } from './build-helpers.ts';

const run = promisify(execFile);

it('does not stall the main thread after the first subset', async () => {
  const script = `
    const { subsetFonts } = await import(${JSON.stringify(path.join(repo, 'pipeline/render/fonts.ts'))});
    const { mkdtemp, rm } = await import('node:fs/promises');
    await subsetFonts([{ family: 'Noto Sans SC', weight: 400, text: '海淀区人民政府工作报告' }], { format: 'truetype' });
    const started = performance.now();
    const dir = await mkdtemp('/tmp/dz-wasm-');
    console.log(JSON.stringify({ waited: performance.now() - started }));
    await rm(dir, { recursive: true });
  `;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repo });
  const { waited } = JSON.parse(stdout.trim().split('\n').pop()!) as { waited: number };
  // (0.4-0.5 s when compiled asynchronously; a loaded machine may delay the await itself a little)
  expect(waited).toBeLessThan(250);
}, 60_000);

it('keeps HarfBuzz in baseline code: its subsets cost little CPU beside the main thread', async () => {
  // Run from the compiled tree (tsx's loader thread would add its own CPU): the process's CPU against
  // the main thread's (Linux: /proc/self/task/<pid>/stat, in clock ticks of 10 ms).
  const { outRoot } = compile(repo);
  const script = `
    const { readFileSync } = await import('node:fs');
    const { subsetFonts } = await import(${JSON.stringify(path.join(outRoot, 'pipeline/render/fonts.js'))});
    const main = () => { const f = readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
    const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
    const text = readFileSync(${JSON.stringify(path.join(repo, 'content/reports/haidian-2021/zh.md'))}, 'utf8');
    const [cpu0, main0] = [cpu(), main()];
    for (const [n, weight] of [400, 700, 400, 700].entries()) await subsetFonts([{ family: 'Noto Sans SC', weight, text: text.slice(n * 1500, n * 1500 + 3000) }], { format: 'truetype' });
    const mainMs = main() - main0;
    console.log(JSON.stringify({ main: mainMs, background: cpu() - cpu0 - mainMs }));
  `;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: repo });
  const { main, background } = JSON.parse(stdout.trim().split('\n').pop()!) as { main: number; background: number };
  // Beside the main thread: the thread pool unpacking the two faces, GC, JavaScript's optimizer (with
  // --liftoff-only: ~0.4 of the main thread's time); HarfBuzz tiered up to TurboFan as well: ~0.7-0.8.
  expect(background / main).toBeLessThan(0.55);
}, 120_000);
