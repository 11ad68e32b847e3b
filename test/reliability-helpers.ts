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
    const child = spawn(process.execPath, [options.bin ?? path.join(repo, 'pipeline/bin.mjs'), ...args], {
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
 * A project of one draft report, as a new user makes it: its zh.md written, `duizhao ids` and
 * `duizhao build --draft --no-strict --only html` run in it. Returns the project's folder (removed
 * after the test file); the page is `dist/<slug>/index.html`.
 */
export function draftHtmlProject(slug: string, zh: string): string {
  const dir = emptyProject();
  mkdirSync(path.join(dir, 'content/reports', slug), { recursive: true });
  writeFileSync(path.join(dir, 'content/reports', slug, 'zh.md'), zh);
  const bin = path.join(repo, 'pipeline/bin.mjs');
  execFileSync(process.execPath, [bin, 'ids', slug], { cwd: dir, stdio: 'pipe' });
  execFileSync(process.execPath, [bin, 'build', '--draft', '--no-strict', '--only', 'html'], { cwd: dir, stdio: 'pipe' });
  return dir;
}
