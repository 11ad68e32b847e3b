/**
 * Issue 12, "honest summaries and links" and "draft is a first-class state", at
 * the build level (spy renderers, or the real HTML renderer where the page's
 * links are the point): a failed job is an error attributed to its stage and
 * file; a plain build publishes the finished reports and lists the drafts it
 * skipped; the catalogue lists only reports present in dist/; a page links
 * exactly the files of the other editions that exist.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryLine } from '../pipeline/cli/format-build.ts';
import { build } from '../pipeline/index.ts';
import { editionFiles, type EditionFile } from '../pipeline/render/editions.ts';
import { RenderError, type Renderer } from '../pipeline/render/types.ts';
import { spyRenderers, tempProject } from './build-helpers.ts';

const env = { SOURCE_DATE_EPOCH: undefined };

/** A project whose report `beta` is straight out of ingest: zh.md, no en.md. */
function projectWithDraft(): string {
  const root = tempProject();
  rmSync(path.join(root, 'content/reports/beta/en.md'));
  return root;
}

/** An HTML renderer that writes the downloads it was given (the page's links) as JSON. */
function linkSpy(): Renderer & { codeId: string } {
  return {
    edition: 'html',
    codeId: 'link-spy',
    async render(pub, ctx) {
      const body = JSON.stringify((ctx.downloads ?? []).map((d: EditionFile) => d.file));
      await writeFile(path.join(ctx.outDir, 'index.html'), body);
      return [{ path: `${pub.slug}/index.html`, bytes: body.length, edition: 'html' }];
    },
  };
}

/** An EPUB or PDF renderer that writes the files editions.ts lists for it. */
function fileSpy(edition: 'epub' | 'pdf'): Renderer & { codeId: string } {
  return {
    edition,
    codeId: `file-spy-${edition}`,
    async render(pub, ctx) {
      const files = editionFiles(pub.slug, ctx.config, [edition]);
      for (const f of files) await writeFile(path.join(ctx.outDir, f.file), f.file);
      return files.map((f) => ({ path: `${pub.slug}/${f.file}`, bytes: f.file.length, edition }));
    },
  };
}

describe('build: a failed job is an error, attributed to its stage and file', () => {
  it('counts the failed job in the summary and names the renderer and the output it was making', async () => {
    const root = tempProject();
    const spy = spyRenderers(['html', 'pdf'], { fail: (slug, edition) => slug === 'beta' && edition === 'pdf' });
    const result = await build({ root, renderers: spy.renderers, env });
    expect(result.ok).toBe(false);
    expect(result.counts.errors).toBe(1);
    expect(summaryLine(result)).toMatch(/Build failed .*; 1 error\(s\)/);
    expect(result.problems[0]).toMatchObject({ stage: 'render/pdf', slug: 'beta', edition: 'pdf', file: path.join(root, 'dist/beta/') });
  });

  it('names the file a renderer says it failed on', async () => {
    const root = tempProject();
    const failing: Renderer & { codeId: string } = {
      edition: 'pdf',
      codeId: 'failing-pdf',
      async render(pub) {
        throw new RenderError('PDF outline: no destination “p-x” for the bookmark of a lead sentence', `${pub.slug}/${pub.slug}.en.pdf`);
      },
    };
    const result = await build({ root, renderers: [failing], reports: ['alpha'], env });
    expect(result.counts.errors).toBe(1);
    expect(result.problems.map((p) => [p.stage, p.file])).toEqual([['render/pdf', path.join(root, 'dist/alpha/alpha.en.pdf')]]);
    // the message is not filed under a content file (en.md) as if it were at fault
    expect(result.files.flatMap((f) => f.messages).filter((m) => m.fatal)).toEqual([]);
  });
});

