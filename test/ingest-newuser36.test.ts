/**
 * Defects new user round 36 met (2026-12-05): the NPC Standing Committee's LAW ENFORCEMENT INSPECTION report on the Work Safety
 * Law (全国人民代表大会常务委员会执法检查组关于检查《中华人民共和国安全生产法》实施情况的报告, 2023), as a work-safety site reposted
 * it (isa-hsse.com; test/fixtures/newuser-round36), translated through a PO file and the TMX translate-toolkit's po2tmx writes
 * from it. Each test is the page reduced to a few lines, its URL beside it; its name says what the tool did before. What a
 * careful reader expects was written before the page was ingested: the title's three pieces joined, "(节选)" kept as the page
 * prints it; the inspection team, named at the title's head, the issuer; "来源:中国人大网" removed; the address a paragraph.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { parseTitle } from '../pipeline/ingest/document-title.ts';
import { exportXliff, importXliff } from '../pipeline/translate/index.ts';
import { createLookup } from '../pipeline/translate/tm-lookup.ts';
import { readTmx, writeTmx } from '../pipeline/translate/tmx.ts';
import { parseXml } from '../pipeline/translate/xml.ts';
import { beforeReview, withoutTranslatorNote } from './fixture-report.ts';
import { round36Revisions } from './newuser36-revisions.ts';
import { readIngested as read } from './ingest-helpers.ts';

// http://isa-hsse.com/index.php?a=show&catid=5&id=59230 — the title over three pieces with "(节选)", the site's two labels,
// the source line, the address and the opening.
const isa = [
  '全国人民代表大会常务委员会执法检查组 关于检查《中华人民共和国安全生产法》 实施情况的报告 (节选)',
  '法律实施存在的主要问题',
  '来源:中国人大网',
  '报告其余三个部分的内容(全文)',
  '全国人民代表大会常务委员会:',
  '安全生产事关人民群众生命财产安全,事关经济社会发展全局。安全生产法是安全生产领域的基础性、综合性法律。为了推动安全生产法有效实施,根据2023年度监督工作计划,全国人大常委会组成安全生产法执法检查组,对安全生产法实施情况进行检查,现将有关情况报告如下:',
  '一、执法检查组织实施的基本情况',
  '执法检查是全国人大常委会行使监督权的重要形式。',
].join('\n');

describe('a title with its issuer at its head and its own qualifier at its end, "…执法检查组关于…的报告(节选)"', () => {
  test('the inspection team is the issuer, the title its document’s name with “（节选）” kept (was: the whole line the title, no issuer, a warning asking for one)', () => {
    const { front, blocks, result } = read(isa);
    expect(front.title).toBe('关于检查《中华人民共和国安全生产法》实施情况的报告（节选）');
    expect(front.issuer).toBe('全国人民代表大会常务委员会执法检查组');
    expect(result.file.messages.map((m) => m.ruleId)).not.toContain('missing-issuer');
    expect(blocks.slice(0, 3)).toEqual(['法律实施存在的主要问题', '报告其余三个部分的内容（全文）', '全国人民代表大会常务委员会：']);
    expect(blocks).toContain('## 一、执法检查组织实施的基本情况');
  });

  test.each([
    ['全国人民代表大会常务委员会执法检查组关于检查《中华人民共和国安全生产法》实施情况的报告(节选)', '全国人民代表大会常务委员会执法检查组'],
    ['重庆市人大常委会执法检查组关于检查《重庆市预算审查监督条例》实施情况的报告（摘要）', '重庆市人大常委会执法检查组'],
    ['长寿区财政局关于2023年预算执行情况的报告 （草案）', '长寿区财政局'],
  ])('%s: issuer %s split off, the qualifier kept in the title (was: none split)', (line, issuer) => {
    const parsed = parseTitle(line);
    expect(parsed.issuer).toBe(issuer);
    expect(parsed.title).toBe(line.slice(issuer.length));
  });

  test('guards: without a qualifier the split is as before; a bracket that is no qualifier, or an office with no 关于…报告, splits nothing', () => {
    expect(parseTitle('全国人民代表大会常务委员会执法检查组关于检查《中华人民共和国安全生产法》实施情况的报告')).toMatchObject({ issuer: '全国人民代表大会常务委员会执法检查组', title: '关于检查《中华人民共和国安全生产法》实施情况的报告' });
    expect(parseTitle('重庆市财政局关于2023年预算执行情况的报告（第二稿）').issuer).toBeUndefined();
    expect(parseTitle('关于检查《中华人民共和国安全生产法》实施情况的报告（节选）').issuer).toBeUndefined();
    expect(parseTitle('重庆市财政局关于印发预算管理办法的通知（节选）').issuer).toBeUndefined();
  });
});

/** A TMX of two entries with the header's srclang as given and each entry's languages. */
const tmx = (srclang: string, langs: readonly [string, string] = ['zh-CN', 'en']) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="${srclang}" datatype="PlainText"/><body>` +
  [['执法检查是全国人大常委会行使监督权的重要形式。', 'Law enforcement inspection is an important form of oversight.'], ['全国人民代表大会常务委员会：', 'To the Standing Committee of the National People’s Congress:']]
    .map(([zh, en]) => `<tu><tuv xml:lang="${langs[0]}"><seg>${zh}</seg></tuv><tuv xml:lang="${langs[1]}"><seg>${en}</seg></tuv></tu>`)
    .join('') +
  '</body></tmx>';
const readMemory = (text: string) => {
  const file = new VFile({ path: 'memory.tmx', value: text });
  return readTmx(parseXml(text, file, 'TMX memory'), file);
};
const sourceOf = (units: ReturnType<typeof readMemory>) => units.map((u) => u.source.map((i) => (i.type === 'text' ? i.value : '')).join(''));

describe('a TMX whose header’s srclang is not the Chinese its entries hold (translate-toolkit’s po2tmx writes srclang="en")', () => {
  test('po2tmx’s srclang="en": the Chinese is the source, the English the target (was: the English read as both, every entry’s source English)', () => {
    const units = readMemory(tmx('en'));
    expect(sourceOf(units)).toEqual(['执法检查是全国人大常委会行使监督权的重要形式。', '全国人民代表大会常务委员会：']);
    expect(units[0].target).toEqual([{ type: 'text', value: 'Law enforcement inspection is an important form of oversight.' }]);
    // an entry with no Chinese is no entry (was: its English read as its source)
    expect(readMemory(tmx('en', ['fr', 'en']))).toEqual([]);
  });

  test('the TMX spec’s srclang="*all*" reads so too (was: no entry read)', () => {
    expect(sourceOf(readMemory(tmx('*all*')))).toHaveLength(2);
    expect(sourceOf(readMemory(tmx('*all*', ['zh', 'en-US'])))).toEqual(['执法检查是全国人大常委会行使监督权的重要形式。', '全国人民代表大会常务委员会：']);
  });

  test('guards: Duizhao’s own TMX (srclang zh-CN) and a zh-TW header read as before', () => {
    expect(sourceOf(readMemory(tmx('zh-CN')))).toHaveLength(2);
    expect(sourceOf(readMemory(tmx('zh-TW', ['zh-TW', 'en'])))).toHaveLength(2);
    const ours = writeTmx(readMemory(tmx('zh-CN')));
    expect(ours).toContain('srclang="zh-CN"');
    expect(sourceOf(readMemory(ours))).toEqual(sourceOf(readMemory(tmx('zh-CN'))));
  });

  test('the committed po2tmx.tmx pre-fills every unit of the report, front matter and text, and imports to the committed English (was: no match, every target left in Chinese)', async () => {
    const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round36');
    const slug = 'npcsc-work-safety-inspection-2023';
    const zh = readFileSync(path.join(fixture, 'content/reports', slug, 'zh.md'), 'utf8');
    const en = readFileSync(path.join(fixture, 'content/reports', slug, 'en.md'), 'utf8');
    const memory = readMemory(readFileSync(path.join(fixture, `${slug}.po2tmx.tmx`), 'utf8'));
    expect(memory).toHaveLength(10);
    const xliff = await exportXliff({ slug, zh, version: '1.2', lookup: createLookup(memory) });
    expect(xliff.match(/state-qualifier="exact-match"/gu)).toHaveLength(10);
    const result = await importXliff({ xliff, zh, xliffPath: `${slug}.xlf` });
    expect(result.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
    // (stop 57) the memory is the translator's: it gives en.md as the translator left it, the reviser's corrections undone
    expect(result.value).toBe(withoutTranslatorNote(beforeReview(en, round36Revisions)));
  });

  test('(stop 57) the reviser\'s XLIFF 1.2 over the translator\'s en.md gives the committed en.md: three blocks and two front-matter values rewritten, every unit reviewed', async () => {
    const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round36');
    const slug = 'npcsc-work-safety-inspection-2023';
    const zh = readFileSync(path.join(fixture, 'content/reports', slug, 'zh.md'), 'utf8');
    const en = readFileSync(path.join(fixture, 'content/reports', slug, 'en.md'), 'utf8');
    const xliff = readFileSync(path.join(fixture, `${slug}.review.xlf`), 'utf8');
    const result = await importXliff({ xliff, zh, en: beforeReview(en, round36Revisions), xliffPath: `${slug}.review.xlf` });
    expect(result.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
    expect(result.value).toBe(en);
  });
});

describe('xliff export --tm says what the memory gave (tm-lookup.ts tallied, tallyText)', () => {
  test('the entries, the units pre-filled and those offered near matches; a memory that gave nothing a warning (was: nothing said)', async () => {
    // (imported here: on the code before the fix these do not exist, and the tests above still run)
    const { tallied, tallyText } = await import('../pipeline/translate/tm-lookup.ts');
    const memory = readMemory(tmx('zh-CN'));
    const { lookup, tally } = tallied(memory);
    const unit = { id: 'p-1' } as Parameters<typeof lookup>[0];
    lookup(unit, [{ type: 'text', value: '执法检查是全国人大常委会行使监督权的重要形式。' }]);
    lookup(unit, [{ type: 'text', value: '执法检查是全国人大常委会行使监督权的重要方式。' }]);
    lookup(unit, [{ type: 'text', value: '安全生产事关人民群众生命财产安全。' }]);
    expect(tally).toEqual({ entries: 2, looked: 3, exact: 1, near: 1 });
    expect(tallyText('m.tmx', tally)).toBe('m.tmx: 2 memory entries; 1 of 3 untranslated unit(s) pre-filled from exact matches, 1 more offered near matches');
    expect(tallyText('m.tmx', { entries: 2, looked: 3, exact: 0, near: 0 })).toMatch(/^Warning: m\.tmx: 2 memory entries; 0 of 3/u);
    expect(tallyText('m.tmx', { entries: 0, looked: 3, exact: 0, near: 0 })).toBe('Warning: m.tmx: no entry with both a Chinese (zh) and an English (en) <tuv>: nothing pre-filled');
  });
});
