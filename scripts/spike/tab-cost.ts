/** Spike: the fixed cost of one print tab (CPU of the browser's process group), by what the document loads. */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSharedBrowser } from '../../pipeline/render/pdf/browser.ts';
import { printPage } from '../../pipeline/render/pdf/print-page.ts';

function filesUnder(dir: string, prefix: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[`${prefix}${path.relative(dir, file).split(path.sep).join('/')}`] = readFileSync(file);
  }
  return files;
}
function groupCpu(pgid: number): number {
  let ticks = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[2]) !== pgid) continue;
      ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    } catch { /* gone */ }
  }
  return ticks * 10;
}
const [spikeDir, reps] = process.argv.slice(2);
const files = filesUnder(path.join(spikeDir, 'haidian-2021-1/print'), '/print/');
const one = readFileSync(path.join(spikeDir, 'static-1-1.html'), 'utf8');
const variants: Record<string, string> = {
  'blank page': '<!doctype html><html><body><p>x</p></body></html>',
  'blank + css (no fonts)': one.replace(/<body[\s\S]*<\/body>/, '<body><p>x</p></body>').replace('<link rel="stylesheet" href="/print/fonts.css">', ''),
  'blank + css + fonts.css': one.replace(/<body[\s\S]*<\/body>/, '<body><p>x</p></body>'),
  'one sheet, no fonts': one.replace('<link rel="stylesheet" href="/print/fonts.css">', ''),
  'one sheet (as built)': one,
};
const shared = createSharedBrowser({ timeoutMs: 300_000 });
await shared.get();
const pid = shared.current!.pid!;
const b = await shared.get();
const median = (xs: number[]) => [...xs].sort((a, c) => a - c)[Math.floor(xs.length / 2)];
for (const [name, html] of Object.entries(variants)) {
  const w: number[] = [], c: number[] = [];
  for (let r = 0; r < Number(reps); r++) {
    const s = performance.now(), cs = groupCpu(pid);
    await printPage(b, { html, files, paginate: false });
    w.push(performance.now() - s); c.push(groupCpu(pid) - cs);
  }
  console.log(`${name}: wall ${median(w).toFixed(0)} ms, browser CPU ${median(c)} ms (${c.join('/')}), load ${os.loadavg()[0].toFixed(1)}`);
}
await shared.close();
