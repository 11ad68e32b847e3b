/**
 * `duizhao xliff export|import` and `duizhao mt` end to end on a temp copy
 * of the real report.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const tmp = mkdtempSync(path.join(tmpdir(), 'duizhao-xliff-'));
const bin = path.join(import.meta.dirname, '../pipeline/bin.mjs');
const report = path.join(import.meta.dirname, '../content/reports/haidian-2021');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args, '--content', tmp], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DUIZHAO_MT_URL: '' } });

describe('xliff CLI', { timeout: 120_000 }, () => {
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('exports to a file and imports an edited copy into en.md', () => {
    cpSync(report, path.join(tmp, 'reports/haidian-2021'), { recursive: true });
    const enPath = path.join(tmp, 'reports/haidian-2021/en.md');
    const before = readFileSync(enPath, 'utf8');
    const xlf = path.join(tmp, 'h.xlf');
    const exported = run('xliff', 'export', 'haidian-2021', '-o', xlf);
    expect(exported.status).toBe(0);
    const xml = readFileSync(xlf, 'utf8');
    expect(xml).toContain('<file id="haidian-2021">');

    const same = run('xliff', 'import', xlf);
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('updated 0 block(s), inserted 0');
    expect(readFileSync(enPath, 'utf8')).toBe(before);

    const id = /<unit id="(h-[^"]+)">/.exec(xml)![1];
    const edited = xml.replace(new RegExp(`(<unit id="${id}">[\\s\\S]*?<target>)([^<]*)(</target>)`), '$1$2 (edited)$3');
    writeFileSync(xlf, edited);
    const changed = run('xliff', 'import', xlf);
    expect(changed.status).toBe(0);
    expect(changed.stdout).toContain(`updated 1 block(s) (${id})`);
    const after = readFileSync(enPath, 'utf8');
    // the unit keeps the state it was exported with (the real report is reviewed)
    const state = /state="(\w+)"/.exec(/<segment[^>]*>/.exec(edited.slice(edited.indexOf(`<unit id="${id}">`)))![0])?.[1];
    const suffix = state === 'reviewed' ? ' state=reviewed' : '';
    expect(after).toMatch(new RegExp(` \\(edited\\) \\{#${id} src=[0-9a-f]{8}${suffix}\\}`));
    expect(after.split('\n').filter((line, i) => line !== before.split('\n')[i])).toHaveLength(1);
  });

  it('refuses an import it cannot convert: exit 1, file:line:column, en.md untouched; a 1.2 round trip changes nothing', () => {
    const enPath = path.join(tmp, 'reports/haidian-2021/en.md');
    const before = readFileSync(enPath, 'utf8');
    const xlf = path.join(tmp, 'h12.xlf');
    expect(run('xliff', 'export', 'haidian-2021', '--xliff', '1.2', '-o', xlf).status).toBe(0);
    const xml = readFileSync(xlf, 'utf8');
    expect(xml).toContain('<xliff version="1.2"');
    const same = run('xliff', 'import', xlf);
    expect(same.status, same.stderr).toBe(0);
    expect(same.stdout).toContain('updated 0 block(s), inserted 0');
    const bad = xml.replace('We achieved major strategic success', '<g id="9">We</g> achieved major strategic success');
    writeFileSync(xlf, bad);
    const refused = run('xliff', 'import', xlf);
    expect(refused.status).toBe(1);
    const at = bad.indexOf('<g id="9">');
    expect(refused.stderr).toMatch(new RegExp(`h12\\.xlf\\n\\s*${bad.slice(0, at).split('\n').length}:${at - bad.lastIndexOf('\n', at)}\\s+error Cannot convert \`<g id="9">\``));
    expect(refused.stderr).toContain('not changed — the import was refused');
    expect(readFileSync(enPath, 'utf8')).toBe(before);
  });

  it('mt is off without DUIZHAO_MT_URL and says how to turn it on', () => {
    const result = run('mt', 'haidian-2021');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Machine translation is off: set DUIZHAO_MT_URL');
  });
});
