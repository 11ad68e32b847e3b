/**
 * PDF text dumps, round 5 (test/fixtures/ingest-pdf-dumps/): a word processor's default footnotes — notes numbered with
 * plain digits, 1, 2 … at the page's foot and raised at their calls — read as the report's notes in `pdftotext` dumps
 * where it is safe (the call the page's one candidate), said at line:column and kept as text where it is not; a note
 * continued at the top of the next page's foot read as one note (page-notes.ts); a raised call that opens a line of the
 * PDF read after the word it follows (pdf.ts); a page's two lone digits at its foot not both taken as its page number
 * (dump-furniture.ts). Case: sc-sichuan-2026-word-footnotes (the real 四川 2026 report's review, its 名词解释 set as
 * footnotes by make.ts). Guards: figures are no calls, tables are no entries, a finished note is not continued.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingestFile } from '../pipeline/ingest/files.ts';
import { ingest } from '../pipeline/ingest/index.ts';

const dumps = path.join(import.meta.dirname, 'fixtures', 'ingest-pdf-dumps');
const word = 'sc-sichuan-2026-word-footnotes';
const read = async (carrier: string) => ingestFile(readFileSync(path.join(dumps, word, carrier)), { fileName: carrier, slug: 'dump' });
type Result = ReturnType<typeof ingest>;
/** Each note's text start and the text its call follows, as zh.md has them. */
const called = (r: Result) =>
  r.blocks
    .filter((b) => b.kind === 'note')
    .map((n) => {
      const from = r.blocks.find((b) => b.calls?.some((c) => c.label === n.label));
      const at = from?.calls?.find((c) => c.label === n.label)?.at ?? 0;
      return `${from ? from.text.slice(Math.max(0, at - 6), at) : '(not called)'} → ${n.text.slice(0, 8)}`;
    });
const SIX = ['理“一张图” → 耕地林地园地空间', '个专项治理” → 优化环境“五个专', '链共享计划” → “网链共享计划”', '“双高计划” → “双高计划”：2', '“四早”工程 → 重大慢性病防治“', '“暖心驿站” → “暖心驿站”：面'];
const note = (r: Result, label: string) => r.blocks.find((b) => b.kind === 'note' && b.label === label)?.text ?? '';
const texts = (r: Result) => r.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);

