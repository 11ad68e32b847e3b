/**
 * Reading the build's inputs: report folders (strict UTF-8, with a message at
 * the first bad byte) and content hashes of files and folders for cache keys.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';

export const repoRoot = path.resolve(new URL('../../', import.meta.url).pathname);

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
  const hash = createHash('sha256');
  for (const file of entries) hash.update(path.relative(target, file)).update('\0').update(await fileHash(file)).update('\0');
  return hash.digest('hex');
}

/** Slugs of the reports under `<contentDir>/reports/` (folders holding a zh.md). */
export async function listReports(contentDir: string): Promise<string[]> {
  const dir = path.join(contentDir, 'reports');
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'zh.md')))
    .map((entry) => entry.name)
    .sort();
}

export interface ReportSource {
  slug: string;
  dir: string;
  zh: VFile;
  en?: VFile;
  /** Hash of every file of the report folder. */
  hash: string;
}

export async function readReport(contentDir: string, slug: string): Promise<ReportSource> {
  const dir = path.join(contentDir, 'reports', slug);
  const zh = await readUtf8File(path.join(dir, 'zh.md'));
  const enPath = path.join(dir, 'en.md');
  const en = existsSync(enPath) ? await readUtf8File(enPath) : undefined;
  return { slug, dir, zh, en, hash: await hashPath(dir) };
}

/**
 * A text file as a VFile. Invalid UTF-8 gives a fatal message at the first
 * bad byte (and an empty value), never silently replaced characters.
 */
export async function readUtf8File(file: string): Promise<VFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new Error(`Could not read ${file}: ${(error as Error).message}`, { cause: error });
  }
  const vfile = new VFile({ path: file });
  const bad = firstInvalidUtf8(bytes);
  if (bad === -1) {
    vfile.value = bytes.toString('utf8').replace(/^\uFEFF/, '');
    return vfile;
  }
  const before = bytes.subarray(0, bad).toString('utf8');
  const lines = before.split('\n');
  const guess = await guessEncoding(bytes);
  const message = vfile.message(
    `File is not valid UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, '0')} at offset ${bad})` +
      `${guess ? `; it looks like ${guess}` : ''}. Convert it to UTF-8${guess ? `, e.g. \`iconv -f ${guess} -t UTF-8 ${path.basename(file)}\`` : ''}, or re-run \`duizhao ingest\` on the source`,
    { place: { line: lines.length, column: [...lines[lines.length - 1]].length + 1 }, ruleId: 'encoding', source: 'build' },
  );
  message.fatal = true;
  vfile.value = '';
  return vfile;
}

function firstInvalidUtf8(bytes: Buffer): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return -1;
  } catch {
    // Find the offset: decode growing prefixes would be quadratic; scan sequences instead.
    let i = 0;
    while (i < bytes.length) {
      const b = bytes[i];
      const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      if (len === 0 || i + len > bytes.length) return i;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + len));
      } catch {
        return i;
      }
      i += len;
    }
    return Math.max(0, bytes.length - 1);
  }
}

async function guessEncoding(bytes: Buffer): Promise<string | undefined> {
  try {
    const chardet = await import('chardet');
    const name = chardet.detect(bytes);
    return name && !/utf-?8|ascii/i.test(name) ? name : undefined;
  } catch {
    return undefined;
  }
}
