/**
 * The house's date style is the editions' own English dates' too (new user round 26): a house that writes "June 27, 2024"
 * (duizhao.config.yaml `check.dateStyle: month-day`) got its title block's and colophon's date as "27 June 2024" under an
 * occasion "… on June 27, 2024" — two styles in one title block. templates/i18n.ts formatDate and createTranslators take
 * the style (core/run.ts passes the config's); without it, or `day-month`, the day comes first as before. The built editions
 * are looked at in test/newuser26-fixture.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../pipeline/index.ts';
import { translationDateStyle } from '../pipeline/model/date-style.ts';
import { buildPublication } from '../pipeline/model/load.ts';
import type { Renderer } from '../pipeline/render/types.ts';
import { createTranslators, formatDate } from '../templates/i18n.ts';
import { VFile } from 'vfile';
import { tempProject } from './build-helpers.ts';

describe('the editions’ own English dates follow the house’s date style', () => {
  it('month-day: “June 27, 2024” (was: 27 June 2024)', async () => {
    expect(formatDate('2024-06-27', 'en', 'month-day')).toBe('June 27, 2024');
    const t = await createTranslators('zh-Hans', 'month-day');
    expect(t.en('date', { date: '2024-06-27' })).toBe('June 27, 2024');
    expect(t.en('datePublished', { date: '2024-08-20' })).toBe('Published August 20, 2024');
  });

  it('without a style, or day-month, the day first as before; the Chinese is the same in every style', async () => {
    expect(formatDate('2024-06-27', 'en')).toBe('27 June 2024');
    expect(formatDate('2024-06-27', 'en', 'day-month')).toBe('27 June 2024');
    for (const style of [undefined, 'month-day', 'day-month'] as const) {
      expect(formatDate('2024-06-27', 'zh', style)).toBe('2024年6月27日');
      expect((await createTranslators('zh-Hans', style)).zh('date', { date: '2024-06-27' })).toBe('2024年6月27日');
    }
    // the translators of one style are not another's (made once per script and style)
    expect((await createTranslators()).en('date', { date: '2024-06-27' })).toBe('27 June 2024');
  });
});

/**
 * Without `check.dateStyle` the editions follow the translation's own style (new user round 27, round 26's gap): a
 * translation writing every date month first ("… on December 15, 2021") got "15 December 2021" in its title block and
 * colophon — the flagship Haidian report among them. The style most of its dates write (the English occasion and blocks,
 * what `date-style` reads) is the editions'; none, or a tie, the day first as before; the house's key wins over both.
 */
describe('without a house style, the editions’ own English dates follow the translation’s', () => {
  const zh = '---\ntitle: 甲区政府工作报告\ndate: 2021-12-15\n---\n\n2021年12月15日，全区…… {#p-a00001}\n\n2022年1月5日，…… {#p-a00002}\n';
  const en = (occasion: string, one: string, two: string) =>
    `---\ntitle: Report\noccasion: ${occasion}\n---\n\nOn ${one}, the district … {#p-a00001}\n\nOn ${two}, … {#p-a00002}\n`;
  const styleOf = (english: string) => translationDateStyle(buildPublication('a', new VFile({ path: 'zh.md', value: zh }), new VFile({ path: 'en.md', value: english })).publication);

  it('reads the style most of the translation’s dates write', () => {
    expect(styleOf(en('Delivered on December 15, 2021', 'December 15, 2021', 'January 5, 2022'))).toBe('month-day');
    expect(styleOf(en('Delivered on 15 December 2021', '15 December 2021', 'January 5, 2022'))).toBe('day-month');
    // a tie, or no date with a day: none (the editions' own, day first)
    expect(styleOf(en('Delivered on 15 December 2021', 'December 15, 2021', 'December 2021'))).toBeUndefined();
    expect(styleOf(en('Delivered in December 2021', '2021', 'the day'))).toBeUndefined();
  });

  /** Builds the fixture project with alpha's English `occasion` as given (and the config, if any), returns the English date each edition's `t` gives. */
  async function editionDates(occasion: string, config?: string): Promise<string[]> {
    const root = tempProject();
    const file = path.join(root, 'content/reports/alpha/en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('date: 2021-12-15\n', `date: 2021-12-15\noccasion: ${occasion}\n`));
    if (config) writeFileSync(path.join(root, 'duizhao.config.yaml'), config);
    const seen: string[] = [];
    const renderers: Array<Renderer & { codeId: string }> = (['html', 'epub'] as const).map((edition) => ({
      edition,
      codeId: `date-${edition}`,
      async render(pub, ctx) {
        if (pub.slug === 'alpha') seen.push(`${edition}: ${ctx.t.en('date', { date: pub.meta.zh.date })}`);
        const out = path.join(ctx.outDir, edition === 'html' ? 'index.html' : `${pub.slug}.epub`);
        writeFileSync(out, edition);
        return [{ path: path.relative(ctx.distDir, out), edition, bytes: 1 }];
      },
    }));
    // (not strict: the house's style warns on the month-first occasion, as it should)
    const result = await build({ root, renderers, env: { SOURCE_DATE_EPOCH: undefined }, strict: false });
    expect(result.problems).toEqual([]);
    return seen.sort();
  }

  it('a translation writing its dates month first gets “December 15, 2021” (was: 15 December 2021)', async () => {
    expect(await editionDates('Delivered at the First Session on December 15, 2021')).toEqual(['epub: December 15, 2021', 'html: December 15, 2021']);
  });

  it('day first, or the house’s day-month over a month-first translation: “15 December 2021”', async () => {
    expect(await editionDates('Delivered at the First Session on 15 December 2021')).toEqual(['epub: 15 December 2021', 'html: 15 December 2021']);
    expect(await editionDates('Delivered at the First Session on December 15, 2021', 'check:\n  dateStyle: day-month\n')).toEqual(['epub: 15 December 2021', 'html: 15 December 2021']);
  });
});
