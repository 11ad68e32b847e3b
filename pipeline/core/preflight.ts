/**
 * Checks before any work that would otherwise fail deep inside a renderer:
 * the font packages every edition embeds (render/font-packages.ts) must
 * be installed; a missing one names the npm command.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fontPackages } from '../render/font-packages.ts';
import { repoRoot } from './inputs.ts';
import type { BuildProblem } from './types.ts';

/** Resolved from the pipeline's own location, as the font module resolves them. */
const require = createRequire(path.join(repoRoot, 'pipeline/render/fonts.ts'));

export function checkFonts(resolve: (name: string) => string = require.resolve): BuildProblem[] {
  const problems: BuildProblem[] = [];
  for (const name of new Set(Object.values(fontPackages))) {
    try {
      resolve(`${name}/package.json`);
    } catch {
      problems.push({ message: `Font package \`${name}\` is not installed (every edition embeds it)`, hint: `Run \`npm install ${name}\` in ${repoRoot}` });
    }
  }
  return problems;
}
