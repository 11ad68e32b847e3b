/**
 * Crash and hang handling around one print job: a job that fails (browser or
 * renderer crash, protocol error, or the job deadline) is retried once on a
 * fresh browser; a second failure is a clear error naming both causes.
 */
import type { Browser } from 'puppeteer';
import { createSharedBrowser, type LaunchedBrowser, type SharedBrowser } from './browser.ts';
import { printPage, PrintTimeoutError, type PrintJob, type PrintResult } from './print-page.ts';

/** Where jobs get their browser: the build's shared one, or one of our own. */
export class BrowserSource {
  private own: SharedBrowser | undefined;
  private external: (() => Promise<Browser>) | undefined;
  /** Launches made by this source (0 when the build's browser served every job). */
  get launches(): number {
    return this.own?.launches ?? 0;
  }

  /** The browser this source launched last (tests use its pid and profile folder). */
  get current(): LaunchedBrowser | undefined {
    return this.own?.current;
  }

  constructor(external?: () => Promise<Browser>, private readonly signal?: AbortSignal) {
    this.external = external;
  }

  async get(): Promise<Browser> {
    if (this.external) {
      const browser = await this.external();
      if (browser.connected) return browser;
      this.external = undefined; // the build's browser is dead and it hands back the same one: use our own
    }
    this.own ??= createSharedBrowser({ signal: this.signal });
    return this.own.get();
  }

  /** Kill `browser` (crashed or hung) so that the next `get()` starts a new one. */
  async restart(browser: Browser): Promise<void> {
    if (this.own?.current?.browser === browser) return this.own.restart();
    const pid = browser.process()?.pid;
    if (pid) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone already */
        }
      }
    }
    await browser.close().catch(() => undefined);
  }

  /** Close what this source launched itself (the build closes its own). */
  async close(): Promise<void> {
    await this.own?.close();
  }
}

export interface RetryReport {
  attempts: number;
  failures: string[];
}

export async function printWithRetry(source: BrowserSource, job: PrintJob, what: string): Promise<PrintResult & RetryReport> {
  const failures: string[] = [];
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    job.signal?.throwIfAborted();
    const browser = await source.get();
    try {
      const result = await printPage(browser, job);
      return { ...result, attempts: attempt, failures };
    } catch (error) {
      if (job.signal?.aborted) throw error;
      const cause = !browser.connected
        ? `Chromium crashed (${(error as Error).message})`
        : error instanceof PrintTimeoutError
          ? `Chromium hung: ${(error as Error).message}`
          : `Chromium failed: ${(error as Error).message}`;
      failures.push(cause);
      await source.restart(browser);
    }
  }
  throw new Error(
    `Could not print ${what}: tried twice on a fresh browser.\n  1. ${failures[0]}\n  2. ${failures[1]}\n` +
      'Check that Chromium runs (`chromium --headless --version`), that the machine has free memory, or raise the PDF timeout.',
  );
}
