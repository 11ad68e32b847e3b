#!/usr/bin/env node
// Runs first in `npm run build` and `npm test` (and `npm run setup`): makes sure what Duizhao needs beyond npm is present.
//  - a Chromium/Chrome for the PDF edition and the browser tests;
//  - Java + EPUBCheck, poppler-utils and qpdf for the test suite's validators;
//  - OmegaT and translate-toolkit for the translators' round-trip test (test/xliff-tools.test.ts);
//  - ps (procps: the build and the tests find Chromium's processes with it) and unzip (tests read EPUBs with it), which a
//    minimal Debian image lacks;
//  - fonts-noto-cjk, the PDF's fallback for a rare Han character the editions' faces lack.
// As root on Debian/Ubuntu it installs what is missing with apt-get; elsewhere it
// tries puppeteer's own browser download, and otherwise names exactly what to install. apt-get is tried up to three
// times (pipeline/setup/apt.mjs): a mirror failing for a moment does not fail a fresh machine's CI.
// Set DUIZHAO_SKIP_SYSTEM=1 to skip it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { aptInstall } from './apt.mjs';

if (process.env.DUIZHAO_SKIP_SYSTEM) process.exit(0);

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canApt = isRoot && has('apt-get');

const browserCandidates = [
  process.env.PUPPETEER_EXECUTABLE_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

async function puppeteerBrowser() {
  try {
    const { default: puppeteer } = await import('puppeteer');
    const p = puppeteer.executablePath();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

const needs = [];
let browser = browserCandidates.find((p) => existsSync(p)) ?? (await puppeteerBrowser());
if (!browser) needs.push({ what: 'Chromium', apt: ['chromium', 'fonts-liberation'] });
if (!has('java')) needs.push({ what: 'Java (for EPUBCheck and the Nu HTML checker)', apt: ['default-jre-headless'] });
if (!existsSync('/usr/share/java/epubcheck.jar')) needs.push({ what: 'EPUBCheck', apt: ['epubcheck'] });
if (!has('pdffonts')) needs.push({ what: 'poppler-utils (pdffonts, pdfinfo, pdftotext)', apt: ['poppler-utils'] });
if (!has('qpdf')) needs.push({ what: 'qpdf', apt: ['qpdf'] });
if (!has('omegat')) needs.push({ what: 'OmegaT (the CAT round-trip test)', apt: ['omegat'] });
// New user round 37's test compiles a few lines against OmegaT.jar to run OmegaT's own TBX reader and glossary matching:
// without a compiler it would be skipped, so the set-up gives it one (OmegaT itself needs only a runtime).
if (!has('javac')) needs.push({ what: 'a Java compiler (javac: OmegaT glossary test)', apt: ['default-jdk-headless'] });
if (!has('pocount')) needs.push({ what: 'translate-toolkit (pocount, xliff2po)', apt: ['translate-toolkit'] });
if (!has('ps')) needs.push({ what: 'procps (ps)', apt: ['procps'] });
if (!has('unzip')) needs.push({ what: 'unzip', apt: ['unzip'] });
// (stop 59) The PDF's fallback for a character no face of the editions has (`no-glyph`: a rare character of a name, 镩, the
// Tongyong Guifan Hanzi Biao's characters beyond the BMP, 𬌗): Chromium sets it in the system's font for the script, and a
// machine with none printed an empty box. Noto Serif/Sans CJK, the full fonts the editions' @fontsource faces are cut from,
// draw all but a few of them, in the same design.
if (!existsSync('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc')) needs.push({ what: 'Noto CJK system fonts (fonts-noto-cjk: the PDF draws a rare character the editions’ faces lack in them)', apt: ['fonts-noto-cjk'] });

if (needs.length === 0) process.exit(0);

const packages = needs.flatMap((n) => n.apt);
if (canApt) {
  console.log(`duizhao setup: installing ${packages.join(' ')} with apt-get`);
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    aptInstall(
      packages,
      (args) => execFileSync('apt-get', args, { stdio: 'inherit', env }),
      (ms, failure) => {
        console.error(`duizhao setup: apt-get failed (${failure}); trying again in ${ms / 1000} s`);
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
      },
    );
    process.exit(0);
  } catch (error) {
    console.error(`duizhao setup: ${error.message}; install by hand: apt-get install -y ${packages.join(' ')}`);
    process.exit(1);
  }
}

if (!browser) {
  console.log('duizhao setup: no Chromium found; downloading puppeteer\'s Chrome (npx puppeteer browsers install chrome)');
  const r = spawnSync('npx', ['--yes', 'puppeteer', 'browsers', 'install', 'chrome'], { stdio: 'inherit' });
  if (r.status === 0) browser = await puppeteerBrowser();
}
const missing = needs.filter((n) => n.what !== 'Chromium' || !browser);
if (missing.length > 0) {
  console.warn('duizhao setup: not installed (not root, or no apt-get):');
  for (const n of missing) console.warn(`  - ${n.what}: e.g. \`sudo apt-get install -y ${n.apt.join(' ')}\``);
  console.warn('  The build needs a browser (or PUPPETEER_EXECUTABLE_PATH); the test suite needs all of them.');
  if (!browser) process.exit(1);
}
