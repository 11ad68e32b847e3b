/**
 * PDF text dumps, round 7 (test/fixtures/ingest-pdf-dumps/): what round 6 left in PLAIN dumps (`pdftotext`, no -layout).
 * A paragraph a page break cut inside its sentence, where the plain dump sets blank lines round the running header and
 * footer (paragraphs.ts). Cases: sn-shaanxi-2026-word-processor (Writer, round 6), bj-beijing-2026-chromium-table (Chromium).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingestFile } from '../pipeline/ingest/files.ts';
import { ingest } from '../pipeline/ingest/index.ts';

const dumps = path.join(import.meta.dirname, 'fixtures', 'ingest-pdf-dumps');
const read = async (dir: string, carrier: string) => ingestFile(readFileSync(path.join(dumps, dir, carrier)), { fileName: carrier, slug: 'dump' });
type Result = ReturnType<typeof ingest>;
const texts = (r: Result) => r.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);

describe('a paragraph a page break cut, in a plain dump (paragraphs.ts, round 7)', () => {
  test('陕西\'s Writer PDF, plain dump: the two paragraphs broken at pages 2→3 and 5→6 (`…全面贯彻落实党的` / `— 2 —` / blank / running header / blank / `二十大…`) are whole (was: each two paragraphs)', async () => {
    const r = await read('sn-shaanxi-2026-word-processor', 'plain.txt');
    const all = texts(r).join('\n');
    expect(all).toContain('全面贯彻落实党的二十大和二十届历次全会精神及中央经济工作会议精神');
    expect(all).toContain('巩固拓展“三项改革”成果，新建概念验证和中试平台20家');
    expect(texts(r).some((t) => /^二十大和二十届/.test(t) || /^项改革”/.test(t))).toBe(false);
  });

  // A plain dump of three pages: a running header and "— N —" round each page's text, blank lines between them.
  const page = (n: number, body: string[]) => `${n > 1 ? '\f' : ''}陕西省 2026 年政府工作报告\n\n${body.join('\n')}\n— ${n} —\n`;
  const dump = (pages: string[][]) => ingest(Buffer.from(pages.map((b, i) => page(i + 1, b)).join('\n')), { fileName: 'plain.txt', slug: 'dump' });
  const full1 = ['各位代表：', '今年是“十五五”开局之年。做好政府工作，要坚持以习', '近平新时代中国特色社会主义思想为指导，全面贯彻落实党的'];
  const page3 = ['一、主要工作', '全年规模以上工业增加值增长百分之六点一，固定资产投资增长。'];

  test('a page\'s first line goes on the paragraph the page before left inside its sentence on a full line', () => {
    const r = dump([full1, ['二十大和二十届历次全会精神及中央经济工作会议精神，深入', '学习贯彻习近平总书记历次来陕考察重要讲话重要指示。'], page3]);
    expect(texts(r)).toContain('今年是“十五五”开局之年。做好政府工作，要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届历次全会精神及中央经济工作会议精神，深入学习贯彻习近平总书记历次来陕考察重要讲话重要指示。');
  });

  test('guard: a page that opens with a numbered heading, after a paragraph ended by its sentence, or after a short last line — a new block', () => {
    const heading = dump([full1, ['（一）着力扩大有效需求，推动经济稳中向好', '今年要重点做好9个方面工作，全面贯彻落实党中央决策部署。'], page3]);
    expect(heading.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toContain('（一）着力扩大有效需求，推动经济稳中向好');
    const ended = dump([['各位代表：', '今年是“十五五”开局之年。做好政府工作，要坚持以习', '近平新时代中国特色社会主义思想为指导，全面贯彻落实。'], ['二十大和二十届历次全会精神及中央经济工作会议精神，深入', '学习贯彻习近平总书记历次来陕考察重要讲话重要指示。'], page3]);
    expect(texts(ended)).toContain('二十大和二十届历次全会精神及中央经济工作会议精神，深入学习贯彻习近平总书记历次来陕考察重要讲话重要指示。');
    const short = dump([['各位代表：', '今年是“十五五”开局之年。做好政府工作，要坚持以习', '近平新时代中国特色社会主义思想为指导，全面贯彻落实党的', '二十大精神'], ['经济社会发展的主要预期目标和重点工作安排如下，深入', '学习贯彻习近平总书记历次来陕考察重要讲话重要指示。'], page3]);
    expect(texts(short)).toContain('经济社会发展的主要预期目标和重点工作安排如下，深入学习贯彻习近平总书记历次来陕考察重要讲话重要指示。');
  });
});
