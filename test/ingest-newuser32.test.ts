/**
 * Defects new user round 32 met (2026-12-05): a provincial CPPCC's PROPOSALS COMMITTEE report on its review of the session's
 * proposals, 中国人民政治协商会议江苏省第十三届委员会提案委员会关于二次会议提案审查情况的报告, on the Jiangsu CPPCC's site
 * (jszx.gov.cn; test/fixtures/newuser-round32). Each test is a page reduced to a few lines, its URL beside it; its name says
 * what the tool did before. What a careful reader expects was written before the page was ingested: title 关于二次会议提案审查
 * 情况的报告; issuer 中国人民政治协商会议江苏省第十三届委员会提案委员会 (the committee named before 关于 in the title); date
 * 2024-01-25 (the day the session adopted it, its adoption note under the title; the page was posted the same day); no
 * occasion and no speaker (adopted, not delivered); not the report: the breadcrumb, the 发布日期/来源 line; the adoption
 * note kept as the text's first line (as ingest keeps every adoption note); the text from "省政协十三届二次会议期间", four
 * paragraphs, no headings, cut in the fourth at "形成更高层次改革".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareNumbers, findEnNumbers, findZhNumbers } from '../pipeline/check/index.ts';
import { importXliff } from '../pipeline/translate/index.ts';
import { readIngested as read } from './ingest-helpers.ts';

// http://jszx.gov.cn/zxhy/qwhy/13j2c/qhrb/202401/t20240125_84367.html — the breadcrumb, the stamp line, the title, the adoption
// note, the text's first paragraph (shortened).
const jiangsu = [
  '当前位置:首页 / 政协会议 / 全体会议 / 十三届二次会议 / 全会日报',
  '发布日期:2024-01-25 17:10 来源: 本站原创',
  '',
  '中国人民政治协商会议江苏省第十三届委员会提案委员会关于二次会议提案审查情况的报告',
  '',
  '(2024年1月25日政协江苏省第十三届委员会第二次会议通过)',
  '',
  '  截至2024年1月22日23时,共收到提案1130件。经审查,立案1028件,其中,界别提案182件,占17.7%;委员个人或联名提案846件,占82.3%。不立案102件,已视情转作社情民意信息、委员来信等处理。',
].join('\n');

describe('a committee’s report adopted at a session: its long name before 关于, its adoption note', () => {
  test('the committee’s full name before 关于 is the issuer, the rest the title (was: the whole line the title, the issuer missing — a name of 25 characters, over the 20 the rule read)', () => {
    const { front, rules } = read(jiangsu, 'page.txt', { clean: false });
    expect(front.title).toBe('关于二次会议提案审查情况的报告');
    expect(front.issuer).toBe('中国人民政治协商会议江苏省第十三届委员会提案委员会');
    expect([front.date, front.date_source]).toEqual(['2024-01-25', 'written']);
    expect(rules).not.toContain('missing-issuer');
  });

  test('a congress standing committee’s inspection group, its name as long, is the issuer too (held-out round 48’s shape with the full name)', () => {
    const page = jiangsu
      .replace('中国人民政治协商会议江苏省第十三届委员会提案委员会关于二次会议提案审查情况的报告', '江苏省第十四届人民代表大会常务委员会执法检查组关于检查《中华人民共和国食品安全法》实施情况的报告')
      .replace('政协江苏省第十三届委员会第二次会议通过', '江苏省第十四届人民代表大会常务委员会第八次会议通过');
    const { front } = read(page, 'page.txt', { clean: false });
    expect(front.issuer).toBe('江苏省第十四届人民代表大会常务委员会执法检查组');
    expect(front.title).toBe('关于检查《中华人民共和国食品安全法》实施情况的报告');
  });

  test('guard: words before 关于 that end in no office are no issuer — the title stays whole', () => {
    const page = jiangsu.replace('中国人民政治协商会议江苏省第十三届委员会提案委员会关于二次会议提案审查情况的报告', '深入学习贯彻习近平总书记重要讲话精神关于二次会议提案审查情况的报告');
    const { front } = read(page, 'page.txt', { clean: false });
    expect(front.issuer).toBeUndefined();
    expect(front.title).toBe('深入学习贯彻习近平总书记重要讲话精神关于二次会议提案审查情况的报告');
  });

  test('adopted at a session, as its note under the title says: no occasion and no speaker asked (was: both warned missing)', () => {
    const { rules, blocks } = read(jiangsu, 'page.txt', { clean: false });
    expect(rules).not.toContain('missing-occasion');
    expect(rules).not.toContain('missing-speaker');
    // (the note stays the text's first line)
    expect(blocks[0]).toBe('（2024年1月25日政协江苏省第十三届委员会第二次会议通过）');
  });

  test('guard: with no adoption note, a report still asks for its occasion and speaker', () => {
    const page = jiangsu.replace('(2024年1月25日政协江苏省第十三届委员会第二次会议通过)', '');
    const { rules } = read(page, 'page.txt', { clean: false });
    expect(rules).toContain('missing-occasion');
    expect(rules).toContain('missing-speaker');
  });

  test('guard: a note naming no adoption (“（2024年1月25日）” alone) drops no warning', () => {
    const page = jiangsu.replace('(2024年1月25日政协江苏省第十三届委员会第二次会议通过)', '(2024年1月25日)');
    const { rules } = read(page, 'page.txt', { clean: false });
    expect(rules).toContain('missing-occasion');
  });
});

describe('a session named by its number alone, “二次会议” (the report’s title): the second session, or two sittings', () => {
  const problems = (zh: string, en: string) => compareNumbers(findZhNumbers(zh), findEnNumbers(en), en).map((p) => `${p.kind}:${p.zh?.raw ?? p.en?.raw}`);

  test('“关于二次会议提案审查情况的报告” → “… During the Second Session” checks clean (was: “Missing number two (or 2)”, the title refused by check)', () => {
    expect(problems('关于二次会议提案审查情况的报告', 'Report on the Examination of Proposals Submitted During the Second Session')).toEqual([]);
    expect(problems('大会二次会议以来', 'Since the second session of the congress')).toEqual([]);
  });

  test('guards: sittings a verb counts are a count only (“先后召开三次会议”: three meetings, not the third), a wrong number still told', () => {
    expect(problems('先后召开三次会议研究', 'held three meetings to study it')).toEqual([]);
    expect(problems('先后召开三次会议研究', 'held the third meeting to study it')).toEqual(['missing:三']);
    expect(problems('关于二次会议提案审查情况的报告', 'Report on the Examination of Proposals Submitted During the Third Session')).toEqual(['missing:二', 'extra:Third']);
    expect(problems('十三届二次会议', 'the Second Session of the 13th Committee')).toEqual([]);
  });
});

describe('xliff import checks the front matter’s figures as check does (was: the target taken, then check refused its title)', () => {
  const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round32');
  const slug = 'jiangsu-cppcc-2024-proposals';
  const zh = readFileSync(path.join(fixture, 'content/reports', slug, 'zh.md'), 'utf8');
  const omegat = readFileSync(path.join(fixture, `${slug}.omegat.xlf`), 'utf8');
  const fatal = async (xliff: string) => (await importXliff({ xliff, zh, xliffPath: `${slug}.xlf` })).file.messages.filter((m) => m.fatal).map(String);

  test('a title whose session number changed in the CAT tool is refused at its unit (was: written; check then failed on it)', async () => {
    const wrong = omegat.replace('During the Second Session</target>', 'During the Third Session</target>');
    expect(wrong).not.toBe(omegat);
    const told = await fatal(wrong);
    expect(told).toHaveLength(2);
    expect(told[0]).toMatch(/^jiangsu-cppcc-2024-proposals\.xlf:\d+:\d+: Cannot import `meta-title`: Missing number `two \(or 2\)` \(Chinese `二`\) in the English front matter \(`title`\).*\(number-mismatch\); correct the target in the CAT tool/u);
    expect(told[1]).toContain('Unexpected number `Third`');
  });

  test('guards: the committed target imports; a front-matter value the import leaves as it was is not its to refuse; --no-check writes it', async () => {
    expect(await fatal(omegat)).toEqual([]);
    const wrong = omegat.replace('During the Second Session</target>', 'During the Third Session</target>');
    const en = readFileSync(path.join(fixture, 'content/reports', slug, 'en.md'), 'utf8').replace('During the Second Session\n', 'During the Third Session\n');
    expect((await importXliff({ xliff: wrong, zh, en, xliffPath: `${slug}.xlf` })).file.messages.filter((m) => m.fatal)).toEqual([]);
    const unchecked = await importXliff({ xliff: wrong, zh, xliffPath: `${slug}.xlf`, check: false });
    expect(unchecked.file.messages.filter((m) => m.fatal)).toEqual([]);
    expect(unchecked.value).toContain('title: Report on the Examination of Proposals Submitted During the Third Session');
  });
});
