/**
 * PDF text dumps, round 4 (test/fixtures/ingest-pdf-dumps/): page-foot notes — 四川's 名词解释 set as
 * footnotes, ①…⑥ at the foot of the page of each call — read as the report's notes, each called where
 * its mark stands, the paragraphs the pages broke whole again (page-notes.ts), from the PDF and from
 * both dumps; superscript calls kept in their line (pdf.ts raisedMarks). Guards: what is not a page's
 * notes stays text where it is. A title block whose title is the document word alone, letter-spaced (工 作 报 告),
 * under the reporting body's name: one title (title-text.ts bodyOverBareName).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { ingestFile } from '../pipeline/ingest/files.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { pdfText } from '../pipeline/ingest/pdf.ts';

const dumps = path.join(import.meta.dirname, 'fixtures', 'ingest-pdf-dumps');
const read = async (dir: string, carrier: string) => ingestFile(readFileSync(path.join(dumps, dir, carrier)), { fileName: carrier, slug: 'dump' });
const sichuan = 'sc-sichuan-2026-footnotes';
/** Each note's text start and the text its call follows, as zh.md has them. */
const called = (r: Awaited<ReturnType<typeof read>>) => {
  const notes = r.blocks.filter((b) => b.kind === 'note');
  return notes.map((n) => {
    const from = r.blocks.find((b) => b.calls?.some((c) => c.label === n.label));
    const at = from?.calls?.find((c) => c.label === n.label)?.at ?? 0;
    return `${from ? from.text.slice(Math.max(0, at - 6), at) : '(not called)'} → ${n.text.slice(0, 8)}`;
  });
};
const SIX = ['国家“两重” → “两重”：是指国', '重”“两新” → “两新”：是指大', '“自审自发” → “自审自发”：2', '六大科技专项 → 六大科技专项：省', '向揭榜挂帅” → “双向揭榜挂帅”', '“灯塔工厂” → “灯塔工厂”：由'];

