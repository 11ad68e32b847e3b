/**
 * `npm run bench`: every figure measured in one run, as whole processes the
 * way a user runs them (wall and CPU time; peak RSS of Node + Chromium
 * together), each against its yardstick measured in the same run.
 * Returns the figures; report.ts turns them into ratios against the targets.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { benchSlug, copyProject, corpusProject, editParagraph, haidianProject, longProject, snapshotPipeline, tempRoot } from './project.ts';
import { preparePrintJobs } from './floor-prep.ts';
import { machine, runProcess, type ProcessRun } from './measure.ts';
import { measureDev, type DevFigures } from './dev-latency.ts';
import type { FloorRun, FloorTiming } from './floor.ts';
import { changedPages, pageTexts, type ChangedPages } from './changed-pages.ts';
import type { LayoutProfile } from './layout-profile.ts';
import type { PdfPhases } from '../render/types.ts';

export interface BenchOptions {
  /** Sizes of the corpus runs (default []: none; e.g. [10, 50]). */
  corpus?: number[];
  /** Run the Haidian and long-report measures. Default true. */
  haidian?: boolean;
  log?: (line: string) => void;
}

export interface Figure {
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  /** Per job (report × edition) render times reported by the build itself. */
  jobs?: Array<{ slug: string; edition: string; ms: number; cached: boolean }>;
  /** Per output file (each PDF has its own time). */
  outputs?: Array<{ path: string; ms: number; msByPhase?: PdfPhases }>;
  /** Time inside build() (the rest is process start-up and module loading). */
  buildMs?: number;
}

/** One PDF: Duizhao's time for it in the cold build against Chromium printing the same document. */
export interface PdfFigure {
  file: string;
  pages: number;
  /** Its time in a cold `build --only pdf` (its print job + its share of documents and fonts). */
  ms: number;
  /** Where `ms` went: its share of the documents and fonts, its tab, finishing that overlapped no print. */
  msByPhase?: PdfPhases;
  /** Chromium's own print engine, same document, same browser configuration (the yardstick). */
  nativeMs: number;
  /** The same, printing only the first page: the part of a print that does not depend on the pages printed (information; Haidian only, beside the edit). */
  firstPageMs?: number;
  /** The same document paginated in the tab (paginate.js), then printed, without the Node-side finishing (information). */
  paginatedMs: number;
  /** Where its pagination time went (a CPU profile of the print tab; information). */
  layout?: LayoutProfile;
}

export interface ReportFigures {
  slug: string;
  cold: Figure;
  /** A cold `build --only pdf` (where each PDF's own time comes from: no EPUB or HTML job beside it). */
  pdfOnly: Figure;
  /** The print-only floor and the paginated floor as whole processes (one browser, every PDF of the report). */
  nativeRun: Figure;
  paginatedRun: Figure;
  pdfs: PdfFigure[];
  /** A cold EPUB alone (`--only epub`, empty cache). */
  epub: Figure;
  /** Chromium's launch in the print-only floor's process (the build's browser module). */
  launchMs: number;
}

/**
 * What an incremental PDF would cost at the least after the bench's edit (information, issue 16): the
 * edit's HTML and EPUB alone, Chromium's launch, and Chromium's own print of only the pages the edit changed.
 */
export interface EditFloor {
  /** The same kind of edit again after it (one more sentence in the same paragraph), `build --only html,epub`. */
  withoutPdf: Figure;
  /** Per PDF of the cold build: its pages after the edit, and which of them the edit changed. */
  pdfs: Array<{ file: string } & ChangedPages>;
  /**
   * A Chromium launched for it printing only the changed sheets, each PDF's as a document of its own (floor.js `sheets`):
   * its launch (puppeteer already loaded) and each document's print, as the process timed them.
   */
  sheets?: { launchMs: number; documents: FloorTiming[] };
}

