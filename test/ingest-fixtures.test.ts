/**
 * Golden tests: each folder in test/fixtures/ingest/<case>/ holds an input
 * (input.txt / input.html, in whatever encoding the case is about), an
 * optional meta.yaml, the expected zh.md and the expected messages
 * (messages.txt, one `file:line:column: severity reason (source/rule)` per
 * line). `UPDATE_FIXTURES=1` rewrites the expectations — read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { hanOf } from '../pipeline/ingest/chars.ts';
import { decode } from '../pipeline/ingest/decode.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { formatMessage } from '../pipeline/cli/format-ingest.ts';
import { buildPublication } from '../pipeline/model/load.ts';

const root = path.join(import.meta.dirname, 'fixtures', 'ingest');
const update = Boolean(process.env.UPDATE_FIXTURES);

function expectFile(file: string, actual: string): void {
  if (update) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('ingest fixtures', () => {
  const cases = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && (update || existsSync(path.join(root, entry.name, 'zh.md'))))
    .map((entry) => entry.name);
  test('there is a fixture for every pattern', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });
  for (const name of cases) {
    test(name, () => {
      const dir = path.join(root, name);
      const inputName = readdirSync(dir).find((f) => f.startsWith('input.'))!;
      const input = readFileSync(path.join(dir, inputName));
      const metaFile = path.join(dir, 'meta.yaml');
      const meta = existsSync(metaFile) ? (parse(readFileSync(metaFile, 'utf8')) as Record<string, unknown>) : undefined;
      const result = ingest(input, { fileName: inputName, slug: name, meta });
      expectFile(path.join(dir, 'zh.md'), result.markdown);
      expectFile(path.join(dir, 'messages.txt'), result.file.messages.map((m) => formatMessage(inputName, m)).join('\n') + '\n');

      // Deterministic: the same input gives byte-identical output.
      expect(ingest(input, { fileName: inputName, slug: name, meta }).markdown).toBe(result.markdown);

      // The output is valid content: it loads without a single message, and
      // every id is the one the model derives from the block's plain text.
      const loaded = buildPublication(name, new VFile({ path: 'zh.md', value: result.markdown }));
      // (a page without a title: ingest warns, and the model says the editions show the slug meanwhile)
      expect(loaded.publication.files.zh.messages.filter((m) => m.ruleId !== 'missing-title').map(String)).toEqual([]);
      expect(loaded.publication.blocks).toHaveLength(result.summary.blocks);
      expect(loaded.publication.blocks.filter((b) => b.lead)).toHaveLength(result.summary.leads);

      // Nothing lost (text inputs, where lines map 1:1): the Han characters of
      // every line not reported as removed appear in the blocks, in order.
      if (inputName.endsWith('.txt')) {
        const removed = new Set(result.summary.linesRemoved.map((r) => r.line));
        const lines = decode(input).text.split(/\r\n|\r|\n/);
        const kept = lines.filter((_, i) => !removed.has(i + 1)).join('');
        // The notes section's heading (注释) is in the front matter (notes_heading), read where the notes begin.
        const blocks = loaded.publication.blocks;
        const notesAt = blocks.findIndex((b) => b.kind === 'note');
        const notesHeading = String(loaded.publication.meta.zh.notes_heading ?? '');
        expect(blocks.map((b, i) => (i === notesAt ? hanOf(notesHeading) : '') + hanOf(b.zhText)).join('')).toBe(hanOf(kept));
      }
    });
  }
});
