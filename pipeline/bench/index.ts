/**
 * `npm run bench`: every figure measured in one run, as whole processes the
 * way a user runs them (wall time; peak RSS of Node + Chromium together).
 * Returns the figures; the CLI prints them with their ratios and targets.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { benchSlug, corpusProject, editParagraph, haidianProject, snapshotPipeline, tempRoot } from './project.ts';
import { preparePrintJobs } from './floor-prep.ts';
import { machine, runProcess, type ProcessRun } from './measure.ts';
import { measureDev, type DevFigures } from './dev-latency.ts';

export interface BenchOptions {
  /** Sizes of the corpus runs (default [10, 50]; [] skips the corpus). */
  corpus?: number[];
  /** Run the Haidian measures (cold, floor, no-op, edit, dev, Pandoc). Default true. */
  haidian?: boolean;
  log?: (line: string) => void;
}

export interface Figure {
  ms: number;
  peakRssMb: number;
  /** Per job (report × edition) render times reported by the build itself. */
  jobs?: Array<{ slug: string; edition: string; ms: number; cached: boolean }>;
  /** Time inside build() (the rest is process start-up and module loading). */
  buildMs?: number;
}

export interface BenchResults {
  machine: string;
  date: string;
  cold?: Figure;
  floor?: { paged: Figure; native: Figure };
  noop?: Figure;
  edit?: Figure;
  dev?: DevFigures;
  pandoc?: { html: Figure; epub: Figure };
  corpus: Array<{ reports: number; build: Figure; floor: { paged: Figure; native: Figure } }>;
  ingest?: unknown;
  /** Per-field accuracy of ingest over the real-page corpus, as a Markdown table. */
  ingestAccuracy?: string;
  matcher?: unknown;
  failures: string[];
}

const fig = (run: ProcessRun): Figure => {
  const figure: Figure = { ms: run.ms, peakRssMb: run.peakRssMb };
  try {
    const json = JSON.parse(run.stdout) as { ms: number; jobs: NonNullable<Figure['jobs']> };
    figure.buildMs = json.ms;
    figure.jobs = json.jobs.map(({ slug, edition, ms, cached }) => ({ slug, edition, ms, cached }));
  } catch {
    // not a `build --json` run
  }
  return figure;
};

export async function runBench(options: BenchOptions = {}): Promise<BenchResults> {
  const log = options.log ?? (() => {});
  const results: BenchResults = { machine: machine(), date: new Date().toISOString(), corpus: [], failures: [] };
  const tmp = tempRoot();
  const bin = snapshotPipeline(tmp);
  const floorScript = path.join(path.dirname(bin), 'bench/floor.mjs');
  const must = (name: string, run: ProcessRun): Figure => {
    if (run.status !== 0) {
      results.failures.push(`${name}: exit ${run.status}\n${run.stderr.slice(-2000)}`);
      throw new Error(`${name} failed (exit ${run.status})`);
    }
    log(`${name}: ${(run.ms / 1000).toFixed(2)} s, peak ${run.peakRssMb.toFixed(0)} MB`);
    return fig(run);
  };
  const build = (root: string, extra: string[] = []) => runProcess(process.execPath, [bin, 'build', '--root', root, '--json', ...extra]);
  const floor = async (root: string, slugs: string[], name: string) => {
    const jobs = await preparePrintJobs(root, slugs, path.join(root, 'floor-jobs'));
    const out = path.join(root, 'floor-out');
    mkdirSync(out, { recursive: true });
    const paged = must(`${name} floor (Chromium + Paged.js)`, await runProcess(process.execPath, [floorScript, 'paged', out, ...jobs]));
    const native = must(`${name} floor (Chromium print only)`, await runProcess(process.execPath, [floorScript, 'native', out, ...jobs]));
    return { paged, native };
  };
  if (options.haidian !== false) try {
    const root = haidianProject(tmp);
    results.cold = must('cold build, Haidian, all editions', await build(root));
    results.floor = await floor(root, [benchSlug], 'Haidian');
    results.noop = must('no-op rebuild', await build(root));
    editParagraph(root, 1);
    results.edit = must('one-paragraph edit rebuild', await build(root));
    results.dev = await measureDev(bin, root, log);
    const zh = path.join(root, 'content/reports', benchSlug, 'zh.md');
    results.pandoc = {
      html: must('pandoc zh.md → HTML', await runProcess('/usr/bin/pandoc', [zh, '--standalone', '--metadata', 'title=bench', '-o', path.join(tmp, 'pandoc.html')])),
      epub: must('pandoc zh.md → EPUB', await runProcess('/usr/bin/pandoc', [zh, '--metadata', 'title=bench', '-o', path.join(tmp, 'pandoc.epub')])),
    };
  } catch (error) {
    log(`stopped: ${(error as Error).message}`);
  }
  for (const count of options.corpus ?? [10, 50]) {
    try {
      const { root, slugs } = await corpusProject(tmp, count);
      const built = must(`corpus of ${count}, all editions`, await build(root));
      results.corpus.push({ reports: count, build: built, floor: await floor(root, slugs, `corpus of ${count}`) });
    } catch (error) {
      log(`corpus ${count} stopped: ${(error as Error).message}`);
    }
  }
  try {
    const { runIngestBench } = await import('./ingest.ts');
    results.ingest = await runIngestBench();
    const { accuracyTable, scoreCorpus } = await import('./ingest-accuracy.ts');
    const { corpusDir } = await import('./ingest-report.ts');
    results.ingestAccuracy = accuracyTable(scoreCorpus(corpusDir));
    const { runMatcherBench } = await import('./matcher.ts');
    results.matcher = await runMatcherBench();
  } catch (error) {
    results.failures.push(`ingest/matcher bench: ${(error as Error).message}`);
  }
  rmSync(tmp, { recursive: true, force: true });
  return results;
}