export interface BenchResults {
  machine: string;
  date: string;
  /** Load average (1 min) when the run ended. */
  loadAtEnd: string;
  haidian?: ReportFigures & {
    /** The cold build's yardstick: Chromium printing the HTML edition twice, each in a fresh process. */
    htmlTwice: Figure;
    noop: Figure;
    edit: Figure;
    editFloor?: EditFloor;
    dev?: DevFigures;
    pandoc?: { html: Figure; epub: Figure };
  };
  long?: ReportFigures;
  /** `duizhao --version`, median of 5. */
  version?: Figure;
  /** `node -e 0` in the same environment, median of 5 (run between the version runs). */
  nodeStart?: Figure;
  /** `duizhao --version --json`: the entry, the compiled tree's staleness walk, the CLI and cac — every command's start. */
  cliStart?: Figure;
  /**
   * The same two with NODE_EXTRA_CA_CERTS unset, when the environment sets it (information):
   * Node 20 reads and parses that CA bundle before any JavaScript runs (nodejs/node#40524).
   */
  withoutExtraCa?: { version: Figure; nodeStart: Figure };
  corpus: Array<{ reports: number; build: Figure }>;
  ingest?: unknown;
  /** Per-field accuracy of ingest over the real-page corpus, as a Markdown table. */
  ingestAccuracy?: string;
  matcher?: unknown;
  failures: string[];
}

const fig = (run: ProcessRun): Figure => {
  const figure: Figure = { ms: run.ms, cpuMs: run.cpuMs, peakRssMb: run.peakRssMb };
  try {
    const json = JSON.parse(run.stdout) as { ms: number; jobs: NonNullable<Figure['jobs']>; outputs: NonNullable<Figure['outputs']> };
    figure.buildMs = json.ms;
    figure.jobs = json.jobs.map(({ slug, edition, ms, cached }) => ({ slug, edition, ms, cached }));
    figure.outputs = json.outputs.map(({ path, ms, msByPhase }) => ({ path, ms, msByPhase }));
  } catch {
    // not a `build --json` run
  }
  return figure;
};

async function pageCount(file: string): Promise<number> {
  const { PDFDocument } = await import('pdf-lib');
  return (await PDFDocument.load(readFileSync(file), { updateMetadata: false })).getPageCount();
}