describe('notes numbered 1, 2 … as a word processor sets footnotes (page-notes.ts, round 5)', () => {
  test('四川\'s word-processor footnotes, -layout dump and PDF: notes 1…6, each called after its term; notes 1 and 2 whole across their pages; the paragraphs whole (was: no note, the calls digits in the text, the notes paragraphs between the halves of the text)', async () => {
    for (const carrier of ['layout.txt', 'source.pdf']) {
      const r = await read(carrier);
      expect(called(r), carrier).toEqual(SIX);
      expect(note(r, '1'), carrier).toMatch(/^耕地林地园地空间治理“一张图”：2025年初，.*优化地类认定规则、优化发展与安全空间布局。.*惠民生。$/);
      expect(note(r, '2'), carrier).toMatch(/^优化环境“五个专项治理”：.*拖欠企业账款、侵害企业产权和企业家合法权益、.*进一步优化民营经济发展环境。$/);
      expect(texts(r), carrier).toContainEqual(expect.stringMatching(/向8个市下放省级用地审批权。开展低空运行管理试点/));
      expect(texts(r), carrier).toContainEqual(expect.stringMatching(/实施岗位挖潜扩容支持计划，开发政策性岗位35万个/));
      expect(texts(r).join(''), carrier).toContain('建成县级“暖心驿站”113个，以贴心服务让户外劳动者安心出行、暖心从业。');
      const continued = r.file.messages.filter((m) => m.ruleId === 'page-notes' && m.reason.startsWith('Read') && m.reason.includes('as the rest of'));
      expect(continued.map((m) => m.reason.replace(/ \(.*$/, '')), carrier).toEqual([expect.stringMatching(/^Read 5 line\(s\) at the foot of page 2 as the rest of the page-foot note \[?1\]? of the page before$/), expect.stringMatching(/^Read 2 line\(s\) at the foot of page 3 as the rest of the page-foot note \[?2\]? of the page before$/)]);
    }
  });

  test('四川\'s plain dump: notes 1…4 read, page 5\'s foot (its number 6 printed under the notes) kept as text and said at its line (was: no note, nothing said)', async () => {
    const r = await read('plain.txt');
    expect(called(r)).toEqual(SIX.slice(0, 4));
    const said = r.file.messages.filter((m) => m.ruleId === 'page-notes' && m.reason.startsWith('Unexpected'));
    expect(said.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual([expect.stringMatching(/^136:1 Unexpected foot of page 5 that reads as notes numbered 5 \(a word processor's footnotes\), not read as notes: the number 6 stands under the notes, not over its entry — its lines are kept as text where they stand/)]);
    expect(texts(r).join('')).toContain('重大慢性病防治“四早”工程：重大慢性病综合防治早预防');
  });

  // Two pages of a dump: 26–28 characters of text a line, the notes (smaller type) 38–42.
  const text1 = ['各位代表：', '现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和', '其他列席人员提出意见。过去一年，我们坚持稳中求进工作总基调，落实“两重”1', '政策，经济运行总体平稳，全市地区生产总值增长百分之五点二，城乡居民收入'];
  const text2 = ['稳步增长。我们推进“两新”2工作，消费品以旧换新带动销售额超过一百亿元，', '全年新增城镇就业三万人，民生保障水平不断提高，社会大局和谐稳定，各项事', '业全面进步。'];
  const page = (body: string[], foot: string[], n: number) => [...body, '', ...foot, '', '', `${n}`];
  const dump = (pages: string[][]) => ingest(Buffer.from(pages.map((p, i) => (i > 0 ? `\f${p.join('\n')}` : p.join('\n'))).join('\n')), { fileName: 'dump.txt', slug: 'dump' });

  test('a dump\'s digit notes: "1 text" or 1 over its text at the foot, the call glued to its word or a line of its own — each the page\'s one candidate', () => {
    const r = dump([page(text1, ['1 “两重”：是指国家重大战略实施和重点领域安全能力建设。'], 1), page(text2, ['2', '“两新”：是指大规模设备更新和消费品以旧换新。'], 2)]);
    expect(called(r)).toEqual(['落实“两重” → “两重”：是指国', '推进“两新” → “两新”：是指大']);
    expect(texts(r)).toContainEqual(expect.stringMatching(/城乡居民收入稳步增长。/));
    // (raised over a line's end, the call is a line of its own)
    const alone = dump([page([...text1.slice(0, 2), '其他列席人员提出意见。过去一年，我们坚持稳中求进工作总基调，落实“两重”', '1', ...text1.slice(3)], ['1 “两重”：是指国家重大战略实施和重点领域安全能力建设。'], 1), page(text2.map((l) => l.replace('2', '')), [], 2)]);
    expect(called(alone)).toEqual(['落实“两重” → “两重”：是指国']);
  });

  test('guard: a figure is no call — 1 before a unit (集群1个), after a figure or 第, in a decimal — and a foot whose number has no call on its page stays text, nothing said', () => {
    const figures = ['其他列席人员提出意见。过去一年，新建产业集群1个，第1批试点完成，增长1.5%，', ...text1.slice(3)];
    const r = dump([page([...text1.slice(0, 2), ...figures], ['1 “两重”：是指国家重大战略实施和重点领域安全能力建设。'], 1), page(text2.map((l) => l.replace('2', '')), [], 2)]);
    expect(r.blocks.filter((b) => b.kind === 'note')).toEqual([]);
    expect(texts(r).join('')).toContain('1“两重”：是指国家重大战略实施');
    expect(r.file.messages.filter((m) => m.ruleId === 'page-notes')).toEqual([]);
  });

  test('guard: two candidates for a call (“两重”1， and “两新”1。) — not read; the foot kept as text, said with each candidate\'s line and column', () => {
    const two = ['其他列席人员提出意见。过去一年，我们落实“两重”1，推进“两新”1。经济运行', ...text1.slice(3)];
    const r = dump([page([...text1.slice(0, 2), ...two], ['1 “两重”：是指国家重大战略实施和重点领域安全能力建设。'], 1), page(text2.map((l) => l.replace('2', '')), [], 2)]);
    expect(r.blocks.filter((b) => b.kind === 'note')).toEqual([]);
    expect(texts(r).join('')).toContain('“两重”：是指国家重大战略实施和重点领域安全能力建设。');
    const said = r.file.messages.filter((m) => m.ruleId === 'page-notes');
    expect(said.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual([expect.stringMatching(/^6:1 Unexpected foot of page 1 that reads as notes numbered 1 .*: note 1 has 2 candidates for its call \(line 3, column 25; line 3, column 33\) — its lines are kept as text/)]);
  });

  test('guard: a number alone on a line over lines of the text\'s width (a chart\'s label) is no note, though its figure stands once after a closing mark above', () => {
    const body = [...text1.slice(0, 2), '其他列席人员提出意见。过去一年，我们坚持稳中求进工作总基调，落实“两重”3，', ...text1.slice(3), '稳步增长。我们推进各项工作，消费品以旧换新带动销售额超过一百亿元，全', '年新增城镇就业三万人，民生保障水平不断提高，社会大局和谐稳定，各项事'];
    const r = dump([page([...body, '3', '业全面进步。全市生产总值增长百分之五点二，城乡居民收入稳步增长，民生', '保障水平不断提高。'], [], 1), page(text2.map((l) => l.replace('2', '')), [], 2)]);
    expect(r.blocks.filter((b) => b.kind === 'note')).toEqual([]);
    expect(texts(r).join('')).toContain('业全面进步。全市生产总值增长百分之五点二');
  });

  test('guard: a -layout table row at a page\'s foot (1   项目   100) is no entry', () => {
    const r = dump([page(text1, ['1      一般公共预算收入      610709      925766'], 1), page(text2.map((l) => l.replace('2', '')), [], 2)]);
    expect(r.blocks.filter((b) => b.kind === 'note')).toEqual([]);
  });
});

describe('a note continued at the next page\'s foot (page-notes.ts, round 5)', () => {
  const text1 = ['各位代表：', '现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和', '其他列席人员提出意见。过去一年，我们坚持稳中求进工作总基调，落实“两重”①', '政策，经济运行总体平稳，全市地区生产总值增长百分之五点二，城乡居民收入'];
  const text2 = ['稳步增长。我们推进“两新”②工作，消费品以旧换新带动销售额超过一百亿元，', '全年新增城镇就业三万人，民生保障水平不断提高，社会大局和谐稳定，各项事', '业全面进步。'];
  const more = ['今年是“十五五”开局之年，我们将坚持稳中求进，扎实推进高质量发展，', '全面深化改革，持续保障和改善民生，确保完成全年目标任务。'];
  const page = (body: string[], foot: string[], n: number) => [...body, '', ...foot, '', '', `- ${n} -`];
  const dump = (pages: string[][]) => ingest(Buffer.from(pages.map((p, i) => (i > 0 ? `\f${p.join('\n')}` : p.join('\n'))).join('\n')), { fileName: 'dump.txt', slug: 'dump' });
  // (the notes' smaller type: lines of some forty characters under text of twenty-eight)
  const first = '①“两重”：是指国家重大战略实施和重点领域安全能力建设，其中“硬投资”主要指国家重大战略实施和重点';
  const rest = ['领域安全能力建设中的重大工程项目建设，“软建设”主要指与之配套的规划政策、体制机制和法律法规', '等方面的建设。'];

  test('the rest of a note stopping mid-sentence, at the top of the next page\'s foot over its own notes, is that note\'s (was: a paragraph between the text\'s halves)', () => {
    const r = dump([page(text1, [first], 1), page([...text2, ...more], [...rest, '②“两新”：是指大规模设备更新和消费品以旧换新。'], 2)]);
    expect(called(r)).toEqual(['落实“两重” → “两重”：是指国', '推进“两新” → “两新”：是指大']);
    expect(note(r, '1')).toBe('“两重”：是指国家重大战略实施和重点领域安全能力建设，其中“硬投资”主要指国家重大战略实施和重点领域安全能力建设中的重大工程项目建设，“软建设”主要指与之配套的规划政策、体制机制和法律法规等方面的建设。');
    expect(texts(r).join('\n')).toContain('确保完成全年目标任务。');
    expect(texts(r).join('\n')).not.toContain('领域安全能力建设中的重大工程');
    expect(r.file.messages.filter((m) => m.reason.includes('as the rest of')).map((m) => `${m.line}:${m.column}`)).toEqual(['16:1']);
  });

  test('and on a page with no notes of its own: the foot\'s lines in the notes\' type, the last one short', () => {
    const r = dump([page(text1.map((l) => l), [first], 1), page([...text2.map((l) => l.replace('②', '')), ...more], rest, 2)]);
    expect(note(r, '1')).toMatch(/法律法规等方面的建设。$/);
    expect(texts(r).join('\n')).toMatch(/确保完成全年目标任务。$/);
  });

  test('guard: a note that ends its sentence is not continued; lines in the text\'s width are the text\'s', () => {
    const done = dump([page(text1, ['①“两重”：是指国家重大战略实施和重点领域安全能力建设。'], 1), page([...text2.map((l) => l.replace('②', '')), ...more], rest, 2)]);
    expect(note(done, '1')).toBe('“两重”：是指国家重大战略实施和重点领域安全能力建设。');
    expect(texts(done).join('\n')).toContain('领域安全能力建设中的重大工程');
    const narrow = dump([page(text1, [first], 1), page([...text2.map((l) => l.replace('②', '')), ...more], ['领域安全能力建设中的重大工程项目建设。'], 2)]);
    expect(note(narrow, '1')).toBe(first.slice(1));
    expect(texts(narrow).join('\n')).toContain('领域安全能力建设中的重大工程项目建设。');
  });
});

describe('pdftotext\'s line break before a quoted phrase (paragraphs.ts quoteBroken, round 5)', () => {
  const sichuan = async (carrier: string) => ingestFile(readFileSync(path.join(dumps, 'sc-sichuan-2026-footnotes', carrier)), { fileName: carrier, slug: 'dump' });

  test('四川\'s dumps: "…出台稳增长“21条”" / "“18条”等政策" and "…打造“新十二月市”" / "“少必入川”" / "“蓉城囍事”等文旅消" / "费品牌…" are one paragraph, no heading (was: two paragraphs, “少必入川” and “蓉城囍事”等文旅消 headings)', async () => {
    for (const carrier of ['layout.txt', 'plain.txt']) {
      const r = await sichuan(carrier);
      const all = texts(r).join('\n');
      expect(all, carrier).toContain('出台稳增长“21条”“18条”等政策，加强激发消费');
      expect(all, carrier).toContain('打造“新十二月市”“少必入川”“蓉城囍事”等文旅消费品牌，全省接待游客超11亿人次');
      expect(all, carrier).toContain('第十二届中国网络视听大会，《哪吒2》创造多项影史纪录');
      expect(r.blocks.filter((b) => b.kind === 'heading').map((b) => b.text), carrier).toEqual(['一、2025年工作回顾和“十四五”发展主要成绩']);
    }
  });

  const lines = (...ls: string[]) => ingest(Buffer.from(['各位代表：', '现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列', '席人员提出意见。', ...ls].join('\n')), { fileName: 'dump.txt', slug: 'dump' });

  test('guard: a line ending its sentence, or a short line over a full one opening on “ (a heading over its paragraph), stays apart', () => {
    const ended = lines('过去一年，我们坚持稳中求进工作总基调，经济运行总体平稳，全市生产总值增长5%。', '“十四五”规划目标任务全面完成，城乡居民收入稳步增长，民生保障水平不断提高。');
    expect(texts(ended)).toContain('“十四五”规划目标任务全面完成，城乡居民收入稳步增长，民生保障水平不断提高。');
    const heading = lines('建设新时代更高水平“天府粮仓”', '“天府粮仓”建设全面提速，新建高标准农田三百万亩，粮食产量创历史新高，生猪出', '栏稳定。');
    expect(texts(heading).join('\n')).not.toContain('“天府粮仓”“天府粮仓”');
  });
});

describe('the date in a printed page\'s running head completes the occasion\'s month and day (date-stamp.ts occasionFromHead, round 5)', () => {
  test('常宁\'s newspaper page, every carrier: "—在3月2日…会议上" under the paper\'s "2025年3月6日 星期四 常宁新闻 要闻 03" is dated 2025-03-02 (was: no date)', async () => {
    for (const carrier of ['source.pdf', 'layout.txt', 'plain.txt', 'plain.gb18030.txt']) {
      const r = await ingestFile(readFileSync(path.join(dumps, 'hn-changning-cppcc-2025-newspaper', carrier)), { fileName: carrier, slug: 'dump' });
      expect(r.frontMatter, carrier).toMatchObject({ date: '2025-03-02', date_source: 'occasion' });
      expect(r.file.messages.filter((m) => m.ruleId === 'occasion-year').map((m) => `${m.line}:${m.column} ${m.reason}`), carrier).toEqual(['1:1 Dated the occasion 2025-03-02: it prints the month and day only, the year is the date\'s in the running head over the page (2025-03-06, a few days later)']);
    }
  });

  const head = (date: string, occasion: string) =>
    ingest(Buffer.from([`${date}　星期四　　常宁新闻　　要闻　03`, '', '中国人民政治协商会议', '常宁市第十一届委员会常务委员会', '工 作 报 告', occasion, '各位委员：', '现在，我代表政协常宁市第十一届委员会常务委员会，向大会报告工作，请予审议。'].join('\n')), { fileName: 'page.txt', slug: 'page' }).frontMatter;

  test('guard: a head dated months after the occasion, or an occasion with its own year, is not completed by it', () => {
    expect(head('2025年3月6日', '—在3月2日政协常宁市第十一届委员会第四次会议上').date).toBe('2025-03-02');
    expect(head('2025年9月6日', '—在3月2日政协常宁市第十一届委员会第四次会议上').date).toBeUndefined();
    expect(head('2025年3月6日', '—2024年3月2日在政协常宁市第十一届委员会第三次会议上').date).toBe('2024-03-02');
  });
});
