/**
 * pipeline/render/pdf/pagedjs-fixes.css overrides Paged.js internals by name, so
 * it holds for one version: the one package.json pins and node_modules holds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { packageRoot } from '../pipeline/render/pdf/fonts-css.ts';
import { repo } from './build-helpers.ts';

it('ships the Paged.js version the overrides were written for', () => {
  const pinned = (JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies.pagedjs;
  const installed = (JSON.parse(readFileSync(path.join(packageRoot('pagedjs'), 'package.json'), 'utf8')) as { version: string }).version;
  const fixes = readFileSync(path.join(repo, 'pipeline/render/pdf/pagedjs-fixes.css'), 'utf8');
  const written = /Paged\.js (\d+\.\d+\.\d+)/.exec(fixes)?.[1];
  expect({ pinned, installed }).toEqual({ pinned: written, installed: written });
});
