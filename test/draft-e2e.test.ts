/**
 * Issue 12, "Done when": real report pages of every kind, ingested as a new user
 * would (`duizhao ingest`) and built straight away with `duizhao build --draft`
 * (no en.md, but the English a bilingual page prints, which ingest pairs), into every edition — HTML, EPUB, the bilingual and the English
 * PDF — with the missing English visibly pending, and the validators clean:
 * EPUBCheck 0 errors, Nu 0 errors, the PDFs tagged (StructTreeRoot) with an
 * outline that holds every untranslated heading.
 *
 * One build of five pages with --concurrency 2 (≈ 1–2 min on 2 cores).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseReportMarkdown } from '../pipeline/model/parse.ts';
import { chineseScript } from '../pipeline/model/script.ts';
import { readZip } from './fixtures/epub/inspect.ts';
import { hasStructTree, outline, pageTexts } from './fixtures/pdf/checks.ts';
import { EPUBCHECK, epubcheckProblems, nuProblems } from './validators.ts';

const repo = path.resolve(import.meta.dirname, '..');
const corpus = path.join(repo, 'test/fixtures/ingest-corpus');
const bin = path.join(repo, 'pipeline/bin.cjs');

/** One page of each kind (test/fixtures/ingest-corpus/README.md). */
const pages = {
  'gd-guangdong-2024-portal': 'portal article page',
  'sn-hanbin-district-2025-disclosure': 'disclosure page with its metadata table, GB18030',
  'nm-baotou-2016-news': 'news page, HTML in GBK',
  'cn-state-council-2017-bilingual-pdf': 'PDF text dump',
  'tj-nankai-district-2010-wiki-big5': 'mirror, Big5',
};
const slugs = Object.keys(pages);
/** The page that prints its official English too (ingest/twins.ts). */
const bilingual = 'cn-state-council-2017-bilingual-pdf';

let root: string;
let build: ReturnType<typeof spawnSync>;
const dist = (...parts: string[]) => path.join(root, 'dist', ...parts);
const paragraphs = (slug: string) =>
  parseReportMarkdown(new VFile({ path: 'zh.md', value: readFileSync(path.join(root, 'content/reports', slug, 'zh.md'), 'utf8') }))
    .blocks.filter((b) => b.node.type === 'paragraph').map((b) => b.text);