describe('build: drafts', () => {
  it('a plain build publishes the finished reports and lists the draft it skipped (no en.md)', async () => {
    const root = projectWithDraft();
    const spy = spyRenderers();
    const result = await build({ root, renderers: spy.renderers, env });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.reports).toEqual(['alpha']);
    expect(result.skipped).toEqual([{ slug: 'beta', reason: 'no en.md yet' }]);
    expect(spy.calls.map((c) => c.slug)).not.toContain('beta');
    expect(summaryLine(result)).toMatch(/Build succeeded .*skipped 1 draft\(s\): beta \(no en\.md yet\) — build them with --draft/);
  });

  it('skips a report marked `draft: true` in zh.md, or listed in build.drafts, and builds it with --draft', async () => {
    const root = tempProject();
    const zh = path.join(root, 'content/reports/alpha/zh.md');
    writeFileSync(zh, readFileSync(zh, 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
    writeFileSync(path.join(root, 'duizhao.config.yaml'), 'build:\n  drafts: [beta]\n');
    const plain = await build({ root, renderers: spyRenderers().renderers, env });
    expect(plain.ok).toBe(true);
    expect(plain.reports).toEqual([]);
    expect(plain.skipped.map((s) => s.reason)).toEqual(['`draft: true` in zh.md', 'listed in build.drafts of the config']);
    const spy = spyRenderers();
    const draft = await build({ root, renderers: spy.renderers, draft: true, env });
    expect(draft.ok).toBe(true);
    expect(draft.reports).toEqual(['alpha', 'beta']);
    expect(draft.skipped).toEqual([]);
  });

  it('refuses a draft named with --report in a plain build, and says how to build it', async () => {
    const root = projectWithDraft();
    const spy = spyRenderers();
    const result = await build({ root, renderers: spy.renderers, reports: ['beta'], env });
    expect(result.ok).toBe(false);
    expect(spy.calls).toEqual([]);
    expect(result.counts.errors).toBe(1);
    expect(result.problems[0].message).toMatch(/`beta` is a draft \(no en\.md yet\)/);
    expect(result.problems[0].hint).toContain('duizhao build --report beta --draft');
  });
});

describe('build: links only to what exists', () => {
  it('the catalogue lists only the reports present in dist/ (build --report into an empty dist)', async () => {
    const root = tempProject();
    const result = await build({ root, reports: ['alpha'], only: ['html'], env });
    expect(result.ok).toBe(true);
    const catalogue = readFileSync(path.join(root, 'dist/index.html'), 'utf8');
    expect(catalogue).toContain('href="alpha/index.html"');
    expect(catalogue).not.toContain('beta/index.html');
    // --only html: the page links no EPUB or PDF (none was built)
    const page = readFileSync(path.join(root, 'dist/alpha/index.html'), 'utf8');
    expect(page).not.toMatch(/href="[^"]*\.(pdf|epub)"/);
    // nor does its description, or the catalogue's intro, promise an e-book or print edition
    expect(catalogue).toContain('Chinese government reports with an aligned English translation and glossary notes.');
    expect(catalogue).toContain('中国政府报告中英对照版，附术语注释。');
    for (const html of [catalogue, page]) expect(html).not.toMatch(/e-book|print edition|PDF edition|电子书|印刷版|PDF 版本/);
    // a later build of beta alone keeps alpha (carried over) and lists both
    const second = await build({ root, reports: ['beta'], only: ['html'], env });
    expect(second.ok).toBe(true);
    const both = readFileSync(path.join(root, 'dist/index.html'), 'utf8');
    expect(both).toContain('href="alpha/index.html"');
    expect(both).toContain('href="beta/index.html"');
  });

  it('the catalogue and the page name the editions they offer: the e-book alone (--only html, linking the EPUB)', async () => {
    const root = tempProject();
    const result = await build({ root, reports: ['alpha'], only: ['html'], linkEditions: ['epub'], env });
    expect(result.ok).toBe(true);
    const catalogue = readFileSync(path.join(root, 'dist/index.html'), 'utf8');
    const page = readFileSync(path.join(root, 'dist/alpha/index.html'), 'utf8');
    expect(catalogue).toContain('glossary notes and e-book editions.');
    expect(catalogue).toContain('附术语注释及电子书版。');
    expect(page).toContain('glossary notes, and an e-book edition.');
    expect(page).toContain('附术语注释及电子书版本。');
    for (const html of [catalogue, page]) expect(html).not.toMatch(/print edition|PDF edition|印刷版|PDF 版本/);
  });

  it('a page links the files the other editions write: epub.languages [en], zh-only and side-by-side PDFs', async () => {
    const root = tempProject();
    writeFileSync(path.join(root, 'duizhao.config.yaml'), [
      'epub: { languages: [en] }',
      'pdf:',
      '  editions:',
      '    - { layout: interleaved, languages: bilingual }',
      '    - { layout: side-by-side, languages: bilingual }',
      '    - { layout: interleaved, languages: zh }',
      '',
    ].join('\n'));
    const renderers = [linkSpy(), fileSpy('epub'), fileSpy('pdf')];
    const result = await build({ root, renderers, env });
    expect(result.ok).toBe(true);
    expect(JSON.parse(readFileSync(path.join(root, 'dist/alpha/index.html'), 'utf8'))).toEqual(['alpha.en.epub', 'alpha.pdf', 'alpha.side-by-side.pdf', 'alpha.zh.pdf']);
    // only the HTML rebuilt: the EPUB and PDFs of the previous build are still there, so still linked
    const again = await build({ root, renderers: [linkSpy()], only: ['html'], force: true, env });
    expect(again.ok).toBe(true);
    expect(JSON.parse(readFileSync(path.join(root, 'dist/alpha/index.html'), 'utf8'))).toEqual(['alpha.en.epub', 'alpha.pdf', 'alpha.side-by-side.pdf', 'alpha.zh.pdf']);
    // into an empty dist, --only html links nothing
    rmSync(path.join(root, 'dist'), { recursive: true });
    await build({ root, renderers: [linkSpy()], only: ['html'], force: true, env });
    expect(JSON.parse(readFileSync(path.join(root, 'dist/alpha/index.html'), 'utf8'))).toEqual([]);
  });
});
