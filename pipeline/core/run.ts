/**
 * `build(options)`, in its steps: set up (config, editions, glossary) →
 * select the reports → read, load and check each (a content error fails
 * before anything renders) → plan the jobs (report × edition + catalogue) →
 * restore or render them with bounded concurrency and one shared browser
 * into a staging folder → swap it into place.
 * Never prints: progress goes to `onEvent`, messages to the result's files.
 */
import { existsSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import type { Lang } from '../model/types.ts';
import { RenderError, type Translate } from '../render/types.ts';
import { siteFiles } from '../render/editions.ts';
import { BrowserMissingError, createSharedBrowser } from '../render/pdf/browser.ts';
import { OutputCache } from './cache.ts';
import { loadHashMemo, saveHashMemo } from './inputs.ts';
import { hashCode, reusedCodeHash, runJob, type Job, type RenderEnv } from './jobs.ts';
import { resolvePaths, type Paths } from './paths.ts';
import { runPool } from './pool.ts';
import { checkFonts } from './preflight.ts';
import type { PreparedReport } from './prepare.ts';
import type { Setup } from './setup.ts';
import { assertWritable, carryOver, createStaging, DistNotWritableError, readManifest, swapIntoPlace, writeManifest, type Manifest } from './staging.ts';
import { loadI18n } from './stages.ts';
import type { BuildEvent, BuildOptions, BuildProblem, BuildResult } from './types.ts';
import { fingerprint, forget, remember, replay, replayable } from './unchanged.ts';

/**
 * What a build that has work to do loads (config, glossary, model, checks, planning): a rebuild
 * with nothing changed (unchanged.ts) loads none of it.
 */
const loadWork = async () => {
  const [{ setup }, { listReports }, { prepareReport }, { planJobs }] = await Promise.all([import('./setup.ts'), import('../model/read.ts'), import('./prepare.ts'), import('./plan.ts')]);
  return { setup, listReports, prepareReport, planJobs };
};

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const paths = resolvePaths(options);
  const emit = options.onEvent ?? (() => {});
  const draft = options.draft ?? false;
  const strict = !draft && (options.strict ?? true);
  const result: BuildResult = {
    ok: false, aborted: false, outDir: paths.outDir, reports: [], editions: [], outputs: [], jobs: [], files: [], problems: [], skipped: [],
    counts: { errors: 0, warnings: 0, infos: 0 }, rendered: 0, cached: 0, ms: 0, published: false,
  };
  const finish = (): BuildResult => {
    const messages = result.files.flatMap((file) => file.messages);
    result.counts = {
      // a failed job (or any other problem) is an error like a fatal message
      errors: messages.filter((m) => m.fatal === true).length + result.problems.length,
      warnings: messages.filter((m) => m.fatal === false).length,
      infos: messages.filter((m) => m.fatal !== true && m.fatal !== false).length,
    };
    result.aborted = options.signal?.aborted ?? false;
    const failed = result.aborted || result.problems.length > 0 || result.counts.errors > 0 || (strict && result.counts.warnings > 0) || result.jobs.some((j) => !j.ok);
    result.ok = !failed && result.ok;
    result.ms = performance.now() - started;
    emit({ type: 'done', ok: result.ok, ms: result.ms });
    return result;
  };

  try {
    await loadHashMemo(paths.cacheDir);
    const print = replayable(options) ? await fingerprint(options, paths) : undefined;
    if (print && checkFonts(options.resolveModule).length === 0) {
      const replayed = await assertWritable(paths.outDir).then(() => replay(paths, print, started, emit), () => undefined);
      if (replayed) {
        await saveHashMemo(paths.cacheDir).catch(() => {});
        return replayed;
      }
    }
    const { setup, listReports, prepareReport, planJobs } = await loadWork();
    const env = await setup(options, paths);
    result.files.push(...env.files);
    result.problems.push(...env.problems);
    result.editions = env.editions;
    if (hasFatal(env.files) || result.problems.length > 0) return finish();
    await assertWritable(paths.outDir);

    const all = await listReports(paths.contentDir);
    const selected = selectReports(all, options.reports ?? [], paths.contentDir, result.problems);
    if (!selected) return finish();
    result.reports = selected;
    emit({ type: 'start', reports: selected, editions: env.editions });

    const checked = await checkReports(prepareReport, selected, options.reports ?? [], paths, env, { draft, withDrafts: draft || options.allowErrors === true }, result, emit);
    if (!checked) return finish();
    const prepared = checked.filter((r) => !r.skipped);
    result.reports = prepared.map((r) => r.slug);
    const unloadable = prepared.some((r) => !r.load || r.files.some((f) => f.messages.some((m) => m.fatal === true && (m.source === 'model' || m.source === 'build'))));
    if (unloadable || (!options.allowErrors && prepared.some((r) => r.errors > 0 || (strict && r.warnings > 0)))) return finish();
    if (options.signal?.aborted) return finish();

    const codeIds = Object.fromEntries([...env.renderers].filter(([, r]) => r.codeId).map(([e, r]) => [e, r.codeId!]));
    const code = await (options.reuseCodeHash ? reusedCodeHash : hashCode)(paths.templatesDir, codeIds);
    // One browser for all PDFs, launched on first use (puppeteer is not even loaded when every
    // PDF is cached) and closed here; or the caller's (the dev server's), left open.
    const browser = options.browser ?? createSharedBrowser({ signal: options.signal, timeoutMs: 60_000 });
    const closeBrowser = () => (options.browser ? Promise.resolve() : browser.close());
    const closeOnAbort = () => void closeBrowser();
    options.signal?.addEventListener('abort', closeOnAbort, { once: true });
    const translators = new Map<string, Promise<Record<Lang, Translate>>>();
    // The PDF's work on Node's thread before Chromium has a page to lay out (its documents and
    // fonts, and answering its tab's requests while the first document loads) is on the build's
    // longest path: the other jobs start once it is done (RenderContext.prepared).
    let pdfPrepared: () => void = () => undefined;
    const lightAfter = new Promise<void>((resolve) => (pdfPrepared = resolve));
    const renderEnv: RenderEnv = {
      config: env.config, draft, signal: options.signal, browser, printTab: options.browser ? options.printTab : undefined, cacheDir: paths.cacheDir,
      translators: (script = 'zh-Hans', reportStyle) => {
        // (the house's date style, config check.dateStyle, is the editions' own English dates' too: title block, colophon;
        // without it, the report's translation's own style)
        const style = env.config.check?.dateStyle ?? reportStyle;
        const slot = `${script} ${style ?? ''}` as const;
        let made = translators.get(slot);
        if (!made) translators.set(slot, (made = loadI18n().then((i18n) => i18n.createTranslators(script, style))));
        return made;
      },
      prepared: () => pdfPrepared(),
    };
    const withCatalogue = env.renderers.has('html') && !options.renderers;
    try {
      const jobs = await planJobs({
        paths, env, renderEnv, prepared,
        previous: await readManifest(paths.cacheDir, paths.outDir),
        linkEditions: options.linkEditions ?? [],
        full: isFull(options),
        keyInputs: { config: env.config, glossaryHash: env.glossaryHash, ...code, draft },
        withCatalogue,
        processEnv: options.env ?? process.env,
      });
      if (withCatalogue) result.siteCaveats = siteFiles(env.config).caveats;
      const cache = new OutputCache(paths.cacheDir);
      const staging = await createStaging(paths.outDir);
      try {
        const manifest = await renderJobs(jobs, cache, staging, env.concurrency, options, result, emit, lightAfter);
        await closeBrowser();
        options.signal?.removeEventListener('abort', closeOnAbort);
        if (options.signal?.aborted || result.problems.length > 0) return finish();
        if (await publish(jobs, manifest, staging, paths, options)) {
          result.published = true;
          result.ok = true;
          emit({ type: 'swap', outDir: paths.outDir });
          await cache.prune(new Set(jobs.map((j) => j.key))).catch(() => {});
          await saveHashMemo(paths.cacheDir).catch(() => {});
          if (print) await remember(paths, print, selected, result).catch(() => {});
        }
      } finally {
        if (existsSync(staging)) await rm(staging, { recursive: true, force: true });
      }
    } finally {
      await closeBrowser();
    }
    return finish();
  } catch (error) {
    result.problems.push(...problemsOf(error as NodeJS.ErrnoException, paths, options.signal));
    return finish();
  }
}

