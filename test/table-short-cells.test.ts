/**
 * A table cell that is one short word is never broken across lines (looked at, round 8: the structures
 * fixture's bilingual PDF set its 属性 column '预期 / 性', its 类别 column '经济发 / 展', and the English PDF
 * 'Anti- / cip- / atory' — narrow columns of the automatic table layout); longer text wraps as before.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { buildPublication } from '../pipeline/model/load.ts';
import { printDocument } from '../pipeline/render/pdf/document.ts';
import { shortCell } from '../templates/components/flow.ts';
import { createTranslators } from '../templates/i18n.ts';

const report = path.join(import.meta.dirname, 'fixtures/structures/project/content/reports/fyp14-indicators');

describe('a table cell of one short word', () => {
  it('is marked short in every edition’s table, and the CSS keeps it on one line (guards: figures, longer text)', async () => {
    const read = (name: string) => new VFile({ path: name, value: readFileSync(path.join(report, name), 'utf8') });
    const { publication } = buildPublication('fyp14-indicators', read('zh.md'), read('en.md'));
    const t = await createTranslators();
    const doc = fromHtml(printDocument(publication, { t, draft: false, buildDate: new Date('2026-12-01T00:00:00Z') }, { layout: 'interleaved', languages: 'bilingual', paper: 'A4' }));
    const short = new Set((selectAll('table :is(th, td).short', doc) as Element[]).map((c) => toText(c).replace(/\u00AD/g, '')));
    for (const word of ['预期性', '约束性', '经济发展', '民生福祉', '属性', 'Anticipatory', 'Binding', 'Type', 'Category', 'Security']) expect(short, word).toContain(word);
    // guards: longer text wraps; a figure is aligned (and kept) by its own class
    for (const text of ['保持在合理区间、各年度视情提出', '高于GDP增长', 'Economic development', 'Higher than GDP growth', '2.3', '60.6*']) expect(short, text).not.toContain(text);
    expect(shortCell('1.国内生产总值（GDP）增长（%）')).toBe(false);
    expect(shortCell('Innovation-driven')).toBe(false);
    const css = readFileSync(path.join(import.meta.dirname, '../templates/styles/base.css'), 'utf8');
    expect(css).toMatch(/\.block-table :is\(th, td\)\.short \{ white-space: nowrap; \}/);
  });
});
