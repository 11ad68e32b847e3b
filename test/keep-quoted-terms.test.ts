/**
 * A Chinese heading of the HTML page keeps a short quoted term on one line (templates/keep-quoted-terms.ts):
 * seen at 320 and 390 px on the Guangdong 2026 whole text, 一、2025年和“十 / 四五”时期工作回顾.
 */
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { VFile } from 'vfile';
import { expect, it } from 'vitest';
import { defaultConfig } from '../pipeline/config/types.ts';
import { buildPublication } from '../pipeline/model/load.ts';
import { reportPage } from '../pipeline/render/html/page.ts';
import { createTranslators } from '../templates/i18n.ts';
import { keepQuotedTerms } from '../templates/keep-quoted-terms.ts';

it('wraps a Chinese heading’s short quoted terms in span.keep', () => {
  const tree = h('div', { lang: 'zh-Hans' }, [h('h2', '一、2025年和“十四五”时期工作回顾，深化“放管服”改革')]);
  keepQuotedTerms(tree);
  expect(toHtml(tree)).toBe('<div lang="zh-Hans"><h2>一、2025年和<span class="keep">“十四五”</span>时期工作回顾，深化<span class="keep">“放管服”</span>改革</h2></div>');
});

it('guards: leaves paragraphs, English headings, long quotations and quotes with spaces to the browser', () => {
  const tree = h('div', { lang: 'zh-Hans' }, [
    h('p', '坚持“三防”措施'),
    h('h2', { lang: 'en' }, 'Deepening the “streamline” reform'),
    h('h3', '坚持“绿水青山就是金山银山”理念'),
    h('h3', '推进“一网 通办”'),
  ]);
  const before = toHtml(tree);
  keepQuotedTerms(tree);
  expect(toHtml(tree)).toBe(before);
});

it('sets the HTML page’s heading so', async () => {
  const zh = '---\ntitle: 测试报告\n---\n\n## 一、2025年和“十四五”时期工作回顾 {#h-000001}\n\n推进“十四五”规划。 {#p-000002}\n';
  const { publication } = buildPublication('keep', new VFile({ path: 'zh.md', value: zh }));
  const t = await createTranslators();
  const { tree } = reportPage(publication, { config: defaultConfig, outDir: '', distDir: '', t, draft: true, buildDate: new Date(0) });
  const kept = selectAll('.keep', tree) as Element[];
  expect(kept.map((el) => toHtml(el.children))).toContain('“十四五”');
  // only in the heading (its Chinese side, and the English side's pending copy): never in the paragraph
  expect(selectAll('p .keep', tree)).toHaveLength(0);
  expect(selectAll('h2 .keep, h1 .keep', tree).length).toBe(kept.length);
});
