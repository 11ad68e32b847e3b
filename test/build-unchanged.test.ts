/**
 * A rebuild with nothing changed is answered from the last build's record
 * (core/unchanged.ts): these tests prove that every input change, a touched
 * dist and a build with messages still take the whole build.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../pipeline/core/run.ts';
import { resolvePaths } from '../pipeline/core/paths.ts';
import { fingerprint } from '../pipeline/core/unchanged.ts';
import type { BuildEvent, BuildOptions } from '../pipeline/core/types.ts';
import { summaryLine } from '../pipeline/cli/format-build.ts';
import { editBlock, repo, snapshot, spyRenderers, tempProject } from './build-helpers.ts';

const env = { SOURCE_DATE_EPOCH: undefined };

/** Build once, change something, build again: the second build is no replay and renders `rendered` jobs; a third one is a replay. */
async function seen(root: string, change: () => void, options: Partial<BuildOptions> = {}, after: Partial<BuildOptions> = options) {
  const first = await build({ root, renderers: spyRenderers().renderers, env, ...options });
  expect(first.ok, JSON.stringify(first.problems)).toBe(true);
  expect((await build({ root, renderers: spyRenderers().renderers, env, ...options })).unchanged).toBe(true);
  change();
  const spy = spyRenderers();
  const second = await build({ root, renderers: spy.renderers, env, ...after });
  expect(second.ok, JSON.stringify(second.problems)).toBe(true);
  expect(second.unchanged).toBeUndefined();
  const third = await build({ root, renderers: spyRenderers().renderers, env, ...after });
  expect(third.unchanged).toBe(true);
  return { second, spy };
}

