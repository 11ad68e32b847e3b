/**
 * The one owner of Chromium in the pipeline: its flags, finding the executable,
 * launching it, the browser a build shares between its PDFs (launched on first
 * use, relaunched after a crash or a hang), the retry of a job on a fresh
 * browser, and shutdown. The build, the PDF renderer, the tests and the bench's
 * floor all go through here; nothing else launches or kills Chromium.
 *
 * Why it is its own seam: Chromium is a heavy, crash-prone child process. Every
 * launch gets its own throw-away profile folder (so tests can count the
 * processes of one launch by it), runs headless with background networking
 * off, and is killed — process group and all — on close, on abort, on
 * SIGINT/SIGTERM/SIGHUP and at process exit. puppeteer itself is loaded on the
 * first launch: a build whose PDFs all come from the cache never loads it.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, PuppeteerNode } from 'puppeteer';

let loadedPuppeteer: PuppeteerNode | undefined;
/** puppeteer, loaded on first use (CommonJS build: also usable from the synchronous findBrowserExecutable). */
function puppeteer(): PuppeteerNode {
  loadedPuppeteer ??= (createRequire(import.meta.url)('puppeteer') as { default: PuppeteerNode }).default;
  return loadedPuppeteer;
}

/** Load puppeteer now (~0.2–0.3 s of Node's thread): the dev server's warm-up does it as a step of its own. */
export function loadPuppeteer(): void {
  puppeteer();
}

export const installHint =
  'Install Chromium or Chrome: `sudo apt-get install chromium` (Debian/Ubuntu), `brew install --cask chromium` (macOS), ' +
  'or `npx puppeteer browsers install chrome`; or point PUPPETEER_EXECUTABLE_PATH at an installed browser.';

/** There is no browser to launch (the build reports it with `hint`). */
export class BrowserMissingError extends Error {
  readonly hint = installHint;
}

export interface LaunchOptions {
  /** Aborting closes (kills) the browser. */
  signal?: AbortSignal;
  /** How long Chromium may take to start. Default: 30 000 ms. */
  timeoutMs?: number;
  /** Executable; default: `findBrowserExecutable()`. */
  executablePath?: string;
  /** Told the launch's profile folder before Chromium starts (every process of the launch has it on its command line). */
  onProfile?: (userDataDir: string) => void;
}

export interface LaunchedBrowser {
  browser: Browser;
  /** Close gracefully (2 s), then kill the process group. Never throws; idempotent. */
  close(): Promise<void>;
  /** PID of the main browser process. */
  pid: number | undefined;
  /** Throw-away profile folder; every process of this browser has it on its command line. */
  userDataDir: string;
}

/** Flags every launch uses: no background traffic, no updates, no first-run UI (see README.md, "Security"). */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
  // Memory (the peak of the long report's cold build is the sum of the RSS of Node and
  // every Chromium process, each one counting the pages it shares with the others):
  // - Chromium 156 preloads its omnibox popup (chrome://omnibox-popup.top-chrome/, a WebUI
  //   page) in a renderer of its own even headless: ~160 MB the build never uses.
  // - No spare renderer: Chromium starts one ahead for the next tab, and keeps one
  //   more after the last print (~75 MB during each print); the next tab starts its own.
  // - The network service (~100 MB; every request is answered from memory through
  //   the Fetch domain) and the GPU process (~85 MB; software compositing only,
  //   --disable-gpu) run as threads of the browser process.
  // The popup: 1,599–1,610 → 1,448–1,456 MB; the other three then 1,427–1,457 → 1,161–1,254 MB;
  // CPU and wall unchanged (BENCHMARKS.md, interleaved runs).
  // puppeteer merges these with its own --disable-features / --enable-features.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,SpareRendererForSitePerProcess',
  '--enable-features=NetworkServiceInProcess2',
  '--in-process-gpu',
  // Chromium's own process model. `--single-process --no-zygote` (one process instead
  // of ~10) once cut the peak memory of printing the Haidian PDFs from 1,425 MB to
  // 723 MB with Paged.js, but with the paginator's documents Chromium 156 in that mode
  // died now and then as a tab was closed or opened: 6 of 24 prints of the four
  // fixture editions needed the retry, against 0 of 24 in the process model (and 0 of
  // 24 for Paged.js's documents in one process). DUIZHAO_CHROMIUM_SINGLE_PROCESS=1
  // goes back to one process (less memory, the occasional relaunch).
  ...(process.env.DUIZHAO_CHROMIUM_SINGLE_PROCESS === '1' ? ['--single-process', '--no-zygote'] : []),
];

