/**
 * A table's unit line (单位：亿元 right above the table, as budget tables print it) is set as a printed
 * table sets it — flush right over the table, not indented like a paragraph — in every edition
 * (new user, round 6: it stood indented 2em like running text, the English under it flush left).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../pipeline/config/types.ts';
import { buildPublication } from '../pipeline/model/load.ts';
import { buildEpub } from '../pipeline/render/epub/index.ts';
import { reportPage } from '../pipeline/render/html/page.ts';
import { printDocument } from '../pipeline/render/pdf/document.ts';
import { createTranslators } from '../templates/i18n.ts';
import { Book } from './fixtures/epub/inspect.ts';

const report = path.join(import.meta.dirname, 'fixtures/newuser-round6/content/reports/nankai-budget-2023');
const buildDate = new Date('2026-12-01T00:00:00Z');
const classesOf = (tree: Root, id: string) => (selectAll(`[data-block="${id}"]`, tree) as Element[]).map((e) => ((e.properties.className as string[]) ?? []).join(' '));
/** Round 6's report as the HTML edition and the bilingual PDF's document print it. */
async function htmlAndPdf(): Promise<Root[]> {
  const { publication } = buildPublication('nankai-budget-2023', new VFile({ path: 'zh.md', value: readFileSync(path.join(report, 'zh.md'), 'utf8') }), new VFile({ path: 'en.md', value: readFileSync(path.join(report, 'en.md'), 'utf8') }));
  const t = await createTranslators();
  const { tree } = reportPage(publication, { config: defaultConfig, outDir: '', distDir: '', t, draft: false, buildDate });
  const pdf = printDocument(publication, { t, draft: false, buildDate }, { layout: 'interleaved', languages: 'bilingual', paper: 'A4' });
  return [fromHtml(toHtml(tree)), fromHtml(pdf)];
}

describe('the unit line of a table', () => {
  it('the paragraph 单位：亿元 right before the table is a block-p marked table-unit in the HTML and the PDF; the CSS sets it flush right, unindented', async () => {
    const [html, pdf] = await htmlAndPdf();
    expect(classesOf(html, 'p-7d5877')[0]).toMatch(/\bblock-p\b.*\btable-unit\b/);
    // (the print document, since 3506272: the unit line is printed inside its table's <caption>, tagged /Caption)
    expect(selectAll('table > caption [data-block="p-7d5877"]', pdf).length).toBeGreaterThan(0);
    expect(classesOf(pdf, 'p-7d5877').some((c) => /\bcaption-unit\b/.test(c))).toBe(true);
    for (const doc of [html, pdf]) {
      // guard: the paragraphs of the text, and the note line under the table, are not
      expect(classesOf(doc, 'p-205415')[0]).not.toContain('table-unit');
      expect(classesOf(doc, 'p-9d6e14')[0]).not.toContain('table-unit');
    }
    const css = readFileSync(path.join(import.meta.dirname, '../templates/styles/base.css'), 'utf8');
    expect(css).toMatch(/\.block\.table-unit > p \{[^}]*text-indent: 0[^}]*text-align: (?:end|right)/);
  });
});

describe('the note line under a table', () => {
  it('the paragraph 注：… right after the table is a block-p marked table-note in the HTML and the PDF; the CSS sets it unindented, not justified, in the table\'s type (new user round 14: set as running text, at 390 px its first line spread over the width)', async () => {
    for (const doc of await htmlAndPdf()) {
      expect(classesOf(doc, 'p-9d6e14')[0]).toMatch(/\bblock-p\b.*\btable-note\b/);
      // guard: the unit line over the table and the paragraphs of the text are not
      expect(classesOf(doc, 'p-7d5877')[0]).not.toContain('table-note');
      expect(classesOf(doc, 'p-205415')[0]).not.toContain('table-note');
    }
    const css = readFileSync(path.join(import.meta.dirname, '../templates/styles/base.css'), 'utf8');
    expect(css).toMatch(/\.block\.table-note > p \{[^}]*text-indent: 0[^}]*text-align: start/);
    const print = readFileSync(path.join(import.meta.dirname, '../templates/styles/print.css'), 'utf8');
    expect(print).toMatch(/\.text \.block\.table-note \{[^}]*break-before: avoid/);
  });
});

describe('the caption a box lends its table, in the EPUB', () => {
  it('is not printed twice: the EPUB names the table by aria-label, no caption (was: a caption.visually-hidden the EPUB CSS cannot hide — no positioning there — so every box table showed the box title twice, seen at 390 px, new user round 6)', async () => {
    const { publication } = buildPublication('nankai-budget-2023', new VFile({ path: 'zh.md', value: readFileSync(path.join(report, 'zh.md'), 'utf8') }), new VFile({ path: 'en.md', value: readFileSync(path.join(report, 'en.md'), 'utf8') }));
    const t = await createTranslators();
    const book = await Book.open((await buildEpub(publication, { t, draft: false, buildDate }, 'bilingual')).data);
    const names = [...book.files.keys()];
    const xhtml = names.filter((n) => n.endsWith('.xhtml')).map((n) => book.text(n)).join('\n');
    expect(xhtml).not.toContain('<caption');
    expect(xhtml).toContain('<table class="zh" aria-label="表1　2023年区级一般公共预算收支预计执行情况">');
    // (stop 57: the reviser restored 收支, revenue and expenditure, in the table's title)
    expect(xhtml).toContain('<table class="en" aria-label="Table 1: Estimated Execution of District-Level General Public Budget Revenue and Expenditure in 2023">');
  });
});
