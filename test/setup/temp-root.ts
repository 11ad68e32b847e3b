/**
 * Global set-up of the test run: one temp folder for everything the run
 * creates (tests' own folders, the CLI and Chromium they start, via TMPDIR),
 * removed at the end, so a run leaves nothing in /tmp. What tests leave
 * behind is listed first: each test should remove its own folders.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(path.join(os.tmpdir(), 'duizhao-test-run-'));
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    const left = readdirSync(root);
    if (left.length > 0 && process.env.DUIZHAO_TEMP_REPORT) console.warn(`Temp entries left by tests (removed now): ${left.length}\n${left.join('\n')}`);
    rmSync(root, { recursive: true, force: true });
  };
}
