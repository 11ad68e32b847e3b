/**
 * `duizhao build`: runs build() and does all the printing — progress (a live
 * line on a TTY, plain lines otherwise), messages, the output table — and
 * the exit code (1 on any error, 130 when interrupted).
 */
import type { CAC } from 'cac';
import type { Edition } from '../config/types.ts';
import { build } from '../core/run.ts';
import { severityOf } from './output.ts';
import { eventLine, formatMessages, formatMs, outputTable, problemLine, summaryLine } from './format-build.ts';
import type { BuildEvent } from '../core/types.ts';

export interface BuildFlags {
  report?: string | string[];
  only?: string | string[];
  draft?: boolean;
  strict?: boolean;
  json?: boolean;
  concurrency?: number | string;
  force?: boolean;
  allowErrors?: boolean;
  link?: string | string[];
  root?: string;
  out?: string;
  config?: string;
}

export function list(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}

function parseEditions(value: string | string[] | undefined): Edition[] | undefined {
  const items = list(value);
  if (!items) return undefined;
  for (const item of items) if (!['html', 'epub', 'pdf'].includes(item)) throw new Error(`--only: unknown edition \`${item}\` (expected html, epub or pdf)`);
  return items as Edition[];
}

export function registerBuild(cli: CAC): void {
  cli
    .command('build', 'Build every report into every edition (dist/)')
    .option('--report <slug>', 'Build only this report (repeatable, or comma-separated)')
    .option('--only <edition>', 'Build only html, epub or pdf (repeatable, or comma-separated)')
    .option('--draft', 'Build despite missing translations; untranslated blocks are marked')
    .option('--strict', 'Warnings fail the build (default; --no-strict to allow them)', { default: true })
    .option('--json', 'Print the result and messages as JSON')
    .option('--concurrency <n>', 'Render jobs at once (default: number of CPUs)')
    .option('--force', 'Ignore the cache and render everything')
    .option('--allow-errors', 'Publish even when the checks report errors (still exits 1; used by `duizhao dev`)')
    .option('--link <edition>', 'Let the pages link this edition although this build does not make it (a build that follows will; used by `duizhao dev`)')
    .option('--root <dir>', 'Project folder (default: current folder)')
    .option('--out <dir>', 'Output folder (default: <root>/dist)')
    .option('--config <file>', 'Config file (default: duizhao.config.yaml|.json)')
    .action(async (flags: BuildFlags) => {
      process.exitCode = await runBuildCommand(flags);
    });
}

async function runBuildCommand(flags: BuildFlags): Promise<number> {
  const concurrency = flags.concurrency === undefined ? undefined : Number(flags.concurrency);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) throw new Error(`--concurrency: expected a whole number ≥ 1, got \`${flags.concurrency}\``);
  const live = Boolean(process.stderr.isTTY) && !process.env.CI && !flags.json;
  const color = Boolean(process.stderr.isTTY) && !process.env.NO_COLOR;
  const controller = new AbortController();
  let interrupts = 0;
  const onSigint = () => {
    interrupts++;
    if (interrupts > 1) process.exit(130);
    controller.abort(new Error('Interrupted'));
    process.stderr.write('\nInterrupted: stopping the build and cleaning up (Ctrl-C again to force)…\n');
  };
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigint);
  const progress = liveProgress(live, flags.json === true);
  try {
    const result = await build({
      root: flags.root,
      outDir: flags.out,
      configPath: flags.config,
      reports: list(flags.report),
      only: parseEditions(flags.only),
      draft: flags.draft === true,
      strict: flags.strict !== false,
      concurrency,
      force: flags.force === true,
      allowErrors: flags.allowErrors === true,
      linkEditions: parseEditions(flags.link),
      signal: controller.signal,
      onEvent: progress.onEvent,
    });
    progress.stop();
    if (flags.json) {
      const messages = result.files.flatMap((file) =>
        file.messages.map((m) => ({ file: file.path, line: m.line, column: m.column, severity: severityOf(m), ruleId: m.ruleId, source: m.source, message: m.reason })),
      );
      const { files: _files, ...rest } = result;
      process.stdout.write(`${JSON.stringify({ ...rest, messages }, null, 2)}\n`);
    } else {
      const report = formatMessages(result.files, color);
      if (report) process.stderr.write(`${report}\n`);
      for (const problem of result.problems) process.stderr.write(`${problemLine(problem)}\n`);
      if (result.ok && result.outputs.length > 0) process.stdout.write(`${outputTable(result)}\n`);
      process.stderr.write(`${summaryLine(result)}\n`);
    }
    return result.aborted ? 130 : result.ok ? 0 : 1;
  } finally {
    progress.stop();
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
  }
}

/** On a TTY: one line rewritten in place (running jobs, elapsed). Otherwise plain lines. */
function liveProgress(live: boolean, quiet: boolean): { onEvent(event: BuildEvent): void; stop(): void } {
  const started = performance.now();
  const running = new Set<string>();
  let done = 0;
  let total = 0;
  let editionsPerReport = 0;
  let timer: NodeJS.Timeout | undefined;
  const draw = () => {
    const jobs = [...running].join(', ') || 'checking';
    process.stderr.write(`\r\x1b[2K[${done}/${total || '?'}] ${jobs} · ${formatMs(performance.now() - started)}`);
  };
  return {
    onEvent(event) {
      if (quiet) return;
      if (!live) {
        const line = eventLine(event);
        if (line) process.stderr.write(`${line}\n`);
        return;
      }
      if (event.type === 'start') {
        editionsPerReport = event.editions.length;
        total = event.reports.length * event.editions.length;
        timer = setInterval(draw, 100);
      } else if (event.type === 'skipped') {
        total = Math.max(0, total - editionsPerReport);
        process.stderr.write(`\r\x1b[2K${eventLine(event)}\n`);
      } else if (event.type === 'job-start') running.add(`${event.edition} ${event.slug}`);
      else if (event.type === 'job-end') {
        running.delete(`${event.edition} ${event.slug}`);
        done++;
        if (!event.cached || !event.ok) process.stderr.write(`\r\x1b[2K${eventLine(event)}\n`);
      }
      draw();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      if (live && !quiet) process.stderr.write('\r\x1b[2K');
    },
  };
}
