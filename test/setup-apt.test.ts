/**
 * The set-up's apt-get (pipeline/setup/apt.mjs, run by system.mjs on a fresh machine): a mirror or the dpkg lock failing
 * for a moment must not fail a fresh machine's CI — the update and the install are tried again.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types (it runs before anything is compiled)
import { aptInstall, aptWaitsMs } from '../pipeline/setup/apt.mjs';

/** An apt-get that fails the calls numbered in `failing` (1-based) and records every call's arguments. */
function fakeApt(failing: number[]) {
  const calls: string[][] = [];
  const waits: number[] = [];
  const run = (args: string[]): void => {
    calls.push(args);
    if (failing.includes(calls.length)) throw new Error(`E: Failed to fetch http://deb.debian.org/ (call ${calls.length})`);
  };
  return { calls, waits, run, wait: (ms: number) => void waits.push(ms) };
}

const verbs = (calls: string[][]): string[] => calls.map((args) => args.find((arg) => arg === 'update' || arg === 'install')!);

describe('aptInstall', () => {
  it('updates, then installs the packages, with apt\'s own download retries and a wait for the dpkg lock', () => {
    const apt = fakeApt([]);
    expect(aptInstall(['unzip', 'qpdf'], apt.run, apt.wait)).toEqual([]);
    expect(verbs(apt.calls)).toEqual(['update', 'install']);
    expect(apt.calls[1].slice(-2)).toEqual(['unzip', 'qpdf']);
    for (const args of apt.calls) expect(args.join(' ')).toContain('-o Acquire::Retries=3 -o DPkg::Lock::Timeout=300');
    expect(apt.waits).toEqual([]);
  });

  it('tries again after a mirror fails the update once (was: the whole CI failed)', () => {
    const apt = fakeApt([1]);
    const failures = aptInstall(['unzip'], apt.run, apt.wait);
    expect(failures).toEqual(['E: Failed to fetch http://deb.debian.org/ (call 1)']);
    expect(verbs(apt.calls)).toEqual(['update', 'update', 'install']);
    expect(apt.waits).toEqual([aptWaitsMs[0]]);
  });

  it('tries the update again when the install fails, and the third try can still succeed', () => {
    const apt = fakeApt([2, 4]);
    expect(aptInstall(['unzip'], apt.run, apt.wait)).toHaveLength(2);
    expect(verbs(apt.calls)).toEqual(['update', 'install', 'update', 'install', 'update', 'install']);
    expect(apt.waits).toEqual([15_000, 60_000]);
  });

  it('gives up after three tries with one error naming each failure', () => {
    const apt = fakeApt([1, 2, 3, 4, 5, 6]);
    expect(() => aptInstall(['unzip'], apt.run, apt.wait)).toThrow(/^apt-get failed 3 times: 1\. .*\(call 1\); 2\. .*\(call 2\); 3\. .*\(call 3\)$/);
    expect(apt.calls).toHaveLength(3);
    expect(apt.waits).toEqual([15_000, 60_000]);
  });
});