describe('build: a rebuild with nothing changed', () => {
  it('gives the last result again, with its events, and leaves the dist as it is', async () => {
    const root = tempProject();
    const first = await build({ root, renderers: spyRenderers().renderers, env });
    expect(first.unchanged).toBeUndefined();
    const before = snapshot(path.join(root, 'dist'));
    const events: BuildEvent[] = [];
    const spy = spyRenderers();
    const again = await build({ root, renderers: spy.renderers, env, onEvent: (event) => events.push(event) });
    expect(again.unchanged).toBe(true);
    expect(spy.calls).toEqual([]);
    expect(again).toMatchObject({ ok: true, published: true, reports: first.reports, editions: first.editions, rendered: 0, cached: 6, counts: { errors: 0, warnings: 0, infos: 0 } });
    expect(again.outputs.map((o) => [o.path, o.bytes])).toEqual(first.outputs.map((o) => [o.path, o.bytes]));
    expect(snapshot(path.join(root, 'dist'))).toEqual(before);
    expect(events.map((e) => e.type)).toEqual(['start', 'checked', 'checked', ...Array(12).fill(0).map((_, n) => (n % 2 ? 'job-end' : 'job-start')), 'swap', 'done']);
    expect(summaryLine(again)).toMatch(/nothing changed since the last build .* 6 job\(s\) stand; 0 error\(s\), 0 warning\(s\)$/);
  });

  it('sees a change to a report', async () => {
    const root = tempProject();
    const { second, spy } = await seen(root, () => editBlock(root, 'beta', 'p-b00002', '**民生持续改善。**新增就业岗位4万个。', "**People's wellbeing kept improving.** 40,000 new jobs were created."));
    expect(spy.calls.map((c) => c.slug)).toEqual(['beta', 'beta', 'beta']);
    expect(second.cached).toBe(3);
  });

  it('sees a new report folder', async () => {
    const root = tempProject();
    const reports = path.join(root, 'content/reports');
    const { second } = await seen(root, () => cpSync(path.join(reports, 'beta'), path.join(reports, 'gamma'), { recursive: true }));
    expect(second.reports).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('sees the glossary, the config and the templates', async () => {
    const root = tempProject();
    const entry = '- id: fang-guan-fu\n  zh: 放管服\n  pinyin: fàng guǎn fú\n  en: streamline administration, delegate power, and improve services\n  note_en: The reform of government functions.\n  source: translator\'s rendering\n';
    expect((await seen(root, () => writeFileSync(path.join(root, 'content/glossary.yaml'), entry))).spy.calls).toHaveLength(6);
    expect((await seen(root, () => writeFileSync(path.join(root, 'duizhao.config.yaml'), 'pdf:\n  paper: Letter\n'))).spy.calls).toHaveLength(6);
    // the same file, another text (the default paper: the outputs of the first builds come back from the cache)
    expect((await seen(root, () => writeFileSync(path.join(root, 'duizhao.config.yaml'), 'pdf:\n  paper: A4\n'))).second).toMatchObject({ rendered: 0, cached: 6 });
    const templatesDir = path.join(root, 'templates');
    cpSync(path.join(repo, 'templates'), templatesDir, { recursive: true });
    expect((await seen(root, () => writeFileSync(path.join(templatesDir, 'extra.css'), 'p { color: red }'), { templatesDir })).spy.calls).toHaveLength(6);
  });

  it('sees the options and SOURCE_DATE_EPOCH', async () => {
    const root = tempProject();
    expect((await seen(root, () => {}, {}, { draft: true })).spy.calls).toHaveLength(6);
    expect((await seen(root, () => {}, {}, { env: { SOURCE_DATE_EPOCH: '1700000000' } })).spy.calls).toHaveLength(6);
    // a partial build after a full one is no replay either
    expect((await seen(root, () => {}, {}, { only: ['html'] })).second.jobs.map((job) => job.edition)).toEqual(['html', 'html']);
    // the editions the pages may link though this build does not make them (the dev server's first pass;
    // a fresh project, so that no EPUB or PDF of an earlier build is there to be linked already)
    const linking = await seen(tempProject(), () => {}, { only: ['html'] }, { only: ['html'], linkEditions: ['epub', 'pdf'] });
    expect(linking.second.jobs.map((job) => job.edition)).toEqual(['html', 'html']);
    expect(linking.spy.calls).toHaveLength(2);
  });

  it('does not trust a dist that was touched: a changed, removed or added file takes the whole build', async () => {
    const root = tempProject();
    const pdf = path.join(root, 'dist/beta/beta.pdf');
    await build({ root, renderers: spyRenderers().renderers, env });
    const original = readFileSync(pdf, 'utf8');
    writeFileSync(pdf, 'tampered');
    const restored = await build({ root, renderers: spyRenderers().renderers, env });
    expect(restored.unchanged).toBeUndefined();
    expect(readFileSync(pdf, 'utf8')).toBe(original);
    unlinkSync(pdf);
    expect((await build({ root, renderers: spyRenderers().renderers, env })).unchanged).toBeUndefined();
    expect(readFileSync(pdf, 'utf8')).toBe(original);
    writeFileSync(path.join(root, 'dist/README.md'), 'kept');
    expect((await build({ root, renderers: spyRenderers().renderers, env })).unchanged).toBeUndefined();
    expect(readFileSync(path.join(root, 'dist/README.md'), 'utf8')).toBe('kept');
    expect((await build({ root, renderers: spyRenderers().renderers, env })).unchanged).toBe(true);
  });

  it('never replays a build with messages: its checks run again and report them', async () => {
    const root = tempProject();
    // the Chinese changes, its English does not: the checks flag the stale translation
    const zh = path.join(root, 'content/reports/beta/zh.md');
    writeFileSync(zh, readFileSync(zh, 'utf8').replace('新增就业岗位', '新增城镇就业岗位'));
    const options = { root, env, strict: false, allowErrors: true } as const;
    const first = await build({ ...options, renderers: spyRenderers().renderers });
    expect(first.published).toBe(true);
    const messages = first.files.flatMap((f) => f.messages.map((m) => m.ruleId));
    expect(messages.length).toBeGreaterThan(0);
    const again = await build({ ...options, renderers: spyRenderers().renderers });
    expect(again.unchanged).toBeUndefined();
    expect(again.files.flatMap((f) => f.messages.map((m) => m.ruleId))).toEqual(messages);
  });

  it('--force and a fresh cache folder take the whole build', async () => {
    const root = tempProject();
    await build({ root, renderers: spyRenderers().renderers, env });
    const forced = spyRenderers();
    expect((await build({ root, renderers: forced.renderers, env, force: true })).unchanged).toBeUndefined();
    expect(forced.calls).toHaveLength(6);
    rmSync(path.join(root, '.cache'), { recursive: true, force: true });
    const fresh = spyRenderers();
    expect((await build({ root, renderers: fresh.renderers, env })).unchanged).toBeUndefined();
    expect(fresh.calls).toHaveLength(6);
  });
});

describe('build: the fingerprint of a rebuild covers the pipeline code', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('changes with any file of pipeline/, templates/ or the package files', async () => {
    const code = mkdtempSync(path.join(os.tmpdir(), 'duizhao-code-'));
    copies.push(code);
    for (const item of ['pipeline', 'templates', 'package.json', 'package-lock.json']) cpSync(path.join(repo, item), path.join(code, item), { recursive: true });
    const root = tempProject();
    const paths = resolvePaths({ root });
    const print = () => fingerprint({ root, env }, paths, code);
    const base = await print();
    expect(await print()).toBe(base);
    // the checks' code (not in any edition's cache key), a renderer, the lock file
    for (const file of ['pipeline/check/rules/missing.ts', 'pipeline/render/html/index.ts', 'package-lock.json']) {
      const full = path.join(code, file);
      const text = readFileSync(full, 'utf8');
      writeFileSync(full, `${text}\n`);
      expect(await print(), file).not.toBe(base);
      writeFileSync(full, text);
      expect(await print(), file).toBe(base);
    }
  });

  it('running compiled, stands on the manifest\'s content hashes and does not read the sources again', async () => {
    const code = mkdtempSync(path.join(os.tmpdir(), 'duizhao-code-'));
    const compiled = mkdtempSync(path.join(os.tmpdir(), 'duizhao-compiled-'));
    copies.push(code, compiled);
    for (const item of ['pipeline', 'templates', 'package.json', 'package-lock.json']) cpSync(path.join(repo, item), path.join(code, item), { recursive: true });
    const manifest = (hash: string) => writeFileSync(path.join(compiled, 'compiled.json'), JSON.stringify({ sourceRoot: code, files: { 'pipeline/cli.ts': '1:1' }, hashes: { 'pipeline/cli.ts': hash } }));
    const root = tempProject();
    const paths = resolvePaths({ root });
    const print = () => fingerprint({ root, env }, paths, code, compiled);
    manifest('a'.repeat(64));
    const base = await print();
    // the sources changed but the tree was not compiled again: the same code runs
    const file = path.join(code, 'pipeline/render/html/index.ts');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    expect(await print()).toBe(base);
    // compiled again (compile.mjs writes the new hash): another fingerprint
    manifest('b'.repeat(64));
    expect(await print()).not.toBe(base);
  });

  it('changes with the manifest of the compiled tree the code runs from (a tree behind its sources never stands for them)', async () => {
    const compiled = mkdtempSync(path.join(os.tmpdir(), 'duizhao-compiled-'));
    copies.push(compiled);
    const root = tempProject();
    const paths = resolvePaths({ root });
    const print = () => fingerprint({ root, env }, paths, repo, compiled);
    const fromSources = await print();
    writeFileSync(path.join(compiled, 'compiled.json'), JSON.stringify({ sourceRoot: repo, files: { 'pipeline/cli.ts': '1:1' } }));
    const older = await print();
    expect(older).not.toBe(fromSources);
    writeFileSync(path.join(compiled, 'compiled.json'), JSON.stringify({ sourceRoot: repo, files: { 'pipeline/cli.ts': '1:2' } }));
    expect(await print()).not.toBe(older);
  });
});
