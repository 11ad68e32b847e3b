/**
 * The house's date style is the editions' own English dates' too (new user round 26): a house that writes "June 27, 2024"
 * (duizhao.config.yaml `check.dateStyle: month-day`) got its title block's and colophon's date as "27 June 2024" under an
 * occasion "… on June 27, 2024" — two styles in one title block. templates/i18n.ts formatDate and createTranslators take
 * the style (core/run.ts passes the config's); without it, or `day-month`, the day comes first as before. The built editions
 * are looked at in test/newuser26-fixture.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createTranslators, formatDate } from '../templates/i18n.ts';

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
