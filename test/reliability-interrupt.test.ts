/**
 * Ctrl-C in the middle of a build (while Chromium prints): the command exits
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
  const watcher = setInterval(async () => {
    if (!cliPid || interrupted) return;
    const chromium = (await descendants(cliPid)).filter((p) => /chrom/i.test(p.command));
    for (const p of chromium) seen.add(p.pid);
    if (chromium.length > 0) {
      interrupted = true;
      setTimeout(() => process.kill(cliPid, 'SIGINT'), 300); // let it get into the printing
    }
  }, 100);
  const run = await runCli(['build', '--root', root, '--only', 'pdf', '--force'], { onStart: (pid) => (cliPid = pid) });
  clearInterval(watcher);

  expect(interrupted, `Chromium never started:\n${run.stderr}`).toBe(true);
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