/** The reports asked for (all when none are named), or undefined after filing a problem. */
function selectReports(all: string[], wanted: readonly string[], contentDir: string, problems: BuildProblem[]): string[] | undefined {
  const folder = path.join(contentDir, 'reports');
  const missing = wanted.filter((slug) => !all.includes(slug));
  if (missing.length > 0) {
    problems.push({ message: `No report ${missing.map((s) => `\`${s}\``).join(', ')} in ${folder}`, hint: `Reports found: ${all.join(', ') || 'none'}` });
    return undefined;
  }
  if (all.length === 0) {
    problems.push({ message: `No reports in ${folder}`, hint: 'Add one with `duizhao ingest <page> --slug <slug>`' });
    return undefined;
  }
  return wanted.length > 0 ? all.filter((slug) => wanted.includes(slug)) : all;
}

/**
 * Read, load and check every selected report before rendering anything. A plain
 * build skips the drafts (listed in result.skipped); one named with --report is
 * an error (undefined is returned).
 */
async function checkReports(
  prepareReport: typeof import('./prepare.ts').prepareReport, slugs: string[], named: readonly string[], paths: Paths, env: Setup, mode: { draft: boolean; withDrafts: boolean }, result: BuildResult, emit: (event: BuildEvent) => void,
): Promise<PreparedReport[] | undefined> {
  const prepared: PreparedReport[] = [];
  for (const slug of slugs) {
    const report = await prepareReport(slug, { contentDir: paths.contentDir, glossary: env.glossary, matcher: env.matcher, check: env.check, draft: mode.draft, withDrafts: mode.withDrafts, drafts: env.config.build?.drafts, dateStyle: env.config.check?.dateStyle, cacheDir: paths.cacheDir });
    prepared.push(report);
    if (report.skipped) {
      const reason = report.draft!;
      if (named.includes(slug)) {
        result.problems.push({
          message: `\`${slug}\` is a draft (${reason}): a plain build does not publish it`,
          hint: `Build it with \`duizhao build --report ${slug} --draft\`, or finish it (every block translated in en.md, no \`draft: true\`) and build again`,
          slug, stage: 'build', file: path.join(paths.contentDir, 'reports', slug),
        });
      } else {
        result.skipped.push({ slug, reason });
        emit({ type: 'skipped', slug, reason });
      }
      continue;
    }
    result.files.push(...report.files);
    emit({ type: 'checked', slug, errors: report.errors, warnings: report.warnings });
  }
  return prepared.some((r) => r.skipped && named.includes(r.slug)) ? undefined : prepared;
}

