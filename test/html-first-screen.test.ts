/**
 * A whole report's HTML page asks for the fonts of its first screen only (render/fonts.ts firstScreen,
 * screen.css content-visibility), and app.js loads the rest once the page has loaded. The page: the
 * whole text of the Beijing 2026 report (ingest corpus), ingested and rendered as a draft.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServer, type Server } from 'node:http';
import { VFile } from 'vfile';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultConfig } from '../pipeline/config/types.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import { buildPublication } from '../pipeline/model/load.ts';
import { launchBrowser, type LaunchedBrowser } from '../pipeline/render/pdf/browser.ts';
import { firstScreenParts, spanningRange, unicodeRange } from '../pipeline/render/font-ranges.ts';
import { htmlRenderer } from '../pipeline/render/html/index.ts';
import { createTranslators } from '../templates/i18n.ts';
import { repo } from './build-helpers.ts';

const input = path.join(repo, 'test/fixtures/ingest-corpus/bj-beijing-2026-library-db-heldout16/input.txt');
let dist: string;
let launched: LaunchedBrowser;
let server: Server;
const types: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' };

beforeAll(async () => {
  dist = await mkdtemp(path.join(os.tmpdir(), 'duizhao-first-screen-'));
  const { markdown } = ingest(readFileSync(input), { fileName: 'input.txt', slug: 'bj' });
  const { publication } = buildPublication('bj', new VFile({ path: 'zh.md', value: markdown }));
  const t = await createTranslators();
  await htmlRenderer.render(publication, { config: defaultConfig, outDir: path.join(dist, 'bj'), distDir: dist, t, draft: true, buildDate: new Date('2026-01-02T00:00:00Z') });
  // over HTTP, as a site serves it (Chromium keeps no resource timing for file: URLs)
  server = createServer((request, response) => {
    const file = path.join(dist, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    readFile(file).then(
      (data) => response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(data),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  launched = await launchBrowser();
});
afterAll(async () => {
  await launched?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (dist) await rm(dist, { recursive: true, force: true });
});

/** The @font-face rules of the page: file and unicode-range, in order. */
async function faces(): Promise<Array<{ family: string; weight: string; file: string; range: string }>> {
  const css = await readFile(path.join(dist, 'bj/assets/style.css'), 'utf8');
  return [...css.matchAll(/@font-face\{font-family:"([^"]+)";[^}]*font-weight:(\d+);[^}]*url\("fonts\/([^"]+)"\)[^}]*unicode-range:([^;}]+)/g)].map((m) => ({ family: m[1], weight: m[2], file: m[3], range: m[4] }));
}

it('cuts each CJK face in two: the first screen’s characters, and the others', async () => {
  const rules = await faces();
  const serif = rules.filter((rule) => rule.family === 'Noto Serif SC' && rule.file.includes('chinese-simplified'));
  expect(serif.map((rule) => rule.file), JSON.stringify(rules.map((r) => r.file))).toHaveLength(2);
  // a few ranges, not one per character (compactRanges); no character in both files
  const codePoints = (range: string) => range.split(',').flatMap((part) => {
    const [from, to] = part.replace('U+', '').split('-').map((x) => parseInt(x, 16));
    return Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i);
  });
  const [first, rest] = serif.map((rule) => new Set(codePoints(rule.range)));
  expect([...first].filter((cp) => rest.has(cp))).toEqual([]);
});

it('asks for the first files only at 390 px, and for the others once the page has loaded', async () => {
  const rules = await faces();
  const byFace = new Map<string, string[]>();
  for (const rule of rules.filter((r) => r.file.includes('chinese-simplified'))) byFace.set(`${rule.family} ${rule.weight}`, [...(byFace.get(`${rule.family} ${rule.weight}`) ?? []), rule.file]);
  // each cut face's second file: the characters past the first screen
  const restFiles = [...byFace.values()].filter((files) => files.length === 2).map((files) => files[1]);
  expect(restFiles.length).toBeGreaterThan(0);
  const page = await launched.browser.newPage();
  try {
    await page.setViewport({ width: 390, height: 844 });
    const { port } = server.address() as { port: number };
    await page.goto(`http://127.0.0.1:${port}/bj/index.html`, { waitUntil: 'load' });
    const before = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return performance.getEntriesByType('resource').filter((e) => e.startTime <= nav.loadEventStart).map((e) => e.name.split('/').pop()!);
    });
    expect(before.some((name) => name.endsWith('.woff2'))).toBe(true);
    for (const file of restFiles) expect(before, `${file} asked for by the first screen`).not.toContain(file);
    // app.js: the others once the page has loaded (requestIdleCallback)
    await page.waitForFunction(
      (files: string[]) => files.every((file) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(file))),
      { timeout: 60_000 },
      restFiles,
    );
  } finally {
    await page.close();
  }
});

it('spans a range over characters the page does not show, never over one it shows in another face', () => {
  const shown = [0x41, 0x42, 0x43, 0x4e00, 0x4e01, 0x4e03, 0x4e09].sort((a, b) => a - b);
  expect(spanningRange([0x41, 0x42, 0x4e00, 0x4e01, 0x4e03], shown)).toBe('U+41-42,U+4E00-4E03');
  expect(unicodeRange([0x41, 0x42, 0x4e00, 0x4e01, 0x4e03])).toBe('U+41-42,U+4E00-4E01,U+4E03');
  expect(firstScreenParts([0x41, 0x42, 0x43, 0x44], "CA")).toEqual([[0x41, 0x43], [0x42, 0x44]]);
  expect(firstScreenParts([0x41, 0x42], "ABE")).toEqual([[0x41, 0x42]]);
});
