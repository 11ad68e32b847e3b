/**
 * `date-style` (pipeline/check/rules/date-style.ts): the English of one report writing its dates two ways — "On
 * December 15, 2021, …" under an occasion "Delivered … on 15 December 2021" (test/fixtures/check/clean had exactly
 * that, and new user round 10's "his important speech of July 1" under "… on 10 January 2022"), nothing told. The
 * report's style is the one most of its dates write (a tie: the editions' own, day first); each date in the other
 * style is a warning at its line and column, counted in the build's summary. Consistent dates, either way, pass.
 * A house style (duizhao.config.yaml `check.dateStyle: month-day | day-month`, stop 44's known gap): every date
 * written the other way is a warning, in a report that mixes nothing too; without the key, nothing changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { checkPublication, type CheckOptions } from '../pipeline/check/index.ts';
import { parseConfig } from '../pipeline/config/index.ts';
import { datesIn } from '../pipeline/check/rules/date-style.ts';
import { build } from '../pipeline/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { summaryLine } from '../pipeline/cli/format-build.ts';
import { editBlock, spyRenderers, tempProject } from './build-helpers.ts';
import { withSourceHashes } from './source-hashes.ts';

const dir = path.join(import.meta.dirname, 'fixtures/check/date-style');
const zh = readFileSync(path.join(dir, 'zh.md'), 'utf8');
const en = withSourceHashes(readFileSync(path.join(dir, 'en.md'), 'utf8'), zh);

function said(enText: string, options: CheckOptions = {}): string[] {
  const load = buildPublication('date-style', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: enText }));
  const messages = checkPublication(load, options).messages;
  expect(messages.filter((m) => m.ruleId !== 'date-style')).toEqual([]);
  return messages.map((m) => `${String(m)}${m.fatal === false ? ' (warning)' : ''}`);
}

describe('date-style: one report, one way of writing dates', () => {
  it('reads the dates with a day: either order, ordinals; not a month and year, not a figure', () => {
    expect(datesIn('On March 5, and by 30 June; on December 31st and the 1st July').map((d) => `${d.style}:${d.raw}`)).toEqual([
      'month-first:March 5',
      'day-first:30 June',
      'month-first:December 31st',
      'day-first:1st July',
    ]);
    expect(datesIn('In March 2025, 9,000 jobs; in May 2021; grew 1.5 March; 2,015 May; March 9,000 yuan')).toEqual([]);
    expect(datesIn('the 32 March, May 0')).toEqual([]);
  });

  it('says the date written the other way at its line and column, as a warning, the report\'s first date as the cause (was: nothing)', () => {
    expect(said(en)).toEqual([
      'en.md:12:4: Unexpected date style “30 June” (day first, “9 March”) in the English of `p-000003`, expected month first, “March 9” as the report\'s other dates (1 date(s) day first, 3 month first): write every date of a report one way (warning)',
    ]);
    const load = buildPublication('date-style', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: en }));
    const [message] = checkPublication(load).messages;
    expect(String((message.cause as Error).message)).toBe('The report\'s first date in its style at en.md:3:92: “March 9”');
  });

  it('guard: dates written one way pass, month first or day first', () => {
    expect(said(en.replace('By 30 June', 'By June 30'))).toEqual([]);
    const dayFirst = en.replace('on March 9, 2026', 'on 9 March 2026').replace('On March 5', 'On 5 March').replace('On December 31st', 'On 31 December');
    expect(said(dayFirst)).toEqual([]);
  });

  it('on a tie takes the editions\' own style (day first, as the title block prints the date)', () => {
    const tie = en.replace('On March 5', 'On 5 March');
    expect(said(tie).map((m) => m.split(' in the English')[0])).toEqual(['en.md:3:92: Unexpected date style “March 9” (month first, “March 9”)', 'en.md:14:4: Unexpected date style “December 31st” (month first, “March 9”)']);
  });

  it('is silenced by a block checked by hand (ignore=date-style)', () => {
    expect(said(en.replace('{#p-000003 src=', '{#p-000003 ignore=date-style src='))).toEqual([]);
  });

  it('is a warning the build counts in its summary (a strict build fails)', async () => {
    const root = tempProject();
    editBlock(root, 'alpha', 'p-a00002', '3月5日，地区生产总值年均增长6.5%。', 'On 5 March, regional GDP grew by 6.5% a year on average.');
    editBlock(root, 'alpha', 'p-a00004', '6月30日前，深化改革。', 'By June 30, we will deepen reform.');
    const result = await build({ root, renderers: spyRenderers().renderers, env: { SOURCE_DATE_EPOCH: undefined } });
    expect(result.ok).toBe(false);
    expect(result.counts).toMatchObject({ errors: 0, warnings: 1 });
    expect(summaryLine(result)).toMatch(/Build failed in .*; 0 error\(s\), 1 warning\(s\)/);
    const found = result.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'date-style');
    expect(found.map((m) => `${path.basename(m.file ?? '')}:${m.line}:${m.column} ${m.reason.split(' (')[0]}`)).toEqual(['en.md:16:4 Unexpected date style “June 30”']);
  }, 120_000);
});

describe("date-style: the house's style (duizhao.config.yaml check.dateStyle)", () => {
  const dayFirst = en.replace('on March 9, 2026', 'on 9 March 2026').replace('On March 5', 'On 5 March').replace('On December 31st', 'On 31 December');
  const reason = (m: string) => m.split(', expected')[0];

  it('month-day: every date written day first is a warning at its line and column, in a report that mixes nothing too (was: nothing)', () => {
    expect(said(dayFirst, { dateStyle: 'month-day' }).map(reason)).toEqual([
      'en.md:3:92: Unexpected date style “9 March” (day first, “9 March”) in the English `occasion`',
      'en.md:8:4: Unexpected date style “5 March” (day first, “9 March”) in the English of `p-000001`',
      'en.md:12:4: Unexpected date style “30 June” (day first, “9 March”) in the English of `p-000003`',
      'en.md:14:4: Unexpected date style “31 December” (day first, “9 March”) in the English of `p-000004`',
    ]);
    const [first] = said(dayFirst, { dateStyle: 'month-day' });
    expect(first).toContain("expected month first, “March 9”, the house's style (`check.dateStyle: month-day` in duizhao.config.yaml): write it “March 9” (warning)");
    // the mixed report: only its day-first date, though most of its dates are month first anyway
    expect(said(en, { dateStyle: 'month-day' }).map(reason)).toEqual(['en.md:12:4: Unexpected date style “30 June” (day first, “9 March”) in the English of `p-000003`']);
  });

  it('day-month: every date written month first, even where most of the report writes them so; the cause names the key', () => {
    expect(said(en, { dateStyle: 'day-month' }).map(reason)).toEqual([
      'en.md:3:92: Unexpected date style “March 9” (month first, “March 9”) in the English `occasion`',
      'en.md:8:4: Unexpected date style “March 5” (month first, “March 9”) in the English of `p-000001`',
      'en.md:14:4: Unexpected date style “December 31st” (month first, “March 9”) in the English of `p-000004`',
    ]);
    const load = buildPublication('date-style', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: en }));
    const [message] = checkPublication(load, { dateStyle: 'day-month' }).messages;
    expect(String((message.cause as Error).message)).toBe("The house's date style: `check.dateStyle: day-month` in duizhao.config.yaml");
    expect(message.reason).toContain('write it “9 March”');
  });

  it('guard: dates in the house style pass; no key, the report decides as before', () => {
    expect(said(dayFirst, { dateStyle: 'day-month' })).toEqual([]);
    expect(said(en.replace('By 30 June', 'By June 30'), { dateStyle: 'month-day' })).toEqual([]);
    expect(said(dayFirst)).toEqual([]);
    expect(said(en)).toHaveLength(1);
  });

  it('the config key: month-day or day-month; anything else is an error at the key', () => {
    expect(parseConfig('check:\n  dateStyle: month-day\n', 'duizhao.config.yaml').config.check).toEqual({ dateStyle: 'month-day' });
    expect(parseConfig('check:\n  dateStyle: day-month\n', 'duizhao.config.yaml').config.check).toEqual({ dateStyle: 'day-month' });
    // without the key the config is the default one (no `check`: every build's cache keys as before)
    expect(parseConfig('editions: [html]\n', 'duizhao.config.yaml').config).not.toHaveProperty('check');
    const { file } = parseConfig('check:\n  dateStyle: march-9\n', 'duizhao.config.yaml');
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.fatal}`)).toEqual(['2:14 true']);
    expect(file.messages[0].reason).toMatch(/month-day.*day-month/);
  });

  it('a build reads the key from duizhao.config.yaml: every day-first date a warning, counted in the summary', async () => {
    const root = tempProject();
    editBlock(root, 'alpha', 'p-a00002', '3月5日，地区生产总值年均增长6.5%。', 'On 5 March, regional GDP grew by 6.5% a year on average.');
    editBlock(root, 'alpha', 'p-a00004', '6月30日前，深化改革。', 'By 30 June, we will deepen reform.');
    // one style throughout: no warning without the key
    const plain = await build({ root, renderers: spyRenderers().renderers, env: { SOURCE_DATE_EPOCH: undefined } });
    expect(plain.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'date-style')).toEqual([]);
    writeFileSync(path.join(root, 'duizhao.config.yaml'), 'check:\n  dateStyle: month-day\n');
    const result = await build({ root, renderers: spyRenderers().renderers, env: { SOURCE_DATE_EPOCH: undefined } });
    expect(result.ok).toBe(false);
    expect(result.counts).toMatchObject({ errors: 0, warnings: 2 });
    expect(summaryLine(result)).toMatch(/Build failed in .*; 0 error\(s\), 2 warning\(s\)/);
    const found = result.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'date-style');
    expect(found.map((m) => `${path.basename(m.file ?? '')}:${m.line}:${m.column} ${m.reason.split(' (')[0]}`)).toEqual(['en.md:12:4 Unexpected date style “5 March”', 'en.md:16:4 Unexpected date style “30 June”']);
  }, 120_000);
});
