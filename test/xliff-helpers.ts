/**
 * What the tests of a CAT tool's file share: the blocks an import's en.md holds by id, where a text stands in a file
 * (as the messages give places), and what the new-user fixture tests do with a translator's file: import it into a
 * project that has no English yet, and the round trip through the real OmegaT 3.6.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { VFile } from 'vfile';
import { parseReportMarkdown } from '../pipeline/model/index.ts';

/** en.md's blocks by id. */
export function blocks(en: string) {
  return new Map(parseReportMarkdown(new VFile({ path: 'en.md', value: en })).blocks.map((b) => [b.attributes.id, b] as const));
}

/** Where `needle` starts in `text`, as line:column (1-based), for the messages' places. */
export function placeOf(text: string, needle: string): string {
  const at = text.indexOf(needle);
  expect(at).toBeGreaterThan(-1);
  const before = text.slice(0, at).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

const bin = path.join(import.meta.dirname, '../pipeline/bin.cjs');

/** What an import into a fresh project left: the project, the CLI's report, the new en.md; `run` runs the CLI there (`run('check')`). */
export interface FreshImport {
  project: string;
  imported: string;
  en: string;
  run(...args: string[]): string;
}

/**
 * A new user's import of a translator's file, as the README tells it: the fixture's `content/` copied into `project`
 * without the report's en.md, the fixture's `catFile` copied into the project as `<slug>.xlf` (or under its own name
 * when it is not an XLIFF: `.mxliff`, `.sdlxliff`) and imported with the CLI. Throws (the CLI's output) when the
 * import is refused.
 */
export function importIntoFreshProject(fixture: string, slug: string, catFile: string, project: string): FreshImport {
  const run = (...args: string[]) => execFileSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
  cpSync(path.join(fixture, 'content'), path.join(project, 'content'), { recursive: true });
  const en = path.join(project, 'content/reports', slug, 'en.md');
  rmSync(en);
  const name = catFile.endsWith('.xlf') ? `${slug}.xlf` : path.basename(catFile);
  copyFileSync(path.join(fixture, catFile), path.join(project, name));
  const imported = run('xliff', 'import', name);
  return { project, imported, en: readFileSync(en, 'utf8'), run };
}

/** Whether this machine has OmegaT (the tests that need it are skipped where it is missing, as on a machine without Debian's package). */
export const hasOmegat = spawnSync('sh', ['-c', 'command -v omegat'], { encoding: 'utf8' }).status === 0;

/** What the round trip left: the project file, OmegaT's console output, its target XLIFF, the import's report and the new en.md. */
export interface OmegatRoundTrip {
  projectFile: string;
  omegatLog: string;
  target: string;
  imported: string;
  en: string;
}

/**
 * The round trip a translator makes with OmegaT, in the README's order: the project's English exported as a memory,
 * en.md removed, the report exported as an OmegaT project, OmegaT's console mode filling every unit from the memory,
 * and its target imported back into en.md. Runs in `project` (a folder holding `content/`) for the report `slug`.
 * Fails the test (with OmegaT's output) when OmegaT exits non-zero.
 */
export function translateInOmegat(project: string, slug: string): OmegatRoundTrip {
  const run = (...args: string[]) => execFileSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
  const en = path.join(project, 'content/reports', slug, 'en.md');
  run('tm', 'export', '-o', 'omegat/tm/auto/duizhao.tmx');
  rmSync(en);
  run('xliff', 'export', slug, '--omegat', 'omegat');
  const projectFile = readFileSync(path.join(project, 'omegat/omegat.project'), 'utf8');
  const log = spawnSync('omegat', ['omegat', '--mode=console-translate', '--config-dir=omegat/config'], { cwd: project, encoding: 'utf8', timeout: 120_000 });
  expect(log.status, log.stderr + log.stdout).toBe(0);
  const target = readFileSync(path.join(project, 'omegat/target', `${slug}.xlf`), 'utf8');
  const imported = run('xliff', 'import', `omegat/target/${slug}.xlf`);
  return { projectFile, omegatLog: log.stdout + log.stderr, target, imported, en: readFileSync(en, 'utf8') };
}
