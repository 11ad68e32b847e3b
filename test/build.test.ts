import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../pipeline/index.ts';
import type { BuildEvent } from '../pipeline/core/types.ts';
import { editBlock, leftovers, repo, snapshot, spyRenderers, tempProject } from './build-helpers.ts';

const env = { SOURCE_DATE_EPOCH: undefined };

/**
 * The most jobs in progress at once (all, and PDFs), from the pool's job-start and job-end events: a job-start is emitted as
 * the pool starts the job, so two jobs started together count as two on any machine. (The spy renderers' own count needs
 * their sleeps to overlap: two jobs started together reach their render after a cache lookup and a scratch folder each,
 * which a loaded machine can stretch past a 40 ms sleep.)
 */
function jobsAtOnce(): { onEvent: (event: BuildEvent) => void; most: { all: number; pdf: number } } {
  const now = { all: 0, pdf: 0 };
  const most = { all: 0, pdf: 0 };
  return {
    most,
    onEvent: (event) => {
      if (event.type !== 'job-start' && event.type !== 'job-end') return;
      const step = event.type === 'job-start' ? 1 : -1;
      now.all += step;
      if (event.edition === 'pdf') now.pdf += step;
      most.all = Math.max(most.all, now.all);
      most.pdf = Math.max(most.pdf, now.pdf);
    },
  };
}

