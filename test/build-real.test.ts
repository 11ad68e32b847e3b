/**
 * The real renderers end to end through `duizhao build` (slow: Chromium).
 * Raw HTML in the content is neutralized in every edition; all PDFs of a
 * build come from one browser; a no-op rebuild renders nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';
import { expect, it } from 'vitest';
import { snapshotPipeline } from '../pipeline/bench/project.ts';
import { editBlock, tempProject } from './build-helpers.ts';
import { descendants, runCli } from './reliability-helpers.ts';

function epubText(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      let text = '';
      zip.readEntry();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.on('end', () => resolve(text));
    });
  });
}

it('builds all editions with raw HTML neutralized, one browser for all PDFs, then a no-op rebuild', async () => {
  const root = tempProject();
  const payload = "document.body.textContent='PWNED'";
  const zh = path.join(root, 'content/reports/alpha/zh.md');
  writeFileSync(zh, `${readFileSync(zh, 'utf8')}<script>${payload}</script>\n`);
  editBlock(root, 'alpha', 'p-a00002', `**经济实力显著增强。**地区生产总值年均增长6.5%。<img src=x onerror="${payload}">`, `**Economic strength grew markedly.** Regional GDP grew by 6.5% a year on average.<img src=x onerror="${payload}">`);

  let cliPid = 0;
  const profiles = new Set<string>();
  let mostAtOnce = 0;
  const watcher = setInterval(async () => {
    if (!cliPid) return;
    const now = new Set<string>();
    for (const p of await descendants(cliPid)) {
      const dir = /--user-data-dir=(\S+)/.exec(p.command)?.[1];
      if (dir) now.add(dir);
    }
    for (const dir of now) profiles.add(dir);
    mostAtOnce = Math.max(mostAtOnce, now.size);
  }, 100);
  // A frozen copy of the pipeline: other edits to the working tree must not change the cache keys mid-test.
  const bin = snapshotPipeline(mkdtempSync(path.join(os.tmpdir(), 'duizhao-snapshot-')));
  const run = await runCli(['build', '--root', root, '--no-strict'], { onStart: (pid) => (cliPid = pid), bin });
  clearInterval(watcher);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/pdf\s+\S*alpha\/alpha\.pdf/);
  // Two reports × two PDFs from one browser at a time (a second launch only replaces a crashed/hung one).
  expect(mostAtOnce).toBe(1);
  expect(profiles.size).toBeGreaterThanOrEqual(1);
  if (profiles.size > 1) console.warn(`build-real: ${profiles.size} browser launches (retries after a crash or hang)`);

  const dist = path.join(root, 'dist');
  const html = readFileSync(path.join(dist, 'alpha/index.html'), 'utf8');
  expect(html).toContain('年均增长6.5%');
  expect(html).not.toMatch(/<script[^>]*>[^<]*PWNED/);
  expect(html).not.toMatch(/<img[^>]*onerror/i);
  const epub = await epubText(path.join(dist, 'alpha/alpha.epub'));
  expect(epub).toContain('年均增长6.5%');
  expect(epub).not.toMatch(/<script[^>]*>[^<]*PWNED/);
  expect(epub).not.toMatch(/<img[^>]*onerror/i);
  for (const pdf of ['alpha/alpha.pdf', 'alpha/alpha.en.pdf']) {
    const text = execFileSync('pdftotext', [path.join(dist, pdf), '-'], { encoding: 'utf8' });
    expect(text).toMatch(/6\.5%/);
    expect(text).not.toContain('PWNED'); // the script never ran in the print page
  }
  expect(readdirSync(dist).sort()).toEqual(expect.arrayContaining(['alpha', 'beta', 'index.html']));

  const again = await runCli(['build', '--root', root, '--no-strict', '--json'], { bin });
  expect(again.status, again.stderr).toBe(0);
  const result = JSON.parse(again.stdout) as { rendered: number; cached: number; ok: boolean };
  expect(result).toMatchObject({ ok: true, rendered: 0 });
  expect(result.cached).toBeGreaterThanOrEqual(6);
}, 600_000);
