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
import { keepFiguresWithUnits, keepQuotedTerms } from '../templates/keep-quoted-terms.ts';

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
  // quoted terms only in the heading (its Chinese side, and the English side's pending copy): never in the paragraph
  // (its figures with their units are kept everywhere: 2025年, round 8)
  const quoted = (els: Element[]) => els.filter((el) => toHtml(el.children).startsWith('“'));
  expect(quoted(selectAll('p .keep', tree) as Element[])).toHaveLength(0);
  expect(quoted(selectAll('h2 .keep, h1 .keep', tree) as Element[]).length).toBe(quoted(kept).length);
});

// New user, round 7 (2026-12-01): the court report's 表1 at 320 and 390 px broke a cell's figure from its unit —
// 减少15 / 天 — as Chinese may break between a digit and a character.
it('keeps a figure with the unit after it in a Chinese table cell (span.keep)', () => {
  const tree = h('table', { lang: 'zh-Hans' }, [h('tr', [h('th', '受理案件（万件）'), h('td', '减少15天'), h('td', '增长10.2万件'), h('td', '2022年')])]);
  keepFiguresWithUnits(tree);
  expect(toHtml(tree)).toBe('<table lang="zh-Hans"><tr><th>受理案件（万件）</th><td>减少<span class="keep">15天</span></td><td>增长<span class="keep">10.2万件</span></td><td><span class="keep">2022年</span></td></tr></table>');
});

it('guards: a figure with no unit and English text are left to the browser', () => {
  const tree = h('div', { lang: 'zh-Hans' }, [
    h('table', [h('tr', [h('td', '上升1.31'), h('td', '89.62'), h('td', { lang: 'en' }, '15 days fewer')])]),
    h('p', { lang: 'en' }, 'It held 9 meetings'),
    h('p', '增长5.8%，占比30%'),
  ]);
  const before = toHtml(tree);
  keepFiguresWithUnits(tree);
  expect(toHtml(tree)).toBe(before);
});

// New user, round 8 (2026-12-01): the Shandong standing committee report at 320 px broke its running text
// 专项工作报告19 / 项 and 专题询问3 / 次 (round 7 had left paragraphs to the browser: 60 / 天).
it('keeps a figure with its unit in running Chinese text too, and a 万亿 amount whole (span.keep)', () => {
  const tree = h('div', { lang: 'zh-Hans' }, [
    h('p', '听取审议专项工作报告19项，开展执法检查5次、专题询问3次'),
    h('p', '经济总量达到2.5万亿元'),
    h('li', '平均审理天数60天'),
  ]);
  keepFiguresWithUnits(tree);
  expect(toHtml(tree)).toBe(
    '<div lang="zh-Hans"><p>听取审议专项工作报告<span class="keep">19项</span>，开展执法检查<span class="keep">5次</span>、专题询问<span class="keep">3次</span></p>' +
      '<p>经济总量达到<span class="keep">2.5万亿元</span></p><li>平均审理天数<span class="keep">60天</span></li></div>',
  );
});

it('guards: text already kept, scripts and styles are not touched', () => {
  const tree = h('div', { lang: 'zh-Hans' }, [h('p.byline', ['常委会　', h('span.keep', '2022年1月25日')]), h('script', 'var a = "3次";'), h('style', '.x::after{content:"3次"}')]);
  const before = toHtml(tree);
  keepFiguresWithUnits(tree);
  expect(toHtml(tree)).toBe(before);
});

it('sets the HTML page’s Chinese table cells and paragraphs so', async () => {
  const zh = '---\ntitle: 测试报告\n---\n\n| 指标 {#c-1} | 同比 {#c-2} |\n| --- | --- |\n| 审理天数（天） {#c-3} | 减少15天 {#c-4} |\n\n平均审理天数60天。 {#p-000002}\n';
  const { publication } = buildPublication('keep', new VFile({ path: 'zh.md', value: zh }));
  const t = await createTranslators();
  const { tree } = reportPage(publication, { config: defaultConfig, outDir: '', distDir: '', t, draft: true, buildDate: new Date(0) });
  expect((selectAll('td .keep', tree) as Element[]).map((el) => toHtml(el.children))).toContain('15天');
  expect((selectAll('p .keep', tree) as Element[]).map((el) => toHtml(el.children))).toContain('60天');
  // not in the page's <title> or description (text only there)
  expect(selectAll('title .keep, meta .keep', tree)).toHaveLength(0);
});