describe('build: outputs and atomic dist', () => {
  it('builds every report into every edition and reports each output', async () => {
    const root = tempProject();
    const spy = spyRenderers();
    const result = await build({ root, renderers: spy.renderers, env });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.reports).toEqual(['alpha', 'beta']);
    expect(spy.calls).toHaveLength(6);
    expect(result.outputs.map((o) => o.path).sort()).toEqual(['alpha/alpha.epub', 'alpha/alpha.pdf', 'alpha/index.html', 'beta/beta.epub', 'beta/beta.pdf', 'beta/index.html']);
    expect(readFileSync(path.join(root, 'dist/alpha/index.html'), 'utf8')).toContain('html:甲区人民政府工作报告');
    // Fixed build date: the report's own date when SOURCE_DATE_EPOCH is unset.
    expect(readFileSync(path.join(root, 'dist/alpha/index.html'), 'utf8')).toContain('2021-12-15T00:00:00.000Z');
    expect(leftovers(root)).toEqual([]);
  });

  it('uses SOURCE_DATE_EPOCH for the build date when set', async () => {
    const root = tempProject();
    const spy = spyRenderers(['html']);
    await build({ root, renderers: spy.renderers, env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(readFileSync(path.join(root, 'dist/alpha/index.html'), 'utf8')).toContain('2023-11-14T22:13:20.000Z');
  });

  it('a failed render leaves the previous dist untouched and no staging or scratch behind', async () => {
    const root = tempProject();
    writeFileSync(path.join(root, 'dist-marker'), '');
    const first = await build({ root, renderers: spyRenderers().renderers, env });
    expect(first.ok).toBe(true);
    writeFileSync(path.join(root, 'dist/README.md'), 'kept');
    const before = snapshot(path.join(root, 'dist'));
    editBlock(root, 'beta', 'p-b00002', '**民生持续改善。**新增就业岗位4万个。', "**People's wellbeing kept improving.** 40,000 new jobs were created.");
    const spy = spyRenderers(['html', 'epub', 'pdf'], { fail: (slug, edition) => slug === 'beta' && edition === 'pdf' });
    const second = await build({ root, renderers: spy.renderers, env });
    expect(second.ok).toBe(false);
    expect(second.problems[0].message).toMatch(/pdf edition of beta: spy pdf failed on purpose/);
    expect(snapshot(path.join(root, 'dist'))).toEqual(before);
    expect(leftovers(root)).toEqual([]);
    const tmp = path.join(root, '.cache/duizhao/tmp');
    expect(existsSync(tmp) ? readdirSync(tmp) : []).toEqual([]);
  });

  it('a content error fails before any rendering and leaves dist untouched', async () => {
    const root = tempProject();
    await build({ root, renderers: spyRenderers().renderers, env });
    const before = snapshot(path.join(root, 'dist'));
    writeFileSync(path.join(root, 'content/reports/alpha/zh.md'), '---\ntitle: [unclosed\n---\n\n正文。 {#p-x00001}\n');
    const spy = spyRenderers();
    const result = await build({ root, renderers: spy.renderers, env });
    expect(result.ok).toBe(false);
    expect(spy.calls).toEqual([]);
    const message = result.files.flatMap((f) => f.messages).find((m) => m.ruleId === 'front-matter');
    expect(message?.line).toBeGreaterThan(0);
    expect(snapshot(path.join(root, 'dist'))).toEqual(before);
  });

  it('keeps unknown files of dist (README) and drops outputs of a deleted report', async () => {
    const root = tempProject();
    await build({ root, renderers: spyRenderers().renderers, env });
    writeFileSync(path.join(root, 'dist/README.md'), 'about dist');
    cpSync(path.join(root, 'content/reports/beta'), path.join(root, 'gone'), { recursive: true });
    await import('node:fs/promises').then((fs) => fs.rm(path.join(root, 'content/reports/beta'), { recursive: true }));
    const result = await build({ root, renderers: spyRenderers().renderers, env });
    expect(result.problems).toEqual([]);
    expect(result.files.flatMap((f) => f.messages.map(String))).toEqual([]);
    expect(result.ok).toBe(true);
    expect(readFileSync(path.join(root, 'dist/README.md'), 'utf8')).toBe('about dist');
    expect(existsSync(path.join(root, 'dist/beta'))).toBe(false);
    expect(existsSync(path.join(root, 'dist/alpha/alpha.pdf'))).toBe(true);
  });

  it('--report and --only rebuild their part and keep the rest of dist', async () => {
    const root = tempProject();
    await build({ root, renderers: spyRenderers().renderers, env });
    const spy = spyRenderers();
    const result = await build({ root, renderers: spy.renderers, env, reports: ['alpha'], only: ['html'], force: true });
    expect(result.ok).toBe(true);
    expect(spy.calls).toEqual([{ slug: 'alpha', edition: 'html' }]);
    for (const file of ['alpha/alpha.pdf', 'alpha/alpha.epub', 'beta/index.html', 'beta/beta.pdf']) expect(existsSync(path.join(root, 'dist', file))).toBe(true);
    const unknown = await build({ root, renderers: spy.renderers, env, reports: ['nope'] });
    expect(unknown.ok).toBe(false);
    expect(unknown.problems[0].message).toMatch(/No report `nope`/);
    expect(unknown.problems[0].hint).toMatch(/alpha, beta/);
  });

  it('bounds concurrency', async () => {
    const root = tempProject();
    // the limit reached, from the pool's events; never passed, by the renderers too
    const spy = spyRenderers(['html', 'epub', 'pdf'], { delayMs: 40 });
    const jobs = jobsAtOnce();
    await build({ root, renderers: spy.renderers, env, concurrency: 2, onEvent: jobs.onEvent });
    expect(jobs.most).toEqual({ all: 2, pdf: 1 }); // PDFs (a Chromium tab each) take half the slots
    expect(spy.maxConcurrent).toBeLessThanOrEqual(2);
    expect(spy.maxConcurrentPdf).toBe(1);
    const four = spyRenderers(['html', 'epub', 'pdf'], { delayMs: 40 });
    const jobsOfFour = jobsAtOnce();
    await build({ root, renderers: four.renderers, env, concurrency: 4, force: true, onEvent: jobsOfFour.onEvent });
    expect(jobsOfFour.most.pdf).toBe(2);
    expect(four.maxConcurrentPdf).toBeLessThanOrEqual(2);
    const one = spyRenderers(['html', 'epub', 'pdf'], { delayMs: 20 });
    const jobsOfOne = jobsAtOnce();
    await build({ root, renderers: one.renderers, env, concurrency: 1, force: true, onEvent: jobsOfOne.onEvent });
    expect(jobsOfOne.most.all).toBe(1);
    expect(one.maxConcurrent).toBe(1);
  });

  it('starts the other jobs once the first PDF has made its documents and fonts (or has ended)', async () => {
    const root = tempProject();
    // the pool's decisions (job-start/job-end, emitted as it starts and ends a job) and the PDF's signal, in one log
    const logInto = (log: string[]) => (event: BuildEvent) => {
      if (event.type === 'job-start' || event.type === 'job-end') log.push(`${event.type.slice(4)} ${event.slug} ${event.edition}`);
    };
    const log: string[] = [];
    const spy = spyRenderers(['html', 'epub', 'pdf'], { delayMs: 60, pdfPreparedAfterMs: 60, log });
    const jobs = jobsAtOnce();
    await build({ root, renderers: spy.renderers, env, concurrency: 2, onEvent: (event) => (logInto(log)(event), jobs.onEvent(event)) });
    // the PDFs go first, one at a time; nothing else starts before the first is prepared, then a light job takes the free slot
    expect(log.slice(0, 3)).toEqual(['start alpha pdf', 'prepared alpha', 'start alpha epub']);
    expect(jobs.most.all).toBe(2);
    expect(spy.maxConcurrent).toBeLessThanOrEqual(2);
    // a PDF renderer that never says so: the others wait for its end, not forever
    const order: string[] = [];
    const silent = spyRenderers(['html', 'epub', 'pdf'], { delayMs: 30 });
    const result = await build({ root, renderers: silent.renderers, env, concurrency: 2, force: true, onEvent: logInto(order) });
    expect(result.ok).toBe(true);
    expect(order.slice(0, 3)).toEqual(['start alpha pdf', 'end alpha pdf', 'start beta pdf']);
  });
});

describe('build: incremental', () => {
  it('a no-op rebuild renders nothing and yields the same dist', async () => {
    const root = tempProject();
    await build({ root, renderers: spyRenderers().renderers, env });
    const files = Object.keys(snapshot(path.join(root, 'dist'))).sort();
    const spy = spyRenderers();
    const result = await build({ root, renderers: spy.renderers, env });
    expect(result.ok).toBe(true);
    expect(spy.calls).toEqual([]);
    expect(result.rendered).toBe(0);
    expect(result.cached).toBe(6);
    expect(Object.keys(snapshot(path.join(root, 'dist'))).sort()).toEqual(files);
    expect(readFileSync(path.join(root, 'dist/beta/beta.pdf'), 'utf8')).toContain('pdf:乙区');
  });

  it('changing one report rebuilds only that report', async () => {
    const root = tempProject();
    await build({ root, renderers: spyRenderers().renderers, env });
    editBlock(root, 'beta', 'p-b00002', '**民生持续改善。**新增就业岗位4万个。', "**People's wellbeing kept improving.** 40,000 new jobs were created.");
    const spy = spyRenderers();
    const result = await build({ root, renderers: spy.renderers, env });
    expect(spy.calls.map((c) => c.slug).sort()).toEqual(['beta', 'beta', 'beta']);
    expect(result.cached).toBe(3);
    expect(readFileSync(path.join(root, 'dist/beta/index.html'), 'utf8')).toContain('4万个');
  });

  /** Build once, change something, build again: every report × edition renders again, then nothing does. */
  async function rebuildsEverything(root: string, change: () => void, options: { templatesDir?: string } = {}) {
    const first = await build({ root, renderers: spyRenderers().renderers, env, ...options });
    expect(first.ok, JSON.stringify(first.problems)).toBe(true);
    change();
    const after = spyRenderers();
    expect((await build({ root, renderers: after.renderers, env, ...options })).ok).toBe(true);
    expect(after.calls).toHaveLength(6);
    const again = spyRenderers();
    await build({ root, renderers: again.renderers, env, ...options });
    expect(again.calls).toHaveLength(0);
  }

  it('changing a template rebuilds every report', async () => {
    const root = tempProject();
    const templatesDir = path.join(root, 'templates');
    cpSync(path.join(repo, 'templates'), templatesDir, { recursive: true });
    await rebuildsEverything(root, () => writeFileSync(path.join(templatesDir, 'extra.css'), 'p { color: red }'), { templatesDir });
  });

  it('changing the glossary rebuilds every report', async () => {
    const root = tempProject();
    const glossary = path.join(root, 'content/glossary.yaml');
    const entry = (note: string) =>
      `- id: fang-guan-fu\n  zh: 放管服\n  pinyin: fàng guǎn fú\n  en: streamline administration, delegate power, and improve services\n  note_en: ${note}\n  source: translator's rendering\n`;
    writeFileSync(glossary, entry('The reform of government functions.'));
    await rebuildsEverything(root, () => writeFileSync(glossary, entry('The reform of government functions, begun in 2015.')));
  });

  it('changing the config rebuilds every report; --force renders everything', async () => {
    const root = tempProject();
    await rebuildsEverything(root, () => writeFileSync(path.join(root, 'duizhao.config.yaml'), 'pdf:\n  paper: Letter\n'));
    const forced = spyRenderers();
    await build({ root, renderers: forced.renderers, env, force: true });
    expect(forced.calls).toHaveLength(6);
  });

  it('--draft is part of the cache key and reaches the renderers', async () => {
    const root = tempProject();
    await build({ root, renderers: spyRenderers(['html']).renderers, env });
    const spy = spyRenderers(['html']);
    await build({ root, renderers: spy.renderers, env, draft: true });
    expect(spy.calls).toHaveLength(2);
    expect(readFileSync(path.join(root, 'dist/alpha/index.html'), 'utf8')).toMatch(/:true$/);
  });
});

describe('build: catalogue', () => {
  it('re-renders the catalogue when a title changes, not when a paragraph does', async () => {
    const root = tempProject();
    const first = await build({ root, only: ['html'], env });
    expect(first.ok).toBe(true);
    const catalogue = (result: typeof first) => result.jobs.find((job) => job.slug === 'catalogue');
    expect(catalogue(first)?.cached).toBe(false);

    editBlock(root, 'beta', 'p-b00002', '**民生持续改善。**新增就业岗位4万个。', "**People's wellbeing kept improving.** 40,000 new jobs were created.");
    const afterText = await build({ root, only: ['html'], env });
    expect(afterText.jobs.find((job) => job.slug === 'beta')?.cached).toBe(false);
    expect(catalogue(afterText)?.cached).toBe(true);

    const zh = path.join(root, 'content/reports/beta/zh.md');
    const text = readFileSync(zh, 'utf8');
    const title = /^title: (.+)$/m.exec(text)![1];
    writeFileSync(zh, text.replace(`title: ${title}`, `title: ${title}（修订）`));
    const afterTitle = await build({ root, only: ['html'], env, allowErrors: true, strict: false });
    expect(catalogue(afterTitle)?.cached).toBe(false);
    // the catalogue's titles carry word breaks (<wbr>, templates/chinese-word-breaks.ts): the title is read without them
    expect(readFileSync(path.join(root, 'dist/index.html'), 'utf8').replaceAll('<wbr>', '')).toContain(`${title}（修订）`);
  });

  it('re-renders the catalogue when the English text changes the style of its dates (the list dates each report in its translation\'s style), not for a date of the same style', async () => {
    // (stop 48: new user round 28 keyed the catalogue by the date styles en.md writes; this is that key's test)
    const root = tempProject();
    const first = await build({ root, only: ['html'], env });
    expect(first.ok).toBe(true);
    const catalogue = (result: typeof first) => result.jobs.find((job) => job.slug === 'catalogue');
    const listed = () => readFileSync(path.join(root, 'dist/index.html'), 'utf8');
    expect(listed()).toContain('10 January 2022');

    const sentence = (date: string) => `**People's wellbeing kept improving.** 30,000 new jobs were created by ${date}.`;
    const edit = (zhDay: string, enDay: string) => editBlock(root, 'beta', 'p-b00002', `**民生持续改善。**截至${zhDay}，新增就业岗位3万个。`, sentence(enDay));
    edit('2021年12月31日', 'December 31, 2021');
    const monthFirst = await build({ root, only: ['html'], env });
    expect(monthFirst.problems).toEqual([]);
    expect(catalogue(monthFirst)?.cached).toBe(false);
    expect(listed()).toContain('January 10, 2022');
    expect(listed()).not.toContain('10 January 2022');

    edit('2021年11月30日', 'November 30, 2021');
    const sameStyle = await build({ root, only: ['html'], env });
    expect(sameStyle.jobs.find((job) => job.slug === 'beta')?.cached).toBe(false);
    expect(catalogue(sameStyle)?.cached).toBe(true);

    edit('2021年12月31日', '31 December 2021');
    const dayFirst = await build({ root, only: ['html'], env });
    expect(catalogue(dayFirst)?.cached).toBe(false);
    expect(listed()).toContain('10 January 2022');
  });

  it('re-renders the catalogue when a title changes in front matter whose fences the model reads and a bare `---` pattern would not (trailing spaces)', async () => {
    const root = tempProject();
    const zh = path.join(root, 'content/reports/beta/zh.md');
    writeFileSync(zh, readFileSync(zh, 'utf8').replace(/^---\n/, '---  \n'));
    const first = await build({ root, only: ['html'], env });
    expect(first.ok).toBe(true);
    const catalogue = (result: typeof first) => result.jobs.find((job) => job.slug === 'catalogue');
    const text = readFileSync(zh, 'utf8');
    const title = /^title: (.+)$/m.exec(text)![1];
    writeFileSync(zh, text.replace(`title: ${title}`, `title: ${title}（修订）`));
    const afterTitle = await build({ root, only: ['html'], env, allowErrors: true, strict: false });
    expect(catalogue(afterTitle)?.cached).toBe(false);
    expect(readFileSync(path.join(root, 'dist/index.html'), 'utf8').replaceAll('<wbr>', '')).toContain(`${title}（修订）`);
  });
});
