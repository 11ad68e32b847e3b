/**
 * A list item's, a quotation's and a note's text starting with a Markdown block mark ("# ", "- ", "> ", "1. ") stays text:
 * the zh.md ingest writes loads clean and keeps every character. Found by the structures property of test/ingest.test.ts
 * (seed -1087021774: a quotation "# 经。经。" was written "> # 经。经。", "Unexpected heading in a quotation").
 */
import { describe, expect, test } from 'vitest';
import { VFile } from 'vfile';
import { ingest } from '../pipeline/ingest/index.ts';
import { buildPublication } from '../pipeline/model/load.ts';

const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body><div class="article"><p>北京市某区人民政府工作报告</p><p>各位代表：</p>\n${body}\n<p>过去一年，全区经济平稳增长。</p></div></body></html>`;

function load(body: string) {
  const result = ingest(Buffer.from(page(body)), { fileName: 'page.html', slug: 't' });
  const { publication } = buildPublication('t', new VFile({ path: 'zh.md', value: result.markdown }));
  return { messages: publication.files.zh.messages.filter((m) => m.ruleId !== 'missing-title').map(String), texts: publication.blocks.map((b) => b.zhText) };
}

describe('a structure\'s text opening with a block mark stays its text', () => {
  test.each([
    ['a quotation opening "# "', '<blockquote><p># 经。经。</p><p>经。</p></blockquote>', '# 经。经。'],
    ['a quotation opening "> "', '<blockquote><p>> 引文。</p></blockquote>', '> 引文。'],
    ['a list item opening "# "', '<ul><li># 加强领导</li><li>落实责任</li></ul>', '# 加强领导'],
    ['a list item opening "- "', '<ul><li>- 加强领导</li></ul>', '- 加强领导'],
    ['an ordered item opening "1. "', '<ol><li>1. 加强领导</li></ol>', '1. 加强领导'],
  ])('%s (was: a heading or a nested block, the zh.md refused or a mark lost)', (_, body, text) => {
    const { messages, texts } = load(body);
    expect(messages).toEqual([]);
    expect(texts).toContain(text);
  });
});
