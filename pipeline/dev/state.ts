/** What the dev overlay shows, and builds in a child process (after template code changes). */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Edition } from '../config/types.ts';
import { sourceRoot } from '../core/inputs.ts';
import type { BuildResult } from '../core/types.ts';

export interface DevMessage {
  severity: 'error' | 'warning' | 'info';
  place: string;
  reason: string;
  ruleId?: string;
}

export interface DevState {
  ok: boolean;
  /** The preview was updated (possibly with errors listed). */
  published?: boolean;
  building?: boolean;
  messages: DevMessage[];
  problem?: string;
}

export function stateOf(result: BuildResult): DevState {
  const messages = result.files.flatMap((file) =>
    file.messages.map((m) => ({
      severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
      place: `${path.relative(process.cwd(), file.path)}:${m.line ?? 1}:${m.column ?? 1}`,
      reason: m.reason,
      ruleId: m.ruleId ?? undefined,
    }) satisfies DevMessage),
  );
  const problem = result.problems.map((p) => `${p.message}${p.hint ? ` — ${p.hint}` : ''}`).join('\n') || undefined;
  return { ok: result.ok, published: result.published, messages, problem };
}

/** `duizhao build --json` in a fresh process; aborting sends it Ctrl-C (it cleans up). */
export function childBuild(root: string, outDir: string, only: Edition[], signal?: AbortSignal, link: Edition[] = []): Promise<{ result: undefined; state: DevState }> {
  return new Promise((resolve) => {
    const args = [path.join(sourceRoot, 'pipeline/bin.mjs'), 'build', '--root', root, '--out', outDir, '--only', only.join(','), '--no-strict', '--allow-errors', '--json'];
    if (link.length > 0) args.push('--link', link.join(','));
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const onAbort = () => child.kill('SIGINT');
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('close', () => {
      signal?.removeEventListener('abort', onAbort);
      try {
        const json = JSON.parse(stdout) as { ok: boolean; published: boolean; messages: Array<{ file: string; line?: number; column?: number; severity: DevMessage['severity']; message: string; ruleId?: string }>; problems: Array<{ message: string }> };
        resolve({
          result: undefined,
          state: {
            ok: json.ok,
            published: json.published,
            messages: json.messages.map((m) => ({ severity: m.severity, place: `${path.relative(process.cwd(), m.file)}:${m.line ?? 1}:${m.column ?? 1}`, reason: m.message, ruleId: m.ruleId })),
            problem: json.problems.map((p) => p.message).join('\n') || undefined,
          },
        });
      } catch {
        resolve({ result: undefined, state: { ok: false, messages: [], problem: stderr.trim() || 'The build process failed' } });
      }
    });
  });
}
