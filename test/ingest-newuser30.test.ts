/**
 * Defects new user round 30 met (2026-12-05): a town government's 法治政府建设年度报告 — the annual report on building a
 * law-based government — 下洋镇2023年法治政府建设年度报告 (xuwen.gov.cn; test/fixtures/newuser-round30). Each test is a page
 * reduced to a few lines, its URL beside it; its name says what the tool did before. What a careful reader expects was
 * written before the page was ingested: title 下洋镇2023年法治政府建设年度报告; issuer 下洋镇人民政府 (the text says so: "现将
 * 下洋镇人民政府2023年法治政府建设工作汇报如下"); no date (the page prints none); no occasion, no speaker (a report filed and
 * posted); the text from "2023年以来"; 一、 and its items (一)(二)(三) as headings; cut inside (三)'s first point.
 */
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, test } from 'vitest';
import { VFile } from 'vfile';
import { compareNumbers, findEnNumbers, findZhNumbers } from '../pipeline/check/index.ts';
import { buildDateFor } from '../pipeline/core/jobs.ts';
import { buildPublication } from '../pipeline/model/load.ts';
import type { Lang } from '../pipeline/model/types.ts';
import type { Translate } from '../pipeline/render/types.ts';
import { colophon, section } from '../templates/components/index.ts';
import { createTranslators } from '../templates/i18n.ts';
import { readIngested as read } from './ingest-helpers.ts';
import { fixtureReport } from './fixture-report.ts';

// http://www.xuwen.gov.cn/xxgk/ndfzzfjsbg/content/post_1854461.html — the title, a blank line, the text indented by two
// spaces, each paragraph after a blank line (as the search tool's copy gives it: half-width commas and colons).
const xiayang = [
  '下洋镇2023年法治政府建设年度报告',
  '',
  '  2023年以来,下洋镇坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻党的二十大精神,认真贯彻习近平法治思想,以高水平法治护航新时代下洋镇高质量发展。现将下洋镇人民政府2023年法治政府建设工作汇报如下:',
  '',
  '  一、2023年法治政府建设主要举措和成效',
  '',
  '  (一)加强组织领导,全面提升依法行政水平',
  '',
  '  完善领导小组结构,明确领导小组工作职责,将依法行政工作纳入全镇工作的重要议事日程。',
].join('\n');

describe('new user round 30: the town that reports, named in its text’s opening', () => {
  test('a text opening "2023年以来,下洋镇坚持…", indented under a blank line, names the town’s government as issuer (was: none, and a warning asking for one)', () => {
    const { front, rules } = read(xiayang, 'page.txt', { clean: false });
    expect(front).toMatchObject({ title: '下洋镇2023年法治政府建设年度报告', issuer: '下洋镇人民政府' });
    expect(rules).not.toContain('missing-issuer');
    // no occasion or speaker asked for: an annual report is filed and posted
    expect(rules.filter((r) => String(r).startsWith('missing-'))).toEqual(['missing-date']);
  });

  test('the same opening set flush, and "2023年以来" before a subdistrict, read so too (was: only "2023年," or "今年以来,")', () => {
    expect(read(xiayang.replace(/^ {2}/gmu, '').replace(/\n\n/gu, '\n'), 'page.txt', { clean: false }).front.issuer).toBe('下洋镇人民政府');
    const subdistrict = ['2023年工作总结', '2023年以来,东晓街道坚持以习近平新时代中国特色社会主义思想为指导,扎实推进各项工作。', '一、主要工作', '完善领导小组结构。'].join('\n');
    expect(read(subdistrict, 'page.txt', { clean: false }).front.issuer).toBe('东晓街道办事处');
  });

  test('guard: "2023年以来," before the town’s Party committee, or before the whole town (全镇), names no government', () => {
    const party = xiayang.replace('2023年以来,下洋镇坚持', '2023年以来,下洋镇党委坚持').replace('现将下洋镇人民政府2023年', '现将2023年');
    expect(read(party, 'page.txt', { clean: false }).front.issuer).toBeUndefined();
    const whole = xiayang.replace('2023年以来,下洋镇坚持', '2023年以来,全镇上下坚持').replace('现将下洋镇人民政府2023年', '现将2023年').replace('下洋镇2023年', '2023年');
    expect(read(whole, 'page.txt', { clean: false }).front.issuer).toBeUndefined();
  });
});

