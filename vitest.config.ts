import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: they start Chromium, Java (Nu, EPUBCheck, Ace) or the
 * `duizhao` command, or render whole editions (font subsetting included). Everything else is a unit test
 * (`npm run test:unit`, under 30 s); test/house.test.ts keeps unit files free
 * of browsers and child processes.
 */
export const e2e = [
  'test/align-official-cli.test.ts',
  'test/build-honest.test.ts',
  'test/build-identical.test.ts',
  'test/glossary-report-level.test.ts',
  'test/glossary-export-tools.test.ts',
  'test/build-real.test.ts',
  'test/check-review.test.ts',
  'test/cli-version.test.ts',
  'test/compile.test.ts',
  'test/dev.test.ts',
  'test/display-quotes.test.ts',
  'test/draft-e2e.test.ts',
  'test/epub-render.test.ts',
  'test/epub-units.test.ts',
  'test/epub-validate.test.ts',
  'test/epub.test.ts',
  'test/fonts-cache.test.ts',
  'test/fonts-wasm.test.ts',
  'test/html-browser.test.ts',
  'test/html-draft-heading.test.ts',
  'test/html-first-screen.test.ts',
  'test/html-masthead.test.ts',
  'test/html-text-in-view.test.ts',
  'test/html-heading-word-breaks.test.ts',
  'test/html-narrow-table.test.ts',
  'test/html-wide-table.test.ts',
  'test/html-table-hyphens.test.ts',
  'test/html.test.ts',
  'test/html-mixed-script.test.ts',
  'test/validators.test.ts',
  'test/ids.test.ts',
  'test/ingest-cli.test.ts',
  'test/ingest-files-pdf.test.ts',
  'test/pdf-browser.test.ts',
  'test/pdf-fonts-plan.test.ts',
  'test/rare-characters-pdf.test.ts',
  'test/pdf-paginate.test.ts',
  'test/pdf-report-notes.test.ts',
  'test/pdf-renderer-tab.test.ts',
  'test/pdf-report.test.ts',
  'test/pdf.test.ts',
  'test/publisher.test.ts',
  'test/publisher-name-script.test.ts',
  'test/newuser12-fixture.test.ts',
  'test/newuser14-fixture.test.ts',
  'test/newuser15-fixture.test.ts',
  'test/newuser16-fixture.test.ts',
  'test/newuser18-fixture.test.ts',
  'test/newuser19-fixture.test.ts',
  'test/newuser20-fixture.test.ts',
  'test/newuser21-fixture.test.ts',
  'test/newuser22-fixture.test.ts',
  'test/newuser23-fixture.test.ts',
  'test/newuser24-fixture.test.ts',
  'test/newuser25-fixture.test.ts',
  'test/newuser26-fixture.test.ts',
  'test/newuser27-fixture.test.ts',
  'test/newuser28-fixture.test.ts',
  'test/newuser29-fixture.test.ts',
  'test/newuser30-fixture.test.ts',
  'test/newuser31-fixture.test.ts',
  'test/newuser32-fixture.test.ts',
  'test/newuser33-fixture.test.ts',
  'test/newuser34-fixture.test.ts',
  'test/newuser35-fixture.test.ts',
  'test/newuser36-fixture.test.ts',
  'test/newuser37-fixture.test.ts',
  'test/newuser38-fixture.test.ts',
  'test/newuser39-fixture.test.ts',
  'test/newuser40-fixture.test.ts',
  'test/newuser41-fixture.test.ts',
  'test/glossary-import-omegat.test.ts',
  'test/reliability-interrupt.test.ts',
  'test/reliability.test.ts',
  'test/structures-build.test.ts',
  'test/translated.test.ts',
  'test/xliff-cli.test.ts',
  'test/xliff-import-review-summary.test.ts',
  'test/cat-front-matter-review.test.ts',
  'test/check-front-matter-review.test.ts',
  'test/xliff-tools.test.ts',
];

// Per test 180 s (was 60 s): the CI runs on an unknown machine beside other jobs. Stop 41's CI took over 60 s for
// a test of 6.5 s on a quiet machine (the 404 page's, html-browser); under stop 42's load (1-CPU cgroup, three busy
// loops, machine load 11-27) tests left at 60 s took up to 37.8 s (epub-units' cover test) and 22.5 s (ingest-cli's
// seed). A test that hangs fails minutes later; no check is timed by this limit.
const shared = { testTimeout: 180_000, hookTimeout: 180_000 };
// End-to-end tests 600 s: under stop 43's load (the same cgroup and loops, the machine at load 28-33) OmegaT's round trip
// took 235 s, align's first test 168 s and five EPUBCheck runs over 300 s — limits of 180-300 s failed. A file names a
// longer limit only where one test needs more (pdf.test.ts, structures-build, epub-validate, draft-e2e's EPUBCheck).
const e2eLimits = { testTimeout: 600_000, hookTimeout: 600_000 };

export default defineConfig({
  test: {
    // 2-core machines: Chromium- and Java-based suites are heavy, keep parallelism modest.
    maxWorkers: 2,
    // Once per run (not per project): one temp folder for the whole run, removed at its end.
    globalSetup: ['test/setup/temp-root.ts'],
    projects: [
      { test: { ...shared, name: 'unit', include: ['test/**/*.test.ts'], exclude: e2e } },
      { test: { ...e2eLimits, name: 'e2e', include: e2e } },
    ],
  },
});
