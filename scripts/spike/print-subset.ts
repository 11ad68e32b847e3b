/**
 * Spike (stop 23, issue 16): what does Chromium take to print only some of a
 * document's pages, against printing all? Wall and CPU (the browser's process
 * group, from /proc), medians of `reps`.
 *   node --import tsx scripts/spike/print-subset.ts <projectRoot> <reps> <jobIndex>:<pages>...
 *   pages: comma list of 1-based sheet numbers, or "all"
 * For each: (1) the paginated tab as the build runs it, the other sheets removed
 * after the layout, then page.pdf; (2) the kept sheets' final DOM saved as a
 * document of its own (same CSS, fonts, named pages) and printed in a fresh tab
 * without the paginator — what an incremental build would print.
 */
import { readdirSync, readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSharedBrowser } from '../../pipeline/render/pdf/browser.ts';
import { printPage } from '../../pipeline/render/pdf/print-page.ts';
import { preparePrintJobs } from '../../pipeline/bench/floor-prep.ts';

function filesUnder(dir: string, prefix: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[`${prefix}${path.relative(dir, file).split(path.sep).join('/')}`] = readFileSync(file);
  }
  return files;
}

/** CPU ms of every process in process group `pgid`. */
function groupCpu(pgid: number): number {
  let ticks = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[2]) !== pgid) continue;
      ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]); // cutime/cstime: reaped renderers
    } catch { /* gone */ }
  }
  return ticks * 10;
}

const [root, repsS, ...specs] = process.argv.slice(2);
const out = mkdtempSync(path.join(os.tmpdir(), 'spike-'));
const dirs = await preparePrintJobs(root, ['haidian-2021'], out);
const shared = createSharedBrowser({ timeoutMs: 300_000 });
const t0 = performance.now();
const b = await shared.get();
const pid = shared.current!.pid!;
console.log(`launch wall ${(performance.now() - t0).toFixed(0)} ms, browser CPU ${groupCpu(pid)} ms, load ${os.loadavg()[0].toFixed(1)}`);
const median = (xs: number[]) => [...xs].sort((a, c) => a - c)[Math.floor(xs.length / 2)];
const fmt = (xs: number[]) => `${median(xs).toFixed(0)} (${xs.map((x) => x.toFixed(0)).join('/')})`;
for (const spec of specs) {
  const [jobS, pagesS] = spec.split(':');
  const dir = dirs[Number(jobS)];
  const keep = pagesS === 'all' ? null : pagesS.split(',').map(Number);
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const files = filesUnder(path.join(dir, 'print'), '/print/');
  const w = { load: [] as number[], layout: [] as number[], print: [] as number[] };
  const c = { load: [] as number[], layout: [] as number[], print: [] as number[] };
  let staticHtml = '';
  for (let r = 0; r < Number(repsS); r++) {
    const s = performance.now(), cs = groupCpu(pid);
    let tl = 0, tlaid = 0, cl = 0, claid = 0;
    await printPage(b, {
      html, files,
      onLoaded: () => { tl = performance.now(); cl = groupCpu(pid); },
      onLaidOut: async (page) => {
        if (keep) {
          await page.evaluate((k: number[]) => {
            const sheets = [document.querySelector('body > .cover'), ...document.querySelectorAll('body > .dz-page')].filter(Boolean) as Element[];
            sheets.forEach((el, i) => { if (!k.includes(i + 1)) el.remove(); });
          }, keep);
        }
        if (!staticHtml) {
          staticHtml = await page.evaluate(() => {
            const copy = document.documentElement.cloneNode(true) as HTMLElement;
            for (const s of copy.querySelectorAll('script')) s.remove();
            return '<!doctype html>' + copy.outerHTML;
          });
        }
        tlaid = performance.now(); claid = groupCpu(pid);
      },
    });
    const e = performance.now(), ce = groupCpu(pid);
    w.load.push(tl - s); w.layout.push(tlaid - tl); w.print.push(e - tlaid);
    c.load.push(cl - cs); c.layout.push(claid - cl); c.print.push(ce - claid);
  }
  writeFileSync(path.join(out, `static-${jobS}-${keep ? keep.length : 'all'}.html`), staticHtml);
  const sw: number[] = [], sc: number[] = [];
  for (let r = 0; r < Number(repsS); r++) {
    const s = performance.now(), cs = groupCpu(pid);
    await printPage(b, { html: staticHtml, files, paginate: false });
    sw.push(performance.now() - s); sc.push(groupCpu(pid) - cs);
  }
  console.log(`${path.basename(dir)} sheets ${pagesS} (load ${os.loadavg()[0].toFixed(1)}):`);
  console.log(`  paginated tab: wall load ${fmt(w.load)}, layout ${fmt(w.layout)}, print ${fmt(w.print)}; browser CPU load ${fmt(c.load)}, layout ${fmt(c.layout)}, print ${fmt(c.print)}`);
  console.log(`  static document of those sheets (${(staticHtml.length / 1024).toFixed(0)} KB): tab to PDF wall ${fmt(sw)}, browser CPU ${fmt(sc)}`);
}
await shared.close();
console.log('out', out);
