/**
 * One strict reader of report files: a zh.md saved as GBK gets the same
 * message — position, the encoding ingest's decoder reads it as, the fix —
 * from `build` and in the dev server's overlay (and from `duizhao check`:
 * reliability.test.ts).
 */
import { rmSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../pipeline/core/run.ts';
import { startDev } from '../pipeline/dev/index.ts';
import { listReports, readReportFile } from '../pipeline/model/read.ts';
import { spyRenderers, tempProject } from './build-helpers.ts';

const expected = /^Unexpected byte 0x[0-9a-f]{2}, expected UTF-8 text; it reads as GB18030: convert it with `iconv -f GB18030 -t UTF-8 zh\.md`/;

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

/** The fixture project with alpha's zh.md saved as GBK. */
function gbkProject(): { root: string; zhPath: string } {
  const root = tempProject();
  roots.push(root);
  const zhPath = path.join(root, 'content/reports/alpha/zh.md');
  writeFileSync(zhPath, iconv.encode(readFileSync(zhPath, 'utf8'), 'gbk'));
  return { root, zhPath };
}

describe('the report reader', () => {
  it('refuses a GBK zh.md at its first bad byte, naming the encoding, and never passes garbled text on', async () => {
    const { zhPath } = gbkProject();
    const file = await readReportFile(zhPath);
    expect(file.value).toBe('');
    expect(file.messages).toHaveLength(1);
    const [message] = file.messages;
    expect(message.fatal).toBe(true);
    expect(message.reason).toMatch(expected);
    expect([message.ruleId, message.source, message.line, message.column]).toEqual(['encoding', 'model', 2, 8]);
  });

  it('says only "convert it to UTF-8" when the bytes are not Chinese text in any encoding', async () => {
    const { root } = gbkProject();
    const file = path.join(root, 'junk.md');
    writeFileSync(file, Buffer.from([0x61, 0x0a, 0xff, 0xfe, 0xfd, 0x80, 0x81]));
    const [message] = (await readReportFile(file)).messages;
    expect(message.reason).toMatch(/^Unexpected byte 0xff, expected UTF-8 text; convert it to UTF-8/);
    expect([message.line, message.column]).toEqual([2, 1]);
  });

  it('keeps a UTF-8 file whole and drops its BOM', async () => {
    const { root } = gbkProject();
    const file = path.join(root, 'bom.md');
    writeFileSync(file, '\uFEFF# 标题 {#h-1}\n');
    const read = await readReportFile(file);
    expect([read.value, read.messages.length]).toEqual(['# 标题 {#h-1}\n', 0]);
  });

  it('lists the report folders that hold a zh.md', async () => {
    const { root } = gbkProject();
    writeFileSync(path.join(root, 'content/reports/notes.txt'), '');
    expect(await listReports(path.join(root, 'content'))).toEqual(['alpha', 'beta']);
  });
});

// `duizhao check` (the command) is in reliability.test.ts, beside `duizhao build`.
describe('build and dev report a GBK zh.md with the reader\'s message', () => {
  it('build', async () => {
    const { root, zhPath } = gbkProject();
    const result = await build({ root, renderers: spyRenderers().renderers });
    expect(result.ok).toBe(false);
    const messages = result.files.filter((f) => f.path === zhPath).flatMap((f) => f.messages);
    expect(messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual([expect.stringMatching(/^2:8 Unexpected byte/)]);
    expect(messages[0].reason).toMatch(expected);
  });

  it('dev', async () => {
    const { root } = gbkProject();
    const dev = await startDev({ root, port: 0, renderers: spyRenderers().renderers, outDir: path.join(root, 'preview') });
    try {
      await dev.idle();
      const messages = dev.state().messages.filter((m) => m.place.endsWith('alpha/zh.md:2:8'));
      expect(messages).toHaveLength(1);
      expect(messages[0].severity).toBe('error');
      expect(messages[0].reason).toMatch(expected);
    } finally {
      await dev.close();
    }
  });
});
