/** Shared by the ingest defect tests (defects, every held-out round, the new user's pages). */
import { VFile } from 'vfile';
import { expect, vi } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { runIngest } from '../pipeline/cli/ingest.ts';
import { ingestFile } from '../pipeline/ingest/files.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { buildPublication } from '../pipeline/model/load.ts';
import { parseReportMarkdown } from '../pipeline/model/parse.ts';

/**
 * Ingest a page and read the zh.md back as every later stage does (so the same
 * test runs on older ingest code). `clean` (default): the zh.md must load with
 * no message but the missing title's. (Every held-out round passes it: a new
 * round's tests should keep it on, so that a fix that breaks the zh.md shows.)
 */
export function readIngested(text: string, fileName = 'page.txt', { clean = true }: { clean?: boolean } = {}) {
  const result = ingest(Buffer.from(text), { fileName, slug: 't' });
  const { publication } = buildPublication('t', new VFile({ path: 'zh.md', value: result.markdown }));
  if (clean) expect(publication.files.zh.messages.filter((m) => m.ruleId !== 'missing-title').map(String)).toEqual([]);
  const blocks = publication.blocks.map((b) => (b.kind === 'heading' ? `${'#'.repeat(b.depth!)} ${b.zhText}` : b.zhText));
  const leads = publication.blocks.filter((b) => b.lead).map((b) => b.zhText.slice(0, b.zhText.indexOf('。') + 1));
  const front = parseReportMarkdown(new VFile(result.markdown)).frontMatter as Record<string, unknown>;
  return { result, front, blocks, leads, publication, rules: result.file.messages.map((m) => m.ruleId) };
}

/** The news-story messages (ingest/news-story.ts) ingest gives a page: [] when it reads the page as the report. */
export function story(text: string) {
  return readIngested(text, 'page.txt', { clean: false }).result.file.messages.filter((m) => m.ruleId === 'news-story');
}

/** The messages of one rule ingest gives a page (the zh.md not required to load clean). */
export function said(text: string, ruleId: string) {
  return readIngested(text, 'page.txt', { clean: false }).result.file.messages.filter((m) => m.ruleId === ruleId);
}

/** `duizhao ingest` in process (runIngest is the whole command): its exit code and what it printed. */
export async function ingestInProcess(...args: Parameters<typeof runIngest>): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    return { code: await runIngest(...args), stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** The message ingestFile refuses a file with (a test fails if it reads the file). */
export async function refused(bytes: Uint8Array, fileName: string): Promise<VFileMessage> {
  try {
    await ingestFile(bytes, { fileName, slug: 'x' });
  } catch (error) {
    if (error instanceof VFileMessage) return error;
    throw error;
  }
  throw new Error('not refused');
}
