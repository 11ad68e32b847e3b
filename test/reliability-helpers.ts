/** Running the real `duizhao` command in a temp project, as a user would. */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { emptyProject, repo } from './build-helpers.ts';

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { env?: Record<string, string | undefined>; onStart?: (pid: number) => void; onStderr?: (chunk: string) => void; bin?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.bin ?? path.join(repo, 'pipeline/bin.cjs'), ...args], {
      cwd: repo,
      env: { ...process.env, CI: '1', NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      options.onStderr?.(chunk.toString());
    });
    child.on('error', reject);
    if (child.pid) options.onStart?.(child.pid);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** PIDs of the descendants of a process (read from /proc). */
export async function descendants(pid: number): Promise<Array<{ pid: number; command: string }>> {
  const { readdirSync, readFileSync } = await import('node:fs');
  const parent = new Map<number, number>();
  const command = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(name), ppid);
      command.set(Number(name), readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' '));
    } catch {
      // the process exited while we looked
    }
  }
  const out: Array<{ pid: number; command: string }> = [];
  const walk = (p: number) => {
    for (const [child, pp] of parent) if (pp === p) {
      out.push({ pid: child, command: command.get(child) ?? '' });
      walk(child);
    }
  };
  walk(pid);
  return out;
}

export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/\) Z /.test(stat);
  } catch {
    return false;
  }
}

/**
 * Whether a process is gone or on its way out: a zombie, exiting (PF_EXITING in its flags), or with a SIGKILL
 * pending. What a command's clean-up has done is known when the command exits, but the kernel tears a killed
 * process down later on a loaded machine (a fixed wait of 300–500 ms, then isAlive, could see it alive), while
 * a Chromium nobody killed lives on (or exits by itself when its pipe closes, ~0.5–0.8 s later: not killed).
 */
export function killedOrGone(pid: number): boolean {
  let stat: string;
  let status: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return true;
  }
  // fields 3 (state) and 9 (flags) of proc(5), counted after the command's closing parenthesis
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const PF_EXITING = 0x4;
  if (fields[0] === 'Z' || fields[0] === 'X' || (Number(fields[6]) & PF_EXITING) !== 0) return true;
  const pending = (set: string) => BigInt(`0x${/^${set}:\s*([0-9a-f]+)$/m.exec(status)?.[1] ?? '0'}`);
  const SIGKILL = 1n << 8n; // signal 9, bit 8
  return ((pending('SigPnd') | pending('ShdPnd')) & SIGKILL) !== 0n;
}

/**
 * The processes of `pids` still alive once all are gone, or after `timeoutMs` (then the ones left): for
 * processes already killed (killedOrGone), whose teardown a loaded machine takes its time over.
 */
export async function stillAlive(pids: () => Promise<number[]> | number[], timeoutMs = 30_000): Promise<number[]> {
  const started = performance.now();
  for (;;) {
    const alive = (await pids()).filter(isAlive);
    if (alive.length === 0 || performance.now() - started > timeoutMs) return alive;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A project of one draft report, as a new user makes it: its zh.md written, `duizhao ids` and
 * `duizhao build --draft --no-strict --only html` run in it. Returns the project's folder (removed
 * after the test file); the page is `dist/<slug>/index.html`.
 */
export function draftHtmlProject(slug: string, zh: string): string {
  const dir = emptyProject();
  mkdirSync(path.join(dir, 'content/reports', slug), { recursive: true });
  writeFileSync(path.join(dir, 'content/reports', slug, 'zh.md'), zh);
  const bin = path.join(repo, 'pipeline/bin.cjs');
  execFileSync(process.execPath, [bin, 'ids', slug], { cwd: dir, stdio: 'pipe' });
  execFileSync(process.execPath, [bin, 'build', '--draft', '--no-strict', '--only', 'html'], { cwd: dir, stdio: 'pipe' });
  return dir;
}
