/**
 * The paginator (pipeline/render/pdf/paginate.js) on small documents made for one
 * rule each, in the build's browser and print job: a table whose rows are joined by
 * rowspans breaks only between groups, and repeats its header row on each page; a
 * box's title, a table's caption and its header row stay with its first body row.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createSharedBrowser } from '../pipeline/render/pdf/browser.ts';
import { paginatorFiles, paginatorHead } from '../pipeline/render/pdf/paginator.ts';
import { printPage } from '../pipeline/render/pdf/print-page.ts';
import { printHtml } from '../pipeline/render/pdf/serialize.ts';

const browser = createSharedBrowser();
afterAll(() => browser.close());
// The paginator's part of the print document's head, as document.ts writes it.
const scripts = paginatorHead().map((el) => printHtml(el)).join('');

/** A test page: a cover page, then `main` (the paginator's scripts and its page styles, with `css`). */
function pageDocument(main: string, css = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<style>@page { size: 210mm 297mm; margin: 20mm; } body { margin: 0; font: 12pt/1.5 serif; }${css}
.cover { page: cover; height: 297mm; break-after: page; } @page cover { margin: 0; }
table { border-collapse: collapse; width: 100%; } tr { break-inside: avoid; } td, th { border: 1px solid #999; padding: 2mm; }
.dz-page { display: flex; flex-direction: column; justify-content: space-between; break-before: page; overflow: hidden; }
.dz-page [data-split-from] { margin-top: 0 !important; padding-top: 0 !important; }
.dz-page [data-split-to] { margin-bottom: 0 !important; padding-bottom: 0 !important; }</style>
${scripts}</head>
<body><section class="cover"><h1>Cover</h1></section><main>${main}</main></body></html>`;
}

/** A table of `groups` groups of three rows, the first cell of each group spanning all three. */
function tableDocument(groups: number): string {
  const rows = Array.from({ length: groups }, (_, g) =>
    [0, 1, 2].map((r) => `<tr class="${r ? 'spanned' : 'first'}" data-group="${g}">${r ? '' : `<th rowspan="3">Group ${g}</th>`}<td>Row ${g}.${r}: ${'text '.repeat(20)}</td></tr>`).join(''),
  ).join('');
  return pageDocument(`<table><thead><tr><th>Group</th><th>Row</th></tr></thead><tbody>${rows}</tbody></table>`);
}

/** `filler` paragraphs, then a table of `rows` plain rows (no spans). */
function fillerTableDocument(filler: number, rows: number): string {
  const paragraphs = Array.from({ length: filler }, (_, i) => `<p>Paragraph ${i}: ${'text '.repeat(30)}</p>`).join('');
  const body = Array.from({ length: rows }, (_, r) => `<tr data-row="${r}"><th>Row ${r}</th><td>${'figure '.repeat(8)}</td></tr>`).join('');
  return pageDocument(`${paragraphs}<table><thead><tr><th>Row</th><th>Figures</th></tr></thead><tbody>${body}</tbody></table>`, ' p { margin: 0 0 3mm; }');
}

/**
 * `filler` paragraphs, then a box as the templates make one: its title (kept with what follows), a table
 * named by a visually hidden caption (the box title again, for assistive technology), a header row, six rows.
 */
function boxTableDocument(filler: number, spacerMm: number): string {
  const paragraphs = Array.from({ length: filler }, (_, i) => `<p>Paragraph ${i}: ${'text '.repeat(30)}</p>`).join('') + `<div style="height: ${spacerMm}mm"></div>`;
  const body = Array.from({ length: 6 }, (_, r) => `<tr><th>Row ${r}</th><td>${'figure '.repeat(8)}</td></tr>`).join('');
  return pageDocument(
    `${paragraphs}<div class="box"><p class="box-title">Table 1: the box title</p><table><caption class="visually-hidden">Table 1: the box title</caption><thead><tr><th>Row</th><th>Figures<sup data-note-call="n1">1</sup><span class="footnote" data-note-id="n1">1 ${'A note on the figures. '.repeat(12)}</span></th></tr></thead><tbody>${body}</tbody></table></div>`,
    ' p { margin: 0 0 3mm; } body.dz-measuring .dz-flow .footnote { display: none; } .dz-page-notes .footnote { display: block; } .box-title { break-after: avoid; font-weight: bold; } .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }',
  );
}

describe('paginate.js', () => {
  it('makes the flow it measures while the document loads: the layout Chromium makes at load is the one measured', async () => {
    // Issue 16: the flow (.dz-flow at the page's width, the notes' area) was made when duizhaoLayout was called, after the
    // load had laid out the unpaginated document at the window's width — a layout thrown away, and the flow's made again.
    let atLoad: { flow: string | undefined; measuring: boolean; notes: number; numbered: boolean } | undefined;
    let pagesAfter = 0;
    const result = await printPage(await browser.get(), {
      html: fillerTableDocument(20, 6),
      files: await paginatorFiles(),
      onLoaded: async (page) => {
        atLoad = await page.evaluate(() => {
          const flow = document.querySelector<HTMLElement>('body > .dz-flow');
          return { flow: flow?.style.width, measuring: document.body.classList.contains('dz-measuring'), notes: document.querySelectorAll('body > .dz-page-notes').length, numbered: document.querySelector('main[data-dz]') !== null };
        });
      },
      onLaidOut: async (page) => {
        pagesAfter = await page.evaluate(() => document.querySelectorAll('.dz-page').length + document.querySelectorAll('.dz-flow, [data-dz]').length);
      },
    });
    // 210 mm less two 20 mm margins, in CSS pixels
    expect(atLoad).toEqual({ flow: expect.stringMatching(/^642\.\d+px$/), measuring: true, notes: 1, numbered: true });
    expect(pagesAfter).toBe(result.layout.pages - 1); // the pages built, the flow and its numbers gone
  });

  it('renders nothing before the document is parsed: the first layout is of the flow, not of the unpaginated document', async () => {
    // Issue 16, stop 41: when Chromium's parser yielded before the end of the body (here: a script in the body, served
    // late), Chromium laid out and painted the half-parsed document at the window's width before DOMContentLoaded,
    // where paginate.js makes its flow — a layout thrown away (70–110 ms of the tab in Haidian's English print).
    const filler = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i}: ${'text '.repeat(30)}</p>`).join('');
    const html = pageDocument(`${filler}<script src="/print/late.js"></script>${filler}`);
    let seen: { paints: number[]; contentLoaded: number } | undefined;
    await printPage(await browser.get(), {
      html,
      files: { ...(await paginatorFiles()), '/print/late.js': () => new Promise((resolve) => setTimeout(() => resolve(new TextEncoder().encode(';')), 300)) },
      onLoaded: async (page) => {
        seen = await page.evaluate(() => ({
          paints: performance.getEntriesByType('paint').map((entry) => entry.startTime),
          contentLoaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart,
        }));
      },
    });
    expect(seen!.contentLoaded).toBeGreaterThan(300); // the parser did wait for the late script
    for (const paint of seen!.paints) expect(paint, 'a paint before DOMContentLoaded').toBeGreaterThanOrEqual(seen!.contentLoaded);
  });

  it("keeps a box's title, a table's caption and its header row with the first body row: none of them ends a page", async () => {
    // Looked at, round 8 (the structures fixture's bilingual PDF): the box title alone at a page foot, its table on the next
    // page (a break was allowed after the table's visually hidden caption), and the English table's header row alone at a
    // page foot (a break was allowed before the first body row). The header row here calls a long note, as that one did.
    const stranded: string[] = [];
    for (const spacer of [0, 10, 20, 30, 40]) {
      let pages: Array<{ title: boolean; head: boolean; rows: number }> = [];
      await printPage(await browser.get(), {
        html: boxTableDocument(13, spacer),
        files: await paginatorFiles(),
        onLaidOut: async (page) => {
          pages = await page.evaluate(() =>
            Array.from(document.querySelectorAll('.dz-page')).map((p) => ({
              title: p.querySelector('.box-title') !== null,
              head: p.querySelector('thead:not([data-repeated-header])') !== null,
              rows: p.querySelectorAll('tbody tr').length,
            })),
          );
        },
      });
      pages.forEach((p, i) => {
        if ((p.title || p.head) && p.rows === 0) stranded.push(`${spacer} mm more before: page ${i + 2} ends with the ${p.head ? 'header row' : 'box title'}, no row under it`);
      });
    }
    expect(stranded).toEqual([]);
  });

  it('keeps the columns of a table cut across pages where they were: every fragment has the whole table\'s column widths', async () => {
    // Looked at, round 8 (the structures fixture's English PDF): the box table went on to the next page with its columns
    // moved (Type narrower on one page, wider on the next), each fragment laid out anew from its own rows.
    const rows = Array.from({ length: 40 }, (_, r) => {
      const [left, right] = r < 20 ? ['words '.repeat(14), 'x'] : ['x', 'words '.repeat(14)];
      return `<tr><th>Row ${r}</th><td>${left}</td><td>${right}</td></tr>`;
    }).join('');
    let columns: string[] = [];
    await printPage(await browser.get(), {
      html: pageDocument(`<table><thead><tr><th>Row</th><th>Left</th><th>Right</th></tr></thead><tbody>${rows}</tbody></table>`),
      files: await paginatorFiles(),
      onLaidOut: async (page) => {
        columns = await page.evaluate(() =>
          Array.from(document.querySelectorAll('.dz-page table')).map((t) => {
            const left = t.getBoundingClientRect().left;
            return Array.from(t.querySelectorAll('thead th')).map((th) => Math.round(th.getBoundingClientRect().left - left)).join(' ');
          }),
        );
      },
    });
    expect(columns.length).toBeGreaterThan(1);
    expect(new Set(columns).size, columns.join(' | ')).toBe(1);
  });

  it('leaves no table row alone on a page: a table of 4+ rows breaks with 2 rows or more on each side', async () => {
    // New user, round 5 (2026-12-01): the Hebei box's six-row table ran on to the next page with its last row alone.
    const lonely: string[] = [];
    for (const filler of [6, 7, 8, 9, 10, 11, 12]) {
      let fragments: number[] = [];
      await printPage(await browser.get(), {
        html: fillerTableDocument(filler, 6),
        files: await paginatorFiles(),
        onLaidOut: async (page) => {
          fragments = await page.evaluate(() => Array.from(document.querySelectorAll('.dz-page')).map((p) => p.querySelectorAll('tbody tr').length).filter((n) => n > 0));
        },
      });
      if (fragments.some((n) => n === 1)) lonely.push(`${filler} paragraphs before: rows per page ${fragments.join(' + ')}`);
    }
    expect(lonely).toEqual([]);
  });

  it("keeps a bilingual block's Chinese of one or two lines with its English: never alone at a page foot, its English over the page", async () => {
    // Looked at, round 8 (the budget report's bilingual PDF): the box's note line 注：… (two lines) at the foot of page 5,
    // its English alone in the box's continuation on page 6.
    const split = (zhLines: number) => async (): Promise<string[]> => {
      const found: string[] = [];
      for (const spacer of [0, 2, 4, 6, 8, 10]) {
        const paragraphs = Array.from({ length: 14 }, (_, i) => `<p>Paragraph ${i}: ${'text '.repeat(30)}</p>`).join('') + `<div style="height: ${spacer}mm"></div>`;
        // `zhLines` lines of 6.35 mm (12pt × 1.5), each ended by a <br>
        const zh = Array.from({ length: zhLines }, () => '注：预算数为调整预算数。').join('<br>');
        const block = `<div class="block"><p lang="zh-Hans" data-side="zh">${zh}</p><p lang="en" data-side="en">${'Note: budget figures are the adjusted budget. '.repeat(5)}</p></div>`;
        let pages: Array<{ zh: boolean; en: boolean }> = [];
        await printPage(await browser.get(), {
          html: pageDocument(`${paragraphs}${block}<p>After.</p>`, ' p { margin: 0 0 3mm; }'),
          files: await paginatorFiles(),
          onLaidOut: async (page) => {
            pages = await page.evaluate(() => Array.from(document.querySelectorAll('.dz-page')).map((p) => ({ zh: p.querySelector('[data-side="zh"]') !== null, en: p.querySelector('[data-side="en"]') !== null })));
          },
        });
        const zhPage = pages.findLastIndex((p) => p.zh); // the page where the Chinese ends
        if (zhPage >= 0 && !pages[zhPage].en) found.push(`${spacer} mm more before: the Chinese ends page ${zhPage + 2}, its English on the next`);
      }
      return found;
    };
    expect(await split(2)()).toEqual([]);
    // guard: a Chinese side of four lines may end a page, its English opening the next (a break at the languages' seam)
    expect((await split(4)()).length).toBeGreaterThan(0);
  });

  it('breaks a table only between rowspan groups, repeating its header row on every page', async () => {
    let pages: Array<{ firstRow: string; groupsOfFirst: number; header: boolean }> = [];
    const result = await printPage(await browser.get(), {
      html: tableDocument(40),
      files: await paginatorFiles(),
      onLaidOut: async (page) => {
        pages = await page.evaluate(() =>
          Array.from(document.querySelectorAll('.dz-page')).map((p) => {
            const first = p.querySelector('tbody tr');
            return { firstRow: first?.className ?? '', groupsOfFirst: first ? p.querySelectorAll(`tbody tr[data-group="${first.getAttribute('data-group')}"]`).length : 0, header: p.querySelector('thead') !== null };
          }),
        );
      },
    });
    expect(result.layout.pages).toBeGreaterThan(3); // the cover and several pages of table
    expect(pages.length).toBe(result.layout.pages - 1);
    for (const [i, page] of pages.entries()) {
      expect(page.firstRow, `page ${i + 2} starts inside a rowspan group`).toBe('first');
      expect(page.groupsOfFirst, `page ${i + 2}: its first group is whole`).toBe(3);
      expect(page.header, `page ${i + 2} repeats the header row`).toBe(true);
    }
    expect(result.layout.overfullPages ?? []).toEqual([]);
  });
});