const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * Find Chrome/Chromium: `PUPPETEER_EXECUTABLE_PATH`, then puppeteer's own
 * downloaded browser, then a system Chromium/Chrome. Throws an error saying how
 * to install one when there is none.
 */
export function findBrowserExecutable(
  env: NodeJS.ProcessEnv = process.env,
  /** Where to look for a system browser (tests pass their own). */
  candidates: readonly string[] = systemCandidates,
  /** Whether to consider puppeteer's own download. */
  downloadedBrowser = true,
): string {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `PUPPETEER_EXECUTABLE_PATH is set to ${fromEnv}, but there is no file there. ` +
        'Point it at a Chrome/Chromium binary or unset it.',
    );
  }
  let downloaded: string | undefined;
  try {
    downloaded = downloadedBrowser ? puppeteer().executablePath() : undefined;
  } catch {
    downloaded = undefined; // no cache folder / no download configured
  }
  if (downloaded && existsSync(downloaded)) return downloaded;
  for (const candidate of candidates) if (existsSync(candidate)) return candidate;
  throw new Error(
    'No Chrome or Chromium found for the PDF edition. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  - puppeteer\'s own: npx puppeteer browsers install chrome-headless-shell\n' +
      'or set PUPPETEER_EXECUTABLE_PATH=/path/to/chrome. Looked in: ' +
      [downloaded, ...candidates].filter(Boolean).join(', '),
  );
}

/** Browsers launched by this process and not yet closed: killed on signals/exit. */
const live = new Set<LaunchedBrowser>();
let handlersInstalled = false;

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL'); // detached launch: the browser leads its own process group
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const killAll = (): void => {
    for (const launched of live) {
      killGroup(launched.pid);
      rmSync(launched.userDataDir, { recursive: true, force: true });
    }
    live.clear();
  };
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = (): void => {
      killAll();
      // Re-raise with our listener gone so Node's default (or the CLI's own
      // handler) decides how the process ends; we only clean up.
      process.removeListener(signal, onSignal);
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

/** Launch a headless Chromium; the caller must `close()` it (also done on signals/exit). */
export async function launchBrowser(options: Readonly<LaunchOptions> = {}): Promise<LaunchedBrowser> {
  options.signal?.throwIfAborted();
  installHandlers();
  let executablePath: string;
  try {
    executablePath = options.executablePath ?? findBrowserExecutable();
  } catch (error) {
    throw new BrowserMissingError(`No browser for the PDF edition: ${(error as Error).message}`, { cause: error });
  }
  let userDataDir = '';
  let browser: Browser | undefined;
  // A Chromium that exits while puppeteer connects ("Target closed") is started once
  // more: seen once in a loaded test run, never when launched alone. A browser that
  // is missing or cannot run fails the same way twice and is reported.
  for (let attempt = 1; !browser; attempt += 1) {
    userDataDir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-chromium-'));
    options.onProfile?.(userDataDir);
    try {
      browser = await puppeteer().launch({
        executablePath,
        headless: true,
        args: [...chromiumArgs],
        userDataDir,
        timeout: options.timeoutMs ?? 30_000,
        handleSIGINT: false, // ours kill the whole group and re-raise; puppeteer's would exit(130)
        handleSIGTERM: false,
        handleSIGHUP: false,
        pipe: true,
      });
    } catch (error) {
      rmSync(userDataDir, { recursive: true, force: true });
      const transient = /Target closed|Protocol error/i.test((error as Error).message);
      if (options.signal?.aborted) throw error;
      if (attempt >= 2 || !transient) {
        const message = (error as Error).message;
        if (/ENOENT|EACCES|not found|no such file/i.test(message)) throw new BrowserMissingError(`Chromium (${executablePath}) cannot run: ${message}`, { cause: error });
        throw new Error(`Could not start the browser for the PDF edition (${executablePath}): ${message}`, { cause: error });
      }
    }
  }
  const pid = browser.process()?.pid;
  let closing: Promise<void> | undefined;
  const launched: LaunchedBrowser = {
    browser,
    pid,
    userDataDir,
    close() {
      closing ??= (async () => {
        live.delete(launched);
        options.signal?.removeEventListener('abort', onAbort);
        if (browser.connected) {
          await Promise.race([browser.close().catch(() => undefined), new Promise((r) => setTimeout(r, 2000).unref())]);
        }
        killGroup(pid); // stragglers (renderers, zygote) of a closed or crashed browser
        rmSync(userDataDir, { recursive: true, force: true });
      })();
      return closing;
    },
  };
  const onAbort = (): void => void launched.close();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  live.add(launched);
  return launched;
}

/**
 * PIDs of live processes whose command line contains `marker` (e.g. a
 * `userDataDir`), read from `ps`. Used by tests and by the build to prove that
 * no Chromium survives.
 */
export function chromiumProcesses(marker = 'duizhao-chromium-'): number[] {
  let out: string;
  try {
    out = execFileSync('ps', ['-eo', 'pid=,stat=,args='], { encoding: 'utf8' });
  } catch {
    return [];
  }
  return out
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\S+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null && !m[2].startsWith('Z') && m[3].includes(marker) && !m[3].startsWith('ps '))
    .map((m) => Number(m[1]));
}

