/**
 * Translation QA rules on fixture reports: each folder under
 * test/fixtures/check/ holds zh.md, en.md (`src=SRC:<id>` stands for the
 * current hash of that Chinese block), an optional glossary.yaml, and
 * expected.txt — the exact messages, one per line. `clean` must stay silent.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import { checkPublication, type CheckOptions } from '../pipeline/check/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { fixtureGlossary, fixtureMatcher } from './fixtures/check/fixture-matcher.ts';
import { withSourceHashes } from './source-hashes.ts';

const root = path.join(import.meta.dirname, 'fixtures/check');

export function loadFixture(name: string, extra: Readonly<CheckOptions> = {}) {
  const dir = path.join(root, name);
  const zhValue = readFileSync(path.join(dir, 'zh.md'), 'utf8');
  const enPath = path.join(dir, 'en.md');
  const enValue = existsSync(enPath) ? withSourceHashes(readFileSync(enPath, 'utf8'), zhValue) : undefined;
  const load = buildPublication(name, new VFile({ path: 'zh.md', value: zhValue }), enValue === undefined ? undefined : new VFile({ path: 'en.md', value: enValue }));
  const glossaryPath = path.join(dir, 'glossary.yaml');
  const glossary = existsSync(glossaryPath) ? fixtureGlossary(parse(readFileSync(glossaryPath, 'utf8'))) : undefined;
  const result = checkPublication(load, { glossary, matcher: glossary ? fixtureMatcher(glossary) : undefined, ...extra });
  return { load, result, dir };
}

export function format(result: ReturnType<typeof checkPublication>): string {
  return result.messages
    .map((m) => `${m.file}:${m.line}:${m.column} ${m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'} ${m.ruleId}: ${m.reason}`)
    .join('\n');
}

const cases = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe('check fixtures', () => {
  it('has a fixture per rule and a clean one', () => {
    for (const rule of ['clean', 'no-english', 'missing', 'orphan', 'order', 'duplicate-id', 'stale', 'number-mismatch', 'term-mismatch', 'untranslated', 'notes-heading', 'front-matter-english', 'punctuation', 'mt-draft', 'state', 'repeated-word', 'brackets', 'end-punctuation', 'date-style']) {
      expect(cases).toContain(rule);
    }
  });

  for (const name of cases) {
    it(`${name}: messages match expected.txt`, () => {
      const { result, dir } = loadFixture(name);
      // UPDATE_EXPECTED=1 rewrites the golden files; review the diff before committing.
      if (process.env.UPDATE_EXPECTED) writeFileSync(path.join(dir, 'expected.txt'), `${format(result)}\n`);
      const expected = readFileSync(path.join(dir, 'expected.txt'), 'utf8').trim();
      expect(format(result)).toBe(expected);
      for (const m of result.messages) {
        expect(m.source).toBe('check');
        expect(m.line).toBeGreaterThan(0);
        expect(m.column).toBeGreaterThan(0);
      }
    });
  }
});

describe('check options', () => {
  it('draft: missing translations and machine drafts become info, the rest stays', () => {
    const missing = loadFixture('missing', { draft: true }).result;
    expect(missing.messages.map((m) => [m.ruleId, m.fatal])).toEqual([
      ['missing', undefined],
      ['missing', undefined],
    ]);
    expect(missing.stats).toMatchObject({ errors: 0, warnings: 0, infos: 2, missing: 2 });
    const mt = loadFixture('mt-draft', { draft: true }).result;
    expect(mt.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['mt-draft', undefined]]);
    const stale = loadFixture('stale', { draft: true }).result;
    expect(stale.stats.errors).toBe(2);
  });

  it('messages are left on the files too, with the Chinese twin as cause', () => {
    const { load, result } = loadFixture('number-mismatch');
    expect(load.publication.files.en!.messages).toEqual(result.messages);
    const first = result.messages.find((m) => m.cause)!;
    expect(first.line).toBe(9);
    const cause = first.cause as { reason: string; file: string; line: number };
    expect(cause.reason).toMatch(/^Chinese twin at zh\.md:9:1: “疫情防控/);
    expect(cause.file).toBe('zh.md');
  });
});

describe('notes-heading (stop 24: a report titling its notes 名词解释 whose en.md gave no English for it got no message)', () => {
  const publicationOf = (editZh: (v: string) => string, editEn: (v: string) => string) => {
    const dir = path.join(root, 'notes-heading');
    const read = (name: string, edit: (v: string) => string) => new VFile({ path: name, value: edit(readFileSync(path.join(dir, name), 'utf8').replace(/SRC:[\w-]+/g, '')) });
    return checkPublication(buildPublication('notes-heading', read('zh.md', editZh), read('en.md', editEn))).messages.filter((m) => m.ruleId === 'notes-heading');
  };
  const keep = (v: string) => v;
  it("points at en.md's front matter, with zh.md's heading as cause", () => {
    const [message] = publicationOf(keep, keep);
    expect(message.cause).toMatchObject({ reason: 'The heading at zh.md:4:1: “名词解释”', file: 'zh.md', line: 4 });
    expect(message.line).toBe(4);
    // an empty key is said at the key (stop 25: at the closing fence before), as front-matter-english says it
    const [empty] = publicationOf(keep, (v) => v.replace('date: 2021-12-15\n', 'date: 2021-12-15\nnotes_heading: ""\n'));
    expect(empty).toMatchObject({ line: 4, column: 1 });
    expect(empty.reason).toMatch(/^Empty `notes_heading` in the English front matter/);
  });
  it('guards: silent when en.md gives the English, when zh.md has no notes heading, and without en.md', () => {
    expect(publicationOf(keep, (v) => v.replace('date: 2021-12-15\n', 'date: 2021-12-15\nnotes_heading: Explanation of Terms\n'))).toEqual([]);
    expect(publicationOf((v) => v.replace(/^notes_heading: .*\n/m, ''), keep)).toEqual([]);
    const zhOnly = buildPublication('notes-heading', new VFile({ path: 'zh.md', value: readFileSync(path.join(root, 'notes-heading/zh.md'), 'utf8') }));
    expect(checkPublication(zhOnly).messages.filter((m) => m.ruleId === 'notes-heading')).toEqual([]);
  });
});

describe('front-matter-english (stop 25: zh.md\'s title, issuer, occasion, speaker or scope note with no English in en.md got no message; an English edition printed the Chinese title)', () => {
  const messagesOf = (editZh: (v: string) => string, editEn: (v: string) => string) => {
    const dir = path.join(root, 'front-matter-english');
    const read = (name: string, edit: (v: string) => string) => new VFile({ path: name, value: edit(withSourceHashes(readFileSync(path.join(dir, name), 'utf8'), readFileSync(path.join(dir, 'zh.md'), 'utf8'))) });
    return checkPublication(buildPublication('front-matter-english', read('zh.md', editZh), read('en.md', editEn))).messages.filter((m) => m.ruleId === 'front-matter-english');
  };
  const keep = (v: string) => v;
  const complete = (v: string) => v.replace('speaker: ""\n', 'speaker: Wang Ming, District Mayor\nissuer: People\'s Government of Test District\noccasion: Delivered at the First Session of the 17th Test District People\'s Congress on December 15, 2021\nscope_note: Excerpt, not the full report.\n');
  it('a missing title: the English editions show the Chinese one; the cause is zh.md\'s key', () => {
    const [message, ...rest] = messagesOf(keep, (v) => complete(v).replace(/^title: .*\n/m, ''));
    expect(rest).toEqual([]);
    expect(message).toMatchObject({ line: 8, column: 1, fatal: false });
    expect(message.reason).toMatch(/^Missing `title` in the English front matter, .*the English editions show the Chinese title meanwhile$/);
    expect(message.cause).toMatchObject({ reason: 'The title at zh.md:2:1: “测试区人民政府工作报告”', file: 'zh.md', line: 2 });
  });
  it('guards: silent when en.md gives every key, when zh.md\'s value has no Chinese or no value, and without en.md', () => {
    expect(messagesOf(keep, complete)).toEqual([]);
    const noChinese = (v: string) => v.replace(/^issuer: .*$/m, 'issuer: ""').replace(/^occasion: .*$/m, 'occasion: Test Congress').replace(/^speaker: .*\n/m, '').replace(/^scope_note: .*\n/m, '');
    expect(messagesOf(noChinese, keep)).toEqual([]);
    const zhOnly = buildPublication('front-matter-english', new VFile({ path: 'zh.md', value: readFileSync(path.join(root, 'front-matter-english/zh.md'), 'utf8') }));
    expect(checkPublication(zhOnly).messages.filter((m) => m.ruleId === 'front-matter-english')).toEqual([]);
  });
});

describe('check with the glossary stage', () => {
  it('the real createMatcher gives the same term-mismatch messages as the fixture matcher', async () => {
    const { createMatcher } = await import('../pipeline/glossary/index.ts');
    const dir = path.join(root, 'term-mismatch');
    const glossary = fixtureGlossary(parse(readFileSync(path.join(dir, 'glossary.yaml'), 'utf8')));
    const fixture = loadFixture('term-mismatch');
    const zhValue = readFileSync(path.join(dir, 'zh.md'), 'utf8');
    const enValue = String(fixture.load.publication.files.en!.value);
    const load = buildPublication('t', new VFile({ path: 'zh.md', value: zhValue }), new VFile({ path: 'en.md', value: enValue }));
    const real = checkPublication(load, { glossary, matcher: createMatcher(glossary) });
    expect(format(real)).toBe(readFileSync(path.join(dir, 'expected.txt'), 'utf8').trim());
    expect(real.messages.map((m) => m.ruleId)).toEqual(['term-mismatch', 'term-mismatch']);
  });

  it('the real report (content/reports/haidian-2021) passes with the real glossary: no errors, no warnings', async () => {
    const { createMatcher, loadGlossary } = await import('../pipeline/glossary/index.ts');
    const { loadPublication } = await import('../pipeline/model/index.ts');
    const content = path.join(import.meta.dirname, '../content');
    const { glossary, file } = await loadGlossary(path.join(content, 'glossary.yaml'));
    expect(file.messages.filter((m) => m.fatal)).toEqual([]);
    const load = await loadPublication({ dir: path.join(content, 'reports/haidian-2021') });
    const { messages, stats } = checkPublication(load, { glossary, matcher: createMatcher(glossary) });
    expect(messages.map(String)).toEqual([]);
    expect(stats).toMatchObject({ missing: 0, stale: 0, orphans: 0, errors: 0, warnings: 0 });
    expect(stats.blocks).toBeGreaterThan(0);
    expect(stats.translated).toBe(stats.blocks);
  });
});