export async function runBench(options: BenchOptions = {}): Promise<BenchResults> {
  const log = options.log ?? (() => {});
  const results: BenchResults = { machine: machine(), date: new Date().toISOString(), loadAtEnd: '', corpus: [], failures: [] };
  const tmp = tempRoot();
  const bin = snapshotPipeline(tmp);
  // The floor runs the snapshot's compiled browser module (render/pdf/browser.ts), as the builds do.
  const floorScript = path.join(path.dirname(bin), '../.cache/compiled/pipeline/bench/floor.js');
  const must = (name: string, run: ProcessRun): Figure => {
    if (run.status !== 0) {
      results.failures.push(`${name}: exit ${run.status}\n${run.stderr.slice(-2000)}`);
      throw new Error(`${name} failed (exit ${run.status})`);
    }
    log(`${name}: ${(run.ms / 1000).toFixed(2)} s wall, ${(run.cpuMs / 1000).toFixed(2)} s CPU, peak ${run.peakRssMb.toFixed(0)} MB`);
    return fig(run);
  };
  const build = (root: string, extra: string[] = []) => runProcess(process.execPath, [bin, 'build', '--root', root, '--json', ...extra]);
  const floor = async (mode: string, targets: string[], name: string): Promise<{ run: Figure; timings: FloorTiming[]; launchMs: number }> => {
    const run = await runProcess(process.execPath, [floorScript, mode, ...targets]);
    const out = JSON.parse(run.stdout) as FloorRun;
    return { run: must(`${name} (${mode})`, run), timings: out.documents, launchMs: out.launchMs };
  };
  /** Cold build, a cold EPUB alone, and each PDF against its floors. */
  const measureReport = async (root: string, slug: string, name: string, { firstPage: withFirstPage = false } = {}): Promise<ReportFigures> => {
    const cold = must(`${name}: cold build, all editions`, await build(root));
    const epub = must(`${name}: cold EPUB alone`, await build(copyProject(root, `${path.basename(root)}-epub`), ['--only', 'epub']));
    const pdfRoot = copyProject(root, `${path.basename(root)}-pdf`);
    const pdfOnly = must(`${name}: cold PDFs alone`, await build(pdfRoot, ['--only', 'pdf']));
    const jobs = await preparePrintJobs(root, [slug], path.join(root, 'floor-jobs'));
    const native = await floor('native', jobs, `${name}: Chromium print-only floor`);
    const firstPage = withFirstPage ? await floor('first-page', jobs, `${name}: Chromium print-only floor, first page only`) : undefined;
    const paginated = await floor('paginated', jobs, `${name}: Chromium + paginate.js floor`);
    // Untimed: the profiler slows the layout down; only the shares of its time are reported.
    const profiled = await floor('profile', jobs, `${name}: pagination profiled`);
    const pdfOutputs = (pdfOnly.outputs ?? []).filter((o) => o.path.endsWith('.pdf'));
    if (pdfOutputs.length !== jobs.length) throw new Error(`${name}: ${pdfOutputs.length} PDFs built, ${jobs.length} floor documents`);
    const pdfs: PdfFigure[] = [];
    for (const [n, output] of pdfOutputs.entries()) {
      pdfs.push({ file: path.basename(output.path), pages: await pageCount(path.join(pdfRoot, 'dist', output.path)), ms: output.ms, msByPhase: output.msByPhase, nativeMs: native.timings[n].ms, firstPageMs: firstPage?.timings[n].ms, paginatedMs: paginated.timings[n].ms, layout: profiled.timings[n].layout });
    }
    return { slug, cold, pdfOnly, nativeRun: native.run, paginatedRun: paginated.run, pdfs, epub, launchMs: native.launchMs };
  };
  if (options.haidian !== false) {
    try {
      const root = haidianProject(tmp);
      const report = await measureReport(root, benchSlug, 'Haidian', { firstPage: true });
      const htmlEdition = path.join(root, 'dist', benchSlug, 'index.html');
      const once = () => runProcess(process.execPath, [floorScript, 'html', htmlEdition]);
      const first = must('Chromium prints the HTML edition (fresh process 1)', await once());
      const second = must('Chromium prints the HTML edition (fresh process 2)', await once());
      const htmlTwice: Figure = { ms: first.ms + second.ms, cpuMs: first.cpuMs + second.cpuMs, peakRssMb: Math.max(first.peakRssMb, second.peakRssMb) };
      const noop = must('no-op rebuild', await build(root));
      // The edit's floor: each PDF's pages before the edit (untimed, before the edit so that its run is as it always was).
      const pdfFiles = report.pdfs.map((pdf) => pdf.file);
      const pdfPath = (file: string) => path.join(root, 'dist', benchSlug, file);
      let before: string[][] | undefined;
      try {
        before = pdfFiles.map((file) => pageTexts(pdfPath(file)));
      } catch (error) {
        results.failures.push(`the edit's floor: ${(error as Error).message}`);
      }
      editParagraph(root, 1);
      const edit = must('one-paragraph edit rebuild', await build(root));
      let editFloor: EditFloor | undefined;
      if (before) {
        try {
          const pdfs = pdfFiles.map((file, n) => ({ file, ...changedPages(before[n], pageTexts(pdfPath(file))) }));
          for (const pdf of pdfs) log(`the edit changed ${pdf.changed.length} of the ${pdf.pages} pages of ${pdf.file}: ${pdf.changed.join(', ')}`);
          // The edited print documents (untimed), for their changed sheets alone below.
          const editedJobs = await preparePrintJobs(root, [benchSlug], path.join(root, 'floor-jobs-edit'));
          // The same kind of edit again, in the same project (its cache as the edit left it), without the PDFs.
          editParagraph(root, 1, 'This sentence too was added for the benchmark.');
          const withoutPdf = must('one-paragraph edit, HTML and EPUB only', await build(root, ['--only', 'html,epub']));
          const targets = editedJobs.flatMap((dir, n) => (pdfs[n].changed.length > 0 ? [`${dir}=${pdfs[n].changed.join(',')}`] : []));
          const sheets = targets.length > 0 ? await floor('sheets', targets, "the edit's changed sheets alone") : undefined;
          editFloor = { withoutPdf, pdfs, ...(sheets && { sheets: { launchMs: sheets.launchMs, documents: sheets.timings } }) };
        } catch (error) {
          results.failures.push(`the edit's floor: ${(error as Error).message}`);
        }
      }
      let dev: DevFigures | undefined;
      try {
        dev = await measureDev(bin, root, log);
      } catch (error) {
        results.failures.push(`dev server: ${(error as Error).message}`);
      }
      const zh = path.join(root, 'content/reports', benchSlug, 'zh.md');
      // Pandoc for scale, when it is installed.
      const pandoc = !existsSync('/usr/bin/pandoc') ? undefined : {
        html: must('pandoc zh.md → HTML', await runProcess('/usr/bin/pandoc', [zh, '--standalone', '--metadata', 'title=bench', '-o', path.join(tmp, 'pandoc.html')])),
        epub: must('pandoc zh.md → EPUB', await runProcess('/usr/bin/pandoc', [zh, '--metadata', 'title=bench', '-o', path.join(tmp, 'pandoc.epub')])),
      };
      results.haidian = { ...report, htmlTwice, noop, edit, editFloor, dev, pandoc };
    } catch (error) {
      log(`Haidian stopped: ${(error as Error).message}`);
    }
    try {
      const { root, slug } = await longProject(tmp);
      results.long = await measureReport(root, slug, 'Long report (6× Haidian)');
    } catch (error) {
      log(`long report stopped: ${(error as Error).message}`);
    }
    // Node's own start-up beside it, runs interleaved: the floor no CLI can go under (on this machine
    // NODE_EXTRA_CA_CERTS, when set, makes Node 20 load the CA bundle before any JavaScript runs).
    // `--version` alone is answered by the entry itself; with a flag beside it, it goes through what
    // every command pays before its own modules (the staleness walk, the compiled CLI, cac).
    const versions: ProcessRun[] = [];
    const nodeAlone: ProcessRun[] = [];
    const throughCli: ProcessRun[] = [];
    for (let n = 0; n < 5; n++) {
      versions.push(await runProcess(process.execPath, [bin, '--version']));
      nodeAlone.push(await runProcess(process.execPath, ['-e', '0']));
      throughCli.push(await runProcess(process.execPath, [bin, '--version', '--json']));
    }
    for (const runs of [versions, nodeAlone, throughCli]) runs.sort((a, b) => a.ms - b.ms);
    results.version = must('duizhao --version (median of 5)', versions[2]);
    results.nodeStart = must('node -e 0 (median of 5)', nodeAlone[2]);
    results.cliStart = must('duizhao --version --json (median of 5)', throughCli[2]);
    if (process.env.NODE_EXTRA_CA_CERTS) {
      const unset = { env: { NODE_EXTRA_CA_CERTS: undefined } };
      const bareVersions: ProcessRun[] = [];
      const bareNode: ProcessRun[] = [];
      for (let n = 0; n < 5; n++) {
        bareVersions.push(await runProcess(process.execPath, [bin, '--version'], unset));
        bareNode.push(await runProcess(process.execPath, ['-e', '0'], unset));
      }
      bareVersions.sort((a, b) => a.ms - b.ms);
      bareNode.sort((a, b) => a.ms - b.ms);
      results.withoutExtraCa = {
        version: must('duizhao --version without NODE_EXTRA_CA_CERTS (median of 5)', bareVersions[2]),
        nodeStart: must('node -e 0 without NODE_EXTRA_CA_CERTS (median of 5)', bareNode[2]),
      };
    }
  }
  for (const count of options.corpus ?? []) {
    try {
      const { root } = await corpusProject(tmp, count);
      results.corpus.push({ reports: count, build: must(`corpus of ${count}, all editions`, await build(root)) });
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
  results.loadAtEnd = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  rmSync(tmp, { recursive: true, force: true });
  return results;
}
