/**
 * A page cut off mid-sentence (a copy that stops at a size limit, a paginated mirror's first
 * page, a scrape that timed out): the editions would print a report ending in the middle of a
 * word as if it were whole. Found by a new user (round 3, 2026-12-01) ingesting
 * http://www.cq.gov.cn/ywdt/jrcq/202602/t20260203_15374376_app.html as the `search` tool
 * returned it (fixture `fixtures/ingest/cq-2026-cut-off/input.txt`, its last paragraph ends
 * “…城建六大攻坚行动和房”): ingest said nothing (was: exit 0, no message).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';
import { readIngested as read } from './ingest-helpers.ts';

const opening = '现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。';
const cutOff = (result: ReturnType<typeof read>['result']) => result.file.messages.filter((m) => m.ruleId === 'cut-off');

describe('a report whose last paragraph stops mid-sentence', () => {
  test('the Chongqing page: a warning at the last paragraph, quoting its end, naming scope: excerpt', () => {
    const input = readFileSync(path.join(import.meta.dirname, 'fixtures/ingest/cq-2026-cut-off/input.txt'), 'utf8');
    const { result } = read(input);
    const [message] = cutOff(result);
    expect(cutOff(result)).toHaveLength(1);
    expect([message.line, message.column, message.fatal]).toEqual([23, 1, false]);
    expect(message.reason).toContain('城建六大攻坚行动和房”)');
    expect(message.reason).toContain('scope: excerpt');
  });

  test('guards: a report ending in a sentence, an exclamation, a quotation, a short signature or date line says nothing', () => {
    const long = '我们要更加紧密地团结在以习近平同志为核心的党中央周围，锐意进取、奋发有为，为谱写中国式现代化新篇章而不懈奋斗';
    for (const end of [`${long}！`, `${long}。`, `${long}。”`, `${long}！\n重庆市人民政府`, `${long}！\n2026年1月28日`]) {
      const { result } = read(['各位代表:', opening, end].join('\n'));
      expect(cutOff(result), end).toEqual([]);
    }
  });
});

// New user round 10: the --meta file already said `scope: excerpt` with a scope_note, as the warning asks, and the warning
// still came (a warning the user can do nothing more about).
describe('a page cut at its end that the --meta file says is an excerpt', () => {
  const input = readFileSync(path.join(import.meta.dirname, 'fixtures/ingest/cq-2026-cut-off/input.txt'), 'utf8');
  const messages = (meta: Record<string, string>) => ingest(Buffer.from(input), { fileName: 'page.txt', slug: 't', meta }).file.messages.filter((m) => m.ruleId === 'cut-off');

  test('is told as info, where it is, naming the scope note (was: the same warning)', () => {
    const [message, ...rest] = messages({ scope: 'excerpt', scope_note: '节选：报告开头部分（页面截断）。' });
    expect(rest).toEqual([]);
    expect([message.line, message.column, message.fatal]).toEqual([23, 1, undefined]);
    expect(message.reason).toMatch(/^The report ends mid-sentence \(“…[^”]*城建六大攻坚行动和房”\), as the scope note says/);
  });

  test('guards: scope: excerpt without a scope_note, or a scope_note without scope: excerpt, still warns', () => {
    for (const meta of [{ scope: 'excerpt' }, { scope_note: '节选。' }] as Array<Record<string, string>>) expect(messages(meta).map((m) => m.fatal)).toEqual([false]);
  });
});
