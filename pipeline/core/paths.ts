/** Where a build reads and writes: resolved once from the options (a light module: a rebuild with nothing changed loads no stage). */
import path from 'node:path';
import { sourceRoot } from './inputs.ts';
import type { BuildOptions } from './types.ts';

export interface Paths {
  root: string;
  contentDir: string;
  outDir: string;
  cacheDir: string;
  templatesDir: string;
}

export function resolvePaths(options: BuildOptions): Paths {
  const root = path.resolve(options.root ?? process.cwd());
  return {
    root,
    contentDir: path.resolve(root, options.contentDir ?? 'content'),
    outDir: path.resolve(root, options.outDir ?? 'dist'),
    cacheDir: path.resolve(root, options.cacheDir ?? '.cache/duizhao'),
    templatesDir: path.resolve(options.templatesDir ?? path.join(sourceRoot, 'templates')),
  };
}
