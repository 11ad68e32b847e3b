/**
 * The EPUB's stylesheets are the install's own (render/epub/stylesheets.ts): lowered once (styles.ts,
 * postcss) and kept beside the installed packages, so that a later build — another process, another
 * project — reads them and neither loads postcss nor lowers them again; a damaged record is lowered
 * again. Counted on lowerStylesheets; the install's cache folder is a temporary one.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { repo } from './build-helpers.ts';

const lowered = vi.hoisted(() => ({ count: 0 }));
vi.mock('../pipeline/render/epub/styles.ts', async (original) => {
  const actual = await original<typeof import('../pipeline/render/epub/styles.ts')>();
  return { ...actual, lowerStylesheets: (...args: Parameters<typeof actual.lowerStylesheets>) => (lowered.count++, actual.lowerStylesheets(...args)) };
});

const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-install-cache-'));
beforeAll(() => {
  process.env.DUIZHAO_INSTALL_CACHE = dir;
});
afterAll(() => {
  delete process.env.DUIZHAO_INSTALL_CACHE;
  rmSync(dir, { recursive: true, force: true });
});

/** epubStylesheets as a new process has it (nothing in memory). */
async function fresh() {
  vi.resetModules();
  return (await import('../pipeline/render/epub/stylesheets.ts')).epubStylesheets();
}

it('lowers the stylesheets once per install, and a later process reads what was lowered', async () => {
  const { lowerStylesheets } = await import('../pipeline/render/epub/styles.ts');
  const sources = ['base', 'epub'].map((name) => ({ name, css: readFileSync(path.join(repo, 'templates/styles', `${name}.css`), 'utf8') }));
  const expected = lowerStylesheets(sources);
  lowered.count = 0;
  expect(await fresh()).toEqual(expected);
  expect(lowered.count).toBe(1);
  const [record] = readdirSync(dir).filter((name) => name.startsWith('epub-styles-'));
  expect(record).toBeDefined();
  expect(await fresh()).toEqual(expected); // another process: read from the install
  expect(lowered.count).toBe(1);
  writeFileSync(path.join(dir, record), '[{"css": 1}]'); // damaged: lowered again
  expect(await fresh()).toEqual(expected);
  expect(lowered.count).toBe(2);
});
