/**
 * `build(options)`: config → every report read, loaded and checked → jobs
 * (report × edition + catalogue) restored from the cache or rendered with
 * bounded concurrency and one shared browser → staging → atomic swap.
 * Never prints: progress goes to `onEvent`, messages to the result's files.
 */
import { existsSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Edition } from '../config/types.ts';
import { buildPublication } from '../model/load.ts';
import type { Lang, Publication } from '../model/types.ts';
import type { Translate } from '../render/types.ts';
import { BrowserMissingError, sharedBrowser } from './browser.ts';
import { OutputCache } from './cache.ts';
import { listReports, loadHashMemo, readReport, saveHashMemo } from './inputs.ts';
import { buildDateFor, hashCode, jobKey, reusedCodeHash, renderContext, runJob, type Job } from './jobs.ts';
import { runPool } from './pool.ts';
import { prepareReport, type PreparedReport } from './prepare.ts';
import { resolvePaths, setup } from './setup.ts';
import { assertWritable, carryOver, createStaging, DistNotWritableError, readManifest, swapIntoPlace, writeManifest, type Manifest } from './staging.ts';
import { stage, type HtmlStage, type I18nStage } from './stages.ts';
import type { BuildOptions, BuildResult } from './types.ts';

const editionOrder: Record<Edition, number> = { pdf: 0, epub: 1, html: 2 };

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  let published = false;
  const paths = resolvePaths(options);
  const emit = options.onEvent ?? (() => {});
  const draft = options.draft ?? false;
  const strict = !draft && (options.strict ?? true);
  const result: BuildResult = {
    ok: false, aborted: false, outDir: paths.outDir, reports: [], editions: [], outputs: [], jobs: [], files: [], problems: [],
    counts: { errors: 0, warnings: 0, infos: 0 }, notices: [], rendered: 0, cached: 0, ms: 0, published: false,
  };
  const finish = (): BuildResult => {
    const messages = result.files.flatMap((file) => file.messages);
    result.counts = {
      errors: messages.filter((m) => m.fatal === true).length,
      warnings: messages.filter((m) => m.fatal === false).length,
      infos: messages.filter((m) => m.fatal !== true && m.fatal !== false).length,
    };
    result.aborted = options.signal?.aborted ?? false;
    const failed = result.aborted || result.problems.length > 0 || result.counts.errors > 0 || (strict && result.counts.warnings > 0) || result.jobs.some((j) => !j.ok);
    result.ok = !failed && result.ok;
    result.published = published;
    result.ms = performance.now() - started;
    emit({ type: 'done', ok: result.ok, ms: result.ms });
    return result;
  };

  try {
    const env = await setup(options, paths);
    result.files.push(...env.files);
    result.problems.push(...env.problems);
    result.notices.push(...env.notices);
    result.editions = env.editions;
    if (env.files.some((f) => f.messages.some((m) => m.fatal === true)) || result.problems.length > 0) return finish();
    await assertWritable(paths.outDir);

    const all = await listReports(paths.contentDir);
    const missing = (options.reports ?? []).filter((slug) => !all.includes(slug));
    if (missing.length > 0) {
      result.problems.push({ message: `No report ${missing.map((s) => `\`${s}\``).join(', ')} in ${path.join(paths.contentDir, 'reports')}`, hint: `Reports found: ${all.join(', ') || 'none'}` });
      return finish();
    }
    if (all.length === 0) {
      result.problems.push({ message: `No reports in ${path.join(paths.contentDir, 'reports')}`, hint: 'Add one with `duizhao ingest <page> --slug <slug>`' });
      return finish();
    }
    const selected = options.reports && options.reports.length > 0 ? all.filter((slug) => options.reports!.includes(slug)) : all;
    result.reports = selected;
    emit({ type: 'start', reports: selected, editions: env.editions });

    // Check everything before rendering anything: a content error fails fast.
    const prepared: PreparedReport[] = [];
    for (const slug of selected) {
      const report = await prepareReport(slug, { contentDir: paths.contentDir, glossary: env.glossary, matcher: env.matcher, check: env.check, draft });
      prepared.push(report);
      result.files.push(...report.files);
      emit({ type: 'checked', slug, errors: report.errors, warnings: report.warnings });
    }
    const unloadable = prepared.some((r) => !r.load || r.files.some((f) => f.messages.some((m) => m.fatal === true && (m.source === 'model' || m.source === 'build'))));
    if (unloadable || (!options.allowErrors && prepared.some((r) => r.errors > 0 || (strict && r.warnings > 0)))) return finish();
    if (options.signal?.aborted) return finish();

    await loadHashMemo(paths.cacheDir);
    const code = await (options.reuseCodeHash ? reusedCodeHash : hashCode)(paths.templatesDir, Object.fromEntries([...env.renderers].filter(([, r]) => r.codeId).map(([e, r]) => [e, r.codeId!])));
    const keyInputs = { config: env.config, glossaryHash: env.glossaryHash, ...code, draft };
    let translators: Promise<Record<Lang, Translate>> | undefined;
    const browser = sharedBrowser(options.signal);
    const closeOnAbort = () => void browser.close();
    options.signal?.addEventListener('abort', closeOnAbort, { once: true });
    const renderEnv = {
      config: env.config, draft, glossary: env.glossary, signal: options.signal, browser: () => browser.get(), cacheDir: paths.cacheDir,
      translators: () => (translators ??= stage<I18nStage>('i18n').then((m) => m?.createTranslators() ?? fallbackTranslators())),
    };
    const annotated = new Set<string>();
    const annotate = (pub: Publication) => {
      if (annotated.has(pub.slug) || !env.glossary || !env.matcher || !env.glossaryStage) return;
      annotated.add(pub.slug);
      env.glossaryStage.annotate(pub, env.glossary, env.matcher);
    };

    const jobs: Job[] = [];
    for (const report of prepared) {
      const pub = report.load!.publication;
      const buildDate = buildDateFor(options.env ?? process.env, pub);
      for (const [edition, renderer] of env.renderers) {
        jobs.push({
          slug: report.slug, edition,
          key: jobKey(keyInputs, edition, { report: report.source.hash, slug: report.slug, buildDate: buildDate.toISOString() }),
          render: async (distDir) => {
            annotate(pub);
            return (await renderer.load()).render(pub, await renderContext(renderEnv, pub, distDir, buildDate));
          },
        });
      }
    }
    jobs.sort((a, b) => editionOrder[a.edition] - editionOrder[b.edition]);
    const withCatalogue = env.renderers.has('html') && !options.renderers;
    if (withCatalogue) {
      const sources = await Promise.all(all.map((slug) => readReport(paths.contentDir, slug).catch(() => undefined)));
      const catalogueDate = buildDateFor(options.env ?? process.env);
      jobs.push({
        slug: 'catalogue', edition: 'html',
        // The catalogue shows titles, issuers and dates: keyed by the front matter, so an
        // edit in a report's text does not re-render it (a dev-server save stays one render).
        key: jobKey(keyInputs, 'html', { catalogue: sources.map((s) => s && [s.slug, frontMatter(s.zh), s.en && frontMatter(s.en), s.zh.messages.some((m) => m.fatal)]), buildDate: catalogueDate.toISOString() }),
        render: async (distDir) => {
          const pubs = sources.flatMap((s) => {
            if (!s || s.zh.messages.some((m) => m.fatal)) return [];
            return [prepared.find((r) => r.slug === s.slug)?.load?.publication ?? buildPublication(s.slug, s.zh, s.en).publication];
          });
          const html = await stage<HtmlStage>('html');
          if (!html?.renderCatalogue) return [];
          return html.renderCatalogue(pubs, { distDir, t: await renderEnv.translators(), config: env.config, cacheDir: paths.cacheDir });
        },
      });
    }

    const cache = new OutputCache(paths.cacheDir);
    const staging = await createStaging(paths.outDir);
    const manifest: Manifest = {};
    try {
      await runPool(jobs, env.concurrency, async (job) => {
        emit({ type: 'job-start', slug: job.slug, edition: job.edition });
        const record = { slug: job.slug, edition: job.edition, key: job.key, cached: false, ms: 0, ok: false } as BuildResult['jobs'][number];
        result.jobs.push(record);
        try {
          const outcome = await runJob(job, cache, staging, options.force ?? false);
          Object.assign(record, { cached: outcome.cached, ms: outcome.ms, ok: true });
          for (const rel of outcome.written) manifest[rel] = `${job.slug}:${job.edition}`;
          for (const file of outcome.files) {
            const bytes = (await stat(path.join(staging, file.path)).catch(() => undefined))?.size ?? file.bytes;
            result.outputs.push({ slug: job.slug, edition: job.edition, path: file.path, bytes, ms: outcome.cached ? 0 : outcome.ms, cached: outcome.cached });
          }
        } catch (error) {
          record.error = (error as Error).message;
          if (!options.signal?.aborted) {
            result.problems.push({
              message: `${job.edition} edition of ${job.slug}: ${(error as Error).message}`,
              hint: error instanceof BrowserMissingError ? error.hint : undefined,
              slug: job.slug, edition: job.edition,
            });
          }
        }
        emit({ type: 'job-end', slug: job.slug, edition: job.edition, cached: record.cached, ms: record.ms, ok: record.ok });
      }, options.signal, (job) => job.edition === 'pdf', Math.max(1, Math.floor(env.concurrency / 2)));
      await browser.close();
      options.signal?.removeEventListener('abort', closeOnAbort);
      result.rendered = result.jobs.filter((j) => j.ok && !j.cached).length;
      result.cached = result.jobs.filter((j) => j.cached).length;
      if (options.signal?.aborted || result.problems.length > 0) return finish();

      const previous = await readManifest(paths.cacheDir, paths.outDir);
      const full = !(options.reports?.length || options.only?.length);
      const rebuilt = new Set(jobs.map((j) => `${j.slug}:${j.edition}`));
      Object.assign(manifest, await carryOver(paths.outDir, staging, previous, rebuilt, full));
      if (options.signal?.aborted) return finish();
      await swapIntoPlace(staging, paths.outDir);
      await writeManifest(paths.cacheDir, paths.outDir, manifest);
      published = true;
      emit({ type: 'swap', outDir: paths.outDir });
      await cache.prune(new Set(jobs.map((j) => j.key))).catch(() => {});
      await saveHashMemo(paths.cacheDir).catch(() => {});
      result.ok = true;
    } finally {
      await browser.close();
      if (existsSync(staging)) await rm(staging, { recursive: true, force: true });
    }
    return finish();
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    if (err instanceof DistNotWritableError) result.problems.push({ message: err.message, hint: err.hint });
    else if (err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS') {
      result.problems.push({ message: `Permission denied: ${err.message}`, hint: `Check that ${paths.outDir} and ${paths.cacheDir} are writable` });
    } else if (!options.signal?.aborted) result.problems.push({ message: err.message, hint: process.env.DEBUG ? err.stack : undefined });
    return finish();
  }
}

/** Used only when templates/i18n.ts is absent: keys stand in for strings. */
async function fallbackTranslators(): Promise<Record<Lang, Translate>> {
  const t: Translate = (key) => key;
  return { zh: t, en: t };
}

/** The front matter block of a Markdown file (`---` … `---` at its start), or '' when it has none. */
function frontMatter(file: { value: unknown }): string {
  const text = String(file.value);
  return /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text)?.[0] ?? '';
}
