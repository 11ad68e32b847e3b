/**
 * A table whose caption paragraph (表1　…, 表一　…) stands right above it, its column heads read as a line of their own
 * between them (a dump's header row with an empty first cell: the PDF-dump carriers tables-chromium and tables-word, in
 * -layout and from the PDF — stop 36's whole-corpus sweep) — the caption is tied to its table (a box titled by it, the
 * model's caption), so the editions show the real caption once, not the generic 表 / "Table" under the loose paragraph.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { defaultConfig } from '../pipeline/config/types.ts';
import { ingestFile } from '../pipeline/ingest/files.ts';
import { buildPublication } from '../pipeline/model/load.ts';
import { reportPage } from '../pipeline/render/html/page.ts';
import { printDocument } from '../pipeline/render/pdf/document.ts';
import { createTranslators } from '../templates/i18n.ts';
import { readIngested } from './ingest-helpers.ts';

const dumps = path.join(import.meta.dirname, 'fixtures/ingest-pdf-dumps');
const TITLE = '表1　2014年1-4季度GDP初步核算数据';
const buildDate = new Date('2026-12-01T00:00:00Z');

async function editions(markdown: string): Promise<Root[]> {
  const { publication } = buildPublication('t', new VFile({ path: 'zh.md', value: markdown }));
  const t = await createTranslators();
  const { tree } = reportPage(publication, { config: defaultConfig, outDir: '', distDir: '', t, draft: true, buildDate });
  const pdf = printDocument(publication, { t, draft: true, buildDate }, { layout: 'interleaved', languages: 'zh', paper: 'A4' });
  return [fromHtml(toHtml(tree)), fromHtml(pdf)];
}

describe('a 表1 caption line over its table\'s column heads read as a line', () => {
  for (const carrier of ['tables-chromium/layout.txt', 'tables-chromium/source.pdf', 'tables-word/layout.txt', 'tables-word/source.pdf']) {
    test(`${carrier}: the caption the table's box title, the table named by it in the HTML and the print document (was: a loose paragraph, the table captioned 表)`, async () => {
      const result = await ingestFile(readFileSync(path.join(dumps, carrier)), { fileName: path.basename(carrier), slug: 't' });
      expect(result.markdown).toMatch(new RegExp(`:::box\\[${TITLE}\\]\\{#b-[0-9a-f]+\\}\\n\\n绝对额（亿元）比上年同期增长（%） \\{#p-[0-9a-f]+\\}\\n\\n\\| GDP `));
      for (const doc of await editions(result.markdown)) {
        const table = select('table', doc) as Element;
        const caption = select('caption', table) as Element | undefined;
        expect(caption && toString(caption)).toBe(TITLE);
        // shown once: the box's title above the table, the caption for assistive technology only (not the generic 表)
        expect(caption!.properties.className).toContain('visually-hidden');
        expect((selectAll('.box > .block-title', doc) as Element[]).map((e) => toString(e).trim().slice(0, TITLE.length))).toEqual([TITLE]);
      }
    });
  }

  test('表一　… (Chinese numerals) over a table is its caption too (was: a loose paragraph)', () => {
    const table = '<table><tr><th>项目</th><th>预算数</th><th>执行数</th></tr><tr><td>一般公共预算收入</td><td>37.5</td><td>39.1</td></tr></table>';
    const page = `<html><body><p>各位代表:</p><p>现将2023年预算执行情况报告如下,请予审议。</p><p>表一　2023年一般公共预算收支执行情况</p><p>单位:亿元</p>${table}</body></html>`;
    expect(readIngested(page, 'page.html').result.markdown).toMatch(/:::box\[表一　2023年一般公共预算收支执行情况\]\{#b-[0-9a-f]+\}\n\n单位：亿元 \{#p-[0-9a-f]+\}\n\n\| 项目/);
  });

  test('guards: a sentence between the title line and a table, a line over a table with its own column heads, and "表一致…" opening a paragraph tie no caption', () => {
    const headed = '<table><tr><th>项目</th><th>预算数</th></tr><tr><td>收入</td><td>37.5</td></tr></table>';
    const headless = '<table><tr><td>收入</td><td>37.5</td></tr><tr><td>支出</td><td>36.1</td></tr></table>';
    const page = (table: string, ...ps: string[]) => `<html><body><p>各位代表:</p>${ps.map((p) => `<p>${p}</p>`).join('')}${table}</body></html>`;
    expect(readIngested(page(headless, '表1　2023年一般公共预算收支执行情况', '全年收入预计完成39.1亿元。'), 'page.html').result.markdown).not.toContain(':::box');
    expect(readIngested(page(headed, '表1　2023年一般公共预算收支执行情况', '收支预计执行情况'), 'page.html').result.markdown).not.toContain(':::box');
    expect(readIngested(page(headed, '表一致通过预算调整方案'), 'page.html').result.markdown).not.toContain(':::box');
  });
});