describe('page-foot notes are the report\'s notes, each called where its mark stands (page-notes.ts)', () => {
  test('四川\'s PDF: the six notes ①…⑥, each called after its term; the paragraphs the pages and notes broke whole (was: notes as paragraphs where they fell, ①…⑥ left in the text)', async () => {
    const r = await read(sichuan, 'source.pdf');
    expect(called(r)).toEqual(SIX);
    const texts = r.blocks.map((b) => b.text);
    expect(texts.find((t) => t.startsWith('一是着力扩内需稳增长'))).toMatch(/获批地方政府专项债券项目“自审自发”试点，发行用于项目建设的专项债券1833亿元.*《哪吒2》创造多项影史纪录.*阿坝入选全国首批高质量户外运动目的地建设地区名单。$/);
    expect(texts.join('')).not.toMatch(/[①-⑥]/u);
    expect(r.file.messages.filter((m) => m.ruleId === 'page-notes').map((m) => `${m.line}:${m.column}`)).toHaveLength(6);
  });

  test('四川\'s -layout and plain dumps: the same six notes linked (was: none), the page break under a page\'s notes no paragraph break', async () => {
    for (const carrier of ['layout.txt', 'plain.txt']) {
      const r = await read(sichuan, carrier);
      expect(called(r), carrier).toEqual(SIX);
      const message = r.file.messages.find((m) => m.ruleId === 'page-notes' && m.reason.includes('note ③'))!;
      expect(message.reason, carrier).toMatch(/^Read the page-foot note ③ of page 2 as a note of the report, called where its mark stands in the text \(line \d+, column 4\)/);
      // (the paragraph over page 1's two notes goes on on page 2)
      expect(r.blocks.map((b) => b.text), carrier).toContainEqual(expect.stringMatching(/用好国家“两重”“两新”政策资金，获批地方政府专项债券项目“自审自发”试点/));
    }
  });

  const page = (body: string[], foot: string[], n: number) => [...body, '', ...foot, '', '', `- ${n} -`];
  const text1 = ['各位代表：', '现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和', '其他列席人员提出意见。过去一年，我们坚持稳中求进工作总基调，落实“两重”①', '政策，经济运行总体平稳，全市地区生产总值增长百分之五点二，城乡居民收入'];
  const text2 = ['稳步增长。我们推进“两新”①工作，消费品以旧换新带动销售额超过一百亿元，', '全年新增城镇就业三万人，民生保障水平不断提高，社会大局和谐稳定，各项事', '业全面进步。'];
  const dump = (pages: string[][]) => pages.map((p, i) => (i > 0 ? `\f${p.join('\n')}` : p.join('\n'))).join('\n');

  test('numbering that starts again on each page: each page\'s ① is the note at its own foot', () => {
    const r = ingest(Buffer.from(dump([page(text1, ['①“两重”：是指国家重大战略实施和重点领域安全能力建设。'], 1), page(text2, ['①“两新”：是指大规模设备更新和消费品以旧换新。'], 2)])), { fileName: 'dump.txt', slug: 'dump' });
    expect(called(r)).toEqual(['落实“两重” → “两重”：是指国', '推进“两新” → “两新”：是指大']);
    expect(r.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toContainEqual(expect.stringMatching(/城乡居民收入稳步增长。/));
  });

  test('[1] and 〔1〕 marks too; a note over two lines is one note', () => {
    const foot = ['[1]“两重”：是指国家重大战略实施和重点领域安全能力建设，', '即“硬投资”和“软建设”。'];
    const r = ingest(Buffer.from(dump([page(text1.map((l) => l.replace('①', '[1]')), foot, 1), page(text2.map((l) => l.replace('①', '〔1〕')), ['〔1〕“两新”：是指大规模设备更新和消费品以旧换新。'], 2)])), { fileName: 'dump.txt', slug: 'dump' });
    expect(called(r)).toEqual(['落实“两重” → “两重”：是指国', '推进“两新” → “两新”：是指大']);
    expect(r.blocks.find((b) => b.kind === 'note')!.text).toBe('“两重”：是指国家重大战略实施和重点领域安全能力建设，即“硬投资”和“软建设”。');
  });

  test('guard: lines at a page\'s foot opening with ① whose marks the page\'s text does not hold inside a line — an enumeration — stay text where they are', () => {
    const list = ['①推进产业升级，培育新兴产业；', '②加强生态保护，改善环境质量。'];
    const r = ingest(Buffer.from(dump([page([...text1.slice(0, 2).map((l) => l.replace('①', '')), '主要任务有两项：'], list, 1), page(text2.map((l) => l.replace('①', '')), [], 2)])), { fileName: 'dump.txt', slug: 'dump' });
    expect(r.blocks.filter((b) => b.kind === 'note')).toEqual([]);
    expect(r.blocks.map((b) => b.text).join('\n')).toContain('①推进产业升级');
    expect(r.file.messages.filter((m) => m.ruleId === 'page-notes')).toEqual([]);
  });

  test('guard: ① after a colon in the text (an enumeration) is not the call; marks out of sequence, or a foot longer than the text over it, are no notes', () => {
    const enumerated = ['主要任务：①推进产业升级，培育新兴产业，落实“两重”①政策，经济运行总体平稳，', ...text1.slice(3)];
    const r = ingest(Buffer.from(dump([page(enumerated, ['①“两重”：是指国家重大战略实施和重点领域安全能力建设。'], 1), page(text2.map((l) => l.replace('①', '')), [], 2)])), { fileName: 'dump.txt', slug: 'dump' });
    expect(called(r)).toEqual(['落实“两重” → “两重”：是指国']);
    expect(r.blocks.map((b) => b.text).join('')).toContain('主要任务：①推进产业升级');
    const skipped = ingest(Buffer.from(dump([page(text1.map((l) => l.replace('城乡居民收入', '城乡居民收入③')), ['①“两重”：是指国家重大战略实施和重点领域安全能力建设。', '③“两新”：是指大规模设备更新和消费品以旧换新。'], 1), page(text2, [], 2)])), { fileName: 'dump.txt', slug: 'dump' });
    expect(skipped.blocks.filter((b) => b.kind === 'note')).toEqual([]);
    const long = ingest(Buffer.from(dump([page(text1.slice(2, 3), ['①“两重”：是指国家重大战略实施和重点领域安全能力建设，', '即“硬投资”和“软建设”，', '两者相辅相成。'], 1), page(text2, [], 2)])), { fileName: 'dump.txt', slug: 'dump' });
    expect(long.blocks.filter((b) => b.kind === 'note')).toEqual([]);
  });

  test('guard: a text without page breaks has no page feet — ①-lines under its text, after a blank line or not, stay as they are', () => {
    for (const gap of [[], ['']]) {
      const r = ingest(Buffer.from([...text1, ...text2, ...gap, '①“两重”：是指国家重大战略实施和重点领域安全能力建设。'].join('\n')), { fileName: 'page.txt', slug: 'page' });
      expect(r.blocks.filter((b) => b.kind === 'note')).toEqual([]);
    }
  });

  test('guard: entries under a notes heading on a page\'s foot (注释：[1]…) are the notes section\'s, read as before', () => {
    const r = ingest(Buffer.from(dump([page(text1.map((l) => l.replace('①', '')), [], 1), page(text2.map((l) => l.replace('①', '[1]')), ['注释：', '', '[1]“两新”：是指大规模设备更新和消费品以旧换新。'], 2)])), { fileName: 'dump.txt', slug: 'dump' });
    expect(r.frontMatter.notes_heading).toBe('注释');
    expect(called(r)).toEqual(['推进“两新” → “两新”：是指大']);
    expect(r.file.messages.filter((m) => m.ruleId === 'page-notes')).toEqual([]);
  });

  test('a note called from the title block: kept, and said (the front matter holds no call)', () => {
    const head = ['政府工作报告①', '——2026年1月10日在某市第十届人民代表大会第五次会议上', '市长 张三'];
    const r = ingest(Buffer.from(dump([page([...head, ...text1.map((l) => l.replace('①', ''))], ['①本报告中的数据均为初步统计数。'], 1), page(text2.map((l) => l.replace('①', '')), [], 2)])), { fileName: 'dump.txt', slug: 'dump' });
    expect(r.frontMatter.title).toBe('政府工作报告');
    expect(r.blocks.filter((b) => b.kind === 'note').map((b) => b.text)).toEqual(['本报告中的数据均为初步统计数。']);
    expect(r.file.messages.filter((m) => m.ruleId === 'page-notes' && m.fatal === false).map((m) => m.reason)).toEqual([expect.stringMatching(/^Unexpected page-foot note ① of page 1 whose call \(line 1, column 7\) is not in the report's text/)]);
    expect(r.markdown).not.toMatch(/[\uE000-\uE3FF]/u);
  });
});

describe('a superscript call stays in its line (pdf.ts raisedMarks)', () => {
  test('四川\'s PDF: "“两重”①“两新”②政策资" as printed (was: "① ②" a line of its own over it)', async () => {
    const shown = (await pdfText(readFileSync(path.join(dumps, sichuan, 'source.pdf')))).shown.split('\n');
    expect(shown).toContain('升。对接政策促增长，用好国家“两重”①“两新”②政策资');
    expect(shown.some((l) => /^\s*①\s+②\s*$/.test(l))).toBe(false);
  });

  // One page of 12 pt text (pdf-lib), a raised 7 pt item over its second line.
  const made = async (raised: { text: string; x: number; rise: number; size?: number }) => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.TimesRoman);
    const page = pdf.addPage([595, 842]);
    for (const [k, text] of ['Fellow Deputies, on behalf of the government I now present', 'to you my report on the work of the government for', 'your deliberation and approval.'].entries()) page.drawText(text, { x: 72, y: 700 - 18 * k, size: 12, font });
    page.drawText(raised.text, { x: raised.x, y: 682 + raised.rise, size: raised.size ?? 7, font });
    return (await pdfText(await pdf.save())).shown.trim().split('\n');
  };

  test('a raised number after a word goes into the line, where it stands', async () => {
    const lines = await made({ text: '1', x: 72 + 12 * 15, rise: 6 });
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/1/);
  });

  test('guard: small type over a line that is no mark (a word), a mark an em or more above the line, or as large as the text stays a line of its own', async () => {
    expect(await made({ text: 'Draft', x: 300, rise: 6 })).toHaveLength(4);
    expect(await made({ text: '1', x: 200, rise: 12.5 })).toHaveLength(4);
    expect(await made({ text: '1', x: 200, rise: 6, size: 11 })).toHaveLength(4);
  });

  // Notes numbered 1, 2 as a word processor sets footnotes: the number raised at the call, the note at the foot in 9 pt.
  const numbered = async (calls: string[], notes: string[]) => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.TimesRoman);
    const page = pdf.addPage([595, 842]);
    for (const [k, text] of ['Fellow Deputies, on behalf of the government I now present', 'to you my report on the work of the government for', 'your deliberation and approval, and I invite comments.', 'Let me begin with a review of our work in the last year.'].entries()) page.drawText(text, { x: 72, y: 700 - 18 * k, size: 12, font });
    for (const [k, n] of calls.entries()) page.drawText(n, { x: 120 + 80 * k, y: 682 + 5, size: 7, font });
    for (const [k, n] of notes.entries()) {
      page.drawText(n, { x: 72, y: 120 - 12 * k + 3, size: 6, font });
      page.drawText('The note explains a term of the report in a few words.', { x: 78, y: 120 - 12 * k, size: 9, font });
    }
    return pdfText(await pdf.save());
  };

  test('notes numbered 1, 2: the raised number and the note\'s read [1], [2] for ingest (the dump shown as printed)', async () => {
    const r = await numbered(['1', '2'], ['1', '2']);
    expect(r.text.match(/\[\d\]/g)).toEqual(['[1]', '[2]', '[1]', '[2]']);
    expect(r.text).toMatch(/^\s*\[1\] ?The note explains/m);
    expect(r.shown).not.toMatch(/\[\d\]/);
  });

  test('guard: a raised figure with no note of its number, or notes out of sequence, stay digits as printed', async () => {
    expect((await numbered(['2'], [])).text).not.toMatch(/\[\d\]/);
    expect((await numbered(['2'], ['1'])).text).not.toMatch(/\[\d\]/);
    expect((await numbered(['1', '3'], ['1', '3'])).text).not.toMatch(/\[\d\]/);
  });
});

