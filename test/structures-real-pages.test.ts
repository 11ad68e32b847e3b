/**
 * Real pages with the report's own structures (test/fixtures/structures/real-pages/<case>/):
 * the input exactly as the search tool returned it (README there: URL, query, date),
 * the golden zh.md and messages.txt of its ingest (`UPDATE_FIXTURES=1` rewrites
 * them — read the diff), and what the page must give: every word, the notes
 * section as the page has it, each unlinked entry named with its line. The
 * translated publication built from it (test/fixtures/structures/project,
 * `sx-notes-page`) carries exactly the ingested blocks.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { formatMessage } from '../pipeline/cli/format-ingest.ts';
import { hanOf } from '../pipeline/ingest/chars.ts';
import { decode } from '../pipeline/ingest/decode.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { buildPublication } from '../pipeline/model/load.ts';

const root = path.join(import.meta.dirname, 'fixtures', 'structures', 'real-pages');
const update = Boolean(process.env.UPDATE_FIXTURES);
const cases = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

function expectFile(file: string, actual: string): void {
  if (update) writeFileSync(file, actual);
  expect(existsSync(file), `no golden ${file}: run UPDATE_FIXTURES=1 and read it`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

function ingestCase(name: string) {
  const dir = path.join(root, name);
  const inputName = readdirSync(dir).find((f) => f.startsWith('input.'))!;
  const input = readFileSync(path.join(dir, inputName));
  return { dir, inputName, input, result: ingest(input, { fileName: inputName, slug: name }) };
}

const bodyOf = (markdown: string) => markdown.slice(markdown.indexOf('\n---\n', 4) + 5);

describe('real pages with the report’s own structures', () => {
  test('there is at least one, with a README naming where each was found', () => {
    expect(cases.length).toBeGreaterThanOrEqual(1);
    const readme = readFileSync(path.join(root, '..', 'README.md'), 'utf8');
    for (const name of cases) expect(readme, name).toContain(name);
  });
  for (const name of cases) {
    test(`${name}: zh.md and messages as in the goldens, deterministic, valid content, every Han character kept in order`, () => {
      const { dir, inputName, input, result } = ingestCase(name);
      expectFile(path.join(dir, 'zh.md'), result.markdown);
      expectFile(path.join(dir, 'messages.txt'), result.file.messages.map((m) => formatMessage(inputName, m)).join('\n') + '\n');
      expect(ingest(input, { fileName: inputName, slug: name }).markdown).toBe(result.markdown);
      const { publication } = buildPublication(name, new VFile({ path: 'zh.md', value: result.markdown }));
      expect(publication.files.zh.messages.filter((m) => m.ruleId !== 'missing-title').map(String)).toEqual([]);
      const removed = new Set(result.summary.linesRemoved.map((r) => r.line));
      const kept = decode(input).text.split(/\r\n|\r|\n/).filter((_, i) => !removed.has(i + 1)).join('');
      const notesAt = publication.blocks.findIndex((b) => b.kind === 'note');
      const notesHeading = String(publication.meta.zh.notes_heading ?? '');
      expect(publication.blocks.map((b, i) => (i === notesAt ? hanOf(notesHeading) : '') + hanOf(b.zhText)).join('')).toBe(hanOf(kept));
    });
  }
});

describe('sx-notes-page-bx2200: page 6 of a paginated mirror, the 名词解释 alone (the report’s text is on other pages)', () => {
  const { result } = ingestCase('sx-notes-page-bx2200');
  const { publication } = buildPublication('sx-notes-page-bx2200', new VFile({ path: 'zh.md', value: result.markdown }));

  test('the notes heading is a heading of the page, not the report’s title', () => {
    expect(result.frontMatter.title).toBeUndefined();
    expect(publication.blocks[0]).toMatchObject({ kind: 'heading', zhText: '《政府工作报告》名词解释' });
  });

  test('the eleven entries are a numbered list, each as written (the last one truncated where the page is)', () => {
    const items = publication.blocks.filter((b) => b.kind === 'item');
    expect(items).toHaveLength(11);
    expect(items[0].zhText).toBe('地区生产总值（GDP）：指本地区所有常住单位在一定时期内生产活动的最终成果。地区生产总值等于各产业增加值之和，是国民经济核算的核心指标。');
    expect(items[10].zhText).toBe('承诺制+标准地+全代办：是山西省为加快项目落地，在');
    expect(publication.reportNotes).toEqual([]);
  });

  test('each entry is a warning naming it, its term and its line: nothing on this page calls it', () => {
    const warnings = result.file.messages.filter((m) => m.ruleId === 'note-unlinked');
    expect(warnings.map((w) => w.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(warnings.every((w) => w.fatal === false)).toBe(true);
    expect(warnings[6].reason).toContain('Unexpected note 7 that nothing calls: no marker [7] and its term ““放管服”改革” does not occur in the text');
  });

  test('the translated publication built from it holds exactly the ingested blocks (its front matter is the editor’s)', () => {
    const project = path.join(import.meta.dirname, 'fixtures', 'structures', 'project', 'content', 'reports', 'sx-notes-page', 'zh.md');
    expect(bodyOf(readFileSync(project, 'utf8'))).toBe(bodyOf(result.markdown));
  });
});