describe('new user round 30: an enumeration’s 二是, 三是 counts its points', () => {
  const problems = (zh: string, en: string) => compareNumbers(findZhNumbers(zh), findEnNumbers(en), en).map((p) => `${p.kind}:${p.zh?.raw ?? p.en?.raw}`);

  test('"**二是多形式开展普法活动…**" as "**Second, we carried out legal education…**" checks clean (was: "Missing number two")', () => {
    const zh = '**二是多形式开展普法活动，深入推进法治宣传教育。**今年我镇通过举办法治讲座4次、挂宣传横幅12条，进一步扩大影响力。';
    const en = '**Second, we carried out legal education in many forms.** This year our town held 4 lectures and put up 12 banners.';
    expect(problems(zh, en)).toEqual([]);
    // after a semicolon or a comma too, and the third point
    expect(problems('一是完善制度；二是加强培训，三是强化监督。', 'First, improving the rules; second, more training, and third, stronger oversight.')).toEqual([]);
  });

  test('guard: the point still needs its ordinal (a dropped "Second" is said), and a count in the same sentence is still a count', () => {
    expect(problems('**二是多形式开展普法活动。**今年举办讲座4次。', '**We carried out legal education in many forms.** This year we held 4 lectures.')).toEqual(['missing:二']);
    expect(problems('二是开展两次专项检查。', 'Second, two special inspections were carried out.')).toEqual([]);
    expect(problems('二是开展两次专项检查。', 'Second, special inspections were carried out.')).toEqual(['missing:两']);
  });
});

describe('new user round 30: an undated edition prints no edition date', () => {
  let t: Record<Lang, Translate>;
  beforeAll(async () => {
    t = await createTranslators();
  });
  const report = fixtureReport(new URL('./fixtures/newuser-round30', import.meta.url).pathname, 'xiayang-2023-law-based-government');
  const rows = (pub: ReturnType<typeof buildPublication>['publication'], date: Date) => toText(colophon(pub, { edition: 'html', t, draft: false }, date));

  test('a report that gives no date, built without SOURCE_DATE_EPOCH: no "Edition date 1 January 2000" in its colophon (was: printed in every edition)', () => {
    const { publication } = report.load(report.read('en.md'));
    expect(publication.meta.zh.date).toBeUndefined();
    const text = rows(publication, buildDateFor({}, publication));
    expect(text).not.toContain('2000');
    expect(text).not.toContain('Edition date');
    expect(text).not.toContain('版本日期');
    // the rest of the colophon as before
    expect(text).toContain('http://www.xuwen.gov.cn/xxgk/ndfzzfjsbg/content/post_1854461.html');
  });

  test('guard: SOURCE_DATE_EPOCH, or the report’s own date, is printed as the edition’s date', () => {
    const { publication } = report.load(report.read('en.md'));
    expect(rows(publication, buildDateFor({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 5) / 1000) }, publication))).toContain('5 December 2026');
    const dated = report.load(report.read('en.md'), report.read('zh.md').replace('scope: excerpt', 'date: 2024-02-20\nscope: excerpt')).publication;
    expect(rows(dated, buildDateFor({}, dated))).toMatch(/版本日期.*2024年2月20日/su);
  });
});

describe('new user round 29’s gap, closed in round 30: an untitled table carries no bare “表” / “Table” caption', () => {
  let t: Record<Lang, Translate>;
  beforeAll(async () => {
    t = await createTranslators();
  });
  const round29 = fixtureReport(new URL('./fixtures/newuser-round29', import.meta.url).pathname, 'dizhang-2023-information-disclosure');

  test('the table under “二、主动公开政府信息情况” (no title of its own): no caption in any edition (was: <caption>表</caption> / <caption>Table</caption> over its first row)', () => {
    const { publication } = round29.load(round29.read('en.md'));
    const part = publication.sections.find((s) => s.blocks.some((b) => b.kind === 'cell'))!;
    for (const edition of ['html', 'epub', 'print'] as const) {
      const tables = selectAll('table', section(part, { edition, t, draft: false, glossary: undefined }));
      expect(tables.length, edition).toBe(2);
      expect(tables.map((table) => select('caption', table)), edition).toEqual([undefined, undefined]);
    }
    // on screens the scroller still says what it is
    const scroller = select('.table-scroll', section(part, { edition: 'html', t, draft: false, glossary: undefined }))!;
    expect(String(scroller.properties.ariaLabel)).toMatch(/表/u);
  });

  test('guard: a table a box titles keeps its (visually hidden) caption, the box title', () => {
    // (test/structures-check.test.ts's box of new user round 6: its unit line, then the table the box title names)
    const zh = ['---', 'title: 测试', '---', '', ':::box[表1　2023年区级一般公共预算收支预计执行情况]{#b-t1}', '', '单位：亿元 {#p-unit}', '', '| 项目 {#c-h1} | 执行数 {#c-h2} |', '| --- | --: |', '| 一般公共预算收入 {#c-r1} | 39.1 {#c-r1v} |', '', ':::', ''].join('\n');
    const { publication } = buildPublication('t', new VFile({ path: 'zh.md', value: zh }));
    const captions = publication.sections.flatMap((s) => selectAll('table caption', section(s, { edition: 'html', t, draft: false, glossary: undefined })));
    // (one table for each language shown; the English side, untranslated, names it by the Chinese)
    expect(captions.length).toBeGreaterThan(0);
    for (const c of captions) expect([String(c.properties.className), toText(c)]).toEqual(['visually-hidden', '表1　2023年区级一般公共预算收支预计执行情况']);
  });
});
