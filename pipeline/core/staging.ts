/**
 * Atomic dist: the build assembles the new dist in a staging folder on the
 * same file system and swaps it in with renames only when everything
 * succeeded. A failed or interrupted build leaves the previous dist untouched.
 */
import { randomBytes } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { alive, placeFiles } from './cache.ts';
import { sha256 } from './inputs.ts';

export class DistNotWritableError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** Refuse early (before any work) when dist/ or its parent is read-only. */
export async function assertWritable(outDir: string): Promise<void> {
  const hint = `Make it writable (e.g. \`chmod -R u+w ${outDir}\`) or build elsewhere with --out <dir>`;
  if (existsSync(outDir)) {
    const info = await stat(outDir);
    if (!info.isDirectory()) throw new DistNotWritableError(`${outDir} exists and is not a folder`, `Remove it or choose another --out`);
    // Check the mode bits, not only access(): as root, access() says yes to everything.
    if ((info.mode & 0o200) === 0) throw new DistNotWritableError(`${outDir} is read-only (mode ${(info.mode & 0o777).toString(8)}); the build will not replace it`, hint);
  }
  const parent = path.dirname(outDir);
  const parentInfo = await stat(parent).catch(() => undefined);
  if (parentInfo && (parentInfo.mode & 0o200) === 0) throw new DistNotWritableError(`${parent} is read-only; cannot replace ${outDir}`, hint);
}

/** A staging folder beside dist/ (same file system, so the swap is a rename). */
export async function createStaging(outDir: string): Promise<string> {
  const parent = path.dirname(outDir);
  await mkdir(parent, { recursive: true });
  await removeStale(outDir);
  const dir = path.join(parent, `.${path.basename(outDir)}.staging-${process.pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(dir);
  return dir;
}

/** Remove staging/old folders left by builds that were killed outright. */
async function removeStale(outDir: string): Promise<void> {
  const parent = path.dirname(outDir);
  const prefix = `.${path.basename(outDir)}.`;
  for (const name of await readdir(parent)) {
    const match = name.startsWith(prefix) && /\.(staging|old)-(\d+)-[0-9a-f]+$/.exec(name);
    if (match && !alive(Number(match[2]))) await rm(path.join(parent, name), { recursive: true, force: true });
  }
}

/** Replace outDir by stagingDir: two renames; on failure the old dist is put back. */
export async function swapIntoPlace(stagingDir: string, outDir: string): Promise<void> {
  const old = path.join(path.dirname(outDir), `.${path.basename(outDir)}.old-${process.pid}-${randomBytes(4).toString('hex')}`);
  const hadOld = existsSync(outDir);
  if (hadOld) await rename(outDir, old);
  try {
    await rename(stagingDir, outDir);
  } catch (error) {
    if (hadOld) await rename(old, outDir);
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/**
 * Which build job made each file of a dist (kept in the cache folder), so a
 * partial build (--report, --only) keeps what it did not rebuild and a full
 * build drops outputs of reports that no longer exist.
 */
export type Manifest = Record<string, string>; // relative path → `${slug}:${edition}`

function manifestPath(cacheDir: string, outDir: string): string {
  return path.join(cacheDir, 'manifests', `${sha256(path.resolve(outDir)).slice(0, 16)}.json`);
}

export async function readManifest(cacheDir: string, outDir: string): Promise<Manifest> {
  try {
    return JSON.parse(await readFile(manifestPath(cacheDir, outDir), 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

export async function writeManifest(cacheDir: string, outDir: string, manifest: Manifest): Promise<void> {
  const file = manifestPath(cacheDir, outDir);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(manifest, null, 1));
}

/**
 * Bring into staging the files of the previous dist that this build keeps:
 * not overwritten, and not made by a job this build redid (`rebuilt`), nor by
 * a known job of a full build (stale outputs). Unknown files (README) stay.
 * Each is a hard link to the file in the previous dist (which the swap then
 * removes, so nothing else shares it; a copy where links are refused): a
 * dev-server save carries the EPUB and PDFs over without copying megabytes.
 */
export async function carryOver(outDir: string, stagingDir: string, manifest: Manifest, rebuilt: ReadonlySet<string>, full: boolean): Promise<Manifest> {
  const kept: Manifest = {};
  if (!existsSync(outDir)) return kept;
  const entries = await readdir(outDir, { withFileTypes: true, recursive: true });
  const carried: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const rel = path.relative(outDir, path.join(entry.parentPath, entry.name));
    const owner = manifest[rel];
    if (owner && (full || rebuilt.has(owner))) continue;
    if (existsSync(path.join(stagingDir, rel))) continue;
    carried.push(rel);
    if (owner) kept[rel] = owner;
  }
  await placeFiles(carried, outDir, stagingDir, (source, target) => link(source, target).catch(() => copyFile(source, target, constants.COPYFILE_FICLONE)));
  return kept;
}
