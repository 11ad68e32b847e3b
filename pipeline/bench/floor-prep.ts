/**
 * Prepares the floor (untimed): the finished print HTML of every PDF the
 * build makes, written to disk with its CSS, layout script and font/Paged.js
 * folders, so pipeline/bench/floor.mjs can print them with Chromium alone.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/load.ts';
import { repoRoot } from '../core/inputs.ts';
import { buildDateFor } from '../core/jobs.ts';
import { buildPublication } from '../model/load.ts';
import { readReport } from '../core/inputs.ts';

export async function preparePrintJobs(projectRoot: string, slugs: string[], outDir: string): Promise<string[]> {
  const { loadGlossary, createMatcher, annotate } = await import('../glossary/index.ts');
  const { printDocument } = await import('../render/pdf/document.ts');
  const { packageRoot } = await import('../render/pdf/fonts-css.ts');
  const { fontsFor } = await import('../render/pdf/index.ts');
  const { createTranslators } = await import('../../templates/i18n.ts');
  const { config } = await loadConfig(projectRoot);
  const { glossary } = await loadGlossary(path.join(projectRoot, 'content/glossary.yaml'));
  const matcher = createMatcher(glossary);
  const t = await createTranslators();
  const files: Record<string, string> = {
    'print/base.css': readFileSync(path.join(repoRoot, 'templates/styles/base.css'), 'utf8'),
    'print/print.css': readFileSync(path.join(repoRoot, 'templates/styles/print.css'), 'utf8'),
    'print/layout.js': readFileSync(path.join(repoRoot, 'pipeline/render/pdf/layout.js'), 'utf8'),
  };
  const mounts = { '/pagedjs/': path.join(packageRoot('pagedjs'), 'dist') };
  const dirs: string[] = [];
  for (const slug of slugs) {
    const source = await readReport(path.join(projectRoot, 'content'), slug);
    const pub = buildPublication(slug, source.zh, source.en).publication;
    annotate(pub, glossary, matcher);
    const htmls = config.pdf.editions.map((spec) => printDocument(pub, { t, draft: false, glossary, buildDate: buildDateFor(process.env, pub) }, { ...spec, paper: config.pdf.paper }));
    // The same subset fonts as the PDF renderer serves (made untimed, like the HTML).
    const fonts = await fontsFor(htmls);
    for (const [n, html] of htmls.entries()) {
      const dir = path.join(outDir, `${slug}-${n}`);
      mkdirSync(path.join(dir, 'print/fonts'), { recursive: true });
      writeFileSync(path.join(dir, 'print/fonts.css'), fonts.css);
      for (const [url, data] of Object.entries(fonts.files)) writeFileSync(path.join(dir, url), data);
      writeFileSync(path.join(dir, 'index.html'), html);
      // Chromium's own print engine, without the Paged.js pagination script.
      writeFileSync(path.join(dir, 'native.html'), html.replace(/<script src="\/(pagedjs\/paged\.polyfill|print\/layout)\.js"><\/script>/g, ''));
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
      writeFileSync(path.join(dir, 'mounts.json'), JSON.stringify(mounts));
      dirs.push(dir);
    }
  }
  return dirs;
}
