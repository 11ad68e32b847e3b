/**
 * A writing-material site's omission notice in the middle of the text — "……(新文秘网http://www.wm114.cn省略912字,
 * 正式会员可完整阅读)……": the site hides part of the report from visitors and says so where the text breaks off.
 * Found by a new user (round 4, 2026-12-01) ingesting https://www.wm114.cn/wen/235/469724.html as the `search`
 * tool returned it (fixture `fixtures/ingest/wm114-2023-omission/input.txt`). Was: the notice printed as the
 * report's words in every edition, glued to the half-sentence before it (“…大力开展“消费提振年……（新文秘网
 * http://www.wm114.cn省略912字，正式会员可完整阅读）……”), exit 0, nothing said about the 912 characters missing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readIngested as read } from './ingest-helpers.ts';

const omitted = (result: ReturnType<typeof read>['result']) => result.file.messages.filter((m) => m.ruleId === 'omitted-text');
const opening = '现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。';

describe("a site's notice that it left text out", () => {
  test('the wm114 page: the notice is no report text, the text on either side stays apart, a warning says how much is missing', () => {
    const input = readFileSync(path.join(import.meta.dirname, 'fixtures/ingest/wm114-2023-omission/input.txt'), 'utf8');
    const { result, blocks } = read(input);
    expect(result.markdown).not.toMatch(/省略|wm114|正式会员/);
    // the half-sentence before the gap ends its paragraph; the one after starts the next (no “消费提振年4个。”)
    expect(blocks.some((b) => b.endsWith('大力开展“消费提振年'))).toBe(true);
    expect(blocks.some((b) => b.startsWith('4个。低改新建油茶'))).toBe(true);
    const [message] = omitted(result);
    expect(omitted(result)).toHaveLength(1);
    expect([message.line, message.column, message.fatal]).toEqual([14, 1, false]);
    expect(message.reason).toContain('912');
    expect(message.reason).toContain('scope: excerpt');
    // reported once, as a warning: not also as an info line among the removed boilerplate
    expect(result.file.messages.filter((m) => m.line === 14)).toHaveLength(1);
  });

  test('a notice inside a line: the text before and after it are two paragraphs', () => {
    const { result, blocks } = read(['各位代表:', opening, '全年新建学校3所，……(某某网省略600字,正式会员可完整阅读)……新增床位1200张。'].join('\n'));
    expect(blocks.slice(-2)).toEqual(['全年新建学校3所，', '新增床位1200张。']);
    expect(omitted(result)).toHaveLength(1);
  });

  test('the sentence before a notice keeps its full stop (the notice is the ellipses and the bracket, not the 。 before them)', () => {
    for (const [line, before] of [
      ['全年新建学校3所。……(某某网省略600字,正式会员可完整阅读)……新增床位1200张。', '全年新建学校3所。'],
      ['全年新建学校3所。(某某网省略600字,正式会员可完整阅读)……新增床位1200张。', '全年新建学校3所。'],
      ['全年新建学校3所。......(某某网省略600字,正式会员可完整阅读)......新增床位1200张。', '全年新建学校3所。'],
    ]) {
      const { result, blocks } = read(['各位代表:', opening, line].join('\n'));
      expect(blocks.slice(-2), line).toEqual([before, '新增床位1200张。']);
      expect(omitted(result)).toHaveLength(1);
    }
  });

  test('guards: a report sentence about leaving steps out, a bracket naming characters, say nothing and keep their words', () => {
    const texts = ['推行“一件事一次办”，省略不必要的审批环节，办理时限压缩50%。', '编印《惠企政策汇编》（共3.2万字），免费发放到企业。'];
    for (const text of texts) {
      const { result, blocks } = read(['各位代表:', opening, text].join('\n'));
      expect(omitted(result), text).toEqual([]);
      expect(blocks.at(-1)).toBe(text);
    }
  });
});