describe('the body\'s name over a letter-spaced 工 作 报 告 is the title\'s (title-text.ts bodyOverBareName)', () => {
  test('常宁\'s newspaper page, every carrier: title 中国人民政治协商会议常宁市第十一届委员会常务委员会工作报告 (was: 工作报告, the first line removed as the page\'s head, 25 Han lost)', async () => {
    for (const carrier of ['source.pdf', 'layout.txt', 'plain.txt', 'plain.gb18030.txt']) {
      const r = await read('hn-changning-cppcc-2025-newspaper', carrier);
      expect(r.frontMatter, carrier).toMatchObject({ title: '中国人民政治协商会议常宁市第十一届委员会常务委员会工作报告', issuer: '中国人民政治协商会议常宁市委员会常务委员会' });
    }
  });

  const head = (lines: string[]) =>
    ingest(Buffer.from([...lines, '——2026年1月10日在某市第十届人民代表大会第五次会议上', '市长 张三', '各位代表：', '现在，我代表市人民政府，向大会报告工作，请予审议。'].join('\n')), { fileName: 'head.txt', slug: 'head' }).frontMatter;

  test('a government\'s name over 工 作 报 告 too: one title, the government its issuer', () => {
    expect(head(['某市人民政府', '工 作 报 告'])).toMatchObject({ title: '某市人民政府工作报告', issuer: '某市人民政府' });
  });

  test('guard: a government over a title naming a document of its own (政 府 工 作 报 告, 关于…的报告) is its issuer, the title as before; a letter-spaced title alone is joined', () => {
    expect(head(['北京市海淀区人民政府', '政 府 工 作 报 告'])).toMatchObject({ title: '政府工作报告', issuer: '北京市海淀区人民政府' });
    expect(head(['某县人民政府', '关于2021年决算情况的报告'])).toMatchObject({ title: '关于2021年决算情况的报告', issuer: '某县人民政府' });
    expect(head(['政 府 工 作 报 告'])).toMatchObject({ title: '政府工作报告' });
    // (a line over the word that names no body — a site's name — is no part of it)
    expect(head(['政务公开网', '工 作 报 告']).title).toBe('工作报告');
  });
});


