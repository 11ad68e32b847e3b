/**
 * A translator's mistakes in a CAT tool's XLIFF 1.2 (new user, round 6: OmegaT's target of a budget
 * report): each reported at the unit's line and column, en.md left as it was.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseReportMarkdown, sourceHash } from '../pipeline/model/index.ts';
import { exportXliff } from '../pipeline/translate/xliff-export.ts';
import { importXliff } from '../pipeline/translate/xliff-import.ts';

const dir = path.join(import.meta.dirname, 'fixtures/xliff/basic');
const zh = readFileSync(path.join(dir, 'zh.md'), 'utf8');
const hashes = new Map(parseReportMarkdown(new VFile({ value: zh })).blocks.map((b) => [b.attributes.id, sourceHash(b.text)]));
const en = readFileSync(path.join(dir, 'en.md'), 'utf8').replace(/SRC:([\w-]+)/g, (_, id: string) => hashes.get(id)!);

describe('an emptied target in XLIFF 1.2', () => {
  it('a segment left empty (<target state="translated"></target>) for a block en.md has English for is reported at its unit, en.md kept (was: nothing said, exit 0 — only a target of spaces was reported)', async () => {
    const xml = (await exportXliff({ slug: 'basic', zh, en, version: '1.2' })).replace(/(<trans-unit id="p-000001"[\s\S]*?<\/source>\s*)<target([^>]*)>[\s\S]*?<\/target>/, '$1<target$2></target>');
    const result = await importXliff({ xliff: xml, zh, en, xliffPath: 'basic.xlf' });
    expect(result.value).toBe(en);
    const empty = result.file.messages.filter((m) => m.ruleId === 'xliff-empty-target');
    expect(empty.map((m) => [m.line, m.reason])).toEqual([[xml.slice(0, xml.indexOf('<trans-unit id="p-000001"')).split('\n').length, expect.stringContaining('Empty target for `p-000001`')]]);
  });

  it("guards: a self-closed or absent target of a block with no English yet says nothing (a new report's untranslated units)", async () => {
    const xml = (await exportXliff({ slug: 'basic', zh, version: '1.2' })).replace(/(<trans-unit id="p-000001"[\s\S]*?<\/source>\s*)<target([^>]*)>[\s\S]*?<\/target>/, '$1<target$2/>');
    const result = await importXliff({ xliff: xml, zh, xliffPath: 'basic.xlf' });
    expect(result.file.messages.filter((m) => m.ruleId === 'xliff-empty-target')).toEqual([]);
  });
});
