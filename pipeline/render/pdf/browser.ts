/**
 * The one place in the pipeline that launches Chromium (through puppeteer).
 *
 * Why it is its own seam: Chromium is a heavy, crash-prone child process. Every
 * launch here gets its own throw-away profile folder (so tests can count the
 * processes of one launch by it), runs headless with background networking
 * off, and is killed — process group and all — on close, on abort, on
 * SIGINT/SIGTERM/SIGHUP and at process exit. Nothing else may `puppeteer.launch`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';

export interface LaunchOptions {
  /** Aborting closes (kills) the browser. */
  signal?: AbortSignal;
  /** How long Chromium may take to start. Default: 30 000 ms. */
  timeoutMs?: number;
  /** Executable; default: `findBrowserExecutable()`. */
  executablePath?: string;
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
  // One process instead of ~10 (browser, zygotes, GPU, network and storage
  // utilities, a renderer per tab): the peak memory of printing the Haidian PDFs
  // fell from 1,425 MB to 723 MB (RSS of the whole tree), same time, same bytes.
  // Crash handling is unchanged: a dead page kills the browser, which is
  // relaunched for the retry (test/pdf-browser.test.ts). DUIZHAO_CHROMIUM_SINGLE_PROCESS=0
  // goes back to Chromium's process model.
  ...(process.env.DUIZHAO_CHROMIUM_SINGLE_PROCESS === '0' ? [] : ['--single-process', '--no-zygote']),
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
    downloaded = downloadedBrowser ? puppeteer.executablePath() : undefined;
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
  const executablePath = options.executablePath ?? findBrowserExecutable();
  let userDataDir = '';
  let browser: Browser | undefined;
  // A Chromium that exits while puppeteer connects ("Target closed") is started once
  // more: seen once in a loaded test run, never when launched alone. A browser that
  // is missing or cannot run fails the same way twice and is reported.
  for (let attempt = 1; !browser; attempt += 1) {
    userDataDir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-chromium-'));
    try {
      browser = await puppeteer.launch({
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
      if (attempt >= 2 || !transient || options.signal?.aborted) {
        throw new Error(`Could not start Chromium (${executablePath}): ${(error as Error).message}`, { cause: error });
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
 * One browser shared by every PDF of a build, launched on first use and
 * relaunched when it has crashed (or was `restart()`ed after a hang).
 * `get` is what the build passes as `RenderContext.browser`.
 */
export interface SharedBrowser {
  get(): Promise<Browser>;
  /** Kill the current browser (after a crash or hang); the next `get()` launches a new one. */
  restart(): Promise<void>;
  close(): Promise<void>;
  /** How many browsers this handle has launched. */
  readonly launches: number;
  /** The current launch (for tests). */
  readonly current: LaunchedBrowser | undefined;
}

export function createSharedBrowser(options: Readonly<LaunchOptions> = {}): SharedBrowser {
  let current: Promise<LaunchedBrowser> | undefined;
  let launches = 0;
  let last: LaunchedBrowser | undefined;
  const shared: SharedBrowser = {
    async get() {
      if (current) {
        const launched = await current;
        if (launched.browser.connected) return launched.browser;
        await launched.close();
      }
      launches += 1;
      current = launchBrowser(options);
      current.catch(() => (current = undefined));
      last = await current;
      return last.browser;
    },
    async restart() {
      const previous = current;
      current = undefined;
      if (previous) await (await previous.catch(() => undefined))?.close();
    },
    close() {
      return shared.restart();
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
