/**
 * A page saved as Markdown (test/fixtures/ingest-markdown: a web clipper's .md, an answer copied with its marks) is read
 * as the Markdown it is (pipeline/ingest/markdown.ts): its headings, lists and tables are the report's, its marks are not
 * its words. Before (stop 38, blind), a .md file was read as text: "### 一、…" became a paragraph "\### 一、…", "**…**" came
 * out as "\*\*…\*\*" in the report's text, and a clipper's excerpt of the opening cost the real opening sentence.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures/ingest-markdown');
const read = (name: string) => readIngested(readFileSync(path.join(fixtures, name), 'utf8'), name, { clean: false });
const han = (text: string) => [...text].filter((c) => /\p{Script=Han}/u.test(c)).join('');

describe('a page a clipper saved as Markdown (MarkDownload)', () => {
  const { result, front, blocks, publication } = read('markdownload-lingchuan-2026.md');

  test('is read as Markdown: no mark of it in the report\'s text, its title block read, its table a table', () => {
    expect(result.summary.format).toBe('markdown');
    expect(result.markdown).not.toMatch(/\\[#*|>-]/u);
    expect(front).toMatchObject({ title: '政府工作报告', issuer: '陵川县人民政府', date: '2025-12-22', speaker: '县长 王丽' });
    expect(blocks).toContain('## 一、2025年工作回顾');
    expect(publication.blocks.filter((b) => b.kind === 'cell').map((b) => b.zhText)).toEqual(['指标', '2025年', '增长', '地区生产总值', '87.4亿元', '8%', '固定资产投资', '51.5亿元', '10%']);
    expect(publication.blocks.find((b) => b.lead)?.zhText).toMatch(/^——决胜“十四五”/u);
  });

  test('keeps the opening sentence the clipper\'s excerpt repeats above the page (was: removed as a headline printed again)', () => {
    expect(blocks[1]).toBe('现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席同志提出意见。');
  });

  test('says what it took out at the Markdown file\'s own lines, and every word of the page is in zh.md or said', () => {
    const at = (text: string) => result.summary.linesRemoved.find((r) => r.text.includes(text))?.line;
    expect(at('发布时间')).toBe(15);
    expect(at('县长')).toBe(22);
    const source = readFileSync(path.join(fixtures, 'markdownload-lingchuan-2026.md'), 'utf8').split('\n---\n').slice(1).join('\n');
    const out = han(result.markdown + result.summary.linesRemoved.map((r) => r.text).join(''));
    for (const line of source.split('\n')) expect(out, line).toContain(han(line));
  });
});

describe('a page the Obsidian Web Clipper saved', () => {
  const { result, front, blocks } = read('obsidian-huanglong-2026.md');
  test('its front matter\'s title is the title, the rest of the record left out and said by name', () => {
    expect(front).toMatchObject({ title: '2025年黄龙县政府工作报告', issuer: '黄龙县人民政府' });
    const said = result.file.messages.find((m) => m.ruleId === 'markdown-front-matter');
    expect(said?.reason).toContain('source, author, published, created, description, tags');
    expect(blocks.some((b) => b.includes('clippings'))).toBe(false);
    expect(blocks[0]).toBe('各位代表：');
  });
});

describe('an answer site\'s digest copied as Markdown', () => {
  const { result, blocks } = read('answer-digest-2024.md');
  test('its headings are headings and its bullets list items, the line breaks of a paragraph kept as lines', () => {
    expect(blocks).toEqual(expect.arrayContaining(['## 一、2023年工作回顾', '## 三、重点任务']));
    expect(result.markdown).toMatch(/^- 经济总体回升向好：/mu);
    expect(result.markdown).not.toContain('回答时间');
  });

  test('is said to be about the report, not its text, at its line (2, after the line break)', () => {
    const story = result.file.messages.find((m) => m.ruleId === 'news-story');
    expect(story?.reason).toContain('a digest of it');
    expect([story?.line, story?.column]).toEqual([2, 1]);
  });
});
