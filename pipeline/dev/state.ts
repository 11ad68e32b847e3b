/** What the dev overlay shows, and builds with fresh code in a child process (after code changes). */
import { fork } from 'node:child_process';
import path from 'node:path';
import { sourceRoot } from '../core/inputs.ts';
import type { BuildOptions, BuildResult } from '../core/types.ts';
import { severityOf } from '../cli/output.ts';

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
      severity: severityOf(m),
      place: `${path.relative(process.cwd(), file.path)}:${m.line ?? 1}:${m.column ?? 1}`,
      reason: m.reason,
      ruleId: m.ruleId ?? undefined,
    }) satisfies DevMessage),
  );
  const problem = result.problems.map((p) => `${p.message}${p.hint ? ` — ${p.hint}` : ''}`).join('\n') || undefined;
  return { ok: result.ok, published: result.published, messages, problem };
}

/** What a build with fresh code needs (plain data: it crosses a process boundary). */
export interface FreshBuildOptions extends Pick<BuildOptions, 'root' | 'contentDir' | 'templatesDir' | 'outDir' | 'only' | 'linkEditions' | 'env' | 'concurrency'> {}

/**
 * build() in a child process (fresh-build.mjs), for code the dev server's own
 * module cache holds an old copy of; aborting asks the child to stop (it cleans up).
 */
export function freshBuild(options: FreshBuildOptions, signal?: AbortSignal): Promise<{ result: undefined; state: DevState }> {
  return new Promise((resolve) => {
    const build: BuildOptions = { ...options, draft: false, strict: false, allowErrors: true };
    const child = fork(path.join(sourceRoot, 'pipeline/dev/fresh-build.mjs'), [JSON.stringify(build)], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let state: DevState | undefined;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('message', (message) => (state = message as DevState));
    const onAbort = () => child.connected && child.send('abort');
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('close', () => {
      signal?.removeEventListener('abort', onAbort);
      resolve({ result: undefined, state: state ?? { ok: false, messages: [], problem: stderr.trim() || 'The build process failed' } });
    });
  });
}
