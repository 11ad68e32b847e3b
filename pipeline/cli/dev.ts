/**
 * `duizhao dev`: the preview server. Prints the URL, each rebuild and its
 * check messages; Ctrl-C stops the watcher, the server and any build (and
 * its Chromium) before exiting.
 */
import type { CAC } from 'cac';
import { reporter } from 'vfile-reporter';
import { formatMs } from './format-build.ts';
import { startDev, type DevEvent } from '../dev/index.ts';

interface DevFlags {
  port?: number | string;
  root?: string;
}

/**
 * One line per rebuild: `✓ HTML ready in …`; `⚠ HTML ready with 5 errors in …` when the preview
 * was updated and shows them (a report still being translated: its untranslated blocks are errors
 * of a build, not a failed preview); `✗ … failed` only when the preview could not be updated.
 */
export function devStatusLine(event: Extract<DevEvent, { type: 'built' }>): string {
  const r = event.result;
  const what = event.phase === 'html' ? 'HTML' : 'EPUB + PDF';
  const counts = r ? ` (${r.rendered} rendered, ${r.cached} cached)` : '';
  const errors = event.state.messages.filter((m) => m.severity === 'error').length;
  const status = event.state.ok ? '✓ ready' : event.state.published && errors > 0 ? `⚠ ready with ${errors} error${errors === 1 ? '' : 's'}` : '✗ failed';
  const [mark, ...words] = status.split(' ');
  return `${mark} ${what} ${words.join(' ')} in ${formatMs(event.ms)}${counts}`;
}

export function registerDev(cli: CAC): void {
  cli
    .command('dev', 'Preview server with live reload (HTML first, then EPUB and PDF)')
    .option('--port <n>', 'Port on 127.0.0.1 (0: any free port)', { default: 4321 })
    .option('--root <dir>', 'Project folder (default: current folder)')
    .action(async (flags: DevFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: expected a port number, got \`${flags.port}\``);
      let lastMessages = '';
      const onEvent = (event: DevEvent) => {
        if (event.type === 'ready') process.stdout.write(`Duizhao dev server: ${event.url}  (Ctrl-C to stop)\n`);
        if (event.type === 'change') process.stdout.write(`changed: ${event.files.map((f) => f.replace(`${process.cwd()}/`, '')).join(', ')}\n`);
        if (event.type !== 'built') return;
        const r = event.result;
        process.stdout.write(`${devStatusLine(event)}\n`);
        if (r) {
          const text = reporter(r.files.filter((f) => f.messages.length > 0), { color: Boolean(process.stdout.isTTY) });
          if (text && text !== lastMessages) process.stdout.write(`${text}\n`);
          lastMessages = text;
        }
        if (event.state.problem) process.stdout.write(`error: ${event.state.problem}\n`);
      };
      let dev;
      try {
        dev = await startDev({ root: flags.root, port, onEvent });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new Error(`Port ${port} is in use; choose another with --port <n> (0 picks a free one)`);
        throw error;
      }
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          process.stdout.write('\nStopping…\n');
          // A second Ctrl-C while stopping forces the exit.
          process.once('SIGINT', () => process.exit(130));
          void dev.close().then(resolve, resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
