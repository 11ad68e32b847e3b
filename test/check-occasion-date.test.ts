/**
 * `occasion-date` (pipeline/check/rules/occasion-date.ts): the occasion line's date, in each language, against the report's
 * `date:` that the title block prints beside it (new user round 23: "Delivered at … on March 9, 2026" over "… · 9 March
 * 2026", nothing comparing the two). The same day written another way agrees; another day is an error at the date's
 * line and column, with the `date:` key as its cause, counted in the build's summary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { checkPublication } from '../pipeline/check/index.ts';
import { occasionDate } from '../pipeline/check/rules/occasion-date.ts';
import { build } from '../pipeline/index.ts';
import { buildPublication } from '../pipeline/model/index.ts';
import { summaryLine } from '../pipeline/cli/format-build.ts';
import { tempProject } from './build-helpers.ts';

const fixture = path.join(import.meta.dirname, 'fixtures/newuser-round23');
const dir = path.join(fixture, 'content/reports/npcsc-2026');
const zh = readFileSync(path.join(dir, 'zh.md'), 'utf8');
const en = readFileSync(path.join(dir, 'en.md'), 'utf8');

function dated(zhText: string, enText: string): string[] {
  const load = buildPublication('npcsc-2026', new VFile({ path: 'zh.md', value: zhText }), new VFile({ path: 'en.md', value: enText }));
  return checkPublication(load).messages.filter((m) => m.ruleId === 'occasion-date').map((m) => `${String(m)} [cause: ${String((m.cause as Error).message)}]`);
}

describe('occasion-date: the occasion line and the report date agree', () => {
  it('reads the date an occasion writes, in either language and either order', () => {
    expect(occasionDate('2026年3月9日在第十四届全国人民代表大会第四次会议上', 'zh')).toMatchObject({ iso: '2026-03-09', raw: '2026年3月9日', index: 0 });
    expect(occasionDate('——二〇二六年三月十九日在…上', 'zh')).toMatchObject({ iso: '2026-03-19', raw: '二〇二六年三月十九日' });
    expect(occasionDate('二〇二一年十二月十五日', 'zh')?.iso).toBe('2021-12-15');
    expect(occasionDate('Delivered at the Fourth Session … on March 9, 2026', 'en')).toMatchObject({ iso: '2026-03-09', raw: 'March 9, 2026' });
    expect(occasionDate('Delivered … on 15 December 2021', 'en')?.iso).toBe('2021-12-15');
    expect(occasionDate('on March 9th, 2026', 'en')?.iso).toBe('2026-03-09');
    // no full date, nothing to compare
    expect(occasionDate('2026年3月在…上', 'zh')).toBeUndefined();
    expect(occasionDate('Delivered at the Third Session of the 18th People’s Congress of ** County', 'en')).toBeUndefined();
  });

  it('passes the round 23 project: 2026年3月9日 and "March 9, 2026" are the date line\'s 9 March 2026', () => {
    expect(dated(zh, en)).toEqual([]);
  });

  it('says an English occasion a day off at its date (en.md:4:85), the date key as the cause (was: nothing)', () => {
    expect(dated(zh, en.replace('on March 9, 2026', 'on March 10, 2026'))).toEqual([
      'en.md:4:85: Unexpected date “March 10, 2026” in the English `occasion`, expected 9 March 2026, the report\'s `date: 2026-03-09` that the title block prints beside it: one of the two is wrong — correct the occasion or the `date` [cause: The report\'s date at zh.md:4:1: `date: 2026-03-09`, printed 2026年3月9日 / 9 March 2026]',
    ]);
  });

  it('says a wrong `date:` in both occasions, each in its own file (the occasions agree with each other: numbers see nothing)', () => {
    const said = dated(zh.replace('date: 2026-03-09', 'date: 2026-03-19'), en);
    expect(said.map((m) => m.split(' Unexpected')[0])).toEqual(['zh.md:5:11:', 'en.md:4:85:']);
    expect(said[0]).toContain('Unexpected date “2026年3月9日” in the Chinese `occasion`, expected 2026年3月19日');
    const load = buildPublication('npcsc-2026', new VFile({ path: 'zh.md', value: zh.replace('date: 2026-03-09', 'date: 2026-03-19') }), new VFile({ path: 'en.md', value: en }));
    expect(checkPublication(load).messages.filter((m) => m.ruleId === 'number-mismatch')).toEqual([]);
  });

  it('reads a Chinese occasion in Chinese numerals', () => {
    expect(dated(zh.replace('occasion: 2026年3月9日', 'occasion: 二〇二六年三月九日'), en)).toEqual([]);
    expect(dated(zh.replace('occasion: 2026年3月9日', 'occasion: 二〇二六年三月十日'), en).map((m) => m.split(' in the')[0])).toEqual(['zh.md:5:11: Unexpected date “二〇二六年三月十日”']);
  });

  it('leaves a date read only from the page\'s publication (date_source: published, printed "Published …")', () => {
    expect(dated(zh.replace('date: 2026-03-09', 'date: 2026-03-12\ndate_source: published'), en)).toEqual([]);
  });

  it('is an error the build counts in its summary', async () => {
    const root = tempProject(fixture);
    const file = path.join(root, 'content/reports/npcsc-2026/zh.md');
    writeFileSync(file, zh.replace('date: 2026-03-09', 'date: 2026-03-19'));
    const result = await build({ root, env: { SOURCE_DATE_EPOCH: undefined } });
    expect(result.ok).toBe(false);
    expect(result.counts.errors).toBe(2);
    expect(summaryLine(result)).toMatch(/Build failed in .*; 2 error\(s\), 0 warning\(s\)/);
    const said = result.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'occasion-date');
    expect(said.map((m) => `${path.basename(m.file ?? '')}:${m.line}:${m.column}`)).toEqual(['zh.md:5:11', 'en.md:4:85']);
  }, 180_000);
});