describe('a table of many columns set with spaces is said where, its words kept (layout-table.ts)', () => {
  test('丰都\'s 表1 (ten columns, cells wrapped over lines), in the -layout dump and the PDF: a warning over its lines (was: nothing said, its rows run together, one a heading)', async () => {
    for (const [carrier, lines] of [['layout.txt', '33–38'], ['source.pdf', '23–31']]) {
      const r = await read('cq-fengdu-2021-final-accounts-redhead', carrier);
      expect(r.file.messages.filter((m) => m.ruleId === 'layout-table').map((m) => m.reason), carrier).toEqual([expect.stringMatching(new RegExp(`^Unexpected table set with spaces in lines ${lines} \\(up to 6 cells a line`))]);
    }
  });

  test('guard: no warning for the other dumps (two columns side by side, a 61-page 公文, a browser print, page-foot notes), a table of four columns, one row of five cells, or text spaced by single spaces', async () => {
    for (const [dir, carrier] of [['hn-changning-cppcc-2025-newspaper', 'layout.txt'], ['gd-guangdong-2026-gongwen', 'layout.txt'], ['gd-dongguan-court-2023-web-print', 'layout.txt'], ['sc-sichuan-2026-footnotes', 'layout.txt'], ['hn-changning-cppcc-2025-newspaper', 'source.pdf']]) {
      expect((await read(dir, carrier)).file.messages.filter((m) => m.ruleId === 'layout-table'), `${dir} ${carrier}`).toEqual([]);
    }
    const text = (rows: string[]) => ingest(Buffer.from(['各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '', ...rows, '', '过去一年，全县经济运行总体平稳，各项事业全面进步。'].join('\n')), { fileName: 'dump.txt', slug: 'dump' });
    const none = (rows: string[]) => expect(text(rows).file.messages.filter((m) => m.ruleId === 'layout-table'), rows[0]).toEqual([]);
    none(['项目        预算数        执行数        决算数', '收入        610709        925766        929393']);
    none(['2025年3月6日   星期四   常宁新闻   要闻   03', '现在，我代表县人民政府向大会报告工作，请予审议，并请列席会议的同志提出意见。']);
    none(['产 业 增 加 值 分 别 增 长 6.8% 、 12.3% 、 7.8%', '工 业 投 资 增 长 7.3%']);
    // (five cells on two lines: said)
    expect(text(['项目  预算数  执行数  决算数  增长', '收入  610709  925766  929393  3.9%']).file.messages.filter((m) => m.ruleId === 'layout-table')).toHaveLength(1);
  });
});