const headings = (slug: string) =>
  parseReportMarkdown(new VFile({ path: 'zh.md', value: readFileSync(path.join(root, 'content/reports', slug, 'zh.md'), 'utf8') }))
    .blocks.filter((b) => b.node.type === 'heading').map((b) => b.text);

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'duizhao-draft-e2e-'));
  mkdirSync(path.join(root, 'content/reports'), { recursive: true });
  cpSync(path.join(repo, 'content/glossary.yaml'), path.join(root, 'content/glossary.yaml'));
  for (const slug of slugs) {
    const input = readdirSync(path.join(corpus, slug)).find((name) => name.startsWith('input.'))!;
    const ingest = spawnSync(process.execPath, [bin, 'ingest', path.join(corpus, slug, input), '--slug', slug, '--out', path.join(root, 'content/reports', slug)], { cwd: root, encoding: 'utf8' });
    if (ingest.status !== 0) throw new Error(`ingest ${slug} failed: ${ingest.stderr}`);
  }
  build = spawnSync(process.execPath, [bin, 'build', '--draft', '--concurrency', '2', '--root', root], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' } });
}, 600_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('draft build of freshly ingested real pages', () => {
  it('succeeds and writes every edition of every page (no en.md but the bilingual page\'s: its own English, written not reviewed)', () => {
    expect(build.status, String(build.stderr)).toBe(0);
    expect(String(build.stderr)).toMatch(/Build succeeded .*0 error\(s\)/);
    for (const slug of slugs) {
      const en = path.join(root, 'content/reports', slug, 'en.md');
      // The bilingual PDF dump: ingest wrote the English it could pair (figures matching) to en.md.
      expect(existsSync(en), slug).toBe(slug === bilingual);
      if (slug === bilingual) expect(readFileSync(en, 'utf8')).toMatch(/state=translated/);
      for (const file of ['index.html', `${slug}.epub`, `${slug}.pdf`, `${slug}.en.pdf`]) expect(existsSync(dist(slug, file)), `${slug}/${file}`).toBe(true);
    }
  });

  it('marks the missing English as pending in every edition', async () => {
    for (const slug of slugs) {
      const html = fromHtml(readFileSync(dist(slug, 'index.html'), 'utf8'));
      const labels = selectAll('.en.pending > .pending-label', html);
      expect(labels.length, slug).toBeGreaterThan(0);
      expect(new Set(labels.map((l) => toString(l)))).toEqual(new Set(['Translation pending']));
      // the Chinese-only draft EPUB marks every block 译文待补; the bilingual page's EPUB (it has some English) marks the rest in English
      const epub = await readZip(readFileSync(dist(slug, `${slug}.epub`)));
      const sections = epub.filter((e) => /EPUB\/(?!nav|title|cover|glossary|colophon)[^/]+\.xhtml$/.test(e.name)).map((e) => e.data.toString('utf8'));
      // (in the report's own script: 譯文待補 for a report in traditional characters, since 6d9a207)
      const zh = readFileSync(path.join(root, 'content/reports', slug, 'zh.md'), 'utf8');
      const pending = chineseScript(zh) === 'zh-Hant' ? '譯文待補' : '译文待补';
      const marker = slug === bilingual ? /class="pending-label"[^>]*>Translation pending</g : new RegExp(`class="pending-label"[^>]*>${pending}<`, 'g');
      expect(sections.join('').match(marker)?.length ?? 0, slug).toBeGreaterThan(0);
      const enPdf = pageTexts(dist(slug, `${slug}.en.pdf`)).join('\n');
      expect(enPdf, slug).toMatch(/translation pending/i);
    }
  });

  it('sets the pending marker at one size beside a heading and beside a paragraph (HTML edition, EPUB)', async () => {
    const { launchBrowser } = await import('../pipeline/render/pdf/browser.ts');
    const launched = await launchBrowser();
    try {
      const page = await launched.browser.newPage();
      /** Computed font sizes of the markers in headings and in paragraphs of the page loaded. */
      const sizes = () => page.evaluate(() => {
        const of = (selector: string) => [...document.querySelectorAll(selector)].map((el) => getComputedStyle(el).fontSize);
        return { headings: of(':is(.block-h2, .block-h3, .block-h4, .block-h5) .pending-label'), paragraphs: of('.block-p .pending-label') };
      });
      const slug = slugs[0];
      await page.goto(pathToFileURL(dist(slug, 'index.html')).href, { waitUntil: 'load' });
      const html = await sizes();
      expect(html.headings.length, 'HTML: a pending heading').toBeGreaterThan(0);
      expect(new Set([...html.headings, ...html.paragraphs]), 'HTML').toEqual(new Set([html.paragraphs[0]]));
      const scratch = mkdtempSync(path.join(os.tmpdir(), 'duizhao-draft-epub-'));
      /** The markers' sizes in the first chapter of an EPUB (unpacked, with its stylesheets). */
      const epubSizes = async (epubFile: string, name: string) => {
        const unpacked = path.join(scratch, name);
        for (const entry of await readZip(readFileSync(epubFile))) {
          mkdirSync(path.dirname(path.join(unpacked, entry.name)), { recursive: true });
          writeFileSync(path.join(unpacked, entry.name), entry.data);
        }
        const chapter = readdirSync(path.join(unpacked, 'EPUB')).find((file) => /^h-.*\.xhtml$/.test(file));
        expect(chapter, `${name}: a chapter opening with a heading`).toBeDefined();
        await page.goto(pathToFileURL(path.join(unpacked, 'EPUB', chapter!)).href, { waitUntil: 'load' });
        return sizes();
      };
      try {
        // The Chinese-only EPUB of a report with no English: the marker is in the Chinese heading.
        const zhOnly = await epubSizes(dist(slug, `${slug}.epub`), 'zh-only');
        expect(zhOnly.headings.length, 'Chinese-only EPUB: a pending heading').toBeGreaterThan(0);
        expect(new Set([...zhOnly.headings, ...zhOnly.paragraphs]), 'Chinese-only EPUB').toEqual(new Set([zhOnly.paragraphs[0]]));
        // A bilingual EPUB of a report half translated: the marker is in the English slot of a heading.
        const partial = path.join(scratch, 'partial');
        cpSync(path.join(root, 'content'), path.join(partial, 'content'), { recursive: true, filter: (file) => !/reports\/(?!gd-guangdong-2024-portal)[^/]+$/.test(file) });
        const ids = [...readFileSync(path.join(partial, 'content/reports', slug, 'zh.md'), 'utf8').matchAll(/\{#(p-[0-9a-f]+)\}/g)].map((m) => m[1]);
        writeFileSync(path.join(partial, 'content/reports', slug, 'en.md'), [
          '---', 'title: Government Work Report', '---', '',
          `Fellow Deputies, {#${ids[0]}}`, '',
          'On behalf of the People’s Government of Guangdong Province, I will now report to you on the work of the government for your deliberation and approval. ' +
            `I also invite comments from members of the Provincial Committee of the Chinese People’s Political Consultative Conference (CPPCC) and other attendees. {#${ids[1]}}`, '',
        ].join('\n'));
        const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: partial, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' } });
        const marked = cli('translated', slug, '--all');
        expect(marked.status, marked.stderr).toBe(0);
        const built = cli('build', '--draft', '--only', 'epub', '--report', slug);
        expect(built.status, built.stderr).toBe(0);
        const bilingual = await epubSizes(path.join(partial, 'dist', slug, `${slug}.epub`), 'bilingual');
        expect(bilingual.headings.length, 'bilingual EPUB: a pending heading').toBeGreaterThan(0);
        expect(new Set([...bilingual.headings, ...bilingual.paragraphs]), 'bilingual EPUB').toEqual(new Set([bilingual.paragraphs[0]]));
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    } finally {
      await launched.close();
    }
  });

  it('prints each untranslated paragraph once in the bilingual PDF: the English slot holds only the marker', () => {
    for (const slug of slugs) {
      // without spaces, line breaks and digits (the note calls in the text are numbers)
      const compact = pageTexts(dist(slug, `${slug}.pdf`)).join('').replace(/[\s\d]+/g, '');
      expect(compact, slug).toMatch(/TRANSLATIONPENDING/);
      // the end of each paragraph (lead sentences, which the contents may list, are at the start)
      const endings = paragraphs(slug).map((text) => text.replace(/[\s\d]+/g, '').slice(-14)).filter((end) => (end.match(/\p{Script=Han}/gu) ?? []).length >= 10);
      expect(endings.length, slug).toBeGreaterThan(0);
      for (const end of endings) expect(compact.split(end).length - 1, `${slug}: “${end}”`).toBe(1);
    }
  });

  it('EPUBCheck: 0 errors on every EPUB', async () => {
    expect(existsSync(EPUBCHECK), `EPUBCheck not found at ${EPUBCHECK}`).toBe(true);
    for (const slug of slugs) {
      expect(existsSync(dist(slug, `${slug}.epub`)), slug).toBe(true);
      expect(await epubcheckProblems(dist(slug, `${slug}.epub`), { errorsOnly: true }), slug).toEqual([]);
    }
  }, 900_000); // five EPUBCheck runs, one after another: over 300 s under stop 43's load

  it('Nu HTML Checker: 0 errors on every page and the catalogue', async () => {
    const files = [dist('index.html'), ...slugs.map((slug) => dist(slug, 'index.html'))];
    for (const file of files) expect(existsSync(file), file).toBe(true);
    expect(await nuProblems(files, { errorsOnly: true })).toEqual([]);
  });

  it('the PDFs are tagged, with an outline holding every untranslated heading', () => {
    for (const slug of slugs) {
      for (const file of [`${slug}.pdf`, `${slug}.en.pdf`]) {
        expect(hasStructTree(dist(slug, file)), file).toBe(true);
        const titles = outline(dist(slug, file)).map((item) => item.title);
        expect(titles.length, file).toBeGreaterThan(1);
        for (const heading of headings(slug)) expect(titles.some((title) => title.startsWith(heading.trim())), `${file}: ${heading}`).toBe(true);
      }
    }
  });
});
