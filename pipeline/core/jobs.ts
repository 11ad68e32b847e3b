/**
 * Build jobs: one per (report, edition) plus the catalogue. Each has a cache
 * key = hash of everything that shapes its output; a hit is copied from the
 * cache, a miss renders into a scratch folder that then becomes the entry.
 */
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Config, Edition, HouseDateStyle } from '../config/types.ts';
import type { Glossary } from '../glossary/types.ts';
import type { Publication } from '../model/types.ts';
import { chineseTag, type ChineseTag } from '../model/script.ts';
import { translationDateStyle } from '../model/date-style.ts';
import type { SharedBrowser } from '../render/pdf/browser.ts';
import type { RenderContext, RenderedFile, Translate } from '../render/types.ts';
import type { Lang } from '../model/types.ts';
import { version } from '../version.ts';
import { OutputCache, restore } from './cache.ts';
import { hashPath, sha256, sourceRoot } from './inputs.ts';
import { codeFolders } from './stages.ts';
import { UNDATED_EDITION } from '../model/edition-date.ts';

export interface Job {
  slug: string; // report slug, or `catalogue`
  edition: Edition;
  key: string;
  /** Renders into the scratch dist; returns the files written (relative to it). */
  render(distDir: string): Promise<RenderedFile[]>;
}

export interface KeyInputs {
  config: Config;
  glossaryHash: string;
  templatesHash: string;
  codeHash: Record<Edition, string>;
  draft: boolean;
}

let lastCode: { key: string; value: Promise<{ templatesHash: string; codeHash: Record<Edition, string> }> } | undefined;

/**
 * hashCode, reusing the previous result (the dev server: it watches the
 * templates itself and calls forgetCodeHash() when they change).
 */
export function reusedCodeHash(templatesDir: string, overrides: Partial<Record<Edition, string>>): Promise<{ templatesHash: string; codeHash: Record<Edition, string> }> {
  const key = JSON.stringify([templatesDir, overrides]);
  if (lastCode?.key !== key) lastCode = { key, value: hashCode(templatesDir, overrides) };
  return lastCode.value;
}

export function forgetCodeHash(): void {
  lastCode = undefined;
}

/** Hashes of the templates and of each edition's pipeline code. */
export async function hashCode(templatesDir: string, overrides: Partial<Record<Edition, string>>): Promise<{ templatesHash: string; codeHash: Record<Edition, string> }> {
  const hashAll = async (items: string[]) => sha256(...(await Promise.all(items.map((item) => hashPath(path.join(sourceRoot, item))))));
  const common = await hashAll(codeFolders.common);
  const codeHash = {} as Record<Edition, string>;
  for (const edition of ['html', 'epub', 'pdf'] as const) {
    codeHash[edition] = overrides[edition] ?? sha256(common, await hashAll(codeFolders[edition]));
  }
  return { templatesHash: await hashPath(templatesDir), codeHash };
}

export function jobKey(inputs: KeyInputs, edition: Edition, parts: Record<string, unknown>): string {
  return sha256(
    JSON.stringify({
      version,
      edition,
      config: inputs.config,
      glossary: inputs.glossaryHash,
      templates: inputs.templatesHash,
      code: inputs.codeHash[edition],
      draft: inputs.draft,
      ...parts,
    }),
  );
}

export interface RenderEnv {
  config: Config;
  draft: boolean;
  /**
   * The edition's UI strings, their Chinese in `script` (a report's: pipeline/model/script.ts chineseTag; zh-Hans by
   * default), their English dates in the house's style (config check.dateStyle) or else in `dateStyle`, the style of
   * the report's translation (model/date-style.ts translationDateStyle; day first when neither says).
   */
  translators(script?: ChineseTag, dateStyle?: HouseDateStyle): Promise<Record<Lang, Translate>>;
  browser?: SharedBrowser;
  printTab?: RenderContext['printTab'];
  signal?: AbortSignal;
  cacheDir?: string;
  /** See RenderContext.prepared. */
  prepared?: () => void;
}

/**
 * The context a renderer gets for one publication inside a scratch dist. `glossary`: the term base as this report
 * reads it (its level's notes: core/plan.ts makes it once per report).
 */
export async function renderContext(env: RenderEnv, pub: Publication, distDir: string, buildDate: Date, glossary: Glossary | undefined): Promise<RenderContext> {
  const outDir = path.join(distDir, pub.slug);
  await mkdir(outDir, { recursive: true });
  return {
    config: env.config,
    outDir,
    distDir,
    t: await env.translators(chineseTag(pub), translationDateStyle(pub)),
    draft: env.draft,
    buildDate,
    browser: env.browser,
    printTab: env.printTab,
    signal: env.signal,
    glossary,
    cacheDir: env.cacheDir,
    prepared: env.prepared,
  };
}

export interface JobOutcome {
  cached: boolean;
  files: RenderedFile[];
  /** Every file the job put in the dist (relative), listed or not. */
  written: string[];
  ms: number;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/** Run one job: restore it from the cache or render it and store it; copy its files into staging. */
export async function runJob(job: Job, cache: OutputCache, stagingDir: string, force: boolean): Promise<JobOutcome> {
  const started = performance.now();
  const hit = force ? undefined : await cache.get(job.key);
  if (hit) {
    await restore(hit, stagingDir);
    return { cached: true, files: hit.files, written: await listFiles(hit.distDir), ms: performance.now() - started };
  }
  const scratch = await cache.scratch(job.key);
  let files: RenderedFile[];
  try {
    files = await job.render(path.join(scratch, 'dist'));
  } catch (error) {
    await cache.discard(scratch);
    throw error;
  }
  const entry = await cache.commit(job.key, scratch, files);
  await restore(entry, stagingDir);
  return { cached: false, files, written: await listFiles(entry.distDir), ms: performance.now() - started };
}

/** SOURCE_DATE_EPOCH, else the report's own date, else a fixed date: outputs never depend on the clock. */
export function buildDateFor(env: Record<string, string | undefined>, pub?: Publication): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000);
  const date = pub?.meta.zh.date;
  if (date && !Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return new Date(`${date}T00:00:00Z`);
  return new Date(UNDATED_EDITION);
}
