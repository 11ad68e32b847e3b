/** Spike: the mechanical splice of reprinted pages into the previous PDF with pdf-lib (no structure tree work). */
import { readFileSync, writeFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
const [prev, part, pagesS, outFile] = process.argv.slice(2);
const pages = pagesS.split(',').map(Number); // 1-based pages of prev replaced, in order, by part's pages
const times: number[] = [], cpus: number[] = [];
for (let r = 0; r < 3; r++) {
  const s = performance.now(), c = process.cpuUsage();
  const doc = await PDFDocument.load(readFileSync(prev), { updateMetadata: false, parseSpeed: Infinity });
  const src = await PDFDocument.load(readFileSync(part), { updateMetadata: false, parseSpeed: Infinity });
  const copied = await doc.copyPages(src, src.getPageIndices());
  for (const [i, p] of pages.entries()) {
    doc.removePage(p - 1);
    doc.insertPage(p - 1, copied[i]);
  }
  const bytes = await doc.save({ useObjectStreams: false, objectsPerTick: Infinity });
  const u = process.cpuUsage(c);
  times.push(performance.now() - s); cpus.push((u.user + u.system) / 1000);
  writeFileSync(outFile, bytes);
}
console.log(`pdf-lib splice of ${pages.length} page(s): wall ${times.map((x) => x.toFixed(0)).join('/')} ms, CPU ${cpus.map((x) => x.toFixed(0)).join('/')} ms`);
