/**
 * Ctrl-C in the middle of a build (while Chromium prints the second report's PDFs): the command exits
 * 130, every Chromium it started is gone, no half-written output exists
 * (dist/ as before, no staging folder, no cache scratch, no partial entry).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { build } from '../pipeline/index.ts';
import { leftovers, snapshot, spyRenderers, tempProject } from './build-helpers.ts';
import { descendants, killedOrGone, runCli, stillAlive } from './reliability-helpers.ts';

it('Ctrl-C mid-build leaves no Chromium, no partial output and dist/ intact', async () => {
  const root = tempProject();
  expect((await build({ root, renderers: spyRenderers().renderers })).ok).toBe(true);
  const before = snapshot(path.join(root, 'dist'));
  const entriesBefore = readdirSync(path.join(root, '.cache/duizhao/outputs')).sort();

  let cliPid = 0;
  const seen = new Set<number>();
  let interrupted = false;
  // Every Chromium the command starts, from its launch on (PDFs print one at a time, in one shared browser).
  const watcher = setInterval(async () => {
    if (!cliPid || interrupted) return;
    for (const p of (await descendants(cliPid)).filter((p) => /chrom/i.test(p.command))) seen.add(p.pid);
  }, 100);
  // Ctrl-C the moment the first report's PDFs are built: the second's are printing then, on any machine (was: 300 ms
  // after Chromium was first seen, which a loaded machine spends still launching it, and a fast one could outrun).
  let stderr = '';
  const onStderr = (chunk: string) => {
    stderr += chunk;
    if (!interrupted && /^built +pdf +alpha /m.test(stderr)) {
      interrupted = true;
      process.kill(cliPid, 'SIGINT');
    }
  };
  const run = await runCli(['build', '--root', root, '--only', 'pdf', '--force'], { onStart: (pid) => (cliPid = pid), onStderr });
  clearInterval(watcher);

  expect(interrupted, `alpha's PDFs never built:\n${run.stderr}`).toBe(true);
  expect(seen.size, 'no Chromium seen').toBeGreaterThan(0);
  // The interrupt came between the two reports' PDFs: beta's never finished.
  expect(run.stderr).not.toMatch(/^built +pdf +beta /m);
  expect(run.status, run.stderr).toBe(130);
  expect(run.stderr).toMatch(/Interrupted/);
  expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  // Every Chromium killed by the time the command exited; gone once the kernel has torn it down, which a loaded
  // machine does later than the fixed 500 ms wait this test had (a Chromium nobody killed lives on, or exits by
  // itself ~0.5–0.8 s after its pipe closed: killedOrGone tells it from a killed one).
  expect([...seen].filter((pid) => !killedOrGone(pid))).toEqual([]);
  expect(await stillAlive(() => [...seen])).toEqual([]);
  expect(snapshot(path.join(root, 'dist'))).toEqual(before);
  expect(leftovers(root)).toEqual([]);
  const tmp = path.join(root, '.cache/duizhao/tmp');
  expect(existsSync(tmp) ? readdirSync(tmp) : []).toEqual([]);
  // Any new cache entry must be complete (it only appears by a rename after rendering).
  for (const entry of readdirSync(path.join(root, '.cache/duizhao/outputs')).filter((e) => !entriesBefore.includes(e))) {
    expect(existsSync(path.join(root, '.cache/duizhao/outputs', entry, 'meta.json'))).toBe(true);
  }
});
