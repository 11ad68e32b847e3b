/**
 * `duizhao dev`: preview server + watcher. On a save: the HTML edition is
 * rebuilt first (in process, incremental: only the changed report renders)
 * and open pages reload; then EPUB and PDF are rebuilt in the background
 * (cancelled by the next save). Template code changes (.ts/.tsx) build in a
 * child process that calls build() with the new code (state.ts, freshBuild),
 * since this process's module cache holds the old code.
 */
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { Edition } from '../config/types.ts';
import { configFileNames } from '../config/files.ts';
import { loadConfig } from '../config/load.ts';
import { defaultConfig } from '../config/types.ts';
import { build } from '../core/run.ts';
import { forgetCodeHash } from '../core/jobs.ts';
import { resolvePaths } from '../core/paths.ts';
import { loadHtmlStage, loadI18n } from '../core/stages.ts';
import { createSharedBrowser, loadPuppeteer } from '../render/pdf/browser.ts';
import { KeptTab } from '../render/pdf/print-page.ts';
import type { BuildOptions, BuildResult } from '../core/types.ts';
import { freshBuild, type DevState, stateOf } from './state.ts';
import { startServer, type PreviewServer } from './server.ts';

export interface DevOptions extends Pick<BuildOptions, 'root' | 'contentDir' | 'templatesDir' | 'renderers' | 'env' | 'concurrency'> {
  port?: number;
  /** Where the preview is built. Default `<root>/.cache/duizhao/dev/dist` (dist/ is left alone). */
  outDir?: string;
  onEvent?: (event: DevEvent) => void;
}

export type DevEvent =
  | { type: 'ready'; url: string }
  | { type: 'change'; files: string[] }
  | { type: 'built'; phase: 'html' | 'editions'; result: BuildResult | undefined; state: DevState; ms: number }
  /** A step of the warm-up before the first save (the EPUB/PDF renderers, puppeteer, Chromium, its print tab, pdf-lib). */
  | { type: 'warm'; step: string; phase: 'start' | 'done' };

