/**
 * The build's options, progress events and result. `build()` never prints:
 * the CLI (or the dev server, or a test) renders the events and the result.
 */
import type { VFile } from 'vfile';
import type { Edition } from '../config/types.ts';
import type { SiteFileCaveat } from '../render/editions.ts';
import type { PdfPhases, Renderer } from '../render/types.ts';

export interface BuildOptions {
  /** Project root: holds content/, duizhao.config.*, dist/, .cache/. Default: cwd. */
  root?: string;
  /** Default `<root>/content`. */
  contentDir?: string;
  /** Where the finished editions go. Default `<root>/dist`. */
  outDir?: string;
  /** Default `<root>/.cache/duizhao`. */
  cacheDir?: string;
  /** Config file (relative to root); default: the first of duizhao.config.{yaml,yml,json}. */
  configPath?: string;
  /** Build only these report slugs (others already in dist/ are kept). */
  reports?: string[];
  /** Build only these editions (others already in dist/ are kept). */
  only?: Edition[];
  /** Build even when translations are missing; untranslated blocks are marked. Warnings never fail. */
  draft?: boolean;
  /** Warnings fail the build (default true; ignored when draft). */
  strict?: boolean;
  /**
   * Render and publish even when the checks report errors (the dev preview:
   * the page shows the messages in an overlay). Files that cannot be loaded
   * still stop the build. The result is still `ok: false` when there are errors.
   * Draft reports are then built too (their missing English is what the preview shows).
   */
  allowErrors?: boolean;
  /**
   * Editions the pages may link although this build does not make them, because a
   * build that follows will (the dev server's HTML-first pass). Default: none —
   * a page links only the files that exist after the build.
   */
  linkEditions?: Edition[];
  /** Reuse the code/template hash of the previous build in this process (dev server; it invalidates on changes). */
  reuseCodeHash?: boolean;
  /** Render jobs at once. Default: config.build.concurrency or the CPU count. */
  concurrency?: number;
  /** Ignore the cache: render everything. */
  force?: boolean;
  signal?: AbortSignal;
  onEvent?: (event: BuildEvent) => void;
  /** Replace the renderers (tests, benchmarks). Each needs a `codeId` for the cache key. */
  renderers?: Array<Renderer & { codeId?: string }>;
  /** Templates folder hashed into the cache key. Default: the repository's templates/. */
  templatesDir?: string;
  /** Module resolution for the font preflight (tests simulate a missing package). Default: require.resolve. */
  resolveModule?: (name: string) => string;
  /**
   * A browser that outlives the build (the dev server's: no Chromium launch per save),
   * used for its PDFs and left open. Default: one launched on first use and closed by the build.
   */
  browser?: import('../render/pdf/browser.ts').SharedBrowser;
  /**
   * A print tab that outlives the build, of `browser` (the dev server's): the PDFs print in it and leave it
   * open for the next build, so its renderer and the subset fonts it has decoded stay (render/pdf/print-page.ts, KeptTab).
   */
  printTab?: import('../render/pdf/print-page.ts').KeptTab;
  /** Environment (SOURCE_DATE_EPOCH). Default: process.env. */
  env?: Record<string, string | undefined>;
}

export type BuildEvent =
  | { type: 'start'; reports: string[]; editions: Edition[] }
  | { type: 'checked'; slug: string; errors: number; warnings: number }
  | { type: 'skipped'; slug: string; reason: string }
  | { type: 'job-start'; slug: string; edition: Edition }
  | { type: 'job-end'; slug: string; edition: Edition; cached: boolean; ms: number; ok: boolean }
  | { type: 'swap'; outDir: string }
  | { type: 'done'; ok: boolean; ms: number };

export interface OutputFile {
  slug: string;
  edition: Edition;
  /** Relative to outDir. */
  path: string;
  bytes: number;
  /** Time spent producing the file: its own time when the renderer reports it (each PDF), else its job's (0 when cached). */
  ms: number;
  /** The renderer's parts of `ms`, when it reports them (each PDF). */
  msByPhase?: PdfPhases;
  cached: boolean;
}

export interface JobRecord {
  slug: string;
  edition: Edition;
  key: string;
  cached: boolean;
  ms: number;
  ok: boolean;
  error?: string;
}

/** An error that is not about a position in content: I/O, browser, config. */
export interface BuildProblem {
  message: string;
  /** What to do about it. */
  hint?: string;
  slug?: string;
  edition?: Edition;
  /** The stage at fault, e.g. `render/pdf`. */
  stage?: string;
  /** The file at fault: the output being made (relative to the dist) or the input. */
  file?: string;
}

export interface BuildResult {
  ok: boolean;
  /** The new dist was swapped into place (with `allowErrors`, also when checks reported errors). */
  published: boolean;
  aborted: boolean;
  outDir: string;
  reports: string[];
  editions: Edition[];
  outputs: OutputFile[];
  jobs: JobRecord[];
  /** Every file with messages (content, glossary, config), for vfile-reporter. */
  files: VFile[];
  problems: BuildProblem[];
  /** Draft reports a plain build left out (build them with --draft), and why each is a draft. */
  skipped: Array<{ slug: string; reason: string }>;
  /** The site's own files (render/editions.ts siteFiles) not written, or of limited use, and why: the summary says them. */
  siteCaveats?: SiteFileCaveat[];
  /** Errors counts every fatal message and every problem (a failed job is one). */
  counts: { errors: number; warnings: number; infos: number };
  rendered: number;
  cached: number;
  ms: number;
  /**
   * Nothing changed since the last build of this dist (core/unchanged.ts): same inputs, dist as it
   * left it. Its result is given again, checks included (it had no message), and nothing was redone.
   */
  unchanged?: boolean;
}
