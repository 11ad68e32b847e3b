/**
 * House rules that code review keeps missing, checked on the source itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(path.join(repo, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js|mjs)$/.test(entry.name))
    .map((entry) => path.relative(repo, path.join(entry.parentPath, entry.name)));
}

it('templates own their types: nothing in templates/ imports from pipeline/render/ (render imports templates)', () => {
  const offenders = sources('templates').filter((file) => /from\s+['"][./]*pipeline\/render\//.test(readFileSync(path.join(repo, file), 'utf8')));
  expect(offenders).toEqual([]);
});

it('unit test files start no browser and no process (those belong in the e2e project, vitest.config.ts)', async () => {
  const { e2e } = await import('../vitest.config.ts');
  const unit = sources('test').filter((file) => file.endsWith('.test.ts') && !e2e.includes(file) && file !== 'test/house.test.ts');
  const heavy = /from\s+['"](puppeteer|node:child_process|child_process)['"]|from\s+['"]\.\/reliability-helpers\.ts['"]|execFileSync|spawnSync/;
  expect(unit.filter((file) => heavy.test(readFileSync(path.join(repo, file), 'utf8')))).toEqual([]);
});

it('the top level is the fixed one (the brief: package.json, tsconfig.json, content/, pipeline/, templates/, dist/, test/, README.md) with the tools\' own files', () => {
  const fixed = ['package.json', 'tsconfig.json', 'content', 'pipeline', 'templates', 'dist', 'test', 'README.md'];
  const tools = ['package-lock.json', 'vitest.config.ts', 'BENCHMARKS.md', 'node_modules'];
  const extra = readdirSync(repo).filter((name) => !name.startsWith('.') && !fixed.includes(name) && !tools.includes(name));
  expect(extra).toEqual([]);
});