/**
 * One browser shared by every PDF of a build (and by a renderer or a test that
 * has none from a build): launched on first use, relaunched when it has crashed
 * or was restarted after a hang. `close()` ends it for good.
 */
export interface SharedBrowser {
  get(): Promise<Browser>;
  /** Kill `browser` if it is still the current one (it crashed or hung); the next `get()` launches a new one. */
  restart(browser?: Browser): Promise<void>;
  close(): Promise<void>;
  /**
   * Stop every process of the browser, started or still starting, until `resume()` (SIGSTOP to its
   * process group; nothing where a signal cannot stop a process, on Windows): the dev server gives
   * the cores to a save's HTML while Chromium warms up or prints an outdated PDF.
   */
  pause(): void;
  resume(): void;
  /** How many browsers this handle has launched. */
  readonly launches: number;
  /** The current launch (tests use its pid and profile folder). */
  readonly current: LaunchedBrowser | undefined;
}

const execFileAsync = promisify(execFile);

/**
 * Process groups of the live processes whose command line holds `marker`, from `ps` run asynchronously (a pause while
 * Chromium is still starting must not hold the caller — the dev server at a save — until `ps` is done).
 */
async function processGroups(marker: string): Promise<number[]> {
  let out: string;
  try {
    out = (await execFileAsync('ps', ['-eo', 'pgid=,args='], { encoding: 'utf8' })).stdout;
  } catch {
    return [];
  }
  const groups = new Set<number>();
  for (const line of out.split('\n')) {
    const match = /^\s*(\d+)\s+(.*)$/.exec(line);
    if (match && match[2].includes(marker) && !match[2].startsWith('ps ')) groups.add(Number(match[1]));
  }
  return [...groups].filter((group) => group > 1 && group !== process.pid);
}

function signalGroups(groups: readonly number[], signal: 'SIGSTOP' | 'SIGCONT'): void {
  for (const group of groups) {
    try {
      process.kill(-group, signal);
    } catch {
      /* gone */
    }
  }
}

