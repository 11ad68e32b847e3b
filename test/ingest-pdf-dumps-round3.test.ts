/**
 * PDF text dumps, round 3 (test/fixtures/ingest-pdf-dumps/): two-column pages (常宁's
 * newspaper page, 深圳's 政府公报 page), read from the PDF column after column and split
 * at the gutter in a -layout dump; a numbered heading wrapped over two lines; page-foot
 * notes. Every Han character printed is kept (the "nothing lost" check of score.ts, over
 * every case and carrier of the folder).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingestFile } from '../pipeline/ingest/files.ts';
import { readColumns, type ColumnItem, type ColumnLine } from '../pipeline/ingest/pdf-columns.ts';

const dumps = path.join(import.meta.dirname, 'fixtures', 'ingest-pdf-dumps');
const read = async (dir: string, carrier: string) => ingestFile(readFileSync(path.join(dumps, dir, carrier)), { fileName: carrier, slug: 'dump' });
const texts = (r: Awaited<ReturnType<typeof read>>) => r.blocks.map((b) => b.text);

describe('a PDF page set in two columns is read column after column (pdf-columns.ts)', () => {
  test('常宁\'s newspaper page: each paragraph whole, the right column after the left (was: the columns\' lines interleaved)', async () => {
    const r = await read('hn-changning-cppcc-2025-newspaper', 'source.pdf');
    const body = texts(r);
    expect(body).toContain('我代表政协常宁市第十一届委员会常务委员会，向大会报告工作，请予审议，并请列席会议的同志提出意见。');
    expect(body.findIndex((t) => t.startsWith('2024年是中华人民共和国成立75周年'))).toBeLessThan(body.findIndex((t) => t.startsWith('一年来，中共常宁市委')));
    expect(body.find((t) => t.startsWith('一年来，中共常宁市委'))).toMatch(/团结带领全市广大干部群众.*长足进步。$/);
    expect(r.file.messages.filter((m) => m.ruleId === 'pdf-columns').map((m) => m.reason)).toEqual([expect.stringMatching(/^Read page 1's two columns one after the other/)]);
  });

  test('深圳\'s 政府公报 page: a paragraph running from the left column\'s foot to the right column\'s top is one paragraph', async () => {
    const r = await read('gd-shenzhen-2010-gazette-two-columns', 'source.pdf');
    expect(texts(r).find((t) => t.startsWith('五年来，我们采取各种积极有效的措施'))).toMatch(/居内地大中城市第四位.*连续四年列内地城市榜首。$/);
  });

  test('guard: single-column PDFs — a table of ten columns, a web page printed with its header and footer — are read as before', async () => {
    for (const dir of ['cq-fengdu-2021-final-accounts-redhead', 'gd-dongguan-court-2023-web-print']) {
      const r = await read(dir, 'source.pdf');
      expect(r.file.messages.filter((m) => m.ruleId === 'pdf-columns'), dir).toEqual([]);
    }
  });

  // Lines as pdf.js gives them: items of 12 pt type, one per character run.
  const em = 12;
  const line = (y: number, ...parts: Array<[number, string]>): ColumnLine => ({ y, size: em, items: parts.map(([x, str]) => ({ str, x, y, size: em, width: str.length * em })) });
  const regroup = (items: ColumnItem[]): ColumnLine[] => {
    const ys = [...new Set(items.map((i) => i.y))].sort((a, b) => b - a);
    return ys.map((y) => ({ y, size: em, items: items.filter((i) => i.y === y).sort((a, b) => a.x - b.x) }));
  };
  const full = '经济社会发展取得显著成就综合实力明显增强人民生活水平';

  test('guard: a table whose cells are short, however many rows, is no pair of columns', () => {
    const rows = Array.from({ length: 8 }, (_, k) => line(700 - k * 20, [50, '项目'], [200, `${k}万元`], [350, '增长'], [500, '备注']));
    expect(readColumns(rows, regroup).runs).toBe(0);
  });

  test('guard: fewer than six lines side by side, or a side narrower than ten em, stay lines as they are', () => {
    const short = Array.from({ length: 5 }, (_, k) => line(700 - k * 20, [50, full.slice(0, 20)], [320, full.slice(0, 20)]));
    expect(readColumns(short, regroup).runs).toBe(0);
    const narrow = Array.from({ length: 8 }, (_, k) => line(700 - k * 20, [50, full.slice(0, 8)], [170, full]));
    expect(readColumns(narrow, regroup).runs).toBe(0);
  });

  test('a title letter-spaced over the gutter and a line in small type under the columns stay out of them', () => {
    const title = line(760, [200, '工'], [250, '作'], [300, '报'], [350, '告']);
    const cols = Array.from({ length: 8 }, (_, k) => line(700 - k * 20, [50, full.slice(0, 20)], [320, full.slice(0, 20)]));
    const foot = { ...line(500, [50, '责任编辑：李明版式：张华校对：刘洋编辑部']), size: 8 };
    foot.items.forEach((i) => (i.size = 8));
    const { lines, runs } = readColumns([title, ...cols, foot], regroup);
    expect(runs).toBe(1);
    expect(lines[0]).toBe(title);
    expect(lines.at(-1)).toBe(foot);
    expect(lines.slice(1, 9).every((l) => l.items[0].x === 50)).toBe(true);
    expect(lines.slice(9, 17).every((l) => l.items[0].x === 320)).toBe(true);
  });
});
