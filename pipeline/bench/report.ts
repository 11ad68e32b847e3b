/** The bench's figures as a Markdown report with ratios against the targets. */
import type { BenchResults, Figure } from './index.ts';

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (f: Figure) => `${f.peakRssMb.toFixed(0)} MB`;
const check = (ok: boolean) => (ok ? 'met' : '**missed**');

export function benchReport(r: BenchResults): string {
  const rows: string[][] = [];
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  if (r.cold && r.floor) {
    rows.push(['Cold build, Haidian, all editions', s(r.cold.ms), mb(r.cold), `${ratio(r.cold.ms, r.floor.paged.ms)} of Chromium+Paged.js floor (${s(r.floor.paged.ms)}); ${ratio(r.cold.ms, r.floor.native.ms)} of Chromium-print floor (${s(r.floor.native.ms)})`, `≤ 2× floor: ${check(r.cold.ms <= 2 * r.floor.native.ms)} (print floor), ${check(r.cold.ms <= 2 * r.floor.paged.ms)} (Paged.js floor)`]);
  }
  if (r.noop && r.cold) rows.push(['No-op rebuild', s(r.noop.ms), mb(r.noop), `${((100 * r.noop.ms) / r.cold.ms).toFixed(1)}% of cold`, `≤ 10%: ${check(r.noop.ms <= 0.1 * r.cold.ms)}`]);
  if (r.edit && r.cold) rows.push(['One-paragraph edit rebuild (all editions)', s(r.edit.ms), mb(r.edit), `${((100 * r.edit.ms) / r.cold.ms).toFixed(1)}% of cold${r.floor ? ` (re-printing the two PDFs alone, the Chromium-print floor, is ${((100 * r.floor.native.ms) / r.cold.ms).toFixed(1)}% of cold)` : ''}`, `≤ 30%: ${check(r.edit.ms <= 0.3 * r.cold.ms)}`]);
  if (r.dev) rows.push(['Dev server: save → HTML reloaded', `${r.dev.htmlMs.toFixed(0)} ms`, '', `EPUB + PDF after ${s(r.dev.editionsMs)}`, `≤ 300 ms: ${check(r.dev.htmlMs <= 300)}`]);
  for (const c of r.corpus) {
    rows.push([`Corpus of ${c.reports}, all editions`, s(c.build.ms), mb(c.build), `${ratio(c.build.ms, c.floor.paged.ms)} of Paged.js floor (${s(c.floor.paged.ms)}, ${mb(c.floor.paged)}); ${ratio(c.build.ms, c.floor.native.ms)} of print floor (${s(c.floor.native.ms)})`, `≤ 1.5× floor: ${check(c.build.ms <= 1.5 * c.floor.native.ms)} (print), ${check(c.build.ms <= 1.5 * c.floor.paged.ms)} (Paged.js); < 1.5 GB: ${check(c.build.peakRssMb < 1536)}`]);
  }
  const [small, large] = [r.corpus[0], r.corpus[r.corpus.length - 1]];
  if (small && large && large.reports > small.reports) {
    const linear = large.reports / small.reports;
    rows.push([`Growth ${small.reports} → ${large.reports} reports`, `${ratio(large.build.ms, small.build.ms)}`, '', `linear would be ${linear.toFixed(2)}×`, `linear (within 10%): ${check(large.build.ms / small.build.ms <= 1.1 * linear)}`]);
  }
  if (r.pandoc) rows.push(['Pandoc zh.md → HTML / → EPUB (for scale)', `${s(r.pandoc.html.ms)} / ${s(r.pandoc.epub.ms)}`, `${mb(r.pandoc.html)} / ${mb(r.pandoc.epub)}`, '', '']);
  const table = [['Measure', 'Time', 'Peak RSS', 'Ratio', 'Target'], ['---', '---:', '---:', '---', '---'], ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
  const where = (name: string, f: Figure | undefined) => {
    if (!f?.jobs) return '';
    const byEdition = new Map<string, number>();
    for (const job of f.jobs) byEdition.set(job.edition, (byEdition.get(job.edition) ?? 0) + job.ms);
    const parts = [...byEdition].map(([edition, ms]) => `${edition} ${s(ms)}`).join(', ');
    return `${name}: ${s(f.ms)} wall; inside build() ${s(f.buildMs ?? 0)} (start-up and module loading ${s(f.ms - (f.buildMs ?? 0))}); job time summed per edition (2 jobs run at once): ${parts}`;
  };
  const extra = [
    where('Where the cold build goes', r.cold),
    where('Where the edit rebuild goes', r.edit),
    where('Where the no-op rebuild goes', r.noop),
    ...r.corpus.map((c) => where(`Where the corpus of ${c.reports} goes`, c.build)),
    r.ingest ? `Ingest bench: \`${JSON.stringify(r.ingest)}\`` : '',
    r.ingestAccuracy ?? '',
    r.matcher ? `Matcher bench: \`${JSON.stringify(r.matcher)}\`` : '',
    ...r.failures.map((f) => `Failure: ${f.split('\n')[0]}`),
  ].filter(Boolean);
  return `Machine: ${r.machine}\nDate: ${r.date}\n\n${table}\n\n${extra.join('\n\n')}\n`;
}