/** Restore or render every job into staging; returns which job wrote each file. */
async function renderJobs(
  jobs: Job[], cache: OutputCache, staging: string, concurrency: number,
  options: BuildOptions, result: BuildResult, emit: (event: BuildEvent) => void, lightAfter?: Promise<void>,
): Promise<Manifest> {
  const manifest: Manifest = {};
  await runPool(jobs, concurrency, async (job) => {
    emit({ type: 'job-start', slug: job.slug, edition: job.edition });
    const record = { slug: job.slug, edition: job.edition, key: job.key, cached: false, ms: 0, ok: false } as BuildResult['jobs'][number];
    result.jobs.push(record);
    try {
      const outcome = await runJob(job, cache, staging, options.force ?? false);
      Object.assign(record, { cached: outcome.cached, ms: outcome.ms, ok: true });
      for (const rel of outcome.written) manifest[rel] = `${job.slug}:${job.edition}`;
      for (const file of outcome.files) {
        const bytes = (await stat(path.join(staging, file.path)).catch(() => undefined))?.size ?? file.bytes;
        result.outputs.push({ slug: job.slug, edition: job.edition, path: file.path, bytes, ms: outcome.cached ? 0 : file.ms ?? outcome.ms, ...(!outcome.cached && file.msByPhase && { msByPhase: file.msByPhase }), cached: outcome.cached });
      }
    } catch (error) {
      record.error = (error as Error).message;
      if (!options.signal?.aborted) {
        const missing = error instanceof BrowserMissingError ? error : (error as Error).cause instanceof BrowserMissingError ? (error as Error).cause as BrowserMissingError : undefined;
        result.problems.push({
          message: `${job.edition} edition of ${job.slug}: ${(error as Error).message}`,
          hint: missing?.hint,
          slug: job.slug, edition: job.edition,
          // the stage that failed and the file it was making (the job's folder when the renderer does not say)
          stage: `render/${job.edition}`,
          file: path.join(result.outDir, error instanceof RenderError ? error.file : job.slug === 'catalogue' ? 'index.html' : `${job.slug}/`),
        });
      }
    }
    emit({ type: 'job-end', slug: job.slug, edition: job.edition, cached: record.cached, ms: record.ms, ok: record.ok });
  }, options.signal, (job) => job.edition === 'pdf', Math.max(1, Math.floor(concurrency / 2)), lightAfter);
  result.rendered = result.jobs.filter((j) => j.ok && !j.cached).length;
  result.cached = result.jobs.filter((j) => j.cached).length;
  return manifest;
}

/** Carry over the outputs this build did not touch, then swap staging into place. False when stopped first. */
async function publish(jobs: Job[], manifest: Manifest, staging: string, paths: Paths, options: BuildOptions): Promise<boolean> {
  const previous = await readManifest(paths.cacheDir, paths.outDir);
  const full = isFull(options);
  const rebuilt = new Set(jobs.map((j) => `${j.slug}:${j.edition}`));
  Object.assign(manifest, await carryOver(paths.outDir, staging, previous, rebuilt, full));
  if (options.signal?.aborted) return false;
  await forget(paths);
  await swapIntoPlace(staging, paths.outDir);
  await writeManifest(paths.cacheDir, paths.outDir, manifest);
  return true;
}

/** A full build (no --report, no --only) replaces the whole dist; a partial one keeps what it does not redo. */
function isFull(options: BuildOptions): boolean {
  return !(options.reports?.length || options.only?.length);
}

function problemsOf(err: NodeJS.ErrnoException, paths: Paths, signal?: AbortSignal): BuildProblem[] {
  if (err instanceof DistNotWritableError) return [{ message: err.message, hint: err.hint }];
  if (err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS') {
    return [{ message: `Permission denied: ${err.message}`, hint: `Check that ${paths.outDir} and ${paths.cacheDir} are writable` }];
  }
  if (signal?.aborted) return [];
  return [{ message: err.message, hint: process.env.DEBUG ? err.stack : undefined }];
}

function hasFatal(files: readonly VFile[]): boolean {
  return files.some((f) => f.messages.some((m) => m.fatal === true));
}
