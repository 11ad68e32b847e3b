/**
 * The build's inputs: report folders (read by model/read.ts) with the content
 * hashes of files and folders that go into cache keys.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readReportFiles, type ReportFiles } from '../model/read.ts';

/** Root of the running code: the repository, or its compiled copy (.cache/compiled, see pipeline/setup/compile.mjs). */
export const repoRoot = path.resolve(new URL('../../', import.meta.url).pathname);

/** The repository's sources (repoRoot itself when running from them): what cache keys hash and the dev server watches. */
export const sourceRoot: string = existsSync(path.join(repoRoot, 'compiled.json'))
  ? (JSON.parse(readFileSync(path.join(repoRoot, 'compiled.json'), 'utf8')) as { sourceRoot: string }).sourceRoot
  : repoRoot;

export function sha256(...parts: Array<string | Buffer>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * File hashes memoized by (size, mtime, inode): a rebuild re-reads only files
 * that changed. Kept in memory (dev server) and persisted by the build in the
 * cache folder (see loadHashMemo / saveHashMemo).
 */
const memo = new Map<string, { stamp: string; hash: string }>();
let memoDirty = false;

async function fileHash(file: string): Promise<string> {
  const info = await stat(file);
  const stamp = `${info.size}:${info.mtimeMs}:${info.ino}`;
  const known = memo.get(file);
  if (known && known.stamp === stamp) return known.hash;
  const hash = sha256(await readFile(file));
  memo.set(file, { stamp, hash });
  memoDirty = true;
  return hash;
}

export async function loadHashMemo(cacheDir: string): Promise<void> {
  if (memo.size > 0) return;
  try {
    const saved = JSON.parse(await readFile(path.join(cacheDir, 'file-hashes.json'), 'utf8')) as Record<string, { stamp: string; hash: string }>;
    for (const [file, entry] of Object.entries(saved)) memo.set(file, entry);
  } catch {
    // no memo yet: everything is read once
  }
}

export async function saveHashMemo(cacheDir: string): Promise<void> {
  if (!memoDirty) return;
  memoDirty = false;
  await mkdir(cacheDir, { recursive: true });
  const temp = path.join(cacheDir, `file-hashes.json.${process.pid}`);
  await writeFile(temp, JSON.stringify(Object.fromEntries(memo)));
  await rename(temp, path.join(cacheDir, 'file-hashes.json'));
}

/** Content hash of a file or a folder (recursive, sorted, names included); `absent` when missing. */
export async function hashPath(target: string): Promise<string> {
  if (!existsSync(target)) return 'absent';
  const info = await stat(target);
  if (info.isFile()) return fileHash(target);
  const entries = (await readdir(target, { withFileTypes: true, recursive: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.split(path.sep).includes('node_modules'))
    .sort();
  const hashes = await Promise.all(entries.map(fileHash));
  const hash = createHash('sha256');
  entries.forEach((file, n) => hash.update(path.relative(target, file)).update('\0').update(hashes[n]).update('\0'));
  return hash.digest('hex');
}

export interface ReportSource extends ReportFiles {
  slug: string;
  dir: string;
  /** Hash of every file of the report folder. */
  hash: string;
}

/** A report's files (read by the model's one strict reader) and the hash of its folder. */
export async function readReport(contentDir: string, slug: string): Promise<ReportSource> {
  const dir = path.join(contentDir, 'reports', slug);
  return { slug, dir, ...(await readReportFiles(dir)), hash: await hashPath(dir) };
}
