/**
 * The output cache's key (core/jobs.ts) hashes the code that shapes each edition: codeFolders
 * (core/stages.ts). A module a renderer runs that is in none of its folders can change
 * without the key changing, and a build restores the old output for it. This follows every
 * relative import from each renderer and asks each module reached to be in its folders.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFolders } from '../pipeline/core/stages.ts';

const repo = path.join(import.meta.dirname, '..');

/**
 * Modules a renderer imports that shape no output: types (render/types.ts names the PDF's shared browser and, since
 * perf39's kept print tab, the tab in a type: `import('./pdf/browser.ts')`, `import('./pdf/print-page.ts').KeptTab` —
 * the PDF renderer's own folder holds both), the cache's file plumbing, the version (package-lock.json holds it).
 */
const shapesNoOutput = new Set(['pipeline/config/types.ts', 'pipeline/core/cache.ts', 'pipeline/version.ts', 'pipeline/render/pdf/browser.ts', 'pipeline/render/pdf/print-page.ts']);

/** Every repository module reached from `entry` by relative imports (static and dynamic). */
function reached(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(path.join(repo, file), 'utf8');
    for (const match of source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]));
      if (target.endsWith('.ts') && existsSync(path.join(repo, target))) stack.push(target);
    }
  }
  return [...seen].sort();
}

describe('the code each edition is keyed by', () => {
  for (const edition of ['html', 'epub', 'pdf'] as const) {
    it(`holds every module the ${edition} renderer runs`, () => {
      const folders = [...codeFolders.common, ...codeFolders[edition]];
      const inFolders = (file: string) => folders.some((folder) => file === folder || file.startsWith(`${folder}/`));
      const missing = reached(`pipeline/render/${edition}/index.ts`).filter((file) => !inFolders(file) && !shapesNoOutput.has(file));
      expect(missing).toEqual([]);
    });
  }
});
