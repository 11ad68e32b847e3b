/**
 * Prepares the floor (untimed): the finished print HTML of every PDF the
 * build makes, written to disk with its CSS, paginator and fonts,
 * so pipeline/bench/floor.ts can print them with Chromium alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/load.ts';
import { buildDateFor } from '../core/jobs.ts';
import { buildPublication } from '../model/load.ts';
import { readReport } from '../core/inputs.ts';
import { chineseTag } from '../model/script.ts';

export async function preparePrintJobs(projectRoot: string, slugs: string[], outDir: string): Promise<string[]> {
  const { loadGlossary, createMatcher, annotate } = await import('../glossary/index.ts');
  const { printDocument } = await import('../render/pdf/document.ts');
  const { fontsFor, staticFiles } = await import('../render/pdf/index.ts');
  const { createTranslators } = await import('../../templates/i18n.ts');
  const { config } = await loadConfig(projectRoot);
  const { glossary } = await loadGlossary(path.join(projectRoot, 'content/glossary.yaml'));
  const matcher = createMatcher(glossary);
  const t = await createTranslators();
  const files = await staticFiles();
  const dirs: string[] = [];
  for (const slug of slugs) {
    const source = await readReport(path.join(projectRoot, 'content'), slug);
    const pub = buildPublication(slug, source.zh, source.en).publication;
    annotate(pub, glossary, matcher);
    const ctx = { t, draft: false, glossary, buildDate: buildDateFor(process.env, pub) };
    const specs = config.pdf.editions.map((spec) => ({ ...spec, paper: config.pdf.paper }));
    const htmls = specs.map((edition) => printDocument(pub, ctx, edition));
    // The same subset fonts as the PDF renderer serves (made untimed, like the HTML).
    const fonts = await fontsFor(htmls, undefined, chineseTag(pub));
    for (const [n, html] of htmls.entries()) {
      const dir = path.join(outDir, `${slug}-${n}`);
      mkdirSync(path.join(dir, 'print/fonts'), { recursive: true });
      writeFileSync(path.join(dir, 'print/fonts.css'), fonts.css);
      for (const [url, data] of Object.entries(fonts.files)) writeFileSync(path.join(dir, url), await data());
      writeFileSync(path.join(dir, 'index.html'), html);
      // The same document for Chromium's own print engine: no paginator.
      writeFileSync(path.join(dir, 'native.html'), printDocument(pub, ctx, specs[n], { paginate: false }));
      for (const [url, text] of Object.entries(files)) writeFileSync(path.join(dir, url), text);
      dirs.push(dir);
    }
  }
  return dirs;
}