export function createSharedBrowser(options: Readonly<LaunchOptions> = {}): SharedBrowser {
  let current: Promise<LaunchedBrowser> | undefined;
  let launches = 0;
  let last: LaunchedBrowser | undefined;
  let closed = false;
  // The launch under way or done: its profile folder (its processes' mark) and, once started, its leader (a detached launch leads its process group).
  let profile: string | undefined;
  let leader: number | undefined;
  let paused: number[] | undefined;
  const launchOptions: LaunchOptions = {
    ...options,
    onProfile: (dir) => {
      profile = dir;
      leader = undefined;
      options.onProfile?.(dir);
    },
  };
  const shared: SharedBrowser = {
    async get() {
      if (closed) throw new Error('The browser was closed (the build has finished or was stopped)');
      if (current) {
        const launched = await current.catch(() => undefined);
        if (launched?.browser.connected) return launched.browser;
        await launched?.close();
      }
      launches += 1;
      const launching = launchBrowser(launchOptions);
      current = launching;
      launching.catch(() => {
        if (current === launching) current = undefined;
      });
      last = await launching;
      if (last.userDataDir === profile) leader = last.pid;
      // Started while paused, before its processes could be found: stopped now, with the others.
      if (paused && leader && !paused.includes(leader)) {
        signalGroups([leader], 'SIGSTOP');
        paused.push(leader);
      }
      // Closed while it was starting (the build was stopped): do not hand it out.
      if (closed) {
        await last.close();
        throw new Error('The browser was closed (the build has finished or was stopped)');
      }
      return last.browser;
    },
    async restart(browser) {
      const previous = current;
      if (!previous) return;
      const launched = await previous.catch(() => undefined);
      if (browser && launched && launched.browser !== browser) return; // already replaced
      if (current === previous) current = undefined;
      await launched?.close();
    },
    pause() {
      if (paused || process.platform === 'win32' || !profile) {
        paused ??= [];
        return;
      }
      if (leader) {
        paused = [leader];
        signalGroups(paused, 'SIGSTOP');
        return;
      }
      // Still starting (its leader not known yet): its groups found by `ps`, stopped when found unless resumed by then
      // (a launch done meanwhile has stopped its leader in get(): not twice).
      const groups: number[] = [];
      paused = groups;
      void processGroups(profile).then((found) => {
        if (paused !== groups) return;
        const fresh = found.filter((group) => !groups.includes(group));
        signalGroups(fresh, 'SIGSTOP');
        groups.push(...fresh);
      });
    },
    resume() {
      const groups = paused ?? [];
      paused = undefined;
      signalGroups(groups, 'SIGCONT');
    },
    async close() {
      closed = true;
      shared.resume();
      const previous = current;
      current = undefined;
      await (await previous?.catch(() => undefined))?.close();
    },
    get launches() {
      return launches;
    },
    get current() {
      return last;
    },
  };
  return shared;
}

export interface RetryReport {
  attempts: number;
  failures: string[];
}

/** A job that went past its deadline: reported as a hang, retried like a crash. */
export class JobTimeoutError extends Error {}

/**
 * Run `work` on the shared browser; when it fails (browser or renderer crash,
 * protocol error, JobTimeoutError), restart the browser and run it once more.
 * A second failure is one clear error naming both causes.
 */
export async function withRetry<T>(shared: SharedBrowser, what: string, work: (browser: Browser) => Promise<T>, signal?: AbortSignal): Promise<T & RetryReport> {
  const failures: string[] = [];
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    signal?.throwIfAborted();
    const browser = await shared.get();
    try {
      return { ...(await work(browser)), attempts: attempt, failures };
    } catch (error) {
      if (signal?.aborted) throw error;
      const message = (error as Error).message;
      failures.push(!browser.connected ? `Chromium crashed (${message})` : error instanceof JobTimeoutError ? `Chromium hung: ${message}` : `Chromium failed: ${message}`);
      await shared.restart(browser);
    }
  }
  throw new Error(
    `Could not print ${what}: tried twice on a fresh browser.\n  1. ${failures[0]}\n  2. ${failures[1]}\n` +
      'Check that Chromium runs (`chromium --headless --version`), that the machine has free memory, or raise the PDF timeout.',
  );
}
