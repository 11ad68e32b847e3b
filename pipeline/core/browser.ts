/**
 * One browser for all PDFs of a build: launched on first use (a build with
 * every PDF cached never starts Chromium), always closed by the build.
 */
import type { Browser } from 'puppeteer';

export const installHint =
  'Install Chromium or Chrome: `sudo apt-get install chromium` (Debian/Ubuntu), `brew install --cask chromium` (macOS), ' +
  'or `npx puppeteer browsers install chrome`; or point PUPPETEER_EXECUTABLE_PATH at an installed browser.';

export class BrowserMissingError extends Error {
  readonly hint = installHint;
}

export interface SharedBrowser {
  get(): Promise<Browser>;
  close(): Promise<void>;
  readonly launched: boolean;
}

export function sharedBrowser(signal?: AbortSignal): SharedBrowser {
  let handle: Promise<{ browser: Browser; close(): Promise<void> }> | undefined;
  let closed = false;
  const launch = async () => {
    // Loaded on first use: a build with every PDF cached never loads puppeteer.
    const module = await import('../render/pdf/browser.ts');
    try {
      const launched = await module.launchBrowser({ signal, timeoutMs: 60_000 });
      // Closed by the build; if the build was interrupted while launching, close at once.
      if (closed) await launched.close();
      return launched;
    } catch (error) {
      const message = (error as Error).message;
      if (signal?.aborted) throw error;
      if (/not found|no (chromium|chrome|browser)|could not find|ENOENT|executable/i.test(message)) {
        throw new BrowserMissingError(`No browser for the PDF edition: ${message}`, { cause: error });
      }
      throw new Error(`Could not start the browser for the PDF edition: ${message}`, { cause: error });
    }
  };
  return {
    get launched() {
      return handle !== undefined;
    },
    async get() {
      if (closed) throw new Error('The build has finished; its browser is closed');
      if (handle) {
        const current = await handle.catch(() => undefined);
        // A crashed browser (or one a renderer killed after a hang) is replaced, not handed out again.
        if (current && !current.browser.connected) {
          await current.close();
          handle = undefined;
        }
      }
      handle ??= launch();
      const launched = await handle;
      if (closed) throw new Error('The build was stopped');
      return launched.browser;
    },
    async close() {
      closed = true;
      if (!handle) return;
      const current = handle;
      handle = undefined;
      try {
        await (await current).close();
      } catch {
        // Launch failed: nothing to close (the error was reported by the job).
      }
    },
  };
}
