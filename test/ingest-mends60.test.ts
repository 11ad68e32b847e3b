/**
 * Known ingest gaps of stop 59 closed in stop 60 (helper mends60): losses left unsaid first (a wiki infobox's lines said as moved
 * to the front matter though nothing of them was there), then titles and heads, then the body. Each test is the page's shape
 * reduced to a few lines, with its URL; its name says what ingest did before ("was: …"). Guards (precision) are named as such.
 */
import { describe, expect, test } from 'vitest';
import { readIngested } from './ingest-helpers.ts';

const read = (text: string) => readIngested(text, 'page.txt', { clean: false });
const at = (result: ReturnType<typeof read>['result'], ruleId: string) =>
  result.file.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column} ${m.reason}`);
const body = (result: ReturnType<typeof read>['result']) => result.markdown.split('\n---\n').slice(1).join('\n---\n');
const paragraphs = (result: ReturnType<typeof read>['result']) => body(result).split(/\n{2,}/u).map((p) => p.trim().replace(/\s*\{#[^}]+\}$/u, '')).filter(Boolean);

describe('stop 59: losses said untruly — a wiki infobox’s lines', () => {
  // https://mmtar.com/wiki/182903.html (a wiki's page on the 新疆生产建设兵团: its summary, its contents on one line, then its
  // infobox "基本信息" / "中文名:…" / "外文名:…")
  const wiki = [
    '新疆生产建设兵团',
    '',
    '新疆生产建设兵团(Xinjiang production and Construction Corps)承担着国家赋予的屯垦戍边职责,实行党政军企高度统一的特殊管理体制,是在国家实行计划单列的特殊社会组织。',
    '',
    '2022年,新疆生产建设兵团实现生产总值3500.71亿元,比上年增长3.0%。',
    '',
    '目录',
    '',
    '    1 基本信息 2 机构简介 3 历史沿革 4 行政区划 5 地理环境 6 自然资源',
    '',
    '      基本信息',
    '',
    '      中文名:新疆生产建设兵团',
    '',
    '      外文名:Xinjiang production and Construction Corps',
  ].join('\n');

  test('an infobox item whose value no front-matter field took is said removed, not moved (was: "Moved to front matter: “外文名:…”", not there)', () => {
    const { result } = read(wiki);
    const said = at(result, 'metadata');
    expect(said.some((m) => /Moved to front matter: “(?:基本信息|中文名|外文名)/u.test(m))).toBe(false);
    expect(said).toContain('15:1 Removed a wiki infobox\'s item, its value read into no front-matter field and not kept (copy it into zh.md if the edition wants it): “外文名:Xinjiang production and Construction…”');
    expect(said).toContain('11:1 Removed a wiki infobox\'s heading (its items follow it): “基本信息”');
    expect(said).toContain('13:1 Removed a wiki infobox\'s item whose value is the title already: “中文名:新疆生产建设兵团”');
    expect(JSON.stringify(result.frontMatter)).not.toContain('Xinjiang');
  });

  test('a wiki’s contents on one line under "目录", after the summary, are said removed as its contents (was: "目录" and "1基本信息2机构简介…" paragraphs, said cut off)', () => {
    const { result } = read(wiki);
    expect(paragraphs(result).some((p) => /^目录$|基本信息2/u.test(p))).toBe(false);
    expect(at(result, 'contents')).toEqual([
      expect.stringMatching(/^7:1 .*wiki's table of contents.*“目录”/u),
      expect.stringMatching(/^9:\d+ .*“1 基本信息 2 机构简介/u),
    ]);
    expect(at(result, 'cut-off')).toEqual([]);
  });

  test('guard: an infobox item read into the front matter is still said moved', () => {
    // (the shape of test/ingest-mends48's baike copy: 中文名 naming the report, 报告人)
    const page = [
      '基本信息',
      '中文名:1995年国务院政府工作报告',
      '报告场合:第八届全国人民代表大会第三次会议',
      '报告人:国务院总理李鹏',
      '各位代表：',
      '现在，我代表国务院，向大会作政府工作报告，请予审议。',
    ].join('\n');
    const { result } = read(page);
    expect(result.frontMatter.title).toBe('1995年国务院政府工作报告');
    expect(at(result, 'metadata')).toEqual(expect.arrayContaining([
      '2:1 Moved to front matter: “中文名:1995年国务院政府工作报告”',
      '4:1 Moved to front matter: “报告人:国务院总理李鹏”',
    ]));
  });

  test('guard: numbered lines under "目录" that are not one line of short sections stay (a list of items with sentences)', () => {
    const page = ['政府工作报告', '各位代表：', '现在我讲三点。', '目录', '1 我们要坚持发展。2 我们要坚持改革。3 我们要坚持开放。4 我们要坚持创新。'].join('\n');
    expect(at(read(page).result, 'contents')).toEqual([]);
  });
});
