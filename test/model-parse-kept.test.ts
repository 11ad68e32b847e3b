/**
 * A report file parsed before in the process with the same path and text is not parsed again
 * (model/parse.ts): the dev server builds at every save, and the file not saved (zh.md when the
 * English was edited) gives what parsing it gives — the same units, the same messages on the new
 * file, the front matter's place — as a copy its caller may change. Parses are counted on
 * restoreInlineDirectives, which every parse runs once.
 */
import { VFile } from 'vfile';
import { beforeEach, expect, it, vi } from 'vitest';

const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../pipeline/model/directives.ts', async (original) => {
  const actual = await original<typeof import('../pipeline/model/directives.ts')>();
  return { ...actual, restoreInlineDirectives: (...args: Parameters<typeof actual.restoreInlineDirectives>) => (parses.count++, actual.restoreInlineDirectives(...args)) };
});

const { parseReportMarkdown } = await import('../pipeline/model/parse.ts');
const { buildPublication } = await import('../pipeline/model/load.ts');

const zh = `---
title: 测试报告
---

## 一、总体情况 {#h-1}

**经济平稳运行。**全年完成目标。 {#p-1}

一段没有编号的文字。
`;
const en = `---
title: Test report
---

## I. Overview {#h-1}

**The economy ran steadily.** The year's targets were met. {#p-1}
`;
const file = (name: string, value: string) => new VFile({ path: `/reports/kept-test/${name}`, value });

beforeEach(() => {
  parses.count = 0;
});

it('parses a file again only when its text changed, and gives the same units and messages', () => {
  const first = file('zh.md', zh);
  const parsed = parseReportMarkdown(first);
  expect(parses.count).toBe(1);
  expect(first.messages.length).toBeGreaterThan(0); // the paragraph without id
  const again = file('zh.md', zh);
  const kept = parseReportMarkdown(again);
  expect(parses.count).toBe(1);
  expect(kept).toEqual(parsed);
  expect(kept).not.toBe(parsed);
  expect(again.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual(first.messages.map((m) => `${m.line}:${m.column} ${m.reason}`));
  expect(again.data.frontMatter).toEqual(first.data.frontMatter);
  parseReportMarkdown(file('zh.md', `${zh}\n另一段。 {#p-2}\n`));
  expect(parses.count).toBe(2);
});

it('gives a copy: what a caller changes is not what the next build gets', () => {
  const parsed = parseReportMarkdown(file('en.md', en));
  parsed.blocks[0].attributes.id = 'changed';
  parsed.frontMatter.title = 'changed';
  const next = parseReportMarkdown(file('en.md', en));
  expect(next.blocks[0].attributes.id).toBe('h-1');
  expect(next.frontMatter.title).toBe('Test report');
});

it('a rebuild after an English edit parses the English alone', () => {
  buildPublication('kept-test', file('zh.md', zh), file('en.md', en));
  parses.count = 0;
  const { publication } = buildPublication('kept-test', file('zh.md', zh), file('en.md', en.replace('were met', 'were all met')));
  expect(parses.count).toBe(1);
  expect(publication.blocks.find((b) => b.id === 'p-1')?.enText).toContain('were all met');
});
