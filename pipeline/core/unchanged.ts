/**
 * A rebuild with nothing changed. The last clean build of a dist leaves a record
 * (in the cache folder): a fingerprint of every input the build reads, the size,
 * mtime and inode of every file it left in the dist, and its result. When the
 * next build's fingerprint is the same and the dist is as that build left it,
 * the build would read the same inputs, reach the same checks' result and
 * publish the same files: its result is given again (`unchanged: true`) without
 * loading, parsing, checking or copying anything (a no-op rebuild: ~0.3 s of
 * module loading and ~0.3 s of work less).
 *
 * The fingerprint: the content folder, the config file, the templates, the
 * pipeline's code and package files (content hashes memoized by size, mtime and
 * inode, as the output cache's keys are) — or, when the code runs compiled, the
 * compiled tree's manifest, which holds the content hash of every source it was
 * compiled from — Duizhao's and Node's versions, the
 * options that shape the dist and SOURCE_DATE_EPOCH. Only a build with no message
 * and no problem is recorded, so a replayed result never hides a message: the
 * checks it stands for found nothing, on the same inputs and the same check code.
 */
import { lstat, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findConfigFile } from '../config/files.ts';
import { version } from '../version.ts';
import { hashPath, repoRoot, sha256, sourceRoot } from './inputs.ts';
import type { Paths } from './paths.ts';
import type { BuildEvent, BuildOptions, BuildResult } from './types.ts';

/** The pipeline's own files (relative to its sources) that shape what a build reads, checks and writes. */
const codeItems = ['pipeline', 'templates', 'package.json', 'package-lock.json'];

/** What a build records for the next one. */
interface LastBuild {
  fingerprint: string;
  /** The reports the build set out to make (its `start` event), drafts included. */
  selected: string[];
  /** Every file of the dist it published: relative path → size:mtime:inode. */
  dist: Record<string, string>;
  result: Omit<BuildResult, 'files' | 'ms' | 'aborted' | 'unchanged'>;
}

/** Whether this build may be answered from (and may leave) a record: not forced, and its code hash is its own (the dev server reuses one). */
export function replayable(options: BuildOptions): boolean {
  return !options.force && !options.reuseCodeHash;
}

/**
 * Hash of every input of a build with these options (see the module's comment). `codeRoot`: the
 * pipeline's sources; `runningRoot`: the code that runs (the sources or their compiled tree). A test gives copies.
 */
export async function fingerprint(options: BuildOptions, paths: Paths, codeRoot = sourceRoot, runningRoot = repoRoot): Promise<string> {
  const configFile = options.configPath ? path.resolve(paths.root, options.configPath) : findConfigFile(paths.root);
  // The code that runs: the sources' hashes, and when it runs from a compiled tree, the manifest of the
  // sources it was compiled from (pipeline/setup/compile.mjs), so a tree behind its sources never
  // stands for them.
  const compiled = await readFile(path.join(runningRoot, 'compiled.json'), 'utf8').catch(() => 'sources');
  // A manifest that holds every source's content hash names the code that runs by itself: the
  // sources are not read again (~300 files, ~0.1 s of every cold build). Otherwise they are hashed.
  const code = namesItsCode(compiled) ? [] : codeItems.map((item) => path.join(codeRoot, item));
  const hashed = await Promise.all([paths.contentDir, paths.templatesDir, configFile, ...code].map((target) => (target ? hashPath(target) : 'none')));
  return sha256(JSON.stringify({
    version,
    node: process.version,
    paths,
    configFile,
    hashed,
    compiled,
    sourceDateEpoch: (options.env ?? process.env).SOURCE_DATE_EPOCH,
    options: {
      reports: options.reports, only: options.only, draft: options.draft, strict: options.strict, allowErrors: options.allowErrors,
      linkEditions: options.linkEditions, renderers: options.renderers?.map((r) => [r.edition, r.codeId]),
    },
  }));
}

