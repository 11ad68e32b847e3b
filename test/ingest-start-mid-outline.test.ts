/**
 * A page that starts inside the report: the second page of a paginated copy (…&pagenum=2) begins with running text,
 * then its first numbered heading, which is not number one. New user round 23 ingested lawcdsy.net's second page of the
 * NPC Standing Committee's 2026 report (test/fixtures/newuser-round23): two paragraphs of the part on oversight, then
 * "四、深化和拓展代表工作…". Ingest said the page had no title, issuer, date, occasion or speaker and that it ended
 * mid-sentence — nothing of its start: the editions would print "扎实做好执法检查。…" as the report's first words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingest } from '../pipeline/ingest/index.ts';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/newuser-round23/content/reports/npcsc-2026/source.txt'));
const cuts = (input: Buffer | string, meta?: Record<string, string>) =>
  ingest(typeof input === 'string' ? Buffer.from(input) : input, { fileName: 'page.txt', slug: 't', meta }).file.messages.filter((m) => m.ruleId === 'cut-off');

describe('a page that starts mid-outline', () => {
  test('lawcdsy.net\'s second page: a warning at its first line naming the first heading, not number one, and the two paragraphs before it', () => {
    const [start, end, ...rest] = cuts(page);
    expect(rest).toEqual([]);
    expect([start.line, start.column, start.fatal]).toEqual([1, 1, false]);
    expect(start.reason).toBe(
      "Unexpected start of the report mid-outline: its first numbered heading, “四、深化和拓展代表工作，更好发挥人大代表作用” (line 3), is not number one, and 2 paragraphs stand before it under no heading of their own — the page looks like a later page of a paginated copy (…&pagenum=2), the report's beginning not on it; ingest its pages in order from the first (one file), or say it is a part (`scope: excerpt` and a `scope_note` in the --meta file or zh.md)",
    );
    expect(end.reason).toMatch(/^Unexpected end of the report mid-sentence/);
  });

  test('said as info when the --meta file says the text is a part, with a note', () => {
    const said = cuts(page, { scope: 'excerpt', scope_note: '节选：报告转载分页的第2页。' });
    expect(said.map((m) => [m.line, m.fatal])).toEqual([[1, undefined], [8, undefined]]);
    expect(said[0].reason).toMatch(/^The report starts mid-outline, as the scope note says \(its first numbered heading, “四、深化和拓展代表工作/);
  });

  test('guards: a report with its salutation, a page starting at a heading, number one first, a list\'s "2." — nothing said of the start', () => {
    const long = '严格依照法律规定，检查法定职责履行、法律责任落实、法律执行效果等情况，推动法律全面有效实施。';
    const none = (text: string) => expect(cuts(text).filter((m) => m.reason.includes('mid-outline')), text).toEqual([]);
    none(`各位代表：\n现在，我受全国人大常委会委托，向大会报告工作，请予审议。${long}\n二、今后一年的主要任务\n${long}`);
    none(`三、依法行使监督职权\n${long}\n四、深化和拓展代表工作\n${long}`);
    none(`${long}\n一、过去一年的主要工作\n${long}\n二、今后一年的主要任务\n${long}`);
    none(`${long}\n2.加强代表工作\n${long}`);
  });

  test('guard: a newspaper page that begins "(紧接第3版)" is said to begin on another page, not again to start mid-outline', () => {
    const paper = '政府工作报告\n\n2026-02-03\n\n(紧接第3版)实施公共文化服务提质增效行动,加快重大公共文化项目建设。赓续城市历史文脉,健全文化遗产传承体系。\n\n(七)更好统筹发展和安全,推动超大城市现代化治理探索新路径\n\n坚定不移贯彻总体国家安全观,全面提升超大城市治理水平。';
    const said = cuts(paper);
    expect(said.some((m) => m.reason.includes('begins on another page'))).toBe(true);
    expect(said.filter((m) => m.reason.includes('mid-outline'))).toEqual([]);
  });
});
