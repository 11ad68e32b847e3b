/**
 * Running a command as a whole process, the way a user runs it: wall time and
 * the peak resident memory of the process and all its descendants together
 * (Node + Chromium), sampled from /proc every 50 ms, and their CPU time (user +
 * system, the last sample of each process: steadier than wall time on a shared machine).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessRun {
  ms: number;
  peakRssMb: number;
  /** CPU time of the process tree (to the last 50 ms sample of each process). */
  cpuMs: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Resident memory of the tree now; records each process's CPU ticks in `ticks`. */
function sampleTree(root: number, ticks: Map<number, number>): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      cpu.set(Number(name), Number(fields[11]) + Number(fields[12])); // utime + stime
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // exited meanwhile
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    if (cpu.has(pid)) ticks.set(pid, cpu.get(pid)!);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function runProcess(command: string, args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, CI: '1', NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    const ticks = new Map<number, number>();
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, sampleTree(child.pid, ticks));
    }, 50);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(sampler);
      const cpuMs = ([...ticks.values()].reduce((a, b) => a + b, 0) * 1000) / 100; // USER_HZ is 100 on Linux
      resolve({ ms: performance.now() - started, peakRssMb: peak / 1024, cpuMs, status, stdout, stderr });
    });
  });
}

export function machine(): string {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  const cores = readFileSync('/proc/cpuinfo', 'utf8').split('\n').filter((l) => l.startsWith('processor')).length;
  const memGb = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0) / 1024 / 1024;
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return `${cpu}, ${cores} cores, ${memGb.toFixed(1)} GB RAM, Node ${process.version}, load average at start ${load}`;
}
