/**
 * Text for the terminal (used by the CLI, which does the printing): progress
 * lines, the final table, problems, and messages with code frames.
 */
import path from 'node:path';
import { reporter } from 'vfile-reporter';
import type { VFile } from 'vfile';
import { codeFrame } from '../config/code-frame.ts';
import type { BuildEvent, BuildProblem, BuildResult } from '../core/types.ts';

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** One plain line per event worth a line (non-TTY / CI), or undefined. */
export function eventLine(event: BuildEvent): string | undefined {
  switch (event.type) {
    case 'start':
      return `Building ${event.reports.length} report(s): ${event.reports.join(', ')} — editions: ${event.editions.join(', ') || 'none'}`;
    case 'checked':
      return `checked ${event.slug}: ${event.errors} error(s), ${event.warnings} warning(s)`;
    case 'job-end':
      return `${event.ok ? (event.cached ? 'cached ' : 'built  ') : 'FAILED '} ${event.edition.padEnd(4)} ${event.slug} (${formatMs(event.ms)})`;
    case 'skipped':
      return `skipped ${event.slug}: a draft (${event.reason}); build it with --draft`;
    case 'swap':
      return `dist ready: ${event.outDir}`;
    default:
      return undefined;
  }
}

/** The final table: edition, file, size, time. */
export function outputTable(result: BuildResult, cwd = process.cwd()): string {
  // Assets (fonts, CSS) of a job are summed into one row: the table is for people.
  const grouped = new Map<string, { edition: string; file: string; bytes: number; count: number; time: string }>();
  for (const o of result.outputs) {
    const parts = o.path.split('/');
    const at = parts.indexOf('assets');
    const rel = at >= 0 ? `${parts.slice(0, at + 1).join('/')}/` : o.path;
    const key = `${o.edition}\0${rel}`;
    const row = grouped.get(key) ?? { edition: o.edition, file: rel, bytes: 0, count: 0, time: o.cached ? 'cached' : formatMs(o.ms) };
    row.bytes += o.bytes;
    row.count++;
    grouped.set(key, row);
  }
  const rows = [...grouped.values()]
    .sort((a, b) => a.file.localeCompare(b.file) || a.edition.localeCompare(b.edition))
    .map((r) => [r.edition, `${path.relative(cwd, path.join(result.outDir, r.file))}${r.file.endsWith('/') ? `${path.sep} (${r.count} files)` : ''}`, formatSize(r.bytes), r.time]);
  const head = ['edition', 'file', 'size', 'time'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line), ...pageWeightLines(result), ...siteCaveatLines(result)].join('\n');
}

/** Budget of the HTML edition of one report: HTML + CSS + JS + fonts. */
const pageWeightBudget = 400 * 1024;

/** One line per report's HTML edition: what a reader downloads to open it. */
export function pageWeightLines(result: Pick<BuildResult, 'outputs'>): string[] {
  const weights = new Map<string, number>();
  for (const o of result.outputs) {
    if (o.edition !== 'html' || !o.path.startsWith(`${o.slug}/`) || !/\.(html|css|js|woff2)$/.test(o.path)) continue;
    weights.set(o.slug, (weights.get(o.slug) ?? 0) + o.bytes);
  }
  return [...weights].sort(([a], [b]) => a.localeCompare(b)).map(([slug, bytes]) =>
    `page weight ${slug}/index.html: ${formatSize(bytes)} (HTML + CSS + JS + fonts; budget ${formatSize(pageWeightBudget)}${bytes > pageWeightBudget ? ', OVER BUDGET' : ''})`);
}

/** What the site lacks for its host, and why (no sitemap without a base URL, …). */
export function siteCaveatLines(result: Pick<BuildResult, 'siteCaveats'>): string[] {
  return (result.siteCaveats ?? []).map((caveat) => `site ${caveat.file}: ${caveat.reason}`);
}

/** vfile-reporter output plus a code frame under each error that has a position. */
export function formatMessages(files: VFile[], color: boolean): string {
  const withMessages = files.filter((f) => f.messages.length > 0);
  if (withMessages.length === 0) return '';
  let out = reporter(withMessages, { color, quiet: false });
  const frames: string[] = [];
  for (const file of withMessages) {
    for (const m of file.messages) {
      if (m.fatal !== true || !m.line) continue;
      // Frames for the first few errors only: the reporter above lists them all.
      const note = m.note ?? (frames.length < 5 && typeof file.value === 'string' && file.value.length > 0 && file.value.length < 4_000_000 ? codeFrame(String(file.value), m.line, m.column ?? 1) : undefined);
      frames.push(`${file.path}:${m.line}:${m.column ?? 1}: ${m.reason}${note ? `\n${note}` : ''}`);
    }
  }
  if (frames.length > 0) out += `\n\n${frames.slice(0, 20).join('\n\n')}`;
  return out;
}

export function summaryLine(result: BuildResult): string {
  const { errors, warnings } = result.counts;
  const state = result.aborted ? 'Build interrupted' : result.ok ? 'Build succeeded' : 'Build failed';
  const skipped = result.skipped.length > 0
    ? `; skipped ${result.skipped.length} draft(s): ${result.skipped.map((s) => `${s.slug} (${s.reason})`).join(', ')} — build them with --draft`
    : '';
  // a replayed no-op (core/unchanged.ts) says so: its counts are the last build's checks on the same inputs
  const work = result.unchanged ? `nothing changed since the last build (same inputs, dist as it left it), ${result.cached} job(s) stand` : `${result.rendered} rendered, ${result.cached} from cache`;
  return `${state} in ${formatMs(result.ms)}: ${work}; ${errors} error(s), ${warnings} warning(s)${skipped}${result.ok ? '' : ' — dist/ left unchanged'}`;
}

/** `error: [render/pdf] dist/x/x.en.pdf: …` and the hint under it. */
export function problemLine(problem: BuildProblem, cwd = process.cwd()): string {
  const where = [problem.stage && `[${problem.stage}]`, problem.file && `${path.relative(cwd, problem.file) || problem.file}:`].filter(Boolean).join(' ');
  return `error: ${where ? `${where} ` : ''}${problem.message}${problem.hint ? `\n  ${problem.hint}` : ''}`;
}
