/**
 * The output cache: each (report, edition) job's files stored under the hash
 * of its inputs in `<cacheDir>/outputs/<key>/`. A job renders into a private
 * scratch folder that becomes the entry by one rename, so an interrupted
 * render never leaves a half-written entry behind.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RenderedFile } from '../render/types.ts';

const require = createRequire(import.meta.url);

/**
 * Write a file of the cache folder (a parsed glossary, a font subset, a cover): beside it
 * first, then renamed, so a build stopped mid-write never leaves a torn file for the next
 * one. A cache that cannot be written only costs time: nothing is thrown.
 */
export async function keepCacheFile(file: string, data: string | Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.part`;
  await mkdir(path.dirname(file), { recursive: true })
    .then(() => writeFile(partial, data))
    .then(() => rename(partial, file))
    .catch(() => rm(partial, { force: true }).catch(() => undefined));
}

/**
 * `key`'s value from `map`, or `make()`'s, kept there: the process's in-memory caches (font subsets,
 * minified stylesheet parts, glossary scans), bounded to `limit` entries with the most recently used
 * last, as the dev server runs for hours.
 */
export function recall<K, V>(map: Map<K, V>, limit: number, key: K, make: () => V): V {
  let value: V;
  if (map.has(key)) {
    value = map.get(key)!;
    map.delete(key);
  } else value = make();
  map.set(key, value);
  while (map.size > limit) map.delete(map.keys().next().value!);
  return value;
}

/** recall for a promise: a rejected one is forgotten (the next call makes it again). */
export function recallPromise<K, T>(map: Map<K, Promise<T>>, limit: number, key: K, make: () => Promise<T>): Promise<T> {
  return recall(map, limit, key, () => {
    const value = make();
    value.catch(() => map.delete(key));
    return value;
  });
}

/**
 * The folder beside the installed packages where the install keeps what is its own whatever the project
 * (the faces' coverage, fonts.ts; the EPUB's lowered stylesheets, render/epub/stylesheets.ts):
 * `node_modules/.cache/duizhao/` above `installedFile` (the folder npm tools keep their caches in);
 * `DUIZHAO_INSTALL_CACHE` names another. Undefined when the file is in no node_modules.
 */
export function installCacheDir(installedFile: string): string | undefined {
  if (process.env.DUIZHAO_INSTALL_CACHE) return process.env.DUIZHAO_INSTALL_CACHE;
  const parts = installedFile.split(path.sep);
  const at = parts.lastIndexOf('node_modules');
  return at < 0 ? undefined : path.join(parts.slice(0, at + 1).join(path.sep) || path.sep, '.cache', 'duizhao');
}

/**
 * An installed package's version, for the keys of cache files made with it: its package.json, found
 * beside its entry when the package does not export it (valibot, fontkit).
 */
export function packageVersion(pkg: string): string {
  let manifest: string;
  try {
    manifest = require.resolve(`${pkg}/package.json`);
  } catch {
    const entry = require.resolve(pkg);
    const folder = `${path.sep}node_modules${path.sep}${pkg}${path.sep}`;
    manifest = path.join(entry.slice(0, entry.lastIndexOf(folder) + folder.length), 'package.json');
  }
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * The sha256 of the code of the modules at `urls` (each an `import.meta.url`, or a sibling's:
 * siblingModule), in the order given, for the keys of cache files that code shapes.
 */
export function moduleCodeHash(...urls: Array<string | URL>): string {
  const hash = createHash('sha256');
  for (const url of urls) hash.update(readFileSync(fileURLToPath(url)));
  return hash.digest('hex');
}

/** The module `name` beside the one at `url`, in the source tree (.ts) and the compiled one (.js) alike. */
export function siblingModule(url: string, name: string): URL {
  return new URL(`./${name}${path.extname(fileURLToPath(url))}`, url);
}

export interface CacheEntry {
  key: string;
  /** Folder laid out like dist/ (paths relative to it). */
  distDir: string;
  files: RenderedFile[];
}

export class OutputCache {
  constructor(readonly dir: string) {}

  private entryDir(key: string): string {
    return path.join(this.dir, 'outputs', key);
  }

  async get(key: string): Promise<CacheEntry | undefined> {
    const dir = this.entryDir(key);
    try {
      const meta = JSON.parse(await readFile(path.join(dir, 'meta.json'), 'utf8')) as { files: RenderedFile[] };
      const distDir = path.join(dir, 'dist');
      if (!meta.files.every((file) => existsSync(path.join(distDir, file.path)))) return undefined;
      const now = new Date();
      await utimes(path.join(dir, 'meta.json'), now, now).catch(() => {});
      return { key, distDir, files: meta.files };
    } catch {
      return undefined;
    }
  }

  /** A fresh scratch folder (laid out like dist/) for rendering one job. */
  async scratch(key: string): Promise<string> {
    const dir = path.join(this.dir, 'tmp', `${key.slice(0, 16)}-${process.pid}-${randomBytes(4).toString('hex')}`);
    await mkdir(path.join(dir, 'dist'), { recursive: true });
    return dir;
  }

  /** Turn a finished scratch folder into the cache entry for `key`. */
  async commit(key: string, scratchDir: string, files: RenderedFile[]): Promise<CacheEntry> {
    await writeFile(path.join(scratchDir, 'meta.json'), JSON.stringify({ files }, null, 1));
    const target = this.entryDir(key);
    await mkdir(path.dirname(target), { recursive: true });
    await rm(target, { recursive: true, force: true });
    try {
      await rename(scratchDir, target);
    } catch (error) {
      await rm(scratchDir, { recursive: true, force: true });
      throw error;
    }
    return { key, distDir: path.join(target, 'dist'), files };
  }

  async discard(scratchDir: string): Promise<void> {
    await rm(scratchDir, { recursive: true, force: true });
  }

  /** Remove scratch folders of dead builds and entries unused by the last `keep` builds' keys. */
  async prune(usedKeys: ReadonlySet<string>, maxEntries = 400): Promise<void> {
    const tmp = path.join(this.dir, 'tmp');
    for (const name of existsSync(tmp) ? await readdir(tmp) : []) {
      const pid = Number(name.split('-').at(-2));
      if (!Number.isInteger(pid) || !alive(pid)) await rm(path.join(tmp, name), { recursive: true, force: true });
    }
    const outputs = path.join(this.dir, 'outputs');
    const names = existsSync(outputs) ? await readdir(outputs) : [];
    if (names.length <= maxEntries) return;
    for (const name of names) if (!usedKeys.has(name)) await rm(path.join(outputs, name), { recursive: true, force: true });
  }
}

export function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Copy a cache entry's files into a staging dist (copies, never links: the entry stays immutable). */
export async function restore(entry: CacheEntry, stagingDir: string): Promise<void> {
  await copyTree(entry.distDir, stagingDir);
}

/**
 * Merge-copy a folder into another. Unlike fs.cp, safe when several jobs copy
 * into the same folder at once (mkdir recursive tolerates existing folders).
 */
async function copyTree(from: string, to: string): Promise<void> {
  const files = (await readdir(from, { withFileTypes: true, recursive: true })).filter((entry) => entry.isFile()).map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)));
  await placeFiles(files, from, to, (source, target) => copyFile(source, target, constants.COPYFILE_FICLONE));
}

/**
 * Put the files `rels` of `from` at the same paths under `to` with `place` (a copy, a link):
 * the folders first, then every file at once (one round trip to the thread pool, not one per file).
 */
export async function placeFiles(rels: readonly string[], from: string, to: string, place: (source: string, target: string) => Promise<void>): Promise<void> {
  await Promise.all([...new Set(rels.map((rel) => path.dirname(path.join(to, rel))))].map((dir) => mkdir(dir, { recursive: true })));
  await Promise.all(rels.map((rel) => place(path.join(from, rel), path.join(to, rel))));
}
