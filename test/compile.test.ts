/**
 * The CLI runs compiled JavaScript (pipeline/setup/compile.mjs): the compiled
 * tree follows every source change (changed, added and removed files), runs
 * without TypeScript at run time, and the real CLI starts from it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types (it runs before anything is compiled)
import { compile, sourceRootOf } from '../pipeline/setup/compile.mjs';
import { repo } from './build-helpers.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'duizhao-compile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
};
const run = (out: string) => execFileSync(process.execPath, [path.join(out, 'pipeline/main.js')], { encoding: 'utf8' }).trim();

it('compiles the sources once, then only what changed, and never serves a stale file', () => {
  write('package.json', '{ "type": "module", "version": "1.0.0" }');
  write('pipeline/main.ts', "import { word } from './word.ts';\nimport type { Unused } from './types.ts';\nconst n: number = 1;\nconsole.log(word, n satisfies Unused);\n");
  write('pipeline/word.ts', "export const word: string = 'first';\n");
  write('pipeline/types.ts', 'export type Unused = number;\n');
  write('templates/style.css', 'p { color: red }\n');
  const first = compile(root);
  expect(first.changed.sort()).toEqual(['package.json', 'pipeline/main.ts', 'pipeline/types.ts', 'pipeline/word.ts', 'templates/style.css']);
  expect(run(first.outRoot)).toBe('first 1');
  expect(readFileSync(path.join(first.outRoot, 'templates/style.css'), 'utf8')).toBe('p { color: red }\n');
  expect(sourceRootOf(first.outRoot)).toBe(root);
  expect(sourceRootOf(root)).toBe(root);

  expect(compile(root).changed).toEqual([]);

  write('pipeline/word.ts', "export const word: string = 'second';\n");
  utimesSync(path.join(root, 'pipeline/word.ts'), new Date(), new Date(Date.now() + 5000)); // a different mtime even on a coarse clock
  const second = compile(root);
  expect(second.changed).toEqual(['pipeline/word.ts']);
  expect(run(second.outRoot)).toBe('second 1');

  rmSync(path.join(root, 'templates/style.css'));
  const third = compile(root);
  expect(third.removed).toEqual(['templates/style.css']);
  expect(existsSync(path.join(third.outRoot, 'templates/style.css'))).toBe(false);
});

it('names every source in its manifest by the hash of the bytes it compiled (what a build fingerprint stands on)', () => {
  const sha = (rel: string) => createHash('sha256').update(readFileSync(path.join(root, rel))).digest('hex');
  const manifest = () => JSON.parse(readFileSync(path.join(root, '.cache/compiled/compiled.json'), 'utf8')) as { files: Record<string, string>; hashes: Record<string, string> };
  write('pipeline/hashed.ts', "export const n = 1;\n");
  compile(root);
  const before = manifest();
  expect(Object.keys(before.hashes).sort()).toEqual(Object.keys(before.files).sort());
  expect(before.hashes['pipeline/hashed.ts']).toBe(sha('pipeline/hashed.ts'));
  write('pipeline/hashed.ts', "export const n = 2;\n");
  utimesSync(path.join(root, 'pipeline/hashed.ts'), new Date(), new Date(Date.now() + 7000));
  compile(root);
  const after = manifest();
  expect(after.hashes['pipeline/hashed.ts']).toBe(sha('pipeline/hashed.ts'));
  expect(after.hashes['pipeline/hashed.ts']).not.toBe(before.hashes['pipeline/hashed.ts']);
  // the other sources keep the hash taken when they were compiled
  expect(Object.keys(after.hashes).filter((rel) => after.hashes[rel] !== before.hashes[rel])).toEqual(['pipeline/hashed.ts']);
  // a manifest written before hashes were kept: everything is compiled again, and hashed
  writeFileSync(path.join(root, '.cache/compiled/compiled.json'), JSON.stringify({ sourceRoot: root, files: after.files }));
  expect(compile(root).changed.sort()).toEqual(Object.keys(after.files).sort());
  expect(manifest().hashes).toEqual(after.hashes);
  rmSync(path.join(root, 'pipeline/hashed.ts'));
  compile(root);
});

it('keeps the output of a source when another source of the same output name is removed (x.ts beside a plain x.js)', () => {
  // Seen on main: pipeline/render/pdf/table-headers.js (a plain handler file) was renamed while table-headers.ts
  // stayed; removing the plain file's output deleted the .ts file's output, and every PDF build failed.
  write('pipeline/main.ts', "import { word } from './shared.ts';\nconsole.log(word);\n");
  write('pipeline/shared.ts', "export const word = 'from ts';\n");
  write('pipeline/shared.js', "export const word = 'plain';\n");
  compile(root);
  rmSync(path.join(root, 'pipeline/shared.js'));
  const after = compile(root);
  expect(after.removed).toEqual(['pipeline/shared.js']);
  expect(run(after.outRoot)).toBe('from ts');
  // and an output deleted behind the compiler's back is made again
  rmSync(path.join(after.outRoot, 'pipeline/shared.js'));
  expect(compile(root).changed).toEqual(['pipeline/shared.ts']);
  expect(run(after.outRoot)).toBe('from ts');
});

it('runs the real CLI from its compiled tree', () => {
  const out = execFileSync(process.execPath, [path.join(repo, 'pipeline/bin.cjs'), '--version'], { encoding: 'utf8' });
  expect(out).toMatch(/^duizhao\/\d+\.\d+\.\d+/);
  const manifest = JSON.parse(readFileSync(path.join(repo, '.cache/compiled/compiled.json'), 'utf8')) as { sourceRoot: string; files: Record<string, string> };
  expect(manifest.sourceRoot).toBe(repo);
  expect(Object.keys(manifest.files)).toContain('pipeline/cli.ts');
  expect(existsSync(path.join(repo, '.cache/compiled/pipeline/cli.js'))).toBe(true);
});
