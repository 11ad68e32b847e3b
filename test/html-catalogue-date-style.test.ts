/**
 * The catalogue's dates in the style of each report's editions (new user round 27's gap, fixed in round 28): since stop 47
 * a report's editions print their own English date in its translation's style ("December 15, 2021" for a translation that
 * writes its dates month first), but dist/index.html's list (and the 404 page's) still said "15 December 2021" — every
 * report in the site's default, day first. renderCatalogue now asks the editions' translators (core/run.ts: the house's
 * `check.dateStyle` first, else the translation's) for each report's date.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { defaultConfig } from '../pipeline/config/types.ts';
import { buildPublication } from '../pipeline/model/load.ts';
import { renderCatalogue } from '../pipeline/render/html/index.ts';
import { createTranslators } from '../templates/i18n.ts';

const zh = (date: string) => `---\ntitle: 甲区政府工作报告\nissuer: 甲区人民政府\ndate: ${date}\n---\n\n2021年12月15日，全区…… {#p-a00001}\n\n2022年1月5日，…… {#p-a00002}\n`;
const en = (one: string, two: string) => `---\ntitle: Report\n---\n\nOn ${one}, the district … {#p-a00001}\n\nOn ${two}, … {#p-a00002}\n`;
const publication = (slug: string, date: string, english: string) =>
  buildPublication(slug, new VFile({ path: 'zh.md', value: zh(date) }), new VFile({ path: 'en.md', value: english })).publication;

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** The catalogue's and the 404 page's text for these reports, with translators as core/run.ts gives them (`house` first). */
async function pages(house?: 'month-day' | 'day-month'): Promise<{ index: string; notFound: string }> {
  const dist = await mkdtemp(path.join(os.tmpdir(), 'duizhao-catalogue-style-'));
  dirs.push(dist);
  const pubs = [
    publication('month-first', '2021-12-15', en('December 15, 2021', 'January 5, 2022')),
    publication('day-first', '2021-06-01', en('15 December 2021', '5 January 2022')),
  ];
  const translators = (script: 'zh-Hans' | 'zh-Hant' = 'zh-Hans', style?: 'month-day' | 'day-month') => createTranslators(script, house ?? style);
  await renderCatalogue(pubs, { distDir: dist, t: await translators(), translators, config: defaultConfig });
  return { index: await readFile(path.join(dist, 'index.html'), 'utf8'), notFound: await readFile(path.join(dist, '404.html'), 'utf8') };
}

describe('the catalogue dates each report as its editions do', () => {
  it('a translation writing its dates month first: “December 15, 2021” in the list and on the 404 page (was: 15 December 2021)', async () => {
    const { index, notFound } = await pages();
    expect(index).toContain('December 15, 2021');
    expect(index).not.toContain('15 December 2021');
    expect(notFound).toContain('December 15, 2021');
  }, 180_000);

  it('guard: a day-first translation beside it keeps “1 June 2021”; the house’s day-month wins over a month-first translation', async () => {
    expect((await pages()).index).toContain('1 June 2021');
    const house = await pages('day-month');
    expect(house.index).toContain('15 December 2021');
    expect(house.index).toContain('1 June 2021');
  }, 180_000);
});
