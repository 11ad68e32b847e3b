/**
 * A spam mirror's gambling keywords injected into a report's sentence (held-out round 28, 湖南 2008 on
 * gzxhdg.com: "中共beat365官方网站手机版_365三式投注_365打水账号怎么防止封号委的正确领导下"): kept, as every word
 * is, but warned about at its line and column (was: kept silently, the gambling site's name in zh.md and in
 * every edition with nothing said).
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpusPages } from '../pipeline/bench/term-coverage.ts';
import { findInjectedSpam } from '../pipeline/ingest/injected-spam.ts';
import { textLines } from '../pipeline/ingest/lines.ts';
import { readIngested } from './ingest-helpers.ts';

const injected = '过去五年,全省各族人民在党中央、国务院和中共beat365官方网站手机版_365三式投注_365打水账号怎么防止封号委的正确领导下,坚持以邓小平理论为指导。';

describe('a gambling site\'s keywords injected into the text', () => {
  test('are kept, and warned about at their line and column, naming them (was: kept with nothing said)', () => {
    const { result } = readIngested(`湖南省政府工作报告\n各位代表:\n${injected}\n一、过去五年的工作回顾\n全省经济持续较快增长。`, 'page.txt', { clean: false });
    // (every word kept; Markdown escapes the underscores)
    expect(result.markdown).toContain(String.raw`中共beat365官方网站手机版\_365三式投注\_365打水账号怎么防止封号委的正确领导下`);
    const warnings = result.file.messages.filter((m) => m.ruleId === 'injected-spam');
    expect(warnings.map((m) => [m.fatal, m.line, m.column])).toEqual([[false, 3, 23]]);
    expect(warnings[0].reason).toContain('“beat365”');
    expect(warnings[0].reason).toContain('“投注”');
  });

  test('guard: a report\'s own lottery and card-room words (体育彩票, 福利彩票, 棋牌室) and 娱乐 alone are no spam', () => {
    expect(findInjectedSpam(textLines('体育彩票和福利彩票销售额增长12%。整治无证棋牌室,丰富群众文化娱乐生活。'))).toEqual([]);
  });

  test('guard: of the real pages in the corpus (317 inputs and the newuser projects), only the spam mirror\'s has any', () => {
    const hits = corpusPages(path.resolve(import.meta.dirname)).filter((page) => findInjectedSpam(textLines(page.text)).length > 0).map((page) => page.name);
    expect(hits).toEqual(['hn-hunan-2008-spam-mirror-heldout28']);
  });
});
