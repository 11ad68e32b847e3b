/**
 * External validators on every EPUB the build makes (bilingual, English,
 * Chinese; the real Haidian report and the fixture, and a draft with a
 * partial translation): EPUBCheck must report 0 errors and 0 warnings, and Ace by DAISY
 * (accessibility, axe-core inside Chromium) no violations.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipEpub } from '../pipeline/render/epub/zip.ts';
import { buildFixture, buildHaidian, repo, type Built } from './fixtures/epub/build.ts';
import { EPUBCHECK, epubcheck, epubcheckProblems } from './validators.ts';

const run = promisify(execFile);
const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';

let dir: string;
const files = new Map<string, string>();

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'duizhao-epub-validate-'));
  const builds: Array<[string, Promise<Built>]> = [
    ['haidian-bilingual', buildHaidian('bilingual')],
    ['haidian-en', buildHaidian('en')],
    ['haidian-zh', buildHaidian('zh')],
    ['fixture-bilingual', buildFixture('bilingual')],
    ['fixture-zh', buildFixture('zh')],
    // A draft with a partial translation: missing English shows "translation pending".
    ['fixture-partial', buildFixture('bilingual', { fixture: 'partial', draft: true })],
  ];
  for (const [name, promise] of builds) {
    const file = path.join(dir, `${name}.epub`);
    await writeFile(file, (await promise).epub.data);
    files.set(name, file);
  }
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('EPUBCheck', () => {
  it('reports 0 errors and 0 warnings on every EPUB', async () => {
    expect(existsSync(EPUBCHECK), `EPUBCheck not found at ${EPUBCHECK} (apt-get install epubcheck)`).toBe(true);
    for (const [name, file] of files) {
      expect(await epubcheckProblems(file), name).toEqual([]);
    }
  }, 900_000);

  it('fails when the EPUB is broken (the check can fail)', async () => {
    const built = await buildFixture('zh');
    const entries = [...built.epub.files].map(([p, data]) => ({
      path: p,
      data: p === 'EPUB/package.opf' ? data.toString('utf8').replace('unique-identifier="pub-id"', 'unique-identifier="no-such-id"') : data,
    }));
    const broken = path.join(dir, 'broken.epub');
    await writeFile(broken, await zipEpub(entries, new Date(0)));
    const report = await epubcheck(broken);
    expect(report.checker.nError + report.checker.nFatal).toBeGreaterThan(0);
    expect((await epubcheckProblems(broken)).some((line) => line.startsWith('RSC-') || line.startsWith('OPF-'))).toBe(true);
  });
});

interface AceReport {
  'earl:result': { 'earl:outcome': string };
  assertions: Array<{ 'earl:testSubject': { url: string }; assertions: Array<{ 'earl:test': { 'dct:title': string; 'earl:impact': string }; 'earl:result': { 'dct:description': string } }> }>;
}

const ACE = path.join(repo, 'node_modules/@daisy/ace/bin/ace-puppeteer.js');

/**
 * Ace by DAISY through its puppeteer runner (the Electron runner's download
 * fails here). Run by hand: `PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium
 * npx ace-puppeteer -f -s -o /tmp/ace dist/haidian-2021/haidian-2021.epub`.
 */
async function ace(file: string): Promise<string[]> {
  const out = await mkdtemp(path.join(dir, 'ace-'));
  await run(process.execPath, [ACE, '--force', '--silent', '--outdir', out, file], {
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: CHROMIUM },
    timeout: 280_000,
    maxBuffer: 32 * 1024 * 1024,
  });
  const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as AceReport;
  const violations = report.assertions.flatMap((a) =>
    a.assertions.map((s) => `${a['earl:testSubject'].url}: ${s['earl:test']['dct:title']} (${s['earl:test']['earl:impact']}) ${s['earl:result']['dct:description']}`),
  );
  if (violations.length === 0) expect(report['earl:result']['earl:outcome']).toBe('pass');
  return violations;
}

describe('Ace by DAISY', () => {
  it('reports no accessibility violations (real report, bilingual; fixture, Chinese and partial draft)', async () => {
    expect(existsSync(ACE), 'Ace not installed: npm install --ignore-scripts -D @daisy/ace').toBe(true);
    expect(existsSync(CHROMIUM), `No Chromium at ${CHROMIUM}; set PUPPETEER_EXECUTABLE_PATH`).toBe(true);
    for (const name of ['haidian-bilingual', 'fixture-zh', 'fixture-partial']) {
      expect(await ace(files.get(name)!), name).toEqual([]);
    }
  }, 900_000);
});
