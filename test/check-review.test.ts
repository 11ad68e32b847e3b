/**
 * `duizhao review`: after the English of a stale block is updated, the
 * command records the current Chinese hash and state=reviewed — and changes
 * nothing else in en.md. Also runs the CLI end to end on a temp copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { checkPublication } from '../pipeline/check/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { markReviewed } from '../pipeline/translate/review.ts';
import { sourceHashes, withSourceHashes } from './source-hashes.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/check/stale');
const zh = readFileSync(path.join(fixture, 'zh.md'), 'utf8');
const hashes = sourceHashes(zh);
const en = withSourceHashes(readFileSync(path.join(fixture, 'en.md'), 'utf8'), hashes);
const staleIds = (enValue: string) =>
  checkPublication(buildPublication('t', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: enValue })))
    .messages.filter((m) => m.ruleId === 'stale')
    .map((m) => /`(p-\d+)`/.exec(m.reason)![1]);

describe('review', () => {
  it('rewrites only src= and state= of the named blocks', () => {
    expect(staleIds(en)).toEqual(['p-000002', 'p-000003']);
    const result = markReviewed(zh, en, ['p-000002']);
    expect(result.changed).toEqual(['p-000002']);
    expect(result.value).toBe(en.replace('{#p-000002 src=0badc0de}', `{#p-000002 src=${hashes.get('p-000002')} state=reviewed}`));
    expect(staleIds(result.value)).toEqual(['p-000003']);
  });

  it('adds a missing src= and is idempotent', () => {
    const once = markReviewed(zh, en, ['p-000003']).value;
    expect(once).toBe(en.replace('{#p-000003}', `{#p-000003 src=${hashes.get('p-000003')} state=reviewed}`));
    const twice = markReviewed(zh, once, ['p-000003']);
    expect(twice.changed).toEqual([]);
    expect(twice.value).toBe(once);
  });

  it('--all marks every block; unknown ids are errors that change nothing', () => {
    const all = markReviewed(zh, en, 'all');
    expect(staleIds(all.value)).toEqual([]);
    expect(all.value.match(/state=reviewed/g)).toHaveLength(hashes.size);
    const unknown = markReviewed(zh, en, ['p-404404']);
    expect(unknown.value).toBe(en);
    expect(unknown.file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['review-unknown-id', true]]);
  });
});

// Each CLI run starts tsx: allow for a busy 2-core machine.
describe('duizhao check / review CLI', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'duizhao-check-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const bin = path.join(import.meta.dirname, '../pipeline/bin.cjs');
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args, '--content', tmp], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('prints JSON messages and stats, exits 1 on errors, 0 after review', () => {
    cpSync(fixture, path.join(tmp, 'reports/stale'), { recursive: true });
    writeFileSync(path.join(tmp, 'reports/stale/en.md'), en);
    const before = run('check', 'stale', '--json');
    expect(before.status).toBe(1);
    const json = JSON.parse(before.stdout) as { messages: Array<Record<string, unknown>>; stats: Record<string, unknown> };
    expect(json.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([
      ['stale', 'error', 12, 1],
      ['stale', 'error', 14, 1],
    ]);
    expect(json.messages[0].file).toMatch(/reports\/stale\/en\.md$/);
    expect(json.stats).toMatchObject({ blocks: 8, translated: 8, stale: 2, missing: 0, errors: 2, warnings: 0, byRule: { stale: 2 } });

    const review = run('review', 'stale', 'p-000002', 'p-000003');
    expect(review.status).toBe(0);
    expect(review.stdout).toContain('Marked reviewed: p-000002, p-000003');
    const after = run('check', 'stale');
    expect(after.status).toBe(0);
    expect(after.stdout).toMatch(/stale\s+8\s+8\s+3\s+0\s+0\s+0\s+0\s+0/);
    expect(after.stdout).toContain('messages by rule: none');
  });

  it('prints reporter output with file:line:column for a broken report', () => {
    cpSync(path.join(import.meta.dirname, 'fixtures/check/number-mismatch'), path.join(tmp, 'reports/numbers'), { recursive: true });
    const en2 = withSourceHashes(readFileSync(path.join(tmp, 'reports/numbers/en.md'), 'utf8'), hashes);
    writeFileSync(path.join(tmp, 'reports/numbers/en.md'), en2);
    const result = run('check', 'numbers');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/reports\/numbers\/en\.md\n/);
    expect(result.stderr).toMatch(/\n9:218\s+error\s+Unexpected exact `2,400` in `p-000001`, expected `more than 2,400`.*number-mismatch\s+check\n/);
    expect(result.stdout).toMatch(/messages by rule: number-mismatch 2\d/);
  });

  it('fails cleanly on an unknown report', () => {
    const result = run('check', 'nope');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('No report `nope`');
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

/** `duizhao check` reads the project's duizhao.config.yaml as a build does: the house's date style (check.dateStyle). */
describe('duizhao check: the house date style from the config', () => {
  const project = mkdtempSync(path.join(tmpdir(), 'duizhao-date-style-'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  const bin = path.join(import.meta.dirname, '../pipeline/bin.cjs');
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const dates = path.join(import.meta.dirname, 'fixtures/check/date-style');

  it('warns on every date written the other way, at en.md line:column, counted per rule; a bad value is an error at the key', () => {
    const report = path.join(project, 'content/reports/dates');
    cpSync(dates, report, { recursive: true });
    const zhText = readFileSync(path.join(dates, 'zh.md'), 'utf8');
    writeFileSync(path.join(report, 'en.md'), withSourceHashes(readFileSync(path.join(dates, 'en.md'), 'utf8'), zhText));
    // no config: the report's own majority (month first) — its one day-first date
    const plain = JSON.parse(run('check', '--json').stdout) as { messages: Array<Record<string, unknown>>; stats: { byRule: Record<string, number> } };
    expect(plain.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['date-style', 12, 4]]);
    writeFileSync(path.join(project, 'duizhao.config.yaml'), 'check:\n  dateStyle: day-month\n');
    const house = run('check', '--json');
    expect(house.status, house.stderr).toBe(0);
    const json = JSON.parse(house.stdout) as typeof plain;
    expect(json.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([
      ['date-style', 'warning', 3, 92],
      ['date-style', 'warning', 8, 4],
      ['date-style', 'warning', 14, 4],
    ]);
    expect(json.stats.byRule['date-style']).toBe(3);
    expect(run('check', '--strict').status).toBe(1);
    writeFileSync(path.join(project, 'duizhao.config.yaml'), 'check:\n  dateStyle: march-9\n');
    const broken = run('check');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/duizhao\.config\.yaml\n\s*2:14\s+error/);
  });
});