/** Whether a compiled tree's manifest names its sources by content (pipeline/setup/compile.mjs writes `hashes` beside `files`). */
function namesItsCode(manifest: string): boolean {
  try {
    const { files, hashes } = JSON.parse(manifest) as { files?: Record<string, string>; hashes?: Record<string, string> };
    return Boolean(files && hashes) && Object.keys(files!).every((rel) => typeof hashes![rel] === 'string');
  } catch {
    return false; // 'sources', or not a manifest
  }
}

function recordPath(paths: Paths): string {
  return path.join(paths.cacheDir, 'last-build', `${sha256(paths.outDir).slice(0, 16)}.json`);
}

/** size:mtime:inode of every file (anything not a folder) under `dir`. */
async function stamps(dir: string): Promise<Record<string, string>> {
  const entries = (await readdir(dir, { withFileTypes: true, recursive: true })).filter((entry) => !entry.isDirectory());
  const files = entries.map((entry) => path.join(entry.parentPath, entry.name));
  const infos = await Promise.all(files.map((file) => lstat(file)));
  return Object.fromEntries(files.map((file, n) => [path.relative(dir, file), `${infos[n].size}:${infos[n].mtimeMs}:${infos[n].ino}`]));
}

function sameStamps(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * The last build's result when nothing changed since (same fingerprint, dist as
 * it left it), with the events a build emits; undefined otherwise.
 */
export async function replay(paths: Paths, print: string, started: number, emit: (event: BuildEvent) => void): Promise<BuildResult | undefined> {
  let record: LastBuild;
  try {
    record = JSON.parse(await readFile(recordPath(paths), 'utf8')) as LastBuild;
  } catch {
    return undefined;
  }
  if (record.fingerprint !== print) return undefined;
  const dist = await stamps(paths.outDir).catch(() => undefined);
  if (!dist || !sameStamps(dist, record.dist)) return undefined;
  const { result: last } = record;
  const result: BuildResult = {
    ...last,
    aborted: false,
    unchanged: true,
    files: [],
    // every job's files are in the dist already: as from the cache, in no time
    jobs: last.jobs.map((job) => ({ ...job, cached: true, ms: 0 })),
    outputs: last.outputs.map(({ msByPhase: _phases, ...output }) => ({ ...output, cached: true, ms: 0 })),
    rendered: 0,
    cached: last.jobs.length,
    ms: 0,
  };
  emit({ type: 'start', reports: record.selected, editions: result.editions });
  for (const slug of record.selected) {
    const skipped = result.skipped.find((s) => s.slug === slug);
    emit(skipped ? { type: 'skipped', slug, reason: skipped.reason } : { type: 'checked', slug, errors: 0, warnings: 0 });
  }
  for (const job of result.jobs) {
    emit({ type: 'job-start', slug: job.slug, edition: job.edition });
    emit({ type: 'job-end', slug: job.slug, edition: job.edition, cached: true, ms: 0, ok: true });
  }
  emit({ type: 'swap', outDir: paths.outDir });
  result.ms = performance.now() - started;
  emit({ type: 'done', ok: true, ms: result.ms });
  return result;
}

/** Drop the record before the dist changes (a build that then fails leaves no record that could describe the new dist). */
export async function forget(paths: Paths): Promise<void> {
  await rm(recordPath(paths), { force: true });
}

/** Record a published build for the next one, when it is clean (no message, no problem, ok). */
export async function remember(paths: Paths, print: string, selected: string[], result: BuildResult): Promise<void> {
  if (!result.ok || !result.published || result.problems.length > 0 || result.files.some((file) => file.messages.length > 0)) return;
  const { files: _files, ms: _ms, aborted: _aborted, unchanged: _unchanged, ...kept } = result;
  const record: LastBuild = { fingerprint: print, selected, dist: await stamps(paths.outDir), result: kept };
  const file = recordPath(paths);
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}`;
  await writeFile(temp, JSON.stringify(record));
  await rename(temp, file);
}
