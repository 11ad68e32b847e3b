/** A file an export command writes with `-o` (tm, glossary and xliff export): its folder made first, as a new project has none. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeOutput(file: string, data: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, data, 'utf8');
}
