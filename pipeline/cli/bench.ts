/**
 * `duizhao bench`: runs pipeline/bench (whole-process builds against the
 * Chromium floor, no-op and edit rebuilds, the dev server's save → reload,
 * a generated corpus, Pandoc for scale, the ingest and matcher benches) and
 * prints the figures with their ratios as Markdown (for BENCHMARKS.md).
 */
import { writeFileSync } from 'node:fs';
import type { CAC } from 'cac';

export function registerBench(cli: CAC): void {
  cli
    .command('bench', 'Benchmark builds against the Chromium floor and Pandoc (see BENCHMARKS.md)')
    .option('--corpus <sizes>', 'Corpus sizes, comma-separated, e.g. 10,50 (default: none)', { default: '0' })
    .option('--json <file>', 'Also write the raw figures as JSON')
    .option('--haidian', 'Measure the Haidian report (--no-haidian: corpus only)', { default: true })
    .option('--ingest', 'Only the ingest benches: per-field accuracy over the real-page corpus, and speed (seconds)')
    .action(async (flags: { corpus: string | number; json?: string; haidian: boolean; ingest?: boolean }) => {
      if (flags.ingest) {
        const { ingestBench } = await import('../bench/ingest-report.ts');
        const { text, json } = await ingestBench();
        if (flags.json) writeFileSync(flags.json, JSON.stringify(json, null, 2));
        process.stdout.write(text);
        return;
      }
      const { runBench } = await import('../bench/index.ts');
      const { benchReport } = await import('../bench/report.ts');
      const corpus = String(flags.corpus).split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
      const results = await runBench({ corpus, haidian: flags.haidian !== false, log: (line) => process.stderr.write(`${line}\n`) });
      if (flags.json) writeFileSync(flags.json, JSON.stringify(results, null, 2));
      process.stdout.write(benchReport(results));
      if (results.failures.length > 0) {
        for (const failure of results.failures) process.stderr.write(`${failure}\n`);
        process.exitCode = 1;
      }
    });
}
