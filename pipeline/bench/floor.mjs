// The floor: Chromium alone (through puppeteer, one browser) loading finished
// print HTML files and printing each to PDF. Plain JavaScript with no pipeline
// imports, run as its own process by the bench:
//   node pipeline/bench/floor.mjs <native|paged> <outDir> <jobDir>...
// `paged` runs the document's Paged.js pagination (what the PDF edition needs);
// `native` prints the same HTML with Chromium's own print engine.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer';

const [mode, outDir, ...jobs] = process.argv.slice(2);
const executablePath = process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  pipe: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const origin = 'http://print.invalid';
try {
  for (const dir of jobs) {
    const mounts = JSON.parse(await readFile(path.join(dir, 'mounts.json'), 'utf8'));
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', async (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin) return request.abort();
      let file = url.pathname === '/index.html' ? path.join(dir, mode === 'paged' ? 'index.html' : 'native.html') : undefined;
      if (!file && url.pathname.startsWith('/print/')) file = path.join(dir, url.pathname);
      for (const [prefix, folder] of Object.entries(mounts)) if (!file && url.pathname.startsWith(prefix)) file = path.join(folder, decodeURIComponent(url.pathname.slice(prefix.length)));
      try {
        const body = await readFile(file);
        const type = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2', '.ttf': 'font/ttf' }[path.extname(file)] ?? 'application/octet-stream';
        await request.respond({ status: 200, contentType: type, body });
      } catch {
        await request.abort();
      }
    });
    await page.goto(`${origin}/index.html`, { waitUntil: 'load', timeout: 300_000 });
    await page.evaluate('document.fonts.ready');
    if (mode === 'paged') await page.evaluate('window.duizhaoLayout()');
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout: 300_000 });
    await writeFile(path.join(outDir, `${path.basename(dir)}.${mode}.pdf`), pdf);
    await page.close();
  }
} finally {
  await browser.close();
}