export interface DevServer {
  url: string;
  port: number;
  state(): DevState;
  /** Resolves when no build is running or queued. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export async function startDev(options: DevOptions = {}): Promise<DevServer> {
  const { port, onEvent: _onEvent, ...buildOptions } = options;
  const paths = resolvePaths(buildOptions);
  const outDir = path.resolve(paths.root, options.outDir ?? path.join(paths.cacheDir, 'dev/dist'));
  const emit = options.onEvent ?? (() => {});
  let state: DevState = { ok: true, messages: [], building: true };
  let server: PreviewServer | undefined;
  let closed = false;
  let background: { controller: AbortController; done: Promise<void> } | undefined;
  let queue: Promise<void> = Promise.resolve();
  // Not a draft build: the same cache keys as `duizhao build`, so a preview after a build starts at once.
  // One browser for the server's life (launched on the first PDF): a save does not wait for Chromium to start.
  const browser = createSharedBrowser({ timeoutMs: 60_000 });
  // One print tab kept open between saves: its renderer, and the subset fonts it has decoded, serve the next save's PDFs.
  const printTab = new KeptTab();
  const common: BuildOptions = { ...buildOptions, outDir, draft: false, strict: false, allowErrors: true, reuseCodeHash: true, browser, printTab };

  const publish = (phase: 'html' | 'editions', result: BuildResult | undefined, ms: number, next: DevState) => {
    state = next;
    server?.broadcast('messages', state);
    if (phase === 'html' && next.published) server?.broadcast('reload', {});
    emit({ type: 'built', phase, result, state, ms });
  };

  const cycle = async (changed: string[]) => {
    // Stop the EPUB/PDF build of the previous save, but do not wait for it:
    // the HTML comes first (an aborted build never swaps its staging in).
    const previous = background;
    previous?.controller.abort();
    background = undefined;
    if (closed) return;
    const code = changed.some((file) => /\.(ts|tsx|js|mjs)$/.test(file));
    if (changed.some((file) => file.startsWith(paths.templatesDir))) forgetCodeHash();
    const started = performance.now();
    const run = (only: Edition[], signal?: AbortSignal, link: Edition[] = []) =>
      code ? freshBuild({ root: paths.root, contentDir: paths.contentDir, templatesDir: paths.templatesDir, outDir, only, linkEditions: link, env: options.env, concurrency: options.concurrency }, signal) : build({ ...common, only, signal, linkEditions: link }).then((r) => ({ result: r, state: stateOf(r) }));
    // Chromium (warming up, or printing the outdated PDF) stopped until the HTML is out: the cores are the save's.
    browser.pause();
    let others: Edition[];
    try {
      others = (await loadConfig(paths.root).catch(() => ({ config: defaultConfig }))).config.editions.filter((e) => e !== 'html');
      // the HTML first; its pages link the other editions, which the build that follows makes
      const html = await run(['html'], undefined, others);
      publish('html', html.result, performance.now() - started, html.state);
    } finally {
      browser.resume();
    }
    await previous?.done;
    if (others.length === 0 || closed) return;
    const controller = new AbortController();
    const startedEditions = performance.now();
    const done = run(others, controller.signal)
      .then((editions) => {
        if (!controller.signal.aborted) publish('editions', editions.result, performance.now() - startedEditions, editions.state);
      })
      .catch(() => {});
    background = { controller, done };
  };
  const schedule = (changed: string[]) => {
    queue = queue.then(() => cycle(changed)).catch(() => {});
    return queue;
  };

  server = await startServer(outDir, port ?? 4321, () => state);
  emit({ type: 'ready', url: server.url });
  void schedule([]);
  // When the first build came from the cache, nothing has loaded the HTML renderer
  // yet, and the first save would pay for loading it (~1–2.5 s of module loading
  // and transpiling), for minifying the templates' stylesheets (~0.1 s), for the UI
  // strings' translators and OpenCC's script tables (~0.1 s) on top of its build. Do both now, while the user reads.
  // The same for the EPUB and PDF of the first save, after those and beside the queue (a save's HTML
  // build does not wait for it): their renderers and pdf-lib loaded, Chromium started and its print tab
  // opened (the shared browser above is otherwise launched by the first PDF that renders, so when the
  // first build came from the cache the first save waited for Chromium to start and open a tab).
  // One step at a time, each once no save is coming or being built. A step holds Node's thread while it loads
  // (puppeteer and pdf-lib load synchronously), so before each the warm-up lets Node read the watcher's events
  // and holds while a change waits out its debounce or was seen by the watcher in the last 100 ms; Chromium
  // is stopped while a save's HTML is built (cycle, browser.pause). A save that comes during a step waits
  // for that step's load at most, never for the warm-up.
  let lastRaw = -Infinity;
  let saves = 0;
  const saveComing = () => pending.size > 0 || performance.now() - lastRaw < 100;
  const whenQuiet = async () => {
    for (let settled: Promise<void> | undefined; !closed;) {
      await new Promise((resolve) => setImmediate(resolve));
      if (settled !== queue) await (settled = queue);
      else if (saveComing()) await new Promise((resolve) => setTimeout(resolve, 20));
      else return;
    }
  };
  // The first save's HTML build ran code this process had never run when the first build came from the cache:
  // the renderer's and the checks', and the Markdown parser's once only. V8 runs such code unoptimised, and that
  // save took 0.5–1.2 s CPU (Haidian) where the next ones take 0.1–0.2 s. So the warm-up begins with a rehearsal:
  // the HTML edition rendered once more (forced, the cache's entries rewritten with the same bytes) into a folder of
  // its own beside the preview, never shown. A save stops it (at its next job): the save's own build warms as well.
  const rehearsal = new AbortController();
  const rehearsalDir = path.join(paths.cacheDir, 'dev/rehearsal');
  const rehearse = async (others: Edition[]) => {
    try {
      await build({ ...common, only: ['html'], linkEditions: others, outDir: rehearsalDir, force: true, signal: rehearsal.signal });
    } catch {
      // a project the preview cannot build: the preview says so; the rest of the warm-up goes on
    }
  };
  const warmEditions = async () => {
    if (buildOptions.renderers) return; // a caller's renderers (tests) need no Chromium
    const { config } = await loadConfig(paths.root);
    const { loadRenderer } = await import('../core/stages.ts');
    const others = config.editions.filter((e) => e !== 'html');
    const steps: Array<[string, () => unknown]> = [['html rehearsal', () => rehearse(others)], ...others.flatMap((edition): Array<[string, () => unknown]> => [
      [`${edition} renderer`, () => loadRenderer(edition)],
      ...(edition === 'pdf'
        ? ([
            ['puppeteer', loadPuppeteer],
            ['chromium', () => browser.get()],
            ['print tab', () => browser.get().then((launched) => printTab.open(launched))],
            ['pdf-lib', () => import('../render/pdf/postprocess.ts')],
          ] as Array<[string, () => unknown]>)
        : []),
    ])];
    for (const [step, run] of steps) {
      await whenQuiet();
      // Once a save is built, its EPUB + PDF build loads, launches and opens what it needs itself: a warm-up
      // step beside it would only compete (a second tab, pdf-lib's load holding Node's thread while the tab loads).
      if (closed || saves > 0) return;
      emit({ type: 'warm', step, phase: 'start' });
      await run();
      emit({ type: 'warm', step, phase: 'done' });
    }
  };
  queue = queue
    .then(() => Promise.all([
      loadHtmlStage(),
      loadI18n().then((i18n) => i18n.createTranslators()),
      import('../render/fonts.ts').then((m) => m.preloadFaces()),
      import('../render/html/assets.ts').then((m) => m.preloadStylesheets()),
      // the report's script (its language tag) is read from its text at every render: OpenCC's tables first
      import('../model/script.ts').then((m) => m.loadScriptTables()),
    ]))
    .then(() => undefined, () => undefined);
  const warming = queue.then(() => warmEditions()).catch(() => undefined);

  const watched = [paths.contentDir, paths.templatesDir, ...configFileNames.map((name) => path.join(paths.root, name))];
  const watcher: FSWatcher = watch(watched, { ignoreInitial: true, ignored: (file) => /(^|[/\\])(\.|node_modules)/.test(path.basename(file)) });
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  watcher.on('raw', () => (lastRaw = performance.now()));
  watcher.on('all', (_event, file) => {
    rehearsal.abort(); // a save (its HTML build warms the code as well); not on 'raw', which also sees the preview's swap beside the config
    pending.add(file);
    clearTimeout(timer);
    // A short debounce: editors save in several writes (temp file + rename).
    timer = setTimeout(() => {
      const files = [...pending];
      pending = new Set();
      emit({ type: 'change', files });
      saves += 1;
      void schedule(files);
    }, 15);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    url: server.url,
    port: server.port,
    state: () => state,
    async idle() {
      let last: Promise<void> | undefined;
      while (last !== queue) {
        last = queue;
        await queue;
      }
      await background?.done;
      await warming;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      rehearsal.abort();
      background?.controller.abort();
      await watcher.close();
      await server?.close();
      await background?.done;
      await queue;
      await warming;
      await printTab.close();
      await browser.close();
    },
  };
}
