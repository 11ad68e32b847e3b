/**
 * The one reader of report files (`content/reports/<slug>/{zh,en}.md`), used
 * by check, build and the dev server. Strict UTF-8: a file in another
 * encoding gets a fatal message at its first bad byte, naming the encoding
 * ingest's decoder reads it as, and is never decoded with replacement
 * characters (which would pass garbled text on as "untranslated").
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';

/** Slugs of the reports under `<contentDir>/reports/` (folders holding a zh.md), sorted. */
export async function listReports(contentDir: string): Promise<string[]> {
  const dir = path.join(contentDir, 'reports');
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'zh.md')))
    .map((entry) => entry.name)
    .sort();
}

export interface ReportFiles {
  zh: VFile;
  /** Absent when the report has no en.md yet. */
  en?: VFile;
}

/** zh.md and (when present) en.md of a report folder. */
export async function readReportFiles(dir: string): Promise<ReportFiles> {
  const zh = await readReportFile(path.join(dir, 'zh.md'));
  const enPath = path.join(dir, 'en.md');
  const en = existsSync(enPath) ? await readReportFile(enPath) : undefined;
  return { zh, en };
}

/**
 * A report file as a VFile (BOM dropped). Invalid UTF-8 gives a fatal
 * message at the first bad byte and an empty value.
 */
export async function readReportFile(file: string): Promise<VFile> {
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
  const lines = bytes.subarray(0, bad).toString('utf8').split('\n');
  const byte = `0x${bytes[bad].toString(16).padStart(2, '0')}`;
  const encoding = await readsAs(bytes);
  const convert = encoding
    ? `it reads as ${encoding.toUpperCase()}: convert it with \`iconv -f ${encoding.toUpperCase()} -t UTF-8 ${path.basename(file)}\``
    : 'convert it to UTF-8';
  vfile.message(`Unexpected byte ${byte}, expected UTF-8 text; ${convert}, or re-run \`duizhao ingest\` on the source page`, {
    place: { line: lines.length, column: [...lines[lines.length - 1]].length + 1 },
    ruleId: 'encoding',
    source: 'model',
  }).fatal = true;
  vfile.value = '';
  return vfile;
}

/** The encoding ingest's decoder reads the bytes as, if it reads them as Chinese text at all. */
async function readsAs(bytes: Buffer): Promise<string | undefined> {
  // Loaded only on this error path: the decoder pulls in chardet and a table of common characters.
  const { decode } = await import('../ingest/decode.ts');
  try {
    return decode(bytes).encoding;
  } catch {
    return undefined;
  }
}

/** Offset of the first byte that does not start a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Buffer): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return -1;
  } catch {
    // Decoding growing prefixes would be quadratic: scan the sequences instead.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let i = 0;
    while (i < bytes.length) {
      const b = bytes[i];
      const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      if (len === 0 || i + len > bytes.length) return i;
      try {
        decoder.decode(bytes.subarray(i, i + len));
      } catch {
        return i;
      }
      i += len;
    }
    return Math.max(0, bytes.length - 1);
  }
}
