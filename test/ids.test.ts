/**
 * Every hint names a command that exists: the block-without-id error said
 * `run duizhao ids`, which did not exist. `duizhao ids <slug>` now adds the
 * missing ids of zh.md the way ingest does, and no message or hint in the
 * pipeline names a `duizhao <command>` the CLI does not have.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { addMissingIds } from '../pipeline/model/add-ids.ts';
import { newBlockId } from '../pipeline/model/hash.ts';
import { parseReportMarkdown } from '../pipeline/model/parse.ts';
import { repo, tempProject } from './build-helpers.ts';

const zh = `---
title: 测试
---

## 一、总体要求 {#h-000001}

新增的一段，没有编号。

既有的一段。 {#p-000002}

### （一）新增的标题
`;

describe('duizhao ids', () => {
  it('the missing-id error names the command, with the report, and an English block gets the real fix', () => {
    const file = new VFile({ path: 'content/reports/xicheng-2022/zh.md', value: zh });
    parseReportMarkdown(file);
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Unexpected block without id, expected a trailing `{#id}` attribute (run `duizhao ids xicheng-2022` to add the missing ids)',
      'Unexpected block without id, expected a trailing `{#id}` attribute (run `duizhao ids xicheng-2022` to add the missing ids)',
    ]);
    const en = new VFile({ path: 'content/reports/xicheng-2022/en.md', value: 'A paragraph.\n' });
    parseReportMarkdown(en);
    expect(en.messages[0].reason).toContain('give it the id of its Chinese twin in zh.md');
  });

  it('adds the ids ingest would give, keeps every other byte, and is idempotent', () => {
    const result = addMissingIds(zh);
    const taken = new Set(['h-000001', 'p-000002']);
    const p = newBlockId('paragraph', '新增的一段，没有编号。', taken);
    const h = newBlockId('heading', '（一）新增的标题', new Set([...taken, p]));
    expect(result.added).toEqual([{ id: p, line: 7 }, { id: h, line: 11 }]);
    expect(result.value).toBe(zh.replace('没有编号。', `没有编号。 {#${p}}`).replace('新增的标题', `新增的标题 {#${h}}`));
    const file = new VFile({ path: 'zh.md', value: result.value });
    expect(parseReportMarkdown(file).blocks).toHaveLength(4);
    expect(file.messages).toEqual([]);
    expect(addMissingIds(result.value)).toEqual({ value: result.value, added: [] });
  });

  it('runs as `duizhao ids <slug>` on a report', () => {
    const root = tempProject();
    const zhPath = path.join(root, 'content/reports/alpha/zh.md');
    writeFileSync(zhPath, `${readFileSync(zhPath, 'utf8')}\n新写的一段。\n`);
    const run = spawnSync(process.execPath, [path.join(repo, 'pipeline/bin.cjs'), 'ids', 'alpha', '--content', path.join(root, 'content')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/zh\.md:\d+: added \{#p-[0-9a-f]{6}\}/);
    expect(readFileSync(zhPath, 'utf8')).toMatch(/新写的一段。 \{#p-[0-9a-f]{6}\}\n$/);
  });
});

describe('hints name commands that exist', () => {
  it('every `duizhao <command>` written in the pipeline is a command of the CLI', () => {
    const cli = readFileSync(path.join(repo, 'pipeline/cli.ts'), 'utf8');
    const commands = new Set([...cli.matchAll(/^ {2}(\w+): async \(\) =>/gm)].map((m) => m[1]));
    expect(commands).toContain('ids');
    const named = new Map<string, string>();
    for (const dir of ['pipeline', 'templates']) {
      for (const entry of readdirSync(path.join(repo, dir), { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.(ts|mjs|js)$/.test(entry.name)) continue;
        const file = path.join(entry.parentPath, entry.name);
        for (const m of readFileSync(file, 'utf8').matchAll(/`duizhao ([a-z][\w-]*)(?![\w-]*:)/g)) named.set(m[1], path.relative(repo, file));
      }
    }
    expect(named.size).toBeGreaterThan(5);
    expect([...named].filter(([command]) => !commands.has(command))).toEqual([]);
  });
});
