/**
 * `duizhao --version` (and `-v`) is answered by pipeline/bin.cjs itself, before the
 * compiled tree's staleness walk and without loading the CLI, cac or any other
 * module, and without starting Node's ESM loader: the line is the one cac's `version()`
 * prints (issue 16: `--version` ≤ 150 ms).
 * Any other command line still goes through the compiled CLI and cac.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cac } from 'cac';
import { afterAll, expect, it, vi } from 'vitest';
import { version } from '../pipeline/version.ts';
import { repo } from './build-helpers.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-version-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bin = path.join(repo, 'pipeline/bin.cjs');

/** What cac itself prints for `--version`. */
function cacLine(): string {
  const cli = cac('duizhao');
  cli.version(version);
  const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
  try {
    cli.outputVersion();
    return info.mock.calls.map((call) => call.join(' ')).join('\n');
  } finally {
    info.mockRestore();
  }
}

it('prints the line cac prints, for --version and -v', () => {
  const expected = cacLine();
  expect(expected).toMatch(/^duizhao\/\d+\.\d+\.\d+ \S+-\S+ node-v\d+/);
  for (const flag of ['--version', '-v']) expect(execFileSync(process.execPath, [bin, flag], { encoding: 'utf8' }).trim()).toBe(expected);
});

it('answers without starting the ESM loader or loading any module but the entry', () => {
  // an ES module entry (bin.mjs, before run 66) starts Node's ESM loader first: ~10 ms over Node's own start-up
  const probe = path.join(dir, 'probe.cjs');
  writeFileSync(probe, `process.on('exit', () => {
  const esm = process.moduleLoadList.filter((name) => ['loader', 'translators', 'module_job'].some((part) => name.endsWith('/modules/esm/' + part)));
  require('node:fs').writeSync(2, JSON.stringify({ esm, required: Object.keys(require.cache) }));
});
`);
  const run = spawnSync(process.execPath, ['--require', probe, bin, '--version'], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  expect(run.stdout.trim()).toBe(cacLine());
  const loaded = JSON.parse(run.stderr) as { esm: string[]; required: string[] };
  expect(loaded.esm).toEqual([]);
  expect(loaded.required).toEqual([probe, bin]);
});

it('loads no module but bin.cjs to answer', () => {
  const log = path.join(dir, 'resolved.txt');
  writeFileSync(log, '');
  const hooks = path.join(dir, 'hooks.mjs');
  writeFileSync(hooks, `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, resolved.url + '\\n');
  return resolved;
}
`);
  const register = path.join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  execFileSync(process.execPath, ['--import', pathToFileURL(register).href, bin, '--version'], { encoding: 'utf8' });
  const resolved = readFileSync(log, 'utf8').trim().split('\n');
  // the hook saw the entry load, and nothing else (with --import the entry, CommonJS as it is, goes through the ESM loader)
  expect(resolved).toEqual([pathToFileURL(bin).href]);
  // the CLI's own `--version` (cli.js run with another flag beside it) is cac's, with no command loaded
  writeFileSync(log, '');
  expect(execFileSync(process.execPath, ['--import', pathToFileURL(register).href, bin, '--version', '--json'], { encoding: 'utf8' }).trim()).toBe(cacLine());
  const viaCli = readFileSync(log, 'utf8');
  expect(viaCli).toContain('/pipeline/cli.js');
  expect(viaCli).toContain('/node_modules/cac/');
  expect(viaCli).not.toMatch(/\/pipeline\/cli\/\w+\.js/);
  // another command still goes through cac
  writeFileSync(log, '');
  execFileSync(process.execPath, ['--import', pathToFileURL(register).href, bin, '--help'], { encoding: 'utf8' });
  expect(readFileSync(log, 'utf8')).toContain('/node_modules/cac/');
});
